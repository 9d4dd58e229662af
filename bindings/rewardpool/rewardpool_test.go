package rewardpool_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/apiary-dev/apiary/bindings/communitytoken"
	"github.com/apiary-dev/apiary/bindings/emission"
	"github.com/apiary-dev/apiary/bindings/rewardpool"
	"github.com/apiary-dev/apiary/internal/economytest"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/harness"
)

// The default config's rewards parameters, which every fixture here keeps.
var (
	curveS       = economytest.Tokens(1000)
	authorShare  = big.NewInt(5000)
	claimWindow  = uint64(12)
	bps          = big.NewInt(10_000)
	ignoreRawAll = cmp.Options{
		cmpopts.IgnoreFields(rewardpool.RewardPoolVoted{}, "Raw"),
		cmpopts.IgnoreFields(rewardpool.RewardPoolContributionSubmitted{}, "Raw"),
		cmpopts.IgnoreFields(rewardpool.RewardPoolEpochFunded{}, "Raw"),
		cmpopts.IgnoreFields(rewardpool.RewardPoolAuthorRewardClaimed{}, "Raw"),
		cmpopts.IgnoreFields(rewardpool.RewardPoolCuratorRewardClaimed{}, "Raw"),
		cmpopts.IgnoreFields(rewardpool.RewardPoolEpochSwept{}, "Raw"),
		cmpopts.IgnoreFields(communitytoken.CommunityTokenTransfer{}, "Raw"),
		cmpopts.IgnoreFields(emission.EmissionReleased{}, "Raw"),
		economytest.BigCmp,
	}
)

func tok(n int64) *big.Int { return economytest.Tokens(n) }

// plus is a + b wei, to give votes odd amounts that exercise rounding.
func plus(a *big.Int, b int64) *big.Int { return new(big.Int).Add(a, big.NewInt(b)) }

func id(n int64) *big.Int { return big.NewInt(n) }

func u64(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

func contentHash(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

// curve is f(w) = floor(w²/(w+s)), computed in Go from the rule.
func curve(w, s *big.Int) *big.Int {
	if w.Sign() == 0 {
		return new(big.Int)
	}
	return new(big.Int).Quo(new(big.Int).Mul(w, w), new(big.Int).Add(w, s))
}

// mulDiv is floor(a*b/c).
func mulDiv(a, b, c *big.Int) *big.Int { return new(big.Int).Quo(new(big.Int).Mul(a, b), c) }

func sum(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

// model is one epoch's curation computed in Go from the rules: weights per contribution
// and curator, f per contribution, and the split of the epoch's emission E.
type model struct {
	s, shareBps *big.Int
	weight      map[int64]*big.Int
	votes       map[int64]map[common.Address]*big.Int
}

func newModel() *model {
	return &model{s: curveS, shareBps: authorShare,
		weight: map[int64]*big.Int{}, votes: map[int64]map[common.Address]*big.Int{}}
}

func (m *model) vote(c int64, curator common.Address, w *big.Int) {
	if m.weight[c] == nil {
		m.weight[c] = new(big.Int)
		m.votes[c] = map[common.Address]*big.Int{}
	}
	m.weight[c].Add(m.weight[c], w)
	if m.votes[c][curator] == nil {
		m.votes[c][curator] = new(big.Int)
	}
	m.votes[c][curator].Add(m.votes[c][curator], w)
}

func (m *model) f(c int64) *big.Int {
	if m.weight[c] == nil {
		return new(big.Int)
	}
	return curve(m.weight[c], m.s)
}

func (m *model) sumF() *big.Int {
	s := new(big.Int)
	for c := range m.weight {
		s.Add(s, m.f(c))
	}
	return s
}

// reward is contribution c's part of E: floor(E*f_c/Σf), and the author's part of that.
func (m *model) reward(e *big.Int, c int64) (reward, author *big.Int) {
	reward = mulDiv(e, m.f(c), m.sumF())
	return reward, mulDiv(reward, m.shareBps, bps)
}

func (m *model) author(e *big.Int, c int64) *big.Int {
	_, a := m.reward(e, c)
	return a
}

// curator is floor((reward - authorPart) * w_i / w_c).
func (m *model) curator(e *big.Int, c int64, who common.Address) *big.Int {
	w := m.votes[c][who]
	if w == nil {
		return new(big.Int)
	}
	r, a := m.reward(e, c)
	return mulDiv(sub(r, a), w, m.weight[c])
}

// pool is a fixture with shortcuts for RewardPool.
type pool struct {
	*economytest.Fixture
	rp *rewardpool.RewardPool
}

func newPool(t *testing.T, o economytest.Options) *pool {
	t.Helper()
	f := economytest.New(t, o)
	return &pool{Fixture: f, rp: f.B.RewardPool}
}

// submit submits a contribution and returns its id, read from ContributionSubmitted.
func (p *pool) submit(t *testing.T, author chain.Account, name string) *big.Int {
	t.Helper()
	r := p.Send(t, author, p.C.RewardPool, p.rp.PackSubmit(contentHash(name), "ipfs://"+name))
	evs := economytest.Logs(r, p.rp.UnpackContributionSubmittedEvent)
	if len(evs) != 1 {
		t.Fatalf("submit %q: %d ContributionSubmitted events, want 1", name, len(evs))
	}
	return evs[0].Id
}

func (p *pool) vote(t *testing.T, curator chain.Account, c, weight *big.Int) *types.Receipt {
	t.Helper()
	return p.Send(t, curator, p.C.RewardPool, p.rp.PackVote(c, weight))
}

func (p *pool) revert(t *testing.T, from chain.Account, data []byte, name string, args ...any) {
	t.Helper()
	got := p.Revert(t, from, p.C.RewardPool, data, name)
	if diff := cmp.Diff(args, got, economytest.BigCmp, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("%s arguments (-want +got):\n%s", name, diff)
	}
}

func (p *pool) contribution(t *testing.T, c *big.Int) rewardpool.ContributionOutput {
	t.Helper()
	return economytest.Call(t, p.Fixture, p.C.RewardPool, p.rp.PackContribution(c), p.rp.UnpackContribution)
}

func (p *pool) budget(t *testing.T, who common.Address) rewardpool.BudgetOfOutput {
	t.Helper()
	return economytest.Call(t, p.Fixture, p.C.RewardPool, p.rp.PackBudgetOf(who), p.rp.UnpackBudgetOf)
}

func (p *pool) epochVotes(t *testing.T, epoch uint64) rewardpool.EpochVotesOutput {
	t.Helper()
	return economytest.Call(t, p.Fixture, p.C.RewardPool, p.rp.PackEpochVotes(u64(epoch)), p.rp.UnpackEpochVotes)
}

func (p *pool) epochFunds(t *testing.T, epoch uint64) rewardpool.EpochFundsOutput {
	t.Helper()
	return economytest.Call(t, p.Fixture, p.C.RewardPool, p.rp.PackEpochFunds(u64(epoch)), p.rp.UnpackEpochFunds)
}

func (p *pool) pendingAuthor(t *testing.T, c *big.Int) *big.Int {
	t.Helper()
	return economytest.Call(t, p.Fixture, p.C.RewardPool, p.rp.PackPendingAuthorReward(c), p.rp.UnpackPendingAuthorReward)
}

func (p *pool) pendingCurator(t *testing.T, c *big.Int, who common.Address) *big.Int {
	t.Helper()
	return economytest.Call(t, p.Fixture, p.C.RewardPool, p.rp.PackPendingCuratorReward(c, who), p.rp.UnpackPendingCuratorReward)
}

// release releases epoch n and returns the Released event and the epoch's EpochFunded event.
func (p *pool) release(t *testing.T, n uint64) (*emission.EmissionReleased, *rewardpool.RewardPoolEpochFunded) {
	t.Helper()
	r := p.Release(t, n)
	rel := economytest.Logs(r, p.B.Emission.UnpackReleasedEvent)
	funded := economytest.Logs(r, p.rp.UnpackEpochFundedEvent)
	if len(rel) != 1 || len(funded) != 1 {
		t.Fatalf("release %d: %d Released and %d EpochFunded events, want 1 of each", n, len(rel), len(funded))
	}
	return rel[0], funded[0]
}

// paid sends data and returns what `who`'s token balance rose by.
func (p *pool) paid(t *testing.T, who chain.Account, data []byte) (*big.Int, *types.Receipt) {
	t.Helper()
	before := p.Balance(t, who.Address)
	r := p.Send(t, who, p.C.RewardPool, data)
	return sub(p.Balance(t, who.Address), before), r
}

// viewRevert calls a view and requires it to revert with the named custom error.
func (p *pool) viewRevert(t *testing.T, data []byte, name string, args ...any) {
	t.Helper()
	_, err := harness.Call(p.Ctx, p.C.RewardPool, data, func([]byte) (struct{}, error) { return struct{}{}, nil })
	var re *harness.RevertError
	if !errors.As(err, &re) || re.Name != name {
		t.Fatalf("call: got %v, want revert %s", err, name)
	}
	if diff := cmp.Diff(args, re.Args, economytest.BigCmp, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("%s arguments (-want +got):\n%s", name, diff)
	}
}

func TestSubmit(t *testing.T) {
	p := newPool(t, economytest.Options{})
	alice, bob := p.Members[0], p.Members[1]

	t.Run("ids run from 1 and ContributionSubmitted carries hash and uri", func(t *testing.T) {
		var got []*rewardpool.RewardPoolContributionSubmitted
		for _, s := range []struct {
			from chain.Account
			name string
		}{{alice, "essay"}, {bob, "patch"}} {
			r := p.Send(t, s.from, p.C.RewardPool, p.rp.PackSubmit(contentHash(s.name), "ipfs://"+s.name))
			got = append(got, economytest.Logs(r, p.rp.UnpackContributionSubmittedEvent)...)
		}
		want := []*rewardpool.RewardPoolContributionSubmitted{
			{Id: id(1), Epoch: id(0), Author: alice.Address, ContentHash: contentHash("essay"), Uri: "ipfs://essay"},
			{Id: id(2), Epoch: id(0), Author: bob.Address, ContentHash: contentHash("patch"), Uri: "ipfs://patch"},
		}
		if diff := cmp.Diff(want, got, ignoreRawAll); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		if n := economytest.Call(t, p.Fixture, p.C.RewardPool, p.rp.PackContributionCount(), p.rp.UnpackContributionCount); n.Cmp(id(2)) != 0 {
			t.Errorf("contributionCount = %v, want 2", n)
		}
		wantC := rewardpool.ContributionOutput{Author: bob.Address, Epoch: id(0), Weight: id(0), F: id(0)}
		if diff := cmp.Diff(wantC, p.contribution(t, id(2)), economytest.BigCmp); diff != "" {
			t.Errorf("contribution(2) (-want +got):\n%s", diff)
		}
	})
	t.Run("an empty content hash reverts EmptyContentHash", func(t *testing.T) {
		p.revert(t, alice, p.rp.PackSubmit([32]byte{}, "ipfs://nothing"), "EmptyContentHash")
	})
	t.Run("the same hash twice in one epoch reverts AlreadySubmitted, whoever submits", func(t *testing.T) {
		p.revert(t, bob, p.rp.PackSubmit(contentHash("essay"), "ipfs://copy"), "AlreadySubmitted", id(0), contentHash("essay"))
	})
	t.Run("an unknown contribution reverts UnknownContribution", func(t *testing.T) {
		p.viewRevert(t, p.rp.PackContribution(id(3)), "UnknownContribution", id(3))
		p.viewRevert(t, p.rp.PackContribution(id(0)), "UnknownContribution", id(0))
	})
	t.Run("an epoch's parameters are fixed at its first submission", func(t *testing.T) {
		params := rewardpool.EpochVotesOutput{SumF: id(0), CurveS: curveS, AuthorShareBps: authorShare, ClaimWindowEpochs: u64(claimWindow)}
		if diff := cmp.Diff(params, p.epochVotes(t, 0), economytest.BigCmp); diff != "" {
			t.Errorf("epochVotes(0) (-want +got):\n%s", diff)
		}
		untouched := rewardpool.EpochVotesOutput{SumF: id(0), CurveS: id(0), AuthorShareBps: id(0), ClaimWindowEpochs: id(0)}
		if diff := cmp.Diff(untouched, p.epochVotes(t, 1), economytest.BigCmp); diff != "" {
			t.Errorf("epochVotes(1) before any submission (-want +got):\n%s", diff)
		}
	})
	t.Run("the same hash may be submitted again in the next epoch", func(t *testing.T) {
		p.Warp(t, 1, 10)
		r := p.Send(t, bob, p.C.RewardPool, p.rp.PackSubmit(contentHash("essay"), "ipfs://essay-v2"))
		want := []*rewardpool.RewardPoolContributionSubmitted{
			{Id: id(3), Epoch: id(1), Author: bob.Address, ContentHash: contentHash("essay"), Uri: "ipfs://essay-v2"},
		}
		if diff := cmp.Diff(want, economytest.Logs(r, p.rp.UnpackContributionSubmittedEvent), ignoreRawAll); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		params := rewardpool.EpochVotesOutput{SumF: id(0), CurveS: curveS, AuthorShareBps: authorShare, ClaimWindowEpochs: u64(claimWindow)}
		if diff := cmp.Diff(params, p.epochVotes(t, 1), economytest.BigCmp); diff != "" {
			t.Errorf("epochVotes(1) after its first submission (-want +got):\n%s", diff)
		}
	})
}

func TestVote(t *testing.T) {
	p := newPool(t, economytest.Options{})
	alice, bob, carol, dave, author1, author2 := p.Members[0], p.Members[1], p.Members[2], p.Members[3], p.Members[4], p.Members[5]
	stakes := map[common.Address]*big.Int{alice.Address: tok(1000), bob.Address: plus(tok(3000), 3), carol.Address: tok(500)}
	for _, m := range []chain.Account{alice, bob, carol} {
		p.Stake(t, m, stakes[m.Address])
	}
	t.Run("nobody has a budget in epoch 0", func(t *testing.T) {
		c0 := p.submit(t, author1, "epoch zero")
		p.revert(t, alice, p.rp.PackVote(c0, big.NewInt(1)), "VoteBudgetExceeded", id(0), id(0), id(1))
	})
	p.Warp(t, 1, 10)
	c1 := p.submit(t, author1, "one")
	c2 := p.submit(t, author2, "two")
	m := newModel()

	t.Run("the budget is power at the epoch's start; stake added later does not count", func(t *testing.T) {
		p.Stake(t, alice, tok(500))
		for _, who := range []chain.Account{alice, bob, carol, dave} {
			want := stakes[who.Address]
			if want == nil {
				want = new(big.Int)
			}
			if diff := cmp.Diff(rewardpool.BudgetOfOutput{Budget: want, Spent: id(0)}, p.budget(t, who.Address), economytest.BigCmp); diff != "" {
				t.Errorf("budgetOf(%s) (-want +got):\n%s", who.Address, diff)
			}
		}
	})
	t.Run("a vote emits Voted and sets weight and f(w) = w²/(w+s)", func(t *testing.T) {
		w := plus(tok(400), 1)
		r := p.vote(t, alice, c1, w)
		m.vote(c1.Int64(), alice.Address, w)
		want := []*rewardpool.RewardPoolVoted{{Id: c1, Curator: alice.Address, Weight: w, ContributionWeight: w}}
		if diff := cmp.Diff(want, economytest.Logs(r, p.rp.UnpackVotedEvent), ignoreRawAll); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		wantC := rewardpool.ContributionOutput{Author: author1.Address, Epoch: id(1), Weight: w, F: curve(w, curveS)}
		if diff := cmp.Diff(wantC, p.contribution(t, c1), economytest.BigCmp); diff != "" {
			t.Errorf("contribution (-want +got):\n%s", diff)
		}
	})
	t.Run("votes add up on the contribution, the curation and the budget", func(t *testing.T) {
		w := plus(tok(99), 2)
		r := p.vote(t, alice, c1, w)
		m.vote(c1.Int64(), alice.Address, w)
		total := m.weight[c1.Int64()]
		want := []*rewardpool.RewardPoolVoted{{Id: c1, Curator: alice.Address, Weight: w, ContributionWeight: total}}
		if diff := cmp.Diff(want, economytest.Logs(r, p.rp.UnpackVotedEvent), ignoreRawAll); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		cur := economytest.Call(t, p.Fixture, p.C.RewardPool, p.rp.PackCuration(c1, alice.Address), p.rp.UnpackCuration)
		if diff := cmp.Diff(rewardpool.CurationOutput{Weight: total}, cur, economytest.BigCmp); diff != "" {
			t.Errorf("curation (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(rewardpool.BudgetOfOutput{Budget: tok(1000), Spent: total}, p.budget(t, alice.Address), economytest.BigCmp); diff != "" {
			t.Errorf("budgetOf (-want +got):\n%s", diff)
		}
	})
	t.Run("Σf over the epoch equals Σ f(w_c) computed in Go", func(t *testing.T) {
		for _, v := range []struct {
			who chain.Account
			c   *big.Int
			w   *big.Int
		}{
			{bob, c1, plus(tok(2300), 7)},
			{bob, c2, plus(tok(700), -4)},
			{carol, c2, plus(tok(123), 5)},
		} {
			p.vote(t, v.who, v.c, v.w)
			m.vote(v.c.Int64(), v.who.Address, v.w)
		}
		for _, c := range []*big.Int{c1, c2} {
			got := p.contribution(t, c)
			if got.Weight.Cmp(m.weight[c.Int64()]) != 0 || got.F.Cmp(m.f(c.Int64())) != 0 {
				t.Errorf("contribution %v: weight %v f %v, want %v and %v", c, got.Weight, got.F, m.weight[c.Int64()], m.f(c.Int64()))
			}
		}
		if got := p.epochVotes(t, 1).SumF; got.Cmp(m.sumF()) != 0 {
			t.Errorf("Σf = %v, want %v", got, m.sumF())
		}
	})
	t.Run("curve() is w²/(w+s), floored", func(t *testing.T) {
		for _, w := range []*big.Int{id(0), id(1), tok(1), tok(1000), plus(tok(123456), 789)} {
			got := economytest.Call(t, p.Fixture, p.C.RewardPool, p.rp.PackCurve(w, curveS), p.rp.UnpackCurve)
			if want := curve(w, curveS); got.Cmp(want) != 0 {
				t.Errorf("curve(%v) = %v, want %v", w, got, want)
			}
		}
	})
	spent := m.votes[c1.Int64()][alice.Address]
	over := sub(tok(1000), spent)
	over.Add(over, id(1))
	reverts := []struct {
		name string
		from chain.Account
		c, w *big.Int
		err  string
		args []any
	}{
		{"a zero weight", alice, c1, id(0), "ZeroAmount", nil},
		{"an unknown contribution", alice, id(99), id(1), "UnknownContribution", []any{id(99)}},
		{"a vote on one's own contribution", author1, c1, id(1), "SelfVote", []any{c1}},
		{"a vote above what is left of the budget", alice, c2, over, "VoteBudgetExceeded", []any{tok(1000), spent, over}},
		{"a vote with no power at the epoch's start", dave, c1, id(1), "VoteBudgetExceeded", []any{id(0), id(0), id(1)}},
	}
	for _, tt := range reverts {
		t.Run("reverts on "+tt.name, func(t *testing.T) {
			p.revert(t, tt.from, p.rp.PackVote(tt.c, tt.w), tt.err, tt.args...)
		})
	}
	t.Run("voteMany casts each vote in order, as vote would", func(t *testing.T) {
		ws := []*big.Int{plus(tok(50), 3), plus(tok(20), 1), plus(tok(5), 7)}
		cs := []*big.Int{c2, c1, c2}
		r := p.Send(t, carol, p.C.RewardPool, p.rp.PackVoteMany(cs, ws))
		var want []*rewardpool.RewardPoolVoted
		for i, c := range cs {
			m.vote(c.Int64(), carol.Address, ws[i])
			want = append(want, &rewardpool.RewardPoolVoted{Id: c, Curator: carol.Address, Weight: ws[i],
				ContributionWeight: new(big.Int).Set(m.weight[c.Int64()])})
		}
		if diff := cmp.Diff(want, economytest.Logs(r, p.rp.UnpackVotedEvent), ignoreRawAll); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		for _, c := range []*big.Int{c1, c2} {
			got := p.contribution(t, c)
			if got.Weight.Cmp(m.weight[c.Int64()]) != 0 || got.F.Cmp(m.f(c.Int64())) != 0 {
				t.Errorf("contribution %v: weight %v f %v, want %v and %v", c, got.Weight, got.F, m.weight[c.Int64()], m.f(c.Int64()))
			}
		}
		if got := p.epochVotes(t, 1).SumF; got.Cmp(m.sumF()) != 0 {
			t.Errorf("Σf = %v, want %v", got, m.sumF())
		}
		spentCarol := new(big.Int)
		for _, c := range []*big.Int{c1, c2} {
			if v := m.votes[c.Int64()][carol.Address]; v != nil {
				spentCarol.Add(spentCarol, v)
			}
		}
		if diff := cmp.Diff(rewardpool.BudgetOfOutput{Budget: tok(500), Spent: spentCarol}, p.budget(t, carol.Address), economytest.BigCmp); diff != "" {
			t.Errorf("budgetOf (-want +got):\n%s", diff)
		}
	})
	t.Run("voteMany reverts whole when one vote is refused, and on unequal lists", func(t *testing.T) {
		before1, before2, beforeBudget := p.contribution(t, c1), p.contribution(t, c2), p.budget(t, carol.Address)
		p.revert(t, carol, p.rp.PackVoteMany([]*big.Int{c1, id(99)}, []*big.Int{id(1), id(1)}), "UnknownContribution", id(99))
		p.revert(t, carol, p.rp.PackVoteMany([]*big.Int{c1, c2}, []*big.Int{id(1), id(0)}), "ZeroAmount")
		p.revert(t, carol, p.rp.PackVoteMany([]*big.Int{c1, c2}, []*big.Int{id(1)}), "LengthMismatch", id(2), id(1))
		left := sub(tok(500), beforeBudget.Spent)
		p.revert(t, carol, p.rp.PackVoteMany([]*big.Int{c1, c2}, []*big.Int{left, id(1)}), "VoteBudgetExceeded",
			tok(500), tok(500), id(1))
		after := []any{p.contribution(t, c1), p.contribution(t, c2), p.budget(t, carol.Address)}
		if diff := cmp.Diff([]any{before1, before2, beforeBudget}, after, economytest.BigCmp); diff != "" {
			t.Errorf("state changed by reverted batches (-before +after):\n%s", diff)
		}
	})
	t.Run("the budget renews each epoch from power at its start", func(t *testing.T) {
		p.Warp(t, 2, 10)
		// Alice staked 500 more during epoch 1: it counts from epoch 2 on.
		want := rewardpool.BudgetOfOutput{Budget: tok(1500), Spent: id(0)}
		if diff := cmp.Diff(want, p.budget(t, alice.Address), economytest.BigCmp); diff != "" {
			t.Errorf("budgetOf in epoch 2 (-want +got):\n%s", diff)
		}
	})
	t.Run("a vote after the contribution's epoch ended reverts EpochClosed", func(t *testing.T) {
		p.revert(t, alice, p.rp.PackVote(c1, id(1)), "EpochClosed", c1, id(1))
	})
}

func TestFundEpoch(t *testing.T) {
	p := newPool(t, economytest.Options{})
	alice, author := p.Members[0], p.Members[4]
	p.Stake(t, alice, tok(1000))
	p.Warp(t, 1, 10)
	c := p.submit(t, author, "unvoted")
	p.Warp(t, 2, 10)

	t.Run("only a minter funds: a member or the deployer reverts NotMinter", func(t *testing.T) {
		for _, who := range []chain.Account{alice, p.Deployer} {
			p.revert(t, who, p.rp.PackFundEpoch(id(1), id(1)), "NotMinter", who.Address)
		}
	})
	for _, tt := range []struct {
		name  string
		epoch uint64
	}{{"with contributions but no votes", 1}, {"without contributions", 0}} {
		t.Run("an epoch "+tt.name+" sends its emission to the treasury", func(t *testing.T) {
			treasury, held := p.Balance(t, p.Addr.Timelock), p.Balance(t, p.Addr.RewardPool)
			rel, funded := p.release(t, tt.epoch)
			want := &rewardpool.RewardPoolEpochFunded{Epoch: u64(tt.epoch), Emission: rel.Contributions, ToTreasury: true}
			if diff := cmp.Diff(want, funded, ignoreRawAll); diff != "" {
				t.Errorf("EpochFunded (-want +got):\n%s", diff)
			}
			if rel.Contributions.Sign() == 0 {
				t.Fatal("the epoch's contribution emission is zero: the test proves nothing")
			}
			// The treasury also receives its own part of the release.
			if got, want := sub(p.Balance(t, p.Addr.Timelock), treasury), sum(rel.Contributions, rel.Treasury); got.Cmp(want) != 0 {
				t.Errorf("treasury received %v, want %v", got, want)
			}
			if got := p.Balance(t, p.Addr.RewardPool); got.Cmp(held) != 0 {
				t.Errorf("pool balance %v, want unchanged %v", got, held)
			}
			wantF := rewardpool.EpochFundsOutput{Emission: rel.Contributions, Claimed: id(0), Funded: true, Swept: true}
			if diff := cmp.Diff(wantF, p.epochFunds(t, tt.epoch), economytest.BigCmp); diff != "" {
				t.Errorf("epochFunds (-want +got):\n%s", diff)
			}
			p.revert(t, alice, p.rp.PackSweep(u64(tt.epoch)), "AlreadySwept", u64(tt.epoch))
		})
	}
	t.Run("the author of an unvoted contribution has nothing to claim", func(t *testing.T) {
		if got := p.pendingAuthor(t, c); got.Sign() != 0 {
			t.Errorf("pendingAuthorReward = %v, want 0", got)
		}
		// Without a single vote the contribution earns nothing, whatever the epoch's state.
		p.revert(t, author, p.rp.PackClaimAuthor(c), "NothingToClaim", c, author.Address)
	})
}

func TestClaims(t *testing.T) {
	p := newPool(t, economytest.Options{})
	m := p.Members
	a0, a1, a2, a3, author, author2 := m[0], m[1], m[2], m[3], m[4], m[5]
	for _, s := range []struct {
		who    chain.Account
		amount *big.Int
	}{{a0, tok(1000)}, {a1, tok(2000)}, {a2, tok(3000)}, {a3, tok(700)}, {author2, tok(1500)}} {
		p.Stake(t, s.who, s.amount)
	}
	p.Warp(t, 1, 10)
	c1 := p.submit(t, author, "one")
	c2 := p.submit(t, author, "two")
	c3 := p.submit(t, author2, "three")
	model := newModel()
	votes := []struct {
		who chain.Account
		c   *big.Int
		w   *big.Int
	}{
		{a0, c1, plus(tok(600), 7)}, {a0, c2, tok(399)},
		{a1, c1, tok(1500)}, {a1, c3, plus(tok(499), 13)},
		{a2, c2, tok(3000)},
		{a3, c1, tok(100)}, {a3, c2, tok(200)}, {a3, c3, plus(tok(333), 1)},
		{author2, c1, plus(tok(1234), 5)},
	}
	for _, v := range votes {
		p.vote(t, v.who, v.c, v.w)
		model.vote(v.c.Int64(), v.who.Address, v.w)
	}
	ids := []*big.Int{c1, c2, c3}
	curators := []chain.Account{a0, a1, a2, a3, author2}
	p.Warp(t, 2, 10)

	t.Run("before its epoch is released, claims revert EpochNotFunded and nothing is pending", func(t *testing.T) {
		p.revert(t, author, p.rp.PackClaimAuthor(c1), "EpochNotFunded", id(1))
		p.revert(t, a0, p.rp.PackClaimCurator(c1), "EpochNotFunded", id(1))
		p.revert(t, author2, p.rp.PackClaimMany([]*big.Int{c3}, []*big.Int{c1}), "EpochNotFunded", id(1))
		p.revert(t, a0, p.rp.PackSweep(id(1)), "EpochNotFunded", id(1))
		if got := p.pendingAuthor(t, c1); got.Sign() != 0 {
			t.Errorf("pendingAuthorReward = %v, want 0", got)
		}
		if got := p.pendingCurator(t, c1, a0.Address); got.Sign() != 0 {
			t.Errorf("pendingCuratorReward = %v, want 0", got)
		}
	})

	rel, funded := p.release(t, 1)
	e := rel.Contributions
	t.Run("release funds the epoch with its contribution emission", func(t *testing.T) {
		want := &rewardpool.RewardPoolEpochFunded{Epoch: id(1), Emission: e, ToTreasury: false}
		if diff := cmp.Diff(want, funded, ignoreRawAll); diff != "" {
			t.Errorf("EpochFunded (-want +got):\n%s", diff)
		}
		wantF := rewardpool.EpochFundsOutput{Emission: e, Claimed: id(0), Funded: true}
		if diff := cmp.Diff(wantF, p.epochFunds(t, 1), economytest.BigCmp); diff != "" {
			t.Errorf("epochFunds (-want +got):\n%s", diff)
		}
		if got := p.epochVotes(t, 1).SumF; got.Cmp(model.sumF()) != 0 {
			t.Errorf("Σf = %v, want %v", got, model.sumF())
		}
	})
	t.Run("pending rewards equal the rules computed in Go", func(t *testing.T) {
		got, want := map[string]*big.Int{}, map[string]*big.Int{}
		for _, c := range ids {
			key := "author of " + c.String()
			got[key], want[key] = p.pendingAuthor(t, c), model.author(e, c.Int64())
			for _, who := range curators {
				key := who.Address.Hex() + " on " + c.String()
				got[key], want[key] = p.pendingCurator(t, c, who.Address), model.curator(e, c.Int64(), who.Address)
			}
		}
		if diff := cmp.Diff(want, got, economytest.BigCmp); diff != "" {
			t.Errorf("pending rewards (-want +got):\n%s", diff)
		}
	})

	claimed := new(big.Int)
	t.Run("the author is paid floor(E·f/Σf)·share and AuthorRewardClaimed is emitted", func(t *testing.T) {
		want := model.author(e, 1)
		got, r := p.paid(t, author, p.rp.PackClaimAuthor(c1))
		claimed.Add(claimed, got)
		if got.Cmp(want) != 0 {
			t.Errorf("author paid %v, want %v", got, want)
		}
		wantEv := []*rewardpool.RewardPoolAuthorRewardClaimed{{Id: c1, Author: author.Address, Amount: want}}
		if diff := cmp.Diff(wantEv, economytest.Logs(r, p.rp.UnpackAuthorRewardClaimedEvent), ignoreRawAll); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		if !p.contribution(t, c1).AuthorClaimed {
			t.Error("contribution not marked author-claimed")
		}
		if got := p.pendingAuthor(t, c1); got.Sign() != 0 {
			t.Errorf("pendingAuthorReward after the claim = %v, want 0", got)
		}
	})
	t.Run("a curator is paid its weight's share of the rest and CuratorRewardClaimed is emitted", func(t *testing.T) {
		want := model.curator(e, 1, a0.Address)
		got, r := p.paid(t, a0, p.rp.PackClaimCurator(c1))
		claimed.Add(claimed, got)
		if got.Cmp(want) != 0 {
			t.Errorf("curator paid %v, want %v", got, want)
		}
		wantEv := []*rewardpool.RewardPoolCuratorRewardClaimed{{Id: c1, Curator: a0.Address, Amount: want}}
		if diff := cmp.Diff(wantEv, economytest.Logs(r, p.rp.UnpackCuratorRewardClaimedEvent), ignoreRawAll); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		cur := economytest.Call(t, p.Fixture, p.C.RewardPool, p.rp.PackCuration(c1, a0.Address), p.rp.UnpackCuration)
		if diff := cmp.Diff(rewardpool.CurationOutput{Weight: model.votes[1][a0.Address], Claimed: true}, cur, economytest.BigCmp); diff != "" {
			t.Errorf("curation (-want +got):\n%s", diff)
		}
		if got := p.pendingCurator(t, c1, a0.Address); got.Sign() != 0 {
			t.Errorf("pendingCuratorReward after the claim = %v, want 0", got)
		}
	})
	for _, tt := range []struct {
		name string
		from chain.Account
		data []byte
		err  string
		args []any
	}{
		{"someone else claiming an author reward", author2, p.rp.PackClaimAuthor(c1), "NotAuthor", []any{c1, author2.Address}},
		{"an author claiming as curator of its own contribution", author, p.rp.PackClaimCurator(c2), "NothingToClaim", []any{c2, author.Address}},
		{"a curator claiming on a contribution it did not vote on", a2, p.rp.PackClaimCurator(c1), "NothingToClaim", []any{c1, a2.Address}},
		{"an author claim on an unknown contribution", author, p.rp.PackClaimAuthor(id(99)), "UnknownContribution", []any{id(99)}},
		{"a curator claim on an unknown contribution", a0, p.rp.PackClaimCurator(id(99)), "UnknownContribution", []any{id(99)}},
	} {
		t.Run("reverts on "+tt.name, func(t *testing.T) { p.revert(t, tt.from, tt.data, tt.err, tt.args...) })
	}
	for _, tt := range []struct {
		name               string
		who                chain.Account
		authorIDs, curIDs  []*big.Int
		wantAuthor, wantCu int
	}{
		{"an author and a curator reward", author2, []*big.Int{c3}, []*big.Int{c1}, 1, 1},
		{"curator rewards on several contributions", a3, nil, []*big.Int{c1, c2, c3}, 0, 3},
	} {
		t.Run("claimMany pays "+tt.name+" in one transfer", func(t *testing.T) {
			want := new(big.Int)
			for _, c := range tt.authorIDs {
				want.Add(want, model.author(e, c.Int64()))
			}
			for _, c := range tt.curIDs {
				want.Add(want, model.curator(e, c.Int64(), tt.who.Address))
			}
			got, r := p.paid(t, tt.who, p.rp.PackClaimMany(tt.authorIDs, tt.curIDs))
			claimed.Add(claimed, got)
			if got.Cmp(want) != 0 {
				t.Errorf("paid %v, want %v", got, want)
			}
			transfers := economytest.Logs(r, p.B.Token.UnpackTransferEvent)
			wantT := []*communitytoken.CommunityTokenTransfer{{From: p.Addr.RewardPool, To: tt.who.Address, Value: want}}
			if diff := cmp.Diff(wantT, transfers, ignoreRawAll); diff != "" {
				t.Errorf("transfers (-want +got):\n%s", diff)
			}
			na := len(economytest.Logs(r, p.rp.UnpackAuthorRewardClaimedEvent))
			nc := len(economytest.Logs(r, p.rp.UnpackCuratorRewardClaimedEvent))
			if na != tt.wantAuthor || nc != tt.wantCu {
				t.Errorf("%d AuthorRewardClaimed and %d CuratorRewardClaimed events, want %d and %d", na, nc, tt.wantAuthor, tt.wantCu)
			}
		})
	}
	t.Run("what was claimed never exceeds E and the pool holds the rest", func(t *testing.T) {
		// Everything but a2's curation of c2, which stays unclaimed until the sweep.
		for _, c := range []struct {
			who  chain.Account
			data []byte
		}{
			{author, p.rp.PackClaimAuthor(c2)}, {a1, p.rp.PackClaimCurator(c1)},
			{a1, p.rp.PackClaimCurator(c3)}, {a0, p.rp.PackClaimCurator(c2)},
		} {
			got, _ := p.paid(t, c.who, c.data)
			claimed.Add(claimed, got)
		}
		all := new(big.Int)
		for _, c := range ids {
			all.Add(all, model.author(e, c.Int64()))
			for _, who := range curators {
				all.Add(all, model.curator(e, c.Int64(), who.Address))
			}
		}
		left := model.curator(e, 2, a2.Address)
		if want := sub(all, left); claimed.Cmp(want) != 0 {
			t.Errorf("claimed %v in total, want %v", claimed, want)
		}
		if all.Cmp(e) > 0 {
			t.Errorf("rewards total %v, more than E %v", all, e)
		}
		wantF := rewardpool.EpochFundsOutput{Emission: e, Claimed: claimed, Funded: true}
		if diff := cmp.Diff(wantF, p.epochFunds(t, 1), economytest.BigCmp); diff != "" {
			t.Errorf("epochFunds (-want +got):\n%s", diff)
		}
		if got := p.Balance(t, p.Addr.RewardPool); got.Cmp(sub(e, claimed)) != 0 {
			t.Errorf("pool holds %v, want E - claimed = %v", got, sub(e, claimed))
		}
	})
	last := u64(1 + claimWindow)
	t.Run("a sweep inside the claim window reverts ClaimWindowOpen", func(t *testing.T) {
		p.revert(t, a3, p.rp.PackSweep(id(1)), "ClaimWindowOpen", id(1), last)
		p.Warp(t, 1+claimWindow, 10) // the window's last epoch
		p.revert(t, a3, p.rp.PackSweep(id(1)), "ClaimWindowOpen", id(1), last)
		if got, want := p.pendingCurator(t, c2, a2.Address), model.curator(e, 2, a2.Address); got.Cmp(want) != 0 {
			t.Errorf("pending in the window's last epoch = %v, want %v", got, want)
		}
	})
	p.Warp(t, 2+claimWindow, 10)
	t.Run("a claim after the window reverts ClaimWindowClosed", func(t *testing.T) {
		p.revert(t, a2, p.rp.PackClaimCurator(c2), "ClaimWindowClosed", id(1), last)
		if got := p.pendingCurator(t, c2, a2.Address); got.Sign() != 0 {
			t.Errorf("pending after the window = %v, want 0", got)
		}
	})
	t.Run("anyone sweeps E - claimed to the treasury after the window, emitting EpochSwept", func(t *testing.T) {
		before := p.Balance(t, p.Addr.Timelock)
		r := p.Send(t, a3, p.C.RewardPool, p.rp.PackSweep(id(1)))
		want := sub(e, claimed)
		if got := sub(p.Balance(t, p.Addr.Timelock), before); got.Cmp(want) != 0 {
			t.Errorf("treasury received %v, want %v", got, want)
		}
		wantEv := []*rewardpool.RewardPoolEpochSwept{{Epoch: id(1), Amount: want}}
		if diff := cmp.Diff(wantEv, economytest.Logs(r, p.rp.UnpackEpochSweptEvent), ignoreRawAll); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		if got := p.Balance(t, p.Addr.RewardPool); got.Sign() != 0 {
			t.Errorf("pool holds %v after the sweep, want 0", got)
		}
		wantF := rewardpool.EpochFundsOutput{Emission: e, Claimed: claimed, Funded: true, Swept: true}
		if diff := cmp.Diff(wantF, p.epochFunds(t, 1), economytest.BigCmp); diff != "" {
			t.Errorf("epochFunds (-want +got):\n%s", diff)
		}
	})
	t.Run("a second sweep reverts AlreadySwept", func(t *testing.T) {
		p.revert(t, a3, p.rp.PackSweep(id(1)), "AlreadySwept", id(1))
	})
	t.Run("a sweep of an unfunded epoch reverts EpochNotFunded", func(t *testing.T) {
		p.revert(t, a3, p.rp.PackSweep(id(2)), "EpochNotFunded", id(2))
	})
}

func TestParams(t *testing.T) {
	p := newPool(t, economytest.Options{})
	t.Run("paramsForEpoch gives the config's parameters for every epoch", func(t *testing.T) {
		want := rewardpool.RewardPoolParams{CurveS: curveS, AuthorShareBps: uint16(authorShare.Uint64()), ClaimWindowEpochs: uint16(claimWindow)}
		for _, epoch := range []uint64{0, 1, 1000} {
			got := economytest.Call(t, p.Fixture, p.C.RewardPool, p.rp.PackParamsForEpoch(u64(epoch)), p.rp.UnpackParamsForEpoch)
			if diff := cmp.Diff(want, got, economytest.BigCmp); diff != "" {
				t.Errorf("paramsForEpoch(%d) (-want +got):\n%s", epoch, diff)
			}
		}
		if got := economytest.Call(t, p.Fixture, p.C.RewardPool, p.rp.PackNextParamsEpoch(), p.rp.UnpackNextParamsEpoch); got.Sign() != 0 {
			t.Errorf("nextParamsEpoch = %v, want 0 (no change scheduled)", got)
		}
	})
	t.Run("setParams from anyone but the timelock reverts NotGovernance", func(t *testing.T) {
		for _, who := range []chain.Account{p.Members[0], p.Deployer} {
			p.revert(t, who, p.rp.PackSetParams(tok(2000), big.NewInt(6000), big.NewInt(6)), "NotGovernance", who.Address)
		}
	})
}
