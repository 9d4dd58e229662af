// Command apiary builds, tests, simulates and ships a community token economy.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/urfave/cli/v2"

	"github.com/apiary-dev/apiary/internal/buildcmd"
)

// Exit statuses: 1 for a failed command, 2 for a usage error (unknown command or flag).
const (
	exitFailure = buildcmd.ExitFailure
	exitUsage   = buildcmd.ExitUsage
)

// usageError marks errors that are the caller's misuse of the command line.
type usageError = buildcmd.UsageError

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the CLI and returns the process exit status; tests call it directly.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	app := newApp(stdout, stderr)
	err := app.RunContext(ctx, args)
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "apiary: %v\n", err)
	return buildcmd.ExitCode(err)
}

func newApp(stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:                 "apiary",
		Usage:                "build, test, simulate and ship a community token economy",
		Writer:               stdout,
		ErrWriter:            stderr,
		HideHelpCommand:      true,
		EnableBashCompletion: false,
		Commands: []*cli.Command{
			buildcmd.Command(),
			gasCommand(),
			simCommand(),
			nodeCommand(),
			deployCommand(),
			versionCommand(),
		},
		OnUsageError: onUsageError,
		CommandNotFound: func(c *cli.Context, name string) {
			// Reported through the Action below, so the status is the usage one.
		},
		Action: func(c *cli.Context) error {
			if c.Args().Len() > 0 {
				return usageError{Err: fmt.Errorf("unknown command %q (run `apiary --help` for the list)", c.Args().First())}
			}
			return cli.ShowAppHelp(c)
		},
	}
	for _, cmd := range app.Commands {
		cmd.OnUsageError = onUsageError
	}
	return app
}

func onUsageError(c *cli.Context, err error, isSubcommand bool) error {
	return usageError{Err: err}
}
