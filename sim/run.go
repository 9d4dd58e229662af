package sim

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/engine"
	"github.com/apiary-dev/apiary/sim/fast"
	"github.com/apiary-dev/apiary/sim/hardfork"
	"github.com/apiary-dev/apiary/sim/harness"
	"github.com/apiary-dev/apiary/sim/metrics"
)

// Engines names the engines a simulation can run on.
var Engines = []string{"fast", "simulated"}

// Options are a simulation's settings beyond the scenario; zero values keep the
// scenario's own.
type Options struct {
	Engine   string // "fast" (default) or "simulated"
	Hardfork string // default hardfork.Default
	Seed     *uint64
	Runs     int
	Jobs     int // parallel runs; default all cores
	Members  int // population size: every kind's count scaled to it
	Epochs   int
	// Progress, when set, is called after every simulated epoch of every run with the
	// epochs done and the total; it may be called from several goroutines.
	Progress func(done, total int)
}

// Summary is what a simulation did, beside its metrics: for the CLI's summary line.
type Summary struct {
	Actions int           // transactions sent by members and the keeper
	Elapsed time.Duration // wall time of the runs
}

// Simulate runs the scenario: every sweep point times every run, in parallel, each on its
// own chain. A failed run is recorded in the result with its seed; it does not stop the
// others. The error is for problems that stop everything (a bad option, a cancelled
// context).
func Simulate(ctx context.Context, sc *Scenario, opts Options) (*metrics.Result, Summary, error) {
	sc, opts, err := prepare(sc, opts)
	if err != nil {
		return nil, Summary{}, err
	}
	points := sc.Points()
	var kindNames []string
	var honest []bool
	for _, a := range sc.Agents {
		if indexOf(kindNames, a.Kind) < 0 {
			kindNames = append(kindNames, a.Kind)
			honest = append(honest, kinds[a.Kind].honest)
		}
	}
	total := len(points) * sc.Runs
	runs := make([]metrics.Run, total)
	keys := memberKeys(sc.Members())
	var done, actions atomic.Int64
	progress := func() {
		d := done.Add(1)
		if opts.Progress != nil {
			opts.Progress(int(d), total*sc.Epochs)
		}
	}
	start := time.Now()
	work := make(chan int)
	var wg sync.WaitGroup
	for j := 0; j < opts.Jobs; j++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				p, r := i/sc.Runs, i%sc.Runs
				run := metrics.Run{Index: i, Point: p, Seed: RunSeed(*opts.Seed, r), Kinds: kindNames}
				for _, st := range points[p] {
					run.Params = append(run.Params, metrics.Param{Key: st.Key, Value: fmt.Sprint(st.Value)})
				}
				n, err := runOne(ctx, sc, opts, points[p], keys, &run, progress)
				actions.Add(int64(n))
				if err != nil {
					run.Err = err.Error()
				}
				runs[i] = run
			}
		}()
	}
	for i := 0; i < total; i++ {
		select {
		case work <- i:
		case <-ctx.Done():
		}
	}
	close(work)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, Summary{}, err
	}
	var params [][]metrics.Param
	for _, p := range points {
		var ps []metrics.Param
		for _, st := range p {
			ps = append(ps, metrics.Param{Key: st.Key, Value: fmt.Sprint(st.Value)})
		}
		params = append(params, ps)
	}
	res := &metrics.Result{Scenario: sc.Name, Engine: opts.Engine, Hardfork: opts.Hardfork, Seed: *opts.Seed,
		Members: sc.Members(), Epochs: sc.Epochs, Runs: sc.Runs, Kinds: kindNames, Honest: honest,
		Points: metrics.Aggregate(runs, params, kindNames, honest, sc.Epochs), All: runs}
	return res, Summary{Actions: int(actions.Load()), Elapsed: time.Since(start)}, nil
}

// prepare applies the options to a copy of the scenario and fills defaults.
func prepare(sc *Scenario, opts Options) (*Scenario, Options, error) {
	c := *sc
	if opts.Engine == "" {
		opts.Engine = "fast"
	}
	if indexOf(Engines, opts.Engine) < 0 {
		return nil, opts, fmt.Errorf("engine %q: want one of %s", opts.Engine, strings.Join(Engines, ", "))
	}
	if opts.Hardfork == "" {
		opts.Hardfork = hardfork.Default
	}
	if _, err := hardfork.Config(opts.Hardfork); err != nil {
		return nil, opts, err
	}
	if opts.Seed == nil {
		seed := sc.Seed
		opts.Seed = &seed
	}
	if opts.Runs > 0 {
		c.Runs = opts.Runs
	}
	if opts.Epochs > 0 {
		c.Epochs = opts.Epochs
	}
	if opts.Jobs <= 0 {
		opts.Jobs = runtime.NumCPU()
	}
	if opts.Members > 0 {
		scaled, err := scalePopulation(c.Agents, opts.Members)
		if err != nil {
			return nil, opts, err
		}
		c.Agents = scaled
	}
	return &c, opts, nil
}

// scalePopulation scales every kind's count to a population of n, by largest remainder,
// keeping at least one member of each kind.
func scalePopulation(agents []AgentSpec, n int) ([]AgentSpec, error) {
	if n < len(agents) {
		return nil, fmt.Errorf("members %d: the scenario has %d kinds of agent, each needs a member", n, len(agents))
	}
	total := 0
	for _, a := range agents {
		total += a.Count
	}
	out := append([]AgentSpec(nil), agents...)
	type rem struct {
		i int
		r float64
	}
	assigned := 0
	var rems []rem
	for i, a := range agents {
		exact := float64(a.Count) * float64(n) / float64(total)
		out[i].Count = max(1, int(exact))
		assigned += out[i].Count
		rems = append(rems, rem{i, exact - float64(int(exact))})
	}
	for assigned < n {
		best := 0
		for j := range rems {
			if rems[j].r > rems[best].r {
				best = j
			}
		}
		out[rems[best].i].Count++
		rems[best].r = -1
		assigned++
	}
	for assigned > n { // the at-least-one rule overshot: take from the largest kind
		big := 0
		for i := range out {
			if out[i].Count > out[big].Count {
				big = i
			}
		}
		out[big].Count--
		assigned--
	}
	return out, nil
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

// RunSeed is run r's seed: the master seed itself for run 0 (so `--seed S --runs 1`
// replays the run that printed seed S), a hash of both for the others. Every sweep point
// uses the same seeds, so points differ by their settings, not by luck.
func RunSeed(master uint64, r int) uint64 {
	if r == 0 {
		return master
	}
	var buf [8 + 8 + 10]byte
	copy(buf[:10], "apiary run")
	binary.BigEndian.PutUint64(buf[10:], master)
	binary.BigEndian.PutUint64(buf[18:], uint64(r))
	h := sha256.Sum256(buf[:])
	return binary.BigEndian.Uint64(h[:8])
}

// memberKey is a simulated member's key: keccak256("apiary sim member <i>").
type memberKey struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

var (
	keyCache   []memberKey
	keyCacheMu sync.Mutex
)

// memberKeys derives the first n member keys, once per process: deriving an address costs
// a curve multiplication, and every run has the same members.
func memberKeys(n int) []memberKey {
	keyCacheMu.Lock()
	defer keyCacheMu.Unlock()
	for i := len(keyCache); i < n; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("apiary sim member %d", i))))
		if err != nil {
			panic(err)
		}
		keyCache = append(keyCache, memberKey{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)})
	}
	return keyCache[:n]
}

// memberEther is each member's ether at genesis, for gas.
var memberEther = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))

// runOne simulates one run into run and returns the transactions it sent. A panic in an
// agent or the engine fails the run, not the process.
func runOne(ctx context.Context, sc *Scenario, opts Options, settings []Setting, keys []memberKey, run *metrics.Run, progress func()) (sent int, err error) {
	defer func() {
		if r := recover(); r != nil {
			stack := strings.Split(string(debug.Stack()), "\n")
			err = fmt.Errorf("panic: %v (%s)", r, strings.TrimSpace(strings.Join(stack[min(len(stack), 7):min(len(stack), 9)], " ")))
		}
	}()
	cfg, err := sc.economyAt(settings)
	if err != nil {
		return 0, err
	}
	members := make([]*Member, 0, len(keys))
	var specOf []int
	for si, spec := range sc.Agents {
		for j := 0; j < spec.Count; j++ {
			i := len(members)
			amount := spec.Tokens.Wei()
			if e, ok := spec.Behavior.(Endower); ok {
				amount = e.Endowment(j, amount)
			}
			b, _ := config.ParseBeneficiary(keys[i].addr.Hex())
			cfg.Allocations = append(cfg.Allocations, config.Allocation{Name: fmt.Sprintf("sim-member-%d", i), Beneficiary: b,
				Amount: config.AmountFromWei(amount)})
			members = append(members, &Member{Index: i, Address: keys[i].addr, Kind: spec.Kind, Honest: kinds[spec.Kind].honest,
				kindIndex: indexOf(run.Kinds, spec.Kind), balance: new(big.Int).Set(amount), staked: new(big.Int),
				initial: new(big.Int).Set(amount), reward: new(big.Int)})
			specOf = append(specOf, si)
		}
	}
	if err := cfg.Validate(); err != nil {
		return 0, fmt.Errorf("economy with the population's allocations: %w", err)
	}
	alloc := types.GenesisAlloc{}
	for _, k := range keys {
		alloc[k.addr] = types.Account{Balance: memberEther}
	}
	eng, exec, err := newEngine(opts, alloc, keys)
	if err != nil {
		return 0, err
	}
	defer eng.Close()
	eco, err := harness.Deploy(ctx, eng, cfg)
	if err != nil {
		return 0, fmt.Errorf("deploy: %w", err)
	}
	w := &World{ctx: ctx, eco: eco, exec: exec, rng: rand.New(rand.NewPCG(run.Seed, run.Seed^0x9e3779b97f4a7c15)),
		members: members, byAddr: map[common.Address]*Member{}, keeper: eco.Deployer.Address, kinds: run.Kinds,
		claimWindow: int(cfg.Rewards.ClaimWindowEpochs)}
	if sim, ok := exec.(*simulatedExecutor); ok {
		sim.keys[w.keeper] = eco.Deployer.Key
	}
	for _, k := range run.Kinds {
		w.honest = append(w.honest, kinds[k].honest)
	}
	w.ev = eventIDs{
		transfer:       eco.B.Token.GetABI().Events["Transfer"].ID,
		stakingClaimed: eco.B.StakedPower.GetABI().Events["StakingRewardsClaimed"].ID,
		authorClaimed:  eco.B.RewardPool.GetABI().Events["AuthorRewardClaimed"].ID,
		curatorClaimed: eco.B.RewardPool.GetABI().Events["CuratorRewardClaimed"].ID,
		released:       eco.B.Emission.GetABI().Events["Released"].ID,
		submitted:      eco.B.RewardPool.GetABI().Events["ContributionSubmitted"].ID,
	}
	for _, m := range members {
		w.byAddr[m.Address] = m
	}
	w.agents = make([]Agent, len(members))
	for si, spec := range sc.Agents {
		var group []*Member
		for i, m := range members {
			if specOf[i] == si {
				group = append(group, m)
			}
		}
		agents := spec.Behavior.Agents(group)
		if len(agents) != len(group) {
			return 0, fmt.Errorf("kind %s made %d agents for %d members", spec.Kind, len(agents), len(group))
		}
		for j, m := range group {
			w.agents[m.Index] = agents[j]
		}
	}
	sent, err = w.simulate(sc.Epochs, run, progress)
	if err != nil {
		return sent, err
	}
	if err := w.audit(); err != nil {
		return sent, err
	}
	run.Totals = w.totals()
	return sent, nil
}

func newEngine(opts Options, alloc types.GenesisAlloc, keys []memberKey) (engine.Engine, executor, error) {
	switch opts.Engine {
	case "simulated":
		c, err := chain.New(chain.WithAccounts(1), chain.WithAlloc(alloc), chain.WithHardfork(opts.Hardfork),
			chain.WithBlockGasLimit(2_000_000_000))
		if err != nil {
			return nil, nil, err
		}
		// Blocks follow the wall clock until the chain is ahead of it, so a deployment that
		// straddled a second boundary would space its blocks differently from the fast
		// engine's (one second apart). An hour ahead, every block is its parent + 1 s.
		ctx := context.Background()
		now, err := c.Now(ctx)
		if err == nil {
			err = c.WarpTo(ctx, now+3600)
		}
		if err != nil {
			c.Close()
			return nil, nil, fmt.Errorf("simulated chain: move ahead of the wall clock: %w", err)
		}
		km := make(map[common.Address]*ecdsa.PrivateKey, len(keys))
		for _, k := range keys {
			km[k.addr] = k.key
		}
		return c, newSimulatedExecutor(c, km), nil
	default:
		e, err := fast.New(fast.WithAccounts(1), fast.WithAlloc(alloc), fast.WithHardfork(opts.Hardfork),
			fast.WithKeepBlocks(1), fast.WithBlockGasLimit(1<<40), fast.WithLazyRoots())
		if err != nil {
			return nil, nil, err
		}
		return e, fastExecutor{e}, nil
	}
}

// simulate runs the epochs: each opens with the keeper's release and sweep and the agents'
// open phase, and has a curation phase half-way through.
func (w *World) simulate(epochs int, run *metrics.Run, progress func()) (int, error) {
	sent := 0
	e := w.eco
	for ep := 0; ep < epochs; ep++ {
		if err := w.ctx.Err(); err != nil {
			return sent, err
		}
		w.epoch = ep
		w.resetEpoch()
		if err := e.WarpToEpoch(w.ctx, uint64(ep), 3600); err != nil {
			return sent, fmt.Errorf("epoch %d: %w", ep, err)
		}
		if ep >= 1 {
			w.send(nil, e.Addr.Emission, e.B.Emission.PackRelease(big.NewInt(int64(ep-1))), nil)
		}
		if old := ep - 2 - w.claimWindow; old >= 0 {
			w.send(nil, e.Addr.RewardPool, e.B.RewardPool.PackSweep(big.NewInt(int64(old))), nil)
		}
		// The keeper's transactions go first in the open phase's block: claims need the
		// funding they bring.
		for _, phase := range []Phase{Open, Curate} {
			if phase == Curate {
				if err := e.WarpToEpoch(w.ctx, uint64(ep), e.EpochLength/2); err != nil {
					return sent, fmt.Errorf("epoch %d: %w", ep, err)
				}
			}
			w.phase = phase
			for _, a := range w.agents {
				a.Act(w, phase)
			}
			sent += len(w.queue)
			if err := w.flush(); err != nil {
				return sent, fmt.Errorf("epoch %d %s: %w", ep, phase, err)
			}
			// Votes of a refused voteMany go again one by one, while their epoch is open;
			// what the flush queued for the next phase (claim retries) waits.
			for len(w.retry) > 0 {
				later := w.queue
				w.queue, w.retry = w.retry, nil
				sent += len(w.queue)
				if err := w.flush(); err != nil {
					return sent, fmt.Errorf("epoch %d %s (retried votes): %w", ep, phase, err)
				}
				w.queue = append(later, w.queue...)
			}
		}
		m, err := w.measure()
		if err != nil {
			return sent, fmt.Errorf("epoch %d metrics: %w", ep, err)
		}
		run.Epochs = append(run.Epochs, m)
		progress()
	}
	return sent, nil
}

// totals sums each kind over the run.
func (w *World) totals() []metrics.KindTotals {
	out := make([]metrics.KindTotals, len(w.kinds))
	holdings := make([]*big.Int, len(w.kinds))
	initial := make([]*big.Int, len(w.kinds))
	reward := make([]*big.Int, len(w.kinds))
	for i, k := range w.kinds {
		out[i] = metrics.KindTotals{Kind: k, Honest: w.honest[i]}
		holdings[i], initial[i], reward[i] = new(big.Int), new(big.Int), new(big.Int)
	}
	for _, m := range w.members {
		t := &out[m.kindIndex]
		t.Members++
		t.Gas += m.gas
		t.Actions += m.actions
		t.Failed += m.failed
		holdings[m.kindIndex].Add(holdings[m.kindIndex], m.Holdings())
		initial[m.kindIndex].Add(initial[m.kindIndex], m.initial)
		reward[m.kindIndex].Add(reward[m.kindIndex], m.reward)
	}
	for i := range out {
		out[i].Holdings, out[i].Initial, out[i].Reward = tokens(holdings[i]), tokens(initial[i]), tokens(reward[i])
	}
	return out
}
