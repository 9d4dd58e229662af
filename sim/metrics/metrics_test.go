package metrics

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestGini(t *testing.T) {
	tests := []struct {
		name   string
		values []float64
		want   float64
	}{
		{"empty", nil, 0},
		{"all zero", []float64{0, 0, 0}, 0},
		{"equal", []float64{5, 5, 5, 5}, 0},
		{"one holds all of four", []float64{0, 0, 0, 8}, 0.75},
		{"one holds all of a hundred", append(make([]float64, 99), 1), 0.99},
		{"1 2 3 4", []float64{4, 1, 3, 2}, 0.25},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Gini(tt.values); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("Gini(%v) = %v, want %v", tt.values, got, tt.want)
			}
		})
	}
}

func TestSummarize_PercentilesInterpolateAndSkipNaN(t *testing.T) {
	got := Summarize([]float64{10, math.NaN(), 0, 20, 30, 40})
	want := Stat{Mean: 20, P5: 2, P50: 20, P95: 38, N: 5}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if s := Summarize([]float64{math.NaN()}); !math.IsNaN(s.Mean) || s.N != 0 {
		t.Errorf("all NaN: %+v, want NaN with N 0", s)
	}
	if s := Summarize([]float64{7}); s.P5 != 7 || s.P95 != 7 {
		t.Errorf("one value: %+v", s)
	}
}

func TestAggregate_GroupsByPointAndListsFailures(t *testing.T) {
	kinds := []string{"honest", "abuser"}
	run := func(i, point int, supply float64, fail string) Run {
		r := Run{Index: i, Point: point, Seed: uint64(100 + i), Kinds: kinds, Err: fail}
		if fail == "" {
			r.Epochs = []Epoch{{Epoch: 0, Supply: supply, HonestShare: math.NaN(), Rewards: []float64{1, 2}}}
			r.Totals = []KindTotals{{Kind: "honest", Honest: true, Members: 2, Reward: 10, Gas: 2e6, Actions: 4, Failed: 1, Holdings: 30, Initial: 20},
				{Kind: "abuser", Members: 1, Reward: 5, Gas: 1e6, Actions: 2, Holdings: 5, Initial: 5}}
		}
		return r
	}
	runs := []Run{run(0, 0, 100, ""), run(1, 0, 300, ""), run(2, 1, 0, "boom"), run(3, 1, 50, "")}
	points := Aggregate(runs, [][]Param{{{Key: "k", Value: "1"}}, {{Key: "k", Value: "2"}}}, kinds, []bool{true, false}, 1)
	if points[0].Runs != 2 || points[0].Epochs[0].Metrics["supply"].Mean != 200 {
		t.Errorf("point 0: %d runs, supply %+v", points[0].Runs, points[0].Epochs[0].Metrics["supply"])
	}
	if diff := cmp.Diff([]FailedRun{{Index: 2, Seed: 102, Err: "boom"}}, points[1].Failed); diff != "" {
		t.Errorf("point 1 failures (-want +got):\n%s", diff)
	}
	if got := points[0].Epochs[0].Metrics["rewards.abuser"]; got.Mean != 2 {
		t.Errorf("rewards.abuser = %+v, want 2", got)
	}
	h := points[0].Kinds[0]
	if h.RewardPerMember.Mean != 5 || h.RewardPerMillionGas.Mean != 5 || h.Growth.Mean != 1.5 || h.FailedRate.Mean != 0.25 {
		t.Errorf("honest kind stats %+v", h)
	}
	b, err := json.Marshal(points)
	if err != nil {
		t.Fatalf("JSON with NaN metrics: %v", err)
	}
	if !strings.Contains(string(b), `"honest_share":{"mean":null`) {
		t.Errorf("a NaN metric is not null in JSON: %s", b)
	}
}
