package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// TransactionArgs are eth_sendTransaction's arguments, as geth and the tools send them.
type TransactionArgs struct {
	From                 *common.Address   `json:"from"`
	To                   *common.Address   `json:"to"`
	Gas                  *hexutil.Uint64   `json:"gas"`
	GasPrice             *hexutil.Big      `json:"gasPrice"`
	MaxFeePerGas         *hexutil.Big      `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *hexutil.Big      `json:"maxPriorityFeePerGas"`
	Value                *hexutil.Big      `json:"value"`
	Nonce                *hexutil.Uint64   `json:"nonce"`
	Data                 *hexutil.Bytes    `json:"data"`
	Input                *hexutil.Bytes    `json:"input"`
	AccessList           *types.AccessList `json:"accessList"`
	ChainID              *hexutil.Big      `json:"chainId"`
}

// ErrUnknownSender is returned by eth_sendTransaction for a sender that is neither a dev
// account nor impersonated.
var ErrUnknownSender = errors.New("unknown account: neither a dev account nor impersonated (anvil_impersonateAccount)")

// accountsAPI serves eth_accounts and eth_sendTransaction in place of geth's, which need
// a keystore: the dev keys are held in memory.
type accountsAPI struct{ n *Node }

// Accounts lists the dev accounts.
func (a *accountsAPI) Accounts() []common.Address {
	out := make([]common.Address, len(a.n.accounts))
	for i, acc := range a.n.accounts {
		out[i] = acc.Address
	}
	return out
}

// SendTransaction fills in what is missing (nonce, gas, fees), signs with the sender's
// dev key and submits to the pool; from an impersonated account it seals the transaction
// into a block at once (see Node.sendImpersonated).
func (a *accountsAPI) SendTransaction(ctx context.Context, args TransactionArgs) (common.Hash, error) {
	if args.From == nil {
		return common.Hash{}, errors.New("send transaction: missing from")
	}
	from := *args.From
	if args.ChainID != nil && args.ChainID.ToInt().Cmp(a.n.chainCfg.ChainID) != 0 {
		return common.Hash{}, fmt.Errorf("send transaction: chain ID %v, but this chain is %v", args.ChainID.ToInt(), a.n.chainCfg.ChainID)
	}
	key, dev := a.n.keys[from]
	if !dev && !a.n.isImpersonated(from) {
		return common.Hash{}, fmt.Errorf("send transaction from %s: %w", from.Hex(), ErrUnknownSender)
	}
	lock := a.n.sendLock(from)
	lock.Lock()
	defer lock.Unlock()
	if !dev {
		inner, err := a.n.fillTx(ctx, args, 0)
		if err != nil {
			return common.Hash{}, fmt.Errorf("send transaction from %s: %w", from.Hex(), err)
		}
		return a.n.sendImpersonated(ctx, from, inner)
	}
	nonce := uint64(0)
	if args.Nonce != nil {
		nonce = uint64(*args.Nonce)
	} else {
		var err error
		if nonce, err = a.n.client.PendingNonceAt(ctx, from); err != nil {
			return common.Hash{}, fmt.Errorf("send transaction from %s: nonce: %w", from.Hex(), err)
		}
	}
	inner, err := a.n.fillTx(ctx, args, nonce)
	if err != nil {
		return common.Hash{}, fmt.Errorf("send transaction from %s: %w", from.Hex(), err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(a.n.chainCfg.ChainID), inner)
	if err != nil {
		return common.Hash{}, fmt.Errorf("send transaction from %s: sign: %w", from.Hex(), err)
	}
	if err := a.n.client.SendTransaction(ctx, tx); err != nil {
		return common.Hash{}, err
	}
	return tx.Hash(), nil
}

// fillTx turns args into an unsigned transaction: legacy when gasPrice is given,
// EIP-1559 otherwise, with gas estimated and fees suggested where missing.
func (n *Node) fillTx(ctx context.Context, args TransactionArgs, nonce uint64) (types.TxData, error) {
	var data []byte
	switch {
	case args.Input != nil:
		data = *args.Input
	case args.Data != nil:
		data = *args.Data
	}
	value := new(big.Int)
	if args.Value != nil {
		value = args.Value.ToInt()
	}
	var gas uint64
	if args.Gas != nil {
		gas = uint64(*args.Gas)
	} else {
		msg := ethereum.CallMsg{From: *args.From, To: args.To, Value: value, Data: data}
		if args.AccessList != nil {
			msg.AccessList = *args.AccessList
		}
		est, err := n.client.EstimateGas(ctx, msg)
		if err != nil {
			return nil, fmt.Errorf("estimate gas: %w", err)
		}
		gas = est
	}
	if args.GasPrice != nil {
		return &types.LegacyTx{Nonce: nonce, GasPrice: args.GasPrice.ToInt(), Gas: gas, To: args.To, Value: value, Data: data}, nil
	}
	tip := big.NewInt(0)
	if args.MaxPriorityFeePerGas != nil {
		tip = args.MaxPriorityFeePerGas.ToInt()
	} else {
		suggested, err := n.client.SuggestGasTipCap(ctx)
		if err != nil {
			return nil, fmt.Errorf("suggest tip: %w", err)
		}
		tip = suggested
	}
	var feeCap *big.Int
	if args.MaxFeePerGas != nil {
		feeCap = args.MaxFeePerGas.ToInt()
	} else {
		head := n.eth.BlockChain().CurrentBlock()
		feeCap = new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	tx := &types.DynamicFeeTx{ChainID: n.chainCfg.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas, To: args.To, Value: value, Data: data}
	if args.AccessList != nil {
		tx.AccessList = *args.AccessList
	}
	return tx, nil
}
