package solc

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Output is the part of solc's standard-JSON output apiary reads.
type Output struct {
	Errors    []RawDiagnostic                      `json:"errors"`
	Contracts map[string]map[string]ContractOutput `json:"contracts"`
}

// RawDiagnostic is one entry of the output's "errors" array.
type RawDiagnostic struct {
	Severity         string          `json:"severity"`
	Type             string          `json:"type"`
	Message          string          `json:"message"`
	FormattedMessage string          `json:"formattedMessage"`
	ErrorCode        string          `json:"errorCode"`
	SourceLocation   *SourceLocation `json:"sourceLocation"`
}

// SourceLocation is a byte range in a source unit.
type SourceLocation struct {
	File  string `json:"file"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// ContractOutput is one compiled contract.
type ContractOutput struct {
	ABI           json.RawMessage `json:"abi"`
	Metadata      string          `json:"metadata"`
	StorageLayout json.RawMessage `json:"storageLayout"`
	DevDoc        json.RawMessage `json:"devdoc"`
	UserDoc       json.RawMessage `json:"userdoc"`
	EVM           struct {
		Bytecode struct {
			Object         string          `json:"object"`
			LinkReferences json.RawMessage `json:"linkReferences"`
		} `json:"bytecode"`
		DeployedBytecode struct {
			Object              string          `json:"object"`
			LinkReferences      json.RawMessage `json:"linkReferences"`
			ImmutableReferences json.RawMessage `json:"immutableReferences"`
		} `json:"deployedBytecode"`
		MethodIdentifiers map[string]string `json:"methodIdentifiers"`
	} `json:"evm"`
}

// Diagnostic is a compiler message placed at file:line:column (1-based).
type Diagnostic struct {
	Severity string // "error", "warning" or "info"
	Type     string // e.g. "ParserError", "TypeError", "Warning"
	Code     string // solc's error code, e.g. "2314"
	File     string
	Line     int
	Column   int
	Message  string
	// Detail is solc's own formatted message, with the source excerpt.
	Detail string
}

func (d Diagnostic) String() string {
	where := "solc"
	if d.File != "" {
		where = fmt.Sprintf("%s:%d:%d", d.File, d.Line, d.Column)
	}
	kind := d.Type
	if d.Code != "" {
		kind += " " + d.Code
	}
	return fmt.Sprintf("%s: %s: %s (%s)", where, d.Severity, d.Message, kind)
}

// CompileError is returned when solc reports at least one error. It carries every
// diagnostic, warnings included, in source order.
type CompileError struct {
	Diagnostics []Diagnostic
}

func (e *CompileError) Error() string {
	var errs []string
	for _, d := range e.Diagnostics {
		if d.Severity == "error" {
			errs = append(errs, d.String())
		}
	}
	return fmt.Sprintf("solc: %d error(s):\n%s", len(errs), strings.Join(errs, "\n"))
}

// ParseOutput decodes solc's output and places its diagnostics using the input's sources.
// It returns a *CompileError when any diagnostic is an error; warnings are returned either way.
func ParseOutput(raw []byte, in *Input) (*Output, []Diagnostic, error) {
	var out Output
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, nil, fmt.Errorf("decode solc output: %w (output starts %q)", err, head(raw, 200))
	}
	diags := make([]Diagnostic, 0, len(out.Errors))
	failed := false
	for _, r := range out.Errors {
		d := Diagnostic{
			Severity: r.Severity, Type: r.Type, Code: r.ErrorCode,
			Message: r.Message, Detail: strings.TrimSpace(r.FormattedMessage),
		}
		if loc := r.SourceLocation; loc != nil && loc.File != "" {
			d.File = loc.File
			if src, ok := in.Sources[loc.File]; ok {
				d.Line, d.Column = lineColumn(src.Content, loc.Start)
			}
		}
		if d.Severity == "error" {
			failed = true
		}
		diags = append(diags, d)
	}
	sort.SliceStable(diags, func(i, j int) bool {
		a, b := diags[i], diags[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	if failed {
		return nil, diags, &CompileError{Diagnostics: diags}
	}
	return &out, diags, nil
}

// lineColumn converts a byte offset to a 1-based line and column (columns count bytes,
// as solc's own messages do).
func lineColumn(src string, offset int) (int, int) {
	if offset < 0 {
		return 0, 0
	}
	if offset > len(src) {
		offset = len(src)
	}
	before := src[:offset]
	line := strings.Count(before, "\n") + 1
	col := offset - strings.LastIndexByte(before, '\n')
	return line, col
}

func head(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "..."
	}
	return string(b)
}
