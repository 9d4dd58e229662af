package config

import (
	"bytes"
	"strconv"
	"strings"
)

// positions maps each key written in a TOML document (keyPath.String form,
// array elements indexed) to the line where it is first written.
//
// The toml library reports no positions for keys it leaves undecoded and
// none per array element, so scanPositions reads the source itself. It
// expects a document the toml library has already parsed without error.
type positions map[string]int

// line returns the line of path, or of its nearest ancestor that is written
// in the document; 0 when none is.
func (ps positions) line(path keyPath) int {
	for p := path; len(p) > 0; p = p[:len(p)-1] {
		if n, ok := ps[p.String()]; ok {
			return n
		}
	}
	return 0
}

// scanPositions finds the line of every key, table header and array element
// in a TOML document.
func scanPositions(src []byte) positions {
	s := &scanner{src: src, line: 1, pos: positions{}, arrays: map[string]int{}}
	var table keyPath
	for {
		s.skipSpace(true)
		if s.eof() {
			return s.pos
		}
		if s.peek() == '[' {
			table = s.header()
		} else {
			s.keyValue(table)
		}
	}
}

type scanner struct {
	src    []byte
	i      int
	line   int
	pos    positions
	arrays map[string]int // elements seen so far of each [[array]] of tables
}

func (s *scanner) eof() bool  { return s.i >= len(s.src) }
func (s *scanner) peek() byte { return s.src[s.i] }

func (s *scanner) record(path keyPath, line int) {
	if _, ok := s.pos[path.String()]; !ok {
		s.pos[path.String()] = line
	}
}

// skipSpace skips blanks and comments, and newlines too when newlines is set.
func (s *scanner) skipSpace(newlines bool) {
	for !s.eof() {
		switch c := s.peek(); {
		case c == ' ' || c == '\t' || c == '\r':
			s.i++
		case c == '\n' && newlines:
			s.i++
			s.line++
		case c == '#':
			for !s.eof() && s.peek() != '\n' {
				s.i++
			}
		default:
			return
		}
	}
}

// header reads [table] or [[array]] and returns the path it opens, with the
// index of the current element of every array of tables on the way.
func (s *scanner) header() keyPath {
	line := s.line
	array := bytes.HasPrefix(s.src[s.i:], []byte("[["))
	s.i++
	if array {
		s.i++
	}
	keys := s.key()
	s.skipSpace(false)
	for !s.eof() && s.peek() == ']' {
		s.i++
	}
	var path keyPath
	for j, k := range keys {
		path = path.key(k)
		n, isArray := s.arrays[path.String()]
		if array && j == len(keys)-1 {
			s.arrays[path.String()] = n + 1
			s.record(path, line)
			path = path.index(n)
		} else if isArray {
			path = path.index(n - 1)
		}
		s.record(path, line)
	}
	return path
}

// keyValue reads key = value inside the table at base.
func (s *scanner) keyValue(base keyPath) {
	line := s.line
	keys := s.key()
	if len(keys) == 0 { // not a key: skip the character so scanning always advances
		s.i++
		return
	}
	s.skipSpace(false)
	if !s.eof() && s.peek() == '=' {
		s.i++
	}
	path := base
	for _, k := range keys {
		path = path.key(k)
		s.record(path, line)
	}
	s.skipSpace(false)
	s.value(path)
}

// value reads a value, recording the keys of inline tables and the elements
// of arrays under path.
func (s *scanner) value(path keyPath) {
	if s.eof() {
		return
	}
	switch c := s.peek(); c {
	case '{':
		s.i++
		for {
			s.skipSpace(true)
			if s.eof() {
				return
			}
			switch s.peek() {
			case '}':
				s.i++
				return
			case ',':
				s.i++
			default:
				s.keyValue(path)
			}
		}
	case '[':
		s.i++
		for n := 0; ; {
			s.skipSpace(true)
			if s.eof() {
				return
			}
			switch s.peek() {
			case ']':
				s.i++
				return
			case ',':
				s.i++
			default:
				el := path.index(n)
				s.record(el, s.line)
				s.value(el)
				n++
			}
		}
	case '"', '\'':
		s.str()
	default: // number, boolean or date-time: up to the next delimiter
		for !s.eof() && !strings.ContainsRune(",]}#\n", rune(s.peek())) {
			s.i++
		}
	}
}

// str reads a basic, literal or multi-line string and returns its raw text
// including the quotes.
func (s *scanner) str() string {
	start := s.i
	q := s.peek()
	tripleQuote := []byte{q, q, q}
	triple := bytes.HasPrefix(s.src[s.i:], tripleQuote)
	if triple {
		s.i += 3
	} else {
		s.i++
	}
	for !s.eof() {
		c := s.peek()
		switch {
		case c == '\\' && q == '"':
			s.i++
			if !s.eof() && s.peek() == '\n' {
				s.line++
			}
		case c == '\n':
			s.line++
		case c == q && !triple:
			s.i++
			return string(s.src[start:s.i])
		case c == q && bytes.HasPrefix(s.src[s.i:], tripleQuote):
			s.i += 3
			for n := 0; n < 2 && !s.eof() && s.peek() == q; n++ { // """"" ends with content quotes
				s.i++
			}
			return string(s.src[start:s.i])
		}
		s.i++
	}
	return string(s.src[start:])
}

// key reads a dotted key and returns its parts, unquoted.
func (s *scanner) key() []string {
	var keys []string
	for {
		s.skipSpace(false)
		if s.eof() {
			return keys
		}
		switch c := s.peek(); {
		case c == '"':
			raw := s.str()
			if k, err := strconv.Unquote(raw); err == nil {
				keys = append(keys, k)
			} else {
				keys = append(keys, strings.Trim(raw, `"`))
			}
		case c == '\'':
			raw := s.str()
			keys = append(keys, strings.Trim(raw, "'"))
		default:
			start := s.i
			for !s.eof() && isBareKeyChar(s.peek()) {
				s.i++
			}
			if s.i == start {
				return keys
			}
			keys = append(keys, string(s.src[start:s.i]))
		}
		s.skipSpace(false)
		if s.eof() || s.peek() != '.' {
			return keys
		}
		s.i++
	}
}

func isBareKeyChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}
