package deploy_test

import (
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/apiary-dev/apiary/deploy"
	"github.com/apiary-dev/apiary/internal/devchain"
)

// events collects a deployment's events for assertions.
type events struct {
	mu   sync.Mutex
	list []deploy.Event
}

func (e *events) observe(ev deploy.Event) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.list = append(e.list, ev)
}

// sentHash is the hash of the n-th transaction sent (1-based).
func (e *events) sentHash(t *testing.T, n int) string {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, ev := range e.list {
		if ev.Kind == deploy.EventSent {
			if n--; n == 0 {
				return ev.Hash.Hex()
			}
		}
	}
	t.Fatalf("fewer than %d transactions sent", n)
	return ""
}

func (e *events) count(kind string) int {
	e.mu.Lock()
	defer e.mu.Unlock()
	n := 0
	for _, ev := range e.list {
		if ev.Kind == kind {
			n++
		}
	}
	return n
}

// waitFor polls cond until it holds; the test's deadline bounds it, not a timed assertion.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func poolPending(t *testing.T, chain *devchain.Chain) int {
	var st struct {
		Pending hexutil.Uint64 `json:"pending"`
	}
	chain.Call(t, &st, "txpool_status")
	return int(st.Pending)
}

func nonceOf(t *testing.T, chain *devchain.Chain) uint64 {
	var n hexutil.Uint64
	chain.Call(t, &n, "eth_getTransactionCount", chain.Address, "latest")
	return uint64(n)
}

// TestApply_BlockTimeOne_WholeEconomyInAtMostFourBlocks: pipelined, the 20 transactions of
// the economy land in a handful of blocks on a chain mining one block a second.
func TestApply_BlockTimeOne_WholeEconomyInAtMostFourBlocks(t *testing.T) {
	chain := devchain.Anvil(t, "--block-time", "1")
	cfg := cfgFor(t, chain, "")
	start := time.Now()
	res, err := deploy.Apply(ctxFor(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d transactions in %d rounds, blocks %v, %s", res.Sent, res.Rounds, res.Blocks, time.Since(start))
	if len(res.Blocks) > 4 {
		t.Errorf("deployment took %d blocks %v, want at most 4", len(res.Blocks), res.Blocks)
	}
	if got := nonceOf(t, chain); got != uint64(res.Sent) {
		t.Errorf("deployer nonce %d, want %d (one per planned transaction)", got, res.Sent)
	}
}

// TestApply_DroppedTransactions_AreResent drops pending transactions from anvil's pool
// mid-deployment, all of them (anvil_dropAllTransactions) or one in the middle of the
// pipeline (anvil_dropTransaction), leaving a nonce gap that stalls every later one. apply
// re-sends from the journal and finishes with the planned nonce count.
func TestApply_DroppedTransactions_AreResent(t *testing.T) {
	tests := []struct {
		name       string
		drop       func(t *testing.T, chain *devchain.Chain, ev *events)
		wantResent int
	}{
		{"all of them", func(t *testing.T, chain *devchain.Chain, ev *events) {
			var ignored any
			chain.Call(t, &ignored, "anvil_dropAllTransactions")
		}, 20},
		{"the tenth: a nonce gap", func(t *testing.T, chain *devchain.Chain, ev *events) {
			var dropped any
			chain.Call(t, &dropped, "anvil_dropTransaction", ev.sentHash(t, 10))
			var ignored any
			chain.Call(t, &ignored, "evm_mine") // nonces 0-8 mined, 10-19 stuck behind the gap
			if n := nonceOf(t, chain); n != 9 {
				t.Fatalf("after dropping the tenth and mining: nonce %d, want 9", n)
			}
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chain := devchain.Anvil(t, "--no-mining")
			cfg := cfgFor(t, chain, "")
			cfg.Timing.ResendAfter = time.Second
			var ev events
			cfg.Observe = ev.observe
			done := make(chan error, 1)
			var res *deploy.Result
			go func() {
				var err error
				res, err = deploy.Apply(ctxFor(t), cfg)
				done <- err
			}()
			waitFor(t, "20 transactions in the pool", func() bool { return poolPending(t, chain) == 20 })
			tt.drop(t, chain, &ev)
			waitFor(t, "the dropped transactions re-sent", func() bool { return ev.count(deploy.EventResent) >= tt.wantResent })
			// Mine on until apply is done.
			for finished := false; !finished; {
				select {
				case err := <-done:
					if err != nil {
						t.Fatal(err)
					}
					finished = true
				case <-time.After(200 * time.Millisecond):
					var ignored any
					chain.Call(t, &ignored, "evm_mine")
				}
			}
			if got := nonceOf(t, chain); got != 20 || res.Sent != 20 {
				t.Errorf("nonce %d, sent %d; want 20 and 20", got, res.Sent)
			}
			st, err := deploy.DeploymentStatus(ctxFor(t), cfg)
			if err != nil {
				t.Fatal(err)
			}
			if !st.OK() {
				t.Errorf("status drift: %+v", st.Drift())
			}
		})
	}
}

// TestApply_UnderpricedTransactions_AreReplacedWithBumpedFees raises the base fee above what
// the pending transactions pay; apply replaces each with bumped fees (same nonce) and the
// deployment completes with no extra nonce used. With --max-fee below the new market it
// stops instead, naming the limit.
func TestApply_UnderpricedTransactions_AreReplacedWithBumpedFees(t *testing.T) {
	tests := []struct {
		name    string
		maxFee  *big.Int
		wantErr error
	}{
		{"no fee limit: replaced and mined", nil, nil},
		{"fee limit below the market: refused", big.NewInt(50_000_000_000), deploy.ErrMaxFee},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chain := devchain.Anvil(t, "--no-mining")
			cfg := cfgFor(t, chain, "")
			cfg.Timing.ResendAfter = time.Second
			cfg.Fees.MaxFee = tt.maxFee
			var ev events
			cfg.Observe = ev.observe
			done := make(chan error, 1)
			go func() {
				_, err := deploy.Apply(ctxFor(t), cfg)
				done <- err
			}()
			waitFor(t, "20 transactions in the pool", func() bool { return poolPending(t, chain) == 20 })
			var ignored any
			chain.Call(t, &ignored, "anvil_setNextBlockBaseFeePerGas", hexutil.Big(*big.NewInt(100_000_000_000)))
			chain.Call(t, &ignored, "evm_mine") // a block none of them can pay for
			if tt.wantErr != nil {
				if err := <-done; !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			waitFor(t, "20 replacements", func() bool { return ev.count(deploy.EventReplaced) >= 20 })
			chain.Call(t, &ignored, "evm_mine")
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			if got := nonceOf(t, chain); got != 20 {
				t.Errorf("nonce %d, want 20", got)
			}
			st, err := deploy.DeploymentStatus(ctxFor(t), cfg)
			if err != nil {
				t.Fatal(err)
			}
			if !st.OK() {
				t.Errorf("status drift: %+v", st.Drift())
			}
		})
	}
}

// TestApply_ReorgDroppingTheBlock_TransactionsSentAgain: after every transaction is mined, a
// reorg (anvil_reorg) replaces their block with an empty one. Waiting for its confirmations,
// apply sees the receipts' block left the chain and re-sends the journaled transactions; the
// deployment completes with the planned nonce count.
func TestApply_ReorgDroppingTheBlock_TransactionsSentAgain(t *testing.T) {
	chain := devchain.Anvil(t, "--no-mining")
	cfg := cfgFor(t, chain, "")
	cfg.Target.Confirmations = 2
	var ev events
	cfg.Observe = ev.observe
	done := make(chan error, 1)
	go func() {
		_, err := deploy.Apply(ctxFor(t), cfg)
		done <- err
	}()
	waitFor(t, "20 transactions in the pool", func() bool { return poolPending(t, chain) == 20 })
	var ignored any
	chain.Call(t, &ignored, "evm_mine")
	waitFor(t, "20 receipts", func() bool { return ev.count(deploy.EventMined) == 20 })
	chain.Call(t, &ignored, "anvil_reorg", 1, []any{})
	// Mine on until apply is done: a block a tick, as a dev chain would.
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			if n := ev.count(deploy.EventReorg); n != 20 {
				t.Errorf("%d reorg events, want 20", n)
			}
			if got := nonceOf(t, chain); got != 20 {
				t.Errorf("nonce %d, want 20", got)
			}
			st, err := deploy.DeploymentStatus(ctxFor(t), cfg)
			if err != nil {
				t.Fatal(err)
			}
			if !st.OK() {
				t.Errorf("status drift: %+v", st.Drift())
			}
			return
		case <-time.After(200 * time.Millisecond):
			chain.Call(t, &ignored, "evm_mine")
		}
	}
}
