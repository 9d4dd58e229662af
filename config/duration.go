package config

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
)

// Calendar-free units of the config's durations. A year is exactly 365 days:
// contracts count seconds, not calendars.
const (
	Day  = 24 * time.Hour
	Week = 7 * Day
	Year = 365 * Day
)

const durationForm = `want a whole number and a unit: s, m, h, d, w or y (365 days), such as "7d" or "13w"`

// durationUnits lists the units from largest to smallest.
var durationUnits = []struct {
	name string
	size time.Duration
}{
	{"y", Year},
	{"w", Week},
	{"d", Day},
	{"h", time.Hour},
	{"m", time.Minute},
	{"s", time.Second},
}

// Duration is a span of time written in a config as a whole number and a unit:
// "45s", "30m", "1h", "7d", "13w", "1y" (y is exactly 365 days). Units may be
// combined from largest to smallest, each once: "1w3d".
type Duration time.Duration

// ParseDuration parses the config form of a duration. Fractions ("1.5h"),
// signs and missing or unknown units are errors.
func ParseDuration(s string) (Duration, error) {
	d, err := parseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("invalid duration %q: %w", s, err)
	}
	return d, nil
}

// Std returns the duration as a time.Duration.
func (d Duration) Std() time.Duration { return time.Duration(d) }

// Seconds returns the duration in whole seconds, the unit contracts use;
// a fraction of a second is dropped, a negative duration gives 0.
func (d Duration) Seconds() uint64 {
	if d < 0 {
		return 0
	}
	return uint64(time.Duration(d) / time.Second)
}

// String formats the duration in the largest unit that divides it exactly
// ("13w", "90m"); ParseDuration reads it back. Durations that are not whole
// seconds, which a config cannot express, use time.Duration's format.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	if d < 0 {
		return "-" + (-d).String()
	}
	for _, u := range durationUnits {
		if time.Duration(d)%u.size == 0 {
			return strconv.FormatInt(int64(time.Duration(d)/u.size), 10) + u.name
		}
	}
	return time.Duration(d).String()
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (d Duration) MarshalText() ([]byte, error) {
	return []byte(d.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseDuration.
func (d *Duration) UnmarshalText(text []byte) error {
	parsed, err := ParseDuration(string(text))
	if err != nil {
		return err
	}
	*d = parsed
	return nil
}

// decodeValue reads a duration from a decoded TOML value, which must be a string.
func (d *Duration) decodeValue(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf(`must be a quoted string such as "7d", not %s`, tomlTypeName(v))
	}
	parsed, err := parseDuration(s)
	if err != nil {
		return err
	}
	*d = parsed
	return nil
}

// parseDuration reads one or more <count><unit> pairs. Its errors say what is
// wrong without repeating the input.
func parseDuration(s string) (Duration, error) {
	if s == "" {
		return 0, errors.New("is empty; " + durationForm)
	}
	var total time.Duration
	next := 0 // index into durationUnits of the largest unit still allowed
	for i := 0; i < len(s); {
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == start {
			switch s[i] {
			case '-', '+':
				return 0, errors.New("has a sign; " + durationForm)
			case '.':
				return 0, errors.New(`has a fraction; use a smaller unit ("90m", not "1.5h")`)
			}
			return 0, errors.New("does not start with a number; " + durationForm)
		}
		count := s[start:i]
		if i < len(s) && s[i] == '.' {
			return 0, errors.New(`has a fraction; use a smaller unit ("90m", not "1.5h")`)
		}
		unitStart := i
		for i < len(s) && !isDigit(s[i]) {
			i++
		}
		unit := s[unitStart:i]
		if unit == "" {
			return 0, errors.New("has no unit; " + durationForm)
		}
		k := unitIndex(unit)
		if k < 0 {
			return 0, fmt.Errorf("has unknown unit %q; %s", unit, durationForm)
		}
		if k < next {
			return 0, errors.New(`combines units out of order; write each unit once, largest first ("1w3d")`)
		}
		next = k + 1
		size := durationUnits[k].size
		n, err := strconv.ParseInt(count, 10, 64)
		if err != nil || n > (math.MaxInt64-int64(total))/int64(size) {
			return 0, errors.New("is too long")
		}
		total += time.Duration(n) * size
	}
	return Duration(total), nil
}

func unitIndex(name string) int {
	for k, u := range durationUnits {
		if u.name == name {
			return k
		}
	}
	return -1
}
