package rewardpool_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/bindings/rewardpool"
	"github.com/apiary-dev/apiary/bindings/test/reentrantclaimer"
	"github.com/apiary-dev/apiary/internal/chaintest"
	"github.com/apiary-dev/apiary/internal/economytest"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/harness"
)

// Attacks on RewardPool: each test fails if the defence it names is removed.

func TestAttack_SelfVote(t *testing.T) {
	p := newPool(t, economytest.Options{})
	author, other := p.Members[4], p.Members[5]
	p.Stake(t, author, tok(1000))
	p.Warp(t, 1, 10)
	own := p.submit(t, author, "mine")
	theirs := p.submit(t, other, "theirs")

	t.Run("an author cannot vote on its own contribution, with any weight", func(t *testing.T) {
		for _, w := range []*big.Int{id(1), tok(1000)} {
			p.revert(t, author, p.rp.PackVote(own, w), "SelfVote", own)
		}
		if got := p.contribution(t, own); got.Weight.Sign() != 0 || got.F.Sign() != 0 {
			t.Errorf("own contribution has weight %v and f %v, want 0", got.Weight, got.F)
		}
		if got := p.epochVotes(t, 1).SumF; got.Sign() != 0 {
			t.Errorf("Σf = %v after rejected self-votes, want 0", got)
		}
	})
	t.Run("the same budget may be spent on someone else's contribution", func(t *testing.T) {
		p.vote(t, author, theirs, tok(1000))
		if got := p.contribution(t, theirs).Weight; got.Cmp(tok(1000)) != 0 {
			t.Errorf("weight = %v, want 1000 tokens", got)
		}
	})
}

func TestAttack_DoubleClaim(t *testing.T) {
	p := newPool(t, economytest.Options{})
	cur1, cur2, author1, author2 := p.Members[0], p.Members[1], p.Members[4], p.Members[5]
	p.Stake(t, cur1, tok(1000))
	p.Stake(t, cur2, tok(2500))
	p.Warp(t, 1, 10)
	c1 := p.submit(t, author1, "one")
	c2 := p.submit(t, author2, "two")
	model := newModel()
	for _, v := range []struct {
		who chain.Account
		c   *big.Int
		w   *big.Int
	}{{cur1, c1, tok(1000)}, {cur2, c2, plus(tok(2500), -9)}} {
		p.vote(t, v.who, v.c, v.w)
		model.vote(v.c.Int64(), v.who.Address, v.w)
	}
	p.Warp(t, 2, 10)
	e, _ := p.release(t, 1)
	E := e.Contributions
	claimed := new(big.Int)

	for _, tt := range []struct {
		name string
		who  chain.Account
		data []byte
		want *big.Int
	}{
		{"an author", author1, p.rp.PackClaimAuthor(c1), model.author(E, 1)},
		{"a curator", cur1, p.rp.PackClaimCurator(c1), model.curator(E, 1, cur1.Address)},
	} {
		t.Run(tt.name+" is paid once; claiming again reverts AlreadyClaimed", func(t *testing.T) {
			got, _ := p.paid(t, tt.who, tt.data)
			claimed.Add(claimed, got)
			if got.Cmp(tt.want) != 0 {
				t.Errorf("first claim paid %v, want %v", got, tt.want)
			}
			p.revert(t, tt.who, tt.data, "AlreadyClaimed", c1, tt.who.Address)
		})
	}
	for _, tt := range []struct {
		name              string
		who               chain.Account
		authorIDs, curIDs []*big.Int
		c                 *big.Int
	}{
		{"an author id listed twice", author2, []*big.Int{c2, c2}, nil, c2},
		{"a curator id listed twice", cur2, nil, []*big.Int{c2, c2}, c2},
		{"an author reward already claimed alone", author1, []*big.Int{c1}, nil, c1},
		{"a curator reward already claimed alone", cur1, nil, []*big.Int{c1}, c1},
	} {
		t.Run("claimMany with "+tt.name+" reverts AlreadyClaimed", func(t *testing.T) {
			p.revert(t, tt.who, p.rp.PackClaimMany(tt.authorIDs, tt.curIDs), "AlreadyClaimed", tt.c, tt.who.Address)
		})
	}
	t.Run("after the rejected batches each reward is still paid exactly once", func(t *testing.T) {
		for _, tt := range []struct {
			who  chain.Account
			data []byte
			want *big.Int
		}{
			{author2, p.rp.PackClaimMany([]*big.Int{c2}, nil), model.author(E, 2)},
			{cur2, p.rp.PackClaimMany(nil, []*big.Int{c2}), model.curator(E, 2, cur2.Address)},
		} {
			got, _ := p.paid(t, tt.who, tt.data)
			claimed.Add(claimed, got)
			if got.Cmp(tt.want) != 0 {
				t.Errorf("%s paid %v, want %v", tt.who.Address, got, tt.want)
			}
		}
		if got := p.epochFunds(t, 1).Claimed; got.Cmp(claimed) != 0 {
			t.Errorf("epoch claimed = %v, want %v", got, claimed)
		}
	})
}

func TestAttack_StakeVoteUnstakeWithinEpoch(t *testing.T) {
	p := newPool(t, economytest.Options{})
	flash, leaver, author := p.Members[0], p.Members[1], p.Members[4]
	p.Stake(t, leaver, tok(1000))
	p.Warp(t, 1, 10)
	c := p.submit(t, author, "target")

	t.Run("stake moved in during the epoch gives no budget: the vote reverts VoteBudgetExceeded", func(t *testing.T) {
		p.Stake(t, flash, tok(100_000))
		if diff := cmp.Diff(rewardpool.BudgetOfOutput{Budget: id(0), Spent: id(0)}, p.budget(t, flash.Address), economytest.BigCmp); diff != "" {
			t.Errorf("budgetOf (-want +got):\n%s", diff)
		}
		p.revert(t, flash, p.rp.PackVote(c, id(1)), "VoteBudgetExceeded", id(0), id(0), id(1))
		p.Send(t, flash, p.C.StakedPower, p.B.StakedPower.PackStartPowerDown(tok(100_000)))
	})
	// Observed behaviour: the budget is read from power at the epoch's start, so powering
	// down during the epoch does not reduce it. That stake was committed before the epoch
	// began and is locked in a 13-week power-down, so this is not borrowed weight, and the
	// budget never rises above that power, so it cannot raise rewards.
	t.Run("powering down during the epoch leaves the budget fixed at the epoch's start", func(t *testing.T) {
		p.Send(t, leaver, p.C.StakedPower, p.B.StakedPower.PackStartPowerDown(tok(1000)))
		power := economytest.Call(t, p.Fixture, p.C.StakedPower, p.B.StakedPower.PackGetVotes(leaver.Address), p.B.StakedPower.UnpackGetVotes)
		if power.Sign() != 0 {
			t.Errorf("votes after powering down = %v, want 0 (power-down stops counting at once)", power)
		}
		if diff := cmp.Diff(rewardpool.BudgetOfOutput{Budget: tok(1000), Spent: id(0)}, p.budget(t, leaver.Address), economytest.BigCmp); diff != "" {
			t.Errorf("budgetOf (-want +got):\n%s", diff)
		}
		p.vote(t, leaver, c, tok(1000))
	})
	t.Run("staking again during the epoch does not raise the budget", func(t *testing.T) {
		p.Stake(t, leaver, tok(1000))
		p.revert(t, leaver, p.rp.PackVote(c, id(1)), "VoteBudgetExceeded", tok(1000), tok(1000), id(1))
	})
	t.Run("curation weight never exceeds power at the epoch's start", func(t *testing.T) {
		if got := p.contribution(t, c).Weight; got.Cmp(tok(1000)) != 0 {
			t.Errorf("contribution weight = %v, want 1000 tokens", got)
		}
		cur := economytest.Call(t, p.Fixture, p.C.RewardPool, p.rp.PackCuration(c, flash.Address), p.rp.UnpackCuration)
		if cur.Weight.Sign() != 0 {
			t.Errorf("flash staker's curation weight = %v, want 0", cur.Weight)
		}
	})
	p.Warp(t, 2, 10)
	t.Run("the next epoch's budget is power at its start", func(t *testing.T) {
		for _, tt := range []struct {
			who  chain.Account
			want *big.Int
		}{{flash, id(0)}, {leaver, tok(1000)}} {
			if diff := cmp.Diff(rewardpool.BudgetOfOutput{Budget: tt.want, Spent: id(0)}, p.budget(t, tt.who.Address), economytest.BigCmp); diff != "" {
				t.Errorf("budgetOf(%s) (-want +got):\n%s", tt.who.Address, diff)
			}
		}
	})
	t.Run("the flash staker earns nothing; the leaver's reward follows its fixed budget", func(t *testing.T) {
		rel, _ := p.release(t, 1)
		model := newModel()
		model.vote(c.Int64(), leaver.Address, tok(1000))
		p.revert(t, flash, p.rp.PackClaimCurator(c), "NothingToClaim", c, flash.Address)
		got, _ := p.paid(t, leaver, p.rp.PackClaimCurator(c))
		if want := model.curator(rel.Contributions, c.Int64(), leaver.Address); got.Cmp(want) != 0 {
			t.Errorf("leaver paid %v, want %v", got, want)
		}
	})
}

func TestAttack_SybilRingEarnsLessThanHonestStake(t *testing.T) {
	// Six equal stakers: a ring of three that author thin contributions and vote their whole
	// budgets on each other's, and three honest curators who put theirs on one good
	// contribution by an outside author. Same stake on both sides, same epoch.
	p := newPool(t, economytest.Options{Members: 7})
	ring, honest, goodAuthor := p.Members[0:3], p.Members[3:6], p.Members[6]
	stake := tok(1000)
	for _, m := range p.Members[:6] {
		p.Stake(t, m, stake)
	}
	p.Warp(t, 1, 10)

	model := newModel()
	authored := map[common.Address][]*big.Int{}
	var ringIDs []*big.Int
	for i, m := range ring {
		for j := 0; j < 2; j++ {
			c := p.submit(t, m, string(rune('a'+i))+string(rune('0'+j)))
			authored[m.Address] = append(authored[m.Address], c)
			ringIDs = append(ringIDs, c)
		}
	}
	good := p.submit(t, goodAuthor, "good")
	quarter := new(big.Int).Quo(stake, big.NewInt(4))
	voted := map[common.Address][]*big.Int{}
	for _, m := range ring {
		for _, other := range ring {
			if other == m {
				continue
			}
			for _, c := range authored[other.Address] {
				p.vote(t, m, c, quarter)
				model.vote(c.Int64(), m.Address, quarter)
				voted[m.Address] = append(voted[m.Address], c)
			}
		}
	}
	for _, m := range honest {
		p.vote(t, m, good, stake)
		model.vote(good.Int64(), m.Address, stake)
	}
	p.Warp(t, 2, 10)
	rel, _ := p.release(t, 1)
	E := rel.Contributions

	earned := func(group []chain.Account, claim func(m chain.Account) []byte) *big.Int {
		total := new(big.Int)
		for _, m := range group {
			got, _ := p.paid(t, m, claim(m))
			total.Add(total, got)
		}
		return total
	}
	ringEarned := earned(ring, func(m chain.Account) []byte {
		return p.rp.PackClaimMany(authored[m.Address], voted[m.Address])
	})
	honestEarned := earned(honest, func(chain.Account) []byte { return p.rp.PackClaimCurator(good) })
	honestEarned.Add(honestEarned, earned([]chain.Account{goodAuthor}, func(chain.Account) []byte { return p.rp.PackClaimAuthor(good) }))

	wantRing, wantHonest := new(big.Int), new(big.Int)
	for _, c := range ringIDs {
		wantRing.Add(wantRing, model.author(E, c.Int64()))
		for _, m := range ring {
			wantRing.Add(wantRing, model.curator(E, c.Int64(), m.Address))
		}
	}
	wantHonest.Add(wantHonest, model.author(E, good.Int64()))
	for _, m := range honest {
		wantHonest.Add(wantHonest, model.curator(E, good.Int64(), m.Address))
	}
	// Under a linear f the ring's part would be its share of the total weight: one half.
	ringWeight := new(big.Int)
	for _, c := range ringIDs {
		ringWeight.Add(ringWeight, model.weight[c.Int64()])
	}
	linearRing := mulDiv(E, ringWeight, sum(ringWeight, model.weight[good.Int64()]))
	t.Logf("E = %v; ring earned %v, honest group %v; linear f would give the ring %v", E, ringEarned, honestEarned, linearRing)

	t.Run("each side earns exactly what the curve gives it", func(t *testing.T) {
		if ringEarned.Cmp(wantRing) != 0 || honestEarned.Cmp(wantHonest) != 0 {
			t.Errorf("ring earned %v, honest %v; want %v and %v", ringEarned, honestEarned, wantRing, wantHonest)
		}
	})
	t.Run("the ring earns less than the same stake voting honestly", func(t *testing.T) {
		if ringEarned.Cmp(honestEarned) >= 0 {
			t.Errorf("ring earned %v, not less than the honest group's %v", ringEarned, honestEarned)
		}
	})
	t.Run("the ring earns less than linear weighting would give it", func(t *testing.T) {
		if ringEarned.Cmp(linearRing) >= 0 {
			t.Errorf("ring earned %v, not less than its linear share %v", ringEarned, linearRing)
		}
		// With s = 1000 tokens: six contributions of 500 tokens give f = 500²/1500 each, 1000
		// in all, against 3000²/4000 = 2250 for the good one: the ring gets 1000/3250 of E.
		want := mulDiv(E, big.NewInt(1000), big.NewInt(3250))
		if diff := new(big.Int).Sub(ringEarned, want); diff.CmpAbs(big.NewInt(100)) > 0 {
			t.Errorf("ring earned %v, want about 1000/3250 of E = %v", ringEarned, want)
		}
	})
}

func TestAttack_SweepBeforeWindow(t *testing.T) {
	p := newPool(t, economytest.Options{})
	curator, author, attacker := p.Members[0], p.Members[4], p.Members[5]
	p.Stake(t, curator, tok(1000))
	p.Warp(t, 1, 10)
	c := p.submit(t, author, "work")
	p.vote(t, curator, c, tok(1000))
	model := newModel()
	model.vote(c.Int64(), curator.Address, tok(1000))
	p.Warp(t, 2, 10)
	rel, _ := p.release(t, 1)
	E := rel.Contributions
	last := u64(1 + claimWindow)

	for _, epoch := range []uint64{2, 1 + claimWindow} {
		t.Run("a sweep in epoch "+u64(epoch).String()+" reverts ClaimWindowOpen and moves nothing", func(t *testing.T) {
			if epoch > 2 {
				p.Warp(t, epoch, 10)
			}
			treasury := p.Balance(t, p.Addr.Timelock)
			p.revert(t, attacker, p.rp.PackSweep(id(1)), "ClaimWindowOpen", id(1), last)
			if got := p.Balance(t, p.Addr.RewardPool); got.Cmp(E) != 0 {
				t.Errorf("pool holds %v, want E = %v", got, E)
			}
			if got := p.Balance(t, p.Addr.Timelock); got.Cmp(treasury) != 0 {
				t.Errorf("treasury changed from %v to %v", treasury, got)
			}
		})
	}
	t.Run("in the window's last epoch the author still claims in full", func(t *testing.T) {
		got, _ := p.paid(t, author, p.rp.PackClaimAuthor(c))
		if want := model.author(E, c.Int64()); got.Cmp(want) != 0 {
			t.Errorf("author paid %v, want %v", got, want)
		}
	})
	t.Run("after the window the sweep takes only what is left", func(t *testing.T) {
		p.Warp(t, 2+claimWindow, 10)
		before := p.Balance(t, p.Addr.Timelock)
		p.Send(t, attacker, p.C.RewardPool, p.rp.PackSweep(id(1)))
		if got, want := sub(p.Balance(t, p.Addr.Timelock), before), sub(E, model.author(E, c.Int64())); got.Cmp(want) != 0 {
			t.Errorf("sweep sent %v, want %v", got, want)
		}
	})
}

func TestAttack_ReentrantClaim(t *testing.T) {
	p := newPool(t, economytest.Options{Deploy: []harness.Option{harness.WithHookToken()}})
	cur1, cur2, owner := p.Members[0], p.Members[1], p.Members[5]
	p.Stake(t, cur1, tok(1000))
	p.Stake(t, cur2, tok(3000))

	rc := reentrantclaimer.NewReentrantClaimer()
	addr, tx, err := bind.DeployContract(p.Chain.Transactor(owner), common.FromHex(reentrantclaimer.ReentrantClaimerMetaData.Bin),
		p.Chain.Backend(), rc.PackConstructor(p.Addr.RewardPool))
	addr = chaintest.Deployed(t, p.Chain, addr, tx, err)
	attacker := rc.Instance(p.Chain.Backend(), addr)

	p.Warp(t, 1, 10)
	r := p.Send(t, owner, attacker, rc.PackSubmit(contentHash("bait")))
	subs := economytest.Logs(r, p.rp.UnpackContributionSubmittedEvent)
	if len(subs) != 1 || subs[0].Author != addr {
		t.Fatalf("submission events %+v, want one by the attacker contract", subs)
	}
	c := subs[0].Id
	model := newModel()
	for _, v := range []struct {
		who chain.Account
		w   *big.Int
	}{{cur1, tok(1000)}, {cur2, plus(tok(2000), 1)}} {
		p.vote(t, v.who, c, v.w)
		model.vote(c.Int64(), v.who.Address, v.w)
	}
	p.Warp(t, 2, 10)
	rel, _ := p.release(t, 1)
	want := model.author(rel.Contributions, c.Int64())

	r = p.Send(t, owner, attacker, rc.PackClaim(c, false))
	call := func(data []byte, unpack func([]byte) (*big.Int, error)) *big.Int {
		return economytest.Call(t, p.Fixture, attacker, data, unpack)
	}
	t.Run("the payout handed control to the attacker, which re-entered once", func(t *testing.T) {
		if got := call(rc.PackReentries(), rc.UnpackReentries); got.Cmp(id(1)) != 0 {
			t.Errorf("reentries = %v, want 1", got)
		}
	})
	t.Run("the nested claim failed with ReentrancyGuardReentrantCall", func(t *testing.T) {
		if got := call(rc.PackReentrySuccesses(), rc.UnpackReentrySuccesses); got.Sign() != 0 {
			t.Errorf("reentrySuccesses = %v, want 0", got)
		}
		got := economytest.Call(t, p.Fixture, attacker, rc.PackLastReentryError(), rc.UnpackLastReentryError)
		selector := rewardpool.RewardPoolReentrancyGuardReentrantCallErrorID().Bytes()[:4]
		if !bytes.Equal(got, selector) {
			t.Errorf("lastReentryError = %x, want %x (ReentrancyGuardReentrantCall)", got, selector)
		}
	})
	t.Run("the attacker was paid exactly once", func(t *testing.T) {
		if got := p.Balance(t, addr); got.Cmp(want) != 0 {
			t.Errorf("attacker holds %v, want one author reward %v", got, want)
		}
		if n := len(economytest.Logs(r, p.rp.UnpackAuthorRewardClaimedEvent)); n != 1 {
			t.Errorf("%d AuthorRewardClaimed events, want 1", n)
		}
		if got := p.epochFunds(t, 1).Claimed; got.Cmp(want) != 0 {
			t.Errorf("epoch claimed = %v, want %v", got, want)
		}
	})
}

// TestAttack_ReentrantCuratorClaim is the curator side of TestAttack_ReentrantClaim: the
// attacker contract stakes, curates a contribution and, paid its curation reward, tries to
// claim it again from inside the transfer.
func TestAttack_ReentrantCuratorClaim(t *testing.T) {
	p := newPool(t, economytest.Options{Deploy: []harness.Option{harness.WithHookToken()}})
	author, other, owner := p.Members[0], p.Members[1], p.Members[5]
	p.Stake(t, other, tok(3000))

	rc := reentrantclaimer.NewReentrantClaimer()
	addr, tx, err := bind.DeployContract(p.Chain.Transactor(owner), common.FromHex(reentrantclaimer.ReentrantClaimerMetaData.Bin),
		p.Chain.Backend(), rc.PackConstructor(p.Addr.RewardPool))
	addr = chaintest.Deployed(t, p.Chain, addr, tx, err)
	attacker := rc.Instance(p.Chain.Backend(), addr)
	p.Send(t, owner, p.C.Token, p.B.Token.PackTransfer(addr, tok(2000)))
	p.Send(t, owner, attacker, rc.PackStake(p.Addr.Token, p.Addr.StakedPower, tok(2000)))

	p.Warp(t, 1, 10)
	c := p.submit(t, author, "honest work")
	model := newModel()
	p.Send(t, owner, attacker, rc.PackVote(c, tok(2000)))
	model.vote(c.Int64(), addr, tok(2000))
	p.vote(t, other, c, tok(1000))
	model.vote(c.Int64(), other.Address, tok(1000))
	p.Warp(t, 2, 10)
	rel, _ := p.release(t, 1)
	want := model.curator(rel.Contributions, c.Int64(), addr)

	r := p.Send(t, owner, attacker, rc.PackClaim(c, true))
	if got := economytest.Call(t, p.Fixture, attacker, rc.PackReentries(), rc.UnpackReentries); got.Cmp(id(1)) != 0 {
		t.Errorf("reentries = %v, want 1: the payout must hand the attacker control", got)
	}
	if got := economytest.Call(t, p.Fixture, attacker, rc.PackReentrySuccesses(), rc.UnpackReentrySuccesses); got.Sign() != 0 {
		t.Errorf("reentrySuccesses = %v, want 0", got)
	}
	got := economytest.Call(t, p.Fixture, attacker, rc.PackLastReentryError(), rc.UnpackLastReentryError)
	if selector := rewardpool.RewardPoolReentrancyGuardReentrantCallErrorID().Bytes()[:4]; !bytes.Equal(got, selector) {
		t.Errorf("lastReentryError = %x, want %x (ReentrancyGuardReentrantCall)", got, selector)
	}
	if got := p.Balance(t, addr); got.Cmp(want) != 0 {
		t.Errorf("attacker holds %v, want one curator reward %v", got, want)
	}
	if n := len(economytest.Logs(r, p.rp.UnpackCuratorRewardClaimedEvent)); n != 1 {
		t.Errorf("%d CuratorRewardClaimed events, want 1", n)
	}
}
