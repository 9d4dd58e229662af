package node

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// rawSendAPI serves eth_sendRawTransaction as anvil does: when the call returns, the
// transaction is in the pool's pending set (or its queue, after a nonce gap), so
// txpool_status, the "pending" nonce and evm_mine see it at once. geth's own method hands
// the transaction to the pool's background loop and returns before it is promoted, so a
// client sending two transactions in a row with automine off could be told the same
// pending nonce twice.
type rawSendAPI struct {
	geth *rpc.Client // geth's eth_ API alone, without the node's overrides
	n    *Node
}

// SendRawTransaction is eth_sendRawTransaction. It makes geth's RPC checks (the node sets
// no fee cap and keeps no local-transaction journal) and adds the transaction to the pool
// synchronously. Blob transactions, whose sidecars geth converts, go through geth's
// method and then wait for the pool to settle.
func (a *rawSendAPI) SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(input); err != nil {
		return common.Hash{}, err
	}
	if tx.Type() == types.BlobTxType {
		var hash common.Hash
		if err := a.geth.CallContext(ctx, &hash, "eth_sendRawTransaction", input); err != nil {
			return common.Hash{}, err
		}
		if err := a.n.sealer.settle(); err != nil {
			return common.Hash{}, fmt.Errorf("send raw transaction %s: settle the pool: %w", hash.Hex(), err)
		}
		return hash, nil
	}
	if !tx.Protected() && !a.n.eth.APIBackend.UnprotectedAllowed() {
		return common.Hash{}, errors.New("only replay-protected (EIP-155) transactions allowed over RPC")
	}
	if err := a.n.eth.TxPool().Add([]*types.Transaction{tx}, true)[0]; err != nil {
		return common.Hash{}, err
	}
	return tx.Hash(), nil
}
