package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-dev/apiary/deploy/journal"
)

// Planned is a step with its simulated gas, ready to be sent.
type Planned struct {
	Step Step
	Gas  Estimate
}

// Mined is a step's transaction with its receipt.
type Mined struct {
	Step    Step
	Receipt *types.Receipt
	// Call identifies what the mined transaction did (see callHash): a transaction the
	// journal signed for an earlier intent (--reset-from) differs from its step's.
	Call common.Hash
	// flight is what was signed for the nonce, to send again if a reorg drops it.
	flight *flight
}

// Broadcaster takes the transactions of one round. The live one signs, journals, sends and
// waits for them; the capture one keeps them (plan); the no-op one drops them. The same
// pipeline therefore plans, simulates and ships.
type Broadcaster interface {
	Broadcast(ctx context.Context, round []Planned) ([]Mined, error)
}

// Capture keeps every round it is given, sending nothing.
type Capture struct{ Rounds [][]Planned }

// Broadcast records the round.
func (c *Capture) Broadcast(_ context.Context, round []Planned) ([]Mined, error) {
	c.Rounds = append(c.Rounds, round)
	return nil, nil
}

// NoOp drops every round.
type NoOp struct{}

// Broadcast does nothing.
func (NoOp) Broadcast(context.Context, []Planned) ([]Mined, error) { return nil, nil }

// ErrNonceTaken is returned (wrapped) when a nonce the journal gave a step was used by a
// transaction the journal does not know: someone else sends from the deployer's key.
var ErrNonceTaken = errors.New("nonce used by a transaction not in the journal")

// ErrMaxFee is returned (wrapped) when a stuck transaction would need fees above --max-fee.
var ErrMaxFee = errors.New("replacement would exceed the fee limit (--max-fee)")

// live signs with the deployer's key and ships.
type live struct {
	c             *Client
	j             *journal.Journal
	signer        Signer
	chainID       *big.Int
	legacy        bool
	maxFee        *big.Int
	resendAfter   time.Duration
	poll          time.Duration
	confirmations uint64
	emit          func(Event)
	// steps maps step IDs to steps, for the receipts of transactions found in the journal.
	steps map[string]Step
}

// flight is a nonce in use: every transaction signed for it (replacements), latest last.
type flight struct {
	step   string
	from   common.Address
	nonce  uint64
	keyed  bool // signed by the deployer (false: presigned, never re-signed)
	txs    []*types.Transaction
	sentAt time.Time
}

func (f *flight) latest() *types.Transaction { return f.txs[len(f.txs)-1] }

// Broadcast signs every step of the round with consecutive nonces, journals each before
// sending it, sends them all without waiting (pipelining), then waits for every receipt.
func (b *live) Broadcast(ctx context.Context, round []Planned) ([]Mined, error) {
	me := b.signer.Address()
	nonce, err := b.c.NonceAt(ctx, me, nil)
	if err != nil {
		return nil, fmt.Errorf("read the deployer's nonce: %w", err)
	}
	fees, err := marketFees(ctx, b.c, b.legacy)
	if err != nil {
		return nil, err
	}
	fees = fees.capped(b.maxFee)
	var flights []*flight
	for _, p := range round {
		s := p.Step
		f := &flight{step: s.ID}
		var tx *types.Transaction
		if s.Raw != nil {
			tx = new(types.Transaction)
			if err := tx.UnmarshalBinary(s.Raw); err != nil {
				return nil, fmt.Errorf("step %s: %w", s.ID, err)
			}
			from, err := types.HomesteadSigner{}.Sender(tx)
			if err != nil {
				return nil, fmt.Errorf("step %s: %w", s.ID, err)
			}
			f.from, f.nonce = from, tx.Nonce()
		} else {
			tx, err = b.signer.SignTx(newTx(b.chainID, nonce, s.To, s.Value, s.Data, p.Gas.Limit, fees), b.chainID)
			if err != nil {
				return nil, fmt.Errorf("step %s: sign: %w", s.ID, err)
			}
			f.from, f.nonce, f.keyed = me, nonce, true
			nonce++
		}
		if err := b.record(s.ID, f, tx, callHash(s)); err != nil {
			return nil, err
		}
		if err := b.send(ctx, s.ID, tx); err != nil {
			return nil, err
		}
		f.txs = []*types.Transaction{tx}
		f.sentAt = time.Now()
		flights = append(flights, f)
		b.emit(Event{Kind: EventSent, Stage: s.Stage, Step: s.ID, Hash: hashPtr(tx.Hash()), Nonce: &f.nonce})
	}
	return b.wait(ctx, flights)
}

// record journals a signed transaction before it is sent.
func (b *live) record(step string, f *flight, tx *types.Transaction, call common.Hash) error {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	return b.j.Append(journal.Entry{Kind: journal.KindSigned, Step: step, From: &f.from, Nonce: journal.Ptr(f.nonce),
		Hash: hashPtr(tx.Hash()), Raw: raw, Call: &call})
}

// send hands a signed transaction to the node. Answers meaning the node already has it, or
// that its nonce is used, are not failures: wait finds out which transaction was mined.
func (b *live) send(ctx context.Context, step string, tx *types.Transaction) error {
	err := b.c.SendTransaction(ctx, tx)
	if err == nil {
		return nil
	}
	var answered rpc.Error
	if !errors.As(err, &answered) && ctx.Err() == nil {
		// No answer from the node (connection lost, timeouts, 5xx): it may or may not have
		// the transaction. It is journaled; wait re-sends it and finds out.
		if b.emit != nil {
			b.emit(Event{Kind: EventRetry, Step: step, Hash: hashPtr(tx.Hash()), Detail: "send unanswered: " + err.Error()})
		}
		return nil
	}
	m := strings.ToLower(err.Error())
	for _, known := range []string{"already known", "known transaction", "alreadyknown", "nonce too low", "replacement transaction underpriced", "already imported", "already in"} {
		if strings.Contains(m, known) {
			return nil
		}
	}
	if strings.Contains(m, "replay-protected") || strings.Contains(m, "replay protected") || strings.Contains(m, "eip-155") || strings.Contains(m, "unprotected") {
		return fmt.Errorf("step %s: %w: %v", step, ErrProxyUnavailable, err)
	}
	return fmt.Errorf("step %s: send %s: %w", step, tx.Hash().Hex(), err)
}

// wait polls until every flight has a receipt, re-sending a transaction that is not mined
// after resendAfter (the node dropped it) and replacing it with bumped fees when it is priced
// below the market; then it waits for the confirmations and checks that no receipt's block
// left the canonical chain.
func (b *live) wait(ctx context.Context, flights []*flight) ([]Mined, error) {
	var out []Mined
	for {
		mined, err := b.waitMined(ctx, flights)
		out = append(out, mined...)
		if err != nil {
			return out, err
		}
		reorged, err := b.confirm(ctx, out)
		if err != nil {
			return out, err
		}
		if len(reorged) == 0 {
			return out, nil
		}
		flights = reorged
		kept := out[:0]
		for _, m := range out {
			if !containsStep(reorged, m.Step.ID) {
				kept = append(kept, m)
			}
		}
		out = kept
	}
}

func containsStep(fs []*flight, id string) bool {
	for _, f := range fs {
		if f.step == id {
			return true
		}
	}
	return false
}

func (b *live) waitMined(ctx context.Context, flights []*flight) ([]Mined, error) {
	var out []Mined
	lastHead := uint64(0)
	for len(flights) > 0 {
		head, err := b.c.BlockNumber(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return out, ctx.Err()
			}
			b.emit(Event{Kind: EventRetry, Detail: "block number: " + err.Error()})
			if err := sleep(ctx, b.poll); err != nil {
				return out, err
			}
			continue
		}
		if head != lastHead {
			lastHead = head
			var left []*flight
			for _, f := range flights {
				r, err := b.receipt(ctx, f)
				if err != nil {
					return out, err
				}
				if r == nil {
					left = append(left, f)
					continue
				}
				m, err := b.mined(f, r)
				if err != nil {
					return out, err
				}
				out = append(out, m)
			}
			flights = left
			if err := b.checkNonces(ctx, flights); err != nil {
				return out, err
			}
		}
		for _, f := range flights {
			if time.Since(f.sentAt) < b.resendAfter {
				continue
			}
			if err := b.resend(ctx, f); err != nil {
				return out, err
			}
		}
		if len(flights) > 0 {
			if err := sleep(ctx, b.poll); err != nil {
				return out, err
			}
		}
	}
	return out, nil
}

// receipt returns the receipt of whichever of the flight's transactions was mined, or nil.
func (b *live) receipt(ctx context.Context, f *flight) (*types.Receipt, error) {
	for _, tx := range f.txs {
		r, err := b.c.TransactionReceipt(ctx, tx.Hash())
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			b.emit(Event{Kind: EventRetry, Step: f.step, Detail: "receipt: " + err.Error()})
			return nil, nil
		}
		return r, nil
	}
	return nil, nil
}

func (b *live) mined(f *flight, r *types.Receipt) (Mined, error) {
	err := b.j.Append(journal.Entry{Kind: journal.KindReceipt, Step: f.step, Hash: hashPtr(r.TxHash),
		Status: journal.Ptr(r.Status), BlockNumber: journal.Ptr(r.BlockNumber.Uint64()), BlockHash: hashPtr(r.BlockHash),
		GasUsed: journal.Ptr(r.GasUsed)})
	if err != nil {
		return Mined{}, err
	}
	s := b.steps[f.step]
	b.emit(Event{Kind: EventMined, Stage: s.Stage, Step: f.step, Hash: hashPtr(r.TxHash), Nonce: journal.Ptr(f.nonce), Block: r.BlockNumber.Uint64()})
	var call common.Hash
	for _, tx := range f.txs {
		if tx.Hash() == r.TxHash {
			call = txCallHash(tx, f.keyed)
		}
	}
	return Mined{Step: s, Receipt: r, Call: call, flight: f}, nil
}

// checkNonces fails when a flight's nonce was used and none of its transactions was mined:
// a transaction the journal does not know took it.
func (b *live) checkNonces(ctx context.Context, flights []*flight) error {
	for _, f := range flights {
		n, err := b.c.NonceAt(ctx, f.from, nil)
		if err != nil {
			return nil // checked again next block
		}
		if n <= f.nonce {
			continue
		}
		// A node can show the new nonce a moment before it serves the receipt (anvil under
		// load does): look again for a while before calling the nonce taken.
		for attempt := 0; ; attempt++ {
			r, err := b.receipt(ctx, f)
			if err != nil || r != nil {
				return err // mined after all: collected on the next pass
			}
			if attempt == nonceTakenChecks {
				break
			}
			if err := sleep(ctx, nonceTakenWait); err != nil {
				return err
			}
		}
		return fmt.Errorf("step %s: nonce %d of %s: %w", f.step, f.nonce, f.from.Hex(), ErrNonceTaken)
	}
	return nil
}

// How long checkNonces keeps looking for a receipt once a flight's nonce is used: 20 × 100ms.
const (
	nonceTakenChecks = 20
	nonceTakenWait   = 100 * time.Millisecond
)

// resend re-sends a transaction the node seems to have dropped, or replaces it with bumped
// fees when it is priced below the market.
func (b *live) resend(ctx context.Context, f *flight) error {
	f.sentAt = time.Now()
	tx := f.latest()
	if f.keyed {
		market, err := marketFees(ctx, b.c, b.legacy)
		if err != nil {
			b.emit(Event{Kind: EventRetry, Step: f.step, Detail: err.Error()})
			return nil
		}
		old := feesOf(tx)
		if old.below(market) {
			next := old.bumped(market)
			if b.maxFee != nil && next.Max().Cmp(b.maxFee) > 0 {
				return fmt.Errorf("step %s: nonce %d stuck at %s wei/gas, market %s: %w (%s wei)", f.step, f.nonce, old.Max(), market.Expected(), ErrMaxFee, b.maxFee)
			}
			signed, err := b.signer.SignTx(newTx(b.chainID, f.nonce, *tx.To(), tx.Value(), tx.Data(), tx.Gas(), next), b.chainID)
			if err != nil {
				return fmt.Errorf("step %s: sign replacement: %w", f.step, err)
			}
			s := b.steps[f.step]
			if err := b.record(f.step, f, signed, callHash(s)); err != nil {
				return err
			}
			f.txs = append(f.txs, signed)
			b.emit(Event{Kind: EventReplaced, Stage: s.Stage, Step: f.step, Hash: hashPtr(signed.Hash()), Nonce: journal.Ptr(f.nonce),
				Detail: fmt.Sprintf("fee %s → %s wei/gas", old.Max(), next.Max())})
			return b.send(ctx, f.step, signed)
		}
	}
	b.emit(Event{Kind: EventResent, Stage: b.steps[f.step].Stage, Step: f.step, Hash: hashPtr(tx.Hash()), Nonce: journal.Ptr(f.nonce)})
	return b.send(ctx, f.step, tx)
}

// confirm waits until the last receipt has the configured confirmations, then checks every
// receipt's block is still canonical. It returns the flights to wait for again.
func (b *live) confirm(ctx context.Context, mined []Mined) ([]*flight, error) {
	if b.confirmations == 0 || len(mined) == 0 {
		return nil, nil
	}
	var last uint64
	for _, m := range mined {
		last = max(last, m.Receipt.BlockNumber.Uint64())
	}
	target := last + b.confirmations - 1
	for {
		head, err := b.c.BlockNumber(ctx)
		if err == nil && head >= target {
			break
		}
		if err := sleep(ctx, b.poll); err != nil {
			return nil, err
		}
	}
	var again []*flight
	for _, m := range mined {
		canonical, err := b.c.blockHash(ctx, m.Receipt.BlockNumber.Uint64())
		if err != nil {
			return nil, fmt.Errorf("step %s: confirm block %d: %w", m.Step.ID, m.Receipt.BlockNumber, err)
		}
		if canonical == m.Receipt.BlockHash {
			continue
		}
		// The block left the canonical chain. The transaction may be in another block, back
		// in the pool, or gone: wait for it again, re-sending the journaled bytes if needed.
		b.emit(Event{Kind: EventReorg, Stage: m.Step.Stage, Step: m.Step.ID, Hash: hashPtr(m.Receipt.TxHash), Block: m.Receipt.BlockNumber.Uint64()})
		f := *m.flight
		f.sentAt = time.Time{}
		again = append(again, &f)
	}
	return again, nil
}

// callHash identifies what a step does: keccak256(to ‖ value ‖ data), or of the raw
// transaction for a presigned one.
func callHash(s Step) common.Hash {
	if s.Raw != nil {
		return crypto.Keccak256Hash(s.Raw)
	}
	v := new(big.Int)
	if s.Value != nil {
		v = s.Value
	}
	return crypto.Keccak256Hash(s.To.Bytes(), common.BigToHash(v).Bytes(), s.Data)
}

// txCallHash is callHash for a signed transaction.
func txCallHash(tx *types.Transaction, keyed bool) common.Hash {
	if !keyed {
		raw, _ := tx.MarshalBinary()
		return crypto.Keccak256Hash(raw)
	}
	return crypto.Keccak256Hash(tx.To().Bytes(), common.BigToHash(tx.Value()).Bytes(), tx.Data())
}

func hashPtr(h common.Hash) *common.Hash { return &h }
