package journal_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/deploy/journal"
)

func entry(step string, nonce uint64) journal.Entry {
	h := common.HexToHash("0x01")
	return journal.Entry{Kind: journal.KindSigned, Time: time.Unix(1, 0).UTC(), Step: step, Nonce: journal.Ptr(nonce), Hash: &h, Raw: []byte{1, 2}}
}

func TestOpen_ReadsBackWhatWasAppended(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "1.journal.jsonl")
	j, err := journal.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []journal.Entry{entry("a", 0), entry("b", 1)}
	for _, e := range want {
		if err := j.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	j.Close()
	got, err := journal.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestOpen_DropsATornLastLine(t *testing.T) {
	tests := []struct {
		name string
		tail string
	}{
		{"no line break", `{"kind":"signed","step":"c"`},
		{"garbled last line", "{\"kind\":\"sig\x00\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "j.jsonl")
			j, _ := journal.Open(path)
			j.Append(entry("a", 0))
			j.Close()
			f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
			f.WriteString(tt.tail)
			f.Close()

			j, err := journal.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			if n := len(j.Entries()); n != 1 {
				t.Errorf("%d entries, want 1", n)
			}
			j.Append(entry("b", 1)) // lands on a clean line
			j.Close()
			got, err := journal.Read(path)
			if err != nil || len(got) != 2 {
				t.Errorf("after re-append: %d entries, err %v; want 2, nil", len(got), err)
			}
		})
	}
}

func TestOpen_CorruptLineInTheMiddleIsAnErrorNamingIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	os.WriteFile(path, []byte("{\"kind\":\"intent\"}\nnot json\n{\"kind\":\"signed\"}\n"), 0o644)
	_, err := journal.Open(path)
	if err == nil || !strings.Contains(err.Error(), "j.jsonl:2") {
		t.Fatalf("err = %v, want one naming line 2", err)
	}
}

func TestOpen_RefusesAJournalAnotherApplyHolds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	first, err := journal.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := journal.Open(path); !errors.Is(err, journal.ErrLocked) {
		t.Fatalf("second open: err = %v, want ErrLocked", err)
	}
	first.Close()
	again, err := journal.Open(path)
	if err != nil {
		t.Fatalf("open after close: %v", err)
	}
	again.Close()
}
