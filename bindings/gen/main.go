// Command gen regenerates bindings/: it is `apiary build` alone, what `make bindings` and
// `make check-bindings` run. It imports nothing generated, so it builds and runs even while
// the rest of the module waits for the bindings of a changed contract.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/urfave/cli/v2"

	"github.com/apiary-dev/apiary/internal/buildcmd"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	cmd := buildcmd.Command()
	app := &cli.App{
		Name:      "gen",
		Usage:     cmd.Usage,
		Flags:     cmd.Flags,
		Action:    cmd.Action,
		Writer:    os.Stdout,
		ErrWriter: os.Stderr,
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return buildcmd.UsageError{Err: err}
		},
	}
	err := app.RunContext(ctx, os.Args)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
	}
	os.Exit(buildcmd.ExitCode(err))
}
