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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRewardPoolClaims\",\"name\":\"pool_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"asCurator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"curator\",\"type\":\"bool\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastReentryError\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"onTokenReceived\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"contractIRewardPoolClaims\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentries\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentrySuccesses\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIStakeable\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"contractIStakeable\",\"name\":\"stakedPower\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"targetId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"vote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "79788daebeac28a709e1df3c8cb7081b55",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610ac1380380610ac183398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b608051610a1b6100a65f395f818160c40152818161026f015281816103e80152818161047601528181610516015261067a0152610a1b5ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c806384cf44791161006e57806384cf44791461014257806387fc5e061461015f5780638f58c0d414610167578063b384abef14610170578063bf6eac2f14610183578063d9caa3d214610196575f5ffd5b80631035fb5c146100aa57806316f0115b146100bf57806332a6f6d1146101035780636578986d1461011857806371baa1af1461012f575b5f5ffd5b6100bd6100b8366004610709565b6101a9565b005b6100e67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61010b61031c565b6040516100fa9190610733565b61012160025481565b6040519081526020016100fa565b6100bd61013d366004610775565b6103a8565b60015461014f9060ff1681565b60405190151581526020016100fa565b6101215f5481565b61012160035481565b6100bd61017e3660046107a3565b6104f9565b6100bd6101913660046107c3565b610571565b6101216101a4366004610801565b61063c565b600154610100900460ff166101bc575050565b6001805461ff001916905560028054905f6101d683610818565b90915550506001545f9060ff1661022a575f546040516024016101fb91815260200190565b60408051601f198184030181529190526020810180516001600160e01b0316637d334a7d60e11b179052610269565b5f5460405160240161023e91815260200190565b60408051601f198184030181529190526020810180516001600160e01b0316639dfeb37b60e01b1790525b90505f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836040516102a5919061083c565b5f604051808303815f865af19150503d805f81146102de576040519150601f19603f3d011682016040523d82523d5f602084013e6102e3565b606091505b509150915081156103075760038054905f6102fd83610818565b9190505550610315565b600461031382826108f1565b505b5050505050565b6004805461032990610866565b80601f016020809104026020016040519081016040528092919081815260200182805461035590610866565b80156103a05780601f10610377576101008083540402835291602001916103a0565b820191905f5260205f20905b81548152906001019060200180831161038357829003601f168201915b505050505081565b5f8290556001805461ff0019831580159190911661ffff19909216919091176101001790915561046057604051639dfeb37b60e01b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639dfeb37b906024016020604051808303815f875af1158015610436573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061045a91906109ac565b506104ea565b604051637d334a7d60e11b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fa6694fa906024016020604051808303815f875af11580156104c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104e891906109ac565b505b50506001805461ff0019169055565b60405163b384abef60e01b815260048101839052602481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b384abef906044015f604051808303815f87803b15801561055f575f5ffd5b505af1158015610313573d5f5f3e3d5ffd5b60405163095ea7b360e01b81526001600160a01b0383811660048301526024820183905284169063095ea7b3906044016020604051808303815f875af11580156105bd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105e191906109c3565b5060405163534a7e1d60e11b8152600481018290526001600160a01b0383169063a694fc3a906024015f604051808303815f87803b158015610621575f5ffd5b505af1158015610633573d5f5f3e3d5ffd5b50505050505050565b60408051639157138760e01b8152600481018390526024810191909152600d60448201526c697066733a2f2f61747461636b60981b60648201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906391571387906084016020604051808303815f875af11580156106c8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106ec91906109ac565b92915050565b6001600160a01b0381168114610706575f5ffd5b50565b5f5f6040838503121561071a575f5ffd5b8235610725816106f2565b946020939093013593505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8015158114610706575f5ffd5b5f5f60408385031215610786575f5ffd5b82359150602083013561079881610768565b809150509250929050565b5f5f604083850312156107b4575f5ffd5b50508035926020909101359150565b5f5f5f606084860312156107d5575f5ffd5b83356107e0816106f2565b925060208401356107f0816106f2565b929592945050506040919091013590565b5f60208284031215610811575f5ffd5b5035919050565b5f6001820161083557634e487b7160e01b5f52601160045260245ffd5b5060010190565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061087a57607f821691505b60208210810361089857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156108ec57828211156108ec57805f5260205f20601f840160051c60208510156108c957505f5b90810190601f840160051c035f5b81811015610313575f838201556001016108d7565b505050565b815167ffffffffffffffff81111561090b5761090b610852565b61091f816109198454610866565b8461089e565b6020601f821160018114610951575f831561093a5750848201515b5f19600385901b1c1916600184901b178455610315565b5f84815260208120601f198516915b828110156109805787850151825560209485019460019092019101610960565b508482101561099d57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f602082840312156109bc575f5ffd5b5051919050565b5f602082840312156109d3575f5ffd5b81516109de81610768565b939250505056fea2646970667358221220ef629c0102b6aef4da41e8ac18acecfb748756490c1987d771aa4a273f90da4e64736f6c63430008250033",
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

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf6eac2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(address token, address stakedPower, uint256 amount) returns()
func (reentrantClaimer *ReentrantClaimer) PackStake(token common.Address, stakedPower common.Address, amount *big.Int) []byte {
	enc, err := reentrantClaimer.abi.Pack("stake", token, stakedPower, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf6eac2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(address token, address stakedPower, uint256 amount) returns()
func (reentrantClaimer *ReentrantClaimer) TryPackStake(token common.Address, stakedPower common.Address, amount *big.Int) ([]byte, error) {
	return reentrantClaimer.abi.Pack("stake", token, stakedPower, amount)
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

// PackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb384abef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vote(uint256 id, uint256 weight) returns()
func (reentrantClaimer *ReentrantClaimer) PackVote(id *big.Int, weight *big.Int) []byte {
	enc, err := reentrantClaimer.abi.Pack("vote", id, weight)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb384abef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vote(uint256 id, uint256 weight) returns()
func (reentrantClaimer *ReentrantClaimer) TryPackVote(id *big.Int, weight *big.Int) ([]byte, error) {
	return reentrantClaimer.abi.Pack("vote", id, weight)
}
