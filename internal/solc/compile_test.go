package solc

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pinned finds the repository's compiler. Outside CI a machine without Node skips the
// tests that run it; in CI (CI=true) a missing compiler is a failure.
func pinned(t *testing.T) *Compiler {
	t.Helper()
	s, err := LoadSettings(filepath.Join("..", "..", "contracts", "compiler.json"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Find(context.Background(), s.Version, FindOptions{
		SolcEnv:    os.Getenv("SOLC"),
		ModulesDir: filepath.Join("..", "..", "contracts", "node_modules"),
	})
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("compiler required in CI: %v", err)
		}
		t.Skipf("no compiler here: %v", err)
	}
	return c
}

func writeTree(t *testing.T, files map[string]string) Tree {
	t.Helper()
	root := t.TempDir()
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return Tree{Root: root, SourceDir: "src", ModulesDir: "node_modules"}
}

var testSettings = Settings{Version: "0.8.37", EVMVersion: "cancun", Optimizer: Optimizer{Enabled: true, Runs: 200}}

func TestBuildInput_InlinesImportsSortedAndRelative(t *testing.T) {
	tree := writeTree(t, map[string]string{
		"src/B.sol":                  "pragma solidity 0.8.37;\nimport \"@lib/L.sol\";\ncontract B is L {}\n",
		"src/A.sol":                  "pragma solidity 0.8.37;\nimport {B} from \"./B.sol\";\ncontract A is B {}\n",
		"node_modules/@lib/L.sol":    "pragma solidity 0.8.37;\nimport \"./M.sol\";\ncontract L is M {}\n",
		"node_modules/@lib/M.sol":    "pragma solidity 0.8.37;\ncontract M {}\n",
		"node_modules/@lib/Skip.sol": "pragma solidity 0.8.37;\ncontract Skip {}\n",
	})
	in, own, err := BuildInput(tree, testSettings)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"src/A.sol", "src/B.sol"}, own); diff != "" {
		t.Errorf("own sources (-want +got):\n%s", diff)
	}
	var units []string
	for u := range in.Sources {
		units = append(units, u)
	}
	if diff := cmp.Diff([]string{"@lib/L.sol", "@lib/M.sol", "src/A.sol", "src/B.sol"}, units, cmpSorted); diff != "" {
		t.Errorf("source units (-want +got):\n%s", diff)
	}
	first, _ := in.Marshal()
	again, _, _ := BuildInput(tree, testSettings)
	second, _ := again.Marshal()
	if string(first) != string(second) {
		t.Error("two builds of the same tree give different inputs")
	}
	if want := tree.Root; contains(first, want) {
		t.Errorf("input contains the absolute path %s", want)
	}
}

func TestBuildInput_MissingImportNamesIt(t *testing.T) {
	tree := writeTree(t, map[string]string{
		"src/A.sol": "pragma solidity 0.8.37;\nimport \"@openzeppelin/contracts/Nope.sol\";\ncontract A {}\n",
	})
	_, _, err := BuildInput(tree, testSettings)
	if err == nil || !contains([]byte(err.Error()), `source "@openzeppelin/contracts/Nope.sol" not found`) {
		t.Errorf("error = %v", err)
	}
}

func compileTree(t *testing.T, files map[string]string) (*Output, []Diagnostic, error) {
	t.Helper()
	c := pinned(t)
	in, _, err := BuildInput(writeTree(t, files), testSettings)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := in.Marshal()
	raw, err := c.Compile(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	return ParseOutput(raw, in)
}

func diagStrings(diags []Diagnostic) []string {
	var out []string
	for _, d := range diags {
		out = append(out, d.String())
	}
	return out
}

func TestCompile_ErrorsCarryFileLineColumn(t *testing.T) {
	_, diags, err := compileTree(t, map[string]string{
		"src/Bad.sol": "// SPDX-License-Identifier: MIT\npragma solidity 0.8.37;\ncontract Bad {\n    function f() external { undefinedName = 1; }\n}\n",
	})
	var ce *CompileError
	if !errors.As(err, &ce) {
		t.Fatalf("error = %v, want *CompileError", err)
	}
	want := []string{"src/Bad.sol:4:29: error: Undeclared identifier. (DeclarationError 7576)"}
	if diff := cmp.Diff(want, diagStrings(diags)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
	if want := "solc: 1 error(s):\n" + want[0]; err.Error() != want {
		t.Errorf("error text = %q, want %q", err.Error(), want)
	}
}

func TestCompile_WarningsAreReportedOnSuccess(t *testing.T) {
	out, diags, err := compileTree(t, map[string]string{
		"src/Ok.sol": "// SPDX-License-Identifier: MIT\npragma solidity 0.8.37;\ncontract Ok { function f() external pure returns (uint) { uint unused; return 1; } }\n",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"src/Ok.sol:3:59: warning: Unused local variable. (Warning 2072)"}
	if diff := cmp.Diff(want, diagStrings(diags)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
	if ok := out.Contracts["src/Ok.sol"]["Ok"]; ok.EVM.DeployedBytecode.Object == "" {
		t.Error("no runtime bytecode for Ok")
	}
}

func TestFind_ExplicitSolcOfWrongVersionIsAnError(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "solc")
	script := "#!/bin/sh\necho 'solc, the solidity compiler commandline interface'\necho 'Version: 0.8.20+commit.a1b79de6.Linux.g++'\n"
	if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := Find(context.Background(), "0.8.37", FindOptions{SolcEnv: fake})
	want := "SOLC=" + fake + " is solc 0.8.20+commit.a1b79de6.Linux.g++, but contracts/compiler.json pins 0.8.37"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %q", err, want)
	}
}

func TestFind_NativeOnPathOfWrongVersionFallsBackToSolcJS(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "solc")
	script := "#!/bin/sh\necho 'Version: 0.8.20+commit.a1b79de6.Linux.g++'\n"
	if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	pinned(t) // skip when solc-js cannot run here
	c, err := Find(context.Background(), "0.8.37", FindOptions{
		LookPath: func(name string) (string, error) {
			if name == "solc" {
				return fake, nil
			}
			return lookPath(name)
		},
		ModulesDir: filepath.Join("..", "..", "contracts", "node_modules"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if c.Kind != JS || !contains([]byte(c.Why), fake+" on PATH is 0.8.20+commit.a1b79de6.Linux.g++, not 0.8.37") {
		t.Errorf("compiler = %+v", c)
	}
}

func TestFind_NativeOfPinnedVersionIsPreferred(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "solc")
	script := "#!/bin/sh\necho 'Version: 0.8.37+commit.f401782d.Linux.g++'\n"
	if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	c, err := Find(context.Background(), "0.8.37", FindOptions{
		LookPath: func(string) (string, error) { return fake, nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	if c.Kind != Native || c.Path != fake || c.LongVersion != "0.8.37+commit.f401782d.Linux.g++" {
		t.Errorf("compiler = %+v", c)
	}
}
