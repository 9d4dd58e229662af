package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/node"
	"github.com/apiary-dev/apiary/node/devkeys"
	"github.com/apiary-dev/apiary/sim/engine"
	"github.com/apiary-dev/apiary/sim/hardfork"
	"github.com/apiary-dev/apiary/sim/harness"
)

// Without --config, each dev account and the treasury get these whole tokens at launch.
const (
	defaultMemberTokens   = 100_000
	defaultTreasuryTokens = 10_000_000
)

// nodeConfig is what `apiary node` was asked to do, read from the flags.
type nodeConfig struct {
	EconomyPath  string
	NoEconomy    bool
	Host         string
	AllowRemote  bool
	Port         int
	Accounts     int
	Mnemonic     string
	Balance      string // ether, decimal
	BlockTime    string // "0", seconds, or a Go duration
	ChainID      uint64
	Hardfork     string
	StatePath    string
	JSON         bool
	MaxBodyBytes int
	MaxBatch     int

	stateLoaded bool // options found a saved state
}

// Check validates the flags; its errors are usage errors.
func (c nodeConfig) Check() error {
	if c.EconomyPath != "" && c.NoEconomy {
		return errors.New("--config and --no-economy exclude each other")
	}
	if c.Port < 0 || c.Port > 65535 {
		return fmt.Errorf("--port %d: must be between 0 and 65535", c.Port)
	}
	if c.Accounts < 1 || c.Accounts > 1000 {
		return fmt.Errorf("--accounts %d: must be between 1 and 1000", c.Accounts)
	}
	if _, err := config.ParseAmount(c.Balance); err != nil {
		return fmt.Errorf("--balance: %w", err)
	}
	if _, err := parseBlockTime(c.BlockTime); err != nil {
		return fmt.Errorf("--block-time: %w", err)
	}
	if c.ChainID == 0 {
		return errors.New("--chain-id: must not be zero")
	}
	if _, err := hardfork.Config(c.Hardfork); err != nil {
		return fmt.Errorf("--hardfork: %w", err)
	}
	if c.MaxBodyBytes < 0 || c.MaxBatch < 0 {
		return errors.New("--max-request-bytes and --max-batch: must not be negative")
	}
	loopback, err := isLoopback(c.Host)
	if err != nil {
		return fmt.Errorf("--host: %w", err)
	}
	if !loopback && !c.AllowRemote {
		return fmt.Errorf("--host %s is not a loopback address: the node holds dev keys and answers anyone who reaches it; pass --allow-remote to listen there anyway", c.Host)
	}
	return nil
}

// parseBlockTime reads "0", a number of seconds ("2") or a Go duration ("500ms").
func parseBlockTime(s string) (time.Duration, error) {
	if secs, err := strconv.ParseUint(s, 10, 32); err == nil {
		return time.Duration(secs) * time.Second, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q: want 0 (automine), seconds or a duration such as 500ms", s)
	}
	if d < 0 {
		return 0, fmt.Errorf("%q: must not be negative", s)
	}
	return d, nil
}

// isLoopback reports whether host (an IP or "localhost") is a loopback address.
func isLoopback(host string) (bool, error) {
	if host == "localhost" {
		return true, nil
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return false, fmt.Errorf("%q: want an IP address or localhost", host)
	}
	return ip.IsLoopback(), nil
}

// listenWarning is the warning printed for a host that is not a loopback address, or "".
func listenWarning(host string) string {
	if loopback, _ := isLoopback(host); loopback {
		return ""
	}
	return fmt.Sprintf("warning: listening on %s, not a loopback address: anyone who reaches it can use the dev accounts", host)
}

// options turns the config into the node's options, reading the economy config and the
// saved state (a corrupt state file is an error: it is never replaced).
func (c *nodeConfig) options() ([]node.Option, error) {
	blockTime, _ := parseBlockTime(c.BlockTime)
	balance, _ := config.ParseAmount(c.Balance)
	accounts := make([]engine.Account, c.Accounts)
	if c.Mnemonic != "" {
		var err error
		if accounts, err = devkeys.FromMnemonic(c.Mnemonic, c.Accounts); err != nil {
			return nil, err
		}
	} else {
		for i := range accounts {
			accounts[i] = engine.DevAccount(i)
		}
	}
	opts := []node.Option{
		node.WithListen(c.Host, c.Port), node.WithAccounts(accounts), node.WithBalance(balance.Wei()),
		node.WithBlockTime(blockTime), node.WithChainID(c.ChainID), node.WithHardfork(strings.ToLower(c.Hardfork)),
		node.WithRPCLimits(c.MaxBodyBytes, c.MaxBatch, 0),
	}
	if c.StatePath != "" {
		st, err := node.ReadState(c.StatePath)
		switch {
		case err == nil:
			opts = append(opts, node.WithState(st))
			c.stateLoaded = true
		case errors.Is(err, fs.ErrNotExist):
			// First run: the state is written on shutdown.
		default:
			return nil, fmt.Errorf("%w (the file is left as it is; move it away to start afresh)", err)
		}
	}
	switch {
	case c.NoEconomy:
	case c.EconomyPath != "":
		eco, err := config.Load(c.EconomyPath)
		if err != nil {
			return nil, err
		}
		opts = append(opts, node.WithEconomy(eco))
	default:
		members := make([]common.Address, len(accounts))
		for i, a := range accounts {
			members[i] = a.Address
		}
		opts = append(opts, node.WithEconomy(harness.MemberConfig(members, defaultMemberTokens, defaultTreasuryTokens)))
	}
	return opts, nil
}

// runNode starts the node, prints the banner and serves until ctx ends; then it saves the
// state (with --state) and stops.
func runNode(ctx context.Context, cfg nodeConfig, stdout, stderr io.Writer) error {
	opts, err := cfg.options()
	if err != nil {
		return err
	}
	opts = append(opts, node.WithLogger(slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))))
	n, err := node.Start(ctx, opts...)
	if err != nil {
		return err
	}
	defer n.Close()
	if cfg.stateLoaded {
		fmt.Fprintf(stderr, "loaded the state saved in %s (the economy recorded there; nothing deployed)\n", cfg.StatePath)
	}
	if w := listenWarning(cfg.Host); w != "" {
		fmt.Fprintln(stderr, w)
	}
	banner := n.Banner()
	if cfg.JSON {
		if err := json.NewEncoder(stdout).Encode(banner); err != nil {
			return err
		}
	} else if err := banner.WriteText(stdout); err != nil {
		return err
	}
	<-ctx.Done()
	if cfg.StatePath == "" {
		return nil
	}
	st, err := n.State(context.Background())
	if err != nil {
		return err
	}
	if err := node.WriteState(cfg.StatePath, st); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "state at block %d saved to %s\n", st.Number, cfg.StatePath)
	return nil
}

func nodeCommand() *cli.Command {
	return &cli.Command{
		Name:  "node",
		Usage: "run a local JSON-RPC dev chain with the economy deployed",
		Description: "Serves JSON-RPC over HTTP and WebSocket (same port) on go-ethereum's RPC stack, with funded,\n" +
			"unlocked dev accounts and the economy deployed (from --config; without it the dev accounts\n" +
			"and the treasury get launch allocations). Blocks are mined as transactions arrive, or every\n" +
			"--block-time. Dev methods: evm_snapshot, evm_revert, evm_mine, evm_increaseTime,\n" +
			"evm_setNextBlockTimestamp, evm_setAutomine, anvil_/hardhat_ setBalance, setCode, setNonce,\n" +
			"setStorageAt, impersonateAccount, stopImpersonatingAccount, mine; apiary_economy.\n" +
			"With --state the chain state is saved on SIGINT/SIGTERM and loaded on the next start.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Usage: "economy config (TOML) to deploy"},
			&cli.BoolFlag{Name: "no-economy", Usage: "start without deploying the economy"},
			&cli.StringFlag{Name: "host", Value: node.DefaultHost, Usage: "address to listen on"},
			&cli.BoolFlag{Name: "allow-remote", Usage: "allow a --host that is not a loopback address"},
			&cli.IntFlag{Name: "port", Value: node.DefaultPort, Usage: "port for HTTP and WebSocket (0: any free port)"},
			&cli.IntFlag{Name: "accounts", Value: node.DefaultAccounts, Usage: "number of funded dev accounts"},
			&cli.StringFlag{Name: "mnemonic", Usage: "derive the dev accounts from this BIP-39 mnemonic (m/44'/60'/0'/0/i)"},
			&cli.StringFlag{Name: "balance", Value: "10000", Usage: "each dev account's balance in ether"},
			&cli.StringFlag{Name: "block-time", Value: "0", Usage: "seal a block every interval (seconds or e.g. 500ms); 0 mines each transaction at once"},
			&cli.Uint64Flag{Name: "chain-id", Value: hardfork.ChainID, Usage: "chain ID"},
			&cli.StringFlag{Name: "hardfork", Value: hardfork.Default, Usage: "EVM rules: " + strings.Join(hardfork.Names(), ", ")},
			&cli.StringFlag{Name: "state", Usage: "load the chain state from this file at start and save it there on exit"},
			&cli.BoolFlag{Name: "json", Usage: "print the start-up banner as one JSON object"},
			&cli.IntFlag{Name: "max-request-bytes", Value: node.DefaultBodyLimit, Usage: "largest HTTP request body accepted"},
			&cli.IntFlag{Name: "max-batch", Value: node.DefaultBatchLimit, Usage: "most calls accepted in one JSON-RPC batch"},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Len() > 0 {
				return usageError{Err: fmt.Errorf("node: unexpected argument %q", c.Args().First())}
			}
			cfg := nodeConfig{
				EconomyPath: c.String("config"), NoEconomy: c.Bool("no-economy"), Host: c.String("host"),
				AllowRemote: c.Bool("allow-remote"), Port: c.Int("port"), Accounts: c.Int("accounts"),
				Mnemonic: c.String("mnemonic"), Balance: c.String("balance"), BlockTime: c.String("block-time"),
				ChainID: c.Uint64("chain-id"), Hardfork: c.String("hardfork"), StatePath: c.String("state"),
				JSON: c.Bool("json"), MaxBodyBytes: c.Int("max-request-bytes"), MaxBatch: c.Int("max-batch"),
			}
			if err := cfg.Check(); err != nil {
				return usageError{Err: fmt.Errorf("node: %w", err)}
			}
			// go-ethereum's own log: errors only (its start-up warnings are about p2p and
			// snapshots, which a dev chain does without).
			log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(c.App.ErrWriter, log.LevelError, false)))
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
			defer stop()
			if err := runNode(ctx, cfg, c.App.Writer, c.App.ErrWriter); err != nil {
				return fmt.Errorf("node: %w", err)
			}
			return nil
		},
	}
}
