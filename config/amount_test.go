package config

import (
	"math/big"
	"testing"
)

func wei(s string) *big.Int {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad test number " + s)
	}
	return n
}

func TestParseAmount_ConvertsExactlyToWei(t *testing.T) {
	tests := []struct {
		in   string
		want string // wei
	}{
		{"0", "0"},
		{"1", "1000000000000000000"},
		{"0.000000000000000001", "1"},
		{"0.5", "500000000000000000"},
		{"1_000", "1000000000000000000000"},
		{"1_000_000.000_001", "1000000000001000000000000"},
		{"007", "7000000000000000000"},
		{"123456789.123456789123456789", "123456789123456789123456789"},
		{"1000000000", "1000000000000000000000000000"},
	}
	for _, tt := range tests {
		got, err := ParseAmount(tt.in)
		if err != nil {
			t.Errorf("ParseAmount(%q): %v", tt.in, err)
			continue
		}
		if got.Wei().Cmp(wei(tt.want)) != 0 {
			t.Errorf("ParseAmount(%q) = %s wei, want %s", tt.in, got.Wei(), tt.want)
		}
	}
}

func TestParseAmount_RejectsOtherForms(t *testing.T) {
	const form = `want whole tokens as a decimal string such as "1000000", "1_000_000" or "0.5"`
	tests := []struct {
		in, want string
	}{
		{"", `invalid amount "": is empty; ` + form},
		{"-5", `invalid amount "-5": has a sign; ` + form},
		{"+5", `invalid amount "+5": has a sign; ` + form},
		{"1e6", `invalid amount "1e6": has an exponent; ` + form},
		{"1 000", `invalid amount "1 000": contains spaces; ` + form},
		{" 1", `invalid amount " 1": contains spaces; ` + form},
		{"0.0000000000000000001", `invalid amount "0.0000000000000000001": has 19 decimal places; at most 18 are allowed (0.000000000000000001 is 1 wei, the smallest unit)`},
		{".5", `invalid amount ".5": needs a digit before the decimal point; ` + form},
		{"5.", `invalid amount "5.": needs a digit after the decimal point; ` + form},
		{"1.2.3", `invalid amount "1.2.3": has more than one decimal point; ` + form},
		{"_1", `invalid amount "_1": has a "_" that is not between two digits; ` + form},
		{"1__0", `invalid amount "1__0": has a "_" that is not between two digits; ` + form},
		{"1_", `invalid amount "1_": has a "_" that is not between two digits; ` + form},
		{"0x10", `invalid amount "0x10": has an unexpected character 'x'; ` + form},
		{"1,000", `invalid amount "1,000": has an unexpected character ','; ` + form},
		{"١٢", `invalid amount "١٢": has an unexpected character '١'; ` + form},
		{"200000000000000000000000000000000000000000000000000000000000", `invalid amount "200000000000000000000000000000000000000000000000000000000000": is too large: more than 2^256-1 wei`},
	}
	for _, tt := range tests {
		_, err := ParseAmount(tt.in)
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseAmount(%q) error:\n got %v\nwant %s", tt.in, err, tt.want)
		}
	}
}

func TestAmountString_RoundTrips(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"0", "0"},
		{"1_000", "1000"},
		{"0.5", "0.5"},
		{"0.000000000000000001", "0.000000000000000001"},
		{"12.3400", "12.34"},
		{"1000000000", "1000000000"},
	}
	for _, tt := range tests {
		a, err := ParseAmount(tt.in)
		if err != nil {
			t.Fatalf("ParseAmount(%q): %v", tt.in, err)
		}
		if got := a.String(); got != tt.want {
			t.Errorf("ParseAmount(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
		back, err := ParseAmount(a.String())
		if err != nil || back.Cmp(a) != 0 {
			t.Errorf("ParseAmount(%q) does not read back %q: %v, %v", a.String(), tt.in, back, err)
		}
	}
}

func TestAmount_ZeroValueIsUnsetAndWeiIsACopy(t *testing.T) {
	var unset Amount
	if unset.IsSet() || unset.Wei().Sign() != 0 || unset.String() != "0" {
		t.Errorf("zero Amount: IsSet %v, Wei %s, String %q; want false, 0, \"0\"", unset.IsSet(), unset.Wei(), unset.String())
	}
	a := Tokens(3)
	a.Wei().SetInt64(0)
	if a.Wei().Cmp(wei("3000000000000000000")) != 0 {
		t.Errorf("changing Wei()'s result changed the Amount to %s", a.Wei())
	}
	if got := AmountFromWei(big.NewInt(1)).String(); got != "0.000000000000000001" {
		t.Errorf("AmountFromWei(1).String() = %q", got)
	}
}
