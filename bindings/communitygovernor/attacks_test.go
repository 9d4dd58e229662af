package communitygovernor_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-dev/apiary/bindings/communitygovernor"
	"github.com/apiary-dev/apiary/bindings/vestingvault"
	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/internal/economytest"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/harness"
)

// Stake borrowed for a moment before a proposal's snapshot, or brought in after it, must not
// weigh in the vote: power being powered down stops counting at once, and votes are read at
// the snapshot.
func TestAttack_FlashStakeBeforeSnapshotGivesNoGovernanceWeight(t *testing.T) {
	f := economytest.New(t, economytest.Options{})
	honest, flash, late := f.Members[0], f.Members[1], f.Members[2]
	stakeFor(t, f, tokens(100_000))
	p := newProposal("send the attacker the treasury", transfer(f, flash.Address, tokens(10_000_000)))
	created := propose(t, f, honest, p)
	snapshot := created.VoteStart

	// Before the snapshot: stake, then power all of it down again right away.
	r := f.Send(t, flash, f.C.StakedPower, f.B.StakedPower.PackStake(tokens(500_000)))
	stakedAt := blockTime(t, f, r)
	r = f.Send(t, flash, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(tokens(500_000)))
	poweredDownAt := blockTime(t, f, r)
	if poweredDownAt >= snapshot.Uint64() {
		t.Fatalf("power-down at %d is not before the snapshot %d", poweredDownAt, snapshot)
	}
	// After the snapshot: the flash staker takes back what the power-down has not yet
	// released, the late one stakes.
	warpTo(t, f, snapshot.Uint64()+1)
	r = f.Send(t, flash, f.C.StakedPower, f.B.StakedPower.PackCancelPowerDown())
	paidOut := mulDiv(tokens(500_000), u64(blockTime(t, f, r)-poweredDownAt), u64(f.Config.Staking.PowerDown.Seconds()))
	f.Stake(t, late, tokens(500_000))

	pastVotes := func(a common.Address, at uint64) *big.Int {
		return economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackGetPastVotes(a, u64(at)), f.B.StakedPower.UnpackGetPastVotes)
	}
	wantEqual(t, "flash staker's votes while staked", tokens(500_000), pastVotes(flash.Address, stakedAt))
	for _, tt := range []struct {
		name  string
		voter chain.Account
		want  *big.Int
	}{
		{"flash staker", flash, new(big.Int)},
		{"late staker", late, new(big.Int)},
		{"honest staker", honest, tokens(100_000)},
	} {
		got := economytest.Call(t, f, f.C.Governor, f.B.Governor.PackGetVotes(tt.voter.Address, snapshot), f.B.Governor.UnpackGetVotes)
		wantEqual(t, tt.name+"'s votes at the snapshot", tt.want, got)
	}
	nowVotes := economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackGetVotes(flash.Address), f.B.StakedPower.UnpackGetVotes)
	wantEqual(t, "flash staker's votes now", sub(tokens(500_000), paidOut), nowVotes)

	events := castVote(t, f, created.ProposalId, 1, flash, late, honest)
	wantDiff(t, "VoteCast events", []*communitygovernor.CommunityGovernorVoteCast{
		{Voter: flash.Address, ProposalId: created.ProposalId, Support: 1, Weight: new(big.Int)},
		{Voter: late.Address, ProposalId: created.ProposalId, Support: 1, Weight: new(big.Int)},
		{Voter: honest.Address, ProposalId: created.ProposalId, Support: 1, Weight: tokens(100_000)},
	}, events, ignoreRaw(communitygovernor.CommunityGovernorVoteCast{}))
	votes := economytest.Call(t, f, f.C.Governor, f.B.Governor.PackProposalVotes(created.ProposalId), f.B.Governor.UnpackProposalVotes)
	wantEqual(t, "forVotes", tokens(100_000), votes.ForVotes)
	quorum := economytest.Call(t, f, f.C.Governor, f.B.Governor.PackQuorum(snapshot), f.B.Governor.UnpackQuorum)
	wantEqual(t, "quorum at the snapshot (400 bps of the honest 100,000)", tokens(4_000), quorum)
}

// A passed proposal waits out the timelock delay, through the Governor or straight at the
// timelock, to the second.
func TestAttack_ProposalExecutedBeforeTimelockDelay(t *testing.T) {
	f, voters := newGovernance(t)
	attacker := f.Members[2].Address
	p := newProposal("send member 3 a million", transfer(f, attacker, tokens(1_000_000)))
	id := p.ID(t, f)
	created := propose(t, f, voters[0], p)
	warpTo(t, f, created.VoteStart.Uint64()+1)
	castVote(t, f, id, 1, voters...)
	warpTo(t, f, created.VoteEnd.Uint64()+1)
	r := f.Send(t, voters[0], f.C.Governor, p.PackQueue(f))
	eta := blockTime(t, f, r) + f.Config.Governance.TimelockDelay.Seconds()
	op := operationID(t, f, p)
	ts := economytest.Call(t, f, f.C.Timelock, f.B.Timelock.PackGetTimestamp(op), f.B.Timelock.UnpackGetTimestamp)
	wantEqual(t, "timelock's ready time", u64(eta), ts)
	before := f.Balance(t, attacker)
	notReady := []any{op, bitmap(2)} // OperationState.Ready

	t.Run("executing right after queueing reverts TimelockUnexpectedOperationState", func(t *testing.T) {
		args := f.Revert(t, voters[0], f.C.Governor, p.PackExecute(f), "TimelockUnexpectedOperationState")
		wantDiff(t, "revert arguments", notReady, args)
	})
	t.Run("executing at the timelock directly reverts too", func(t *testing.T) {
		data := f.B.Timelock.PackExecuteBatch(p.Targets(), p.Values(), p.Calldatas(), [32]byte{}, salt(f, p))
		args := f.Revert(t, f.Members[2], f.C.Timelock, data, "TimelockUnexpectedOperationState")
		wantDiff(t, "revert arguments", notReady, args)
	})
	t.Run("one second before the delay ends it still reverts", func(t *testing.T) {
		warpTo(t, f, eta-1)
		args := f.Revert(t, voters[0], f.C.Governor, p.PackExecute(f), "TimelockUnexpectedOperationState")
		wantDiff(t, "revert arguments", notReady, args)
		wantEqual(t, "attacker's balance", before, f.Balance(t, attacker))
		wantState(t, f, id, stateQueued)
	})
	t.Run("once the delay has passed it executes", func(t *testing.T) {
		warpTo(t, f, eta)
		f.Send(t, voters[0], f.C.Governor, p.PackExecute(f))
		wantState(t, f, id, stateExecuted)
		wantEqual(t, "payee's balance", sum(before, tokens(1_000_000)), f.Balance(t, attacker))
	})
}

// Even a proposal that passes cannot set a parameter outside the bounds written in the
// contracts, and nobody but the timelock can call a setter at all.
func TestAttack_ParameterChangeOutsideBounds(t *testing.T) {
	f, voters := newGovernance(t)
	rp, sp, em := f.B.RewardPool, f.B.StakedPower, f.B.Emission
	s := f.Config.Rewards.CurveS.Wei()
	zero := new(big.Int)
	n := func(v int64) *big.Int { return big.NewInt(v) }
	e18, e27 := tokens(1), new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)
	schedule := func(v ...int64) [6]*big.Int {
		var out [6]*big.Int
		for i := range out {
			out[i] = n(v[i])
		}
		return out
	}
	tests := []struct {
		name   string
		target common.Address
		data   []byte
		err    string
		args   []any
	}{
		{"an author share of 95%", f.Addr.RewardPool, rp.PackSetParams(s, n(9_500), n(12)),
			"AuthorShareOutOfBounds", []any{n(9_500), n(1_000), n(9_000)}},
		{"an author share just below 10%", f.Addr.RewardPool, rp.PackSetParams(s, n(999), n(12)),
			"AuthorShareOutOfBounds", []any{n(999), n(1_000), n(9_000)}},
		{"a curve s above its maximum", f.Addr.RewardPool, rp.PackSetParams(sum(e27, n(1)), n(5_000), n(12)),
			"CurveSOutOfBounds", []any{sum(e27, n(1)), e18, e27}},
		{"a curve s below its minimum", f.Addr.RewardPool, rp.PackSetParams(sub(e18, n(1)), n(5_000), n(12)),
			"CurveSOutOfBounds", []any{sub(e18, n(1)), e18, e27}},
		{"a claim window of zero epochs", f.Addr.RewardPool, rp.PackSetParams(s, n(5_000), zero),
			"ClaimWindowOutOfBounds", []any{zero, n(1), n(520)}},
		{"a power-down of 0 weeks", f.Addr.StakedPower, sp.PackSetPowerDownWeeks(zero),
			"PowerDownWeeksOutOfBounds", []any{zero, n(1), n(104)}},
		{"a power-down of 105 weeks", f.Addr.StakedPower, sp.PackSetPowerDownWeeks(n(105)),
			"PowerDownWeeksOutOfBounds", []any{n(105), n(1), n(104)}},
		{"an emission rate above 50%", f.Addr.Emission, em.PackSetSchedule(schedule(5_001, 50, 95, 6_500, 1_500, 2_000)),
			"RateOutOfBounds", []any{n(5_001), n(5_000)}},
		{"a decay above 50% a year", f.Addr.Emission, em.PackSetSchedule(schedule(950, 5_001, 95, 6_500, 1_500, 2_000)),
			"DecayOutOfBounds", []any{n(5_001), n(5_000)}},
		{"a floor above the rate", f.Addr.Emission, em.PackSetSchedule(schedule(950, 50, 951, 6_500, 1_500, 2_000)),
			"FloorAboveRate", []any{n(951), n(950)}},
		{"a split short of 10,000 bps", f.Addr.Emission, em.PackSetSchedule(schedule(950, 50, 95, 6_500, 1_500, 1_999)),
			"SplitNotWhole", []any{n(6_500), n(1_500), n(1_999)}},
		{"a split with a part above 10,000 bps", f.Addr.Emission, em.PackSetSchedule(schedule(950, 50, 95, 10_001, 0, 0)),
			"SplitNotWhole", []any{n(10_001), zero, zero}},
		{"a timelock delay of zero", f.Addr.Timelock, f.B.Timelock.PackUpdateDelay(zero),
			"DelayOutOfBounds", []any{zero, n(3_600), n(30 * 86_400)}},
		{"a timelock delay above 30 days", f.Addr.Timelock, f.B.Timelock.PackUpdateDelay(n(30*86_400 + 1)),
			"DelayOutOfBounds", []any{n(30*86_400 + 1), n(3_600), n(30 * 86_400)}},
	}
	ps := make([]proposal, len(tests))
	for i, tt := range tests {
		ps[i] = newProposal("set "+tt.name, call{Target: tt.target, Data: tt.data})
	}
	queueAll(t, f, voters[0], voters, ps...)

	for i, tt := range tests {
		t.Run("a passed proposal setting "+tt.name+" reverts "+tt.err, func(t *testing.T) {
			args := f.Revert(t, voters[0], f.C.Governor, ps[i].PackExecute(f), tt.err)
			wantDiff(t, "revert arguments", tt.args, args)
			wantState(t, f, ps[i].ID(t, f), stateQueued)
		})
	}
	t.Run("nothing changed", func(t *testing.T) {
		next := u64(currentEpoch(t, f) + 1)
		nextParams := economytest.Call(t, f, f.C.RewardPool, rp.PackNextParamsEpoch(), rp.UnpackNextParamsEpoch)
		wantEqual(t, "RewardPool.nextParamsEpoch", zero, nextParams)
		params := economytest.Call(t, f, f.C.RewardPool, rp.PackParamsForEpoch(next), rp.UnpackParamsForEpoch)
		wantEqual(t, "next epoch's curve s", s, params.CurveS)
		weeks := economytest.Call(t, f, f.C.StakedPower, sp.PackPowerDownWeeks(), sp.UnpackPowerDownWeeks)
		wantEqual(t, "powerDownWeeks", u64(f.Config.Staking.PowerDown.Seconds()/week), weeks)
		segments := economytest.Call(t, f, f.C.Emission, em.PackSegmentCount(), em.UnpackSegmentCount)
		wantEqual(t, "Emission.segmentCount", n(1), segments)
	})
	member := f.Members[3]
	for _, tt := range []struct {
		name string
		inst *bind.BoundContract
		data []byte
	}{
		{"RewardPool.setParams", f.C.RewardPool, rp.PackSetParams(s, n(6_000), n(12))},
		{"StakedPower.setPowerDownWeeks", f.C.StakedPower, sp.PackSetPowerDownWeeks(n(4))},
		{"Emission.setSchedule", f.C.Emission, em.PackSetSchedule(schedule(900, 50, 95, 6_500, 1_500, 2_000))},
	} {
		t.Run("a member calling "+tt.name+" directly, even within bounds, reverts NotGovernance", func(t *testing.T) {
			args := f.Revert(t, member, tt.inst, tt.data, "NotGovernance")
			wantDiff(t, "revert arguments", []any{member.Address}, args)
		})
	}
}

// A vesting beneficiary cannot release before the cliff, and afterwards never more than the
// linear share of the time elapsed.
func TestAttack_VestingReleaseBeforeCliff(t *testing.T) {
	const (
		cliff    = year
		duration = 4 * year
	)
	amount := tokens(1_000_000)
	beneficiary := chain.DevAccount(7)
	f := economytest.New(t, economytest.Options{Configure: func(c *config.Economy) {
		b, err := config.ParseBeneficiary(beneficiary.Address.Hex())
		if err != nil {
			t.Fatal(err)
		}
		c.Allocations = append(c.Allocations, config.Allocation{Name: "founders", Beneficiary: b, Amount: config.AmountFromWei(amount),
			Vesting: &config.Vesting{Cliff: config.Duration(cliff * uint64(time.Second)), Duration: config.Duration(duration * uint64(time.Second))}})
	}})
	id := u64(f.Schedules["founders"])
	start := f.EpochStart
	linear := func(at uint64) *big.Int { return mulDiv(amount, u64(at-start), u64(duration)) }
	vestedAt := func(at uint64) *big.Int {
		return economytest.Call(t, f, f.C.Vault, f.B.Vault.PackVestedAt(id, u64(at)), f.B.Vault.UnpackVestedAt)
	}

	t.Run("one second before the cliff nothing has vested although the line is far above zero", func(t *testing.T) {
		at := start + cliff - 1
		if linear(at).Cmp(new(big.Int).Div(amount, big.NewInt(5))) <= 0 {
			t.Fatalf("the linear share a second before the cliff, %v, is not above a fifth of %v", linear(at), amount)
		}
		wantEqual(t, "vestedAt", new(big.Int), vestedAt(at))
	})
	t.Run("releasing just before the cliff reverts NothingToRelease", func(t *testing.T) {
		warpTo(t, f, start+cliff-1)
		args := f.Revert(t, beneficiary, f.C.Vault, f.B.Vault.PackRelease(id), "NothingToRelease")
		wantDiff(t, "revert arguments", []any{id}, args)
		wantEqual(t, "beneficiary's balance", new(big.Int), f.Balance(t, beneficiary.Address))
	})
	t.Run("midway the release is exactly the linear share", func(t *testing.T) {
		warpTo(t, f, start+duration/2)
		r := f.Send(t, beneficiary, f.C.Vault, f.B.Vault.PackRelease(id))
		at := blockTime(t, f, r)
		want := linear(at)
		wantDiff(t, "Released events", []*vestingvault.VestingVaultReleased{{Id: id, Beneficiary: beneficiary.Address, Amount: want}},
			economytest.Logs(r, f.B.Vault.UnpackReleasedEvent), ignoreRaw(vestingvault.VestingVaultReleased{}))
		wantEqual(t, "beneficiary's balance", want, f.Balance(t, beneficiary.Address))
		// Releasing again a little later pays only what vested in between.
		warpTo(t, f, at+1)
		r = f.Send(t, beneficiary, f.C.Vault, f.B.Vault.PackRelease(id))
		later := linear(blockTime(t, f, r))
		wantEqual(t, "beneficiary's balance after a second release", later, f.Balance(t, beneficiary.Address))
		s := economytest.Call(t, f, f.C.Vault, f.B.Vault.PackSchedule(id), f.B.Vault.UnpackSchedule)
		wantEqual(t, "schedule.released", later, s.Released)
	})
}

// After the hand-over the deployer holds no privilege anywhere in the economy.
func TestAttack_NoOwnerBackDoor(t *testing.T) {
	f := economytest.New(t, economytest.Options{Configure: func(c *config.Economy) {
		b, err := config.ParseBeneficiary(chain.DevAccount(7).Address.Hex())
		if err != nil {
			t.Fatal(err)
		}
		c.Allocations = append(c.Allocations, config.Allocation{Name: "team", Beneficiary: b, Amount: config.Tokens(1_000),
			Vesting: &config.Vesting{Duration: config.Duration(year * uint64(time.Second)), Revocable: true}})
	}})
	me := f.Deployer
	b := f.B
	grab := f.B.Token.PackTransfer(me.Address, tokens(10_000_000))
	role := func(h common.Hash) [32]byte { return [32]byte(h) }
	unauthorized := func(r common.Hash) []any { return []any{me.Address, role(r)} }
	onlyExecutor := []any{me.Address}
	notGovernance := []any{me.Address}
	tests := []struct {
		name string
		inst *bind.BoundContract
		data []byte
		err  string
		args []any
	}{
		{"mint tokens", f.C.Token, b.Token.PackMint(me.Address, tokens(1)),
			"AccessControlUnauthorizedAccount", unauthorized(harness.MinterRole)},
		{"grant itself the token's minter role", f.C.Token, b.Token.PackGrantRole(harness.MinterRole, me.Address),
			"AccessControlUnauthorizedAccount", unauthorized(harness.AdminRole)},
		{"grant itself the token's admin role", f.C.Token, b.Token.PackGrantRole(harness.AdminRole, me.Address),
			"AccessControlUnauthorizedAccount", unauthorized(harness.AdminRole)},
		{"create a vesting schedule", f.C.Vault, b.Vault.PackCreateSchedules([]vestingvault.VestingVaultScheduleInput{{
			Beneficiary: me.Address, Amount: tokens(1), Start: u64(f.EpochStart), Cliff: new(big.Int), Duration: u64(year)}}),
			"AccessControlUnauthorizedAccount", unauthorized(harness.AdminRole)},
		{"grant itself the vault's scheduler role", f.C.Vault, b.Vault.PackGrantRole(harness.SchedulerRole, me.Address),
			"AccessControlUnauthorizedAccount", unauthorized(harness.AdminRole)},
		{"revoke a vesting schedule", f.C.Vault, b.Vault.PackRevoke(u64(f.Schedules["team"])),
			"AccessControlUnauthorizedAccount", unauthorized(harness.AdminRole)},
		{"schedule a treasury transfer in the timelock", f.C.Timelock,
			b.Timelock.PackSchedule(f.Addr.Token, new(big.Int), grab, [32]byte{}, [32]byte{}, u64(2*day)),
			"AccessControlUnauthorizedAccount", unauthorized(harness.ProposerRole)},
		{"schedule a batch in the timelock", f.C.Timelock,
			b.Timelock.PackScheduleBatch([]common.Address{f.Addr.Token}, []*big.Int{new(big.Int)}, [][]byte{grab}, [32]byte{}, [32]byte{}, u64(2*day)),
			"AccessControlUnauthorizedAccount", unauthorized(harness.ProposerRole)},
		{"cancel a timelock operation", f.C.Timelock, b.Timelock.PackCancel([32]byte{1}),
			"AccessControlUnauthorizedAccount", unauthorized(harness.CancellerRole)},
		{"grant itself the timelock's proposer role", f.C.Timelock, b.Timelock.PackGrantRole(harness.ProposerRole, me.Address),
			"AccessControlUnauthorizedAccount", unauthorized(harness.AdminRole)},
		{"set the timelock delay to zero", f.C.Timelock, b.Timelock.PackUpdateDelay(new(big.Int)),
			"TimelockUnauthorizedCaller", []any{me.Address}},
		{"propose without stake", f.C.Governor, b.Governor.PackPropose([]common.Address{f.Addr.Token}, []*big.Int{new(big.Int)}, [][]byte{grab}, "mine"),
			"GovernorInsufficientProposerVotes", []any{me.Address, new(big.Int), f.Config.Governance.ProposalThreshold.Wei()}},
		{"relay a call through the governor", f.C.Governor, b.Governor.PackRelay(f.Addr.Token, new(big.Int), grab),
			"GovernorOnlyExecutor", onlyExecutor},
		{"point the governor at another timelock", f.C.Governor, b.Governor.PackUpdateTimelock(me.Address),
			"GovernorOnlyExecutor", onlyExecutor},
		{"set the voting period", f.C.Governor, b.Governor.PackSetVotingPeriod(3600), "GovernorOnlyExecutor", onlyExecutor},
		{"set the voting delay", f.C.Governor, b.Governor.PackSetVotingDelay(big.NewInt(1)), "GovernorOnlyExecutor", onlyExecutor},
		{"set the proposal threshold", f.C.Governor, b.Governor.PackSetProposalThreshold(new(big.Int)), "GovernorOnlyExecutor", onlyExecutor},
		{"set the quorum", f.C.Governor, b.Governor.PackUpdateQuorumNumerator(big.NewInt(1)), "GovernorOnlyExecutor", onlyExecutor},
		{"set the power-down length", f.C.StakedPower, b.StakedPower.PackSetPowerDownWeeks(big.NewInt(1)), "NotGovernance", notGovernance},
		{"notify staking rewards", f.C.StakedPower, b.StakedPower.PackNotifyReward(tokens(1)), "NotMinter", []any{me.Address}},
		{"set the reward pool's params", f.C.RewardPool, b.RewardPool.PackSetParams(tokens(1_000), big.NewInt(9_000), big.NewInt(1)),
			"NotGovernance", notGovernance},
		{"fund an epoch", f.C.RewardPool, b.RewardPool.PackFundEpoch(new(big.Int), new(big.Int)), "NotMinter", []any{me.Address}},
		{"set the emission schedule", f.C.Emission,
			b.Emission.PackSetSchedule([6]*big.Int{big.NewInt(5_000), new(big.Int), new(big.Int), big.NewInt(10_000), new(big.Int), new(big.Int)}),
			"NotGovernance", notGovernance},
	}
	for _, tt := range tests {
		t.Run("the deployer cannot "+tt.name, func(t *testing.T) {
			args := f.Revert(t, me, tt.inst, tt.data, tt.err)
			wantDiff(t, "revert arguments", tt.args, args)
		})
	}
}
