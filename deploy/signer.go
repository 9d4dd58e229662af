package deploy

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signer signs the deployer's transactions. Implementations never reveal the key: not in
// errors, not through fmt (String gives the address only).
type Signer interface {
	Address() common.Address
	SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
}

type keySigner struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func (s *keySigner) Address() common.Address { return s.addr }

func (s *keySigner) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key)
}

// String and GoString keep the key out of any %v or %#v.
func (s *keySigner) String() string   { return "signer " + s.addr.Hex() }
func (s *keySigner) GoString() string { return s.String() }

// KeySigner signs with a private key.
func KeySigner(key *ecdsa.PrivateKey) Signer {
	return &keySigner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// PrivateKeySigner parses a hex private key (with or without 0x). Errors never quote it.
func PrivateKeySigner(hexKey string) (Signer, error) {
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hexKey), "0x"))
	if err != nil {
		return nil, errors.New("not a hex secp256k1 private key (64 hex digits)")
	}
	return KeySigner(key), nil
}

// KeystoreSigner decrypts a Web3 Secret Storage file (what geth and `cast wallet` write).
func KeystoreSigner(path, password string) (Signer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("keystore %s: %w", path, err)
	}
	k, err := keystore.DecryptKey(data, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("keystore %s: wrong password (could not decrypt the key)", path)
		}
		return nil, fmt.Errorf("keystore %s: %w", path, err)
	}
	return KeySigner(k.PrivateKey), nil
}

// ReadPasswordFile reads a password file: its first line, without the line break.
func ReadPasswordFile(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("password file %s: %w", path, err)
	}
	pw, _, _ := strings.Cut(string(data), "\n")
	return strings.TrimSuffix(pw, "\r"), nil
}
