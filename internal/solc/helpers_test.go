package solc

import (
	"bytes"
	"os/exec"
	"sort"

	"github.com/google/go-cmp/cmp"
)

var cmpSorted = cmp.Transformer("sort", func(in []string) []string {
	out := append([]string(nil), in...)
	sort.Strings(out)
	return out
})

func contains(b []byte, s string) bool { return bytes.Contains(b, []byte(s)) }

var lookPath = exec.LookPath
