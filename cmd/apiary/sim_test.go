package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSim_WritesTheReportAndAJSONSummary(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report")
	code, stdout, stderr := runCLI("sim", "--members", "30", "--epochs", "3", "--runs", "2", "--seed", "7", "--out", out, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var sum struct {
		Engine           string  `json:"engine"`
		Seed             uint64  `json:"seed"`
		Members          int     `json:"members"`
		Epochs           int     `json:"epochs"`
		Runs             int     `json:"runs"`
		Actions          int     `json:"actions"`
		Seconds          float64 `json:"seconds"`
		ActionsPerSecond float64 `json:"actions_per_second"`
		Failed           []any   `json:"failed_runs"`
		Report           string  `json:"report"`
		Points           []any   `json:"points"`
	}
	if err := json.Unmarshal([]byte(stdout), &sum); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, stdout)
	}
	if sum.Engine != "fast" || sum.Seed != 7 || sum.Members != 30 || sum.Epochs != 3 || sum.Runs != 2 ||
		sum.Actions < 100 || sum.Seconds <= 0 || sum.ActionsPerSecond <= 0 || len(sum.Failed) != 0 || len(sum.Points) != 1 {
		t.Errorf("summary %+v", sum)
	}
	for _, f := range []string{"report.html", "result.json", "epochs.csv", "runs.csv", "kinds.csv"} {
		if fi, err := os.Stat(filepath.Join(out, f)); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
	if sum.Report != filepath.Join(out, "report.html") {
		t.Errorf("report path %q", sum.Report)
	}
}

func TestSim_PrintsASummaryTable(t *testing.T) {
	code, stdout, stderr := runCLI("sim", "--members", "20", "--epochs", "2", "--runs", "1", "--out", t.TempDir())
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"default: 20 members × 2 epochs × 1 runs", "contributor", "whale", "abuser", "actions/s"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
}

func TestSim_BadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, []byte("epochs = 2\nepocs = 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown engine", []string{"sim", "--engine", "turbo"}, exitUsage, `--engine "turbo"`},
		{"zero runs", []string{"sim", "--runs", "0"}, exitUsage, "--runs 0"},
		{"unknown hardfork", []string{"sim", "--hardfork", "paris2"}, exitUsage, "--hardfork"},
		{"two scenarios", []string{"sim", "a.toml", "b.toml"}, exitUsage, "one scenario file at most"},
		{"flag after the file", []string{"sim", "a.toml", "--runs", "3"}, exitUsage, "flags go first (apiary sim --runs 3 a.toml)"},
		{"missing file", []string{"sim", filepath.Join(dir, "nope.toml")}, exitFailure, "nope.toml"},
		{"bad scenario", []string{"sim", bad}, exitFailure, "epocs: unknown key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tt.code, tt.want)
			}
		})
	}
}

func TestSim_PrintScenarioRoundTrips(t *testing.T) {
	code, stdout, stderr := runCLI("sim", "--print-scenario")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	path := filepath.Join(t.TempDir(), "mine.toml")
	if err := os.WriteFile(path, []byte(stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI("sim", "--members", "14", "--epochs", "1", "--runs", "1", "--quiet", "--out", t.TempDir(), path)
	if code != 0 {
		t.Fatalf("the printed scenario does not run: exit %d: %s", code, stderr)
	}
}
