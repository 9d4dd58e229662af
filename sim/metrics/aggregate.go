package metrics

import (
	"math"
)

// Result is a whole simulation: every run, and each sweep point's runs aggregated.
type Result struct {
	Scenario string   `json:"scenario"`
	Engine   string   `json:"engine"`
	Hardfork string   `json:"hardfork"`
	Seed     uint64   `json:"seed"` // the master seed every run's seed derives from
	Members  int      `json:"members"`
	Epochs   int      `json:"epochs"`
	Runs     int      `json:"runs"` // per sweep point
	Kinds    []string `json:"kinds"`
	Honest   []bool   `json:"honest"` // aligned with Kinds
	Points   []Point  `json:"points"`
	All      []Run    `json:"all_runs"`
}

// Point is one sweep point (the only one without a sweep): its settings and its runs'
// metrics aggregated per epoch and per kind.
type Point struct {
	Index  int          `json:"index"`
	Params []Param      `json:"params,omitempty"`
	Runs   int          `json:"runs"`   // runs that completed
	Failed []FailedRun  `json:"failed"` // runs that did not
	Epochs []EpochStats `json:"epochs"`
	Kinds  []KindStats  `json:"kinds"`
}

// FailedRun names a failed run, with the seed that replays it.
type FailedRun struct {
	Index int    `json:"index"`
	Seed  uint64 `json:"seed"`
	Err   string `json:"error"`
}

// EpochStats is one epoch's metrics over a point's completed runs, by metric name
// (EpochMetrics, then "rewards.<kind>").
type EpochStats struct {
	Epoch   int             `json:"epoch"`
	Metrics map[string]Stat `json:"metrics"`
}

// KindStats is one kind's per-member totals over a point's completed runs.
type KindStats struct {
	Kind            string `json:"kind"`
	Honest          bool   `json:"honest"`
	Members         int    `json:"members"`
	RewardPerMember Stat   `json:"reward_per_member"`
	GasPerMember    Stat   `json:"gas_per_member"`
	// RewardPerGas is tokens of reward per million gas used: what acting paid.
	RewardPerMillionGas Stat `json:"reward_per_million_gas"`
	// Growth is holdings at the end over holdings at the start.
	Growth     Stat `json:"growth"`
	FailedRate Stat `json:"failed_rate"` // reverted / sent
}

// EpochMetrics are the per-epoch metric names, in report order.
var EpochMetrics = []string{"supply", "emitted", "staked", "staking_ratio", "treasury", "honest_share",
	"gini_holdings", "gini_rewards", "participation", "gas_per_member", "actions", "failed_actions",
	"contributions", "votes"}

// Value returns the named metric of an epoch ("rewards.<kind>" with the run's kinds).
func (e *Epoch) Value(name string, kinds []string) float64 {
	switch name {
	case "supply":
		return e.Supply
	case "emitted":
		return e.Emitted
	case "staked":
		return e.Staked
	case "staking_ratio":
		return e.StakingRatio
	case "treasury":
		return e.Treasury
	case "honest_share":
		return e.HonestShare
	case "gini_holdings":
		return e.GiniHoldings
	case "gini_rewards":
		return e.GiniRewards
	case "participation":
		return e.Participation
	case "gas_per_member":
		return e.GasPerMember
	case "actions":
		return float64(e.Actions)
	case "failed_actions":
		return float64(e.FailedActions)
	case "contributions":
		return float64(e.Contributions)
	case "votes":
		return float64(e.Votes)
	}
	for i, k := range kinds {
		if name == "rewards."+k && i < len(e.Rewards) {
			return e.Rewards[i]
		}
	}
	return math.NaN()
}

// MetricNames are EpochMetrics followed by one "rewards.<kind>" per kind.
func MetricNames(kinds []string) []string {
	names := append([]string(nil), EpochMetrics...)
	for _, k := range kinds {
		names = append(names, "rewards."+k)
	}
	return names
}

// Aggregate groups runs by sweep point (runs must carry Point indexes 0..points-1) and
// summarises each point. Failed runs are listed, not averaged.
func Aggregate(runs []Run, points [][]Param, kinds []string, honest []bool, epochs int) []Point {
	out := make([]Point, len(points))
	byPoint := make([][]*Run, len(points))
	for i := range runs {
		r := &runs[i]
		if r.Point < 0 || r.Point >= len(points) {
			continue
		}
		if r.Failed() {
			out[r.Point].Failed = append(out[r.Point].Failed, FailedRun{Index: r.Index, Seed: r.Seed, Err: r.Err})
			continue
		}
		byPoint[r.Point] = append(byPoint[r.Point], r)
	}
	names := MetricNames(kinds)
	for p := range out {
		out[p].Index, out[p].Params, out[p].Runs = p, points[p], len(byPoint[p])
		if out[p].Failed == nil {
			out[p].Failed = []FailedRun{}
		}
		for ep := 0; ep < epochs; ep++ {
			es := EpochStats{Epoch: ep, Metrics: map[string]Stat{}}
			for _, name := range names {
				vals := make([]float64, 0, len(byPoint[p]))
				for _, r := range byPoint[p] {
					if ep < len(r.Epochs) {
						vals = append(vals, r.Epochs[ep].Value(name, r.Kinds))
					}
				}
				es.Metrics[name] = Summarize(vals)
			}
			out[p].Epochs = append(out[p].Epochs, es)
		}
		for k, kind := range kinds {
			ks := KindStats{Kind: kind, Honest: honest[k]}
			var reward, gas, perGas, growth, failed []float64
			for _, r := range byPoint[p] {
				if k >= len(r.Totals) {
					continue
				}
				t := r.Totals[k]
				ks.Members = t.Members
				reward = append(reward, t.RewardPerMember())
				gas = append(gas, t.GasPerMember())
				perGas = append(perGas, safeDivNaN(t.Reward, float64(t.Gas)/1e6))
				growth = append(growth, safeDivNaN(t.Holdings, t.Initial))
				failed = append(failed, safeDivNaN(float64(t.Failed), float64(t.Actions)))
			}
			ks.RewardPerMember, ks.GasPerMember, ks.RewardPerMillionGas = Summarize(reward), Summarize(gas), Summarize(perGas)
			ks.Growth, ks.FailedRate = Summarize(growth), Summarize(failed)
			out[p].Kinds = append(out[p].Kinds, ks)
		}
	}
	return out
}

func safeDivNaN(a, b float64) float64 {
	if b == 0 {
		return math.NaN()
	}
	return a / b
}
