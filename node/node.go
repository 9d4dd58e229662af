// Package node is apiary's local development chain: go-ethereum's node, eth service and
// JSON-RPC stack serving HTTP and WebSocket on a real listener, with funded dev accounts,
// the community token economy pre-deployed, automine or interval mining, and the dev
// methods front-end tools call (evm_snapshot, evm_increaseTime, anvil_setBalance, ...).
// It is what `apiary node` runs; it is not a node for real networks (no peers, dev keys).
package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	gethnode "github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	// Register the built-in tracers (callTracer, prestateTracer, ...) for debug_trace*.
	_ "github.com/ethereum/go-ethereum/eth/tracers/js"
	_ "github.com/ethereum/go-ethereum/eth/tracers/native"

	"github.com/apiary-dev/apiary/sim/engine"
	"github.com/apiary-dev/apiary/sim/hardfork"
	"github.com/apiary-dev/apiary/sim/harness"
)

// Modules are the RPC namespaces the node serves over HTTP and WebSocket.
var Modules = []string{"eth", "net", "web3", "debug", "txpool", "evm", "anvil", "hardhat", "apiary"}

// Node is a running dev chain. Close it when done.
type Node struct {
	stack    *gethnode.Node
	eth      *eth.Ethereum
	rpc      *rpc.Server
	gethEth  *rpc.Client // geth's eth_ API alone (senders.go)
	http     *listener
	sealer   *sealer
	client   *ethclient.Client
	chainCfg *params.ChainConfig
	fork     string
	accounts []engine.Account
	keys     map[common.Address]*ecdsa.PrivateKey
	economy  *Contracts
	log      *slog.Logger

	automine  atomic.Bool
	blockTime time.Duration

	mu           sync.Mutex
	impersonated map[common.Address]bool
	proxies      map[common.Address]common.Address // proxy address → the impersonated account it sent for
	snapshots    map[uint64]snapshot
	nextSnapshot uint64
	sendLocks    sync.Map // common.Address → *sync.Mutex: one eth_sendTransaction per sender picks a nonce at a time

	cancel  context.CancelFunc
	wg      sync.WaitGroup
	started time.Duration
}

type snapshot struct {
	head   common.Hash
	offset int64
}

// Start builds the chain, starts the RPC server, deploys the economy (unless starting
// from a saved state or without one) and starts mining.
func Start(ctx context.Context, opts ...Option) (*Node, error) {
	begin := time.Now()
	o := defaultOptions()
	for _, opt := range opts {
		opt(&o)
	}
	chainCfg, err := hardfork.Config(o.fork)
	if err != nil {
		return nil, fmt.Errorf("start node: %w", err)
	}
	if o.chainID == 0 {
		return nil, errors.New("start node: chain ID must not be zero")
	}
	chainCfg.ChainID = new(big.Int).SetUint64(o.chainID)
	genesis, err := o.genesis(chainCfg)
	if err != nil {
		return nil, fmt.Errorf("start node: %w", err)
	}
	stack, backend, err := newStack(o, genesis)
	if err != nil {
		return nil, fmt.Errorf("start node: %w", err)
	}
	n := &Node{
		stack: stack, eth: backend, chainCfg: chainCfg, fork: o.fork, accounts: o.accounts,
		keys: map[common.Address]*ecdsa.PrivateKey{}, log: o.logger, blockTime: o.blockTime,
		impersonated: map[common.Address]bool{}, proxies: map[common.Address]common.Address{}, snapshots: map[uint64]snapshot{},
	}
	for _, a := range o.accounts {
		n.keys[a.Address] = a.Key
	}
	bc := backend.BlockChain()
	edits := newEditProcessor(bc)
	bc.SetBlockValidatorAndProcessorForTesting(bc.Validator(), edits)
	n.sealer = newSealer(backend, edits, o.logger)
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("start node: %w", err)
	}
	if n.rpc, err = n.newRPCServer(backend, o); err != nil {
		stack.Close()
		return nil, fmt.Errorf("start node: %w", err)
	}
	n.client = ethclient.NewClient(rpc.DialInProc(n.rpc))
	if n.http, err = listen(o.host, o.port, httpHandler(n.rpc, o.bodyLimit)); err != nil {
		n.Close()
		return nil, fmt.Errorf("start node: listen on %s:%d: %w", o.host, o.port, err)
	}
	if err := n.prepare(ctx, o); err != nil {
		n.Close()
		return nil, fmt.Errorf("start node: %w", err)
	}
	mineCtx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	n.automine.Store(o.blockTime == 0)
	n.wg.Add(1)
	go func() { defer n.wg.Done(); n.sealer.automine(mineCtx, n.automine.Load) }()
	if o.blockTime > 0 {
		n.wg.Add(1)
		go func() { defer n.wg.Done(); n.sealer.interval(mineCtx, o.blockTime) }()
	}
	n.started = time.Since(begin)
	return n, nil
}

// prepare seals the first block (receipt queries fail on a chain with only a genesis)
// and deploys the economy.
func (n *Node) prepare(ctx context.Context, o options) error {
	if o.state != nil {
		n.economy = o.state.Economy
	}
	if _, err := n.sealer.seal(ctx, sealRequest{empty: true}); err != nil {
		return err
	}
	if o.economy == nil || o.state != nil {
		return nil
	}
	if len(n.accounts) == 0 {
		return errors.New("deploy economy: no dev account to deploy from")
	}
	eco, err := harness.Deploy(ctx, n.Engine(), o.economy)
	if err != nil {
		return err
	}
	n.economy = contractsOf(eco.Addr)
	return nil
}

func (o options) genesis(cfg *params.ChainConfig) (*core.Genesis, error) {
	alloc := core.SystemContractAllocs()
	g := &core.Genesis{Config: cfg, GasLimit: o.gasLimit, BaseFee: big.NewInt(params.InitialBaseFee)}
	if o.state != nil {
		if o.state.ChainID != cfg.ChainID.Uint64() {
			return nil, fmt.Errorf("saved state is of chain %d, not %d", o.state.ChainID, cfg.ChainID.Uint64())
		}
		if !strings.EqualFold(o.state.Hardfork, o.fork) {
			return nil, fmt.Errorf("saved state runs hardfork %q, not %q: start with --hardfork %s", o.state.Hardfork, o.fork, o.state.Hardfork)
		}
		g.Timestamp = o.state.Timestamp
		if o.state.BaseFee != nil {
			g.BaseFee = o.state.BaseFee.ToInt()
		}
	}
	// Dev accounts the saved state does not know (more --accounts, another mnemonic) are
	// funded as on a fresh chain; the saved state wins for the others.
	for _, a := range o.accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(o.balance)}
	}
	if o.state != nil {
		maps.Copy(alloc, o.state.Accounts)
	}
	g.Alloc = alloc
	return g, nil
}

func newStack(o options, genesis *core.Genesis) (*gethnode.Node, *eth.Ethereum, error) {
	nodeConf := gethnode.DefaultConfig
	nodeConf.DataDir = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true, NoDial: true, MaxPeers: 0, ListenAddr: ""}
	// The node serves RPC itself (server.go): no HTTP, WebSocket or IPC from the stack.
	nodeConf.HTTPHost, nodeConf.WSHost, nodeConf.IPCPath = "", "", ""

	ethConf := ethconfig.Defaults
	ethConf.Genesis = genesis
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.NetworkId = genesis.Config.ChainID.Uint64()
	ethConf.TxPool.NoLocals = true
	ethConf.TxPool.PriceLimit = 1
	// An empty chain suggests a tip of a few wei at most; the miner and pool accept any
	// non-zero tip, so what clients suggest is mined.
	ethConf.Miner.GasPrice = big.NewInt(1)
	ethConf.Miner.GasCeil = o.gasLimit
	ethConf.Miner.Recommit = time.Minute
	// Keep every state (snapshots revert to any block; historical calls work) and the
	// preimages a state dump needs to name accounts.
	ethConf.NoPruning = true
	ethConf.StateScheme = rawdb.HashScheme
	ethConf.Preimages = true
	// Search logs without the background index, which would lag behind fresh blocks.
	ethConf.LogNoHistory = true
	ethConf.RPCTxFeeCap = 0 // no cap: a dev chain's fees are play money

	stack, err := gethnode.New(&nodeConf)
	if err != nil {
		return nil, nil, fmt.Errorf("new node stack: %w", err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		return nil, nil, fmt.Errorf("new eth service: %w", err)
	}
	return stack, backend, nil
}

// Close stops mining and the server.
func (n *Node) Close() error {
	if n.cancel != nil {
		n.cancel()
	}
	n.wg.Wait()
	var err error
	if n.http != nil {
		err = n.http.close()
	}
	if n.client != nil {
		n.client.Close()
	}
	if n.rpc != nil {
		n.rpc.Stop()
	}
	if n.gethEth != nil {
		n.gethEth.Close()
	}
	return errors.Join(err, n.stack.Close())
}

// URL is the HTTP JSON-RPC endpoint, e.g. http://127.0.0.1:8545.
func (n *Node) URL() string { return n.http.url }

// WSURL is the WebSocket JSON-RPC endpoint (the same port as URL).
func (n *Node) WSURL() string { return n.http.ws }

// ChainID is the chain's ID.
func (n *Node) ChainID() *big.Int { return new(big.Int).Set(n.chainCfg.ChainID) }

// Hardfork is the name of the rule set the chain runs.
func (n *Node) Hardfork() string { return n.fork }

// Accounts are the funded, unlocked dev accounts.
func (n *Node) Accounts() []engine.Account { return n.accounts }

// Economy is where the economy's contracts live, or nil when none was deployed.
func (n *Node) Economy() *Contracts { return n.economy }

// Client is an in-process client of the node.
func (n *Node) Client() *ethclient.Client { return n.client }

// StartupTime is how long Start took, deployment included.
func (n *Node) StartupTime() time.Duration { return n.started }

// Automine reports whether a block is sealed as soon as a transaction arrives.
func (n *Node) Automine() bool { return n.automine.Load() }

// SetAutomine turns automine on or off; turning it on mines what is pending.
func (n *Node) SetAutomine(ctx context.Context, on bool) error {
	n.automine.Store(on)
	if on {
		_, err := n.sealer.mineExecutable(ctx)
		return err
	}
	return nil
}

// Mine seals blocks one after another, interval seconds apart (0: by the clock). The
// first block includes the pending transactions.
func (n *Node) Mine(ctx context.Context, blocks, interval uint64) error {
	if blocks > MaxMineBlocks {
		return fmt.Errorf("mine %d blocks: at most %d per call", blocks, MaxMineBlocks)
	}
	if interval > MaxTime {
		return fmt.Errorf("mine blocks %d s apart: %w", interval, ErrTimeTooFar)
	}
	for i := uint64(0); i < blocks; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		req := sealRequest{}
		if interval > 0 && i > 0 {
			req.timestamp = n.eth.BlockChain().CurrentBlock().Time + interval
		}
		if _, err := n.sealer.seal(ctx, req); err != nil {
			return err
		}
	}
	return nil
}

// MineAt seals one block at timestamp ts, which must be after the latest block's.
func (n *Node) MineAt(ctx context.Context, ts uint64) error {
	if ts > MaxTime {
		return fmt.Errorf("mine at %d: %w", ts, ErrTimeTooFar)
	}
	_, err := n.sealer.seal(ctx, sealRequest{timestamp: ts})
	return err
}

// IncreaseTime moves the chain's clock forward; it returns the total offset in seconds.
func (n *Node) IncreaseTime(seconds uint64) (int64, error) {
	if seconds > MaxTime {
		return 0, fmt.Errorf("increase time by %d s: %w", seconds, ErrTimeTooFar)
	}
	return n.sealer.increaseTime(seconds), nil
}

// SetNextBlockTimestamp fixes the next block's timestamp.
func (n *Node) SetNextBlockTimestamp(ts uint64) error {
	if ts > MaxTime {
		return fmt.Errorf("set next block timestamp %d: %w", ts, ErrTimeTooFar)
	}
	return n.sealer.setNextTimestamp(ts)
}

// MaxMineBlocks bounds the blocks one Mine call (anvil_mine, evm_mine) seals.
const MaxMineBlocks = 100_000

// MaxTime bounds timestamps and time jumps (2^40 s, some 35,000 years), so that clock
// arithmetic never overflows.
const MaxTime = 1 << 40

// ErrTimeTooFar is returned for a timestamp or a time jump beyond MaxTime.
var ErrTimeTooFar = errors.New("beyond 2^40 seconds")

// Edit seals a block carrying the state edits.
func (n *Node) Edit(ctx context.Context, edits ...Edit) error {
	_, err := n.sealer.seal(ctx, sealRequest{edits: edits})
	return err
}

// Snapshot records the current head and clock; Revert returns to it.
func (n *Node) Snapshot() uint64 {
	head, offset := n.sealer.mark()
	n.mu.Lock()
	defer n.mu.Unlock()
	n.nextSnapshot++
	n.snapshots[n.nextSnapshot] = snapshot{head: head, offset: offset}
	return n.nextSnapshot
}

// Revert returns to snapshot id and forgets it and every later snapshot, as Hardhat and
// anvil do; it reports false for an unknown id.
func (n *Node) Revert(id uint64) (bool, error) {
	n.mu.Lock()
	snap, ok := n.snapshots[id]
	if ok {
		for k := range n.snapshots {
			if k >= id {
				delete(n.snapshots, k)
			}
		}
	}
	n.mu.Unlock()
	if !ok {
		return false, nil
	}
	if err := n.sealer.revertTo(snap.head, snap.offset); err != nil {
		return false, err
	}
	return true, nil
}

// Impersonate lets eth_sendTransaction send from addr without its key.
func (n *Node) Impersonate(addr common.Address, on bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if on {
		n.impersonated[addr] = true
	} else {
		delete(n.impersonated, addr)
	}
}

// sendLock serialises eth_sendTransaction per sender, so two concurrent sends never pick
// the same nonce.
func (n *Node) sendLock(from common.Address) *sync.Mutex {
	mu, _ := n.sendLocks.LoadOrStore(from, new(sync.Mutex))
	return mu.(*sync.Mutex)
}

func (n *Node) addProxy(proxy, sender common.Address) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.proxies[proxy] = sender
}

func (n *Node) anyImpersonatedTx() bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return len(n.proxies) > 0
}

// impersonatedBy tells which impersonated account a proxy address sent for.
func (n *Node) impersonatedBy(proxy common.Address) (common.Address, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	sender, ok := n.proxies[proxy]
	return sender, ok
}

func (n *Node) isImpersonated(addr common.Address) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.impersonated[addr]
}
