package solc

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestImportPaths_EveryDirectiveForm(t *testing.T) {
	src := `// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;
import "./A.sol";
import './B.sol' as B;
import * as C from "../C.sol";
import {D, E as F} from "@openzeppelin/contracts/D.sol";
import {
    G
} from "lib/G.sol";
// import "commented.sol";
/* import "block-commented.sol"; */
contract X { string s = "import \"in-a-string.sol\";"; function important() external {} }
`
	got, err := importPaths(src)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"./A.sol", "./B.sol", "../C.sol", "@openzeppelin/contracts/D.sol", "lib/G.sol"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestResolveUnitName(t *testing.T) {
	tests := []struct {
		from, imp, want, err string
	}{
		{"src/A.sol", "./B.sol", "src/B.sol", ""},
		{"src/sub/A.sol", "../B.sol", "src/B.sol", ""},
		{"@openzeppelin/contracts/token/ERC20/ERC20.sol", "../../utils/Context.sol", "@openzeppelin/contracts/utils/Context.sol", ""},
		{"src/A.sol", "@openzeppelin/contracts/access/AccessControl.sol", "@openzeppelin/contracts/access/AccessControl.sol", ""},
		{"src/A.sol", "../../etc/passwd", "", `src/A.sol: import "../../etc/passwd" leaves the source tree`},
		{"src/A.sol", "/abs/B.sol", "", `src/A.sol: import "/abs/B.sol" is an absolute path; use a path relative to contracts/ or a package path`},
	}
	for _, tt := range tests {
		got, err := resolveUnitName(tt.from, tt.imp)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("resolve(%q, %q) error = %v, want %q", tt.from, tt.imp, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("resolve(%q, %q) = %q, %v; want %q", tt.from, tt.imp, got, err, tt.want)
		}
	}
}

func TestLineColumn(t *testing.T) {
	src := "ab\ncde\n\nf"
	tests := []struct{ offset, line, col int }{
		{0, 1, 1}, {1, 1, 2}, {3, 2, 1}, {5, 2, 3}, {7, 3, 1}, {8, 4, 1},
	}
	for _, tt := range tests {
		if l, c := lineColumn(src, tt.offset); l != tt.line || c != tt.col {
			t.Errorf("lineColumn(%d) = %d:%d, want %d:%d", tt.offset, l, c, tt.line, tt.col)
		}
	}
}
