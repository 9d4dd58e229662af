package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-dev/apiary/sim/engine"
)

// Engine is the node as an engine.Engine, so the harness (and tests) can deploy into it
// and drive it like the in-process chains.
func (n *Node) Engine() engine.Engine { return nodeEngine{n} }

type nodeEngine struct{ n *Node }

func (e nodeEngine) Name() string                 { return "node" }
func (e nodeEngine) Hardfork() string             { return e.n.fork }
func (e nodeEngine) ChainID() *big.Int            { return e.n.ChainID() }
func (e nodeEngine) Backend() engine.Backend      { return e.n.client }
func (e nodeEngine) Accounts() []engine.Account   { return e.n.accounts }
func (e nodeEngine) Account(i int) engine.Account { return e.n.accounts[i] }
func (e nodeEngine) Close() error                 { return nil }

func (e nodeEngine) Transactor(a engine.Account) *bind.TransactOpts {
	return bind.NewKeyedTransactor(a.Key, e.n.chainCfg.ChainID)
}

// MineOK mines what is pending (automine may already have) and returns the receipts of
// txs in order, failing when one reverted.
func (e nodeEngine) MineOK(ctx context.Context, txs ...*types.Transaction) ([]*types.Receipt, error) {
	receipts := make([]*types.Receipt, len(txs))
	for attempt := 0; attempt < 50; attempt++ {
		if _, err := e.n.sealer.mineExecutable(ctx); err != nil {
			return receipts, err
		}
		missing := 0
		for i, tx := range txs {
			if receipts[i] != nil {
				continue
			}
			r, err := e.n.client.TransactionReceipt(ctx, tx.Hash())
			switch {
			case err == nil:
				receipts[i] = r
			case errors.Is(err, ethereum.NotFound):
				missing++
			default:
				return receipts, fmt.Errorf("receipt of %s: %w", tx.Hash().Hex(), err)
			}
		}
		if missing == 0 {
			for i, r := range receipts {
				if r.Status != types.ReceiptStatusSuccessful {
					return receipts, fmt.Errorf("tx %d (%s) reverted in block %v", i, txs[i].Hash().Hex(), r.BlockNumber)
				}
			}
			return receipts, nil
		}
		// The transaction index is written just after the block; give it a moment.
		select {
		case <-ctx.Done():
			return receipts, ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
	}
	return receipts, errors.New("transactions not mined after 50 attempts")
}

func (e nodeEngine) Now(ctx context.Context) (uint64, error) {
	return e.n.eth.BlockChain().CurrentBlock().Time, nil
}

func (e nodeEngine) WarpTo(ctx context.Context, ts uint64) error { return e.n.MineAt(ctx, ts) }

func (e nodeEngine) Snapshot(ctx context.Context) (common.Hash, error) {
	return e.n.eth.BlockChain().CurrentBlock().Hash(), nil
}

func (e nodeEngine) Revert(snapshot common.Hash) error {
	return e.n.sealer.revertTo(snapshot, e.n.sealer.clock())
}
