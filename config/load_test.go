package config

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"
)

// amountsEqual lets go-cmp compare Amounts (which hold an unexported *big.Int).
var amountsEqual = cmp.Comparer(func(a, b Amount) bool {
	return a.IsSet() == b.IsSet() && a.Cmp(b) == 0
})

// minimal is the smallest valid config: the required keys only.
const minimal = `
salt = "test-v1"

[token]
name = "Test"
symbol = "TST"
cap = "1000000"
`

func TestLoad_DefaultTOMLDecodesToTheDocumentedEconomy(t *testing.T) {
	got, err := Load(filepath.Join("..", "testdata", "economy", "default.toml"))
	if err != nil {
		t.Fatal(err)
	}
	want := &Economy{
		Salt: "commons-v1",
		Networks: map[string]Network{
			"sepolia": {Name: "sepolia", ChainID: 11155111, RawRPCURL: "${SEPOLIA_RPC_URL}", Confirmations: 2},
			"anvil":   {Name: "anvil", ChainID: 31337, RawRPCURL: "http://127.0.0.1:8545", Confirmations: 0},
		},
		Token: Token{Name: "Commons", Symbol: "CMN", Cap: Tokens(1_000_000_000)},
		Allocations: []Allocation{
			{
				Name:        "founders",
				Beneficiary: Beneficiary{Address: common.HexToAddress(founderAddr)},
				Amount:      Tokens(100_000_000),
				Vesting:     &Vesting{Cliff: Duration(Year), Duration: Duration(4 * Year)},
			},
			{
				Name:        "early-contributors",
				Beneficiary: Beneficiary{Address: common.HexToAddress(contributorAddr)},
				Amount:      Tokens(50_000_000),
				Vesting:     &Vesting{Cliff: Duration(26 * Week), Duration: Duration(2 * Year), Revocable: true},
			},
			{Name: "ecosystem-grants", Beneficiary: Beneficiary{Treasury: true}, Amount: Tokens(150_000_000)},
			{Name: "community-treasury", Beneficiary: Beneficiary{Treasury: true}, Amount: Tokens(100_000_000)},
		},
		Staking: Staking{PowerDown: Duration(13 * Week)},
		Rewards: Rewards{Epoch: Duration(7 * Day), AuthorShareBPS: 5000, CurveS: Tokens(1000), ClaimWindowEpochs: 12},
		Emission: Emission{
			InitialRateBPS: 950, DecayBPSPerYear: 50, FloorRateBPS: 95,
			Split: Split{ContributionsBPS: 6500, StakersBPS: 1500, TreasuryBPS: 2000},
		},
		Governance: Governance{
			VotingDelay: Duration(Day), VotingPeriod: Duration(7 * Day), QuorumBPS: 400,
			ProposalThreshold: Tokens(10_000), TimelockDelay: Duration(2 * Day),
		},
	}
	if diff := cmp.Diff(want, got, amountsEqual); diff != "" {
		t.Errorf("default.toml decoded differently (-want +got):\n%s", diff)
	}
	if total := got.TotalAllocated(); total.Cmp(Tokens(400_000_000).Wei()) != 0 {
		t.Errorf("TotalAllocated() = %s wei, want 400000000 tokens", total)
	}
}

func TestParse_MinimalConfigGetsEveryDefault(t *testing.T) {
	got, err := Parse("minimal.toml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	want := Default()
	want.Salt = "test-v1"
	want.Token = Token{Name: "Test", Symbol: "TST", Cap: Tokens(1_000_000)}
	if diff := cmp.Diff(want, got, amountsEqual); diff != "" {
		t.Errorf("minimal config (-want +got):\n%s", diff)
	}
}

func TestParse_NetworkGetsDefaultConfirmations(t *testing.T) {
	got, err := Parse("x.toml", []byte(minimal+`
[networks.anvil]
chain_id = 31337
rpc_url = "http://127.0.0.1:8545"
`))
	if err != nil {
		t.Fatal(err)
	}
	want := Network{Name: "anvil", ChainID: 31337, RawRPCURL: "http://127.0.0.1:8545", Confirmations: 1}
	if diff := cmp.Diff(want, got.Networks["anvil"]); diff != "" {
		t.Errorf("network (-want +got):\n%s", diff)
	}
}

func TestParse_PartialTablesKeepTheirOtherDefaults(t *testing.T) {
	got, err := Parse("x.toml", []byte(minimal+`
[rewards]
epoch = "1d"

[emission]
split = { contributions_bps = 7000, stakers_bps = 1000 }
`))
	if err != nil {
		t.Fatal(err)
	}
	want := Default()
	want.Salt, want.Token = "test-v1", Token{Name: "Test", Symbol: "TST", Cap: Tokens(1_000_000)}
	want.Rewards.Epoch = Duration(Day)
	want.Emission.Split = Split{ContributionsBPS: 7000, StakersBPS: 1000, TreasuryBPS: 2000}
	if diff := cmp.Diff(want, got, amountsEqual); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestParse_InlineArrayOfTablesWorksLikeArrayOfTables(t *testing.T) {
	got, err := Parse("x.toml", []byte(`
salt = "s"
token = { name = "T", symbol = "T", cap = "1000000" }
allocations = [
  { name = "a", beneficiary = "treasury", amount = "1" },
  { name = "b", beneficiary = "`+founderAddr+`", amount = "2", vesting = { duration = "1y" } },
]
`))
	if err != nil {
		t.Fatal(err)
	}
	want := []Allocation{
		{Name: "a", Beneficiary: Beneficiary{Treasury: true}, Amount: Tokens(1)},
		{Name: "b", Beneficiary: Beneficiary{Address: common.HexToAddress(founderAddr)}, Amount: Tokens(2), Vesting: &Vesting{Duration: Duration(Year)}},
	}
	if diff := cmp.Diff(want, got.Allocations, amountsEqual); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestLoad_MissingFileIsAnOSError(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.toml"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("error = %v, want one wrapping os.ErrNotExist", err)
	}
}

func TestParse_SyntaxErrorKeepsLineAndColumn(t *testing.T) {
	src := "salt = \"s\"\n\n[token]\nname = \"T\"\nsymbol = \n"
	_, err := Parse("bad.toml", []byte(src))
	var syn *SyntaxError
	if !errors.As(err, &syn) {
		t.Fatalf("error = %v (%T), want *SyntaxError", err, err)
	}
	want := `bad.toml:5:10: invalid TOML: expected value but found '\n' instead`
	if err.Error() != want {
		t.Errorf("message:\n got %s\nwant %s", err, want)
	}
	var pe toml.ParseError
	if !errors.As(err, &pe) || pe.Position.Line != 5 {
		t.Errorf("the toml.ParseError is not reachable with errors.As: %v", err)
	}
}

func TestParse_DuplicateKeyIsASyntaxError(t *testing.T) {
	_, err := Parse("dup.toml", []byte(minimal+"name = \"again\"\n"))
	want := `dup.toml:8:1: invalid TOML: Key 'token.name' has already been defined.`
	if err == nil || err.Error() != want {
		t.Errorf("error:\n got %v\nwant %s", err, want)
	}
}

func TestParse_ReadsBackWhatTheTOMLEncoderWrites(t *testing.T) {
	e, err := Load(filepath.Join("..", "testdata", "economy", "default.toml"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(e); err != nil {
		t.Fatal(err)
	}
	back, err := Parse("encoded.toml", buf.Bytes())
	if err != nil {
		t.Fatalf("%v\nencoded:\n%s", err, buf.String())
	}
	if diff := cmp.Diff(e, back, amountsEqual); diff != "" {
		t.Errorf("(-loaded +encoded and parsed):\n%s", diff)
	}
}

func FuzzParse(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "economy", "default.toml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(minimal))
	f.Add([]byte("a = [ { b = '''x\n''' }, \"\"\"y\"\"\" ]\n[[c.d]]\n\"e.f\" = 1979-05-27"))
	f.Fuzz(func(t *testing.T, src []byte) {
		e, err := Parse("fuzz.toml", src) // must not panic or hang
		if (e == nil) == (err == nil) {
			t.Fatalf("Parse returned economy %v and error %v", e != nil, err)
		}
	})
}
