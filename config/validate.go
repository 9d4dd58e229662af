package config

import (
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
)

// maxSupplyWei bounds the cap: StakedPower and RewardPool pack power, vote weight
// and reward amounts into uint96 fields to stay within their gas budgets.
var maxSupplyWei = new(big.Int).Lsh(big.NewInt(1), 96)

// Bounds of the curve constant s, as RewardPool enforces them (1 to 1e9 tokens).
var (
	minCurveS = Tokens(1)
	maxCurveS = Tokens(1_000_000_000)
)

// maxTextLen bounds salt, token.name and allocation names, in characters.
const maxTextLen = 64

// Validate checks every rule of the schema and returns ValidationErrors
// listing all problems, or nil. Parse calls it; call it again after building
// or changing an Economy in Go.
func (e *Economy) Validate() error {
	if ps := e.validate(); len(ps) > 0 {
		return fieldErrors(ps, "", nil, e)
	}
	return nil
}

func (e *Economy) validate() problems {
	var ps problems
	checkText(&ps, keyPath{"salt"}, e.Salt, maxTextLen)
	e.validateNetworks(&ps)
	e.validateToken(&ps)
	e.validateAllocations(&ps)
	e.validateStaking(&ps)
	e.validateRewards(&ps)
	e.validateEmission(&ps)
	e.validateGovernance(&ps)
	return ps
}

func (e *Economy) validateNetworks(ps *problems) {
	for _, name := range slices.Sorted(maps.Keys(e.Networks)) {
		n := e.Networks[name]
		path := keyPath{"networks"}.key(name)
		if !networkName.MatchString(name) {
			ps.add(path, strconv.Quote(name), "network names must match ^[a-z][a-z0-9_-]*$: a lowercase letter, then lowercase letters, digits, _ or -")
		}
		if n.ChainID == 0 {
			ps.add(path.key("chain_id"), "", "is required: the chain's ID, greater than 0")
		}
		if n.RawRPCURL == "" {
			ps.add(path.key("rpc_url"), "", `is required: a URL, or ${VAR} to read it from the environment`)
		} else if err := checkReferences(n.RawRPCURL); err != nil {
			ps.add(path.key("rpc_url"), strconv.Quote(n.RawRPCURL), err.Error())
		}
		checkRange(ps, path.key("confirmations"), n.Confirmations, 0, 64)
	}
}

func (e *Economy) validateToken(ps *problems) {
	t := e.Token
	checkText(ps, keyPath{"token", "name"}, t.Name, maxTextLen)
	symbol := keyPath{"token", "symbol"}
	checkText(ps, symbol, t.Symbol, 11)
	for _, r := range t.Symbol {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			ps.add(symbol, strconv.Quote(t.Symbol), "must use only A-Z and 0-9")
			break
		}
	}
	capPath := keyPath{"token", "cap"}
	checkPositive(ps, capPath, t.Cap)
	if t.Cap.IsSet() && t.Cap.wei.Cmp(maxSupplyWei) >= 0 {
		ps.add(capPath, strconv.Quote(t.Cap.String()), "must be less than 2^96 wei (about 79.2 billion tokens), the most StakedPower's uint96 power can hold")
	}
}

// capOK reports whether the cap is valid, so other amounts can be compared with it.
func (e *Economy) capOK() bool {
	c := e.Token.Cap
	return c.IsSet() && c.wei.Sign() > 0 && c.wei.Cmp(maxSupplyWei) < 0
}

func (e *Economy) validateAllocations(ps *problems) {
	first := map[string]int{} // name → index of the allocation that has it
	for i, a := range e.Allocations {
		path := keyPath{"allocations"}.index(i)
		checkText(ps, path.key("name"), a.Name, maxTextLen)
		if j, dup := first[a.Name]; dup && a.Name != "" {
			ps.add(path.key("name"), strconv.Quote(a.Name), fmt.Sprintf("is already the name of allocations[%d]; names must be unique", j))
		} else {
			first[a.Name] = i
		}
		switch b := a.Beneficiary; {
		case !b.IsSet():
			ps.add(path.key("beneficiary"), "", `is required: a checksummed address or "treasury"`)
		case b.Treasury && b.Address != (common.Address{}):
			ps.add(path.key("beneficiary"), "", "sets both Treasury and Address; set one")
		}
		checkPositive(ps, path.key("amount"), a.Amount)
		if a.Vesting != nil {
			validateVesting(ps, path.key("vesting"), a.Vesting, a.Beneficiary.Treasury)
		}
	}
	if total := e.TotalAllocated(); e.capOK() && total.Cmp(e.Token.Cap.wei) > 0 {
		ps.add(keyPath{"allocations"}, "", fmt.Sprintf("allocations total %s tokens, more than token.cap %s", AmountFromWei(total), e.Token.Cap))
	}
}

func validateVesting(ps *problems, path keyPath, v *Vesting, toTreasury bool) {
	if toTreasury {
		ps.add(path, "", `must not be set for an allocation to "treasury": governance already controls the treasury; remove vesting or name an address`)
		return
	}
	duration := path.key("duration")
	switch {
	case v.Duration <= 0:
		ps.add(duration, "", `is required: how long until everything is released, such as "4y"`)
	case v.Duration.Std() > 10*Year:
		ps.add(duration, quoteDuration(v.Duration), "must be at most 10y")
	default:
		checkWholeSeconds(ps, duration, v.Duration)
	}
	cliff := path.key("cliff")
	switch {
	case v.Cliff < 0:
		ps.add(cliff, quoteDuration(v.Cliff), "must not be negative")
	case v.Duration > 0 && v.Cliff > v.Duration:
		ps.add(cliff, quoteDuration(v.Cliff), fmt.Sprintf("must not be longer than the vesting duration %s", quoteDuration(v.Duration)))
	default:
		checkWholeSeconds(ps, cliff, v.Cliff)
	}
}

func (e *Economy) validateStaking(ps *problems) {
	d := e.Staking.PowerDown
	if d.Std()%Week != 0 || d.Std() < Week || d.Std() > 104*Week {
		ps.add(keyPath{"staking", "power_down"}, quoteDuration(d), "must be a whole number of weeks between 1w and 104w")
	}
}

func (e *Economy) validateRewards(ps *problems) {
	r := e.Rewards
	path := keyPath{"rewards"}
	checkDuration(ps, path.key("epoch"), r.Epoch, time.Hour, 90*Day)
	checkBPS(ps, path.key("author_share_bps"), r.AuthorShareBPS, 1000, 9000)
	checkPositive(ps, path.key("curve_s"), r.CurveS)
	if r.CurveS.IsSet() && (r.CurveS.Cmp(minCurveS) < 0 || r.CurveS.Cmp(maxCurveS) > 0) {
		ps.add(path.key("curve_s"), strconv.Quote(r.CurveS.String()), "must be between 1 and 1000000000 tokens")
	}
	checkRange(ps, path.key("claim_window_epochs"), r.ClaimWindowEpochs, 1, 520)
}

func (e *Economy) validateEmission(ps *problems) {
	m := e.Emission
	path := keyPath{"emission"}
	checkBPS(ps, path.key("initial_rate_bps"), m.InitialRateBPS, 0, 5000)
	checkBPS(ps, path.key("decay_bps_per_year"), m.DecayBPSPerYear, 0, 5000)
	if m.FloorRateBPS > m.InitialRateBPS {
		ps.add(path.key("floor_rate_bps"), strconv.FormatUint(m.FloorRateBPS, 10),
			fmt.Sprintf("must be between 0 and emission.initial_rate_bps (%d): the rate decays down to the floor", m.InitialRateBPS))
	}
	s := m.Split
	split := path.key("split")
	checkBPS(ps, split.key("contributions_bps"), s.ContributionsBPS, 0, 10000)
	checkBPS(ps, split.key("stakers_bps"), s.StakersBPS, 0, 10000)
	checkBPS(ps, split.key("treasury_bps"), s.TreasuryBPS, 0, 10000)
	if sum := s.ContributionsBPS + s.StakersBPS + s.TreasuryBPS; sum != 10000 {
		ps.add(split, fmt.Sprintf("{ contributions_bps = %d, stakers_bps = %d, treasury_bps = %d }", s.ContributionsBPS, s.StakersBPS, s.TreasuryBPS),
			fmt.Sprintf("must sum to exactly 10000 (100%%), not %d", sum))
	}
}

func (e *Economy) validateGovernance(ps *problems) {
	g := e.Governance
	path := keyPath{"governance"}
	checkDuration(ps, path.key("voting_delay"), g.VotingDelay, time.Second, 30*Day)
	checkDuration(ps, path.key("voting_period"), g.VotingPeriod, time.Hour, 90*Day)
	checkBPS(ps, path.key("quorum_bps"), g.QuorumBPS, 1, 5000)
	threshold := path.key("proposal_threshold")
	switch {
	case g.ProposalThreshold.Wei().Sign() < 0:
		ps.add(threshold, strconv.Quote(g.ProposalThreshold.String()), "must not be negative")
	case e.capOK() && g.ProposalThreshold.Wei().Cmp(maxProposalThreshold(e.Token.Cap)) > 0:
		// CommunityGovernor never lets the threshold rise above 1% of the cap, so that a
		// captured majority cannot shut everyone else out of proposing.
		ps.add(threshold, strconv.Quote(g.ProposalThreshold.String()),
			fmt.Sprintf("must not exceed 1%% of token.cap (%s)", AmountFromWei(maxProposalThreshold(e.Token.Cap))))
	}
	checkDuration(ps, path.key("timelock_delay"), g.TimelockDelay, time.Hour, 30*Day)
}

// maxProposalThreshold is 1% of the cap, in wei.
func maxProposalThreshold(capAmount Amount) *big.Int {
	return new(big.Int).Div(capAmount.wei, big.NewInt(100))
}

// checkText checks that a required string is set and at most max characters long.
func checkText(ps *problems, path keyPath, s string, max int) {
	switch n := utf8.RuneCountInString(s); {
	case n == 0:
		ps.add(path, "", "is required")
	case n > max:
		ps.add(path, strconv.Quote(s), fmt.Sprintf("must be at most %d characters, not %d", max, n))
	}
}

// checkPositive checks that a required amount is set and greater than 0.
func checkPositive(ps *problems, path keyPath, a Amount) {
	switch {
	case !a.IsSet():
		ps.add(path, "", `is required: whole tokens as a decimal string such as "1000000"`)
	case a.wei.Sign() <= 0:
		ps.add(path, strconv.Quote(a.String()), "must be greater than 0")
	}
}

func checkRange(ps *problems, path keyPath, v, lo, hi uint64) {
	if v < lo || v > hi {
		ps.add(path, strconv.FormatUint(v, 10), fmt.Sprintf("must be between %d and %d", lo, hi))
	}
}

// checkBPS checks a value in basis points (1/100 of a percent).
func checkBPS(ps *problems, path keyPath, v, lo, hi uint64) {
	if v < lo || v > hi {
		ps.add(path, strconv.FormatUint(v, 10), fmt.Sprintf("must be between %d and %d (%s–%s)", lo, hi, percent(lo), percent(hi)))
	}
}

func checkDuration(ps *problems, path keyPath, d Duration, lo, hi time.Duration) {
	if d.Std() < lo || d.Std() > hi {
		ps.add(path, quoteDuration(d), fmt.Sprintf("must be between %s and %s", Duration(lo), Duration(hi)))
		return
	}
	checkWholeSeconds(ps, path, d)
}

// checkWholeSeconds rejects what only Go code can build: contracts count seconds.
func checkWholeSeconds(ps *problems, path keyPath, d Duration) {
	if d.Std()%time.Second != 0 {
		ps.add(path, quoteDuration(d), "must be a whole number of seconds")
	}
}

func quoteDuration(d Duration) string { return strconv.Quote(d.String()) }

// percent formats basis points as a percentage: 1000 → "10%", 95 → "0.95%".
func percent(bps uint64) string {
	if bps%100 == 0 {
		return fmt.Sprintf("%d%%", bps/100)
	}
	return fmt.Sprintf("%d.%s%%", bps/100, trimZeros(fmt.Sprintf("%02d", bps%100)))
}

func trimZeros(s string) string {
	for len(s) > 1 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	return s
}
