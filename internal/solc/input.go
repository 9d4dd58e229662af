package solc

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Input is a solc standard-JSON input. Marshalled with encoding/json its map keys are
// sorted, so the same tree and settings always give the same bytes.
type Input struct {
	Language string                 `json:"language"`
	Sources  map[string]InputSource `json:"sources"`
	Settings InputSettings          `json:"settings"`
}

// InputSource is one source unit, its content inlined so the input stands alone (this is
// the form block explorers accept for verification).
type InputSource struct {
	Content string `json:"content"`
}

// InputSettings is the settings object of a standard-JSON input.
type InputSettings struct {
	EVMVersion      string                         `json:"evmVersion"`
	Optimizer       Optimizer                      `json:"optimizer"`
	ViaIR           bool                           `json:"viaIR"`
	Metadata        MetadataSettings               `json:"metadata"`
	OutputSelection map[string]map[string][]string `json:"outputSelection"`
}

// MetadataSettings fixes how the metadata hash is appended to bytecode.
type MetadataSettings struct {
	BytecodeHash string `json:"bytecodeHash"`
}

// ContractOutputs is what apiary asks solc for, per contract of the project's own sources.
var ContractOutputs = []string{
	"abi",
	"devdoc",
	"evm.bytecode.linkReferences",
	"evm.bytecode.object",
	"evm.deployedBytecode.immutableReferences",
	"evm.deployedBytecode.linkReferences",
	"evm.deployedBytecode.object",
	"evm.methodIdentifiers",
	"metadata",
	"storageLayout",
	"userdoc",
}

// Tree locates a project's sources: Root is the contracts folder, SourceDir the folder
// under it whose .sol files are the project's own (e.g. "src"), and ModulesDir the folder
// under it where package imports such as "@openzeppelin/..." are found (e.g. "node_modules").
type Tree struct {
	Root       string
	SourceDir  string
	ModulesDir string
}

// BuildInput collects every .sol file under the tree's source folder and, transitively,
// everything they import, and returns the standard-JSON input that compiles them.
// The project's own files are returned too, sorted; only they get outputs selected.
func BuildInput(tree Tree, s Settings) (*Input, []string, error) {
	own, err := listSources(filepath.Join(tree.Root, tree.SourceDir), tree.SourceDir)
	if err != nil {
		return nil, nil, err
	}
	if len(own) == 0 {
		return nil, nil, fmt.Errorf("no .sol files under %s", filepath.Join(tree.Root, tree.SourceDir))
	}
	in := &Input{
		Language: "Solidity",
		Sources:  make(map[string]InputSource),
		Settings: InputSettings{
			EVMVersion:      s.EVMVersion,
			Optimizer:       s.Optimizer,
			ViaIR:           s.ViaIR,
			Metadata:        MetadataSettings{BytecodeHash: "ipfs"},
			OutputSelection: make(map[string]map[string][]string),
		},
	}
	queue := append([]string(nil), own...)
	for len(queue) > 0 {
		unit := queue[0]
		queue = queue[1:]
		if _, done := in.Sources[unit]; done {
			continue
		}
		content, err := readUnit(tree, unit)
		if err != nil {
			return nil, nil, err
		}
		in.Sources[unit] = InputSource{Content: content}
		imports, err := importPaths(content)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", unit, err)
		}
		for _, imp := range imports {
			name, err := resolveUnitName(unit, imp)
			if err != nil {
				return nil, nil, err
			}
			if _, done := in.Sources[name]; !done {
				queue = append(queue, name)
			}
		}
	}
	for _, unit := range own {
		in.Settings.OutputSelection[unit] = map[string][]string{"*": ContractOutputs}
	}
	return in, own, nil
}

// Marshal returns the input as indented JSON with a trailing newline.
func (in *Input) Marshal() ([]byte, error) {
	data, err := json.MarshalIndent(in, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// listSources returns the unit names (slash-separated, prefixed with prefix) of every .sol
// file under dir, sorted.
func listSources(dir, prefix string) ([]string, error) {
	var names []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".sol") {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		names = append(names, path.Join(prefix, filepath.ToSlash(rel)))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	sort.Strings(names)
	return names, nil
}

// readUnit reads a source unit: first relative to the tree root, then from the modules
// folder (so "@openzeppelin/contracts/..." comes from node_modules).
func readUnit(tree Tree, unit string) (string, error) {
	candidates := []string{filepath.Join(tree.Root, filepath.FromSlash(unit))}
	if tree.ModulesDir != "" {
		candidates = append(candidates, filepath.Join(tree.Root, tree.ModulesDir, filepath.FromSlash(unit)))
	}
	for _, c := range candidates {
		data, err := os.ReadFile(c)
		if err == nil {
			return string(data), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("read %s: %w", unit, err)
		}
	}
	hint := ""
	if strings.HasPrefix(unit, "@") {
		hint = " (run `npm ci` in contracts/, or `make deps`)"
	}
	return "", fmt.Errorf("source %q not found in %s%s", unit, strings.Join(candidates, " or "), hint)
}
