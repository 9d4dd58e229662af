package sim

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-dev/apiary/sim/engine"
	"github.com/apiary-dev/apiary/sim/harness"
)

func TestNewEconomy_DeploysOnEitherEngineWithFundedMembers(t *testing.T) {
	for _, name := range Engines {
		t.Run(name, func(t *testing.T) {
			members := []common.Address{harnessAccount(1), harnessAccount(2)}
			e := NewTestEconomy(t, harness.MemberConfig(members, 500, 0), WithEngine(name), WithMembers(2))
			if e.Chain.Name() != name {
				t.Errorf("engine %q", e.Chain.Name())
			}
			bal, err := e.Balance(t.Context(), members[1])
			if err != nil || bal.Cmp(new(big.Int).Mul(big.NewInt(500), big.NewInt(1e18))) != 0 {
				t.Errorf("member balance %v, %v; want 500 tokens", bal, err)
			}
			eth, err := e.Chain.Backend().BalanceAt(t.Context(), e.Chain.Account(2).Address, nil)
			if err != nil || eth.Sign() <= 0 {
				t.Errorf("member ether %v, %v", eth, err)
			}
			if _, err := e.Transact(t.Context(), e.Chain.Account(1), e.C.Token, e.B.Token.PackTransfer(members[1], big.NewInt(1))); err != nil {
				t.Errorf("a member cannot send: %v", err)
			}
		})
	}
	if _, err := NewEconomy(t.Context(), harness.MemberConfig(nil, 0, 1), WithEngine("warp")); err == nil {
		t.Error("unknown engine accepted")
	}
}

func harnessAccount(i int) common.Address { return engine.DevAccount(i).Address }

func TestAdvanceEpochs_LandsOnTheEpochStart(t *testing.T) {
	e := NewTestEconomy(t, harness.MemberConfig(nil, 0, 1))
	if err := e.AdvanceEpochs(t.Context(), 3); err != nil {
		t.Fatal(err)
	}
	now, _ := e.Chain.Now(t.Context())
	if ep, _ := e.CurrentEpoch(t.Context()); ep != 3 || now != e.EpochStartTime(3) {
		t.Errorf("after advancing 3 epochs: epoch %d at %d, want 3 at %d", ep, now, e.EpochStartTime(3))
	}
	if err := e.AdvanceEpochs(t.Context(), 0); err == nil {
		t.Error("advancing 0 epochs: no error")
	}
}
