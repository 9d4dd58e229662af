package harness

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/sim/chain"
)

// Transact sends data to a contract from an account, mines it and returns the receipt. A
// revert comes back as a *RevertError when it is one of the economy's custom errors.
func (e *Economy) Transact(ctx context.Context, from chain.Account, inst *bind.BoundContract, data []byte) (*types.Receipt, error) {
	opts := e.Chain.Transactor(from)
	opts.Context = ctx
	to := inst.Address()
	gas, err := e.Chain.Backend().EstimateGas(ctx, ethereum.CallMsg{From: from.Address, To: &to, Data: data})
	if err != nil {
		return nil, explain(err)
	}
	// The estimate runs at the latest block's time; the transaction runs a second later,
	// where a vote-history append may open a new slot instead of overwriting one, or rewards
	// accrue into a slot written for the first time. Under repriced state growth (Bogota)
	// that difference is large, so leave a wide margin: only the gas used is paid.
	opts.GasLimit = min(2*gas+100_000, 30_000_000)
	tx, err := bind.Transact(inst, opts, data)
	if err != nil {
		return nil, explain(err)
	}
	receipts, err := e.Chain.MineOK(ctx, tx)
	if err != nil {
		return nil, err
	}
	return receipts[0], nil
}

// Call reads a view function.
func Call[T any](ctx context.Context, inst *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		return v, explain(err)
	}
	return v, nil
}

// EpochStartTime is when epoch n starts.
func (e *Economy) EpochStartTime(n uint64) uint64 { return e.EpochStart + n*e.EpochLength }

// CurrentEpoch is the epoch of the latest block.
func (e *Economy) CurrentEpoch(ctx context.Context) (uint64, error) {
	now, err := e.Chain.Now(ctx)
	if err != nil {
		return 0, err
	}
	if now < e.EpochStart {
		return 0, nil
	}
	return (now - e.EpochStart) / e.EpochLength, nil
}

// WarpToEpoch seals an empty block `offset` seconds into epoch n.
func (e *Economy) WarpToEpoch(ctx context.Context, n, offset uint64) error {
	return e.Chain.WarpTo(ctx, e.EpochStartTime(n)+offset)
}

// Balance is an account's token balance.
func (e *Economy) Balance(ctx context.Context, a common.Address) (*big.Int, error) {
	return Call(ctx, e.C.Token, e.B.Token.PackBalanceOf(a), e.B.Token.UnpackBalanceOf)
}

// MemberConfig returns a valid economy config (the defaults, a 1,000,000,000-token cap) whose
// launch allocations give each member `each` whole tokens, unvested, and the treasury
// `treasury` tokens. Simulations and tests start from it and adjust what they study.
func MemberConfig(members []common.Address, each, treasury uint64) *config.Economy {
	cfg := config.Default()
	cfg.Salt = "apiary-test"
	cfg.Token = config.Token{Name: "Commons", Symbol: "CMN", Cap: config.Tokens(1_000_000_000)}
	for i, m := range members {
		b, err := config.ParseBeneficiary(m.Hex())
		if err != nil {
			panic(err) // a common.Address always renders checksummed
		}
		cfg.Allocations = append(cfg.Allocations, config.Allocation{
			Name: fmt.Sprintf("member-%d", i), Beneficiary: b, Amount: config.Tokens(each),
		})
	}
	if treasury > 0 {
		cfg.Allocations = append(cfg.Allocations, config.Allocation{
			Name: "treasury", Beneficiary: config.Beneficiary{Treasury: true}, Amount: config.Tokens(treasury),
		})
	}
	return cfg
}

// AdvanceEpochs warps to the first second of the epoch n after the current one.
func (e *Economy) AdvanceEpochs(ctx context.Context, n uint64) error {
	if n == 0 {
		return fmt.Errorf("advance 0 epochs: nothing to do")
	}
	cur, err := e.CurrentEpoch(ctx)
	if err != nil {
		return err
	}
	return e.Chain.WarpTo(ctx, e.EpochStartTime(cur+n))
}
