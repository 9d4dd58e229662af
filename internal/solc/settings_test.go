package solc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadSettings_RejectsBadFiles(t *testing.T) {
	tests := []struct {
		name, body, wantErr string
	}{
		{"unknown key", `{"solc":"0.8.37","evmVersion":"cancun","optimizer":{"enabled":true,"runs":200},"viaIR":false,"extra":1}`,
			`json: unknown field "extra"`},
		{"range version", `{"solc":"^0.8.0","evmVersion":"cancun","optimizer":{"enabled":true,"runs":200}}`,
			`solc = "^0.8.0": must be an exact version like "0.8.37"`},
		{"unknown evm", `{"solc":"0.8.37","evmVersion":"pectra","optimizer":{"enabled":true,"runs":200}}`,
			`evmVersion = "pectra": not a target solc knows`},
		{"zero runs", `{"solc":"0.8.37","evmVersion":"cancun","optimizer":{"enabled":true,"runs":0}}`,
			`optimizer.runs = 0: must be between 1 and 4294967295`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "compiler.json")
			if err := os.WriteFile(p, []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadSettings(p)
			if err == nil || !strings.HasPrefix(err.Error(), p+": ") || !strings.HasSuffix(err.Error(), tt.wantErr) {
				t.Errorf("error = %v, want %q prefixed by the path", err, tt.wantErr)
			}
		})
	}
}

func TestRepositorySettingsAreValid(t *testing.T) {
	s, err := LoadSettings(filepath.Join("..", "..", "contracts", "compiler.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !s.Optimizer.Enabled {
		t.Error("the repository builds without the optimizer")
	}
}
