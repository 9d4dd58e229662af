package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-dev/apiary/bindings/communitygovernor"
	"github.com/apiary-dev/apiary/bindings/communitytimelock"
	"github.com/apiary-dev/apiary/bindings/communitytoken"
	"github.com/apiary-dev/apiary/bindings/emission"
	"github.com/apiary-dev/apiary/bindings/rewardpool"
	"github.com/apiary-dev/apiary/bindings/stakedpower"
	"github.com/apiary-dev/apiary/bindings/vestingvault"
	"github.com/apiary-dev/apiary/deploy/record"
)

var errNoRecord = errors.New("no deployment record")

// Check is one comparison of the status report.
type Check struct {
	Kind    string `json:"kind"` // "record", "contract", "role", "parameter"
	Subject string `json:"subject"`
	Want    string `json:"want"`
	Got     string `json:"got"`
	OK      bool   `json:"ok"`
}

// Status is the record compared with the chain and the config.
type Status struct {
	RecordPath string  `json:"record"`
	Checks     []Check `json:"checks"`
}

// OK reports whether everything matches.
func (s *Status) OK() bool {
	for _, c := range s.Checks {
		if !c.OK {
			return false
		}
	}
	return len(s.Checks) > 0
}

// Drift lists the checks that do not match.
func (s *Status) Drift() []Check {
	var out []Check
	for _, c := range s.Checks {
		if !c.OK {
			out = append(out, c)
		}
	}
	return out
}

// DeploymentStatus reads the record and the chain and compares, per contract, role and
// parameter, what is there with what the config and the record say should be.
func DeploymentStatus(ctx context.Context, cfg Config) (status *Status, err error) {
	defer func() { err = redacted(err, cfg.Target.RPCURL) }()
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Offline != "" {
		return nil, fmt.Errorf("%w: --offline plans only; status reads a chain", ErrConfig)
	}
	cfg = cfg.withDefaults()
	path := record.Path(cfg.Deployments, cfg.Target.ChainID)
	rec, err := record.Load(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w for chain %d at %s: run `apiary deploy apply` first", errNoRecord, cfg.Target.ChainID, path)
	}
	if err != nil {
		return nil, err
	}
	if cfg.EpochStart == 0 {
		cfg.EpochStart = rec.EpochStart
	}
	d, err := open(ctx, cfg, rec.Deployer, false)
	if err != nil {
		return nil, err
	}
	defer d.close()
	s := &Status{RecordPath: path}
	in, err := d.journalIntent()
	if err != nil {
		return nil, err
	}
	s.add("record", "complete", "true", fmt.Sprint(rec.Complete))
	s.add("record", "config hash", in.ConfigHash, rec.ConfigHash)
	if err := s.contracts(ctx, d, rec); err != nil {
		return nil, err
	}
	if err := s.roles(ctx, d); err != nil {
		return nil, err
	}
	if err := s.parameters(ctx, d); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Status) add(kind, subject, want, got string) {
	s.Checks = append(s.Checks, Check{Kind: kind, Subject: subject, Want: want, Got: got, OK: want == got})
}

func (s *Status) contracts(ctx context.Context, d *deployment, rec *record.Record) error {
	for _, c := range Contracts(d.in) {
		rc := rec.Contract(c.Name)
		if rc == nil {
			s.add("contract", c.Name, c.Address.Hex(), "(not in the record)")
			continue
		}
		s.add("contract", c.Name+" address", c.Address.Hex(), rc.Address.Hex())
		code, err := d.c.CodeAt(ctx, rc.Address, nil)
		if err != nil {
			return fmt.Errorf("status: code of %s: %w", c.Name, err)
		}
		got := "(no code)"
		if len(code) > 0 {
			got = crypto.Keccak256Hash(code).Hex()
		}
		s.add("contract", c.Name+" runtime code hash", rc.RuntimeCodeHash.Hex(), got)
	}
	return nil
}

// RoleRule is one role of the economy's end state: whether Account holds Role on Contract.
type RoleRule struct {
	Contract    string // contract name
	Role        common.Hash
	Account     common.Address
	AccountName string // for people: "timelock", "deployer", ...
	Held        bool
}

// EndStateRoles is every role the hand-over leaves (as sim/harness does): the timelock
// administers everything, the governor proposes and cancels, anyone executes, Emission mints,
// the deployer holds nothing.
func EndStateRoles(at map[string]common.Address, deployer common.Address) []RoleRule {
	return []RoleRule{
		{Token, AdminRole, at[Timelock], "timelock", true},
		{Token, MinterRole, at[Emission], "Emission", true},
		{Token, MinterRole, deployer, "deployer", false},
		{Token, AdminRole, deployer, "deployer", false},
		{Timelock, AdminRole, at[Timelock], "timelock", true},
		{Timelock, AdminRole, deployer, "deployer", false},
		{Timelock, ProposerRole, at[Governor], "governor", true},
		{Timelock, CancellerRole, at[Governor], "governor", true},
		{Timelock, ExecutorRole, common.Address{}, "anyone (0x0)", true},
		{Vault, AdminRole, at[Timelock], "timelock", true},
		{Vault, SchedulerRole, deployer, "deployer", false},
	}
}

// roles compares every role of the end state with the chain.
func (s *Status) roles(ctx context.Context, d *deployment) error {
	at := Addresses(d.in)
	for _, r := range EndStateRoles(at, d.in.Deployer) {
		held, exists, err := HasRole(ctx, d.c, at[r.Contract], r.Role, r.Account)
		if err != nil {
			return fmt.Errorf("status: %s.hasRole: %w", r.Contract, err)
		}
		got := fmt.Sprint(held)
		if !exists {
			got = "(no contract)"
		}
		s.add("role", fmt.Sprintf("%s %s held by %s", r.Contract, RoleName(r.Role), r.AccountName), fmt.Sprint(r.Held), got)
	}
	return nil
}

// parameters compares what the contracts hold with the config.
func (s *Status) parameters(ctx context.Context, d *deployment) error {
	at := Addresses(d.in)
	e := d.in.Economy
	tok, tl, gov := communitytoken.NewCommunityToken(), communitytimelock.NewCommunityTimelock(), communitygovernor.NewCommunityGovernor()
	sp, rp, em, vv := stakedpower.NewStakedPower(), rewardpool.NewRewardPool(), emission.NewEmission(), vestingvault.NewVestingVault()
	str := func(v any) string { return fmt.Sprint(v) }
	params := []param{
		{"token name", Token, tok.PackName(), unp(tok.UnpackName), e.Token.Name},
		{"token symbol", Token, tok.PackSymbol(), unp(tok.UnpackSymbol), e.Token.Symbol},
		{"token cap", Token, tok.PackCap(), unp(tok.UnpackCap), str(e.Token.Cap.Wei())},
		{"emission launch supply", Emission, em.PackLaunchSupply(), unp(em.UnpackLaunchSupply), str(e.TotalAllocated())},
		{"emission epoch start", Emission, em.PackEpochStartTime(), unp(em.UnpackEpochStartTime), str(d.in.EpochStart)},
		{"staked power power-down weeks", StakedPower, sp.PackPowerDownWeeks(), unp(sp.UnpackPowerDownWeeks), str(uint64(e.Staking.PowerDown.Seconds() / (7 * 86400)))},
		{"staked power epoch length", StakedPower, sp.PackEpochLength(), unp(sp.UnpackEpochLength), str(e.Rewards.Epoch.Seconds())},
		{"reward pool epoch length", RewardPool, rp.PackEpochLength(), unp(rp.UnpackEpochLength), str(e.Rewards.Epoch.Seconds())},
		{"reward pool treasury", RewardPool, rp.PackTreasury(), unp(rp.UnpackTreasury), at[Timelock].Hex()},
		{"governor voting delay", Governor, gov.PackVotingDelay(), unp(gov.UnpackVotingDelay), str(e.Governance.VotingDelay.Seconds())},
		{"governor voting period", Governor, gov.PackVotingPeriod(), unp(gov.UnpackVotingPeriod), str(e.Governance.VotingPeriod.Seconds())},
		{"governor proposal threshold", Governor, gov.PackProposalThreshold(), unp(gov.UnpackProposalThreshold), str(e.Governance.ProposalThreshold.Wei())},
		{"governor quorum (bps)", Governor, gov.PackQuorumNumerator0(), unp(gov.UnpackQuorumNumerator0), str(e.Governance.QuorumBPS)},
		{"governor timelock", Governor, gov.PackTimelock(), unp(gov.UnpackTimelock), at[Timelock].Hex()},
		{"governor voting token", Governor, gov.PackToken(), unp(gov.UnpackToken), at[StakedPower].Hex()},
		{"timelock delay", Timelock, tl.PackGetMinDelay(), unp(tl.UnpackGetMinDelay), str(e.Governance.TimelockDelay.Seconds())},
		{"vault schedules", Vault, vv.PackScheduleCount(), unp(vv.UnpackScheduleCount), str(len(VestingInputs(d.in, at)))},
		{"token supply minted at launch (at least)", Token, tok.PackTotalSupply(), atLeast(tok.UnpackTotalSupply, e.TotalAllocated()), "true"},
	}
	r := e.Rewards
	params = append(params, param{"reward pool parameters of epoch 0", RewardPool, rp.PackParamsForEpoch(new(big.Int)), func(b []byte) (string, error) {
		p, err := rp.UnpackParamsForEpoch(b)
		return rewardParams(p.CurveS, uint64(p.AuthorShareBps), uint64(p.ClaimWindowEpochs)), err
	}, rewardParams(r.CurveS.Wei(), r.AuthorShareBPS, r.ClaimWindowEpochs)})
	for i, in := range VestingInputs(d.in, at) {
		params = append(params, param{fmt.Sprintf("vesting schedule %d", i), Vault, vv.PackSchedule(big.NewInt(int64(i))), func(b []byte) (string, error) {
			s, err := vv.UnpackSchedule(b)
			return schedule(s.Beneficiary, s.Amount, uint64(s.Start), uint64(s.Cliff), uint64(s.Duration), s.Revocable), err
		}, schedule(in.Beneficiary, in.Amount, in.Start.Uint64(), in.Cliff.Uint64(), in.Duration.Uint64(), in.Revocable)})
	}
	for _, p := range params {
		out, ok, err := call(ctx, d.c, at[p.contract], p.data)
		got := "(no contract)"
		switch {
		case err != nil:
			got = "(call failed: " + err.Error() + ")"
		case ok:
			if got, err = p.unpack(out); err != nil {
				got = "(undecodable: " + err.Error() + ")"
			}
		}
		s.add("parameter", p.subject, p.want, got)
	}
	return nil
}

// param is one parameter status reads: a view call on a contract and what it should return.
type param struct {
	subject  string
	contract string
	data     []byte
	unpack   func([]byte) (string, error)
	want     string
}

// unp adapts a generated Unpack method to a string result.
func unp[T any](f func([]byte) (T, error)) func([]byte) (string, error) {
	return func(b []byte) (string, error) {
		v, err := f(b)
		if a, ok := any(v).(common.Address); ok {
			return a.Hex(), err
		}
		return fmt.Sprint(v), err
	}
}

func atLeast(f func([]byte) (*big.Int, error), min *big.Int) func([]byte) (string, error) {
	return func(b []byte) (string, error) {
		v, err := f(b)
		if err != nil {
			return "", err
		}
		return fmt.Sprint(v.Cmp(min) >= 0), nil
	}
}

func rewardParams(curveS *big.Int, authorShareBPS, claimWindow uint64) string {
	return fmt.Sprintf("curve s %s, author share %d bps, claim window %d epochs", curveS, authorShareBPS, claimWindow)
}

func schedule(to common.Address, amount *big.Int, start, cliff, duration uint64, revocable bool) string {
	return fmt.Sprintf("%s gets %s from %d, cliff %ds, duration %ds, revocable %v", to.Hex(), amount, start, cliff, duration, revocable)
}
