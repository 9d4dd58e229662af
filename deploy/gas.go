package deploy

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// gasLimit leaves room over the simulated gas (counted after refunds) for the refunds a
// limit must cover before they are paid back (at most a fifth of the gas before them, so 25%
// of what is left), for the 63/64 rule of the proxy's CREATE2, and a fixed margin. Tighter
// limits let block builders pack more of a pipelined round into one block.
func gasLimit(used uint64) uint64 { return used + used*3/10 + 25_000 }

// Estimate is the gas of one step, as run after the steps before it.
type Estimate struct {
	Used, Limit uint64
}

// estimate runs steps one after another, from `from`, on the chain's latest state with
// eth_simulateV1, so that a step's gas is measured after the steps it depends on even
// though none of them is mined yet. A node without eth_simulateV1 estimates the first step
// alone (eth_estimateGas): the caller then sends one step at a time.
func estimate(ctx context.Context, c *Client, from common.Address, steps []Step) ([]Estimate, error) {
	if len(steps) == 0 {
		return nil, nil
	}
	type call struct {
		From  common.Address  `json:"from"`
		To    *common.Address `json:"to,omitempty"`
		Value *hexutil.Big    `json:"value,omitempty"`
		Data  hexutil.Bytes   `json:"data"`
	}
	type block struct {
		Calls []call `json:"calls"`
	}
	blocks := make([]block, len(steps))
	for i, s := range steps {
		cl := call{From: from, To: &steps[i].To, Data: s.Data}
		if s.Value != nil {
			cl.Value = (*hexutil.Big)(s.Value)
		}
		if s.Raw != nil {
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(s.Raw); err != nil {
				return nil, fmt.Errorf("step %s: %w", s.ID, err)
			}
			sender, err := types.HomesteadSigner{}.Sender(tx)
			if err != nil {
				return nil, fmt.Errorf("step %s: %w", s.ID, err)
			}
			cl = call{From: sender, To: tx.To(), Value: (*hexutil.Big)(tx.Value()), Data: tx.Data()}
		}
		// One call a block: a whole economy does not fit in one block's gas limit.
		blocks[i] = block{Calls: []call{cl}}
	}
	var result []struct {
		Calls []struct {
			Status     hexutil.Uint64 `json:"status"`
			GasUsed    hexutil.Uint64 `json:"gasUsed"`
			ReturnData hexutil.Bytes  `json:"returnData"`
			Error      *struct {
				Message string `json:"message"`
			} `json:"error"`
		} `json:"calls"`
	}
	err := c.RPC.CallContext(ctx, &result, "eth_simulateV1", map[string]any{"blockStateCalls": blocks, "validation": false}, "latest")
	if err != nil {
		if !isMethodMissing(err) {
			return nil, fmt.Errorf("simulate %d steps (eth_simulateV1): %w", len(steps), err)
		}
		return estimateFirst(ctx, c, from, steps[0])
	}
	if len(result) != len(steps) {
		return nil, fmt.Errorf("simulate %d steps (eth_simulateV1): %d blocks back", len(steps), len(result))
	}
	out := make([]Estimate, len(steps))
	for i, b := range result {
		if len(b.Calls) != 1 {
			return nil, fmt.Errorf("simulate step %s: %d calls back", steps[i].ID, len(b.Calls))
		}
		r := b.Calls[0]
		if r.Status != 1 {
			msg := "reverted"
			if r.Error != nil {
				msg = r.Error.Message
			}
			return nil, fmt.Errorf("step %s fails when simulated after the steps before it: %s (return data %s)", steps[i].ID, msg, r.ReturnData)
		}
		out[i] = Estimate{Used: uint64(r.GasUsed), Limit: gasLimit(uint64(r.GasUsed))}
	}
	return out, nil
}

func estimateFirst(ctx context.Context, c *Client, from common.Address, s Step) ([]Estimate, error) {
	msg := ethereum.CallMsg{From: from, To: &s.To, Value: s.Value, Data: s.Data}
	if s.Raw != nil {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(s.Raw); err != nil {
			return nil, fmt.Errorf("step %s: %w", s.ID, err)
		}
		return []Estimate{{Used: tx.Gas(), Limit: tx.Gas()}}, nil
	}
	used, err := c.EstimateGas(ctx, msg)
	if err != nil {
		return nil, fmt.Errorf("step %s: estimate gas: %w", s.ID, err)
	}
	return []Estimate{{Used: used, Limit: gasLimit(used)}}, nil
}
