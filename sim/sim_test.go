package sim

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/apiary-dev/apiary/sim/metrics"
)

// small is the built-in scenario cut down for tests: every kind, a few epochs.
func small(t *testing.T) *Scenario {
	t.Helper()
	sc, err := DefaultScenario()
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

func simulate(t *testing.T, sc *Scenario, opts Options) *metrics.Result {
	t.Helper()
	res, _, err := Simulate(context.Background(), sc, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestSimulate_SameSeedGivesByteIdenticalFiles(t *testing.T) {
	opts := Options{Members: 60, Epochs: 5, Runs: 3, Jobs: 2}
	dirs := []string{t.TempDir(), t.TempDir()}
	for _, dir := range dirs {
		if err := WriteReport(dir, simulate(t, small(t), opts)); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{FileResult, FileEpochs, FileRuns, FileKinds, FileHTML} {
		a, err := os.ReadFile(filepath.Join(dirs[0], name))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dirs[1], name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
		if len(a) < 100 {
			t.Errorf("%s is only %d bytes", name, len(a))
		}
	}
}

func TestSimulate_OtherSeedsAndOtherRunsGiveOtherResults(t *testing.T) {
	one, two := uint64(1), uint64(2)
	a := simulate(t, small(t), Options{Members: 60, Epochs: 4, Runs: 1, Seed: &one})
	b := simulate(t, small(t), Options{Members: 60, Epochs: 4, Runs: 1, Seed: &two})
	if cmp.Equal(a.All[0].Epochs, b.All[0].Epochs, cmpopts.EquateNaNs()) {
		t.Error("seeds 1 and 2 gave identical epochs: the seed does not reach the agents")
	}
	multi := simulate(t, small(t), Options{Members: 60, Epochs: 4, Runs: 2, Seed: &one})
	if cmp.Equal(multi.All[0].Epochs, multi.All[1].Epochs, cmpopts.EquateNaNs()) {
		t.Error("two Monte Carlo runs of one simulation are identical")
	}
	if a.All[0].Seed != 1 || b.All[0].Seed != 2 {
		t.Errorf("run 0 seeds = %d, %d; want the master seeds 1, 2 (so a printed seed replays)", a.All[0].Seed, b.All[0].Seed)
	}
}

func TestSimulate_SweepWithAFailingPointKeepsTheOthers(t *testing.T) {
	sc := small(t)
	sc.Sweep = []SweepAxis{{Key: "rewards.curve_s", Values: []any{"1000", "0"}}}
	res := simulate(t, sc, Options{Members: 40, Epochs: 3, Runs: 2, Jobs: 2})
	if len(res.Points) != 2 {
		t.Fatalf("%d points, want 2", len(res.Points))
	}
	good, bad := res.Points[0], res.Points[1]
	if good.Runs != 2 || len(good.Failed) != 0 {
		t.Errorf("point curve_s=1000: %d runs completed, %d failed; want 2 and 0", good.Runs, len(good.Failed))
	}
	if bad.Runs != 0 || len(bad.Failed) != 2 {
		t.Fatalf("point curve_s=0: %d runs completed, %d failed; want 0 and 2", bad.Runs, len(bad.Failed))
	}
	for _, f := range bad.Failed {
		if !strings.Contains(f.Err, "curve_s") {
			t.Errorf("failed run %d (seed %d): %q does not name curve_s", f.Index, f.Seed, f.Err)
		}
	}
	if bad.Failed[0].Seed != RunSeed(sc.Seed, 0) || bad.Failed[1].Seed != RunSeed(sc.Seed, 1) {
		t.Errorf("failed seeds %d, %d; want the runs' seeds", bad.Failed[0].Seed, bad.Failed[1].Seed)
	}
	if got := good.Epochs[2].Metrics["supply"]; got.N != 2 || !(got.Mean > 0) {
		t.Errorf("point 0 epoch 2 supply = %+v, want a mean over 2 runs", got)
	}
}

// panicker is an agent kind that panics: a bug in a user's behaviour must fail its run only.
type panicker struct {
	AtEpoch int `toml:"at_epoch"`
}

func (p *panicker) Check() error { return nil }
func (p *panicker) Agents(ms []*Member) []Agent {
	out := make([]Agent, len(ms))
	for i := range ms {
		out[i] = p
	}
	return out
}
func (p *panicker) Act(w *World, _ Phase) {
	if w.Epoch() == p.AtEpoch {
		panic("agent bug")
	}
}

func init() {
	RegisterKind("test-panicker", false, "panics at an epoch (tests only)", func() Behavior { return &panicker{AtEpoch: 2} })
}

func TestSimulate_APanickingAgentFailsItsRunWithItsSeed(t *testing.T) {
	sc := small(t)
	sc.Agents = append(sc.Agents, AgentSpec{Kind: "test-panicker", Count: 1, Tokens: sc.Agents[0].Tokens, Behavior: &panicker{AtEpoch: 2}})
	res := simulate(t, sc, Options{Members: 30, Epochs: 4, Runs: 2})
	for _, r := range res.All {
		if !strings.Contains(r.Err, "panic: agent bug") {
			t.Errorf("run %d: error %q, want the agent's panic", r.Index, r.Err)
		}
		if len(r.Epochs) != 2 {
			t.Errorf("run %d kept %d epochs, want the 2 before the panic", r.Index, len(r.Epochs))
		}
	}
}

// The same scenario on both engines: the same metrics, epoch by epoch.
func TestSimulate_EnginesAgree(t *testing.T) {
	sc := small(t)
	opts := Options{Members: 24, Epochs: 4, Runs: 1}
	fastRes := simulate(t, sc, opts)
	opts.Engine = "simulated"
	simRes := simulate(t, sc, opts)
	for _, r := range append(fastRes.All, simRes.All...) {
		if r.Failed() {
			t.Fatalf("run failed: %s", r.Err)
		}
	}
	if diff := cmp.Diff(simRes.All[0].Epochs, fastRes.All[0].Epochs, cmpopts.EquateNaNs()); diff != "" {
		t.Errorf("epochs differ (-simulated +fast):\n%s", diff)
	}
	if diff := cmp.Diff(simRes.All[0].Totals, fastRes.All[0].Totals); diff != "" {
		t.Errorf("kind totals differ (-simulated +fast):\n%s", diff)
	}
}

func TestScalePopulation_KeepsEveryKindAndTheTotal(t *testing.T) {
	sc := small(t)
	for _, n := range []int{7, 24, 100, 1000, 10_000} {
		got, err := scalePopulation(sc.Agents, n)
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, a := range got {
			if a.Count < 1 {
				t.Errorf("n=%d: kind %s has %d members", n, a.Kind, a.Count)
			}
			total += a.Count
		}
		if total != n {
			t.Errorf("n=%d: scaled to %d members", n, total)
		}
	}
	if _, err := scalePopulation(sc.Agents, 3); err == nil {
		t.Error("3 members for 7 kinds: no error")
	}
}

func TestParseScenario_RejectsWhatItDoesNotKnow(t *testing.T) {
	econ := "[economy]\nsalt = \"s\"\n[economy.token]\nname = \"T\"\nsymbol = \"T\"\ncap = \"1000000000\"\n"
	tests := []struct {
		name, toml, want string
	}{
		{"unknown top-level key", "epochs = 3\nepocs = 4\n" + econ + "[[agents]]\nkind = \"idle\"\ncount = 1\ntokens = \"1\"\n", "epocs: unknown key"},
		{"unknown agent key", "epochs = 3\n" + econ + "[[agents]]\nkind = \"curator\"\ncount = 1\ntokens = \"1\"\nvotes = 3\n", "votes"},
		{"unknown kind", "epochs = 3\n" + econ + "[[agents]]\nkind = \"saint\"\ncount = 1\ntokens = \"1\"\n", `kind "saint": unknown`},
		{"bad parameter", "epochs = 3\n" + econ + "[[agents]]\nkind = \"curator\"\ncount = 1\ntokens = \"1\"\nnoise = 2.0\n", "noise = 2: must be within [0, 1]"},
		{"no economy", "epochs = 3\n[[agents]]\nkind = \"idle\"\ncount = 1\ntokens = \"1\"\n", "economy: missing"},
		{"bad economy", "epochs = 3\n[economy]\nsalt = \"s\"\n[[agents]]\nkind = \"idle\"\ncount = 1\ntokens = \"1\"\n", "token"},
		{"no agents", "epochs = 3\n" + econ, "no [[agents]]"},
		{"zero epochs", "epochs = 0\n" + econ + "[[agents]]\nkind = \"idle\"\ncount = 1\ntokens = \"1\"\n", "epochs: 0"},
		{"missing tokens", "epochs = 3\n" + econ + "[[agents]]\nkind = \"idle\"\ncount = 1\n", "tokens: missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseScenario("s.toml", "", []byte(tt.toml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestLoadScenario_EconomyPathIsRelativeToTheScenario(t *testing.T) {
	dir := t.TempDir()
	econ := "salt = \"s\"\n[token]\nname = \"T\"\nsymbol = \"T\"\ncap = \"1000000000\"\n[rewards]\ncurve_s = \"500\"\n"
	if err := os.WriteFile(filepath.Join(dir, "economy.toml"), []byte(econ), 0o644); err != nil {
		t.Fatal(err)
	}
	scen := "epochs = 2\neconomy = \"economy.toml\"\n[[agents]]\nkind = \"curator\"\ncount = 3\ntokens = \"100\"\n[sweep]\n\"rewards.author_share_bps\" = [4000, 6000]\n"
	path := filepath.Join(dir, "scenario.toml")
	if err := os.WriteFile(path, []byte(scen), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err := LoadScenario(path)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := sc.economyAt(sc.Points()[1])
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Rewards.AuthorShareBPS != 6000 || cfg.Rewards.CurveS.String() != "500" {
		t.Errorf("point 1: author share %d, curve_s %s; want 6000 and the file's 500", cfg.Rewards.AuthorShareBPS, cfg.Rewards.CurveS)
	}
	if sc.Name != "scenario" || sc.Runs != 1 {
		t.Errorf("name %q runs %d; want the file's base name and 1", sc.Name, sc.Runs)
	}
}

// Every example scenario in testdata/scenarios parses, with its sweep.
func TestExampleScenarios_Parse(t *testing.T) {
	paths, err := filepath.Glob("../testdata/scenarios/*.toml")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no example scenarios: %v", err)
	}
	for _, p := range paths {
		sc, err := LoadScenario(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		for _, pt := range sc.Points() {
			if _, err := sc.economyAt(pt); err != nil {
				t.Errorf("%s at %v: %v", p, pt, err)
			}
		}
	}
}

// staleVoter stakes at once, remembers a contribution of epoch 1, and in epoch 2's
// curation votes on a fresh contribution and on the stale one in one batch: the voteMany
// reverts (EpochClosed), and its votes go again one by one in the same phase.
type staleVoter struct{ stale *Contribution }

func (s *staleVoter) Check() error { return nil }
func (s *staleVoter) Agents(ms []*Member) []Agent {
	out := make([]Agent, len(ms))
	for i := range ms {
		out[i] = &staleVoterAgent{m: ms[i]}
	}
	return out
}

type staleVoterAgent struct {
	m     *Member
	stale *Contribution
}

func (a *staleVoterAgent) Act(w *World, phase Phase) {
	switch {
	case w.Epoch() == 0 && phase == Open:
		w.Stake(a.m, a.m.Balance())
	case w.Epoch() == 1 && phase == Curate:
		a.stale = w.Contributions()[0]
	case w.Epoch() == 2 && phase == Curate:
		one := big.NewInt(1)
		w.Vote(a.m, w.Contributions()[0], one)
		w.Vote(a.m, a.stale, one)
	}
}

func init() {
	RegisterKind("test-stale-voter", false, "votes on a closed epoch's contribution in a batch (tests only)", func() Behavior { return &staleVoter{} })
}

func TestSimulate_ARefusedVoteBatchIsRetriedVoteByVoteInTheSamePhase(t *testing.T) {
	sc := small(t)
	sc.Agents = append(sc.Agents, AgentSpec{Kind: "test-stale-voter", Count: 1, Tokens: sc.Agents[0].Tokens, Behavior: &staleVoter{}})
	res := simulate(t, sc, Options{Members: 40, Epochs: 3, Runs: 1})
	r := res.All[0]
	if r.Failed() {
		t.Fatalf("run failed: %s", r.Err)
	}
	for _, k := range r.Totals {
		if k.Kind != "test-stale-voter" {
			continue
		}
		// approve + stake; the voteMany (refused); the fresh vote (counted) and the stale one (refused).
		if k.Actions != 5 || k.Failed != 2 {
			t.Errorf("stale voter: %d actions, %d failed; want 5 and 2", k.Actions, k.Failed)
		}
		return
	}
	t.Fatal("no totals for the stale voter")
}
