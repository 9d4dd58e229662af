// Package journal is the deployer's write-ahead log: one JSON object a line, appended and
// synced to disk before the action it describes. Every signed transaction is written (raw
// bytes, hash, nonce) before it is sent and its receipt after it is mined, so a deployment
// killed at any point can be finished without sending anything twice. It stores no key.
package journal

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gofrs/flock"
)

// Kinds of entries.
const (
	// KindIntent opens a deployment: what it deploys, where, from whom.
	KindIntent = "intent"
	// KindSigned is a transaction signed for a step, written before it is sent.
	KindSigned = "signed"
	// KindReceipt is a step's transaction mined, written after its receipt was read.
	KindReceipt = "receipt"
	// KindReset starts the deployment over from a stage with a new intent (--reset-from).
	KindReset = "reset"
)

// Entry is one line of the journal.
type Entry struct {
	Kind string    `json:"kind"`
	Time time.Time `json:"time"`

	Intent *Intent `json:"intent,omitempty"`
	// ResetFrom is the stage a KindReset entry starts over from.
	ResetFrom string `json:"reset_from,omitempty"`

	Step  string          `json:"step,omitempty"`
	From  *common.Address `json:"from,omitempty"`
	Nonce *uint64         `json:"nonce,omitempty"`
	Hash  *common.Hash    `json:"hash,omitempty"`
	Raw   hexutil.Bytes   `json:"raw,omitempty"`
	// Call identifies what the step does (a hash over its target, value and calldata), so
	// a step whose calldata changed since (--reset-from) is not mistaken for done.
	Call *common.Hash `json:"call,omitempty"`

	Status      *uint64      `json:"status,omitempty"`
	BlockNumber *uint64      `json:"block_number,omitempty"`
	BlockHash   *common.Hash `json:"block_hash,omitempty"`
	GasUsed     *uint64      `json:"gas_used,omitempty"`
}

// Intent records what a deployment is for.
type Intent struct {
	ChainID       uint64            `json:"chain_id"`
	Deployer      common.Address    `json:"deployer"`
	EpochStart    uint64            `json:"epoch_start"`
	ConfigHash    string            `json:"config_hash"`
	ArtifactsHash string            `json:"artifacts_hash"`
	Fields        map[string]string `json:"fields"`
	// Steps maps every step's ID to its call hash, in the intent's deployment.
	Steps map[string]common.Hash `json:"steps"`
}

// Journal is an open journal file.
type Journal struct {
	path    string
	f       *os.File
	lock    *flock.Flock
	entries []Entry
	// AfterAppend, when set, is called with the number of entries after each append has
	// reached the disk (crash tests kill the process there).
	AfterAppend func(n int)
}

// ErrLocked is returned (wrapped) by Open while another process has the journal open.
var ErrLocked = errors.New("journal in use by another apiary process")

// Open reads the journal at path, creating it (and its directory) when missing, and opens it
// for appending. It holds an exclusive lock on the file until Close (released by the kernel
// if the process dies), so two applies never sign for the same nonces. A last line cut short by a crash is dropped: it was never acted on, since
// every entry is synced before its action. Any other unreadable line is an error naming it.
func Open(path string) (*Journal, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("journal %s: %w", path, err)
	}
	lock := flock.New(path, flock.SetFlag(os.O_CREATE|os.O_RDWR), flock.SetPermissions(0o644))
	locked, err := lock.TryLock()
	if err != nil {
		return nil, fmt.Errorf("journal %s: lock: %w", path, err)
	}
	if !locked {
		return nil, fmt.Errorf("journal %s: %w (wait for it to finish)", path, ErrLocked)
	}
	j, err := openLocked(path)
	if err != nil {
		lock.Unlock()
		return nil, err
	}
	j.lock = lock
	return j, nil
}

func openLocked(path string) (*Journal, error) {
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("journal %s: %w", path, err)
	}
	entries, good, err := parse(path, data)
	if err != nil {
		return nil, err
	}
	if good < len(data) {
		if err := os.Truncate(path, int64(good)); err != nil {
			return nil, fmt.Errorf("journal %s: drop the torn last line: %w", path, err)
		}
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("journal %s: %w", path, err)
	}
	return &Journal{path: path, f: f, entries: entries}, nil
}

// Read returns the entries of the journal at path without opening it for writing; a missing
// file has none.
func Read(path string) ([]Entry, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("journal %s: %w", path, err)
	}
	entries, _, err := parse(path, data)
	return entries, err
}

// parse returns the entries and the length of the prefix of data that holds them.
func parse(path string, data []byte) ([]Entry, int, error) {
	var entries []Entry
	r := bufio.NewReader(bytes.NewReader(data))
	offset, line := 0, 0
	for {
		b, err := r.ReadBytes('\n')
		if errors.Is(err, io.EOF) {
			// No newline: a torn write (or nothing). Dropped.
			return entries, offset, nil
		}
		line++
		var e Entry
		if err := json.Unmarshal(b, &e); err != nil {
			if offset+len(b) == len(data) {
				return entries, offset, nil
			}
			return nil, 0, fmt.Errorf("journal %s:%d: %w", path, line, err)
		}
		entries = append(entries, e)
		offset += len(b)
	}
}

// Entries returns every entry read or appended so far, oldest first.
func (j *Journal) Entries() []Entry { return j.entries }

// Path is the journal's file.
func (j *Journal) Path() string { return j.path }

// Append writes e as one line and syncs it to disk before returning.
func (j *Journal) Append(e Entry) error {
	if e.Time.IsZero() {
		e.Time = time.Now().UTC()
	}
	b, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("journal %s: %w", j.path, err)
	}
	if _, err := j.f.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("journal %s: %w", j.path, err)
	}
	if err := j.f.Sync(); err != nil {
		return fmt.Errorf("journal %s: %w", j.path, err)
	}
	j.entries = append(j.entries, e)
	if j.AfterAppend != nil {
		j.AfterAppend(len(j.entries))
	}
	return nil
}

// Close closes the file and releases the lock.
func (j *Journal) Close() error {
	err := j.f.Close()
	if j.lock != nil {
		err = errors.Join(err, j.lock.Unlock())
	}
	return err
}

// Ptr returns a pointer to v, for the optional fields of Entry.
func Ptr[T any](v T) *T { return &v }
