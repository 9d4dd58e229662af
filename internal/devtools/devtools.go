// Package devtools finds the external programs apiary's tests run against: anvil and cast from
// the pinned npm packages in contracts/node_modules, and geth built from go.mod's go-ethereum
// into bin/ (`make tools`). It does not install anything; the Makefile does.
package devtools

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Tool is an external program a test may need.
type Tool string

// The tools the Makefile provides.
const (
	Anvil Tool = "anvil"
	Cast  Tool = "cast"
	Geth  Tool = "geth"
)

// EnvVar is the environment variable that overrides where the tool is: APIARY_ANVIL, ...
func (t Tool) EnvVar() string { return "APIARY_" + strings.ToUpper(string(t)) }

// relative is where `make tools` puts each tool, from the module root.
func (t Tool) relative() string {
	switch t {
	case Anvil, Cast:
		return filepath.Join("contracts", "node_modules", "@foundry-rs", string(t)+"-linux-amd64", "bin", string(t))
	default:
		return filepath.Join("bin", string(t))
	}
}

// ErrNotInstalled reports a tool that is neither at its environment variable's path nor where
// `make tools` puts it.
var ErrNotInstalled = errors.New("not installed (run `make tools`)")

// Path returns the tool's executable: $APIARY_<TOOL> when set, otherwise its place under the
// module root.
func Path(t Tool) (string, error) {
	if p := os.Getenv(t.EnvVar()); p != "" {
		if err := executable(p); err != nil {
			return "", fmt.Errorf("%s: $%s=%s: %w", t, t.EnvVar(), p, err)
		}
		return p, nil
	}
	root, err := moduleRoot()
	if err != nil {
		return "", fmt.Errorf("%s: %w", t, err)
	}
	p := filepath.Join(root, t.relative())
	if err := executable(p); err != nil {
		return "", fmt.Errorf("%s: %s: %w", t, p, ErrNotInstalled)
	}
	return p, nil
}

// Require returns the tool's path for a test. A missing tool fails the test when CI=true and
// skips it otherwise, so a developer without `make tools` can still run `go test ./...`.
func Require(tb testing.TB, t Tool) string {
	tb.Helper()
	p, err := Path(t)
	if err == nil {
		return p
	}
	if InCI() {
		tb.Fatalf("CI=true and %v", err)
	}
	tb.Skipf("%v", err)
	return ""
}

// InCI reports whether the tests run in CI, where nothing may be skipped for a missing tool.
func InCI() bool { return os.Getenv("CI") == "true" }

func executable(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		return err
	}
	if fi.IsDir() || fi.Mode()&0o111 == 0 {
		return errors.New("not an executable file")
	}
	return nil
}

// moduleRoot is the directory holding go.mod, found from this source file (tests) or the
// working directory upwards.
func moduleRoot() (string, error) {
	var starts []string
	if _, file, _, ok := runtime.Caller(0); ok {
		starts = append(starts, filepath.Dir(file))
	}
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	for _, dir := range starts {
		for d := dir; ; d = filepath.Dir(d) {
			if data, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && strings.Contains(string(data), "module github.com/apiary-dev/apiary") {
				return d, nil
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	return "", errors.New("apiary's module root (go.mod) not found")
}
