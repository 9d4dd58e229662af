package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/apiary-dev/apiary/internal/gasreport"
	"github.com/apiary-dev/apiary/sim/hardfork"
)

// defaultGasSnapshot is where `apiary gas --check` and `--update` look by default.
const defaultGasSnapshot = "contracts/gas-snapshot.json"

func gasCommand() *cli.Command {
	return &cli.Command{
		Name:  "gas",
		Usage: "measure the receipt gas of every user action on the in-process chain",
		Description: "Deploys the economy into the simulated chain and runs a fixed scenario through every\n" +
			"action, printing each transaction's receipt gas (the 21,000 base included), its budget and\n" +
			"the reference contract it must not exceed. Actions measured over several transactions show\n" +
			"the mean and the worst. --check compares with the committed snapshot and fails, naming the\n" +
			"action, on a rise above --tolerance or any broken budget; --update rewrites the snapshot.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "hardfork", Value: hardfork.Default, Usage: "EVM rules to measure under: " + strings.Join(hardfork.Names(), ", ")},
			&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
			&cli.BoolFlag{Name: "check", Usage: "compare with the snapshot; fail on a rise or a broken budget"},
			&cli.BoolFlag{Name: "update", Usage: "write the snapshot from this run"},
			&cli.StringFlag{Name: "snapshot", Value: defaultGasSnapshot, Usage: "snapshot file"},
			&cli.Float64Flag{Name: "tolerance", Value: 0.005, Usage: "allowed rise over the snapshot, as a fraction (0.005 = 0.5%)"},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Len() > 0 {
				return usageError{Err: fmt.Errorf("gas: unexpected argument %q", c.Args().First())}
			}
			if c.Bool("check") && c.Bool("update") {
				return usageError{Err: errors.New("gas: --check and --update exclude each other")}
			}
			if tol := c.Float64("tolerance"); tol < 0 || tol > 1 {
				return usageError{Err: fmt.Errorf("gas: --tolerance %v: must be between 0 and 1", tol)}
			}
			if _, err := hardfork.Config(c.String("hardfork")); err != nil {
				return usageError{Err: fmt.Errorf("gas: --hardfork: %w", err)}
			}
			report, err := gasreport.Run(c.Context, strings.ToLower(c.String("hardfork")))
			if err != nil {
				return fmt.Errorf("gas report: %w", err)
			}
			if c.Bool("json") {
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				if err := enc.Encode(report); err != nil {
					return err
				}
			} else {
				printGasTable(c.App.Writer, report)
			}
			problems := report.Violations()
			path := c.String("snapshot")
			switch {
			case c.Bool("update"):
				if len(problems) > 0 {
					return fmt.Errorf("not writing %s: budgets broken:\n  %s", path, strings.Join(problems, "\n  "))
				}
				if err := gasreport.WriteSnapshot(path, gasreport.SnapshotOf(report)); err != nil {
					return err
				}
				fmt.Fprintf(c.App.ErrWriter, "wrote %s\n", path)
			case c.Bool("check"):
				snap, err := gasreport.LoadSnapshot(path)
				if err != nil {
					return err
				}
				rises, notes := gasreport.Compare(report, snap, c.Float64("tolerance"))
				for _, n := range notes {
					fmt.Fprintf(c.App.ErrWriter, "note: %s (run `apiary gas --update` to record it)\n", n)
				}
				problems = append(problems, rises...)
				if len(problems) == 0 {
					fmt.Fprintf(c.App.ErrWriter, "gas check passed: %d actions within %.2f%% of %s and within budget\n",
						len(report.Measurements), c.Float64("tolerance")*100, path)
				}
			}
			if len(problems) > 0 {
				return fmt.Errorf("gas check failed:\n  %s", strings.Join(problems, "\n  "))
			}
			return nil
		},
	}
}

func printGasTable(w io.Writer, r *gasreport.Report) {
	fmt.Fprintf(w, "receipt gas under %s rules (%s), 21,000 base included\n\n", r.Hardfork, hardfork.Describe(r.Hardfork))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "action\t     gas\t         worst\tbudget / baseline")
	for _, m := range r.Measurements {
		worst := ""
		if m.Samples > 1 {
			worst = fmt.Sprintf("%d (of %d)", m.Worst(), m.Samples)
		}
		if len(worst) < 14 {
			worst = strings.Repeat(" ", 14-len(worst)) + worst
		}
		limit := ""
		switch {
		case m.Budget != 0 && m.Amortized:
			limit = fmt.Sprintf("≤ %d (mean)", m.Budget)
		case m.Budget != 0:
			limit = fmt.Sprintf("≤ %d", m.Budget)
		case m.Baseline != "":
			base, _ := r.Gas(m.Baseline)
			limit = fmt.Sprintf("≤ %d (%s)", base, m.Baseline)
		}
		fmt.Fprintf(tw, "%s\t%8d\t%s\t%s\n", m.Action, m.Gas, worst, limit)
	}
	tw.Flush()
}
