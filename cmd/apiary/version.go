package main

import (
	"encoding/json"
	"fmt"
	"runtime/debug"

	"github.com/urfave/cli/v2"

	"github.com/apiary-dev/apiary/bindings"
	"github.com/apiary-dev/apiary/internal/build"
)

// version is set at link time (-ldflags "-X main.version=v1.2.3"); otherwise the module
// version or VCS revision from the build info is used.
var version = ""

// VersionInfo is what `apiary version` reports.
type VersionInfo struct {
	Apiary        string `json:"apiary"`
	GoEthereum    string `json:"goEthereum"`
	Go            string `json:"go"`
	Solc          string `json:"solc"`            // compiler the embedded artifacts were built with
	SolcFound     string `json:"solcFound"`       // compiler found on this machine, and how
	ArtifactsHash string `json:"artifactsSha256"` // over the embedded artifacts
}

func versionCommand() *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print apiary's version, the solc version and how it was found, go-ethereum's version and the artifacts hash",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
			&cli.StringFlag{Name: "root", Value: ".", Usage: "repository root, where contracts/ is looked for"},
			&cli.StringFlag{Name: "solc", EnvVars: []string{"SOLC"}, Usage: "native solc binary to report on"},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Len() > 0 {
				return usageError{Err: fmt.Errorf("version: unexpected argument %q", c.Args().First())}
			}
			info := collectVersion(c)
			if c.Bool("json") {
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				return enc.Encode(info)
			}
			w := c.App.Writer
			fmt.Fprintf(w, "apiary       %s\n", info.Apiary)
			fmt.Fprintf(w, "solc         %s (embedded artifacts)\n", info.Solc)
			fmt.Fprintf(w, "solc found   %s\n", info.SolcFound)
			fmt.Fprintf(w, "go-ethereum  %s\n", info.GoEthereum)
			fmt.Fprintf(w, "go           %s\n", info.Go)
			fmt.Fprintf(w, "artifacts    sha256:%s (%d contracts)\n", info.ArtifactsHash, len(bindings.ArtifactNames()))
			return nil
		},
	}
}

func collectVersion(c *cli.Context) VersionInfo {
	info := VersionInfo{Apiary: "(unknown)", GoEthereum: "(unknown)", ArtifactsHash: bindings.ArtifactsHash()}
	if bi, ok := debug.ReadBuildInfo(); ok {
		info.Go = bi.GoVersion
		info.Apiary = moduleVersion(bi)
		for _, dep := range bi.Deps {
			if dep.Path == "github.com/ethereum/go-ethereum" {
				info.GoEthereum = dep.Version
				if dep.Replace != nil {
					info.GoEthereum += " => " + dep.Replace.Path + " " + dep.Replace.Version
				}
			}
		}
	}
	if version != "" {
		info.Apiary = version
	}
	for _, name := range bindings.ArtifactNames() {
		if a, err := bindings.LoadArtifact(name); err == nil && a.Compiler != "" {
			info.Solc = a.Compiler
			break
		}
	}
	compiler, _, err := build.Locate(c.Context, c.String("root"), build.DefaultLayout, c.String("solc"))
	if err != nil {
		info.SolcFound = "none: " + err.Error()
	} else {
		info.SolcFound = fmt.Sprintf("%s via %s (%s)", compiler.LongVersion, compiler.Kind, compiler.Why)
	}
	return info
}

func moduleVersion(bi *debug.BuildInfo) string {
	v := bi.Main.Version
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "-dirty"
			}
		}
	}
	if (v == "" || v == "(devel)") && rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		return "devel-" + rev + modified
	}
	if v == "" {
		return "(devel)"
	}
	return v
}
