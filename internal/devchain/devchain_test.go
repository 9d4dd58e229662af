package devchain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/apiary-dev/apiary/internal/devchain"
)

func TestChains_AnswerWithTheirChainIDAndAFundedKey(t *testing.T) {
	tests := []struct {
		name    string
		start   func(t *testing.T) *devchain.Chain
		chainID uint64
	}{
		{"anvil", func(t *testing.T) *devchain.Chain { return devchain.Anvil(t) }, 31337},
		{"geth --dev", func(t *testing.T) *devchain.Chain { return devchain.Geth(t, devchain.GethOptions{}) }, 1337},
		{"geth --dev without the proxy", func(t *testing.T) *devchain.Chain {
			return devchain.Geth(t, devchain.GethOptions{WithoutProxy: true})
		}, 1337},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.start(t)
			if c.ChainID != tt.chainID {
				t.Errorf("chain ID %d, want %d", c.ChainID, tt.chainID)
			}
			var bal hexutil.Big
			c.Call(t, &bal, "eth_getBalance", c.Address, "latest")
			if (*big.Int)(&bal).Sign() <= 0 {
				t.Errorf("key %s unfunded", c.Address.Hex())
			}
			var code hexutil.Bytes
			c.Call(t, &code, "eth_getCode", "0x4e59b44847b379578588920cA78FbF26c0B4956C", "latest")
			if wantProxy := tt.name != "geth --dev without the proxy"; (len(code) > 0) != wantProxy {
				t.Errorf("CREATE2 proxy present: %v, want %v", len(code) > 0, wantProxy)
			}
		})
	}
}
