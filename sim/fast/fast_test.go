package fast

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func newEngine(t *testing.T, opts ...Option) *Engine {
	t.Helper()
	e, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func balanceOf(t *testing.T, e *Engine, token, who common.Address) *big.Int {
	t.Helper()
	v, err := bind.Call(tokenABI.Instance(e.Backend(), token), nil, tokenABI.PackBalanceOf(who), tokenABI.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestSnapshotRevert_RestoresStateBlocksAndTime(t *testing.T) {
	ctx := context.Background()
	e := newEngine(t, WithAccounts(benchHolders))
	token := deployBenchToken(t, e)
	a, b := e.Account(0).Address, e.Account(1).Address
	snap, err := e.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head := e.Head()
	res, err := e.Exec(Call{From: a, To: &token, Data: tokenABI.PackTransfer(b, big.NewInt(5))})
	if err != nil || res.Failed {
		t.Fatalf("transfer: %v %v", err, res.Err)
	}
	if err := e.WarpTo(ctx, head.Time+1000); err != nil {
		t.Fatal(err)
	}
	if got := balanceOf(t, e, token, b); got.Cmp(big.NewInt(1e18+5)) != 0 {
		t.Fatalf("after transfer: %v", got)
	}
	if err := e.Revert(snap); err != nil {
		t.Fatal(err)
	}
	if got := balanceOf(t, e, token, b); got.Cmp(big.NewInt(1e18)) != 0 {
		t.Errorf("after revert: balance %v, want 1e18", got)
	}
	if h := e.Head(); h.Number.Cmp(head.Number) != 0 || h.Time != head.Time {
		t.Errorf("after revert: head %v at %d, want %v at %d", h.Number, h.Time, head.Number, head.Time)
	}
	if err := e.Revert(snap); err != nil {
		t.Errorf("a snapshot stays usable after a revert: %v", err)
	}
	if err := e.Revert(common.Hash{1}); !errors.Is(err, ErrUnknownSnapshot) {
		t.Errorf("revert to an unknown snapshot: %v", err)
	}
}

func TestExec_RevertCarriesTheCustomErrorAndCostsGas(t *testing.T) {
	e := newEngine(t, WithAccounts(benchHolders))
	token := deployBenchToken(t, e)
	poor := common.Address{0xbe, 0xef}
	if err := e.SetBalance(poor, big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}
	res, err := e.Exec(Call{From: poor, To: &token, Data: tokenABI.PackTransfer(e.Account(0).Address, big.NewInt(1))})
	if err != nil {
		t.Fatal(err)
	}
	var re *RevertError
	if !res.Failed || !errors.As(res.Err, &re) || res.GasUsed < 21_000 {
		t.Fatalf("transfer without tokens: failed=%v err=%v gas=%d; want a revert that used gas", res.Failed, res.Err, res.GasUsed)
	}
	want := tokenABI.GetABI().Errors["ERC20InsufficientBalance"].ID
	if len(re.Data) < 4 || !bytesEqual(re.Data[:4], want[:4]) {
		t.Errorf("revert data %x, want ERC20InsufficientBalance", re.Data)
	}
	if n, _ := e.Backend().NonceAt(context.Background(), poor, nil); n != 1 {
		t.Errorf("nonce after a reverted call %d, want 1", n)
	}
}

func bytesEqual(a, b []byte) bool { return string(a) == string(b) }

func TestBackend_ReceiptsLogsAndTransactionsAfterSealing(t *testing.T) {
	ctx := context.Background()
	e := newEngine(t, WithAccounts(benchHolders))
	token := deployBenchToken(t, e)
	opts := e.Transactor(e.Account(3))
	tx, err := bind.Transact(tokenABI.Instance(e.Backend(), token), opts, tokenABI.PackTransfer(e.Account(4).Address, big.NewInt(7)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Backend().TransactionReceipt(ctx, tx.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Errorf("receipt before sealing: %v, want NotFound", err)
	}
	if _, pending, err := e.Backend().TransactionByHash(ctx, tx.Hash()); err != nil || !pending {
		t.Errorf("transaction before sealing: pending=%v err=%v", pending, err)
	}
	receipts, err := e.MineOK(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	r := receipts[0]
	if r.BlockHash != e.Head().Hash() || len(r.Logs) != 1 || r.Logs[0].BlockHash != r.BlockHash {
		t.Errorf("receipt block %s, head %s, %d logs", r.BlockHash, e.Head().Hash(), len(r.Logs))
	}
	logs, err := e.Backend().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{token},
		Topics: [][]common.Hash{{tokenABI.GetABI().Events["Transfer"].ID}, {common.BytesToHash(e.Account(3).Address.Bytes())}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 1 || logs[0].TxHash != tx.Hash() { // topic 1 is `from`: the mint to account 3 does not match
		t.Errorf("FilterLogs of transfers from account 3: %d logs, want this transfer", len(logs))
	}
	if _, err := e.Backend().BalanceAt(ctx, e.Account(3).Address, big.NewInt(0)); !errors.Is(err, ErrPastState) {
		t.Errorf("balance at genesis: %v, want ErrPastState", err)
	}
}

func TestSendTransaction_AcceptsRealSignaturesAndRejectsBadNonces(t *testing.T) {
	ctx := context.Background()
	e := newEngine(t, WithAccounts(2))
	acct := e.Account(1)
	signer := types.LatestSignerForChainID(e.ChainID())
	to := common.Address{0x42}
	send := func(nonce uint64) error {
		tx := types.MustSignNewTx(acct.Key, signer, &types.DynamicFeeTx{ChainID: e.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(1),
			GasFeeCap: big.NewInt(10e9), Gas: 21_000, To: &to, Value: big.NewInt(3)})
		return e.Backend().SendTransaction(ctx, tx)
	}
	if err := send(0); err != nil {
		t.Fatalf("signed transfer: %v", err)
	}
	if err := send(0); err == nil {
		t.Error("a reused nonce was accepted")
	}
	if err := send(5); err == nil {
		t.Error("a nonce gap was accepted")
	}
	if _, err := e.Mine(); err != nil {
		t.Fatal(err)
	}
	if b, _ := e.Backend().BalanceAt(ctx, to, nil); b.Cmp(big.NewInt(3)) != 0 {
		t.Errorf("recipient balance %v, want 3", b)
	}
}

func TestKeepBlocks_DropsOldLogsWithAClearError(t *testing.T) {
	ctx := context.Background()
	e := newEngine(t, WithAccounts(benchHolders), WithKeepBlocks(1))
	token := deployBenchToken(t, e)
	for i := 0; i < 3; i++ {
		if _, err := e.Exec(Call{From: e.Account(0).Address, To: &token, Data: tokenABI.PackTransfer(e.Account(1).Address, big.NewInt(1))}); err != nil {
			t.Fatal(err)
		}
		if _, err := e.Mine(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.Backend().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{token}}); err == nil {
		t.Error("FilterLogs over dropped blocks: no error")
	}
	head, _ := e.Backend().BlockNumber(ctx)
	logs, err := e.Backend().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(head), Addresses: []common.Address{token}})
	if err != nil || len(logs) != 1 {
		t.Errorf("FilterLogs of the kept block: %d logs, %v", len(logs), err)
	}
}

func TestWithAccountSeed_GivesReproducibleDisjointFundedAccounts(t *testing.T) {
	a := newEngine(t, WithAccounts(3), WithAccountSeed("alpha"))
	b := newEngine(t, WithAccounts(3), WithAccountSeed("alpha"))
	c := newEngine(t, WithAccounts(3))
	for i := 0; i < 3; i++ {
		if a.Account(i).Address != b.Account(i).Address {
			t.Errorf("account %d differs between two engines with the same seed", i)
		}
		if a.Account(i).Address == c.Account(i).Address {
			t.Errorf("account %d is the same with and without a seed", i)
		}
		if bal, _ := a.Backend().BalanceAt(context.Background(), a.Account(i).Address, nil); bal.Cmp(DefaultBalance) != 0 {
			t.Errorf("seeded account %d holds %v", i, bal)
		}
	}
}
