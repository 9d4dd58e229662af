package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/apiary-dev/apiary/internal/devchain"
)

const exampleConfig = "../../testdata/economy/default.toml"

func TestDeploy_UsageErrors_ExitTwoNamingTheFlag(t *testing.T) {
	t.Setenv("ETH_RPC_URL", "")
	t.Setenv("ETH_PRIVATE_KEY", "")
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"no config", []string{"deploy", "plan", "--rpc-url", "http://127.0.0.1:1", "--chain-id", "1"}, "--config FILE is required"},
		{"rpc url without chain id", []string{"deploy", "plan", "--config", exampleConfig, "--rpc-url", "http://127.0.0.1:1"}, "--chain-id is required with --rpc-url"},
		{"neither network nor rpc url", []string{"deploy", "status", "--config", exampleConfig}, "--network NAME or --rpc-url URL"},
		{"network and chain id", []string{"deploy", "plan", "--config", exampleConfig, "--network", "anvil", "--chain-id", "5"}, "--network excludes"},
		{"unknown network", []string{"deploy", "plan", "--config", exampleConfig, "--network", "nope"}, `unknown network "nope": the config defines anvil, sepolia`},
		{"apply without a signer", []string{"deploy", "apply", "--config", exampleConfig, "--network", "anvil"}, "apply needs a signer"},
		{"bad private key", []string{"deploy", "apply", "--config", exampleConfig, "--network", "anvil", "--private-key", "0x12"}, "--private-key: not a hex"},
		{"bad max fee", []string{"deploy", "plan", "--config", exampleConfig, "--network", "anvil", "--max-fee", "-3"}, "--max-fee"},
		{"bad epoch start", []string{"deploy", "plan", "--config", exampleConfig, "--network", "anvil", "--epoch-start", "tomorrow"}, "--epoch-start"},
		{"unknown stage", []string{"deploy", "apply", "--config", exampleConfig, "--network", "anvil", "--private-key", devchain.AnvilKey, "--reset-from", "nope"}, `--reset-from "nope": not a stage`},
		{"offline with a network", []string{"deploy", "plan", "--config", exampleConfig, "--offline", "--network", "anvil"}, "--offline plans in an in-process chain"},
		{"offline under an unknown fork", []string{"deploy", "plan", "--config", exampleConfig, "--offline", "--hardfork", "frontier"}, `--hardfork: unknown hardfork "frontier"`},
		{"stray argument", []string{"deploy", "status", "--config", exampleConfig, "--network", "anvil", "extra"}, `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(tt.args...)
			if code != exitUsage {
				t.Errorf("exit = %d, want %d (stderr %q)", code, exitUsage, stderr)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tt.wantErr)
			}
		})
	}
}

// configWithNetwork writes the example config plus a [networks.test] table whose RPC URL
// comes from the environment.
func configWithNetwork(t *testing.T, url string) string {
	t.Helper()
	data, err := os.ReadFile(exampleConfig)
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, []byte("\n[networks.test]\nchain_id = 31337\nrpc_url = \"${APIARY_TEST_RPC_URL}\"\nconfirmations = 1\n")...)
	path := filepath.Join(t.TempDir(), "economy.toml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("APIARY_TEST_RPC_URL", url)
	return path
}

// TestDeploy_PlanApplyStatus_EndToEndOnAnvil runs the three commands as a user would, with
// --network and ${ENV} expansion, checks their output and exit statuses, and that the key
// shows nowhere: not in output, not in the journal, not in the record.
func TestDeploy_PlanApplyStatus_EndToEndOnAnvil(t *testing.T) {
	chain := devchain.Anvil(t, "--block-time", "1")
	cfgPath := configWithNetwork(t, chain.URL)
	dir := t.TempDir()
	t.Setenv("ETH_PRIVATE_KEY", devchain.AnvilKey)
	common := []string{"--config", cfgPath, "--network", "test", "--deployments", dir}
	var everything strings.Builder

	code, out, errOut := runCLI(append([]string{"deploy", "plan"}, common...)...)
	everything.WriteString(out + errOut)
	if code != 0 || !strings.Contains(out, "2 steps done, 20 left") || !strings.Contains(out, "total: 20 transactions") {
		t.Fatalf("plan: exit %d\n%s%s", code, out, errOut)
	}

	code, out, errOut = runCLI(append([]string{"deploy", "apply", "--json"}, common...)...)
	everything.WriteString(out + errOut)
	if code != 0 {
		t.Fatalf("apply: exit %d\n%s", code, errOut)
	}
	kinds := map[string]int{}
	var result map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var ev map[string]any
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			t.Fatalf("apply --json: not a JSON line: %q", sc.Text())
		}
		kinds[fmt.Sprint(ev["event"])]++
		if ev["event"] == "result" {
			result = ev
		}
	}
	if kinds["sent"] != 20 || kinds["mined"] != 20 || result == nil {
		t.Errorf("apply --json events %v, want 20 sent, 20 mined and a result", kinds)
	}
	t.Logf("apply on anvil --block-time 1: %v", result)

	code, out, errOut = runCLI(append([]string{"deploy", "status"}, common...)...)
	everything.WriteString(out + errOut)
	if code != 0 || strings.Contains(out, "DRIFT") {
		t.Fatalf("status: exit %d\n%s%s", code, out, errOut)
	}

	code, out, errOut = runCLI(append([]string{"deploy", "status", "--json"}, common...)...)
	var st struct {
		OK     bool `json:"ok"`
		Checks []struct {
			OK bool `json:"ok"`
		} `json:"checks"`
	}
	if err := json.Unmarshal([]byte(out), &st); code != 0 || err != nil || !st.OK || len(st.Checks) < 40 {
		t.Errorf("status --json: exit %d, err %v, ok %v, %d checks\n%s", code, err, st.OK, len(st.Checks), errOut)
	}

	code, out, errOut = runCLI(append([]string{"deploy", "plan"}, common...)...)
	if code != 0 || !strings.Contains(out, "nothing left to do: all 22 steps are done") {
		t.Errorf("plan after apply: exit %d\n%s%s", code, out, errOut)
	}

	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		everything.Write(data)
	}
	if strings.Contains(strings.ToLower(everything.String()), devchain.AnvilKey) {
		t.Errorf("the private key shows in the output, the journal or the record")
	}

	// The config now asks for another voting period: status reports drift, exit 1.
	data, _ := os.ReadFile(cfgPath)
	os.WriteFile(cfgPath, []byte(strings.Replace(string(data), `voting_period = "7d"`, `voting_period = "6d"`, 1)), 0o644)
	code, out, errOut = runCLI(append([]string{"deploy", "status"}, common...)...)
	if code != exitFailure || !strings.Contains(out, "DRIFT") || !strings.Contains(errOut, "drift") {
		t.Errorf("status after a config change: exit %d, want %d with DRIFT\n%s%s", code, exitFailure, out, errOut)
	}
}

// TestDeploy_KeystoreSigner_WithPasswordFile deploys with an encrypted keystore, as geth and
// cast write them; the password shows nowhere.
func TestDeploy_KeystoreSigner_WithPasswordFile(t *testing.T) {
	chain := devchain.Anvil(t)
	t.Setenv("ETH_PRIVATE_KEY", "")
	t.Setenv("ETH_RPC_URL", "")
	dir := t.TempDir()
	const password = "hunter2 but longer"
	ks, err := keystore.EncryptKey(&keystore.Key{PrivateKey: chain.Key, Address: chain.Address}, password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ksPath := filepath.Join(dir, "deployer.json")
	pwPath := filepath.Join(dir, "password")
	os.WriteFile(ksPath, ks, 0o600)
	os.WriteFile(pwPath, []byte(password+"\n"), 0o600)
	args := []string{"deploy", "apply", "--config", exampleConfig, "--rpc-url", chain.URL, "--chain-id", "31337",
		"--deployments", filepath.Join(dir, "deployments"), "--keystore", ksPath}

	code, _, errOut := runCLI(append(args, "--password-file", filepath.Join(dir, "missing"))...)
	if code == 0 || !strings.Contains(errOut, "password file") {
		t.Errorf("missing password file: exit %d, %q", code, errOut)
	}
	code, out, errOut := runCLI(append(args, "--password-file", pwPath)...)
	if code != 0 {
		t.Fatalf("apply with keystore: exit %d\n%s", code, errOut)
	}
	if !strings.Contains(out, "20 transactions sent") {
		t.Errorf("apply output:\n%s", out)
	}
	if strings.Contains(out+errOut, password) {
		t.Errorf("the password shows in the output")
	}
}

// TestDeploy_PlanOffline_NeedsNoRPCAndNoKey: plan --offline runs the whole deployment in the
// in-process chain for any --from.
func TestDeploy_PlanOffline_NeedsNoRPCAndNoKey(t *testing.T) {
	t.Setenv("ETH_RPC_URL", "")
	t.Setenv("ETH_PRIVATE_KEY", "")
	code, out, errOut := runCLI("deploy", "plan", "--config", exampleConfig, "--offline", "--json",
		"--from", "0x1000000000000000000000000000000000000001", "--deployments", t.TempDir())
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var plan struct {
		Steps []struct {
			ID  string `json:"id"`
			Gas uint64 `json:"gas"`
		}
		TotalGas uint64
	}
	if err := json.Unmarshal([]byte(out), &plan); err != nil {
		t.Fatalf("plan --json: %v\n%s", err, out)
	}
	if len(plan.Steps) != 20 || plan.TotalGas == 0 {
		t.Errorf("offline plan: %d steps, %d gas; want 20 steps and their gas", len(plan.Steps), plan.TotalGas)
	}
}
