// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package emission

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

// EmissionSegment is an auto generated low-level Go binding around an user-defined struct.
type EmissionSegment struct {
	FromEpoch        uint32
	RateBps          uint16
	DecayBpsPerYear  uint16
	FloorBps         uint16
	ContributionsBps uint16
	StakersBps       uint16
	TreasuryBps      uint16
}

// EmissionMetaData contains all meta data concerning the Emission contract.
var EmissionMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIMintableCapped\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractIEpochFunded\",\"name\":\"rewardPool_\",\"type\":\"address\"},{\"internalType\":\"contractIRewardNotified\",\"name\":\"stakedPower_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"epochStart_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"epochLength_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"launchSupply_\",\"type\":\"uint256\"},{\"internalType\":\"uint256[6]\",\"name\":\"schedule\",\"type\":\"uint256[6]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"AlreadyReleased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"decayBpsPerYear\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"DecayOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EpochNotEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"floorBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateBps\",\"type\":\"uint256\"}],\"name\":\"FloorAboveRate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidEpochLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rateBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RateOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributionsBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakersBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"treasuryBps\",\"type\":\"uint256\"}],\"name\":\"SplitNotWhole\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"contributions\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stakers\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"treasury\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rateBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"decayBpsPerYear\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"floorBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"contributionsBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stakersBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"treasuryBps\",\"type\":\"uint256\"}],\"name\":\"ScheduleChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DECAY_BPS_PER_YEAR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_RATE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"YEAR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"annualRateAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"emissionForEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"epochStart\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochStartTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"isReleased\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"launchSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"release\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardPool\",\"outputs\":[{\"internalType\":\"contractIEpochFunded\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"segmentCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"segmentFor\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"fromEpoch\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"rateBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"decayBpsPerYear\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"floorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"contributionsBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"stakersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps\",\"type\":\"uint16\"}],\"internalType\":\"structEmission.Segment\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[6]\",\"name\":\"schedule\",\"type\":\"uint256[6]\"}],\"name\":\"setSchedule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakedPower\",\"outputs\":[{\"internalType\":\"contractIRewardNotified\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIMintableCapped\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "293b1e0a3bf0faae7ed05f1b73c4e6c6ca",
	Bin: "0x610180604052348015610010575f5ffd5b50604051611b82380380611b8283398101604081905261002f91610470565b838380158061004057506276a70081115b1561006657604051638422089760e01b8152600481018290526024015b60405180910390fd5b60809190915260a0526001600160a01b038916158061008c57506001600160a01b038816155b8061009e57506001600160a01b038716155b806100b057506001600160a01b038616155b806100c257506001600160a01b038516155b156100e05760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808a1660c05288811660e05287811661010052868116610120528516610140526101608290525f6101198183610217565b81546001810183555f9283526020928390208251910180549383015160408401516060850151608086015160a087015160c09097015161ffff908116600160701b0261ffff60701b199882166c010000000000000000000000000261ffff60601b199383166a0100000000000000000000029390931663ffffffff60501b19948316680100000000000000000261ffff60401b199684166601000000000000029690961663ffffffff60301b19939097166401000000000265ffffffffffff19909b1663ffffffff9099169890981799909917169390931791909117169290921791909117919091169190911790555061059c975050505050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915281516113881015610281578151604051632e71844560e21b81526004810191909152611388602482015260440161005d565b602082015161138810156102b9576020820151604051637f292b4560e11b81526004810191909152611388602482015260440161005d565b8151604083015111156102f25760408083015183519151631b432cd560e21b81526004810191909152602481019190915260440161005d565b6060820151612710108061030b57506080820151612710105b8061031b575060a0820151612710105b8061034b575060a082015160808301516060840151612710929161033e9161057d565b610348919061057d565b14155b15610389576060820151608083015160a084015160405163792436e560e11b815260048101939093526024830191909152604482015260640161005d565b6040805160e08101825263ffffffff85168152835161ffff166020820152908101836001602002015161ffff168152602001836002600681106103ce576103ce610569565b602002015161ffff168152602001836003600681106103ef576103ef610569565b602002015161ffff1681526020018360046006811061041057610410610569565b602002015161ffff1681526020018360056006811061043157610431610569565b602002015161ffff16905290505b92915050565b6001600160a01b0381168114610459575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f5f5f5f5f5f6101c08a8c031215610489575f5ffd5b895161049481610445565b60208b01519099506104a581610445565b60408b01519098506104b681610445565b60608b01519097506104c781610445565b60808b01519096506104d881610445565b60a08b015160c08c015160e08d01519297509095509350915061011f8a018b13610500575f5ffd5b60405160c081016001600160401b03811182821017156105225761052261045c565b604052806101c08c018d811115610537575f5ffd5b6101008d015b8181101561055557805183526020928301920161053d565b505050809150509295985092959850929598565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561043f57634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e051610100516101205161014051610160516114ff6106835f395f81816101860152610ee801525f81816101d40152610ab901525f818161021301526108ea01525f81816102ce015281816107bd015261086d01525f818161023a01528181610687015261074001525f818161036401528181610425015281816104a5015281816105e9015281816106b6015281816107ec015261091901525f81816101ad015281816109c701528181610a4e01528181610f090152610f6701525f818161033d0152818161099a015281816109eb0152610a7901526114ff5ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c806376671808116100b4578063aa9354a311610079578063aa9354a3146102f0578063b0c0c26414610136578063ce2fc96f14610303578063e31b686f14610323578063f60ca64114610338578063fc0c546a1461035f575f5ffd5b8063766718081461029c57806383914540146102a45780638db93772146102af5780639789001c146102c2578063a7a83ce2146102c9575f5ffd5b806357d775f8116100fa57806357d775f8146101a85780635aa6e675146101cf57806361d027b31461020e57806366666aa91461023557806373962b261461025c575f5ffd5b80631b03289214610136578063249d39e91461015257806337bdc99b1461015b578063397576d81461016e5780633f7ed6b714610181575b5f5ffd5b61013f61138881565b6040519081526020015b60405180910390f35b61013f61271081565b61013f610169366004611344565b610386565b61013f61017c366004611344565b61097e565b61013f7f000000000000000000000000000000000000000000000000000000000000000081565b61013f7f000000000000000000000000000000000000000000000000000000000000000081565b6101f67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610149565b6101f67f000000000000000000000000000000000000000000000000000000000000000081565b6101f67f000000000000000000000000000000000000000000000000000000000000000081565b61028c61026a366004611344565b600881901c5f9081526001602081905260409091205460ff9092161b16151590565b6040519015158152602001610149565b61013f610997565b61013f6301e1338081565b61013f6102bd366004611344565b610a1f565b5f5461013f565b6101f67f000000000000000000000000000000000000000000000000000000000000000081565b61013f6102fe366004611344565b610a48565b610316610311366004611344565b610a9d565b604051610149919061135b565b6103366103313660046113d6565b610aae565b005b61013f7f000000000000000000000000000000000000000000000000000000000000000081565b6101f67f000000000000000000000000000000000000000000000000000000000000000081565b5f61038f610997565b82106103b65760405163193215e760e01b8152600481018390526024015b60405180910390fd5b600882901c5f8181526001602081905260409091205460ff85169190911b90808216156103f9576040516350514a3b60e01b8152600481018690526024016103ad565b5f838152600160205260408120828417905561041486610dd6565b90506104208187610ee2565b94505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561047f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104a391906113fb565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663355274ea6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156104ff573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061052391906113fb565b61052d9190611426565b90508086111561053b578095505b5f612710836080015161ffff16886105539190611439565b61055d9190611464565b90505f6127108460a0015161ffff16896105779190611439565b6105819190611464565b90505f8161058f848b611426565b6105999190611426565b60408051858152602081018590529081018290529091508a907f39c15e2884a29a8ddf54563c3cb131c46f3667ecc29b194be9f5cf91b28797259060600160405180910390a26001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166340c10f19306106198587611483565b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260248201526044015f604051808303815f87803b15801561065c575f5ffd5b505af115801561066e573d5f5f3e3d5ffd5b505060405163095ea7b360e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018790527f000000000000000000000000000000000000000000000000000000000000000016925063095ea7b391506044016020604051808303815f875af11580156106fe573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107229190611496565b506040516375d16a4360e11b8152600481018b9052602481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063eba2d486906044015f604051808303815f87803b158015610789575f5ffd5b505af115801561079b573d5f5f3e3d5ffd5b50505050815f146108cd5760405163095ea7b360e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018490527f0000000000000000000000000000000000000000000000000000000000000000169063095ea7b3906044016020604051808303815f875af1158015610832573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108569190611496565b506040516360993b5b60e01b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906360993b5b906024015f604051808303815f87803b1580156108b6575f5ffd5b505af11580156108c8573d5f5f3e3d5ffd5b505050505b8015610971576040516340c10f1960e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390527f000000000000000000000000000000000000000000000000000000000000000016906340c10f19906044015f604051808303815f87803b15801561095a575f5ffd5b505af115801561096c573d5f5f3e3d5ffd5b505050505b5050505050505050919050565b5f61099161098b83610dd6565b83610ee2565b92915050565b5f7f00000000000000000000000000000000000000000000000000000000000000004210156109c557505f90565b7f0000000000000000000000000000000000000000000000000000000000000000610a107f000000000000000000000000000000000000000000000000000000000000000042611426565b610a1a9190611464565b905090565b5f610991610a35610a2f84610dd6565b84610f63565b670de0b6b3a76400006301e13380611030565b5f610a737f000000000000000000000000000000000000000000000000000000000000000083611439565b610991907f0000000000000000000000000000000000000000000000000000000000000000611483565b610aa5611309565b61099182610dd6565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610af95760405163988d1f0360e01b81523360048201526024016103ad565b5f610b02610997565b610b0d906001611483565b90505f610b42828460068060200260405190810160405280929190826006602002808284375f920191909152506110e0915050565b5f80549192508390610b55600184611426565b81548110610b6557610b656114b5565b5f9182526020909120015463ffffffff1603610c6c57815f610b88600184611426565b81548110610b9857610b986114b5565b5f9182526020918290208351910180549284015160408501516060860151608087015160a088015160c09098015161ffff908116600160701b0261ffff60701b19998216600160601b0261ffff60601b19938316600160501b029390931663ffffffff60501b19948316600160401b0261ffff60401b19968416600160301b029690961669ffffffff00000000000019939097166401000000000265ffffffffffff19909a1663ffffffff909916989098179890981716939093179190911716929092179190911792909216179055610d5d565b5f805460018101825590805282517f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5639091018054602085015160408601516060870151608088015160a089015160c08a015163ffffffff90981665ffffffffffff199096169590951764010000000061ffff958616021769ffffffff0000000000001916600160301b9385169390930261ffff60401b191692909217600160401b918416919091021763ffffffff60501b1916600160501b9183169190910261ffff60601b191617600160601b928216929092029190911761ffff60701b1916600160701b91909316029190911790555b604080518481528535602082810191909152860135818301529085013560608281019190915285013560808281019190915285013560a08083019190915285013560c08201527f769633000eec455db95fb2c550ebe616e85dad0f6da0e15adc69d7afeb2886ea9060e00160405180910390a150505050565b610dde611309565b5f80545b6001610dee8383611426565b1115610e48575f6002610e018385611483565b610e0b9190611464565b9050845f8281548110610e2057610e206114b5565b5f9182526020909120015463ffffffff1611610e3e57809250610e42565b8091505b50610de2565b5f8281548110610e5a57610e5a6114b5565b5f9182526020918290206040805160e081018252919092015463ffffffff8116825261ffff6401000000008204811694830194909452600160301b8104841692820192909252600160401b820483166060820152600160501b820483166080820152600160601b8204831660a0820152600160701b90910490911660c0820152949350505050565b5f610f5c7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610f328686610f63565b610f3c9190611439565b6301e13380610f4d81612710611439565b610f579190611439565b611030565b9392505050565b5f5f7f0000000000000000000000000000000000000000000000000000000000000000845f015163ffffffff1684610f9b9190611426565b610fa59190611439565b90505f6301e13380856020015161ffff16610fc09190611439565b90505f6301e13380866060015161ffff16610fdb9190611439565b90505f83876040015161ffff16610ff29190611439565b9050828110158061100b5750816110098285611426565b105b1561101b57509250610991915050565b6110258184611426565b979650505050505050565b5f5f5f61103d86866112dc565b91509150815f036110615783818161105757611057611450565b0492505050610f5c565b8184116110785761107860038515026011186112f8565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6110e8611309565b8151611388101561111a578151604051632e71844560e21b8152600481019190915261138860248201526044016103ad565b60208201516113881015611152576020820151604051637f292b4560e11b8152600481019190915261138860248201526044016103ad565b81516040830151111561118b5760408083015183519151631b432cd560e21b8152600481019190915260248101919091526044016103ad565b606082015161271010806111a457506080820151612710105b806111b4575060a0820151612710105b806111e4575060a08201516080830151606084015161271092916111d791611483565b6111e19190611483565b14155b15611222576060820151608083015160a084015160405163792436e560e11b81526004810193909352602483019190915260448201526064016103ad565b6040805160e08101825263ffffffff85168152835161ffff166020820152908101836001602002015161ffff16815260200183600260068110611267576112676114b5565b602002015161ffff16815260200183600360068110611288576112886114b5565b602002015161ffff168152602001836004600681106112a9576112a96114b5565b602002015161ffff168152602001836005600681106112ca576112ca6114b5565b602002015161ffff1690529392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915290565b5f60208284031215611354575f5ffd5b5035919050565b5f60e08201905063ffffffff835116825261ffff602084015116602083015261ffff604084015116604083015261ffff606084015116606083015261ffff608084015116608083015260a08301516113b960a084018261ffff169052565b5060c08301516113cf60c084018261ffff169052565b5092915050565b5f60c082840312156113e6575f5ffd5b8260c0830111156113f5575f5ffd5b50919050565b5f6020828403121561140b575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561099157610991611412565b808202811582820484141761099157610991611412565b634e487b7160e01b5f52601260045260245ffd5b5f8261147e57634e487b7160e01b5f52601260045260245ffd5b500490565b8082018082111561099157610991611412565b5f602082840312156114a6575f5ffd5b81518015158114610f5c575f5ffd5b634e487b7160e01b5f52603260045260245ffdfea26469706673582212205c39c872973494fdd0ca3dfe0afe3d0697b2ba0790a051351de17ab114b275d464736f6c63430008250033",
}

// Emission is an auto generated Go binding around an Ethereum contract.
type Emission struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Emission) GetABI() abi.ABI {
	return c.abi
}

// NewEmission creates a new instance of Emission.
func NewEmission() *Emission {
	parsed, err := EmissionMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Emission{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Emission) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address rewardPool_, address stakedPower_, address treasury_, address governance_, uint256 epochStart_, uint256 epochLength_, uint256 launchSupply_, uint256[6] schedule) returns()
func (emission *Emission) PackConstructor(token_ common.Address, rewardPool_ common.Address, stakedPower_ common.Address, treasury_ common.Address, governance_ common.Address, epochStart_ *big.Int, epochLength_ *big.Int, launchSupply_ *big.Int, schedule [6]*big.Int) []byte {
	enc, err := emission.abi.Pack("", token_, rewardPool_, stakedPower_, treasury_, governance_, epochStart_, epochLength_, launchSupply_, schedule)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (emission *Emission) PackBPS() []byte {
	enc, err := emission.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (emission *Emission) TryPackBPS() ([]byte, error) {
	return emission.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (emission *Emission) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := emission.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXDECAYBPSPERYEAR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b032892.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DECAY_BPS_PER_YEAR() view returns(uint256)
func (emission *Emission) PackMAXDECAYBPSPERYEAR() []byte {
	enc, err := emission.abi.Pack("MAX_DECAY_BPS_PER_YEAR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDECAYBPSPERYEAR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b032892.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DECAY_BPS_PER_YEAR() view returns(uint256)
func (emission *Emission) TryPackMAXDECAYBPSPERYEAR() ([]byte, error) {
	return emission.abi.Pack("MAX_DECAY_BPS_PER_YEAR")
}

// UnpackMAXDECAYBPSPERYEAR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b032892.
//
// Solidity: function MAX_DECAY_BPS_PER_YEAR() view returns(uint256)
func (emission *Emission) UnpackMAXDECAYBPSPERYEAR(data []byte) (*big.Int, error) {
	out, err := emission.abi.Unpack("MAX_DECAY_BPS_PER_YEAR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXRATEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c0c264.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RATE_BPS() view returns(uint256)
func (emission *Emission) PackMAXRATEBPS() []byte {
	enc, err := emission.abi.Pack("MAX_RATE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRATEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c0c264.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RATE_BPS() view returns(uint256)
func (emission *Emission) TryPackMAXRATEBPS() ([]byte, error) {
	return emission.abi.Pack("MAX_RATE_BPS")
}

// UnpackMAXRATEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0c0c264.
//
// Solidity: function MAX_RATE_BPS() view returns(uint256)
func (emission *Emission) UnpackMAXRATEBPS(data []byte) (*big.Int, error) {
	out, err := emission.abi.Unpack("MAX_RATE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackYEAR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83914540.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function YEAR() view returns(uint256)
func (emission *Emission) PackYEAR() []byte {
	enc, err := emission.abi.Pack("YEAR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackYEAR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83914540.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function YEAR() view returns(uint256)
func (emission *Emission) TryPackYEAR() ([]byte, error) {
	return emission.abi.Pack("YEAR")
}

// UnpackYEAR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83914540.
//
// Solidity: function YEAR() view returns(uint256)
func (emission *Emission) UnpackYEAR(data []byte) (*big.Int, error) {
	out, err := emission.abi.Unpack("YEAR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAnnualRateAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8db93772.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function annualRateAt(uint256 epoch) view returns(uint256)
func (emission *Emission) PackAnnualRateAt(epoch *big.Int) []byte {
	enc, err := emission.abi.Pack("annualRateAt", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnnualRateAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8db93772.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function annualRateAt(uint256 epoch) view returns(uint256)
func (emission *Emission) TryPackAnnualRateAt(epoch *big.Int) ([]byte, error) {
	return emission.abi.Pack("annualRateAt", epoch)
}

// UnpackAnnualRateAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8db93772.
//
// Solidity: function annualRateAt(uint256 epoch) view returns(uint256)
func (emission *Emission) UnpackAnnualRateAt(data []byte) (*big.Int, error) {
	out, err := emission.abi.Unpack("annualRateAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint256)
func (emission *Emission) PackCurrentEpoch() []byte {
	enc, err := emission.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint256)
func (emission *Emission) TryPackCurrentEpoch() ([]byte, error) {
	return emission.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (emission *Emission) UnpackCurrentEpoch(data []byte) (*big.Int, error) {
	out, err := emission.abi.Unpack("currentEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEmissionForEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x397576d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function emissionForEpoch(uint256 epoch) view returns(uint256)
func (emission *Emission) PackEmissionForEpoch(epoch *big.Int) []byte {
	enc, err := emission.abi.Pack("emissionForEpoch", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmissionForEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x397576d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function emissionForEpoch(uint256 epoch) view returns(uint256)
func (emission *Emission) TryPackEmissionForEpoch(epoch *big.Int) ([]byte, error) {
	return emission.abi.Pack("emissionForEpoch", epoch)
}

// UnpackEmissionForEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x397576d8.
//
// Solidity: function emissionForEpoch(uint256 epoch) view returns(uint256)
func (emission *Emission) UnpackEmissionForEpoch(data []byte) (*big.Int, error) {
	out, err := emission.abi.Unpack("emissionForEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochLength() view returns(uint256)
func (emission *Emission) PackEpochLength() []byte {
	enc, err := emission.abi.Pack("epochLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochLength() view returns(uint256)
func (emission *Emission) TryPackEpochLength() ([]byte, error) {
	return emission.abi.Pack("epochLength")
}

// UnpackEpochLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint256)
func (emission *Emission) UnpackEpochLength(data []byte) (*big.Int, error) {
	out, err := emission.abi.Unpack("epochLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEpochStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa9354a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochStart(uint256 epoch) view returns(uint256)
func (emission *Emission) PackEpochStart(epoch *big.Int) []byte {
	enc, err := emission.abi.Pack("epochStart", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa9354a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochStart(uint256 epoch) view returns(uint256)
func (emission *Emission) TryPackEpochStart(epoch *big.Int) ([]byte, error) {
	return emission.abi.Pack("epochStart", epoch)
}

// UnpackEpochStart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa9354a3.
//
// Solidity: function epochStart(uint256 epoch) view returns(uint256)
func (emission *Emission) UnpackEpochStart(data []byte) (*big.Int, error) {
	out, err := emission.abi.Unpack("epochStart", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEpochStartTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf60ca641.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochStartTime() view returns(uint256)
func (emission *Emission) PackEpochStartTime() []byte {
	enc, err := emission.abi.Pack("epochStartTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochStartTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf60ca641.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochStartTime() view returns(uint256)
func (emission *Emission) TryPackEpochStartTime() ([]byte, error) {
	return emission.abi.Pack("epochStartTime")
}

// UnpackEpochStartTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf60ca641.
//
// Solidity: function epochStartTime() view returns(uint256)
func (emission *Emission) UnpackEpochStartTime(data []byte) (*big.Int, error) {
	out, err := emission.abi.Unpack("epochStartTime", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governance() view returns(address)
func (emission *Emission) PackGovernance() []byte {
	enc, err := emission.abi.Pack("governance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governance() view returns(address)
func (emission *Emission) TryPackGovernance() ([]byte, error) {
	return emission.abi.Pack("governance")
}

// UnpackGovernance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (emission *Emission) UnpackGovernance(data []byte) (common.Address, error) {
	out, err := emission.abi.Unpack("governance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73962b26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isReleased(uint256 epoch) view returns(bool)
func (emission *Emission) PackIsReleased(epoch *big.Int) []byte {
	enc, err := emission.abi.Pack("isReleased", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73962b26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isReleased(uint256 epoch) view returns(bool)
func (emission *Emission) TryPackIsReleased(epoch *big.Int) ([]byte, error) {
	return emission.abi.Pack("isReleased", epoch)
}

// UnpackIsReleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73962b26.
//
// Solidity: function isReleased(uint256 epoch) view returns(bool)
func (emission *Emission) UnpackIsReleased(data []byte) (bool, error) {
	out, err := emission.abi.Unpack("isReleased", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLaunchSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f7ed6b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function launchSupply() view returns(uint256)
func (emission *Emission) PackLaunchSupply() []byte {
	enc, err := emission.abi.Pack("launchSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLaunchSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f7ed6b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function launchSupply() view returns(uint256)
func (emission *Emission) TryPackLaunchSupply() ([]byte, error) {
	return emission.abi.Pack("launchSupply")
}

// UnpackLaunchSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f7ed6b7.
//
// Solidity: function launchSupply() view returns(uint256)
func (emission *Emission) UnpackLaunchSupply(data []byte) (*big.Int, error) {
	out, err := emission.abi.Unpack("launchSupply", data)
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
// Solidity: function release(uint256 epoch) returns(uint256 total)
func (emission *Emission) PackRelease(epoch *big.Int) []byte {
	enc, err := emission.abi.Pack("release", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37bdc99b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(uint256 epoch) returns(uint256 total)
func (emission *Emission) TryPackRelease(epoch *big.Int) ([]byte, error) {
	return emission.abi.Pack("release", epoch)
}

// UnpackRelease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37bdc99b.
//
// Solidity: function release(uint256 epoch) returns(uint256 total)
func (emission *Emission) UnpackRelease(data []byte) (*big.Int, error) {
	out, err := emission.abi.Unpack("release", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRewardPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66666aa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardPool() view returns(address)
func (emission *Emission) PackRewardPool() []byte {
	enc, err := emission.abi.Pack("rewardPool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66666aa9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardPool() view returns(address)
func (emission *Emission) TryPackRewardPool() ([]byte, error) {
	return emission.abi.Pack("rewardPool")
}

// UnpackRewardPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66666aa9.
//
// Solidity: function rewardPool() view returns(address)
func (emission *Emission) UnpackRewardPool(data []byte) (common.Address, error) {
	out, err := emission.abi.Unpack("rewardPool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSegmentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9789001c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function segmentCount() view returns(uint256)
func (emission *Emission) PackSegmentCount() []byte {
	enc, err := emission.abi.Pack("segmentCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSegmentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9789001c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function segmentCount() view returns(uint256)
func (emission *Emission) TryPackSegmentCount() ([]byte, error) {
	return emission.abi.Pack("segmentCount")
}

// UnpackSegmentCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9789001c.
//
// Solidity: function segmentCount() view returns(uint256)
func (emission *Emission) UnpackSegmentCount(data []byte) (*big.Int, error) {
	out, err := emission.abi.Unpack("segmentCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSegmentFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce2fc96f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function segmentFor(uint256 epoch) view returns((uint32,uint16,uint16,uint16,uint16,uint16,uint16))
func (emission *Emission) PackSegmentFor(epoch *big.Int) []byte {
	enc, err := emission.abi.Pack("segmentFor", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSegmentFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce2fc96f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function segmentFor(uint256 epoch) view returns((uint32,uint16,uint16,uint16,uint16,uint16,uint16))
func (emission *Emission) TryPackSegmentFor(epoch *big.Int) ([]byte, error) {
	return emission.abi.Pack("segmentFor", epoch)
}

// UnpackSegmentFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce2fc96f.
//
// Solidity: function segmentFor(uint256 epoch) view returns((uint32,uint16,uint16,uint16,uint16,uint16,uint16))
func (emission *Emission) UnpackSegmentFor(data []byte) (EmissionSegment, error) {
	out, err := emission.abi.Unpack("segmentFor", data)
	if err != nil {
		return *new(EmissionSegment), err
	}
	out0 := *abi.ConvertType(out[0], new(EmissionSegment)).(*EmissionSegment)
	return out0, nil
}

// PackSetSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe31b686f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSchedule(uint256[6] schedule) returns()
func (emission *Emission) PackSetSchedule(schedule [6]*big.Int) []byte {
	enc, err := emission.abi.Pack("setSchedule", schedule)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe31b686f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSchedule(uint256[6] schedule) returns()
func (emission *Emission) TryPackSetSchedule(schedule [6]*big.Int) ([]byte, error) {
	return emission.abi.Pack("setSchedule", schedule)
}

// PackStakedPower is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7a83ce2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakedPower() view returns(address)
func (emission *Emission) PackStakedPower() []byte {
	enc, err := emission.abi.Pack("stakedPower")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakedPower is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7a83ce2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakedPower() view returns(address)
func (emission *Emission) TryPackStakedPower() ([]byte, error) {
	return emission.abi.Pack("stakedPower")
}

// UnpackStakedPower is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7a83ce2.
//
// Solidity: function stakedPower() view returns(address)
func (emission *Emission) UnpackStakedPower(data []byte) (common.Address, error) {
	out, err := emission.abi.Unpack("stakedPower", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (emission *Emission) PackToken() []byte {
	enc, err := emission.abi.Pack("token")
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
func (emission *Emission) TryPackToken() ([]byte, error) {
	return emission.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (emission *Emission) UnpackToken(data []byte) (common.Address, error) {
	out, err := emission.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (emission *Emission) PackTreasury() []byte {
	enc, err := emission.abi.Pack("treasury")
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
func (emission *Emission) TryPackTreasury() ([]byte, error) {
	return emission.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (emission *Emission) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := emission.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// EmissionReleased represents a Released event raised by the Emission contract.
type EmissionReleased struct {
	Epoch         *big.Int
	Contributions *big.Int
	Stakers       *big.Int
	Treasury      *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const EmissionReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (EmissionReleased) ContractEventName() string {
	return EmissionReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(uint256 indexed epoch, uint256 contributions, uint256 stakers, uint256 treasury)
func (emission *Emission) UnpackReleasedEvent(log *types.Log) (*EmissionReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != emission.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EmissionReleased)
	if len(log.Data) > 0 {
		if err := emission.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range emission.abi.Events[event].Inputs {
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

// EmissionScheduleChanged represents a ScheduleChanged event raised by the Emission contract.
type EmissionScheduleChanged struct {
	FromEpoch        *big.Int
	RateBps          *big.Int
	DecayBpsPerYear  *big.Int
	FloorBps         *big.Int
	ContributionsBps *big.Int
	StakersBps       *big.Int
	TreasuryBps      *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const EmissionScheduleChangedEventName = "ScheduleChanged"

// ContractEventName returns the user-defined event name.
func (EmissionScheduleChanged) ContractEventName() string {
	return EmissionScheduleChangedEventName
}

// UnpackScheduleChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScheduleChanged(uint256 fromEpoch, uint256 rateBps, uint256 decayBpsPerYear, uint256 floorBps, uint256 contributionsBps, uint256 stakersBps, uint256 treasuryBps)
func (emission *Emission) UnpackScheduleChangedEvent(log *types.Log) (*EmissionScheduleChanged, error) {
	event := "ScheduleChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != emission.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EmissionScheduleChanged)
	if len(log.Data) > 0 {
		if err := emission.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range emission.abi.Events[event].Inputs {
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
func (emission *Emission) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], emission.abi.Errors["AlreadyReleased"].ID.Bytes()[:4]) {
		return emission.UnpackAlreadyReleasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], emission.abi.Errors["DecayOutOfBounds"].ID.Bytes()[:4]) {
		return emission.UnpackDecayOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], emission.abi.Errors["EpochNotEnded"].ID.Bytes()[:4]) {
		return emission.UnpackEpochNotEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], emission.abi.Errors["FloorAboveRate"].ID.Bytes()[:4]) {
		return emission.UnpackFloorAboveRateError(raw[4:])
	}
	if bytes.Equal(raw[:4], emission.abi.Errors["InvalidEpochLength"].ID.Bytes()[:4]) {
		return emission.UnpackInvalidEpochLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], emission.abi.Errors["NotGovernance"].ID.Bytes()[:4]) {
		return emission.UnpackNotGovernanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], emission.abi.Errors["RateOutOfBounds"].ID.Bytes()[:4]) {
		return emission.UnpackRateOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], emission.abi.Errors["SplitNotWhole"].ID.Bytes()[:4]) {
		return emission.UnpackSplitNotWholeError(raw[4:])
	}
	if bytes.Equal(raw[:4], emission.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return emission.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EmissionAlreadyReleased represents a AlreadyReleased error raised by the Emission contract.
type EmissionAlreadyReleased struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyReleased(uint256 epoch)
func EmissionAlreadyReleasedErrorID() common.Hash {
	return common.HexToHash("0x50514a3b47b984df30ef279f6b2377f19c76521fe5b3788185afd6c0d86eda59")
}

// UnpackAlreadyReleasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyReleased(uint256 epoch)
func (emission *Emission) UnpackAlreadyReleasedError(raw []byte) (*EmissionAlreadyReleased, error) {
	out := new(EmissionAlreadyReleased)
	if err := emission.abi.UnpackIntoInterface(out, "AlreadyReleased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmissionDecayOutOfBounds represents a DecayOutOfBounds error raised by the Emission contract.
type EmissionDecayOutOfBounds struct {
	DecayBpsPerYear *big.Int
	Max             *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecayOutOfBounds(uint256 decayBpsPerYear, uint256 max)
func EmissionDecayOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0xfe52568a7dff1b023b28184100204d2094e6347a29c456a837ebf046c9560375")
}

// UnpackDecayOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecayOutOfBounds(uint256 decayBpsPerYear, uint256 max)
func (emission *Emission) UnpackDecayOutOfBoundsError(raw []byte) (*EmissionDecayOutOfBounds, error) {
	out := new(EmissionDecayOutOfBounds)
	if err := emission.abi.UnpackIntoInterface(out, "DecayOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmissionEpochNotEnded represents a EpochNotEnded error raised by the Emission contract.
type EmissionEpochNotEnded struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotEnded(uint256 epoch)
func EmissionEpochNotEndedErrorID() common.Hash {
	return common.HexToHash("0x193215e71e71c2f053e691f782c3324a8d6d72afbc171f4e75a06b8c1d1ba075")
}

// UnpackEpochNotEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotEnded(uint256 epoch)
func (emission *Emission) UnpackEpochNotEndedError(raw []byte) (*EmissionEpochNotEnded, error) {
	out := new(EmissionEpochNotEnded)
	if err := emission.abi.UnpackIntoInterface(out, "EpochNotEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmissionFloorAboveRate represents a FloorAboveRate error raised by the Emission contract.
type EmissionFloorAboveRate struct {
	FloorBps *big.Int
	RateBps  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FloorAboveRate(uint256 floorBps, uint256 rateBps)
func EmissionFloorAboveRateErrorID() common.Hash {
	return common.HexToHash("0x6d0cb35496a7e30cd1de12b6923cf4cb96be262ed248b8ebd66693581c8b9ce3")
}

// UnpackFloorAboveRateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FloorAboveRate(uint256 floorBps, uint256 rateBps)
func (emission *Emission) UnpackFloorAboveRateError(raw []byte) (*EmissionFloorAboveRate, error) {
	out := new(EmissionFloorAboveRate)
	if err := emission.abi.UnpackIntoInterface(out, "FloorAboveRate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmissionInvalidEpochLength represents a InvalidEpochLength error raised by the Emission contract.
type EmissionInvalidEpochLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEpochLength(uint256 length)
func EmissionInvalidEpochLengthErrorID() common.Hash {
	return common.HexToHash("0x84220897ec66d0dd5dc0a4fa7cec6dfed1f2e47060ce4818ecad88a89680150a")
}

// UnpackInvalidEpochLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEpochLength(uint256 length)
func (emission *Emission) UnpackInvalidEpochLengthError(raw []byte) (*EmissionInvalidEpochLength, error) {
	out := new(EmissionInvalidEpochLength)
	if err := emission.abi.UnpackIntoInterface(out, "InvalidEpochLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmissionNotGovernance represents a NotGovernance error raised by the Emission contract.
type EmissionNotGovernance struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGovernance(address caller)
func EmissionNotGovernanceErrorID() common.Hash {
	return common.HexToHash("0x988d1f034409fa6034c96c7a747f1aface3c57af045046793082b71a663c0040")
}

// UnpackNotGovernanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGovernance(address caller)
func (emission *Emission) UnpackNotGovernanceError(raw []byte) (*EmissionNotGovernance, error) {
	out := new(EmissionNotGovernance)
	if err := emission.abi.UnpackIntoInterface(out, "NotGovernance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmissionRateOutOfBounds represents a RateOutOfBounds error raised by the Emission contract.
type EmissionRateOutOfBounds struct {
	RateBps *big.Int
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateOutOfBounds(uint256 rateBps, uint256 max)
func EmissionRateOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0xb9c61114d117cd81552e83ae888613678d15193bbb9cb051af2b285f77d00b05")
}

// UnpackRateOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateOutOfBounds(uint256 rateBps, uint256 max)
func (emission *Emission) UnpackRateOutOfBoundsError(raw []byte) (*EmissionRateOutOfBounds, error) {
	out := new(EmissionRateOutOfBounds)
	if err := emission.abi.UnpackIntoInterface(out, "RateOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmissionSplitNotWhole represents a SplitNotWhole error raised by the Emission contract.
type EmissionSplitNotWhole struct {
	ContributionsBps *big.Int
	StakersBps       *big.Int
	TreasuryBps      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SplitNotWhole(uint256 contributionsBps, uint256 stakersBps, uint256 treasuryBps)
func EmissionSplitNotWholeErrorID() common.Hash {
	return common.HexToHash("0xf2486dca389ac0e60ec17e59fa830d0739bc2f918fa38fdde77adfe20113f6df")
}

// UnpackSplitNotWholeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SplitNotWhole(uint256 contributionsBps, uint256 stakersBps, uint256 treasuryBps)
func (emission *Emission) UnpackSplitNotWholeError(raw []byte) (*EmissionSplitNotWhole, error) {
	out := new(EmissionSplitNotWhole)
	if err := emission.abi.UnpackIntoInterface(out, "SplitNotWhole", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EmissionZeroAddress represents a ZeroAddress error raised by the Emission contract.
type EmissionZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func EmissionZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (emission *Emission) UnpackZeroAddressError(raw []byte) (*EmissionZeroAddress, error) {
	out := new(EmissionZeroAddress)
	if err := emission.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
