package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/apiary-dev/apiary/sim"
	"github.com/apiary-dev/apiary/sim/hardfork"
	"github.com/apiary-dev/apiary/sim/metrics"
)

func simCommand() *cli.Command {
	var kindLines []string
	for _, k := range sim.KindNames() {
		kindLines = append(kindLines, fmt.Sprintf("  %-12s %s", k, sim.KindDoc(k)))
	}
	return &cli.Command{
		Name:      "sim",
		Usage:     "simulate the economy with agents on the in-process chain and write a report",
		ArgsUsage: "[scenario.toml]",
		Description: "Deploys the economy from the scenario's economy config into a fresh in-process chain per run,\n" +
			"lets a population of agents act for the scenario's epochs, and writes CSV, JSON and an HTML\n" +
			"report to --out. Without a scenario it runs the built-in one (a 1,000-member community over\n" +
			"52 weekly epochs, abusers included; --print-scenario shows it). Runs and sweep points run in\n" +
			"parallel; every run's seed derives from --seed, so the same scenario and seed give\n" +
			"byte-identical files. A failed run is reported with its seed; the others complete.\n\n" +
			"Agent kinds:\n" + strings.Join(kindLines, "\n"),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "engine", Value: "fast", Usage: "chain engine: " + strings.Join(sim.Engines, " or ")},
			&cli.StringFlag{Name: "hardfork", Value: hardfork.Default, Usage: "EVM rules: " + strings.Join(hardfork.Names(), ", ")},
			&cli.Uint64Flag{Name: "seed", Usage: "master seed (default: the scenario's)"},
			&cli.IntFlag{Name: "runs", Usage: "Monte Carlo runs per sweep point (default: the scenario's)"},
			&cli.IntFlag{Name: "jobs", Usage: "runs in parallel (default: all cores)"},
			&cli.IntFlag{Name: "members", Usage: "population size; every kind's count scales to it"},
			&cli.IntFlag{Name: "epochs", Usage: "epochs per run (default: the scenario's)"},
			&cli.StringFlag{Name: "out", Value: "apiary-report", Usage: "report folder"},
			&cli.BoolFlag{Name: "json", Usage: "print the summary as one JSON object on stdout"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar and no summary table"},
			&cli.BoolFlag{Name: "print-scenario", Usage: "print the built-in scenario's TOML and exit"},
		},
		Action: runSim,
	}
}

func runSim(c *cli.Context) error {
	if c.Bool("print-scenario") {
		_, err := c.App.Writer.Write(sim.DefaultScenarioTOML())
		return err
	}
	if c.Args().Len() > 1 {
		if rest := c.Args().Slice()[1:]; strings.HasPrefix(rest[0], "-") {
			return usageError{Err: fmt.Errorf("sim: flag %s after the scenario file: flags go first (apiary sim %s %s)",
				rest[0], strings.Join(rest, " "), c.Args().First())}
		}
		return usageError{Err: fmt.Errorf("sim: one scenario file at most, got %d arguments", c.Args().Len())}
	}
	for _, name := range []string{"runs", "jobs", "members", "epochs"} {
		if c.IsSet(name) && c.Int(name) <= 0 {
			return usageError{Err: fmt.Errorf("sim: --%s %d: must be at least 1", name, c.Int(name))}
		}
	}
	if e := c.String("engine"); e != "fast" && e != "simulated" {
		return usageError{Err: fmt.Errorf("sim: --engine %q: want fast or simulated", e)}
	}
	if _, err := hardfork.Config(c.String("hardfork")); err != nil {
		return usageError{Err: fmt.Errorf("sim: --hardfork: %w", err)}
	}
	var sc *sim.Scenario
	var err error
	if c.Args().Len() == 1 {
		sc, err = sim.LoadScenario(c.Args().First())
	} else {
		sc, err = sim.DefaultScenario()
	}
	if err != nil {
		return err
	}
	opts := sim.Options{Engine: c.String("engine"), Hardfork: strings.ToLower(c.String("hardfork")), Runs: c.Int("runs"),
		Jobs: c.Int("jobs"), Members: c.Int("members"), Epochs: c.Int("epochs")}
	if c.IsSet("seed") {
		s := c.Uint64("seed")
		opts.Seed = &s
	}
	quiet := c.Bool("quiet") || c.Bool("json")
	var bar *lazyBar
	if !c.Bool("quiet") && isTerminal(c.App.ErrWriter) {
		bar = &lazyBar{w: c.App.ErrWriter, start: time.Now()}
		opts.Progress = bar.set
	}
	tuneGC()
	res, sum, err := sim.Simulate(c.Context, sc, opts)
	bar.finish()
	if err != nil {
		return err
	}
	out := c.String("out")
	if err := sim.WriteReport(out, res); err != nil {
		return fmt.Errorf("write report to %s: %w", out, err)
	}
	summary := newSimSummary(res, sum, out)
	switch {
	case c.Bool("json"):
		enc := json.NewEncoder(c.App.Writer)
		if err := enc.Encode(summary); err != nil {
			return err
		}
	case !quiet:
		printSimSummary(c.App.Writer, res, summary)
	}
	if n := len(summary.Failed); n > 0 {
		return fmt.Errorf("%d of %d runs failed (the report has the others): replay one with --seed %d --runs 1",
			n, len(res.All), summary.Failed[0].Seed)
	}
	return nil
}

// tuneGC trades memory for speed unless the user set GOGC or GOMEMLIMIT. A simulation
// allocates fast over a live heap that grows with the chain's state, so collecting only at
// 400% growth saves CPU, while the 1,750 MiB soft limit makes the collector work harder as
// a large run (10,000 members for a year peaks at 1.8 GB) nears 2 GiB. A limit much below
// the live heap would make it collect without pause: at 1,536 MiB the 10,000-member year
// took 2 min 12 s instead of 2 min.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1750 << 20)
	}
}

// lazyBar is a progress bar on stderr that appears only once a simulation has taken two
// seconds, so short runs print nothing.
type lazyBar struct {
	mu    sync.Mutex
	w     io.Writer
	start time.Time
	bar   *progressbar.ProgressBar
}

func (b *lazyBar) set(done, total int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.bar == nil {
		if time.Since(b.start) < 2*time.Second {
			return
		}
		b.bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(b.w), progressbar.OptionSetDescription("simulating epochs"),
			progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(), progressbar.OptionSetWidth(30))
	}
	_ = b.bar.Set(done)
}

func (b *lazyBar) finish() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.bar != nil {
		_ = b.bar.Finish()
	}
}

// simSummary is the machine-readable summary `apiary sim --json` prints.
type simSummary struct {
	Scenario         string              `json:"scenario"`
	Engine           string              `json:"engine"`
	Hardfork         string              `json:"hardfork"`
	Seed             uint64              `json:"seed"`
	Members          int                 `json:"members"`
	Epochs           int                 `json:"epochs"`
	Runs             int                 `json:"runs"`
	Points           []pointSummary      `json:"points"`
	Failed           []metrics.FailedRun `json:"failed_runs"`
	Actions          int                 `json:"actions"`
	Seconds          float64             `json:"seconds"`
	ActionsPerSecond float64             `json:"actions_per_second"`
	Report           string              `json:"report"`
}

// pointSummary is one sweep point's last-epoch figures (means over its runs).
type pointSummary struct {
	Params       []metrics.Param     `json:"params,omitempty"`
	Runs         int                 `json:"runs"`
	Supply       *float64            `json:"supply"`
	StakingRatio *float64            `json:"staking_ratio"`
	Treasury     *float64            `json:"treasury"`
	HonestShare  *float64            `json:"honest_share"` // mean over epochs and runs
	GiniHoldings *float64            `json:"gini_holdings"`
	GiniRewards  *float64            `json:"gini_rewards"`
	RewardByKind map[string]*float64 `json:"reward_per_member"`
}

func finite(v float64) *float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	return &v
}

func newSimSummary(res *metrics.Result, sum sim.Summary, out string) simSummary {
	s := simSummary{Scenario: res.Scenario, Engine: res.Engine, Hardfork: res.Hardfork, Seed: res.Seed, Members: res.Members,
		Epochs: res.Epochs, Runs: res.Runs, Actions: sum.Actions, Seconds: sum.Elapsed.Seconds(),
		Report: filepath.Join(out, sim.FileHTML), Failed: []metrics.FailedRun{}}
	if s.Seconds > 0 {
		s.ActionsPerSecond = float64(sum.Actions) / s.Seconds
	}
	for _, p := range res.Points {
		s.Failed = append(s.Failed, p.Failed...)
		ps := pointSummary{Params: p.Params, Runs: p.Runs, RewardByKind: map[string]*float64{}}
		if n := len(p.Epochs); n > 0 {
			last := p.Epochs[n-1].Metrics
			ps.Supply, ps.StakingRatio, ps.Treasury = finite(last["supply"].Mean), finite(last["staking_ratio"].Mean), finite(last["treasury"].Mean)
			ps.GiniHoldings, ps.GiniRewards = finite(last["gini_holdings"].Mean), finite(last["gini_rewards"].Mean)
			shares := make([]float64, 0, n)
			for _, e := range p.Epochs {
				shares = append(shares, e.Metrics["honest_share"].Mean)
			}
			ps.HonestShare = finite(metrics.Summarize(shares).Mean)
		}
		for _, k := range p.Kinds {
			ps.RewardByKind[k.Kind] = finite(k.RewardPerMember.Mean)
		}
		s.Points = append(s.Points, ps)
	}
	return s
}

func fmtNum(v *float64, format string) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprintf(format, *v)
}

func printSimSummary(w io.Writer, res *metrics.Result, s simSummary) {
	fmt.Fprintf(w, "%s: %d members × %d epochs × %d runs × %d points on the %s engine (%s), seed %d\n",
		res.Scenario, res.Members, res.Epochs, res.Runs, len(res.Points), res.Engine, res.Hardfork, res.Seed)
	for i, p := range res.Points {
		ps := s.Points[i]
		fmt.Fprintln(w)
		if len(p.Params) > 0 {
			var kv []string
			for _, q := range p.Params {
				kv = append(kv, q.Key+"="+q.Value)
			}
			fmt.Fprintf(w, "point %d: %s\n", i, strings.Join(kv, " "))
		}
		fmt.Fprintf(w, "after %d epochs: supply %s, staking ratio %s, treasury %s; honest share of contribution rewards %s; Gini holdings %s, rewards %s\n",
			res.Epochs, fmtNum(ps.Supply, "%.0f"), fmtNum(ps.StakingRatio, "%.3f"), fmtNum(ps.Treasury, "%.0f"),
			fmtNum(ps.HonestShare, "%.3f"), fmtNum(ps.GiniHoldings, "%.3f"), fmtNum(ps.GiniRewards, "%.3f"))
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "kind\t\tmembers\treward/member\tgas/member\treward/Mgas\tgrowth\tfailed\t")
		for _, k := range p.Kinds {
			label := "honest"
			if !k.Honest {
				label = "abuser"
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.1f\t%.0f\t%.2f\t%.3f×\t%.1f%%\t\n", k.Kind, label, k.Members, k.RewardPerMember.Mean,
				k.GasPerMember.Mean, k.RewardPerMillionGas.Mean, k.Growth.Mean, 100*k.FailedRate.Mean)
		}
		tw.Flush()
		for _, f := range p.Failed {
			fmt.Fprintf(w, "run %d (seed %d) failed: %s\n", f.Index, f.Seed, f.Err)
		}
	}
	fmt.Fprintf(w, "\n%d actions in %.1f s (%.0f actions/s); report: %s\n", s.Actions, s.Seconds, s.ActionsPerSecond, s.Report)
}
