package report_test

import (
	"bytes"
	"math"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/apiary-dev/apiary/sim/metrics"
	"github.com/apiary-dev/apiary/sim/report"
)

const failedSeed = 987654321012345

// chartsFor is how many charts a report with points sweep points draws: eight metric
// charts and one rewards-per-kind chart per point.
func chartsFor(points int) int { return 8 + points }

// syntheticResult is 2 sweep points × 3 runs, 2 kinds, 5 epochs; point 1 loses one run
// and has epochs where nothing was claimed (NaN honest share).
func syntheticResult() *metrics.Result {
	kinds := []string{"author", "spammer"}
	honest := []bool{true, false}
	points := [][]metrics.Param{
		{{Key: "rewards.curve_s", Value: "1000"}},
		{{Key: "rewards.curve_s", Value: "5000"}},
	}
	const epochs = 5
	var runs []metrics.Run
	for p := range points {
		for r := 0; r < 3; r++ {
			idx := p*3 + r
			run := metrics.Run{Index: idx, Point: p, Seed: uint64(1000 + idx), Params: points[p], Kinds: kinds}
			if p == 1 && r == 2 {
				run.Seed = failedSeed
				run.Err = "epoch 3: claim reverted: <out of gas>"
				runs = append(runs, run)
				continue
			}
			f := float64(r+1) * float64(p+1)
			for e := 0; e < epochs; e++ {
				share := 0.6 + 0.05*float64(r)
				if p == 1 && e%2 == 1 {
					share = math.NaN()
				}
				run.Epochs = append(run.Epochs, metrics.Epoch{
					Epoch: e, Supply: 1e6 + f*1e4*float64(e), Emitted: f * 1e4, Staked: 3e5 + f*1e3,
					StakingRatio: 0.3 + 0.01*float64(e), Treasury: 2e5 + f*500*float64(e),
					Rewards: []float64{f * 800, f * 200}, HonestShare: share,
					GiniHoldings: 0.2 + 0.01*f, GiniRewards: 0.4 + 0.02*f, Participation: 0.5 + 0.05*float64(r),
					GasPerMember: 1.2e5 * f, Actions: 100, FailedActions: 3 * r, Contributions: 20, Votes: 60,
				})
			}
			run.Totals = []metrics.KindTotals{
				{Kind: "author", Honest: true, Members: 80, Reward: f * 4000, Gas: uint64(f * 8e6), Actions: 400, Failed: r, Holdings: 9e4 + f*1e3, Initial: 8e4},
				{Kind: "spammer", Honest: false, Members: 20, Reward: f * 1000, Gas: uint64(f * 4e6), Actions: 300, Failed: 30 * r, Holdings: 2e4, Initial: 2e4},
			}
			runs = append(runs, run)
		}
	}
	return &metrics.Result{
		Scenario: "synthetic", Engine: "fast", Hardfork: "prague", Seed: 42, Members: 100,
		Epochs: epochs, Runs: 3, Kinds: kinds, Honest: honest,
		Points: metrics.Aggregate(runs, points, kinds, honest, epochs), All: runs,
	}
}

func render(t *testing.T, res *metrics.Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.HTML(&buf, res); err != nil {
		t.Fatalf("HTML: %v", err)
	}
	return buf.Bytes()
}

func TestHTML_ParsesWithOneSVGPerChart(t *testing.T) {
	out := render(t, syntheticResult())
	doc, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	svgs := 0
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "svg" {
			svgs++
		}
	}
	if want := chartsFor(2); svgs != want {
		t.Errorf("got %d <svg> elements, want %d", svgs, want)
	}
	if got := bytes.Count(out, []byte("<svg")); got != chartsFor(2) {
		t.Errorf("got %d \"<svg\" in the source, want %d", got, chartsFor(2))
	}
}

func TestHTML_SelfContained(t *testing.T) {
	out := strings.ToLower(string(render(t, syntheticResult())))
	for _, banned := range []string{"<script", "<link", "url(http", "@import", "<iframe", "<img"} {
		if strings.Contains(out, banned) {
			t.Errorf("report contains %q", banned)
		}
	}
	// Namespace URIs are names, not fetches; everything else that looks like a URL is suspect.
	allowed := map[string]bool{"http://www.w3.org/2000/svg": true, "http://www.w3.org/1999/xlink": true}
	for _, u := range regexp.MustCompile(`https?://[^"'\s<>)]*`).FindAllString(out, -1) {
		if !allowed[u] {
			t.Errorf("report references %q", u)
		}
	}
}

func TestHTML_NamesFailedRun(t *testing.T) {
	out := string(render(t, syntheticResult()))
	for _, want := range []string{"987654321012345", "claim reverted: &lt;out of gas&gt;", "rewards.curve_s=5000"} {
		if !strings.Contains(out, want) {
			t.Errorf("report does not contain %q", want)
		}
	}
}

func TestHTML_Deterministic(t *testing.T) {
	first, second := render(t, syntheticResult()), render(t, syntheticResult())
	if !bytes.Equal(first, second) {
		t.Fatal("two renders of the same result differ")
	}
}

func TestHTML_EdgeCases(t *testing.T) {
	single := syntheticResult()
	single.Points = single.Points[:1]
	single.Points[0].Failed = nil

	noRuns := syntheticResult()
	for i := range noRuns.All {
		if noRuns.All[i].Point == 1 {
			noRuns.All[i].Err = "boom"
		}
	}
	noRuns.Points = metrics.Aggregate(noRuns.All, [][]metrics.Param{nil, nil}, noRuns.Kinds, noRuns.Honest, noRuns.Epochs)

	oneRun := syntheticResult()
	oneRun.All = oneRun.All[:1]
	oneRun.Points = metrics.Aggregate(oneRun.All, [][]metrics.Param{nil}, oneRun.Kinds, oneRun.Honest, oneRun.Epochs)

	many := syntheticResult()
	for i := 2; i < 12; i++ {
		p := many.Points[i%2]
		p.Index = i
		p.Params = []metrics.Param{{Key: "rewards.curve_s", Value: strings.Repeat("9", i)}}
		many.Points = append(many.Points, p)
	}

	tests := []struct {
		name   string
		res    *metrics.Result
		charts int
	}{
		{"single point", single, chartsFor(1)},
		{"point with zero completed runs", noRuns, chartsFor(2)},
		{"single run", oneRun, chartsFor(1)},
		{"many sweep points", many, chartsFor(12)},
		{"no epochs", &metrics.Result{Scenario: "empty", Points: []metrics.Point{{}}}, chartsFor(1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := render(t, tt.res)
			if got := bytes.Count(out, []byte("<svg")); got != tt.charts {
				t.Errorf("got %d charts, want %d", got, tt.charts)
			}
		})
	}
}

func TestHTML_NilResult(t *testing.T) {
	if err := report.HTML(&bytes.Buffer{}, nil); err == nil {
		t.Fatal("want an error for a nil result")
	}
}
