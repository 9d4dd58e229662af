package deploy

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-dev/apiary/config"
)

// Intent is what a deployment is for: an economy, on one chain, from one deployer, with its
// epochs starting at EpochStart. Together they fix every address and every calldata byte.
type Intent struct {
	Economy  *config.Economy
	ChainID  uint64
	Deployer common.Address
	// EpochStart is the Unix time epoch 0 of rewards, emission and staking starts, and the
	// start of every vesting schedule.
	EpochStart uint64
}

// Fields flattens the intent into dotted keys ("token.cap", "allocations.1.amount",
// "deploy.epoch_start") with their values as text, for hashing and for naming what changed.
// Networks are left out: where a deployment goes is not what it deploys.
func (in Intent) Fields() (map[string]string, error) {
	e := *in.Economy
	e.Networks = nil
	data, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("flatten economy config: %w", err)
	}
	var tree any
	if err := json.Unmarshal(data, &tree); err != nil {
		return nil, fmt.Errorf("flatten economy config: %w", err)
	}
	out := map[string]string{}
	flatten("", tree, out)
	out["deploy.chain_id"] = strconv.FormatUint(in.ChainID, 10)
	out["deploy.deployer"] = in.Deployer.Hex()
	out["deploy.epoch_start"] = strconv.FormatUint(in.EpochStart, 10)
	return out, nil
}

// keys of the JSON encoding of config.Economy are Go field names; the TOML names read better
// in messages, so the common ones are mapped.
func flatten(prefix string, v any, out map[string]string) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			flatten(join(prefix, tomlName(k)), x, out)
		}
	case []any:
		for i, x := range v {
			flatten(join(prefix, strconv.Itoa(i)), x, out)
		}
	case nil:
		out[prefix] = ""
	default:
		out[prefix] = fmt.Sprint(v)
	}
}

func join(prefix, k string) string {
	if prefix == "" {
		return k
	}
	return prefix + "." + k
}

// tomlName turns a Go field name into the config's snake_case key ("AuthorShareBPS" →
// "author_share_bps").
func tomlName(goName string) string {
	var b []byte
	for i := 0; i < len(goName); i++ {
		c := goName[i]
		upper := c >= 'A' && c <= 'Z'
		if upper && i > 0 {
			prevLower := goName[i-1] >= 'a' && goName[i-1] <= 'z'
			nextLower := i+1 < len(goName) && goName[i+1] >= 'a' && goName[i+1] <= 'z'
			if prevLower || (nextLower && goName[i-1] >= 'A' && goName[i-1] <= 'Z') {
				b = append(b, '_')
			}
		}
		if upper {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

// Hash is a SHA-256 over the intent's fields in key order.
func (in Intent) Hash() (string, error) {
	f, err := in.Fields()
	if err != nil {
		return "", err
	}
	return hashFields(f), nil
}

func hashFields(f map[string]string) string {
	h := sha256.New()
	for _, k := range slices.Sorted(maps.Keys(f)) {
		fmt.Fprintf(h, "%s=%s\x00", k, f[k])
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Change is one field that differs between the intent a deployment started with and now.
type Change struct {
	Field    string
	Was, Now string
}

func (c Change) String() string {
	show := func(s string) string {
		if s == "" {
			return "(unset)"
		}
		return strconv.Quote(s)
	}
	return fmt.Sprintf("%s changed: was %s, now %s", c.Field, show(c.Was), show(c.Now))
}

// Diff lists the fields that differ, sorted by key.
func Diff(was, now map[string]string) []Change {
	var out []Change
	for _, k := range slices.Sorted(maps.Keys(union(was, now))) {
		if was[k] != now[k] {
			out = append(out, Change{Field: k, Was: was[k], Now: now[k]})
		}
	}
	return out
}

func union(a, b map[string]string) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

// DefaultEpochStart is the start of the UTC day holding blockTime: the epoch start a
// deployment uses unless told otherwise, so a plan and an apply on the same day, on any
// chain, agree on every address.
func DefaultEpochStart(blockTime uint64) uint64 {
	const day = uint64(24 * time.Hour / time.Second)
	return blockTime - blockTime%day
}
