package solc

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

//go:embed solcjs.js
var solcjsScript string

// Kind says how a compiler was found.
type Kind string

const (
	// Native is a solc binary of the pinned version (from SOLC or PATH).
	Native Kind = "native"
	// JS is solc-js from the npm package, run under Node.
	JS Kind = "solc-js"
)

// Compiler is a located compiler of exactly the pinned version.
type Compiler struct {
	Kind Kind
	// Path is the solc binary (Native) or the solc npm package folder (JS).
	Path string
	// Node is the node binary that runs solc-js (JS only).
	Node string
	// LongVersion is what the compiler reports, e.g. "0.8.37+commit.f401782d.Emscripten.clang".
	LongVersion string
	// Why explains the choice, e.g. why a native solc on PATH was passed over.
	Why string
}

// ErrNotFound is returned by Find when no compiler of the pinned version can be run.
var ErrNotFound = errors.New("no solc of the pinned version found")

// FindOptions says where Find looks. Empty fields take the process environment.
type FindOptions struct {
	// SolcEnv is the value of $SOLC: an explicit native binary. A wrong version is an error.
	SolcEnv string
	// LookPath finds programs on PATH (exec.LookPath by default).
	LookPath func(string) (string, error)
	// ModulesDir is the node_modules folder holding the solc package.
	ModulesDir string
}

var nativeVersion = regexp.MustCompile(`Version: ([0-9]+\.[0-9]+\.[0-9]+)(\+commit\.[0-9a-f]+[^\s]*)`)

// Find locates a compiler of exactly version: $SOLC, then solc on PATH, then solc-js.
func Find(ctx context.Context, version string, opts FindOptions) (*Compiler, error) {
	lookPath := opts.LookPath
	if lookPath == nil {
		lookPath = exec.LookPath
	}
	if opts.SolcEnv != "" {
		long, err := nativeLongVersion(ctx, opts.SolcEnv)
		if err != nil {
			return nil, fmt.Errorf("SOLC=%s: %w", opts.SolcEnv, err)
		}
		if !strings.HasPrefix(long, version+"+") {
			return nil, fmt.Errorf("SOLC=%s is solc %s, but contracts/compiler.json pins %s", opts.SolcEnv, long, version)
		}
		return &Compiler{Kind: Native, Path: opts.SolcEnv, LongVersion: long, Why: "from $SOLC"}, nil
	}
	var why []string
	if p, err := lookPath("solc"); err == nil {
		long, err := nativeLongVersion(ctx, p)
		switch {
		case err != nil:
			why = append(why, fmt.Sprintf("%s on PATH not usable (%v)", p, err))
		case !strings.HasPrefix(long, version+"+"):
			why = append(why, fmt.Sprintf("%s on PATH is %s, not %s", p, long, version))
		default:
			return &Compiler{Kind: Native, Path: p, LongVersion: long, Why: "solc on PATH"}, nil
		}
	} else {
		why = append(why, "no native solc on PATH")
	}
	node, err := lookPath("node")
	if err != nil {
		return nil, fmt.Errorf("%w: %s, and node is not on PATH to run solc-js", ErrNotFound, strings.Join(why, "; "))
	}
	pkg := filepath.Join(opts.ModulesDir, "solc")
	if _, err := os.Stat(filepath.Join(pkg, "package.json")); err != nil {
		return nil, fmt.Errorf("%w: %s, and solc-js is not installed in %s (run `npm ci` in contracts/)", ErrNotFound, strings.Join(why, "; "), opts.ModulesDir)
	}
	c := &Compiler{Kind: JS, Path: pkg, Node: node}
	out, err := c.runJS(ctx, "version", nil)
	if err != nil {
		return nil, fmt.Errorf("solc-js version: %w", err)
	}
	c.LongVersion = strings.TrimSpace(string(out))
	if !strings.HasPrefix(c.LongVersion, version+"+") {
		return nil, fmt.Errorf("solc-js in %s is %s, but contracts/compiler.json pins %s (run `npm ci` in contracts/)", pkg, c.LongVersion, version)
	}
	c.Why = strings.Join(append(why, "using solc-js from "+pkg), "; ")
	return c, nil
}

// Version returns the short version, e.g. "0.8.37".
func (c *Compiler) Version() string {
	v, _, _ := strings.Cut(c.LongVersion, "+")
	return v
}

// Compile runs the compiler on a standard-JSON input and returns its raw output.
// A non-nil error means the compiler could not run; compile errors are in the output.
func (c *Compiler) Compile(ctx context.Context, input []byte) ([]byte, error) {
	if c.Kind == JS {
		return c.runJS(ctx, "compile", input)
	}
	cmd := exec.CommandContext(ctx, c.Path, "--standard-json")
	return run(cmd, input)
}

func (c *Compiler) runJS(ctx context.Context, verb string, input []byte) ([]byte, error) {
	abs, err := filepath.Abs(c.Path)
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, c.Node, "-e", solcjsScript, abs, verb)
	return run(cmd, input)
}

func run(cmd *exec.Cmd, input []byte) ([]byte, error) {
	var stdout, stderr bytes.Buffer
	cmd.Stdin = bytes.NewReader(input)
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			return nil, fmt.Errorf("%s: %w", cmd.Path, err)
		}
		return nil, fmt.Errorf("%s: %w: %s", cmd.Path, err, msg)
	}
	return stdout.Bytes(), nil
}

func nativeLongVersion(ctx context.Context, bin string) (string, error) {
	out, err := run(exec.CommandContext(ctx, bin, "--version"), nil)
	if err != nil {
		return "", err
	}
	m := nativeVersion.FindStringSubmatch(string(out))
	if m == nil {
		return "", fmt.Errorf("unrecognised --version output %q", strings.TrimSpace(string(out)))
	}
	return m[1] + m[2], nil
}
