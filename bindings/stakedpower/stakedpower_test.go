package stakedpower_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/bindings/stakedpower"
	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/internal/chaintest"
	"github.com/apiary-dev/apiary/internal/economytest"
	"github.com/apiary-dev/apiary/sim/chain"
)

// position is what StakedPower and the token say about one account.
type position struct {
	Power, Votes, TotalPower, Balance *big.Int
	PowerDown                         stakedpower.PowerDownOfOutput
}

func positionOf(t testing.TB, f *economytest.Fixture, a common.Address) position {
	t.Helper()
	return position{
		Power: powerOf(t, f, a), Votes: votes(t, f, a), TotalPower: totalPower(t, f),
		Balance: f.Balance(t, a), PowerDown: powerDownOf(t, f, a),
	}
}

// noPowerDown is powerDownOf for an account without one.
var noPowerDown = stakedpower.PowerDownOfOutput{Remaining: new(big.Int), Withdrawable: new(big.Int), Start: new(big.Int), End: new(big.Int)}

func pending(remaining, withdrawable *big.Int, start, end uint64) stakedpower.PowerDownOfOutput {
	return stakedpower.PowerDownOfOutput{Remaining: remaining, Withdrawable: withdrawable, Start: u64(start), End: u64(end)}
}

func checkPosition(t testing.TB, f *economytest.Fixture, a common.Address, want position) {
	t.Helper()
	if diff := cmp.Diff(want, positionOf(t, f, a), bigCmp); diff != "" {
		t.Errorf("position of %s (-want +got):\n%s", a.Hex(), diff)
	}
}

func checkArgs(t testing.TB, got []any, want ...any) {
	t.Helper()
	if want == nil {
		want = []any{}
	}
	if got == nil {
		got = []any{}
	}
	if diff := cmp.Diff(want, got, bigCmp); diff != "" {
		t.Errorf("revert arguments (-want +got):\n%s", diff)
	}
}

func TestStake(t *testing.T) {
	f := economytest.New(t, economytest.Options{})
	alice, bob, carol, dave := f.Members[0], f.Members[1], f.Members[2], f.Members[3]
	each := tokens(1_000_000)

	t.Run("raises power, votes and total power, moves the tokens, emits DelegateVotesChanged and Staked", func(t *testing.T) {
		r := f.Stake(t, alice, tokens(100))
		checkEvents(t, f, r, votesChanged(alice.Address, new(big.Int), tokens(100)), staked(alice.Address, tokens(100)))
		checkPosition(t, f, alice.Address, position{Power: tokens(100), Votes: tokens(100), TotalPower: tokens(100),
			Balance: sub(each, tokens(100)), PowerDown: noPowerDown})
		if got := f.Balance(t, f.Addr.StakedPower); got.Cmp(tokens(100)) != 0 {
			t.Errorf("StakedPower holds %v, want 100 tokens", got)
		}
	})
	t.Run("a second stake adds to the first", func(t *testing.T) {
		r := f.Stake(t, alice, wei(50, 3))
		checkEvents(t, f, r, votesChanged(alice.Address, tokens(100), wei(150, 3)), staked(alice.Address, wei(50, 3)))
		checkPosition(t, f, alice.Address, position{Power: wei(150, 3), Votes: wei(150, 3), TotalPower: wei(150, 3),
			Balance: sub(each, wei(150, 3)), PowerDown: noPowerDown})
	})
	t.Run("another account's stake is its own and adds to the total", func(t *testing.T) {
		r := f.Stake(t, bob, big.NewInt(1))
		checkEvents(t, f, r, votesChanged(bob.Address, new(big.Int), big.NewInt(1)), staked(bob.Address, big.NewInt(1)))
		checkPosition(t, f, bob.Address, position{Power: big.NewInt(1), Votes: big.NewInt(1), TotalPower: wei(150, 4),
			Balance: sub(each, big.NewInt(1)), PowerDown: noPowerDown})
		if got := powerOf(t, f, alice.Address); got.Cmp(wei(150, 3)) != 0 {
			t.Errorf("alice's power = %v, want %v", got, wei(150, 3))
		}
	})
	t.Run("the whole balance can be staked", func(t *testing.T) {
		f.Stake(t, carol, each)
		checkPosition(t, f, carol.Address, position{Power: each, Votes: each, TotalPower: add(wei(150, 4), each),
			Balance: new(big.Int), PowerDown: noPowerDown})
	})

	f.Send(t, dave, f.C.Token, f.B.Token.PackApprove(f.Addr.StakedPower, new(big.Int)))
	uint96Max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	tooBig := new(big.Int).Add(uint96Max, big.NewInt(1))
	reverts := []struct {
		name   string
		from   chain.Account
		amount *big.Int
		err    string
		args   []any
	}{
		{"zero reverts ZeroAmount", alice, new(big.Int), "ZeroAmount", nil},
		{"more than the balance reverts in the token", bob, add(each, big.NewInt(1)), "ERC20InsufficientBalance",
			[]any{bob.Address, sub(each, big.NewInt(1)), add(each, big.NewInt(1))}},
		{"without an allowance reverts in the token", dave, big.NewInt(1), "ERC20InsufficientAllowance",
			[]any{f.Addr.StakedPower, new(big.Int), big.NewInt(1)}},
		{"above uint96 reverts SafeCastOverflowedUintDowncast", alice, tooBig, "SafeCastOverflowedUintDowncast",
			[]any{uint8(96), tooBig}},
	}
	for _, tt := range reverts {
		t.Run(tt.name, func(t *testing.T) {
			checkArgs(t, f.Revert(t, tt.from, f.C.StakedPower, f.B.StakedPower.PackStake(tt.amount), tt.err), tt.args...)
		})
	}
	checkConservation(t, f)
}

func TestStakeWithPermit(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 2})
	owner, other := f.Members[0], f.Members[1]
	// Start without an allowance: only the permit can let StakedPower pull the tokens.
	f.Send(t, owner, f.C.Token, f.B.Token.PackApprove(f.Addr.StakedPower, new(big.Int)))
	deadline := u64(f.Now(t) + 3600)
	allowance := func(t *testing.T) *big.Int {
		return economytest.Call(t, f, f.C.Token, f.B.Token.PackAllowance(owner.Address, f.Addr.StakedPower), f.B.Token.UnpackAllowance)
	}
	tokenNonce := func(t *testing.T) *big.Int {
		return economytest.Call(t, f, f.C.Token, f.B.Token.PackNonces(owner.Address), f.B.Token.UnpackNonces)
	}
	first, second := wei(250, 1), tokens(40)

	t.Run("stakes with a permit instead of an approval", func(t *testing.T) {
		sig := sign(t, owner, permitData(f, owner.Address, f.Addr.StakedPower, first, big.NewInt(0), deadline))
		r := f.Send(t, owner, f.C.StakedPower, f.B.StakedPower.PackStakeWithPermit(first, deadline, sig.v, sig.r, sig.s))
		checkEvents(t, f, r, votesChanged(owner.Address, new(big.Int), first), staked(owner.Address, first))
		checkPosition(t, f, owner.Address, position{Power: first, Votes: first, TotalPower: first,
			Balance: sub(tokens(1_000_000), first), PowerDown: noPowerDown})
		if got := allowance(t); got.Sign() != 0 {
			t.Errorf("allowance after staking = %v, want 0 (the permit was spent)", got)
		}
		if got := tokenNonce(t); got.Cmp(big.NewInt(1)) != 0 {
			t.Errorf("token nonce = %v, want 1", got)
		}
	})

	sig := sign(t, owner, permitData(f, owner.Address, f.Addr.StakedPower, second, big.NewInt(1), deadline))
	t.Run("a front-run permit is ignored when the allowance suffices", func(t *testing.T) {
		// Someone else submits the permit first; the stake must still go through.
		f.Send(t, other, f.C.Token, f.B.Token.PackPermit(owner.Address, f.Addr.StakedPower, second, deadline, sig.v, sig.r, sig.s))
		r := f.Send(t, owner, f.C.StakedPower, f.B.StakedPower.PackStakeWithPermit(second, deadline, sig.v, sig.r, sig.s))
		checkEvents(t, f, r, votesChanged(owner.Address, first, add(first, second)), staked(owner.Address, second))
		if got := powerOf(t, f, owner.Address); got.Cmp(add(first, second)) != 0 {
			t.Errorf("power = %v, want %v", got, add(first, second))
		}
	})
	t.Run("a used permit without an allowance reverts at the transfer", func(t *testing.T) {
		args := f.Revert(t, owner, f.C.StakedPower, f.B.StakedPower.PackStakeWithPermit(second, deadline, sig.v, sig.r, sig.s),
			"ERC20InsufficientAllowance")
		checkArgs(t, args, f.Addr.StakedPower, new(big.Int), second)
	})
	t.Run("zero reverts ZeroAmount", func(t *testing.T) {
		zero := sign(t, owner, permitData(f, owner.Address, f.Addr.StakedPower, new(big.Int), big.NewInt(2), deadline))
		f.Revert(t, owner, f.C.StakedPower, f.B.StakedPower.PackStakeWithPermit(new(big.Int), deadline, zero.v, zero.r, zero.s), "ZeroAmount")
	})
	checkConservation(t, f)
}

func TestStartPowerDown_StopsCountingAtOnce(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 3})
	alice, bob, carol := f.Members[0], f.Members[1], f.Members[2]
	f.Stake(t, alice, tokens(1000))
	f.Stake(t, bob, tokens(500))
	f.Advance(t, 3600)
	length := uint64(13 * week)

	var t0 uint64
	t.Run("power, votes and total drop at once; PowerDownStarted gives start and start+13 weeks", func(t *testing.T) {
		r := f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(tokens(300)))
		t0 = blockTime(t, f, r)
		checkEvents(t, f, r, votesChanged(alice.Address, tokens(1000), tokens(700)),
			powerDownStarted(alice.Address, tokens(300), t0, t0+length))
		checkPosition(t, f, alice.Address, position{Power: tokens(700), Votes: tokens(700), TotalPower: tokens(1200),
			Balance: tokens(999_000), PowerDown: pending(tokens(300), new(big.Int), t0, t0+length)})
	})
	t.Run("past votes and total supply drop from the power-down's timestamp", func(t *testing.T) {
		f.Advance(t, 10)
		got := []*big.Int{pastVotes(t, f, alice.Address, t0-1), pastVotes(t, f, alice.Address, t0),
			pastTotal(t, f, t0-1), pastTotal(t, f, t0)}
		want := []*big.Int{tokens(1000), tokens(700), tokens(1500), tokens(1200)}
		if diff := cmp.Diff(want, got, bigCmp); diff != "" {
			t.Errorf("[votes before, votes at, total before, total at] (-want +got):\n%s", diff)
		}
	})

	t.Run("reverts ZeroAmount for zero", func(t *testing.T) {
		f.Revert(t, alice, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(new(big.Int)), "ZeroAmount")
	})
	t.Run("reverts InsufficientPower without power", func(t *testing.T) {
		args := f.Revert(t, carol, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(big.NewInt(1)), "InsufficientPower")
		checkArgs(t, args, new(big.Int), big.NewInt(1))
	})
	t.Run("reverts InsufficientPower above the power", func(t *testing.T) {
		args := f.Revert(t, bob, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(wei(500, 1)), "InsufficientPower")
		checkArgs(t, args, tokens(500), wei(500, 1))
	})
	t.Run("reverts InsufficientPower above the power plus the active power-down's unreleased rest", func(t *testing.T) {
		// The check runs at the latest block, where this much of the 300 is still unreleased.
		available := add(tokens(700), sub(tokens(300), released(tokens(300), t0, t0+length, f.Now(t))))
		requested := add(available, big.NewInt(1))
		args := f.Revert(t, alice, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(requested), "InsufficientPower")
		checkArgs(t, args, available, requested)
	})
	checkConservation(t, f)
}

func TestPowerDown_ReleasesLinearly(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 2})
	alice, bob := f.Members[0], f.Members[1]
	amount := wei(1300, 7)
	f.Stake(t, alice, amount)
	f.Advance(t, 3600)
	r := f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(amount))
	t0 := blockTime(t, f, r)
	end := t0 + 13*week
	balance0 := f.Balance(t, alice.Address)

	// powerDownOf is a view: at each point the latest block is at t0+offset.
	for _, offset := range []uint64{1, 86400 + 17, 2*week + 5, 6*week + 12345} {
		t.Run("withdrawable after "+time.Duration(offset*uint64(time.Second)).String(), func(t *testing.T) {
			warpTo(t, f, t0+offset)
			want := pending(amount, released(amount, t0, end, t0+offset), t0, end)
			if diff := cmp.Diff(want, powerDownOf(t, f, alice.Address), bigCmp); diff != "" {
				t.Errorf("powerDownOf (-want +got):\n%s", diff)
			}
		})
	}

	var tw uint64
	var paid *big.Int
	t.Run("withdraw pays exactly what was released and emits Withdrawn", func(t *testing.T) {
		r := f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackWithdraw())
		tw = blockTime(t, f, r)
		paid = released(amount, t0, end, tw)
		checkEvents(t, f, r, withdrawn(alice.Address, paid))
		checkPosition(t, f, alice.Address, position{Power: new(big.Int), Votes: new(big.Int), TotalPower: new(big.Int),
			Balance: add(balance0, paid), PowerDown: pending(sub(amount, paid), new(big.Int), tw, end)})
	})
	t.Run("withdrawing again at once reverts NothingToWithdraw", func(t *testing.T) {
		checkArgs(t, f.Revert(t, alice, f.C.StakedPower, f.B.StakedPower.PackWithdraw(), "NothingToWithdraw"), alice.Address)
	})
	t.Run("withdrawing without a power-down reverts NothingToWithdraw", func(t *testing.T) {
		checkArgs(t, f.Revert(t, bob, f.C.StakedPower, f.B.StakedPower.PackWithdraw(), "NothingToWithdraw"), bob.Address)
	})
	t.Run("after a withdrawal the rest releases at the same rate", func(t *testing.T) {
		now := tw + 3*week + 11
		warpTo(t, f, now)
		rest := sub(amount, paid)
		want := released(rest, tw, end, now)
		got := powerDownOf(t, f, alice.Address)
		if diff := cmp.Diff(pending(rest, want, tw, end), got, bigCmp); diff != "" {
			t.Fatalf("powerDownOf (-want +got):\n%s", diff)
		}
		// Paid plus withdrawable is what the original line gives now, up to one wei of rounding.
		if d := new(big.Int).Abs(sub(add(paid, got.Withdrawable), released(amount, t0, end, now))); d.Cmp(big.NewInt(1)) > 0 {
			t.Errorf("released in total %v, the original line gives %v: off by %v wei", add(paid, got.Withdrawable),
				released(amount, t0, end, now), d)
		}
	})
	t.Run("at the end everything is released and withdraw pays the rest", func(t *testing.T) {
		warpTo(t, f, end)
		rest := sub(amount, paid)
		if diff := cmp.Diff(pending(rest, rest, tw, end), powerDownOf(t, f, alice.Address), bigCmp); diff != "" {
			t.Errorf("powerDownOf at the end (-want +got):\n%s", diff)
		}
		r := f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackWithdraw())
		checkEvents(t, f, r, withdrawn(alice.Address, rest))
		checkPosition(t, f, alice.Address, position{Power: new(big.Int), Votes: new(big.Int), TotalPower: new(big.Int),
			Balance: add(balance0, amount), PowerDown: noPowerDown})
		checkArgs(t, f.Revert(t, alice, f.C.StakedPower, f.B.StakedPower.PackWithdraw(), "NothingToWithdraw"), alice.Address)
	})
	checkConservation(t, f)
}

func TestStartPowerDown_ReplacesTheActiveOne(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 2})
	alice := f.Members[0]
	length := uint64(13 * week)
	f.Stake(t, alice, tokens(1000))
	f.Advance(t, 3600)
	r := f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(tokens(400)))
	t0 := blockTime(t, f, r)
	warpTo(t, f, t0+3*week+5)
	balance0 := f.Balance(t, alice.Address)

	var t1 uint64
	var power, spent *big.Int
	t.Run("pays the released part, returns the rest to power, then powers down the new amount", func(t *testing.T) {
		r := f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(tokens(200)))
		t1 = blockTime(t, f, r)
		paid := released(tokens(400), t0, t0+length, t1)
		returned := sub(tokens(400), paid)
		power = sub(add(tokens(600), returned), tokens(200))
		spent = paid
		checkEvents(t, f, r, votesChanged(alice.Address, tokens(600), power),
			powerDownStarted(alice.Address, tokens(200), t1, t1+length), withdrawn(alice.Address, paid))
		checkPosition(t, f, alice.Address, position{Power: power, Votes: power, TotalPower: power,
			Balance: add(balance0, paid), PowerDown: pending(tokens(200), new(big.Int), t1, t1+length)})
	})
	t.Run("the replacing amount may include the active power-down's unreleased rest", func(t *testing.T) {
		f.Advance(t, 600)
		// More than the active power, less than active power plus the unreleased rest.
		amount := add(power, tokens(1))
		r := f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(amount))
		t2 := blockTime(t, f, r)
		paid := released(tokens(200), t1, t1+length, t2)
		left := sub(add(power, sub(tokens(200), paid)), amount)
		checkEvents(t, f, r, votesChanged(alice.Address, power, left),
			powerDownStarted(alice.Address, amount, t2, t2+length), withdrawn(alice.Address, paid))
		checkPosition(t, f, alice.Address, position{Power: left, Votes: left, TotalPower: left,
			Balance: add(balance0, spent, paid), PowerDown: pending(amount, new(big.Int), t2, t2+length)})
	})
	checkConservation(t, f)
}

func TestCancelPowerDown(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 3})
	alice, bob, carol := f.Members[0], f.Members[1], f.Members[2]
	length := uint64(13 * week)
	f.Stake(t, alice, tokens(1000))
	f.Stake(t, bob, wei(10, 9))
	f.Advance(t, 3600)

	t.Run("pays the released part and returns the rest to power; emits PowerDownCancelled", func(t *testing.T) {
		r := f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(tokens(500)))
		t0 := blockTime(t, f, r)
		warpTo(t, f, t0+week+3)
		balance0 := f.Balance(t, alice.Address)
		r = f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackCancelPowerDown())
		paid := released(tokens(500), t0, t0+length, blockTime(t, f, r))
		returned := sub(tokens(500), paid)
		power := add(tokens(500), returned)
		checkEvents(t, f, r, votesChanged(alice.Address, tokens(500), power),
			&stakedpower.StakedPowerPowerDownCancelled{Account: alice.Address, ReturnedToPower: returned},
			withdrawn(alice.Address, paid))
		checkPosition(t, f, alice.Address, position{Power: power, Votes: power, TotalPower: add(power, wei(10, 9)),
			Balance: add(balance0, paid), PowerDown: noPowerDown})
	})
	t.Run("reverts NoPowerDown once cancelled", func(t *testing.T) {
		checkArgs(t, f.Revert(t, alice, f.C.StakedPower, f.B.StakedPower.PackCancelPowerDown(), "NoPowerDown"), alice.Address)
	})
	t.Run("reverts NoPowerDown for an account that never powered down", func(t *testing.T) {
		checkArgs(t, f.Revert(t, carol, f.C.StakedPower, f.B.StakedPower.PackCancelPowerDown(), "NoPowerDown"), carol.Address)
	})
	t.Run("after the end it pays everything and returns nothing", func(t *testing.T) {
		r := f.Send(t, bob, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(wei(10, 9)))
		t0 := blockTime(t, f, r)
		warpTo(t, f, t0+length+1)
		balance0 := f.Balance(t, bob.Address)
		r = f.Send(t, bob, f.C.StakedPower, f.B.StakedPower.PackCancelPowerDown())
		checkEvents(t, f, r, &stakedpower.StakedPowerPowerDownCancelled{Account: bob.Address, ReturnedToPower: new(big.Int)},
			withdrawn(bob.Address, wei(10, 9)))
		checkPosition(t, f, bob.Address, position{Power: new(big.Int), Votes: new(big.Int), TotalPower: powerOf(t, f, alice.Address),
			Balance: add(balance0, wei(10, 9)), PowerDown: noPowerDown})
	})
	checkConservation(t, f)
}

func TestPowerDownWeeks_DefaultsAndGovernance(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 1})
	read := func(pack func() []byte, unpack func([]byte) (*big.Int, error)) *big.Int {
		return economytest.Call(t, f, f.C.StakedPower, pack(), unpack)
	}
	b := f.B.StakedPower
	got := []*big.Int{read(b.PackPowerDownWeeks, b.UnpackPowerDownWeeks),
		read(b.PackMINPOWERDOWNWEEKS, b.UnpackMINPOWERDOWNWEEKS), read(b.PackMAXPOWERDOWNWEEKS, b.UnpackMAXPOWERDOWNWEEKS)}
	if diff := cmp.Diff([]*big.Int{big.NewInt(13), big.NewInt(1), big.NewInt(104)}, got, bigCmp); diff != "" {
		t.Errorf("[powerDownWeeks, MIN, MAX] (-want +got):\n%s", diff)
	}
	gov := economytest.Call(t, f, f.C.StakedPower, b.PackGovernance(), b.UnpackGovernance)
	treasury := economytest.Call(t, f, f.C.StakedPower, b.PackTreasury(), b.UnpackTreasury)
	if gov != f.Addr.Timelock || treasury != f.Addr.Timelock {
		t.Errorf("governance %s, treasury %s; want the timelock %s", gov.Hex(), treasury.Hex(), f.Addr.Timelock.Hex())
	}
	for _, caller := range []struct {
		name string
		acct chain.Account
	}{{"a member", f.Members[0]}, {"the deployer", f.Deployer}} {
		t.Run("setPowerDownWeeks by "+caller.name+" reverts NotGovernance", func(t *testing.T) {
			args := f.Revert(t, caller.acct, f.C.StakedPower, b.PackSetPowerDownWeeks(big.NewInt(4)), "NotGovernance")
			checkArgs(t, args, caller.acct.Address)
		})
	}
}

func TestPowerDownWeeks_FollowsTheConfig(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 1, Configure: func(c *config.Economy) {
		c.Staking.PowerDown = config.Duration(2 * config.Week)
	}})
	alice := f.Members[0]
	if got := economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackPowerDownWeeks(), f.B.StakedPower.UnpackPowerDownWeeks); got.Cmp(big.NewInt(2)) != 0 {
		t.Errorf("powerDownWeeks = %v, want 2", got)
	}
	f.Stake(t, alice, tokens(10))
	r := f.Send(t, alice, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(tokens(10)))
	start := blockTime(t, f, r)
	checkEvents(t, f, r, votesChanged(alice.Address, tokens(10), new(big.Int)), powerDownStarted(alice.Address, tokens(10), start, start+2*week))
}

// standalone deploys a second StakedPower on the economy's token whose governance is a dev
// account the test controls, so that setPowerDownWeeks can be exercised without the
// governor (the full proposal path is tested with the governor).
func standalone(t *testing.T, f *economytest.Fixture, gov chain.Account, weeks int64) (common.Address, *bind.BoundContract) {
	t.Helper()
	addr, tx, err := bind.DeployContract(f.Chain.Transactor(gov), common.FromHex(stakedpower.StakedPowerMetaData.Bin), f.Chain.Backend(),
		f.B.StakedPower.PackConstructor(f.Addr.Token, f.Addr.Timelock, gov.Address, u64(f.EpochStart), u64(f.EpochLength), big.NewInt(weeks)))
	addr = chaintest.Deployed(t, f.Chain, addr, tx, err)
	return addr, f.B.StakedPower.Instance(f.Chain.Backend(), addr)
}

func TestSetPowerDownWeeks_WithinBoundsFromTheNextEpoch(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 1})
	gov, alice := f.Chain.Account(7), f.Members[0]
	addr, sp := standalone(t, f, gov, 13)
	b := f.B.StakedPower
	weeksNow := func(t *testing.T) *big.Int {
		return economytest.Call(t, f, sp, b.PackPowerDownWeeks(), b.UnpackPowerDownWeeks)
	}
	f.Send(t, alice, f.C.Token, f.B.Token.PackApprove(addr, tokens(1000)))
	f.Send(t, alice, sp, b.PackStake(tokens(1000)))
	f.Warp(t, 1, 60)

	for _, w := range []int64{0, 105} {
		t.Run("reverts PowerDownWeeksOutOfBounds for "+big.NewInt(w).String(), func(t *testing.T) {
			args := f.Revert(t, gov, sp, b.PackSetPowerDownWeeks(big.NewInt(w)), "PowerDownWeeksOutOfBounds")
			checkArgs(t, args, big.NewInt(w), big.NewInt(1), big.NewInt(104))
		})
	}
	t.Run("reverts NotGovernance for anyone else", func(t *testing.T) {
		checkArgs(t, f.Revert(t, alice, sp, b.PackSetPowerDownWeeks(big.NewInt(4)), "NotGovernance"), alice.Address)
	})
	next := f.EpochStartTime(2)
	t.Run("the bounds themselves are accepted; the last change in an epoch wins; PowerDownWeeksScheduled", func(t *testing.T) {
		for _, w := range []int64{104, 1, 4} {
			r := f.Send(t, gov, sp, b.PackSetPowerDownWeeks(big.NewInt(w)))
			want := []any{&stakedpower.StakedPowerPowerDownWeeksScheduled{PowerDownWeeks: big.NewInt(w), EffectiveFrom: u64(next)}}
			if diff := cmp.Diff(want, eventsOf(t, f, addr, r), bigCmp, ignoreRaw); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		}
	})
	var before stakedpower.PowerDownOfOutput
	t.Run("the current epoch keeps the old length", func(t *testing.T) {
		if got := weeksNow(t); got.Cmp(big.NewInt(13)) != 0 {
			t.Errorf("powerDownWeeks = %v, want 13 until the next epoch", got)
		}
		r := f.Send(t, alice, sp, b.PackStartPowerDown(tokens(100)))
		start := blockTime(t, f, r)
		before = economytest.Call(t, f, sp, b.PackPowerDownOf(alice.Address), b.UnpackPowerDownOf)
		if got := before.End.Uint64(); got != start+13*week {
			t.Errorf("power-down ends %d, want start+13 weeks = %d", got, start+13*week)
		}
	})
	t.Run("from the next epoch the new length applies to new power-downs only", func(t *testing.T) {
		warpTo(t, f, next)
		if got := weeksNow(t); got.Cmp(big.NewInt(4)) != 0 {
			t.Errorf("powerDownWeeks = %v, want 4", got)
		}
		if got := economytest.Call(t, f, sp, b.PackPowerDownOf(alice.Address), b.UnpackPowerDownOf); got.End.Cmp(before.End) != 0 {
			t.Errorf("the running power-down's end moved from %v to %v", before.End, got.End)
		}
		f.Send(t, alice, sp, b.PackCancelPowerDown())
		r := f.Send(t, alice, sp, b.PackStartPowerDown(tokens(100)))
		start := blockTime(t, f, r)
		if got := economytest.Call(t, f, sp, b.PackPowerDownOf(alice.Address), b.UnpackPowerDownOf); got.End.Uint64() != start+4*week {
			t.Errorf("power-down ends %v, want start+4 weeks = %d", got.End, start+4*week)
		}
	})
	t.Run("a later change again waits for the epoch after it", func(t *testing.T) {
		r := f.Send(t, gov, sp, b.PackSetPowerDownWeeks(big.NewInt(8)))
		want := []any{&stakedpower.StakedPowerPowerDownWeeksScheduled{PowerDownWeeks: big.NewInt(8), EffectiveFrom: u64(f.EpochStartTime(3))}}
		if diff := cmp.Diff(want, eventsOf(t, f, addr, r), bigCmp, ignoreRaw); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		if got := weeksNow(t); got.Cmp(big.NewInt(4)) != 0 {
			t.Errorf("powerDownWeeks = %v, want 4 until epoch 3", got)
		}
		warpTo(t, f, f.EpochStartTime(3))
		if got := weeksNow(t); got.Cmp(big.NewInt(8)) != 0 {
			t.Errorf("powerDownWeeks = %v, want 8 from epoch 3", got)
		}
	})
}

func TestConstructor_RevertsOnBadArguments(t *testing.T) {
	c := chaintest.New(t)
	b := stakedpower.NewStakedPower()
	some := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	tests := []struct {
		name                      string
		token, treasury, governor common.Address
		length, weeks             uint64
		want                      any
	}{
		{"zero token", common.Address{}, some, some, 7 * 86400, 13, &stakedpower.StakedPowerZeroAddress{}},
		{"zero treasury", some, common.Address{}, some, 7 * 86400, 13, &stakedpower.StakedPowerZeroAddress{}},
		{"zero governance", some, some, common.Address{}, 7 * 86400, 13, &stakedpower.StakedPowerZeroAddress{}},
		{"zero weeks", some, some, some, 7 * 86400, 0,
			&stakedpower.StakedPowerPowerDownWeeksOutOfBounds{PowerDownWeeks: u64(0), Min: big.NewInt(1), Max: big.NewInt(104)}},
		{"105 weeks", some, some, some, 7 * 86400, 105,
			&stakedpower.StakedPowerPowerDownWeeksOutOfBounds{PowerDownWeeks: u64(105), Min: big.NewInt(1), Max: big.NewInt(104)}},
		{"zero epoch length", some, some, some, 0, 13, &stakedpower.StakedPowerInvalidEpochLength{Length: u64(0)}},
		{"epoch longer than 90 days", some, some, some, 90*86400 + 1, 13, &stakedpower.StakedPowerInvalidEpochLength{Length: u64(90*86400 + 1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := bind.DeployContract(c.Transactor(c.Account(0)), common.FromHex(stakedpower.StakedPowerMetaData.Bin), c.Client(),
				b.PackConstructor(tt.token, tt.treasury, tt.governor, big.NewInt(1), u64(tt.length), u64(tt.weeks)))
			got := chaintest.Reverted(t, err, b.UnpackError)
			if diff := cmp.Diff(tt.want, got, bigCmp); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
