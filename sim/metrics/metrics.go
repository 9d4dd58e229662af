// Package metrics holds what a simulation measures — per epoch and per run — and its
// aggregation across Monte Carlo runs (mean and percentiles). It computes no economy itself:
// the simulator fills Runs, and the report package renders a Result.
package metrics

import (
	"math"
	"sort"
)

// Epoch is what one run measured at the end of one epoch. Amounts are whole tokens as
// floats: reports and charts only, never money arithmetic.
type Epoch struct {
	Epoch        int     `json:"epoch"`
	Supply       float64 `json:"supply"`        // token total supply
	Emitted      float64 `json:"emitted"`       // minted this epoch by Emission.release (the previous epoch's emission)
	Staked       float64 `json:"staked"`        // StakedPower's total power
	StakingRatio float64 `json:"staking_ratio"` // Staked / Supply
	Treasury     float64 `json:"treasury"`      // the timelock's token balance
	// Rewards claimed this epoch by each kind (author + curator + staking), aligned with Run.Kinds.
	Rewards []float64 `json:"rewards"`
	// HonestShare is the share of this epoch's claimed contribution rewards (author and
	// curator) that went to honest kinds; NaN when nothing was claimed.
	HonestShare   float64 `json:"honest_share"`
	GiniHoldings  float64 `json:"gini_holdings"`  // Gini of members' holdings (balance + power)
	GiniRewards   float64 `json:"gini_rewards"`   // Gini of members' cumulative rewards
	Participation float64 `json:"participation"`  // share of members who sent a transaction this epoch
	GasPerMember  float64 `json:"gas_per_member"` // gas used this epoch / members
	Actions       int     `json:"actions"`        // transactions sent this epoch
	FailedActions int     `json:"failed_actions"` // of which reverted
	Contributions int     `json:"contributions"`  // submitted this epoch
	Votes         int     `json:"votes"`          // cast this epoch
}

// KindTotals is one agent kind's totals over a whole run.
type KindTotals struct {
	Kind    string  `json:"kind"`
	Honest  bool    `json:"honest"`
	Members int     `json:"members"`
	Reward  float64 `json:"reward"` // tokens claimed, all kinds of reward
	Gas     uint64  `json:"gas"`    // gas used by the kind's transactions
	Actions int     `json:"actions"`
	Failed  int     `json:"failed"`
	// Holdings is the kind's balance + power at the end, and Initial what it started with.
	Holdings float64 `json:"holdings"`
	Initial  float64 `json:"initial"`
}

// RewardPerMember is the kind's mean reward per member.
func (k KindTotals) RewardPerMember() float64 { return safeDiv(k.Reward, float64(k.Members)) }

// GasPerMember is the kind's mean gas used per member.
func (k KindTotals) GasPerMember() float64 { return safeDiv(float64(k.Gas), float64(k.Members)) }

// Param is one swept economy setting of a run: its TOML key and value.
type Param struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// Run is one simulation run: one seed at one sweep point.
type Run struct {
	Index  int          `json:"index"`
	Point  int          `json:"point"` // index of the sweep point
	Seed   uint64       `json:"seed"`
	Params []Param      `json:"params,omitempty"`
	Kinds  []string     `json:"kinds"`
	Epochs []Epoch      `json:"epochs"`
	Totals []KindTotals `json:"totals"`
	Err    string       `json:"error,omitempty"` // why the run failed; its other fields may be partial
}

// Failed reports whether the run failed.
func (r *Run) Failed() bool { return r.Err != "" }

// Stat summarises one metric over the runs of a point: mean and percentiles.
type Stat struct {
	Mean float64 `json:"mean"`
	P5   float64 `json:"p5"`
	P50  float64 `json:"p50"`
	P95  float64 `json:"p95"`
	N    int     `json:"n"` // runs with a value (NaN values are left out)
}

// Summarize computes mean and the 5th, 50th and 95th percentiles (linear interpolation)
// of the values that are not NaN.
func Summarize(values []float64) Stat {
	xs := make([]float64, 0, len(values))
	for _, v := range values {
		if !math.IsNaN(v) {
			xs = append(xs, v)
		}
	}
	if len(xs) == 0 {
		nan := math.NaN()
		return Stat{Mean: nan, P5: nan, P50: nan, P95: nan}
	}
	sort.Float64s(xs)
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return Stat{Mean: sum / float64(len(xs)), P5: percentile(xs, 5), P50: percentile(xs, 50), P95: percentile(xs, 95), N: len(xs)}
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 1 {
		return sorted[0]
	}
	pos := p / 100 * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	frac := pos - float64(lo)
	return sorted[lo]*(1-frac) + sorted[hi]*frac
}

// Gini is the Gini coefficient of non-negative values: 0 when all are equal, towards 1 when
// one holds everything; 0 for no values or an all-zero list.
func Gini(values []float64) float64 {
	n := len(values)
	if n == 0 {
		return 0
	}
	xs := append([]float64(nil), values...)
	sort.Float64s(xs)
	var sum, weighted float64
	for i, x := range xs {
		sum += x
		weighted += float64(i+1) * x
	}
	if sum == 0 {
		return 0
	}
	return (2*weighted)/(float64(n)*sum) - float64(n+1)/float64(n)
}

func safeDiv(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}
