package deploy

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-dev/apiary/bindings"
	"github.com/apiary-dev/apiary/deploy/record"
)

// reread refreshes what the journal says after new entries.
func (d *deployment) reread() error {
	st, err := readJournal(d.j.Entries())
	if err != nil {
		return fmt.Errorf("journal %s: %w", d.j.Path(), err)
	}
	d.st = st
	return nil
}

// writeRecord writes deployments/<chain-id>.json from the journal's receipts and the chain's
// code.
func (d *deployment) writeRecord(ctx context.Context, complete bool) error {
	in, err := d.journalIntent()
	if err != nil {
		return err
	}
	rec := &record.Record{ApiaryVersion: d.cfg.Version, ChainID: d.in.ChainID, Deployer: d.in.Deployer,
		Salt: d.in.Economy.Salt, EpochStart: d.in.EpochStart, ConfigHash: in.ConfigHash, ArtifactsHash: in.ArtifactsHash,
		Complete: complete, Contracts: []record.Contract{}, Transactions: []record.Transaction{}}
	for _, s := range d.steps {
		r, mined := d.st.receipt[s.ID]
		if mined && !d.st.succeeded(s) {
			mined = false
		}
		if mined {
			sig := d.st.signed[*r.Hash]
			tx := record.Transaction{Step: s.ID, Hash: *r.Hash, Nonce: sig.Nonce, BlockNumber: *r.BlockNumber, BlockHash: *r.BlockHash, GasUsed: *r.GasUsed}
			if s.Raw == nil {
				to := s.To
				tx.To = &to
			}
			rec.Transactions = append(rec.Transactions, tx)
		}
		c := s.Contract
		if c == nil {
			continue
		}
		code, err := d.c.CodeAt(ctx, c.Address, nil)
		if err != nil {
			return fmt.Errorf("record %s: read code at %s: %w", c.Name, c.Address.Hex(), err)
		}
		if len(code) == 0 {
			continue // not deployed yet
		}
		rc := record.Contract{Name: c.Name, Address: c.Address, Salt: c.Salt, RuntimeCodeHash: crypto.Keccak256Hash(code),
			ConstructorArgs: c.Args, Arguments: decodeArgs(c.Name, c.Args), ArtifactHash: c.ArtifactHash}
		if mined {
			rc.TxHash, rc.BlockNumber, rc.BlockHash = *r.Hash, *r.BlockNumber, *r.BlockHash
		} else if old := d.previousRecord(c.Name, c.Address); old != nil {
			rc.TxHash, rc.BlockNumber, rc.BlockHash = old.TxHash, old.BlockNumber, old.BlockHash
		}
		rec.Contracts = append(rec.Contracts, rc)
	}
	return record.Write(record.Path(d.cfg.Deployments, d.in.ChainID), rec)
}

// previousRecord is the contract as the record on disk has it, when at the same address:
// a journal started over keeps what the record knew.
func (d *deployment) previousRecord(name string, at common.Address) *record.Contract {
	old, err := record.Load(record.Path(d.cfg.Deployments, d.in.ChainID))
	if err != nil {
		return nil
	}
	if c := old.Contract(name); c != nil && c.Address == at {
		return c
	}
	return nil
}

// decodeArgs decodes constructor arguments by parameter name, for people reading the record.
func decodeArgs(name string, args []byte) map[string]string {
	a, err := bindings.LoadArtifact(name)
	if err != nil {
		return nil
	}
	parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
	if err != nil {
		return nil
	}
	values, err := parsed.Constructor.Inputs.Unpack(args)
	if err != nil {
		return nil
	}
	out := map[string]string{}
	for i, in := range parsed.Constructor.Inputs {
		out[in.Name] = fmt.Sprint(values[i])
	}
	return out
}
