package solc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
)

// Settings are the compiler settings a repository pins, read from contracts/compiler.json.
type Settings struct {
	// Version is the exact solc release, e.g. "0.8.37".
	Version    string    `json:"solc"`
	EVMVersion string    `json:"evmVersion"`
	Optimizer  Optimizer `json:"optimizer"`
	ViaIR      bool      `json:"viaIR"`
}

// Optimizer mirrors solc's optimizer settings.
type Optimizer struct {
	Enabled bool `json:"enabled"`
	Runs    int  `json:"runs"`
}

var versionPattern = regexp.MustCompile(`^0\.[0-9]+\.[0-9]+$`)

// knownEVMVersions are the targets solc 0.8.x accepts.
var knownEVMVersions = map[string]bool{
	"homestead": true, "tangerineWhistle": true, "spuriousDragon": true, "byzantium": true,
	"constantinople": true, "petersburg": true, "istanbul": true, "berlin": true, "london": true,
	"paris": true, "shanghai": true, "cancun": true, "prague": true, "osaka": true,
}

// LoadSettings reads and checks a compiler settings file. Unknown keys are errors.
func LoadSettings(path string) (Settings, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Settings{}, fmt.Errorf("compiler settings: %w", err)
	}
	var s Settings
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return Settings{}, fmt.Errorf("%s: %w", path, err)
	}
	if err := s.Check(); err != nil {
		return Settings{}, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Check reports the first setting that solc would reject or that is not pinned exactly.
func (s Settings) Check() error {
	if !versionPattern.MatchString(s.Version) {
		return fmt.Errorf("solc = %q: must be an exact version like \"0.8.37\"", s.Version)
	}
	if !knownEVMVersions[s.EVMVersion] {
		return fmt.Errorf("evmVersion = %q: not a target solc knows", s.EVMVersion)
	}
	if s.Optimizer.Enabled && (s.Optimizer.Runs < 1 || s.Optimizer.Runs > 1<<32-1) {
		return fmt.Errorf("optimizer.runs = %d: must be between 1 and 4294967295", s.Optimizer.Runs)
	}
	return nil
}
