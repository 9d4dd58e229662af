// Package chain is apiary's full-fidelity in-process chain: go-ethereum's simulated backend
// (ethclient/simulated) running a named hardfork, with funded dev accounts, time travel and
// snapshots. Tests and the gas report deploy contracts into it through the generated
// bindings. It is not the fast engine for large simulations, and not a JSON-RPC node.
package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-dev/apiary/sim/engine"
	"github.com/apiary-dev/apiary/sim/hardfork"
)

// Account is a dev account with its key.
type Account = engine.Account

// DevAccount returns the i-th deterministic dev account (engine.DevAccount).
func DevAccount(i int) Account { return engine.DevAccount(i) }

// DefaultBalance is what each dev account holds at genesis: 1,000,000 ether.
var DefaultBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

type options struct {
	accountSeed string
	fork        string
	accounts    int
	balance     *big.Int
	alloc       types.GenesisAlloc
	gasLimit    uint64
}

// Option configures New.
type Option func(*options)

// WithHardfork selects the rule set by name (see package hardfork); default hardfork.Default.
func WithHardfork(name string) Option { return func(o *options) { o.fork = name } }

// WithAccounts sets how many dev accounts are funded at genesis (default 10).
func WithAccounts(n int) Option { return func(o *options) { o.accounts = n } }

// WithAccountSeed derives the dev accounts from seed (engine.SeededAccount) instead of the
// fixed dev keys.
func WithAccountSeed(seed string) Option { return func(o *options) { o.accountSeed = seed } }

// WithBalance sets each dev account's genesis balance in wei.
func WithBalance(wei *big.Int) Option { return func(o *options) { o.balance = new(big.Int).Set(wei) } }

// WithAlloc adds genesis accounts (code, storage, balances); it wins over dev accounts.
func WithAlloc(alloc types.GenesisAlloc) Option { return func(o *options) { o.alloc = alloc } }

// WithBlockGasLimit sets the block gas limit (default 60,000,000, mainnet's in 2026).
func WithBlockGasLimit(gas uint64) Option { return func(o *options) { o.gasLimit = gas } }

// Chain is a running simulated chain. Close it when done.
type Chain struct {
	backend  *simulated.Backend
	client   simulated.Client
	config   *params.ChainConfig
	fork     string
	accounts []Account
}

// New starts a chain with funded dev accounts and one committed block, so receipts and
// state queries work at once.
func New(opts ...Option) (*Chain, error) {
	o := options{fork: hardfork.Default, accounts: 10, balance: DefaultBalance, gasLimit: 60_000_000}
	for _, opt := range opts {
		opt(&o)
	}
	cfg, err := hardfork.Config(o.fork)
	if err != nil {
		return nil, err
	}
	if o.accounts < 0 {
		return nil, fmt.Errorf("accounts = %d: must not be negative", o.accounts)
	}
	alloc := types.GenesisAlloc{}
	accounts := make([]Account, o.accounts)
	for i := range accounts {
		accounts[i] = engine.SeededAccount(o.accountSeed, i)
		alloc[accounts[i].Address] = types.Account{Balance: new(big.Int).Set(o.balance)}
	}
	for addr, acct := range o.alloc {
		alloc[addr] = acct
	}
	backend := simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = cfg
		ec.Genesis.GasLimit = o.gasLimit
		ec.Miner.GasCeil = o.gasLimit
	})
	backend.Commit()
	return &Chain{backend: backend, client: backend.Client(), config: cfg, fork: o.fork, accounts: accounts}, nil
}

// Close stops the chain.
func (c *Chain) Close() error { return c.backend.Close() }

// Client is the chain's RPC client; it satisfies bind.ContractBackend.
func (c *Chain) Client() simulated.Client { return c.client }

// Backend is Client as an engine.Backend.
func (c *Chain) Backend() engine.Backend { return c.client }

// Name is the engine's name: "simulated".
func (c *Chain) Name() string { return "simulated" }

// Hardfork is the name of the rule set the chain runs.
func (c *Chain) Hardfork() string { return c.fork }

// Config is the chain config the chain runs.
func (c *Chain) Config() *params.ChainConfig { return c.config }

// ChainID is the chain's ID.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(c.config.ChainID) }

// Accounts are the funded dev accounts.
func (c *Chain) Accounts() []Account { return c.accounts }

// Account returns the i-th dev account.
func (c *Chain) Account(i int) Account { return c.accounts[i] }

// Transactor returns transaction options signing with a dev account (or any key).
func (c *Chain) Transactor(a Account) *bind.TransactOpts {
	return bind.NewKeyedTransactor(a.Key, c.config.ChainID)
}

// Commit seals the pending transactions into a block and returns its hash.
func (c *Chain) Commit() common.Hash { return c.backend.Commit() }

// Mine commits the pending transactions and returns the receipts of txs, in order. It
// reads receipts from the sealed blocks themselves (the transaction index may lag behind a
// fresh block). The pool promotes queued transactions asynchronously, so a burst from one
// account can straddle blocks: Mine seals more blocks (up to a few) until every tx is in.
func (c *Chain) Mine(ctx context.Context, txs ...*types.Transaction) ([]*types.Receipt, error) {
	want := make(map[common.Hash]int, len(txs))
	for i, tx := range txs {
		want[tx.Hash()] = i
	}
	receipts := make([]*types.Receipt, len(txs))
	missing := len(txs)
	for attempt := 0; attempt < 8 && (missing > 0 || attempt == 0); attempt++ {
		block := c.backend.Commit()
		got, err := c.blockReceipts(ctx, block)
		if err != nil {
			return receipts, fmt.Errorf("receipts of block %s: %w", block.Hex(), err)
		}
		for _, r := range got {
			if i, ok := want[r.TxHash]; ok && receipts[i] == nil {
				receipts[i] = r
				missing--
			}
		}
	}
	for i, r := range receipts {
		if r == nil {
			return receipts, fmt.Errorf("transaction %s: not mined after 8 blocks", txs[i].Hash().Hex())
		}
	}
	return receipts, nil
}

// blockReceipts reads a block's receipts; the simulated client is an ethclient.Client,
// whose BlockReceipts the simulated.Client interface does not list.
func (c *Chain) blockReceipts(ctx context.Context, block common.Hash) ([]*types.Receipt, error) {
	type receiptsReader interface {
		BlockReceipts(context.Context, rpc.BlockNumberOrHash) ([]*types.Receipt, error)
	}
	rr, ok := c.client.(receiptsReader)
	if !ok {
		return nil, errors.New("client cannot read block receipts")
	}
	return rr.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(block, false))
}

// ErrReverted is returned by MineOK for a transaction that was included but failed.
var ErrReverted = engine.ErrReverted

// MineOK is Mine, failing when any transaction reverted.
func (c *Chain) MineOK(ctx context.Context, txs ...*types.Transaction) ([]*types.Receipt, error) {
	receipts, err := c.Mine(ctx, txs...)
	if err != nil {
		return receipts, err
	}
	for i, r := range receipts {
		if r.Status != types.ReceiptStatusSuccessful {
			return receipts, &TxError{Index: i, Tx: txs[i], Receipt: r, Replay: c.replay(ctx, txs[i], r)}
		}
	}
	return receipts, nil
}

// TxError is a mined transaction that failed (engine.TxError).
type TxError = engine.TxError

func (c *Chain) replay(ctx context.Context, tx *types.Transaction, r *types.Receipt) error {
	from, err := types.Sender(types.LatestSignerForChainID(c.config.ChainID), tx)
	if err != nil {
		return nil
	}
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), GasFeeCap: tx.GasFeeCap(),
		GasTipCap: tx.GasTipCap(), Value: tx.Value(), Data: tx.Data(), AccessList: tx.AccessList()}
	parent := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	_, err = c.client.CallContract(ctx, msg, parent)
	return err
}

// Now is the timestamp of the latest block.
func (c *Chain) Now(ctx context.Context) (uint64, error) {
	h, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}

// Advance seals an empty block d after the latest one. It fails while transactions are
// pending: commit them first.
func (c *Chain) Advance(d time.Duration) error {
	if d < time.Second {
		return fmt.Errorf("advance %v: must be at least one second", d)
	}
	return c.adjustTime(d)
}

// adjustTime seals an empty block d later. The pool forgets mined transactions
// asynchronously after each block, so right after a block it can still count them as
// pending and refuse; that clears within milliseconds, so retry briefly.
func (c *Chain) adjustTime(d time.Duration) error {
	deadline := time.Now().Add(2 * time.Second)
	for {
		err := c.backend.AdjustTime(d)
		if err == nil || !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			return err
		}
		time.Sleep(time.Millisecond)
	}
}

// WarpTo seals an empty block at timestamp ts, which must be after the latest block.
func (c *Chain) WarpTo(ctx context.Context, ts uint64) error {
	now, err := c.Now(ctx)
	if err != nil {
		return err
	}
	if ts <= now {
		return fmt.Errorf("warp to %d: not after the latest block (%d)", ts, now)
	}
	return c.adjustTime(time.Duration(ts-now) * time.Second)
}

// Snapshot returns an identifier of the current state: the latest block's hash.
func (c *Chain) Snapshot(ctx context.Context) (common.Hash, error) {
	h, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, err
	}
	return h.Hash(), nil
}

// Revert makes the snapshot's block the head again; later blocks are abandoned. Block
// timestamps keep increasing: the next block is later than any block sealed before.
func (c *Chain) Revert(snapshot common.Hash) error {
	c.backend.Rollback()
	return c.backend.Fork(snapshot)
}

var _ engine.Engine = (*Chain)(nil)
