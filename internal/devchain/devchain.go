// Package devchain starts real dev chains for tests: anvil (from the pinned npm package) and
// `geth --dev` (built from go.mod's go-ethereum), each on 127.0.0.1 at a free port, waits
// until they answer JSON-RPC and stops them when the test ends. A missing binary fails the
// test under CI=true and skips it otherwise (internal/devtools).
package devchain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-dev/apiary/internal/devtools"
)

// Chain is a running dev chain.
type Chain struct {
	URL     string
	ChainID uint64
	// Key is a funded account's key (anvil's first dev key; on geth an account the dev
	// account funded). Test use only.
	Key     *ecdsa.PrivateKey
	Address common.Address
	RPC     *rpc.Client
	cmd     *exec.Cmd
	out     *syncBuffer
}

// AnvilKey is anvil's first dev account key (public knowledge; never use it elsewhere).
const AnvilKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// Anvil starts anvil with automine unless args say otherwise ("--block-time", "1";
// "--no-mining"; "--hardfork", "berlin"; ...).
func Anvil(tb testing.TB, args ...string) *Chain {
	tb.Helper()
	bin := devtools.Require(tb, devtools.Anvil)
	key, _ := crypto.HexToECDSA(AnvilKey)
	return start(tb, "anvil", 31337, key, func(port int) *exec.Cmd {
		a := append([]string{"--host", "127.0.0.1", "--port", strconv.Itoa(port)}, args...)
		return exec.Command(bin, a...)
	}, nil)
}

// GethOptions choose how `geth --dev` runs.
type GethOptions struct {
	// Protected keeps geth's default of refusing pre-EIP-155 transactions over RPC (the
	// CREATE2 proxy's presigned deployment is one).
	Protected bool
	// WithoutProxy starts from geth's dev genesis minus the deterministic-deployment proxy
	// (which geth 1.17 predeploys), like a chain that never had it.
	WithoutProxy bool
	// Args are added to the command line ("--dev.period", "1").
	Args []string
}

// Geth starts `geth --dev` with HTTP JSON-RPC. A fresh key is funded: from the dev account,
// or in the genesis when WithoutProxy rewrites it.
func Geth(tb testing.TB, o GethOptions) *Chain {
	tb.Helper()
	bin := devtools.Require(tb, devtools.Geth)
	dir := tb.TempDir()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("apiary devchain geth")))
	setup := fundFromDevAccount
	if o.WithoutProxy {
		if err := initGenesisWithoutProxy(bin, dir, crypto.PubkeyToAddress(key.PublicKey)); err != nil {
			tb.Fatal(err)
		}
		setup = nil
	}
	return start(tb, "geth", 1337, key, func(port int) *exec.Cmd {
		a := []string{"--dev", "--datadir", dir, "--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(port),
			"--http.api", "eth,net,web3,debug,txpool", "--authrpc.port", strconv.Itoa(freePort(tb)), "--port", "0",
			"--nodiscover", "--maxpeers", "0", "--ipcdisable", "--verbosity", "2"}
		if !o.Protected {
			a = append(a, "--rpc.allow-unprotected-txs")
		}
		return exec.Command(bin, append(a, o.Args...)...)
	}, setup)
}

// initGenesisWithoutProxy writes geth's dev genesis without the proxy and with funded into
// dir: `geth --dev --datadir dir` then runs that chain.
func initGenesisWithoutProxy(bin, dir string, funded common.Address) error {
	out, err := exec.Command(bin, "--dev", "dumpgenesis").Output()
	if err != nil {
		return fmt.Errorf("geth --dev dumpgenesis: %w", err)
	}
	var g map[string]any
	if err := json.Unmarshal(out, &g); err != nil {
		return fmt.Errorf("geth --dev dumpgenesis: %w", err)
	}
	alloc, ok := g["alloc"].(map[string]any)
	if !ok {
		return errors.New("geth --dev dumpgenesis: no alloc")
	}
	for addr := range alloc {
		if strings.EqualFold(strings.TrimPrefix(addr, "0x"), "4e59b44847b379578588920ca78fbf26c0b4956c") {
			delete(alloc, addr)
		}
	}
	alloc[funded.Hex()] = map[string]any{"balance": "0x3635c9adc5dea00000"} // 1000 ETH
	data, err := json.Marshal(g)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, "genesis.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	if out, err := exec.Command(bin, "--datadir", dir, "init", path).CombinedOutput(); err != nil {
		return fmt.Errorf("geth init: %w\n%s", err, out)
	}
	return nil
}

func start(tb testing.TB, name string, chainID uint64, key *ecdsa.PrivateKey, command func(port int) *exec.Cmd, setup func(context.Context, *Chain) error) *Chain {
	tb.Helper()
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		port := freePort(tb)
		c := &Chain{URL: fmt.Sprintf("http://127.0.0.1:%d", port), ChainID: chainID, Key: key,
			Address: crypto.PubkeyToAddress(key.PublicKey), out: &syncBuffer{}}
		c.cmd = command(port)
		c.cmd.Stdout, c.cmd.Stderr = c.out, c.out
		c.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		if err := c.cmd.Start(); err != nil {
			tb.Fatalf("start %s: %v", name, err)
		}
		exited := make(chan struct{})
		go func() { c.cmd.Wait(); close(exited) }()
		stop := func() {
			_ = syscall.Kill(-c.cmd.Process.Pid, syscall.SIGTERM)
			select {
			case <-exited:
			case <-time.After(5 * time.Second):
				_ = syscall.Kill(-c.cmd.Process.Pid, syscall.SIGKILL)
				<-exited
			}
		}
		if lastErr = c.waitReady(exited); lastErr != nil {
			stop()
			continue // most likely the port was taken between probe and start
		}
		tb.Cleanup(func() {
			c.RPC.Close()
			stop()
			if tb.Failed() {
				tb.Logf("%s output:\n%s", name, c.out.String())
			}
		})
		if setup != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			if err := setup(ctx, c); err != nil {
				tb.Fatalf("%s: %v\n%s", name, err, c.out.String())
			}
		}
		return c
	}
	tb.Fatalf("%s did not start: %v", name, lastErr)
	return nil
}

func (c *Chain) waitReady(exited chan struct{}) error {
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			return fmt.Errorf("exited: %s", c.out.String())
		default:
		}
		cl, err := rpc.Dial(c.URL)
		if err == nil {
			var id hexutil.Uint64
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			err = cl.CallContext(ctx, &id, "eth_chainId")
			cancel()
			if err == nil {
				c.RPC = cl
				c.ChainID = uint64(id)
				return nil
			}
			cl.Close()
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("no JSON-RPC answer at %s within 60s: %s", c.URL, c.out.String())
}

// fundFromDevAccount sends 1000 ETH from geth's unlocked dev account to the chain's key.
func fundFromDevAccount(ctx context.Context, c *Chain) error {
	var accounts []common.Address
	if err := c.RPC.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		return fmt.Errorf("geth dev account: %v (accounts %v)", err, accounts)
	}
	value := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	var hash common.Hash
	err := c.RPC.CallContext(ctx, &hash, "eth_sendTransaction", map[string]any{
		"from": accounts[0], "to": c.Address, "value": (*hexutil.Big)(value)})
	if err != nil {
		return fmt.Errorf("fund %s from the dev account: %w", c.Address.Hex(), err)
	}
	for ctx.Err() == nil {
		var r map[string]any
		if err := c.RPC.CallContext(ctx, &r, "eth_getTransactionReceipt", hash); err == nil && r != nil {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("fund %s: not mined: %w", c.Address.Hex(), ctx.Err())
}

// Call runs a JSON-RPC method (anvil_dropAllTransactions, evm_mine, ...) and fails the test
// on an error.
func (c *Chain) Call(tb testing.TB, result any, method string, args ...any) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.RPC.CallContext(ctx, result, method, args...); err != nil {
		tb.Fatalf("%s: %v", method, err)
	}
}

// Output is what the chain printed so far.
func (c *Chain) Output() string { return c.out.String() }

func freePort(tb testing.TB) int {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatalf("free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.b.Len() > 1<<20 {
		return len(p), nil // enough to diagnose; keep memory bounded
	}
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
