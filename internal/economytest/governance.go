package economytest

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-dev/apiary/sim/chain"
)

// ProposalCall is one call a proposal has the timelock make.
type ProposalCall struct {
	Target common.Address
	Data   []byte
}

// Proposal is a governance proposal: its description and the calls it makes, sending no ether.
type Proposal struct {
	Description string
	Calls       []ProposalCall
}

// NewProposal builds a proposal.
func NewProposal(description string, calls ...ProposalCall) Proposal {
	return Proposal{Description: description, Calls: calls}
}

// Targets are the called contracts, in order.
func (p Proposal) Targets() []common.Address {
	out := make([]common.Address, len(p.Calls))
	for i, c := range p.Calls {
		out[i] = c.Target
	}
	return out
}

// Calldatas are the calls' data, in order.
func (p Proposal) Calldatas() [][]byte {
	out := make([][]byte, len(p.Calls))
	for i, c := range p.Calls {
		out[i] = c.Data
	}
	return out
}

// Values are zero for every call.
func (p Proposal) Values() []*big.Int {
	out := make([]*big.Int, len(p.Calls))
	for i := range out {
		out[i] = new(big.Int)
	}
	return out
}

// DescriptionHash is keccak256 of the description, as the Governor keys proposals.
func (p Proposal) DescriptionHash() [32]byte { return crypto.Keccak256Hash([]byte(p.Description)) }

// PackPropose, PackQueue and PackExecute encode the Governor calls for the proposal.
func (p Proposal) PackPropose(f *Fixture) []byte {
	return f.B.Governor.PackPropose(p.Targets(), p.Values(), p.Calldatas(), p.Description)
}

// PackQueue encodes queue for the proposal.
func (p Proposal) PackQueue(f *Fixture) []byte {
	return f.B.Governor.PackQueue(p.Targets(), p.Values(), p.Calldatas(), p.DescriptionHash())
}

// PackExecute encodes execute for the proposal.
func (p Proposal) PackExecute(f *Fixture) []byte {
	return f.B.Governor.PackExecute(p.Targets(), p.Values(), p.Calldatas(), p.DescriptionHash())
}

// ID is the proposal id, as the Governor computes it.
func (p Proposal) ID(t testing.TB, f *Fixture) *big.Int {
	t.Helper()
	return Call(t, f, f.C.Governor, f.B.Governor.PackHashProposal(p.Targets(), p.Values(), p.Calldatas(), p.DescriptionHash()),
		f.B.Governor.UnpackHashProposal)
}

// QueueAll takes proposals to the point where each can be executed: the proposer proposes
// them, every voter votes for each once voting opens, each is queued once voting ends, and
// the timelock delay passes. Voters must have had their power for at least one second.
func (f *Fixture) QueueAll(t testing.TB, proposer chain.Account, voters []chain.Account, ps ...Proposal) {
	t.Helper()
	gov := f.B.Governor
	var voteStart, voteEnd uint64
	ids := make([]*big.Int, len(ps))
	for i, p := range ps {
		created := Logs(f.Send(t, proposer, f.C.Governor, p.PackPropose(f)), gov.UnpackProposalCreatedEvent)
		if len(created) != 1 {
			t.Fatalf("propose %q: %d ProposalCreated events", p.Description, len(created))
		}
		ids[i] = created[0].ProposalId
		voteStart = max(voteStart, created[0].VoteStart.Uint64())
		voteEnd = max(voteEnd, created[0].VoteEnd.Uint64())
	}
	f.WarpTo(t, voteStart+1)
	for _, id := range ids {
		for _, v := range voters {
			f.Send(t, v, f.C.Governor, gov.PackCastVote(id, 1))
		}
	}
	f.WarpTo(t, voteEnd+1)
	var eta uint64
	for _, p := range ps {
		queued := Logs(f.Send(t, proposer, f.C.Governor, p.PackQueue(f)), gov.UnpackProposalQueuedEvent)
		if len(queued) != 1 {
			t.Fatalf("queue %q: %d ProposalQueued events", p.Description, len(queued))
		}
		eta = max(eta, queued[0].EtaSeconds.Uint64())
	}
	f.WarpTo(t, eta)
}

// Pass takes a proposal through the Governor and the timelock and executes it.
func (f *Fixture) Pass(t testing.TB, proposer chain.Account, voters []chain.Account, p Proposal) *types.Receipt {
	t.Helper()
	f.QueueAll(t, proposer, voters, p)
	return f.Send(t, proposer, f.C.Governor, p.PackExecute(f))
}

// WarpTo seals an empty block at ts, or does nothing when the chain is already there.
func (f *Fixture) WarpTo(t testing.TB, ts uint64) {
	t.Helper()
	if f.Now(t) >= ts {
		return
	}
	if err := f.Chain.WarpTo(f.Ctx, ts); err != nil {
		t.Fatal(err)
	}
}
