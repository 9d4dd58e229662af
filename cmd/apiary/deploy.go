package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/console/prompt"
	"github.com/ethereum/go-ethereum/params"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/deploy"
	"github.com/apiary-dev/apiary/sim/hardfork"
)

// The deploy commands only read flags into a deploy.Config and print what the library
// returns; everything else is in package deploy.

func deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "ship the economy to an EVM chain: plan, apply (resumable), status",
		Description: "Every contract is created through the deterministic-deployment proxy with a salt derived from\n" +
			"the config, so one config and one deployer give the same addresses on every chain. apply keeps a\n" +
			"write-ahead journal beside the record (deployments/<chain-id>.journal.jsonl) and can be re-run at\n" +
			"any time, after a crash included, without deploying anything twice.",
		Subcommands: []*cli.Command{
			{Name: "plan", Usage: "simulate what is left on the chain's current state and price it (no key needed)",
				Flags: append(append(commonDeployFlags(), signerFlags()...), offlineFlags()...), Action: deployPlan, OnUsageError: onUsageError},
			{Name: "apply", Usage: "preflight, then send what is left, pipelined; ends with the hand-over to the timelock",
				Flags: append(append(commonDeployFlags(), signerFlags()...), applyFlags()...), Action: deployApply, OnUsageError: onUsageError},
			{Name: "status", Usage: "compare the record and the config with the chain; exit 0 only when everything matches",
				Flags: commonDeployFlags(), Action: deployStatus, OnUsageError: onUsageError},
		},
	}
}

func commonDeployFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "config", Usage: "economy config `FILE` (TOML)"},
		&cli.StringFlag{Name: "network", Usage: "a [networks.`NAME`] table of the config: chain ID, RPC URL, confirmations"},
		&cli.StringFlag{Name: "rpc-url", EnvVars: []string{"ETH_RPC_URL"}, Usage: "JSON-RPC `URL` (instead of --network)"},
		&cli.Uint64Flag{Name: "chain-id", Usage: "chain ID the RPC must report (required with --rpc-url)"},
		&cli.Uint64Flag{Name: "confirmations", Usage: "blocks to wait for after each round (default: the network's, else 1)"},
		&cli.StringFlag{Name: "deployments", Value: "deployments", Usage: "`DIR` of records and journals"},
		&cli.StringFlag{Name: "epoch-start", Usage: "epoch 0's start, Unix seconds or RFC 3339 (default: the journal's, else today 00:00 UTC on the chain)"},
		&cli.BoolFlag{Name: "legacy", Usage: "use legacy gas prices even where the chain has a base fee"},
		&cli.StringFlag{Name: "max-fee", Usage: "cap on the fee per gas of every transaction and replacement, in `GWEI`"},
		&cli.BoolFlag{Name: "json", Usage: "machine output: JSON (event lines for apply)"},
	}
}

func signerFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "private-key", EnvVars: []string{"ETH_PRIVATE_KEY"}, Usage: "deployer key, hex (dev chains; prefer the environment variable)"},
		&cli.StringFlag{Name: "keystore", Usage: "encrypted key `FILE` (Web3 Secret Storage, as geth and `cast wallet` write)"},
		&cli.StringFlag{Name: "password-file", Usage: "`FILE` holding the keystore password (otherwise asked on the terminal)"},
		&cli.StringFlag{Name: "from", Usage: "deployer `ADDRESS` to plan for, without a key"},
	}
}

func offlineFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "offline", Usage: "simulate the whole deployment in the in-process chain instead of an RPC (needs --from or a signer)"},
		&cli.StringFlag{Name: "hardfork", Value: hardfork.Default, Usage: "EVM rules of the in-process chain (--offline): " + strings.Join(hardfork.Names(), ", ")},
	}
}

func applyFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "reset-from", Usage: "accept a changed config, re-running from `STAGE` (" + strings.Join(deploy.StageNames(), ", ") + ")"},
		&cli.DurationFlag{Name: "resend-after", Value: 60 * time.Second, Usage: "re-send (or replace, when under-priced) a transaction not mined after this long"},
	}
}

// deployConfig reads the flags common to the three commands into a deploy.Config.
func deployConfig(c *cli.Context) (deploy.Config, error) {
	if c.Args().Len() > 0 {
		return deploy.Config{}, usageError{Err: fmt.Errorf("deploy %s: unexpected argument %q", c.Command.Name, c.Args().First())}
	}
	path := c.String("config")
	if path == "" {
		return deploy.Config{}, usageError{Err: errors.New("--config FILE is required (the economy config to deploy)")}
	}
	econ, err := config.Load(path)
	if err != nil {
		return deploy.Config{}, err
	}
	cfg := deploy.Config{Economy: econ, ConfigFile: path, Deployments: c.String("deployments"), Version: deployVersion()}
	if c.Bool("offline") {
		if c.IsSet("network") || c.IsSet("chain-id") || (c.IsSet("rpc-url") && os.Getenv("ETH_RPC_URL") != c.String("rpc-url")) {
			return cfg, usageError{Err: errors.New("--offline plans in an in-process chain: it excludes --network, --rpc-url and --chain-id")}
		}
		if _, err := hardfork.Config(c.String("hardfork")); err != nil {
			return cfg, usageError{Err: fmt.Errorf("--hardfork: %w", err)}
		}
		cfg.Offline = c.String("hardfork")
	} else if err := readTarget(c, econ, &cfg.Target); err != nil {
		return cfg, err
	}
	if s := c.String("epoch-start"); s != "" {
		if cfg.EpochStart, err = parseTime(s); err != nil {
			return cfg, usageError{Err: fmt.Errorf("--epoch-start %q: %w", s, err)}
		}
	}
	cfg.Fees.Legacy = c.Bool("legacy")
	if s := c.String("max-fee"); s != "" {
		if cfg.Fees.MaxFee, err = parseGwei(s); err != nil {
			return cfg, usageError{Err: fmt.Errorf("--max-fee %q: %w", s, err)}
		}
	}
	return cfg, nil
}

// readTarget applies the rule: --network NAME, or --rpc-url with --chain-id.
func readTarget(c *cli.Context, econ *config.Economy, t *deploy.Target) error {
	t.Confirmations = 1
	if name := c.String("network"); name != "" {
		if c.IsSet("chain-id") || (c.IsSet("rpc-url") && os.Getenv("ETH_RPC_URL") != c.String("rpc-url")) {
			return usageError{Err: errors.New("--network excludes --rpc-url and --chain-id (the network names both)")}
		}
		n, err := econ.Network(name)
		if err != nil {
			return usageError{Err: fmt.Errorf("--network: %w", err)}
		}
		url, err := n.RPCURL(nil)
		if err != nil {
			return err
		}
		t.RPCURL, t.ChainID, t.Confirmations = url, n.ChainID, n.Confirmations
	} else {
		t.RPCURL, t.ChainID = c.String("rpc-url"), c.Uint64("chain-id")
		if t.RPCURL == "" {
			return usageError{Err: errors.New("--network NAME or --rpc-url URL (env ETH_RPC_URL) is required")}
		}
		if t.ChainID == 0 {
			return usageError{Err: errors.New("--chain-id is required with --rpc-url: apiary never deploys to a chain nobody named")}
		}
	}
	if c.IsSet("confirmations") {
		t.Confirmations = c.Uint64("confirmations")
	}
	return nil
}

// readSigner builds the signer from --private-key or --keystore; nil when neither is given.
func readSigner(c *cli.Context) (deploy.Signer, error) {
	key, ks := c.String("private-key"), c.String("keystore")
	switch {
	case key != "" && ks != "":
		return nil, usageError{Err: errors.New("--private-key and --keystore exclude each other")}
	case key != "":
		s, err := deploy.PrivateKeySigner(key)
		if err != nil {
			return nil, usageError{Err: fmt.Errorf("--private-key: %w", err)}
		}
		return s, nil
	case ks != "":
		var pw string
		if f := c.String("password-file"); f != "" {
			var err error
			if pw, err = deploy.ReadPasswordFile(f); err != nil {
				return nil, err
			}
		} else {
			if fi, err := os.Stdin.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
				return nil, usageError{Err: errors.New("--password-file is required when stdin is not a terminal")}
			}
			var err error
			if pw, err = prompt.Stdin.PromptPassword("keystore password: "); err != nil {
				return nil, fmt.Errorf("--keystore: read password: %w", err)
			}
		}
		return deploy.KeystoreSigner(ks, pw)
	}
	if c.IsSet("password-file") {
		return nil, usageError{Err: errors.New("--password-file needs --keystore")}
	}
	return nil, nil
}

func deployPlan(c *cli.Context) error {
	cfg, err := deployConfig(c)
	if err != nil {
		return err
	}
	if cfg.Signer, err = readSigner(c); err != nil {
		return err
	}
	if s := c.String("from"); s != "" {
		if !common.IsHexAddress(s) {
			return usageError{Err: fmt.Errorf("--from %q: not an address", s)}
		}
		cfg.From = common.HexToAddress(s)
	}
	p, err := deploy.PlanDeployment(c.Context, cfg)
	if err != nil {
		return usageIfConfig(err)
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, p)
	}
	printPlan(c.App.Writer, p, cfg.Offline)
	return nil
}

func printPlan(w io.Writer, p *deploy.Plan, offline string) {
	if offline != "" {
		fmt.Fprintf(w, "offline: in-process chain under %s rules (fees are that chain's, not a real one's)\n", offline)
	}
	fmt.Fprintf(w, "chain %d, deployer %s, epoch 0 at %s\n", p.ChainID, p.Deployer.Hex(), time.Unix(int64(p.EpochStart), 0).UTC().Format(time.RFC3339))
	fees := fmt.Sprintf("base fee %s gwei, tip %s gwei", gwei(p.Fees.BaseFee), gwei(p.Fees.TipCap))
	if p.Fees.Legacy {
		fees = fmt.Sprintf("legacy gas price %s gwei", gwei(p.Fees.GasPrice))
	}
	fmt.Fprintf(w, "fees: %s\n", fees)
	if p.InFlight > 0 {
		fmt.Fprintf(w, "%d journaled transactions not yet mined: apply settles them first\n", p.InFlight)
	}
	if len(p.Steps) == 0 {
		fmt.Fprintf(w, "nothing left to do: all %d steps are done\n", p.Done)
		return
	}
	fmt.Fprintf(w, "%d steps done, %d left:\n\n", p.Done, len(p.Steps))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "stage\tstep\taddress\tcalldata\tgas\tcost (ETH)")
	for _, s := range p.Steps {
		addr := ""
		if s.Address != nil {
			addr = s.Address.Hex()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\n", s.Stage, s.Name, addr, s.Calldata, s.Gas, eth(s.Cost))
	}
	tw.Flush()
	fmt.Fprintf(w, "\ntotal: %d transactions, %d gas, %s ETH at current fees (at most %s ETH)\n", len(p.Steps), p.TotalGas, eth(p.TotalCost), eth(p.MaxCost))
}

func deployApply(c *cli.Context) error {
	cfg, err := deployConfig(c)
	if err != nil {
		return err
	}
	if cfg.Signer, err = readSigner(c); err != nil {
		return err
	}
	if cfg.Signer == nil {
		return usageError{Err: errors.New("apply needs a signer: --private-key (env ETH_PRIVATE_KEY) or --keystore")}
	}
	cfg.ResetFrom = c.String("reset-from")
	cfg.Timing.ResendAfter = c.Duration("resend-after")
	jsonOut := c.Bool("json")
	var bar *progressbar.ProgressBar
	tty := isTerminal(c.App.ErrWriter)
	lastStage := ""
	cfg.Observe = func(e deploy.Event) {
		switch {
		case jsonOut:
			writeJSONLine(c.App.Writer, e)
		case tty:
			bar = humanProgress(c.App.ErrWriter, bar, e)
		default:
			lastStage = progressLines(c.App.ErrWriter, lastStage, e)
		}
	}
	start := time.Now()
	res, err := deploy.Apply(c.Context, cfg)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(c.App.ErrWriter)
	}
	if err != nil {
		return usageIfConfig(err)
	}
	if jsonOut {
		writeJSONLine(c.App.Writer, map[string]any{"event": "result", "record": res.RecordPath, "sent": res.Sent,
			"rounds": res.Rounds, "blocks": res.Blocks, "seconds": time.Since(start).Seconds()})
		return nil
	}
	w := c.App.Writer
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "contract\taddress\tblock")
	for _, ct := range res.Record.Contracts {
		fmt.Fprintf(tw, "%s\t%s\t%d\n", ct.Name, ct.Address.Hex(), ct.BlockNumber)
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d transactions sent in %d rounds, %d blocks, %s; record %s\n", res.Sent, res.Rounds, len(res.Blocks),
		time.Since(start).Round(time.Millisecond), res.RecordPath)
	return nil
}

// humanProgress draws a progress bar over the steps and prints what is not routine.
func humanProgress(w io.Writer, bar *progressbar.ProgressBar, e deploy.Event) *progressbar.ProgressBar {
	switch e.Kind {
	case deploy.EventStage:
		if e.Total == 0 {
			fmt.Fprintln(w, e.Detail)
			return bar
		}
		if bar == nil {
			bar = progressbar.NewOptions(e.Total, progressbar.OptionSetWriter(w), progressbar.OptionShowCount(),
				progressbar.OptionSetWidth(30), progressbar.OptionClearOnFinish())
		}
		_ = bar.Set(e.Done)
		bar.Describe(e.Stage)
	case deploy.EventMined:
		if bar != nil {
			_ = bar.Add(1)
			bar.Describe(e.Stage)
		}
	case deploy.EventResent, deploy.EventReplaced, deploy.EventReorg, deploy.EventRetry:
		fmt.Fprintf(w, "\n%s %s %s\n", e.Kind, e.Step, e.Detail)
	}
	return bar
}

// progressLines is the progress for logs: a line per stage and per event worth reading.
func progressLines(w io.Writer, lastStage string, e deploy.Event) string {
	switch e.Kind {
	case deploy.EventStage:
		if e.Total == 0 {
			fmt.Fprintln(w, e.Detail)
		} else if e.Stage != "" && e.Stage != lastStage {
			fmt.Fprintf(w, "%d/%d steps done; next: %s\n", e.Done, e.Total, e.Stage)
			return e.Stage
		}
	case deploy.EventResent, deploy.EventReplaced, deploy.EventReorg, deploy.EventRetry:
		fmt.Fprintf(w, "%s %s %s\n", e.Kind, e.Step, e.Detail)
	case deploy.EventDone:
		fmt.Fprintf(w, "%d/%d steps done\n", e.Done, e.Total)
	}
	return lastStage
}

func deployStatus(c *cli.Context) error {
	cfg, err := deployConfig(c)
	if err != nil {
		return err
	}
	st, err := deploy.DeploymentStatus(c.Context, cfg)
	if err != nil {
		return usageIfConfig(err)
	}
	if c.Bool("json") {
		if err := writeJSON(c.App.Writer, map[string]any{"ok": st.OK(), "record": st.RecordPath, "checks": st.Checks}); err != nil {
			return err
		}
	} else {
		tw := tabwriter.NewWriter(c.App.Writer, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "\tkind\tsubject\twant\tgot")
		for _, ch := range st.Checks {
			mark := "ok"
			if !ch.OK {
				mark = "DRIFT"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", mark, ch.Kind, ch.Subject, ch.Want, ch.Got)
		}
		tw.Flush()
	}
	if drift := st.Drift(); len(drift) > 0 {
		return fmt.Errorf("status: %d of %d checks drift from the record and the config", len(drift), len(st.Checks))
	}
	return nil
}

// usageIfConfig makes a deploy.Config check failure a usage error (exit status 2).
func usageIfConfig(err error) error {
	if errors.Is(err, deploy.ErrConfig) {
		return usageError{Err: err}
	}
	return err
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func writeJSONLine(w io.Writer, v any) {
	b, err := json.Marshal(v)
	if err == nil {
		fmt.Fprintf(w, "%s\n", b)
	}
}

func parseTime(s string) (uint64, error) {
	if n, err := strconv.ParseUint(s, 10, 64); err == nil {
		return n, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return 0, errors.New("neither Unix seconds nor RFC 3339 (2026-01-01T00:00:00Z)")
	}
	if t.Unix() <= 0 {
		return 0, errors.New("before 1970")
	}
	return uint64(t.Unix()), nil
}

func parseGwei(s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() <= 0 {
		return nil, errors.New("not a positive number of gwei")
	}
	r.Mul(r, new(big.Rat).SetInt64(params.GWei))
	if !r.IsInt() {
		return nil, errors.New("finer than 1 wei")
	}
	return new(big.Int).Set(r.Num()), nil
}

func gwei(wei *big.Int) string {
	if wei == nil {
		return "-"
	}
	return new(big.Rat).SetFrac(wei, big.NewInt(params.GWei)).FloatString(3)
}

func eth(wei *big.Int) string {
	if wei == nil {
		return "-"
	}
	return new(big.Rat).SetFrac(wei, big.NewInt(params.Ether)).FloatString(6)
}

func deployVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		return moduleVersion(bi)
	}
	return "dev"
}
