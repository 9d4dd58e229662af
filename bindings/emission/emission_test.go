package emission_test

import (
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/apiary-dev/apiary/bindings/emission"
	"github.com/apiary-dev/apiary/bindings/rewardpool"
	"github.com/apiary-dev/apiary/bindings/stakedpower"
	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/internal/economytest"
	"github.com/apiary-dev/apiary/sim/chain"
)

const year = 365 * 24 * 3600

var (
	bps        = big.NewInt(10_000)
	ignoreRaw  = cmp.Options{cmpopts.IgnoreFields(emission.EmissionReleased{}, "Raw"), cmpopts.IgnoreFields(rewardpool.RewardPoolEpochFunded{}, "Raw"), cmpopts.IgnoreFields(stakedpower.StakedPowerRewardNotified{}, "Raw"), economytest.BigCmp}
	fastSplit  = config.Split{ContributionsBPS: 3333, StakersBPS: 3333, TreasuryBPS: 3334}
	fastConfig = func(c *config.Economy) {
		// Daily epochs and the steepest decay the contracts allow: the floor comes at day 66.
		c.Rewards.Epoch = config.Duration(config.Day)
		c.Emission = config.Emission{InitialRateBPS: 1000, DecayBPSPerYear: 5000, FloorRateBPS: 100, Split: fastSplit}
	}
)

func u64(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

func mulDiv(a, b, c *big.Int) *big.Int { return new(big.Int).Quo(new(big.Int).Mul(a, b), c) }

// schedule is the emission rule computed in Go, independently of the contract.
type schedule struct {
	launch                 *big.Int
	rate, decay, floor     uint64
	epochLength            uint64
	contributions, stakers uint64
}

func scheduleOf(f *economytest.Fixture) schedule {
	m := f.Config.Emission
	return schedule{launch: f.Config.TotalAllocated(), rate: m.InitialRateBPS, decay: m.DecayBPSPerYear,
		floor: m.FloorRateBPS, epochLength: f.EpochLength, contributions: m.Split.ContributionsBPS, stakers: m.Split.StakersBPS}
}

// rateScaled is max(rate*YEAR - decay*elapsed, floor*YEAR), elapsed = epoch*epochLength;
// atFloor tells whether the floor applies.
func (s schedule) rateScaled(epoch uint64) (r *big.Int, atFloor bool) {
	start := new(big.Int).Mul(u64(s.rate), u64(year))
	decay := new(big.Int).Mul(u64(s.decay), new(big.Int).Mul(u64(epoch), u64(s.epochLength)))
	floor := new(big.Int).Mul(u64(s.floor), u64(year))
	r = sub(start, decay)
	if r.Cmp(floor) < 0 {
		return floor, true
	}
	return r, false
}

// amount is floor(launchSupply * rateScaled * epochLength / (10000 * YEAR * YEAR)).
func (s schedule) amount(epoch uint64) *big.Int {
	r, _ := s.rateScaled(epoch)
	num := new(big.Int).Mul(r, u64(s.epochLength))
	den := new(big.Int).Mul(bps, new(big.Int).Mul(u64(year), u64(year)))
	return mulDiv(s.launch, num, den)
}

// split is the Released event the rules give for a total: contributions and stakers by
// basis points, floored; the treasury takes the rest.
func (s schedule) split(epoch uint64, total *big.Int) *emission.EmissionReleased {
	c := mulDiv(total, u64(s.contributions), bps)
	st := mulDiv(total, u64(s.stakers), bps)
	return &emission.EmissionReleased{Epoch: u64(epoch), Contributions: c, Stakers: st, Treasury: sub(sub(total, c), st)}
}

func released(t *testing.T, f *economytest.Fixture, epoch uint64) bool {
	t.Helper()
	return economytest.Call(t, f, f.C.Emission, f.B.Emission.PackIsReleased(u64(epoch)), f.B.Emission.UnpackIsReleased)
}

func supply(t *testing.T, f *economytest.Fixture) *big.Int {
	t.Helper()
	return economytest.Call(t, f, f.C.Token, f.B.Token.PackTotalSupply(), f.B.Token.UnpackTotalSupply)
}

// release releases epoch n and returns its Released event.
func release(t *testing.T, f *economytest.Fixture, n uint64) *emission.EmissionReleased {
	t.Helper()
	evs := economytest.Logs(f.Release(t, n), f.B.Emission.UnpackReleasedEvent)
	if len(evs) != 1 {
		t.Fatalf("release %d: %d Released events, want 1", n, len(evs))
	}
	return evs[0]
}

func revert(t *testing.T, f *economytest.Fixture, from chain.Account, data []byte, name string, args ...any) {
	t.Helper()
	got := f.Revert(t, from, f.C.Emission, data, name)
	if diff := cmp.Diff(args, got, economytest.BigCmp, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("%s arguments (-want +got):\n%s", name, diff)
	}
}

func TestEmissionForEpoch_FollowsTheClosedForm(t *testing.T) {
	for _, cfg := range []struct {
		name      string
		configure func(*config.Economy)
		epochs    []uint64
		floorFrom uint64 // first listed epoch at the floor
	}{
		// 7-day epochs, 9.5% falling 0.5 point a year to 0.95%: epoch 52 is 364 days in,
		// epoch 53 the first past a year, the floor comes after 17.1 years.
		{"default schedule", nil, []uint64{0, 1, 52, 53, 500, 891, 892, 5000}, 892},
		{"steep decay, daily epochs", fastConfig, []uint64{0, 1, 65, 66, 365, 10_000}, 66},
	} {
		t.Run(cfg.name, func(t *testing.T) {
			f := economytest.New(t, economytest.Options{Members: 1, Configure: cfg.configure})
			s := scheduleOf(f)
			for _, epoch := range cfg.epochs {
				r, atFloor := s.rateScaled(epoch)
				if atFloor != (epoch >= cfg.floorFrom) {
					t.Fatalf("epoch %d: at floor = %v in Go; the table's floorFrom %d is wrong", epoch, atFloor, cfg.floorFrom)
				}
				got := economytest.Call(t, f, f.C.Emission, f.B.Emission.PackEmissionForEpoch(u64(epoch)), f.B.Emission.UnpackEmissionForEpoch)
				if want := s.amount(epoch); got.Cmp(want) != 0 {
					t.Errorf("emissionForEpoch(%d) = %v, want %v", epoch, got, want)
				}
				rate := economytest.Call(t, f, f.C.Emission, f.B.Emission.PackAnnualRateAt(u64(epoch)), f.B.Emission.UnpackAnnualRateAt)
				if want := mulDiv(r, big.NewInt(1e18), u64(year)); rate.Cmp(want) != 0 {
					t.Errorf("annualRateAt(%d) = %v, want %v", epoch, rate, want)
				}
			}
		})
	}
}

func TestRelease(t *testing.T) {
	f := economytest.New(t, economytest.Options{Configure: fastConfig})
	s := scheduleOf(f)
	staker, author := f.Members[0], f.Members[4]
	f.Stake(t, staker, economytest.Tokens(1000))

	t.Run("an epoch that has not ended reverts EpochNotEnded", func(t *testing.T) {
		for _, epoch := range []uint64{0, 3} {
			revert(t, f, staker, f.B.Emission.PackRelease(u64(epoch)), "EpochNotEnded", u64(epoch))
		}
		if released(t, f, 0) {
			t.Error("isReleased(0) before any release")
		}
	})
	// Epoch 1 gets a voted contribution, so its contributions part stays in the pool.
	f.Warp(t, 1, 10)
	f.Send(t, author, f.C.RewardPool, f.B.RewardPool.PackSubmit([32]byte{1}, "ipfs://one"))
	f.Send(t, staker, f.C.RewardPool, f.B.RewardPool.PackVote(big.NewInt(1), economytest.Tokens(10)))
	f.Warp(t, 2, 10)

	holders := map[string]func() *big.Int{
		"pool":         func() *big.Int { return f.Balance(t, f.Addr.RewardPool) },
		"staked power": func() *big.Int { return f.Balance(t, f.Addr.StakedPower) },
		"treasury":     func() *big.Int { return f.Balance(t, f.Addr.Timelock) },
		"supply":       func() *big.Int { return supply(t, f) },
	}
	before := map[string]*big.Int{}
	for k, get := range holders {
		before[k] = get()
	}
	receipt := f.Release(t, 1)
	total := s.amount(1)
	want := s.split(1, total)

	t.Run("Released reports the closed-form amount split by basis points, the treasury taking the remainder", func(t *testing.T) {
		if mulDiv(total, u64(fastSplit.TreasuryBPS), bps).Cmp(want.Treasury) == 0 {
			t.Fatal("the split leaves no remainder: the test proves nothing about who gets it")
		}
		got := economytest.Logs(receipt, f.B.Emission.UnpackReleasedEvent)
		if diff := cmp.Diff([]*emission.EmissionReleased{want}, got, ignoreRaw); diff != "" {
			t.Errorf("Released (-want +got):\n%s", diff)
		}
	})
	t.Run("each part reaches its recipient and the supply grows by the total", func(t *testing.T) {
		gotDelta := map[string]*big.Int{}
		for k, get := range holders {
			gotDelta[k] = sub(get(), before[k])
		}
		wantDelta := map[string]*big.Int{"pool": want.Contributions, "staked power": want.Stakers, "treasury": want.Treasury, "supply": total}
		if diff := cmp.Diff(wantDelta, gotDelta, economytest.BigCmp); diff != "" {
			t.Errorf("balance changes (-want +got):\n%s", diff)
		}
	})
	t.Run("the contributions part funds the RewardPool for that epoch", func(t *testing.T) {
		funded := economytest.Logs(receipt, f.B.RewardPool.UnpackEpochFundedEvent)
		wantEv := []*rewardpool.RewardPoolEpochFunded{{Epoch: u64(1), Emission: want.Contributions}}
		if diff := cmp.Diff(wantEv, funded, ignoreRaw); diff != "" {
			t.Errorf("EpochFunded (-want +got):\n%s", diff)
		}
		got := economytest.Call(t, f, f.C.RewardPool, f.B.RewardPool.PackEpochFunds(u64(1)), f.B.RewardPool.UnpackEpochFunds)
		if diff := cmp.Diff(rewardpool.EpochFundsOutput{Emission: want.Contributions, Claimed: new(big.Int), Funded: true}, got, economytest.BigCmp); diff != "" {
			t.Errorf("epochFunds (-want +got):\n%s", diff)
		}
	})
	t.Run("the stakers part is notified to StakedPower's reward stream", func(t *testing.T) {
		h, err := f.Chain.Backend().HeaderByNumber(f.Ctx, receipt.BlockNumber)
		if err != nil {
			t.Fatal(err)
		}
		length := u64(f.EpochLength)
		finish := new(big.Int).Add(u64(h.Time), length)
		rate := new(big.Int).Quo(want.Stakers, length) // the first notification: no stream before
		notified := economytest.Logs(receipt, f.B.StakedPower.UnpackRewardNotifiedEvent)
		wantEv := []*stakedpower.StakedPowerRewardNotified{{Amount: want.Stakers, Rate: rate, Finish: finish}}
		if diff := cmp.Diff(wantEv, notified, ignoreRaw); diff != "" {
			t.Errorf("RewardNotified (-want +got):\n%s", diff)
		}
		got := economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackRewardStream(), f.B.StakedPower.UnpackRewardStream)
		if diff := cmp.Diff(stakedpower.RewardStreamOutput{Rate: rate, Finish: finish}, got, economytest.BigCmp); diff != "" {
			t.Errorf("rewardStream (-want +got):\n%s", diff)
		}
	})
	t.Run("isReleased tells released epochs from the others", func(t *testing.T) {
		if !released(t, f, 1) || released(t, f, 0) {
			t.Errorf("isReleased(1) = %v, isReleased(0) = %v; want true, false", released(t, f, 1), released(t, f, 0))
		}
	})
	t.Run("a second release reverts AlreadyReleased", func(t *testing.T) {
		revert(t, f, author, f.B.Emission.PackRelease(u64(1)), "AlreadyReleased", u64(1))
	})
	t.Run("epochs release out of order, each for its own closed-form amount", func(t *testing.T) {
		f.Warp(t, 301, 10)
		// 300 and 256 sit in the second word of the released bitmap.
		for _, epoch := range []uint64{300, 0, 256, 4, 2} {
			got := release(t, f, epoch)
			if diff := cmp.Diff(s.split(epoch, s.amount(epoch)), got, ignoreRaw); diff != "" {
				t.Errorf("Released for epoch %d (-want +got):\n%s", epoch, diff)
			}
		}
		gotReleased := map[uint64]bool{}
		for _, epoch := range []uint64{0, 1, 2, 3, 4, 255, 256, 299, 300} {
			gotReleased[epoch] = released(t, f, epoch)
		}
		wantReleased := map[uint64]bool{0: true, 1: true, 2: true, 3: false, 4: true, 255: false, 256: true, 299: false, 300: true}
		if diff := cmp.Diff(wantReleased, gotReleased); diff != "" {
			t.Errorf("isReleased (-want +got):\n%s", diff)
		}
		revert(t, f, author, f.B.Emission.PackRelease(u64(256)), "AlreadyReleased", u64(256))
	})
	t.Run("setSchedule from anyone but the timelock reverts NotGovernance", func(t *testing.T) {
		sched := [6]*big.Int{u64(500), u64(0), u64(100), u64(5000), u64(2500), u64(2500)}
		for _, who := range []chain.Account{staker, f.Deployer} {
			revert(t, f, who, f.B.Emission.PackSetSchedule(sched), "NotGovernance", who.Address)
		}
	})
}

func TestRelease_NeverMintsAboveTheCap(t *testing.T) {
	// 990,000 tokens at launch under a 1,000,000 cap: room for about five and a half
	// epochs of emission at the default 9.5%.
	capWei := economytest.Tokens(1_000_000)
	f := economytest.New(t, economytest.Options{Members: 2, Each: 100_000, Treasury: 790_000,
		Configure: func(c *config.Economy) { c.Token.Cap = config.Tokens(1_000_000) }})
	s := scheduleOf(f)
	f.Warp(t, 20, 10)

	epoch := uint64(0)
	t.Run("each release mints min(closed form, room left) until the supply reaches the cap", func(t *testing.T) {
		for ; supply(t, f).Cmp(capWei) < 0; epoch++ {
			if epoch >= 19 {
				t.Fatalf("supply %v still below the cap after %d releases", supply(t, f), epoch)
			}
			before := supply(t, f)
			total := s.amount(epoch)
			if room := sub(capWei, before); total.Cmp(room) > 0 {
				total = room
			}
			got := release(t, f, epoch)
			if diff := cmp.Diff(s.split(epoch, total), got, ignoreRaw); diff != "" {
				t.Errorf("Released for epoch %d (-want +got):\n%s", epoch, diff)
			}
			if minted := sub(supply(t, f), before); minted.Cmp(total) != 0 {
				t.Errorf("epoch %d minted %v, want %v", epoch, minted, total)
			}
		}
		if epoch < 3 {
			t.Errorf("the cap was reached after %d releases; the config should need several", epoch)
		}
		if got := supply(t, f); got.Cmp(capWei) != 0 {
			t.Errorf("supply %v, want exactly the cap %v", got, capWei)
		}
	})
	t.Run("at the cap a release mints nothing", func(t *testing.T) {
		treasury := f.Balance(t, f.Addr.Timelock)
		got := release(t, f, epoch)
		zero := new(big.Int)
		want := &emission.EmissionReleased{Epoch: u64(epoch), Contributions: zero, Stakers: zero, Treasury: zero}
		if diff := cmp.Diff(want, got, ignoreRaw); diff != "" {
			t.Errorf("Released (-want +got):\n%s", diff)
		}
		if got := supply(t, f); got.Cmp(capWei) != 0 {
			t.Errorf("supply %v, want the cap %v", got, capWei)
		}
		if got := f.Balance(t, f.Addr.Timelock); got.Cmp(treasury) != 0 {
			t.Errorf("treasury changed from %v to %v", treasury, got)
		}
		if !released(t, f, epoch) {
			t.Errorf("epoch %d not marked released", epoch)
		}
	})
}
