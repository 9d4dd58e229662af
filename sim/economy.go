// Package sim is apiary's simulator: it runs a scenario (an economy config, a population of
// agents, a number of epochs, Monte Carlo runs and parameter sweeps) on in-process chains and
// measures who gets the rewards. NewEconomy gives tests and tools a deployed economy in one
// call; Simulate runs scenarios; WriteReport writes their results.
package sim

import (
	"context"
	"fmt"
	"testing"

	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/engine"
	"github.com/apiary-dev/apiary/sim/fast"
	"github.com/apiary-dev/apiary/sim/hardfork"
	"github.com/apiary-dev/apiary/sim/harness"
)

type economyOptions struct {
	engine   string
	hardfork string
	members  int
	harness  []harness.Option
}

// EconomyOption configures NewEconomy.
type EconomyOption func(*economyOptions)

// WithEngine selects the chain: "fast" (default) or "simulated".
func WithEngine(name string) EconomyOption { return func(o *economyOptions) { o.engine = name } }

// WithHardfork selects the EVM rules (default hardfork.Default).
func WithHardfork(name string) EconomyOption { return func(o *economyOptions) { o.hardfork = name } }

// WithMembers sets how many funded dev accounts the chain has besides the deployer
// (default 9): Economy.Chain.Account(1) to Account(n).
func WithMembers(n int) EconomyOption { return func(o *economyOptions) { o.members = n } }

// WithDeployOptions passes options to harness.Deploy (a fixed epoch start, say).
func WithDeployOptions(opts ...harness.Option) EconomyOption {
	return func(o *economyOptions) { o.harness = append(o.harness, opts...) }
}

// NewEconomy starts a fresh in-process chain with funded dev accounts and deploys the whole
// economy cfg describes, roles handed to the timelock, in one call. Close the returned
// economy's Chain when done. harness.MemberConfig makes a config that gives the accounts
// tokens.
func NewEconomy(ctx context.Context, cfg *config.Economy, opts ...EconomyOption) (*harness.Economy, error) {
	o := economyOptions{engine: "fast", hardfork: hardfork.Default, members: 9}
	for _, opt := range opts {
		opt(&o)
	}
	if o.members < 0 {
		return nil, fmt.Errorf("members %d: must not be negative", o.members)
	}
	var eng engine.Engine
	var err error
	switch o.engine {
	case "fast":
		eng, err = fast.New(fast.WithHardfork(o.hardfork), fast.WithAccounts(o.members+1))
	case "simulated":
		eng, err = chain.New(chain.WithHardfork(o.hardfork), chain.WithAccounts(o.members+1))
	default:
		err = fmt.Errorf("engine %q: want fast or simulated", o.engine)
	}
	if err != nil {
		return nil, err
	}
	e, err := harness.Deploy(ctx, eng, cfg, o.harness...)
	if err != nil {
		eng.Close()
		return nil, err
	}
	return e, nil
}

// NewTestEconomy is NewEconomy for a test: it fails the test on error and closes the chain
// when the test ends.
func NewTestEconomy(tb testing.TB, cfg *config.Economy, opts ...EconomyOption) *harness.Economy {
	tb.Helper()
	e, err := NewEconomy(context.Background(), cfg, opts...)
	if err != nil {
		tb.Fatalf("new economy: %v", err)
	}
	tb.Cleanup(func() { e.Chain.Close() })
	return e
}
