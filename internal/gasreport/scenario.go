package gasreport

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/apiary-dev/apiary/bindings/reference/referenceerc20"
	"github.com/apiary-dev/apiary/bindings/reference/referencegovernor"
	"github.com/apiary-dev/apiary/bindings/reference/referencevotestoken"
	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/harness"
)

// Budgets from the economy issue: receipt gas, warm state unless the action's name says
// otherwise. Baselines are reference OpenZeppelin contracts compiled with the same settings.
const (
	budgetFirstStake     = 150_000
	budgetFirstVote      = 100_000
	budgetClaim          = 85_000
	budgetStartPowerDown = 90_000
)

// Run deploys the economy on the named hardfork and measures every action.
func Run(ctx context.Context, hardfork string) (*Report, error) {
	c, err := chain.New(chain.WithHardfork(hardfork), chain.WithAccounts(12))
	if err != nil {
		return nil, err
	}
	defer c.Close()
	s := &scenario{ctx: ctx, c: c, report: &Report{Hardfork: hardfork}}
	if err := s.run(); err != nil {
		return nil, err
	}
	return s.report, nil
}

type scenario struct {
	ctx    context.Context
	c      *chain.Chain
	e      *harness.Economy
	report *Report
	m      []chain.Account // members 1..8 at m[1..8]; m[0] is the deployer
	err    error
}

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func u(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

// send sends one transaction in its own block and returns its receipt gas. The first
// error sticks: later calls do nothing, and run returns it.
func (s *scenario) send(from chain.Account, inst *bind.BoundContract, data []byte, what string) uint64 {
	if s.err != nil {
		return 0
	}
	r, err := s.e.Transact(s.ctx, from, inst, data)
	if err != nil {
		s.err = fmt.Errorf("%s: %w", what, err)
		return 0
	}
	return r.GasUsed
}

// record adds a measurement: the mean of the samples, with their max.
func (s *scenario) record(m Measurement, samples ...uint64) {
	if s.err != nil || len(samples) == 0 {
		return
	}
	var sum, max uint64
	for _, g := range samples {
		sum += g
		if g > max {
			max = g
		}
	}
	m.Gas = sum / uint64(len(samples))
	if len(samples) > 1 {
		m.Max = max
		m.Samples = len(samples)
	}
	s.report.Measurements = append(s.report.Measurements, m)
}

func (s *scenario) warp(epoch, offset uint64) {
	if s.err == nil {
		if err := s.e.WarpToEpoch(s.ctx, epoch, offset); err != nil {
			s.err = fmt.Errorf("warp to epoch %d: %w", epoch, err)
		}
	}
}

func (s *scenario) advance(d time.Duration) {
	if s.err == nil {
		if err := s.c.Advance(d); err != nil {
			s.err = err
		}
	}
}

func (s *scenario) deploy(bin string, args []byte, from chain.Account) common.Address {
	if s.err != nil {
		return common.Address{}
	}
	addr, tx, err := bind.DeployContract(s.c.Transactor(from), common.FromHex(bin), s.c.Client(), args)
	if err == nil {
		_, err = s.c.MineOK(s.ctx, tx)
	}
	if err != nil {
		s.err = fmt.Errorf("deploy: %w", err)
	}
	return addr
}

func (s *scenario) run() error {
	for i := 0; i <= 11; i++ {
		s.m = append(s.m, s.c.Account(i))
	}
	members := make([]common.Address, 8)
	for i := range members {
		members[i] = s.m[i+1].Address
	}
	cfg := harness.MemberConfig(members, 1_000_000, 10_000_000)
	grantee, err := config.ParseBeneficiary(s.m[10].Address.Hex())
	if err != nil {
		return err
	}
	cfg.Allocations = append(cfg.Allocations, config.Allocation{
		Name: "grant", Beneficiary: grantee, Amount: config.Tokens(100_000),
		Vesting: &config.Vesting{Duration: config.Duration(365 * config.Day)},
	})
	s.e, err = harness.Deploy(s.ctx, s.c, cfg)
	if err != nil {
		return err
	}
	// From here on the chain is ahead of the wall clock, so every block is exactly one
	// second after the previous one and the scenario is the same on every run.
	s.warp(0, 3600)
	for _, phase := range []func(){s.transfers, s.staking, s.powerDowns, s.curation, s.governance, s.referenceGovernance} {
		phase()
		if s.err != nil {
			return s.err
		}
	}
	return nil
}

func (s *scenario) transfers() {
	e, m := s.e, s.m
	ref := referenceerc20.NewReferenceERC20()
	refAddr := s.deploy(referenceerc20.ReferenceERC20MetaData.Bin, ref.PackConstructor(tokens(1_000_000)), m[8])
	refInst := ref.Instance(s.c.Client(), refAddr)
	s.send(m[8], refInst, ref.PackTransfer(m[7].Address, tokens(1)), "prime reference")
	s.record(Measurement{Action: "ReferenceERC20.transfer (new holder)", Note: "plain OpenZeppelin ERC20, same compiler settings"},
		s.send(m[8], refInst, ref.PackTransfer(m[9].Address, tokens(1)), "reference transfer"))
	s.record(Measurement{Action: "ReferenceERC20.transfer (existing holder)", Note: "plain OpenZeppelin ERC20, same compiler settings"},
		s.send(m[8], refInst, ref.PackTransfer(m[7].Address, tokens(1)), "reference transfer"))
	s.record(Measurement{Action: "CommunityToken.transfer (new holder)", Baseline: "ReferenceERC20.transfer (new holder)"},
		s.send(m[8], e.C.Token, e.B.Token.PackTransfer(m[9].Address, tokens(1)), "transfer"))
	s.record(Measurement{Action: "CommunityToken.transfer (existing holder)", Baseline: "ReferenceERC20.transfer (existing holder)"},
		s.send(m[8], e.C.Token, e.B.Token.PackTransfer(m[7].Address, tokens(1)), "transfer"))
	s.record(Measurement{Action: "CommunityToken.approve (new allowance)"},
		s.send(m[8], e.C.Token, e.B.Token.PackApprove(m[9].Address, tokens(5)), "approve"))
	for i := 1; i <= 8; i++ {
		if i != 4 { // member 4 stakes with a permit instead
			s.send(m[i], e.C.Token, e.B.Token.PackApprove(e.Addr.StakedPower, math.MaxBig256), "approve staking")
		}
	}
}

func (s *scenario) staking() {
	e, m := s.e, s.m
	sp := e.B.StakedPower
	s.send(m[7], e.C.StakedPower, sp.PackStake(tokens(100_000)), "stake")
	// Two first stakes: one appends to a half-used slot of the total's vote history, the
	// other opens a new slot.
	s.record(Measurement{Action: "StakedPower.stake (first, cold)", Budget: budgetFirstStake,
		Note: "a new staker: account slot and first vote-history slot written from zero"},
		s.send(m[1], e.C.StakedPower, sp.PackStake(tokens(100_000)), "stake"),
		s.send(m[2], e.C.StakedPower, sp.PackStake(tokens(100_000)), "stake"))
	s.record(Measurement{Action: "StakedPower.stake (again)"},
		s.send(m[1], e.C.StakedPower, sp.PackStake(tokens(10_000)), "stake"),
		s.send(m[2], e.C.StakedPower, sp.PackStake(tokens(10_000)), "stake"))
	s.record(Measurement{Action: "StakedPower.stakeWithPermit (first, cold)"},
		s.send(m[4], e.C.StakedPower, s.permitStake(m[4], tokens(100_000)), "stake with permit"))
	s.send(m[3], e.C.StakedPower, sp.PackStake(tokens(100_000)), "stake")
	s.send(m[5], e.C.StakedPower, sp.PackStake(tokens(100_000)), "stake")
	s.send(m[6], e.C.StakedPower, sp.PackStake(tokens(100_000)), "stake")
	s.send(m[8], e.C.StakedPower, sp.PackStake(tokens(100_000)), "stake")
	s.record(Measurement{Action: "StakedPower.delegate"},
		s.send(m[6], e.C.StakedPower, sp.PackDelegate(m[5].Address), "delegate"))
	s.record(Measurement{Action: "StakedPower.startPowerDown (first, cold)", Note: "the account's power-down slot written from zero"},
		s.send(m[3], e.C.StakedPower, sp.PackStartPowerDown(tokens(1_000)), "power down"))
	s.advance(time.Hour)
	s.send(m[3], e.C.StakedPower, sp.PackCancelPowerDown(), "cancel")
}

func (s *scenario) permitStake(owner chain.Account, amount *big.Int) []byte {
	if s.err != nil {
		return nil
	}
	e := s.e
	nonce, err := harness.Call(s.ctx, e.C.Token, e.B.Token.PackNonces(owner.Address), e.B.Token.UnpackNonces)
	if err != nil {
		s.err = err
		return nil
	}
	deadline := u(uint64(1) << 40)
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Permit": {{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"},
				{Name: "value", Type: "uint256"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}},
		},
		PrimaryType: "Permit",
		Domain: apitypes.TypedDataDomain{Name: e.Config.Token.Name, Version: "1",
			ChainId: (*math.HexOrDecimal256)(s.c.ChainID()), VerifyingContract: e.Addr.Token.Hex()},
		Message: apitypes.TypedDataMessage{"owner": owner.Address.Hex(), "spender": e.Addr.StakedPower.Hex(),
			"value": amount.String(), "nonce": nonce.String(), "deadline": deadline.String()},
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err == nil {
		var sig []byte
		sig, err = crypto.Sign(digest, owner.Key)
		if err == nil {
			return e.B.StakedPower.PackStakeWithPermit(amount, deadline, sig[64]+27, [32]byte(sig[:32]), [32]byte(sig[32:64]))
		}
	}
	s.err = fmt.Errorf("sign permit: %w", err)
	return nil
}

func (s *scenario) powerDowns() {
	e, m := s.e, s.m
	sp := e.B.StakedPower
	s.warp(1, 3600)
	s.record(Measurement{Action: "Emission.release (epoch without votes)"},
		s.send(m[9], e.C.Emission, e.B.Emission.PackRelease(u(0)), "release 0"))
	// Rewards stream since the release: a small stake records each member's accrued
	// rewards, so their pending slot is in use (warm) before they power down.
	s.advance(time.Hour)
	powering := []int{1, 2, 3, 5} // member 4 staked with an exact permit, no allowance left
	for _, i := range powering {
		s.send(m[i], e.C.StakedPower, sp.PackStake(tokens(1)), "stake")
	}
	s.advance(time.Hour)
	var samples []uint64
	for _, i := range powering {
		samples = append(samples, s.send(m[i], e.C.StakedPower, sp.PackStartPowerDown(tokens(5_000)), "power down"))
	}
	s.record(Measurement{Action: "StakedPower.startPowerDown", Budget: budgetStartPowerDown, Amortized: true,
		Note: "mean of 4: each appends to the account's and the total's vote history, which opens a new slot every other entry"},
		samples...)
	s.advance(24 * time.Hour)
	s.record(Measurement{Action: "StakedPower.withdraw"}, s.send(m[1], e.C.StakedPower, sp.PackWithdraw(), "withdraw"))
	s.record(Measurement{Action: "StakedPower.startPowerDown (replacing an active one)", Note: "pays out what was released"},
		s.send(m[2], e.C.StakedPower, sp.PackStartPowerDown(tokens(6_000)), "power down"))
	s.record(Measurement{Action: "StakedPower.cancelPowerDown"},
		s.send(m[3], e.C.StakedPower, sp.PackCancelPowerDown(), "cancel"))
	s.record(Measurement{Action: "StakedPower.claimStakingRewards"},
		s.send(m[5], e.C.StakedPower, sp.PackClaimStakingRewards(), "claim staking rewards"))
}

func contentHash(s string) [32]byte { return sha256.Sum256([]byte(s)) }

func (s *scenario) curation() {
	e, m := s.e, s.m
	rp := e.B.RewardPool
	s.record(Measurement{Action: "RewardPool.submit (first in epoch)"},
		s.send(m[7], e.C.RewardPool, rp.PackSubmit(contentHash("a"), "ipfs://bafy-a"), "submit"))
	s.record(Measurement{Action: "RewardPool.submit"},
		s.send(m[8], e.C.RewardPool, rp.PackSubmit(contentHash("b"), "ipfs://bafy-b"), "submit"))
	// Contributions 1 (by member 7) and 2 (by member 8).
	s.record(Measurement{Action: "RewardPool.vote (voter's first ever, cold)", Budget: budgetFirstVote,
		Note: "budget and curation slots written from zero; budget read from StakedPower"},
		s.send(m[1], e.C.RewardPool, rp.PackVote(u(1), tokens(10_000)), "vote"),
		s.send(m[2], e.C.RewardPool, rp.PackVote(u(1), tokens(20_000)), "vote"))
	s.record(Measurement{Action: "RewardPool.vote (adding weight)"},
		s.send(m[1], e.C.RewardPool, rp.PackVote(u(1), tokens(1_000)), "vote"))
	s.send(m[3], e.C.RewardPool, rp.PackVote(u(2), tokens(30_000)), "vote")
	s.send(m[8], e.C.RewardPool, rp.PackVote(u(1), tokens(5_000)), "vote")
	s.send(m[4], e.C.RewardPool, rp.PackVote(u(2), tokens(5_000)), "vote")

	s.warp(2, 3600)
	s.record(Measurement{Action: "Emission.release"},
		s.send(m[9], e.C.Emission, e.B.Emission.PackRelease(u(1)), "release 1"))
	s.send(m[7], e.C.RewardPool, rp.PackSubmit(contentHash("c"), "ipfs://bafy-c"), "submit")
	s.record(Measurement{Action: "RewardPool.vote (first on a contribution)", Budget: budgetFirstVote,
		Note: "the voter's first vote this epoch: budget read from StakedPower's checkpoints"},
		s.send(m[1], e.C.RewardPool, rp.PackVote(u(3), tokens(10_000)), "vote"),
		s.send(m[2], e.C.RewardPool, rp.PackVote(u(3), tokens(10_000)), "vote"))
	s.send(m[8], e.C.RewardPool, rp.PackSubmit(contentHash("d"), "ipfs://bafy-d"), "submit")
	s.record(Measurement{Action: "RewardPool.voteMany (2 votes, the voter's first this epoch)",
		Note: "one transaction for what two votes cost separately"},
		s.send(m[4], e.C.RewardPool, rp.PackVoteMany([]*big.Int{u(3), u(4)}, []*big.Int{tokens(1_000), tokens(1_000)}), "vote many"))
	s.record(Measurement{Action: "RewardPool.claimAuthor", Budget: budgetClaim},
		s.send(m[7], e.C.RewardPool, rp.PackClaimAuthor(u(1)), "claim author"))
	s.record(Measurement{Action: "RewardPool.claimCurator", Budget: budgetClaim},
		s.send(m[1], e.C.RewardPool, rp.PackClaimCurator(u(1)), "claim curator"),
		s.send(m[2], e.C.RewardPool, rp.PackClaimCurator(u(1)), "claim curator"))
	s.record(Measurement{Action: "RewardPool.claimMany (1 author + 1 curator)"},
		s.send(m[8], e.C.RewardPool, rp.PackClaimMany([]*big.Int{u(2)}, []*big.Int{u(1)}), "claim many"))

	s.warp(3, 3600)
	s.send(m[9], e.C.Emission, e.B.Emission.PackRelease(u(2)), "release 2")
	window := e.Config.Rewards.ClaimWindowEpochs
	s.warp(1+window+1, 3600)
	s.record(Measurement{Action: "RewardPool.sweep"},
		s.send(m[9], e.C.RewardPool, rp.PackSweep(u(1)), "sweep"))
	s.record(Measurement{Action: "VestingVault.release"},
		s.send(m[9], e.C.Vault, e.B.Vault.PackRelease(u(e.Schedules["grant"])), "vesting release"))
}

func (s *scenario) governance() {
	e, m := s.e, s.m
	g := e.B.Governor
	targets := []common.Address{e.Addr.RewardPool}
	values := []*big.Int{big.NewInt(0)}
	calldatas := [][]byte{e.B.RewardPool.PackSetParams(tokens(2_000), u(6_000), u(12))}
	description := "Raise the authors' share to 60%"
	s.record(Measurement{Action: "CommunityGovernor.propose"},
		s.send(m[1], e.C.Governor, g.PackPropose(targets, values, calldatas, description), "propose"))
	s.advance(time.Duration(e.Config.Governance.VotingDelay.Seconds()+1) * time.Second)
	id := s.proposalID(targets, values, calldatas, description)
	if s.err != nil {
		return
	}
	s.record(Measurement{Action: "CommunityGovernor.castVote", Baseline: "ReferenceGovernor.castVote",
		Note: "votes read from StakedPower at the proposal snapshot"},
		s.send(m[2], e.C.Governor, g.PackCastVote(id, 1), "cast vote"),
		s.send(m[3], e.C.Governor, g.PackCastVote(id, 1), "cast vote"))
	s.send(m[5], e.C.Governor, g.PackCastVote(id, 1), "cast vote")
	s.send(m[8], e.C.Governor, g.PackCastVote(id, 1), "cast vote")
	s.advance(time.Duration(e.Config.Governance.VotingPeriod.Seconds()+1) * time.Second)
	descHash := crypto.Keccak256Hash([]byte(description))
	s.record(Measurement{Action: "CommunityGovernor.queue"},
		s.send(m[1], e.C.Governor, g.PackQueue(targets, values, calldatas, descHash), "queue"))
	s.advance(time.Duration(e.Config.Governance.TimelockDelay.Seconds()+1) * time.Second)
	s.record(Measurement{Action: "CommunityGovernor.execute (RewardPool.setParams)"},
		s.send(m[9], e.C.Governor, g.PackExecute(targets, values, calldatas, descHash), "execute"))
}

func (s *scenario) proposalID(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) *big.Int {
	if s.err != nil {
		return nil
	}
	g := s.e.B.Governor
	id, err := harness.Call(s.ctx, s.e.C.Governor,
		g.PackHashProposal(targets, values, calldatas, crypto.Keccak256Hash([]byte(description))), g.UnpackHashProposal)
	if err != nil {
		s.err = err
	}
	return id
}

// referenceGovernance measures castVote on a plain OpenZeppelin Governor whose token is a
// plain ERC20Votes, with the same voting delay and period.
func (s *scenario) referenceGovernance() {
	m := s.m
	tok := referencevotestoken.NewReferenceVotesToken()
	gov := referencegovernor.NewReferenceGovernor()
	tokAddr := s.deploy(referencevotestoken.ReferenceVotesTokenMetaData.Bin, tok.PackConstructor(tokens(1_000_000)), m[8])
	tokInst := tok.Instance(s.c.Client(), tokAddr)
	cfg := s.e.Config.Governance
	govAddr := s.deploy(referencegovernor.ReferenceGovernorMetaData.Bin,
		gov.PackConstructor(tokAddr, u(cfg.VotingDelay.Seconds()), uint32(cfg.VotingPeriod.Seconds()), u(4)), m[8])
	govInst := gov.Instance(s.c.Client(), govAddr)
	for _, i := range []int{2, 3} {
		s.send(m[8], tokInst, tok.PackTransfer(m[i].Address, tokens(100_000)), "reference transfer")
		s.send(m[i], tokInst, tok.PackDelegate(m[i].Address), "reference delegate")
	}
	s.send(m[8], tokInst, tok.PackDelegate(m[8].Address), "reference delegate")
	s.advance(time.Hour)
	targets := []common.Address{tokAddr}
	values := []*big.Int{big.NewInt(0)}
	calldatas := [][]byte{tok.PackTransfer(m[9].Address, big.NewInt(1))}
	description := "reference proposal"
	s.send(m[8], govInst, gov.PackPropose(targets, values, calldatas, description), "reference propose")
	s.advance(time.Duration(cfg.VotingDelay.Seconds()+1) * time.Second)
	if s.err != nil {
		return
	}
	id, err := harness.Call(s.ctx, govInst, gov.PackHashProposal(targets, values, calldatas,
		crypto.Keccak256Hash([]byte(description))), gov.UnpackHashProposal)
	if err != nil {
		s.err = err
		return
	}
	s.record(Measurement{Action: "ReferenceGovernor.castVote", Note: "plain OpenZeppelin Governor + ERC20Votes, same settings"},
		s.send(m[2], govInst, gov.PackCastVote(id, 1), "reference cast vote"),
		s.send(m[3], govInst, gov.PackCastVote(id, 1), "reference cast vote"))
}
