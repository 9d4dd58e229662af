package bindings

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed artifacts
var artifactFS embed.FS

// Artifact is the compiled record of one contract, as committed under bindings/artifacts.
type Artifact struct {
	ContractName      string            `json:"contractName"`
	SourceName        string            `json:"sourceName"`
	Compiler          string            `json:"compiler"`
	ABI               json.RawMessage   `json:"abi"`
	Bytecode          string            `json:"bytecode"`
	DeployedBytecode  string            `json:"deployedBytecode"`
	MethodIdentifiers map[string]string `json:"methodIdentifiers"`
	StorageLayout     json.RawMessage   `json:"storageLayout"`
	Metadata          string            `json:"metadata"`
}

// standardInputName is the kept standard-JSON compiler input, for explorer verification.
const standardInputName = "standard-input.json"

// LoadArtifact returns the embedded artifact of the named contract.
func LoadArtifact(name string) (*Artifact, error) {
	data, err := artifactFS.ReadFile(path.Join("artifacts", name+".json"))
	if err != nil {
		return nil, fmt.Errorf("artifact %s: not embedded (known: %s)", name, strings.Join(ArtifactNames(), ", "))
	}
	var a Artifact
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("artifact %s: %w", name, err)
	}
	return &a, nil
}

// ArtifactNames lists the embedded contracts, sorted.
func ArtifactNames() []string {
	entries, _ := fs.ReadDir(artifactFS, "artifacts")
	var names []string
	for _, e := range entries {
		if n := e.Name(); n != standardInputName && strings.HasSuffix(n, ".json") {
			names = append(names, strings.TrimSuffix(n, ".json"))
		}
	}
	sort.Strings(names)
	return names
}

// StandardInput returns the solc standard-JSON input the artifacts were compiled from.
func StandardInput() []byte {
	data, _ := artifactFS.ReadFile(path.Join("artifacts", standardInputName))
	return data
}

// ArtifactsHash is a SHA-256 over every embedded artifact JSON file (name and content, in name
// order): two binaries with the same hash carry the same contracts.
func ArtifactsHash() string {
	entries, _ := fs.ReadDir(artifactFS, "artifacts")
	h := sha256.New()
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		data, _ := artifactFS.ReadFile(path.Join("artifacts", e.Name()))
		fmt.Fprintf(h, "%s\x00%d\x00", e.Name(), len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))
}
