// Package record reads and writes deployments/<chain-id>.json, what a deployment left on a
// chain: every contract with its address, creating transaction, block, runtime code hash,
// constructor arguments and artifact hash, every other transaction, the config hash and the
// apiary version. Writes are atomic (temporary file, sync, rename); a record with a format
// version this apiary does not know is refused.
package record

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// FormatVersion is the version of the record format this package writes and reads.
const FormatVersion = 1

// ErrUnknownVersion is returned (wrapped) for a record of another format version.
var ErrUnknownVersion = errors.New("unknown record format version")

// Record is one chain's deployment.
type Record struct {
	FormatVersion int            `json:"format_version"`
	ApiaryVersion string         `json:"apiary_version"`
	ChainID       uint64         `json:"chain_id"`
	Deployer      common.Address `json:"deployer"`
	Salt          string         `json:"salt"`
	EpochStart    uint64         `json:"epoch_start"`
	ConfigHash    string         `json:"config_hash"`
	ArtifactsHash string         `json:"artifacts_hash"`
	// Complete is set once every stage is done.
	Complete     bool          `json:"complete"`
	Contracts    []Contract    `json:"contracts"`
	Transactions []Transaction `json:"transactions"`
}

// Contract is a deployed contract.
type Contract struct {
	Name            string         `json:"name"`
	Address         common.Address `json:"address"`
	Salt            common.Hash    `json:"salt"`
	TxHash          common.Hash    `json:"tx_hash"`
	BlockNumber     uint64         `json:"block_number"`
	BlockHash       common.Hash    `json:"block_hash"`
	RuntimeCodeHash common.Hash    `json:"runtime_code_hash"`
	ConstructorArgs hexutil.Bytes  `json:"constructor_args"`
	// Arguments are the constructor arguments decoded, by parameter name, for people.
	Arguments    map[string]string `json:"arguments,omitempty"`
	ArtifactHash string            `json:"artifact_hash"`
}

// Transaction is one step's mined transaction.
type Transaction struct {
	Step        string          `json:"step"`
	Hash        common.Hash     `json:"hash"`
	Nonce       *uint64         `json:"nonce,omitempty"`
	To          *common.Address `json:"to,omitempty"`
	BlockNumber uint64          `json:"block_number"`
	BlockHash   common.Hash     `json:"block_hash"`
	GasUsed     uint64          `json:"gas_used"`
}

// Path is the record of chainID under dir.
func Path(dir string, chainID uint64) string {
	return filepath.Join(dir, fmt.Sprintf("%d.json", chainID))
}

// JournalPath is the journal beside the record of chainID under dir.
func JournalPath(dir string, chainID uint64) string {
	return filepath.Join(dir, fmt.Sprintf("%d.journal.jsonl", chainID))
}

// Load reads a record; a missing file is os.ErrNotExist (wrapped).
func Load(path string) (*Record, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("deployment record %s: %w", path, err)
	}
	var head struct {
		FormatVersion int `json:"format_version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, fmt.Errorf("deployment record %s: %w", path, err)
	}
	if head.FormatVersion != FormatVersion {
		return nil, fmt.Errorf("deployment record %s: format_version %d: %w (this apiary reads %d)", path, head.FormatVersion, ErrUnknownVersion, FormatVersion)
	}
	var r Record
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("deployment record %s: %w", path, err)
	}
	return &r, nil
}

// Write stores r at path atomically: readers see the old record or the new one, never a mix.
func Write(path string, r *Record) error {
	r.FormatVersion = FormatVersion
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("deployment record %s: %w", path, err)
	}
	data = append(data, '\n')
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("deployment record %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("deployment record %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing left to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("deployment record %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("deployment record %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("deployment record %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("deployment record %s: %w", path, err)
	}
	return nil
}

// Contract returns the named contract, or nil.
func (r *Record) Contract(name string) *Contract {
	for i := range r.Contracts {
		if r.Contracts[i].Name == name {
			return &r.Contracts[i]
		}
	}
	return nil
}
