package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
)

// StateVersion is the version of the state file format State is written in.
const StateVersion = 1

// State is the whole chain state at a block: every account's balance, nonce, code and
// storage, plus what a restart needs (chain ID, fork, clock, the economy's addresses).
// Block history is not kept: a node started from it begins a new chain whose genesis
// holds this state, at the saved timestamp.
type State struct {
	Version   int                `json:"version"`
	ChainID   uint64             `json:"chainId"`
	Hardfork  string             `json:"hardfork"`
	Number    uint64             `json:"blockNumber"`
	Timestamp uint64             `json:"timestamp"`
	BaseFee   *hexutil.Big       `json:"baseFee,omitempty"`
	Economy   *Contracts         `json:"economy,omitempty"`
	Accounts  types.GenesisAlloc `json:"accounts"`
}

// ErrCorruptState is returned for a state file that cannot be read back.
var ErrCorruptState = errors.New("corrupt state file")

// State dumps the latest block's state.
func (n *Node) State(ctx context.Context) (*State, error) {
	n.sealer.mu.Lock() // no block sealed while dumping
	defer n.sealer.mu.Unlock()
	head := n.eth.BlockChain().CurrentBlock()
	statedb, err := n.eth.BlockChain().StateAt(head.Root, head.Number, head.Time)
	if err != nil {
		return nil, fmt.Errorf("dump state at block %d: %w", head.Number, err)
	}
	c := &allocCollector{alloc: types.GenesisAlloc{}}
	if _, err := statedb.DumpToCollector(c, &state.DumpConfig{}); err != nil {
		return nil, fmt.Errorf("dump state at block %d: %w", head.Number, err)
	}
	if c.err != nil {
		return nil, fmt.Errorf("dump state at block %d: %w", head.Number, c.err)
	}
	return &State{
		Version: StateVersion, ChainID: n.chainCfg.ChainID.Uint64(), Hardfork: n.fork,
		Number: head.Number.Uint64(), Timestamp: head.Time, BaseFee: (*hexutil.Big)(head.BaseFee),
		Economy: n.economy, Accounts: c.alloc,
	}, nil
}

type allocCollector struct {
	alloc types.GenesisAlloc
	err   error
}

func (c *allocCollector) OnRoot(common.Hash) {}

func (c *allocCollector) OnAccount(addr *common.Address, a state.DumpAccount) {
	if c.err != nil {
		return
	}
	if addr == nil {
		c.err = fmt.Errorf("account %x: address unknown (missing preimage)", a.AddressHash)
		return
	}
	balance, ok := new(big.Int).SetString(a.Balance, 10)
	if !ok {
		c.err = fmt.Errorf("account %s: balance %q", addr.Hex(), a.Balance)
		return
	}
	acct := types.Account{Balance: balance, Nonce: a.Nonce, Code: a.Code}
	if len(a.Storage) > 0 {
		acct.Storage = make(map[common.Hash]common.Hash, len(a.Storage))
		for k, v := range a.Storage {
			acct.Storage[k] = common.HexToHash(v)
		}
	}
	c.alloc[*addr] = acct
}

// WriteState writes s to path atomically: a crash mid-write leaves the old file whole.
func WriteState(path string, s *State) error {
	data, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("write state %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".apiary-state-*")
	if err != nil {
		return fmt.Errorf("write state %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write state %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write state %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write state %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write state %s: %w", path, err)
	}
	return nil
}

// ReadState reads a state file. It returns an error wrapping os.ErrNotExist when there is
// none, and ErrCorruptState when the file is not a whole state of a known version.
func ReadState(path string) (*State, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read state %s: %w", path, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var s State
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("read state %s: %w: %v", path, ErrCorruptState, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("read state %s: %w: data after the state object", path, ErrCorruptState)
	}
	switch {
	case s.Version != StateVersion:
		return nil, fmt.Errorf("read state %s: %w: version %d, this apiary reads version %d", path, ErrCorruptState, s.Version, StateVersion)
	case s.ChainID == 0:
		return nil, fmt.Errorf("read state %s: %w: no chain ID", path, ErrCorruptState)
	case len(s.Accounts) == 0:
		return nil, fmt.Errorf("read state %s: %w: no accounts", path, ErrCorruptState)
	}
	return &s, nil
}
