// Package gasreport measures what every user action of the economy costs: it deploys the
// economy into the simulated chain under a named hardfork, walks a fixed scenario through
// every action, and records each transaction's receipt gas (the 21,000 base included). It
// also holds the budgets the actions must meet and compares a run with a committed snapshot.
// It does not time anything: gas is deterministic, seconds are not.
package gasreport

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
)

// Measurement is one action's receipt gas.
type Measurement struct {
	Action string `json:"action"`
	Gas    uint64 `json:"gas"`
	// Max is the highest of the samples when Gas is their mean (see Samples).
	Max uint64 `json:"max,omitempty"`
	// Samples is how many transactions were measured (1 unless the cost depends on state
	// that alternates, such as a history append landing in a fresh or half-used slot).
	Samples int `json:"samples,omitempty"`
	// Budget is the most the action may cost, 0 when it has none. It applies to Max,
	// the worst sample, unless Amortized says it applies to the mean.
	Budget    uint64 `json:"budget,omitempty"`
	Amortized bool   `json:"amortized,omitempty"`
	// Baseline names an action this one must not cost more than (a reference contract's).
	Baseline string `json:"baseline,omitempty"`
	Note     string `json:"note,omitempty"`
}

// Worst is the highest sample.
func (m Measurement) Worst() uint64 {
	if m.Max > m.Gas {
		return m.Max
	}
	return m.Gas
}

// budgeted is the figure the budget applies to, and what it is.
func (m Measurement) budgeted() (uint64, string) {
	switch {
	case m.Samples <= 1:
		return m.Gas, "receipt"
	case m.Amortized:
		return m.Gas, "mean"
	default:
		return m.Worst(), "worst"
	}
}

// Report is a whole run.
type Report struct {
	Hardfork     string        `json:"hardfork"`
	Measurements []Measurement `json:"measurements"`
}

// Gas returns an action's gas and whether it was measured.
func (r *Report) Gas(action string) (uint64, bool) {
	m, ok := r.find(action)
	return m.Gas, ok
}

func (r *Report) find(action string) (Measurement, bool) {
	for _, m := range r.Measurements {
		if m.Action == action {
			return m, true
		}
	}
	return Measurement{}, false
}

// Violations lists the actions over their budget or above their baseline.
func (r *Report) Violations() []string {
	var out []string
	for _, m := range r.Measurements {
		if g, what := m.budgeted(); m.Budget != 0 && g > m.Budget {
			out = append(out, fmt.Sprintf("%s: %s %d gas, over its budget of %d", m.Action, what, g, m.Budget))
		}
		if m.Baseline != "" {
			base, ok := r.find(m.Baseline)
			switch {
			case !ok:
				out = append(out, fmt.Sprintf("%s: baseline %q was not measured", m.Action, m.Baseline))
			case m.Gas > base.Gas:
				out = append(out, fmt.Sprintf("%s: %d gas, above %s (%d)", m.Action, m.Gas, m.Baseline, base.Gas))
			case m.Worst() > base.Worst():
				out = append(out, fmt.Sprintf("%s: worst sample %d gas, above %s's (%d)", m.Action, m.Worst(), m.Baseline, base.Worst()))
			}
		}
	}
	return out
}

// Snapshot is the committed record a run is checked against.
type Snapshot struct {
	Hardfork string            `json:"hardfork"`
	Gas      map[string]uint64 `json:"gas"`
}

// SnapshotOf makes a snapshot of a report.
func SnapshotOf(r *Report) Snapshot {
	s := Snapshot{Hardfork: r.Hardfork, Gas: map[string]uint64{}}
	for _, m := range r.Measurements {
		s.Gas[m.Action] = m.Gas
	}
	return s
}

// LoadSnapshot reads a snapshot file; unknown fields are errors.
func LoadSnapshot(path string) (Snapshot, error) {
	var s Snapshot
	data, err := os.ReadFile(path)
	if err != nil {
		return s, fmt.Errorf("gas snapshot: %w", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return s, fmt.Errorf("gas snapshot %s: %w", path, err)
	}
	return s, nil
}

// WriteSnapshot writes a snapshot as indented JSON (map keys sorted).
func WriteSnapshot(path string, s Snapshot) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// Compare checks a run against a snapshot: an action whose gas rose by more than
// tolerance (a fraction, e.g. 0.01 for 1%), one missing from either side, or a different
// hardfork is a problem. Falls are not problems; Compare reports them as notes.
func Compare(r *Report, s Snapshot, tolerance float64) (problems, notes []string) {
	if r.Hardfork != s.Hardfork {
		return []string{fmt.Sprintf("report is for hardfork %s, snapshot for %s", r.Hardfork, s.Hardfork)}, nil
	}
	seen := map[string]bool{}
	for _, m := range r.Measurements {
		seen[m.Action] = true
		old, ok := s.Gas[m.Action]
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: not in the snapshot (new action: update the snapshot)", m.Action))
			continue
		}
		limit := old + uint64(math.Round(float64(old)*tolerance))
		switch {
		case m.Gas > limit:
			problems = append(problems, fmt.Sprintf("%s: %d gas, up %d from the snapshot's %d (%+.2f%%, tolerance %.2f%%)",
				m.Action, m.Gas, m.Gas-old, old, pct(m.Gas, old), tolerance*100))
		case m.Gas < old:
			notes = append(notes, fmt.Sprintf("%s: %d gas, down %d from the snapshot's %d", m.Action, m.Gas, old-m.Gas, old))
		}
	}
	var gone []string
	for action := range s.Gas {
		if !seen[action] {
			gone = append(gone, action)
		}
	}
	sort.Strings(gone)
	for _, action := range gone {
		problems = append(problems, fmt.Sprintf("%s: in the snapshot but no longer measured", action))
	}
	return problems, notes
}

func pct(now, old uint64) float64 {
	return (float64(now) - float64(old)) / float64(old) * 100
}
