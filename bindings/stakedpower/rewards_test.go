package stakedpower_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/bindings/stakedpower"
	"github.com/apiary-dev/apiary/internal/economytest"
	"github.com/apiary-dev/apiary/sim/chain"
)

var precision = big.NewInt(1e18)

// rewardModel computes staking rewards in Go from the rules: a stream pays `rate` wei per
// second until `finish`; a reward-per-token accumulator scaled by 1e18 grows by
// streamed*1e18/totalPower, carrying the division's remainder to the next step; nothing
// accrues while total power is below one token (that part is owed to the treasury); an
// account is credited power*(rpt-paid)/1e18 whenever it acts. Only active power counts.
type rewardModel struct {
	length                                     uint64
	rate, dust, carry, rpt, unallocated, total *big.Int
	finish, last                               uint64
	accounts                                   map[common.Address]*rewardAccount
}

type rewardAccount struct{ power, paid, rewards *big.Int }

func newRewardModel(length uint64) *rewardModel {
	return &rewardModel{length: length, rate: new(big.Int), dust: new(big.Int), carry: new(big.Int), rpt: new(big.Int),
		unallocated: new(big.Int), total: new(big.Int), accounts: map[common.Address]*rewardAccount{}}
}

// preview is the accumulator, its carry and the unallocated amount brought to now.
func (m *rewardModel) preview(now uint64) (rpt, carry, unalloc *big.Int) {
	rpt, carry, unalloc = new(big.Int).Set(m.rpt), new(big.Int).Set(m.carry), new(big.Int)
	until := min(now, m.finish)
	if until <= m.last || m.rate.Sign() == 0 {
		return rpt, carry, unalloc
	}
	amount := new(big.Int).Mul(m.rate, u64(until-m.last))
	if m.total.Cmp(precision) < 0 {
		return rpt, carry, amount
	}
	scaled := add(new(big.Int).Mul(amount, precision), carry)
	q, r := new(big.Int).QuoRem(scaled, m.total, new(big.Int))
	return rpt.Add(rpt, q), r, unalloc
}

func (m *rewardModel) accrue(now uint64) {
	rpt, carry, unalloc := m.preview(now)
	m.rpt, m.carry = rpt, carry
	m.unallocated.Add(m.unallocated, unalloc)
	m.last = now
}

func (m *rewardModel) account(a common.Address) *rewardAccount {
	acc, ok := m.accounts[a]
	if !ok {
		acc = &rewardAccount{power: new(big.Int), paid: new(big.Int), rewards: new(big.Int)}
		m.accounts[a] = acc
	}
	return acc
}

func (m *rewardModel) settle(a common.Address, now uint64) *rewardAccount {
	m.accrue(now)
	acc := m.account(a)
	acc.rewards = add(acc.rewards, mulDiv(acc.power, sub(m.rpt, acc.paid), precision))
	acc.paid = new(big.Int).Set(m.rpt)
	return acc
}

// earned is what the account could claim at now.
func (m *rewardModel) earned(a common.Address, now uint64) *big.Int {
	rpt, _, _ := m.preview(now)
	acc := m.account(a)
	return add(acc.rewards, mulDiv(acc.power, sub(rpt, acc.paid), precision))
}

// changePower settles the account, then changes its active power.
func (m *rewardModel) changePower(a common.Address, delta *big.Int, now uint64) {
	acc := m.settle(a, now)
	acc.power = add(acc.power, delta)
	m.total = add(m.total, delta)
}

func (m *rewardModel) claim(a common.Address, now uint64) *big.Int {
	acc := m.settle(a, now)
	paid := acc.rewards
	acc.rewards = new(big.Int)
	return paid
}

// notify streams amount, the previous stream's unpaid rest and the last division's dust
// over one epoch length from now.
func (m *rewardModel) notify(amount *big.Int, now uint64) {
	m.accrue(now)
	total := add(amount, m.dust)
	if now < m.finish {
		total.Add(total, new(big.Int).Mul(m.rate, u64(m.finish-now)))
	}
	m.rate, m.dust = new(big.Int).QuoRem(total, u64(m.length), new(big.Int))
	m.finish = now + m.length
}

func (m *rewardModel) releaseUnallocated(now uint64) *big.Int {
	m.accrue(now)
	out := m.unallocated
	m.unallocated = new(big.Int)
	return out
}

// rewards is a fixture together with the model of its rewards.
type rewards struct {
	*economytest.Fixture
	m *rewardModel
}

func newRewards(t *testing.T, members int) *rewards {
	f := economytest.New(t, economytest.Options{Members: members})
	return &rewards{Fixture: f, m: newRewardModel(f.EpochLength)}
}

func (r *rewards) stake(t *testing.T, who chain.Account, amount *big.Int) {
	t.Helper()
	rc := r.Stake(t, who, amount)
	r.m.changePower(who.Address, amount, blockTime(t, r.Fixture, rc))
}

// release releases epoch n and returns the stakers' part, the stream's start and its
// RewardNotified event.
func (r *rewards) release(t *testing.T, n uint64) (*big.Int, uint64, []any) {
	t.Helper()
	rc := r.Release(t, n)
	rel := economytest.Logs(rc, r.B.Emission.UnpackReleasedEvent)
	if len(rel) != 1 {
		t.Fatalf("release %d: %d Released events, want 1", n, len(rel))
	}
	now := blockTime(t, r.Fixture, rc)
	r.m.notify(rel[0].Stakers, now)
	return rel[0].Stakers, now, events(t, r.Fixture, rc)
}

// checkEarned compares earned() of each account with the model at the latest block.
func (r *rewards) checkEarned(t *testing.T, accounts ...chain.Account) {
	t.Helper()
	now := r.Now(t)
	var want, got []*big.Int
	for _, a := range accounts {
		want = append(want, r.m.earned(a.Address, now))
		got = append(got, earned(t, r.Fixture, a.Address))
	}
	if diff := cmp.Diff(want, got, bigCmp); diff != "" {
		t.Errorf("earned at %d (-want +got):\n%s", now, diff)
	}
}

// roundingBound is how far below the streamed amount the stakers' rewards may stay: the
// accumulator's carry holds back less than totalPower/1e18 wei, and each settlement of an
// account rounds down by less than a wei.
func roundingBound(t *testing.T, f *economytest.Fixture, settlements int64) *big.Int {
	return add(new(big.Int).Quo(totalPower(t, f), precision), big.NewInt(1+settlements))
}

func rewardNotified(amount, rate *big.Int, finish uint64) *stakedpower.StakedPowerRewardNotified {
	return &stakedpower.StakedPowerRewardNotified{Amount: amount, Rate: rate, Finish: u64(finish)}
}

func TestStakingRewards_StreamToStakersByPower(t *testing.T) {
	r := newRewards(t, 3)
	f := r.Fixture
	alice, bob, carol := f.Members[0], f.Members[1], f.Members[2]
	length := u64(f.EpochLength)
	r.stake(t, alice, wei(3000, 7))
	r.stake(t, bob, tokens(1234))
	f.Warp(t, 1, 100)

	var first *big.Int
	var start0 uint64
	t.Run("a release streams the stakers' part over one epoch; RewardNotified", func(t *testing.T) {
		held := f.Balance(t, f.Addr.StakedPower)
		var evs []any
		first, start0, evs = r.release(t, 0)
		if first.Sign() == 0 {
			t.Fatal("the stakers' part of epoch 0 is zero")
		}
		rate := new(big.Int).Quo(first, length)
		if diff := cmp.Diff([]any{rewardNotified(first, rate, start0+f.EpochLength)}, evs, bigCmp, ignoreRaw); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		want := stakedpower.RewardStreamOutput{Rate: rate, Finish: u64(start0 + f.EpochLength)}
		if diff := cmp.Diff(want, rewardStream(t, f), bigCmp); diff != "" {
			t.Errorf("rewardStream (-want +got):\n%s", diff)
		}
		if got := f.Balance(t, f.Addr.StakedPower); got.Cmp(add(held, first)) != 0 {
			t.Errorf("StakedPower holds %v, want %v + %v", got, held, first)
		}
	})
	t.Run("earned grows with the accumulator, pro rata to power", func(t *testing.T) {
		f.Advance(t, 86400+13)
		r.checkEarned(t, alice, bob, carol)
		// Independently of the model: together no more than what streamed, and less only by
		// what the carry holds back for later and under a wei per account.
		streamed := new(big.Int).Mul(new(big.Int).Quo(first, length), u64(f.Now(t)-start0))
		sum := add(earned(t, f, alice.Address), earned(t, f, bob.Address))
		if sum.Cmp(streamed) > 0 || sub(streamed, sum).Cmp(roundingBound(t, f, 2)) > 0 {
			t.Errorf("alice+bob earned %v of %v streamed: more, or less by more than rounding (%v)", sum, streamed, roundingBound(t, f, 2))
		}
	})
	t.Run("a stake changes the shares from its block on", func(t *testing.T) {
		r.stake(t, bob, wei(766, 5))
		f.Advance(t, 5*3600+1)
		r.checkEarned(t, alice, bob, carol)
	})
	claimed := new(big.Int)
	t.Run("claimStakingRewards pays what was earned; StakingRewardsClaimed", func(t *testing.T) {
		before := f.Balance(t, alice.Address)
		rc := f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackClaimStakingRewards())
		want := r.m.claim(alice.Address, blockTime(t, f, rc))
		claimed.Add(claimed, want)
		checkEvents(t, f, rc, &stakedpower.StakedPowerStakingRewardsClaimed{Account: alice.Address, Amount: want})
		if got := f.Balance(t, alice.Address); got.Cmp(add(before, want)) != 0 {
			t.Errorf("alice's balance = %v, want %v + %v", got, before, want)
		}
		r.checkEarned(t, alice, bob)
	})
	t.Run("claiming again at once reverts NothingToClaim", func(t *testing.T) {
		checkArgs(t, f.Revert(t, alice, f.C.StakedPower, f.B.StakedPower.PackClaimStakingRewards(), "NothingToClaim"), alice.Address)
	})
	t.Run("an account that never staked reverts NothingToClaim", func(t *testing.T) {
		checkArgs(t, f.Revert(t, carol, f.C.StakedPower, f.B.StakedPower.PackClaimStakingRewards(), "NothingToClaim"), carol.Address)
	})
	var second *big.Int
	var finish uint64
	t.Run("a release during a stream adds the unpaid rest and the division's dust", func(t *testing.T) {
		f.Warp(t, 2, 50) // before the first stream's end, one epoch after its start
		rate0 := new(big.Int).Quo(first, length)
		dust0 := new(big.Int).Rem(first, length)
		var evs []any
		var at uint64
		second, at, evs = r.release(t, 1)
		finish = at + f.EpochLength
		rest := new(big.Int).Mul(rate0, u64(start0+f.EpochLength-at))
		rate := new(big.Int).Quo(add(second, rest, dust0), length)
		if diff := cmp.Diff([]any{rewardNotified(second, rate, finish)}, evs, bigCmp, ignoreRaw); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		r.checkEarned(t, alice, bob)
	})
	t.Run("nothing accrues after the stream ends", func(t *testing.T) {
		warpTo(t, f, finish+100)
		r.checkEarned(t, alice, bob)
		atEnd := []*big.Int{earned(t, f, alice.Address), earned(t, f, bob.Address)}
		f.Advance(t, 86400)
		if diff := cmp.Diff(atEnd, []*big.Int{earned(t, f, alice.Address), earned(t, f, bob.Address)}, bigCmp); diff != "" {
			t.Errorf("earned moved after the stream's end (-before +after):\n%s", diff)
		}
		// Everything streamed reached the stakers but for the dust left for the next
		// notification, the carry and under a wei per account settlement.
		streamed := sub(add(first, second), r.m.dust)
		paid := add(claimed, atEnd[0], atEnd[1])
		if paid.Cmp(streamed) > 0 || sub(streamed, paid).Cmp(roundingBound(t, f, 6)) > 0 {
			t.Errorf("stakers got %v of %v streamed: more, or less by more than rounding (%v)", paid, streamed, roundingBound(t, f, 6))
		}
	})
	checkConservation(t, f)
}

func TestStakingRewards_PoweringDownEarnsNothing(t *testing.T) {
	r := newRewards(t, 2)
	f := r.Fixture
	alice, bob := f.Members[0], f.Members[1]
	r.stake(t, alice, tokens(1000))
	r.stake(t, bob, tokens(1000))
	f.Warp(t, 1, 100)
	r.release(t, 0)
	f.Advance(t, 3600)

	var frozen *big.Int
	t.Run("power being powered down stops earning at once", func(t *testing.T) {
		rc := f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(tokens(1000)))
		r.m.changePower(alice.Address, tokens(-1000), blockTime(t, f, rc))
		r.checkEarned(t, alice, bob)
		frozen = earned(t, f, alice.Address)
		f.Advance(t, 2*86400)
		r.checkEarned(t, alice, bob)
		if got := earned(t, f, alice.Address); got.Cmp(frozen) != 0 {
			t.Errorf("alice earned %v while powering everything down, had %v", got, frozen)
		}
	})
	t.Run("withdrawing does not change what was earned", func(t *testing.T) {
		f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackWithdraw())
		if got := earned(t, f, alice.Address); got.Cmp(frozen) != 0 {
			t.Errorf("alice earned %v after withdrawing, had %v", got, frozen)
		}
		r.checkEarned(t, alice, bob)
	})
	t.Run("cancelling returns the rest to power, which earns again", func(t *testing.T) {
		pd := powerDownOf(t, f, alice.Address)
		rc := f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackCancelPowerDown())
		now := blockTime(t, f, rc)
		returned := sub(pd.Remaining, released(pd.Remaining, pd.Start.Uint64(), pd.End.Uint64(), now))
		r.m.changePower(alice.Address, returned, now)
		f.Advance(t, 3600)
		r.checkEarned(t, alice, bob)
		if got := earned(t, f, alice.Address); got.Cmp(frozen) <= 0 {
			t.Errorf("alice earned %v after cancelling, no more than the %v before", got, frozen)
		}
	})
	checkConservation(t, f)
}

func TestStakingRewards_NothingAccruesBelowOneToken(t *testing.T) {
	r := newRewards(t, 2)
	f := r.Fixture
	alice, bob := f.Members[0], f.Members[1]
	r.stake(t, alice, wei(1, -1)) // one wei short of a token

	t.Run("releasing unallocated rewards when there are none reverts ZeroAmount", func(t *testing.T) {
		f.Revert(t, bob, f.C.StakedPower, f.B.StakedPower.PackReleaseUnallocatedRewards(), "ZeroAmount")
	})
	f.Warp(t, 1, 100)
	amount, start, _ := r.release(t, 0)
	rate := new(big.Int).Quo(amount, u64(f.EpochLength))
	f.Advance(t, 3600)

	var releasedAt uint64
	t.Run("what streams goes to the treasury, not to the staker; UnallocatedRewardsReleased", func(t *testing.T) {
		if got := earned(t, f, alice.Address); got.Sign() != 0 {
			t.Errorf("alice earned %v with less than one token staked", got)
		}
		treasury := f.Balance(t, f.Addr.Timelock)
		rc := f.Send(t, bob, f.C.StakedPower, f.B.StakedPower.PackReleaseUnallocatedRewards())
		releasedAt = blockTime(t, f, rc)
		want := new(big.Int).Mul(rate, u64(releasedAt-start))
		if got := r.m.releaseUnallocated(releasedAt); got.Cmp(want) != 0 {
			t.Fatalf("model says %v, rate*elapsed %v", got, want)
		}
		checkEvents(t, f, rc, &stakedpower.StakedPowerUnallocatedRewardsReleased{Amount: want})
		if got := f.Balance(t, f.Addr.Timelock); got.Cmp(add(treasury, want)) != 0 {
			t.Errorf("treasury = %v, want %v + %v", got, treasury, want)
		}
		if got := unallocated(t, f); got.Sign() != 0 {
			t.Errorf("unallocatedRewards = %v after the release, want 0", got)
		}
	})
	t.Run("releasing again at once reverts ZeroAmount", func(t *testing.T) {
		f.Revert(t, bob, f.C.StakedPower, f.B.StakedPower.PackReleaseUnallocatedRewards(), "ZeroAmount")
	})
	t.Run("from one whole token staked on, rewards accrue", func(t *testing.T) {
		f.Advance(t, 600)
		rc := f.Stake(t, bob, big.NewInt(1))
		at := blockTime(t, f, rc)
		r.m.changePower(bob.Address, big.NewInt(1), at)
		if got, want := unallocated(t, f), new(big.Int).Mul(rate, u64(at-releasedAt)); got.Cmp(want) != 0 {
			t.Errorf("unallocatedRewards = %v, want rate*(stake-release) = %v", got, want)
		}
		f.Advance(t, 3600)
		r.checkEarned(t, alice, bob)
		if got := earned(t, f, alice.Address); got.Sign() == 0 {
			t.Error("alice earns nothing with one token staked in total")
		}
	})
	checkConservation(t, f)
}

func TestNotifyReward_OnlyMinters(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 1})
	for _, caller := range []struct {
		name string
		acct chain.Account
	}{{"a member", f.Members[0]}, {"the deployer, who renounced minting", f.Deployer}} {
		t.Run(caller.name+" reverts NotMinter", func(t *testing.T) {
			args := f.Revert(t, caller.acct, f.C.StakedPower, f.B.StakedPower.PackNotifyReward(tokens(1)), "NotMinter")
			checkArgs(t, args, caller.acct.Address)
		})
	}
}
