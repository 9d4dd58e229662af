// Package fast is apiary's fast in-process chain for large simulations: it executes each
// transaction at once with go-ethereum's EVM (core.ApplyMessage, so intrinsic gas, refunds,
// access lists and the calldata floor are the real rules) on an in-memory state database.
// There is no transaction pool and no per-transaction block building: the open block
// collects transactions until it is sealed, on demand (Mine), by time travel (WarpTo) or
// when its gas runs out. Senders can be impersonated, so simulations do no signature work.
//
// It satisfies engine.Engine, so the generated bindings and the harness run on it
// unchanged. It is not a node: it keeps only the latest state (no calls at past blocks),
// it leaves out the consensus-layer system calls (beacon root, block-hash history,
// withdrawals), so its state roots are its own, and its headers carry no transaction or
// receipt roots and no log blooms.
package fast

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"

	"github.com/apiary-dev/apiary/sim/engine"
	"github.com/apiary-dev/apiary/sim/hardfork"
)

// Defaults of New.
var (
	// DefaultBalance is what each dev account holds at genesis: 1,000,000 ether.
	DefaultBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	// DefaultGenesisTime is the genesis timestamp, fixed so that runs are reproducible:
	// 2026-01-01T00:00:00Z.
	DefaultGenesisTime = uint64(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Unix())
)

// DefaultBaseFee is the base fee of every block (1 gwei). It is fixed: blocks here are
// cut by the simulation, not by a market, so EIP-1559's adjustment would mean nothing.
const DefaultBaseFee = params.GWei

type options struct {
	accountSeed string
	fork        string
	accounts    int
	balance     *big.Int
	alloc       types.GenesisAlloc
	gasLimit    uint64
	genesisTime uint64
	baseFee     uint64
	keepBlocks  int
	lazyRoots   bool
}

// Option configures New.
type Option func(*options)

// WithHardfork selects the rules by name (sim/hardfork; default osaka).
func WithHardfork(name string) Option { return func(o *options) { o.fork = name } }

// WithAccounts sets how many funded dev accounts exist (default 10).
func WithAccounts(n int) Option { return func(o *options) { o.accounts = n } }

// WithAccountSeed derives the dev accounts from seed (engine.SeededAccount) instead of the
// fixed dev keys.
func WithAccountSeed(seed string) Option { return func(o *options) { o.accountSeed = seed } }

// WithBalance sets each dev account's genesis balance (default 1,000,000 ether).
func WithBalance(wei *big.Int) Option { return func(o *options) { o.balance = new(big.Int).Set(wei) } }

// WithAlloc adds genesis accounts.
func WithAlloc(alloc types.GenesisAlloc) Option { return func(o *options) { o.alloc = alloc } }

// WithBlockGasLimit sets the block gas limit (default 60,000,000, as sim/chain). A block
// that cannot take the next transaction is sealed and the next opens one second later.
func WithBlockGasLimit(gas uint64) Option { return func(o *options) { o.gasLimit = gas } }

// WithGenesisTime sets the genesis timestamp (default DefaultGenesisTime).
func WithGenesisTime(ts uint64) Option { return func(o *options) { o.genesisTime = ts } }

// WithBaseFee sets every block's base fee in wei (default 1 gwei).
func WithBaseFee(wei uint64) Option { return func(o *options) { o.baseFee = wei } }

// WithKeepBlocks bounds how many sealed blocks keep their transactions, receipts and logs
// (0, the default, keeps all). Long simulations that do not read events set it low to bound
// memory; headers are always kept.
func WithKeepBlocks(n int) Option { return func(o *options) { o.keepBlocks = n } }

// WithLazyRoots skips hashing the state at every block: only blocks that commit the state
// (every 100,000 transactions, and before a snapshot) carry a state root; the others carry
// the zero hash. For simulations that never read roots: it saves about a twentieth of a
// large run.
func WithLazyRoots() Option { return func(o *options) { o.lazyRoots = true } }

// block is a sealed block, or the open one.
type block struct {
	header   *types.Header
	hash     common.Hash
	txs      []*types.Transaction // nil for direct Exec calls
	receipts []*types.Receipt
}

// Engine is a fast in-process chain. Its methods are safe for concurrent use, but it runs
// one transaction at a time: parallel simulations use one Engine each.
type Engine struct {
	mu       sync.Mutex
	opts     options
	config   *params.ChainConfig
	signer   types.Signer
	accounts []engine.Account
	trie     *triedb.Database
	db       state.Database
	state    *state.StateDB
	root     common.Hash // the last committed root (the trie database holds its nodes)
	headRoot common.Hash // the latest block's state root
	dirty    bool        // state changed outside transactions (SetBalance) since the last seal

	logsSinceCommit int // transactions executed since the last commit

	blocks    []*block // sealed blocks by number; old ones lose receipts (keepBlocks)
	open      *block
	gasPool   *core.GasPool
	evm       *vm.EVM // executes transactions in the open block
	callEVM   *vm.EVM // executes calls (no base fee) in the open block
	rules     params.Rules
	receipts  map[common.Hash]*types.Receipt // of sealed, kept blocks
	reverts   map[common.Hash]error          // why failed transactions failed
	snapshots map[common.Hash]snapshot
	nextSnap  uint64
}

type snapshot struct {
	root   common.Hash
	blocks int
}

// New creates a chain with funded dev accounts and a sealed genesis block.
func New(opts ...Option) (*Engine, error) {
	o := options{fork: hardfork.Default, accounts: 10, balance: DefaultBalance, gasLimit: 60_000_000,
		genesisTime: DefaultGenesisTime, baseFee: DefaultBaseFee}
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
	if o.gasLimit < params.TxGas {
		return nil, fmt.Errorf("block gas limit %d: below one transfer (%d)", o.gasLimit, params.TxGas)
	}
	kv := rawdb.NewMemoryDatabase()
	e := &Engine{opts: o, config: cfg, signer: types.LatestSignerForChainID(cfg.ChainID),
		trie: triedb.NewDatabase(kv, nil), receipts: map[common.Hash]*types.Receipt{}, reverts: map[common.Hash]error{},
		snapshots: map[common.Hash]snapshot{}}
	e.db = state.NewDatabase(e.trie, state.NewCodeDB(kv))
	if e.state, err = state.New(types.EmptyRootHash, e.db); err != nil {
		return nil, err
	}
	e.accounts = make([]engine.Account, o.accounts)
	for i := range e.accounts {
		e.accounts[i] = engine.SeededAccount(o.accountSeed, i)
		e.state.SetBalance(e.accounts[i].Address, mustU256(o.balance), tracing.BalanceChangeUnspecified)
	}
	for addr, acct := range o.alloc {
		if acct.Balance != nil {
			e.state.SetBalance(addr, mustU256(acct.Balance), tracing.BalanceChangeUnspecified)
		}
		if acct.Nonce != 0 {
			e.state.SetNonce(addr, acct.Nonce, tracing.NonceChangeUnspecified)
		}
		if len(acct.Code) > 0 {
			e.state.SetCode(addr, acct.Code, tracing.CodeChangeUnspecified)
		}
		for k, v := range acct.Storage {
			e.state.SetState(addr, k, v)
		}
	}
	e.open = &block{header: e.newHeader(nil, o.genesisTime)}
	e.startBlock()
	if err := e.seal(); err != nil {
		return nil, err
	}
	return e, nil
}

func mustU256(v *big.Int) *uint256.Int {
	u, overflow := uint256.FromBig(v)
	if overflow {
		panic(fmt.Sprintf("balance %v overflows 256 bits", v))
	}
	return u
}

func (e *Engine) newHeader(parent *block, ts uint64) *types.Header {
	h := &types.Header{
		Number:     big.NewInt(0),
		Time:       ts,
		GasLimit:   e.opts.gasLimit,
		Difficulty: new(big.Int),
		BaseFee:    new(big.Int).SetUint64(e.opts.baseFee),
	}
	if parent != nil {
		h.ParentHash = parent.hash
		h.Number = new(big.Int).Add(parent.header.Number, common.Big1)
	}
	if e.config.IsCancun(h.Number, h.Time) {
		zero := uint64(0)
		h.ExcessBlobGas, h.BlobGasUsed = &zero, &zero
		h.ParentBeaconRoot = &common.Hash{}
	}
	if e.config.IsShanghai(h.Number, h.Time) {
		h.WithdrawalsHash = &types.EmptyWithdrawalsHash
	}
	if e.config.IsPrague(h.Number, h.Time) {
		h.RequestsHash = &types.EmptyRequestsHash
	}
	return h
}

// startBlock prepares the EVMs for the open block.
func (e *Engine) startBlock() {
	h := e.open.header
	random := common.BigToHash(h.Number) // PREVRANDAO: deterministic, and post-merge rules need one
	ctx := vm.BlockContext{
		CanTransfer: core.CanTransfer,
		Transfer:    core.Transfer,
		GetHash:     e.blockHash,
		Coinbase:    h.Coinbase,
		GasLimit:    h.GasLimit,
		BlockNumber: new(big.Int).Set(h.Number),
		Time:        h.Time,
		Difficulty:  new(big.Int),
		BaseFee:     new(big.Int).Set(h.BaseFee),
		BlobBaseFee: big.NewInt(params.BlobTxMinBlobGasprice),
		Random:      &random,
	}
	e.evm = vm.NewEVM(ctx, e.state, e.config, vm.Config{})
	e.callEVM = vm.NewEVM(ctx, e.state, e.config, vm.Config{NoBaseFee: true})
	e.rules = e.evm.GetRules()
	e.gasPool = core.NewGasPool(h.GasLimit)
}

// blockHash serves BLOCKHASH for the last 256 sealed blocks.
func (e *Engine) blockHash(n uint64) common.Hash {
	if n < uint64(len(e.blocks)) {
		return e.blocks[n].hash
	}
	return common.Hash{}
}

// seal closes the open block: commits the state, computes the header and the receipts'
// block fields, and opens the next block one second later.
func (e *Engine) seal() error {
	b := e.open
	root := e.headRoot
	switch {
	case len(e.blocks) == 0 || (len(b.receipts) == 0 && !e.dirty):
		// An empty block changes nothing (genesis aside): same root, warm caches kept.
		if len(e.blocks) == 0 {
			if err := e.commit(b.header.Number.Uint64()); err != nil {
				return err
			}
			root = e.root
		}
	case e.logsSinceCommit+len(b.receipts) > commitLogs:
		// Committing empties the state database's log list, which otherwise grows for the
		// life of the state; it also sends later reads through the trie, so not every block.
		if err := e.commit(b.header.Number.Uint64()); err != nil {
			return err
		}
		root = e.root
	case e.opts.lazyRoots:
		root = common.Hash{}
		e.state.Finalise(e.rules)
		e.logsSinceCommit += len(b.receipts)
	default:
		root = e.state.IntermediateRoot(e.rules)
		e.logsSinceCommit += len(b.receipts)
	}
	e.headRoot, e.dirty = root, false
	// Log indexes count within the block.
	index := uint(0)
	for _, r := range b.receipts {
		for _, l := range r.Logs {
			l.Index = index
			index++
		}
	}
	h := b.header
	h.Root = root
	h.GasUsed = e.gasPool.CumulativeUsed()
	// No transaction or receipt roots and no blooms: nothing here verifies them, and
	// hashing every receipt costs more than a simulation's bookkeeping should.
	b.hash = h.Hash()
	for _, r := range b.receipts {
		r.BlockHash = b.hash
		for _, l := range r.Logs {
			l.BlockHash = b.hash
		}
		e.receipts[r.TxHash] = r
	}
	e.blocks = append(e.blocks, b)
	e.forget()
	e.open = &block{header: e.newHeader(b, h.Time+1)}
	e.startBlock()
	return nil
}

// commitLogs is how many transactions' logs the state may accumulate before a seal commits
// it (see seal). Between commits the state database also keeps every touched slot in its
// own maps, so the bound caps memory too: on a 10,000-member year, 100,000 took 1 min 54 s
// and 1.75 GiB peak, 200,000 1 min 57 s and 2.02 GiB, 50,000 2 min 06 s and 1.76 GiB.
const commitLogs = 100_000

// commit writes the state to the trie database and reopens it at the new root, freeing
// the trie nodes of the previous committed root unless a snapshot holds it.
func (e *Engine) commit(number uint64) error {
	root, err := e.state.Commit(e.rules, number)
	if err != nil {
		return fmt.Errorf("block %d: commit state: %w", number, err)
	}
	if e.state, err = state.New(root, e.db); err != nil {
		return fmt.Errorf("block %d: reopen state: %w", number, err)
	}
	if e.evm != nil { // the open block's EVMs run on the reopened state
		e.evm.StateDB, e.callEVM.StateDB = e.state, e.state
	}
	if e.root != root && e.root != (common.Hash{}) && !e.pinned(e.root) {
		e.trie.Dereference(e.root)
	}
	e.root, e.logsSinceCommit = root, 0
	return nil
}

// forget drops the transactions and receipts of blocks older than keepBlocks.
func (e *Engine) forget() {
	keep := e.opts.keepBlocks
	if keep <= 0 || len(e.blocks) <= keep {
		return
	}
	old := e.blocks[len(e.blocks)-keep-1]
	for _, r := range old.receipts {
		delete(e.receipts, r.TxHash)
		delete(e.reverts, r.TxHash)
	}
	old.receipts, old.txs = nil, nil
}

func (e *Engine) pinned(root common.Hash) bool {
	for _, s := range e.snapshots {
		if s.root == root {
			return true
		}
	}
	return false
}

// Name is "fast".
func (e *Engine) Name() string { return "fast" }

// Hardfork is the name of the rules the chain runs.
func (e *Engine) Hardfork() string { return e.opts.fork }

// Config is the chain config.
func (e *Engine) Config() *params.ChainConfig { return e.config }

// ChainID is the chain's ID (1337, as the simulated backend).
func (e *Engine) ChainID() *big.Int { return new(big.Int).Set(e.config.ChainID) }

// Accounts are the funded dev accounts.
func (e *Engine) Accounts() []engine.Account { return e.accounts }

// Account returns the i-th dev account.
func (e *Engine) Account(i int) engine.Account { return e.accounts[i] }

// Backend is the chain as the bindings' backend.
func (e *Engine) Backend() engine.Backend { return (*backend)(e) }

// Close releases the chain.
func (e *Engine) Close() error { return nil }

// Transactor returns transaction options that send as a without signing (impersonation).
func (e *Engine) Transactor(a engine.Account) *bind.TransactOpts { return e.Impersonate(a.Address) }

// impersonationS marks a transaction's signature as an impersonation: its R is the sender.
// No real signature has this S (it exceeds the curve order).
var impersonationS = new(big.Int).Sub(new(big.Int).Lsh(common.Big1, 256), common.Big1)

// Impersonate returns transaction options that send as addr, which needs no key: the
// transaction carries addr in place of a signature and only this engine accepts it.
func (e *Engine) Impersonate(addr common.Address) *bind.TransactOpts {
	return &bind.TransactOpts{
		From:    addr,
		Context: context.Background(),
		Signer: func(from common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if from != addr {
				return nil, bind.ErrNotAuthorized
			}
			sig := make([]byte, 65)
			copy(sig[12:32], addr.Bytes())
			impersonationS.FillBytes(sig[32:64])
			return tx.WithSignature(e.signer, sig)
		},
	}
}

// sender is the impersonated or recovered sender of tx.
func (e *Engine) sender(tx *types.Transaction) (common.Address, error) {
	_, r, s := tx.RawSignatureValues()
	if s != nil && s.Cmp(impersonationS) == 0 {
		return common.BigToAddress(r), nil
	}
	return types.Sender(e.signer, tx)
}

// SetBalance sets an account's balance in the open block.
func (e *Engine) SetBalance(addr common.Address, wei *big.Int) error {
	u, overflow := uint256.FromBig(wei)
	if overflow || wei.Sign() < 0 {
		return fmt.Errorf("set balance of %s: %v is not a 256-bit amount", addr.Hex(), wei)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.state.SetBalance(addr, u, tracing.BalanceChangeUnspecified)
	e.state.Finalise(e.rules)
	e.dirty = true
	return nil
}

// Head is the latest sealed block's header.
func (e *Engine) Head() *types.Header {
	e.mu.Lock()
	defer e.mu.Unlock()
	return types.CopyHeader(e.blocks[len(e.blocks)-1].header)
}

// Now is the latest sealed block's timestamp.
func (e *Engine) Now(context.Context) (uint64, error) { return e.Head().Time, nil }

// PendingTime is the timestamp transactions sent now execute at.
func (e *Engine) PendingTime() uint64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.open.header.Time
}

// Mine seals the open block, with whatever it holds, and returns its hash.
func (e *Engine) Mine() (common.Hash, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if err := e.seal(); err != nil {
		return common.Hash{}, err
	}
	return e.blocks[len(e.blocks)-1].hash, nil
}

// MineOK seals the open block and returns the receipts of txs, which must have been sent;
// it fails with a *engine.TxError when one of them reverted.
func (e *Engine) MineOK(ctx context.Context, txs ...*types.Transaction) ([]*types.Receipt, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.open.receipts) > 0 || len(txs) == 0 {
		if err := e.seal(); err != nil {
			return nil, err
		}
	}
	receipts := make([]*types.Receipt, len(txs))
	for i, tx := range txs {
		r, ok := e.receipts[tx.Hash()]
		if !ok {
			return receipts, fmt.Errorf("transaction %s: not sent to this chain", tx.Hash().Hex())
		}
		receipts[i] = r
	}
	for i, r := range receipts {
		if r.Status != types.ReceiptStatusSuccessful {
			return receipts, &engine.TxError{Index: i, Tx: txs[i], Receipt: r, Replay: e.reverts[r.TxHash]}
		}
	}
	return receipts, nil
}

// WarpTo seals the open block if it holds transactions, then seals an empty block at
// timestamp ts, which must be after the latest block; the next block is one second later.
func (e *Engine) WarpTo(_ context.Context, ts uint64) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.open.receipts) > 0 {
		if err := e.seal(); err != nil {
			return err
		}
	}
	last := e.blocks[len(e.blocks)-1].header.Time
	if ts <= last {
		return fmt.Errorf("warp to %d: not after the latest block (%d)", ts, last)
	}
	e.open.header.Time = ts
	e.startBlock()
	return e.seal()
}

// Advance is WarpTo the latest block's time plus d (whole seconds, at least one).
func (e *Engine) Advance(d time.Duration) error {
	if d < time.Second {
		return fmt.Errorf("advance %v: must be at least one second", d)
	}
	return e.WarpTo(context.Background(), e.Head().Time+uint64(d/time.Second))
}

// Snapshot seals the open block if it holds transactions and returns an identifier of the
// latest state, for Revert.
func (e *Engine) Snapshot(context.Context) (common.Hash, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.open.receipts) > 0 || e.dirty {
		if err := e.seal(); err != nil {
			return common.Hash{}, err
		}
	}
	if e.root != e.headRoot { // a snapshot needs the state in the trie database
		if err := e.commit(e.blocks[len(e.blocks)-1].header.Number.Uint64()); err != nil {
			return common.Hash{}, err
		}
	}
	e.nextSnap++
	var id common.Hash
	binary.BigEndian.PutUint64(id[24:], e.nextSnap)
	e.snapshots[id] = snapshot{root: e.root, blocks: len(e.blocks)}
	return id, nil
}

// ErrUnknownSnapshot is returned by Revert for an identifier Snapshot did not give, or one
// already used.
var ErrUnknownSnapshot = errors.New("unknown snapshot")

// Revert returns the chain to a snapshot: its state, its latest block. Later blocks and the
// open block are dropped; snapshots taken after it are forgotten, the snapshot itself stays
// usable. Block timestamps keep
// increasing from the snapshot's block, so the chain repeats its block numbers and times.
func (e *Engine) Revert(id common.Hash) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	s, ok := e.snapshots[id]
	if !ok {
		return fmt.Errorf("revert to %s: %w", id.Hex(), ErrUnknownSnapshot)
	}
	st, err := state.New(s.root, e.db)
	if err != nil {
		return fmt.Errorf("revert to %s: %w", id.Hex(), err)
	}
	for _, b := range e.blocks[s.blocks:] {
		for _, r := range b.receipts {
			delete(e.receipts, r.TxHash)
		}
	}
	e.state, e.root, e.headRoot, e.blocks, e.logsSinceCommit, e.dirty = st, s.root, s.root, e.blocks[:s.blocks], 0, false
	for k, other := range e.snapshots {
		if other.blocks > s.blocks {
			delete(e.snapshots, k)
		}
	}
	last := e.blocks[len(e.blocks)-1]
	e.open = &block{header: e.newHeader(last, last.header.Time+1)}
	e.startBlock()
	return nil
}

var _ engine.Engine = (*Engine)(nil)
