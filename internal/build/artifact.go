package build

import (
	"encoding/json"
	"fmt"

	"github.com/apiary-dev/apiary/internal/solc"
)

// Artifact is the committed record of one compiled contract. Its layout is fixed by field
// order, so the same compilation always serialises to the same bytes.
type Artifact struct {
	ContractName           string            `json:"contractName"`
	SourceName             string            `json:"sourceName"`
	Compiler               string            `json:"compiler"`
	ABI                    json.RawMessage   `json:"abi"`
	Bytecode               string            `json:"bytecode"`
	DeployedBytecode       string            `json:"deployedBytecode"`
	LinkReferences         json.RawMessage   `json:"linkReferences"`
	DeployedLinkReferences json.RawMessage   `json:"deployedLinkReferences"`
	ImmutableReferences    json.RawMessage   `json:"immutableReferences"`
	MethodIdentifiers      map[string]string `json:"methodIdentifiers"`
	StorageLayout          json.RawMessage   `json:"storageLayout"`
	DevDoc                 json.RawMessage   `json:"devdoc"`
	UserDoc                json.RawMessage   `json:"userdoc"`
	Metadata               string            `json:"metadata"`
}

func newArtifact(source, name string, c solc.ContractOutput) (*Artifact, error) {
	var meta struct {
		Compiler struct {
			Version string `json:"version"`
		} `json:"compiler"`
	}
	if c.Metadata != "" {
		if err := json.Unmarshal([]byte(c.Metadata), &meta); err != nil {
			return nil, fmt.Errorf("%s:%s: decode metadata: %w", source, name, err)
		}
	}
	a := &Artifact{
		ContractName:           name,
		SourceName:             source,
		Compiler:               meta.Compiler.Version,
		ABI:                    orEmpty(c.ABI, "[]"),
		Bytecode:               hex0x(c.EVM.Bytecode.Object),
		DeployedBytecode:       hex0x(c.EVM.DeployedBytecode.Object),
		LinkReferences:         orEmpty(c.EVM.Bytecode.LinkReferences, "{}"),
		DeployedLinkReferences: orEmpty(c.EVM.DeployedBytecode.LinkReferences, "{}"),
		ImmutableReferences:    orEmpty(c.EVM.DeployedBytecode.ImmutableReferences, "{}"),
		MethodIdentifiers:      c.EVM.MethodIdentifiers,
		StorageLayout:          orEmpty(c.StorageLayout, "{}"),
		DevDoc:                 orEmpty(c.DevDoc, "{}"),
		UserDoc:                orEmpty(c.UserDoc, "{}"),
		Metadata:               c.Metadata,
	}
	if a.MethodIdentifiers == nil {
		a.MethodIdentifiers = map[string]string{}
	}
	return a, nil
}

// deployable reports whether the contract has creation code and an ABI to call it with.
func (a *Artifact) deployable() bool {
	return a.Bytecode != "0x" && string(a.ABI) != "[]"
}

func (a *Artifact) marshal() ([]byte, error) {
	data, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

func orEmpty(m json.RawMessage, empty string) json.RawMessage {
	if len(m) == 0 || string(m) == "null" {
		return json.RawMessage(empty)
	}
	return m
}

func hex0x(s string) string {
	if s == "" {
		return "0x"
	}
	return "0x" + s
}
