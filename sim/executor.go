package sim

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/fast"
)

// txGas is the gas limit of every simulated transaction: above the dearest action (an
// emission release, ~180k) with room; only gas used is counted.
const txGas = 1_500_000

// tx is one transaction the world sends.
type tx struct {
	from common.Address
	to   common.Address
	data []byte
}

// outcome is what a sent transaction did.
type outcome struct {
	gas    uint64
	failed bool
	logs   []*types.Log
}

// executor runs the world's transactions on one engine.
type executor interface {
	// run executes txs in order and seals them into a block (blocks, on the simulated
	// engine, when there are more than simulatedBatch), reporting each one's outcome.
	run(ctx context.Context, txs []tx) ([]outcome, error)
}

// fastExecutor runs transactions as impersonated direct calls: no signing, no pool.
type fastExecutor struct{ e *fast.Engine }

func (x fastExecutor) run(_ context.Context, txs []tx) ([]outcome, error) {
	out := make([]outcome, len(txs))
	for i, t := range txs {
		to := t.to
		res, err := x.e.Exec(fast.Call{From: t.from, To: &to, Data: t.data, Gas: txGas})
		if err != nil {
			return out, fmt.Errorf("transaction %d from %s: %w", i, t.from.Hex(), err)
		}
		out[i] = outcome{gas: res.GasUsed, failed: res.Failed, logs: res.Logs}
	}
	// One block per batch, as on the simulated engine: timestamps, and so staking accrual
	// and checkpoint slots, come out the same.
	_, err := x.e.Mine()
	return out, err
}

// simulatedExecutor signs every transaction with its member's key and mines them through
// go-ethereum's simulated backend, in blocks of at most simulatedBatch.
type simulatedExecutor struct {
	c      *chain.Chain
	keys   map[common.Address]*ecdsa.PrivateKey
	nonces map[common.Address]uint64
	signer types.Signer
}

// simulatedBatch keeps a block within what the simulated backend's pool takes at once (its global
// limit is 5,120 pending transactions); below it a phase is one block, as on the fast engine.
const simulatedBatch = 4000

func newSimulatedExecutor(c *chain.Chain, keys map[common.Address]*ecdsa.PrivateKey) *simulatedExecutor {
	return &simulatedExecutor{c: c, keys: keys, nonces: map[common.Address]uint64{}, signer: types.LatestSignerForChainID(c.ChainID())}
}

func (x *simulatedExecutor) run(ctx context.Context, txs []tx) ([]outcome, error) {
	out := make([]outcome, 0, len(txs))
	for start := 0; start < len(txs); start += simulatedBatch {
		batch := txs[start:min(start+simulatedBatch, len(txs))]
		signed := make([]*types.Transaction, len(batch))
		for i, t := range batch {
			key, ok := x.keys[t.from]
			if !ok {
				return out, fmt.Errorf("no key for %s", t.from.Hex())
			}
			nonce, ok := x.nonces[t.from]
			if !ok {
				n, err := x.c.Client().PendingNonceAt(ctx, t.from)
				if err != nil {
					return out, err
				}
				nonce = n
			}
			to := t.to
			stx, err := types.SignNewTx(key, x.signer, &types.DynamicFeeTx{ChainID: x.c.ChainID(), Nonce: nonce,
				GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: txGas, To: &to, Data: t.data})
			if err != nil {
				return out, err
			}
			if err := x.c.Client().SendTransaction(ctx, stx); err != nil {
				return out, fmt.Errorf("send from %s: %w", t.from.Hex(), err)
			}
			x.nonces[t.from] = nonce + 1
			signed[i] = stx
		}
		receipts, err := x.c.Mine(ctx, signed...)
		if err != nil {
			return out, err
		}
		for _, r := range receipts {
			out = append(out, outcome{gas: r.GasUsed, failed: r.Status != types.ReceiptStatusSuccessful, logs: r.Logs})
		}
	}
	return out, nil
}
