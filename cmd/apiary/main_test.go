package main

import (
	"bytes"
	"context"
	"encoding/json"
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
