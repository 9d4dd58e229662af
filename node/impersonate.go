package node

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/trie"
)

// An impersonated transaction cannot carry its sender's signature. The node signs it
// with a proxy key derived from the sender (so its hash is unique per sender and nonce),
// seals it alone in a block at once, and executes it as sent by the impersonated account:
// that account's nonce, balance and msg.sender are the ones used, the receipt and logs are
// real and indexed. The methods that name a sender show the impersonated account
// (senders.go); what still differs from a signed transaction: the raw transaction's
// signature recovers the proxy, and debug_trace* replays it as the proxy.

// ProxyKey is the key that signs the impersonated transactions of addr.
func ProxyKey(addr common.Address) *ecdsa.PrivateKey {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("apiary impersonation"), addr.Bytes()))
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability
	}
	return key
}

// sendImpersonated seals inner, sent by from, into a block of its own.
func (n *Node) sendImpersonated(ctx context.Context, from common.Address, inner types.TxData) (common.Hash, error) {
	s := n.sealer
	s.mu.Lock()
	defer s.mu.Unlock()
	chain := s.eth.BlockChain()
	statedb, err := chain.State()
	if err != nil {
		return common.Hash{}, fmt.Errorf("impersonated send from %s: state: %w", from.Hex(), err)
	}
	switch tx := inner.(type) {
	case *types.LegacyTx:
		tx.Nonce = statedb.GetNonce(from)
	case *types.DynamicFeeTx:
		tx.Nonce = statedb.GetNonce(from)
	}
	proxy := ProxyKey(from)
	tx, err := types.SignNewTx(proxy, types.LatestSignerForChainID(n.chainCfg.ChainID), inner)
	if err != nil {
		return common.Hash{}, fmt.Errorf("impersonated send from %s: sign: %w", from.Hex(), err)
	}
	n.addProxy(crypto.PubkeyToAddress(proxy.PublicKey), from)
	if _, err := s.sealLocked(ctx, sealRequest{impersonated: &impersonatedTx{tx: tx, from: from}}); err != nil {
		return common.Hash{}, fmt.Errorf("impersonated send from %s: %w", from.Hex(), err)
	}
	return tx.Hash(), nil
}

type impersonatedTx struct {
	tx   *types.Transaction
	from common.Address
}

// withImpersonated turns an empty block into one holding the impersonated transaction.
func (s *sealer) withImpersonated(ctx context.Context, template *types.Block, imp *impersonatedTx) (*types.Block, error) {
	chain := s.eth.BlockChain()
	parent := chain.GetHeaderByHash(template.ParentHash())
	if parent == nil {
		return nil, fmt.Errorf("parent %s not found", template.ParentHash().Hex())
	}
	statedb, err := chain.StateAt(parent.Root, parent.Number, parent.Time)
	if err != nil {
		return nil, fmt.Errorf("parent state: %w", err)
	}
	body := &types.Body{Transactions: []*types.Transaction{imp.tx}, Withdrawals: template.Withdrawals()}
	draft := types.NewBlockWithHeader(template.Header()).WithBody(*body)
	res, err := processImpersonated(ctx, chain, draft, statedb, imp.from, vm.Config{})
	if err != nil {
		return nil, err
	}
	header := types.CopyHeader(template.Header())
	header.GasUsed = res.GasUsed
	if header.RequestsHash != nil {
		h := types.CalcRequestsHash(res.Requests)
		header.RequestsHash = &h
	}
	header.Root = statedb.IntermediateRoot(chain.Config().Rules(header.Number, true, header.Time))
	block := types.NewBlock(header, body, res.Receipts, trie.NewStackTrie(nil))
	s.edits.registerSender(block.Hash(), imp.from)
	return block, nil
}

// processImpersonated processes a one-transaction block as the chain's processor does,
// with the transaction's sender replaced.
func processImpersonated(ctx context.Context, chain *core.BlockChain, block *types.Block, statedb *state.StateDB, from common.Address, cfg vm.Config) (*core.ProcessResult, error) {
	config := chain.Config()
	header := block.Header()
	parent := chain.GetHeader(block.ParentHash(), block.NumberU64()-1)
	if parent == nil {
		return nil, fmt.Errorf("parent %s not found", block.ParentHash().Hex())
	}
	evm := vm.NewEVM(core.NewEVMBlockContext(header, chain, nil), statedb, config, cfg)
	defer evm.Release()
	core.PreExecution(ctx, block.BeaconRoot(), parent, config, evm, block.Number(), block.Time())
	tx := block.Transactions()[0]
	msg, err := core.TransactionToMessage(tx, types.MakeSigner(config, header.Number, header.Time), header.BaseFee)
	if err != nil {
		return nil, fmt.Errorf("impersonated tx %s: %w", tx.Hash().Hex(), err)
	}
	msg.From = from
	msg.SkipEOACheck() // contracts (the treasury) are impersonated too
	statedb.SetTxContext(tx.Hash(), 0, 1)
	gp := core.NewGasPool(block.GasLimit())
	receipt, _, err := core.ApplyTransactionWithEVM(ctx, msg, gp, statedb, block.Number(), block.Hash(), block.Time(), tx, evm)
	if err != nil {
		return nil, fmt.Errorf("impersonated tx %s: %w", tx.Hash().Hex(), err)
	}
	requests, _, err := core.PostExecution(ctx, config, block.Number(), block.Time(), receipt.Logs, block.Withdrawals(), evm, 2)
	if err != nil {
		return nil, err
	}
	chain.Engine().Finalize(chain, header, statedb, block.Body())
	return &core.ProcessResult{Receipts: types.Receipts{receipt}, Requests: requests, Logs: receipt.Logs, GasUsed: gp.Used()}, nil
}
