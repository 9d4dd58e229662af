package config

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// ErrUnknownNetwork is returned (wrapped) by Economy.Network for a name the
// config does not define.
var ErrUnknownNetwork = errors.New("unknown network")

// networkName is the form of a key under [networks].
var networkName = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)

// envName is the form of NAME in a ${NAME} reference.
var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// EnvError is a ${NAME} reference that cannot be expanded because the
// variable is unset or empty.
type EnvError struct {
	Key   string // the config key holding the reference, e.g. "networks.sepolia.rpc_url"
	Var   string // the variable's name
	Empty bool   // set but empty, rather than unset
}

func (e *EnvError) Error() string {
	state := "is not set"
	if e.Empty {
		state = "is set but empty"
	}
	return fmt.Sprintf("%s: environment variable %s %s", e.Key, e.Var, state)
}

// RPCURL returns the network's RPC URL with every ${NAME} replaced by the
// value lookup gives for NAME; a nil lookup reads the environment
// (os.LookupEnv). An unset or empty variable is an *EnvError. A "$" that does
// not start a ${NAME} reference is kept as written. Errors never include the
// expanded URL, which often carries an API key.
func (n *Network) RPCURL(lookup func(string) (string, bool)) (string, error) {
	if lookup == nil {
		lookup = os.LookupEnv
	}
	key := keyPath{"networks"}.key(n.Name).key("rpc_url").String()
	if n.Name == "" {
		key = "rpc_url"
	}
	var b strings.Builder
	rest := n.RawRPCURL
	for {
		name, before, after, err := nextReference(rest)
		if err != nil {
			return "", fmt.Errorf("%s: %w", key, err)
		}
		b.WriteString(before)
		if name == "" {
			break
		}
		value, ok := lookup(name)
		if !ok || value == "" {
			return "", &EnvError{Key: key, Var: name, Empty: ok}
		}
		b.WriteString(value)
		rest = after
	}
	if b.Len() == 0 {
		return "", fmt.Errorf("%s: is empty", key)
	}
	return b.String(), nil
}

// nextReference finds the first ${NAME} in s and returns NAME, the text
// before it and the text after it; name is "" when there is none.
func nextReference(s string) (name, before, after string, err error) {
	i := strings.Index(s, "${")
	if i < 0 {
		return "", s, "", nil
	}
	end := strings.IndexByte(s[i:], '}')
	if end < 0 {
		return "", "", "", errors.New(`has a "${" without a closing "}"`)
	}
	name = s[i+2 : i+end]
	if !envName.MatchString(name) {
		return "", "", "", fmt.Errorf("has ${%s}, which is not a variable name (letters, digits and _, not starting with a digit)", name)
	}
	return name, s[:i], s[i+end+1:], nil
}

// checkReferences checks the ${NAME} syntax of s without expanding anything.
func checkReferences(s string) error {
	for {
		name, _, after, err := nextReference(s)
		if err != nil || name == "" {
			return err
		}
		s = after
	}
}
