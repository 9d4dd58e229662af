// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package reentrantclaimer

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

// ReentrantClaimerMetaData contains all meta data concerning the ReentrantClaimer contract.
var ReentrantClaimerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRewardPoolClaims\",\"name\":\"pool_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"asCurator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"curator\",\"type\":\"bool\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastReentryError\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"onTokenReceived\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"contractIRewardPoolClaims\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentries\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentrySuccesses\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"targetId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "79788daebeac28a709e1df3c8cb7081b55",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161087038038061087083398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516107ca6100a65f395f818160ae0152818161017801528181610256015281816103c00152818161044e01526104c301526107ca5ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c806371baa1af1161006357806371baa1af1461011957806384cf44791461012c57806387fc5e06146101495780638f58c0d414610151578063d9caa3d21461015a575f5ffd5b80631035fb5c1461009457806316f0115b146100a957806332a6f6d1146100ed5780636578986d14610102575b5f5ffd5b6100a76100a236600461053b565b61016d565b005b6100d07f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100f5610303565b6040516100e49190610570565b61010b60025481565b6040519081526020016100e4565b6100a76101273660046105a5565b61038f565b6001546101399060ff1681565b60405190151581526020016100e4565b61010b5f5481565b61010b60035481565b61010b6101683660046105d7565b610485565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614806101a557505f600254115b156101ae575050565b60028054905f6101bd836105ee565b90915550506001545f9060ff16610211575f546040516024016101e291815260200190565b60408051601f198184030181529190526020810180516001600160e01b0316637d334a7d60e11b179052610250565b5f5460405160240161022591815260200190565b60408051601f198184030181529190526020810180516001600160e01b0316639dfeb37b60e01b1790525b90505f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168360405161028c9190610612565b5f604051808303815f865af19150503d805f81146102c5576040519150601f19603f3d011682016040523d82523d5f602084013e6102ca565b606091505b509150915081156102ee5760038054905f6102e4836105ee565b91905055506102fc565b60046102fa82826106c2565b505b5050505050565b600480546103109061063c565b80601f016020809104026020016040519081016040528092919081815260200182805461033c9061063c565b80156103875780601f1061035e57610100808354040283529160200191610387565b820191905f5260205f20905b81548152906001019060200180831161036a57829003601f168201915b505050505081565b5f8290556001805460ff1916821580159190911790915561043857604051639dfeb37b60e01b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639dfeb37b906024015b6020604051808303815f875af115801561040f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610433919061077d565b505050565b604051637d334a7d60e11b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fa6694fa906024016103f3565b60408051639157138760e01b8152600481018390526024810191909152600d60448201526c697066733a2f2f61747461636b60981b60648201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906391571387906084016020604051808303815f875af1158015610511573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610535919061077d565b92915050565b5f5f6040838503121561054c575f5ffd5b82356001600160a01b0381168114610562575f5ffd5b946020939093013593505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f604083850312156105b6575f5ffd5b82359150602083013580151581146105cc575f5ffd5b809150509250929050565b5f602082840312156105e7575f5ffd5b5035919050565b5f6001820161060b57634e487b7160e01b5f52601160045260245ffd5b5060010190565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061065057607f821691505b60208210810361066e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610433578282111561043357805f5260205f20601f840160051c602085101561069f57505f5b90810190601f840160051c035f5b818110156102fa575f838201556001016106ad565b815167ffffffffffffffff8111156106dc576106dc610628565b6106f0816106ea845461063c565b84610674565b6020601f821160018114610722575f831561070b5750848201515b5f19600385901b1c1916600184901b1784556102fc565b5f84815260208120601f198516915b828110156107515787850151825560209485019460019092019101610731565b508482101561076e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f6020828403121561078d575f5ffd5b505191905056fea2646970667358221220988b708b0290ccc7a2b4767029957ec831589138d9003424e19cec1a5b7195ee64736f6c63430008250033",
}

// ReentrantClaimer is an auto generated Go binding around an Ethereum contract.
type ReentrantClaimer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantClaimer) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantClaimer creates a new instance of ReentrantClaimer.
func NewReentrantClaimer() *ReentrantClaimer {
	parsed, err := ReentrantClaimerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantClaimer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantClaimer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address pool_) returns()
func (reentrantClaimer *ReentrantClaimer) PackConstructor(pool_ common.Address) []byte {
	enc, err := reentrantClaimer.abi.Pack("", pool_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAsCurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84cf4479.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asCurator() view returns(bool)
func (reentrantClaimer *ReentrantClaimer) PackAsCurator() []byte {
	enc, err := reentrantClaimer.abi.Pack("asCurator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsCurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84cf4479.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function asCurator() view returns(bool)
func (reentrantClaimer *ReentrantClaimer) TryPackAsCurator() ([]byte, error) {
	return reentrantClaimer.abi.Pack("asCurator")
}

// UnpackAsCurator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84cf4479.
//
// Solidity: function asCurator() view returns(bool)
func (reentrantClaimer *ReentrantClaimer) UnpackAsCurator(data []byte) (bool, error) {
	out, err := reentrantClaimer.abi.Unpack("asCurator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71baa1af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 id, bool curator) returns()
func (reentrantClaimer *ReentrantClaimer) PackClaim(id *big.Int, curator bool) []byte {
	enc, err := reentrantClaimer.abi.Pack("claim", id, curator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71baa1af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 id, bool curator) returns()
func (reentrantClaimer *ReentrantClaimer) TryPackClaim(id *big.Int, curator bool) ([]byte, error) {
	return reentrantClaimer.abi.Pack("claim", id, curator)
}

// PackLastReentryError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32a6f6d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastReentryError() view returns(bytes)
func (reentrantClaimer *ReentrantClaimer) PackLastReentryError() []byte {
	enc, err := reentrantClaimer.abi.Pack("lastReentryError")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastReentryError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32a6f6d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastReentryError() view returns(bytes)
func (reentrantClaimer *ReentrantClaimer) TryPackLastReentryError() ([]byte, error) {
	return reentrantClaimer.abi.Pack("lastReentryError")
}

// UnpackLastReentryError is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32a6f6d1.
//
// Solidity: function lastReentryError() view returns(bytes)
func (reentrantClaimer *ReentrantClaimer) UnpackLastReentryError(data []byte) ([]byte, error) {
	out, err := reentrantClaimer.abi.Unpack("lastReentryError", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackOnTokenReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1035fb5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onTokenReceived(address , uint256 ) returns()
func (reentrantClaimer *ReentrantClaimer) PackOnTokenReceived(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := reentrantClaimer.abi.Pack("onTokenReceived", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnTokenReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1035fb5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onTokenReceived(address , uint256 ) returns()
func (reentrantClaimer *ReentrantClaimer) TryPackOnTokenReceived(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return reentrantClaimer.abi.Pack("onTokenReceived", arg0, arg1)
}

// PackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pool() view returns(address)
func (reentrantClaimer *ReentrantClaimer) PackPool() []byte {
	enc, err := reentrantClaimer.abi.Pack("pool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pool() view returns(address)
func (reentrantClaimer *ReentrantClaimer) TryPackPool() ([]byte, error) {
	return reentrantClaimer.abi.Pack("pool")
}

// UnpackPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (reentrantClaimer *ReentrantClaimer) UnpackPool(data []byte) (common.Address, error) {
	out, err := reentrantClaimer.abi.Unpack("pool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReentries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6578986d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentries() view returns(uint256)
func (reentrantClaimer *ReentrantClaimer) PackReentries() []byte {
	enc, err := reentrantClaimer.abi.Pack("reentries")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6578986d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentries() view returns(uint256)
func (reentrantClaimer *ReentrantClaimer) TryPackReentries() ([]byte, error) {
	return reentrantClaimer.abi.Pack("reentries")
}

// UnpackReentries is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6578986d.
//
// Solidity: function reentries() view returns(uint256)
func (reentrantClaimer *ReentrantClaimer) UnpackReentries(data []byte) (*big.Int, error) {
	out, err := reentrantClaimer.abi.Unpack("reentries", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReentrySuccesses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f58c0d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentrySuccesses() view returns(uint256)
func (reentrantClaimer *ReentrantClaimer) PackReentrySuccesses() []byte {
	enc, err := reentrantClaimer.abi.Pack("reentrySuccesses")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentrySuccesses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f58c0d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentrySuccesses() view returns(uint256)
func (reentrantClaimer *ReentrantClaimer) TryPackReentrySuccesses() ([]byte, error) {
	return reentrantClaimer.abi.Pack("reentrySuccesses")
}

// UnpackReentrySuccesses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f58c0d4.
//
// Solidity: function reentrySuccesses() view returns(uint256)
func (reentrantClaimer *ReentrantClaimer) UnpackReentrySuccesses(data []byte) (*big.Int, error) {
	out, err := reentrantClaimer.abi.Unpack("reentrySuccesses", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9caa3d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit(bytes32 contentHash) returns(uint256 id)
func (reentrantClaimer *ReentrantClaimer) PackSubmit(contentHash [32]byte) []byte {
	enc, err := reentrantClaimer.abi.Pack("submit", contentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9caa3d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit(bytes32 contentHash) returns(uint256 id)
func (reentrantClaimer *ReentrantClaimer) TryPackSubmit(contentHash [32]byte) ([]byte, error) {
	return reentrantClaimer.abi.Pack("submit", contentHash)
}

// UnpackSubmit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9caa3d2.
//
// Solidity: function submit(bytes32 contentHash) returns(uint256 id)
func (reentrantClaimer *ReentrantClaimer) UnpackSubmit(data []byte) (*big.Int, error) {
	out, err := reentrantClaimer.abi.Unpack("submit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTargetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87fc5e06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function targetId() view returns(uint256)
func (reentrantClaimer *ReentrantClaimer) PackTargetId() []byte {
	enc, err := reentrantClaimer.abi.Pack("targetId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTargetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87fc5e06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function targetId() view returns(uint256)
func (reentrantClaimer *ReentrantClaimer) TryPackTargetId() ([]byte, error) {
	return reentrantClaimer.abi.Pack("targetId")
}

// UnpackTargetId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x87fc5e06.
//
// Solidity: function targetId() view returns(uint256)
func (reentrantClaimer *ReentrantClaimer) UnpackTargetId(data []byte) (*big.Int, error) {
	out, err := reentrantClaimer.abi.Unpack("targetId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}
