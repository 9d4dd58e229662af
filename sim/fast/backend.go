package fast

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// backend is the Engine seen as go-ethereum's bind.ContractBackend and bind.DeployBackend.
// Transactions execute when sent (into the open block), so "latest" and "pending" state
// are the same here; receipts appear once the block is sealed (Mine, MineOK, WarpTo).
type backend Engine

// ErrPastState is returned for reads at a block before the latest: the fast engine keeps
// only the latest state.
var ErrPastState = errors.New("fast engine keeps only the latest state")

// atLatest checks that a read names the latest (or pending) block.
func (b *backend) atLatest(number *big.Int) error {
	if number == nil || number.Sign() < 0 { // nil is latest; negative numbers are tags (pending, ...)
		return nil
	}
	head := len(b.blocks) - 1
	if number.Cmp(big.NewInt(int64(head))) >= 0 {
		return nil
	}
	return fmt.Errorf("state at block %v (head %d): %w", number, head, ErrPastState)
}

func (b *backend) CodeAt(_ context.Context, addr common.Address, number *big.Int) ([]byte, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.atLatest(number); err != nil {
		return nil, err
	}
	return common.CopyBytes(b.state.GetCode(addr)), nil
}

func (b *backend) PendingCodeAt(ctx context.Context, addr common.Address) ([]byte, error) {
	return b.CodeAt(ctx, addr, nil)
}

func (b *backend) BalanceAt(_ context.Context, addr common.Address, number *big.Int) (*big.Int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.atLatest(number); err != nil {
		return nil, err
	}
	return b.state.GetBalance(addr).ToBig(), nil
}

func (b *backend) StorageAt(_ context.Context, addr common.Address, key common.Hash, number *big.Int) ([]byte, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.atLatest(number); err != nil {
		return nil, err
	}
	v := b.state.GetState(addr, key)
	return v.Bytes(), nil
}

func (b *backend) NonceAt(_ context.Context, addr common.Address, number *big.Int) (uint64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.atLatest(number); err != nil {
		return 0, err
	}
	return b.state.GetNonce(addr), nil
}

func (b *backend) PendingNonceAt(ctx context.Context, addr common.Address) (uint64, error) {
	return b.NonceAt(ctx, addr, nil)
}

func (b *backend) ChainID(context.Context) (*big.Int, error) {
	return new(big.Int).Set(b.config.ChainID), nil
}

func (b *backend) BlockNumber(context.Context) (uint64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return uint64(len(b.blocks) - 1), nil
}

func (b *backend) HeaderByNumber(_ context.Context, number *big.Int) (*types.Header, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if number == nil || number.Sign() < 0 {
		return types.CopyHeader(b.blocks[len(b.blocks)-1].header), nil
	}
	if !number.IsUint64() || number.Uint64() >= uint64(len(b.blocks)) {
		return nil, ethereum.NotFound
	}
	return types.CopyHeader(b.blocks[number.Uint64()].header), nil
}

func (b *backend) SuggestGasPrice(context.Context) (*big.Int, error) {
	return new(big.Int).SetUint64(b.opts.baseFee + 1), nil
}

// SuggestGasTipCap is one wei: blocks here have no competition for space.
func (b *backend) SuggestGasTipCap(context.Context) (*big.Int, error) { return big.NewInt(1), nil }

// callMessage turns an eth_call request into a message, as go-ethereum's RPC does: no nonce
// or EOA checks, a gas price of zero unless given, the per-transaction cap by default.
func (b *backend) callMessage(call ethereum.CallMsg) *core.Message {
	gas := call.Gas
	if gas == 0 {
		gas = DefaultGas
	}
	zero := new(uint256.Int)
	msg := &core.Message{From: call.From, To: call.To, Value: u256(call.Value), GasLimit: gas,
		GasPrice: zero, GasFeeCap: zero, GasTipCap: zero, Data: call.Data, AccessList: call.AccessList}
	if call.GasPrice != nil {
		msg.GasPrice, msg.GasFeeCap, msg.GasTipCap = u256(call.GasPrice), u256(call.GasPrice), u256(call.GasPrice)
	}
	if call.GasFeeCap != nil {
		msg.GasFeeCap, msg.GasPrice = u256(call.GasFeeCap), u256(call.GasFeeCap)
	}
	if call.GasTipCap != nil {
		msg.GasTipCap = u256(call.GasTipCap)
	}
	msg.Nonce = b.state.GetNonce(call.From)
	return msg.SkipNonceCheck().SkipEOACheck()
}

func (b *backend) CallContract(_ context.Context, call ethereum.CallMsg, number *big.Int) ([]byte, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.atLatest(number); err != nil {
		return nil, err
	}
	res, err := (*Engine)(b).call(b.callMessage(call))
	if err != nil {
		return nil, err
	}
	if errors.Is(res.Err, vm.ErrExecutionReverted) {
		return nil, &RevertError{Data: res.Revert()}
	}
	if res.Err != nil {
		return nil, res.Err
	}
	return res.ReturnData, nil
}

func (b *backend) PendingCallContract(ctx context.Context, call ethereum.CallMsg) ([]byte, error) {
	return b.CallContract(ctx, call, nil)
}

// estimateErrorRatio is how far above the least gas limit EstimateGas may answer.
const estimateErrorRatio = 0.015

// EstimateGas finds the least gas limit under which the call succeeds, by binary search
// from an optimistic first guess, as go-ethereum's estimator does.
func (b *backend) EstimateGas(_ context.Context, call ethereum.CallMsg) (uint64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	e := (*Engine)(b)
	msg := b.callMessage(call)
	hi := msg.GasLimit
	if call.Gas == 0 {
		hi = min(DefaultGas, b.open.header.GasLimit)
	}
	run := func(gas uint64) (*core.ExecutionResult, error) {
		m := *msg
		m.GasLimit = gas
		return e.call(&m)
	}
	res, err := run(hi)
	if err != nil {
		return 0, err
	}
	if res.Failed() {
		if errors.Is(res.Err, vm.ErrExecutionReverted) {
			return 0, &RevertError{Data: res.Revert()}
		}
		return 0, fmt.Errorf("gas required exceeds allowance (%d): %w", hi, res.Err)
	}
	lo := res.UsedGas - 1
	// Most calls succeed with what they used plus the refund, and 64/63 of it for the
	// gas every call frame must leave behind.
	if guess := (res.MaxUsedGas + params.CallStipend) * 64 / 63; guess < hi {
		if r, err := run(guess); err == nil && !r.Failed() {
			hi = guess
		} else {
			lo = guess
		}
	}
	// Stop within 1.5% of the least gas, as go-ethereum's estimator does: the last steps of
	// the search would cost more runs than the gas they save.
	for lo+1 < hi && float64(hi-lo)/float64(hi) > estimateErrorRatio {
		mid := lo + (hi-lo)/2
		r, err := run(mid)
		if err == nil && !r.Failed() {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, nil
}

func (b *backend) SendTransaction(_ context.Context, tx *types.Transaction) error {
	e := (*Engine)(b)
	if tx.ChainId().Sign() != 0 && tx.ChainId().Cmp(b.config.ChainID) != 0 {
		return fmt.Errorf("transaction for chain %v sent to chain %v", tx.ChainId(), b.config.ChainID)
	}
	from, err := e.sender(tx)
	if err != nil {
		return fmt.Errorf("transaction %s: sender: %w", tx.Hash().Hex(), err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, dup := b.receipts[tx.Hash()]; dup {
		return fmt.Errorf("transaction %s: already known", tx.Hash().Hex())
	}
	baseFee := b.open.header.BaseFee
	msg := &core.Message{From: from, To: tx.To(), Nonce: tx.Nonce(), Value: uint256.MustFromBig(tx.Value()),
		GasLimit: tx.Gas(), GasFeeCap: uint256.MustFromBig(tx.GasFeeCap()), GasTipCap: uint256.MustFromBig(tx.GasTipCap()),
		Data: tx.Data(), AccessList: tx.AccessList(), SetCodeAuthorizations: tx.SetCodeAuthorizations()}
	price := new(big.Int).Add(tx.GasTipCap(), baseFee)
	if price.Cmp(tx.GasFeeCap()) > 0 {
		price = tx.GasFeeCap()
	}
	msg.GasPrice = uint256.MustFromBig(price)
	_, err = e.apply(msg, tx.Hash(), tx)
	return err
}

func (b *backend) TransactionReceipt(_ context.Context, hash common.Hash) (*types.Receipt, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if r, ok := b.receipts[hash]; ok {
		return r, nil
	}
	return nil, ethereum.NotFound
}

// FilterLogs returns the logs of sealed, kept blocks that match q.
func (b *backend) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	head := uint64(len(b.blocks) - 1)
	from, to := uint64(0), head
	if q.BlockHash != nil {
		found := false
		for i, blk := range b.blocks {
			if blk.hash == *q.BlockHash {
				from, to, found = uint64(i), uint64(i), true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("block %s: %w", q.BlockHash.Hex(), ethereum.NotFound)
		}
	} else {
		if q.FromBlock != nil && q.FromBlock.Sign() >= 0 {
			from = q.FromBlock.Uint64()
		}
		if q.ToBlock != nil && q.ToBlock.Sign() >= 0 && q.ToBlock.Uint64() < to {
			to = q.ToBlock.Uint64()
		}
	}
	var out []types.Log
	for n := from; n <= to && n <= head; n++ {
		blk := b.blocks[n]
		if blk.receipts == nil && blk.header.GasUsed > 0 {
			return nil, fmt.Errorf("logs of block %d: dropped (the engine keeps the last %d blocks)", n, b.opts.keepBlocks)
		}
		for _, r := range blk.receipts {
			for _, l := range r.Logs {
				if matches(l, q) {
					out = append(out, *l)
				}
			}
		}
	}
	return out, nil
}

func matches(l *types.Log, q ethereum.FilterQuery) bool {
	if len(q.Addresses) > 0 {
		ok := false
		for _, a := range q.Addresses {
			if a == l.Address {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if len(q.Topics) > len(l.Topics) {
		return false
	}
	for i, alternatives := range q.Topics {
		if len(alternatives) == 0 {
			continue
		}
		ok := false
		for _, t := range alternatives {
			if t == l.Topics[i] {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// ErrNoSubscriptions is returned by SubscribeFilterLogs: the fast engine has no event
// loop; read past events with FilterLogs after sealing.
var ErrNoSubscriptions = errors.New("fast engine: log subscriptions are not supported (use FilterLogs)")

func (b *backend) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, ErrNoSubscriptions
}

// TransactionByHash finds a sent transaction in the open block (pending) or a kept block.
// Direct Exec calls have no transaction.
func (b *backend) TransactionByHash(_ context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for i, r := range b.open.receipts {
		if r.TxHash == hash && b.open.txs[i] != nil {
			return b.open.txs[i], true, nil
		}
	}
	if r, ok := b.receipts[hash]; ok {
		blk := b.blocks[r.BlockNumber.Uint64()]
		if int(r.TransactionIndex) < len(blk.txs) && blk.txs[r.TransactionIndex] != nil {
			return blk.txs[r.TransactionIndex], false, nil
		}
	}
	return nil, false, ethereum.NotFound
}
