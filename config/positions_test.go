package config

import (
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/google/go-cmp/cmp"
)

func TestScanPositions_FindsTheLineOfEveryKey(t *testing.T) {
	src := lines(
		`top = "a # not a comment"   # a comment with [brackets] and "quotes"`, // 1
		`multi = """`,           // 2
		`[not.a.table]`,         // 3
		`still "the" string"""`, // 4
		`lit = '''`,             // 5
		`x = 1'''`,              // 6
		`dotted.key = 1`,        // 7
		`"quoted key" = { a = 1, b = { c = 2 } }`, // 8
		`[[arr]]`,                     // 9
		`name = "one"`,                // 10
		`[arr.sub]`,                   // 11
		`k = 'v\'`,                    // 12
		`[[arr]]`,                     // 13
		`name = "two"`,                // 14
		`[[arr.inner]]`,               // 15
		`x = 1`,                       // 16
		`[tab]`,                       // 17
		`list = [`,                    // 18
		`  { a = 1 },  # first`,       // 19
		`  { a = 2 },`,                // 20
		`]`,                           // 21
		`escaped = "a\"b\\"`,          // 22
		`[ "net" . 'my.net' ]`,        // 23
		`when = 1979-05-27 07:32:00Z`, // 24
		`after = true`,                // 25
	)
	var check map[string]any
	if _, err := toml.Decode(src, &check); err != nil {
		t.Fatalf("test document is not valid TOML: %v", err)
	}
	want := positions{
		"top":                1,
		"multi":              2,
		"lit":                5,
		"dotted":             7,
		"dotted.key":         7,
		`"quoted key"`:       8,
		`"quoted key".a`:     8,
		`"quoted key".b`:     8,
		`"quoted key".b.c`:   8,
		"arr":                9,
		"arr[0]":             9,
		"arr[0].name":        10,
		"arr[0].sub":         11,
		"arr[0].sub.k":       12,
		"arr[1]":             13,
		"arr[1].name":        14,
		"arr[1].inner":       15,
		"arr[1].inner[0]":    15,
		"arr[1].inner[0].x":  16,
		"tab":                17,
		"tab.list":           18,
		"tab.list[0]":        19,
		"tab.list[0].a":      19,
		"tab.list[1]":        20,
		"tab.list[1].a":      20,
		"tab.escaped":        22,
		"net":                23,
		`net."my.net"`:       23,
		`net."my.net".when`:  24,
		`net."my.net".after`: 25,
	}
	if diff := cmp.Diff(want, scanPositions([]byte(src))); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestPositionsLine_FallsBackToTheNearestWrittenAncestor(t *testing.T) {
	ps := scanPositions([]byte(lines(`[[allocations]]`, `name = "a"`, `[[allocations]]`, `[emission]`)))
	tests := []struct {
		path keyPath
		want int
	}{
		{keyPath{"allocations"}.index(0).key("name"), 2},
		{keyPath{"allocations"}.index(1).key("vesting").key("cliff"), 3},
		{keyPath{"emission", "split"}, 4},
		{keyPath{"token", "cap"}, 0},
	}
	for _, tt := range tests {
		if got := ps.line(tt.path); got != tt.want {
			t.Errorf("line(%s) = %d, want %d", tt.path, got, tt.want)
		}
	}
}
