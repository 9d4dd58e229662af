package deploy

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ProxyAddress is the deterministic-deployment proxy (github.com/Arachnid/deterministic-deployment-proxy):
// calldata salt ‖ initcode creates initcode with CREATE2 and returns the new address.
var ProxyAddress = common.HexToAddress("0x4e59b44847b379578588920cA78FbF26c0B4956C")

// The proxy's keyless deployment: a pre-EIP-155 transaction signed with a made-up signature,
// so its sender (proxySigner) has no known key and the proxy lands at the same address on
// every chain that accepts unprotected transactions.
var (
	proxySigner   = common.HexToAddress("0x3fab184622dc19b6109349b94811493bf2a45362")
	proxyRawTx    = common.FromHex("0xf8a58085174876e800830186a08080b853604580600e600039806000f350fe7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf31ba02222222222222222222222222222222222222222222222222222222222222222a02222222222222222222222222222222222222222222222222222222222222222")
	proxyFunding  = new(big.Int).Mul(big.NewInt(100_000), big.NewInt(100_000_000_000)) // gas limit × 100 gwei
	proxyCodeHash = crypto.Keccak256Hash(common.FromHex("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf3"))
)

// Salt is the CREATE2 salt of a contract: keccak256("apiary/v1" ‖ 0 ‖ salt root ‖ 0 ‖ name).
// The root is the config's salt, so changing it gives a fresh set of addresses.
func Salt(root, contract string) common.Hash {
	return crypto.Keccak256Hash([]byte("apiary/v1\x00" + root + "\x00" + contract))
}

// Create2Address is where the proxy creates initcode with salt.
func Create2Address(salt common.Hash, initcode []byte) common.Address {
	return crypto.CreateAddress2(ProxyAddress, salt, crypto.Keccak256(initcode))
}
