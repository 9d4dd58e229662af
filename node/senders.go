package node

import (
	"context"
	"encoding/json"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// senderAPI serves the eth_ methods that name a transaction's sender ("from") by asking
// geth's own implementation and replacing the proxy address of an impersonated transaction
// with the impersonated account, so clients see who sent it. Answers without such a
// transaction pass through unchanged, byte for byte.
type senderAPI struct {
	geth *rpc.Client // geth's eth_ API alone, without the node's overrides
	n    *Node
}

// GetTransactionByHash is eth_getTransactionByHash.
func (a *senderAPI) GetTransactionByHash(ctx context.Context, hash json.RawMessage) (json.RawMessage, error) {
	raw, err := a.object(ctx, "eth_getTransactionByHash", hash)
	if err == nil {
		a.awaitHead(ctx, raw)
	}
	return raw, err
}

// GetTransactionByBlockHashAndIndex is eth_getTransactionByBlockHashAndIndex.
func (a *senderAPI) GetTransactionByBlockHashAndIndex(ctx context.Context, block, index json.RawMessage) (json.RawMessage, error) {
	return a.object(ctx, "eth_getTransactionByBlockHashAndIndex", block, index)
}

// GetTransactionByBlockNumberAndIndex is eth_getTransactionByBlockNumberAndIndex.
func (a *senderAPI) GetTransactionByBlockNumberAndIndex(ctx context.Context, block, index json.RawMessage) (json.RawMessage, error) {
	return a.object(ctx, "eth_getTransactionByBlockNumberAndIndex", block, index)
}

// GetTransactionReceipt is eth_getTransactionReceipt.
func (a *senderAPI) GetTransactionReceipt(ctx context.Context, hash json.RawMessage) (json.RawMessage, error) {
	raw, err := a.object(ctx, "eth_getTransactionReceipt", hash)
	if err == nil {
		a.awaitHead(ctx, raw)
	}
	return raw, err
}

// awaitHead holds an answer naming a block until that block is the chain's head or below.
// geth indexes a new block's transactions a moment before it moves the head, so without
// the wait a client could hold a receipt and still read the previous state at "latest".
// The head catches up within microseconds; after a second (the block was reverted in
// between) the answer goes out as it is.
func (a *senderAPI) awaitHead(ctx context.Context, raw json.RawMessage) {
	var obj struct {
		BlockNumber *hexutil.Uint64 `json:"blockNumber"`
	}
	if json.Unmarshal(raw, &obj) != nil || obj.BlockNumber == nil {
		return
	}
	chain := a.n.eth.BlockChain()
	deadline := time.Now().Add(time.Second)
	for chain.CurrentBlock().Number.Uint64() < uint64(*obj.BlockNumber) && time.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			return
		case <-time.After(100 * time.Microsecond):
		}
	}
}

// GetBlockReceipts is eth_getBlockReceipts.
func (a *senderAPI) GetBlockReceipts(ctx context.Context, block json.RawMessage) (json.RawMessage, error) {
	raw, err := a.call(ctx, "eth_getBlockReceipts", block)
	if err != nil || !a.n.anyImpersonatedTx() {
		return raw, err
	}
	return patchList(raw, a.n.impersonatedBy), nil
}

// GetBlockByNumber is eth_getBlockByNumber.
func (a *senderAPI) GetBlockByNumber(ctx context.Context, number, fullTx json.RawMessage) (json.RawMessage, error) {
	return a.block(ctx, "eth_getBlockByNumber", number, fullTx)
}

// GetBlockByHash is eth_getBlockByHash.
func (a *senderAPI) GetBlockByHash(ctx context.Context, hash, fullTx json.RawMessage) (json.RawMessage, error) {
	return a.block(ctx, "eth_getBlockByHash", hash, fullTx)
}

func (a *senderAPI) call(ctx context.Context, method string, args ...any) (json.RawMessage, error) {
	var raw json.RawMessage
	if err := a.geth.CallContext(ctx, &raw, method, args...); err != nil {
		return nil, err
	}
	return raw, nil
}

func (a *senderAPI) object(ctx context.Context, method string, args ...any) (json.RawMessage, error) {
	raw, err := a.call(ctx, method, args...)
	if err != nil || !a.n.anyImpersonatedTx() {
		return raw, err
	}
	return patchFrom(raw, a.n.impersonatedBy), nil
}

func (a *senderAPI) block(ctx context.Context, method string, args ...any) (json.RawMessage, error) {
	raw, err := a.call(ctx, method, args...)
	if err != nil || !a.n.anyImpersonatedTx() {
		return raw, err
	}
	var block map[string]json.RawMessage
	if json.Unmarshal(raw, &block) != nil || block == nil {
		return raw, nil
	}
	txs, ok := block["transactions"]
	if !ok {
		return raw, nil
	}
	patched := patchList(txs, a.n.impersonatedBy)
	if string(patched) == string(txs) {
		return raw, nil
	}
	block["transactions"] = patched
	out, err := json.Marshal(block)
	if err != nil {
		return raw, nil
	}
	return out, nil
}

// patchFrom replaces an object's "from" when real says it stands for another account.
func patchFrom(raw json.RawMessage, real func(common.Address) (common.Address, bool)) json.RawMessage {
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) != nil || obj == nil {
		return raw // null, or a transaction hash in a block's list
	}
	var from common.Address
	if json.Unmarshal(obj["from"], &from) != nil {
		return raw
	}
	sender, ok := real(from)
	if !ok {
		return raw
	}
	obj["from"], _ = json.Marshal(sender)
	out, err := json.Marshal(obj)
	if err != nil {
		return raw
	}
	return out
}

// patchList applies patchFrom to every element of a JSON array.
func patchList(raw json.RawMessage, real func(common.Address) (common.Address, bool)) json.RawMessage {
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		return raw
	}
	changed := false
	for i, el := range list {
		if p := patchFrom(el, real); string(p) != string(el) {
			list[i], changed = p, true
		}
	}
	if !changed {
		return raw
	}
	out, err := json.Marshal(list)
	if err != nil {
		return raw
	}
	return out
}
