package fast

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// Sealing drops the trie nodes of replaced states: a long simulation's trie memory stays
// the size of one state, not one per block.
func TestSeal_TrieMemoryStaysBounded(t *testing.T) {
	e := newEngine(t, WithAccounts(benchHolders))
	token := deployBenchToken(t, e)
	var sizes []float64
	for blk := 0; blk < 12; blk++ {
		for i := 0; i < 2000; i++ {
			to := common.BigToAddress(big.NewInt(int64(1000 + i)))
			if _, err := e.Exec(Call{From: e.Account(i % benchHolders).Address, To: &token, Data: tokenABI.PackTransfer(to, big.NewInt(1))}); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := e.Mine(); err != nil {
			t.Fatal(err)
		}
		if _, err := e.Snapshot(t.Context()); err != nil { // forces a commit into the trie database
			t.Fatal(err)
		}
		e.snapshots = map[common.Hash]snapshot{} // unpin, as a caller that drops its snapshots
		_, dirty, _ := e.trie.Size()
		sizes = append(sizes, float64(dirty))
	}
	if last, early := sizes[len(sizes)-1], sizes[2]; last > 1.5*early {
		t.Errorf("trie memory grew from %.0f to %.0f bytes over %d blocks", early, last, len(sizes))
	}
}
