// Package report renders a simulation's metrics.Result as one self-contained HTML page:
// the economy designer's view of what happens to the community under a set of rules and
// who gets the rewards. It reads a Result and never runs or changes a simulation; it
// needs no network to open (CSS inline, charts inline SVG, no scripts).
package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"

	"github.com/apiary-dev/apiary/sim/metrics"
)

//go:embed report.html.tmpl
var pageSource string

var pageTemplate = template.Must(template.New("report").Parse(pageSource))

// HTML writes one self-contained HTML report of res: no network access is needed to open it
// (no CDN scripts, no external CSS/fonts; charts are inline SVG). The same res always gives
// the same bytes, so reports can be diffed and committed.
func HTML(w io.Writer, res *metrics.Result) error {
	if res == nil {
		return fmt.Errorf("report: nil result")
	}
	pg, err := buildPage(res)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := pageTemplate.Execute(w, pg); err != nil {
		return fmt.Errorf("report: write html: %w", err)
	}
	return nil
}

// page is everything the template shows, already formatted: the template only lays out.
type page struct {
	Res         *metrics.Result
	PointCount  int
	Kinds       []kindInfo
	Failed      []failedRow
	Summary     []summaryRow
	Charts      []chartView
	KindCharts  []chartView
	KindTables  []kindTable
	MultiPoints bool
	// SummaryColumns and KindColumns head the tables, aligned with the rows' Cells.
	SummaryColumns []string
	KindColumns    []string
}

type kindInfo struct {
	Name   string
	Honest bool
}

type failedRow struct {
	Point string
	Index int
	Seed  uint64
	Err   string
}

type summaryRow struct {
	Label  string
	Runs   int
	Failed int
	Cells  []cell
}

type chartView struct {
	Title string
	Note  string
	SVG   template.HTML
}

type kindTable struct {
	Label  string
	Runs   int
	Failed int
	Rows   []kindRow
}

type kindRow struct {
	Kind    string
	Honest  bool
	Members int
	Cells   []cell
}

func buildPage(res *metrics.Result) (*page, error) {
	labels := pointLabels(res.Points)
	pg := &page{Res: res, PointCount: len(res.Points), MultiPoints: len(res.Points) > 1,
		SummaryColumns: summaryColumns, KindColumns: kindColumns}
	for i, k := range res.Kinds {
		pg.Kinds = append(pg.Kinds, kindInfo{Name: k, Honest: i < len(res.Honest) && res.Honest[i]})
	}
	for i, p := range res.Points {
		for _, f := range p.Failed {
			pg.Failed = append(pg.Failed, failedRow{Point: labels[i], Index: f.Index, Seed: f.Seed, Err: f.Err})
		}
		pg.Summary = append(pg.Summary, summarize(res, p, labels[i]))
		pg.KindTables = append(pg.KindTables, kindTableOf(p, labels[i]))
	}
	var err error
	if pg.Charts, err = metricCharts(res.Points, labels); err != nil {
		return nil, err
	}
	if pg.KindCharts, err = rewardCharts(res, labels); err != nil {
		return nil, err
	}
	return pg, nil
}

// pointLabels name sweep points by their settings (`rewards.curve_s=1000`), the way the
// designer wrote them in the scenario.
func pointLabels(points []metrics.Point) []string {
	out := make([]string, len(points))
	for i, p := range points {
		parts := make([]string, len(p.Params))
		for j, kv := range p.Params {
			parts[j] = kv.Key + "=" + kv.Value
		}
		switch {
		case len(parts) > 0:
			out[i] = strings.Join(parts, ", ")
		case len(points) == 1:
			out[i] = "scenario"
		default:
			out[i] = fmt.Sprintf("point %d", p.Index)
		}
	}
	return out
}

// summaryColumns head the summary table, aligned with summaryRow.Cells.
var summaryColumns = []string{"Supply (end)", "Staking ratio (end)", "Treasury (end)",
	"Honest share of contribution rewards (mean over epochs)", "Gini of holdings (end)",
	"Gini of rewards (end)", "Participation (end)"}

func summarize(res *metrics.Result, p metrics.Point, label string) summaryRow {
	var last metrics.EpochStats
	if n := len(p.Epochs); n > 0 {
		last = p.Epochs[n-1]
	}
	return summaryRow{Label: label, Runs: p.Runs, Failed: len(p.Failed), Cells: []cell{
		statCell(stat(last, "supply"), formatAmount),
		statCell(stat(last, "staking_ratio"), formatPercent),
		statCell(stat(last, "treasury"), formatAmount),
		statCell(honestShare(res, p), formatPercent),
		statCell(stat(last, "gini_holdings"), formatIndex),
		statCell(stat(last, "gini_rewards"), formatIndex),
		statCell(stat(last, "participation"), formatPercent),
	}}
}

// honestShare is each completed run's mean honest share over its epochs, summarised over
// the point's runs: the spread is then between runs, which is what p5–p95 means elsewhere.
// Without per-run data (a Result trimmed of All) it falls back to the epochs' aggregates.
func honestShare(res *metrics.Result, p metrics.Point) metrics.Stat {
	var perRun []float64
	for i := range res.All {
		r := &res.All[i]
		if r.Point != p.Index || r.Failed() {
			continue
		}
		var sum float64
		var n int
		for _, e := range r.Epochs {
			if !math.IsNaN(e.HonestShare) {
				sum += e.HonestShare
				n++
			}
		}
		if n == 0 {
			perRun = append(perRun, math.NaN())
		} else {
			perRun = append(perRun, sum/float64(n))
		}
	}
	if len(perRun) > 0 {
		return metrics.Summarize(perRun)
	}
	var out metrics.Stat
	var n int
	for _, e := range p.Epochs {
		s := stat(e, "honest_share")
		if s.N == 0 || math.IsNaN(s.Mean) {
			continue
		}
		out.Mean += s.Mean
		out.P5 += s.P5
		out.P50 += s.P50
		out.P95 += s.P95
		out.N = max(out.N, s.N)
		n++
	}
	if n == 0 {
		return metrics.Summarize(nil)
	}
	k := float64(n)
	out.Mean, out.P5, out.P50, out.P95 = out.Mean/k, out.P5/k, out.P50/k, out.P95/k
	return out
}

// kindColumns head each per-kind table, aligned with kindRow.Cells.
var kindColumns = []string{"Reward per member", "Gas per member", "Reward per million gas",
	"Holdings growth", "Failed-action rate"}

func kindTableOf(p metrics.Point, label string) kindTable {
	t := kindTable{Label: label, Runs: p.Runs, Failed: len(p.Failed)}
	for _, k := range p.Kinds {
		t.Rows = append(t.Rows, kindRow{Kind: k.Kind, Honest: k.Honest, Members: k.Members, Cells: []cell{
			statCell(k.RewardPerMember, formatAmount),
			statCell(k.GasPerMember, formatAmount),
			statCell(k.RewardPerMillionGas, formatAmount),
			statCell(k.Growth, formatGrowth),
			statCell(k.FailedRate, formatPercent),
		}})
	}
	return t
}

// metricChart is one per-metric chart: a line per sweep point.
type metricChart struct {
	name, title, ylabel, note string
	unit                      bool
}

// metricCharts answer, in order: how big is the economy, is it staked, is the treasury
// growing, do honest members get the rewards, does wealth concentrate, do people take part,
// and what does taking part cost.
var metricChartList = []metricChart{
	{"supply", "Token supply", "tokens", "Total supply at the end of each epoch.", false},
	{"treasury", "Treasury", "tokens", "The timelock's token balance.", false},
	{"staking_ratio", "Staking ratio", "staked / supply", "Share of the supply staked.", true},
	{"honest_share", "Honest share of contribution rewards", "share", "Share of author and curator rewards claimed by honest kinds; gaps are epochs where nothing was claimed.", true},
	{"gini_holdings", "Gini of holdings", "Gini", "0 = everyone holds the same, 1 = one member holds everything.", true},
	{"gini_rewards", "Gini of cumulative rewards", "Gini", "Concentration of rewards received so far.", true},
	{"participation", "Participation", "share of members", "Share of members who sent a transaction in the epoch.", true},
	{"gas_per_member", "Gas per member", "gas", "Gas used in the epoch divided by members: the cost of taking part.", false},
}

func metricCharts(points []metrics.Point, labels []string) ([]chartView, error) {
	out := make([]chartView, 0, len(metricChartList))
	for _, m := range metricChartList {
		svg, err := renderChart(chartSpec{title: m.title, ylabel: m.ylabel, unit: m.unit,
			width: fullWidth, height: fullHeight, series: metricSeries(points, labels, m.name)})
		if err != nil {
			return nil, err
		}
		out = append(out, chartView{Title: m.title, Note: m.note, SVG: svg})
	}
	return out, nil
}

// rewardCharts are small multiples, one per sweep point, of each kind's rewards per epoch:
// kinds on one chart show who the rules pay; points side by side show how the rules move it.
func rewardCharts(res *metrics.Result, labels []string) ([]chartView, error) {
	out := make([]chartView, 0, len(res.Points))
	for i, p := range res.Points {
		ss := make([]series, 0, len(res.Kinds))
		for k, kind := range res.Kinds {
			honest := k < len(res.Honest) && res.Honest[k]
			tag := "abusive"
			if honest {
				tag = "honest"
			}
			s := series{label: kind + " (" + tag + ")", style: kindStyle(k, honest)}
			for _, e := range p.Epochs {
				s.x = append(s.x, float64(e.Epoch))
				s.stats = append(s.stats, stat(e, "rewards."+kind))
			}
			ss = append(ss, s)
		}
		title := "Rewards per kind: " + labels[i]
		svg, err := renderChart(chartSpec{title: title, ylabel: "tokens per epoch",
			width: smallWidth, height: smallHeight, series: ss})
		if err != nil {
			return nil, err
		}
		out = append(out, chartView{Title: title, SVG: svg})
	}
	return out, nil
}
