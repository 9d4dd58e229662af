// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package vestingvault

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

// VestingVaultSchedule is an auto generated low-level Go binding around an user-defined struct.
type VestingVaultSchedule struct {
	Beneficiary common.Address
	Start       uint32
	Cliff       uint32
	Revocable   bool
	Revoked     bool
	Amount      *big.Int
	Released    *big.Int
	Duration    uint32
}

// VestingVaultScheduleInput is an auto generated low-level Go binding around an user-defined struct.
type VestingVaultScheduleInput struct {
	Beneficiary common.Address
	Amount      *big.Int
	Start       *big.Int
	Cliff       *big.Int
	Duration    *big.Int
	Revocable   bool
}

// VestingVaultMetaData contains all meta data concerning the VestingVault contract.
var VestingVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidSchedule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotRevocable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NothingToRelease\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"Underfunded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownSchedule\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"vested\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"returned\",\"type\":\"uint256\"}],\"name\":\"Revoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cliff\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"duration\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"revocable\",\"type\":\"bool\"}],\"name\":\"ScheduleCreated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DURATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SCHEDULER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cliff\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"duration\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"revocable\",\"type\":\"bool\"}],\"internalType\":\"structVestingVault.ScheduleInput[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"name\":\"createSchedules\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"firstId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"releasable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"release\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"revoke\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"returned\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"schedule\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"start\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cliff\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"revocable\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"released\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"duration\",\"type\":\"uint32\"}],\"internalType\":\"structVestingVault.Schedule\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"scheduleCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalUnreleased\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"vestedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "bcf5ea53a818f310ac8e6c3c62a539831a",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516115e83803806115e883398101604081905261002e9161019d565b6001600160a01b038416158061004b57506001600160a01b038316155b8061005d57506001600160a01b038216155b1561007b5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808516608052821660a0526100985f846100dd565b506001600160a01b038116156100d4576100d27f2c0e86ef42968f843b5fc3a6f6d421401da96923e1a6a2299b016956535a3b82826100dd565b505b505050506101f9565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661017d575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101353390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610180565b505f5b92915050565b6001600160a01b038116811461019a575f5ffd5b50565b5f5f5f5f608085870312156101b0575f5ffd5b84516101bb81610186565b60208601519094506101cc81610186565b60408601519093506101dd81610186565b60608601519092506101ee81610186565b939692955090935050565b60805160a0516113b26102365f395f818161020e01526104a101525f81816102d30152818161047f015281816106540152610adf01526113b25ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c806361d027b3116100a9578063b7ef81e11161006e578063b7ef81e11461028d578063ccc42e2614610295578063d547741f146102a8578063e4bf01a8146102bb578063fc0c546a146102ce575f5ffd5b806361d027b3146102095780636fbfd4091461024857806391d1485414610268578063a217fddf1461027b578063b1724b4614610282575f5ffd5b80632f2ff15d116100ef5780632f2ff15d1461019457806336568abe146101a957806337bdc99b146101bc57806345ea2f05146101cf5780635c8ab63d146101e2575f5ffd5b806301ffc9a71461012057806320c5429b14610148578063248a9ca3146101695780632df48f131461018b575b5f5ffd5b61013361012e3660046110cb565b6102f5565b60405190151581526020015b60405180910390f35b61015b6101563660046110f2565b61032b565b60405190815260200161013f565b61015b6101773660046110f2565b5f9081526020819052604090206001015490565b61015b60025481565b6101a76101a236600461111f565b6104d7565b005b6101a76101b736600461111f565b610501565b61015b6101ca3660046110f2565b610539565b61015b6101dd366004611149565b610689565b61015b7f2c0e86ef42968f843b5fc3a6f6d421401da96923e1a6a2299b016956535a3b8281565b6102307f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161013f565b61025b6102563660046110f2565b610b87565b60405161013f91906111ba565b61013361027636600461111f565b610bd0565b61015b5f81565b61015b6312cc030081565b60015461015b565b61015b6102a336600461126a565b610bf8565b6101a76102b636600461111f565b610c12565b61015b6102c93660046110f2565b610c36565b6102307f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b03198216637965db0b60e01b148061032557506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8061033681610c65565b61033e610c72565b5f61034884610ca9565b905080606001516103745760405163fb8fdd8d60e01b8152600481018590526024015b60405180910390fd5b80608001511561039a5760405163e80455f560e01b81526004810185905260240161036b565b5f6103a58242610dc4565b9050808260a001516001600160601b03166103c0919061129e565b93505f600186815481106103d6576103d66112b1565b5f91825260208220600291820201805460ff60e81b1916600160e81b1781556001810180546001600160601b0387166bffffffffffffffffffffffff19909116179055815490935087929061042c90849061129e565b9091555050604080518381526020810187905287917f5b23580a0d39af682722dc31a5a53429117d94581ea66604b9eac1b1e9e5beff910160405180910390a284156104c6576104c66001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000087610e8e565b5050506104d1610ec3565b50919050565b5f828152602081905260409020600101546104f181610c65565b6104fb8383610eed565b50505050565b6001600160a01b038116331461052a5760405163334bd91960e11b815260040160405180910390fd5b6105348282610f7c565b505050565b5f610542610c72565b5f61054c83610ca9565b90508060c001516001600160601b03166105668242610dc4565b610570919061129e565b9150815f0361059557604051631af3fffb60e31b81526004810184905260240161036b565b818160c001516105a591906112c5565b600184815481106105b8576105b86112b1565b905f5260205f209060020201600101600c6101000a8154816001600160601b0302191690836001600160601b031602179055508160025f8282546105fc919061129e565b909155505080516040518381526001600160a01b039091169084907f3bfce8de0db7450cc169b94323c210e69a36c6a4a58c9f5d96bec4973adce3929060200160405180910390a3805161067b906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169084610e8e565b50610684610ec3565b919050565b5f6106b47f2c0e86ef42968f843b5fc3a6f6d421401da96923e1a6a2299b016956535a3b8233610bd0565b6106c1576106c15f610c65565b506001546002545f5b83811015610ac757368585838181106106e5576106e56112b1565b60c0029190910191505f90506106fe60208301836112e4565b6001600160a01b03160361075157816040516340b07c6160e11b815260040161036b9181526040602082018190526010908201526f7a65726f2062656e656669636961727960801b606082015260800190565b6020810135158061076c57506001600160601b036020820135115b156107ac57816040516340b07c6160e11b815260040161036b91815260406020820181905260069082015265185b5bdd5b9d60d21b606082015260800190565b608081013515806107c457506312cc03008160800135115b1561080657816040516340b07c6160e11b815260040161036b91815260406020820181905260089082015267323ab930ba34b7b760c11b606082015260800190565b80608001358160600135111561085a57816040516340b07c6160e11b815260040161036b918152604060208201819052600f908201526e18db1a59998818599d195c88195b99608a1b606082015260800190565b61086c608082013563ffffffff61129e565b816040013511156108b157816040516340b07c6160e11b815260040161036b918152604060208201819052600590820152641cdd185c9d60da1b606082015260800190565b6108bf6020820135846112fd565b6001805460408051610100810190915292955091806108e160208601866112e4565b6001600160a01b03168152602001846040013563ffffffff168152602001846060013563ffffffff1681526020018460a00160208101906109229190611310565b151581525f602080830182905286810180356001600160601b0390811660408087019190915260608087018690526080808c013563ffffffff90811698820198909852895460018082018c559a88529686902089516002909802018054968a0151938a0151928a0151918a01516001600160a01b039098166001600160c01b031997881617600160a01b948a16949094029390931764ffffffffff60c01b1916600160c01b928916830260ff60e01b191617600160e01b911515919091021760ff60e81b1916600160e81b9615159690960295909517815560a08701519701805460c088015160e09098015163ffffffff60c01b199984169190951617600160601b97909216969096021795909516921602179055610a4190836112e4565b6001600160a01b0316817fcd3e7e92ab2703f356e343df3564112e197af373fc0707ffeb24e2fd707952306020850135604086013560608701356080880135610a9060c08a0160a08b01611310565b6040805195865260208601949094529284019190915260608301521515608082015260a00160405180910390a350506001016106ca565b506040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610b2c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b50919061132f565b905081811015610b7d57604051631182d3d560e11b8152600481018290526024810183905260440161036b565b5060025592915050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081019190915261032582610ca9565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610c0b610c0584610ca9565b83610dc4565b9392505050565b5f82815260208190526040902060010154610c2c81610c65565b6104fb8383610f7c565b5f5f610c4183610ca9565b90508060c001516001600160601b0316610c5b8242610dc4565b610c0b919061129e565b610c6f8133610fe5565b50565b610c7a611022565b610ca760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611062565b565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091526001548210610d0e576040516310c5bedf60e01b81526004810183905260240161036b565b60018281548110610d2157610d216112b1565b5f9182526020918290206040805161010081018252600290930290910180546001600160a01b038116845263ffffffff600160a01b8204811695850195909552600160c01b80820486169385019390935260ff600160e01b8204811615156060860152600160e81b9091041615156080840152600101546001600160601b0380821660a0850152600160601b82041660c08401520490911660e082015292915050565b5f826080015115610de3575060a08201516001600160601b0316610325565b826040015163ffffffff16836020015163ffffffff16610e0391906112fd565b821015610e1157505f610325565b8260e0015163ffffffff16836020015163ffffffff16610e3191906112fd565b8210610e4b575060a08201516001600160601b0316610325565b8260e0015163ffffffff16836020015163ffffffff1683610e6c919061129e565b8460a001516001600160601b0316610e849190611346565b610c0b919061135d565b610e9b8383836001611069565b61053457604051635274afe760e01b81526001600160a01b038416600482015260240161036b565b610ca75f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610ca1565b5f610ef88383610bd0565b610f75575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610f2d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610325565b505f610325565b5f610f878383610bd0565b15610f75575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610325565b610fef8282610bd0565b61101e5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161036b565b5050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610ca757604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166110bf5783831516156110b3573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f602082840312156110db575f5ffd5b81356001600160e01b031981168114610c0b575f5ffd5b5f60208284031215611102575f5ffd5b5035919050565b80356001600160a01b0381168114610684575f5ffd5b5f5f60408385031215611130575f5ffd5b8235915061114060208401611109565b90509250929050565b5f5f6020838503121561115a575f5ffd5b823567ffffffffffffffff811115611170575f5ffd5b8301601f81018513611180575f5ffd5b803567ffffffffffffffff811115611196575f5ffd5b85602060c0830284010111156111aa575f5ffd5b6020919091019590945092505050565b5f6101008201905060018060a01b03835116825263ffffffff602084015116602083015263ffffffff60408401511660408301526060830151611201606084018215159052565b506080830151611215608084018215159052565b5060a083015161123060a08401826001600160601b03169052565b5060c083015161124b60c08401826001600160601b03169052565b5060e083015161126360e084018263ffffffff169052565b5092915050565b5f5f6040838503121561127b575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52601160045260245ffd5b818103818111156103255761032561128a565b634e487b7160e01b5f52603260045260245ffd5b6001600160601b0381811683821601908111156103255761032561128a565b5f602082840312156112f4575f5ffd5b610c0b82611109565b808201808211156103255761032561128a565b5f60208284031215611320575f5ffd5b81358015158114610c0b575f5ffd5b5f6020828403121561133f575f5ffd5b5051919050565b80820281158282048414176103255761032561128a565b5f8261137757634e487b7160e01b5f52601260045260245ffd5b50049056fea2646970667358221220441a53c95fa26eb3b38ac08dc124bc92a3462e401183e6252ca64eabd0f1bee664736f6c63430008250033",
}

// VestingVault is an auto generated Go binding around an Ethereum contract.
type VestingVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *VestingVault) GetABI() abi.ABI {
	return c.abi
}

// NewVestingVault creates a new instance of VestingVault.
func NewVestingVault() *VestingVault {
	parsed, err := VestingVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &VestingVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *VestingVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address admin, address treasury_, address scheduler) returns()
func (vestingVault *VestingVault) PackConstructor(token_ common.Address, admin common.Address, treasury_ common.Address, scheduler common.Address) []byte {
	enc, err := vestingVault.abi.Pack("", token_, admin, treasury_, scheduler)
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
func (vestingVault *VestingVault) PackDEFAULTADMINROLE() []byte {
	enc, err := vestingVault.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (vestingVault *VestingVault) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return vestingVault.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (vestingVault *VestingVault) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := vestingVault.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DURATION() view returns(uint256)
func (vestingVault *VestingVault) PackMAXDURATION() []byte {
	enc, err := vestingVault.abi.Pack("MAX_DURATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DURATION() view returns(uint256)
func (vestingVault *VestingVault) TryPackMAXDURATION() ([]byte, error) {
	return vestingVault.abi.Pack("MAX_DURATION")
}

// UnpackMAXDURATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1724b46.
//
// Solidity: function MAX_DURATION() view returns(uint256)
func (vestingVault *VestingVault) UnpackMAXDURATION(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("MAX_DURATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSCHEDULERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c8ab63d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SCHEDULER_ROLE() view returns(bytes32)
func (vestingVault *VestingVault) PackSCHEDULERROLE() []byte {
	enc, err := vestingVault.abi.Pack("SCHEDULER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSCHEDULERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c8ab63d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SCHEDULER_ROLE() view returns(bytes32)
func (vestingVault *VestingVault) TryPackSCHEDULERROLE() ([]byte, error) {
	return vestingVault.abi.Pack("SCHEDULER_ROLE")
}

// UnpackSCHEDULERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c8ab63d.
//
// Solidity: function SCHEDULER_ROLE() view returns(bytes32)
func (vestingVault *VestingVault) UnpackSCHEDULERROLE(data []byte) ([32]byte, error) {
	out, err := vestingVault.abi.Unpack("SCHEDULER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCreateSchedules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45ea2f05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createSchedules((address,uint256,uint256,uint256,uint256,bool)[] inputs) returns(uint256 firstId)
func (vestingVault *VestingVault) PackCreateSchedules(inputs []VestingVaultScheduleInput) []byte {
	enc, err := vestingVault.abi.Pack("createSchedules", inputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateSchedules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45ea2f05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createSchedules((address,uint256,uint256,uint256,uint256,bool)[] inputs) returns(uint256 firstId)
func (vestingVault *VestingVault) TryPackCreateSchedules(inputs []VestingVaultScheduleInput) ([]byte, error) {
	return vestingVault.abi.Pack("createSchedules", inputs)
}

// UnpackCreateSchedules is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45ea2f05.
//
// Solidity: function createSchedules((address,uint256,uint256,uint256,uint256,bool)[] inputs) returns(uint256 firstId)
func (vestingVault *VestingVault) UnpackCreateSchedules(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("createSchedules", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (vestingVault *VestingVault) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := vestingVault.abi.Pack("getRoleAdmin", role)
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
func (vestingVault *VestingVault) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return vestingVault.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (vestingVault *VestingVault) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := vestingVault.abi.Unpack("getRoleAdmin", data)
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
func (vestingVault *VestingVault) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := vestingVault.abi.Pack("grantRole", role, account)
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
func (vestingVault *VestingVault) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return vestingVault.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (vestingVault *VestingVault) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := vestingVault.abi.Pack("hasRole", role, account)
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
func (vestingVault *VestingVault) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return vestingVault.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (vestingVault *VestingVault) UnpackHasRole(data []byte) (bool, error) {
	out, err := vestingVault.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackReleasable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4bf01a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releasable(uint256 id) view returns(uint256)
func (vestingVault *VestingVault) PackReleasable(id *big.Int) []byte {
	enc, err := vestingVault.abi.Pack("releasable", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleasable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4bf01a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releasable(uint256 id) view returns(uint256)
func (vestingVault *VestingVault) TryPackReleasable(id *big.Int) ([]byte, error) {
	return vestingVault.abi.Pack("releasable", id)
}

// UnpackReleasable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4bf01a8.
//
// Solidity: function releasable(uint256 id) view returns(uint256)
func (vestingVault *VestingVault) UnpackReleasable(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("releasable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37bdc99b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(uint256 id) returns(uint256 amount)
func (vestingVault *VestingVault) PackRelease(id *big.Int) []byte {
	enc, err := vestingVault.abi.Pack("release", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37bdc99b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(uint256 id) returns(uint256 amount)
func (vestingVault *VestingVault) TryPackRelease(id *big.Int) ([]byte, error) {
	return vestingVault.abi.Pack("release", id)
}

// UnpackRelease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37bdc99b.
//
// Solidity: function release(uint256 id) returns(uint256 amount)
func (vestingVault *VestingVault) UnpackRelease(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("release", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (vestingVault *VestingVault) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := vestingVault.abi.Pack("renounceRole", role, callerConfirmation)
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
func (vestingVault *VestingVault) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return vestingVault.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c5429b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revoke(uint256 id) returns(uint256 returned)
func (vestingVault *VestingVault) PackRevoke(id *big.Int) []byte {
	enc, err := vestingVault.abi.Pack("revoke", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c5429b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revoke(uint256 id) returns(uint256 returned)
func (vestingVault *VestingVault) TryPackRevoke(id *big.Int) ([]byte, error) {
	return vestingVault.abi.Pack("revoke", id)
}

// UnpackRevoke is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20c5429b.
//
// Solidity: function revoke(uint256 id) returns(uint256 returned)
func (vestingVault *VestingVault) UnpackRevoke(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("revoke", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (vestingVault *VestingVault) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := vestingVault.abi.Pack("revokeRole", role, account)
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
func (vestingVault *VestingVault) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return vestingVault.abi.Pack("revokeRole", role, account)
}

// PackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fbfd409.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function schedule(uint256 id) view returns((address,uint32,uint32,bool,bool,uint96,uint96,uint32))
func (vestingVault *VestingVault) PackSchedule(id *big.Int) []byte {
	enc, err := vestingVault.abi.Pack("schedule", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fbfd409.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function schedule(uint256 id) view returns((address,uint32,uint32,bool,bool,uint96,uint96,uint32))
func (vestingVault *VestingVault) TryPackSchedule(id *big.Int) ([]byte, error) {
	return vestingVault.abi.Pack("schedule", id)
}

// UnpackSchedule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fbfd409.
//
// Solidity: function schedule(uint256 id) view returns((address,uint32,uint32,bool,bool,uint96,uint96,uint32))
func (vestingVault *VestingVault) UnpackSchedule(data []byte) (VestingVaultSchedule, error) {
	out, err := vestingVault.abi.Unpack("schedule", data)
	if err != nil {
		return *new(VestingVaultSchedule), err
	}
	out0 := *abi.ConvertType(out[0], new(VestingVaultSchedule)).(*VestingVaultSchedule)
	return out0, nil
}

// PackScheduleCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7ef81e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scheduleCount() view returns(uint256)
func (vestingVault *VestingVault) PackScheduleCount() []byte {
	enc, err := vestingVault.abi.Pack("scheduleCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScheduleCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7ef81e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scheduleCount() view returns(uint256)
func (vestingVault *VestingVault) TryPackScheduleCount() ([]byte, error) {
	return vestingVault.abi.Pack("scheduleCount")
}

// UnpackScheduleCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7ef81e1.
//
// Solidity: function scheduleCount() view returns(uint256)
func (vestingVault *VestingVault) UnpackScheduleCount(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("scheduleCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vestingVault *VestingVault) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := vestingVault.abi.Pack("supportsInterface", interfaceId)
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
func (vestingVault *VestingVault) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return vestingVault.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vestingVault *VestingVault) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := vestingVault.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (vestingVault *VestingVault) PackToken() []byte {
	enc, err := vestingVault.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (vestingVault *VestingVault) TryPackToken() ([]byte, error) {
	return vestingVault.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (vestingVault *VestingVault) UnpackToken(data []byte) (common.Address, error) {
	out, err := vestingVault.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalUnreleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2df48f13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalUnreleased() view returns(uint256)
func (vestingVault *VestingVault) PackTotalUnreleased() []byte {
	enc, err := vestingVault.abi.Pack("totalUnreleased")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalUnreleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2df48f13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalUnreleased() view returns(uint256)
func (vestingVault *VestingVault) TryPackTotalUnreleased() ([]byte, error) {
	return vestingVault.abi.Pack("totalUnreleased")
}

// UnpackTotalUnreleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2df48f13.
//
// Solidity: function totalUnreleased() view returns(uint256)
func (vestingVault *VestingVault) UnpackTotalUnreleased(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("totalUnreleased", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (vestingVault *VestingVault) PackTreasury() []byte {
	enc, err := vestingVault.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (vestingVault *VestingVault) TryPackTreasury() ([]byte, error) {
	return vestingVault.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (vestingVault *VestingVault) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := vestingVault.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVestedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccc42e26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vestedAt(uint256 id, uint256 time) view returns(uint256)
func (vestingVault *VestingVault) PackVestedAt(id *big.Int, time *big.Int) []byte {
	enc, err := vestingVault.abi.Pack("vestedAt", id, time)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVestedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccc42e26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vestedAt(uint256 id, uint256 time) view returns(uint256)
func (vestingVault *VestingVault) TryPackVestedAt(id *big.Int, time *big.Int) ([]byte, error) {
	return vestingVault.abi.Pack("vestedAt", id, time)
}

// UnpackVestedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccc42e26.
//
// Solidity: function vestedAt(uint256 id, uint256 time) view returns(uint256)
func (vestingVault *VestingVault) UnpackVestedAt(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("vestedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// VestingVaultReleased represents a Released event raised by the VestingVault contract.
type VestingVaultReleased struct {
	Id          *big.Int
	Beneficiary common.Address
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const VestingVaultReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (VestingVaultReleased) ContractEventName() string {
	return VestingVaultReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(uint256 indexed id, address indexed beneficiary, uint256 amount)
func (vestingVault *VestingVault) UnpackReleasedEvent(log *types.Log) (*VestingVaultReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vestingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VestingVaultReleased)
	if len(log.Data) > 0 {
		if err := vestingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vestingVault.abi.Events[event].Inputs {
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

// VestingVaultRevoked represents a Revoked event raised by the VestingVault contract.
type VestingVaultRevoked struct {
	Id       *big.Int
	Vested   *big.Int
	Returned *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const VestingVaultRevokedEventName = "Revoked"

// ContractEventName returns the user-defined event name.
func (VestingVaultRevoked) ContractEventName() string {
	return VestingVaultRevokedEventName
}

// UnpackRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revoked(uint256 indexed id, uint256 vested, uint256 returned)
func (vestingVault *VestingVault) UnpackRevokedEvent(log *types.Log) (*VestingVaultRevoked, error) {
	event := "Revoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vestingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VestingVaultRevoked)
	if len(log.Data) > 0 {
		if err := vestingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vestingVault.abi.Events[event].Inputs {
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

// VestingVaultRoleAdminChanged represents a RoleAdminChanged event raised by the VestingVault contract.
type VestingVaultRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const VestingVaultRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (VestingVaultRoleAdminChanged) ContractEventName() string {
	return VestingVaultRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (vestingVault *VestingVault) UnpackRoleAdminChangedEvent(log *types.Log) (*VestingVaultRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vestingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VestingVaultRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := vestingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vestingVault.abi.Events[event].Inputs {
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

// VestingVaultRoleGranted represents a RoleGranted event raised by the VestingVault contract.
type VestingVaultRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VestingVaultRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (VestingVaultRoleGranted) ContractEventName() string {
	return VestingVaultRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (vestingVault *VestingVault) UnpackRoleGrantedEvent(log *types.Log) (*VestingVaultRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vestingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VestingVaultRoleGranted)
	if len(log.Data) > 0 {
		if err := vestingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vestingVault.abi.Events[event].Inputs {
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

// VestingVaultRoleRevoked represents a RoleRevoked event raised by the VestingVault contract.
type VestingVaultRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VestingVaultRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (VestingVaultRoleRevoked) ContractEventName() string {
	return VestingVaultRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (vestingVault *VestingVault) UnpackRoleRevokedEvent(log *types.Log) (*VestingVaultRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vestingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VestingVaultRoleRevoked)
	if len(log.Data) > 0 {
		if err := vestingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vestingVault.abi.Events[event].Inputs {
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

// VestingVaultScheduleCreated represents a ScheduleCreated event raised by the VestingVault contract.
type VestingVaultScheduleCreated struct {
	Id          *big.Int
	Beneficiary common.Address
	Amount      *big.Int
	Start       *big.Int
	Cliff       *big.Int
	Duration    *big.Int
	Revocable   bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const VestingVaultScheduleCreatedEventName = "ScheduleCreated"

// ContractEventName returns the user-defined event name.
func (VestingVaultScheduleCreated) ContractEventName() string {
	return VestingVaultScheduleCreatedEventName
}

// UnpackScheduleCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScheduleCreated(uint256 indexed id, address indexed beneficiary, uint256 amount, uint256 start, uint256 cliff, uint256 duration, bool revocable)
func (vestingVault *VestingVault) UnpackScheduleCreatedEvent(log *types.Log) (*VestingVaultScheduleCreated, error) {
	event := "ScheduleCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vestingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VestingVaultScheduleCreated)
	if len(log.Data) > 0 {
		if err := vestingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vestingVault.abi.Events[event].Inputs {
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
func (vestingVault *VestingVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return vestingVault.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return vestingVault.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["AlreadyRevoked"].ID.Bytes()[:4]) {
		return vestingVault.UnpackAlreadyRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["InvalidSchedule"].ID.Bytes()[:4]) {
		return vestingVault.UnpackInvalidScheduleError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["NotRevocable"].ID.Bytes()[:4]) {
		return vestingVault.UnpackNotRevocableError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["NothingToRelease"].ID.Bytes()[:4]) {
		return vestingVault.UnpackNothingToReleaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return vestingVault.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return vestingVault.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["Underfunded"].ID.Bytes()[:4]) {
		return vestingVault.UnpackUnderfundedError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["UnknownSchedule"].ID.Bytes()[:4]) {
		return vestingVault.UnpackUnknownScheduleError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return vestingVault.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VestingVaultAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the VestingVault contract.
type VestingVaultAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func VestingVaultAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (vestingVault *VestingVault) UnpackAccessControlBadConfirmationError(raw []byte) (*VestingVaultAccessControlBadConfirmation, error) {
	out := new(VestingVaultAccessControlBadConfirmation)
	if err := vestingVault.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the VestingVault contract.
type VestingVaultAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func VestingVaultAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (vestingVault *VestingVault) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*VestingVaultAccessControlUnauthorizedAccount, error) {
	out := new(VestingVaultAccessControlUnauthorizedAccount)
	if err := vestingVault.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultAlreadyRevoked represents a AlreadyRevoked error raised by the VestingVault contract.
type VestingVaultAlreadyRevoked struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevoked(uint256 id)
func VestingVaultAlreadyRevokedErrorID() common.Hash {
	return common.HexToHash("0xe80455f57ad40c54dc6f178ebb1c48d3b622503a38c34944ac29a611c9e7e693")
}

// UnpackAlreadyRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevoked(uint256 id)
func (vestingVault *VestingVault) UnpackAlreadyRevokedError(raw []byte) (*VestingVaultAlreadyRevoked, error) {
	out := new(VestingVaultAlreadyRevoked)
	if err := vestingVault.abi.UnpackIntoInterface(out, "AlreadyRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultInvalidSchedule represents a InvalidSchedule error raised by the VestingVault contract.
type VestingVaultInvalidSchedule struct {
	Index  *big.Int
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSchedule(uint256 index, string reason)
func VestingVaultInvalidScheduleErrorID() common.Hash {
	return common.HexToHash("0x8160f8c2eeb64eef83adedab39a5c6835f56ba132780660f382bdf8726900070")
}

// UnpackInvalidScheduleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSchedule(uint256 index, string reason)
func (vestingVault *VestingVault) UnpackInvalidScheduleError(raw []byte) (*VestingVaultInvalidSchedule, error) {
	out := new(VestingVaultInvalidSchedule)
	if err := vestingVault.abi.UnpackIntoInterface(out, "InvalidSchedule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultNotRevocable represents a NotRevocable error raised by the VestingVault contract.
type VestingVaultNotRevocable struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRevocable(uint256 id)
func VestingVaultNotRevocableErrorID() common.Hash {
	return common.HexToHash("0xfb8fdd8df91aad21d4af386ff0690763a3969cbf982286f76942d800a360c3db")
}

// UnpackNotRevocableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRevocable(uint256 id)
func (vestingVault *VestingVault) UnpackNotRevocableError(raw []byte) (*VestingVaultNotRevocable, error) {
	out := new(VestingVaultNotRevocable)
	if err := vestingVault.abi.UnpackIntoInterface(out, "NotRevocable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultNothingToRelease represents a NothingToRelease error raised by the VestingVault contract.
type VestingVaultNothingToRelease struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRelease(uint256 id)
func VestingVaultNothingToReleaseErrorID() common.Hash {
	return common.HexToHash("0xd79fffd81026d28778226f60a039526467b5d8ad9ee10f72cb3d3b85c774b325")
}

// UnpackNothingToReleaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRelease(uint256 id)
func (vestingVault *VestingVault) UnpackNothingToReleaseError(raw []byte) (*VestingVaultNothingToRelease, error) {
	out := new(VestingVaultNothingToRelease)
	if err := vestingVault.abi.UnpackIntoInterface(out, "NothingToRelease", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the VestingVault contract.
type VestingVaultReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func VestingVaultReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (vestingVault *VestingVault) UnpackReentrancyGuardReentrantCallError(raw []byte) (*VestingVaultReentrancyGuardReentrantCall, error) {
	out := new(VestingVaultReentrancyGuardReentrantCall)
	if err := vestingVault.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the VestingVault contract.
type VestingVaultSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func VestingVaultSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (vestingVault *VestingVault) UnpackSafeERC20FailedOperationError(raw []byte) (*VestingVaultSafeERC20FailedOperation, error) {
	out := new(VestingVaultSafeERC20FailedOperation)
	if err := vestingVault.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultUnderfunded represents a Underfunded error raised by the VestingVault contract.
type VestingVaultUnderfunded struct {
	Balance  *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Underfunded(uint256 balance, uint256 required)
func VestingVaultUnderfundedErrorID() common.Hash {
	return common.HexToHash("0x2305a7aa9f1bacc08ec878913363bf92bcd44b7153760139395598009bf82adb")
}

// UnpackUnderfundedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Underfunded(uint256 balance, uint256 required)
func (vestingVault *VestingVault) UnpackUnderfundedError(raw []byte) (*VestingVaultUnderfunded, error) {
	out := new(VestingVaultUnderfunded)
	if err := vestingVault.abi.UnpackIntoInterface(out, "Underfunded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultUnknownSchedule represents a UnknownSchedule error raised by the VestingVault contract.
type VestingVaultUnknownSchedule struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSchedule(uint256 id)
func VestingVaultUnknownScheduleErrorID() common.Hash {
	return common.HexToHash("0x10c5bedf48a113bcd1559e22fd38557e0fe5e0c13ffb327dd365b033ed40411b")
}

// UnpackUnknownScheduleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSchedule(uint256 id)
func (vestingVault *VestingVault) UnpackUnknownScheduleError(raw []byte) (*VestingVaultUnknownSchedule, error) {
	out := new(VestingVaultUnknownSchedule)
	if err := vestingVault.abi.UnpackIntoInterface(out, "UnknownSchedule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultZeroAddress represents a ZeroAddress error raised by the VestingVault contract.
type VestingVaultZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func VestingVaultZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (vestingVault *VestingVault) UnpackZeroAddressError(raw []byte) (*VestingVaultZeroAddress, error) {
	out := new(VestingVaultZeroAddress)
	if err := vestingVault.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
