package build

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/internal/solc"
)

const repoRoot = "../.."

// compiler finds the pinned compiler; in CI (CI=true) its absence fails the test.
func compiler(t *testing.T) *solc.Compiler {
	t.Helper()
	c, _, err := Locate(context.Background(), repoRoot, DefaultLayout, os.Getenv("SOLC"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("compiler required in CI: %v", err)
		}
		t.Skipf("no compiler here: %v", err)
	}
	return c
}

// copyRepo makes a fresh git repository holding the repository's compiler settings, the
// given sources (linking node_modules) and the hand-written files of bindings/, builds it
// and commits everything. A small tree keeps each compile in these tests short.
func copyRepo(t *testing.T, c *solc.Compiler, sources ...string) string {
	t.Helper()
	root := t.TempDir()
	for _, src := range sources {
		copyFile(t, filepath.Join(repoRoot, "contracts/src", src), filepath.Join(root, "contracts/src", src))
	}
	for _, f := range []string{"bindings/doc.go", "bindings/artifacts.go", "bindings/artifacts/README.md", "contracts/compiler.json"} {
		copyFile(t, filepath.Join(repoRoot, f), filepath.Join(root, f))
	}
	modules, err := filepath.Abs(filepath.Join(repoRoot, "contracts/node_modules"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(modules, filepath.Join(root, "contracts/node_modules")); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, ".gitignore"), []byte("node_modules\n"), 0o644)
	regenerate(t, c, root)
	git(t, root, "init", "-q")
	git(t, root, "add", ".")
	git(t, root, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "copy")
	return root
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func check(t *testing.T, c *solc.Compiler, root string) []string {
	t.Helper()
	res, err := Generate(context.Background(), Config{Root: root, Layout: DefaultLayout, Compiler: c})
	if err != nil {
		t.Fatal(err)
	}
	problems, err := Check(root, DefaultLayout, res)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range problems {
		out = append(out, p.Path+" "+p.What)
	}
	return out
}

func regenerate(t *testing.T, c *solc.Compiler, root string) {
	t.Helper()
	res, err := Generate(context.Background(), Config{Root: root, Layout: DefaultLayout, Compiler: c})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Write(root, DefaultLayout, res); err != nil {
		t.Fatal(err)
	}
}

// TestCheck_NamesStaleMissingExtraAndUntrackedFiles walks a contract developer's loop:
// edit Solidity, see the check fail naming the files, regenerate, commit.
func TestCheck_NamesStaleMissingExtraAndUntrackedFiles(t *testing.T) {
	c := compiler(t)
	root := copyRepo(t, c, "CommunityToken.sol")

	if got := check(t, c, root); len(got) != 0 {
		t.Fatalf("a fresh build does not match itself: %v", got)
	}

	token := filepath.Join(root, "contracts/src/CommunityToken.sol")
	src, _ := os.ReadFile(token)
	edited := strings.Replace(string(src), "    /// @notice Mints", "    function answer() external pure returns (uint256) { return 42; }\n\n    /// @notice Mints", 1)
	os.WriteFile(token, []byte(edited), 0o644)
	want := []string{
		"bindings/artifacts/CommunityToken.json stale",
		"bindings/artifacts/standard-input.json stale",
		"bindings/communitytoken/communitytoken.go stale",
	}
	if diff := cmp.Diff(want, check(t, c, root)); diff != "" {
		t.Errorf("after adding a public function (-want +got):\n%s", diff)
	}

	regenerate(t, c, root)
	if got := check(t, c, root); len(got) != 0 {
		t.Errorf("after regenerating: %v", got)
	}

	os.WriteFile(filepath.Join(root, "contracts/src/Extra.sol"), []byte("// SPDX-License-Identifier: MIT\npragma solidity 0.8.37;\ncontract Extra { function x() external {} }\n"), 0o644)
	want = []string{
		"bindings/artifacts/Extra.json missing",
		"bindings/artifacts/standard-input.json stale",
		"bindings/extra/extra.go missing",
	}
	if diff := cmp.Diff(want, check(t, c, root)); diff != "" {
		t.Errorf("after adding a contract (-want +got):\n%s", diff)
	}
	regenerate(t, c, root)
	want = []string{
		"bindings/artifacts/Extra.json untracked",
		"bindings/extra/extra.go untracked",
	}
	if diff := cmp.Diff(want, check(t, c, root)); diff != "" {
		t.Errorf("after regenerating without committing (-want +got):\n%s", diff)
	}

	os.Remove(filepath.Join(root, "contracts/src/Extra.sol"))
	want = []string{
		"bindings/artifacts/Extra.json extra",
		"bindings/artifacts/standard-input.json stale",
		"bindings/extra/extra.go extra",
	}
	if diff := cmp.Diff(want, check(t, c, root)); diff != "" {
		t.Errorf("after removing a contract (-want +got):\n%s", diff)
	}
	regenerate(t, c, root)
	if _, err := os.Stat(filepath.Join(root, "bindings/extra/extra.go")); !os.IsNotExist(err) {
		t.Errorf("regenerating left the removed contract's binding: %v", err)
	}
}
