package config

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// FieldError is one problem with one key of a config.
type FieldError struct {
	File string // the name given to Parse or Load; "" from Validate
	Line int    // 1-based line of the key, or of its nearest enclosing table; 0 when unknown
	// Key is the dotted key: "rewards.epoch", "networks.sepolia.chain_id", or
	// `allocations[1] ("founders").vesting.cliff` (indexes from 0, with the
	// allocation's name when it has one).
	Key   string
	Value string // the offending value as TOML writes it ("9500", `"30m"`); "" when missing
	Msg   string // what is wrong and what is allowed
}

// Error formats the problem as "file:line: key = value: msg", leaving out
// the parts that are unknown.
func (e *FieldError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			b.WriteString(":" + strconv.Itoa(e.Line))
		}
		b.WriteString(": ")
	} else if e.Line > 0 {
		b.WriteString("line " + strconv.Itoa(e.Line) + ": ")
	}
	b.WriteString(e.Key)
	if e.Value != "" {
		b.WriteString(" = " + e.Value)
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

// ValidationErrors is every problem found in a config, in file order.
type ValidationErrors []FieldError

// Error lists the problems one per line.
func (errs ValidationErrors) Error() string {
	lines := make([]string, len(errs))
	for i := range errs {
		lines[i] = errs[i].Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap gives errors.As access to each *FieldError.
func (errs ValidationErrors) Unwrap() []error {
	out := make([]error, len(errs))
	for i := range errs {
		out[i] = &errs[i]
	}
	return out
}

// SyntaxError is a config that is not valid TOML. It wraps the
// toml.ParseError, whose ErrorWithPosition shows the offending line.
type SyntaxError struct {
	File   string
	Line   int // 1-based
	Column int // 1-based
	Msg    string
	err    error
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: invalid TOML: %s", e.File, e.Line, e.Column, e.Msg)
}

// Unwrap returns the toml.ParseError.
func (e *SyntaxError) Unwrap() error { return e.err }

// problem is a FieldError before it is placed in a file.
type problem struct {
	path  keyPath
	value string
	msg   string
}

// problems collects problems; decoding and validation both add to one.
type problems []problem

func (ps *problems) add(path keyPath, value, msg string) {
	*ps = append(*ps, problem{path: path, value: value, msg: msg})
}

// fieldErrors turns problems into ValidationErrors sorted by line, naming
// allocations by their names from e, with lines from lines (nil: unknown).
func fieldErrors(ps problems, file string, lines positions, e *Economy) ValidationErrors {
	errs := make(ValidationErrors, len(ps))
	for i, p := range ps {
		errs[i] = FieldError{
			File:  file,
			Line:  lines.line(p.path),
			Key:   displayKey(p.path, e),
			Value: p.value,
			Msg:   p.msg,
		}
	}
	slices.SortStableFunc(errs, func(a, b FieldError) int { return cmp.Compare(a.Line, b.Line) })
	return errs
}

// displayKey renders path, adding the allocation's name after its index:
// `allocations[1] ("founders").amount`.
func displayKey(path keyPath, e *Economy) string {
	if len(path) < 2 || path[0] != "allocations" || !isIndex(path[1]) {
		return path.String()
	}
	i, err := strconv.Atoi(strings.Trim(path[1], "[]"))
	if err != nil || i >= len(e.Allocations) || e.Allocations[i].Name == "" {
		return path.String()
	}
	named := slices.Clone(path)
	named[1] = fmt.Sprintf("%s (%q)", path[1], e.Allocations[i].Name)
	return named.String()
}
