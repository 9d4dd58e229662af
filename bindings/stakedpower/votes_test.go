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

func TestClock_IsTheBlockTimestamp(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 1})
	b := f.B.StakedPower
	f.Advance(t, 3600)
	type clock struct {
		Clock             *big.Int
		Mode              string
		Name, Version     string
		ChainID           *big.Int
		VerifyingContract common.Address
	}
	domain := economytest.Call(t, f, f.C.StakedPower, b.PackEip712Domain(), b.UnpackEip712Domain)
	got := clock{
		Clock: economytest.Call(t, f, f.C.StakedPower, b.PackClock(), b.UnpackClock),
		Mode:  economytest.Call(t, f, f.C.StakedPower, b.PackCLOCKMODE(), b.UnpackCLOCKMODE),
		Name:  domain.Name, Version: domain.Version, ChainID: domain.ChainId, VerifyingContract: domain.VerifyingContract,
	}
	want := clock{Clock: u64(f.Now(t)), Mode: "mode=timestamp", Name: "StakedPower", Version: "1",
		ChainID: f.Chain.ChainID(), VerifyingContract: f.Addr.StakedPower}
	if diff := cmp.Diff(want, got, bigCmp); diff != "" {
		t.Errorf("clock and EIP-712 domain (-want +got):\n%s", diff)
	}
}

func TestDelegates_SelfByDefault(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 2})
	staker, idle := f.Members[0], f.Members[1]
	f.Stake(t, staker, tokens(42))
	got := []any{delegates(t, f, staker.Address), delegates(t, f, idle.Address), votes(t, f, staker.Address), votes(t, f, idle.Address)}
	want := []any{staker.Address, idle.Address, tokens(42), new(big.Int)}
	if diff := cmp.Diff(want, got, bigCmp); diff != "" {
		t.Errorf("[delegates(staker), delegates(idle), votes(staker), votes(idle)] (-want +got):\n%s", diff)
	}
}

// stakerModel is one account's power and power-down, computed in Go from the rules.
type stakerModel struct {
	power, remaining *big.Int
	start, end       uint64
}

// close ends the power-down at now: what it released is paid, the rest returns to power.
func (s *stakerModel) close(now uint64) (paid, returned *big.Int) {
	paid = released(s.remaining, s.start, s.end, now)
	returned = sub(s.remaining, paid)
	s.power = add(s.power, returned)
	s.remaining, s.start, s.end = new(big.Int), 0, 0
	return paid, returned
}

// TestPastVotes_FollowALongHistory builds a long vote history (stakes, power-downs that
// replace each other, cancellations, another account's stakes) in separate blocks, keeps
// the expected history in Go, and looks every entry up, together with the seconds just
// before and after each: the lookups cross both halves of the two-entries-per-slot packing
// and both sides of the square-root probe of the binary search.
func TestPastVotes_FollowALongHistory(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 2})
	alice, bob := f.Members[0], f.Members[1]
	f.Advance(t, 3600)
	start := f.Now(t)
	length := uint64(13 * week)

	a := &stakerModel{power: new(big.Int), remaining: new(big.Int)}
	bobPower := new(big.Int)
	paidOut, stakedIn := new(big.Int), new(big.Int)
	type point struct {
		At                uint64
		Alice, Bob, Total *big.Int
	}
	var history []point
	aliceEntries := 0
	for i := range 40 {
		f.Advance(t, 2+uint64(i%7)*977)
		from, data, apply := alice, []byte(nil), func(now uint64) {}
		switch {
		case i%5 == 2: // a power-down, replacing the active one if any
			amount := add(new(big.Int).Quo(a.power, big.NewInt(3)), big.NewInt(int64(i)))
			data = f.B.StakedPower.PackStartPowerDown(amount)
			apply = func(now uint64) {
				paid, _ := a.close(now)
				paidOut.Add(paidOut, paid)
				a.power = sub(a.power, amount)
				a.remaining, a.start, a.end = amount, now, now+length
				aliceEntries++
			}
		case i%10 == 4:
			data = f.B.StakedPower.PackCancelPowerDown()
			apply = func(now uint64) {
				paid, _ := a.close(now)
				paidOut.Add(paidOut, paid)
				aliceEntries++
			}
		case i%10 == 9: // bob's stake changes the total, not alice's votes
			amount := tokens(int64(5 + i))
			from, data = bob, f.B.StakedPower.PackStake(amount)
			apply = func(uint64) { bobPower = add(bobPower, amount) }
		default:
			amount := wei(int64(10+i), int64(i))
			data = f.B.StakedPower.PackStake(amount)
			apply = func(uint64) {
				a.power = add(a.power, amount)
				stakedIn.Add(stakedIn, amount)
				aliceEntries++
			}
		}
		r := f.Send(t, from, f.C.StakedPower, data)
		now := blockTime(t, f, r)
		apply(now)
		history = append(history, point{At: now, Alice: a.power, Bob: bobPower, Total: add(a.power, bobPower)})
		if got := votes(t, f, alice.Address); got.Cmp(a.power) != 0 {
			t.Fatalf("action %d: getVotes(alice) = %v, want %v", i, got, a.power)
		}
	}
	if aliceEntries < 20 {
		t.Fatalf("only %d vote changes for alice; the test needs a long history", aliceEntries)
	}
	f.Advance(t, 5)

	expected := func(at uint64) point {
		p := point{At: at, Alice: new(big.Int), Bob: new(big.Int), Total: new(big.Int)}
		for _, h := range history {
			if h.At <= at {
				p.Alice, p.Bob, p.Total = h.Alice, h.Bob, h.Total
			}
		}
		return p
	}
	var want, got []point
	probe := func(at uint64) {
		want = append(want, expected(at))
		got = append(got, point{At: at, Alice: pastVotes(t, f, alice.Address, at), Bob: pastVotes(t, f, bob.Address, at),
			Total: pastTotal(t, f, at)})
	}
	probe(0)
	probe(start)
	for _, h := range history {
		probe(h.At - 1)
		probe(h.At)
		probe(h.At + 1)
	}
	probe(f.Now(t) - 1)
	if diff := cmp.Diff(want, got, bigCmp); diff != "" {
		t.Errorf("getPastVotes / getPastTotalSupply (-want +got):\n%s", diff)
	}

	wantBalance := add(sub(tokens(1_000_000), stakedIn), paidOut)
	if got := f.Balance(t, alice.Address); got.Cmp(wantBalance) != 0 {
		t.Errorf("alice's balance = %v, want %v (staked %v, paid out %v)", got, wantBalance, stakedIn, paidOut)
	}
	checkConservation(t, f)
}

func TestPastVotes_RevertForTheFuture(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 1})
	f.Stake(t, f.Members[0], tokens(1))
	now := f.Now(t)
	b := f.B.StakedPower
	tests := []struct {
		name string
		data []byte
		at   uint64
	}{
		{"getPastVotes now", b.PackGetPastVotes(f.Members[0].Address, u64(now)), now},
		{"getPastVotes later", b.PackGetPastVotes(f.Members[0].Address, u64(now+1000)), now + 1000},
		{"getPastTotalSupply now", b.PackGetPastTotalSupply(u64(now)), now},
		{"getPastTotalSupply later", b.PackGetPastTotalSupply(u64(now + 1)), now + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name+" reverts ERC5805FutureLookup", func(t *testing.T) {
			checkArgs(t, viewReverts(t, f, tt.data, "ERC5805FutureLookup"), u64(tt.at), u64(now))
		})
	}
}

func TestPastVotes_TwoChangesInOneBlockMakeOneEntry(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 2})
	alice, bob := f.Members[0], f.Members[1]
	f.Stake(t, alice, tokens(10))
	f.Advance(t, 60)
	b := f.B.StakedPower
	rs := sendTogether(t, f,
		call{alice, f.C.StakedPower, b.PackStake(tokens(5))},
		call{alice, f.C.StakedPower, b.PackStake(tokens(7))},
		call{bob, f.C.StakedPower, b.PackStake(tokens(3))})
	at := blockTime(t, f, rs[0])
	checkEvents(t, f, rs[0], votesChanged(alice.Address, tokens(10), tokens(15)), staked(alice.Address, tokens(5)))
	checkEvents(t, f, rs[1], votesChanged(alice.Address, tokens(15), tokens(22)), staked(alice.Address, tokens(7)))
	f.Advance(t, 1)
	got := []*big.Int{pastVotes(t, f, alice.Address, at-1), pastVotes(t, f, alice.Address, at), pastTotal(t, f, at-1), pastTotal(t, f, at)}
	want := []*big.Int{tokens(10), tokens(22), tokens(10), tokens(25)}
	if diff := cmp.Diff(want, got, bigCmp); diff != "" {
		t.Errorf("[alice before, alice at, total before, total at] (-want +got):\n%s", diff)
	}
}

// votesOf reads getVotes for each account.
func votesOf(t testing.TB, f *economytest.Fixture, accounts ...chain.Account) []*big.Int {
	t.Helper()
	out := make([]*big.Int, len(accounts))
	for i, a := range accounts {
		out[i] = votes(t, f, a.Address)
	}
	return out
}

func TestDelegate(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 4})
	alice, bob, carol, dave := f.Members[0], f.Members[1], f.Members[2], f.Members[3]
	b := f.B.StakedPower
	f.Stake(t, alice, tokens(100))
	f.Stake(t, bob, tokens(50))
	zero := common.Address{}
	checkVotes := func(t *testing.T, alice, bob, carol, total *big.Int) {
		t.Helper()
		got := append(votesOf(t, f, f.Members[:3]...), totalPower(t, f))
		if diff := cmp.Diff([]*big.Int{alice, bob, carol, total}, got, bigCmp); diff != "" {
			t.Errorf("[votes alice, bob, carol, total power] (-want +got):\n%s", diff)
		}
	}
	delegate := func(t *testing.T, from chain.Account, to common.Address) uint64 {
		t.Helper()
		r := f.Send(t, from, f.C.StakedPower, b.PackDelegate(to))
		return blockTime(t, f, r)
	}

	t.Run("delegating moves the votes; DelegateChanged and DelegateVotesChanged on both sides", func(t *testing.T) {
		r := f.Send(t, alice, f.C.StakedPower, b.PackDelegate(bob.Address))
		at := blockTime(t, f, r)
		checkEvents(t, f, r, delegateChanged(alice.Address, alice.Address, bob.Address),
			votesChanged(alice.Address, tokens(100), new(big.Int)), votesChanged(bob.Address, tokens(50), tokens(150)))
		checkVotes(t, new(big.Int), tokens(150), new(big.Int), tokens(150))
		if got := delegates(t, f, alice.Address); got != bob.Address {
			t.Errorf("delegates(alice) = %s, want bob", got.Hex())
		}
		if got := powerOf(t, f, alice.Address); got.Cmp(tokens(100)) != 0 {
			t.Errorf("alice's power = %v, want 100 tokens: delegating keeps the power", got)
		}
		f.Advance(t, 1)
		got := []*big.Int{pastVotes(t, f, alice.Address, at-1), pastVotes(t, f, alice.Address, at),
			pastVotes(t, f, bob.Address, at-1), pastVotes(t, f, bob.Address, at), pastTotal(t, f, at)}
		want := []*big.Int{tokens(100), new(big.Int), tokens(50), tokens(150), tokens(150)}
		if diff := cmp.Diff(want, got, bigCmp); diff != "" {
			t.Errorf("[alice before, at; bob before, at; total at] (-want +got):\n%s", diff)
		}
	})
	t.Run("a stake while delegated adds to the delegate's votes", func(t *testing.T) {
		r := f.Stake(t, alice, tokens(20))
		checkEvents(t, f, r, votesChanged(bob.Address, tokens(150), tokens(170)), staked(alice.Address, tokens(20)))
		checkVotes(t, new(big.Int), tokens(170), new(big.Int), tokens(170))
	})
	t.Run("a power-down while delegated takes from the delegate's votes", func(t *testing.T) {
		r := f.Send(t, alice, f.C.StakedPower, b.PackStartPowerDown(tokens(30)))
		start := blockTime(t, f, r)
		checkEvents(t, f, r, votesChanged(bob.Address, tokens(170), tokens(140)),
			powerDownStarted(alice.Address, tokens(30), start, start+13*week))
		checkVotes(t, new(big.Int), tokens(140), new(big.Int), tokens(140))
	})
	t.Run("the delegate's own stake adds to the delegated votes", func(t *testing.T) {
		r := f.Stake(t, bob, tokens(5))
		checkEvents(t, f, r, votesChanged(bob.Address, tokens(140), tokens(145)), staked(bob.Address, tokens(5)))
		checkVotes(t, new(big.Int), tokens(145), new(big.Int), tokens(145))
	})
	t.Run("redelegating moves the votes from the old delegate to the new", func(t *testing.T) {
		r := f.Send(t, alice, f.C.StakedPower, b.PackDelegate(carol.Address))
		checkEvents(t, f, r, delegateChanged(alice.Address, bob.Address, carol.Address),
			votesChanged(bob.Address, tokens(145), tokens(55)), votesChanged(carol.Address, new(big.Int), tokens(90)))
		checkVotes(t, new(big.Int), tokens(55), tokens(90), tokens(145))
	})
	t.Run("delegating back to oneself takes the votes back", func(t *testing.T) {
		r := f.Send(t, alice, f.C.StakedPower, b.PackDelegate(alice.Address))
		checkEvents(t, f, r, delegateChanged(alice.Address, carol.Address, alice.Address),
			votesChanged(carol.Address, tokens(90), new(big.Int)), votesChanged(alice.Address, new(big.Int), tokens(90)))
		checkVotes(t, tokens(90), tokens(55), new(big.Int), tokens(145))
		if got := delegates(t, f, alice.Address); got != alice.Address {
			t.Errorf("delegates(alice) = %s, want alice", got.Hex())
		}
	})
	t.Run("delegating to the current delegate moves nothing", func(t *testing.T) {
		r := f.Send(t, alice, f.C.StakedPower, b.PackDelegate(alice.Address))
		checkEvents(t, f, r, delegateChanged(alice.Address, alice.Address, alice.Address))
		checkVotes(t, tokens(90), tokens(55), new(big.Int), tokens(145))
	})
	var zeroAt uint64
	t.Run("delegating to the zero address removes the votes from everyone but keeps the total", func(t *testing.T) {
		r := f.Send(t, alice, f.C.StakedPower, b.PackDelegate(zero))
		zeroAt = blockTime(t, f, r)
		checkEvents(t, f, r, delegateChanged(alice.Address, alice.Address, zero), votesChanged(alice.Address, tokens(90), new(big.Int)))
		checkVotes(t, new(big.Int), tokens(55), new(big.Int), tokens(145))
		if got := delegates(t, f, alice.Address); got != zero {
			t.Errorf("delegates(alice) = %s, want the zero address", got.Hex())
		}
	})
	t.Run("a stake while delegated to the zero address counts in the total only", func(t *testing.T) {
		r := f.Stake(t, alice, tokens(10))
		checkEvents(t, f, r, staked(alice.Address, tokens(10)))
		checkVotes(t, new(big.Int), tokens(55), new(big.Int), tokens(155))
		if got := votes(t, f, zero); got.Sign() != 0 {
			t.Errorf("getVotes(zero address) = %v, want 0", got)
		}
		f.Advance(t, 1)
		if got := pastTotal(t, f, zeroAt); got.Cmp(tokens(145)) != 0 {
			t.Errorf("total at the zero delegation = %v, want 145 tokens", got)
		}
	})
	t.Run("delegating from the zero address back to oneself restores the votes", func(t *testing.T) {
		r := f.Send(t, alice, f.C.StakedPower, b.PackDelegate(alice.Address))
		checkEvents(t, f, r, delegateChanged(alice.Address, zero, alice.Address), votesChanged(alice.Address, new(big.Int), tokens(100)))
		checkVotes(t, tokens(100), tokens(55), new(big.Int), tokens(155))
	})
	t.Run("an account without power delegates without moving votes; its later stake goes to the delegate", func(t *testing.T) {
		r := f.Send(t, dave, f.C.StakedPower, b.PackDelegate(carol.Address))
		checkEvents(t, f, r, delegateChanged(dave.Address, dave.Address, carol.Address))
		r = f.Stake(t, dave, tokens(8))
		checkEvents(t, f, r, votesChanged(carol.Address, new(big.Int), tokens(8)), staked(dave.Address, tokens(8)))
		checkVotes(t, tokens(100), tokens(55), tokens(8), tokens(163))
		if got := votes(t, f, dave.Address); got.Sign() != 0 {
			t.Errorf("dave's votes = %v, want 0", got)
		}
	})
	t.Run("cancelling a power-down while delegated returns the votes to the delegate", func(t *testing.T) {
		delegate(t, alice, bob.Address) // bob: 55 + 100
		pd := powerDownOf(t, f, alice.Address)
		r := f.Send(t, alice, f.C.StakedPower, b.PackCancelPowerDown())
		now := blockTime(t, f, r)
		paid := released(pd.Remaining, pd.Start.Uint64(), pd.End.Uint64(), now)
		returned := sub(pd.Remaining, paid)
		checkEvents(t, f, r, votesChanged(bob.Address, tokens(155), add(tokens(155), returned)),
			&stakedpower.StakedPowerPowerDownCancelled{Account: alice.Address, ReturnedToPower: returned}, withdrawn(alice.Address, paid))
	})
	checkConservation(t, f)
}

func TestDelegateBySig(t *testing.T) {
	f := economytest.New(t, economytest.Options{Members: 3})
	alice, bob, relayer := f.Members[0], f.Members[1], f.Members[2]
	b := f.B.StakedPower
	f.Stake(t, alice, tokens(100))
	now := f.Now(t)
	expiry := u64(now + 3600)
	nonce := func(t *testing.T) *big.Int {
		return economytest.Call(t, f, f.C.StakedPower, b.PackNonces(alice.Address), b.UnpackNonces)
	}
	bySig := func(delegatee common.Address, n, exp *big.Int) []byte {
		s := sign(t, alice, delegationData(f, delegatee, n, exp))
		return b.PackDelegateBySig(delegatee, n, exp, s.v, s.r, s.s)
	}
	first := bySig(bob.Address, big.NewInt(0), expiry)

	t.Run("delegates for the signer, whoever submits it", func(t *testing.T) {
		r := f.Send(t, relayer, f.C.StakedPower, first)
		checkEvents(t, f, r, delegateChanged(alice.Address, alice.Address, bob.Address),
			votesChanged(alice.Address, tokens(100), new(big.Int)), votesChanged(bob.Address, new(big.Int), tokens(100)))
		if got := delegates(t, f, alice.Address); got != bob.Address {
			t.Errorf("delegates(alice) = %s, want bob", got.Hex())
		}
		if got := nonce(t); got.Cmp(big.NewInt(1)) != 0 {
			t.Errorf("nonce = %v, want 1", got)
		}
	})
	t.Run("a replayed signature reverts InvalidAccountNonce", func(t *testing.T) {
		checkArgs(t, f.Revert(t, relayer, f.C.StakedPower, first, "InvalidAccountNonce"), alice.Address, big.NewInt(1))
	})
	t.Run("a nonce ahead of the account's reverts InvalidAccountNonce", func(t *testing.T) {
		data := bySig(alice.Address, big.NewInt(5), expiry)
		checkArgs(t, f.Revert(t, relayer, f.C.StakedPower, data, "InvalidAccountNonce"), alice.Address, big.NewInt(1))
	})
	t.Run("an expired signature reverts VotesExpiredSignature", func(t *testing.T) {
		past := u64(now - 1)
		data := bySig(alice.Address, big.NewInt(1), past)
		checkArgs(t, f.Revert(t, relayer, f.C.StakedPower, data, "VotesExpiredSignature"), past)
	})
	t.Run("a malformed signature reverts ECDSAInvalidSignature", func(t *testing.T) {
		data := b.PackDelegateBySig(bob.Address, big.NewInt(1), expiry, 27, [32]byte{}, [32]byte{})
		f.Revert(t, relayer, f.C.StakedPower, data, "ECDSAInvalidSignature")
	})
	t.Run("the next nonce delegates back to the signer", func(t *testing.T) {
		r := f.Send(t, relayer, f.C.StakedPower, bySig(alice.Address, big.NewInt(1), expiry))
		checkEvents(t, f, r, delegateChanged(alice.Address, bob.Address, alice.Address),
			votesChanged(bob.Address, tokens(100), new(big.Int)), votesChanged(alice.Address, new(big.Int), tokens(100)))
	})
}
