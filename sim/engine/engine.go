// Package engine declares what apiary asks of an in-process chain, so the harness, the
// simulator and tests run unchanged on either engine: sim/chain (go-ethereum's simulated
// backend, full node fidelity) or sim/fast (direct EVM execution on a state database). It
// holds interfaces and the dev-account type only, no engine.
package engine

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Backend is what generated bindings (bind.ContractBackend, bind.DeployBackend) and the
// harness call on a chain.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainStateReader
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
}

// Engine is an in-process chain with dev accounts, mining on demand and time travel.
type Engine interface {
	// Name is "simulated" or "fast".
	Name() string
	// Hardfork is the named fork whose rules the chain runs (sim/hardfork).
	Hardfork() string
	ChainID() *big.Int
	Backend() Backend
	Accounts() []Account
	Account(i int) Account
	// Transactor returns transaction options sending as a.
	Transactor(a Account) *bind.TransactOpts
	// MineOK includes the sent transactions in blocks and returns their receipts in order;
	// it fails (with a *TxError-like error wrapping the revert) when one of them reverted.
	MineOK(ctx context.Context, txs ...*types.Transaction) ([]*types.Receipt, error)
	// Now is the latest block's timestamp.
	Now(ctx context.Context) (uint64, error)
	// WarpTo seals a block at timestamp ts, which must be after the latest block.
	WarpTo(ctx context.Context, ts uint64) error
	// Snapshot identifies the current state; Revert returns to it.
	Snapshot(ctx context.Context) (common.Hash, error)
	Revert(snapshot common.Hash) error
	Close() error
}

// Account is a dev account with its key.
type Account struct {
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// DevAccount returns the i-th deterministic dev account: its key is keccak256 of
// "apiary dev account <i>". Never use these keys on a real network.
func DevAccount(i int) Account {
	seed := crypto.Keccak256([]byte(fmt.Sprintf("apiary dev account %d", i)))
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability
	}
	return Account{Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)}
}

// SeededAccount returns the i-th account derived from seed: its key is keccak256 of
// "<seed> account <i>". Different seeds give disjoint, reproducible account sets; the empty
// seed gives DevAccount's.
func SeededAccount(seed string, i int) Account {
	if seed == "" {
		return DevAccount(i)
	}
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("%s account %d", seed, i))))
	if err != nil {
		panic(err)
	}
	return Account{Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)}
}

// TxError is a mined transaction that failed. Replay is the error a re-execution of it at
// its block's parent state gave (nil when the replay succeeded, as it can for a failure that
// depended on transactions before it in the block, or on running out of gas).
type TxError struct {
	Index   int
	Tx      *types.Transaction
	Receipt *types.Receipt
	Replay  error
}

func (e *TxError) Error() string {
	msg := fmt.Sprintf("tx %d (%s) reverted in block %v, gas used %d of %d", e.Index, e.Tx.Hash().Hex(),
		e.Receipt.BlockNumber, e.Receipt.GasUsed, e.Tx.Gas())
	if e.Replay != nil {
		msg += ": " + e.Replay.Error()
	} else if e.Receipt.GasUsed == e.Tx.Gas() {
		msg += ": out of gas"
	}
	return msg
}

// Unwrap gives ErrReverted and the replay's error (which carries the revert data).
func (e *TxError) Unwrap() []error { return []error{ErrReverted, e.Replay} }

// ErrReverted is wrapped by TxError: the transaction was included but failed.
var ErrReverted = errors.New("transaction reverted")
