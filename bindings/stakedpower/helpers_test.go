package stakedpower_test

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/bindings/stakedpower"
	"github.com/apiary-dev/apiary/internal/economytest"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/harness"
)

// week is one week in seconds, the unit of powerDownWeeks.
const week = 7 * 24 * 3600

var (
	tokens = economytest.Tokens
	bigCmp = economytest.BigCmp
	// ignoreRaw drops the log a decoded event carries: the tests compare what it says.
	ignoreRaw = cmp.FilterPath(func(p cmp.Path) bool {
		sf, ok := p.Last().(cmp.StructField)
		return ok && sf.Name() == "Raw"
	}, cmp.Ignore())
)

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// wei is n tokens plus extra wei, for amounts that do not divide evenly.
func wei(n, extra int64) *big.Int { return new(big.Int).Add(tokens(n), big.NewInt(extra)) }

func add(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

// mulDiv is a*b/c rounded down, as Solidity divides non-negative integers.
func mulDiv(a, b, c *big.Int) *big.Int {
	return new(big.Int).Quo(new(big.Int).Mul(a, b), c)
}

// released is what a power-down of `remaining` running from start to end has released at
// now: everything at the end, remaining*(now-start)/(end-start) before it.
func released(remaining *big.Int, start, end, now uint64) *big.Int {
	if remaining.Sign() == 0 {
		return new(big.Int)
	}
	if now >= end {
		return new(big.Int).Set(remaining)
	}
	return mulDiv(remaining, u64(now-start), u64(end-start))
}

// ---------------------------------------------------------------- views

func powerOf(t testing.TB, f *economytest.Fixture, a common.Address) *big.Int {
	t.Helper()
	return economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackPowerOf(a), f.B.StakedPower.UnpackPowerOf)
}

func totalPower(t testing.TB, f *economytest.Fixture) *big.Int {
	t.Helper()
	return economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackTotalPower(), f.B.StakedPower.UnpackTotalPower)
}

func votes(t testing.TB, f *economytest.Fixture, a common.Address) *big.Int {
	t.Helper()
	return economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackGetVotes(a), f.B.StakedPower.UnpackGetVotes)
}

func pastVotes(t testing.TB, f *economytest.Fixture, a common.Address, ts uint64) *big.Int {
	t.Helper()
	return economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackGetPastVotes(a, u64(ts)), f.B.StakedPower.UnpackGetPastVotes)
}

func pastTotal(t testing.TB, f *economytest.Fixture, ts uint64) *big.Int {
	t.Helper()
	return economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackGetPastTotalSupply(u64(ts)), f.B.StakedPower.UnpackGetPastTotalSupply)
}

func delegates(t testing.TB, f *economytest.Fixture, a common.Address) common.Address {
	t.Helper()
	return economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackDelegates(a), f.B.StakedPower.UnpackDelegates)
}

func powerDownOf(t testing.TB, f *economytest.Fixture, a common.Address) stakedpower.PowerDownOfOutput {
	t.Helper()
	return economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackPowerDownOf(a), f.B.StakedPower.UnpackPowerDownOf)
}

func earned(t testing.TB, f *economytest.Fixture, a common.Address) *big.Int {
	t.Helper()
	return economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackEarned(a), f.B.StakedPower.UnpackEarned)
}

func unallocated(t testing.TB, f *economytest.Fixture) *big.Int {
	t.Helper()
	return economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackUnallocatedRewards(), f.B.StakedPower.UnpackUnallocatedRewards)
}

func rewardStream(t testing.TB, f *economytest.Fixture) stakedpower.RewardStreamOutput {
	t.Helper()
	return economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackRewardStream(), f.B.StakedPower.UnpackRewardStream)
}

// viewReverts requires that a view of StakedPower reverts with the named custom error and
// returns the error's arguments.
func viewReverts(t testing.TB, f *economytest.Fixture, data []byte, name string) []any {
	t.Helper()
	_, err := harness.Call(f.Ctx, f.C.StakedPower, data, func(b []byte) ([]byte, error) { return b, nil })
	var re *harness.RevertError
	if !errors.As(err, &re) || re.Name != name {
		t.Fatalf("expected the view to revert with %s, got %v", name, err)
	}
	return re.Args
}

// ---------------------------------------------------------------- time

// blockTime is the timestamp of the block that mined r.
func blockTime(t testing.TB, f *economytest.Fixture, r *types.Receipt) uint64 {
	t.Helper()
	h, err := f.Chain.Backend().HeaderByNumber(f.Ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// warpTo seals an empty block at ts, so that views read the state at ts.
func warpTo(t testing.TB, f *economytest.Fixture, ts uint64) {
	t.Helper()
	if err := f.Chain.WarpTo(f.Ctx, ts); err != nil {
		t.Fatal(err)
	}
}

// sendTogether mines the transactions in one block and returns their receipts.
func sendTogether(t testing.TB, f *economytest.Fixture, calls ...call) []*types.Receipt {
	t.Helper()
	txs := make([]*types.Transaction, len(calls))
	// Nonces are set here: the pool may not have seen the previous transaction yet.
	nonces := map[common.Address]uint64{}
	for i, c := range calls {
		if _, ok := nonces[c.from.Address]; !ok {
			n, err := f.Chain.Backend().NonceAt(f.Ctx, c.from.Address, nil)
			if err != nil {
				t.Fatal(err)
			}
			nonces[c.from.Address] = n
		}
		opts := f.Chain.Transactor(c.from)
		opts.GasLimit = 500_000
		opts.Nonce = u64(nonces[c.from.Address])
		nonces[c.from.Address]++
		tx, err := bind.Transact(c.inst, opts, c.data)
		if err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
		txs[i] = tx
	}
	// The pool promotes a sender's later transactions asynchronously: wait until it counts
	// them all as pending, or the block may be sealed without some of them.
	deadline := time.Now().Add(2 * time.Second)
	for addr, want := range nonces {
		for {
			n, err := f.Chain.Backend().PendingNonceAt(f.Ctx, addr)
			if err != nil {
				t.Fatal(err)
			}
			if n >= want {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("the pool holds %s's transactions up to nonce %d, want %d", addr.Hex(), n, want)
			}
			time.Sleep(time.Millisecond)
		}
	}
	rs, err := f.Chain.MineOK(f.Ctx, txs...)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rs {
		if r.BlockNumber.Cmp(rs[0].BlockNumber) != 0 {
			t.Fatalf("transaction %d was mined in block %v, transaction 0 in %v: not one block", i, r.BlockNumber, rs[0].BlockNumber)
		}
	}
	return rs
}

type call struct {
	from chain.Account
	inst *bind.BoundContract
	data []byte
}

// ---------------------------------------------------------------- events

// events decodes the receipt's logs of the economy's StakedPower, in order.
func events(t testing.TB, f *economytest.Fixture, r *types.Receipt) []any {
	t.Helper()
	return eventsOf(t, f, f.Addr.StakedPower, r)
}

// eventsOf decodes the receipt's logs of the StakedPower at addr, in order.
func eventsOf(t testing.TB, f *economytest.Fixture, addr common.Address, r *types.Receipt) []any {
	t.Helper()
	b := f.B.StakedPower
	decoders := []func(*types.Log) (any, error){
		decoder(b.UnpackStakedEvent), decoder(b.UnpackDelegateVotesChangedEvent), decoder(b.UnpackDelegateChangedEvent),
		decoder(b.UnpackPowerDownStartedEvent), decoder(b.UnpackPowerDownCancelledEvent), decoder(b.UnpackWithdrawnEvent),
		decoder(b.UnpackStakingRewardsClaimedEvent), decoder(b.UnpackRewardNotifiedEvent),
		decoder(b.UnpackUnallocatedRewardsReleasedEvent), decoder(b.UnpackPowerDownWeeksScheduledEvent),
		decoder(b.UnpackEIP712DomainChangedEvent),
	}
	var out []any
	for _, l := range r.Logs {
		if l.Address != addr {
			continue
		}
		decoded := false
		for _, d := range decoders {
			if ev, err := d(l); err == nil {
				out = append(out, ev)
				decoded = true
				break
			}
		}
		if !decoded {
			t.Fatalf("StakedPower log with unknown topic %s", l.Topics[0].Hex())
		}
	}
	return out
}

func decoder[E any](unpack func(*types.Log) (*E, error)) func(*types.Log) (any, error) {
	return func(l *types.Log) (any, error) {
		ev, err := unpack(l)
		if err != nil {
			return nil, err
		}
		return ev, nil
	}
}

// checkEvents requires that the receipt's StakedPower events are exactly want, in order.
func checkEvents(t testing.TB, f *economytest.Fixture, r *types.Receipt, want ...any) {
	t.Helper()
	if diff := cmp.Diff(want, events(t, f, r), bigCmp, ignoreRaw); diff != "" {
		t.Errorf("StakedPower events (-want +got):\n%s", diff)
	}
}

func staked(a common.Address, amount *big.Int) *stakedpower.StakedPowerStaked {
	return &stakedpower.StakedPowerStaked{Account: a, Amount: amount}
}

func votesChanged(a common.Address, before, after *big.Int) *stakedpower.StakedPowerDelegateVotesChanged {
	return &stakedpower.StakedPowerDelegateVotesChanged{Delegate: a, PreviousVotes: before, NewVotes: after}
}

func delegateChanged(a, from, to common.Address) *stakedpower.StakedPowerDelegateChanged {
	return &stakedpower.StakedPowerDelegateChanged{Delegator: a, FromDelegate: from, ToDelegate: to}
}

func powerDownStarted(a common.Address, amount *big.Int, start, end uint64) *stakedpower.StakedPowerPowerDownStarted {
	return &stakedpower.StakedPowerPowerDownStarted{Account: a, Amount: amount, Start: u64(start), End: u64(end)}
}

func withdrawn(a common.Address, amount *big.Int) *stakedpower.StakedPowerWithdrawn {
	return &stakedpower.StakedPowerWithdrawn{Account: a, Amount: amount}
}

// ---------------------------------------------------------------- invariants

// checkConservation requires that StakedPower holds at least everything it owes: active
// power, every power-down's remainder, every account's earned rewards and the rewards owed
// to the treasury. accounts must include every account that ever staked.
func checkConservation(t testing.TB, f *economytest.Fixture, accounts ...common.Address) {
	t.Helper()
	if len(accounts) == 0 {
		for _, m := range f.Members {
			accounts = append(accounts, m.Address)
		}
	}
	owed := add(totalPower(t, f), unallocated(t, f))
	for _, a := range accounts {
		owed.Add(owed, powerDownOf(t, f, a).Remaining)
		owed.Add(owed, earned(t, f, a))
	}
	held := f.Balance(t, f.Addr.StakedPower)
	if held.Cmp(owed) < 0 {
		t.Errorf("StakedPower holds %v wei but owes %v: short by %v", held, owed, sub(owed, held))
	}
}

// ---------------------------------------------------------------- EIP-712

type signature struct {
	v    uint8
	r, s [32]byte
}

func sign(t testing.TB, key chain.Account, td apitypes.TypedData) signature {
	t.Helper()
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(digest, key.Key)
	if err != nil {
		t.Fatal(err)
	}
	return signature{v: sig[64] + 27, r: [32]byte(sig[:32]), s: [32]byte(sig[32:64])}
}

var domainType = []apitypes.Type{{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}}

// permitData is an ERC-2612 permit for the economy's token, whose EIP-712 name is the
// config's token name.
func permitData(f *economytest.Fixture, owner, spender common.Address, value, nonce, deadline *big.Int) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": domainType,
			"Permit": {{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"},
				{Name: "value", Type: "uint256"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}},
		},
		PrimaryType: "Permit",
		Domain: apitypes.TypedDataDomain{Name: f.Config.Token.Name, Version: "1",
			ChainId: (*math.HexOrDecimal256)(f.Chain.ChainID()), VerifyingContract: f.Addr.Token.Hex()},
		Message: apitypes.TypedDataMessage{
			"owner": owner.Hex(), "spender": spender.Hex(), "value": value.String(),
			"nonce": nonce.String(), "deadline": deadline.String(),
		},
	}
}

// delegationData is the ERC-5805 Delegation message StakedPower's delegateBySig checks.
func delegationData(f *economytest.Fixture, delegatee common.Address, nonce, expiry *big.Int) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": domainType,
			"Delegation": {{Name: "delegatee", Type: "address"}, {Name: "nonce", Type: "uint256"},
				{Name: "expiry", Type: "uint256"}},
		},
		PrimaryType: "Delegation",
		Domain: apitypes.TypedDataDomain{Name: "StakedPower", Version: "1",
			ChainId: (*math.HexOrDecimal256)(f.Chain.ChainID()), VerifyingContract: f.Addr.StakedPower.Hex()},
		Message: apitypes.TypedDataMessage{
			"delegatee": delegatee.Hex(), "nonce": nonce.String(), "expiry": expiry.String(),
		},
	}
}
