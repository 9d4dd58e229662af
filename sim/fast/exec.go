package fast

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// RevertError is a call or transaction that reverted; it carries the revert data the way
// go-ethereum's RPC errors do (ErrorData gives it as 0x-hex), so the same decoders work.
type RevertError struct {
	Data []byte
}

func (e *RevertError) Error() string {
	if reason, err := abi.UnpackRevert(e.Data); err == nil {
		return "execution reverted: " + reason
	}
	return "execution reverted"
}

// ErrorData is the revert data as 0x-hex, as in a JSON-RPC error.
func (e *RevertError) ErrorData() interface{} { return hexutil.Encode(e.Data) }

// Call is a transaction for Exec: from an impersonated sender, with no signature.
type Call struct {
	From  common.Address
	To    *common.Address // nil creates a contract
	Data  []byte
	Value *big.Int // nil is zero
	Gas   uint64   // 0 is the per-transaction cap (EIP-7825's 2^24 from Osaka on)
}

// Result is what Exec reports of one transaction.
type Result struct {
	TxHash          common.Hash
	GasUsed         uint64
	Failed          bool
	ReturnData      []byte // the return value, or the revert data when Failed
	Err             error  // the EVM's error when Failed (*RevertError for a revert)
	Logs            []*types.Log
	ContractAddress common.Address // for creations
}

// DefaultGas is the gas limit of a Call with none: the per-transaction cap of EIP-7825.
const DefaultGas = params.MaxTxGas

// Exec runs c as a transaction in the open block, as go-ethereum would include it, and
// returns its outcome. Its hash identifies it as (sender, nonce); it pays the base fee and
// no tip. A transaction that cannot be included (a nonce or balance problem, a full block
// even after sealing) is an error; a revert is a Result with Failed set.
func (e *Engine) Exec(c Call) (Result, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	nonce := e.state.GetNonce(c.From)
	gas := c.Gas
	if gas == 0 {
		gas = DefaultGas
	}
	msg := &core.Message{From: c.From, To: c.To, Nonce: nonce, Value: u256(c.Value), GasLimit: gas,
		GasPrice: uint256.MustFromBig(e.open.header.BaseFee), GasFeeCap: uint256.MustFromBig(e.open.header.BaseFee),
		GasTipCap: new(uint256.Int), Data: c.Data}
	r, err := e.apply(msg, execHash(c.From, nonce), nil)
	if err != nil {
		return Result{}, err
	}
	res := Result{TxHash: r.receipt.TxHash, GasUsed: r.receipt.GasUsed, Failed: r.receipt.Status != types.ReceiptStatusSuccessful,
		ReturnData: r.result.ReturnData, Err: r.result.Err, Logs: r.receipt.Logs, ContractAddress: r.receipt.ContractAddress}
	if res.Failed && errors.Is(res.Err, vm.ErrExecutionReverted) {
		res.Err = &RevertError{Data: r.result.Revert()}
	}
	return res, nil
}

// execHash identifies a direct call by its sender and nonce, used once each, so it is unique
// on this chain: "exec" ‖ sender ‖ nonce, no hashing needed. A signed transaction's hash
// cannot take this form except with negligible probability.
func execHash(from common.Address, nonce uint64) common.Hash {
	var h common.Hash
	copy(h[:4], "exec")
	copy(h[4:24], from.Bytes())
	binary.BigEndian.PutUint64(h[24:], nonce)
	return h
}

func u256(v *big.Int) *uint256.Int {
	if v == nil {
		return new(uint256.Int)
	}
	return uint256.MustFromBig(v)
}

type applied struct {
	receipt *types.Receipt
	result  *core.ExecutionResult
}

// apply executes msg in the open block (sealing it first when its gas is short) and records
// the receipt. tx is the signed transaction, or nil for a direct call.
func (e *Engine) apply(msg *core.Message, hash common.Hash, tx *types.Transaction) (applied, error) {
	if e.gasPool.Available(false) < msg.GasLimit && len(e.open.receipts) > 0 {
		if err := e.seal(); err != nil {
			return applied{}, err
		}
	}
	index := len(e.open.receipts)
	e.state.SetTxContext(hash, index, 0)
	e.evm.SetTxContext(core.NewEVMTxContext(msg))
	result, err := core.ApplyMessage(e.evm, msg, e.gasPool)
	if err != nil {
		return applied{}, fmt.Errorf("transaction from %s (nonce %d): %w", msg.From.Hex(), msg.Nonce, err)
	}
	e.state.Finalise(e.rules)
	h := e.open.header
	txType := uint8(types.DynamicFeeTxType)
	if tx != nil {
		txType = tx.Type()
	}
	receipt := &types.Receipt{Type: txType, CumulativeGasUsed: e.gasPool.CumulativeUsed(), TxHash: hash,
		GasUsed: result.UsedGas, EffectiveGasPrice: msg.GasPrice.ToBig(), BlockNumber: h.Number, TransactionIndex: uint(index)}
	receipt.Status = types.ReceiptStatusSuccessful
	if result.Failed() {
		receipt.Status = types.ReceiptStatusFailed
		if errors.Is(result.Err, vm.ErrExecutionReverted) {
			e.reverts[hash] = &RevertError{Data: result.Revert()}
		} else {
			e.reverts[hash] = result.Err
		}
	}
	if msg.To == nil {
		receipt.ContractAddress = crypto.CreateAddress(msg.From, msg.Nonce)
	}
	receipt.Logs = e.state.GetLogs(hash, h.Number.Uint64(), common.Hash{}, h.Time)
	e.open.receipts = append(e.open.receipts, receipt)
	e.open.txs = append(e.open.txs, tx)
	return applied{receipt: receipt, result: result}, nil
}

// call runs msg against the open block's state without keeping any effect.
func (e *Engine) call(msg *core.Message) (*core.ExecutionResult, error) {
	snap := e.state.Snapshot()
	defer e.state.RevertToSnapshot(snap)
	e.state.SetTxContext(common.Hash{}, len(e.open.receipts), 0)
	e.callEVM.SetTxContext(core.NewEVMTxContext(msg))
	gp := core.NewGasPool(msg.GasLimit)
	return core.ApplyMessage(e.callEVM, msg, gp)
}
