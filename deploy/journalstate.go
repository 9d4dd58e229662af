package deploy

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-dev/apiary/deploy/journal"
)

// jstate is what the journal says.
type jstate struct {
	intent  *journal.Intent
	signed  map[common.Hash]journal.Entry
	ok      map[string]success         // step → its successful transaction
	receipt map[string]journal.Entry   // step → its latest receipt
	nonces  map[nonceKey][]common.Hash // every transaction signed for a nonce
	order   []nonceKey
	mined   map[common.Hash]bool
	// signedEpoch is the epoch each transaction was signed under.
	signedEpoch map[common.Hash]int
	// epoch counts the intents (first one and resets) read so far.
	epoch int
}

type success struct {
	call  common.Hash
	epoch int // the intent it was signed under
}

type nonceKey struct {
	from  common.Address
	nonce uint64
}

func readJournal(entries []journal.Entry) (*jstate, error) {
	st := &jstate{signed: map[common.Hash]journal.Entry{}, ok: map[string]success{},
		receipt: map[string]journal.Entry{}, nonces: map[nonceKey][]common.Hash{}, mined: map[common.Hash]bool{}, signedEpoch: map[common.Hash]int{}}
	for i, e := range entries {
		switch e.Kind {
		case journal.KindIntent:
			if st.intent == nil {
				st.intent = e.Intent
				st.epoch++
			}
		case journal.KindReset:
			st.reset(e.ResetFrom, e.Intent)
		case journal.KindSigned:
			if e.Hash == nil || e.From == nil || e.Nonce == nil || e.Call == nil {
				return nil, fmt.Errorf("entry %d: signed entry without hash, from, nonce or call", i+1)
			}
			st.signed[*e.Hash] = e
			st.signedEpoch[*e.Hash] = st.epoch
			k := nonceKey{*e.From, *e.Nonce}
			if _, seen := st.nonces[k]; !seen {
				st.order = append(st.order, k)
			}
			st.nonces[k] = append(st.nonces[k], *e.Hash)
		case journal.KindReceipt:
			s, known := st.signed[*e.Hash]
			if !known {
				return nil, fmt.Errorf("entry %d: receipt of %s, which the journal never signed", i+1, e.Hash.Hex())
			}
			st.receipt[e.Step] = e
			st.mined[*e.Hash] = true
			if e.Status != nil && *e.Status == types.ReceiptStatusSuccessful {
				st.ok[e.Step] = success{call: *s.Call, epoch: st.signedEpoch[*e.Hash]}
			} else {
				delete(st.ok, e.Step)
			}
		}
	}
	return st, nil
}

func (st *jstate) reset(from string, in *journal.Intent) {
	st.intent = in
	st.epoch++
	for step := range st.ok {
		if stageIndex(stageOf(step)) >= stageIndex(from) {
			delete(st.ok, step)
		}
	}
}

func stageOf(stepID string) string {
	for i := 0; i < len(stepID); i++ {
		if stepID[i] == '/' {
			return stepID[:i]
		}
	}
	return stepID
}

// succeeded reports whether the journal saw the step's call succeed, under any intent.
func (st *jstate) succeeded(s Step) bool {
	ok, found := st.ok[s.ID]
	return found && ok.call == callHash(s)
}

// succeededNow is succeeded, for a transaction signed under the current intent.
func (st *jstate) succeededNow(s Step) bool {
	ok, found := st.ok[s.ID]
	return found && ok.call == callHash(s) && ok.epoch == st.epoch
}

// inFlight returns the journal's transactions not known to be mined, one flight a nonce.
func (st *jstate) inFlight(steps map[string]Step) ([]*flight, error) {
	mined := st.mined
	var out []*flight
	for _, k := range st.order {
		hashes := st.nonces[k]
		done := false
		for _, h := range hashes {
			done = done || mined[h]
		}
		if done {
			continue
		}
		f := &flight{from: k.from, nonce: k.nonce}
		for _, h := range hashes {
			e := st.signed[h]
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(e.Raw); err != nil {
				return nil, fmt.Errorf("journal transaction %s: %w", h.Hex(), err)
			}
			f.step = e.Step
			f.txs = append(f.txs, tx)
		}
		f.keyed = steps[f.step].Raw == nil
		out = append(out, f)
	}
	return out, nil
}
