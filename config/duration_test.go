package config

import (
	"testing"
	"time"
)

func TestParseDuration_AcceptsEveryUnit(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"45s", 45 * time.Second},
		{"30m", 30 * time.Minute},
		{"1h", time.Hour},
		{"7d", 7 * 24 * time.Hour},
		{"13w", 13 * 7 * 24 * time.Hour},
		{"1y", 365 * 24 * time.Hour},
		{"4y", 4 * 365 * 24 * time.Hour},
		{"0d", 0},
		{"1w3d", 10 * 24 * time.Hour},
		{"1h30m", 90 * time.Minute},
		{"1y2w3d4h5m6s", Year + 2*Week + 3*Day + 4*time.Hour + 5*time.Minute + 6*time.Second},
	}
	for _, tt := range tests {
		got, err := ParseDuration(tt.in)
		if err != nil {
			t.Errorf("ParseDuration(%q): %v", tt.in, err)
			continue
		}
		if got.Std() != tt.want {
			t.Errorf("ParseDuration(%q) = %v, want %v", tt.in, got.Std(), tt.want)
		}
	}
}

func TestParseDuration_RejectsOtherForms(t *testing.T) {
	const form = `want a whole number and a unit: s, m, h, d, w or y (365 days), such as "7d" or "13w"`
	tests := []struct {
		in, want string
	}{
		{"", `invalid duration "": is empty; ` + form},
		{"1.5h", `invalid duration "1.5h": has a fraction; use a smaller unit ("90m", not "1.5h")`},
		{".5h", `invalid duration ".5h": has a fraction; use a smaller unit ("90m", not "1.5h")`},
		{"-7d", `invalid duration "-7d": has a sign; ` + form},
		{"7", `invalid duration "7": has no unit; ` + form},
		{"6mo", `invalid duration "6mo": has unknown unit "mo"; ` + form},
		{"100ms", `invalid duration "100ms": has unknown unit "ms"; ` + form},
		{"7 d", `invalid duration "7 d": has unknown unit " d"; ` + form},
		{"d", `invalid duration "d": does not start with a number; ` + form},
		{"3d1w", `invalid duration "3d1w": combines units out of order; write each unit once, largest first ("1w3d")`},
		{"1d1d", `invalid duration "1d1d": combines units out of order; write each unit once, largest first ("1w3d")`},
		{"300y", `invalid duration "300y": is too long`},
		{"99999999999999999999s", `invalid duration "99999999999999999999s": is too long`},
	}
	for _, tt := range tests {
		_, err := ParseDuration(tt.in)
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseDuration(%q) error:\n got %v\nwant %s", tt.in, err, tt.want)
		}
	}
}

func TestDurationString_UsesLargestExactUnitAndRoundTrips(t *testing.T) {
	tests := []struct {
		in   time.Duration
		want string
	}{
		{0, "0s"},
		{45 * time.Second, "45s"},
		{90 * time.Minute, "90m"},
		{10 * Day, "10d"},
		{14 * Day, "2w"},
		{52 * Week, "52w"},
		{Year, "1y"},
		{Year + Day, "366d"},
		{1500 * time.Millisecond, "1.5s"}, // not expressible in a config
	}
	for _, tt := range tests {
		d := Duration(tt.in)
		if got := d.String(); got != tt.want {
			t.Errorf("Duration(%v).String() = %q, want %q", tt.in, got, tt.want)
		}
		if tt.in%time.Second != 0 {
			continue
		}
		back, err := ParseDuration(d.String())
		if err != nil || back != d {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", d.String(), back, err, d)
		}
	}
}

func TestDurationSeconds(t *testing.T) {
	if got := Duration(13 * Week).Seconds(); got != 13*7*86400 {
		t.Errorf("13w = %d seconds, want %d", got, 13*7*86400)
	}
	if got := Duration(-time.Hour).Seconds(); got != 0 {
		t.Errorf("negative duration = %d seconds, want 0", got)
	}
}
