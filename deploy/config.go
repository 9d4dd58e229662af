package deploy

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-dev/apiary/config"
)

// Config is everything plan, apply and status need. The CLI fills it from flags; tests
// fill it directly.
type Config struct {
	// Economy is the economy to deploy; ConfigFile names it in messages.
	Economy    *config.Economy
	ConfigFile string
	Target     Target
	// Deployments is the directory of records and journals (default ./deployments).
	Deployments string
	// Signer signs apply's transactions. Plan uses its address when set, else From.
	Signer Signer
	From   common.Address
	// EpochStart is the Unix time of epoch 0. Zero: the journal's (a deployment under way),
	// else the start of the current UTC day on the chain.
	EpochStart uint64
	Fees       FeePolicy
	Timing     Timing
	// ResetFrom accepts a changed config for a deployment under way, re-running the stages
	// from this one; the changes must not touch an earlier stage.
	ResetFrom string
	// Offline, when set, names the fork (sim/hardfork) of an in-process chain that plan
	// simulates the whole deployment in, instead of Target: no RPC, no key, any From.
	Offline string
	// Version is the apiary version written into the record.
	Version string
	// Observe receives progress events; nil drops them.
	Observe func(Event)
}

// Target is the chain: an RPC URL and the chain ID it must report.
type Target struct {
	RPCURL  string
	ChainID uint64
	// Confirmations is how many blocks each round waits for (including its own) before it
	// re-checks that its receipts are still canonical. 0 skips the check.
	Confirmations uint64
}

// FeePolicy is how transactions are priced.
type FeePolicy struct {
	// Legacy forces legacy gas prices on a chain with a base fee.
	Legacy bool
	// MaxFee caps the fee per gas of every transaction and replacement (nil: no cap).
	MaxFee *big.Int
}

// Timing is how long to wait before a transaction counts as dropped or stuck and how often
// to poll.
type Timing struct {
	ResendAfter time.Duration // default 60s
	Poll        time.Duration // default 500ms
	// RPCAttempt bounds each JSON-RPC attempt (default 30s).
	RPCAttempt time.Duration
}

// ErrConfig is wrapped by every error Check returns.
var ErrConfig = errors.New("deploy config")

// Check reports what is missing or wrong, naming the flag or field.
func (c *Config) Check() error {
	var problems []string
	if c.Economy == nil {
		problems = append(problems, "--config: no economy config loaded")
	} else if c.Economy.Salt == "" {
		problems = append(problems, "salt: the economy config has no salt (it roots every CREATE2 address)")
	}
	if c.Target.RPCURL == "" && c.Offline == "" {
		problems = append(problems, "--rpc-url (or ETH_RPC_URL, or --network): no RPC URL")
	}
	if c.Target.ChainID == 0 && c.Offline == "" {
		problems = append(problems, "--chain-id: required with --rpc-url (apiary never deploys to a chain nobody named)")
	}
	if c.Offline != "" && c.Target.RPCURL != "" {
		problems = append(problems, "--offline: plans in an in-process chain, without --rpc-url or --network")
	}
	if c.Deployments == "" {
		problems = append(problems, "--deployments: empty directory name")
	}
	if c.ResetFrom != "" && !slices.Contains(StageNames(), c.ResetFrom) {
		problems = append(problems, fmt.Sprintf("--reset-from %q: not a stage (stages: %s)", c.ResetFrom, strings.Join(StageNames(), ", ")))
	}
	if c.Fees.MaxFee != nil && c.Fees.MaxFee.Sign() <= 0 {
		problems = append(problems, "--max-fee: must be positive")
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: %s", ErrConfig, strings.Join(problems, "; "))
	}
	return nil
}

func (c *Config) withDefaults() Config {
	out := *c
	if out.Timing.ResendAfter == 0 {
		out.Timing.ResendAfter = 60 * time.Second
	}
	if out.Timing.Poll == 0 {
		out.Timing.Poll = 500 * time.Millisecond
	}
	if out.Observe == nil {
		out.Observe = func(Event) {}
	}
	observe, url := out.Observe, out.Target.RPCURL
	out.Observe = func(e Event) {
		e.Detail = redactIn(e.Detail, url)
		observe(e)
	}
	if out.Version == "" {
		out.Version = "dev"
	}
	return out
}

// redactIn replaces the RPC URL in s by its scheme and host: the path and query of an RPC URL
// often carry an API key, and Go's HTTP errors quote the whole URL.
func redactIn(s, url string) string {
	if url == "" {
		return s
	}
	return strings.ReplaceAll(s, url, redactURL(url))
}

// redactedError is an error whose message has the RPC URL redacted; errors.Is and As still
// see what it wraps.
type redactedError struct {
	err error
	url string
}

func (e *redactedError) Error() string { return redactIn(e.err.Error(), e.url) }
func (e *redactedError) Unwrap() error { return e.err }

// redacted wraps err so that its message does not show the RPC URL.
func redacted(err error, url string) error {
	if err == nil || url == "" || !strings.Contains(err.Error(), url) {
		return err
	}
	return &redactedError{err: err, url: url}
}
