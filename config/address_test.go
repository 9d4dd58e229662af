package config

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

const (
	founderAddr     = "0x90207E89e8f5a4Ff65aA18221f2691D77f8e91EC"
	contributorAddr = "0x33cD4d4E429318FD6748CcA18553BB250757C30a"
)

func TestParseAddress_AcceptsChecksummed(t *testing.T) {
	got, err := ParseAddress(founderAddr)
	if err != nil || got != common.HexToAddress(founderAddr) {
		t.Errorf("ParseAddress(%s) = %s, %v", founderAddr, got.Hex(), err)
	}
}

func TestParseAddress_RejectsUncheckedForms(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"lowercase", "0x90207e89e8f5a4ff65aa18221f2691d77f8e91ec",
			`invalid address "0x90207e89e8f5a4ff65aa18221f2691d77f8e91ec": has no EIP-55 checksum; write it as ` + founderAddr},
		{"uppercase", "0x90207E89E8F5A4FF65AA18221F2691D77F8E91EC",
			`invalid address "0x90207E89E8F5A4FF65AA18221F2691D77F8E91EC": has no EIP-55 checksum; write it as ` + founderAddr},
		{"wrong case", "0x90207e89E8f5a4Ff65aA18221f2691D77f8e91EC",
			`invalid address "0x90207e89E8f5a4Ff65aA18221f2691D77f8e91EC": fails its EIP-55 checksum (a typo?); if the hex digits are right, the checksummed form is ` + founderAddr},
		{"zero", "0x0000000000000000000000000000000000000000",
			`invalid address "0x0000000000000000000000000000000000000000": is the zero address, which nobody controls`},
		{"no 0x", "90207E89e8f5a4Ff65aA18221f2691D77f8e91EC",
			`invalid address "90207E89e8f5a4Ff65aA18221f2691D77f8e91EC": is not an address; want 0x and 40 hex digits in EIP-55 checksummed form`},
		{"short", "0x90207E89e8f5",
			`invalid address "0x90207E89e8f5": is not an address; want 0x and 40 hex digits in EIP-55 checksummed form`},
		{"not hex", "0x90207E89e8f5a4Ff65aA18221f2691D77f8e91EG",
			`invalid address "0x90207E89e8f5a4Ff65aA18221f2691D77f8e91EG": is not an address; want 0x and 40 hex digits in EIP-55 checksummed form`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseAddress(tt.in)
			if err == nil || err.Error() != tt.want {
				t.Errorf("error:\n got %v\nwant %s", err, tt.want)
			}
		})
	}
}

func TestParseBeneficiary(t *testing.T) {
	tests := []struct {
		in      string
		want    Beneficiary
		wantErr string
	}{
		{in: "treasury", want: Beneficiary{Treasury: true}},
		{in: founderAddr, want: Beneficiary{Address: common.HexToAddress(founderAddr)}},
		{in: "Treasury", wantErr: `invalid beneficiary "Treasury": is neither "treasury" nor an address; want "treasury" or 0x and 40 hex digits in EIP-55 checksummed form`},
		{in: "", wantErr: `invalid beneficiary "": is neither "treasury" nor an address; want "treasury" or 0x and 40 hex digits in EIP-55 checksummed form`},
	}
	for _, tt := range tests {
		got, err := ParseBeneficiary(tt.in)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("ParseBeneficiary(%q) error:\n got %v\nwant %s", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseBeneficiary(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
		if got.String() != tt.in {
			t.Errorf("ParseBeneficiary(%q).String() = %q", tt.in, got.String())
		}
	}
}
