package node_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/bindings/communitytoken"
	"github.com/apiary-dev/apiary/node"
	"github.com/apiary-dev/apiary/sim/engine"
)

func TestState_RoundTripKeepsBalancesNoncesCodeStorageAndTheEconomy(t *testing.T) {
	ctx := testContext(t)
	first := startNode(t)
	rc, ec := dial(t, first.URL())
	alice := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	waitMined(t, ctx, ec, transfer(t, ctx, ec, engine.DevAccount(3), alice, ether(7)).Hash())
	if err := rc.CallContext(ctx, nil, "anvil_setStorageAt", alice, common.HexToHash("0x2"), common.HexToHash("0x99")); err != nil {
		t.Fatal(err)
	}
	tok := communitytoken.NewCommunityToken()
	opts := bind.NewKeyedTransactor(engine.DevAccount(1).Key, first.ChainID())
	opts.Context = ctx
	tx, err := bind.Transact(tok.Instance(ec, first.Economy().Token), opts, tok.PackTransfer(alice, ether(4)))
	if err != nil {
		t.Fatal(err)
	}
	waitMined(t, ctx, ec, tx.Hash())

	type snapshot struct {
		Economy       *node.Contracts
		AliceWei      string
		AliceTokens   string
		AliceSlot     common.Hash
		SenderNonce   uint64
		TokenCodeSize int
		Timestamp     uint64
	}
	read := func(n *node.Node) snapshot {
		_, ec := dial(t, n.URL())
		slot, _ := ec.StorageAt(ctx, alice, common.HexToHash("0x2"), nil)
		nonce, _ := ec.NonceAt(ctx, engine.DevAccount(3).Address, nil)
		code, _ := ec.CodeAt(ctx, n.Economy().Token, nil)
		return snapshot{n.Economy(), balance(t, ctx, ec, alice).String(), tokenBalance(t, ec, n.Economy().Token, alice).String(),
			common.BytesToHash(slot), nonce, len(code), head(t, ctx, ec).Time}
	}
	want := read(first)

	path := filepath.Join(t.TempDir(), "state.json")
	st, err := first.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.WriteState(path, st); err != nil {
		t.Fatal(err)
	}
	loaded, err := node.ReadState(path)
	if err != nil {
		t.Fatal(err)
	}
	accounts := make([]engine.Account, node.DefaultAccounts+1)
	for i := range accounts {
		accounts[i] = engine.DevAccount(i)
	}
	second := startNode(t, node.WithState(loaded), node.WithAccounts(accounts))
	got := read(second)
	if got.Timestamp < want.Timestamp {
		t.Errorf("restarted chain at %d, before the saved %d", got.Timestamp, want.Timestamp)
	}
	got.Timestamp = want.Timestamp
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("state after restart (-saved +loaded):\n%s", diff)
	}
	// The restarted chain takes new transactions on top of the loaded state, and funds a
	// dev account the state did not know.
	_, ec2 := dial(t, second.URL())
	if got := balance(t, ctx, ec2, accounts[node.DefaultAccounts].Address); got.Cmp(node.DefaultBalance) != 0 {
		t.Errorf("new dev account balance = %v, want %v", got, node.DefaultBalance)
	}
	waitMined(t, ctx, ec2, transfer(t, ctx, ec2, engine.DevAccount(3), alice, ether(1)).Hash())
	if got := balance(t, ctx, ec2, alice); got.Cmp(ether(8)) != 0 {
		t.Errorf("balance after a new transfer = %v, want 8 ether", got)
	}
}

func TestReadState_RefusesCorruptFiles(t *testing.T) {
	tests := []struct{ name, content string }{
		{"empty", ""},
		{"truncated", `{"version":1,"chainId":1337,"accounts":{"0x00000000000000000000000000000000000000aa":{"balance":"0x1"`},
		{"not JSON", "garbage"},
		{"unknown field", `{"version":1,"chainId":1337,"surprise":true,"accounts":{"0x00000000000000000000000000000000000000aa":{"balance":"0x1"}}}`},
		{"unknown version", `{"version":99,"chainId":1337,"accounts":{"0x00000000000000000000000000000000000000aa":{"balance":"0x1"}}}`},
		{"no accounts", `{"version":1,"chainId":1337,"accounts":{}}`},
		{"trailing data", `{"version":1,"chainId":1337,"accounts":{"0x00000000000000000000000000000000000000aa":{"balance":"0x1"}}} {}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "state.json")
			if err := os.WriteFile(path, []byte(tt.content), 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := node.ReadState(path); !errors.Is(err, node.ErrCorruptState) {
				t.Errorf("ReadState = %v, want ErrCorruptState", err)
			}
		})
	}
}

func TestStart_RefusesAStateOfAnotherChain(t *testing.T) {
	st := &node.State{Version: node.StateVersion, ChainID: 5, Hardfork: "osaka"}
	_, err := node.Start(testContext(t), node.WithListen("127.0.0.1", 0), node.WithState(st))
	if err == nil {
		t.Fatal("a state of chain 5 started a chain 1337")
	}
}
