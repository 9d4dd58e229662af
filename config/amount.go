package config

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// Decimals is the number of decimals of the token: one token is 10^18 wei.
const Decimals = 18

var (
	weiPerToken = new(big.Int).Exp(big.NewInt(10), big.NewInt(Decimals), nil)
	maxUint256  = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
)

const amountForm = `want whole tokens as a decimal string such as "1000000", "1_000_000" or "0.5"`

// Amount is a token amount, held exactly in wei. In a config it is written as
// whole tokens in a decimal string ("1000000", "1_000_000", "0.5"), never as a
// TOML number, so that no value ever passes through a float. The zero value
// means "not set".
type Amount struct {
	wei *big.Int
}

// Tokens returns an Amount of n whole tokens.
func Tokens(n uint64) Amount {
	wei := new(big.Int).SetUint64(n)
	return Amount{wei: wei.Mul(wei, weiPerToken)}
}

// AmountFromWei returns an Amount of wei (copied).
func AmountFromWei(wei *big.Int) Amount {
	return Amount{wei: new(big.Int).Set(wei)}
}

// ParseAmount parses whole tokens written as a decimal string: digits, an
// optional "." and at most 18 more digits, with "_" allowed between digits.
// Signs, exponents and spaces are errors.
func ParseAmount(s string) (Amount, error) {
	wei, err := parseWei(s)
	if err != nil {
		return Amount{}, fmt.Errorf("invalid amount %q: %w", s, err)
	}
	return Amount{wei: wei}, nil
}

// Wei returns the amount in wei; a fresh copy, 0 when unset.
func (a Amount) Wei() *big.Int {
	if a.wei == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(a.wei)
}

// Cmp compares a and b as -1, 0 or +1; an unset amount counts as 0.
func (a Amount) Cmp(b Amount) int {
	return a.Wei().Cmp(b.Wei())
}

// IsSet reports whether the amount was given (parsed or constructed).
func (a Amount) IsSet() bool {
	return a.wei != nil
}

// String formats the amount the way a config writes it, in whole tokens
// without trailing zeros ("1000000", "0.5"); ParseAmount reads it back exactly.
func (a Amount) String() string {
	wei := a.Wei()
	sign := ""
	if wei.Sign() < 0 {
		sign = "-"
		wei.Neg(wei)
	}
	whole, frac := new(big.Int).QuoRem(wei, weiPerToken, new(big.Int))
	if frac.Sign() == 0 {
		return sign + whole.String()
	}
	digits := strings.TrimRight(fmt.Sprintf("%0*s", Decimals, frac.String()), "0")
	return sign + whole.String() + "." + digits
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (a Amount) MarshalText() ([]byte, error) {
	return []byte(a.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseAmount.
func (a *Amount) UnmarshalText(text []byte) error {
	parsed, err := ParseAmount(string(text))
	if err != nil {
		return err
	}
	*a = parsed
	return nil
}

// decodeValue reads an amount from a decoded TOML value, which must be a string.
func (a *Amount) decodeValue(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf(`must be a quoted string of whole tokens such as "1000000", not %s (a string keeps the amount exact)`, tomlTypeName(v))
	}
	wei, err := parseWei(s)
	if err != nil {
		return err
	}
	a.wei = wei
	return nil
}

// parseWei converts whole tokens written in decimal to wei, exactly. Its
// errors say what is wrong without repeating the input.
func parseWei(s string) (*big.Int, error) {
	if s == "" {
		return nil, errors.New("is empty; " + amountForm)
	}
	if strings.ContainsAny(s, " \t\r\n") {
		return nil, errors.New("contains spaces; " + amountForm)
	}
	if s[0] == '-' || s[0] == '+' {
		return nil, errors.New("has a sign; " + amountForm)
	}
	if strings.ContainsAny(s, "eE") {
		return nil, errors.New("has an exponent; " + amountForm)
	}
	whole, frac, hasPoint := strings.Cut(s, ".")
	wholeDigits, err := decimalDigits(whole)
	if err != nil {
		return nil, err
	}
	if wholeDigits == "" {
		return nil, errors.New("needs a digit before the decimal point; " + amountForm)
	}
	fracDigits, err := decimalDigits(frac)
	if err != nil {
		return nil, err
	}
	if hasPoint && fracDigits == "" {
		return nil, errors.New("needs a digit after the decimal point; " + amountForm)
	}
	if len(fracDigits) > Decimals {
		return nil, fmt.Errorf("has %d decimal places; at most %d are allowed (0.000000000000000001 is 1 wei, the smallest unit)", len(fracDigits), Decimals)
	}
	wei, ok := new(big.Int).SetString(wholeDigits+fracDigits+strings.Repeat("0", Decimals-len(fracDigits)), 10)
	if !ok {
		return nil, errors.New("is not a decimal number; " + amountForm)
	}
	if wei.Cmp(maxUint256) > 0 {
		return nil, errors.New("is too large: more than 2^256-1 wei")
	}
	return wei, nil
}

// decimalDigits returns s without its "_" separators, checking that s holds
// only digits and that every "_" sits between two digits.
func decimalDigits(s string) (string, error) {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '_':
			if i == 0 || i == len(s)-1 || !isDigit(s[i-1]) || !isDigit(s[i+1]) {
				return "", errors.New(`has a "_" that is not between two digits; ` + amountForm)
			}
		case r == '.':
			return "", errors.New("has more than one decimal point; " + amountForm)
		default:
			return "", fmt.Errorf("has an unexpected character %q; %s", r, amountForm)
		}
	}
	return b.String(), nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
