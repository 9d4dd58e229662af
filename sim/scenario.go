package sim

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/apiary-dev/apiary/config"
)

// Scenario is what `apiary sim` runs: an economy, a population of agents, a length, and
// how many runs at which settings.
type Scenario struct {
	Name   string
	Epochs int
	Seed   uint64
	Runs   int
	// Economy is the economy config's TOML, from the file the scenario names or its inline
	// [economy] table; EconomySource says which, for errors.
	Economy       []byte
	EconomySource string
	Agents        []AgentSpec
	Sweep         []SweepAxis
}

// AgentSpec is one [[agents]] entry: a kind, how many members behave so, and what each
// holds at launch. Behavior holds the kind's own parameters.
type AgentSpec struct {
	Kind     string
	Count    int
	Tokens   config.Amount
	Behavior Behavior
}

// SweepAxis is one swept economy key and the values it takes. A sweep runs the full
// cross-product of its axes, in the order written (sorted by key).
type SweepAxis struct {
	Key    string // dotted economy key: "rewards.curve_s"
	Values []any  // TOML values: strings, integers, booleans
}

// scenarioFile is the TOML shape of a scenario.
type scenarioFile struct {
	Name    string           `toml:"name"`
	Epochs  int              `toml:"epochs"`
	Seed    uint64           `toml:"seed"`
	Runs    int              `toml:"runs"`
	Economy toml.Primitive   `toml:"economy"` // a path, or an inline table
	Agents  []toml.Primitive `toml:"agents"`
	Sweep   map[string][]any `toml:"sweep"`
}

type agentCommon struct {
	Kind   string        `toml:"kind"`
	Count  int           `toml:"count"`
	Tokens config.Amount `toml:"tokens"`
}

//go:embed scenarios/default.toml
var defaultScenario []byte

// DefaultScenario is the built-in scenario `apiary sim` runs without an argument: a
// 1,000-member community over 52 weekly epochs with honest contributors, curators, idle
// holders, and the abusers Steem knew (whales selling votes, self-voting rings, sybil
// swarms, short-term stakers).
func DefaultScenario() (*Scenario, error) {
	return ParseScenario("built-in default scenario", "", defaultScenario)
}

// DefaultScenarioTOML is the built-in scenario's text, to start a new one from.
func DefaultScenarioTOML() []byte { return bytes.Clone(defaultScenario) }

// LoadScenario reads a scenario file; an economy path in it is relative to the file.
func LoadScenario(path string) (*Scenario, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseScenario(path, filepath.Dir(path), data)
}

// ParseScenario decodes and checks a scenario. name labels errors; dir resolves a relative
// economy path. Unknown keys anywhere are errors.
func ParseScenario(name, dir string, data []byte) (*Scenario, error) {
	var f scenarioFile
	md, err := toml.Decode(string(data), &f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	s := &Scenario{Name: f.Name, Epochs: f.Epochs, Seed: f.Seed, Runs: f.Runs}
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s: %s", name, key, fmt.Sprintf(format, args...)))
	}
	if s.Name == "" {
		s.Name = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	if s.Epochs < 1 || s.Epochs > 10_000 {
		bad("epochs", "%d: must be 1 to 10000", s.Epochs)
	}
	if !md.IsDefined("runs") {
		s.Runs = 1
	} else if s.Runs < 1 || s.Runs > 100_000 {
		bad("runs", "%d: must be 1 to 100000", s.Runs)
	}
	if err := s.decodeEconomy(md, f.Economy, name, dir); err != nil {
		errs = append(errs, err)
	}
	if len(f.Agents) == 0 {
		bad("agents", "no [[agents]]: a scenario needs a population")
	}
	for i, p := range f.Agents {
		spec, err := decodeAgent(md, p)
		if err != nil {
			bad(fmt.Sprintf("agents[%d]", i), "%v", err)
			continue
		}
		s.Agents = append(s.Agents, spec)
	}
	keys := make([]string, 0, len(f.Sweep))
	for k := range f.Sweep {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if len(f.Sweep[k]) == 0 {
			bad("sweep."+k, "no values")
			continue
		}
		s.Sweep = append(s.Sweep, SweepAxis{Key: k, Values: f.Sweep[k]})
	}
	for _, k := range md.Undecoded() {
		if strings.HasPrefix(k.String(), "economy.") || strings.HasPrefix(k.String(), "sweep.") {
			continue // decoded by the economy config, and sweep keys are checked per point
		}
		bad(k.String(), "unknown key")
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if _, err := s.economyAt(nil); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Scenario) decodeEconomy(md toml.MetaData, p toml.Primitive, name, dir string) error {
	switch md.Type("economy") {
	case "":
		return fmt.Errorf("%s: economy: missing: name an economy config file or write an [economy] table", name)
	case "String":
		var path string
		if err := md.PrimitiveDecode(p, &path); err != nil {
			return fmt.Errorf("%s: economy: %w", name, err)
		}
		if !filepath.IsAbs(path) && dir != "" {
			path = filepath.Join(dir, path)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("%s: economy: %w", name, err)
		}
		s.Economy, s.EconomySource = data, path
	case "Hash":
		var table map[string]any
		if err := md.PrimitiveDecode(p, &table); err != nil {
			return fmt.Errorf("%s: economy: %w", name, err)
		}
		data, err := encodeTOML(table)
		if err != nil {
			return fmt.Errorf("%s: economy: %w", name, err)
		}
		s.Economy, s.EconomySource = data, name+" [economy]"
	default:
		return fmt.Errorf("%s: economy: a %s; want a file path or a table", name, md.Type("economy"))
	}
	return nil
}

func decodeAgent(md toml.MetaData, p toml.Primitive) (AgentSpec, error) {
	var c agentCommon
	if err := md.PrimitiveDecode(p, &c); err != nil {
		return AgentSpec{}, err
	}
	kind, ok := kinds[c.Kind]
	if !ok {
		return AgentSpec{}, fmt.Errorf("kind %q: unknown (known: %s)", c.Kind, strings.Join(KindNames(), ", "))
	}
	if c.Count < 1 || c.Count > 1_000_000 {
		return AgentSpec{}, fmt.Errorf("count %d: must be 1 to 1000000", c.Count)
	}
	if !c.Tokens.IsSet() {
		return AgentSpec{}, errors.New("tokens: missing (what each member holds at launch, whole tokens)")
	}
	b := kind.new()
	if err := md.PrimitiveDecode(p, b); err != nil {
		return AgentSpec{}, err
	}
	if err := b.Check(); err != nil {
		return AgentSpec{}, err
	}
	return AgentSpec{Kind: c.Kind, Count: c.Count, Tokens: c.Tokens, Behavior: b}, nil
}

func encodeTOML(v any) ([]byte, error) {
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Members is the population's size.
func (s *Scenario) Members() int {
	n := 0
	for _, a := range s.Agents {
		n += a.Count
	}
	return n
}

// Points is the sweep's cross-product: each point's settings, in order (the last axis
// varies fastest). Without a sweep there is one point with no settings.
func (s *Scenario) Points() [][]Setting {
	points := [][]Setting{nil}
	for _, axis := range s.Sweep {
		var next [][]Setting
		for _, p := range points {
			for _, v := range axis.Values {
				q := append(append([]Setting(nil), p...), Setting{Key: axis.Key, Value: v})
				next = append(next, q)
			}
		}
		points = next
	}
	return points
}

// Setting is one economy key set to one value.
type Setting struct {
	Key   string
	Value any
}

func (st Setting) String() string { return fmt.Sprintf("%s=%v", st.Key, st.Value) }

// economyAt is the economy config with the settings applied, decoded and validated by the
// config package (strict: a swept key that does not exist is an error).
func (s *Scenario) economyAt(settings []Setting) (*config.Economy, error) {
	if len(settings) == 0 {
		return config.Parse(s.EconomySource, s.Economy)
	}
	var table map[string]any
	if _, err := toml.Decode(string(s.Economy), &table); err != nil {
		return nil, fmt.Errorf("%s: %w", s.EconomySource, err)
	}
	for _, st := range settings {
		if err := setPath(table, strings.Split(st.Key, "."), st.Value); err != nil {
			return nil, fmt.Errorf("sweep %s: %w", st, err)
		}
	}
	data, err := encodeTOML(table)
	if err != nil {
		return nil, err
	}
	var label []string
	for _, st := range settings {
		label = append(label, st.String())
	}
	return config.Parse(fmt.Sprintf("%s with %s", s.EconomySource, strings.Join(label, ", ")), data)
}

func setPath(table map[string]any, path []string, v any) error {
	for i, k := range path[:len(path)-1] {
		next, ok := table[k]
		if !ok {
			next = map[string]any{}
			table[k] = next
		}
		sub, ok := next.(map[string]any)
		if !ok {
			return fmt.Errorf("%s is not a table", strings.Join(path[:i+1], "."))
		}
		table = sub
	}
	table[path[len(path)-1]] = v
	return nil
}
