package fast_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/internal/chaintest"
	"github.com/apiary-dev/apiary/sim/engine"
	"github.com/apiary-dev/apiary/sim/fast"
	"github.com/apiary-dev/apiary/sim/harness"
)

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// step is one scripted action and what it did.
type step struct {
	Name    string
	GasUsed uint64
	Status  uint64
	Revert  string // the custom error's name when it was refused
	Logs    []logEntry
}

type logEntry struct {
	Address common.Address
	Topics  []common.Hash
	Data    string
}

// outcome is everything the script observes; both engines must give the same.
type outcome struct {
	Steps    []step
	Balances map[string]string
	Logs     []logEntry // every economy event, read back with FilterLogs
}

func logsOf(ls []*types.Log) []logEntry {
	out := make([]logEntry, 0, len(ls))
	for _, l := range ls {
		out = append(out, logEntry{Address: l.Address, Topics: l.Topics, Data: common.Bytes2Hex(l.Data)})
	}
	return out
}

// script deploys an economy and walks one member lifecycle through two epochs: approve,
// stake, submit, vote (and a refused self-vote), release, claims, power-down, a vesting
// release, staking rewards.
func script(t *testing.T, eng engine.Engine) outcome {
	t.Helper()
	ctx := context.Background()
	alice, bob, carol := eng.Account(1), eng.Account(2), eng.Account(3)
	cfg := harness.MemberConfig([]common.Address{alice.Address, bob.Address, carol.Address}, 100_000, 50_000)
	// Both chains start their epochs at the same absolute time, later than either's clock.
	e, err := harness.Deploy(ctx, eng, cfg, harness.WithEpochStart(2_000_000_000))
	if err != nil {
		t.Fatal(err)
	}
	var o outcome
	do := func(name string, from engine.Account, inst interface{ Address() common.Address }, data []byte) {
		t.Helper()
		var r *types.Receipt
		var err error
		switch inst.Address() {
		case e.Addr.Token:
			r, err = e.Transact(ctx, from, e.C.Token, data)
		case e.Addr.StakedPower:
			r, err = e.Transact(ctx, from, e.C.StakedPower, data)
		case e.Addr.RewardPool:
			r, err = e.Transact(ctx, from, e.C.RewardPool, data)
		case e.Addr.Emission:
			r, err = e.Transact(ctx, from, e.C.Emission, data)
		default:
			t.Fatalf("%s: unknown contract", name)
		}
		s := step{Name: name}
		if err != nil {
			re, ok := harness.DecodeRevert(err)
			if !ok {
				t.Fatalf("%s: %v", name, err)
			}
			s.Revert = re.Name
		} else {
			s.GasUsed, s.Status, s.Logs = r.GasUsed, r.Status, logsOf(r.Logs)
		}
		o.Steps = append(o.Steps, s)
	}
	warp := func(epoch, offset uint64) {
		t.Helper()
		if err := e.WarpToEpoch(ctx, epoch, offset); err != nil {
			t.Fatal(err)
		}
	}
	warp(0, 100)
	for _, a := range []engine.Account{alice, bob} {
		do("approve", a, e.C.Token, e.B.Token.PackApprove(e.Addr.StakedPower, tokens(1_000_000)))
		do("stake", a, e.C.StakedPower, e.B.StakedPower.PackStake(tokens(50_000)))
	}
	do("transfer", carol, e.C.Token, e.B.Token.PackTransfer(bob.Address, tokens(10)))
	warp(1, 10)
	do("submit", carol, e.C.RewardPool, e.B.RewardPool.PackSubmit([32]byte{1}, "ipfs://one"))
	do("vote alice", alice, e.C.RewardPool, e.B.RewardPool.PackVote(big.NewInt(1), tokens(30_000)))
	do("vote bob", bob, e.C.RewardPool, e.B.RewardPool.PackVote(big.NewInt(1), tokens(10_000)))
	do("self vote", carol, e.C.RewardPool, e.B.RewardPool.PackVote(big.NewInt(1), tokens(1)))
	warp(2, 10)
	do("release", bob, e.C.Emission, e.B.Emission.PackRelease(big.NewInt(1)))
	do("claim author", carol, e.C.RewardPool, e.B.RewardPool.PackClaimAuthor(big.NewInt(1)))
	do("claim curator", alice, e.C.RewardPool, e.B.RewardPool.PackClaimCurator(big.NewInt(1)))
	do("claim twice", alice, e.C.RewardPool, e.B.RewardPool.PackClaimCurator(big.NewInt(1)))
	do("power down", alice, e.C.StakedPower, e.B.StakedPower.PackStartPowerDown(tokens(1000)))
	warp(2, 86_400)
	do("power down again", alice, e.C.StakedPower, e.B.StakedPower.PackStartPowerDown(tokens(1000)))
	do("staking rewards", alice, e.C.StakedPower, e.B.StakedPower.PackClaimStakingRewards())

	o.Balances = map[string]string{}
	for name, a := range map[string]common.Address{"alice": alice.Address, "bob": bob.Address, "carol": carol.Address,
		"treasury": e.Addr.Timelock, "pool": e.Addr.RewardPool, "staked": e.Addr.StakedPower, "emission": e.Addr.Emission} {
		b, err := e.Balance(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		o.Balances[name] = b.String()
	}
	logs, err := eng.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{e.Addr.Token, e.Addr.StakedPower, e.Addr.RewardPool, e.Addr.Emission, e.Addr.Vault, e.Addr.Timelock, e.Addr.Governor}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range logs {
		o.Logs = append(o.Logs, logsOf([]*types.Log{&logs[i]})...)
	}
	return o
}

func TestEngines_SameScenarioSameBalancesEventsAndGas(t *testing.T) {
	simulated := script(t, chaintest.New(t))
	f, err := fast.New()
	if err != nil {
		t.Fatal(err)
	}
	fastOut := script(t, f)
	if diff := cmp.Diff(simulated, fastOut); diff != "" {
		t.Errorf("fast engine differs from the simulated backend (-simulated +fast):\n%s", diff)
	}
	if len(simulated.Logs) < 20 || len(simulated.Steps) != 16 {
		t.Errorf("script observed %d events and %d steps; it should exercise the economy", len(simulated.Logs), len(simulated.Steps))
	}
	var reverts []string
	for _, s := range fastOut.Steps {
		if s.Revert != "" {
			reverts = append(reverts, s.Name+": "+s.Revert)
		}
	}
	if diff := cmp.Diff([]string{"self vote: SelfVote", "claim twice: AlreadyClaimed"}, reverts); diff != "" {
		t.Errorf("refused steps (-want +got):\n%s", diff)
	}
}
