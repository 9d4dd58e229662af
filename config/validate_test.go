package config

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const (
	bad     = "bad.toml"
	amtForm = `want whole tokens as a decimal string such as "1000000", "1_000_000" or "0.5"`
)

func fe(line int, key, value, msg string) FieldError {
	return FieldError{File: bad, Line: line, Key: key, Value: value, Msg: msg}
}

// lines joins TOML lines so that a test can count them: the first is line 1.
func lines(ls ...string) string { return strings.Join(ls, "\n") + "\n" }

// head is a valid start of a config, lines 1-5; cases add from line 6.
var head = []string{
	`salt = "test-v1"`,
	`[token]`,
	`name = "Test"`,
	`symbol = "TST"`,
	`cap = "1000000"`,
}

func withHead(ls ...string) string { return lines(append(head[:len(head):len(head)], ls...)...) }

func TestParse_ReportsEachProblemWithKeyLineValueAndRule(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want ValidationErrors
	}{
		{
			name: "unknown top-level key",
			src:  withHead(`colour = "blue"`),
			// after [token], so it is token.colour; a top-level key must come first
			want: ValidationErrors{fe(6, "token.colour", "", "unknown key; known keys here: cap, name, symbol")},
		},
		{
			name: "unknown top-level key before any table",
			src:  lines(`colour = "blue"`, head[0], head[1], head[2], head[3], head[4]),
			want: ValidationErrors{fe(1, "colour", "", "unknown key; known keys here: allocations, emission, governance, networks, rewards, salt, staking, token")},
		},
		{
			name: "misspelt table suggests the right one",
			src:  withHead(`[reward]`, `epoch = "7d"`),
			want: ValidationErrors{fe(6, "reward", "", "unknown key; did you mean rewards?")},
		},
		{
			name: "unknown nested key suggests the right one",
			src:  withHead(`[rewards]`, `author_shares_bps = 5000`),
			want: ValidationErrors{fe(7, "rewards.author_shares_bps", "", "unknown key; did you mean author_share_bps?")},
		},
		{
			name: "unknown key inside an inline table",
			src: withHead(`[[allocations]]`, `name = "founders"`, `beneficiary = "`+founderAddr+`"`, `amount = "1000"`,
				`vesting = { cliff = "1y", duration = "4y", revokable = true }`),
			want: ValidationErrors{fe(10, `allocations[0] ("founders").vesting.revokable`, "", "unknown key; did you mean revocable?")},
		},
		{
			name: "unknown key in a network",
			src:  withHead(`[networks.sepolia]`, `chain_id = 11155111`, `rpc_url = "${RPC}"`, `chainid = 1`),
			want: ValidationErrors{fe(9, "networks.sepolia.chainid", "", "unknown key; did you mean chain_id?")},
		},
		{
			name: "network name not lowercase",
			src:  withHead(`[networks.Sepolia]`, `chain_id = 11155111`, `rpc_url = "${RPC}"`),
			want: ValidationErrors{fe(6, "networks.Sepolia", `"Sepolia"`, "network names must match ^[a-z][a-z0-9_-]*$: a lowercase letter, then lowercase letters, digits, _ or -")},
		},
		{
			name: "network without chain_id and rpc_url",
			src:  withHead(`[networks.sepolia]`, `confirmations = 65`),
			want: ValidationErrors{
				fe(6, "networks.sepolia.chain_id", "", "is required: the chain's ID, greater than 0"),
				fe(6, "networks.sepolia.rpc_url", "", "is required: a URL, or ${VAR} to read it from the environment"),
				fe(7, "networks.sepolia.confirmations", "65", "must be between 0 and 64"),
			},
		},
		{
			name: "rpc_url with a broken reference",
			src:  withHead(`[networks.sepolia]`, `chain_id = 11155111`, `rpc_url = "https://x/${KEY"`),
			want: ValidationErrors{fe(8, "networks.sepolia.rpc_url", `"https://x/${KEY"`, `has a "${" without a closing "}"`)},
		},
		{
			name: "split not summing to 10000",
			src:  withHead(`[emission]`, `split = { contributions_bps = 7000, stakers_bps = 2000, treasury_bps = 2000 }`),
			want: ValidationErrors{fe(7, "emission.split", "{ contributions_bps = 7000, stakers_bps = 2000, treasury_bps = 2000 }", "must sum to exactly 10000 (100%), not 11000")},
		},
		{
			name: "split part left out takes its default in the sum",
			src:  withHead(`[emission.split]`, `contributions_bps = 8000`, `stakers_bps = 2000`),
			want: ValidationErrors{fe(6, "emission.split", "{ contributions_bps = 8000, stakers_bps = 2000, treasury_bps = 2000 }", "must sum to exactly 10000 (100%), not 12000")},
		},
		{
			name: "author share out of range",
			src:  withHead(`[rewards]`, `author_share_bps = 9500`),
			want: ValidationErrors{fe(7, "rewards.author_share_bps", "9500", "must be between 1000 and 9000 (10%–90%)")},
		},
		{
			name: "floor rate above initial rate",
			src:  withHead(`[emission]`, `initial_rate_bps = 100`, `floor_rate_bps = 200`),
			want: ValidationErrors{fe(8, "emission.floor_rate_bps", "200", "must be between 0 and emission.initial_rate_bps (100): the rate decays down to the floor")},
		},
		{
			name: "default floor above a lower initial rate points at the table",
			src:  withHead(`[emission]`, `initial_rate_bps = 50`),
			want: ValidationErrors{fe(6, "emission.floor_rate_bps", "95", "must be between 0 and emission.initial_rate_bps (50): the rate decays down to the floor")},
		},
		{
			name: "allocations over the cap",
			src: withHead(
				`[[allocations]]`, `name = "a"`, `beneficiary = "treasury"`, `amount = "600_000"`,
				`[[allocations]]`, `name = "b"`, `beneficiary = "treasury"`, `amount = "400_000.5"`),
			want: ValidationErrors{fe(6, "allocations", "", "allocations total 1000000.5 tokens, more than token.cap 1000000")},
		},
		{
			name: "lowercase address",
			src:  withHead(`[[allocations]]`, `name = "founders"`, `beneficiary = "0x90207e89e8f5a4ff65aa18221f2691d77f8e91ec"`, `amount = "1"`),
			want: ValidationErrors{fe(8, `allocations[0] ("founders").beneficiary`, `"0x90207e89e8f5a4ff65aa18221f2691d77f8e91ec"`,
				"has no EIP-55 checksum; write it as "+founderAddr)},
		},
		{
			name: "address with a wrong checksum",
			src:  withHead(`[[allocations]]`, `name = "founders"`, `beneficiary = "0x90207e89E8f5a4Ff65aA18221f2691D77f8e91EC"`, `amount = "1"`),
			want: ValidationErrors{fe(8, `allocations[0] ("founders").beneficiary`, `"0x90207e89E8f5a4Ff65aA18221f2691D77f8e91EC"`,
				"fails its EIP-55 checksum (a typo?); if the hex digits are right, the checksummed form is "+founderAddr)},
		},
		{
			name: "zero address",
			src:  withHead(`[[allocations]]`, `name = "burn"`, `beneficiary = "0x0000000000000000000000000000000000000000"`, `amount = "1"`),
			want: ValidationErrors{fe(8, `allocations[0] ("burn").beneficiary`, `"0x0000000000000000000000000000000000000000"`, "is the zero address, which nobody controls")},
		},
		{
			name: "duplicate allocation names",
			src: withHead(
				`[[allocations]]`, `name = "team"`, `beneficiary = "treasury"`, `amount = "1"`,
				`[[allocations]]`, `name = "team"`, `beneficiary = "treasury"`, `amount = "2"`),
			want: ValidationErrors{fe(11, `allocations[1] ("team").name`, `"team"`, "is already the name of allocations[0]; names must be unique")},
		},
		{
			name: "amount with 19 decimals",
			src:  withHead(`[[allocations]]`, `name = "dust"`, `beneficiary = "treasury"`, `amount = "0.0000000000000000001"`),
			want: ValidationErrors{fe(9, `allocations[0] ("dust").amount`, `"0.0000000000000000001"`,
				"has 19 decimal places; at most 18 are allowed (0.000000000000000001 is 1 wei, the smallest unit)")},
		},
		{
			name: "amount given as a TOML integer",
			src:  lines(head[0], head[1], head[2], head[3], `cap = 1000000`),
			want: ValidationErrors{fe(5, "token.cap", "1000000",
				`must be a quoted string of whole tokens such as "1000000", not an integer (a string keeps the amount exact)`)},
		},
		{
			name: "amount given as a TOML float",
			src:  lines(head[0], head[1], head[2], head[3], `cap = 1e6`),
			want: ValidationErrors{fe(5, "token.cap", "1e+06",
				`must be a quoted string of whole tokens such as "1000000", not a float (a string keeps the amount exact)`)},
		},
		{
			name: "negative amount",
			src:  withHead(`[governance]`, `proposal_threshold = "-5"`),
			want: ValidationErrors{fe(7, "governance.proposal_threshold", `"-5"`, "has a sign; "+amtForm)},
		},
		{
			name: "zero cap",
			src:  lines(head[0], head[1], head[2], head[3], `cap = "0"`),
			want: ValidationErrors{
				fe(5, "token.cap", `"0"`, "must be greater than 0"),
			},
		},
		{
			name: "cap too large for uint96 power",
			// exactly 2^96 wei
			src: lines(head[0], head[1], head[2], head[3], `cap = "79228162514.264337593543950336"`),
			want: ValidationErrors{fe(5, "token.cap", `"79228162514.264337593543950336"`,
				"must be less than 2^96 wei (about 79.2 billion tokens), the most StakedPower's uint96 power can hold")},
		},
		{
			name: "curve constant above its bound",
			src:  withHead(`[rewards]`, `curve_s = "1000000001"`),
			want: ValidationErrors{fe(7, "rewards.curve_s", `"1000000001"`, "must be between 1 and 1000000000 tokens")},
		},
		{
			name: "curve constant below one token",
			src:  withHead(`[rewards]`, `curve_s = "0.5"`),
			want: ValidationErrors{fe(7, "rewards.curve_s", `"0.5"`, "must be between 1 and 1000000000 tokens")},
		},
		{
			name: "proposal threshold above 1% of the cap",
			src:  withHead(`[governance]`, `proposal_threshold = "2000000"`),
			want: ValidationErrors{fe(7, "governance.proposal_threshold", `"2000000"`, "must not exceed 1% of token.cap (10000)")},
		},
		{
			name: "bad duration unit",
			src:  withHead(`[rewards]`, `epoch = "1mo"`),
			want: ValidationErrors{fe(7, "rewards.epoch", `"1mo"`,
				`has unknown unit "mo"; want a whole number and a unit: s, m, h, d, w or y (365 days), such as "7d" or "13w"`)},
		},
		{
			name: "duration given as a TOML integer",
			src:  withHead(`[staking]`, `power_down = 13`),
			want: ValidationErrors{fe(7, "staking.power_down", "13", `must be a quoted string such as "7d", not an integer`)},
		},
		{
			name: "duration out of range",
			src:  withHead(`[governance]`, `timelock_delay = "30m"`),
			want: ValidationErrors{fe(7, "governance.timelock_delay", `"30m"`, "must be between 1h and 30d")},
		},
		{
			name: "power_down not whole weeks",
			src:  withHead(`[staking]`, `power_down = "10d"`),
			want: ValidationErrors{fe(7, "staking.power_down", `"10d"`, "must be a whole number of weeks between 1w and 104w")},
		},
		{
			name: "cliff longer than duration",
			src: withHead(`[[allocations]]`, `name = "founders"`, `beneficiary = "`+founderAddr+`"`, `amount = "1"`,
				`[allocations.vesting]`, `cliff = "2y"`, `duration = "1y"`),
			want: ValidationErrors{fe(11, `allocations[0] ("founders").vesting.cliff`, `"2y"`, `must not be longer than the vesting duration "1y"`)},
		},
		{
			name: "vesting without duration, and longer than 10 years",
			src: withHead(
				`[[allocations]]`, `name = "a"`, `beneficiary = "`+founderAddr+`"`, `amount = "1"`, `vesting = { cliff = "1y" }`,
				`[[allocations]]`, `name = "b"`, `beneficiary = "`+founderAddr+`"`, `amount = "1"`, `vesting = { duration = "11y" }`),
			want: ValidationErrors{
				fe(10, `allocations[0] ("a").vesting.duration`, "", `is required: how long until everything is released, such as "4y"`),
				fe(15, `allocations[1] ("b").vesting.duration`, `"11y"`, "must be at most 10y"),
			},
		},
		{
			name: "treasury allocation with vesting",
			src: withHead(`[[allocations]]`, `name = "grants"`, `beneficiary = "treasury"`, `amount = "1"`,
				`vesting = { cliff = "1y", duration = "4y" }`),
			want: ValidationErrors{fe(10, `allocations[0] ("grants").vesting`, "",
				`must not be set for an allocation to "treasury": governance already controls the treasury; remove vesting or name an address`)},
		},
		{
			name: "allocation missing everything",
			src:  withHead(`[[allocations]]`, `[[allocations]]`, `name = "b"`),
			want: ValidationErrors{
				fe(6, "allocations[0].name", "", "is required"),
				fe(6, "allocations[0].beneficiary", "", `is required: a checksummed address or "treasury"`),
				fe(6, "allocations[0].amount", "", `is required: whole tokens as a decimal string such as "1000000"`),
				fe(7, `allocations[1] ("b").beneficiary`, "", `is required: a checksummed address or "treasury"`),
				fe(7, `allocations[1] ("b").amount`, "", `is required: whole tokens as a decimal string such as "1000000"`),
			},
		},
		{
			name: "missing required fields",
			src:  lines(`# nothing yet`),
			want: ValidationErrors{
				{File: bad, Key: "salt", Msg: "is required"},
				{File: bad, Key: "token.name", Msg: "is required"},
				{File: bad, Key: "token.symbol", Msg: "is required"},
				{File: bad, Key: "token.cap", Msg: `is required: whole tokens as a decimal string such as "1000000"`},
			},
		},
		{
			name: "required text too long or malformed",
			src: lines(`salt = "`+strings.Repeat("s", 65)+`"`, `[token]`, `name = "Test"`, `symbol = "tst"`, `cap = "1"`,
				`[governance]`, `proposal_threshold = "0"`),
			want: ValidationErrors{
				fe(1, "salt", `"`+strings.Repeat("s", 65)+`"`, "must be at most 64 characters, not 65"),
				fe(4, "token.symbol", `"tst"`, "must use only A-Z and 0-9"),
			},
		},
		{
			name: "wrong TOML types",
			src:  lines(`salt = 1`, `token = "Test"`, `[rewards]`, `author_share_bps = "5000"`, `claim_window_epochs = -1`, `[[staking]]`),
			want: ValidationErrors{
				fe(1, "salt", "1", "must be a string, not an integer"),
				fe(2, "token", `"Test"`, "must be a table, not a string"),
				fe(4, "rewards.author_share_bps", `"5000"`, "must be an integer, not a string"),
				fe(5, "rewards.claim_window_epochs", "-1", "must not be negative"),
				fe(6, "staking", "", "must be a table, not an array"),
			},
		},
		{
			name: "every problem at once, in file order",
			src: withHead(`[rewards]`, `epoch = "30m"`, `author_share_bps = 500`,
				`[governance]`, `quorum_bps = 0`, `votes = 1`),
			want: ValidationErrors{
				fe(7, "rewards.epoch", `"30m"`, "must be between 1h and 90d"),
				fe(8, "rewards.author_share_bps", "500", "must be between 1000 and 9000 (10%–90%)"),
				fe(10, "governance.quorum_bps", "0", "must be between 1 and 5000 (0.01%–50%)"),
				fe(11, "governance.votes", "", "unknown key; known keys here: proposal_threshold, quorum_bps, timelock_delay, voting_delay, voting_period"),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := Parse(bad, []byte(tt.src))
			if e != nil {
				t.Errorf("Parse returned an Economy along with the error")
			}
			var got ValidationErrors
			if !errors.As(err, &got) {
				t.Fatalf("error = %v (%T), want ValidationErrors", err, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\nsource:\n%s", diff, tt.src)
			}
		})
	}
}

func TestParse_LargestCapIsOneWeiBelow2To96(t *testing.T) {
	src := lines(head[0], head[1], head[2], head[3], `cap = "79228162514.264337593543950335"`)
	if _, err := Parse(bad, []byte(src)); err != nil {
		t.Errorf("2^96-1 wei: %v", err)
	}
}

func TestParse_DecodeErrorIsNotRepeatedByValidation(t *testing.T) {
	// cap fails to decode, so it stays unset; "is required" would only confuse.
	_, err := Parse(bad, []byte(lines(head[0], head[1], head[2], head[3], `cap = 1000`)))
	var errs ValidationErrors
	if !errors.As(err, &errs) || len(errs) != 1 {
		t.Errorf("want exactly one error, got %v", err)
	}
}

func TestValidationErrors_FormatsOneProblemPerLine(t *testing.T) {
	_, err := Parse("economy.toml", []byte(withHead(`[rewards]`, `author_share_bps = 9500`, `[staking]`, `power_down = "1d"`)))
	want := "economy.toml:7: rewards.author_share_bps = 9500: must be between 1000 and 9000 (10%–90%)\n" +
		`economy.toml:9: staking.power_down = "1d": must be a whole number of weeks between 1w and 104w`
	if err == nil || err.Error() != want {
		t.Errorf("message:\n got %v\nwant %s", err, want)
	}
	var fieldErr *FieldError
	if !errors.As(err, &fieldErr) || fieldErr.Key != "rewards.author_share_bps" {
		t.Errorf("errors.As(*FieldError) = %+v, want the first problem", fieldErr)
	}
}

func TestValidate_GoBuiltEconomyHasNoFileOrLine(t *testing.T) {
	e := Default()
	e.Salt = "s"
	e.Token = Token{Name: "T", Symbol: "T", Cap: Tokens(1_000_000)}
	if err := e.Validate(); err != nil {
		t.Fatalf("valid economy: %v", err)
	}
	e.Rewards.Epoch = Duration(time.Hour + time.Second/2)
	e.Allocations = []Allocation{{Name: "x", Beneficiary: Beneficiary{Treasury: true}, Amount: AmountFromWei(big.NewInt(-1))}}
	want := `allocations[0] ("x").amount = "-0.000000000000000001": must be greater than 0` + "\n" +
		`rewards.epoch = "1h0m0.5s": must be a whole number of seconds`
	err := e.Validate()
	if err == nil || err.Error() != want {
		t.Errorf("message:\n got %v\nwant %s", err, want)
	}
}
