package solc

import (
	"fmt"
	"path"
	"strings"
)

// importPaths returns the paths named by the import directives of a Solidity source, in
// order of appearance. Comments and string literals outside import directives are skipped,
// so an "import" in a comment or a string is not taken for a directive.
func importPaths(src string) ([]string, error) {
	var out []string
	i, n := 0, len(src)
	for i < n {
		c := src[i]
		switch {
		case c == '/' && i+1 < n && src[i+1] == '/':
			for i < n && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < n && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return out, nil // unterminated comment: solc reports it
			}
			i += end + 4
		case c == '"' || c == '\'':
			_, next := readString(src, i)
			i = next
		case isIdentStart(c):
			j := i
			for j < n && isIdentPart(src[j]) {
				j++
			}
			word := src[i:j]
			startsWord := i == 0 || !isIdentPart(src[i-1])
			i = j
			if word != "import" || !startsWord {
				continue
			}
			p, next, err := importTarget(src, i)
			if err != nil {
				return nil, err
			}
			if p != "" {
				out = append(out, p)
			}
			i = next
		default:
			i++
		}
	}
	return out, nil
}

// importTarget scans an import directive from just after the keyword to its semicolon and
// returns the first string literal in it: the imported path in every form Solidity allows.
func importTarget(src string, i int) (string, int, error) {
	target := ""
	for i < len(src) && src[i] != ';' {
		c := src[i]
		switch {
		case c == '"' || c == '\'':
			s, next := readString(src, i)
			if target == "" {
				target = s
			}
			i = next
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return target, len(src), nil
			}
			i += end + 4
		default:
			i++
		}
	}
	return target, i + 1, nil
}

// readString reads the literal starting at src[i] (a quote) and returns its value and the
// index after its closing quote.
func readString(src string, i int) (string, int) {
	quote := src[i]
	var b strings.Builder
	j := i + 1
	for j < len(src) && src[j] != quote && src[j] != '\n' {
		if src[j] == '\\' && j+1 < len(src) {
			b.WriteByte(src[j+1])
			j += 2
			continue
		}
		b.WriteByte(src[j])
		j++
	}
	return b.String(), j + 1
}

func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func isIdentPart(c byte) bool { return isIdentStart(c) || (c >= '0' && c <= '9') }

// resolveUnitName turns an import path seen in unit `from` into the source unit name solc
// will look for: relative imports are joined to the importing unit's directory, the rest are
// taken as written (solc's "direct imports").
func resolveUnitName(from, imp string) (string, error) {
	if strings.HasPrefix(imp, "./") || strings.HasPrefix(imp, "../") {
		joined := path.Join(path.Dir(from), imp)
		if strings.HasPrefix(joined, "../") || joined == ".." {
			return "", fmt.Errorf("%s: import %q leaves the source tree", from, imp)
		}
		return joined, nil
	}
	if path.IsAbs(imp) {
		return "", fmt.Errorf("%s: import %q is an absolute path; use a path relative to contracts/ or a package path", from, imp)
	}
	return path.Clean(imp), nil
}
