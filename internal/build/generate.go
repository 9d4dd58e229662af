package build

import (
	"context"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-dev/apiary/internal/solc"
)

// Layout names the folders of a build, relative to the repository root, slash-separated.
type Layout struct {
	Contracts string // "contracts": compiler.json, src/, node_modules/
	Bindings  string // "bindings": generated Go, and artifacts/ beneath it
}

// DefaultLayout is apiary's own layout.
var DefaultLayout = Layout{Contracts: "contracts", Bindings: "bindings"}

// Config is what Generate needs.
type Config struct {
	Root   string // repository root on disk
	Layout Layout
	// Compiler is the located compiler; Locate finds one.
	Compiler *solc.Compiler
}

// Result is a build held in memory: every output file by its slash path under the root.
type Result struct {
	Files       map[string][]byte
	Diagnostics []solc.Diagnostic // warnings and infos (errors make Generate fail)
	Contracts   []string          // contract names, sorted
}

// ArtifactsDir is where artifacts go under the bindings folder.
const ArtifactsDir = "artifacts"

// StandardInputFile is the kept standard-JSON input, under the artifacts folder.
const StandardInputFile = "standard-input.json"

// Locate reads contracts/compiler.json and finds the pinned compiler.
func Locate(ctx context.Context, root string, layout Layout, solcEnv string) (*solc.Compiler, solc.Settings, error) {
	settings, err := solc.LoadSettings(fsPath(root, layout.Contracts, "compiler.json"))
	if err != nil {
		return nil, settings, err
	}
	c, err := solc.Find(ctx, settings.Version, solc.FindOptions{
		SolcEnv:    solcEnv,
		ModulesDir: fsPath(root, layout.Contracts, "node_modules"),
	})
	return c, settings, err
}

// Generate compiles every source and renders artifacts and bindings in memory.
func Generate(ctx context.Context, cfg Config) (*Result, error) {
	settings, err := solc.LoadSettings(fsPath(cfg.Root, cfg.Layout.Contracts, "compiler.json"))
	if err != nil {
		return nil, err
	}
	if cfg.Compiler.Version() != settings.Version {
		return nil, fmt.Errorf("compiler is %s, compiler.json pins %s", cfg.Compiler.LongVersion, settings.Version)
	}
	tree := solc.Tree{Root: fsPath(cfg.Root, cfg.Layout.Contracts), SourceDir: "src", ModulesDir: "node_modules"}
	input, own, err := solc.BuildInput(tree, settings)
	if err != nil {
		return nil, err
	}
	inputJSON, err := input.Marshal()
	if err != nil {
		return nil, err
	}
	raw, err := cfg.Compiler.Compile(ctx, inputJSON)
	if err != nil {
		return nil, err
	}
	out, diags, err := solc.ParseOutput(raw, input)
	if err != nil {
		return nil, err
	}
	res := &Result{Files: make(map[string][]byte), Diagnostics: diags}
	artDir := path.Join(cfg.Layout.Bindings, ArtifactsDir)
	res.Files[path.Join(artDir, StandardInputFile)] = inputJSON

	packages := make(map[string][]*Artifact) // binding folder -> contracts
	seen := make(map[string]string)
	for _, source := range own {
		names := sortedKeys(out.Contracts[source])
		for _, name := range names {
			if prev, dup := seen[name]; dup {
				return nil, fmt.Errorf("contract %s is defined in both %s and %s: names must be unique (artifacts and bindings are named by contract)", name, prev, source)
			}
			seen[name] = source
			a, err := newArtifact(source, name, out.Contracts[source][name])
			if err != nil {
				return nil, err
			}
			if !a.deployable() {
				// Interfaces, abstract contracts and internal-only libraries: nothing to
				// deploy or call on their own.
				continue
			}
			data, err := a.marshal()
			if err != nil {
				return nil, err
			}
			res.Files[path.Join(artDir, name+".json")] = data
			dir := bindingDir(cfg.Layout.Bindings, source)
			packages[dir] = append(packages[dir], a)
			res.Contracts = append(res.Contracts, name)
		}
	}
	sort.Strings(res.Contracts)
	libs := libraryPatterns(out)
	for dir, arts := range packages {
		for _, a := range arts {
			// One package per contract: abigen v2 names multi-value return structs by method
			// alone (Eip712DomainOutput), so two contracts cannot share a package.
			pkg := strings.ToLower(a.ContractName)
			code, err := abigen.BindV2([]string{a.ContractName}, []string{string(a.ABI)},
				[]string{strings.TrimPrefix(a.Bytecode, "0x")}, pkg, libs, nil)
			if err != nil {
				return nil, fmt.Errorf("bind %s: %w", a.ContractName, err)
			}
			res.Files[path.Join(dir, pkg, pkg+".go")] = []byte(code)
		}
	}
	return res, nil
}

// bindingDir maps a source unit to the folder its contracts' packages go in: contracts of
// src/X.sol bind to bindings/<contract>, those of src/sub/X.sol to bindings/sub/<contract>.
func bindingDir(bindings, source string) string {
	rel := strings.TrimPrefix(path.Dir(source), "src")
	return path.Join(bindings, strings.TrimPrefix(rel, "/"))
}

// libraryPatterns maps solc's link placeholder of every compiled contract to its name, so
// bindings of contracts that link libraries name them as dependencies.
func libraryPatterns(out *solc.Output) map[string]string {
	libs := make(map[string]string)
	for source, contracts := range out.Contracts {
		for name := range contracts {
			fq := source + ":" + name
			libs[crypto.Keccak256Hash([]byte(fq)).Hex()[2:36]] = name
		}
	}
	return libs
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
