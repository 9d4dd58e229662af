package sim

import (
	"math/big"

	"github.com/apiary-dev/apiary/config"
)

// The built-in agent kinds. Each is a Behavior (its TOML parameters with their defaults)
// and an Agent; a new kind is one more such pair and a RegisterKind call.

func init() {
	RegisterKind("contributor", true, "honest contributor: submits work of its own quality, stakes some, votes a little, claims", func() Behavior {
		return &Contributor{SubmitProbability: 0.6, Quality: Quality{Mean: 0.6, SD: 0.2}, StakeFraction: 0.3, Votes: 2, Browse: 50, Noise: 0.3}
	})
	RegisterKind("curator", true, "honest curator: stakes most, votes its budget for the best work it sees (with noise), claims", func() Behavior {
		return &Curator{StakeFraction: 0.9, Votes: 5, Browse: 100, Noise: 0.15}
	})
	RegisterKind("idle", true, "idle holder: stakes a share once, then does nothing", func() Behavior {
		return &Idle{StakeFraction: 0.2}
	})
	RegisterKind("whale", false, "whale with alt accounts: stakes everything, votes it all on its alts' junk", func() Behavior {
		return &Whale{Alts: 2, AltTokens: config.Tokens(10), Quality: Quality{Mean: 0.1, SD: 0.05}}
	})
	RegisterKind("ring", false, "self-voting ring: members submit junk and vote only for each other", func() Behavior {
		return &Ring{Size: 5, StakeFraction: 1, Quality: Quality{Mean: 0.15, SD: 0.05}}
	})
	RegisterKind("sybil", false, "sybil swarm: many small accounts pile their votes on the owner's one contribution", func() Behavior {
		return &Sybil{Size: 20, Quality: Quality{Mean: 0.1, SD: 0.05}}
	})
	RegisterKind("flipper", false, "short-term staker: stakes for staking rewards, powers down after a few epochs, restakes", func() Behavior {
		return &Flipper{HoldEpochs: 4}
	})
}

// Contributor is an honest contributor. Each member has its own skill, drawn from Quality;
// each contribution's quality is drawn around that skill.
type Contributor struct {
	SubmitProbability float64 `toml:"submit_probability"`
	Quality           Quality `toml:"quality"`
	StakeFraction     float64 `toml:"stake_fraction"`
	Votes             int     `toml:"votes_per_epoch"`
	Browse            int     `toml:"browse"` // contributions looked at per epoch
	Noise             float64 `toml:"noise"`
}

func (b *Contributor) Check() error {
	for _, e := range []error{checkFraction("submit_probability", b.SubmitProbability), b.Quality.check("quality"),
		checkFraction("stake_fraction", b.StakeFraction), checkCount("votes_per_epoch", b.Votes, 0, 100), checkCount("browse", b.Browse, 1, 1_000_000), checkFraction("noise", b.Noise)} {
		if e != nil {
			return e
		}
	}
	return nil
}

func (b *Contributor) Agents(members []*Member) []Agent {
	out := make([]Agent, len(members))
	for i, m := range members {
		out[i] = &contributor{b: b, m: m, skill: -1}
	}
	return out
}

type contributor struct {
	b     *Contributor
	m     *Member
	skill float64
}

func (a *contributor) Act(w *World, p Phase) {
	if a.skill < 0 {
		a.skill = a.b.Quality.draw(w)
	}
	switch p {
	case Open:
		if w.Epoch() == 0 {
			w.Stake(a.m, fraction(a.m.balance, a.b.StakeFraction))
		}
		w.ClaimContributions(a.m)
		if w.Epoch()%4 == 3 && a.m.staked.Sign() > 0 {
			w.ClaimStaking(a.m)
		}
		if w.Rand().Float64() < a.b.SubmitProbability {
			w.Submit(a.m, clip01(a.skill+0.1*w.Rand().NormFloat64()))
		}
	case Curate:
		curate(w, a.m, a.b.Votes, a.b.Browse, a.b.Noise, nil)
	}
}

// Curator is an honest curator.
type Curator struct {
	StakeFraction float64 `toml:"stake_fraction"`
	Votes         int     `toml:"votes_per_epoch"`
	Browse        int     `toml:"browse"` // contributions looked at per epoch
	Noise         float64 `toml:"noise"`
}

func (b *Curator) Check() error {
	for _, e := range []error{checkFraction("stake_fraction", b.StakeFraction), checkCount("votes_per_epoch", b.Votes, 1, 100),
		checkCount("browse", b.Browse, 1, 1_000_000), checkFraction("noise", b.Noise)} {
		if e != nil {
			return e
		}
	}
	return nil
}

func (b *Curator) Agents(members []*Member) []Agent {
	out := make([]Agent, len(members))
	for i, m := range members {
		out[i] = &curator{b: b, m: m}
	}
	return out
}

type curator struct {
	b *Curator
	m *Member
}

func (a *curator) Act(w *World, p Phase) {
	switch p {
	case Open:
		if w.Epoch() == 0 {
			w.Stake(a.m, fraction(a.m.balance, a.b.StakeFraction))
		}
		w.ClaimContributions(a.m)
		if w.Epoch()%4 == 3 {
			w.ClaimStaking(a.m)
		}
	case Curate:
		curate(w, a.m, a.b.Votes, a.b.Browse, a.b.Noise, nil)
	}
}

// Idle is a holder who stakes a share once and never acts again.
type Idle struct {
	StakeFraction float64 `toml:"stake_fraction"`
}

func (b *Idle) Check() error { return checkFraction("stake_fraction", b.StakeFraction) }

func (b *Idle) Agents(members []*Member) []Agent {
	out := make([]Agent, len(members))
	for i, m := range members {
		out[i] = &idle{b: b, m: m}
	}
	return out
}

type idle struct {
	b *Idle
	m *Member
}

func (a *idle) Act(w *World, p Phase) {
	if p == Open && w.Epoch() == 0 && a.b.StakeFraction > 0 {
		w.Stake(a.m, fraction(a.m.balance, a.b.StakeFraction))
	}
}

// Whale is a large holder with alt accounts: each group is one whale (holding `tokens`)
// and Alts alts (holding AltTokens). The alts submit junk; the whale votes its whole
// budget on it: self-voting with extra steps, as Steem's whales did.
type Whale struct {
	Alts      int           `toml:"alts"`
	AltTokens config.Amount `toml:"alt_tokens"`
	Quality   Quality       `toml:"quality"`
}

func (b *Whale) Check() error {
	if err := checkCount("alts", b.Alts, 1, 100); err != nil {
		return err
	}
	return b.Quality.check("quality")
}

// Endowment gives the whale `tokens` and each alt AltTokens.
func (b *Whale) Endowment(i int, tokens *big.Int) *big.Int {
	if i%(b.Alts+1) == 0 {
		return tokens
	}
	return b.AltTokens.Wei()
}

func (b *Whale) Agents(members []*Member) []Agent {
	out := make([]Agent, 0, len(members))
	for _, g := range groups(members, b.Alts+1) {
		for i, m := range g {
			out = append(out, &whale{b: b, m: m, lead: i == 0, group: g})
		}
	}
	return out
}

type whale struct {
	b     *Whale
	m     *Member
	lead  bool
	group []*Member
}

func (a *whale) Act(w *World, p Phase) {
	switch p {
	case Open:
		if w.Epoch() == 0 && a.lead {
			w.Stake(a.m, a.m.balance)
		}
		w.ClaimContributions(a.m)
		if a.lead && w.Epoch()%4 == 3 {
			w.ClaimStaking(a.m)
		}
		if !a.lead {
			w.Submit(a.m, a.b.Quality.draw(w))
		}
	case Curate:
		if a.lead {
			spread(w, a.m, contributionsOf(w, a.group, a.m))
		}
	}
}

// contributionsOf is this epoch's contributions by the group's members other than self.
func contributionsOf(w *World, group []*Member, self *Member) []*Contribution {
	var out []*Contribution
	for _, c := range w.Contributions() {
		if c.Author != self && c.Author.Group == self.Group && c.Author.Kind == self.Kind {
			out = append(out, c)
		}
	}
	return out
}

// Ring is a self-voting ring: members submit junk and vote their whole budget only for the
// other members' contributions.
type Ring struct {
	Size          int     `toml:"size"`
	StakeFraction float64 `toml:"stake_fraction"`
	Quality       Quality `toml:"quality"`
}

func (b *Ring) Check() error {
	for _, e := range []error{checkCount("size", b.Size, 2, 1000), checkFraction("stake_fraction", b.StakeFraction), b.Quality.check("quality")} {
		if e != nil {
			return e
		}
	}
	return nil
}

func (b *Ring) Agents(members []*Member) []Agent {
	out := make([]Agent, 0, len(members))
	for _, g := range groups(members, b.Size) {
		for _, m := range g {
			out = append(out, &ring{b: b, m: m, group: g})
		}
	}
	return out
}

type ring struct {
	b     *Ring
	m     *Member
	group []*Member
}

func (a *ring) Act(w *World, p Phase) {
	switch p {
	case Open:
		if w.Epoch() == 0 {
			w.Stake(a.m, fraction(a.m.balance, a.b.StakeFraction))
		}
		w.ClaimContributions(a.m)
		if w.Epoch()%4 == 3 {
			w.ClaimStaking(a.m)
		}
		w.Submit(a.m, a.b.Quality.draw(w))
	case Curate:
		spread(w, a.m, contributionsOf(w, a.group, a.m))
	}
}

// Sybil is a sybil swarm: one owner's stake split over Size accounts. The owner (the first)
// submits one contribution per epoch; every other account stakes all and votes its whole
// budget on it.
type Sybil struct {
	Size    int     `toml:"size"`
	Quality Quality `toml:"quality"`
}

func (b *Sybil) Check() error {
	if err := checkCount("size", b.Size, 2, 10_000); err != nil {
		return err
	}
	return b.Quality.check("quality")
}

func (b *Sybil) Agents(members []*Member) []Agent {
	out := make([]Agent, 0, len(members))
	for _, g := range groups(members, b.Size) {
		for i, m := range g {
			out = append(out, &sybil{b: b, m: m, owner: i == 0, group: g})
		}
	}
	return out
}

type sybil struct {
	b     *Sybil
	m     *Member
	owner bool
	group []*Member
}

func (a *sybil) Act(w *World, p Phase) {
	switch p {
	case Open:
		if w.Epoch() == 0 {
			w.Stake(a.m, a.m.balance)
		}
		w.ClaimContributions(a.m)
		if a.owner {
			w.Submit(a.m, a.b.Quality.draw(w))
		}
	case Curate:
		if !a.owner {
			spread(w, a.m, contributionsOf(w, a.group, a.m))
		}
	}
}

// Flipper is a short-term staker: it stakes everything, claims the staking rewards after
// HoldEpochs, powers everything down, withdraws as the power-down releases, and restakes
// once all is back. It never votes.
type Flipper struct {
	HoldEpochs int `toml:"hold_epochs"`
}

func (b *Flipper) Check() error { return checkCount("hold_epochs", b.HoldEpochs, 1, 1000) }

func (b *Flipper) Agents(members []*Member) []Agent {
	out := make([]Agent, len(members))
	for i, m := range members {
		out[i] = &flipper{b: b, m: m, stakedAt: -1}
	}
	return out
}

type flipper struct {
	b        *Flipper
	m        *Member
	stakedAt int // epoch of the last stake; -1 before the first
	down     bool
}

func (a *flipper) Act(w *World, p Phase) {
	if p != Open {
		return
	}
	ep := w.Epoch()
	switch {
	case a.stakedAt < 0 || (a.down && a.m.staked.Sign() == 0):
		w.Stake(a.m, a.m.balance)
		a.stakedAt, a.down = ep, false
	case !a.down && ep-a.stakedAt >= a.b.HoldEpochs:
		w.ClaimStaking(a.m)
		w.PowerDown(a.m, w.Power(a.m))
		a.down = true
	case a.down:
		w.Withdraw(a.m)
	}
}
