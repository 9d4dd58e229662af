package config

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"

	"github.com/BurntSushi/toml"
)

// Load reads and parses the economy config at path; see Parse.
func Load(path string) (*Economy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load economy config: %w", err)
	}
	return Parse(path, data)
}

// Parse decodes an economy config on top of Default and validates it. name
// is the file name used in messages.
//
// Invalid TOML is a *SyntaxError. Everything else wrong with the config
// (unknown keys, values of the wrong form, values out of range) is reported
// at once as ValidationErrors, each naming its key and line. On any error the
// Economy is nil.
func Parse(name string, data []byte) (*Economy, error) {
	var tree map[string]any
	if _, err := toml.Decode(string(data), &tree); err != nil {
		return nil, syntaxError(name, string(data), err)
	}
	e := Default()
	var d decoder
	d.decode(tree, reflect.ValueOf(e).Elem(), nil)
	for key, n := range e.Networks {
		n.Name = key
		e.Networks[key] = n
	}

	all := d.problems
	for _, p := range e.validate() {
		if !covered(p.path, d.problems) {
			all = append(all, p)
		}
	}
	if len(all) > 0 {
		return nil, fieldErrors(all, name, scanPositions(data), e)
	}
	return e, nil
}

// covered reports whether a value at path, or one of its ancestors, failed
// to decode: validating what is left there would only repeat the problem.
func covered(path keyPath, decodeProblems problems) bool {
	for _, p := range decodeProblems {
		if path.hasPrefix(p.path) {
			return true
		}
	}
	return false
}

func syntaxError(name, src string, err error) error {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return fmt.Errorf("%s: invalid TOML: %w", name, err)
	}
	return &SyntaxError{
		File:   name,
		Line:   pe.Position.Line,
		Column: column(src, pe.Position.Start),
		Msg:    pe.Message,
		err:    pe,
	}
}

// column returns the 1-based column of byte offset start in src.
func column(src string, start int) int {
	start = max(0, min(start, len(src)))
	return start - (strings.LastIndexByte(src[:start], '\n') + 1) + 1
}
