package node_test

import (
	"encoding/json"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-dev/apiary/internal/devtools"
	"github.com/apiary-dev/apiary/sim/engine"
)

// TestCast_WorksAgainstTheNode drives the node with cast (Foundry's CLI, from the pinned npm
// package), a client nobody here wrote: chain id, send, call, logs and a dev method.
func TestCast_WorksAgainstTheNode(t *testing.T) {
	castPath := devtools.Require(t, devtools.Cast)
	n := startNode(t)
	url := n.URL()
	cast := func(t *testing.T, args ...string) string {
		t.Helper()
		cmd := exec.CommandContext(testContext(t), castPath, args...)
		cmd.Env = append(cmd.Environ(), "ETH_RPC_URL="+url, "FOUNDRY_DISABLE_NIGHTLY_WARNING=1")
		out, err := cmd.Output()
		if err != nil {
			stderr := ""
			if ee, ok := err.(*exec.ExitError); ok {
				stderr = string(ee.Stderr)
			}
			t.Fatalf("cast %s: %v\n%s", strings.Join(args, " "), err, stderr)
		}
		return strings.TrimSpace(string(out))
	}
	token := n.Economy().Token.Hex()
	member := engine.DevAccount(1)
	key := hexutil.Encode(crypto.FromECDSA(member.Key))
	alice := common.HexToAddress("0x00000000000000000000000000000000000a11ce").Hex()
	var txHash string
	var txBlock uint64

	t.Run("chain-id", func(t *testing.T) {
		if got := cast(t, "chain-id", "-r", url); got != "1337" {
			t.Errorf("chain-id = %q, want 1337", got)
		}
	})
	t.Run("send signs a token transfer and waits for its receipt", func(t *testing.T) {
		out := cast(t, "send", "-r", url, "--private-key", key, "--json", token, "transfer(address,uint256)", alice, "5000000000000000000")
		var receipt struct {
			Status          string `json:"status"`
			TransactionHash string `json:"transactionHash"`
			BlockNumber     string `json:"blockNumber"`
		}
		if err := json.Unmarshal([]byte(out), &receipt); err != nil {
			t.Fatalf("receipt %q: %v", out, err)
		}
		if receipt.Status != "0x1" {
			t.Fatalf("status %s", receipt.Status)
		}
		txHash = receipt.TransactionHash
		txBlock, _ = hexutil.DecodeUint64(receipt.BlockNumber)
	})
	t.Run("send from an unlocked dev account (eth_sendTransaction)", func(t *testing.T) {
		out := cast(t, "send", "-r", url, "--unlocked", "--from", engine.DevAccount(2).Address.Hex(), "--json", alice, "--value", "1000")
		if !strings.Contains(out, `"status":"0x1"`) {
			t.Errorf("receipt %s", out)
		}
	})
	t.Run("call reads the balance", func(t *testing.T) {
		out := cast(t, "call", "-r", url, token, "balanceOf(address)(uint256)", alice)
		if got := strings.Fields(out)[0]; got != "5000000000000000000" {
			t.Errorf("balanceOf = %q, want 5000000000000000000", out)
		}
	})
	t.Run("logs finds the Transfer", func(t *testing.T) {
		out := cast(t, "logs", "-r", url, "--json", "--from-block", strconv.FormatUint(txBlock, 10), "--address", token,
			"Transfer(address,address,uint256)")
		var logs []struct {
			TransactionHash string   `json:"transactionHash"`
			Topics          []string `json:"topics"`
		}
		if err := json.Unmarshal([]byte(out), &logs); err != nil {
			t.Fatalf("logs %q: %v", out, err)
		}
		if len(logs) != 1 || logs[0].TransactionHash != txHash {
			t.Errorf("logs %+v, want the transfer %s", logs, txHash)
		}
	})
	t.Run("rpc evm_increaseTime moves the next block", func(t *testing.T) {
		before, err := strconv.ParseUint(cast(t, "block", "-r", url, "latest", "-f", "timestamp"), 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		cast(t, "rpc", "-r", url, "evm_increaseTime", "3600")
		cast(t, "rpc", "-r", url, "evm_mine")
		after, err := strconv.ParseUint(cast(t, "block", "-r", url, "latest", "-f", "timestamp"), 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		if after < before+3600 {
			t.Errorf("timestamp %d after evm_increaseTime 3600, want at least %d", after, before+3600)
		}
	})
}
