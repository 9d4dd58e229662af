package deploy

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-dev/apiary/bindings"
	"github.com/apiary-dev/apiary/bindings/communitygovernor"
	"github.com/apiary-dev/apiary/bindings/communitytimelock"
	"github.com/apiary-dev/apiary/bindings/communitytoken"
	"github.com/apiary-dev/apiary/bindings/emission"
	"github.com/apiary-dev/apiary/bindings/rewardpool"
	"github.com/apiary-dev/apiary/bindings/stakedpower"
	"github.com/apiary-dev/apiary/bindings/vestingvault"
	"github.com/apiary-dev/apiary/config"
)

// Reader is what the stages read from a chain to know whether they are done.
type Reader interface {
	CodeAt(ctx context.Context, addr common.Address, block *big.Int) ([]byte, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
	BalanceAt(ctx context.Context, addr common.Address, block *big.Int) (*big.Int, error)
}

// Step is one transaction of a deployment.
type Step struct {
	// ID is "<stage>/<name>", unique in a deployment: the journal's and the record's key.
	ID    string
	Stage string
	Name  string
	To    common.Address
	Value *big.Int
	Data  []byte
	// Contract is set on a step that creates a contract (through the CREATE2 proxy).
	Contract *Contract
	// Raw is a transaction signed elsewhere (the proxy's keyless deployment). It uses none of
	// the deployer's nonces, and the steps after it wait until it is mined.
	Raw []byte
	// done reports from the chain whether the step's effect is in place; it is asked only
	// when every earlier step is done. nil: only the journal knows.
	done func(ctx context.Context, r Reader) (bool, error)
}

// Contract is a contract a step creates.
type Contract struct {
	Name     string // the artifact's name: "CommunityToken"
	Address  common.Address
	Salt     common.Hash
	Initcode []byte
	// Args are the ABI-encoded constructor arguments (the tail of Initcode).
	Args []byte
	// ArtifactHash is a SHA-256 over the artifact's creation bytecode and ABI.
	ArtifactHash string
}

// Stage is a named group of steps with a check of its end state.
type Stage struct {
	Name  string
	Steps []Step
	// done reports whether the stage's end state holds on the chain (nil: all steps done).
	done func(ctx context.Context, r Reader) (bool, error)
}

// Stage names, in order.
const (
	StageProxy       = "proxy"
	StageContracts   = "contracts"
	StageRoles       = "roles"
	StageAllocations = "allocations"
	StageVesting     = "vesting"
	StageHandover    = "handover"
)

// StageNames lists the stages in the order they run.
func StageNames() []string {
	return []string{StageProxy, StageContracts, StageRoles, StageAllocations, StageVesting, StageHandover}
}

// Role identifiers (OpenZeppelin AccessControl and TimelockController).
var (
	AdminRole     = common.Hash{}
	MinterRole    = crypto.Keccak256Hash([]byte("MINTER_ROLE"))
	ProposerRole  = crypto.Keccak256Hash([]byte("PROPOSER_ROLE"))
	CancellerRole = crypto.Keccak256Hash([]byte("CANCELLER_ROLE"))
	ExecutorRole  = crypto.Keccak256Hash([]byte("EXECUTOR_ROLE"))
	SchedulerRole = crypto.Keccak256Hash([]byte("SCHEDULER_ROLE"))
)

// RoleName names a role for people.
func RoleName(r common.Hash) string {
	switch r {
	case AdminRole:
		return "DEFAULT_ADMIN_ROLE"
	case MinterRole:
		return "MINTER_ROLE"
	case ProposerRole:
		return "PROPOSER_ROLE"
	case CancellerRole:
		return "CANCELLER_ROLE"
	case ExecutorRole:
		return "EXECUTOR_ROLE"
	case SchedulerRole:
		return "SCHEDULER_ROLE"
	}
	return r.Hex()
}

// Contract names (artifact names), in deployment order.
const (
	Token       = "CommunityToken"
	Timelock    = "CommunityTimelock"
	StakedPower = "StakedPower"
	RewardPool  = "RewardPool"
	Emission    = "Emission"
	Governor    = "CommunityGovernor"
	Vault       = "VestingVault"
)

// contractSpec is one contract of the economy: its creation code and its constructor
// arguments, which may use the addresses of the contracts listed before it. Adding a
// contract to the economy is one entry here (plus its roles below).
type contractSpec struct {
	name string
	bin  string
	args func(in Intent, at map[string]common.Address) []byte
}

var contractSpecs = []contractSpec{
	{Token, communitytoken.CommunityTokenMetaData.Bin, func(in Intent, at map[string]common.Address) []byte {
		t := in.Economy.Token
		return communitytoken.NewCommunityToken().PackConstructor(t.Name, t.Symbol, t.Cap.Wei(), in.Deployer)
	}},
	{Timelock, communitytimelock.CommunityTimelockMetaData.Bin, func(in Intent, at map[string]common.Address) []byte {
		// Anyone may execute what the delay has passed; the governor becomes proposer in the
		// roles stage. The deployer is admin only until the hand-over.
		return communitytimelock.NewCommunityTimelock().PackConstructor(u64(in.Economy.Governance.TimelockDelay.Seconds()),
			[]common.Address{}, []common.Address{{}}, in.Deployer)
	}},
	{StakedPower, stakedpower.StakedPowerMetaData.Bin, func(in Intent, at map[string]common.Address) []byte {
		e := in.Economy
		return stakedpower.NewStakedPower().PackConstructor(at[Token], at[Timelock], at[Timelock],
			u64(in.EpochStart), u64(e.Rewards.Epoch.Seconds()), u64(uint64(e.Staking.PowerDown.Std()/config.Week)))
	}},
	{RewardPool, rewardpool.RewardPoolMetaData.Bin, func(in Intent, at map[string]common.Address) []byte {
		r := in.Economy.Rewards
		return rewardpool.NewRewardPool().PackConstructor(at[Token], at[StakedPower], at[Timelock], at[Timelock],
			u64(in.EpochStart), u64(r.Epoch.Seconds()), u64(r.AuthorShareBPS), r.CurveS.Wei(), u64(r.ClaimWindowEpochs))
	}},
	{Emission, emission.EmissionMetaData.Bin, func(in Intent, at map[string]common.Address) []byte {
		e := in.Economy
		m := e.Emission
		schedule := [6]*big.Int{u64(m.InitialRateBPS), u64(m.DecayBPSPerYear), u64(m.FloorRateBPS),
			u64(m.Split.ContributionsBPS), u64(m.Split.StakersBPS), u64(m.Split.TreasuryBPS)}
		return emission.NewEmission().PackConstructor(at[Token], at[RewardPool], at[StakedPower], at[Timelock], at[Timelock],
			u64(in.EpochStart), u64(e.Rewards.Epoch.Seconds()), e.TotalAllocated(), schedule)
	}},
	{Governor, communitygovernor.CommunityGovernorMetaData.Bin, func(in Intent, at map[string]common.Address) []byte {
		g := in.Economy.Governance
		return communitygovernor.NewCommunityGovernor().PackConstructor(at[StakedPower], at[Timelock], u64(g.VotingDelay.Seconds()),
			uint32(g.VotingPeriod.Seconds()), g.ProposalThreshold.Wei(), MaxProposalThreshold(in.Economy), u64(g.QuorumBPS))
	}},
	{Vault, vestingvault.VestingVaultMetaData.Bin, func(in Intent, at map[string]common.Address) []byte {
		return vestingvault.NewVestingVault().PackConstructor(at[Token], at[Timelock], at[Timelock], in.Deployer)
	}},
}

// MaxProposalThreshold is the ceiling governance may raise the proposal threshold to: 1% of
// the cap (as in sim/harness).
func MaxProposalThreshold(e *config.Economy) *big.Int {
	return new(big.Int).Div(e.Token.Cap.Wei(), big.NewInt(100))
}

// Contracts computes every contract of the economy, with its CREATE2 address, in
// deployment order.
func Contracts(in Intent) []Contract {
	at := map[string]common.Address{}
	out := make([]Contract, 0, len(contractSpecs))
	for _, s := range contractSpecs {
		args := s.args(in, at)
		initcode := append(common.FromHex(s.bin), args...)
		salt := Salt(in.Economy.Salt, s.name)
		c := Contract{Name: s.name, Salt: salt, Initcode: initcode, Args: args,
			Address: Create2Address(salt, initcode), ArtifactHash: artifactHash(s.name)}
		at[s.name] = c.Address
		out = append(out, c)
	}
	return out
}

// Addresses maps contract names to their addresses.
func Addresses(in Intent) map[string]common.Address {
	out := map[string]common.Address{}
	for _, c := range Contracts(in) {
		out[c.Name] = c.Address
	}
	return out
}

func artifactHash(name string) string {
	a, err := bindings.LoadArtifact(name)
	if err != nil {
		return ""
	}
	h := sha256.New()
	h.Write([]byte(a.Bytecode))
	h.Write(a.ABI)
	return hex.EncodeToString(h.Sum(nil))
}

// Beneficiary resolves an allocation's beneficiary: "treasury" is the timelock.
func Beneficiary(b config.Beneficiary, at map[string]common.Address) common.Address {
	if b.Treasury {
		return at[Timelock]
	}
	return b.Address
}

// Stages is the whole deployment of the intent: the same end state as sim/harness
// (contracts, launch roles, allocations, vesting schedules, every role handed to the
// timelock and the deployer's renounced), reached through CREATE2.
func Stages(in Intent) []Stage {
	contracts := Contracts(in)
	at := map[string]common.Address{}
	for _, c := range contracts {
		at[c.Name] = c.Address
	}
	me := in.Deployer
	tok, tl, vault := communitytoken.NewCommunityToken(), communitytimelock.NewCommunityTimelock(), vestingvault.NewVestingVault()

	proxy := Stage{Name: StageProxy, done: hasCode(ProxyAddress), Steps: []Step{
		{Name: "fund the proxy's keyless deployer", To: proxySigner, Value: proxyFunding, done: proxyFunded},
		{Name: "deploy the CREATE2 proxy (presigned)", Raw: proxyRawTx, done: hasCode(ProxyAddress)},
	}}

	deploys := Stage{Name: StageContracts}
	for i := range contracts {
		c := &contracts[i]
		deploys.Steps = append(deploys.Steps, Step{Name: c.Name, To: ProxyAddress,
			Data: append(c.Salt.Bytes(), c.Initcode...), Contract: c, done: hasCode(c.Address)})
	}

	grant := func(name, contract string, data []byte, role common.Hash, who common.Address) Step {
		return Step{Name: name, To: at[contract], Data: data, done: roleIs(at[contract], role, who, true)}
	}
	roles := Stage{Name: StageRoles, Steps: []Step{
		grant("grant MINTER_ROLE to the deployer", Token, tok.PackGrantRole(MinterRole, me), MinterRole, me),
		grant("grant MINTER_ROLE to Emission", Token, tok.PackGrantRole(MinterRole, at[Emission]), MinterRole, at[Emission]),
		grant("grant PROPOSER_ROLE to the governor", Timelock, tl.PackGrantRole(ProposerRole, at[Governor]), ProposerRole, at[Governor]),
		grant("grant CANCELLER_ROLE to the governor", Timelock, tl.PackGrantRole(CancellerRole, at[Governor]), CancellerRole, at[Governor]),
	}}

	allocated := in.Economy.TotalAllocated()
	allocations := Stage{Name: StageAllocations, done: supplyAtLeast(at[Token], allocated)}
	vested := new(big.Int)
	for _, a := range in.Economy.Allocations {
		if a.Vesting != nil {
			vested.Add(vested, a.Amount.Wei())
			continue
		}
		allocations.Steps = append(allocations.Steps, Step{Name: "mint " + a.Name, To: at[Token],
			Data: tok.PackMint(Beneficiary(a.Beneficiary, at), a.Amount.Wei())})
	}
	if vested.Sign() > 0 {
		allocations.Steps = append(allocations.Steps, Step{Name: "mint the vested allocations into the vault", To: at[Token],
			Data: tok.PackMint(at[Vault], vested)})
	}

	inputs := VestingInputs(in, at)
	vesting := Stage{Name: StageVesting, done: schedulesAtLeast(at[Vault], len(inputs))}
	if len(inputs) > 0 {
		vesting.Steps = []Step{{Name: fmt.Sprintf("create %d vesting schedules", len(inputs)), To: at[Vault],
			Data: vault.PackCreateSchedules(inputs)}}
	}

	revoke := func(name, contract string, data []byte, role common.Hash) Step {
		return Step{Name: name, To: at[contract], Data: data, done: roleIs(at[contract], role, me, false)}
	}
	handover := Stage{Name: StageHandover, done: handedOver(at, me), Steps: []Step{
		grant("grant the token's DEFAULT_ADMIN_ROLE to the timelock", Token, tok.PackGrantRole(AdminRole, at[Timelock]), AdminRole, at[Timelock]),
		revoke("revoke the deployer's MINTER_ROLE", Token, tok.PackRevokeRole(MinterRole, me), MinterRole),
		revoke("renounce the deployer's token DEFAULT_ADMIN_ROLE", Token, tok.PackRenounceRole(AdminRole, me), AdminRole),
		revoke("renounce the deployer's vault SCHEDULER_ROLE", Vault, vault.PackRenounceRole(SchedulerRole, me), SchedulerRole),
		revoke("renounce the deployer's timelock DEFAULT_ADMIN_ROLE", Timelock, tl.PackRenounceRole(AdminRole, me), AdminRole),
	}}

	stages := []Stage{proxy, deploys, roles, allocations, vesting, handover}
	for i := range stages {
		for j := range stages[i].Steps {
			s := &stages[i].Steps[j]
			s.Stage = stages[i].Name
			s.ID = s.Stage + "/" + s.Name
		}
	}
	return stages
}

// VestingInputs are the vesting schedules of the vested allocations, in config order.
func VestingInputs(in Intent, at map[string]common.Address) []vestingvault.VestingVaultScheduleInput {
	var inputs []vestingvault.VestingVaultScheduleInput
	for _, a := range in.Economy.Allocations {
		if a.Vesting == nil {
			continue
		}
		inputs = append(inputs, vestingvault.VestingVaultScheduleInput{
			Beneficiary: Beneficiary(a.Beneficiary, at),
			Amount:      a.Amount.Wei(),
			Start:       u64(in.EpochStart),
			Cliff:       u64(a.Vesting.Cliff.Seconds()),
			Duration:    u64(a.Vesting.Duration.Seconds()),
			Revocable:   a.Vesting.Revocable,
		})
	}
	return inputs
}

func hasCode(addr common.Address) func(context.Context, Reader) (bool, error) {
	return func(ctx context.Context, r Reader) (bool, error) {
		code, err := r.CodeAt(ctx, addr, nil)
		return len(code) > 0, err
	}
}

func proxyFunded(ctx context.Context, r Reader) (bool, error) {
	if ok, err := hasCode(ProxyAddress)(ctx, r); ok || err != nil {
		return ok, err
	}
	bal, err := r.BalanceAt(ctx, proxySigner, nil)
	if err != nil {
		return false, err
	}
	return bal.Cmp(proxyFunding) >= 0, nil
}

// call runs a view call; ok is false when the contract has no code.
func call(ctx context.Context, r Reader, to common.Address, data []byte) (out []byte, ok bool, err error) {
	code, err := r.CodeAt(ctx, to, nil)
	if err != nil || len(code) == 0 {
		return nil, false, err
	}
	out, err = r.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	return out, err == nil, err
}

// HasRole reads AccessControl.hasRole; exists is false when the contract has no code.
func HasRole(ctx context.Context, r Reader, contract common.Address, role common.Hash, who common.Address) (held, exists bool, err error) {
	b := communitytoken.NewCommunityToken() // every AccessControl contract has the same hasRole
	out, ok, err := call(ctx, r, contract, b.PackHasRole(role, who))
	if !ok || err != nil {
		return false, false, err
	}
	held, err = b.UnpackHasRole(out)
	return held, true, err
}

func roleIs(contract common.Address, role common.Hash, who common.Address, want bool) func(context.Context, Reader) (bool, error) {
	return func(ctx context.Context, r Reader) (bool, error) {
		held, exists, err := HasRole(ctx, r, contract, role, who)
		return exists && held == want, err
	}
}

func supplyAtLeast(token common.Address, want *big.Int) func(context.Context, Reader) (bool, error) {
	return func(ctx context.Context, r Reader) (bool, error) {
		b := communitytoken.NewCommunityToken()
		out, ok, err := call(ctx, r, token, b.PackTotalSupply())
		if !ok || err != nil {
			return false, err
		}
		supply, err := b.UnpackTotalSupply(out)
		return err == nil && supply.Cmp(want) >= 0, err
	}
}

func schedulesAtLeast(vault common.Address, n int) func(context.Context, Reader) (bool, error) {
	return func(ctx context.Context, r Reader) (bool, error) {
		b := vestingvault.NewVestingVault()
		out, ok, err := call(ctx, r, vault, b.PackScheduleCount())
		if !ok || err != nil {
			return false, err
		}
		count, err := b.UnpackScheduleCount(out)
		return err == nil && count.Cmp(big.NewInt(int64(n))) >= 0, err
	}
}

// handedOver holds once the deployer holds none of the roles the constructors gave it and
// the timelock administers the token: nothing before the hand-over can look like that.
func handedOver(at map[string]common.Address, me common.Address) func(context.Context, Reader) (bool, error) {
	return func(ctx context.Context, r Reader) (bool, error) {
		checks := []struct {
			contract common.Address
			role     common.Hash
			who      common.Address
			want     bool
		}{
			{at[Token], AdminRole, at[Timelock], true},
			{at[Token], MinterRole, me, false},
			{at[Token], AdminRole, me, false},
			{at[Vault], SchedulerRole, me, false},
			{at[Timelock], AdminRole, me, false},
		}
		for _, c := range checks {
			ok, err := roleIs(c.contract, c.role, c.who, c.want)(ctx, r)
			if !ok || err != nil {
				return false, err
			}
		}
		return true, nil
	}
}

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
