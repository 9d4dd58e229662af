package build

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// generatedHeader marks Go files a build owns; abigen writes it on the first line.
var generatedHeader = []byte("// Code generated")

// Problem is one way the tree differs from a fresh build.
type Problem struct {
	Path string // slash path under the root
	What string // "stale", "missing", "extra" or "untracked"
	Hint string
}

func (p Problem) String() string { return fmt.Sprintf("%s: %s (%s)", p.Path, p.What, p.Hint) }

// owned lists the generated files on disk under the bindings folder: everything in the
// artifacts folder and every Go file that starts with the generated-code header.
func owned(root string, layout Layout) (map[string]bool, error) {
	files := make(map[string]bool)
	base := fsPath(root, layout.Bindings)
	err := filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		inArtifacts := strings.HasPrefix(rel, path.Join(layout.Bindings, ArtifactsDir)+"/") && strings.HasSuffix(rel, ".json")
		if inArtifacts || (strings.HasSuffix(rel, ".go") && !strings.HasSuffix(rel, "_test.go") && isGenerated(p)) {
			files[rel] = true
		}
		return nil
	})
	return files, err
}

func isGenerated(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(generatedHeader))
	n, _ := f.Read(head)
	return bytes.Equal(head[:n], generatedHeader)
}

// Write puts a build on disk and removes generated files it no longer produces.
// It returns the paths written, changed or removed.
func Write(root string, layout Layout, res *Result) ([]string, error) {
	have, err := owned(root, layout)
	if err != nil {
		return nil, err
	}
	var changed []string
	for _, rel := range sortedKeys(res.Files) {
		want := res.Files[rel]
		p := fsPath(root, rel)
		if cur, err := os.ReadFile(p); err == nil && bytes.Equal(cur, want) {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return changed, err
		}
		if err := os.WriteFile(p, want, 0o644); err != nil {
			return changed, err
		}
		changed = append(changed, rel)
	}
	for _, rel := range sortedKeys(have) {
		if _, keep := res.Files[rel]; keep {
			continue
		}
		if err := os.Remove(fsPath(root, rel)); err != nil {
			return changed, err
		}
		changed = append(changed, rel+" (removed)")
	}
	return changed, nil
}

// Check compares the tree with a fresh build. Untracked files count as problems when the
// root is a git work tree: what is not committed does not reach CI.
func Check(root string, layout Layout, res *Result) ([]Problem, error) {
	have, err := owned(root, layout)
	if err != nil {
		return nil, err
	}
	var problems []Problem
	for _, rel := range sortedKeys(res.Files) {
		cur, err := os.ReadFile(fsPath(root, rel))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			problems = append(problems, Problem{rel, "missing", "a fresh build writes it"})
		case err != nil:
			return nil, err
		case !bytes.Equal(cur, res.Files[rel]):
			problems = append(problems, Problem{rel, "stale", firstDifference(cur, res.Files[rel])})
		}
	}
	for _, rel := range sortedKeys(have) {
		if _, ok := res.Files[rel]; !ok {
			problems = append(problems, Problem{rel, "extra", "a fresh build does not produce it"})
		}
	}
	untracked, err := gitUntracked(root, layout.Bindings)
	if err != nil {
		return nil, err
	}
	for _, rel := range untracked {
		if _, ok := res.Files[rel]; ok {
			problems = append(problems, Problem{rel, "untracked", "generated but not committed: git add it"})
		}
	}
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].Path < problems[j].Path })
	return problems, nil
}

// gitUntracked lists untracked, non-ignored files under dir, or nothing outside a git tree.
func gitUntracked(root, dir string) ([]string, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, nil
	}
	cmd := exec.Command("git", "ls-files", "--others", "--exclude-standard", "--", dir)
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		// Not a git work tree (an exported source archive): nothing can be untracked.
		return nil, nil
	}
	var files []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if line != "" {
			files = append(files, line)
		}
	}
	return files, nil
}

// firstDifference names the first line where a committed file and a fresh build differ.
func firstDifference(have, want []byte) string {
	h := strings.Split(string(have), "\n")
	w := strings.Split(string(want), "\n")
	for i := 0; i < len(h) || i < len(w); i++ {
		if i >= len(h) || i >= len(w) || h[i] != w[i] {
			return fmt.Sprintf("first difference at line %d; run `make bindings`", i+1)
		}
	}
	return "differs; run `make bindings`"
}

func fsPath(root string, rel ...string) string {
	parts := append([]string{root}, rel...)
	return filepath.FromSlash(path.Join(parts...))
}
