package communitygovernor_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/apiary-dev/apiary/bindings/communitygovernor"
	"github.com/apiary-dev/apiary/bindings/communitytimelock"
	"github.com/apiary-dev/apiary/bindings/communitytoken"
	"github.com/apiary-dev/apiary/bindings/emission"
	"github.com/apiary-dev/apiary/bindings/rewardpool"
	"github.com/apiary-dev/apiary/bindings/stakedpower"
	"github.com/apiary-dev/apiary/internal/economytest"
	"github.com/apiary-dev/apiary/sim/chain"
)

const (
	day  = uint64(24 * 60 * 60)
	week = 7 * day
	year = 365 * day
	bps  = 10_000
)

var tokens = economytest.Tokens

// Proposal states, in the order of OpenZeppelin's IGovernor.ProposalState.
const (
	statePending uint8 = iota
	stateActive
	stateCanceled
	stateDefeated
	stateSucceeded
	stateQueued
	stateExpired
	stateExecuted
)

var stateNames = []string{"Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"}

func u64(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

func sum(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

// mulDiv is a × b / c, rounded down.
func mulDiv(a, b, c *big.Int) *big.Int {
	n := new(big.Int).Mul(a, b)
	return n.Div(n, c)
}

func wantEqual(t *testing.T, what string, want, got *big.Int) {
	t.Helper()
	if want.Cmp(got) != 0 {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

func wantDiff(t *testing.T, what string, want, got any, opts ...cmp.Option) {
	t.Helper()
	if diff := cmp.Diff(want, got, append(opts, economytest.BigCmp)...); diff != "" {
		t.Errorf("%s (-want +got):\n%s", what, diff)
	}
}

// ignoreRaw ignores the Raw log of decoded events of the given types.
func ignoreRaw(events ...any) cmp.Option {
	opts := make(cmp.Options, len(events))
	for i, ev := range events {
		opts[i] = cmpopts.IgnoreFields(ev, "Raw")
	}
	return opts
}

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

// currentEpoch is the epoch of the latest block.
func currentEpoch(t *testing.T, f *economytest.Fixture) uint64 {
	t.Helper()
	e, err := f.CurrentEpoch(f.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// ---------------------------------------------------------------- proposals

// proposal and call are the shared governance helpers of economytest.
type (
	proposal = economytest.Proposal
	call     = economytest.ProposalCall
)

func newProposal(description string, calls ...call) proposal {
	return economytest.NewProposal(description, calls...)
}

// salt is the timelock salt the Governor uses: its address XOR the description hash.
func salt(f *economytest.Fixture, p proposal) [32]byte {
	s := p.DescriptionHash()
	for i, b := range f.Addr.Governor {
		s[i] ^= b
	}
	return s
}

// operationID is the proposal's operation id in the timelock.
func operationID(t *testing.T, f *economytest.Fixture, p proposal) [32]byte {
	t.Helper()
	return economytest.Call(t, f, f.C.Timelock,
		f.B.Timelock.PackHashOperationBatch(p.Targets(), p.Values(), p.Calldatas(), [32]byte{}, salt(f, p)), f.B.Timelock.UnpackHashOperationBatch)
}

// stakeFor has the first len(amounts) members stake those amounts, then lets a second pass so
// that a proposal, which reads votes one second in the past, sees them.
func stakeFor(t *testing.T, f *economytest.Fixture, amounts ...*big.Int) {
	t.Helper()
	for i, a := range amounts {
		f.Stake(t, f.Members[i], a)
	}
	warpTo(t, f, f.Now(t)+1)
}

func propose(t *testing.T, f *economytest.Fixture, from chain.Account, p proposal) *communitygovernor.CommunityGovernorProposalCreated {
	t.Helper()
	r := f.Send(t, from, f.C.Governor, p.PackPropose(f))
	created := economytest.Logs(r, f.B.Governor.UnpackProposalCreatedEvent)
	if len(created) != 1 {
		t.Fatalf("propose %q: %d ProposalCreated events", p.Description, len(created))
	}
	return created[0]
}

func state(t *testing.T, f *economytest.Fixture, id *big.Int) uint8 {
	t.Helper()
	return economytest.Call(t, f, f.C.Governor, f.B.Governor.PackState(id), f.B.Governor.UnpackState)
}

func wantState(t *testing.T, f *economytest.Fixture, id *big.Int, want uint8) {
	t.Helper()
	if got := state(t, f, id); got != want {
		t.Errorf("proposal state = %s, want %s", stateNames[got], stateNames[want])
	}
}

// castVote votes `support` from each voter and returns the VoteCast events.
func castVote(t *testing.T, f *economytest.Fixture, id *big.Int, support uint8, voters ...chain.Account) []*communitygovernor.CommunityGovernorVoteCast {
	t.Helper()
	var events []*communitygovernor.CommunityGovernorVoteCast
	for _, v := range voters {
		r := f.Send(t, v, f.C.Governor, f.B.Governor.PackCastVote(id, support))
		events = append(events, economytest.Logs(r, f.B.Governor.UnpackVoteCastEvent)...)
	}
	return events
}

func queueAll(t *testing.T, f *economytest.Fixture, proposer chain.Account, voters []chain.Account, ps ...proposal) {
	t.Helper()
	f.QueueAll(t, proposer, voters, ps...)
}

func pass(t *testing.T, f *economytest.Fixture, proposer chain.Account, voters []chain.Account, p proposal) *types.Receipt {
	t.Helper()
	return f.Pass(t, proposer, voters, p)
}

// newGovernance deploys the default economy and has members 1 and 2 stake 100,000 tokens
// each: enough to propose and to reach quorum between them.
func newGovernance(t *testing.T) (*economytest.Fixture, []chain.Account) {
	t.Helper()
	f := economytest.New(t, economytest.Options{})
	stakeFor(t, f, tokens(100_000), tokens(100_000))
	return f, f.Members[:2]
}

func transfer(f *economytest.Fixture, to common.Address, amount *big.Int) call {
	return call{Target: f.Addr.Token, Data: f.B.Token.PackTransfer(to, amount)}
}

// ---------------------------------------------------------------- tests

func TestProposal_MovesThroughEveryState(t *testing.T) {
	f, voters := newGovernance(t)
	p := newProposal("pay member 3 for the audit", transfer(f, f.Members[2].Address, tokens(25_000)))
	id := p.ID(t, f)
	cfg := f.Config.Governance

	r := f.Send(t, voters[0], f.C.Governor, p.PackPropose(f))
	proposedAt := blockTime(t, f, r)
	voteStart := proposedAt + cfg.VotingDelay.Seconds()
	voteEnd := voteStart + cfg.VotingPeriod.Seconds()
	t.Run("propose emits ProposalCreated and the proposal is Pending", func(t *testing.T) {
		want := []*communitygovernor.CommunityGovernorProposalCreated{{
			ProposalId: id, Proposer: voters[0].Address, Targets: p.Targets(), Values: p.Values(),
			Signatures: []string{""}, Calldatas: p.Calldatas(), VoteStart: u64(voteStart), VoteEnd: u64(voteEnd),
			Description: p.Description,
		}}
		wantDiff(t, "ProposalCreated events", want, economytest.Logs(r, f.B.Governor.UnpackProposalCreatedEvent),
			ignoreRaw(communitygovernor.CommunityGovernorProposalCreated{}))
		wantState(t, f, id, statePending)
		warpTo(t, f, voteStart)
		wantState(t, f, id, statePending)
	})
	t.Run("after the voting delay it is Active and votes count with power at the snapshot", func(t *testing.T) {
		warpTo(t, f, voteStart+1)
		wantState(t, f, id, stateActive)
		events := castVote(t, f, id, 1, voters...)
		want := []*communitygovernor.CommunityGovernorVoteCast{
			{Voter: voters[0].Address, ProposalId: id, Support: 1, Weight: tokens(100_000)},
			{Voter: voters[1].Address, ProposalId: id, Support: 1, Weight: tokens(100_000)},
		}
		wantDiff(t, "VoteCast events", want, events, ignoreRaw(communitygovernor.CommunityGovernorVoteCast{}))
		votes := economytest.Call(t, f, f.C.Governor, f.B.Governor.PackProposalVotes(id), f.B.Governor.UnpackProposalVotes)
		wantDiff(t, "proposalVotes", communitygovernor.ProposalVotesOutput{
			AgainstVotes: new(big.Int), ForVotes: tokens(200_000), AbstainVotes: new(big.Int)}, votes)
	})
	t.Run("after the voting period it has Succeeded", func(t *testing.T) {
		warpTo(t, f, voteEnd)
		wantState(t, f, id, stateActive)
		warpTo(t, f, voteEnd+1)
		wantState(t, f, id, stateSucceeded)
	})
	var eta uint64
	t.Run("queue schedules it in the timelock and it is Queued", func(t *testing.T) {
		r := f.Send(t, voters[1], f.C.Governor, p.PackQueue(f))
		eta = blockTime(t, f, r) + cfg.TimelockDelay.Seconds()
		wantDiff(t, "ProposalQueued events",
			[]*communitygovernor.CommunityGovernorProposalQueued{{ProposalId: id, EtaSeconds: u64(eta)}},
			economytest.Logs(r, f.B.Governor.UnpackProposalQueuedEvent), ignoreRaw(communitygovernor.CommunityGovernorProposalQueued{}))
		wantDiff(t, "CallScheduled events", []*communitytimelock.CommunityTimelockCallScheduled{{
			Id: operationID(t, f, p), Index: new(big.Int), Target: p.Targets()[0], Value: new(big.Int), Data: p.Calldatas()[0],
			Delay: u64(cfg.TimelockDelay.Seconds()),
		}}, economytest.Logs(r, f.B.Timelock.UnpackCallScheduledEvent), ignoreRaw(communitytimelock.CommunityTimelockCallScheduled{}))
		wantState(t, f, id, stateQueued)
		etaView := economytest.Call(t, f, f.C.Governor, f.B.Governor.PackProposalEta(id), f.B.Governor.UnpackProposalEta)
		wantEqual(t, "proposalEta", u64(eta), etaView)
	})
	t.Run("execute after the delay runs it and it is Executed", func(t *testing.T) {
		warpTo(t, f, eta)
		r := f.Send(t, voters[1], f.C.Governor, p.PackExecute(f))
		wantDiff(t, "ProposalExecuted events",
			[]*communitygovernor.CommunityGovernorProposalExecuted{{ProposalId: id}},
			economytest.Logs(r, f.B.Governor.UnpackProposalExecutedEvent), ignoreRaw(communitygovernor.CommunityGovernorProposalExecuted{}))
		wantState(t, f, id, stateExecuted)
		args := f.Revert(t, voters[0], f.C.Governor, p.PackExecute(f), "GovernorUnexpectedProposalState")
		wantDiff(t, "second execute's revert arguments", []any{id, stateExecuted, bitmap(stateQueued)}, args)
	})
}

// bitmap is OpenZeppelin's encoding of a set of states: bit i set for state i.
func bitmap(states ...uint8) [32]byte {
	var b [32]byte
	for _, s := range states {
		b[31-s/8] |= 1 << (s % 8)
	}
	return b
}

func TestTimelock_HoldsTheTreasuryAndPaysByProposal(t *testing.T) {
	f, voters := newGovernance(t)
	payee := f.Members[3].Address
	amount := tokens(50_000)
	treasury := f.Balance(t, f.Addr.Timelock)
	payeeBefore := f.Balance(t, payee)
	wantEqual(t, "treasury at launch", tokens(10_000_000), treasury)

	p := newProposal("grant 50,000 tokens to member 4", transfer(f, payee, amount))
	r := pass(t, f, voters[0], voters, p)

	wantEqual(t, "treasury after the grant", sub(treasury, amount), f.Balance(t, f.Addr.Timelock))
	wantEqual(t, "payee after the grant", sum(payeeBefore, amount), f.Balance(t, payee))
	wantDiff(t, "Transfer events", []*communitytoken.CommunityTokenTransfer{{From: f.Addr.Timelock, To: payee, Value: amount}},
		economytest.Logs(r, f.B.Token.UnpackTransferEvent), ignoreRaw(communitytoken.CommunityTokenTransfer{}))
	wantDiff(t, "CallExecuted events", []*communitytimelock.CommunityTimelockCallExecuted{{
		Id: operationID(t, f, p), Index: new(big.Int), Target: f.Addr.Token, Value: new(big.Int), Data: p.Calldatas()[0],
	}}, economytest.Logs(r, f.B.Timelock.UnpackCallExecutedEvent), ignoreRaw(communitytimelock.CommunityTimelockCallExecuted{}))
}

func TestQuorum_IsAFractionOfStakedPowerAtTheSnapshot(t *testing.T) {
	tests := []struct {
		name        string
		voter, rest *big.Int // staked by the voting proposer and by a member who does not vote
		want        uint8
	}{
		// Quorum is 400 bps of 1,000,000 staked: 40,000.
		{"a proposal short of quorum is Defeated", tokens(39_999), tokens(960_001), stateDefeated},
		{"a proposal at exactly quorum Succeeds", tokens(40_000), tokens(960_000), stateSucceeded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := economytest.New(t, economytest.Options{})
			stakeFor(t, f, tt.voter, tt.rest)
			proposer := f.Members[0]
			p := newProposal("fund the meetup", transfer(f, proposer.Address, tokens(1_000)))
			created := propose(t, f, proposer, p)
			snapshot := created.VoteStart
			warpTo(t, f, snapshot.Uint64()+1)
			// Stake that arrives after the snapshot changes neither the quorum nor the votes.
			f.Stake(t, f.Members[2], tokens(1_000_000))
			staked := sum(tt.voter, tt.rest)
			wantQuorum := mulDiv(staked, big.NewInt(int64(f.Config.Governance.QuorumBPS)), big.NewInt(bps))
			wantEqual(t, "quorum at the snapshot", tokens(40_000), wantQuorum)
			got := economytest.Call(t, f, f.C.Governor, f.B.Governor.PackQuorum(snapshot), f.B.Governor.UnpackQuorum)
			wantEqual(t, "quorum(snapshot)", wantQuorum, got)

			castVote(t, f, created.ProposalId, 1, proposer)
			warpTo(t, f, created.VoteEnd.Uint64()+1)
			wantState(t, f, created.ProposalId, tt.want)
			if tt.want == stateDefeated {
				args := f.Revert(t, proposer, f.C.Governor, p.PackQueue(f), "GovernorUnexpectedProposalState")
				wantDiff(t, "queue's revert arguments", []any{created.ProposalId, stateDefeated, bitmap(stateSucceeded)}, args)
			}
		})
	}
}

func TestPropose_RequiresTheProposalThreshold(t *testing.T) {
	f := economytest.New(t, economytest.Options{})
	threshold := f.Config.Governance.ProposalThreshold.Wei()
	wantEqual(t, "threshold", tokens(10_000), threshold)
	below, at := f.Members[0], f.Members[1]
	stakeFor(t, f, sub(threshold, big.NewInt(1)), threshold)

	t.Run("one wei below the threshold reverts GovernorInsufficientProposerVotes", func(t *testing.T) {
		p := newProposal("below the threshold", transfer(f, below.Address, tokens(1)))
		args := f.Revert(t, below, f.C.Governor, p.PackPropose(f), "GovernorInsufficientProposerVotes")
		wantDiff(t, "revert arguments", []any{below.Address, sub(threshold, big.NewInt(1)), threshold}, args)
	})
	t.Run("exactly the threshold may propose", func(t *testing.T) {
		p := newProposal("at the threshold", transfer(f, at.Address, tokens(1)))
		created := propose(t, f, at, p)
		wantState(t, f, created.ProposalId, statePending)
	})
}

// segmentFor is Emission's schedule segment for an epoch.
func segmentFor(t *testing.T, f *economytest.Fixture, epoch uint64) emission.EmissionSegment {
	t.Helper()
	return economytest.Call(t, f, f.C.Emission, f.B.Emission.PackSegmentFor(u64(epoch)), f.B.Emission.UnpackSegmentFor)
}

// emissionFor is an epoch's emission under a segment, from the rule: the annual rate at the
// epoch's start is rateBps less decayBpsPerYear for each year since the segment began, not
// below floorBps; the epoch emits that rate of the launch supply for its share of a year.
func emissionFor(launch *big.Int, s emission.EmissionSegment, epoch, epochLength uint64) *big.Int {
	elapsed := u64((epoch - uint64(s.FromEpoch)) * epochLength)
	y := u64(year)
	// In bps × YEAR, to keep the fraction of a year exact.
	rate := new(big.Int).Mul(big.NewInt(int64(s.RateBps)), y)
	rate.Sub(rate, new(big.Int).Mul(big.NewInt(int64(s.DecayBpsPerYear)), elapsed))
	floor := new(big.Int).Mul(big.NewInt(int64(s.FloorBps)), y)
	if rate.Cmp(floor) < 0 {
		rate = floor
	}
	den := new(big.Int).Mul(big.NewInt(bps), new(big.Int).Mul(y, y))
	return mulDiv(launch, new(big.Int).Mul(rate, u64(epochLength)), den)
}

func TestParameterChanges_ThroughGovernanceApplyFromTheNextEpoch(t *testing.T) {
	f, voters := newGovernance(t)
	downer := f.Members[2]
	f.Stake(t, downer, tokens(10_000))

	oldParams := rewardpool.RewardPoolParams{CurveS: f.Config.Rewards.CurveS.Wei(),
		AuthorShareBps: uint16(f.Config.Rewards.AuthorShareBPS), ClaimWindowEpochs: uint16(f.Config.Rewards.ClaimWindowEpochs)}
	newParams := rewardpool.RewardPoolParams{CurveS: tokens(2_000), AuthorShareBps: 6_000, ClaimWindowEpochs: 8}
	m := f.Config.Emission
	oldSegment := emission.EmissionSegment{FromEpoch: 0, RateBps: uint16(m.InitialRateBPS), DecayBpsPerYear: uint16(m.DecayBPSPerYear),
		FloorBps: uint16(m.FloorRateBPS), ContributionsBps: uint16(m.Split.ContributionsBPS), StakersBps: uint16(m.Split.StakersBPS),
		TreasuryBps: uint16(m.Split.TreasuryBPS)}
	newSchedule := [6]*big.Int{big.NewInt(800), big.NewInt(100), big.NewInt(50), big.NewInt(6_000), big.NewInt(2_000), big.NewInt(2_000)}
	oldWeeks := f.Config.Staking.PowerDown.Seconds() / week
	const newWeeks = 26

	p := newProposal("retune curation, unbonding and emission",
		call{Target: f.Addr.RewardPool, Data: f.B.RewardPool.PackSetParams(newParams.CurveS, big.NewInt(int64(newParams.AuthorShareBps)),
			big.NewInt(int64(newParams.ClaimWindowEpochs)))},
		call{Target: f.Addr.StakedPower, Data: f.B.StakedPower.PackSetPowerDownWeeks(big.NewInt(newWeeks))},
		call{Target: f.Addr.Emission, Data: f.B.Emission.PackSetSchedule(newSchedule)},
	)
	r := pass(t, f, voters[0], voters, p)
	e := currentEpoch(t, f)
	next := e + 1
	nextStart := f.EpochStartTime(next)
	newSegment := emission.EmissionSegment{FromEpoch: uint32(next), RateBps: 800, DecayBpsPerYear: 100, FloorBps: 50,
		ContributionsBps: 6_000, StakersBps: 2_000, TreasuryBps: 2_000}

	t.Run("RewardPool schedules the params for the next epoch", func(t *testing.T) {
		wantDiff(t, "ParamsScheduled events", []*rewardpool.RewardPoolParamsScheduled{{
			CurveS: newParams.CurveS, AuthorShareBps: big.NewInt(int64(newParams.AuthorShareBps)),
			ClaimWindowEpochs: big.NewInt(int64(newParams.ClaimWindowEpochs)), FromEpoch: u64(next),
		}}, economytest.Logs(r, f.B.RewardPool.UnpackParamsScheduledEvent), ignoreRaw(rewardpool.RewardPoolParamsScheduled{}))
		params := func(epoch uint64) rewardpool.RewardPoolParams {
			return economytest.Call(t, f, f.C.RewardPool, f.B.RewardPool.PackParamsForEpoch(u64(epoch)), f.B.RewardPool.UnpackParamsForEpoch)
		}
		wantDiff(t, "paramsForEpoch(current)", oldParams, params(e))
		wantDiff(t, "paramsForEpoch(next)", newParams, params(next))
	})
	t.Run("StakedPower schedules the power-down length for the next epoch", func(t *testing.T) {
		wantDiff(t, "PowerDownWeeksScheduled events", []*stakedpower.StakedPowerPowerDownWeeksScheduled{{
			PowerDownWeeks: big.NewInt(newWeeks), EffectiveFrom: u64(nextStart),
		}}, economytest.Logs(r, f.B.StakedPower.UnpackPowerDownWeeksScheduledEvent), ignoreRaw(stakedpower.StakedPowerPowerDownWeeksScheduled{}))
	})
	t.Run("Emission starts a new schedule segment at the next epoch", func(t *testing.T) {
		wantDiff(t, "ScheduleChanged events", []*emission.EmissionScheduleChanged{{
			FromEpoch: u64(next), RateBps: newSchedule[0], DecayBpsPerYear: newSchedule[1], FloorBps: newSchedule[2],
			ContributionsBps: newSchedule[3], StakersBps: newSchedule[4], TreasuryBps: newSchedule[5],
		}}, economytest.Logs(r, f.B.Emission.UnpackScheduleChangedEvent), ignoreRaw(emission.EmissionScheduleChanged{}))
		wantDiff(t, "segmentFor(current)", oldSegment, segmentFor(t, f, e))
		wantDiff(t, "segmentFor(next)", newSegment, segmentFor(t, f, next))
		n := economytest.Call(t, f, f.C.Emission, f.B.Emission.PackSegmentCount(), f.B.Emission.UnpackSegmentCount)
		wantEqual(t, "segmentCount", big.NewInt(2), n)
	})

	powerDown := func(t *testing.T) (start, end uint64) {
		t.Helper()
		r := f.Send(t, downer, f.C.StakedPower, f.B.StakedPower.PackStartPowerDown(tokens(1_000)))
		started := economytest.Logs(r, f.B.StakedPower.UnpackPowerDownStartedEvent)
		if len(started) != 1 {
			t.Fatalf("%d PowerDownStarted events", len(started))
		}
		return started[0].Start.Uint64(), started[0].End.Uint64()
	}
	epochVotes := func(t *testing.T, epoch uint64) rewardpool.EpochVotesOutput {
		t.Helper()
		return economytest.Call(t, f, f.C.RewardPool, f.B.RewardPool.PackEpochVotes(u64(epoch)), f.B.RewardPool.UnpackEpochVotes)
	}
	paramsOf := func(p rewardpool.RewardPoolParams) rewardpool.EpochVotesOutput {
		return rewardpool.EpochVotesOutput{SumF: new(big.Int), CurveS: p.CurveS,
			AuthorShareBps: big.NewInt(int64(p.AuthorShareBps)), ClaimWindowEpochs: big.NewInt(int64(p.ClaimWindowEpochs))}
	}

	t.Run("until the next epoch the old rules hold", func(t *testing.T) {
		start, end := powerDown(t)
		if got := (end - start) / week; got != oldWeeks || (end-start)%week != 0 {
			t.Errorf("power-down started in the current epoch lasts %d s, want %d weeks", end-start, oldWeeks)
		}
		f.Send(t, f.Members[3], f.C.RewardPool, f.B.RewardPool.PackSubmit([32]byte{1}, "ipfs://current"))
		wantDiff(t, "epochVotes(current)", paramsOf(oldParams), epochVotes(t, e))
		warpTo(t, f, nextStart-1)
		weeks := economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackPowerDownWeeks(), f.B.StakedPower.UnpackPowerDownWeeks)
		wantEqual(t, "powerDownWeeks one second before the next epoch", u64(oldWeeks), weeks)
	})
	t.Run("from the next epoch the new rules hold", func(t *testing.T) {
		warpTo(t, f, nextStart)
		weeks := economytest.Call(t, f, f.C.StakedPower, f.B.StakedPower.PackPowerDownWeeks(), f.B.StakedPower.UnpackPowerDownWeeks)
		wantEqual(t, "powerDownWeeks at the next epoch", big.NewInt(newWeeks), weeks)
		start, end := powerDown(t)
		if end-start != newWeeks*week {
			t.Errorf("power-down started in the next epoch lasts %d s, want %d weeks", end-start, newWeeks)
		}
		f.Send(t, f.Members[3], f.C.RewardPool, f.B.RewardPool.PackSubmit([32]byte{2}, "ipfs://next"))
		wantDiff(t, "epochVotes(next)", paramsOf(newParams), epochVotes(t, next))
	})
	t.Run("emission of the current epoch follows the old schedule, of the next the new", func(t *testing.T) {
		warpTo(t, f, f.EpochStartTime(next+1))
		launch := f.Config.TotalAllocated()
		for _, tc := range []struct {
			epoch uint64
			seg   emission.EmissionSegment
		}{{e, oldSegment}, {next, newSegment}} {
			want := emissionFor(launch, tc.seg, tc.epoch, f.EpochLength)
			got := economytest.Call(t, f, f.C.Emission, f.B.Emission.PackEmissionForEpoch(u64(tc.epoch)), f.B.Emission.UnpackEmissionForEpoch)
			wantEqual(t, "emissionForEpoch", want, got)
			r := f.Release(t, tc.epoch)
			contributions := mulDiv(want, big.NewInt(int64(tc.seg.ContributionsBps)), big.NewInt(bps))
			stakers := mulDiv(want, big.NewInt(int64(tc.seg.StakersBps)), big.NewInt(bps))
			wantDiff(t, "Released events", []*emission.EmissionReleased{{
				Epoch: u64(tc.epoch), Contributions: contributions, Stakers: stakers, Treasury: sub(want, sum(contributions, stakers)),
			}}, economytest.Logs(r, f.B.Emission.UnpackReleasedEvent), ignoreRaw(emission.EmissionReleased{}))
		}
	})
}

func TestGovernorSettings_ChangeOnlyThroughGovernanceWithinBounds(t *testing.T) {
	f, voters := newGovernance(t)
	g := f.B.Governor
	member := f.Members[0]

	t.Run("a member calling a setter directly reverts GovernorOnlyExecutor", func(t *testing.T) {
		for name, data := range map[string][]byte{
			"setVotingDelay":        g.PackSetVotingDelay(big.NewInt(1)),
			"setVotingPeriod":       g.PackSetVotingPeriod(3600),
			"setProposalThreshold":  g.PackSetProposalThreshold(new(big.Int)),
			"updateQuorumNumerator": g.PackUpdateQuorumNumerator(big.NewInt(1)),
		} {
			args := f.Revert(t, member, f.C.Governor, data, "GovernorOnlyExecutor")
			wantDiff(t, name+" revert arguments", []any{member.Address}, args)
		}
	})

	const (
		minPeriod = 3600
		maxPeriod = 90 * day
		maxDelay  = 30 * day
		maxQuorum = 5_000 // 50% of staked power
	)
	maxThreshold := new(big.Int).Div(f.Config.Token.Cap.Wei(), big.NewInt(100))
	outOfBounds := []struct {
		name string
		data []byte
		err  string
		args []any
	}{
		{"a voting period below an hour", g.PackSetVotingPeriod(minPeriod - 1), "VotingPeriodOutOfBounds",
			[]any{big.NewInt(minPeriod - 1), big.NewInt(minPeriod), u64(maxPeriod)}},
		{"a voting period above 90 days", g.PackSetVotingPeriod(uint32(maxPeriod + 1)), "VotingPeriodOutOfBounds",
			[]any{u64(maxPeriod + 1), big.NewInt(minPeriod), u64(maxPeriod)}},
		{"a voting delay of zero", g.PackSetVotingDelay(new(big.Int)), "VotingDelayOutOfBounds",
			[]any{new(big.Int), big.NewInt(1), u64(maxDelay)}},
		{"a voting delay above 30 days", g.PackSetVotingDelay(u64(maxDelay + 1)), "VotingDelayOutOfBounds",
			[]any{u64(maxDelay + 1), big.NewInt(1), u64(maxDelay)}},
		{"a quorum of zero", g.PackUpdateQuorumNumerator(new(big.Int)), "QuorumOutOfBounds",
			[]any{new(big.Int), big.NewInt(1), big.NewInt(maxQuorum)}},
		{"a quorum above 50%", g.PackUpdateQuorumNumerator(big.NewInt(maxQuorum + 1)), "QuorumOutOfBounds",
			[]any{big.NewInt(maxQuorum + 1), big.NewInt(1), big.NewInt(maxQuorum)}},
		{"a proposal threshold above 1% of the cap", g.PackSetProposalThreshold(new(big.Int).Add(maxThreshold, big.NewInt(1))),
			"ProposalThresholdOutOfBounds", []any{new(big.Int).Add(maxThreshold, big.NewInt(1)), maxThreshold}},
	}
	var ps []proposal
	if got := economytest.Call(t, f, f.C.Governor, g.PackMaxProposalThreshold(), g.UnpackMaxProposalThreshold); got.Cmp(maxThreshold) != 0 {
		t.Fatalf("maxProposalThreshold = %v, want 1%% of the cap %v", got, maxThreshold)
	}
	for _, tt := range outOfBounds {
		ps = append(ps, newProposal("set "+tt.name, call{Target: f.Addr.Governor, Data: tt.data}))
	}
	// At the bounds themselves: the shortest voting period, the longest voting delay, the
	// smallest quorum; and a higher proposal threshold, still below its ceiling.
	atBounds := newProposal("vote for an hour, thirty days after proposing, with a tiny quorum",
		call{Target: f.Addr.Governor, Data: g.PackSetVotingPeriod(minPeriod)}, call{Target: f.Addr.Governor, Data: g.PackSetVotingDelay(u64(maxDelay))},
		call{Target: f.Addr.Governor, Data: g.PackUpdateQuorumNumerator(big.NewInt(1))},
		call{Target: f.Addr.Governor, Data: g.PackSetProposalThreshold(tokens(20_000))})
	queueAll(t, f, voters[0], voters, append(ps, atBounds)...)

	for i, tt := range outOfBounds {
		t.Run("a proposal setting "+tt.name+" fails in the timelock call with "+tt.err, func(t *testing.T) {
			args := f.Revert(t, member, f.C.Governor, ps[i].PackExecute(f), tt.err)
			wantDiff(t, "revert arguments", tt.args, args)
			wantState(t, f, ps[i].ID(t, f), stateQueued)
		})
	}
	t.Run("the failed proposals changed nothing", func(t *testing.T) {
		cfg := f.Config.Governance
		delay := economytest.Call(t, f, f.C.Governor, g.PackVotingDelay(), g.UnpackVotingDelay)
		wantEqual(t, "votingDelay", u64(cfg.VotingDelay.Seconds()), delay)
		period := economytest.Call(t, f, f.C.Governor, g.PackVotingPeriod(), g.UnpackVotingPeriod)
		wantEqual(t, "votingPeriod", u64(cfg.VotingPeriod.Seconds()), period)
		n := economytest.Call(t, f, f.C.Governor, g.PackQuorumNumerator0(), g.UnpackQuorumNumerator0)
		wantEqual(t, "quorumNumerator", u64(cfg.QuorumBPS), n)
	})
	t.Run("a proposal within the bounds changes the settings", func(t *testing.T) {
		cfg := f.Config.Governance
		r := f.Send(t, member, f.C.Governor, atBounds.PackExecute(f))
		wantDiff(t, "VotingPeriodSet events", []*communitygovernor.CommunityGovernorVotingPeriodSet{{
			OldVotingPeriod: u64(cfg.VotingPeriod.Seconds()), NewVotingPeriod: big.NewInt(minPeriod),
		}}, economytest.Logs(r, g.UnpackVotingPeriodSetEvent), ignoreRaw(communitygovernor.CommunityGovernorVotingPeriodSet{}))
		wantDiff(t, "VotingDelaySet events", []*communitygovernor.CommunityGovernorVotingDelaySet{{
			OldVotingDelay: u64(cfg.VotingDelay.Seconds()), NewVotingDelay: u64(maxDelay),
		}}, economytest.Logs(r, g.UnpackVotingDelaySetEvent), ignoreRaw(communitygovernor.CommunityGovernorVotingDelaySet{}))
		wantDiff(t, "QuorumNumeratorUpdated events", []*communitygovernor.CommunityGovernorQuorumNumeratorUpdated{{
			OldQuorumNumerator: u64(cfg.QuorumBPS), NewQuorumNumerator: big.NewInt(1),
		}}, economytest.Logs(r, g.UnpackQuorumNumeratorUpdatedEvent), ignoreRaw(communitygovernor.CommunityGovernorQuorumNumeratorUpdated{}))
		wantDiff(t, "ProposalThresholdSet events", []*communitygovernor.CommunityGovernorProposalThresholdSet{{
			OldProposalThreshold: cfg.ProposalThreshold.Wei(), NewProposalThreshold: tokens(20_000),
		}}, economytest.Logs(r, g.UnpackProposalThresholdSetEvent), ignoreRaw(communitygovernor.CommunityGovernorProposalThresholdSet{}))

		p := newProposal("a proposal under the new settings", transfer(f, member.Address, tokens(1)))
		r = f.Send(t, member, f.C.Governor, p.PackPropose(f))
		created := economytest.Logs(r, g.UnpackProposalCreatedEvent)[0]
		if got := created.VoteStart.Uint64() - blockTime(t, f, r); got != maxDelay {
			t.Errorf("voting delay of a new proposal = %d s, want %d", got, maxDelay)
		}
		if got := created.VoteEnd.Uint64() - created.VoteStart.Uint64(); got != minPeriod {
			t.Errorf("voting period of a new proposal = %d s, want %d", got, minPeriod)
		}
		warpTo(t, f, created.VoteStart.Uint64()+1)
		quorum := economytest.Call(t, f, f.C.Governor, g.PackQuorum(created.VoteStart), g.UnpackQuorum)
		wantEqual(t, "quorum of the new proposal (1 bps of 200,000)", tokens(20), quorum)
	})
	t.Run("a member below the new threshold can no longer propose", func(t *testing.T) {
		small := f.Members[4]
		f.Stake(t, small, tokens(15_000))
		warpTo(t, f, f.Now(t)+1)
		p := newProposal("a proposal from a smaller member", transfer(f, small.Address, tokens(1)))
		args := f.Revert(t, small, f.C.Governor, p.PackPropose(f), "GovernorInsufficientProposerVotes")
		wantDiff(t, "revert arguments", []any{small.Address, tokens(15_000), tokens(20_000)}, args)
	})
}

func TestCancel_OnlyTheProposerWhilePending(t *testing.T) {
	f, voters := newGovernance(t)
	proposer, other := voters[0], voters[1]
	cancel := func(p proposal) []byte {
		return f.B.Governor.PackCancel(p.Targets(), p.Values(), p.Calldatas(), p.DescriptionHash())
	}
	pending := newProposal("a proposal its author withdraws", transfer(f, proposer.Address, tokens(1)))
	late := newProposal("a proposal withdrawn too late", transfer(f, proposer.Address, tokens(2)))
	propose(t, f, proposer, pending)
	created := propose(t, f, proposer, late)

	t.Run("another member cannot cancel it: GovernorUnableToCancel", func(t *testing.T) {
		args := f.Revert(t, other, f.C.Governor, cancel(pending), "GovernorUnableToCancel")
		wantDiff(t, "revert arguments", []any{pending.ID(t, f), other.Address}, args)
	})
	t.Run("the proposer cancels it while Pending: ProposalCanceled", func(t *testing.T) {
		r := f.Send(t, proposer, f.C.Governor, cancel(pending))
		wantDiff(t, "ProposalCanceled events",
			[]*communitygovernor.CommunityGovernorProposalCanceled{{ProposalId: pending.ID(t, f)}},
			economytest.Logs(r, f.B.Governor.UnpackProposalCanceledEvent), ignoreRaw(communitygovernor.CommunityGovernorProposalCanceled{}))
		wantState(t, f, pending.ID(t, f), stateCanceled)
	})
	t.Run("once voting has started the proposer cannot cancel it", func(t *testing.T) {
		warpTo(t, f, created.VoteStart.Uint64()+1)
		args := f.Revert(t, proposer, f.C.Governor, cancel(late), "GovernorUnableToCancel")
		wantDiff(t, "revert arguments", []any{created.ProposalId, proposer.Address}, args)
		wantState(t, f, created.ProposalId, stateActive)
	})
}
