package node

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"
)

// Edit is a direct change to an account's state (anvil_setBalance, anvil_setCode,
// anvil_setNonce, anvil_setStorageAt). The node seals it into a block of its own, so that
// "latest" shows it at once.
type Edit struct {
	Address common.Address
	Balance *uint256.Int // nil: unchanged
	Code    []byte       // nil: unchanged
	Nonce   *uint64      // nil: unchanged
	Storage map[common.Hash]common.Hash
}

func applyEdits(statedb *state.StateDB, edits []Edit) {
	for _, e := range edits {
		if e.Balance != nil {
			statedb.SetBalance(e.Address, e.Balance, tracing.BalanceChangeUnspecified)
		}
		if e.Code != nil {
			statedb.SetCode(e.Address, e.Code, tracing.CodeChangeUnspecified)
		}
		if e.Nonce != nil {
			statedb.SetNonce(e.Address, *e.Nonce, tracing.NonceChangeUnspecified)
		}
		for k, v := range e.Storage {
			statedb.SetState(e.Address, k, v)
		}
	}
}

// editProcessor is the chain's block processor plus the state edits of the blocks that
// carry some. The chain validates every block it inserts by re-executing it from its
// parent's state; a block carrying edits is valid only if the edits are replayed first.
// A block holding an impersonated transaction is processed with that transaction's
// sender replaced.
type editProcessor struct {
	inner   core.Processor
	chain   *core.BlockChain
	mu      sync.Mutex
	edits   map[common.Hash][]Edit
	senders map[common.Hash]common.Address
}

func newEditProcessor(chain *core.BlockChain) *editProcessor {
	return &editProcessor{inner: chain.Processor(), chain: chain,
		edits: map[common.Hash][]Edit{}, senders: map[common.Hash]common.Address{}}
}

func (p *editProcessor) registerSender(block common.Hash, from common.Address) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.senders[block] = from
}

func (p *editProcessor) register(block common.Hash, edits []Edit) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.edits[block] = edits
}

// Process replays the block's edits, if any, then processes it as the chain would.
func (p *editProcessor) Process(ctx context.Context, block *types.Block, statedb *state.StateDB, jumpDests vm.JumpDestCache, precompiles *vm.PrecompileCache, cfg vm.Config, execIndex *atomic.Int64) (*core.ProcessResult, error) {
	p.mu.Lock()
	edits := p.edits[block.Hash()]
	from, impersonated := p.senders[block.Hash()]
	p.mu.Unlock()
	if impersonated {
		return processImpersonated(ctx, p.chain, block, statedb, from, cfg)
	}
	applyEdits(statedb, edits)
	return p.inner.Process(ctx, block, statedb, jumpDests, precompiles, cfg, execIndex)
}
