// Package economytest is the fixture for tests of the economy contracts: a simulated chain
// with the economy deployed from a config whose members are dev accounts, and helpers that
// send, expect reverts by custom-error name, read views and move time. Test code only.
package economytest

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/internal/chaintest"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/harness"
)

// Tokens is n whole tokens in wei.
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// BigCmp compares *big.Int by value in go-cmp.
var BigCmp = cmp.Comparer(func(a, b *big.Int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Cmp(b) == 0
})

// Fixture is a deployed economy. Members are dev accounts 1..N (account 0 deployed it) and
// each received Each tokens at launch, already approved to StakedPower.
type Fixture struct {
	*harness.Economy
	Ctx     context.Context
	Members []chain.Account
}

// Options shape a fixture.
type Options struct {
	Members  int    // default 6
	Each     uint64 // whole tokens per member at launch, default 1,000,000
	Treasury uint64 // whole tokens to the treasury at launch, default 10,000,000
	// Configure adjusts the config before deployment (parameters, extra allocations).
	Configure func(*config.Economy)
	Deploy    []harness.Option
	Chain     []chain.Option
}

// New deploys a fixture for the test.
func New(t testing.TB, o Options) *Fixture {
	t.Helper()
	if o.Members == 0 {
		o.Members = 6
	}
	if o.Each == 0 {
		o.Each = 1_000_000
	}
	if o.Treasury == 0 {
		o.Treasury = 10_000_000
	}
	if o.Members+1 > 10 {
		o.Chain = append([]chain.Option{chain.WithAccounts(o.Members + 1)}, o.Chain...)
	}
	c := chaintest.New(t, o.Chain...)
	members := make([]chain.Account, o.Members)
	addrs := make([]common.Address, o.Members)
	for i := range members {
		members[i] = c.Account(i + 1)
		addrs[i] = members[i].Address
	}
	cfg := harness.MemberConfig(addrs, o.Each, o.Treasury)
	if o.Configure != nil {
		o.Configure(cfg)
	}
	ctx := context.Background()
	e, err := harness.Deploy(ctx, c, cfg, o.Deploy...)
	if err != nil {
		t.Fatalf("deploy economy: %v", err)
	}
	f := &Fixture{Economy: e, Ctx: ctx, Members: members}
	max := new(big.Int).Lsh(big.NewInt(1), 255)
	for _, m := range members {
		f.Send(t, m, e.C.Token, e.B.Token.PackApprove(e.Addr.StakedPower, max))
	}
	return f
}

// Send sends data from an account and requires success. Like every gas estimate, the
// check that precedes sending runs at the latest block's time while the transaction lands
// a second or more later: something that becomes valid only once time has passed (a
// proposal right after staking, a second vesting release) needs an empty block first.
func (f *Fixture) Send(t testing.TB, from chain.Account, inst *bind.BoundContract, data []byte) *types.Receipt {
	t.Helper()
	r, err := f.Transact(f.Ctx, from, inst, data)
	if err != nil {
		t.Fatalf("send from %s: %v", from.Address.Hex(), err)
	}
	return r
}

// Revert sends data and requires a revert with the named custom error; it returns the
// error's arguments. The revert is the one the call meets at the latest block's time.
func (f *Fixture) Revert(t testing.TB, from chain.Account, inst *bind.BoundContract, data []byte, name string) []any {
	t.Helper()
	_, err := f.Transact(f.Ctx, from, inst, data)
	if err == nil {
		t.Fatalf("expected revert %s, got success", name)
	}
	var re *harness.RevertError
	if !errors.As(err, &re) {
		t.Fatalf("expected revert %s, got %v", name, err)
	}
	if re.Name != name {
		t.Fatalf("expected revert %s, got %v", name, re)
	}
	return re.Args
}

// Call reads a view and fails the test on error.
func Call[T any](t testing.TB, f *Fixture, inst *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := harness.Call(f.Ctx, inst, data, unpack)
	if err != nil {
		t.Fatalf("call: %v", err)
	}
	return v
}

// Stake stakes amount for the member.
func (f *Fixture) Stake(t testing.TB, m chain.Account, amount *big.Int) *types.Receipt {
	t.Helper()
	return f.Send(t, m, f.C.StakedPower, f.B.StakedPower.PackStake(amount))
}

// Warp moves to `offset` seconds into epoch n (an empty block at that time).
func (f *Fixture) Warp(t testing.TB, n, offset uint64) {
	t.Helper()
	if err := f.WarpToEpoch(f.Ctx, n, offset); err != nil {
		t.Fatalf("warp to epoch %d+%ds: %v", n, offset, err)
	}
}

// Advance seals an empty block `seconds` later.
func (f *Fixture) Advance(t testing.TB, seconds uint64) {
	t.Helper()
	now := f.Now(t)
	if err := f.Chain.WarpTo(f.Ctx, now+seconds); err != nil {
		t.Fatal(err)
	}
}

// Now is the latest block's timestamp.
func (f *Fixture) Now(t testing.TB) uint64 {
	t.Helper()
	now, err := f.Chain.Now(f.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	return now
}

// Release releases epoch n's emission (anyone may; the deployer account sends it).
func (f *Fixture) Release(t testing.TB, n uint64) *types.Receipt {
	t.Helper()
	return f.Send(t, f.Deployer, f.C.Emission, f.B.Emission.PackRelease(new(big.Int).SetUint64(n)))
}

// Balance is the token balance of a.
func (f *Fixture) Balance(t testing.TB, a common.Address) *big.Int {
	t.Helper()
	b, err := f.Economy.Balance(f.Ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Logs returns the receipt's logs decoded by unpack, skipping logs of other events.
func Logs[E any](r *types.Receipt, unpack func(*types.Log) (*E, error)) []*E {
	var out []*E
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}
