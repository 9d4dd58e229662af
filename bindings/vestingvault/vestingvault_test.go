package vestingvault_test

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/apiary-dev/apiary/bindings/vestingvault"
	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/internal/economytest"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/harness"
)

const (
	day  = uint64(24 * 60 * 60)
	year = 365 * day
)

var tokens = economytest.Tokens

// vesting is a vested allocation of the test config, as the rules see it.
type vesting struct {
	name            string
	beneficiary     chain.Account
	amount          *big.Int
	cliff, duration uint64 // seconds
	revocable       bool
}

// The vested allocations every fixture adds to the default members and treasury. Their
// beneficiaries are dev accounts 7–9, which are not members.
var (
	founders = vesting{"founders", chain.DevAccount(7), tokens(4_000_000), 1 * year, 4 * year, false}
	team     = vesting{"team", chain.DevAccount(8), tokens(1_200_000), 90 * day, 2 * year, true}
	advisors = vesting{"advisors", chain.DevAccount(9), tokens(100_000), 7 * day, 1 * year, true}
	vested   = []vesting{founders, team, advisors}
)

// vestedAt is what v has vested at `at` when it started at `start`: nothing before the cliff,
// then amount × (at − start) / duration, all of it from the end on.
func vestedAt(v vesting, start, at uint64) *big.Int {
	switch {
	case at < start+v.cliff:
		return new(big.Int)
	case at >= start+v.duration:
		return new(big.Int).Set(v.amount)
	}
	n := new(big.Int).Mul(v.amount, new(big.Int).SetUint64(at-start))
	return n.Div(n, new(big.Int).SetUint64(v.duration))
}

func newFixture(t *testing.T) *economytest.Fixture {
	t.Helper()
	return economytest.New(t, economytest.Options{Configure: func(c *config.Economy) {
		for _, v := range vested {
			b, err := config.ParseBeneficiary(v.beneficiary.Address.Hex())
			if err != nil {
				t.Fatal(err)
			}
			c.Allocations = append(c.Allocations, config.Allocation{
				Name: v.name, Beneficiary: b, Amount: config.AmountFromWei(v.amount),
				Vesting: &config.Vesting{
					Cliff:     config.Duration(time.Duration(v.cliff) * time.Second),
					Duration:  config.Duration(time.Duration(v.duration) * time.Second),
					Revocable: v.revocable,
				},
			})
		}
	}})
}

func id(f *economytest.Fixture, v vesting) *big.Int {
	return new(big.Int).SetUint64(f.Schedules[v.name])
}

func u64(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

func sum(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

func blockTime(t *testing.T, f *economytest.Fixture, r *types.Receipt) uint64 {
	t.Helper()
	h, err := f.Chain.Backend().HeaderByNumber(f.Ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// warpTo seals an empty block at ts unless the chain is already there.
func warpTo(t *testing.T, f *economytest.Fixture, ts uint64) {
	t.Helper()
	f.WarpTo(t, ts)
}

func schedule(t *testing.T, f *economytest.Fixture, v vesting) vestingvault.VestingVaultSchedule {
	t.Helper()
	return economytest.Call(t, f, f.C.Vault, f.B.Vault.PackSchedule(id(f, v)), f.B.Vault.UnpackSchedule)
}

func releasable(t *testing.T, f *economytest.Fixture, v vesting) *big.Int {
	t.Helper()
	return economytest.Call(t, f, f.C.Vault, f.B.Vault.PackReleasable(id(f, v)), f.B.Vault.UnpackReleasable)
}

func wantEqual(t *testing.T, what string, want, got *big.Int) {
	t.Helper()
	if want.Cmp(got) != 0 {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

// checkCovered asserts the vault's bookkeeping: totalUnreleased is `want` and equals
// Σ(amount − released) over every schedule, and the vault's balance covers it.
func checkCovered(t *testing.T, f *economytest.Fixture, want *big.Int) {
	t.Helper()
	total := economytest.Call(t, f, f.C.Vault, f.B.Vault.PackTotalUnreleased(), f.B.Vault.UnpackTotalUnreleased)
	wantEqual(t, "totalUnreleased", want, total)
	n := economytest.Call(t, f, f.C.Vault, f.B.Vault.PackScheduleCount(), f.B.Vault.UnpackScheduleCount)
	owed := new(big.Int)
	for i := int64(0); i < n.Int64(); i++ {
		s := economytest.Call(t, f, f.C.Vault, f.B.Vault.PackSchedule(big.NewInt(i)), f.B.Vault.UnpackSchedule)
		owed.Add(owed, sub(s.Amount, s.Released))
	}
	wantEqual(t, "Σ(amount − released) over all schedules", want, owed)
	if bal := f.Balance(t, f.Addr.Vault); bal.Cmp(want) < 0 {
		t.Errorf("vault balance %v does not cover the unreleased %v", bal, want)
	}
}

func revertArgs(t *testing.T, want, got []any) {
	t.Helper()
	if diff := cmp.Diff(want, got, economytest.BigCmp); diff != "" {
		t.Errorf("revert arguments (-want +got):\n%s", diff)
	}
}

// viewRevert calls a view that must revert with the named custom error; it returns the
// error's arguments.
func viewRevert(t *testing.T, f *economytest.Fixture, data []byte, name string) []any {
	t.Helper()
	_, err := harness.Call(f.Ctx, f.C.Vault, data, func([]byte) (struct{}, error) { return struct{}{}, nil })
	var re *harness.RevertError
	if !errors.As(err, &re) || re.Name != name {
		t.Fatalf("expected revert %s, got %v", name, err)
	}
	return re.Args
}

var ignoreRaw = cmpopts.IgnoreFields(vestingvault.VestingVaultReleased{}, "Raw")

func TestSchedules_AreCreatedFromTheConfig(t *testing.T) {
	f := newFixture(t)
	n := economytest.Call(t, f, f.C.Vault, f.B.Vault.PackScheduleCount(), f.B.Vault.UnpackScheduleCount)
	wantEqual(t, "scheduleCount", big.NewInt(int64(len(vested))), n)

	logs, err := f.Chain.Backend().FilterLogs(f.Ctx, ethereum.FilterQuery{Addresses: []common.Address{f.Addr.Vault}})
	if err != nil {
		t.Fatal(err)
	}
	var events []*vestingvault.VestingVaultScheduleCreated
	for _, l := range logs {
		if ev, err := f.B.Vault.UnpackScheduleCreatedEvent(&l); err == nil {
			events = append(events, ev)
		}
	}
	var wantEvents []*vestingvault.VestingVaultScheduleCreated
	for i, v := range vested {
		if got := f.Schedules[v.name]; got != uint64(i) {
			t.Errorf("schedule id of %s = %d, want %d (config order)", v.name, got, i)
		}
		want := vestingvault.VestingVaultSchedule{
			Beneficiary: v.beneficiary.Address, Start: uint32(f.EpochStart), Cliff: uint32(v.cliff),
			Revocable: v.revocable, Amount: v.amount, Released: new(big.Int), Duration: uint32(v.duration),
		}
		if diff := cmp.Diff(want, schedule(t, f, v), economytest.BigCmp); diff != "" {
			t.Errorf("schedule %s (-want +got):\n%s", v.name, diff)
		}
		wantEvents = append(wantEvents, &vestingvault.VestingVaultScheduleCreated{
			Id: big.NewInt(int64(i)), Beneficiary: v.beneficiary.Address, Amount: v.amount,
			Start: u64(f.EpochStart), Cliff: u64(v.cliff), Duration: u64(v.duration), Revocable: v.revocable,
		})
	}
	if diff := cmp.Diff(wantEvents, events, economytest.BigCmp,
		cmpopts.IgnoreFields(vestingvault.VestingVaultScheduleCreated{}, "Raw")); diff != "" {
		t.Errorf("ScheduleCreated events (-want +got):\n%s", diff)
	}
	checkCovered(t, f, sum(founders.amount, team.amount, advisors.amount))
	wantEqual(t, "vault balance", sum(founders.amount, team.amount, advisors.amount), f.Balance(t, f.Addr.Vault))
}

func TestVestedAt_IsZeroBeforeTheCliffThenLinearUntilTheEnd(t *testing.T) {
	f := newFixture(t)
	start := f.EpochStart
	tests := []struct {
		name string
		v    vesting
		at   uint64
		want *big.Int // nil: computed from the rule
	}{
		{"before start", team, start - 1, new(big.Int)},
		{"at start", team, start, new(big.Int)},
		{"one second before the cliff", team, start + team.cliff - 1, new(big.Int)},
		{"at the cliff", team, start + team.cliff, nil},
		{"one second after the cliff", team, start + team.cliff + 1, nil},
		{"midway", team, start + team.duration/2, tokens(600_000)},
		{"one second before the end", team, start + team.duration - 1, nil},
		{"at the end", team, start + team.duration, team.amount},
		{"long after the end", team, start + 10*team.duration, team.amount},
		{"founders one second before the cliff", founders, start + founders.cliff - 1, new(big.Int)},
		{"founders at the one-year cliff: a quarter", founders, start + founders.cliff, tokens(1_000_000)},
		{"founders at three years", founders, start + 3*year, tokens(3_000_000)},
		{"advisors at the cliff", advisors, start + advisors.cliff, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rule := vestedAt(tt.v, start, tt.at)
			if tt.want != nil && tt.want.Cmp(rule) != 0 {
				t.Fatalf("test model gives %v, table says %v", rule, tt.want)
			}
			got := economytest.Call(t, f, f.C.Vault, f.B.Vault.PackVestedAt(id(f, tt.v), u64(tt.at)), f.B.Vault.UnpackVestedAt)
			wantEqual(t, "vestedAt", rule, got)
		})
	}
}

func TestRelease_PaysTheBeneficiaryExactlyWhatVested(t *testing.T) {
	f := newFixture(t)
	start := f.EpochStart
	all := sum(founders.amount, team.amount, advisors.amount)
	stranger := f.Members[2] // not the beneficiary of any schedule
	released := new(big.Int)

	step := func(t *testing.T, from chain.Account) {
		t.Helper()
		strangerBefore := f.Balance(t, stranger.Address)
		now := f.Now(t)
		wantEqual(t, "releasable before release", sub(vestedAt(team, start, now), released), releasable(t, f, team))
		r := f.Send(t, from, f.C.Vault, f.B.Vault.PackRelease(id(f, team)))
		want := sub(vestedAt(team, start, blockTime(t, f, r)), released)
		events := economytest.Logs(r, f.B.Vault.UnpackReleasedEvent)
		wantEvents := []*vestingvault.VestingVaultReleased{{Id: id(f, team), Beneficiary: team.beneficiary.Address, Amount: want}}
		if diff := cmp.Diff(wantEvents, events, economytest.BigCmp, ignoreRaw); diff != "" {
			t.Errorf("Released events (-want +got):\n%s", diff)
		}
		released.Add(released, want)
		wantEqual(t, "beneficiary balance", released, f.Balance(t, team.beneficiary.Address))
		wantEqual(t, "schedule.released", released, schedule(t, f, team).Released)
		if from.Address != team.beneficiary.Address {
			wantEqual(t, "balance of the account that triggered the release", strangerBefore, f.Balance(t, stranger.Address))
		}
		checkCovered(t, f, sub(all, released))
	}

	t.Run("before the cliff reverts NothingToRelease", func(t *testing.T) {
		warpTo(t, f, start+team.cliff-1)
		wantEqual(t, "releasable", new(big.Int), releasable(t, f, team))
		args := f.Revert(t, team.beneficiary, f.C.Vault, f.B.Vault.PackRelease(id(f, team)), "NothingToRelease")
		revertArgs(t, []any{id(f, team)}, args)
		checkCovered(t, f, all)
	})
	t.Run("anyone may trigger a release and the beneficiary is paid", func(t *testing.T) {
		warpTo(t, f, start+team.cliff+day)
		step(t, stranger)
	})
	t.Run("a later release pays what vested since", func(t *testing.T) {
		warpTo(t, f, start+year)
		step(t, team.beneficiary)
	})
	t.Run("after the end the rest is paid", func(t *testing.T) {
		warpTo(t, f, start+team.duration+day)
		step(t, team.beneficiary)
		wantEqual(t, "total released", team.amount, released)
	})
	t.Run("once all is released it reverts NothingToRelease", func(t *testing.T) {
		args := f.Revert(t, team.beneficiary, f.C.Vault, f.B.Vault.PackRelease(id(f, team)), "NothingToRelease")
		revertArgs(t, []any{id(f, team)}, args)
		checkCovered(t, f, sum(founders.amount, advisors.amount))
	})
}

func TestRevoke_OnlyGovernanceMayRevoke(t *testing.T) {
	f := newFixture(t)
	for _, tt := range []struct {
		name   string
		caller chain.Account
	}{
		{"the beneficiary", team.beneficiary},
		{"the deployer", f.Deployer},
		{"a member", f.Members[0]},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := f.Revert(t, tt.caller, f.C.Vault, f.B.Vault.PackRevoke(id(f, team)), "AccessControlUnauthorizedAccount")
			revertArgs(t, []any{tt.caller.Address, [32]byte(harness.AdminRole)}, args)
		})
	}
	if s := schedule(t, f, team); s.Revoked {
		t.Error("schedule revoked after failed attempts")
	}
	checkCovered(t, f, sum(founders.amount, team.amount, advisors.amount))
}

func TestRevoke_ThroughGovernance(t *testing.T) {
	f := newFixture(t)
	start := f.EpochStart
	all := sum(founders.amount, team.amount, advisors.amount)

	// The advisors' cliff passes and they release part of what vested before governance acts.
	warpTo(t, f, start+advisors.cliff+day)
	r := f.Send(t, advisors.beneficiary, f.C.Vault, f.B.Vault.PackRelease(id(f, advisors)))
	releasedBefore := vestedAt(advisors, start, blockTime(t, f, r))
	wantEqual(t, "advisors' first release", releasedBefore, f.Balance(t, advisors.beneficiary.Address))
	unreleased := sub(all, releasedBefore)
	checkCovered(t, f, unreleased)

	revoke := func(desc string, v vesting) economytest.Proposal {
		return economytest.NewProposal(desc, economytest.ProposalCall{Target: f.Addr.Vault, Data: f.B.Vault.PackRevoke(id(f, v))})
	}
	revokeAdvisors := revoke("revoke the advisors' schedule", advisors)
	revokeTeam := revoke("revoke the team's schedule", team)
	revokeAdvisorsAgain := revoke("revoke the advisors' schedule again", advisors)
	revokeFounders := revoke("revoke the founders' schedule", founders)
	queueAll(t, f, revokeAdvisors, revokeTeam, revokeAdvisorsAgain, revokeFounders)

	var advisorsVested *big.Int
	t.Run("returns the unvested part to the treasury and emits Revoked", func(t *testing.T) {
		treasury := f.Balance(t, f.Addr.Timelock)
		r := f.Send(t, f.Members[0], f.C.Governor, revokeAdvisors.PackExecute(f))
		advisorsVested = vestedAt(advisors, start, blockTime(t, f, r))
		returned := sub(advisors.amount, advisorsVested)
		events := economytest.Logs(r, f.B.Vault.UnpackRevokedEvent)
		want := []*vestingvault.VestingVaultRevoked{{Id: id(f, advisors), Vested: advisorsVested, Returned: returned}}
		if diff := cmp.Diff(want, events, economytest.BigCmp, cmpopts.IgnoreFields(vestingvault.VestingVaultRevoked{}, "Raw")); diff != "" {
			t.Errorf("Revoked events (-want +got):\n%s", diff)
		}
		wantEqual(t, "treasury balance", sum(treasury, returned), f.Balance(t, f.Addr.Timelock))
		wantSchedule := vestingvault.VestingVaultSchedule{
			Beneficiary: advisors.beneficiary.Address, Start: uint32(start), Cliff: uint32(advisors.cliff),
			Revocable: true, Revoked: true, Amount: advisorsVested, Released: releasedBefore, Duration: uint32(advisors.duration),
		}
		if diff := cmp.Diff(wantSchedule, schedule(t, f, advisors), economytest.BigCmp); diff != "" {
			t.Errorf("revoked schedule (-want +got):\n%s", diff)
		}
		unreleased.Sub(unreleased, returned)
		checkCovered(t, f, unreleased)
	})
	t.Run("before the cliff returns everything", func(t *testing.T) {
		treasury := f.Balance(t, f.Addr.Timelock)
		r := f.Send(t, f.Members[0], f.C.Governor, revokeTeam.PackExecute(f))
		if at := blockTime(t, f, r); at >= start+team.cliff {
			t.Fatalf("revocation at %d is not before the team's cliff %d", at, start+team.cliff)
		}
		events := economytest.Logs(r, f.B.Vault.UnpackRevokedEvent)
		want := []*vestingvault.VestingVaultRevoked{{Id: id(f, team), Vested: new(big.Int), Returned: team.amount}}
		if diff := cmp.Diff(want, events, economytest.BigCmp, cmpopts.IgnoreFields(vestingvault.VestingVaultRevoked{}, "Raw")); diff != "" {
			t.Errorf("Revoked events (-want +got):\n%s", diff)
		}
		wantEqual(t, "treasury balance", sum(treasury, team.amount), f.Balance(t, f.Addr.Timelock))
		unreleased.Sub(unreleased, team.amount)
		checkCovered(t, f, unreleased)
		warpTo(t, f, start+team.duration)
		args := f.Revert(t, team.beneficiary, f.C.Vault, f.B.Vault.PackRelease(id(f, team)), "NothingToRelease")
		revertArgs(t, []any{id(f, team)}, args)
	})
	t.Run("keeps the vested part releasable by the beneficiary", func(t *testing.T) {
		if advisorsVested == nil {
			t.Fatal("revocation did not run")
		}
		// Long after the schedule's end, what is releasable is still what had vested.
		warpTo(t, f, start+2*advisors.duration)
		owed := sub(advisorsVested, releasedBefore)
		wantEqual(t, "releasable", owed, releasable(t, f, advisors))
		r := f.Send(t, f.Members[3], f.C.Vault, f.B.Vault.PackRelease(id(f, advisors)))
		events := economytest.Logs(r, f.B.Vault.UnpackReleasedEvent)
		want := []*vestingvault.VestingVaultReleased{{Id: id(f, advisors), Beneficiary: advisors.beneficiary.Address, Amount: owed}}
		if diff := cmp.Diff(want, events, economytest.BigCmp, ignoreRaw); diff != "" {
			t.Errorf("Released events (-want +got):\n%s", diff)
		}
		wantEqual(t, "advisors' balance", advisorsVested, f.Balance(t, advisors.beneficiary.Address))
		unreleased.Sub(unreleased, owed)
		checkCovered(t, f, unreleased)
		args := f.Revert(t, advisors.beneficiary, f.C.Vault, f.B.Vault.PackRelease(id(f, advisors)), "NothingToRelease")
		revertArgs(t, []any{id(f, advisors)}, args)
	})
	t.Run("a second revocation reverts AlreadyRevoked", func(t *testing.T) {
		args := f.Revert(t, f.Members[0], f.C.Governor, revokeAdvisorsAgain.PackExecute(f), "AlreadyRevoked")
		revertArgs(t, []any{id(f, advisors)}, args)
		checkCovered(t, f, unreleased)
	})
	t.Run("a non-revocable schedule reverts NotRevocable", func(t *testing.T) {
		args := f.Revert(t, f.Members[0], f.C.Governor, revokeFounders.PackExecute(f), "NotRevocable")
		revertArgs(t, []any{id(f, founders)}, args)
		if s := schedule(t, f, founders); s.Revoked || s.Amount.Cmp(founders.amount) != 0 {
			t.Errorf("founders' schedule changed: %+v", s)
		}
		checkCovered(t, f, unreleased)
	})
}

func TestCreateSchedules_AfterHandOver(t *testing.T) {
	f := newFixture(t)
	all := sum(founders.amount, team.amount, advisors.amount)
	grant := tokens(50_000)
	newcomer := f.Members[4].Address
	input := vestingvault.VestingVaultScheduleInput{
		Beneficiary: newcomer, Amount: grant, Start: u64(f.EpochStart + 30*day), Cliff: u64(30 * day),
		Duration: u64(year), Revocable: true,
	}

	t.Run("the deployer no longer holds SCHEDULER_ROLE", func(t *testing.T) {
		has := economytest.Call(t, f, f.C.Vault, f.B.Vault.PackHasRole(harness.SchedulerRole, f.Deployer.Address), f.B.Vault.UnpackHasRole)
		if has {
			t.Fatal("deployer holds SCHEDULER_ROLE after the hand-over")
		}
		args := f.Revert(t, f.Deployer, f.C.Vault, f.B.Vault.PackCreateSchedules([]vestingvault.VestingVaultScheduleInput{input}),
			"AccessControlUnauthorizedAccount")
		revertArgs(t, []any{f.Deployer.Address, [32]byte(harness.AdminRole)}, args)
		checkCovered(t, f, all)
	})

	create := economytest.ProposalCall{Target: f.Addr.Vault, Data: f.B.Vault.PackCreateSchedules([]vestingvault.VestingVaultScheduleInput{input})}
	funded := economytest.NewProposal("grant a newcomer a vested allocation from the treasury",
		economytest.ProposalCall{Target: f.Addr.Token, Data: f.B.Token.PackTransfer(f.Addr.Vault, grant)}, create)
	unfunded := economytest.NewProposal("grant a newcomer a vested allocation nobody paid for", create)
	queueAll(t, f, funded, unfunded)

	t.Run("governance creates a schedule it funds", func(t *testing.T) {
		r := f.Send(t, f.Members[0], f.C.Governor, funded.PackExecute(f))
		events := economytest.Logs(r, f.B.Vault.UnpackScheduleCreatedEvent)
		want := []*vestingvault.VestingVaultScheduleCreated{{
			Id: big.NewInt(int64(len(vested))), Beneficiary: newcomer, Amount: grant, Start: input.Start,
			Cliff: input.Cliff, Duration: input.Duration, Revocable: true,
		}}
		if diff := cmp.Diff(want, events, economytest.BigCmp, cmpopts.IgnoreFields(vestingvault.VestingVaultScheduleCreated{}, "Raw")); diff != "" {
			t.Errorf("ScheduleCreated events (-want +got):\n%s", diff)
		}
		all.Add(all, grant)
		checkCovered(t, f, all)
	})
	t.Run("a schedule the vault cannot cover reverts Underfunded", func(t *testing.T) {
		balance := f.Balance(t, f.Addr.Vault)
		args := f.Revert(t, f.Members[0], f.C.Governor, unfunded.PackExecute(f), "Underfunded")
		revertArgs(t, []any{balance, sum(all, grant)}, args)
		checkCovered(t, f, all)
	})
}

func TestUnknownSchedule_Reverts(t *testing.T) {
	f := newFixture(t)
	unknown := big.NewInt(int64(len(vested)))
	t.Run("release", func(t *testing.T) {
		args := f.Revert(t, f.Members[0], f.C.Vault, f.B.Vault.PackRelease(unknown), "UnknownSchedule")
		revertArgs(t, []any{unknown}, args)
	})
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"schedule", f.B.Vault.PackSchedule(unknown)},
		{"vestedAt", f.B.Vault.PackVestedAt(unknown, u64(f.EpochStart+year))},
		{"releasable", f.B.Vault.PackReleasable(unknown)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			revertArgs(t, []any{unknown}, viewRevert(t, f, tt.data, "UnknownSchedule"))
		})
	}
}

// queueAll takes proposals through the Governor to the point where they can be executed:
// members 1 and 2 stake 100,000 tokens each (far above the quorum and the proposal
// threshold), member 1 proposes, both vote for, and the timelock delay passes.
func queueAll(t *testing.T, f *economytest.Fixture, ps ...economytest.Proposal) {
	t.Helper()
	voters := f.Members[:2]
	for _, v := range voters {
		f.Stake(t, v, tokens(100_000))
	}
	f.WarpTo(t, f.Now(t)+1) // propose reads the proposer's votes one second in the past
	f.QueueAll(t, voters[0], voters, ps...)
}
