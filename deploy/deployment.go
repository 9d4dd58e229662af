package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-dev/apiary/bindings"
	"github.com/apiary-dev/apiary/deploy/journal"
	"github.com/apiary-dev/apiary/deploy/record"
)

// Errors callers branch on (all wrapped).
var (
	// ErrWrongChain: the RPC reports another chain than the one named.
	ErrWrongChain = errors.New("the RPC serves another chain")
	// ErrConfigChanged: the config differs from the one the deployment under way started with.
	ErrConfigChanged = errors.New("config changed since the deployment started")
	// ErrInsufficientFunds: the deployer cannot pay for what is left.
	ErrInsufficientFunds = errors.New("deployer balance too low")
	// ErrProxyUnavailable: the CREATE2 proxy is missing and cannot be deployed here.
	ErrProxyUnavailable = errors.New("the CREATE2 deployment proxy is missing and this chain does not accept its presigned deployment")
	// ErrForeignPending: the deployer has pending transactions the journal does not know.
	ErrForeignPending = errors.New("the deployer has pending transactions apiary did not send")
	// ErrStepFailed: a step's transaction reverted.
	ErrStepFailed = errors.New("step failed")
)

// afterAppend is called after every journal append; crash tests replace it.
var afterAppend func(n int)

// deployment is one run against a chain: the intent, its stages, what the journal knows.
type deployment struct {
	cfg    Config
	c      *Client
	in     Intent
	stages []Stage
	steps  []Step
	byID   map[string]Step
	st     *jstate
	j      *journal.Journal // nil when planning
}

// open dials the chain, checks its chain ID, reads the journal and settles the intent.
// deployer is the zero address when unknown (plan without --from): it is then taken from
// the journal or the record.
func open(ctx context.Context, cfg Config, deployer common.Address, write bool) (_ *deployment, err error) {
	c, err := Dial(ctx, cfg.Target.RPCURL, cfg.Timing.RPCAttempt)
	if err != nil {
		return nil, err
	}
	d := &deployment{cfg: cfg, c: c}
	defer func() {
		if err != nil {
			d.close() // the connection, and the journal's lock
		}
	}()
	id, err := c.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain ID from --rpc-url %s: %w", redactURL(cfg.Target.RPCURL), err)
	}
	if id.Uint64() != cfg.Target.ChainID {
		return nil, fmt.Errorf("%w: --rpc-url %s reports chain %d, but --chain-id (or the network's chain_id) is %d",
			ErrWrongChain, redactURL(cfg.Target.RPCURL), id, cfg.Target.ChainID)
	}
	jpath := record.JournalPath(cfg.Deployments, cfg.Target.ChainID)
	var entries []journal.Entry
	if write {
		if d.j, err = journal.Open(jpath); err != nil {
			return nil, err
		}
		d.j.AfterAppend = afterAppend
		entries = d.j.Entries()
	} else if entries, err = journal.Read(jpath); err != nil {
		return nil, err
	}
	if d.st, err = readJournal(entries); err != nil {
		return nil, fmt.Errorf("journal %s: %w", jpath, err)
	}
	rec, err := record.Load(record.Path(cfg.Deployments, cfg.Target.ChainID))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if deployer == (common.Address{}) {
		switch {
		case d.st.intent != nil:
			deployer = d.st.intent.Deployer
		case rec != nil:
			deployer = rec.Deployer
		default:
			return nil, errors.New("--from: needed to plan without a signer (every address depends on the deployer)")
		}
	}
	start := cfg.EpochStart
	switch {
	case start != 0:
	case d.st.intent != nil:
		start = d.st.intent.EpochStart
	case rec != nil:
		start = rec.EpochStart
	default:
		head, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("read the latest block: %w", err)
		}
		start = DefaultEpochStart(head.Time)
	}
	d.in = Intent{Economy: cfg.Economy, ChainID: cfg.Target.ChainID, Deployer: deployer, EpochStart: start}
	d.stages = Stages(d.in)
	d.byID = map[string]Step{}
	for _, s := range d.stages {
		for _, step := range s.Steps {
			d.steps = append(d.steps, step)
			d.byID[step.ID] = step
		}
	}
	return d, nil
}

func (d *deployment) close() {
	if d.j != nil {
		d.j.Close()
	}
	d.c.Close()
}

// journalIntent is the journal form of the intent.
func (d *deployment) journalIntent() (*journal.Intent, error) {
	fields, err := d.in.Fields()
	if err != nil {
		return nil, err
	}
	steps := map[string]common.Hash{}
	for _, s := range d.steps {
		steps[s.ID] = callHash(s)
	}
	return &journal.Intent{ChainID: d.in.ChainID, Deployer: d.in.Deployer, EpochStart: d.in.EpochStart,
		ConfigHash: hashFields(fields), ArtifactsHash: bindings.ArtifactsHash(), Fields: fields, Steps: steps}, nil
}

// settleIntent compares the intent with the journal's. A new deployment records it; a changed
// one is refused, naming every changed field, unless ResetFrom allows it.
func (d *deployment) settleIntent() error {
	now, err := d.journalIntent()
	if err != nil {
		return err
	}
	if d.st.intent == nil {
		return d.j.Append(journal.Entry{Kind: journal.KindIntent, Intent: now})
	}
	changes := Diff(d.st.intent.Fields, now.Fields)
	if len(changes) == 0 {
		return nil
	}
	if d.cfg.ResetFrom == "" {
		return &ChangeError{Changes: changes, Journal: d.j.Path(), Config: d.cfg.ConfigFile}
	}
	// The earliest step whose calldata changed must be in the reset stage or after it.
	first := ""
	for _, s := range d.steps {
		if d.st.intent.Steps[s.ID] != now.Steps[s.ID] {
			first = s.Stage
			break
		}
	}
	if first != "" && stageIndex(first) < stageIndex(d.cfg.ResetFrom) {
		return fmt.Errorf("--reset-from %s: the changes alter stage %q, which comes before it: %w", d.cfg.ResetFrom, first,
			&ChangeError{Changes: changes, Journal: d.j.Path(), Config: d.cfg.ConfigFile})
	}
	if err := d.j.Append(journal.Entry{Kind: journal.KindReset, ResetFrom: d.cfg.ResetFrom, Intent: now}); err != nil {
		return err
	}
	d.st.reset(d.cfg.ResetFrom, now)
	return nil
}

// ChangeError is a config that changed since the deployment under way started.
type ChangeError struct {
	Changes []Change
	Journal string
	Config  string // the config file, when known
}

func (e *ChangeError) Error() string {
	msg := fmt.Sprintf("%v (journal %s):", ErrConfigChanged, e.Journal)
	if e.Config != "" {
		msg = e.Config + ": " + msg
	}
	for _, c := range e.Changes {
		msg += "\n  " + c.String()
	}
	return msg + "\nrestore the config, or re-run with --reset-from STAGE to deploy the changes from that stage on"
}

func (e *ChangeError) Unwrap() error { return ErrConfigChanged }

func stageIndex(name string) int {
	for i, n := range StageNames() {
		if n == name {
			return i
		}
	}
	return -1
}

// pending returns the steps not yet done, in order. The deployer's transactions execute in
// nonce order, so a step done under the current intent implies every step before it is done;
// so does the last stage whose end state holds on the chain. After that prefix, a step is
// done when the journal saw it succeed (the same call, under any intent), when its contract
// is at its CREATE2 address, or, while every step before it is done, when its own check
// holds on the chain.
func (d *deployment) pending(ctx context.Context) ([]Step, error) {
	last := -1
	for i, s := range d.steps {
		if d.st.succeededNow(s) {
			last = i
		}
	}
	end := 0
	for _, st := range d.stages {
		end += len(st.Steps)
		if st.done == nil || len(st.Steps) == 0 || end-1 <= last {
			continue
		}
		ok, err := st.done(ctx, d.c)
		if err != nil {
			return nil, fmt.Errorf("check stage %s: %w", st.Name, err)
		}
		if ok {
			last = end - 1
		}
	}
	var out []Step
	contiguous := true
	for _, s := range d.steps[last+1:] {
		done := d.st.succeeded(s)
		if !done && s.done != nil && (contiguous || s.Contract != nil) {
			// A contract at its CREATE2 address is there for good, whatever comes before it:
			// after --reset-from, unchanged contracts keep their addresses while changed ones
			// before them move.
			ok, err := s.done(ctx, d.c)
			if err != nil {
				return nil, fmt.Errorf("check step %s: %w", s.ID, err)
			}
			done = ok
		}
		if !done {
			contiguous = false
			out = append(out, s)
		}
	}
	return out, nil
}

// nextRound is what can be sent together: the pending steps up to the first presigned one,
// or that one alone (its sender must be funded, and the steps after it need its contract,
// before they can be sent).
func nextRound(pending []Step) []Step {
	if len(pending) > 0 && pending[0].Raw != nil {
		return pending[:1]
	}
	for i, s := range pending {
		if s.Raw != nil {
			return pending[:i]
		}
	}
	return pending
}

// cost is what the steps may cost at most: gas limit × max fee per gas, plus value sent.
func cost(steps []Step, est []Estimate, f Fees) *big.Int {
	total := new(big.Int)
	for i, s := range steps {
		if s.Raw != nil || i >= len(est) {
			continue
		}
		total.Add(total, new(big.Int).Mul(new(big.Int).SetUint64(est[i].Limit), f.Max()))
		if s.Value != nil {
			total.Add(total, s.Value)
		}
	}
	return total
}
