// Package devkeys derives dev accounts from a BIP-39 mnemonic along the path
// m/44'/60'/0'/0/i, as anvil, Hardhat and MetaMask do, so a node started with a tool's
// usual mnemonic has that tool's usual accounts. It is for dev keys only: it neither
// checks the mnemonic's checksum against the BIP-39 word list nor supports a passphrase.
package devkeys

import (
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-dev/apiary/sim/engine"
)

// AnvilMnemonic is the mnemonic anvil and Hardhat use by default.
const AnvilMnemonic = "test test test test test test test test test test test junk"

const hardened = 1 << 31

// FromMnemonic derives n accounts m/44'/60'/0'/0/0 .. n-1.
func FromMnemonic(mnemonic string, n int) ([]engine.Account, error) {
	words := strings.Fields(mnemonic)
	switch len(words) {
	case 12, 15, 18, 21, 24:
	default:
		return nil, fmt.Errorf("mnemonic: %d words, want 12, 15, 18, 21 or 24", len(words))
	}
	for _, w := range words {
		for _, r := range w {
			if r < 'a' || r > 'z' {
				return nil, fmt.Errorf("mnemonic: word %q: want lowercase English BIP-39 words", w)
			}
		}
	}
	seed, err := pbkdf2.Key(sha512.New, strings.Join(words, " "), []byte("mnemonic"), 2048, 64)
	if err != nil {
		return nil, fmt.Errorf("mnemonic: seed: %w", err)
	}
	k, c := split(hmacSHA512([]byte("Bitcoin seed"), seed))
	for _, i := range []uint32{44 | hardened, 60 | hardened, 0 | hardened, 0} {
		if k, c, err = child(k, c, i); err != nil {
			return nil, err
		}
	}
	accounts := make([]engine.Account, n)
	for i := range accounts {
		ki, _, err := child(k, c, uint32(i))
		if err != nil {
			return nil, err
		}
		key, err := crypto.ToECDSA(ki)
		if err != nil {
			return nil, fmt.Errorf("mnemonic: account %d: %w", i, err)
		}
		accounts[i] = engine.Account{Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)}
	}
	return accounts, nil
}

// child is BIP-32's private child key derivation.
func child(k, c []byte, i uint32) ([]byte, []byte, error) {
	var data []byte
	if i >= hardened {
		data = append([]byte{0}, k...)
	} else {
		key, err := crypto.ToECDSA(k)
		if err != nil {
			return nil, nil, err
		}
		data = crypto.CompressPubkey(&key.PublicKey)
	}
	data = binary.BigEndian.AppendUint32(data, i)
	il, ir := split(hmacSHA512(c, data))
	n := crypto.S256().Params().N
	sum := new(big.Int).SetBytes(il)
	if sum.Cmp(n) >= 0 {
		return nil, nil, errors.New("mnemonic: derived key out of range")
	}
	sum.Add(sum, new(big.Int).SetBytes(k)).Mod(sum, n)
	if sum.Sign() == 0 {
		return nil, nil, errors.New("mnemonic: derived key is zero")
	}
	return sum.FillBytes(make([]byte, 32)), ir, nil
}

func hmacSHA512(key, data []byte) []byte {
	h := hmac.New(sha512.New, key)
	h.Write(data)
	return h.Sum(nil)
}

func split(b []byte) ([]byte, []byte) { return b[:32], b[32:] }
