package node_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/node"
	"github.com/apiary-dev/apiary/sim/engine"
	"github.com/apiary-dev/apiary/sim/harness"
)

// hangGuard bounds a test that would otherwise hang on a broken node; it is far above
// what any step takes, so a slow machine does not fail it.
const hangGuard = 2 * time.Minute

func testContext(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	t.Cleanup(cancel)
	return ctx
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// members get launch allocations in the test economy: dev accounts 1 and 2.
var members = []common.Address{engine.DevAccount(1).Address, engine.DevAccount(2).Address}

func economyConfig() *config.Economy { return harness.MemberConfig(members, 1000, 5000) }

// startNode starts a node on a free loopback port with the test economy deployed.
func startNode(t testing.TB, opts ...node.Option) *node.Node {
	t.Helper()
	opts = append([]node.Option{node.WithListen("127.0.0.1", 0), node.WithEconomy(economyConfig())}, opts...)
	n, err := node.Start(testContext(t), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return n
}

// dial connects to url (http:// or ws://) as an outside client would.
func dial(t testing.TB, url string) (*rpc.Client, *ethclient.Client) {
	t.Helper()
	c, err := rpc.DialContext(testContext(t), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c, ethclient.NewClient(c)
}

// transfer sends wei from a dev account and returns the signed transaction.
func transfer(t testing.TB, ctx context.Context, ec *ethclient.Client, from engine.Account, to common.Address, wei *big.Int) *types.Transaction {
	t.Helper()
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := ec.PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := ec.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: wei,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	return tx
}

func waitMined(t testing.TB, ctx context.Context, ec *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	for {
		r, err := ec.TransactionReceipt(ctx, hash)
		if err == nil {
			return r
		}
		if !errors.Is(err, ethereum.NotFound) {
			t.Fatalf("receipt of %s: %v", hash.Hex(), err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("receipt of %s: %v", hash.Hex(), ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func balance(t testing.TB, ctx context.Context, ec *ethclient.Client, a common.Address) *big.Int {
	t.Helper()
	b, err := ec.BalanceAt(ctx, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func head(t testing.TB, ctx context.Context, ec *ethclient.Client) *types.Header {
	t.Helper()
	h, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return h
}
