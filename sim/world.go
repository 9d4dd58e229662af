package sim

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-dev/apiary/sim/harness"
	"github.com/apiary-dev/apiary/sim/metrics"
)

// World is one run's community: the deployed economy, its members and agents, and the
// bookkeeping the metrics come from. Agents act through its methods, which queue
// transactions; the simulator sends each phase's queue at once.
type World struct {
	ctx     context.Context
	eco     *harness.Economy
	exec    executor
	rng     *rand.Rand
	members []*Member
	byAddr  map[common.Address]*Member
	agents  []Agent
	keeper  common.Address

	epoch       int
	phase       Phase
	contribs    []*Contribution
	queue       []queued
	retry       []queued // failed vote batches' votes, one by one, sent again in the same phase
	kinds       []string
	honest      []bool
	claimWindow int
	ev          eventIDs
	acc         epochAccumulator
	nonce       uint64 // content hashes
}

type queued struct {
	tx
	member *Member // nil for the keeper
	then   func(outcome)
	votes  *voteBatch // a member's consecutive votes: packed into tx.data by flush
}

// voteBatch is one member's consecutive votes, sent as one vote or one voteMany.
type voteBatch struct {
	contribs []*Contribution
	weights  []*big.Int
}

// epochAccumulator sums what happens during an epoch.
type epochAccumulator struct {
	emitted       *big.Int
	rewards       []*big.Int // by kind
	contribHonest *big.Int
	contribAll    *big.Int
	gas           uint64
	actions       int
	failed        int
	contributions int
	votes         int
}

type eventIDs struct {
	transfer, stakingClaimed, authorClaimed, curatorClaimed, released, submitted common.Hash
}

// Rand is the run's random source: every random choice comes from it, so a seed replays.
func (w *World) Rand() *rand.Rand { return w.rng }

// Epoch is the current epoch.
func (w *World) Epoch() int { return w.epoch }

// Contributions are this epoch's contributions so far, in submission order.
func (w *World) Contributions() []*Contribution { return w.contribs }

// Members are all members, in index order.
func (w *World) Members() []*Member { return w.members }

func (w *World) send(m *Member, to common.Address, data []byte, then func(outcome)) {
	from := w.keeper
	if m != nil {
		from = m.Address
	}
	w.queue = append(w.queue, queued{tx: tx{from: from, to: to, data: data}, member: m, then: then})
}

// Budget is what the member may still vote this epoch: its power at the epoch's start
// (read from the chain once per epoch) less what it voted.
func (w *World) Budget(m *Member) *big.Int {
	if m.budgetEpoch != w.epoch || m.budget == nil {
		ts := w.eco.EpochStartTime(uint64(w.epoch)) - 1
		b, err := harness.Call(w.ctx, w.eco.C.StakedPower, w.eco.B.StakedPower.PackGetPastVotes(m.Address, new(big.Int).SetUint64(ts)),
			w.eco.B.StakedPower.UnpackGetPastVotes)
		if err != nil {
			b = new(big.Int) // before the first epoch's start there is no history
		}
		m.budget, m.spent, m.budgetEpoch = b, new(big.Int), w.epoch
	}
	return new(big.Int).Sub(m.budget, m.spent)
}

// Submit queues a contribution of the given true quality by m.
func (w *World) Submit(m *Member, quality float64) {
	w.nonce++
	hash := crypto.Keccak256Hash(m.Address.Bytes(), big.NewInt(int64(w.nonce)).Bytes())
	uri := fmt.Sprintf("sim://%d/%d", w.epoch, w.nonce)
	w.send(m, w.eco.Addr.RewardPool, w.eco.B.RewardPool.PackSubmit(hash, uri), func(o outcome) {
		if o.failed {
			return
		}
		for _, l := range o.logs {
			if l.Address != w.eco.Addr.RewardPool || len(l.Topics) == 0 || l.Topics[0] != w.ev.submitted {
				continue
			}
			ev, err := w.eco.B.RewardPool.UnpackContributionSubmittedEvent(l)
			if err != nil {
				continue
			}
			c := &Contribution{ID: ev.Id, Author: m, Quality: quality, Weight: new(big.Int)}
			w.contribs = append(w.contribs, c)
			m.authored = append(m.authored, claim{epoch: w.epoch, id: ev.Id, contribution: c})
			w.acc.contributions++
		}
	})
}

// Vote queues m's vote of weight on c; it is dropped when it exceeds what the member
// knows is left of its budget.
func (w *World) Vote(m *Member, c *Contribution, weight *big.Int) {
	if weight.Sign() <= 0 || weight.Cmp(w.Budget(m)) > 0 || c.Author == m {
		return
	}
	m.spent.Add(m.spent, weight)
	if n := len(w.queue); n > 0 {
		if last := &w.queue[n-1]; last.votes != nil && last.member == m && len(last.votes.contribs) < maxVotesPerCall {
			last.votes.contribs = append(last.votes.contribs, c)
			last.votes.weights = append(last.votes.weights, weight)
			return
		}
	}
	w.send(m, w.eco.Addr.RewardPool, nil, nil)
	w.queue[len(w.queue)-1].votes = &voteBatch{contribs: []*Contribution{c}, weights: []*big.Int{weight}}
}

// maxVotesPerCall bounds one voteMany call, as maxClaimsPerCall does claims.
const maxVotesPerCall = 32

// packVotes sets q's calldata and outcome booking from its vote batch: one vote, or one
// voteMany whose failure (one refused vote reverts all) is retried vote by vote in the
// same phase (w.retry), while the contributions are still open.
func (w *World) packVotes(q *queued) {
	b, m := q.votes, q.member
	book := func(c *Contribution, weight *big.Int) {
		c.Weight.Add(c.Weight, weight)
		m.curated = append(m.curated, claim{epoch: w.epoch, id: c.ID, contribution: c})
		w.acc.votes++
	}
	if len(b.contribs) == 1 {
		c, weight := b.contribs[0], b.weights[0]
		q.data = w.eco.B.RewardPool.PackVote(c.ID, weight)
		q.then = func(o outcome) {
			if o.failed {
				m.spent.Sub(m.spent, weight)
				return
			}
			book(c, weight)
		}
		return
	}
	ids := make([]*big.Int, len(b.contribs))
	for i, c := range b.contribs {
		ids[i] = c.ID
	}
	q.data = w.eco.B.RewardPool.PackVoteMany(ids, b.weights)
	q.then = func(o outcome) {
		if !o.failed {
			for i, c := range b.contribs {
				book(c, b.weights[i])
			}
			return
		}
		for i, c := range b.contribs {
			single := queued{tx: tx{from: m.Address, to: w.eco.Addr.RewardPool}, member: m,
				votes: &voteBatch{contribs: []*Contribution{c}, weights: []*big.Int{b.weights[i]}}}
			w.packVotes(&single)
			w.retry = append(w.retry, single)
		}
	}
}

// Stake queues staking amount of m's balance (at most all of it), approving StakedPower
// first when needed.
func (w *World) Stake(m *Member, amount *big.Int) {
	if amount.Cmp(m.balance) > 0 {
		amount = m.Balance()
	}
	if amount.Sign() <= 0 {
		return
	}
	if !m.approved {
		m.approved = true
		w.send(m, w.eco.Addr.Token, w.eco.B.Token.PackApprove(w.eco.Addr.StakedPower, maxUint256), nil)
	}
	w.send(m, w.eco.Addr.StakedPower, w.eco.B.StakedPower.PackStake(amount), nil)
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Power reads m's current staking power from the chain.
func (w *World) Power(m *Member) *big.Int {
	p, err := harness.Call(w.ctx, w.eco.C.StakedPower, w.eco.B.StakedPower.PackPowerOf(m.Address), w.eco.B.StakedPower.UnpackPowerOf)
	if err != nil {
		return new(big.Int)
	}
	return p
}

// PowerDown queues the start of a power-down of amount (replacing any running one).
func (w *World) PowerDown(m *Member, amount *big.Int) {
	if amount.Sign() > 0 {
		w.send(m, w.eco.Addr.StakedPower, w.eco.B.StakedPower.PackStartPowerDown(amount), nil)
	}
}

// Withdraw queues withdrawing what m's power-down has released.
func (w *World) Withdraw(m *Member) {
	w.send(m, w.eco.Addr.StakedPower, w.eco.B.StakedPower.PackWithdraw(), nil)
}

// ClaimStaking queues claiming m's staking rewards.
func (w *World) ClaimStaking(m *Member) {
	w.send(m, w.eco.Addr.StakedPower, w.eco.B.StakedPower.PackClaimStakingRewards(), nil)
}

// maxClaimsPerCall bounds one claimMany call: big batches cost little more per claim, but
// one refused claim reverts the whole batch.
const maxClaimsPerCall = 32

// ClaimContributions queues m's author and curator claims on contributions of ended,
// funded epochs still inside the claim window, batched into RewardPool.claimMany calls.
// Contributions nobody voted for have nothing to claim and are skipped. A batch that
// reverts (one claim rounding to nothing, say) is retried claim by claim in the next phase.
func (w *World) ClaimContributions(m *Member) {
	var authorIDs, curatorIDs []*big.Int
	due := func(cs []claim) (left []claim, ids []*big.Int) {
		for _, c := range cs {
			switch {
			case c.epoch >= w.epoch: // not ended or not yet funded
				left = append(left, c)
			case c.epoch+w.claimWindow < w.epoch-1 || c.contribution.Weight.Sign() == 0: // expired, or nothing to claim
			default:
				ids = append(ids, c.id)
			}
		}
		return left, ids
	}
	m.authored, authorIDs = due(m.authored)
	m.curated, curatorIDs = due(m.curated)
	for len(authorIDs)+len(curatorIDs) > 0 {
		na := min(len(authorIDs), maxClaimsPerCall)
		nc := min(len(curatorIDs), maxClaimsPerCall-na)
		a, c := authorIDs[:na], curatorIDs[:nc]
		authorIDs, curatorIDs = authorIDs[na:], curatorIDs[nc:]
		if na+nc == 1 {
			if na == 1 {
				w.send(m, w.eco.Addr.RewardPool, w.eco.B.RewardPool.PackClaimAuthor(a[0]), nil)
			} else {
				w.send(m, w.eco.Addr.RewardPool, w.eco.B.RewardPool.PackClaimCurator(c[0]), nil)
			}
			continue
		}
		w.send(m, w.eco.Addr.RewardPool, w.eco.B.RewardPool.PackClaimMany(a, c), func(o outcome) {
			if !o.failed {
				return
			}
			for _, id := range a {
				w.send(m, w.eco.Addr.RewardPool, w.eco.B.RewardPool.PackClaimAuthor(id), nil)
			}
			for _, id := range c {
				w.send(m, w.eco.Addr.RewardPool, w.eco.B.RewardPool.PackClaimCurator(id), nil)
			}
		})
	}
}

// flush sends the queue and books every outcome.
func (w *World) flush() error {
	if len(w.queue) == 0 {
		return nil
	}
	q := w.queue
	w.queue = nil
	txs := make([]tx, len(q))
	for i := range q {
		if q[i].votes != nil && q[i].data == nil {
			w.packVotes(&q[i])
		}
		txs[i] = q[i].tx
	}
	outs, err := w.exec.run(w.ctx, txs)
	if err != nil {
		return err
	}
	for i, o := range outs {
		if m := q[i].member; m != nil {
			m.gas += o.gas
			m.actions++
			m.acted = true
			w.acc.gas += o.gas
			w.acc.actions++
			if o.failed {
				m.failed++
				w.acc.failed++
			}
		}
		for _, l := range o.logs {
			w.book(l)
		}
		if q[i].then != nil {
			q[i].then(o)
		}
	}
	return nil
}

// book applies one event to the members' bookkeeping and the epoch's sums.
func (w *World) book(l *types.Log) {
	if len(l.Topics) == 0 {
		return
	}
	a := w.eco.Addr
	switch {
	case l.Address == a.Token && l.Topics[0] == w.ev.transfer && len(l.Topics) == 3:
		from, to := common.BytesToAddress(l.Topics[1][:]), common.BytesToAddress(l.Topics[2][:])
		v := new(big.Int).SetBytes(l.Data)
		if m := w.byAddr[from]; m != nil {
			m.balance.Sub(m.balance, v)
			if to == a.StakedPower {
				m.staked.Add(m.staked, v)
			}
		}
		if m := w.byAddr[to]; m != nil {
			m.balance.Add(m.balance, v)
			if from == a.StakedPower {
				m.staked.Sub(m.staked, v)
			}
		}
	case l.Address == a.StakedPower && l.Topics[0] == w.ev.stakingClaimed && len(l.Topics) == 2:
		if m := w.byAddr[common.BytesToAddress(l.Topics[1][:])]; m != nil {
			v := new(big.Int).SetBytes(l.Data)
			m.staked.Add(m.staked, v) // paid out of StakedPower, but never staked
			w.reward(m, v, false)
		}
	case l.Address == a.RewardPool && (l.Topics[0] == w.ev.authorClaimed || l.Topics[0] == w.ev.curatorClaimed) && len(l.Topics) == 3:
		if m := w.byAddr[common.BytesToAddress(l.Topics[2][:])]; m != nil {
			w.reward(m, new(big.Int).SetBytes(l.Data), true)
		}
	case l.Address == a.Emission && l.Topics[0] == w.ev.released && len(l.Data) == 96:
		for i := 0; i < 3; i++ {
			w.acc.emitted.Add(w.acc.emitted, new(big.Int).SetBytes(l.Data[32*i:32*i+32]))
		}
	}
}

func (w *World) reward(m *Member, v *big.Int, contribution bool) {
	m.reward.Add(m.reward, v)
	w.acc.rewards[m.kindIndex].Add(w.acc.rewards[m.kindIndex], v)
	if contribution {
		w.acc.contribAll.Add(w.acc.contribAll, v)
		if m.Honest {
			w.acc.contribHonest.Add(w.acc.contribHonest, v)
		}
	}
}

func (w *World) resetEpoch() {
	w.acc = epochAccumulator{emitted: new(big.Int), contribHonest: new(big.Int), contribAll: new(big.Int),
		rewards: make([]*big.Int, len(w.kinds))}
	for i := range w.acc.rewards {
		w.acc.rewards[i] = new(big.Int)
	}
	for _, m := range w.members {
		m.acted = false
	}
	w.contribs = nil
}

// tokens converts wei to whole tokens for reports.
func tokens(wei *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18)).Float64()
	return f
}

// measure reads the chain's totals and closes the epoch's metrics.
func (w *World) measure() (metrics.Epoch, error) {
	e := w.eco
	supply, err := harness.Call(w.ctx, e.C.Token, e.B.Token.PackTotalSupply(), e.B.Token.UnpackTotalSupply)
	if err != nil {
		return metrics.Epoch{}, fmt.Errorf("total supply: %w", err)
	}
	staked, err := harness.Call(w.ctx, e.C.StakedPower, e.B.StakedPower.PackTotalPower(), e.B.StakedPower.UnpackTotalPower)
	if err != nil {
		return metrics.Epoch{}, fmt.Errorf("total power: %w", err)
	}
	treasury, err := e.Balance(w.ctx, e.Addr.Timelock)
	if err != nil {
		return metrics.Epoch{}, fmt.Errorf("treasury: %w", err)
	}
	holdings := make([]float64, len(w.members))
	rewards := make([]float64, len(w.members))
	acted := 0
	for i, m := range w.members {
		holdings[i] = tokens(m.Holdings())
		rewards[i] = tokens(m.reward)
		if m.acted {
			acted++
		}
	}
	out := metrics.Epoch{
		Epoch: w.epoch, Supply: tokens(supply), Emitted: tokens(w.acc.emitted), Staked: tokens(staked),
		Treasury: tokens(treasury), HonestShare: math.NaN(),
		GiniHoldings: metrics.Gini(holdings), GiniRewards: metrics.Gini(rewards),
		Participation: float64(acted) / float64(len(w.members)), GasPerMember: float64(w.acc.gas) / float64(len(w.members)),
		Actions: w.acc.actions, FailedActions: w.acc.failed, Contributions: w.acc.contributions, Votes: w.acc.votes,
	}
	if out.Supply > 0 {
		out.StakingRatio = out.Staked / out.Supply
	}
	if w.acc.contribAll.Sign() > 0 {
		out.HonestShare = tokens(w.acc.contribHonest) / tokens(w.acc.contribAll)
	}
	for _, r := range w.acc.rewards {
		out.Rewards = append(out.Rewards, tokens(r))
	}
	return out, nil
}

// ErrBookkeeping is a run whose event bookkeeping disagrees with the chain: a simulator bug,
// never a property of the economy.
var ErrBookkeeping = errors.New("bookkeeping differs from the chain")

// audit compares every member's booked balance with the chain's.
func (w *World) audit() error {
	for _, m := range w.members {
		b, err := bind.Call(w.eco.C.Token, &bind.CallOpts{Context: w.ctx}, w.eco.B.Token.PackBalanceOf(m.Address), w.eco.B.Token.UnpackBalanceOf)
		if err != nil {
			return err
		}
		if b.Cmp(m.balance) != 0 {
			return fmt.Errorf("member %d (%s) balance %v, booked %v: %w", m.Index, m.Address.Hex(), b, m.balance, ErrBookkeeping)
		}
	}
	return nil
}
