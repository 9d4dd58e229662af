// Package invariant runs the whole economy through long random action sequences on the
// simulated chain and checks, after every block, the properties that must always hold:
// supply equals the sum of balances and never exceeds the cap; no epoch pays out more than
// it was given; StakedPower and the VestingVault are always solvent; votes add up.
//
// Each run is seeded; a failure prints the seed and the command that replays it. Longer
// hunts: go test ./internal/invariant -run Invariant -count 20 -invariant.actions 50000
// (each repetition takes the next seed).
package invariant

import (
	"context"
	"encoding/binary"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/harness"
)

var (
	flagSeed    = flag.Uint64("invariant.seed", 1, "seed of the first run; later runs (-count) take the next ones")
	flagActions = flag.Int("invariant.actions", 10_000, "random actions per run")
	runs        atomic.Uint64
)

const members = 12

func TestInvariant_RandomActions(t *testing.T) {
	seed := *flagSeed + runs.Add(1) - 1
	r := newRun(t, seed)
	defer func() {
		if t.Failed() {
			t.Logf("failing seed %d: replay with go test ./internal/invariant -run TestInvariant -count 1 -invariant.seed %d -invariant.actions %d",
				seed, seed, *flagActions)
		}
	}()
	r.play(*flagActions)
	t.Logf("seed %d: %d actions (%d reverted, as random choices do) in %d blocks over %d epochs: %d contributions, %d votes, %d claims, %d epochs released, %d swept",
		seed, r.sent, r.reverted, r.blocks, r.epoch(), len(r.contribs), r.votes, r.claims, len(r.released), len(r.swept))
	if r.sent < *flagActions {
		t.Errorf("only %d of %d actions were sent", r.sent, *flagActions)
	}
	// A run where almost everything reverts checks nothing: require real activity.
	if r.votes < 100 || len(r.released) < 5 || r.claims < 50 {
		t.Errorf("too little activity: %d votes, %d releases, %d claims", r.votes, len(r.released), r.claims)
	}
}

type contribution struct {
	id       uint64
	epoch    uint64
	author   int
	curators map[int]bool
}

type run struct {
	t        *testing.T
	ctx      context.Context
	rng      *rand.Rand
	c        *chain.Chain
	e        *harness.Economy
	m        []chain.Account
	nonces   []uint64
	pending  []*types.Transaction
	contribs []*contribution
	byID     map[uint64]*contribution
	delegate []int // delegate of member i: -1 for the zero address, i for itself
	released map[uint64]bool
	swept    map[uint64]*big.Int
	funded   map[uint64]bool
	schedule []uint64
	holders  []common.Address
	sent     int
	reverted int
	blocks   int
	votes    int
	claims   int
	cap      *big.Int
}

func newRun(t *testing.T, seed uint64) *run {
	t.Helper()
	ctx := context.Background()
	c, err := chain.New(chain.WithAccounts(members + 1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	r := &run{t: t, ctx: ctx, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), c: c,
		byID: map[uint64]*contribution{}, released: map[uint64]bool{}, swept: map[uint64]*big.Int{}, funded: map[uint64]bool{}}
	addrs := make([]common.Address, members)
	for i := range members {
		r.m = append(r.m, c.Account(i+1))
		addrs[i] = r.m[i].Address
		r.delegate = append(r.delegate, i)
	}
	cfg := harness.MemberConfig(addrs, 1_000_000, 10_000_000)
	cfg.Rewards.Epoch = config.Duration(config.Day)
	cfg.Rewards.ClaimWindowEpochs = 3
	cfg.Staking.PowerDown = config.Duration(config.Week)
	cfg.Emission.InitialRateBPS = 2000 // a high rate makes emission visible within days
	cfg.Emission.DecayBPSPerYear = 1000
	cfg.Emission.FloorRateBPS = 500
	for i, rev := range []bool{true, false, true} {
		b, _ := config.ParseBeneficiary(addrs[i].Hex())
		cfg.Allocations = append(cfg.Allocations, config.Allocation{
			Name: fmt.Sprintf("vested-%d", i), Beneficiary: b, Amount: config.Tokens(50_000 * uint64(i+1)),
			Vesting: &config.Vesting{Cliff: config.Duration(2 * config.Day), Duration: config.Duration(20 * config.Day), Revocable: rev},
		})
	}
	r.e, err = harness.Deploy(ctx, c, cfg)
	if err != nil {
		t.Fatal(err)
	}
	r.cap = cfg.Token.Cap.Wei()
	for i := range 3 {
		r.schedule = append(r.schedule, r.e.Schedules[fmt.Sprintf("vested-%d", i)])
	}
	e := r.e
	r.holders = append(append([]common.Address{}, addrs...), e.Addr.Timelock, e.Addr.StakedPower, e.Addr.RewardPool,
		e.Addr.Vault, e.Addr.Emission, e.Addr.Governor, e.Deployer.Address)
	for i := range members {
		n, err := c.Client().PendingNonceAt(ctx, r.m[i].Address)
		if err != nil {
			t.Fatal(err)
		}
		r.nonces = append(r.nonces, n)
		r.send(i, e.C.Token, e.B.Token.PackApprove(e.Addr.StakedPower, new(big.Int).Lsh(big.NewInt(1), 255)))
	}
	r.mine()
	return r
}

func (r *run) epoch() uint64 {
	n, err := r.e.CurrentEpoch(r.ctx)
	if err != nil {
		r.t.Fatal(err)
	}
	return n
}

// send queues a transaction with a fixed gas limit (no estimate: a random action may
// revert, and that is fine) and the member's next nonce.
func (r *run) send(i int, inst *bind.BoundContract, data []byte) {
	opts := r.c.Transactor(r.m[i])
	opts.Context = r.ctx
	opts.GasLimit = 1_500_000
	opts.Nonce = new(big.Int).SetUint64(r.nonces[i])
	tx, err := bind.Transact(inst, opts, data)
	if err != nil {
		r.t.Fatalf("send: %v", err)
	}
	r.nonces[i]++
	r.pending = append(r.pending, tx)
	r.sent++
}

// mine seals the queued transactions, learns from their events and checks the invariants.
func (r *run) mine() {
	receipts, err := r.c.Mine(r.ctx, r.pending...)
	if err != nil {
		for _, tx := range r.pending {
			_, isPending, terr := r.c.Client().TransactionByHash(r.ctx, tx.Hash())
			from, _ := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
			r.t.Logf("tx %s from %s nonce %d gas %d feecap %v: pending=%v err=%v", tx.Hash().Hex()[:10], from.Hex()[:8], tx.Nonce(), tx.Gas(), tx.GasFeeCap(), isPending, terr)
		}
		h, _ := r.c.Client().HeaderByNumber(r.ctx, nil)
		r.t.Logf("head %v basefee %v gasused %d limit %d", h.Number, h.BaseFee, h.GasUsed, h.GasLimit)
		r.t.Fatal(err)
	}
	r.pending = nil
	r.blocks++
	for _, rc := range receipts {
		if rc.Status != types.ReceiptStatusSuccessful {
			r.reverted++
			continue
		}
		r.learn(rc)
	}
	// Every other block keeps a 10,000-action run to seconds; the last block is always checked.
	if r.blocks%2 == 0 {
		r.checkCheap()
	}
	if r.blocks%50 == 0 {
		r.checkEpochs()
	}
}

func (r *run) learn(rc *types.Receipt) {
	rp := r.e.B.RewardPool
	for _, l := range rc.Logs {
		if ev, err := rp.UnpackContributionSubmittedEvent(l); err == nil {
			c := &contribution{id: ev.Id.Uint64(), epoch: ev.Epoch.Uint64(), author: r.member(ev.Author), curators: map[int]bool{}}
			r.contribs = append(r.contribs, c)
			r.byID[c.id] = c
		}
		if ev, err := rp.UnpackVotedEvent(l); err == nil {
			r.byID[ev.Id.Uint64()].curators[r.member(ev.Curator)] = true
			r.votes++
		}
		if ev, err := rp.UnpackEpochFundedEvent(l); err == nil {
			r.funded[ev.Epoch.Uint64()] = true
			if ev.ToTreasury {
				r.swept[ev.Epoch.Uint64()] = ev.Emission
			}
		}
		if ev, err := rp.UnpackEpochSweptEvent(l); err == nil {
			r.swept[ev.Epoch.Uint64()] = ev.Amount
		}
		if _, err := rp.UnpackAuthorRewardClaimedEvent(l); err == nil {
			r.claims++
		}
		if _, err := rp.UnpackCuratorRewardClaimedEvent(l); err == nil {
			r.claims++
		}
		if ev, err := r.e.B.Emission.UnpackReleasedEvent(l); err == nil {
			r.released[ev.Epoch.Uint64()] = true
		}
	}
}

func (r *run) member(a common.Address) int {
	for i, m := range r.m {
		if m.Address == a {
			return i
		}
	}
	return -1
}

// play sends n random actions in blocks of random size, moving time between blocks.
func (r *run) play(n int) {
	for r.sent < n && !r.t.Failed() {
		batch := 1 + r.rng.IntN(32)
		for k := 0; k < batch && r.sent < n; k++ {
			r.act()
		}
		r.mine()
		if r.rng.IntN(4) == 0 {
			r.advance()
		}
	}
	r.mine()
	r.checkCheap()
	r.checkEpochs()
}

func (r *run) advance() {
	// Mostly minutes to a couple of hours, sometimes more than an epoch, so that some
	// epochs end unreleased and some rewards outlive their claim window.
	secs := uint64(60 + r.rng.IntN(2*3600))
	if r.rng.IntN(25) == 0 {
		secs = uint64(86_400 + r.rng.IntN(3*86_400))
	}
	now := r.now()
	if err := r.c.WarpTo(r.ctx, now+secs); err != nil {
		r.t.Fatal(err)
	}
	r.blocks++
}

func (r *run) now() uint64 {
	n, err := r.c.Now(r.ctx)
	if err != nil {
		r.t.Fatal(err)
	}
	return n
}

// call reads a view; a failing read is a failure of the run.
func call[T any](r *run, inst *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	r.t.Helper()
	v, err := harness.Call(r.ctx, inst, data, unpack)
	if err != nil {
		r.t.Fatalf("read: %v", err)
	}
	return v
}

func (r *run) pick() int { return r.rng.IntN(members) }

// fraction returns a random part of x: all of it sometimes, a little of it often.
func (r *run) fraction(x *big.Int) *big.Int {
	if x.Sign() == 0 {
		return big.NewInt(0)
	}
	switch r.rng.IntN(5) {
	case 0:
		return new(big.Int).Set(x)
	case 1:
		return big.NewInt(1 + r.rng.Int64N(1000))
	}
	per := big.NewInt(1 + r.rng.Int64N(1000))
	return new(big.Int).Div(new(big.Int).Mul(x, per), big.NewInt(1000))
}

func u(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

func (r *run) act() {
	e := r.e
	sp, rp := e.B.StakedPower, e.B.RewardPool
	i := r.pick()
	me := r.m[i].Address
	switch w := r.rng.IntN(100); {
	case w < 12:
		bal := call(r, e.C.Token, e.B.Token.PackBalanceOf(me), e.B.Token.UnpackBalanceOf)
		r.send(i, e.C.StakedPower, sp.PackStake(r.fraction(bal)))
	case w < 18:
		power := call(r, e.C.StakedPower, sp.PackPowerOf(me), sp.UnpackPowerOf)
		r.send(i, e.C.StakedPower, sp.PackStartPowerDown(r.fraction(power)))
	case w < 20:
		r.send(i, e.C.StakedPower, sp.PackCancelPowerDown())
	case w < 24:
		r.send(i, e.C.StakedPower, sp.PackWithdraw())
	case w < 28:
		r.send(i, e.C.StakedPower, sp.PackClaimStakingRewards())
	case w < 31:
		to := r.rng.IntN(members + 1)
		switch {
		case to == members:
			r.delegate[i] = -1
			r.send(i, e.C.StakedPower, sp.PackDelegate(common.Address{}))
		default:
			r.delegate[i] = to
			r.send(i, e.C.StakedPower, sp.PackDelegate(r.m[to].Address))
		}
	case w < 33:
		to := r.pick()
		bal := call(r, e.C.Token, e.B.Token.PackBalanceOf(me), e.B.Token.UnpackBalanceOf)
		r.send(i, e.C.Token, e.B.Token.PackTransfer(r.m[to].Address, r.fraction(bal)))
	case w < 41:
		var h [32]byte // a random hash: a duplicate within an epoch would revert
		binary.BigEndian.PutUint64(h[:8], r.rng.Uint64())
		h[31] = 1
		r.send(i, e.C.RewardPool, rp.PackSubmit(h, fmt.Sprintf("ipfs://c%x", h[:8])))
	case w < 66:
		r.vote(i)
	case w < 78:
		if c := r.claimableContribution(); c != nil {
			r.send(c.author, e.C.RewardPool, rp.PackClaimAuthor(u(c.id)))
		}
	case w < 90:
		if c := r.claimableContribution(); c != nil && len(c.curators) > 0 {
			j := r.anyOf(c.curators)
			r.send(j, e.C.RewardPool, rp.PackClaimCurator(u(c.id)))
		}
	case w < 92:
		var authorIDs, curatorIDs []*big.Int
		for range 1 + r.rng.IntN(4) {
			if c := r.randomContribution(); c != nil {
				if c.author == i {
					authorIDs = append(authorIDs, u(c.id))
				} else if c.curators[i] {
					curatorIDs = append(curatorIDs, u(c.id))
				}
			}
		}
		r.send(i, e.C.RewardPool, rp.PackClaimMany(authorIDs, curatorIDs))
	case w < 96:
		if now := r.epoch(); now > 0 {
			r.send(i, e.C.Emission, e.B.Emission.PackRelease(u(r.rng.Uint64N(now))))
		}
	case w < 98:
		if now := r.epoch(); now > 0 {
			r.send(i, e.C.RewardPool, rp.PackSweep(u(r.rng.Uint64N(now))))
		}
	case w < 99:
		r.send(i, e.C.Vault, e.B.Vault.PackRelease(u(r.schedule[r.rng.IntN(len(r.schedule))])))
	default:
		r.send(i, e.C.StakedPower, sp.PackReleaseUnallocatedRewards())
	}
}

func (r *run) vote(i int) {
	e := r.e
	rp := e.B.RewardPool
	now := r.epoch()
	var open []*contribution
	for k := len(r.contribs) - 1; k >= 0 && r.contribs[k].epoch == now; k-- {
		if r.contribs[k].author != i {
			open = append(open, r.contribs[k])
		}
	}
	if len(open) == 0 {
		return
	}
	c := open[r.rng.IntN(len(open))]
	b := call(r, e.C.RewardPool, rp.PackBudgetOf(r.m[i].Address), rp.UnpackBudgetOf)
	left := new(big.Int).Sub(b.Budget, b.Spent)
	if left.Sign() <= 0 {
		return
	}
	// Spread the budget over several votes, sometimes spend it all at once.
	w := new(big.Int).Div(left, big.NewInt(1+r.rng.Int64N(8)))
	if w.Sign() == 0 {
		w = big.NewInt(1)
	}
	// Sometimes several votes in one voteMany, on random open contributions (repeats allowed).
	if k := 2 + r.rng.IntN(3); len(open) > 1 && r.rng.IntN(4) == 0 {
		ids, ws := make([]*big.Int, k), make([]*big.Int, k)
		for j := range ids {
			ids[j] = u(open[r.rng.IntN(len(open))].id)
			if ws[j] = new(big.Int).Div(w, big.NewInt(int64(k))); ws[j].Sign() == 0 {
				ws[j] = big.NewInt(1)
			}
		}
		r.send(i, e.C.RewardPool, rp.PackVoteMany(ids, ws))
		return
	}
	r.send(i, e.C.RewardPool, rp.PackVote(u(c.id), w))
}

func (r *run) randomContribution() *contribution {
	if len(r.contribs) == 0 {
		return nil
	}
	return r.contribs[r.rng.IntN(len(r.contribs))]
}

// claimableContribution mostly picks a voted contribution of a funded epoch still in its
// claim window, sometimes any contribution (whose claim may well revert).
func (r *run) claimableContribution() *contribution {
	if r.rng.IntN(5) == 0 {
		return r.randomContribution()
	}
	var ok []*contribution
	window := r.e.Config.Rewards.ClaimWindowEpochs
	now := r.epoch()
	for k := len(r.contribs) - 1; k >= 0; k-- {
		c := r.contribs[k]
		if c.epoch+window < now {
			break
		}
		if _, swept := r.swept[c.epoch]; r.funded[c.epoch] && !swept && len(c.curators) > 0 {
			ok = append(ok, c)
		}
	}
	if len(ok) == 0 {
		return nil
	}
	return ok[r.rng.IntN(len(ok))]
}

func (r *run) anyOf(set map[int]bool) int {
	k := r.rng.IntN(len(set))
	for i := range members {
		if set[i] {
			if k == 0 {
				return i
			}
			k--
		}
	}
	return -1
}

func (r *run) failf(format string, args ...any) {
	r.t.Helper()
	r.t.Fatalf("block %d, epoch %d: "+format, append([]any{r.blocks, r.epoch()}, args...)...)
}

// checkCheap checks the invariants that take a few reads, after every block.
func (r *run) checkCheap() {
	r.t.Helper()
	e := r.e
	tok, sp, rp, vault := e.B.Token, e.B.StakedPower, e.B.RewardPool, e.B.Vault

	// Supply equals the sum of all balances and never exceeds the cap.
	supply := call(r, e.C.Token, tok.PackTotalSupply(), tok.UnpackTotalSupply)
	sum := new(big.Int)
	balances := map[common.Address]*big.Int{}
	for _, h := range r.holders {
		b := call(r, e.C.Token, tok.PackBalanceOf(h), tok.UnpackBalanceOf)
		balances[h] = b
		sum.Add(sum, b)
	}
	if supply.Cmp(sum) != 0 {
		r.failf("total supply %v != sum of balances %v", supply, sum)
	}
	if supply.Cmp(r.cap) > 0 {
		r.failf("total supply %v above the cap %v", supply, r.cap)
	}

	// StakedPower holds at least all power, all pending withdrawals, all earned rewards and
	// what it owes the treasury; power and votes add up.
	totalPower := call(r, e.C.StakedPower, sp.PackTotalPower(), sp.UnpackTotalPower)
	owed := new(big.Int).Add(totalPower, call(r, e.C.StakedPower, sp.PackUnallocatedRewards(), sp.UnpackUnallocatedRewards))
	powerSum, votesSum, toZero := new(big.Int), new(big.Int), new(big.Int)
	for i, m := range r.m {
		p := call(r, e.C.StakedPower, sp.PackPowerOf(m.Address), sp.UnpackPowerOf)
		powerSum.Add(powerSum, p)
		if r.delegate[i] == -1 {
			toZero.Add(toZero, p)
		}
		pd := call(r, e.C.StakedPower, sp.PackPowerDownOf(m.Address), sp.UnpackPowerDownOf)
		if pd.Withdrawable.Cmp(pd.Remaining) > 0 {
			r.failf("member %d can withdraw %v of a remaining %v", i, pd.Withdrawable, pd.Remaining)
		}
		owed.Add(owed, pd.Remaining)
		owed.Add(owed, call(r, e.C.StakedPower, sp.PackEarned(m.Address), sp.UnpackEarned))
		votesSum.Add(votesSum, call(r, e.C.StakedPower, sp.PackGetVotes(m.Address), sp.UnpackGetVotes))
	}
	if powerSum.Cmp(totalPower) != 0 {
		r.failf("sum of power %v != total power %v", powerSum, totalPower)
	}
	if want := new(big.Int).Sub(totalPower, toZero); votesSum.Cmp(want) != 0 {
		r.failf("sum of votes %v != total power %v minus power delegated to nobody %v", votesSum, totalPower, toZero)
	}
	if bal := balances[e.Addr.StakedPower]; bal.Cmp(owed) < 0 {
		r.failf("StakedPower holds %v but owes %v", bal, owed)
	}

	// RewardPool holds exactly what funded, unswept epochs have not paid out.
	owedByPool := new(big.Int)
	for ep := range r.funded {
		f := call(r, e.C.RewardPool, rp.PackEpochFunds(u(ep)), rp.UnpackEpochFunds)
		if f.Claimed.Cmp(f.Emission) > 0 {
			r.failf("epoch %d paid %v of an emission of %v", ep, f.Claimed, f.Emission)
		}
		if swept, ok := r.swept[ep]; ok {
			if got := new(big.Int).Add(f.Claimed, swept); got.Cmp(f.Emission) != 0 {
				r.failf("epoch %d: claimed %v + swept %v != emission %v", ep, f.Claimed, swept, f.Emission)
			}
			continue
		}
		owedByPool.Add(owedByPool, new(big.Int).Sub(f.Emission, f.Claimed))
	}
	if bal := balances[e.Addr.RewardPool]; bal.Cmp(owedByPool) != 0 {
		r.failf("RewardPool holds %v, funded epochs still owe %v", bal, owedByPool)
	}

	// The vault covers every schedule.
	unreleased := call(r, e.C.Vault, vault.PackTotalUnreleased(), vault.UnpackTotalUnreleased)
	sumSchedules := new(big.Int)
	for _, id := range r.schedule {
		s := call(r, e.C.Vault, vault.PackSchedule(u(id)), vault.UnpackSchedule)
		sumSchedules.Add(sumSchedules, new(big.Int).Sub(s.Amount, s.Released))
	}
	if unreleased.Cmp(sumSchedules) != 0 {
		r.failf("vault totalUnreleased %v != sum over schedules %v", unreleased, sumSchedules)
	}
	if bal := balances[e.Addr.Vault]; bal.Cmp(unreleased) < 0 {
		r.failf("vault holds %v, schedules need %v", bal, unreleased)
	}
}

// checkEpochs checks that no claimable epoch promises more than it was given: what was
// claimed plus what every author and curator could still claim is at most its emission.
func (r *run) checkEpochs() {
	r.t.Helper()
	e := r.e
	rp := e.B.RewardPool
	promised := map[uint64]*big.Int{}
	for _, c := range r.contribs {
		if _, swept := r.swept[c.epoch]; !r.funded[c.epoch] || swept {
			continue // unfunded epochs promise nothing yet; swept ones are checked every block
		}
		p := promised[c.epoch]
		if p == nil {
			p = new(big.Int)
			promised[c.epoch] = p
		}
		p.Add(p, call(r, e.C.RewardPool, rp.PackPendingAuthorReward(u(c.id)), rp.UnpackPendingAuthorReward))
		for j := range c.curators {
			p.Add(p, call(r, e.C.RewardPool, rp.PackPendingCuratorReward(u(c.id), r.m[j].Address), rp.UnpackPendingCuratorReward))
		}
	}
	for ep, p := range promised {
		f := call(r, e.C.RewardPool, rp.PackEpochFunds(u(ep)), rp.UnpackEpochFunds)
		if total := new(big.Int).Add(f.Claimed, p); total.Cmp(f.Emission) > 0 {
			r.failf("epoch %d: claimed %v + claimable %v exceeds its emission %v", ep, f.Claimed, p, f.Emission)
		}
	}
}
