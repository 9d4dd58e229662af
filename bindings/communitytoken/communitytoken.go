// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package communitytoken

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// CommunityTokenMetaData contains all meta data concerning the CommunityToken contract.
var CommunityTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"cap_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supplyAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"CapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCap\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "1abe931368ae57105b007b9cdca6076ac1",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161185b38038061185b83398101604081905261002f9161030d565b6040805180820190915260018152603160f81b602082015284908190818660036100598382610429565b5060046100668282610429565b5050506100788261017d60201b60201c565b610120526100858161017d565b61014052815160208084019190912060e052815190820120610100524660a05261011160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052505f82900361013c5760405163dd616a4560e01b815260040160405180910390fd5b6001600160a01b03811661016357604051633944ed8760e11b815260040160405180910390fd5b6101608290526101735f826101c3565b505050505061053f565b5f5f829050601f815111156101b0578260405163305a27a960e01b81526004016101a791906104e7565b60405180910390fd5b80516101bb8261051c565b179392505050565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff16610267575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561021f3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161026a565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610293575f5ffd5b81516001600160401b038111156102ac576102ac610270565b604051601f8201601f19908116603f011681016001600160401b03811182821017156102da576102da610270565b6040528181528382016020018510156102f1575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f60808587031215610320575f5ffd5b84516001600160401b03811115610335575f5ffd5b61034187828801610284565b602087015190955090506001600160401b0381111561035e575f5ffd5b61036a87828801610284565b60408701516060880151919550935090506001600160a01b038116811461038f575f5ffd5b939692955090935050565b600181811c908216806103ae57607f821691505b6020821081036103cc57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610424578282111561042457805f5260205f20601f840160051c60208510156103fd57505f5b90810190601f840160051c035f5b81811015610420575f8382015560010161040b565b5050505b505050565b81516001600160401b0381111561044257610442610270565b61045681610450845461039a565b846103d2565b6020601f821160018114610488575f83156104715750848201515b5f19600385901b1c1916600184901b1784556104e0565b5f84815260208120601f198516915b828110156104b75787850151825560209485019460019092019101610497565b50848210156104d457868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156103cc575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051610160516112b36105a85f395f818161020c0152818161051f015261055b01525f610b1101525f610ae601525f6109ec01525f6109c401525f61091f01525f61094901525f61097301526112b35ff3fe608060405234801561000f575f5ffd5b5060043610610148575f3560e01c806340c10f19116100bf578063a217fddf11610079578063a217fddf146102cd578063a9059cbb146102d4578063d505accf146102e7578063d5391393146102fa578063d547741f14610321578063dd62ed3e14610334575f5ffd5b806340c10f191461024957806370a082311461025c5780637ecebe001461028457806384b0196e1461029757806391d14854146102b257806395d89b41146102c5575f5ffd5b8063248a9ca311610110578063248a9ca3146101c15780632f2ff15d146101e3578063313ce567146101f8578063355274ea146102075780633644e5151461022e57806336568abe14610236575f5ffd5b806301ffc9a71461014c57806306fdde0314610174578063095ea7b31461018957806318160ddd1461019c57806323b872dd146101ae575b5f5ffd5b61015f61015a366004610fa2565b61036c565b60405190151581526020015b60405180910390f35b61017c6103a2565b60405161016b9190610ffe565b61015f61019736600461102b565b610432565b6002545b60405190815260200161016b565b61015f6101bc366004611053565b610449565b6101a06101cf36600461108d565b5f9081526008602052604090206001015490565b6101f66101f13660046110a4565b61046c565b005b6040516012815260200161016b565b6101a07f000000000000000000000000000000000000000000000000000000000000000081565b6101a0610496565b6101f66102443660046110a4565b6104a4565b6101f661025736600461102b565b6104dc565b6101a061026a3660046110ce565b6001600160a01b03165f9081526020819052604090205490565b6101a06102923660046110ce565b610596565b61029f6105b3565b60405161016b97969594939291906110e7565b61015f6102c03660046110a4565b6105f5565b61017c61061f565b6101a05f81565b61015f6102e236600461102b565b61062e565b6101f66102f536600461117d565b61063b565b6101a07f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b6101f661032f3660046110a4565b610771565b6101a06103423660046111ea565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b5f6001600160e01b03198216637965db0b60e01b148061039c57506301ffc9a760e01b6001600160e01b03198316145b92915050565b6060600380546103b190611212565b80601f01602080910402602001604051908101604052809291908181526020018280546103dd90611212565b80156104285780601f106103ff57610100808354040283529160200191610428565b820191905f5260205f20905b81548152906001019060200180831161040b57829003601f168201915b5050505050905090565b5f3361043f818585610795565b5060019392505050565b5f336104568582856107a2565b610461858585610818565b506001949350505050565b5f8281526008602052604090206001015461048681610875565b6104908383610882565b50505050565b5f61049f610913565b905090565b6001600160a01b03811633146104cd5760405163334bd91960e11b815260040160405180910390fd5b6104d78282610a3c565b505050565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a661050681610875565b5f8261051160025490565b61051b919061124a565b90507f000000000000000000000000000000000000000000000000000000000000000081111561058c5760405163f480e28560e01b8152600481018290527f000000000000000000000000000000000000000000000000000000000000000060248201526044015b60405180910390fd5b6104908484610aa7565b6001600160a01b0381165f9081526007602052604081205461039c565b5f6060805f5f5f60606105c4610adf565b6105cc610b0a565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600480546103b190611212565b5f3361043f818585610818565b8342111561065f5760405163313c898160e11b815260048101859052602401610583565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886106aa8c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61070482610b35565b90505f61071382878787610b61565b9050896001600160a01b0316816001600160a01b03161461075a576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610583565b6107658a8a8a610795565b50505050505050505050565b5f8281526008602052604090206001015461078b81610875565b6104908383610a3c565b6104d78383836001610b8d565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610490578181101561080a57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610583565b61049084848484035f610b8d565b6001600160a01b03831661084157604051634b637e8f60e11b81525f6004820152602401610583565b6001600160a01b03821661086a5760405163ec442f0560e01b81525f6004820152602401610583565b6104d7838383610c5f565b61087f8133610d85565b50565b5f61088d83836105f5565b61090c575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556108c43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161039c565b505f61039c565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561096b57507f000000000000000000000000000000000000000000000000000000000000000046145b1561099557507f000000000000000000000000000000000000000000000000000000000000000090565b61049f604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f610a4783836105f5565b1561090c575f8381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161039c565b6001600160a01b038216610ad05760405163ec442f0560e01b81525f6004820152602401610583565b610adb5f8383610c5f565b5050565b606061049f7f0000000000000000000000000000000000000000000000000000000000000000610dbe565b606061049f7f0000000000000000000000000000000000000000000000000000000000000000610dbe565b5f61039c610b41610913565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610b7188888888610dfb565b925092509250610b818282610ec3565b50909695505050505050565b6001600160a01b038416610bb65760405163e602df0560e01b81525f6004820152602401610583565b6001600160a01b038316610bdf57604051634a1406b160e11b81525f6004820152602401610583565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561049057826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610c5191815260200190565b60405180910390a350505050565b6001600160a01b038316610c89578060025f828254610c7e919061124a565b90915550610cf99050565b6001600160a01b0383165f9081526020819052604090205481811015610cdb5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610583565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610d1557600280548290039055610d33565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610d7891815260200190565b60405180910390a3505050565b610d8f82826105f5565b610adb5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610583565b60605f610dca83610f7b565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610e3457505f91506003905082610eb9565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610e85573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610eb057505f925060019150829050610eb9565b92505f91508190505b9450945094915050565b5f826003811115610ed657610ed6611269565b03610edf575050565b6001826003811115610ef357610ef3611269565b03610f115760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115610f2557610f25611269565b03610f465760405163fce698f760e01b815260048101829052602401610583565b6003826003811115610f5a57610f5a611269565b03610adb576040516335e2f38360e21b815260048101829052602401610583565b5f60ff8216601f81111561039c57604051632cd44ac360e21b815260040160405180910390fd5b5f60208284031215610fb2575f5ffd5b81356001600160e01b031981168114610fc9575f5ffd5b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610fc96020830184610fd0565b80356001600160a01b0381168114611026575f5ffd5b919050565b5f5f6040838503121561103c575f5ffd5b61104583611010565b946020939093013593505050565b5f5f5f60608486031215611065575f5ffd5b61106e84611010565b925061107c60208501611010565b929592945050506040919091013590565b5f6020828403121561109d575f5ffd5b5035919050565b5f5f604083850312156110b5575f5ffd5b823591506110c560208401611010565b90509250929050565b5f602082840312156110de575f5ffd5b610fc982611010565b60ff60f81b8816815260e060208201525f61110560e0830189610fd0565b82810360408401526111178189610fd0565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561116c57835183526020938401939092019160010161114e565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a031215611193575f5ffd5b61119c88611010565b96506111aa60208901611010565b95506040880135945060608801359350608088013560ff811681146111cd575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f604083850312156111fb575f5ffd5b61120483611010565b91506110c560208401611010565b600181811c9082168061122657607f821691505b60208210810361124457634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561039c57634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffdfea26469706673582212208c36ba0bc03b12c691788412b4606e94f1cf844bc856f9a6a67b516406f5f00864736f6c63430008250033",
}

// CommunityToken is an auto generated Go binding around an Ethereum contract.
type CommunityToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CommunityToken) GetABI() abi.ABI {
	return c.abi
}

// NewCommunityToken creates a new instance of CommunityToken.
func NewCommunityToken() *CommunityToken {
	parsed, err := CommunityTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CommunityToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CommunityToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint256 cap_, address admin) returns()
func (communityToken *CommunityToken) PackConstructor(name_ string, symbol_ string, cap_ *big.Int, admin common.Address) []byte {
	enc, err := communityToken.abi.Pack("", name_, symbol_, cap_, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (communityToken *CommunityToken) PackDEFAULTADMINROLE() []byte {
	enc, err := communityToken.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (communityToken *CommunityToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return communityToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (communityToken *CommunityToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := communityToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (communityToken *CommunityToken) PackDOMAINSEPARATOR() []byte {
	enc, err := communityToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (communityToken *CommunityToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return communityToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (communityToken *CommunityToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := communityToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (communityToken *CommunityToken) PackMINTERROLE() []byte {
	enc, err := communityToken.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (communityToken *CommunityToken) TryPackMINTERROLE() ([]byte, error) {
	return communityToken.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (communityToken *CommunityToken) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := communityToken.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (communityToken *CommunityToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := communityToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (communityToken *CommunityToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return communityToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (communityToken *CommunityToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := communityToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (communityToken *CommunityToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := communityToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (communityToken *CommunityToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return communityToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (communityToken *CommunityToken) UnpackApprove(data []byte) (bool, error) {
	out, err := communityToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (communityToken *CommunityToken) PackBalanceOf(account common.Address) []byte {
	enc, err := communityToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (communityToken *CommunityToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return communityToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (communityToken *CommunityToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := communityToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x355274ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cap() view returns(uint256)
func (communityToken *CommunityToken) PackCap() []byte {
	enc, err := communityToken.abi.Pack("cap")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x355274ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cap() view returns(uint256)
func (communityToken *CommunityToken) TryPackCap() ([]byte, error) {
	return communityToken.abi.Pack("cap")
}

// UnpackCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x355274ea.
//
// Solidity: function cap() view returns(uint256)
func (communityToken *CommunityToken) UnpackCap(data []byte) (*big.Int, error) {
	out, err := communityToken.abi.Unpack("cap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (communityToken *CommunityToken) PackDecimals() []byte {
	enc, err := communityToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (communityToken *CommunityToken) TryPackDecimals() ([]byte, error) {
	return communityToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (communityToken *CommunityToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := communityToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (communityToken *CommunityToken) PackEip712Domain() []byte {
	enc, err := communityToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (communityToken *CommunityToken) TryPackEip712Domain() ([]byte, error) {
	return communityToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (communityToken *CommunityToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := communityToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (communityToken *CommunityToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := communityToken.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (communityToken *CommunityToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return communityToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (communityToken *CommunityToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := communityToken.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (communityToken *CommunityToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := communityToken.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (communityToken *CommunityToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return communityToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (communityToken *CommunityToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := communityToken.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (communityToken *CommunityToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return communityToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (communityToken *CommunityToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := communityToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (communityToken *CommunityToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := communityToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (communityToken *CommunityToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return communityToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (communityToken *CommunityToken) PackName() []byte {
	enc, err := communityToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (communityToken *CommunityToken) TryPackName() ([]byte, error) {
	return communityToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (communityToken *CommunityToken) UnpackName(data []byte) (string, error) {
	out, err := communityToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (communityToken *CommunityToken) PackNonces(owner common.Address) []byte {
	enc, err := communityToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (communityToken *CommunityToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return communityToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (communityToken *CommunityToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := communityToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (communityToken *CommunityToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := communityToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (communityToken *CommunityToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return communityToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (communityToken *CommunityToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := communityToken.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (communityToken *CommunityToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return communityToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (communityToken *CommunityToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := communityToken.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (communityToken *CommunityToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return communityToken.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (communityToken *CommunityToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := communityToken.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (communityToken *CommunityToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return communityToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (communityToken *CommunityToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := communityToken.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (communityToken *CommunityToken) PackSymbol() []byte {
	enc, err := communityToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (communityToken *CommunityToken) TryPackSymbol() ([]byte, error) {
	return communityToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (communityToken *CommunityToken) UnpackSymbol(data []byte) (string, error) {
	out, err := communityToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (communityToken *CommunityToken) PackTotalSupply() []byte {
	enc, err := communityToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (communityToken *CommunityToken) TryPackTotalSupply() ([]byte, error) {
	return communityToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (communityToken *CommunityToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := communityToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (communityToken *CommunityToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := communityToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (communityToken *CommunityToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return communityToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (communityToken *CommunityToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := communityToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (communityToken *CommunityToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := communityToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (communityToken *CommunityToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return communityToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (communityToken *CommunityToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := communityToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// CommunityTokenApproval represents a Approval event raised by the CommunityToken contract.
type CommunityTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CommunityTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (CommunityTokenApproval) ContractEventName() string {
	return CommunityTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (communityToken *CommunityToken) UnpackApprovalEvent(log *types.Log) (*CommunityTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityTokenApproval)
	if len(log.Data) > 0 {
		if err := communityToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommunityTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the CommunityToken contract.
type CommunityTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const CommunityTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (CommunityTokenEIP712DomainChanged) ContractEventName() string {
	return CommunityTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (communityToken *CommunityToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*CommunityTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := communityToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommunityTokenRoleAdminChanged represents a RoleAdminChanged event raised by the CommunityToken contract.
type CommunityTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const CommunityTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (CommunityTokenRoleAdminChanged) ContractEventName() string {
	return CommunityTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (communityToken *CommunityToken) UnpackRoleAdminChangedEvent(log *types.Log) (*CommunityTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := communityToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommunityTokenRoleGranted represents a RoleGranted event raised by the CommunityToken contract.
type CommunityTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CommunityTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (CommunityTokenRoleGranted) ContractEventName() string {
	return CommunityTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (communityToken *CommunityToken) UnpackRoleGrantedEvent(log *types.Log) (*CommunityTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := communityToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommunityTokenRoleRevoked represents a RoleRevoked event raised by the CommunityToken contract.
type CommunityTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CommunityTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (CommunityTokenRoleRevoked) ContractEventName() string {
	return CommunityTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (communityToken *CommunityToken) UnpackRoleRevokedEvent(log *types.Log) (*CommunityTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := communityToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommunityTokenTransfer represents a Transfer event raised by the CommunityToken contract.
type CommunityTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const CommunityTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (CommunityTokenTransfer) ContractEventName() string {
	return CommunityTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (communityToken *CommunityToken) UnpackTransferEvent(log *types.Log) (*CommunityTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityTokenTransfer)
	if len(log.Data) > 0 {
		if err := communityToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (communityToken *CommunityToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], communityToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return communityToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return communityToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["CapExceeded"].ID.Bytes()[:4]) {
		return communityToken.UnpackCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return communityToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return communityToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return communityToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return communityToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return communityToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return communityToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return communityToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return communityToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return communityToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return communityToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return communityToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return communityToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return communityToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return communityToken.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["ZeroAdmin"].ID.Bytes()[:4]) {
		return communityToken.UnpackZeroAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityToken.abi.Errors["ZeroCap"].ID.Bytes()[:4]) {
		return communityToken.UnpackZeroCapError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CommunityTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the CommunityToken contract.
type CommunityTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func CommunityTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (communityToken *CommunityToken) UnpackAccessControlBadConfirmationError(raw []byte) (*CommunityTokenAccessControlBadConfirmation, error) {
	out := new(CommunityTokenAccessControlBadConfirmation)
	if err := communityToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the CommunityToken contract.
type CommunityTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func CommunityTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (communityToken *CommunityToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*CommunityTokenAccessControlUnauthorizedAccount, error) {
	out := new(CommunityTokenAccessControlUnauthorizedAccount)
	if err := communityToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenCapExceeded represents a CapExceeded error raised by the CommunityToken contract.
type CommunityTokenCapExceeded struct {
	SupplyAfter *big.Int
	Cap         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CapExceeded(uint256 supplyAfter, uint256 cap)
func CommunityTokenCapExceededErrorID() common.Hash {
	return common.HexToHash("0xf480e2850bfea7f2377ccca2189896041990c94ce0d428ccc05aefd1ae47897a")
}

// UnpackCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CapExceeded(uint256 supplyAfter, uint256 cap)
func (communityToken *CommunityToken) UnpackCapExceededError(raw []byte) (*CommunityTokenCapExceeded, error) {
	out := new(CommunityTokenCapExceeded)
	if err := communityToken.abi.UnpackIntoInterface(out, "CapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the CommunityToken contract.
type CommunityTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func CommunityTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (communityToken *CommunityToken) UnpackECDSAInvalidSignatureError(raw []byte) (*CommunityTokenECDSAInvalidSignature, error) {
	out := new(CommunityTokenECDSAInvalidSignature)
	if err := communityToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the CommunityToken contract.
type CommunityTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func CommunityTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (communityToken *CommunityToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*CommunityTokenECDSAInvalidSignatureLength, error) {
	out := new(CommunityTokenECDSAInvalidSignatureLength)
	if err := communityToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the CommunityToken contract.
type CommunityTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func CommunityTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (communityToken *CommunityToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*CommunityTokenECDSAInvalidSignatureS, error) {
	out := new(CommunityTokenECDSAInvalidSignatureS)
	if err := communityToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the CommunityToken contract.
type CommunityTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func CommunityTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (communityToken *CommunityToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*CommunityTokenERC20InsufficientAllowance, error) {
	out := new(CommunityTokenERC20InsufficientAllowance)
	if err := communityToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the CommunityToken contract.
type CommunityTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func CommunityTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (communityToken *CommunityToken) UnpackERC20InsufficientBalanceError(raw []byte) (*CommunityTokenERC20InsufficientBalance, error) {
	out := new(CommunityTokenERC20InsufficientBalance)
	if err := communityToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the CommunityToken contract.
type CommunityTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func CommunityTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (communityToken *CommunityToken) UnpackERC20InvalidApproverError(raw []byte) (*CommunityTokenERC20InvalidApprover, error) {
	out := new(CommunityTokenERC20InvalidApprover)
	if err := communityToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the CommunityToken contract.
type CommunityTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func CommunityTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (communityToken *CommunityToken) UnpackERC20InvalidReceiverError(raw []byte) (*CommunityTokenERC20InvalidReceiver, error) {
	out := new(CommunityTokenERC20InvalidReceiver)
	if err := communityToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the CommunityToken contract.
type CommunityTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func CommunityTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (communityToken *CommunityToken) UnpackERC20InvalidSenderError(raw []byte) (*CommunityTokenERC20InvalidSender, error) {
	out := new(CommunityTokenERC20InvalidSender)
	if err := communityToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the CommunityToken contract.
type CommunityTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func CommunityTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (communityToken *CommunityToken) UnpackERC20InvalidSpenderError(raw []byte) (*CommunityTokenERC20InvalidSpender, error) {
	out := new(CommunityTokenERC20InvalidSpender)
	if err := communityToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the CommunityToken contract.
type CommunityTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func CommunityTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (communityToken *CommunityToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*CommunityTokenERC2612ExpiredSignature, error) {
	out := new(CommunityTokenERC2612ExpiredSignature)
	if err := communityToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the CommunityToken contract.
type CommunityTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func CommunityTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (communityToken *CommunityToken) UnpackERC2612InvalidSignerError(raw []byte) (*CommunityTokenERC2612InvalidSigner, error) {
	out := new(CommunityTokenERC2612InvalidSigner)
	if err := communityToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the CommunityToken contract.
type CommunityTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func CommunityTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (communityToken *CommunityToken) UnpackInvalidAccountNonceError(raw []byte) (*CommunityTokenInvalidAccountNonce, error) {
	out := new(CommunityTokenInvalidAccountNonce)
	if err := communityToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenInvalidShortString represents a InvalidShortString error raised by the CommunityToken contract.
type CommunityTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func CommunityTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (communityToken *CommunityToken) UnpackInvalidShortStringError(raw []byte) (*CommunityTokenInvalidShortString, error) {
	out := new(CommunityTokenInvalidShortString)
	if err := communityToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenStringTooLong represents a StringTooLong error raised by the CommunityToken contract.
type CommunityTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func CommunityTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (communityToken *CommunityToken) UnpackStringTooLongError(raw []byte) (*CommunityTokenStringTooLong, error) {
	out := new(CommunityTokenStringTooLong)
	if err := communityToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenZeroAdmin represents a ZeroAdmin error raised by the CommunityToken contract.
type CommunityTokenZeroAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAdmin()
func CommunityTokenZeroAdminErrorID() common.Hash {
	return common.HexToHash("0x7289db0ee0abc296040261a52ff209c8991a9c7f7acbaa6b5a604acd8f843b3b")
}

// UnpackZeroAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAdmin()
func (communityToken *CommunityToken) UnpackZeroAdminError(raw []byte) (*CommunityTokenZeroAdmin, error) {
	out := new(CommunityTokenZeroAdmin)
	if err := communityToken.abi.UnpackIntoInterface(out, "ZeroAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTokenZeroCap represents a ZeroCap error raised by the CommunityToken contract.
type CommunityTokenZeroCap struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCap()
func CommunityTokenZeroCapErrorID() common.Hash {
	return common.HexToHash("0xdd616a4561c371ee64970d3035439461f52c8101fcd15d482c919158021283bd")
}

// UnpackZeroCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCap()
func (communityToken *CommunityToken) UnpackZeroCapError(raw []byte) (*CommunityTokenZeroCap, error) {
	out := new(CommunityTokenZeroCap)
	if err := communityToken.abi.UnpackIntoInterface(out, "ZeroCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}
