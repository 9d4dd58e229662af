// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package referencevotestoken

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

// CheckpointsCheckpoint208 is an auto generated low-level Go binding around an user-defined struct.
type CheckpointsCheckpoint208 struct {
	Key   *big.Int
	Value *big.Int
}

// ReferenceVotesTokenMetaData contains all meta data concerning the ReferenceVotesToken contract.
var ReferenceVotesTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"increasedSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"ERC20ExceededSafeSupply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"clock\",\"type\":\"uint48\"}],\"name\":\"ERC5805FutureLookup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"VotesExpiredSignature\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fromDelegate\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"toDelegate\",\"type\":\"address\"}],\"name\":\"DelegateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousVotes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotes\",\"type\":\"uint256\"}],\"name\":\"DelegateVotesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"pos\",\"type\":\"uint32\"}],\"name\":\"checkpoints\",\"outputs\":[{\"components\":[{\"internalType\":\"uint48\",\"name\":\"_key\",\"type\":\"uint48\"},{\"internalType\":\"uint208\",\"name\":\"_value\",\"type\":\"uint208\"}],\"internalType\":\"structCheckpoints.Checkpoint208\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"delegateBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"delegates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "eb3a678dc166ddf0651e735adf3f61fa60",
	Bin: "0x610160604052348015610010575f5ffd5b506040516125ce3803806125ce83398101604081905261002f916107b8565b6040518060400160405280600f81526020016e5265666572656e636520566f74657360881b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600f81526020016e5265666572656e636520566f74657360881b81525060405180604001604052806002815260200161292b60f11b81525081600390816100c49190610871565b5060046100d18282610871565b5050506100e38261019660201b60201c565b610120526100f081610196565b61014052815160208084019190912060e052815190820120610100524660a05261017c60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0525061019033826101dc565b506109ff565b5f5f829050601f815111156101c9578260405163305a27a960e01b81526004016101c0919061092f565b60405180910390fd5b80516101d482610964565b179392505050565b6001600160a01b0382166102055760405163ec442f0560e01b81525f60048201526024016101c0565b6102105f8383610214565b5050565b61021f838383610224565b505050565b61022f83838361028a565b6001600160a01b03831661027f575f61024760025490565b90506001600160d01b038082111561027c57604051630e58ae9360e11b815260048101839052602481018290526044016101c0565b50505b61021f8383836103b0565b6001600160a01b0383166102b4578060025f8282546102a9919061099b565b909155506103249050565b6001600160a01b0383165f90815260208190526040902054818110156103065760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016101c0565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166103405760028054829003905561035e565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516103a391815260200190565b60405180910390a3505050565b6001600160a01b0383166103de576103db600a6107c461043860201b176103d68461044c565b610483565b50505b6001600160a01b03821661040757610404600a6107cf6104b160201b176103d68461044c565b50505b6001600160a01b038381165f9081526008602052604080822054858416835291205461021f929182169116836104bc565b5f61044382846109ae565b90505b92915050565b5f6001600160d01b0382111561047f576040516306dfcc6560e41b815260d06004820152602481018390526044016101c0565b5090565b5f806104a44261049c6104958861060c565b868860201c565b879190610654565b915091505b935093915050565b5f61044382846109cd565b816001600160a01b0316836001600160a01b0316141580156104dd57505f81115b1561021f576001600160a01b03831615610575576001600160a01b0383165f9081526009602090815260408220829161052391906104b1901b6107cf176103d68661044c565b6001600160d01b031691506001600160d01b03169150846001600160a01b03165f5160206125ae5f395f51905f52838360405161056a929190918252602082015260400190565b60405180910390a250505b6001600160a01b0382161561021f576001600160a01b0382165f908152600960209081526040822082916105b69190610438901b6107c4176103d68661044c565b6001600160d01b031691506001600160d01b03169150836001600160a01b03165f5160206125ae5f395f51905f5283836040516105fd929190918252602082015260400190565b60405180910390a25050505050565b80545f90801561064b57610632836106256001846109ec565b5f91825260209091200190565b54660100000000000090046001600160d01b031661064d565b5f5b9392505050565b5f806104a485858582545f908190801561075b575f610678876106256001856109ec565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156106be57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036106fa57825465ffffffffffff1666010000000000006001600160d01b0389160217835561074d565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506104a992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816104a9565b5f602082840312156107c8575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806107f757607f821691505b60208210810361081557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561021f578282111561021f57805f5260205f20601f840160051c602085101561084657505f5b90810190601f840160051c035f5b81811015610869575f83820155600101610854565b505050505050565b81516001600160401b0381111561088a5761088a6107cf565b61089e8161089884546107e3565b8461081b565b6020601f8211600181146108d0575f83156108b95750848201515b5f19600385901b1c1916600184901b178455610928565b5f84815260208120601f198516915b828110156108ff57878501518255602094850194600190920191016108df565b508482101561091c57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610815575f1960209190910360031b1b16919050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561044657610446610987565b6001600160d01b03818116838216019081111561044657610446610987565b6001600160d01b03828116828216039081111561044657610446610987565b8181038181111561044657610446610987565b60805160a05160c05160e051610100516101205161014051611b5e610a505f395f610bc301525f610b9801525f61099e01525f61097601525f6108d101525f6108fb01525f6109250152611b5e5ff3fe608060405234801561000f575f5ffd5b5060043610610148575f3560e01c806370a08231116100bf5780639ab24eb0116100795780639ab24eb01461030d578063a9059cbb14610320578063c3cda52014610333578063d505accf14610346578063dd62ed3e14610359578063f1127ed814610391575f5ffd5b806370a08231146102865780637ecebe00146102ae57806384b0196e146102c15780638e539e8c146102dc57806391ddadf4146102ef57806395d89b4114610305575f5ffd5b80633644e515116101105780633644e515146101c15780633a46b1a8146101c95780634bf5d7e9146101dc578063587cde1e146102065780635c19a95c146102495780636fcfff451461025e575f5ffd5b806306fdde031461014c578063095ea7b31461016a57806318160ddd1461018d57806323b872dd1461019f578063313ce567146101b2575b5f5ffd5b6101546103d0565b60405161016191906117af565b60405180910390f35b61017d6101783660046117dc565b610460565b6040519015158152602001610161565b6002545b604051908152602001610161565b61017d6101ad366004611804565b610479565b60405160128152602001610161565b61019161049c565b6101916101d73660046117dc565b6104aa565b60408051808201909152600e81526d06d6f64653d74696d657374616d760941b6020820152610154565b61023161021436600461183e565b6001600160a01b039081165f908152600860205260409020541690565b6040516001600160a01b039091168152602001610161565b61025c61025736600461183e565b6104e4565b005b61027161026c36600461183e565b6104f3565b60405163ffffffff9091168152602001610161565b61019161029436600461183e565b6001600160a01b03165f9081526020819052604090205490565b6101916102bc36600461183e565b6104fd565b6102c9610507565b6040516101619796959493929190611857565b6101916102ea3660046118ed565b610549565b60405165ffffffffffff42168152602001610161565b61015461056d565b61019161031b36600461183e565b61057c565b61017d61032e3660046117dc565b61059c565b61025c610341366004611914565b6105a9565b61025c610354366004611968565b61066a565b6101916103673660046119ce565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6103a461039f3660046119ff565b6107a0565b60408051825165ffffffffffff1681526020928301516001600160d01b03169281019290925201610161565b6060600380546103df90611a3c565b80601f016020809104026020016040519081016040528092919081815260200182805461040b90611a3c565b80156104565780601f1061042d57610100808354040283529160200191610456565b820191905f5260205f20905b81548152906001019060200180831161043957829003601f168201915b5050505050905090565b5f3361046d8185856107da565b60019150505b92915050565b5f336104868582856107ec565b610491858585610868565b506001949350505050565b5f6104a56108c5565b905090565b5f6104d46104b7836109ee565b6001600160a01b0385165f90815260096020526040902090610a32565b6001600160d01b03169392505050565b336104ef8183610ae2565b5050565b5f61047382610b53565b5f61047382610b74565b5f6060805f5f5f6060610518610b91565b610520610bbc565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61055e610556836109ee565b600a90610a32565b6001600160d01b031692915050565b6060600480546103df90611a3c565b6001600160a01b0381165f90815260096020526040812061055e90610be7565b5f3361046d818585610868565b834211156105d257604051632341d78760e11b8152600481018590526024015b60405180910390fd5b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f9061064b906106439060a00160405160208183030381529060405280519060200120610c1e565b858585610c4a565b90506106578187610c76565b6106618188610ae2565b50505050505050565b8342111561068e5760405163313c898160e11b8152600481018590526024016105c9565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886106d98c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61073382610c1e565b90505f61074282878787610c4a565b9050896001600160a01b0316816001600160a01b031614610789576040516325c0072360e11b81526001600160a01b0380831660048301528b1660248201526044016105c9565b6107948a8a8a6107da565b50505050505050505050565b604080518082019091525f80825260208201526107bd8383610cc8565b9392505050565b5f6107bd8284611a88565b5f6107bd8284611aa7565b6107e78383836001610cfc565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610862578181101561085457604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016105c9565b61086284848484035f610cfc565b50505050565b6001600160a01b03831661089157604051634b637e8f60e11b81525f60048201526024016105c9565b6001600160a01b0382166108ba5760405163ec442f0560e01b81525f60048201526024016105c9565b6107e7838383610dce565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561091d57507f000000000000000000000000000000000000000000000000000000000000000046145b1561094757507f000000000000000000000000000000000000000000000000000000000000000090565b6104a5604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f4265ffffffffffff81168310610a2957604051637669fc0f60e11b81526004810184905265ffffffffffff821660248201526044016105c9565b6107bd83610dd9565b81545f9081816005811115610a8e575f610a4b84610e0f565b610a559085611ac6565b5f8881526020902090915081015465ffffffffffff9081169087161015610a7e57809150610a8c565b610a89816001611ad9565b92505b505b5f610a9b87878585610f67565b90508015610ad557610abf87610ab2600184611ac6565b5f91825260209091200190565b54600160301b90046001600160d01b0316610ad7565b5f5b979650505050505050565b6001600160a01b038281165f8181526008602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a46107e78183610b4e86610fbd565b610fda565b6001600160a01b0381165f9081526009602052604081205461047390611143565b6001600160a01b0381165f90815260076020526040812054610473565b60606104a57f0000000000000000000000000000000000000000000000000000000000000000611173565b60606104a57f0000000000000000000000000000000000000000000000000000000000000000611173565b80545f908015610c1657610c0083610ab2600184611ac6565b54600160301b90046001600160d01b03166107bd565b5f9392505050565b5f610473610c2a6108c5565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610c5a888888886111b0565b925092509250610c6a8282611278565b50909695505050505050565b6001600160a01b0382165f9081526007602052604090208054600181019091558181146107e7576040516301d4b62360e61b81526001600160a01b0384166004820152602481018290526044016105c9565b604080518082019091525f80825260208201526001600160a01b0383165f9081526009602052604090206107bd9083611330565b6001600160a01b038416610d255760405163e602df0560e01b81525f60048201526024016105c9565b6001600160a01b038316610d4e57604051634a1406b160e11b81525f60048201526024016105c9565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561086257826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610dc091815260200190565b60405180910390a350505050565b6107e783838361139d565b5f65ffffffffffff821115610e0b576040516306dfcc6560e41b815260306004820152602481018390526044016105c9565b5090565b5f60018211610e1c575090565b816001600160801b8210610e355760809190911c9060401b5b680100000000000000008210610e505760409190911c9060201b5b6401000000008210610e675760209190911c9060101b5b620100008210610e7c5760109190911c9060081b5b6101008210610e905760089190911c9060041b5b60108210610ea35760049190911c9060021b5b60048210610eaf5760011b5b600302600190811c90818581610ec757610ec7611aec565b048201901c90506001818581610edf57610edf611aec565b048201901c90506001818581610ef757610ef7611aec565b048201901c90506001818581610f0f57610f0f611aec565b048201901c90506001818581610f2757610f27611aec565b048201901c90506001818581610f3f57610f3f611aec565b048201901c9050610f5e818581610f5857610f58611aec565b04821190565b90039392505050565b5f5b81831015610fb5575f85815260209020838316600285851804019081015465ffffffffffff86811691161115610fa157809250610faf565b610fac816001611ad9565b93505b50610f69565b509392505050565b6001600160a01b0381165f90815260208190526040812054610473565b816001600160a01b0316836001600160a01b031614158015610ffb57505f81115b156107e7576001600160a01b038316156110a2576001600160a01b0383165f908152600960205260408120819061103d906107cf61103886611403565b611436565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051611097929190918252602082015260400190565b60405180910390a250505b6001600160a01b038216156107e7576001600160a01b0382165f90815260096020526040812081906110da906107c461103886611403565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051611134929190918252602082015260400190565b60405180910390a25050505050565b5f63ffffffff821115610e0b576040516306dfcc6560e41b815260206004820152602481018390526044016105c9565b60605f61117f83611467565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156111e957505f9150600390508261126e565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561123a573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661126557505f92506001915082905061126e565b92505f91508190505b9450945094915050565b5f82600381111561128b5761128b611b00565b03611294575050565b60018260038111156112a8576112a8611b00565b036112c65760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156112da576112da611b00565b036112fb5760405163fce698f760e01b8152600481018290526024016105c9565b600382600381111561130f5761130f611b00565b036104ef576040516335e2f38360e21b8152600481018290526024016105c9565b604080518082019091525f8082526020820152825f018263ffffffff168154811061135d5761135d611b14565b5f9182526020918290206040805180820190915291015465ffffffffffff81168252600160301b90046001600160d01b0316918101919091529392505050565b6113a883838361148e565b6001600160a01b0383166113f8575f6113c060025490565b90506001600160d01b03808211156113f557604051630e58ae9360e11b815260048101839052602481018290526044016105c9565b50505b6107e78383836115b4565b5f6001600160d01b03821115610e0b576040516306dfcc6560e41b815260d06004820152602481018390526044016105c9565b5f8061145a4261145261144888610be7565b868863ffffffff16565b879190611629565b915091505b935093915050565b5f60ff8216601f81111561047357604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b0383166114b8578060025f8282546114ad9190611ad9565b909155506115289050565b6001600160a01b0383165f908152602081905260409020548181101561150a5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016105c9565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661154457600280548290039055611562565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516115a791815260200190565b60405180910390a3505050565b6001600160a01b0383166115d6576115d3600a6107c461103884611403565b50505b6001600160a01b0382166115f8576115f5600a6107cf61103884611403565b50505b6001600160a01b038381165f908152600860205260408082205485841683529120546107e792918216911683610fda565b5f8061145a85858582545f9081908015611727575f61164d87610ab2600185611ac6565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561169057604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036116c957825465ffffffffffff16600160301b6001600160d01b03891602178355611719565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061145f92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b02919093161792019190915590508161145f565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6107bd6020830184611781565b80356001600160a01b03811681146117d7575f5ffd5b919050565b5f5f604083850312156117ed575f5ffd5b6117f6836117c1565b946020939093013593505050565b5f5f5f60608486031215611816575f5ffd5b61181f846117c1565b925061182d602085016117c1565b929592945050506040919091013590565b5f6020828403121561184e575f5ffd5b6107bd826117c1565b60ff60f81b8816815260e060208201525f61187560e0830189611781565b82810360408401526118878189611781565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156118dc5783518352602093840193909201916001016118be565b50909b9a5050505050505050505050565b5f602082840312156118fd575f5ffd5b5035919050565b803560ff811681146117d7575f5ffd5b5f5f5f5f5f5f60c08789031215611929575f5ffd5b611932876117c1565b9550602087013594506040870135935061194e60608801611904565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f5f5f60e0888a03121561197e575f5ffd5b611987886117c1565b9650611995602089016117c1565b955060408801359450606088013593506119b160808901611904565b9699959850939692959460a0840135945060c09093013592915050565b5f5f604083850312156119df575f5ffd5b6119e8836117c1565b91506119f6602084016117c1565b90509250929050565b5f5f60408385031215611a10575f5ffd5b611a19836117c1565b9150602083013563ffffffff81168114611a31575f5ffd5b809150509250929050565b600181811c90821680611a5057607f821691505b602082108103611a6e57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160d01b03818116838216019081111561047357610473611a74565b6001600160d01b03828116828216039081111561047357610473611a74565b8181038181111561047357610473611a74565b8082018082111561047357610473611a74565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffdfea2646970667358221220459eb3eb95324d3395788e7f64dcfd307a97405b7979cc86b32d1b911e17ad4964736f6c63430008250033dec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724",
}

// ReferenceVotesToken is an auto generated Go binding around an Ethereum contract.
type ReferenceVotesToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReferenceVotesToken) GetABI() abi.ABI {
	return c.abi
}

// NewReferenceVotesToken creates a new instance of ReferenceVotesToken.
func NewReferenceVotesToken() *ReferenceVotesToken {
	parsed, err := ReferenceVotesTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReferenceVotesToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReferenceVotesToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 supply) returns()
func (referenceVotesToken *ReferenceVotesToken) PackConstructor(supply *big.Int) []byte {
	enc, err := referenceVotesToken.abi.Pack("", supply)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (referenceVotesToken *ReferenceVotesToken) PackCLOCKMODE() []byte {
	enc, err := referenceVotesToken.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (referenceVotesToken *ReferenceVotesToken) TryPackCLOCKMODE() ([]byte, error) {
	return referenceVotesToken.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (referenceVotesToken *ReferenceVotesToken) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := referenceVotesToken.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (referenceVotesToken *ReferenceVotesToken) PackDOMAINSEPARATOR() []byte {
	enc, err := referenceVotesToken.abi.Pack("DOMAIN_SEPARATOR")
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
func (referenceVotesToken *ReferenceVotesToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return referenceVotesToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (referenceVotesToken *ReferenceVotesToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := referenceVotesToken.abi.Unpack("DOMAIN_SEPARATOR", data)
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
func (referenceVotesToken *ReferenceVotesToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := referenceVotesToken.abi.Pack("allowance", owner, spender)
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
func (referenceVotesToken *ReferenceVotesToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return referenceVotesToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (referenceVotesToken *ReferenceVotesToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := referenceVotesToken.abi.Unpack("allowance", data)
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
func (referenceVotesToken *ReferenceVotesToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := referenceVotesToken.abi.Pack("approve", spender, value)
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
func (referenceVotesToken *ReferenceVotesToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return referenceVotesToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (referenceVotesToken *ReferenceVotesToken) UnpackApprove(data []byte) (bool, error) {
	out, err := referenceVotesToken.abi.Unpack("approve", data)
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
func (referenceVotesToken *ReferenceVotesToken) PackBalanceOf(account common.Address) []byte {
	enc, err := referenceVotesToken.abi.Pack("balanceOf", account)
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
func (referenceVotesToken *ReferenceVotesToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return referenceVotesToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (referenceVotesToken *ReferenceVotesToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := referenceVotesToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (referenceVotesToken *ReferenceVotesToken) PackCheckpoints(account common.Address, pos uint32) []byte {
	enc, err := referenceVotesToken.abi.Pack("checkpoints", account, pos)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (referenceVotesToken *ReferenceVotesToken) TryPackCheckpoints(account common.Address, pos uint32) ([]byte, error) {
	return referenceVotesToken.abi.Pack("checkpoints", account, pos)
}

// UnpackCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (referenceVotesToken *ReferenceVotesToken) UnpackCheckpoints(data []byte) (CheckpointsCheckpoint208, error) {
	out, err := referenceVotesToken.abi.Unpack("checkpoints", data)
	if err != nil {
		return *new(CheckpointsCheckpoint208), err
	}
	out0 := *abi.ConvertType(out[0], new(CheckpointsCheckpoint208)).(*CheckpointsCheckpoint208)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (referenceVotesToken *ReferenceVotesToken) PackClock() []byte {
	enc, err := referenceVotesToken.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (referenceVotesToken *ReferenceVotesToken) TryPackClock() ([]byte, error) {
	return referenceVotesToken.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (referenceVotesToken *ReferenceVotesToken) UnpackClock(data []byte) (*big.Int, error) {
	out, err := referenceVotesToken.abi.Unpack("clock", data)
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
func (referenceVotesToken *ReferenceVotesToken) PackDecimals() []byte {
	enc, err := referenceVotesToken.abi.Pack("decimals")
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
func (referenceVotesToken *ReferenceVotesToken) TryPackDecimals() ([]byte, error) {
	return referenceVotesToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (referenceVotesToken *ReferenceVotesToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := referenceVotesToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address delegatee) returns()
func (referenceVotesToken *ReferenceVotesToken) PackDelegate(delegatee common.Address) []byte {
	enc, err := referenceVotesToken.abi.Pack("delegate", delegatee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(address delegatee) returns()
func (referenceVotesToken *ReferenceVotesToken) TryPackDelegate(delegatee common.Address) ([]byte, error) {
	return referenceVotesToken.abi.Pack("delegate", delegatee)
}

// PackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (referenceVotesToken *ReferenceVotesToken) PackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := referenceVotesToken.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (referenceVotesToken *ReferenceVotesToken) TryPackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return referenceVotesToken.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// PackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegates(address account) view returns(address)
func (referenceVotesToken *ReferenceVotesToken) PackDelegates(account common.Address) []byte {
	enc, err := referenceVotesToken.abi.Pack("delegates", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegates(address account) view returns(address)
func (referenceVotesToken *ReferenceVotesToken) TryPackDelegates(account common.Address) ([]byte, error) {
	return referenceVotesToken.abi.Pack("delegates", account)
}

// UnpackDelegates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (referenceVotesToken *ReferenceVotesToken) UnpackDelegates(data []byte) (common.Address, error) {
	out, err := referenceVotesToken.abi.Unpack("delegates", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (referenceVotesToken *ReferenceVotesToken) PackEip712Domain() []byte {
	enc, err := referenceVotesToken.abi.Pack("eip712Domain")
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
func (referenceVotesToken *ReferenceVotesToken) TryPackEip712Domain() ([]byte, error) {
	return referenceVotesToken.abi.Pack("eip712Domain")
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
func (referenceVotesToken *ReferenceVotesToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := referenceVotesToken.abi.Unpack("eip712Domain", data)
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

// PackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (referenceVotesToken *ReferenceVotesToken) PackGetPastTotalSupply(timepoint *big.Int) []byte {
	enc, err := referenceVotesToken.abi.Pack("getPastTotalSupply", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (referenceVotesToken *ReferenceVotesToken) TryPackGetPastTotalSupply(timepoint *big.Int) ([]byte, error) {
	return referenceVotesToken.abi.Pack("getPastTotalSupply", timepoint)
}

// UnpackGetPastTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (referenceVotesToken *ReferenceVotesToken) UnpackGetPastTotalSupply(data []byte) (*big.Int, error) {
	out, err := referenceVotesToken.abi.Unpack("getPastTotalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (referenceVotesToken *ReferenceVotesToken) PackGetPastVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := referenceVotesToken.abi.Pack("getPastVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (referenceVotesToken *ReferenceVotesToken) TryPackGetPastVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return referenceVotesToken.abi.Pack("getPastVotes", account, timepoint)
}

// UnpackGetPastVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (referenceVotesToken *ReferenceVotesToken) UnpackGetPastVotes(data []byte) (*big.Int, error) {
	out, err := referenceVotesToken.abi.Unpack("getPastVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (referenceVotesToken *ReferenceVotesToken) PackGetVotes(account common.Address) []byte {
	enc, err := referenceVotesToken.abi.Pack("getVotes", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (referenceVotesToken *ReferenceVotesToken) TryPackGetVotes(account common.Address) ([]byte, error) {
	return referenceVotesToken.abi.Pack("getVotes", account)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (referenceVotesToken *ReferenceVotesToken) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := referenceVotesToken.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (referenceVotesToken *ReferenceVotesToken) PackName() []byte {
	enc, err := referenceVotesToken.abi.Pack("name")
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
func (referenceVotesToken *ReferenceVotesToken) TryPackName() ([]byte, error) {
	return referenceVotesToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (referenceVotesToken *ReferenceVotesToken) UnpackName(data []byte) (string, error) {
	out, err := referenceVotesToken.abi.Unpack("name", data)
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
func (referenceVotesToken *ReferenceVotesToken) PackNonces(owner common.Address) []byte {
	enc, err := referenceVotesToken.abi.Pack("nonces", owner)
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
func (referenceVotesToken *ReferenceVotesToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return referenceVotesToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (referenceVotesToken *ReferenceVotesToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := referenceVotesToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (referenceVotesToken *ReferenceVotesToken) PackNumCheckpoints(account common.Address) []byte {
	enc, err := referenceVotesToken.abi.Pack("numCheckpoints", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (referenceVotesToken *ReferenceVotesToken) TryPackNumCheckpoints(account common.Address) ([]byte, error) {
	return referenceVotesToken.abi.Pack("numCheckpoints", account)
}

// UnpackNumCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (referenceVotesToken *ReferenceVotesToken) UnpackNumCheckpoints(data []byte) (uint32, error) {
	out, err := referenceVotesToken.abi.Unpack("numCheckpoints", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (referenceVotesToken *ReferenceVotesToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := referenceVotesToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
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
func (referenceVotesToken *ReferenceVotesToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return referenceVotesToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (referenceVotesToken *ReferenceVotesToken) PackSymbol() []byte {
	enc, err := referenceVotesToken.abi.Pack("symbol")
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
func (referenceVotesToken *ReferenceVotesToken) TryPackSymbol() ([]byte, error) {
	return referenceVotesToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (referenceVotesToken *ReferenceVotesToken) UnpackSymbol(data []byte) (string, error) {
	out, err := referenceVotesToken.abi.Unpack("symbol", data)
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
func (referenceVotesToken *ReferenceVotesToken) PackTotalSupply() []byte {
	enc, err := referenceVotesToken.abi.Pack("totalSupply")
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
func (referenceVotesToken *ReferenceVotesToken) TryPackTotalSupply() ([]byte, error) {
	return referenceVotesToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (referenceVotesToken *ReferenceVotesToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := referenceVotesToken.abi.Unpack("totalSupply", data)
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
func (referenceVotesToken *ReferenceVotesToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := referenceVotesToken.abi.Pack("transfer", to, value)
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
func (referenceVotesToken *ReferenceVotesToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return referenceVotesToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (referenceVotesToken *ReferenceVotesToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := referenceVotesToken.abi.Unpack("transfer", data)
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
func (referenceVotesToken *ReferenceVotesToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := referenceVotesToken.abi.Pack("transferFrom", from, to, value)
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
func (referenceVotesToken *ReferenceVotesToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return referenceVotesToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (referenceVotesToken *ReferenceVotesToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := referenceVotesToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ReferenceVotesTokenApproval represents a Approval event raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReferenceVotesTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ReferenceVotesTokenApproval) ContractEventName() string {
	return ReferenceVotesTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (referenceVotesToken *ReferenceVotesToken) UnpackApprovalEvent(log *types.Log) (*ReferenceVotesTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != referenceVotesToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReferenceVotesTokenApproval)
	if len(log.Data) > 0 {
		if err := referenceVotesToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range referenceVotesToken.abi.Events[event].Inputs {
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

// ReferenceVotesTokenDelegateChanged represents a DelegateChanged event raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenDelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const ReferenceVotesTokenDelegateChangedEventName = "DelegateChanged"

// ContractEventName returns the user-defined event name.
func (ReferenceVotesTokenDelegateChanged) ContractEventName() string {
	return ReferenceVotesTokenDelegateChangedEventName
}

// UnpackDelegateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (referenceVotesToken *ReferenceVotesToken) UnpackDelegateChangedEvent(log *types.Log) (*ReferenceVotesTokenDelegateChanged, error) {
	event := "DelegateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != referenceVotesToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReferenceVotesTokenDelegateChanged)
	if len(log.Data) > 0 {
		if err := referenceVotesToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range referenceVotesToken.abi.Events[event].Inputs {
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

// ReferenceVotesTokenDelegateVotesChanged represents a DelegateVotesChanged event raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenDelegateVotesChanged struct {
	Delegate      common.Address
	PreviousVotes *big.Int
	NewVotes      *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ReferenceVotesTokenDelegateVotesChangedEventName = "DelegateVotesChanged"

// ContractEventName returns the user-defined event name.
func (ReferenceVotesTokenDelegateVotesChanged) ContractEventName() string {
	return ReferenceVotesTokenDelegateVotesChangedEventName
}

// UnpackDelegateVotesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (referenceVotesToken *ReferenceVotesToken) UnpackDelegateVotesChangedEvent(log *types.Log) (*ReferenceVotesTokenDelegateVotesChanged, error) {
	event := "DelegateVotesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != referenceVotesToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReferenceVotesTokenDelegateVotesChanged)
	if len(log.Data) > 0 {
		if err := referenceVotesToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range referenceVotesToken.abi.Events[event].Inputs {
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

// ReferenceVotesTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ReferenceVotesTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (ReferenceVotesTokenEIP712DomainChanged) ContractEventName() string {
	return ReferenceVotesTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (referenceVotesToken *ReferenceVotesToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*ReferenceVotesTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != referenceVotesToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReferenceVotesTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := referenceVotesToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range referenceVotesToken.abi.Events[event].Inputs {
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

// ReferenceVotesTokenTransfer represents a Transfer event raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ReferenceVotesTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ReferenceVotesTokenTransfer) ContractEventName() string {
	return ReferenceVotesTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (referenceVotesToken *ReferenceVotesToken) UnpackTransferEvent(log *types.Log) (*ReferenceVotesTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != referenceVotesToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReferenceVotesTokenTransfer)
	if len(log.Data) > 0 {
		if err := referenceVotesToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range referenceVotesToken.abi.Events[event].Inputs {
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
func (referenceVotesToken *ReferenceVotesToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["ERC20ExceededSafeSupply"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackERC20ExceededSafeSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["ERC5805FutureLookup"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackERC5805FutureLookupError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceVotesToken.abi.Errors["VotesExpiredSignature"].ID.Bytes()[:4]) {
		return referenceVotesToken.UnpackVotesExpiredSignatureError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReferenceVotesTokenCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func ReferenceVotesTokenCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (referenceVotesToken *ReferenceVotesToken) UnpackCheckpointUnorderedInsertionError(raw []byte) (*ReferenceVotesTokenCheckpointUnorderedInsertion, error) {
	out := new(ReferenceVotesTokenCheckpointUnorderedInsertion)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func ReferenceVotesTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (referenceVotesToken *ReferenceVotesToken) UnpackECDSAInvalidSignatureError(raw []byte) (*ReferenceVotesTokenECDSAInvalidSignature, error) {
	out := new(ReferenceVotesTokenECDSAInvalidSignature)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func ReferenceVotesTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (referenceVotesToken *ReferenceVotesToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*ReferenceVotesTokenECDSAInvalidSignatureLength, error) {
	out := new(ReferenceVotesTokenECDSAInvalidSignatureLength)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func ReferenceVotesTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (referenceVotesToken *ReferenceVotesToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*ReferenceVotesTokenECDSAInvalidSignatureS, error) {
	out := new(ReferenceVotesTokenECDSAInvalidSignatureS)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenERC20ExceededSafeSupply represents a ERC20ExceededSafeSupply error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenERC20ExceededSafeSupply struct {
	IncreasedSupply *big.Int
	Cap             *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func ReferenceVotesTokenERC20ExceededSafeSupplyErrorID() common.Hash {
	return common.HexToHash("0x1cb15d26dea6ae78228522d00b5965f950275bea9a67abeec04cb99806defd4c")
}

// UnpackERC20ExceededSafeSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func (referenceVotesToken *ReferenceVotesToken) UnpackERC20ExceededSafeSupplyError(raw []byte) (*ReferenceVotesTokenERC20ExceededSafeSupply, error) {
	out := new(ReferenceVotesTokenERC20ExceededSafeSupply)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "ERC20ExceededSafeSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ReferenceVotesTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (referenceVotesToken *ReferenceVotesToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*ReferenceVotesTokenERC20InsufficientAllowance, error) {
	out := new(ReferenceVotesTokenERC20InsufficientAllowance)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ReferenceVotesTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (referenceVotesToken *ReferenceVotesToken) UnpackERC20InsufficientBalanceError(raw []byte) (*ReferenceVotesTokenERC20InsufficientBalance, error) {
	out := new(ReferenceVotesTokenERC20InsufficientBalance)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ReferenceVotesTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (referenceVotesToken *ReferenceVotesToken) UnpackERC20InvalidApproverError(raw []byte) (*ReferenceVotesTokenERC20InvalidApprover, error) {
	out := new(ReferenceVotesTokenERC20InvalidApprover)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ReferenceVotesTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (referenceVotesToken *ReferenceVotesToken) UnpackERC20InvalidReceiverError(raw []byte) (*ReferenceVotesTokenERC20InvalidReceiver, error) {
	out := new(ReferenceVotesTokenERC20InvalidReceiver)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ReferenceVotesTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (referenceVotesToken *ReferenceVotesToken) UnpackERC20InvalidSenderError(raw []byte) (*ReferenceVotesTokenERC20InvalidSender, error) {
	out := new(ReferenceVotesTokenERC20InvalidSender)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ReferenceVotesTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (referenceVotesToken *ReferenceVotesToken) UnpackERC20InvalidSpenderError(raw []byte) (*ReferenceVotesTokenERC20InvalidSpender, error) {
	out := new(ReferenceVotesTokenERC20InvalidSpender)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func ReferenceVotesTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (referenceVotesToken *ReferenceVotesToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*ReferenceVotesTokenERC2612ExpiredSignature, error) {
	out := new(ReferenceVotesTokenERC2612ExpiredSignature)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func ReferenceVotesTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (referenceVotesToken *ReferenceVotesToken) UnpackERC2612InvalidSignerError(raw []byte) (*ReferenceVotesTokenERC2612InvalidSigner, error) {
	out := new(ReferenceVotesTokenERC2612InvalidSigner)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenERC5805FutureLookup represents a ERC5805FutureLookup error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenERC5805FutureLookup struct {
	Timepoint *big.Int
	Clock     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func ReferenceVotesTokenERC5805FutureLookupErrorID() common.Hash {
	return common.HexToHash("0xecd3f81ef0a2e77b4e11bb288f0a162344834f778af7e47bdbee611607f14457")
}

// UnpackERC5805FutureLookupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func (referenceVotesToken *ReferenceVotesToken) UnpackERC5805FutureLookupError(raw []byte) (*ReferenceVotesTokenERC5805FutureLookup, error) {
	out := new(ReferenceVotesTokenERC5805FutureLookup)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "ERC5805FutureLookup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func ReferenceVotesTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (referenceVotesToken *ReferenceVotesToken) UnpackInvalidAccountNonceError(raw []byte) (*ReferenceVotesTokenInvalidAccountNonce, error) {
	out := new(ReferenceVotesTokenInvalidAccountNonce)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenInvalidShortString represents a InvalidShortString error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func ReferenceVotesTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (referenceVotesToken *ReferenceVotesToken) UnpackInvalidShortStringError(raw []byte) (*ReferenceVotesTokenInvalidShortString, error) {
	out := new(ReferenceVotesTokenInvalidShortString)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func ReferenceVotesTokenSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (referenceVotesToken *ReferenceVotesToken) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*ReferenceVotesTokenSafeCastOverflowedUintDowncast, error) {
	out := new(ReferenceVotesTokenSafeCastOverflowedUintDowncast)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenStringTooLong represents a StringTooLong error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func ReferenceVotesTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (referenceVotesToken *ReferenceVotesToken) UnpackStringTooLongError(raw []byte) (*ReferenceVotesTokenStringTooLong, error) {
	out := new(ReferenceVotesTokenStringTooLong)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceVotesTokenVotesExpiredSignature represents a VotesExpiredSignature error raised by the ReferenceVotesToken contract.
type ReferenceVotesTokenVotesExpiredSignature struct {
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func ReferenceVotesTokenVotesExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x4683af0ecae671986a1b991272ba6e7bcb633f179b33ccfb3beb636962b1efde")
}

// UnpackVotesExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func (referenceVotesToken *ReferenceVotesToken) UnpackVotesExpiredSignatureError(raw []byte) (*ReferenceVotesTokenVotesExpiredSignature, error) {
	out := new(ReferenceVotesTokenVotesExpiredSignature)
	if err := referenceVotesToken.abi.UnpackIntoInterface(out, "VotesExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}
