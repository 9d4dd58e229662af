package node_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-dev/apiary/bindings/communitytoken"
	"github.com/apiary-dev/apiary/node"
	"github.com/apiary-dev/apiary/sim/engine"
)

// loadWorker is one client on its own HTTP connection, sending transactions from its own
// account and making calls until the deadline.
type loadWorker struct {
	account  engine.Account
	client   *ethclient.Client
	start    uint64 // the account's nonce before the run
	accepted []common.Hash
	calls    int
	err      error
}

func (w *loadWorker) run(ctx context.Context, chainID *big.Int, token common.Address, deadline time.Time) {
	tok := communitytoken.NewCommunityToken()
	balanceOf := tok.PackBalanceOf(w.account.Address)
	to := common.BigToAddress(new(big.Int).SetBytes(w.account.Address[:4]))
	signer := types.LatestSignerForChainID(chainID)
	for nonce := w.start; time.Now().Before(deadline); nonce++ {
		tx, err := types.SignNewTx(w.account.Key, signer, &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
			Gas: 21000, To: &to, Value: big.NewInt(1),
		})
		if err != nil {
			w.err = err
			return
		}
		if err := w.client.SendTransaction(ctx, tx); err != nil {
			w.err = fmt.Errorf("send nonce %d from %s: %w", nonce, w.account.Address.Hex(), err)
			return
		}
		w.accepted = append(w.accepted, tx.Hash())
		if _, err := w.client.CallContract(ctx, ethereum.CallMsg{To: &token, Data: balanceOf}, nil); err != nil {
			w.err = fmt.Errorf("eth_call: %w", err)
			return
		}
		if _, err := w.client.PendingNonceAt(ctx, w.account.Address); err != nil {
			w.err = fmt.Errorf("eth_getTransactionCount: %w", err)
			return
		}
		w.calls += 2
	}
}

// verify checks that every accepted transaction has a successful receipt and that the
// account's nonce counts them all.
func (w *loadWorker) verify(ctx context.Context) error {
	for _, h := range w.accepted {
		r, err := w.client.TransactionReceipt(ctx, h)
		if err != nil {
			return fmt.Errorf("receipt of %s: %w", h.Hex(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("transaction %s failed", h.Hex())
		}
	}
	nonce, err := w.client.NonceAt(ctx, w.account.Address, nil)
	if err != nil {
		return err
	}
	if want := w.start + uint64(len(w.accepted)); nonce != want {
		return fmt.Errorf("%s: nonce %d, want %d", w.account.Address.Hex(), nonce, want)
	}
	return nil
}

// TestLoad_ConcurrentClientsLoseNoTransaction runs loadConnections clients, each on its own
// connection and account, sending transactions and calls for loadDuration: every accepted
// hash must get a successful receipt and every account's nonce must equal what it sent.
// It logs the throughput; it asserts none (a slow machine is not a failure).
func TestLoad_ConcurrentClientsLoseNoTransaction(t *testing.T) {
	conns, duration := loadConnections, loadDuration
	if testing.Short() {
		conns, duration = 20, 2*time.Second
	}
	accounts := make([]engine.Account, conns)
	for i := range accounts {
		accounts[i] = engine.DevAccount(i)
	}
	n := startNode(t, node.WithAccounts(accounts))
	ctx := testContext(t)
	workers := make([]*loadWorker, conns)
	for i := range workers {
		// One transport per worker: a connection of its own.
		hc := &http.Client{Transport: &http.Transport{MaxConnsPerHost: 1, MaxIdleConnsPerHost: 1}}
		rc, err := rpc.DialOptions(ctx, n.URL(), rpc.WithHTTPClient(hc))
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		w := &loadWorker{account: accounts[i], client: ethclient.NewClient(rc)}
		if w.start, err = w.client.PendingNonceAt(ctx, w.account.Address); err != nil {
			t.Fatal(err)
		}
		workers[i] = w
	}
	begin := time.Now()
	deadline := begin.Add(duration)
	var wg sync.WaitGroup
	for _, w := range workers {
		wg.Add(1)
		go func() { defer wg.Done(); w.run(ctx, n.ChainID(), n.Economy().Token, deadline) }()
	}
	wg.Wait()
	sent, calls := 0, 0
	for _, w := range workers {
		if w.err != nil {
			t.Error(w.err)
		}
		sent += len(w.accepted)
		calls += w.calls
	}
	// Mined throughput: until the last transaction of every account is in a block (nonces
	// are consecutive, so everything before it is too).
	_, ec := dial(t, n.URL())
	for _, w := range workers {
		if len(w.accepted) > 0 {
			waitMined(t, ctx, ec, w.accepted[len(w.accepted)-1])
		}
	}
	elapsed := time.Since(begin)
	// Every accepted transaction has a successful receipt and the nonces add up.
	var check sync.WaitGroup
	for _, w := range workers {
		check.Add(1)
		go func() { defer check.Done(); w.err = w.verify(ctx) }()
	}
	check.Wait()
	for _, w := range workers {
		if w.err != nil {
			t.Error(w.err)
		}
	}
	if sent == 0 {
		t.Fatal("no transaction accepted")
	}
	t.Logf("%d connections for %v: %d transactions accepted, every one mined with a receipt; %.0f tx/s mined "+
		"(all mined %.1fs after the start), %d calls (%.0f calls/s)",
		conns, duration, sent, float64(sent)/elapsed.Seconds(), elapsed.Seconds(), calls, float64(calls)/duration.Seconds())
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Error("hang guard reached")
	}
}

// TestClose_UnderLoadReturns closes the node while clients keep sending: Close must
// return (mining stops between blocks) and the clients get errors, not hangs.
func TestClose_UnderLoadReturns(t *testing.T) {
	const senders = 10
	accounts := make([]engine.Account, senders)
	for i := range accounts {
		accounts[i] = engine.DevAccount(i)
	}
	n, err := node.Start(testContext(t), node.WithListen("127.0.0.1", 0), node.WithAccounts(accounts))
	if err != nil {
		t.Fatal(err)
	}
	ctx := testContext(t)
	var accepted sync.WaitGroup
	accepted.Add(senders * 20)
	var wg sync.WaitGroup
	for _, a := range accounts {
		rc, err := rpc.DialOptions(ctx, n.URL(), rpc.WithHTTPClient(&http.Client{Transport: &http.Transport{}}))
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		w := &loadWorker{account: a, client: ethclient.NewClient(rc)}
		wg.Add(1)
		go func() {
			defer wg.Done()
			signer := types.LatestSignerForChainID(n.ChainID())
			for nonce := uint64(0); ; nonce++ {
				tx, _ := types.SignNewTx(w.account.Key, signer, &types.DynamicFeeTx{ChainID: n.ChainID(), Nonce: nonce,
					GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21000, To: &common.Address{1}})
				if w.client.SendTransaction(ctx, tx) != nil {
					for ; nonce < 20; nonce++ {
						accepted.Done() // never reached 20: do not hold the test up
					}
					return
				}
				if nonce < 20 {
					accepted.Done()
				}
			}
		}()
	}
	accepted.Wait()
	closed := make(chan error, 1)
	go func() { closed <- n.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Errorf("close: %v", err)
		}
	case <-ctx.Done():
		t.Fatal("Close did not return under load")
	}
	wg.Wait()
}
