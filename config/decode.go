package config

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// valueDecoder is implemented by the config's own value types (Amount,
// Duration, Beneficiary): they read a decoded TOML value and say, without
// repeating it, what is wrong with it.
type valueDecoder interface {
	decodeValue(v any) error
}

// defaulter is implemented by table types whose elements in a map or array
// have defaults of their own (Network).
type defaulter interface {
	applyDefaults()
}

// decoder copies the tree the toml library parsed into Go values, following
// the `toml` struct tags. Unlike toml.Decode it reports every problem rather
// than the first, with the full path of each, array indexes included, and it
// rejects unknown keys and TOML numbers where a string is expected.
type decoder struct {
	problems problems
}

// decode stores v, found at path, in rv.
func (d *decoder) decode(v any, rv reflect.Value, path keyPath) {
	if dec, ok := rv.Addr().Interface().(valueDecoder); ok {
		if err := dec.decodeValue(v); err != nil {
			d.problems.add(path, tomlValue(v), err.Error())
		}
		return
	}
	switch rv.Kind() {
	case reflect.Struct:
		d.table(v, rv, path)
	case reflect.Map:
		d.tableOf(v, rv, path)
	case reflect.Slice:
		d.array(v, rv, path)
	case reflect.Pointer:
		if rv.IsNil() {
			rv.Set(reflect.New(rv.Type().Elem()))
		}
		d.decode(v, rv.Elem(), path)
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			d.mismatch(v, "a string", path)
			return
		}
		rv.SetString(s)
	case reflect.Uint64:
		n, ok := v.(int64)
		if !ok {
			d.mismatch(v, "an integer", path)
			return
		}
		if n < 0 {
			d.problems.add(path, tomlValue(v), "must not be negative")
			return
		}
		rv.SetUint(uint64(n))
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			d.mismatch(v, "true or false", path)
			return
		}
		rv.SetBool(b)
	default: // only reachable by adding a field of a new kind to the schema
		d.problems.add(path, tomlValue(v), fmt.Sprintf("cannot be decoded into Go type %s (a bug in package config)", rv.Type()))
	}
}

// table decodes a TOML table into a struct, keeping the struct's values for
// keys the table leaves out (that is how defaults apply).
func (d *decoder) table(v any, rv reflect.Value, path keyPath) {
	m, ok := v.(map[string]any)
	if !ok {
		d.mismatch(v, "a table", path)
		return
	}
	fields := tomlFields(rv.Type())
	for _, k := range slices.Sorted(maps.Keys(m)) {
		i, ok := fields[k]
		if !ok {
			d.problems.add(path.key(k), "", unknownKeyMsg(k, fields))
			continue
		}
		d.decode(m[k], rv.Field(i), path.key(k))
	}
}

// tableOf decodes a TOML table into a map of named elements.
func (d *decoder) tableOf(v any, rv reflect.Value, path keyPath) {
	m, ok := v.(map[string]any)
	if !ok {
		d.mismatch(v, "a table", path)
		return
	}
	if rv.IsNil() {
		rv.Set(reflect.MakeMap(rv.Type()))
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		el := newElement(rv.Type().Elem())
		d.decode(m[k], el, path.key(k))
		rv.SetMapIndex(reflect.ValueOf(k), el)
	}
}

// array decodes an array of tables ([[name]]) or an inline array into a
// slice, replacing whatever the slice held.
func (d *decoder) array(v any, rv reflect.Value, path keyPath) {
	var items []any
	switch a := v.(type) {
	case []map[string]any:
		for _, m := range a {
			items = append(items, m)
		}
	case []any:
		items = a
	default:
		d.mismatch(v, "an array", path)
		return
	}
	out := reflect.MakeSlice(rv.Type(), 0, len(items))
	for i, item := range items {
		el := newElement(rv.Type().Elem())
		d.decode(item, el, path.index(i))
		out = reflect.Append(out, el)
	}
	rv.Set(out)
}

func (d *decoder) mismatch(v any, want string, path keyPath) {
	d.problems.add(path, tomlValue(v), fmt.Sprintf("must be %s, not %s", want, tomlTypeName(v)))
}

// newElement returns a settable new value of t with its defaults applied.
func newElement(t reflect.Type) reflect.Value {
	el := reflect.New(t).Elem()
	if def, ok := el.Addr().Interface().(defaulter); ok {
		def.applyDefaults()
	}
	return el
}

// tomlFields maps the TOML keys of struct type t to field indexes.
func tomlFields(t reflect.Type) map[string]int {
	fields := map[string]int{}
	for i := range t.NumField() {
		if name := t.Field(i).Tag.Get("toml"); name != "" && name != "-" {
			fields[name] = i
		}
	}
	return fields
}

// unknownKeyMsg explains an unknown key: the known key it is probably a typo
// of, or else every key the table accepts.
func unknownKeyMsg(k string, fields map[string]int) string {
	known := slices.Sorted(maps.Keys(fields))
	best, bestDist := "", 3 // suggest only keys within two edits
	for _, name := range known {
		if dist := editDistance(k, name); dist < bestDist {
			best, bestDist = name, dist
		}
	}
	if best != "" {
		return fmt.Sprintf("unknown key; did you mean %s?", best)
	}
	return "unknown key; known keys here: " + strings.Join(known, ", ")
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// tomlTypeName names the TOML type of a decoded value, with its article.
func tomlTypeName(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case map[string]any:
		return "a table"
	case []map[string]any, []any:
		return "an array"
	case time.Time:
		return "a date-time"
	default:
		return fmt.Sprintf("a %T", v)
	}
}

// tomlValue writes a decoded scalar as TOML would, for error messages; ""
// for tables and arrays, which are too long to repeat.
func tomlValue(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		return x.Format(time.RFC3339Nano)
	default:
		return ""
	}
}
