// Package chaintest holds helpers for tests that run contracts on the simulated chain:
// start a chain, send and mine a transaction, decode an expected revert. Test code only.
package chaintest

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/engine"
)

// New starts a chain for the test and closes it when the test ends.
func New(t testing.TB, opts ...chain.Option) *chain.Chain {
	t.Helper()
	c, err := chain.New(opts...)
	if err != nil {
		t.Fatalf("start chain: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// Mined mines tx, requires that sending it succeeded and that it did not revert, and
// returns its receipt.
func Mined(t testing.TB, c engine.Engine, tx *types.Transaction, err error) *types.Receipt {
	t.Helper()
	if err != nil {
		t.Fatalf("send: %v%s", err, revertHint(err))
	}
	receipts, err := c.MineOK(context.Background(), tx)
	if err != nil {
		t.Fatalf("mine: %v", err)
	}
	return receipts[0]
}

// Deployed mines a deployment, requires success and returns the contract's address.
func Deployed(t testing.TB, c engine.Engine, addr common.Address, tx *types.Transaction, err error) common.Address {
	t.Helper()
	Mined(t, c, tx, err)
	return addr
}

// Call reads a view function and fails the test on error.
func Call[T any](t testing.TB, inst *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := bind.Call(inst, nil, data, unpack)
	if err != nil {
		t.Fatalf("call: %v%s", err, revertHint(err))
	}
	return v
}

// Reverted requires that err is a revert carrying a custom error, decodes it with unpack
// (a binding's UnpackError) and returns the decoded value.
func Reverted(t testing.TB, err error, unpack func([]byte) (any, error)) any {
	t.Helper()
	if err == nil {
		t.Fatalf("expected a revert, got success")
	}
	data, ok := chain.RevertData(err)
	if !ok || len(data) < 4 {
		t.Fatalf("expected a revert with a custom error, got %v", err)
	}
	v, uerr := unpack(data)
	if uerr != nil || v == nil {
		t.Fatalf("revert data %x is not a known custom error: %v (%v)", data, uerr, err)
	}
	return v
}

// ErrorName is the Solidity name of a decoded custom error: the binding's type name
// without its contract prefix (CommunityTokenCapExceeded -> CapExceeded).
func ErrorName(v any, contract string) string {
	rt := reflect.TypeOf(v)
	for rt.Kind() == reflect.Pointer {
		rt = rt.Elem()
	}
	return strings.TrimPrefix(rt.Name(), contract)
}

func revertHint(err error) string {
	if data, ok := chain.RevertData(err); ok {
		return " (revert data " + common.Bytes2Hex(data) + ")"
	}
	return ""
}
