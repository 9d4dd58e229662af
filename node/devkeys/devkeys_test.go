package devkeys

import (
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"
)

func TestFromMnemonic_GivesAnvilsAccounts(t *testing.T) {
	accounts, err := FromMnemonic(AnvilMnemonic, 3)
	if err != nil {
		t.Fatal(err)
	}
	type acct struct{ Address, Key string }
	var got []acct
	for _, a := range accounts {
		got = append(got, acct{a.Address.Hex(), hexutil.Encode(crypto.FromECDSA(a.Key))})
	}
	// anvil's banner for its default mnemonic.
	want := []acct{
		{"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"},
		{"0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"},
		{"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("accounts (-want +got):\n%s", diff)
	}
}

func TestFromMnemonic_RejectsMalformedMnemonics(t *testing.T) {
	tests := []struct{ name, mnemonic string }{
		{"too few words", "test test test"},
		{"not lowercase words", "Test test test test test test test test test test test junk"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := FromMnemonic(tt.mnemonic, 1); err == nil {
				t.Errorf("FromMnemonic(%q) succeeded, want an error", tt.mnemonic)
			}
		})
	}
}
