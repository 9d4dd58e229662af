package config

import (
	"errors"
	"testing"
)

func env(vars map[string]string) func(string) (string, bool) {
	return func(name string) (string, bool) {
		v, ok := vars[name]
		return v, ok
	}
}

func TestNetworkRPCURL_ExpandsVariables(t *testing.T) {
	tests := []struct {
		raw  string
		want string
	}{
		{"${SEPOLIA_RPC_URL}", "https://sepolia.example/v3/KEY"},
		{"https://rpc.example/${API_KEY}", "https://rpc.example/secret"},
		{"https://${HOST}/${API_KEY}", "https://node.example/secret"},
		{"http://127.0.0.1:8545", "http://127.0.0.1:8545"},
		{"https://rpc.example/$API_KEY/a$b", "https://rpc.example/$API_KEY/a$b"}, // only ${NAME} expands
	}
	lookup := env(map[string]string{
		"SEPOLIA_RPC_URL": "https://sepolia.example/v3/KEY",
		"API_KEY":         "secret",
		"HOST":            "node.example",
	})
	for _, tt := range tests {
		n := Network{Name: "sepolia", RawRPCURL: tt.raw}
		got, err := n.RPCURL(lookup)
		if err != nil || got != tt.want {
			t.Errorf("RPCURL(%q) = %q, %v; want %q", tt.raw, got, err, tt.want)
		}
	}
}

func TestNetworkRPCURL_UnsetVariableNamesItAndTheKey(t *testing.T) {
	tests := []struct {
		name string
		vars map[string]string
		want EnvError
		msg  string
	}{
		{"unset", nil,
			EnvError{Key: "networks.sepolia.rpc_url", Var: "SEPOLIA_RPC_URL"},
			"networks.sepolia.rpc_url: environment variable SEPOLIA_RPC_URL is not set"},
		{"empty", map[string]string{"SEPOLIA_RPC_URL": ""},
			EnvError{Key: "networks.sepolia.rpc_url", Var: "SEPOLIA_RPC_URL", Empty: true},
			"networks.sepolia.rpc_url: environment variable SEPOLIA_RPC_URL is set but empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Network{Name: "sepolia", RawRPCURL: "${SEPOLIA_RPC_URL}"}
			_, err := n.RPCURL(env(tt.vars))
			var envErr *EnvError
			if !errors.As(err, &envErr) || *envErr != tt.want {
				t.Fatalf("error = %#v, want %#v", err, tt.want)
			}
			if err.Error() != tt.msg {
				t.Errorf("message:\n got %s\nwant %s", err, tt.msg)
			}
		})
	}
}

func TestNetworkRPCURL_NilLookupReadsTheEnvironment(t *testing.T) {
	t.Setenv("APIARY_TEST_RPC_URL", "http://localhost:9545")
	n := Network{Name: "local", RawRPCURL: "${APIARY_TEST_RPC_URL}"}
	if got, err := n.RPCURL(nil); err != nil || got != "http://localhost:9545" {
		t.Errorf("RPCURL(nil) = %q, %v", got, err)
	}
}

func TestNetworkRPCURL_BadReferenceIsAnError(t *testing.T) {
	tests := []struct {
		raw, want string
	}{
		{"https://x/${KEY", `networks.sepolia.rpc_url: has a "${" without a closing "}"`},
		{"https://x/${1KEY}", `networks.sepolia.rpc_url: has ${1KEY}, which is not a variable name (letters, digits and _, not starting with a digit)`},
		{"${}", `networks.sepolia.rpc_url: has ${}, which is not a variable name (letters, digits and _, not starting with a digit)`},
	}
	for _, tt := range tests {
		n := Network{Name: "sepolia", RawRPCURL: tt.raw}
		_, err := n.RPCURL(env(map[string]string{"KEY": "k"}))
		if err == nil || err.Error() != tt.want {
			t.Errorf("RPCURL(%q) error:\n got %v\nwant %s", tt.raw, err, tt.want)
		}
	}
}

func TestEconomyNetwork_UnknownNameListsKnownOnes(t *testing.T) {
	e := &Economy{Networks: map[string]Network{
		"sepolia": {ChainID: 11155111},
		"anvil":   {ChainID: 31337},
	}}
	n, err := e.Network("anvil")
	if err != nil || n.Name != "anvil" || n.ChainID != 31337 {
		t.Errorf(`Network("anvil") = %+v, %v`, n, err)
	}
	_, err = e.Network("mainnet")
	if !errors.Is(err, ErrUnknownNetwork) || err.Error() != `unknown network "mainnet": the config defines anvil, sepolia` {
		t.Errorf(`Network("mainnet") error = %v`, err)
	}
	_, err = (&Economy{}).Network("mainnet")
	if !errors.Is(err, ErrUnknownNetwork) || err.Error() != `unknown network "mainnet": the config defines no [networks]` {
		t.Errorf(`Network("mainnet") with no networks: error = %v`, err)
	}
}
