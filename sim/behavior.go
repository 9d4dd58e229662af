package sim

import (
	"fmt"
	"math"
	"math/big"
)

// Shared pieces of the agent kinds: parameter checks, token fractions, curation.

// Endower is implemented by kinds whose members do not all start with the [[agents]]
// entry's `tokens` (a whale and its alt accounts): it returns the i-th member's launch
// holding (i counts within the kind), given the entry's `tokens` in wei.
type Endower interface {
	Endowment(i int, tokens *big.Int) *big.Int
}

// Quality is a normal distribution of contribution quality, clipped to [0, 1].
type Quality struct {
	Mean float64 `toml:"mean"`
	SD   float64 `toml:"sd"`
}

func (q Quality) check(key string) error {
	if q.Mean < 0 || q.Mean > 1 || q.SD < 0 || q.SD > 1 {
		return fmt.Errorf("%s = {mean = %v, sd = %v}: mean and sd must be within [0, 1]", key, q.Mean, q.SD)
	}
	return nil
}

func (q Quality) draw(w *World) float64 { return clip01(q.Mean + q.SD*w.Rand().NormFloat64()) }

func clip01(x float64) float64 { return math.Max(0, math.Min(1, x)) }

func checkFraction(key string, v float64) error {
	if v < 0 || v > 1 || math.IsNaN(v) {
		return fmt.Errorf("%s = %v: must be within [0, 1]", key, v)
	}
	return nil
}

func checkCount(key string, v, lo, hi int) error {
	if v < lo || v > hi {
		return fmt.Errorf("%s = %d: must be %d to %d", key, v, lo, hi)
	}
	return nil
}

// fraction is f of x, in wei, to a millionth.
func fraction(x *big.Int, f float64) *big.Int {
	r := new(big.Int).Mul(x, big.NewInt(int64(math.Round(f*1e6))))
	return r.Quo(r, big.NewInt(1e6))
}

// seen is a contribution as a curator perceives it.
type seen struct {
	c *Contribution
	q float64
}

// curate spends m's whole budget on the `votes` contributions m perceives as best (true
// quality plus normal noise of sd `noise`) among `browse` it looks at, picked at random (all
// when there are fewer), in proportion to perceived quality. Own contributions and those of
// `skip` are left out.
func curate(w *World, m *Member, votes, browse int, noise float64, skip func(*Contribution) bool) {
	budget := w.Budget(m)
	if budget.Sign() <= 0 || votes <= 0 {
		return
	}
	// Keep the best `votes` in a small sorted list: one pass, no sort of the whole epoch.
	cands := make([]seen, 0, votes+1)
	all := w.Contributions()
	seenList := all
	if len(all) > browse {
		seenList = make([]*Contribution, browse)
		for i := range seenList {
			seenList[i] = all[w.Rand().IntN(len(all))]
		}
	}
	for _, c := range seenList {
		if c.Author == m || (skip != nil && skip(c)) {
			continue
		}
		s := seen{c, clip01(c.Quality + noise*w.Rand().NormFloat64())}
		if len(cands) == votes && s.q <= cands[votes-1].q || contains(cands, c) {
			continue
		}
		i := len(cands)
		cands = append(cands, s)
		for i > 0 && cands[i-1].q < s.q {
			cands[i] = cands[i-1]
			i--
		}
		cands[i] = s
		if len(cands) > votes {
			cands = cands[:votes]
		}
	}
	sum := 0.0
	for _, s := range cands {
		sum += s.q
	}
	if sum == 0 {
		return
	}
	left := new(big.Int).Set(budget)
	for i, s := range cands {
		wgt := fraction(budget, s.q/sum)
		if i == len(cands)-1 || wgt.Cmp(left) > 0 {
			wgt = left
		}
		left = new(big.Int).Sub(left, wgt)
		w.Vote(m, s.c, wgt)
	}
}

// spread spends m's whole budget in equal parts on the given contributions.
func spread(w *World, m *Member, targets []*Contribution) {
	if len(targets) == 0 {
		return
	}
	budget := w.Budget(m)
	if budget.Sign() <= 0 {
		return
	}
	part := new(big.Int).Quo(budget, big.NewInt(int64(len(targets))))
	for i, c := range targets {
		wgt := part
		if i == len(targets)-1 {
			wgt = new(big.Int).Sub(budget, new(big.Int).Mul(part, big.NewInt(int64(len(targets)-1))))
		}
		w.Vote(m, c, wgt)
	}
}

// groups splits members into consecutive groups of size (the last may be smaller) and
// numbers them from 1.
func groups(members []*Member, size int) [][]*Member {
	var out [][]*Member
	for start := 0; start < len(members); start += size {
		g := members[start:min(start+size, len(members))]
		for _, m := range g {
			m.Group = len(out) + 1
		}
		out = append(out, g)
	}
	return out
}

func contains(cands []seen, c *Contribution) bool {
	for _, s := range cands {
		if s.c == c {
			return true
		}
	}
	return false
}
