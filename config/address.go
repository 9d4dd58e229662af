package config

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// TreasuryKeyword is what a config writes as an allocation's beneficiary to
// send it to the treasury: the governance timelock, whose address is known
// only at deployment.
const TreasuryKeyword = "treasury"

// ParseAddress parses an address written as 0x and 40 hex digits in its
// EIP-55 checksummed form. All-lowercase or wrongly cased addresses are
// errors that show the checksummed form; so is the zero address.
func ParseAddress(s string) (common.Address, error) {
	a, err := parseAddress(s)
	if err != nil {
		return common.Address{}, fmt.Errorf("invalid address %q: %w", s, err)
	}
	return a, nil
}

func parseAddress(s string) (common.Address, error) {
	if !strings.HasPrefix(s, "0x") || !common.IsHexAddress(s) {
		return common.Address{}, errors.New("is not an address; want 0x and 40 hex digits in EIP-55 checksummed form")
	}
	a := common.HexToAddress(s)
	if a == (common.Address{}) {
		return common.Address{}, errors.New("is the zero address, which nobody controls")
	}
	if checksummed := a.Hex(); s != checksummed {
		if digits := s[2:]; digits == strings.ToLower(digits) || digits == strings.ToUpper(digits) {
			return common.Address{}, fmt.Errorf("has no EIP-55 checksum; write it as %s", checksummed)
		}
		return common.Address{}, fmt.Errorf("fails its EIP-55 checksum (a typo?); if the hex digits are right, the checksummed form is %s", checksummed)
	}
	return a, nil
}

// Beneficiary receives an allocation: either an address or, when Treasury is
// set, the treasury (the governance timelock).
type Beneficiary struct {
	Treasury bool
	Address  common.Address // zero when Treasury is set
}

// ParseBeneficiary parses "treasury" or a checksummed address (see ParseAddress).
func ParseBeneficiary(s string) (Beneficiary, error) {
	b, err := parseBeneficiary(s)
	if err != nil {
		return Beneficiary{}, fmt.Errorf("invalid beneficiary %q: %w", s, err)
	}
	return b, nil
}

func parseBeneficiary(s string) (Beneficiary, error) {
	if s == TreasuryKeyword {
		return Beneficiary{Treasury: true}, nil
	}
	if !strings.HasPrefix(s, "0x") {
		return Beneficiary{}, fmt.Errorf("is neither %q nor an address; want %q or 0x and 40 hex digits in EIP-55 checksummed form", TreasuryKeyword, TreasuryKeyword)
	}
	a, err := parseAddress(s)
	if err != nil {
		return Beneficiary{}, err
	}
	return Beneficiary{Address: a}, nil
}

// IsSet reports whether a beneficiary was given.
func (b Beneficiary) IsSet() bool {
	return b.Treasury || b.Address != (common.Address{})
}

// String returns "treasury" or the checksummed address; "" when unset.
func (b Beneficiary) String() string {
	switch {
	case b.Treasury:
		return TreasuryKeyword
	case b.Address == (common.Address{}):
		return ""
	default:
		return b.Address.Hex()
	}
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (b Beneficiary) MarshalText() ([]byte, error) {
	return []byte(b.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseBeneficiary.
func (b *Beneficiary) UnmarshalText(text []byte) error {
	parsed, err := ParseBeneficiary(string(text))
	if err != nil {
		return err
	}
	*b = parsed
	return nil
}

// decodeValue reads a beneficiary from a decoded TOML value, which must be a string.
func (b *Beneficiary) decodeValue(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("must be a quoted string, %q or a checksummed address, not %s", TreasuryKeyword, tomlTypeName(v))
	}
	parsed, err := parseBeneficiary(s)
	if err != nil {
		return err
	}
	*b = parsed
	return nil
}
