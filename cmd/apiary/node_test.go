package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/node"
)

func validNodeConfig() nodeConfig {
	return nodeConfig{Host: "127.0.0.1", Port: 8545, Accounts: 10, Balance: "10000", BlockTime: "0",
		ChainID: 1337, Hardfork: "osaka", MaxBodyBytes: node.DefaultBodyLimit, MaxBatch: node.DefaultBatchLimit}
}

func TestNodeConfigCheck_AcceptsGoodFlagsAndNamesTheBadOne(t *testing.T) {
	tests := []struct {
		name    string
		change  func(*nodeConfig)
		wantErr string // "" for valid
	}{
		{"defaults", func(c *nodeConfig) {}, ""},
		{"localhost", func(c *nodeConfig) { c.Host = "localhost" }, ""},
		{"IPv6 loopback", func(c *nodeConfig) { c.Host = "::1" }, ""},
		{"remote host with --allow-remote", func(c *nodeConfig) { c.Host, c.AllowRemote = "0.0.0.0", true }, ""},
		{"block time in seconds", func(c *nodeConfig) { c.BlockTime = "2" }, ""},
		{"block time as a duration", func(c *nodeConfig) { c.BlockTime = "500ms" }, ""},
		{"remote host without --allow-remote", func(c *nodeConfig) { c.Host = "0.0.0.0" }, "--allow-remote"},
		{"host name", func(c *nodeConfig) { c.Host = "example.com" }, "--host"},
		{"port out of range", func(c *nodeConfig) { c.Port = 70000 }, "--port"},
		{"no accounts", func(c *nodeConfig) { c.Accounts = 0 }, "--accounts"},
		{"balance as a float expression", func(c *nodeConfig) { c.Balance = "1e3" }, "--balance"},
		{"negative block time", func(c *nodeConfig) { c.BlockTime = "-1s" }, "--block-time"},
		{"block time without a unit or number", func(c *nodeConfig) { c.BlockTime = "soon" }, "--block-time"},
		{"chain ID zero", func(c *nodeConfig) { c.ChainID = 0 }, "--chain-id"},
		{"unknown hardfork", func(c *nodeConfig) { c.Hardfork = "london2" }, "--hardfork"},
		{"config and no economy", func(c *nodeConfig) { c.EconomyPath, c.NoEconomy = "x.toml", true }, "exclude"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validNodeConfig()
			tt.change(&c)
			err := c.Check()
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("Check() = %v, want nil", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("Check() = %v, want an error naming %q", err, tt.wantErr)
			}
		})
	}
}

func TestListenWarning_OnlyForNonLoopbackHosts(t *testing.T) {
	tests := []struct {
		host string
		warn bool
	}{
		{"127.0.0.1", false}, {"127.0.0.53", false}, {"::1", false}, {"localhost", false},
		{"0.0.0.0", true}, {"192.168.1.10", true}, {"::", true},
	}
	for _, tt := range tests {
		if got := listenWarning(tt.host); (got != "") != tt.warn || (tt.warn && !strings.Contains(got, tt.host)) {
			t.Errorf("listenWarning(%q) = %q, want a warning naming it: %v", tt.host, got, tt.warn)
		}
	}
}

func TestNodeCommand_RemoteHostWithoutTheFlagIsAUsageError(t *testing.T) {
	code, _, stderr := runCLI("node", "--host", "0.0.0.0", "--port", "0")
	if code != exitUsage || !strings.Contains(stderr, "--allow-remote") {
		t.Errorf("exit %d, stderr %q; want %d naming --allow-remote", code, stderr, exitUsage)
	}
}

// syncBuffer is a bytes.Buffer the command writes to while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// runningNode is `apiary node` running in the background.
type runningNode struct {
	banner node.Banner
	stderr *syncBuffer
	done   chan int
}

// startNodeCommand runs `apiary node --port 0 --json args...` until ctx ends and returns
// once the banner is printed.
func startNodeCommand(t *testing.T, ctx context.Context, args ...string) *runningNode {
	t.Helper()
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	r := &runningNode{stderr: stderr, done: make(chan int, 1)}
	argv := append([]string{"apiary", "node", "--port", "0", "--json"}, args...)
	go func() { r.done <- run(ctx, argv, stdout, stderr) }()
	for {
		if line, ok := strings.CutSuffix(stdout.String(), "\n"); ok {
			if err := json.Unmarshal([]byte(line), &r.banner); err != nil {
				t.Fatalf("banner is not one JSON object: %v\n%s", err, line)
			}
			return r
		}
		select {
		case code := <-r.done:
			t.Fatalf("apiary node exited %d before its banner: %s", code, stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func (r *runningNode) wait(t *testing.T) int {
	t.Helper()
	select {
	case code := <-r.done:
		return code
	case <-time.After(2 * time.Minute):
		t.Fatal("apiary node did not stop")
		return -1
	}
}

func TestNodeCommand_SavesTheStateOnSIGTERMAndLoadsItOnStart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "chain.json")
	first := startNodeCommand(t, context.Background(), "--state", path)
	b := first.banner
	if b.ChainID != 1337 || b.Hardfork != "osaka" || b.Economy == nil || len(b.Accounts) != 10 || !strings.HasPrefix(b.RPCURL, "http://127.0.0.1:") {
		t.Fatalf("banner %+v", b)
	}
	ec, err := ethclient.Dial(b.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	var hash common.Hash
	if err := ec.Client().Call(&hash, "eth_sendTransaction", map[string]any{"from": b.Accounts[1].Address, "to": to, "value": "0x2a"}); err != nil {
		t.Fatal(err)
	}
	for {
		if bal, _ := ec.BalanceAt(context.Background(), to, nil); bal != nil && bal.Int64() == 42 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	ec.Close()
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := first.wait(t); code != 0 {
		t.Fatalf("exit %d after SIGTERM: %s", code, first.stderr.String())
	}
	if !strings.Contains(first.stderr.String(), "saved to "+path) {
		t.Errorf("stderr %q does not report the saved state", first.stderr.String())
	}

	ctx, cancel := context.WithCancel(context.Background())
	second := startNodeCommand(t, ctx, "--state", path)
	if diff := cmp.Diff(b.Economy, second.banner.Economy); diff != "" {
		t.Errorf("economy after restart (-first +second):\n%s", diff)
	}
	ec2, err := ethclient.Dial(second.banner.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec2.Close()
	if bal, err := ec2.BalanceAt(context.Background(), to, nil); err != nil || bal.Cmp(big.NewInt(42)) != 0 {
		t.Errorf("balance after restart = %v (err %v), want 42", bal, err)
	}
	cancel()
	if code := second.wait(t); code != 0 {
		t.Errorf("exit %d: %s", code, second.stderr.String())
	}
}

func TestNodeCommand_RefusesACorruptStateFileAndLeavesItAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "chain.json")
	corrupt := []byte(`{"version":1,"chainId":1337,"accounts":{`)
	if err := os.WriteFile(path, corrupt, 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI("node", "--port", "0", "--state", path)
	if code != exitFailure || !strings.Contains(stderr, "corrupt state file") || !strings.Contains(stderr, "left as it is") {
		t.Errorf("exit %d, stderr %q; want %d explaining the corrupt file", code, stderr, exitFailure)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, corrupt) {
		t.Errorf("state file changed to %q", got)
	}
}
