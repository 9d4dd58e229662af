package deploy_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/deploy"
)

func TestContracts_SameConfigAndDeployerGiveTheSameAddressesOnEveryChain(t *testing.T) {
	e := economy(t)
	me := common.HexToAddress("0x1000000000000000000000000000000000000001")
	mainnet := deploy.Addresses(deploy.Intent{Economy: e, ChainID: 1, Deployer: me, EpochStart: 1_800_000_000})
	anvil := deploy.Addresses(deploy.Intent{Economy: e, ChainID: 31337, Deployer: me, EpochStart: 1_800_000_000})
	if diff := cmp.Diff(mainnet, anvil); diff != "" {
		t.Errorf("addresses differ between chains (-1 +31337):\n%s", diff)
	}
	salted := *e
	salted.Salt = "another-salt"
	other := deploy.Addresses(deploy.Intent{Economy: &salted, ChainID: 1, Deployer: me, EpochStart: 1_800_000_000})
	for name, a := range mainnet {
		if other[name] == a {
			t.Errorf("%s: same address %s under another salt", name, a.Hex())
		}
	}
}

func TestStages_EveryStepHasAUniqueIDAndTheContractsComeFirst(t *testing.T) {
	in := deploy.Intent{Economy: economy(t), ChainID: 1, Deployer: common.HexToAddress("0x01"), EpochStart: 1}
	seen := map[string]bool{}
	var stages []string
	for _, st := range deploy.Stages(in) {
		stages = append(stages, st.Name)
		for _, s := range st.Steps {
			if seen[s.ID] {
				t.Errorf("step %s twice", s.ID)
			}
			seen[s.ID] = true
		}
	}
	if diff := cmp.Diff(deploy.StageNames(), stages); diff != "" {
		t.Errorf("stage order (-want +got):\n%s", diff)
	}
	if len(seen) != 22 {
		t.Errorf("%d steps, want 22 (2 proxy + 7 contracts + 4 roles + 3 mints + 1 vesting + 5 hand-over)", len(seen))
	}
}

func TestDiff_NamesEachChangedFieldWithOldAndNewValue(t *testing.T) {
	e := economy(t)
	in := deploy.Intent{Economy: e, ChainID: 1, Deployer: common.HexToAddress("0x01"), EpochStart: 1}
	was, err := in.Fields()
	if err != nil {
		t.Fatal(err)
	}
	c := *e
	c.Rewards.AuthorShareBPS = 6000
	c.Allocations = append(c.Allocations[:0:0], e.Allocations...)
	c.Allocations[1].Amount = e.Allocations[0].Amount
	in2 := in
	in2.Economy = &c
	in2.EpochStart = 2
	now, _ := in2.Fields()
	want := []deploy.Change{
		{Field: "allocations.1.amount", Was: "50000000", Now: "100000000"},
		{Field: "deploy.epoch_start", Was: "1", Now: "2"},
		{Field: "rewards.author_share_bps", Was: "5000", Now: "6000"},
	}
	if diff := cmp.Diff(want, deploy.Diff(was, now)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := want[2].String(); got != `rewards.author_share_bps changed: was "5000", now "6000"` {
		t.Errorf("message %q", got)
	}
}

func TestConfigCheck_NamesTheFlagOrField(t *testing.T) {
	good := func() deploy.Config {
		return deploy.Config{Economy: economy(t), Target: deploy.Target{RPCURL: "http://x", ChainID: 1}, Deployments: "d"}
	}
	tests := []struct {
		name   string
		mutate func(*deploy.Config)
		want   string
	}{
		{"no rpc url", func(c *deploy.Config) { c.Target.RPCURL = "" }, "--rpc-url"},
		{"no chain id", func(c *deploy.Config) { c.Target.ChainID = 0 }, "--chain-id: required"},
		{"unknown stage", func(c *deploy.Config) { c.ResetFrom = "nope" }, `--reset-from "nope": not a stage`},
		{"no deployments dir", func(c *deploy.Config) { c.Deployments = "" }, "--deployments"},
		{"zero max fee", func(c *deploy.Config) { c.Fees.MaxFee = new(big.Int) }, "--max-fee"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := good()
			tt.mutate(&c)
			err := c.Check()
			if !errors.Is(err, deploy.ErrConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want ErrConfig naming %q", err, tt.want)
			}
		})
	}
	c := good()
	if err := c.Check(); err != nil {
		t.Errorf("good config: %v", err)
	}
}

func TestSigners_NeverShowTheKeyOrPassword(t *testing.T) {
	key, _ := crypto.GenerateKey()
	keyHex := fmt.Sprintf("%x", crypto.FromECDSA(key))
	const password = "correct horse battery staple"
	ks, err := keystore.EncryptKey(&keystore.Key{PrivateKey: key, Address: crypto.PubkeyToAddress(key.PublicKey)}, password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "key.json")
	os.WriteFile(path, ks, 0o600)

	s, err := deploy.KeystoreSigner(path, password)
	if err != nil {
		t.Fatal(err)
	}
	if s.Address() != crypto.PubkeyToAddress(key.PublicKey) {
		t.Errorf("keystore signer address %s", s.Address().Hex())
	}
	_, wrong := deploy.KeystoreSigner(path, "wrong "+password)
	_, badKey := deploy.PrivateKeySigner(keyHex[:63] + "z")
	shown := fmt.Sprintf("%v %+v %#v %s %v %v", s, s, s, s, wrong, badKey)
	for _, secret := range []string{keyHex, keyHex[:63], password} {
		if strings.Contains(shown, secret) {
			t.Errorf("a secret shows in %q", shown)
		}
	}
	if wrong == nil || !strings.Contains(wrong.Error(), "wrong password") {
		t.Errorf("wrong password: err = %v", wrong)
	}
}

func TestErrors_NeverShowTheRPCURLsPathOrQuery(t *testing.T) {
	const url = "http://127.0.0.1:1/v3/SECRETAPIKEY?key=SECRETAPIKEY"
	cfg := deploy.Config{Economy: economy(t), Target: deploy.Target{RPCURL: url, ChainID: 1}, Deployments: t.TempDir(),
		From: common.HexToAddress("0x01")}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	_, err := deploy.PlanDeployment(ctx, cfg)
	if err == nil {
		t.Fatal("plan against a closed port succeeded")
	}
	t.Log(err)
	if strings.Contains(err.Error(), "SECRETAPIKEY") || !strings.Contains(err.Error(), "http://127.0.0.1:1") {
		t.Errorf("err = %q: want the host, never the path or query", err)
	}
}

// TestRPC_HonoursRetryAfter: a 429 with Retry-After is retried after the time it asks for.
func TestRPC_HonoursRetryAfter(t *testing.T) {
	var calls []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls = append(calls, time.Now())
		if len(calls) == 1 {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":"0x7a69"}`)
	}))
	defer srv.Close()
	c, err := deploy.Dial(context.Background(), srv.URL, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.ChainID(context.Background())
	if err != nil || id.Uint64() != 31337 {
		t.Fatalf("chain ID %v, err %v", id, err)
	}
	if len(calls) != 2 || calls[1].Sub(calls[0]) < time.Second {
		t.Errorf("%d calls, %v apart; want 2, at least the 1s Retry-After asked for", len(calls), calls[len(calls)-1].Sub(calls[0]))
	}
	if c.Retries() != 1 {
		t.Errorf("retries %d, want 1", c.Retries())
	}
}
