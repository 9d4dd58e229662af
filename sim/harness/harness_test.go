package harness_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/internal/chaintest"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/harness"
)

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func TestDeploy_HandsEveryRoleToTheTimelock(t *testing.T) {
	ctx := context.Background()
	c := chaintest.New(t)
	members := []common.Address{c.Account(1).Address, c.Account(2).Address}
	e, err := harness.Deploy(ctx, c, harness.MemberConfig(members, 1000, 5000))
	if err != nil {
		t.Fatal(err)
	}
	me := e.Deployer.Address
	type role struct {
		name    string
		holder  common.Address
		hasRole bool
	}
	check := func(inst func(role [32]byte, a common.Address) bool, r [32]byte, a common.Address) bool {
		return inst(r, a)
	}
	tokHas := func(r [32]byte, a common.Address) bool {
		v, err := harness.Call(ctx, e.C.Token, e.B.Token.PackHasRole(r, a), e.B.Token.UnpackHasRole)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tlHas := func(r [32]byte, a common.Address) bool {
		v, err := harness.Call(ctx, e.C.Timelock, e.B.Timelock.PackHasRole(r, a), e.B.Timelock.UnpackHasRole)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	vaultHas := func(r [32]byte, a common.Address) bool {
		v, err := harness.Call(ctx, e.C.Vault, e.B.Vault.PackHasRole(r, a), e.B.Vault.UnpackHasRole)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	got := map[string]bool{
		"token admin: timelock":     check(tokHas, harness.AdminRole, e.Addr.Timelock),
		"token admin: deployer":     check(tokHas, harness.AdminRole, me),
		"token minter: emission":    check(tokHas, harness.MinterRole, e.Addr.Emission),
		"token minter: deployer":    check(tokHas, harness.MinterRole, me),
		"timelock admin: deployer":  check(tlHas, harness.AdminRole, me),
		"timelock admin: itself":    check(tlHas, harness.AdminRole, e.Addr.Timelock),
		"timelock proposer: gov":    check(tlHas, harness.ProposerRole, e.Addr.Governor),
		"timelock canceller: gov":   check(tlHas, harness.CancellerRole, e.Addr.Governor),
		"timelock executor: anyone": check(tlHas, harness.ExecutorRole, common.Address{}),
		"vault admin: timelock":     check(vaultHas, harness.AdminRole, e.Addr.Timelock),
		"vault scheduler: deployer": check(vaultHas, harness.SchedulerRole, me),
	}
	want := map[string]bool{
		"token admin: timelock": true, "token admin: deployer": false, "token minter: emission": true,
		"token minter: deployer": false, "timelock admin: deployer": false, "timelock admin: itself": true,
		"timelock proposer: gov": true, "timelock canceller: gov": true, "timelock executor: anyone": true,
		"vault admin: timelock": true, "vault scheduler: deployer": false,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("roles after hand-over (-want +got):\n%s", diff)
	}
	for _, m := range members {
		if b, _ := e.Balance(ctx, m); b.Cmp(tokens(1000)) != 0 {
			t.Errorf("member %s balance %v, want 1000 tokens", m, b)
		}
	}
	if b, _ := e.Balance(ctx, e.Addr.Timelock); b.Cmp(tokens(5000)) != 0 {
		t.Errorf("treasury balance %v, want 5000 tokens", b)
	}
}

func TestLifecycle_StakeSubmitVoteReleaseClaim(t *testing.T) {
	ctx := context.Background()
	c := chaintest.New(t)
	alice, bob, carol := c.Account(1), c.Account(2), c.Account(3)
	e, err := harness.Deploy(ctx, c, harness.MemberConfig([]common.Address{alice.Address, bob.Address, carol.Address}, 100_000, 0))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []chain.Account{alice, bob} {
		if _, err := e.Transact(ctx, a, e.C.Token, e.B.Token.PackApprove(e.Addr.StakedPower, tokens(1_000_000))); err != nil {
			t.Fatal(err)
		}
		r, err := e.Transact(ctx, a, e.C.StakedPower, e.B.StakedPower.PackStake(tokens(50_000)))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("first stake: %d gas", r.GasUsed)
	}
	if err := e.WarpToEpoch(ctx, 1, 10); err != nil {
		t.Fatal(err)
	}
	r, err := e.Transact(ctx, carol, e.C.RewardPool, e.B.RewardPool.PackSubmit([32]byte{1}, "ipfs://one"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("submit: %d gas", r.GasUsed)
	r, err = e.Transact(ctx, alice, e.C.RewardPool, e.B.RewardPool.PackVote(big.NewInt(1), tokens(30_000)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("first vote: %d gas", r.GasUsed)
	r, err = e.Transact(ctx, bob, e.C.RewardPool, e.B.RewardPool.PackVote(big.NewInt(1), tokens(10_000)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("second vote: %d gas", r.GasUsed)
	if _, err := e.Transact(ctx, carol, e.C.RewardPool, e.B.RewardPool.PackVote(big.NewInt(1), tokens(1))); err == nil {
		t.Fatal("carol voted on her own contribution")
	} else {
		t.Logf("self vote: %v", err)
	}
	if err := e.WarpToEpoch(ctx, 2, 10); err != nil {
		t.Fatal(err)
	}
	r, err = e.Transact(ctx, bob, e.C.Emission, e.B.Emission.PackRelease(big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("release: %d gas", r.GasUsed)
	r, err = e.Transact(ctx, carol, e.C.RewardPool, e.B.RewardPool.PackClaimAuthor(big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("author claim: %d gas", r.GasUsed)
	r, err = e.Transact(ctx, alice, e.C.RewardPool, e.B.RewardPool.PackClaimCurator(big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("curator claim: %d gas", r.GasUsed)
	r, err = e.Transact(ctx, alice, e.C.StakedPower, e.B.StakedPower.PackStartPowerDown(tokens(1000)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("startPowerDown: %d gas", r.GasUsed)
	c.Advance(3600e9)
	r, err = e.Transact(ctx, alice, e.C.StakedPower, e.B.StakedPower.PackStartPowerDown(tokens(1000)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("startPowerDown again: %d gas", r.GasUsed)
	r, err = e.Transact(ctx, alice, e.C.StakedPower, e.B.StakedPower.PackClaimStakingRewards())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("claimStakingRewards: %d gas", r.GasUsed)
}
