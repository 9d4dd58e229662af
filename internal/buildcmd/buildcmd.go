// Package buildcmd is the `build` command shared by the apiary CLI and bindings/gen, the
// generator entry point `make bindings` runs. bindings/gen imports nothing generated, so it
// still builds while Go code elsewhere waits for bindings of a changed contract.
package buildcmd

import (
	"errors"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/apiary-dev/apiary/internal/build"
	"github.com/apiary-dev/apiary/internal/solc"
)

// UsageError marks errors that are the caller's misuse of the command line (exit 2).
type UsageError struct{ Err error }

func (e UsageError) Error() string { return e.Err.Error() }
func (e UsageError) Unwrap() error { return e.Err }

// Exit statuses shared by apiary's commands.
const (
	ExitFailure = 1
	ExitUsage   = 2
)

// ExitCode maps a command's error to the process exit status.
func ExitCode(err error) int {
	if err == nil {
		return 0
	}
	var ue UsageError
	if errors.As(err, &ue) {
		return ExitUsage
	}
	var ec cli.ExitCoder
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	return ExitFailure
}

// Command returns the `build` command.
func Command() *cli.Command {
	return &cli.Command{
		Name:  "build",
		Usage: "compile contracts/src with the pinned solc and regenerate artifacts and Go bindings",
		Description: "Compiles every source under contracts/src through one deterministic standard-JSON input,\n" +
			"writes artifacts (and the input, for explorer verification) to bindings/artifacts and\n" +
			"abigen v2 bindings to bindings/. With --check nothing is written: the command fails,\n" +
			"naming each file, when the committed outputs differ from a fresh build.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "root", Value: ".", Usage: "repository root"},
			&cli.BoolFlag{Name: "check", Usage: "compare with a fresh build instead of writing"},
			&cli.StringFlag{Name: "solc", EnvVars: []string{"SOLC"}, Usage: "native solc binary of the pinned version (default: solc on PATH, else solc-js)"},
			&cli.BoolFlag{Name: "all-warnings", Usage: "show warnings in dependencies (node_modules) too, not only their count"},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Len() > 0 {
				return UsageError{fmt.Errorf("build: unexpected argument %q", c.Args().First())}
			}
			root := c.String("root")
			stderr := c.App.ErrWriter
			compiler, _, err := build.Locate(c.Context, root, build.DefaultLayout, c.String("solc"))
			if err != nil {
				return err
			}
			fmt.Fprintf(stderr, "solc %s (%s: %s)\n", compiler.LongVersion, compiler.Kind, compiler.Why)
			res, err := build.Generate(c.Context, build.Config{Root: root, Layout: build.DefaultLayout, Compiler: compiler})
			shown, hidden := diagnosticsOf(res, err, c.Bool("all-warnings"))
			for _, d := range shown {
				fmt.Fprintln(stderr, d)
			}
			if hidden > 0 {
				fmt.Fprintf(stderr, "%d warning(s) in dependencies not shown (--all-warnings shows them)\n", hidden)
			}
			if err != nil {
				return err
			}
			if c.Bool("check") {
				problems, err := build.Check(root, build.DefaultLayout, res)
				if err != nil {
					return err
				}
				if len(problems) > 0 {
					lines := make([]string, len(problems))
					for i, p := range problems {
						lines[i] = "  " + p.String()
					}
					return fmt.Errorf("generated files differ from a fresh build:\n%s\nrun `make bindings` and commit the result", strings.Join(lines, "\n"))
				}
				fmt.Fprintf(c.App.Writer, "bindings up to date: %d contracts, %d files\n", len(res.Contracts), len(res.Files))
				return nil
			}
			changed, err := build.Write(root, build.DefaultLayout, res)
			if err != nil {
				return err
			}
			for _, p := range changed {
				fmt.Fprintf(c.App.Writer, "wrote %s\n", p)
			}
			fmt.Fprintf(c.App.Writer, "built %d contracts (%s); %d files changed\n", len(res.Contracts), strings.Join(res.Contracts, ", "), len(changed))
			return nil
		},
	}
}

// diagnosticsOf returns the diagnostics to show: warnings of a successful build, or the
// warnings of a failed one (its error lists the errors). Warnings in dependencies (anything
// outside src/) are only counted unless all is set: they are not the developer's to fix.
func diagnosticsOf(res *build.Result, err error, all bool) (shown []string, hidden int) {
	var diags []solc.Diagnostic
	if res != nil {
		diags = res.Diagnostics
	}
	var ce *solc.CompileError
	if errors.As(err, &ce) {
		for _, d := range ce.Diagnostics {
			if d.Severity != "error" {
				diags = append(diags, d)
			}
		}
	}
	for _, d := range diags {
		if !all && d.File != "" && !strings.HasPrefix(d.File, "src/") {
			hidden++
			continue
		}
		shown = append(shown, d.String())
	}
	return shown, hidden
}
