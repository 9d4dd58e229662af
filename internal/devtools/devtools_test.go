package devtools

import (
	"os/exec"
	"strings"
	"testing"
)

func TestRequire_FindsEveryToolTheMakefileInstalls(t *testing.T) {
	for _, tool := range []Tool{Anvil, Cast, Geth} {
		t.Run(string(tool), func(t *testing.T) {
			p := Require(t, tool)
			out, err := exec.Command(p, "--version").CombinedOutput()
			if err != nil {
				t.Fatalf("%s --version: %v\n%s", p, err, out)
			}
			if !strings.Contains(strings.ToLower(string(out)), string(tool)) {
				t.Errorf("%s --version printed %q", p, out)
			}
		})
	}
}

func TestPath_EnvVarPointingNowhereIsAnError(t *testing.T) {
	t.Setenv("APIARY_ANVIL", "/nonexistent/anvil")
	if _, err := Path(Anvil); err == nil || !strings.Contains(err.Error(), "APIARY_ANVIL") {
		t.Fatalf("Path(anvil) = %v, want an error naming APIARY_ANVIL", err)
	}
}
