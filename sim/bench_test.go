package sim

import (
	"context"
	"testing"
)

// BenchmarkSimulate runs the built-in scenario at 1,000 members for 10 epochs, one run on
// one core, and reports actions (transactions) per second.
func BenchmarkSimulate(b *testing.B) {
	sc, err := DefaultScenario()
	if err != nil {
		b.Fatal(err)
	}
	actions := 0
	for i := 0; i < b.N; i++ {
		_, sum, err := Simulate(context.Background(), sc, Options{Members: 1000, Epochs: 10, Runs: 1, Jobs: 1})
		if err != nil {
			b.Fatal(err)
		}
		actions += sum.Actions
	}
	b.ReportMetric(float64(actions)/b.Elapsed().Seconds(), "actions/s")
}

// BenchmarkSimulateLarge is one run of 10,000 members for 6 epochs: where the time of the
// issue's 10,000 × 52 scale goal goes.
func BenchmarkSimulateLarge(b *testing.B) {
	sc, err := DefaultScenario()
	if err != nil {
		b.Fatal(err)
	}
	actions := 0
	for i := 0; i < b.N; i++ {
		_, sum, err := Simulate(context.Background(), sc, Options{Members: 10_000, Epochs: 6, Runs: 1, Jobs: 1})
		if err != nil {
			b.Fatal(err)
		}
		actions += sum.Actions
	}
	b.ReportMetric(float64(actions)/b.Elapsed().Seconds(), "actions/s")
}
