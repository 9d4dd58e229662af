package deploy_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/deploy"
	"github.com/apiary-dev/apiary/deploy/journal"
	"github.com/apiary-dev/apiary/deploy/record"
	"github.com/apiary-dev/apiary/internal/devchain"
)

// The test binary doubles as the `apply` process the crash tests kill: with
// APIARY_CRASH_CHILD=1 it runs one Apply and exits, SIGKILLing itself at the kill point
// named by APIARY_KILL_AFTER_ENTRY (after the n-th journal entry reached the disk) or
// APIARY_KILL_AFTER_SENT (after the n-th transaction was handed to the node).
func TestMain(m *testing.M) {
	if os.Getenv("APIARY_CRASH_CHILD") == "1" {
		os.Exit(crashChild())
	}
	os.Exit(m.Run())
}

func crashChild() int {
	die := func() { _ = syscall.Kill(os.Getpid(), syscall.SIGKILL); select {} }
	if n, err := strconv.Atoi(os.Getenv("APIARY_KILL_AFTER_ENTRY")); err == nil {
		deploy.SetAfterAppend(func(count int) {
			if count == n {
				die()
			}
		})
	}
	sentKill, _ := strconv.Atoi(os.Getenv("APIARY_KILL_AFTER_SENT"))
	sent := 0
	econ, err := config.Load(filepath.Join("..", "testdata", "economy", "default.toml"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	key, err := crypto.HexToECDSA(os.Getenv("APIARY_CHILD_KEY"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "bad child key")
		return 3
	}
	chainID, _ := strconv.ParseUint(os.Getenv("APIARY_CHILD_CHAIN_ID"), 10, 64)
	cfg := deploy.Config{
		Economy:     econ,
		Target:      deploy.Target{RPCURL: os.Getenv("APIARY_CHILD_RPC"), ChainID: chainID, Confirmations: 1},
		Deployments: os.Getenv("APIARY_CHILD_DIR"),
		Signer:      deploy.KeySigner(key),
		EpochStart:  1_800_000_000,
		Timing:      deploy.Timing{ResendAfter: 2 * time.Second, Poll: 20 * time.Millisecond, RPCAttempt: 5 * time.Second},
		Observe: func(e deploy.Event) {
			if e.Kind == deploy.EventSent {
				sent++
				if sent == sentKill {
					die()
				}
			}
		},
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if _, err := deploy.Apply(ctx, cfg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// runChild runs the test binary as `apply`; killAt is "ENTRY=n", "SENT=n" or "".
func runChild(t *testing.T, chain *devchain.Chain, dir, killAt string) (killed bool, out string) {
	t.Helper()
	killed, out, err := startChild(chain, dir, killAt)()
	if err != nil {
		t.Fatalf("apply (kill at %q): %v\n%s", killAt, err, out)
	}
	return killed, out
}

// startChild starts `apply` and returns a function waiting for it: whether it was killed,
// its output, and an error when it failed otherwise. Safe to wait from any goroutine.
func startChild(chain *devchain.Chain, dir, killAt string) func() (bool, string, error) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "APIARY_CRASH_CHILD=1", "APIARY_CHILD_RPC="+chain.URL,
		"APIARY_CHILD_CHAIN_ID="+strconv.FormatUint(chain.ChainID, 10), "APIARY_CHILD_DIR="+dir,
		"APIARY_CHILD_KEY="+hexutil.Encode(crypto.FromECDSA(chain.Key))[2:])
	if killAt != "" {
		cmd.Env = append(cmd.Env, "APIARY_KILL_AFTER_"+killAt)
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		return func() (bool, string, error) { return false, "", err }
	}
	return func() (bool, string, error) {
		err := cmd.Wait()
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
				return true, out.String(), nil
			}
		}
		return false, out.String(), err
	}
}

// deployedState is what a finished deployment must look like, whatever crashed on the way.
type deployedState struct {
	Complete  bool
	Contracts map[string]common.Address
	Nonce     uint64
	StatusOK  bool
}

func observe(t *testing.T, chain *devchain.Chain, dir string) deployedState {
	t.Helper()
	ctx := ctxFor(t)
	rec, err := record.Load(record.Path(dir, chain.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	st := deployedState{Complete: rec.Complete, Contracts: map[string]common.Address{}}
	for _, c := range rec.Contracts {
		if _, dup := st.Contracts[c.Name]; dup {
			t.Errorf("record names %s twice", c.Name)
		}
		st.Contracts[c.Name] = c.Address
	}
	var n hexutil.Uint64
	chain.Call(t, &n, "eth_getTransactionCount", chain.Address, "latest")
	st.Nonce = uint64(n)
	cfg := cfgFor(t, chain, dir)
	cfg.EpochStart = 1_800_000_000
	status, err := deploy.DeploymentStatus(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	st.StatusOK = status.OK()
	if !st.StatusOK {
		t.Logf("drift: %+v", status.Drift())
	}
	return st
}

func journalLines(t *testing.T, chain *devchain.Chain, dir string) int {
	t.Helper()
	entries, err := journal.Read(record.JournalPath(dir, chain.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	return len(entries)
}

// TestApply_KilledAtEveryJournalStep_ReRunFinishesExactlyOnce kills `apply` (SIGKILL) after
// every journal entry (before each send, between send and receipt, mid-pipeline, during the
// hand-over) and after sends, then re-runs it: one contract per name, the record complete,
// status clean, and the deployer's nonce equal to the planned number of transactions.
func TestApply_KilledAtEveryJournalStep_ReRunFinishesExactlyOnce(t *testing.T) {
	crashSweep(t, nil, func(entries, planned int) []string {
		var points []string
		for n := 1; n <= entries; n++ {
			points = append(points, fmt.Sprintf("ENTRY=%d", n))
		}
		for n := 1; n <= planned; n += 3 {
			points = append(points, fmt.Sprintf("SENT=%d", n))
		}
		return points
	})
}

// TestApply_KilledWithTransactionsInTheMempool_ReRunFinishesExactlyOnce: on a chain mining
// one block a second the kill leaves signed transactions unmined in the pool; the re-run
// waits for them instead of signing new ones.
func TestApply_KilledWithTransactionsInTheMempool_ReRunFinishesExactlyOnce(t *testing.T) {
	crashSweep(t, []string{"--block-time", "1"}, func(entries, planned int) []string {
		return []string{"SENT=1", fmt.Sprintf("SENT=%d", planned/2), fmt.Sprintf("ENTRY=%d", 1+planned), fmt.Sprintf("ENTRY=%d", 1+planned+planned/2)}
	})
}

func crashSweep(t *testing.T, anvilArgs []string, killPoints func(entries, planned int) []string) {
	if testing.Short() {
		t.Skip("crash sweep: -short")
	}
	chain := devchain.Anvil(t, anvilArgs...)
	var snap hexutil.Big
	chain.Call(t, &snap, "evm_snapshot")

	// A clean run gives the reference end state and the number of journal entries.
	ref := t.TempDir()
	if killed, out := runChild(t, chain, ref, ""); killed {
		t.Fatalf("clean run killed: %s", out)
	}
	want := observe(t, chain, ref)
	if !want.Complete || !want.StatusOK || len(want.Contracts) != 7 {
		t.Fatalf("clean run: %+v", want)
	}
	entries := journalLines(t, chain, ref)
	planned := want.Nonce
	t.Logf("clean run: %d transactions, %d journal entries", planned, entries)

	for _, p := range killPoints(entries, int(planned)) {
		t.Run(p, func(t *testing.T) {
			var ok bool
			chain.Call(t, &ok, "evm_revert", &snap)
			chain.Call(t, &snap, "evm_snapshot")
			dir := t.TempDir()
			if killed, out := runChild(t, chain, dir, p); !killed {
				t.Fatalf("not killed at %s (the run ended first): %s", p, out)
			}
			if killed, out := runChild(t, chain, dir, ""); killed {
				t.Fatalf("re-run killed: %s", out)
			}
			got := observe(t, chain, dir)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("after a kill at %s and a re-run (-want +got):\n%s", p, diff)
			}
		})
	}
	var ok bool
	chain.Call(t, &ok, "evm_revert", &snap)
}

// TestApply_KilledWhileReplacingStuckTransactions_ReRunFinishesExactlyOnce: a base-fee spike
// strands the pipelined transactions; apply starts replacing them with bumped fees and is
// killed after journaling a replacement it has not sent (and, in the second case, after
// sending several). The re-run sends the journaled replacements or bumps the rest, never a
// second transaction for a nonce that one of its transactions already used.
func TestApply_KilledWhileReplacingStuckTransactions_ReRunFinishesExactlyOnce(t *testing.T) {
	for _, killAt := range []string{"ENTRY=22", "ENTRY=30"} { // 1 intent + 20 signed, then replacements
		t.Run(killAt, func(t *testing.T) {
			chain := devchain.Anvil(t, "--no-mining")
			dir := t.TempDir()
			wait := startChild(chain, dir, killAt)
			waitFor(t, "20 transactions in the pool", func() bool { return poolPending(t, chain) == 20 })
			var ignored any
			chain.Call(t, &ignored, "anvil_setNextBlockBaseFeePerGas", hexutil.Big(*big.NewInt(100_000_000_000)))
			chain.Call(t, &ignored, "evm_mine") // a block none of them can pay for
			killed, out, err := wait()
			if err != nil || !killed {
				t.Fatalf("first run: killed %v, err %v\n%s", killed, err, out)
			}
			if n := journalLines(t, chain, dir); n < 22 {
				t.Fatalf("journal has %d entries: the kill came before any replacement", n)
			}
			wait = startChild(chain, dir, "")
			result := make(chan error, 1)
			go func() {
				_, out, err := wait()
				if err != nil {
					err = fmt.Errorf("%w\n%s", err, out)
				}
				result <- err
			}()
			for finished := false; !finished; {
				select {
				case err := <-result:
					if err != nil {
						t.Fatalf("re-run: %v", err)
					}
					finished = true
				case <-time.After(300 * time.Millisecond):
					chain.Call(t, &ignored, "evm_mine")
				}
			}
			got := observe(t, chain, dir)
			if !got.Complete || !got.StatusOK || got.Nonce != 20 || len(got.Contracts) != 7 {
				t.Errorf("after the re-run: %+v; want complete, status clean, nonce 20, 7 contracts", got)
			}
		})
	}
}
