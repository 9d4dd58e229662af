// Package harness deploys a whole economy, as an economy config describes it, into an
// in-process chain (sim/chain) and gives tests, the gas report and simulations typed handles
// on its contracts. It is the simulated counterpart of `apiary deploy`, not a deployer for
// real chains: it signs with dev keys and mines as it goes.
package harness

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-dev/apiary/bindings/communitygovernor"
	"github.com/apiary-dev/apiary/bindings/communitytimelock"
	"github.com/apiary-dev/apiary/bindings/communitytoken"
	"github.com/apiary-dev/apiary/bindings/emission"
	"github.com/apiary-dev/apiary/bindings/rewardpool"
	"github.com/apiary-dev/apiary/bindings/stakedpower"
	"github.com/apiary-dev/apiary/bindings/test/hooktoken"
	"github.com/apiary-dev/apiary/bindings/vestingvault"
	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/engine"
)

// Addresses are where the economy's contracts live.
type Addresses struct {
	Token, Timelock, StakedPower, RewardPool, Emission, Governor, Vault common.Address
}

// Bindings are the generated bindings, one per contract kind.
type Bindings struct {
	Token       *communitytoken.CommunityToken
	Timelock    *communitytimelock.CommunityTimelock
	StakedPower *stakedpower.StakedPower
	RewardPool  *rewardpool.RewardPool
	Emission    *emission.Emission
	Governor    *communitygovernor.CommunityGovernor
	Vault       *vestingvault.VestingVault
}

// Instances are the contracts bound to their addresses, for bind.Call and bind.Transact.
type Instances struct {
	Token, Timelock, StakedPower, RewardPool, Emission, Governor, Vault *bind.BoundContract
}

// Economy is an economy deployed into a chain.
type Economy struct {
	Chain    engine.Engine
	Config   *config.Economy
	Deployer chain.Account
	Addr     Addresses
	B        Bindings
	C        Instances
	// EpochStart is the start of epoch 0; every epoch lasts EpochLength seconds.
	EpochStart, EpochLength uint64
	// Schedules maps a vested allocation's name to its VestingVault schedule id.
	Schedules map[string]uint64
	// HookToken is set when the economy runs on the test-only HookToken (WithHookToken).
	HookToken *hooktoken.HookToken
}

type options struct {
	deployer   *chain.Account
	epochStart uint64
	hookToken  bool
	keepRoles  bool
}

// Option configures Deploy.
type Option func(*options)

// WithDeployer deploys from the given account (default: the chain's first dev account).
func WithDeployer(a chain.Account) Option { return func(o *options) { o.deployer = &a } }

// WithEpochStart sets the start of epoch 0 (default: the latest block's time).
func WithEpochStart(ts uint64) Option { return func(o *options) { o.epochStart = ts } }

// WithHookToken builds the economy on HookToken, a test token that calls contract
// recipients on every transfer, instead of CommunityToken. Test only.
func WithHookToken() Option { return func(o *options) { o.hookToken = true } }

// Deploy validates cfg, deploys every contract, mints the launch allocations (vested ones
// into the VestingVault), wires roles and hands every role to the timelock, renouncing the
// deployer's. After it returns the deployer holds no privilege in the economy.
func Deploy(ctx context.Context, c engine.Engine, cfg *config.Economy, opts ...Option) (*Economy, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("economy config: %w", err)
	}
	o := options{}
	for _, opt := range opts {
		opt(&o)
	}
	deployer := c.Account(0)
	if o.deployer != nil {
		deployer = *o.deployer
	}
	if o.epochStart == 0 {
		now, err := c.Now(ctx)
		if err != nil {
			return nil, err
		}
		o.epochStart = now
	}
	e := &Economy{
		Chain: c, Config: cfg, Deployer: deployer,
		EpochStart: o.epochStart, EpochLength: cfg.Rewards.Epoch.Seconds(),
		Schedules: map[string]uint64{},
		B: Bindings{
			Token:       communitytoken.NewCommunityToken(),
			Timelock:    communitytimelock.NewCommunityTimelock(),
			StakedPower: stakedpower.NewStakedPower(),
			RewardPool:  rewardpool.NewRewardPool(),
			Emission:    emission.NewEmission(),
			Governor:    communitygovernor.NewCommunityGovernor(),
			Vault:       vestingvault.NewVestingVault(),
		},
	}
	s, err := newSender(ctx, c, deployer)
	if err != nil {
		return nil, err
	}
	for _, stage := range []struct {
		name string
		run  func(*sender) error
	}{
		{"deploy token, timelock and staked power", e.deployFirst(o)},
		{"deploy reward pool, emission, governor and vault", e.deploySecond},
		{"grant launch roles", e.grantLaunchRoles},
		{"mint allocations", e.mintAllocations},
		{"create vesting schedules", e.createSchedules},
		{"hand over to the timelock", e.handOver},
	} {
		if err := stage.run(s); err != nil {
			return nil, fmt.Errorf("deploy economy: %s: %w", stage.name, err)
		}
		if err := s.flush(); err != nil {
			return nil, fmt.Errorf("deploy economy: %s: %w", stage.name, err)
		}
	}
	e.bind()
	return e, nil
}

func (e *Economy) bind() {
	cl := e.Chain.Backend()
	e.C = Instances{
		Token:       e.B.Token.Instance(cl, e.Addr.Token),
		Timelock:    e.B.Timelock.Instance(cl, e.Addr.Timelock),
		StakedPower: e.B.StakedPower.Instance(cl, e.Addr.StakedPower),
		RewardPool:  e.B.RewardPool.Instance(cl, e.Addr.RewardPool),
		Emission:    e.B.Emission.Instance(cl, e.Addr.Emission),
		Governor:    e.B.Governor.Instance(cl, e.Addr.Governor),
		Vault:       e.B.Vault.Instance(cl, e.Addr.Vault),
	}
}

// MinterRole is keccak256("MINTER_ROLE"), the role that mints CommunityToken.
var MinterRole = common.BytesToHash(crypto256("MINTER_ROLE"))

// Timelock roles (OpenZeppelin TimelockController).
var (
	ProposerRole  = common.BytesToHash(crypto256("PROPOSER_ROLE"))
	CancellerRole = common.BytesToHash(crypto256("CANCELLER_ROLE"))
	ExecutorRole  = common.BytesToHash(crypto256("EXECUTOR_ROLE"))
	SchedulerRole = common.BytesToHash(crypto256("SCHEDULER_ROLE"))
)

// AdminRole is AccessControl's DEFAULT_ADMIN_ROLE.
var AdminRole = common.Hash{}

func (e *Economy) deployFirst(o options) func(*sender) error {
	return func(s *sender) error {
		cfg := e.Config
		var err error
		if o.hookToken {
			e.HookToken = hooktoken.NewHookToken()
			e.Addr.Token, err = s.deploy(hooktoken.HookTokenMetaData.Bin, e.HookToken.PackConstructor(cfg.Token.Cap.Wei(), s.from.Address))
		} else {
			e.Addr.Token, err = s.deploy(communitytoken.CommunityTokenMetaData.Bin,
				e.B.Token.PackConstructor(cfg.Token.Name, cfg.Token.Symbol, cfg.Token.Cap.Wei(), s.from.Address))
		}
		if err != nil {
			return fmt.Errorf("token: %w", err)
		}
		// Anyone may execute what the delay has passed; proposers are wired once the
		// governor exists. The deployer is admin only until the hand-over.
		e.Addr.Timelock, err = s.deploy(communitytimelock.CommunityTimelockMetaData.Bin,
			e.B.Timelock.PackConstructor(u64(cfg.Governance.TimelockDelay.Seconds()), []common.Address{}, []common.Address{{}}, s.from.Address))
		if err != nil {
			return fmt.Errorf("timelock: %w", err)
		}
		e.Addr.StakedPower, err = s.deploy(stakedpower.StakedPowerMetaData.Bin,
			e.B.StakedPower.PackConstructor(e.Addr.Token, e.Addr.Timelock, e.Addr.Timelock,
				u64(e.EpochStart), u64(e.EpochLength), u64(uint64(cfg.Staking.PowerDown.Std()/config.Week))))
		if err != nil {
			return fmt.Errorf("staked power: %w", err)
		}
		return nil
	}
}

func (e *Economy) deploySecond(s *sender) error {
	cfg := e.Config
	var err error
	r := cfg.Rewards
	e.Addr.RewardPool, err = s.deploy(rewardpool.RewardPoolMetaData.Bin,
		e.B.RewardPool.PackConstructor(e.Addr.Token, e.Addr.StakedPower, e.Addr.Timelock, e.Addr.Timelock,
			u64(e.EpochStart), u64(e.EpochLength), u64(r.AuthorShareBPS), r.CurveS.Wei(), u64(r.ClaimWindowEpochs)))
	if err != nil {
		return fmt.Errorf("reward pool: %w", err)
	}
	m := cfg.Emission
	schedule := [6]*big.Int{u64(m.InitialRateBPS), u64(m.DecayBPSPerYear), u64(m.FloorRateBPS),
		u64(m.Split.ContributionsBPS), u64(m.Split.StakersBPS), u64(m.Split.TreasuryBPS)}
	e.Addr.Emission, err = s.deploy(emission.EmissionMetaData.Bin,
		e.B.Emission.PackConstructor(e.Addr.Token, e.Addr.RewardPool, e.Addr.StakedPower, e.Addr.Timelock, e.Addr.Timelock,
			u64(e.EpochStart), u64(e.EpochLength), cfg.TotalAllocated(), schedule))
	if err != nil {
		return fmt.Errorf("emission: %w", err)
	}
	g := cfg.Governance
	e.Addr.Governor, err = s.deploy(communitygovernor.CommunityGovernorMetaData.Bin,
		e.B.Governor.PackConstructor(e.Addr.StakedPower, e.Addr.Timelock, u64(g.VotingDelay.Seconds()),
			uint32(g.VotingPeriod.Seconds()), g.ProposalThreshold.Wei(), MaxProposalThreshold(cfg), u64(g.QuorumBPS)))
	if err != nil {
		return fmt.Errorf("governor: %w", err)
	}
	e.Addr.Vault, err = s.deploy(vestingvault.VestingVaultMetaData.Bin,
		e.B.Vault.PackConstructor(e.Addr.Token, e.Addr.Timelock, e.Addr.Timelock, s.from.Address))
	if err != nil {
		return fmt.Errorf("vesting vault: %w", err)
	}
	return nil
}

// MaxProposalThreshold is the ceiling governance may raise the proposal threshold to: 1%
// of the token cap, so that holding 1% of all tokens there will ever be always lets a member
// propose.
func MaxProposalThreshold(cfg *config.Economy) *big.Int {
	return new(big.Int).Div(cfg.Token.Cap.Wei(), big.NewInt(100))
}

func (e *Economy) grantLaunchRoles(s *sender) error {
	tok := e.B.Token.Instance(e.Chain.Backend(), e.Addr.Token)
	tl := e.B.Timelock.Instance(e.Chain.Backend(), e.Addr.Timelock)
	return errors.Join(
		s.transact(tok, e.B.Token.PackGrantRole(MinterRole, s.from.Address)),
		s.transact(tok, e.B.Token.PackGrantRole(MinterRole, e.Addr.Emission)),
		s.transact(tl, e.B.Timelock.PackGrantRole(ProposerRole, e.Addr.Governor)),
		s.transact(tl, e.B.Timelock.PackGrantRole(CancellerRole, e.Addr.Governor)),
	)
}

// Beneficiary resolves an allocation's beneficiary: "treasury" is the timelock.
func (e *Economy) Beneficiary(b config.Beneficiary) common.Address {
	if b.Treasury {
		return e.Addr.Timelock
	}
	return b.Address
}

func (e *Economy) mintAllocations(s *sender) error {
	tok := e.B.Token.Instance(e.Chain.Backend(), e.Addr.Token)
	vested := new(big.Int)
	var errs []error
	for _, a := range e.Config.Allocations {
		if a.Vesting != nil {
			vested.Add(vested, a.Amount.Wei())
			continue
		}
		errs = append(errs, s.transact(tok, e.B.Token.PackMint(e.Beneficiary(a.Beneficiary), a.Amount.Wei())))
	}
	if vested.Sign() > 0 {
		errs = append(errs, s.transact(tok, e.B.Token.PackMint(e.Addr.Vault, vested)))
	}
	return errors.Join(errs...)
}

func (e *Economy) createSchedules(s *sender) error {
	var inputs []vestingvault.VestingVaultScheduleInput
	for _, a := range e.Config.Allocations {
		if a.Vesting == nil {
			continue
		}
		e.Schedules[a.Name] = uint64(len(inputs))
		inputs = append(inputs, vestingvault.VestingVaultScheduleInput{
			Beneficiary: e.Beneficiary(a.Beneficiary),
			Amount:      a.Amount.Wei(),
			Start:       u64(e.EpochStart),
			Cliff:       u64(a.Vesting.Cliff.Seconds()),
			Duration:    u64(a.Vesting.Duration.Seconds()),
			Revocable:   a.Vesting.Revocable,
		})
	}
	if len(inputs) == 0 {
		return nil
	}
	return s.transact(e.B.Vault.Instance(e.Chain.Backend(), e.Addr.Vault), e.B.Vault.PackCreateSchedules(inputs))
}

func (e *Economy) handOver(s *sender) error {
	cl := e.Chain.Backend()
	tok := e.B.Token.Instance(cl, e.Addr.Token)
	tl := e.B.Timelock.Instance(cl, e.Addr.Timelock)
	vault := e.B.Vault.Instance(cl, e.Addr.Vault)
	me := s.from.Address
	return errors.Join(
		s.transact(tok, e.B.Token.PackGrantRole(AdminRole, e.Addr.Timelock)),
		s.transact(tok, e.B.Token.PackRevokeRole(MinterRole, me)),
		s.transact(tok, e.B.Token.PackRenounceRole(AdminRole, me)),
		s.transact(vault, e.B.Vault.PackRenounceRole(SchedulerRole, me)),
		s.transact(tl, e.B.Timelock.PackRenounceRole(AdminRole, me)),
	)
}

// sender signs and queues the deployer's transactions with consecutive nonces; flush mines
// them and fails on any revert.
type sender struct {
	ctx     context.Context
	c       engine.Engine
	from    chain.Account
	nonce   uint64
	pending []*types.Transaction
}

func newSender(ctx context.Context, c engine.Engine, from chain.Account) (*sender, error) {
	n, err := c.Backend().PendingNonceAt(ctx, from.Address)
	if err != nil {
		return nil, err
	}
	return &sender{ctx: ctx, c: c, from: from, nonce: n}, nil
}

func (s *sender) opts() *bind.TransactOpts {
	o := s.c.Transactor(s.from)
	o.Context = s.ctx
	o.Nonce = new(big.Int).SetUint64(s.nonce)
	return o
}

func (s *sender) deploy(bin string, args []byte) (common.Address, error) {
	addr, tx, err := bind.DeployContract(s.opts(), common.FromHex(bin), s.c.Backend(), args)
	if err != nil {
		return common.Address{}, explain(err)
	}
	s.nonce++
	s.pending = append(s.pending, tx)
	return addr, nil
}

func (s *sender) transact(inst *bind.BoundContract, data []byte) error {
	tx, err := bind.Transact(inst, s.opts(), data)
	if err != nil {
		return explain(err)
	}
	s.nonce++
	s.pending = append(s.pending, tx)
	return nil
}

func (s *sender) flush() error {
	txs := s.pending
	s.pending = nil
	if len(txs) == 0 {
		return nil
	}
	_, err := s.c.MineOK(s.ctx, txs...)
	return err
}

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
