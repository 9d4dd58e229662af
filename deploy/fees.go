package deploy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Fees prices a transaction: EIP-1559 (TipCap, FeeCap) or legacy (GasPrice).
type Fees struct {
	Legacy   bool
	GasPrice *big.Int `json:",omitempty"`
	TipCap   *big.Int `json:",omitempty"`
	FeeCap   *big.Int `json:",omitempty"`
	// BaseFee is the latest block's base fee when the fees were read (nil on legacy chains).
	BaseFee *big.Int `json:",omitempty"`
}

// Max is the most the transaction pays per gas.
func (f Fees) Max() *big.Int {
	if f.Legacy {
		return f.GasPrice
	}
	return f.FeeCap
}

// Expected is what the transaction is expected to pay per gas at the current base fee.
func (f Fees) Expected() *big.Int {
	if f.Legacy {
		return f.GasPrice
	}
	return new(big.Int).Add(f.BaseFee, f.TipCap)
}

var oneGwei = big.NewInt(1_000_000_000)

// marketFees reads what the chain asks now. EIP-1559 when the latest block has a base fee
// and legacy is false: tip from eth_maxPriorityFeePerGas (1 gwei when the node lacks it),
// fee cap twice the base fee plus the tip, so a few full blocks do not strand it.
func marketFees(ctx context.Context, c *Client, legacy bool) (Fees, error) {
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return Fees{}, fmt.Errorf("read fees: latest block: %w", err)
	}
	if legacy || head.BaseFee == nil {
		p, err := c.SuggestGasPrice(ctx)
		if err != nil {
			return Fees{}, fmt.Errorf("read fees: eth_gasPrice: %w", err)
		}
		return Fees{Legacy: true, GasPrice: p}, nil
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		tip = new(big.Int).Set(oneGwei)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	return Fees{TipCap: tip, FeeCap: feeCap, BaseFee: head.BaseFee}, nil
}

// capped limits f to maxFee per gas (nil: no limit). A tip above the limit is lowered to it.
func (f Fees) capped(maxFee *big.Int) Fees {
	if maxFee == nil {
		return f
	}
	if f.Legacy {
		f.GasPrice = bigMin(f.GasPrice, maxFee)
		return f
	}
	f.FeeCap = bigMin(f.FeeCap, maxFee)
	f.TipCap = bigMin(f.TipCap, f.FeeCap)
	return f
}

// bumped raises every price by 12.5% (plus one wei), the least nodes accept for a replacement,
// and at least to market.
func (f Fees) bumped(market Fees) Fees {
	up := func(x, floor *big.Int) *big.Int {
		v := new(big.Int).Add(x, new(big.Int).Div(x, big.NewInt(8)))
		v.Add(v, big.NewInt(1))
		if floor != nil && floor.Cmp(v) > 0 {
			return new(big.Int).Set(floor)
		}
		return v
	}
	if f.Legacy {
		return Fees{Legacy: true, GasPrice: up(f.GasPrice, market.GasPrice)}
	}
	return Fees{TipCap: up(f.TipCap, market.TipCap), FeeCap: up(f.FeeCap, market.FeeCap), BaseFee: market.BaseFee}
}

// below reports whether a transaction priced f is below what the market pays now.
func (f Fees) below(market Fees) bool {
	if f.Legacy || market.Legacy {
		return f.Max().Cmp(market.Expected()) < 0
	}
	return f.FeeCap.Cmp(market.BaseFee) < 0 || f.TipCap.Cmp(market.TipCap) < 0
}

func feesOf(tx *types.Transaction) Fees {
	if tx.Type() == types.LegacyTxType || tx.Type() == types.AccessListTxType {
		return Fees{Legacy: true, GasPrice: tx.GasPrice()}
	}
	return Fees{TipCap: tx.GasTipCap(), FeeCap: tx.GasFeeCap()}
}

// newTx builds the unsigned transaction of a step.
func newTx(chainID *big.Int, nonce uint64, to common.Address, value *big.Int, data []byte, gas uint64, f Fees) *types.Transaction {
	if value == nil {
		value = new(big.Int)
	}
	if f.Legacy {
		return types.NewTx(&types.LegacyTx{Nonce: nonce, GasPrice: f.GasPrice, Gas: gas, To: &to, Value: value, Data: data})
	}
	return types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: f.TipCap, GasFeeCap: f.FeeCap,
		Gas: gas, To: &to, Value: value, Data: data})
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return a
	}
	return b
}
