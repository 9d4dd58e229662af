package config

import (
	"strconv"
	"strings"
)

// keyPath locates a value in a config: "allocations[2].vesting.cliff" is
// {"allocations", "[2]", "vesting", "cliff"}. Keys are stored as TOML writes
// them (quoted unless bare), so an index element, which starts with "[",
// cannot be confused with a key.
type keyPath []string

// key returns p extended by the key k (a fresh slice; p is never modified).
func (p keyPath) key(k string) keyPath {
	return append(p[:len(p):len(p)], quoteKey(k))
}

// index returns p extended by the array index i.
func (p keyPath) index(i int) keyPath {
	return append(p[:len(p):len(p)], "["+strconv.Itoa(i)+"]")
}

// hasPrefix reports whether q is p or one of its ancestors.
func (p keyPath) hasPrefix(q keyPath) bool {
	if len(q) > len(p) {
		return false
	}
	for i := range q {
		if p[i] != q[i] {
			return false
		}
	}
	return true
}

// String returns the dotted form: `networks.sepolia.rpc_url`, `allocations[2].name`.
func (p keyPath) String() string {
	var b strings.Builder
	for i, el := range p {
		if i > 0 && !isIndex(el) {
			b.WriteByte('.')
		}
		b.WriteString(el)
	}
	return b.String()
}

func isIndex(el string) bool { return strings.HasPrefix(el, "[") }

// quoteKey writes k as TOML would: bare when it can be, quoted otherwise.
func quoteKey(k string) string {
	if k == "" {
		return `""`
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return strconv.Quote(k)
		}
	}
	return k
}
