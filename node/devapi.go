package node

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
)

// apis are the node's own RPC services: the dev methods, and eth_accounts and
// eth_sendTransaction for the unlocked dev accounts and impersonated ones.
func (n *Node) apis() []rpc.API {
	dev := &devAPI{n}
	return []rpc.API{
		{Namespace: "evm", Service: &evmAPI{n}},
		{Namespace: "anvil", Service: dev},
		{Namespace: "hardhat", Service: dev},
		{Namespace: "apiary", Service: &apiaryAPI{n}},
		{Namespace: "eth", Service: &accountsAPI{n}},
	}
}

// Quantity is an unsigned integer given as a JSON number, a decimal string or a 0x hex
// string: tools send all three (cast sends numbers, ethers hex strings).
type Quantity uint64

// UnmarshalJSON accepts 3600, "3600" and "0xe10".
func (q *Quantity) UnmarshalJSON(b []byte) error {
	v, err := parseBig(b)
	if err != nil {
		return err
	}
	if !v.IsUint64() {
		return fmt.Errorf("quantity %s does not fit 64 bits", v)
	}
	*q = Quantity(v.Uint64())
	return nil
}

// BigQuantity is Quantity without the 64-bit bound (balances in wei).
type BigQuantity struct{ big.Int }

// UnmarshalJSON accepts numbers, decimal strings and 0x hex strings.
func (q *BigQuantity) UnmarshalJSON(b []byte) error {
	v, err := parseBig(b)
	if err != nil {
		return err
	}
	q.Set(v)
	return nil
}

func parseBig(b []byte) (*big.Int, error) {
	s := strings.TrimSpace(string(b))
	if unq, err := strconv.Unquote(s); err == nil {
		s = unq
	}
	base := 10
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		s, base = s[2:], 16
	}
	v, ok := new(big.Int).SetString(s, base)
	if !ok || v.Sign() < 0 || (base == 16 && s == "") {
		return nil, fmt.Errorf("invalid quantity %s: want a non-negative integer, decimal or 0x hex", b)
	}
	return v, nil
}

// evmAPI is the evm_ namespace (Hardhat and Ganache names, served by anvil too).
type evmAPI struct{ n *Node }

// Snapshot records the chain's state and returns its id.
func (a *evmAPI) Snapshot() hexutil.Uint64 { return hexutil.Uint64(a.n.Snapshot()) }

// Revert returns to a snapshot; false for an unknown (or already reverted) id.
func (a *evmAPI) Revert(id Quantity) (bool, error) { return a.n.Revert(uint64(id)) }

// MineOptions is evm_mine's optional parameter: a timestamp, or anvil's object form.
type MineOptions struct {
	Timestamp *Quantity `json:"timestamp"`
	Blocks    *Quantity `json:"blocks"`
}

// UnmarshalJSON accepts a bare timestamp or {"timestamp": ..., "blocks": ...}.
func (m *MineOptions) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '{' {
		type plain MineOptions
		return json.Unmarshal(b, (*plain)(m))
	}
	var ts Quantity
	if err := json.Unmarshal(b, &ts); err != nil {
		return err
	}
	m.Timestamp = &ts
	return nil
}

// Mine seals a block (with what is pending), at the given timestamp if any; "0x0" as
// Hardhat answers.
func (a *evmAPI) Mine(ctx context.Context, opts *MineOptions) (string, error) {
	blocks := uint64(1)
	if opts != nil && opts.Blocks != nil {
		blocks = uint64(*opts.Blocks)
	}
	if opts != nil && opts.Timestamp != nil {
		if err := a.n.MineAt(ctx, uint64(*opts.Timestamp)); err != nil {
			return "", err
		}
		blocks--
	}
	if err := a.n.Mine(ctx, blocks, 0); err != nil {
		return "", err
	}
	return "0x0", nil
}

// IncreaseTime moves the clock forward by seconds for the next blocks and returns the
// total offset in seconds.
func (a *evmAPI) IncreaseTime(seconds Quantity) (int64, error) {
	return a.n.IncreaseTime(uint64(seconds))
}

// SetNextBlockTimestamp fixes the next block's timestamp.
func (a *evmAPI) SetNextBlockTimestamp(ts Quantity) error {
	return a.n.SetNextBlockTimestamp(uint64(ts))
}

// SetAutomine turns automine on or off.
func (a *evmAPI) SetAutomine(ctx context.Context, on bool) error { return a.n.SetAutomine(ctx, on) }

// devAPI is served as both anvil_ and hardhat_.
type devAPI struct{ n *Node }

// SetBalance sets an account's balance in wei.
func (a *devAPI) SetBalance(ctx context.Context, addr common.Address, wei BigQuantity) error {
	v, overflow := uint256.FromBig(&wei.Int)
	if overflow {
		return fmt.Errorf("set balance of %s: %s wei does not fit 256 bits", addr.Hex(), wei.String())
	}
	return a.n.Edit(ctx, Edit{Address: addr, Balance: v})
}

// SetCode sets an account's code.
func (a *devAPI) SetCode(ctx context.Context, addr common.Address, code hexutil.Bytes) error {
	return a.n.Edit(ctx, Edit{Address: addr, Code: append([]byte{}, code...)})
}

// SetNonce sets an account's nonce.
func (a *devAPI) SetNonce(ctx context.Context, addr common.Address, nonce Quantity) error {
	v := uint64(nonce)
	return a.n.Edit(ctx, Edit{Address: addr, Nonce: &v})
}

// SetStorageAt sets one storage slot; true as anvil answers.
func (a *devAPI) SetStorageAt(ctx context.Context, addr common.Address, slot, value common.Hash) (bool, error) {
	err := a.n.Edit(ctx, Edit{Address: addr, Storage: map[common.Hash]common.Hash{slot: value}})
	return err == nil, err
}

// ImpersonateAccount lets eth_sendTransaction send from addr without its key.
func (a *devAPI) ImpersonateAccount(addr common.Address) { a.n.Impersonate(addr, true) }

// StopImpersonatingAccount ends ImpersonateAccount.
func (a *devAPI) StopImpersonatingAccount(addr common.Address) { a.n.Impersonate(addr, false) }

// Mine seals blocks (default 1), interval seconds apart (default: by the clock).
func (a *devAPI) Mine(ctx context.Context, blocks, interval *Quantity) error {
	b, i := uint64(1), uint64(0)
	if blocks != nil {
		b = uint64(*blocks)
	}
	if interval != nil {
		i = uint64(*interval)
	}
	return a.n.Mine(ctx, b, i)
}

// apiaryAPI is the apiary_ namespace.
type apiaryAPI struct{ n *Node }

// Economy returns the deployed economy's addresses, or null when none is deployed.
func (a *apiaryAPI) Economy() *Contracts { return a.n.economy }
