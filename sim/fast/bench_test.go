package fast

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/apiary-dev/apiary/bindings/communitytoken"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/engine"
)

// The engine benchmark's workload: transfers of one token unit between holders that
// already hold some, each sender sending in turn. The simulated backend seals a block every
// 500 transactions (its pool and miner choke on much larger ones); the fast engine seals
// once, at the end, as a simulation seals once per epoch step.
const (
	benchHolders   = 100
	benchTransfers = 10_000
	simulatedBlock = 500
)

var tokenABI = communitytoken.NewCommunityToken()

// deployBenchToken deploys the community token into any engine and gives each of the first
// benchHolders dev accounts a balance.
func deployBenchToken(tb testing.TB, eng engine.Engine) common.Address {
	tb.Helper()
	ctx := context.Background()
	admin := eng.Account(0)
	cap := new(big.Int).Lsh(big.NewInt(1), 95)
	addr, tx, err := bind.DeployContract(eng.Transactor(admin), common.FromHex(communitytoken.CommunityTokenMetaData.Bin), eng.Backend(),
		tokenABI.PackConstructor("Bench", "BNC", cap, admin.Address))
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := eng.MineOK(ctx, tx); err != nil {
		tb.Fatal(err)
	}
	inst := tokenABI.Instance(eng.Backend(), addr)
	minter := [32]byte(common.FromHex("9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6")) // keccak256("MINTER_ROLE")
	txs := []*types.Transaction{}
	send := func(data []byte) {
		tx, err := bind.Transact(inst, eng.Transactor(admin), data)
		if err != nil {
			tb.Fatal(err)
		}
		txs = append(txs, tx)
	}
	send(tokenABI.PackGrantRole(minter, admin.Address))
	if _, err := eng.MineOK(ctx, txs...); err != nil {
		tb.Fatal(err)
	}
	txs = txs[:0]
	for i := 0; i < benchHolders; i++ {
		send(tokenABI.PackMint(eng.Account(i).Address, big.NewInt(1e18)))
	}
	if _, err := eng.MineOK(ctx, txs...); err != nil {
		tb.Fatal(err)
	}
	return addr
}

// transferCalls is the workload's calldata, packed once so the benchmark times execution.
var transferCalls = func() [][]byte {
	calls := make([][]byte, benchHolders)
	for from := range calls {
		calls[from] = tokenABI.PackTransfer(chain.DevAccount((from+1)%benchHolders).Address, big.NewInt(1))
	}
	return calls
}()

func transferData(i int) (from int, data []byte) {
	from = i % benchHolders
	return from, transferCalls[from]
}

func reportRate(b *testing.B) {
	b.ReportMetric(float64(b.N)*benchTransfers/b.Elapsed().Seconds(), "transfers/s")
}

// BenchmarkEngines runs the same 10,000-transfer ERC-20 workload on the fast engine (direct
// calls and signed-transaction sends through the bindings' path), on go-ethereum's simulated
// backend (signed transactions, 500 per block), and on a bare EVM over the same state
// database: the ceiling. Compare the transfers/s metrics.
func BenchmarkEngines(b *testing.B) {
	b.Run("fast-exec", func(b *testing.B) {
		e, err := New(WithAccounts(benchHolders))
		if err != nil {
			b.Fatal(err)
		}
		token := deployBenchToken(b, e)
		b.ResetTimer()
		for n := 0; n < b.N; n++ {
			for i := 0; i < benchTransfers; i++ {
				from, data := transferData(i)
				res, err := e.Exec(Call{From: e.accounts[from].Address, To: &token, Data: data, Gas: 100_000})
				if err != nil || res.Failed {
					b.Fatalf("transfer %d: %v %v", i, err, res.Err)
				}
			}
			if _, err := e.Mine(); err != nil {
				b.Fatal(err)
			}
		}
		reportRate(b)
	})
	b.Run("fast-send", func(b *testing.B) {
		e, err := New(WithAccounts(benchHolders))
		if err != nil {
			b.Fatal(err)
		}
		token := deployBenchToken(b, e)
		benchSend(b, e, benchTransfers, token, func(i int, tx *types.Transaction) (*types.Transaction, error) {
			from, _ := transferData(i)
			return e.Impersonate(e.Account(from).Address).Signer(e.Account(from).Address, tx)
		})
	})
	b.Run("simulated", func(b *testing.B) {
		c, err := chain.New(chain.WithAccounts(benchHolders), chain.WithBlockGasLimit(100_000_000))
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		token := deployBenchToken(b, c)
		signer := types.LatestSignerForChainID(c.ChainID())
		benchSend(b, c, simulatedBlock, token, func(i int, tx *types.Transaction) (*types.Transaction, error) {
			from, _ := transferData(i)
			return types.SignTx(tx, signer, c.Account(from).Key)
		})
	})
	b.Run("bare-evm", func(b *testing.B) {
		e, err := New(WithAccounts(benchHolders))
		if err != nil {
			b.Fatal(err)
		}
		token := deployBenchToken(b, e)
		evm := vm.NewEVM(e.evm.Context, e.state, e.config, vm.Config{})
		zero := new(uint256.Int)
		b.ResetTimer()
		for n := 0; n < b.N; n++ {
			for i := 0; i < benchTransfers; i++ {
				from, data := transferData(i)
				if _, _, err := evm.Call(e.Account(from).Address, token, data, vm.NewGasBudget(100_000, 0), zero); err != nil {
					b.Fatalf("transfer %d: %v", i, err)
				}
			}
		}
		reportRate(b)
	})
}

// benchSend sends the workload as transactions with every field preset (no RPC round trips
// for nonces, fees or gas), sealing a block every `block` transactions.
func benchSend(b *testing.B, eng engine.Engine, block int, token common.Address, sign func(int, *types.Transaction) (*types.Transaction, error)) {
	ctx := context.Background()
	nonces := make([]uint64, benchHolders)
	for i := range nonces {
		n, err := eng.Backend().PendingNonceAt(ctx, eng.Account(i).Address)
		if err != nil {
			b.Fatal(err)
		}
		nonces[i] = n
	}
	feeCap := big.NewInt(100e9)
	chainID := eng.ChainID()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		batch := make([]*types.Transaction, 0, block)
		for i := 0; i < benchTransfers; i++ {
			from, data := transferData(i)
			tx := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonces[from], GasTipCap: big.NewInt(1e9), GasFeeCap: feeCap,
				Gas: 100_000, To: &token, Data: data})
			nonces[from]++
			signed, err := sign(i, tx)
			if err != nil {
				b.Fatal(err)
			}
			if err := eng.Backend().SendTransaction(ctx, signed); err != nil {
				b.Fatalf("transfer %d: %v", i, err)
			}
			batch = append(batch, signed)
			if len(batch) == block {
				if _, err := eng.MineOK(ctx, batch...); err != nil {
					b.Fatal(err)
				}
				batch = batch[:0]
			}
		}
	}
	reportRate(b)
}
