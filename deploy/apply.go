package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/apiary-dev/apiary/deploy/record"
)

// Result is what apply did.
type Result struct {
	Record     *record.Record
	RecordPath string
	// Sent counts the transactions signed by this run (replacements included); Rounds the
	// rounds of pipelined sends.
	Sent, Rounds int
	// Blocks are the distinct blocks that hold this run's transactions.
	Blocks []uint64
}

// Apply finishes the deployment: it first settles whatever the journal has in flight, then
// sends every step not yet done, round after round, and writes the record. It is safe to
// run again at any time, after a crash included: a finished deployment sends nothing.
func Apply(ctx context.Context, cfg Config) (res *Result, err error) {
	defer func() { err = redacted(err, cfg.Target.RPCURL) }()
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Offline != "" {
		return nil, fmt.Errorf("%w: --offline plans only; apply needs a chain", ErrConfig)
	}
	if cfg.Signer == nil {
		return nil, fmt.Errorf("%w: apply needs a signer (--private-key or --keystore)", ErrConfig)
	}
	cfg = cfg.withDefaults()
	d, err := open(ctx, cfg, cfg.Signer.Address(), true)
	if err != nil {
		return nil, err
	}
	defer d.close()
	if err := d.settleIntent(); err != nil {
		return nil, err
	}
	r := &run{d: d, blocks: map[uint64]bool{}, res: &Result{RecordPath: record.Path(cfg.Deployments, cfg.Target.ChainID)},
		b: &live{c: d.c, j: d.j, signer: cfg.Signer, chainID: new(big.Int).SetUint64(cfg.Target.ChainID),
			legacy: cfg.Fees.Legacy, maxFee: cfg.Fees.MaxFee, resendAfter: cfg.Timing.ResendAfter, poll: cfg.Timing.Poll,
			confirmations: cfg.Target.Confirmations, emit: cfg.Observe, steps: d.byID}}
	if err := r.settle(ctx); err != nil {
		return nil, err
	}
	if err := r.rounds(ctx); err != nil {
		return nil, err
	}
	if err := d.writeRecord(ctx, true); err != nil {
		return nil, err
	}
	if r.res.Record, err = record.Load(r.res.RecordPath); err != nil {
		return nil, err
	}
	for n := range r.blocks {
		r.res.Blocks = append(r.res.Blocks, n)
	}
	slices.Sort(r.res.Blocks)
	cfg.Observe(Event{Kind: EventDone, Done: len(d.steps), Total: len(d.steps)})
	return r.res, nil
}

// run is one apply under way.
type run struct {
	d      *deployment
	b      *live
	res    *Result
	blocks map[uint64]bool
}

// settle waits for whatever the journal signed and never saw mined: those transactions
// hold nonces, so they go before anything new is signed.
func (r *run) settle(ctx context.Context) error {
	flights, err := r.d.st.inFlight(r.d.byID)
	if err != nil || len(flights) == 0 {
		return err
	}
	r.d.cfg.Observe(Event{Kind: EventStage, Detail: fmt.Sprintf("settling %d journaled transactions", len(flights))})
	mined, err := r.b.wait(ctx, flights)
	return r.after(ctx, mined, err)
}

// rounds sends what is left, a round at a time: every pending step whose gas the simulation
// could measure, pipelined, up to a step that must wait for the ones before it to be mined.
func (r *run) rounds(ctx context.Context) error {
	d := r.d
	var lastFirst string
	for round := 0; ; round++ {
		pending, err := d.pending(ctx)
		if err != nil {
			return err
		}
		d.cfg.Observe(Event{Kind: EventStage, Stage: stageOfFirst(pending), Done: len(d.steps) - len(pending), Total: len(d.steps)})
		if len(pending) == 0 {
			return nil
		}
		if pending[0].ID == lastFirst {
			return fmt.Errorf("step %s: mined, but the chain does not show its effect", pending[0].ID)
		}
		lastFirst = pending[0].ID
		est, err := estimate(ctx, d.c, d.in.Deployer, pending)
		if err != nil {
			return err
		}
		if round == 0 {
			if err := preflight(ctx, d, pending, est); err != nil {
				return err
			}
		}
		batch := nextRound(pending)
		if len(est) < len(batch) {
			batch = batch[:len(est)]
		}
		planned := make([]Planned, len(batch))
		for i := range batch {
			planned[i] = Planned{Step: batch[i], Gas: est[i]}
		}
		mined, err := r.b.Broadcast(ctx, planned)
		r.res.Sent += len(batch)
		r.res.Rounds++
		if err := r.after(ctx, mined, err); err != nil {
			return err
		}
		if err := d.writeRecord(ctx, false); err != nil {
			return err
		}
	}
}

// after notes the blocks of what was mined, fails on what reverted, and re-reads the journal.
func (r *run) after(ctx context.Context, mined []Mined, err error) error {
	for _, m := range mined {
		r.blocks[m.Receipt.BlockNumber.Uint64()] = true
	}
	if err != nil {
		return err
	}
	if err := checkMined(ctx, r.d, mined); err != nil {
		return err
	}
	return r.d.reread()
}

func stageOfFirst(pending []Step) string {
	if len(pending) == 0 {
		return ""
	}
	return pending[0].Stage
}

// checkMined fails on a reverted step, and on a contract step that left no code.
func checkMined(ctx context.Context, d *deployment, mined []Mined) error {
	for _, m := range mined {
		if m.Receipt.Status != 1 {
			return fmt.Errorf("%w: %s reverted in %s (block %d)", ErrStepFailed, m.Step.ID, m.Receipt.TxHash.Hex(), m.Receipt.BlockNumber)
		}
		if c := m.Step.Contract; c != nil && m.Call == callHash(m.Step) {
			code, err := d.c.CodeAt(ctx, c.Address, nil)
			if err != nil {
				return fmt.Errorf("step %s: read code: %w", m.Step.ID, err)
			}
			if len(code) == 0 {
				return fmt.Errorf("%w: %s mined in %s but %s has no code", ErrStepFailed, m.Step.ID, m.Receipt.TxHash.Hex(), c.Address.Hex())
			}
		}
	}
	return nil
}

// preflight refuses to start what cannot finish: a deployer with transactions apiary did not
// send, a missing proxy that cannot be deployed, a balance short of the planned cost.
func preflight(ctx context.Context, d *deployment, pending []Step, est []Estimate) error {
	me := d.in.Deployer
	latest, err := d.c.NonceAt(ctx, me, nil)
	if err != nil {
		return fmt.Errorf("preflight: nonce of %s: %w", me.Hex(), err)
	}
	pendingNonce, err := d.c.PendingNonceAt(ctx, me)
	if err != nil {
		return fmt.Errorf("preflight: pending nonce of %s: %w", me.Hex(), err)
	}
	if pendingNonce > latest {
		return fmt.Errorf("%w: %s has %d pending transactions (nonces %d to %d) not in the journal; wait for them or replace them, then re-run",
			ErrForeignPending, me.Hex(), pendingNonce-latest, latest, pendingNonce-1)
	}
	for _, s := range pending {
		if s.Raw == nil {
			continue
		}
		n, err := d.c.NonceAt(ctx, proxySigner, nil)
		if err != nil {
			return fmt.Errorf("preflight: nonce of the proxy's keyless deployer: %w", err)
		}
		if n > 0 {
			return fmt.Errorf("%w: its keyless deployer %s has already used nonce 0 on this chain; deploy the proxy at %s another way",
				ErrProxyUnavailable, proxySigner.Hex(), ProxyAddress.Hex())
		}
		// Offer the presigned transaction before funding its sender: a node that refuses
		// unprotected transactions says so at once, before anything is spent. Otherwise it
		// is refused for want of funds (or accepted, if already funded): both fine.
		if err := (&live{c: d.c}).send(ctx, s.ID, mustTx(s.Raw)); errors.Is(err, ErrProxyUnavailable) {
			return fmt.Errorf("%w (geth needs --rpc.allow-unprotected-txs; or deploy %s there another way)", err, ProxyAddress.Hex())
		}
	}
	fees, err := marketFees(ctx, d.c, d.cfg.Fees.Legacy)
	if err != nil {
		return err
	}
	fees = fees.capped(d.cfg.Fees.MaxFee)
	need := cost(pending, est, fees)
	need.Add(need, new(big.Int).Div(need, big.NewInt(10))) // 10% margin for fee rises
	have, err := d.c.BalanceAt(ctx, me, nil)
	if err != nil {
		return fmt.Errorf("preflight: balance of %s: %w", me.Hex(), err)
	}
	if have.Cmp(need) < 0 {
		short := new(big.Int).Sub(need, have)
		return fmt.Errorf("%w: %s has %s ETH, the %d steps left need up to %s ETH (gas limit × %s gwei max fee, +10%%): short by %s ETH",
			ErrInsufficientFunds, me.Hex(), ether(have), len(pending), ether(need), gwei(fees.Max()), ether(short))
	}
	return nil
}

// ether formats wei as ETH with up to 6 decimals.
func ether(wei *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether))
	return f.Text('f', 6)
}

func gwei(wei *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.GWei))
	return f.Text('f', 3)
}

// Plan is what apply would do now.
type Plan struct {
	ChainID    uint64
	Deployer   common.Address
	EpochStart uint64
	Fees       Fees
	// Done counts the steps already done; InFlight the journal's transactions not yet mined.
	Done, InFlight int
	Steps          []PlannedStep
	TotalGas       uint64
	// TotalCost is the expected cost at the current base fee and tip; MaxCost the most it
	// can cost (gas limits × max fee).
	TotalCost, MaxCost *big.Int
}

// PlannedStep is one transaction left to send.
type PlannedStep struct {
	ID       string          `json:"id"`
	Stage    string          `json:"stage"`
	Name     string          `json:"name"`
	To       common.Address  `json:"to"`
	Contract string          `json:"contract,omitempty"`
	Address  *common.Address `json:"address,omitempty"`
	Calldata int             `json:"calldata_bytes"`
	Gas      uint64          `json:"gas"`
	GasLimit uint64          `json:"gas_limit"`
	Cost     *big.Int        `json:"cost_wei"`
}

// PlanDeployment simulates every step left on the chain's current state (eth_simulateV1, so
// each step runs after the ones before it) and prices it at the current fees. It needs no
// key and sends nothing: the steps go to a capturing broadcaster.
func PlanDeployment(ctx context.Context, cfg Config) (plan *Plan, err error) {
	defer func() { err = redacted(err, cfg.Target.RPCURL) }()
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Offline != "" {
		chain, err := startInProcess(cfg.Offline)
		if err != nil {
			return nil, err
		}
		defer chain.close()
		cfg.Target = Target{RPCURL: chain.url, ChainID: chain.chainID}
		cfg.Deployments = chain.dir
	}
	cfg = cfg.withDefaults()
	from := cfg.From
	if cfg.Signer != nil {
		from = cfg.Signer.Address()
	}
	d, err := open(ctx, cfg, from, false)
	if err != nil {
		return nil, err
	}
	defer d.close()
	if d.st.intent != nil {
		now, err := d.journalIntent()
		if err != nil {
			return nil, err
		}
		if changes := Diff(d.st.intent.Fields, now.Fields); len(changes) > 0 && cfg.ResetFrom == "" {
			return nil, &ChangeError{Changes: changes, Journal: record.JournalPath(cfg.Deployments, cfg.Target.ChainID), Config: cfg.ConfigFile}
		}
	}
	flights, err := d.st.inFlight(d.byID)
	if err != nil {
		return nil, err
	}
	pending, err := d.pending(ctx)
	if err != nil {
		return nil, err
	}
	fees, err := marketFees(ctx, d.c, cfg.Fees.Legacy)
	if err != nil {
		return nil, err
	}
	fees = fees.capped(cfg.Fees.MaxFee)
	p := &Plan{ChainID: d.in.ChainID, Deployer: d.in.Deployer, EpochStart: d.in.EpochStart, Fees: fees,
		Done: len(d.steps) - len(pending), InFlight: len(flights), TotalCost: new(big.Int), MaxCost: new(big.Int)}
	est, err := estimate(ctx, d.c, d.in.Deployer, pending)
	if err != nil {
		return nil, err
	}
	capture := &Capture{}
	round := make([]Planned, 0, len(pending))
	for i, s := range pending {
		var e Estimate
		if i < len(est) {
			e = est[i]
		}
		round = append(round, Planned{Step: s, Gas: e})
	}
	if _, err := capture.Broadcast(ctx, round); err != nil {
		return nil, err
	}
	for _, r := range capture.Rounds {
		for _, pl := range r {
			p.Steps = append(p.Steps, plannedStep(pl, fees))
		}
	}
	for _, s := range p.Steps {
		p.TotalGas += s.Gas
		p.TotalCost.Add(p.TotalCost, s.Cost)
	}
	p.MaxCost = cost(pending, est, fees)
	return p, nil
}

func plannedStep(pl Planned, f Fees) PlannedStep {
	s := pl.Step
	ps := PlannedStep{ID: s.ID, Stage: s.Stage, Name: s.Name, To: s.To, Calldata: len(s.Data), Gas: pl.Gas.Used, GasLimit: pl.Gas.Limit,
		Cost: new(big.Int).Mul(new(big.Int).SetUint64(pl.Gas.Used), f.Expected())}
	if s.Contract != nil {
		ps.Contract = s.Contract.Name
		ps.Address = &s.Contract.Address
	}
	if s.Raw != nil {
		ps.Calldata = len(s.Raw)
		ps.Cost = new(big.Int) // paid by the proxy's keyless deployer, funded by the step before
	}
	if s.Value != nil {
		ps.Cost.Add(ps.Cost, s.Value)
	}
	return ps
}

func mustTx(raw []byte) *types.Transaction {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		panic(err) // only called with the embedded presigned transaction
	}
	return tx
}
