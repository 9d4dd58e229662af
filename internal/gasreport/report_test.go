package gasreport

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRun_MeetsEveryBudgetAndBaseline(t *testing.T) {
	r, err := Run(context.Background(), "osaka")
	if err != nil {
		t.Fatal(err)
	}
	if v := r.Violations(); len(v) != 0 {
		t.Errorf("violations:\n%s", cmp.Diff([]string(nil), v))
	}
	again, err := Run(context.Background(), "osaka")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, again); diff != "" {
		t.Errorf("two runs differ (-first +second):\n%s", diff)
	}
}

func TestRun_HardforkChangesTheFigures(t *testing.T) {
	r, err := Run(context.Background(), "bogota")
	if err != nil {
		t.Fatal(err)
	}
	// go-ethereum's dev default reprices state growth: a fresh-holder transfer costs ~146k.
	if g, _ := r.Gas("ReferenceERC20.transfer (new holder)"); g < 140_000 {
		t.Errorf("bogota fresh-holder transfer = %d gas, want the repriced ~146k", g)
	}
	if r.Hardfork != "bogota" {
		t.Errorf("hardfork = %q", r.Hardfork)
	}
}

func TestViolations(t *testing.T) {
	r := &Report{Measurements: []Measurement{
		{Action: "ref", Gas: 100, Max: 120, Samples: 2},
		{Action: "under baseline", Gas: 99, Max: 119, Samples: 2, Baseline: "ref"},
		{Action: "mean above baseline", Gas: 101, Baseline: "ref"},
		{Action: "worst above baseline", Gas: 90, Max: 121, Samples: 2, Baseline: "ref"},
		{Action: "single over budget", Gas: 11, Budget: 10},
		{Action: "worst over budget", Gas: 8, Max: 11, Samples: 2, Budget: 10},
		{Action: "amortized mean within budget", Gas: 9, Max: 20, Samples: 4, Budget: 10, Amortized: true},
		{Action: "amortized mean over budget", Gas: 11, Max: 12, Samples: 4, Budget: 10, Amortized: true},
		{Action: "missing baseline", Gas: 1, Baseline: "nope"},
	}}
	want := []string{
		"mean above baseline: 101 gas, above ref (100)",
		"worst above baseline: worst sample 121 gas, above ref's (120)",
		"single over budget: receipt 11 gas, over its budget of 10",
		"worst over budget: worst 11 gas, over its budget of 10",
		"amortized mean over budget: mean 11 gas, over its budget of 10",
		`missing baseline: baseline "nope" was not measured`,
	}
	if diff := cmp.Diff(want, r.Violations()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestCompare(t *testing.T) {
	snap := Snapshot{Hardfork: "osaka", Gas: map[string]uint64{"a": 1000, "b": 1000, "c": 1000, "gone": 5}}
	r := &Report{Hardfork: "osaka", Measurements: []Measurement{
		{Action: "a", Gas: 1005}, // within 0.5%
		{Action: "b", Gas: 1006}, // above
		{Action: "c", Gas: 900},  // fell
		{Action: "new", Gas: 1},
	}}
	problems, notes := Compare(r, snap, 0.005)
	wantProblems := []string{
		"b: 1006 gas, up 6 from the snapshot's 1000 (+0.60%, tolerance 0.50%)",
		"new: not in the snapshot (new action: update the snapshot)",
		"gone: in the snapshot but no longer measured",
	}
	if diff := cmp.Diff(wantProblems, problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"c: 900 gas, down 100 from the snapshot's 1000"}, notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
	other := &Report{Hardfork: "prague"}
	if p, _ := Compare(other, snap, 0); len(p) != 1 || p[0] != "report is for hardfork prague, snapshot for osaka" {
		t.Errorf("hardfork mismatch: %v", p)
	}
}
