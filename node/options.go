package node

import (
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/params"

	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/sim/engine"
	"github.com/apiary-dev/apiary/sim/hardfork"
)

// Defaults of a node's options.
const (
	DefaultHost     = "127.0.0.1"
	DefaultPort     = 8545
	DefaultAccounts = 10
	// DefaultBodyLimit bounds an HTTP request body (5 MiB, geth's default).
	DefaultBodyLimit = 5 * 1024 * 1024
	// DefaultBatchLimit bounds the number of calls in one JSON-RPC batch.
	DefaultBatchLimit = 1000
	// DefaultBatchResponseLimit bounds the bytes one batch may return (25 MB).
	DefaultBatchResponseLimit = 25 * 1000 * 1000
	// DefaultGasLimit is the block gas limit: 60,000,000, mainnet's in 2026.
	DefaultGasLimit = 60_000_000
)

// DefaultBalance is each dev account's genesis balance: 10,000 ether, as anvil.
var DefaultBalance = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))

type options struct {
	host               string
	port               int
	accounts           []engine.Account
	balance            *big.Int
	blockTime          time.Duration
	chainID            uint64
	fork               string
	economy            *config.Economy
	state              *State
	bodyLimit          int
	batchLimit         int
	batchResponseLimit int
	gasLimit           uint64
	logger             *slog.Logger
}

func defaultOptions() options {
	accounts := make([]engine.Account, DefaultAccounts)
	for i := range accounts {
		accounts[i] = engine.DevAccount(i)
	}
	return options{
		host: DefaultHost, port: DefaultPort, accounts: accounts,
		balance: DefaultBalance, chainID: hardfork.ChainID, fork: hardfork.Default,
		bodyLimit: DefaultBodyLimit, batchLimit: DefaultBatchLimit,
		batchResponseLimit: DefaultBatchResponseLimit, gasLimit: DefaultGasLimit,
		logger: slog.New(slog.DiscardHandler),
	}
}

// Option configures Start.
type Option func(*options)

// WithListen sets the host and port the HTTP and WebSocket server binds (default
// 127.0.0.1:8545). Port 0 picks a free port; Node.URL tells which.
func WithListen(host string, port int) Option {
	return func(o *options) { o.host, o.port = host, port }
}

// WithAccounts sets the funded, unlocked dev accounts (default: engine.DevAccount(0..9)).
func WithAccounts(accounts []engine.Account) Option {
	return func(o *options) { o.accounts = append([]engine.Account(nil), accounts...) }
}

// WithBalance sets each dev account's genesis balance in wei (default 10,000 ether).
func WithBalance(wei *big.Int) Option {
	return func(o *options) { o.balance = new(big.Int).Set(wei) }
}

// WithBlockTime seals a block every d; 0 (the default) mines a block as soon as a
// transaction arrives (automine).
func WithBlockTime(d time.Duration) Option { return func(o *options) { o.blockTime = d } }

// WithChainID sets the chain ID (default hardfork.ChainID, 1337).
func WithChainID(id uint64) Option { return func(o *options) { o.chainID = id } }

// WithHardfork selects the rule set by name (package hardfork; default hardfork.Default).
func WithHardfork(name string) Option { return func(o *options) { o.fork = name } }

// WithEconomy deploys the economy the config describes at start. Without it the chain
// starts empty.
func WithEconomy(cfg *config.Economy) Option { return func(o *options) { o.economy = cfg } }

// WithState starts from a saved state (Node.State) instead of a fresh genesis; the
// economy recorded in it is not deployed again.
func WithState(s *State) Option { return func(o *options) { o.state = s } }

// WithRPCLimits bounds an HTTP request body (bytes), the calls in one batch and the
// bytes one batch may return. Zero keeps the default.
func WithRPCLimits(bodyBytes, batchCalls, batchResponseBytes int) Option {
	return func(o *options) {
		if bodyBytes > 0 {
			o.bodyLimit = bodyBytes
		}
		if batchCalls > 0 {
			o.batchLimit = batchCalls
		}
		if batchResponseBytes > 0 {
			o.batchResponseLimit = batchResponseBytes
		}
	}
}

// WithLogger receives the node's own events (blocks sealed, errors in the mining loop).
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.logger = l } }
