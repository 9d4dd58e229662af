package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

func runCLI(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), append([]string{"apiary"}, args...), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestUsageErrors_ExitTwo(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"unknown global flag", []string{"--frob"}, "flag provided but not defined: -frob"},
		{"unknown command flag", []string{"version", "--frob"}, "flag provided but not defined: -frob"},
		{"unknown build flag", []string{"build", "--nope"}, "flag provided but not defined: -nope"},
		{"stray argument", []string{"version", "extra"}, `version: unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(tt.args...)
			if code != exitUsage {
				t.Errorf("exit = %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tt.wantErr)
			}
		})
	}
}

func TestVersion_PrintsTheFourFacts(t *testing.T) {
	code, stdout, stderr := runCLI("version", "--root", "../..")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, pattern := range []string{
		`(?m)^apiary\s+\S+`,
		`(?m)^solc\s+0\.8\.\d+\+commit\.[0-9a-f]+ \(embedded artifacts\)$`,
		`(?m)^solc found\s+\S+`,
		`(?m)^go-ethereum\s+v1\.17\.10$`,
		`(?m)^artifacts\s+sha256:[0-9a-f]{64} \(\d+ contracts\)$`,
	} {
		if !regexp.MustCompile(pattern).MatchString(stdout) {
			t.Errorf("output lacks %s:\n%s", pattern, stdout)
		}
	}
}

func TestVersion_JSON(t *testing.T) {
	code, stdout, stderr := runCLI("version", "--json", "--root", "../..")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var info VersionInfo
	if err := json.Unmarshal([]byte(stdout), &info); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	if info.GoEthereum != "v1.17.10" || len(info.ArtifactsHash) != 64 || info.Solc == "" || info.SolcFound == "" {
		t.Errorf("info = %+v", info)
	}
}

func TestGas_UsageErrors(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"unknown hardfork", []string{"gas", "--hardfork", "frontier"}, `gas: --hardfork: unknown hardfork "frontier" (known: bogota, cancun, osaka, prague)`},
		{"check and update", []string{"gas", "--check", "--update"}, "gas: --check and --update exclude each other"},
		{"negative tolerance", []string{"gas", "--tolerance", "-1"}, "gas: --tolerance -1: must be between 0 and 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(tt.args...)
			if code != exitUsage || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, exitUsage, tt.wantErr)
			}
		})
	}
}

func TestGas_CheckNamesTheActionThatRose(t *testing.T) {
	dir := t.TempDir()
	snap := dir + "/snap.json"
	if code, _, stderr := runCLI("gas", "--update", "--snapshot", snap); code != 0 {
		t.Fatalf("update: exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(snap)
	if err != nil {
		t.Fatal(err)
	}
	// Pretend claimAuthor used to cost 1,000 gas less.
	var s struct {
		Hardfork string            `json:"hardfork"`
		Gas      map[string]uint64 `json:"gas"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	s.Gas["RewardPool.claimAuthor"] -= 1000
	data, _ = json.Marshal(s)
	if err := os.WriteFile(snap, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI("gas", "--check", "--snapshot", snap)
	if code != exitFailure || !strings.Contains(stderr, "RewardPool.claimAuthor: ") || !strings.Contains(stderr, "up 1000 from the snapshot") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}
