package node_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/bindings/communitytoken"
	"github.com/apiary-dev/apiary/node"
	"github.com/apiary-dev/apiary/sim/engine"
	"github.com/apiary-dev/apiary/sim/hardfork"
	"github.com/apiary-dev/apiary/sim/harness"
)

func tokenBalance(t *testing.T, ec bind.ContractBackend, token, holder common.Address) *big.Int {
	t.Helper()
	b := communitytoken.NewCommunityToken()
	v, err := harness.Call(testContext(t), b.Instance(ec, token), b.PackBalanceOf(holder), b.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestStart_DeploysTheEconomyAndServesItsAddresses(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	rc, ec := dial(t, n.URL())
	var got node.Contracts
	if err := rc.CallContext(ctx, &got, "apiary_economy"); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(n.Economy(), &got); diff != "" {
		t.Fatalf("apiary_economy (-node +rpc):\n%s", diff)
	}
	for _, a := range []common.Address{got.Token, got.Timelock, got.StakedPower, got.RewardPool, got.Emission, got.Governor, got.VestingVault} {
		code, err := ec.CodeAt(ctx, a, nil)
		if err != nil || len(code) == 0 {
			t.Errorf("no code at %s (err %v)", a.Hex(), err)
		}
	}
	if got, want := tokenBalance(t, ec, got.Token, members[0]), ether(1000); got.Cmp(want) != 0 {
		t.Errorf("member's launch allocation = %v, want %v", got, want)
	}
}

func TestStart_WithoutEconomyServesAnEmptyChain(t *testing.T) {
	n, err := node.Start(testContext(t), node.WithListen("127.0.0.1", 0))
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	rc, ec := dial(t, n.URL())
	var eco *node.Contracts
	if err := rc.CallContext(testContext(t), &eco, "apiary_economy"); err != nil {
		t.Fatal(err)
	}
	if eco != nil {
		t.Errorf("apiary_economy = %+v, want null", eco)
	}
	if got := balance(t, testContext(t), ec, engine.DevAccount(0).Address); got.Cmp(node.DefaultBalance) != 0 {
		t.Errorf("dev account balance = %v, want %v", got, node.DefaultBalance)
	}
	// On a chain with no transaction yet, the suggested tip is accepted and mined.
	ctx := testContext(t)
	r := waitMined(t, ctx, ec, transfer(t, ctx, ec, engine.DevAccount(0), engine.DevAccount(1).Address, ether(1)).Hash())
	if r.Status != types.ReceiptStatusSuccessful {
		t.Error("transfer with the suggested tip failed")
	}
}

func TestAutomine_MinesATransactionAsSoonAsItArrives(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	_, ec := dial(t, n.URL())
	before := head(t, ctx, ec).Number.Uint64()
	to := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	tx := transfer(t, ctx, ec, engine.DevAccount(3), to, ether(2))
	r := waitMined(t, ctx, ec, tx.Hash())
	if r.Status != types.ReceiptStatusSuccessful || r.BlockNumber.Uint64() != before+1 {
		t.Errorf("receipt status %d in block %v, want success in block %d", r.Status, r.BlockNumber, before+1)
	}
	if got := balance(t, ctx, ec, to); got.Cmp(ether(2)) != 0 {
		t.Errorf("recipient balance = %v, want 2 ether", got)
	}
}

func TestBlockTime_SealsBlocksOnAnIntervalWithOrWithoutTransactions(t *testing.T) {
	n := startNode(t, node.WithBlockTime(50*time.Millisecond))
	ctx := testContext(t)
	if n.Automine() {
		t.Fatal("automine is on with a block time")
	}
	_, ec := dial(t, n.WSURL())
	heads := make(chan *types.Header, 16)
	sub, err := ec.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	var last uint64
	for i := 0; i < 3; i++ {
		select {
		case h := <-heads:
			if h.Number.Uint64() <= last {
				t.Errorf("head %d after %d", h.Number, last)
			}
			last = h.Number.Uint64()
		case err := <-sub.Err():
			t.Fatal(err)
		case <-ctx.Done():
			t.Fatal("no new heads on an interval")
		}
	}
	tx := transfer(t, ctx, ec, engine.DevAccount(3), engine.DevAccount(4).Address, ether(1))
	if r := waitMined(t, ctx, ec, tx.Hash()); r.Status != types.ReceiptStatusSuccessful {
		t.Errorf("interval-mined transaction failed")
	}
}

func TestEvmIncreaseTime_MovesTheNextBlocksTimestampForward(t *testing.T) {
	tests := []struct {
		name    string
		seconds any
	}{
		{"JSON number", 3600},
		{"hex string", "0xe10"},
		{"decimal string", "3600"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := startNode(t)
			ctx := testContext(t)
			rc, ec := dial(t, n.URL())
			before := head(t, ctx, ec).Time
			var offset int64
			if err := rc.CallContext(ctx, &offset, "evm_increaseTime", tt.seconds); err != nil {
				t.Fatal(err)
			}
			if offset < 3600 {
				t.Errorf("total offset = %d, want at least 3600", offset)
			}
			if err := rc.CallContext(ctx, nil, "evm_mine"); err != nil {
				t.Fatal(err)
			}
			if got := head(t, ctx, ec).Time; got < before+3600 {
				t.Errorf("next block at %d, want at least %d", got, before+3600)
			}
		})
	}
}

func TestEvmSetNextBlockTimestamp_FixesTheNextBlockAndRefusesThePast(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	rc, ec := dial(t, n.URL())
	latest := head(t, ctx, ec).Time
	if err := rc.CallContext(ctx, nil, "evm_setNextBlockTimestamp", latest); err == nil {
		t.Error("a timestamp equal to the latest block's was accepted")
	}
	want := latest + 86400
	if err := rc.CallContext(ctx, nil, "evm_setNextBlockTimestamp", hexutil.Uint64(want)); err != nil {
		t.Fatal(err)
	}
	// A state edit in between does not take the timestamp from the transaction.
	if err := rc.CallContext(ctx, nil, "anvil_setBalance", engine.DevAccount(3).Address, "0x21e19e0c9bab2400000"); err != nil {
		t.Fatal(err)
	}
	tx := transfer(t, ctx, ec, engine.DevAccount(3), engine.DevAccount(4).Address, ether(1))
	r := waitMined(t, ctx, ec, tx.Hash())
	block, err := ec.HeaderByHash(ctx, r.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	if block.Time != want {
		t.Errorf("transaction mined at %d, want %d", block.Time, want)
	}
}

func TestEvmMine_SealsAtTheGivenTimestampOrTheGivenNumberOfBlocks(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	rc, ec := dial(t, n.URL())
	h := head(t, ctx, ec)
	ts := h.Time + 1000
	if err := rc.CallContext(ctx, nil, "evm_mine", ts); err != nil {
		t.Fatal(err)
	}
	type block struct{ Number, Time uint64 }
	got := head(t, ctx, ec)
	if diff := cmp.Diff(block{h.Number.Uint64() + 1, ts}, block{got.Number.Uint64(), got.Time}); diff != "" {
		t.Errorf("evm_mine(ts) (-want +got):\n%s", diff)
	}
	if err := rc.CallContext(ctx, nil, "evm_mine", map[string]any{"blocks": 3}); err != nil {
		t.Fatal(err)
	}
	if n := head(t, ctx, ec).Number.Uint64(); n != got.Number.Uint64()+3 {
		t.Errorf("evm_mine({blocks: 3}) left head at %d, want %d", n, got.Number.Uint64()+3)
	}
}

func TestAnvilMine_SealsBlocksTheIntervalApart(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	rc, ec := dial(t, n.URL())
	start := head(t, ctx, ec).Number.Uint64()
	if err := rc.CallContext(ctx, nil, "anvil_mine", "0x3", "0x3c"); err != nil {
		t.Fatal(err)
	}
	var times []uint64
	for i := start + 1; i <= start+3; i++ {
		h, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(i))
		if err != nil {
			t.Fatalf("block %d: %v", i, err)
		}
		times = append(times, h.Time)
	}
	if times[1]-times[0] != 60 || times[2]-times[1] != 60 {
		t.Errorf("timestamps %v, want 60 s apart", times)
	}
}

func TestEvmSnapshotRevert_RestoresTheStateAndForgetsTheSnapshot(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	rc, ec := dial(t, n.URL())
	to := common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	var id hexutil.Uint64
	if err := rc.CallContext(ctx, &id, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	number := head(t, ctx, ec).Number.Uint64()
	waitMined(t, ctx, ec, transfer(t, ctx, ec, engine.DevAccount(3), to, ether(5)).Hash())
	if got := balance(t, ctx, ec, to); got.Cmp(ether(5)) != 0 {
		t.Fatalf("balance before revert = %v", got)
	}
	var ok bool
	if err := rc.CallContext(ctx, &ok, "evm_revert", id); err != nil || !ok {
		t.Fatalf("evm_revert = %v, %v; want true", ok, err)
	}
	type state struct {
		Number  uint64
		Balance string
	}
	got := state{head(t, ctx, ec).Number.Uint64(), balance(t, ctx, ec, to).String()}
	if diff := cmp.Diff(state{number, "0"}, got); diff != "" {
		t.Errorf("after revert (-want +got):\n%s", diff)
	}
	if err := rc.CallContext(ctx, &ok, "evm_revert", id); err != nil || ok {
		t.Errorf("second evm_revert of one snapshot = %v, %v; want false", ok, err)
	}
	// The chain goes on from the snapshot: the reverted transaction is not mined again.
	waitMined(t, ctx, ec, transfer(t, ctx, ec, engine.DevAccount(3), to, ether(1)).Hash())
	if got := balance(t, ctx, ec, to); got.Cmp(ether(1)) != 0 {
		t.Errorf("balance after a new transfer = %v, want 1 ether", got)
	}
}

func TestEvmSetAutomine_OffLeavesTransactionsPendingUntilMined(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	rc, ec := dial(t, n.URL())
	if err := rc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	number := head(t, ctx, ec).Number.Uint64()
	// Two transfers back to back: when eth_sendRawTransaction returns, the first is
	// already pending (as on anvil), so the second is given the next pending nonce.
	txs := []*types.Transaction{
		transfer(t, ctx, ec, engine.DevAccount(3), engine.DevAccount(4).Address, ether(1)),
		transfer(t, ctx, ec, engine.DevAccount(3), engine.DevAccount(4).Address, ether(1)),
	}
	if txs[1].Nonce() != txs[0].Nonce()+1 {
		t.Fatalf("back-to-back nonces %d, %d; want consecutive", txs[0].Nonce(), txs[1].Nonce())
	}
	var status struct{ Pending, Queued hexutil.Uint }
	if err := rc.CallContext(ctx, &status, "txpool_status"); err != nil {
		t.Fatal(err)
	}
	if status.Pending != 2 || status.Queued != 0 || head(t, ctx, ec).Number.Uint64() != number {
		t.Fatalf("with automine off: %d pending, %d queued, head %d; want 2 pending, 0 queued, head %d",
			status.Pending, status.Queued, head(t, ctx, ec).Number, number)
	}
	for _, tx := range txs {
		if _, err := ec.TransactionReceipt(ctx, tx.Hash()); !errors.Is(err, ethereum.NotFound) {
			t.Fatalf("receipt before mining: err = %v, want not found", err)
		}
	}
	if err := rc.CallContext(ctx, nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	for _, tx := range txs {
		if r := waitMined(t, ctx, ec, tx.Hash()); r.BlockNumber.Uint64() != number+1 {
			t.Errorf("mined in block %v, want %d", r.BlockNumber, number+1)
		}
	}
	if err := rc.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		t.Fatal(err)
	}
	waitMined(t, ctx, ec, transfer(t, ctx, ec, engine.DevAccount(3), engine.DevAccount(4).Address, ether(1)).Hash())
}

func TestSetBalance_SetsTheExactBalanceUnderBothNames(t *testing.T) {
	huge, _ := new(big.Int).SetString("123456789012345678901234567890123", 10)
	tests := []struct {
		method string
		addr   common.Address
		value  any
		want   *big.Int
	}{
		{"anvil_setBalance", common.HexToAddress("0xabc"), "0x10", big.NewInt(16)},
		{"hardhat_setBalance", common.HexToAddress("0xabd"), "0x" + huge.Text(16), huge},
		{"anvil_setBalance", engine.DevAccount(5).Address, "0x1", big.NewInt(1)}, // lowered
		{"hardhat_setBalance", engine.DevAccount(6).Address, "0x0", big.NewInt(0)},
	}
	n := startNode(t)
	ctx := testContext(t)
	rc, ec := dial(t, n.URL())
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.addr.Hex(), func(t *testing.T) {
			if err := rc.CallContext(ctx, nil, tt.method, tt.addr, tt.value); err != nil {
				t.Fatal(err)
			}
			if got := balance(t, ctx, ec, tt.addr); got.Cmp(tt.want) != 0 {
				t.Errorf("balance = %v, want %v", got, tt.want)
			}
		})
	}
	// The chain still validates and mines ordinary transactions after edits.
	waitMined(t, ctx, ec, transfer(t, ctx, ec, engine.DevAccount(3), engine.DevAccount(4).Address, ether(1)).Hash())
}

func TestSetCodeNonceStorage_ChangeTheAccount(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	rc, ec := dial(t, n.URL())
	addr := common.HexToAddress("0x0000000000000000000000000000000000c0de00")
	code := hexutil.Bytes{0x60, 0x2a, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3} // return 42
	slot, value := common.HexToHash("0x01"), common.HexToHash("0xbeef")
	for _, call := range []struct {
		method string
		args   []any
	}{
		{"anvil_setCode", []any{addr, code}},
		{"hardhat_setNonce", []any{addr, "0x7"}},
		{"anvil_setStorageAt", []any{addr, slot, value}},
	} {
		if err := rc.CallContext(ctx, nil, call.method, call.args...); err != nil {
			t.Fatalf("%s: %v", call.method, err)
		}
	}
	gotCode, _ := ec.CodeAt(ctx, addr, nil)
	nonce, _ := ec.NonceAt(ctx, addr, nil)
	stored, _ := ec.StorageAt(ctx, addr, slot, nil)
	out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &addr}, nil)
	if err != nil {
		t.Fatal(err)
	}
	type account struct {
		Code    string
		Nonce   uint64
		Storage string
		Returns string
	}
	want := account{code.String(), 7, value.Hex(), common.BigToHash(big.NewInt(42)).Hex()}
	got := account{hexutil.Encode(gotCode), nonce, common.BytesToHash(stored).Hex(), common.BytesToHash(out).Hex()}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("account (-want +got):\n%s", diff)
	}
}

func TestImpersonate_SendsAsTheAccountWithoutItsKey(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	rc, ec := dial(t, n.URL())
	treasury, token := n.Economy().Timelock, n.Economy().Token
	recipient := common.HexToAddress("0x00000000000000000000000000000000000fee00")
	tok := communitytoken.NewCommunityToken()
	send := map[string]any{"from": treasury, "to": token, "data": hexutil.Bytes(tok.PackTransfer(recipient, ether(10)))}
	var hash common.Hash
	err := rc.CallContext(ctx, &hash, "eth_sendTransaction", send)
	if err == nil || !strings.Contains(err.Error(), "unknown account") {
		t.Fatalf("send before impersonation: err = %v, want unknown account", err)
	}
	if err := rc.CallContext(ctx, nil, "anvil_setBalance", treasury, "0xde0b6b3a7640000"); err != nil {
		t.Fatal(err)
	}
	if err := rc.CallContext(ctx, nil, "anvil_impersonateAccount", treasury); err != nil {
		t.Fatal(err)
	}
	before := tokenBalance(t, ec, token, treasury)
	if err := rc.CallContext(ctx, &hash, "eth_sendTransaction", send); err != nil {
		t.Fatal(err)
	}
	r := waitMined(t, ctx, ec, hash)
	if r.Status != types.ReceiptStatusSuccessful || len(r.Logs) != 1 {
		t.Fatalf("impersonated transfer: status %d, %d logs; want success with a Transfer log", r.Status, len(r.Logs))
	}
	type moved struct{ Recipient, TreasuryLoss, LogFrom string }
	got := moved{tokenBalance(t, ec, token, recipient).String(),
		new(big.Int).Sub(before, tokenBalance(t, ec, token, treasury)).String(),
		common.BytesToAddress(r.Logs[0].Topics[1].Bytes()).Hex()}
	if diff := cmp.Diff(moved{ether(10).String(), ether(10).String(), treasury.Hex()}, got); diff != "" {
		t.Errorf("impersonated transfer (-want +got):\n%s", diff)
	}
	// Every answer naming the sender names the treasury.
	var tx, receipt struct{ From common.Address }
	var block struct {
		Transactions []struct{ From common.Address }
	}
	var receipts []struct{ From common.Address }
	for _, q := range []struct {
		into   any
		method string
		args   []any
	}{
		{&tx, "eth_getTransactionByHash", []any{hash}},
		{&receipt, "eth_getTransactionReceipt", []any{hash}},
		{&block, "eth_getBlockByHash", []any{r.BlockHash, true}},
		{&receipts, "eth_getBlockReceipts", []any{r.BlockHash}},
	} {
		if err := rc.CallContext(ctx, q.into, q.method, q.args...); err != nil {
			t.Fatalf("%s: %v", q.method, err)
		}
	}
	if len(block.Transactions) != 1 || len(receipts) != 1 {
		t.Fatalf("block holds %d transactions, %d receipts; want 1", len(block.Transactions), len(receipts))
	}
	senders := []common.Address{tx.From, receipt.From, block.Transactions[0].From, receipts[0].From}
	if diff := cmp.Diff([]common.Address{treasury, treasury, treasury, treasury}, senders); diff != "" {
		t.Errorf("from in transaction, receipt, block, block receipts (-want +got):\n%s", diff)
	}
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{token}, FromBlock: r.BlockNumber, ToBlock: r.BlockNumber})
	if err != nil || len(logs) != 1 || logs[0].TxHash != hash {
		t.Errorf("eth_getLogs finds %d logs (err %v), want the impersonated transfer's", len(logs), err)
	}
	if err := rc.CallContext(ctx, nil, "anvil_stopImpersonatingAccount", treasury); err != nil {
		t.Fatal(err)
	}
	if err := rc.CallContext(ctx, &hash, "eth_sendTransaction", send); err == nil {
		t.Error("send after stopping impersonation succeeded")
	}
}

func TestEthSendTransaction_SignsForTheDevAccounts(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	rc, ec := dial(t, n.URL())
	var accounts []common.Address
	if err := rc.CallContext(ctx, &accounts, "eth_accounts"); err != nil {
		t.Fatal(err)
	}
	if len(accounts) != node.DefaultAccounts || accounts[0] != engine.DevAccount(0).Address {
		t.Fatalf("eth_accounts = %v", accounts)
	}
	to := common.HexToAddress("0x0000000000000000000000000000000000c0ffee")
	var hash common.Hash
	if err := rc.CallContext(ctx, &hash, "eth_sendTransaction", map[string]any{"from": accounts[4], "to": to, "value": "0x3e8"}); err != nil {
		t.Fatal(err)
	}
	waitMined(t, ctx, ec, hash)
	tx, _, err := ec.TransactionByHash(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(n.ChainID()), tx)
	if err != nil || from != accounts[4] {
		t.Errorf("signed by %s (err %v), want %s", from.Hex(), err, accounts[4].Hex())
	}
	if got := balance(t, ctx, ec, to); got.Int64() != 1000 {
		t.Errorf("recipient balance = %v, want 1000 wei", got)
	}
}

func TestUnknownMethods_AnswerMethodNotFound(t *testing.T) {
	n := startNode(t)
	rc, _ := dial(t, n.URL())
	for _, method := range []string{"foo_bar", "evm_nope", "admin_nodeInfo", "miner_start", "debug_writeMemProfile"} {
		t.Run(method, func(t *testing.T) {
			err := rc.CallContext(testContext(t), nil, method)
			var rpcErr rpc.Error
			if !errors.As(err, &rpcErr) || rpcErr.ErrorCode() != -32601 {
				t.Errorf("%s: err = %v, want code -32601", method, err)
			}
		})
	}
}

func TestWebSocket_DeliversHeadsAndLogsSubscriptions(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	_, ws := dial(t, n.WSURL())
	token := n.Economy().Token
	logs := make(chan types.Log, 4)
	sub, err := ws.SubscribeFilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{token}}, logs)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	member := engine.DevAccount(1)
	tok := communitytoken.NewCommunityToken()
	opts := bind.NewKeyedTransactor(member.Key, n.ChainID())
	opts.Context = ctx
	tx, err := bind.Transact(tok.Instance(ws, token), opts, tok.PackTransfer(engine.DevAccount(7).Address, ether(3)))
	if err != nil {
		t.Fatal(err)
	}
	select {
	case l := <-logs:
		if l.TxHash != tx.Hash() || l.Topics[0] != crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)")) {
			t.Errorf("log %+v, want the Transfer of %s", l, tx.Hash().Hex())
		}
	case err := <-sub.Err():
		t.Fatal(err)
	case <-ctx.Done():
		t.Fatal("no log delivered")
	}
}

func TestDebugTrace_TracesAMinedTransaction(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	rc, ec := dial(t, n.URL())
	to := engine.DevAccount(8).Address
	tx := transfer(t, ctx, ec, engine.DevAccount(3), to, ether(1))
	waitMined(t, ctx, ec, tx.Hash())
	var trace struct {
		From, To, Type string
		Value          *hexutil.Big
	}
	if err := rc.CallContext(ctx, &trace, "debug_traceTransaction", tx.Hash(), map[string]any{"tracer": "callTracer"}); err != nil {
		t.Fatal(err)
	}
	type call struct{ From, To, Type, Value string }
	got := call{common.HexToAddress(trace.From).Hex(), common.HexToAddress(trace.To).Hex(), trace.Type, trace.Value.String()}
	want := call{engine.DevAccount(3).Address.Hex(), to.Hex(), "CALL", (*hexutil.Big)(ether(1)).String()}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("callTracer (-want +got):\n%s", diff)
	}
}

func TestHistoricalState_IsKeptForEveryBlock(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	_, ec := dial(t, n.URL())
	to := common.HexToAddress("0x0000000000000000000000000000000000000e0e")
	r1 := waitMined(t, ctx, ec, transfer(t, ctx, ec, engine.DevAccount(3), to, ether(1)).Hash())
	waitMined(t, ctx, ec, transfer(t, ctx, ec, engine.DevAccount(3), to, ether(1)).Hash())
	at1, err := ec.BalanceAt(ctx, to, r1.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if at1.Cmp(ether(1)) != 0 {
		t.Errorf("balance at block %v = %v, want 1 ether", r1.BlockNumber, at1)
	}
}

func TestDevMethods_RefuseOutOfRangeArgumentsWithoutHarm(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	rc, ec := dial(t, n.URL())
	latest := head(t, ctx, ec)
	tests := []struct {
		method string
		args   []any
	}{
		{"evm_increaseTime", []any{uint64(1) << 41}},
		{"evm_setNextBlockTimestamp", []any{uint64(1) << 41}},
		{"evm_setNextBlockTimestamp", []any{latest.Time}},
		{"evm_mine", []any{latest.Time}},
		{"anvil_mine", []any{node.MaxMineBlocks + 1}},
		{"anvil_mine", []any{1, uint64(1) << 41}},
		{"anvil_setBalance", []any{common.Address{1}, "0x1" + strings.Repeat("0", 64)}},
		{"evm_revert", []any{"0xnothex"}},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			if err := rc.CallContext(ctx, nil, tt.method, tt.args...); err == nil {
				t.Errorf("%s%v succeeded, want an error", tt.method, tt.args)
			}
		})
	}
	if got := head(t, ctx, ec); got.Hash() != latest.Hash() {
		t.Errorf("refused calls moved the head from %d to %d", latest.Number, got.Number)
	}
}

func TestStart_RunsEveryNamedHardfork(t *testing.T) {
	for _, fork := range hardfork.Names() {
		t.Run(fork, func(t *testing.T) {
			n := startNode(t, node.WithHardfork(fork))
			ctx := testContext(t)
			rc, ec := dial(t, n.URL())
			r := waitMined(t, ctx, ec, transfer(t, ctx, ec, engine.DevAccount(3), engine.DevAccount(4).Address, ether(1)).Hash())
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatal("transfer failed")
			}
			// State edits and impersonation build blocks of their own: they must validate too.
			if err := rc.CallContext(ctx, nil, "anvil_setBalance", n.Economy().Timelock, "0xde0b6b3a7640000"); err != nil {
				t.Fatal(err)
			}
			if err := rc.CallContext(ctx, nil, "anvil_impersonateAccount", n.Economy().Timelock); err != nil {
				t.Fatal(err)
			}
			var hash common.Hash
			if err := rc.CallContext(ctx, &hash, "eth_sendTransaction", map[string]any{"from": n.Economy().Timelock, "to": engine.DevAccount(4).Address, "value": "0x1"}); err != nil {
				t.Fatal(err)
			}
			if r := waitMined(t, ctx, ec, hash); r.Status != types.ReceiptStatusSuccessful {
				t.Error("impersonated transfer failed")
			}
		})
	}
}

func TestEngine_WarpsSnapshotsAndReverts(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	e := n.Engine()
	now, err := e.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := e.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.WarpTo(ctx, now+7*86400); err != nil {
		t.Fatal(err)
	}
	if warped, _ := e.Now(ctx); warped != now+7*86400 {
		t.Errorf("after WarpTo: now %d, want %d", warped, now+7*86400)
	}
	if err := e.Revert(snap); err != nil {
		t.Fatal(err)
	}
	if back, _ := e.Now(ctx); back != now {
		t.Errorf("after Revert: now %d, want %d", back, now)
	}
}

func TestSendRawTransaction_RefusesWhatGethRefuses(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	rc, ec := dial(t, n.URL())
	if err := rc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	from := engine.DevAccount(3)
	to := engine.DevAccount(4).Address
	nonce, err := ec.PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	unprotected, err := types.SignNewTx(from.Key, types.HomesteadSigner{}, &types.LegacyTx{
		Nonce: nonce, GasPrice: big.NewInt(params.GWei * 10), Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	tx := transfer(t, ctx, ec, from, to, ether(1))
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	unprotectedRaw, err := unprotected.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		raw  hexutil.Bytes
		want string
	}{
		{"garbage", hexutil.Bytes{0x02}, "typed transaction too short"},
		{"without EIP-155", unprotectedRaw, "only replay-protected (EIP-155) transactions allowed over RPC"},
		{"sent twice", raw, "already known"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := rc.CallContext(ctx, nil, "eth_sendRawTransaction", tt.raw)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
	if err := rc.CallContext(ctx, nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	waitMined(t, ctx, ec, tx.Hash())
}

// A receipt is served only once its block is the head: a client holding one reads the new
// state at "latest" (geth indexes a block's transactions a moment before moving the head).
func TestReceipt_LatestStateIncludesItsBlock(t *testing.T) {
	n := startNode(t)
	ctx := testContext(t)
	_, ec := dial(t, n.URL())
	to := common.HexToAddress("0x00000000000000000000000000000000000b0b00")
	for i := int64(1); i <= 100; i++ {
		r := waitMined(t, ctx, ec, transfer(t, ctx, ec, engine.DevAccount(3), to, big.NewInt(1)).Hash())
		if h := head(t, ctx, ec).Number; h.Cmp(r.BlockNumber) < 0 {
			t.Fatalf("transfer %d: receipt in block %v, head %v", i, r.BlockNumber, h)
		}
		if got := balance(t, ctx, ec, to); got.Int64() != i {
			t.Fatalf("transfer %d: balance at latest = %v after its receipt, want %d", i, got, i)
		}
	}
}
