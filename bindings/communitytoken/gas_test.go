package communitytoken_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-dev/apiary/bindings/reference/referenceerc20"
	"github.com/apiary-dev/apiary/internal/chaintest"
)

// TestTransferGas_WithinOneHundredOfOpenZeppelin checks that CommunityToken adds nothing to
// the transfer path: its receipt gas stays within 100 of a plain OpenZeppelin ERC20 compiled
// with the same settings, for a fresh and an existing recipient. It also pins the chain
// rules: under mainnet's fork a fresh-holder transfer costs ~51.3k gas, not Bogota's ~146k.
func TestTransferGas_WithinOneHundredOfOpenZeppelin(t *testing.T) {
	f := newFixture(t) // alice holds 1,000 CMN
	ref := referenceerc20.NewReferenceERC20()
	refAddr, tx, err := bind.DeployContract(f.c.Transactor(f.alice), common.FromHex(referenceerc20.ReferenceERC20MetaData.Bin),
		f.c.Client(), ref.PackConstructor(tokens(1000)))
	refInst := ref.Instance(f.c.Client(), chaintest.Deployed(t, f.c, refAddr, tx, err))

	gas := func(inst *bind.BoundContract, data []byte) uint64 {
		tx, err := bind.Transact(inst, f.c.Transactor(f.alice), data)
		return chaintest.Mined(t, f.c, tx, err).GasUsed
	}
	type pair struct{ community, reference uint64 }
	results := map[string]pair{}
	// The same recipient in both contracts: first a fresh holder, then an existing one.
	results["fresh recipient"] = pair{
		gas(f.inst, f.tok.PackTransfer(f.bob.Address, tokens(1))),
		gas(refInst, ref.PackTransfer(f.bob.Address, tokens(1))),
	}
	results["existing recipient"] = pair{
		gas(f.inst, f.tok.PackTransfer(f.bob.Address, tokens(1))),
		gas(refInst, ref.PackTransfer(f.bob.Address, tokens(1))),
	}
	for name, p := range results {
		diff := int64(p.community) - int64(p.reference)
		t.Logf("%s: CommunityToken %d gas, OpenZeppelin ERC20 %d gas (%+d)", name, p.community, p.reference, diff)
		if diff > 100 || diff < -100 {
			t.Errorf("%s: CommunityToken transfer %d gas differs from OpenZeppelin ERC20's %d by %+d (limit ±100)", name, p.community, p.reference, diff)
		}
	}
	if fresh := results["fresh recipient"].reference; fresh < 51_000 || fresh > 52_000 {
		t.Errorf("OpenZeppelin ERC20 fresh-holder transfer = %d gas; mainnet rules give ~51,3xx (is the chain on the dev default's Bogota repricing?)", fresh)
	}
}
