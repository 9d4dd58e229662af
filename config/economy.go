package config

import (
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strings"
)

// Economy is a whole economy config: the token, its launch allocations, and the
// rules of staking, rewards, emission and governance, plus the networks it can
// be deployed to.
type Economy struct {
	// Salt is the root of the CREATE2 salts: the same salt and config give the
	// same contract addresses on every chain.
	Salt        string             `toml:"salt"`
	Networks    map[string]Network `toml:"networks"`
	Token       Token              `toml:"token"`
	Allocations []Allocation       `toml:"allocations"`
	Staking     Staking            `toml:"staking"`
	Rewards     Rewards            `toml:"rewards"`
	Emission    Emission           `toml:"emission"`
	Governance  Governance         `toml:"governance"`
}

// Network is a chain the economy can be deployed to.
type Network struct {
	// Name is the network's key under [networks]; set by Parse and Economy.Network.
	Name    string `toml:"-"`
	ChainID uint64 `toml:"chain_id"`
	// RawRPCURL is the RPC URL as written, with ${VAR} references unexpanded;
	// use RPCURL to expand them.
	RawRPCURL     string `toml:"rpc_url"`
	Confirmations uint64 `toml:"confirmations"`
}

// Token describes the community token.
type Token struct {
	Name   string `toml:"name"`
	Symbol string `toml:"symbol"`
	// Cap is the hard cap on supply: launch allocations plus all emission.
	Cap Amount `toml:"cap"`
}

// Allocation is an amount minted at launch, vested when Vesting is set.
type Allocation struct {
	Name        string      `toml:"name"`
	Beneficiary Beneficiary `toml:"beneficiary"`
	Amount      Amount      `toml:"amount"`
	Vesting     *Vesting    `toml:"vesting"`
}

// Vesting is a cliff-then-linear release schedule starting at launch: nothing
// is released before Cliff, then the amount is released linearly so that all
// of it is released at Duration.
type Vesting struct {
	Cliff     Duration `toml:"cliff"`
	Duration  Duration `toml:"duration"`
	Revocable bool     `toml:"revocable"`
}

// Staking holds the rules of StakedPower.
type Staking struct {
	// PowerDown is how long unstaking takes: stake is released linearly over it.
	PowerDown Duration `toml:"power_down"`
}

// Rewards holds the rules of the RewardPool.
type Rewards struct {
	Epoch Duration `toml:"epoch"`
	// AuthorShareBPS is the authors' part of an epoch's contribution emission;
	// curators share the rest.
	AuthorShareBPS uint64 `toml:"author_share_bps"`
	// CurveS is s in the curation curve f(w) = w²/(w+s), in vote weight (tokens).
	CurveS Amount `toml:"curve_s"`
	// ClaimWindowEpochs is how long rewards stay claimable before they return
	// to the treasury.
	ClaimWindowEpochs uint64 `toml:"claim_window_epochs"`
}

// Emission holds the minting schedule: an annual rate, in basis points of the
// launch supply, that starts at InitialRateBPS and decays by DecayBPSPerYear
// each year down to FloorRateBPS.
type Emission struct {
	InitialRateBPS  uint64 `toml:"initial_rate_bps"`
	DecayBPSPerYear uint64 `toml:"decay_bps_per_year"`
	FloorRateBPS    uint64 `toml:"floor_rate_bps"`
	Split           Split  `toml:"split"`
}

// Split divides each epoch's emission; the parts sum to 10000 basis points.
type Split struct {
	ContributionsBPS uint64 `toml:"contributions_bps"`
	StakersBPS       uint64 `toml:"stakers_bps"`
	TreasuryBPS      uint64 `toml:"treasury_bps"`
}

// Governance holds the Governor and timelock parameters.
type Governance struct {
	VotingDelay       Duration `toml:"voting_delay"`
	VotingPeriod      Duration `toml:"voting_period"`
	QuorumBPS         uint64   `toml:"quorum_bps"`
	ProposalThreshold Amount   `toml:"proposal_threshold"`
	TimelockDelay     Duration `toml:"timelock_delay"`
}

// TotalAllocated returns the sum of all launch allocations, in wei.
func (e *Economy) TotalAllocated() *big.Int {
	total := new(big.Int)
	for _, a := range e.Allocations {
		if a.Amount.wei != nil {
			total.Add(total, a.Amount.wei)
		}
	}
	return total
}

// Network returns the network with the given name, or an error wrapping
// ErrUnknownNetwork that lists the names the config defines.
func (e *Economy) Network(name string) (Network, error) {
	n, ok := e.Networks[name]
	if !ok {
		known := slices.Sorted(maps.Keys(e.Networks))
		if len(known) == 0 {
			return Network{}, fmt.Errorf("%w %q: the config defines no [networks]", ErrUnknownNetwork, name)
		}
		return Network{}, fmt.Errorf("%w %q: the config defines %s", ErrUnknownNetwork, name, strings.Join(known, ", "))
	}
	n.Name = name
	return n, nil
}
