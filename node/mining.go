package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/miner"
)

// sealer builds blocks on demand, as a consensus client would, through the miner's
// payload builder, and makes them canonical. It owns the chain's clock: block timestamps
// follow the wall clock plus an offset (evm_increaseTime) unless a next timestamp is set.
// Every method is safe for concurrent use; sealing is serialised by mu.
type sealer struct {
	mu            sync.Mutex // also serialises TxPool.Sync, which loses a waiter when two overlap
	eth           *eth.Ethereum
	edits         *editProcessor
	log           *slog.Logger
	offset        int64  // seconds added to the wall clock
	nextTimestamp uint64 // 0: none
	now           func() time.Time
}

func newSealer(e *eth.Ethereum, edits *editProcessor, log *slog.Logger) *sealer {
	return &sealer{eth: e, edits: edits, log: log, now: time.Now}
}

// settle waits for the pool to promote what it has admitted. TxPool.Sync answers only the
// latest of overlapping callers, so every call goes through s.mu.
func (s *sealer) settle() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.eth.TxPool().Sync()
}

// sealRequest says what block to seal.
type sealRequest struct {
	timestamp uint64 // 0: the clock's
	empty     bool   // no transactions from the pool
	edits     []Edit // state edits: the block holds no transaction
	// impersonated: the block holds this transaction only
	impersonated *impersonatedTx
}

// seal builds a block on the head and makes it canonical.
func (s *sealer) seal(ctx context.Context, req sealRequest) (*types.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sealLocked(ctx, req)
}

func (s *sealer) sealLocked(ctx context.Context, req sealRequest) (*types.Block, error) {
	chain := s.eth.BlockChain()
	// The pool resets on every new head in the background; wait for it, or it can still
	// offer transactions the head already includes.
	if err := s.eth.TxPool().Sync(); err != nil {
		return nil, fmt.Errorf("seal block: sync pool: %w", err)
	}
	parent := chain.CurrentBlock()
	ts, err := s.timestampLocked(parent.Time, req.timestamp, len(req.edits) > 0)
	if err != nil {
		return nil, err
	}
	args := &miner.BuildPayloadArgs{
		Parent:     parent.Hash(),
		Timestamp:  ts,
		Random:     crypto.Keccak256Hash(parent.Hash().Bytes()),
		BeaconRoot: &common.Hash{},
	}
	number := parent.Number.Uint64() + 1
	if chain.Config().IsAmsterdam(new(big.Int).SetUint64(number), ts) {
		slot := uint64(0)
		args.SlotNum = &slot
	}
	empty := req.empty || len(req.edits) > 0 || req.impersonated != nil
	block, _, err := s.eth.Miner().BuildTestingPayload(args, nil, empty, nil)
	if err != nil {
		return nil, fmt.Errorf("seal block %d: build: %w", number, err)
	}
	if req.impersonated != nil {
		if block, err = s.withImpersonated(ctx, block, req.impersonated); err != nil {
			return nil, fmt.Errorf("seal block %d: %w", number, err)
		}
	}
	if len(req.edits) > 0 {
		if block, err = s.withEdits(ctx, block, req.edits); err != nil {
			return nil, fmt.Errorf("seal block %d: %w", number, err)
		}
	}
	if _, err := chain.InsertBlockWithoutSetHead(ctx, block, false); err != nil {
		return nil, fmt.Errorf("seal block %d: insert: %w", number, err)
	}
	if _, err := chain.SetCanonical(block); err != nil {
		return nil, fmt.Errorf("seal block %d: set head: %w", number, err)
	}
	// A dev chain has no reorgs to wait for: every block is final at once, so the "safe"
	// and "finalized" tags work (and the blob pool stops asking for a finalized block).
	chain.SetFinalized(block.Header())
	chain.SetSafe(block.Header())
	s.log.Debug("sealed block", "number", number, "txs", len(block.Transactions()), "time", ts)
	return block, nil
}

// withEdits turns an empty block into one whose state carries the edits: the edits are
// registered with the chain's processor under the new block's hash, so the chain replays
// them when it validates the block.
func (s *sealer) withEdits(ctx context.Context, block *types.Block, edits []Edit) (*types.Block, error) {
	chain := s.eth.BlockChain()
	parent := chain.GetHeaderByHash(block.ParentHash())
	if parent == nil {
		return nil, fmt.Errorf("apply state edits: parent %s not found", block.ParentHash().Hex())
	}
	statedb, err := chain.StateAt(parent.Root, parent.Number, parent.Time)
	if err != nil {
		return nil, fmt.Errorf("apply state edits: parent state: %w", err)
	}
	applyEdits(statedb, edits)
	if _, err := s.edits.inner.Process(ctx, block, statedb, nil, nil, vm.Config{}, nil); err != nil {
		return nil, fmt.Errorf("apply state edits: process: %w", err)
	}
	header := types.CopyHeader(block.Header())
	header.Root = statedb.IntermediateRoot(chain.Config().Rules(header.Number, true, header.Time))
	edited := block.WithSeal(header)
	s.edits.register(edited.Hash(), edits)
	return edited, nil
}

// timestampLocked is the next block's timestamp: the requested one (which must be after
// the parent's), else the one set by evm_setNextBlockTimestamp, else the clock's. A block
// carrying state edits leaves a timestamp set by evm_setNextBlockTimestamp to the next
// block of transactions, taking the earliest time it can instead: on other dev chains an
// edit mines no block, and the transaction after it gets the timestamp asked for.
func (s *sealer) timestampLocked(parentTime, requested uint64, edit bool) (uint64, error) {
	if edit && requested == 0 && s.nextTimestamp > parentTime+1 {
		return parentTime + 1, nil
	}
	if requested != 0 {
		if requested <= parentTime {
			return 0, fmt.Errorf("seal block at %d: %w (latest block at %d)", requested, ErrTimestampNotAfter, parentTime)
		}
		s.nextTimestamp = 0
		return requested, nil
	}
	if s.nextTimestamp != 0 {
		ts := s.nextTimestamp
		s.nextTimestamp = 0
		if ts > parentTime {
			return ts, nil
		}
	}
	ts := s.now().Unix() + s.offset
	if ts <= int64(parentTime) {
		return parentTime + 1, nil
	}
	return uint64(ts), nil
}

// ErrTimestampNotAfter is returned for a block timestamp not after the latest block's.
var ErrTimestampNotAfter = errors.New("timestamp must be after the latest block's")

// increaseTime moves the clock forward by seconds and returns the total offset. The next
// block is at least seconds after the latest one, even when bursts of blocks (one second
// apart at least) have run the chain ahead of the wall clock.
func (s *sealer) increaseTime(seconds uint64) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.offset += int64(seconds)
	latest := int64(s.eth.BlockChain().CurrentBlock().Time)
	if floor := latest + int64(seconds) - s.now().Unix(); s.offset < floor {
		s.offset = floor
	}
	return s.offset
}

// setNextTimestamp fixes the next block's timestamp; later blocks follow the clock from
// there (the offset moves so that the clock reads ts now).
func (s *sealer) setNextTimestamp(ts uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	latest := s.eth.BlockChain().CurrentBlock().Time
	if ts <= latest {
		return fmt.Errorf("set next block timestamp %d: %w (latest block at %d)", ts, ErrTimestampNotAfter, latest)
	}
	s.nextTimestamp = ts
	s.offset = int64(ts) - s.now().Unix()
	return nil
}

// mineExecutable seals blocks while the pool holds executable transactions; it stops
// when a block includes none of them (the miner refuses them: underpriced, or too large
// for a block), so it never spins. It returns the blocks sealed.
func (s *sealer) mineExecutable(ctx context.Context) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sealed := 0
	for sealed < 1000 {
		if err := s.eth.TxPool().Sync(); err != nil {
			return sealed, err
		}
		if executable, _ := s.eth.TxPool().Stats(); executable == 0 {
			return sealed, nil
		}
		block, err := s.sealLocked(ctx, sealRequest{})
		if err != nil {
			return sealed, err
		}
		sealed++
		if len(block.Transactions()) == 0 {
			return sealed, nil
		}
	}
	return sealed, nil
}

// revertTo makes block the head again, dropping every pending transaction (the pool
// would otherwise re-inject the abandoned blocks' transactions).
func (s *sealer) revertTo(hash common.Hash, offset int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	chain := s.eth.BlockChain()
	block := chain.GetBlockByHash(hash)
	if block == nil {
		return fmt.Errorf("revert to %s: block not found", hash.Hex())
	}
	if _, err := chain.SetCanonical(block); err != nil {
		return fmt.Errorf("revert to %s: %w", hash.Hex(), err)
	}
	chain.SetFinalized(block.Header())
	chain.SetSafe(block.Header())
	if err := s.eth.TxPool().Sync(); err != nil {
		return fmt.Errorf("revert to %s: sync pool: %w", hash.Hex(), err)
	}
	s.eth.TxPool().Clear()
	s.offset = offset
	s.nextTimestamp = 0
	return nil
}

// mark is the head and the clock offset, read together.
func (s *sealer) mark() (common.Hash, int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.eth.BlockChain().CurrentBlock().Hash(), s.offset
}

func (s *sealer) clock() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.offset
}

// automine seals blocks whenever transactions arrive, until ctx ends. on reports whether
// automine is currently enabled. The pool announces new transactions from its own
// goroutine, which mining waits for (TxPool.Sync), so the announcements are only
// coalesced into a signal here and the mining runs on another goroutine.
func (s *sealer) automine(ctx context.Context, on func() bool) {
	kick := make(chan struct{}, 1)
	done := make(chan struct{})
	// Deferred in this order, the subscription ends before the wait for the miner: a seal
	// in progress waits for the pool, whose announcement must not block on us meanwhile.
	defer func() { <-done }()
	newTxs := make(chan core.NewTxsEvent)
	sub := s.eth.TxPool().SubscribeTransactions(newTxs, true)
	defer sub.Unsubscribe()
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case <-kick:
				if !on() {
					continue
				}
				if _, err := s.mineExecutable(ctx); err != nil && ctx.Err() == nil {
					s.log.Error("automine", "err", err)
				}
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case <-sub.Err():
			return
		case <-newTxs:
			select {
			case kick <- struct{}{}:
			default:
			}
		}
	}
}

// interval seals a block every d until ctx ends.
func (s *sealer) interval(ctx context.Context, d time.Duration) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := s.seal(ctx, sealRequest{}); err != nil && ctx.Err() == nil {
				s.log.Error("interval mining", "err", err)
			}
		}
	}
}
