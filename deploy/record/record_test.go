package record_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/deploy/record"
)

func TestWrite_LoadGivesTheSameRecord(t *testing.T) {
	path := record.Path(t.TempDir(), 31337)
	want := &record.Record{ApiaryVersion: "v1", ChainID: 31337, Salt: "s", Complete: true,
		Contracts: []record.Contract{{Name: "CommunityToken", Address: common.HexToAddress("0x01"), ConstructorArgs: []byte{1}}}}
	if err := record.Write(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := record.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*.tmp*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestLoad_RefusesUnknownFormatVersions(t *testing.T) {
	for _, v := range []string{`{"format_version": 2}`, `{"format_version": 0}`, `{}`} {
		path := filepath.Join(t.TempDir(), "1.json")
		os.WriteFile(path, []byte(v), 0o644)
		if _, err := record.Load(path); !errors.Is(err, record.ErrUnknownVersion) {
			t.Errorf("%s: err = %v, want ErrUnknownVersion", v, err)
		}
	}
}
