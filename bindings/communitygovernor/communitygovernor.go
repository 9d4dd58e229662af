// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package communitygovernor

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

// CommunityGovernorMetaData contains all meta data concerning the CommunityGovernor contract.
var CommunityGovernorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIVotes\",\"name\":\"stakedPower\",\"type\":\"address\"},{\"internalType\":\"contractTimelockController\",\"name\":\"timelock_\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"votingDelay_\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod_\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proposalThreshold_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumBps\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC6372InconsistentClock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorAlreadyCastVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorAlreadyQueuedProposal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorDisabledDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"GovernorInsufficientProposerVotes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"calldatas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidProposalLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quorumNumerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumDenominator\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidQuorumFraction\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorInvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"votingPeriod\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidVotingPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorNonexistentProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorOnlyExecutor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorProposalQueueingFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorProposalQueueingNotRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GovernorRestrictedProposer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorUnableToCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"current\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"GovernorUnexpectedProposalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"QuorumOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"VotingDelayOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"VotingPeriodOutOfBounds\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"signatures\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteStart\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteEnd\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"etaSeconds\",\"type\":\"uint256\"}],\"name\":\"ProposalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldProposalThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"ProposalThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldQuorumNumerator\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"QuorumNumeratorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldTimelock\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"TimelockChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VoteCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"VoteCastWithParams\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingDelay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingDelay\",\"type\":\"uint256\"}],\"name\":\"VotingDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingPeriod\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingPeriod\",\"type\":\"uint256\"}],\"name\":\"VotingPeriodSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COUNTING_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXTENDED_BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VOTING_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VOTING_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_QUORUM_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_VOTING_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_VOTING_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"}],\"name\":\"castVote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"castVoteWithReason\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParamsBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"getProposalId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"getVotesWithParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"hashProposal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalDeadline\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalEta\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalNeedsQueuing\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalProposer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalSnapshot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"againstVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"forVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"abstainVotes\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumDenominator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"relay\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"setProposalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newVotingDelay\",\"type\":\"uint48\"}],\"name\":\"setVotingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"newVotingPeriod\",\"type\":\"uint32\"}],\"name\":\"setVotingPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC5805\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"updateQuorumNumerator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractTimelockController\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"updateTimelock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "b6b6f06c80a8111a3ac319a1d4f6fd7547",
	Bin: "0x610180604052348015610010575f5ffd5b50604051614fec380380614fec83398101604081905261002f91610811565b8481878686866040518060400160405280601181526020017021b7b6b6bab734ba3ca3b7bb32b93737b960791b8152508061006e61017260201b60201c565b6100778261018d565b610120526100848161018d565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05260036101258282610927565b506101319050836101d3565b61013a82610238565b61014381610296565b5050506001600160a01b03166101605261015c816102d7565b5061016681610320565b50505050505050610a7b565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f815111156101c0578260405163305a27a960e01b81526004016101b791906109e5565b60405180910390fd5b80516101cb82610a1a565b179392505050565b60018165ffffffffffff1610806101f4575062278d008165ffffffffffff16115b1561022c57604051634437be6760e01b815265ffffffffffff821660048201526001602482015262278d0060448201526064016101b7565b61023581610389565b50565b610e108163ffffffff16108061025657506276a7008163ffffffff16115b1561028d5760405163018bb17560e51b815263ffffffff82166004820152610e1060248201526276a70060448201526064016101b7565b610235816103ef565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b60018110806102e7575061271081115b1561031757604051631007238d60e01b8152600481018290526001602482015261271060448201526064016101b7565b6102358161048e565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036104175760405163f1cfbf0560e01b81525f60048201526024016101b7565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b612710808211156104bc5760405163243e544560e01b815260048101839052602481018290526044016101b7565b5f6104c5610524565b90506104e46104d261053d565b6104db856105b7565b600a91906105ee565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f61052f600a610608565b6001600160d01b0316905090565b5f6105486101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156105a1575060408051601f3d908101601f1916820190925261059e91810190610a3d565b60015b6105b2576105ad610650565b905090565b919050565b5f6001600160d01b038211156105ea576040516306dfcc6560e41b815260d06004820152602481018390526044016101b7565b5090565b5f806105fb85858561065a565b915091505b935093915050565b80545f9080156106475761062e83610621600184610a56565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610649565b5f5b9392505050565b5f6105ad436107b6565b82545f9081908015610759575f61067687610621600185610a56565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156106bc57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036106f857825465ffffffffffff1666010000000000006001600160d01b0389160217835561074b565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061060092505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081610600565b5f65ffffffffffff8211156105ea576040516306dfcc6560e41b815260306004820152602481018390526044016101b7565b6001600160a01b0381168114610235575f5ffd5b805165ffffffffffff811681146105b2575f5ffd5b5f5f5f5f5f5f60c08789031215610826575f5ffd5b8651610831816107e8565b6020880151909650610842816107e8565b9450610850604088016107fc565b9350606087015163ffffffff81168114610868575f5ffd5b608088015160a090980151969995985093969395939492505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806108ac57607f821691505b6020821081036108ca57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610922578282111561092257805f5260205f20601f840160051c60208510156108fb57505f5b90810190601f840160051c035f5b8181101561091e575f83820155600101610909565b5050505b505050565b81516001600160401b0381111561094057610940610884565b6109548161094e8454610898565b846108d0565b6020601f821160018114610986575f831561096f5750848201515b5f19600385901b1c1916600184901b1784556109de565b5f84815260208120601f198516915b828110156109b55787850151825560209485019460019092019101610995565b50848210156109d257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156108ca575f1960209190910360031b1b16919050565b5f60208284031215610a4d575f5ffd5b610649826107fc565b81810381811115610a7557634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e051610100516101205161014051610160516144fa610af25f395f8181610a9901528181610f3b015281816112db01528181611e9001526120cd01525f611dd601525f611dab01525f612ef801525f612ed001525f612e2b01525f612e5501525f612e7f01526144fa5ff3fe60806040526004361061032a575f3560e01c806384b0196e116101a3578063bc197c81116100f2578063e48083fe11610092578063ece40cc11161006d578063ece40cc114610a2e578063f23a6e6114610a4d578063f8ce560a14610a6c578063fc0c546a14610a8b575f5ffd5b8063e48083fe146106bb578063e540d01d146109f0578063eb9019d414610a0f575f5ffd5b8063c59057e4116100cd578063c59057e41461093c578063d33219b41461095b578063dd4e2ba514610978578063deaaa7cc146109bd575f5ffd5b8063bc197c81146108eb578063c01f9e371461090a578063c28bc2fa14610929575f5ffd5b8063a7713a701161015d578063a9a9529411610138578063a9a952941461086c578063ab58fb8e1461088b578063b1126263146108c1578063b58131b0146108d7575f5ffd5b8063a7713a701461081a578063a890c9101461082e578063a8f8a6681461084d575f5ffd5b806384b0196e146107605780638ff262e31461078757806391ddadf4146107a657806397c3d334146107d15780639a802a6d146107e5578063a64e024a14610804575f5ffd5b806343859632116102795780635f398a141161021957806379051887116101f457806379051887146106cf5780637b3c71d3146106ee5780637d5e81e21461070d5780637ecebe001461072c575f5ffd5b80635f398a141461067d57806360c4247f1461069c5780636198c3d0146106bb575f5ffd5b8063544ffc9c11610254578063544ffc9c146105dc57806354fd4d5014610616578063567813881461063f5780635b8d0e0d1461065e575f5ffd5b80634385963214610561578063452115d6146105a95780634bf5d7e9146105c8575f5ffd5b8063160cbed7116102e45780632d63f693116102bf5780632d63f693146104cf5780632fe3e261146104ee5780633932abb1146105215780633e4f49e614610535575f5ffd5b8063160cbed714610488578063215809ca146104a75780632656227d146104bc575f5ffd5b806301ffc9a71461036557806302a251a31461039957806306f3f9e6146103c457806306fdde03146103e3578063143489d014610404578063150b7a0214610450575f5ffd5b366103615730610338610abd565b6001600160a01b03161461035f57604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b348015610370575f5ffd5b5061038461037f366004613538565b610ad5565b60405190151581526020015b60405180910390f35b3480156103a4575f5ffd5b50600854600160301b900463ffffffff165b604051908152602001610390565b3480156103cf575f5ffd5b5061035f6103de36600461355f565b610b41565b3480156103ee575f5ffd5b506103f7610b55565b60405161039091906135a4565b34801561040f575f5ffd5b5061043861041e36600461355f565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b039091168152602001610390565b34801561045b575f5ffd5b5061046f61046a36600461368d565b610be5565b6040516001600160e01b03199091168152602001610390565b348015610493575f5ffd5b506103b66104a2366004613853565b610c27565b3480156104b2575f5ffd5b506103b6610e1081565b6103b66104ca366004613853565b610d2a565b3480156104da575f5ffd5b506103b66104e936600461355f565b610e9a565b3480156104f9575f5ffd5b506103b67f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b34801561052c575f5ffd5b506103b6610eba565b348015610540575f5ffd5b5061055461054f36600461355f565b610ecc565b604051610390919061391a565b34801561056c575f5ffd5b5061038461057b366004613928565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b3480156105b4575f5ffd5b506103b66105c3366004613853565b610ed6565b3480156105d3575f5ffd5b506103f7610f37565b3480156105e7575f5ffd5b506105fb6105f636600461355f565b610fca565b60408051938452602084019290925290820152606001610390565b348015610621575f5ffd5b506040805180820190915260018152603160f81b60208201526103f7565b34801561064a575f5ffd5b506103b6610659366004613966565b610fef565b348015610669575f5ffd5b506103b66106783660046139d4565b611016565b348015610688575f5ffd5b506103b6610697366004613a90565b6110d3565b3480156106a7575f5ffd5b506103b66106b636600461355f565b61111b565b3480156106c6575f5ffd5b506103b6600181565b3480156106da575f5ffd5b5061035f6106e9366004613b24565b611127565b3480156106f9575f5ffd5b506103b6610708366004613b3f565b611138565b348015610718575f5ffd5b506103b6610727366004613b94565b611188565b348015610737575f5ffd5b506103b6610746366004613c50565b6001600160a01b03165f9081526002602052604090205490565b34801561076b575f5ffd5b5061077461123e565b6040516103909796959493929190613ca5565b348015610792575f5ffd5b506103b66107a1366004613d14565b611280565b3480156107b1575f5ffd5b506107ba6112d8565b60405165ffffffffffff9091168152602001610390565b3480156107dc575f5ffd5b506127106103b6565b3480156107f0575f5ffd5b506103b66107ff366004613d61565b61135f565b34801561080f575f5ffd5b506103b66276a70081565b348015610825575f5ffd5b506103b6611375565b348015610839575f5ffd5b5061035f610848366004613c50565b61138e565b348015610858575f5ffd5b506103b6610867366004613853565b61139f565b348015610877575f5ffd5b5061038461088636600461355f565b6113ac565b348015610896575f5ffd5b506103b66108a536600461355f565b5f9081526004602052604090206001015465ffffffffffff1690565b3480156108cc575f5ffd5b506103b662278d0081565b3480156108e2575f5ffd5b506103b66113b4565b3480156108f6575f5ffd5b5061046f610905366004613db5565b6113be565b348015610915575f5ffd5b506103b661092436600461355f565b611401565b61035f610937366004613e4c565b611443565b348015610947575f5ffd5b506103b6610956366004613853565b6114bf565b348015610966575f5ffd5b50600b546001600160a01b0316610438565b348015610983575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e908201526103f7565b3480156109c8575f5ffd5b506103b67ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b3480156109fb575f5ffd5b5061035f610a0a366004613e8b565b6114f8565b348015610a1a575f5ffd5b506103b6610a29366004613eae565b611509565b348015610a39575f5ffd5b5061035f610a4836600461355f565b611528565b348015610a58575f5ffd5b5061046f610a67366004613ed8565b611539565b348015610a77575f5ffd5b506103b6610a8636600461355f565b61157c565b348015610a96575f5ffd5b507f0000000000000000000000000000000000000000000000000000000000000000610438565b5f610ad0600b546001600160a01b031690565b905090565b5f6001600160e01b031982166366defe7760e11b1480610b0557506001600160e01b031982166332a2ad4360e11b145b80610b2057506001600160e01b03198216630271189760e51b145b80610b3b57506301ffc9a760e01b6001600160e01b03198316145b92915050565b610b49611586565b610b52816115ff565b50565b606060038054610b6490613f2f565b80601f0160208091040260200160405190810160405280929190818152602001828054610b9090613f2f565b8015610bdb5780601f10610bb257610100808354040283529160200191610bdb565b820191905f5260205f20905b815481529060010190602001808311610bbe57829003601f168201915b5050505050905090565b5f30610bef610abd565b6001600160a01b031614610c1657604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c358686868661139f565b90505f610c41826113ac565b9050610c5682610c516004611648565b61166a565b5080610c7d5760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610c8b83898989896116a7565b905065ffffffffffff811615610d02575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610d1e565b60405163ab2d031160e01b815260048101849052602401610c74565b50909695505050505050565b5f5f610d388686868661139f565b90505f610d44826113ac565b9050610d6082610c5183610d59576004611648565b6005611648565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610d88610abd565b6001600160a01b031614610e11575f5b8751811015610e0f57306001600160a01b0316888281518110610dbd57610dbd613f67565b60200260200101516001600160a01b031603610e0757610e07868281518110610de857610de8613f67565b60200260200101518051906020012060056116b590919063ffffffff16565b600101610d98565b505b610e1e82888888886116d6565b30610e27610abd565b6001600160a01b031614158015610e5357506005546001600160801b03808216600160801b9092041614155b15610e5d575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b5f610ad060085465ffffffffffff1690565b5f610b3b826116ea565b5f5f610ee48686868661139f565b905033610ef18282611823565b610f2057604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610c74565b610f2c87878787611868565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa925050508015610fb657506040513d5f823e601f3d908101601f19168201604052610fb39190810190613f7b565b60015b610fc557610ad06112d8611875565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f8033905061100e84828560405180602001604052805f81525061188b565b949350505050565b5f61105c88888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a92508991506118ac9050565b611084576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610c74565b6110c788878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611979915050565b98975050505050505050565b5f80339050610f2c87828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611979915050565b5f610b3b600a83611a57565b61112f611586565b610b5281611aa4565b5f8033905061117e86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061188b92505050565b9695505050505050565b5f336111948184611b06565b6111bc5760405163d9b3955760e01b81526001600160a01b0382166004820152602401610c74565b5f6111c56113b4565b90508015611231575f6111f38360016111dc6112d8565b6111e69190614003565b65ffffffffffff16611509565b90508181101561122f57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610c74565b505b610f2c8787878786611b8a565b5f6060805f5f5f606061124f611da4565b611257611dcf565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61128d85858585611dfa565b6112b5576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610c74565b6112cf85848660405180602001604052805f81525061188b565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611353575060408051601f3d908101601f1916820190925261135091810190614021565b60015b610fc557610ad0611e83565b5f61136b848484611e8d565b90505b9392505050565b5f611380600a611f20565b6001600160d01b0316905090565b611396611586565b610b5281611f64565b5f6112cf858585856114bf565b5f6001610b3b565b5f610ad060075490565b5f306113c8610abd565b6001600160a01b0316146113ef57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f8181526004602052604081205461143590600160d01b810463ffffffff1690600160a01b900465ffffffffffff1661403c565b65ffffffffffff1692915050565b61144b611586565b5f5f856001600160a01b031685858560405161146892919061405a565b5f6040518083038185875af1925050503d805f81146114a2576040519150601f19603f3d011682016040523d82523d5f602084013e6114a7565b606091505b50915091506114b68282611fcd565b50505050505050565b5f848484846040516020016114d794939291906140f0565b60408051601f19818403018152919052805160209091012095945050505050565b611500611586565b610b528161200a565b5f61136e838361152360408051602081019091525f815290565b611e8d565b611530611586565b610b5281612068565b5f30611543610abd565b6001600160a01b03161461156a57604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b5f610b3b826120a9565b3361158f610abd565b6001600160a01b0316146115b8576040516347096e4760e01b8152336004820152602401610c74565b306115c1610abd565b6001600160a01b0316146115fd575f80366040516115e092919061405a565b604051809103902090505b806115f66005612147565b036115eb57505b565b600181108061160f575061271081115b1561163f57604051631007238d60e01b815260048101829052600160248201526127106044820152606401610c74565b610b5281612166565b5f81600781111561165b5761165b6138e6565b600160ff919091161b92915050565b5f5f61167584610ecc565b90505f8361168283611648565b160361136e578381846040516331b75e4d60e01b8152600401610c749392919061413a565b5f61117e86868686866121fc565b5f6116c0838361238d565b9050806116d1576116d160416123f2565b505050565b6116e38585858585612403565b5050505050565b5f5f6116f583612493565b9050600581600781111561170b5761170b6138e6565b146117165792915050565b5f838152600c60205260409081902054600b549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa15801561176c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611790919061415c565b1561179f575060059392505050565b600b54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa1580156117e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061180a919061415c565b15611819575060079392505050565b5060029392505050565b5f8061182e84610ecc565b600781111561183f5761183f6138e6565b14801561136e5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f6112cf858585856125c4565b6060610b3b6118868363ffffffff16565b61265b565b5f6112cf858585856118a760408051602081019091525f815290565b611979565b5f610f2c856119737f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a6118fe8c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d83012060405161195898979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b604051602081830303815290604052805190602001206126cd565b846126f9565b5f61198886610c516001611648565b505f61199d8661199789610e9a565b85611e8d565b90505f6119ad8888888588612769565b905083515f03611a0357866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4898884896040516119f6949392919061417b565b60405180910390a2610f2c565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611a449594939291906141a2565b60405180910390a2979650505050505050565b5f5f5f611a6385612865565b9250925050838265ffffffffffff161115611a9057611a8b611a84856128bd565b86906128f3565b611a92565b805b6001600160d01b031695945050505050565b60018165ffffffffffff161080611ac5575062278d008165ffffffffffff16115b15611afd57604051634437be6760e01b815265ffffffffffff821660048201526001602482015262278d006044820152606401610c74565b610b5281612995565b80515f906034811015611b1d576001915050610b3b565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611b4e57600192505050610b3b565b5f5f611b5e86602a8603866129fb565b91509150811580610f2c5750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611b9e868686868051906020012061139f565b905084518651141580611bb357508351865114155b80611bbd57508551155b15611bf257855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610c74565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611c3b5780611c1e82610ecc565b6040516331b75e4d60e01b8152610c749291905f9060040161413a565b5f611c44610eba565b611c4c6112d8565b65ffffffffffff16611c5e91906141db565b90505f611c7860085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611caa836128bd565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611cd782612aa8565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611d3a57611d3a6135ca565b604051908082528060200260200182016040528015611d6d57816020015b6060815260200190600190039081611d585790505b508c89611d7a8a826141db565b8e604051611d90999897969594939291906141ee565b60405180910390a150505095945050505050565b6060610ad07f0000000000000000000000000000000000000000000000000000000000000000612ad8565b6060610ad07f0000000000000000000000000000000000000000000000000000000000000000612ad8565b5f6112cf836119737ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d7888888611e4c8a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611958565b5f610ad0436128bd565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa158015611efc573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061136b91906142c9565b80545f908015611f5c57611f4683611f396001846142e0565b5f91825260209091200190565b54600160301b90046001600160d01b031661136e565b5f9392505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b60608215611fdc575080610b3b565b815115611ff157611fec82612b15565b610b3b565b60405163d6bda27560e01b815260040160405180910390fd5b610e108163ffffffff16108061202857506276a7008163ffffffff16115b1561205f5760405163018bb17560e51b815263ffffffff82166004820152610e1060248201526276a7006044820152606401610c74565b610b5281612b1d565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b604051632394e7a360e21b8152600481018290525f90610b3b906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa158015612112573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061213691906142c9565b61213f8461111b565b612710612bb9565b5f5f5f61215384612c69565b915091508161136e5761136e60316123f2565b612710808211156121945760405163243e544560e01b81526004810183905260248101829052604401610c74565b5f61219d611375565b90506121bc6121aa6112d8565b6121b385612cdd565b600a9190612d10565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f5f600b5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa15801561224e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061227291906142c9565b90505f3060601b6bffffffffffffffffffffffff19168418600b5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f427906122c3908a908a908a905f9088906004016142f3565b602060405180830381865afa1580156122de573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061230291906142c9565b5f898152600c602052604080822092909255600b5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb09161234c918b918b918b919088908a90600401614340565b5f604051808303815f87803b158015612363575f5ffd5b505af1158015612375573d5f5f3e3d5ffd5b505050506110c7824261238891906141db565b6128bd565b81545f906001600160801b03600160801b8204811691811660018301909116036123ba575f915050610b3b565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600b546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b815260040161244e9594939291906142f3565b5f604051808303818588803b158015612465575f5ffd5b505af1158015612477573d5f5f3e3d5ffd5b5050505f9687525050600c602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b90041681156124c757506007949350505050565b80156124d857506002949350505050565b5f6124e286610e9a565b9050805f0361250757604051636ad0607560e01b815260048101879052602401610c74565b5f6125106112d8565b65ffffffffffff16905080821061252d57505f9695505050505050565b5f61253788611401565b905081811061254e57506001979650505050505050565b61255788612d29565b158061257657505f888152600960205260409020805460019091015411155b1561258957506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f036125b657506004979650505050505050565b506005979650505050505050565b5f5f6125d286868686612d5f565b5f818152600c6020526040902054909150801561265157600b5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b15801561262c575f5ffd5b505af115801561263e573d5f5f3e3d5ffd5b5050505f838152600c6020526040812055505b5095945050505050565b6060612665611e83565b65ffffffffffff168265ffffffffffff1614612694576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b3b6126d9612e1f565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612757575f5f6127178585612f48565b5090925090505f816003811115612730576127306138e6565b14801561274e5750856001600160a01b0316826001600160a01b0316145b9250505061136e565b612762848484612f91565b905061136e565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff16156127bb576040516371c6af4960e01b81526001600160a01b0387166004820152602401610c74565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff85166128045783815f015f8282546127f991906141db565b9091555061285a9050565b5f1960ff8616016128225783816001015f8282546127f991906141db565b60011960ff8616016128415783816002015f8282546127f991906141db565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b80545f9081908190808203612883575f5f5f93509350935050610fe8565b5f61289386611f396001856142e0565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250610fe8915050565b5f65ffffffffffff8211156128ef576040516306dfcc6560e41b81526030600482015260248101839052604401610c74565b5090565b81545f908181600581111561294f575f61290c84612ff6565b61291690856142e0565b5f8881526020902090915081015465ffffffffffff908116908716101561293f5780915061294d565b61294a8160016141db565b92505b505b5f61295c8787858561314e565b905080156129895761297387611f396001846142e0565b54600160301b90046001600160d01b0316610f2c565b505f9695505050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f8451831180612a0b57508284115b15612a1a57505f905080612aa0565b5f612a268560016141db565b84118015612a4e575061060f60f31b612a428787016020015190565b6001600160f01b031916145b90505f612a5e8215156002614397565b612a699060286141db565b905080612a7687876142e0565b03612a97575f5f612a888989896131a4565b9096509450612aa09350505050565b5f5f9350935050505b935093915050565b5f63ffffffff8211156128ef576040516306dfcc6560e41b81526020600482015260248101839052604401610c74565b60605f612ae483613265565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b805160208201fd5b8063ffffffff165f03612b455760405163f1cfbf0560e01b81525f6004820152602401610c74565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b5f5f5f612bc6868661328c565b91509150815f03612bea57838181612be057612be06143ae565b049250505061136e565b818411612c0157612c0160038515026011186123f2565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b80545f9081906001600160801b0380821691600160801b9004168103612c9457505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b5f6001600160d01b038211156128ef576040516306dfcc6560e41b815260d0600482015260248101839052604401610c74565b5f80612d1d8585856132a8565b91509150935093915050565b5f81815260096020526040812060028101546001820154612d4a91906141db565b612d56610a8685610e9a565b11159392505050565b5f5f612d6d8686868661139f565b9050612dbb81612d7d6007611648565b612d876006611648565b612d916002611648565b6001612d9e6007826143c2565b612da99060026144b6565b612db391906142e0565b18181861166a565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c90612e0e9083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612e7757507f000000000000000000000000000000000000000000000000000000000000000046145b15612ea157507f000000000000000000000000000000000000000000000000000000000000000090565b610ad0604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103612f7f576020840151604085015160608601515f1a612f71888285856133f8565b955095509550505050612f8a565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f60018211613003575090565b816001600160801b821061301c5760809190911c9060401b5b6801000000000000000082106130375760409190911c9060201b5b640100000000821061304e5760209190911c9060101b5b6201000082106130635760109190911c9060081b5b61010082106130775760089190911c9060041b5b6010821061308a5760049190911c9060021b5b600482106130965760011b5b600302600190811c908185816130ae576130ae6143ae565b048201901c905060018185816130c6576130c66143ae565b048201901c905060018185816130de576130de6143ae565b048201901c905060018185816130f6576130f66143ae565b048201901c9050600181858161310e5761310e6143ae565b048201901c90506001818581613126576131266143ae565b048201901c905061314581858161313f5761313f6143ae565b04821190565b90039392505050565b5f5b8183101561319c575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561318857809250613196565b6131938160016141db565b93505b50613150565b509392505050565b5f8084816131b38660016141db565b851180156131db575061060f60f31b6131cf8388016020015190565b6001600160f01b031916145b90505f6131eb8215156002614397565b90505f806131f9838a6141db565b90505b87811015613254575f61321a6132158784016020015190565b6134c0565b9050600f8160ff161115613239575f5f97509750505050505050612aa0565b613244601084614397565b60ff9091160191506001016131fc565b506001999098509650505050505050565b5f60ff8216601f811115610b3b57604051632cd44ac360e21b815260040160405180910390fd5b5f805f1983850993909202808410938190039390930393915050565b82545f908190801561339e575f6132c487611f396001856142e0565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561330757604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361334057825465ffffffffffff16600160301b6001600160d01b03891602178355613390565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b9450859350612aa092505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612aa0565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561343157505f915060039050826134b6565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613482573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166134ad57505f9250600191508290506134b6565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156134d95750603a8160ff16105b156134e757602f1901610b3b565b60608160ff161180156134fd575060678160ff16105b1561350b5760561901610b3b565b60408160ff16118015613521575060478160ff16105b1561352f5760361901610b3b565b5060ff92915050565b5f60208284031215613548575f5ffd5b81356001600160e01b03198116811461136e575f5ffd5b5f6020828403121561356f575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61136e6020830184613576565b6001600160a01b0381168114610b52575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715613606576136066135ca565b604052919050565b5f6001600160401b03821115613626576136266135ca565b50601f01601f191660200190565b5f6136466136418461360e565b6135de565b9050828152838383011115613659575f5ffd5b828260208301375f602084830101529392505050565b5f82601f83011261367e575f5ffd5b61136e83833560208501613634565b5f5f5f5f608085870312156136a0575f5ffd5b84356136ab816135b6565b935060208501356136bb816135b6565b92506040850135915060608501356001600160401b038111156136dc575f5ffd5b6136e88782880161366f565b91505092959194509250565b5f6001600160401b0382111561370c5761370c6135ca565b5060051b60200190565b5f82601f830112613725575f5ffd5b8135613733613641826136f4565b8082825260208201915060208360051b860101925085831115613754575f5ffd5b602085015b8381101561265157803561376c816135b6565b835260209283019201613759565b5f82601f830112613789575f5ffd5b8135613797613641826136f4565b8082825260208201915060208360051b8601019250858311156137b8575f5ffd5b602085015b838110156126515780358352602092830192016137bd565b5f82601f8301126137e4575f5ffd5b81356137f2613641826136f4565b8082825260208201915060208360051b860101925085831115613813575f5ffd5b602085015b838110156126515780356001600160401b03811115613835575f5ffd5b613844886020838a010161366f565b84525060209283019201613818565b5f5f5f5f60808587031215613866575f5ffd5b84356001600160401b0381111561387b575f5ffd5b61388787828801613716565b94505060208501356001600160401b038111156138a2575f5ffd5b6138ae8782880161377a565b93505060408501356001600160401b038111156138c9575f5ffd5b6138d5878288016137d5565b949793965093946060013593505050565b634e487b7160e01b5f52602160045260245ffd5b6008811061391657634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b3b82846138fa565b5f5f60408385031215613939575f5ffd5b82359150602083013561394b816135b6565b809150509250929050565b803560ff81168114610fc5575f5ffd5b5f5f60408385031215613977575f5ffd5b8235915061398760208401613956565b90509250929050565b5f5f83601f8401126139a0575f5ffd5b5081356001600160401b038111156139b6575f5ffd5b6020830191508360208285010111156139cd575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a0312156139ea575f5ffd5b873596506139fa60208901613956565b95506040880135613a0a816135b6565b945060608801356001600160401b03811115613a24575f5ffd5b613a308a828b01613990565b90955093505060808801356001600160401b03811115613a4e575f5ffd5b613a5a8a828b0161366f565b92505060a08801356001600160401b03811115613a75575f5ffd5b613a818a828b0161366f565b91505092959891949750929550565b5f5f5f5f5f60808688031215613aa4575f5ffd5b85359450613ab460208701613956565b935060408601356001600160401b03811115613ace575f5ffd5b613ada88828901613990565b90945092505060608601356001600160401b03811115613af8575f5ffd5b613b048882890161366f565b9150509295509295909350565b65ffffffffffff81168114610b52575f5ffd5b5f60208284031215613b34575f5ffd5b813561136e81613b11565b5f5f5f5f60608587031215613b52575f5ffd5b84359350613b6260208601613956565b925060408501356001600160401b03811115613b7c575f5ffd5b613b8887828801613990565b95989497509550505050565b5f5f5f5f60808587031215613ba7575f5ffd5b84356001600160401b03811115613bbc575f5ffd5b613bc887828801613716565b94505060208501356001600160401b03811115613be3575f5ffd5b613bef8782880161377a565b93505060408501356001600160401b03811115613c0a575f5ffd5b613c16878288016137d5565b92505060608501356001600160401b03811115613c31575f5ffd5b8501601f81018713613c41575f5ffd5b6136e887823560208401613634565b5f60208284031215613c60575f5ffd5b813561136e816135b6565b5f8151808452602084019350602083015f5b82811015613c9b578151865260209586019590910190600101613c7d565b5093949350505050565b60ff60f81b8816815260e060208201525f613cc360e0830189613576565b8281036040840152613cd58189613576565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050613d068185613c6b565b9a9950505050505050505050565b5f5f5f5f60808587031215613d27575f5ffd5b84359350613d3760208601613956565b92506040850135613d47816135b6565b915060608501356001600160401b038111156136dc575f5ffd5b5f5f5f60608486031215613d73575f5ffd5b8335613d7e816135b6565b92506020840135915060408401356001600160401b03811115613d9f575f5ffd5b613dab8682870161366f565b9150509250925092565b5f5f5f5f5f60a08688031215613dc9575f5ffd5b8535613dd4816135b6565b94506020860135613de4816135b6565b935060408601356001600160401b03811115613dfe575f5ffd5b613e0a8882890161377a565b93505060608601356001600160401b03811115613e25575f5ffd5b613e318882890161377a565b92505060808601356001600160401b03811115613af8575f5ffd5b5f5f5f5f60608587031215613e5f575f5ffd5b8435613e6a816135b6565b93506020850135925060408501356001600160401b03811115613b7c575f5ffd5b5f60208284031215613e9b575f5ffd5b813563ffffffff8116811461136e575f5ffd5b5f5f60408385031215613ebf575f5ffd5b8235613eca816135b6565b946020939093013593505050565b5f5f5f5f5f60a08688031215613eec575f5ffd5b8535613ef7816135b6565b94506020860135613f07816135b6565b9350604086013592506060860135915060808601356001600160401b03811115613af8575f5ffd5b600181811c90821680613f4357607f821691505b602082108103613f6157634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215613f8b575f5ffd5b81516001600160401b03811115613fa0575f5ffd5b8201601f81018413613fb0575f5ffd5b8051613fbe6136418261360e565b818152856020838501011115613fd2575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8281168282160390811115610b3b57610b3b613fef565b5f60208284031215614031575f5ffd5b815161136e81613b11565b65ffffffffffff8181168382160190811115610b3b57610b3b613fef565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613c9b5781516001600160a01b031686526020958601959091019060010161407b565b5f82825180855260208501945060208160051b830101602085015f5b83811015610d1e57601f198584030188526140da838351613576565b60209889019890935091909101906001016140be565b608081525f6141026080830187614069565b82810360208401526141148187613c6b565b9050828103604084015261412881866140a2565b91505082606083015295945050505050565b8381526060810161414e60208301856138fa565b826040830152949350505050565b5f6020828403121561416c575f5ffd5b8151801515811461136e575f5ffd5b84815260ff84166020820152826040820152608060608201525f61117e6080830184613576565b85815260ff8516602082015283604082015260a060608201525f6141c960a0830185613576565b82810360808401526110c78185613576565b80820180821115610b3b57610b3b613fef565b8981526001600160a01b0389166020820152610120604082018190525f906142189083018a614069565b828103606084015261422a818a613c6b565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b8381101561428157601f1986840301855261426b838351613576565b602095860195909350919091019060010161424f565b505085810360a0870152614295818b6140a2565b93505050508560c08401528460e08401528281036101008401526142b98185613576565b9c9b505050505050505050505050565b5f602082840312156142d9575f5ffd5b5051919050565b81810381811115610b3b57610b3b613fef565b60a081525f61430560a0830188614069565b82810360208401526143178188613c6b565b9050828103604084015261432b81876140a2565b60608401959095525050608001529392505050565b60c081525f61435260c0830189614069565b82810360208401526143648189613c6b565b9050828103604084015261437881886140a2565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b3b57610b3b613fef565b634e487b7160e01b5f52601260045260245ffd5b60ff8181168382160190811115610b3b57610b3b613fef565b6001815b6001841115612aa0578085048111156143fa576143fa613fef565b600184161561440857908102905b60019390931c9280026143df565b5f8261442457506001610b3b565b8161443057505f610b3b565b816001811461444657600281146144505761446c565b6001915050610b3b565b60ff84111561446157614461613fef565b50506001821b610b3b565b5060208310610133831016604e8410600b841016171561448f575081810a610b3b565b61449b5f1984846143db565b805f19048211156144ae576144ae613fef565b029392505050565b5f61136e60ff84168361441656fea26469706673582212201a5d966afe3ba7dfcd73c60d1c2badb1463c33cd2d994f53db70fb6bf74e78ef64736f6c63430008250033",
}

// CommunityGovernor is an auto generated Go binding around an Ethereum contract.
type CommunityGovernor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CommunityGovernor) GetABI() abi.ABI {
	return c.abi
}

// NewCommunityGovernor creates a new instance of CommunityGovernor.
func NewCommunityGovernor() *CommunityGovernor {
	parsed, err := CommunityGovernorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CommunityGovernor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CommunityGovernor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address stakedPower, address timelock_, uint48 votingDelay_, uint32 votingPeriod_, uint256 proposalThreshold_, uint256 quorumBps) returns()
func (communityGovernor *CommunityGovernor) PackConstructor(stakedPower common.Address, timelock_ common.Address, votingDelay_ *big.Int, votingPeriod_ uint32, proposalThreshold_ *big.Int, quorumBps *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("", stakedPower, timelock_, votingDelay_, votingPeriod_, proposalThreshold_, quorumBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (communityGovernor *CommunityGovernor) PackBALLOTTYPEHASH() []byte {
	enc, err := communityGovernor.abi.Pack("BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (communityGovernor *CommunityGovernor) TryPackBALLOTTYPEHASH() ([]byte, error) {
	return communityGovernor.abi.Pack("BALLOT_TYPEHASH")
}

// UnpackBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (communityGovernor *CommunityGovernor) UnpackBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := communityGovernor.abi.Unpack("BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (communityGovernor *CommunityGovernor) PackCLOCKMODE() []byte {
	enc, err := communityGovernor.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (communityGovernor *CommunityGovernor) TryPackCLOCKMODE() ([]byte, error) {
	return communityGovernor.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (communityGovernor *CommunityGovernor) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := communityGovernor.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (communityGovernor *CommunityGovernor) PackCOUNTINGMODE() []byte {
	enc, err := communityGovernor.abi.Pack("COUNTING_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (communityGovernor *CommunityGovernor) TryPackCOUNTINGMODE() ([]byte, error) {
	return communityGovernor.abi.Pack("COUNTING_MODE")
}

// UnpackCOUNTINGMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (communityGovernor *CommunityGovernor) UnpackCOUNTINGMODE(data []byte) (string, error) {
	out, err := communityGovernor.abi.Unpack("COUNTING_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (communityGovernor *CommunityGovernor) PackEXTENDEDBALLOTTYPEHASH() []byte {
	enc, err := communityGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (communityGovernor *CommunityGovernor) TryPackEXTENDEDBALLOTTYPEHASH() ([]byte, error) {
	return communityGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
}

// UnpackEXTENDEDBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (communityGovernor *CommunityGovernor) UnpackEXTENDEDBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := communityGovernor.abi.Unpack("EXTENDED_BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXVOTINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1126263.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VOTING_DELAY() view returns(uint256)
func (communityGovernor *CommunityGovernor) PackMAXVOTINGDELAY() []byte {
	enc, err := communityGovernor.abi.Pack("MAX_VOTING_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVOTINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1126263.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VOTING_DELAY() view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackMAXVOTINGDELAY() ([]byte, error) {
	return communityGovernor.abi.Pack("MAX_VOTING_DELAY")
}

// UnpackMAXVOTINGDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1126263.
//
// Solidity: function MAX_VOTING_DELAY() view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackMAXVOTINGDELAY(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("MAX_VOTING_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXVOTINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa64e024a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VOTING_PERIOD() view returns(uint256)
func (communityGovernor *CommunityGovernor) PackMAXVOTINGPERIOD() []byte {
	enc, err := communityGovernor.abi.Pack("MAX_VOTING_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVOTINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa64e024a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VOTING_PERIOD() view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackMAXVOTINGPERIOD() ([]byte, error) {
	return communityGovernor.abi.Pack("MAX_VOTING_PERIOD")
}

// UnpackMAXVOTINGPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa64e024a.
//
// Solidity: function MAX_VOTING_PERIOD() view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackMAXVOTINGPERIOD(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("MAX_VOTING_PERIOD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINQUORUMBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6198c3d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_QUORUM_BPS() view returns(uint256)
func (communityGovernor *CommunityGovernor) PackMINQUORUMBPS() []byte {
	enc, err := communityGovernor.abi.Pack("MIN_QUORUM_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINQUORUMBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6198c3d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_QUORUM_BPS() view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackMINQUORUMBPS() ([]byte, error) {
	return communityGovernor.abi.Pack("MIN_QUORUM_BPS")
}

// UnpackMINQUORUMBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6198c3d0.
//
// Solidity: function MIN_QUORUM_BPS() view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackMINQUORUMBPS(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("MIN_QUORUM_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINVOTINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe48083fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_VOTING_DELAY() view returns(uint256)
func (communityGovernor *CommunityGovernor) PackMINVOTINGDELAY() []byte {
	enc, err := communityGovernor.abi.Pack("MIN_VOTING_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINVOTINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe48083fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_VOTING_DELAY() view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackMINVOTINGDELAY() ([]byte, error) {
	return communityGovernor.abi.Pack("MIN_VOTING_DELAY")
}

// UnpackMINVOTINGDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe48083fe.
//
// Solidity: function MIN_VOTING_DELAY() view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackMINVOTINGDELAY(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("MIN_VOTING_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINVOTINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x215809ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_VOTING_PERIOD() view returns(uint256)
func (communityGovernor *CommunityGovernor) PackMINVOTINGPERIOD() []byte {
	enc, err := communityGovernor.abi.Pack("MIN_VOTING_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINVOTINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x215809ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_VOTING_PERIOD() view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackMINVOTINGPERIOD() ([]byte, error) {
	return communityGovernor.abi.Pack("MIN_VOTING_PERIOD")
}

// UnpackMINVOTINGPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x215809ca.
//
// Solidity: function MIN_VOTING_PERIOD() view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackMINVOTINGPERIOD(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("MIN_VOTING_PERIOD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (communityGovernor *CommunityGovernor) PackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := communityGovernor.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return communityGovernor.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
}

// UnpackCancel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackCancel(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("cancel", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (communityGovernor *CommunityGovernor) PackCastVote(proposalId *big.Int, support uint8) []byte {
	enc, err := communityGovernor.abi.Pack("castVote", proposalId, support)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackCastVote(proposalId *big.Int, support uint8) ([]byte, error) {
	return communityGovernor.abi.Pack("castVote", proposalId, support)
}

// UnpackCastVote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackCastVote(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("castVote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (communityGovernor *CommunityGovernor) PackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) []byte {
	enc, err := communityGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) ([]byte, error) {
	return communityGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
}

// UnpackCastVoteBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackCastVoteBySig(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("castVoteBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (communityGovernor *CommunityGovernor) PackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) []byte {
	enc, err := communityGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) ([]byte, error) {
	return communityGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
}

// UnpackCastVoteWithReason is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackCastVoteWithReason(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("castVoteWithReason", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (communityGovernor *CommunityGovernor) PackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) []byte {
	enc, err := communityGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) ([]byte, error) {
	return communityGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
}

// UnpackCastVoteWithReasonAndParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackCastVoteWithReasonAndParams(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("castVoteWithReasonAndParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (communityGovernor *CommunityGovernor) PackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) []byte {
	enc, err := communityGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) ([]byte, error) {
	return communityGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
}

// UnpackCastVoteWithReasonAndParamsBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackCastVoteWithReasonAndParamsBySig(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("castVoteWithReasonAndParamsBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (communityGovernor *CommunityGovernor) PackClock() []byte {
	enc, err := communityGovernor.abi.Pack("clock")
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
func (communityGovernor *CommunityGovernor) TryPackClock() ([]byte, error) {
	return communityGovernor.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (communityGovernor *CommunityGovernor) UnpackClock(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (communityGovernor *CommunityGovernor) PackEip712Domain() []byte {
	enc, err := communityGovernor.abi.Pack("eip712Domain")
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
func (communityGovernor *CommunityGovernor) TryPackEip712Domain() ([]byte, error) {
	return communityGovernor.abi.Pack("eip712Domain")
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
func (communityGovernor *CommunityGovernor) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := communityGovernor.abi.Unpack("eip712Domain", data)
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

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (communityGovernor *CommunityGovernor) PackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := communityGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return communityGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackExecute(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("execute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (communityGovernor *CommunityGovernor) PackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := communityGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return communityGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
}

// UnpackGetProposalId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackGetProposalId(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("getProposalId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (communityGovernor *CommunityGovernor) PackGetVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("getVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackGetVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return communityGovernor.abi.Pack("getVotes", account, timepoint)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (communityGovernor *CommunityGovernor) PackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) []byte {
	enc, err := communityGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) ([]byte, error) {
	return communityGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
}

// UnpackGetVotesWithParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackGetVotesWithParams(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("getVotesWithParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (communityGovernor *CommunityGovernor) PackHasVoted(proposalId *big.Int, account common.Address) []byte {
	enc, err := communityGovernor.abi.Pack("hasVoted", proposalId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (communityGovernor *CommunityGovernor) TryPackHasVoted(proposalId *big.Int, account common.Address) ([]byte, error) {
	return communityGovernor.abi.Pack("hasVoted", proposalId, account)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (communityGovernor *CommunityGovernor) UnpackHasVoted(data []byte) (bool, error) {
	out, err := communityGovernor.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (communityGovernor *CommunityGovernor) PackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := communityGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return communityGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
}

// UnpackHashProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackHashProposal(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("hashProposal", data)
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
func (communityGovernor *CommunityGovernor) PackName() []byte {
	enc, err := communityGovernor.abi.Pack("name")
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
func (communityGovernor *CommunityGovernor) TryPackName() ([]byte, error) {
	return communityGovernor.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (communityGovernor *CommunityGovernor) UnpackName(data []byte) (string, error) {
	out, err := communityGovernor.abi.Unpack("name", data)
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
func (communityGovernor *CommunityGovernor) PackNonces(owner common.Address) []byte {
	enc, err := communityGovernor.abi.Pack("nonces", owner)
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
func (communityGovernor *CommunityGovernor) TryPackNonces(owner common.Address) ([]byte, error) {
	return communityGovernor.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (communityGovernor *CommunityGovernor) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := communityGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (communityGovernor *CommunityGovernor) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return communityGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (communityGovernor *CommunityGovernor) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := communityGovernor.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (communityGovernor *CommunityGovernor) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := communityGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (communityGovernor *CommunityGovernor) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return communityGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (communityGovernor *CommunityGovernor) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := communityGovernor.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (communityGovernor *CommunityGovernor) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := communityGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (communityGovernor *CommunityGovernor) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return communityGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (communityGovernor *CommunityGovernor) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := communityGovernor.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (communityGovernor *CommunityGovernor) PackProposalDeadline(proposalId *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("proposalDeadline", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackProposalDeadline(proposalId *big.Int) ([]byte, error) {
	return communityGovernor.abi.Pack("proposalDeadline", proposalId)
}

// UnpackProposalDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackProposalDeadline(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("proposalDeadline", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (communityGovernor *CommunityGovernor) PackProposalEta(proposalId *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("proposalEta", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackProposalEta(proposalId *big.Int) ([]byte, error) {
	return communityGovernor.abi.Pack("proposalEta", proposalId)
}

// UnpackProposalEta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackProposalEta(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("proposalEta", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (communityGovernor *CommunityGovernor) PackProposalNeedsQueuing(proposalId *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("proposalNeedsQueuing", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (communityGovernor *CommunityGovernor) TryPackProposalNeedsQueuing(proposalId *big.Int) ([]byte, error) {
	return communityGovernor.abi.Pack("proposalNeedsQueuing", proposalId)
}

// UnpackProposalNeedsQueuing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (communityGovernor *CommunityGovernor) UnpackProposalNeedsQueuing(data []byte) (bool, error) {
	out, err := communityGovernor.abi.Unpack("proposalNeedsQueuing", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (communityGovernor *CommunityGovernor) PackProposalProposer(proposalId *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("proposalProposer", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (communityGovernor *CommunityGovernor) TryPackProposalProposer(proposalId *big.Int) ([]byte, error) {
	return communityGovernor.abi.Pack("proposalProposer", proposalId)
}

// UnpackProposalProposer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (communityGovernor *CommunityGovernor) UnpackProposalProposer(data []byte) (common.Address, error) {
	out, err := communityGovernor.abi.Unpack("proposalProposer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (communityGovernor *CommunityGovernor) PackProposalSnapshot(proposalId *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("proposalSnapshot", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackProposalSnapshot(proposalId *big.Int) ([]byte, error) {
	return communityGovernor.abi.Pack("proposalSnapshot", proposalId)
}

// UnpackProposalSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackProposalSnapshot(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("proposalSnapshot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (communityGovernor *CommunityGovernor) PackProposalThreshold() []byte {
	enc, err := communityGovernor.abi.Pack("proposalThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackProposalThreshold() ([]byte, error) {
	return communityGovernor.abi.Pack("proposalThreshold")
}

// UnpackProposalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackProposalThreshold(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("proposalThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (communityGovernor *CommunityGovernor) PackProposalVotes(proposalId *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("proposalVotes", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (communityGovernor *CommunityGovernor) TryPackProposalVotes(proposalId *big.Int) ([]byte, error) {
	return communityGovernor.abi.Pack("proposalVotes", proposalId)
}

// ProposalVotesOutput serves as a container for the return parameters of contract
// method ProposalVotes.
type ProposalVotesOutput struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}

// UnpackProposalVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (communityGovernor *CommunityGovernor) UnpackProposalVotes(data []byte) (ProposalVotesOutput, error) {
	out, err := communityGovernor.abi.Unpack("proposalVotes", data)
	outstruct := new(ProposalVotesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AgainstVotes = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ForVotes = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.AbstainVotes = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (communityGovernor *CommunityGovernor) PackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) []byte {
	enc, err := communityGovernor.abi.Pack("propose", targets, values, calldatas, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) ([]byte, error) {
	return communityGovernor.abi.Pack("propose", targets, values, calldatas, description)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("propose", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (communityGovernor *CommunityGovernor) PackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := communityGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return communityGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
}

// UnpackQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackQueue(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("queue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (communityGovernor *CommunityGovernor) PackQuorum(timepoint *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("quorum", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackQuorum(timepoint *big.Int) ([]byte, error) {
	return communityGovernor.abi.Pack("quorum", timepoint)
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackQuorum(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("quorum", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumDenominator() pure returns(uint256)
func (communityGovernor *CommunityGovernor) PackQuorumDenominator() []byte {
	enc, err := communityGovernor.abi.Pack("quorumDenominator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumDenominator() pure returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackQuorumDenominator() ([]byte, error) {
	return communityGovernor.abi.Pack("quorumDenominator")
}

// UnpackQuorumDenominator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c3d334.
//
// Solidity: function quorumDenominator() pure returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackQuorumDenominator(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("quorumDenominator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (communityGovernor *CommunityGovernor) PackQuorumNumerator(timepoint *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("quorumNumerator", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackQuorumNumerator(timepoint *big.Int) ([]byte, error) {
	return communityGovernor.abi.Pack("quorumNumerator", timepoint)
}

// UnpackQuorumNumerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackQuorumNumerator(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("quorumNumerator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (communityGovernor *CommunityGovernor) PackQuorumNumerator0() []byte {
	enc, err := communityGovernor.abi.Pack("quorumNumerator0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackQuorumNumerator0() ([]byte, error) {
	return communityGovernor.abi.Pack("quorumNumerator0")
}

// UnpackQuorumNumerator0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackQuorumNumerator0(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("quorumNumerator0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (communityGovernor *CommunityGovernor) PackRelay(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := communityGovernor.abi.Pack("relay", target, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (communityGovernor *CommunityGovernor) TryPackRelay(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return communityGovernor.abi.Pack("relay", target, value, data)
}

// PackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (communityGovernor *CommunityGovernor) PackSetProposalThreshold(newProposalThreshold *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (communityGovernor *CommunityGovernor) TryPackSetProposalThreshold(newProposalThreshold *big.Int) ([]byte, error) {
	return communityGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
}

// PackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (communityGovernor *CommunityGovernor) PackSetVotingDelay(newVotingDelay *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("setVotingDelay", newVotingDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (communityGovernor *CommunityGovernor) TryPackSetVotingDelay(newVotingDelay *big.Int) ([]byte, error) {
	return communityGovernor.abi.Pack("setVotingDelay", newVotingDelay)
}

// PackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (communityGovernor *CommunityGovernor) PackSetVotingPeriod(newVotingPeriod uint32) []byte {
	enc, err := communityGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (communityGovernor *CommunityGovernor) TryPackSetVotingPeriod(newVotingPeriod uint32) ([]byte, error) {
	return communityGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (communityGovernor *CommunityGovernor) PackState(proposalId *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("state", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (communityGovernor *CommunityGovernor) TryPackState(proposalId *big.Int) ([]byte, error) {
	return communityGovernor.abi.Pack("state", proposalId)
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (communityGovernor *CommunityGovernor) UnpackState(data []byte) (uint8, error) {
	out, err := communityGovernor.abi.Unpack("state", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (communityGovernor *CommunityGovernor) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := communityGovernor.abi.Pack("supportsInterface", interfaceId)
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
func (communityGovernor *CommunityGovernor) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return communityGovernor.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (communityGovernor *CommunityGovernor) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := communityGovernor.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (communityGovernor *CommunityGovernor) PackTimelock() []byte {
	enc, err := communityGovernor.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (communityGovernor *CommunityGovernor) TryPackTimelock() ([]byte, error) {
	return communityGovernor.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (communityGovernor *CommunityGovernor) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := communityGovernor.abi.Unpack("timelock", data)
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
func (communityGovernor *CommunityGovernor) PackToken() []byte {
	enc, err := communityGovernor.abi.Pack("token")
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
func (communityGovernor *CommunityGovernor) TryPackToken() ([]byte, error) {
	return communityGovernor.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (communityGovernor *CommunityGovernor) UnpackToken(data []byte) (common.Address, error) {
	out, err := communityGovernor.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (communityGovernor *CommunityGovernor) PackUpdateQuorumNumerator(newQuorumNumerator *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (communityGovernor *CommunityGovernor) TryPackUpdateQuorumNumerator(newQuorumNumerator *big.Int) ([]byte, error) {
	return communityGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
}

// PackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (communityGovernor *CommunityGovernor) PackUpdateTimelock(newTimelock common.Address) []byte {
	enc, err := communityGovernor.abi.Pack("updateTimelock", newTimelock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (communityGovernor *CommunityGovernor) TryPackUpdateTimelock(newTimelock common.Address) ([]byte, error) {
	return communityGovernor.abi.Pack("updateTimelock", newTimelock)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(string)
func (communityGovernor *CommunityGovernor) PackVersion() []byte {
	enc, err := communityGovernor.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(string)
func (communityGovernor *CommunityGovernor) TryPackVersion() ([]byte, error) {
	return communityGovernor.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (communityGovernor *CommunityGovernor) UnpackVersion(data []byte) (string, error) {
	out, err := communityGovernor.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingDelay() view returns(uint256)
func (communityGovernor *CommunityGovernor) PackVotingDelay() []byte {
	enc, err := communityGovernor.abi.Pack("votingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingDelay() view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackVotingDelay() ([]byte, error) {
	return communityGovernor.abi.Pack("votingDelay")
}

// UnpackVotingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackVotingDelay(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("votingDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingPeriod() view returns(uint256)
func (communityGovernor *CommunityGovernor) PackVotingPeriod() []byte {
	enc, err := communityGovernor.abi.Pack("votingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingPeriod() view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackVotingPeriod() ([]byte, error) {
	return communityGovernor.abi.Pack("votingPeriod")
}

// UnpackVotingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackVotingPeriod(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("votingPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// CommunityGovernorEIP712DomainChanged represents a EIP712DomainChanged event raised by the CommunityGovernor contract.
type CommunityGovernorEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const CommunityGovernorEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (CommunityGovernorEIP712DomainChanged) ContractEventName() string {
	return CommunityGovernorEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (communityGovernor *CommunityGovernor) UnpackEIP712DomainChangedEvent(log *types.Log) (*CommunityGovernorEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityGovernorEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := communityGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityGovernor.abi.Events[event].Inputs {
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

// CommunityGovernorProposalCanceled represents a ProposalCanceled event raised by the CommunityGovernor contract.
type CommunityGovernorProposalCanceled struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const CommunityGovernorProposalCanceledEventName = "ProposalCanceled"

// ContractEventName returns the user-defined event name.
func (CommunityGovernorProposalCanceled) ContractEventName() string {
	return CommunityGovernorProposalCanceledEventName
}

// UnpackProposalCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (communityGovernor *CommunityGovernor) UnpackProposalCanceledEvent(log *types.Log) (*CommunityGovernorProposalCanceled, error) {
	event := "ProposalCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityGovernorProposalCanceled)
	if len(log.Data) > 0 {
		if err := communityGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityGovernor.abi.Events[event].Inputs {
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

// CommunityGovernorProposalCreated represents a ProposalCreated event raised by the CommunityGovernor contract.
type CommunityGovernorProposalCreated struct {
	ProposalId  *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	VoteStart   *big.Int
	VoteEnd     *big.Int
	Description string
	Raw         *types.Log // Blockchain specific contextual infos
}

const CommunityGovernorProposalCreatedEventName = "ProposalCreated"

// ContractEventName returns the user-defined event name.
func (CommunityGovernorProposalCreated) ContractEventName() string {
	return CommunityGovernorProposalCreatedEventName
}

// UnpackProposalCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (communityGovernor *CommunityGovernor) UnpackProposalCreatedEvent(log *types.Log) (*CommunityGovernorProposalCreated, error) {
	event := "ProposalCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityGovernorProposalCreated)
	if len(log.Data) > 0 {
		if err := communityGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityGovernor.abi.Events[event].Inputs {
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

// CommunityGovernorProposalExecuted represents a ProposalExecuted event raised by the CommunityGovernor contract.
type CommunityGovernorProposalExecuted struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const CommunityGovernorProposalExecutedEventName = "ProposalExecuted"

// ContractEventName returns the user-defined event name.
func (CommunityGovernorProposalExecuted) ContractEventName() string {
	return CommunityGovernorProposalExecutedEventName
}

// UnpackProposalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (communityGovernor *CommunityGovernor) UnpackProposalExecutedEvent(log *types.Log) (*CommunityGovernorProposalExecuted, error) {
	event := "ProposalExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityGovernorProposalExecuted)
	if len(log.Data) > 0 {
		if err := communityGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityGovernor.abi.Events[event].Inputs {
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

// CommunityGovernorProposalQueued represents a ProposalQueued event raised by the CommunityGovernor contract.
type CommunityGovernorProposalQueued struct {
	ProposalId *big.Int
	EtaSeconds *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const CommunityGovernorProposalQueuedEventName = "ProposalQueued"

// ContractEventName returns the user-defined event name.
func (CommunityGovernorProposalQueued) ContractEventName() string {
	return CommunityGovernorProposalQueuedEventName
}

// UnpackProposalQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (communityGovernor *CommunityGovernor) UnpackProposalQueuedEvent(log *types.Log) (*CommunityGovernorProposalQueued, error) {
	event := "ProposalQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityGovernorProposalQueued)
	if len(log.Data) > 0 {
		if err := communityGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityGovernor.abi.Events[event].Inputs {
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

// CommunityGovernorProposalThresholdSet represents a ProposalThresholdSet event raised by the CommunityGovernor contract.
type CommunityGovernorProposalThresholdSet struct {
	OldProposalThreshold *big.Int
	NewProposalThreshold *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const CommunityGovernorProposalThresholdSetEventName = "ProposalThresholdSet"

// ContractEventName returns the user-defined event name.
func (CommunityGovernorProposalThresholdSet) ContractEventName() string {
	return CommunityGovernorProposalThresholdSetEventName
}

// UnpackProposalThresholdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (communityGovernor *CommunityGovernor) UnpackProposalThresholdSetEvent(log *types.Log) (*CommunityGovernorProposalThresholdSet, error) {
	event := "ProposalThresholdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityGovernorProposalThresholdSet)
	if len(log.Data) > 0 {
		if err := communityGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityGovernor.abi.Events[event].Inputs {
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

// CommunityGovernorQuorumNumeratorUpdated represents a QuorumNumeratorUpdated event raised by the CommunityGovernor contract.
type CommunityGovernorQuorumNumeratorUpdated struct {
	OldQuorumNumerator *big.Int
	NewQuorumNumerator *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const CommunityGovernorQuorumNumeratorUpdatedEventName = "QuorumNumeratorUpdated"

// ContractEventName returns the user-defined event name.
func (CommunityGovernorQuorumNumeratorUpdated) ContractEventName() string {
	return CommunityGovernorQuorumNumeratorUpdatedEventName
}

// UnpackQuorumNumeratorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (communityGovernor *CommunityGovernor) UnpackQuorumNumeratorUpdatedEvent(log *types.Log) (*CommunityGovernorQuorumNumeratorUpdated, error) {
	event := "QuorumNumeratorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityGovernorQuorumNumeratorUpdated)
	if len(log.Data) > 0 {
		if err := communityGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityGovernor.abi.Events[event].Inputs {
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

// CommunityGovernorTimelockChange represents a TimelockChange event raised by the CommunityGovernor contract.
type CommunityGovernorTimelockChange struct {
	OldTimelock common.Address
	NewTimelock common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const CommunityGovernorTimelockChangeEventName = "TimelockChange"

// ContractEventName returns the user-defined event name.
func (CommunityGovernorTimelockChange) ContractEventName() string {
	return CommunityGovernorTimelockChangeEventName
}

// UnpackTimelockChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (communityGovernor *CommunityGovernor) UnpackTimelockChangeEvent(log *types.Log) (*CommunityGovernorTimelockChange, error) {
	event := "TimelockChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityGovernorTimelockChange)
	if len(log.Data) > 0 {
		if err := communityGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityGovernor.abi.Events[event].Inputs {
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

// CommunityGovernorVoteCast represents a VoteCast event raised by the CommunityGovernor contract.
type CommunityGovernorVoteCast struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Raw        *types.Log // Blockchain specific contextual infos
}

const CommunityGovernorVoteCastEventName = "VoteCast"

// ContractEventName returns the user-defined event name.
func (CommunityGovernorVoteCast) ContractEventName() string {
	return CommunityGovernorVoteCastEventName
}

// UnpackVoteCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (communityGovernor *CommunityGovernor) UnpackVoteCastEvent(log *types.Log) (*CommunityGovernorVoteCast, error) {
	event := "VoteCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityGovernorVoteCast)
	if len(log.Data) > 0 {
		if err := communityGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityGovernor.abi.Events[event].Inputs {
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

// CommunityGovernorVoteCastWithParams represents a VoteCastWithParams event raised by the CommunityGovernor contract.
type CommunityGovernorVoteCastWithParams struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Params     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const CommunityGovernorVoteCastWithParamsEventName = "VoteCastWithParams"

// ContractEventName returns the user-defined event name.
func (CommunityGovernorVoteCastWithParams) ContractEventName() string {
	return CommunityGovernorVoteCastWithParamsEventName
}

// UnpackVoteCastWithParamsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (communityGovernor *CommunityGovernor) UnpackVoteCastWithParamsEvent(log *types.Log) (*CommunityGovernorVoteCastWithParams, error) {
	event := "VoteCastWithParams"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityGovernorVoteCastWithParams)
	if len(log.Data) > 0 {
		if err := communityGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityGovernor.abi.Events[event].Inputs {
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

// CommunityGovernorVotingDelaySet represents a VotingDelaySet event raised by the CommunityGovernor contract.
type CommunityGovernorVotingDelaySet struct {
	OldVotingDelay *big.Int
	NewVotingDelay *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const CommunityGovernorVotingDelaySetEventName = "VotingDelaySet"

// ContractEventName returns the user-defined event name.
func (CommunityGovernorVotingDelaySet) ContractEventName() string {
	return CommunityGovernorVotingDelaySetEventName
}

// UnpackVotingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (communityGovernor *CommunityGovernor) UnpackVotingDelaySetEvent(log *types.Log) (*CommunityGovernorVotingDelaySet, error) {
	event := "VotingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityGovernorVotingDelaySet)
	if len(log.Data) > 0 {
		if err := communityGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityGovernor.abi.Events[event].Inputs {
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

// CommunityGovernorVotingPeriodSet represents a VotingPeriodSet event raised by the CommunityGovernor contract.
type CommunityGovernorVotingPeriodSet struct {
	OldVotingPeriod *big.Int
	NewVotingPeriod *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const CommunityGovernorVotingPeriodSetEventName = "VotingPeriodSet"

// ContractEventName returns the user-defined event name.
func (CommunityGovernorVotingPeriodSet) ContractEventName() string {
	return CommunityGovernorVotingPeriodSetEventName
}

// UnpackVotingPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (communityGovernor *CommunityGovernor) UnpackVotingPeriodSetEvent(log *types.Log) (*CommunityGovernorVotingPeriodSet, error) {
	event := "VotingPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != communityGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityGovernorVotingPeriodSet)
	if len(log.Data) > 0 {
		if err := communityGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range communityGovernor.abi.Events[event].Inputs {
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
func (communityGovernor *CommunityGovernor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["ERC6372InconsistentClock"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackERC6372InconsistentClockError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorAlreadyCastVote"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorAlreadyCastVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorAlreadyQueuedProposal"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorAlreadyQueuedProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorDisabledDeposit"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorDisabledDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorInsufficientProposerVotes"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorInsufficientProposerVotesError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorInvalidProposalLength"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorInvalidProposalLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorInvalidQuorumFraction"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorInvalidQuorumFractionError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorInvalidSignature"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorInvalidVoteParams"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorInvalidVoteParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorInvalidVoteType"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorInvalidVoteTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorInvalidVotingPeriod"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorInvalidVotingPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorNonexistentProposal"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorNonexistentProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorOnlyExecutor"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorOnlyExecutorError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorProposalQueueingFailed"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorProposalQueueingFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorProposalQueueingNotRequired"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorProposalQueueingNotRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorRestrictedProposer"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorRestrictedProposerError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorUnableToCancel"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorUnableToCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["GovernorUnexpectedProposalState"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackGovernorUnexpectedProposalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["QuorumOutOfBounds"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackQuorumOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["VotingDelayOutOfBounds"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackVotingDelayOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["VotingPeriodOutOfBounds"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackVotingPeriodOutOfBoundsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CommunityGovernorCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the CommunityGovernor contract.
type CommunityGovernorCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func CommunityGovernorCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (communityGovernor *CommunityGovernor) UnpackCheckpointUnorderedInsertionError(raw []byte) (*CommunityGovernorCheckpointUnorderedInsertion, error) {
	out := new(CommunityGovernorCheckpointUnorderedInsertion)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorERC6372InconsistentClock represents a ERC6372InconsistentClock error raised by the CommunityGovernor contract.
type CommunityGovernorERC6372InconsistentClock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC6372InconsistentClock()
func CommunityGovernorERC6372InconsistentClockErrorID() common.Hash {
	return common.HexToHash("0x6ff07140ae905cb0f8e72fb38f5dd8e756c387b0065be0e1bf85bd0621a43dc7")
}

// UnpackERC6372InconsistentClockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC6372InconsistentClock()
func (communityGovernor *CommunityGovernor) UnpackERC6372InconsistentClockError(raw []byte) (*CommunityGovernorERC6372InconsistentClock, error) {
	out := new(CommunityGovernorERC6372InconsistentClock)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "ERC6372InconsistentClock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorFailedCall represents a FailedCall error raised by the CommunityGovernor contract.
type CommunityGovernorFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func CommunityGovernorFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (communityGovernor *CommunityGovernor) UnpackFailedCallError(raw []byte) (*CommunityGovernorFailedCall, error) {
	out := new(CommunityGovernorFailedCall)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorAlreadyCastVote represents a GovernorAlreadyCastVote error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorAlreadyCastVote struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func CommunityGovernorGovernorAlreadyCastVoteErrorID() common.Hash {
	return common.HexToHash("0x71c6af4932ed543cdb181fcbb800f4b9940a2ccceeaee5e6e141de8c50856ede")
}

// UnpackGovernorAlreadyCastVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func (communityGovernor *CommunityGovernor) UnpackGovernorAlreadyCastVoteError(raw []byte) (*CommunityGovernorGovernorAlreadyCastVote, error) {
	out := new(CommunityGovernorGovernorAlreadyCastVote)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyCastVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorAlreadyQueuedProposal represents a GovernorAlreadyQueuedProposal error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorAlreadyQueuedProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func CommunityGovernorGovernorAlreadyQueuedProposalErrorID() common.Hash {
	return common.HexToHash("0xf20e7d374e58691196b2e081c7753efc94203ab3520c58efe153076e279fde0a")
}

// UnpackGovernorAlreadyQueuedProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func (communityGovernor *CommunityGovernor) UnpackGovernorAlreadyQueuedProposalError(raw []byte) (*CommunityGovernorGovernorAlreadyQueuedProposal, error) {
	out := new(CommunityGovernorGovernorAlreadyQueuedProposal)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyQueuedProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorDisabledDeposit represents a GovernorDisabledDeposit error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorDisabledDeposit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorDisabledDeposit()
func CommunityGovernorGovernorDisabledDepositErrorID() common.Hash {
	return common.HexToHash("0xe90a651e5fdea7022846d10b5f36994c22e1f46db4b5021aa3e26ad83b24bfd8")
}

// UnpackGovernorDisabledDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorDisabledDeposit()
func (communityGovernor *CommunityGovernor) UnpackGovernorDisabledDepositError(raw []byte) (*CommunityGovernorGovernorDisabledDeposit, error) {
	out := new(CommunityGovernorGovernorDisabledDeposit)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorDisabledDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorInsufficientProposerVotes represents a GovernorInsufficientProposerVotes error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorInsufficientProposerVotes struct {
	Proposer  common.Address
	Votes     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func CommunityGovernorGovernorInsufficientProposerVotesErrorID() common.Hash {
	return common.HexToHash("0xc242ee16ab08d11dbce60e744efdbd91b4e07ac4c074d993992519795a6324d0")
}

// UnpackGovernorInsufficientProposerVotesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func (communityGovernor *CommunityGovernor) UnpackGovernorInsufficientProposerVotesError(raw []byte) (*CommunityGovernorGovernorInsufficientProposerVotes, error) {
	out := new(CommunityGovernorGovernorInsufficientProposerVotes)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorInsufficientProposerVotes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorInvalidProposalLength represents a GovernorInvalidProposalLength error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorInvalidProposalLength struct {
	Targets   *big.Int
	Calldatas *big.Int
	Values    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func CommunityGovernorGovernorInvalidProposalLengthErrorID() common.Hash {
	return common.HexToHash("0x447b05d0c41e339e22932be48ca2091a47f3c39df25e2152ad11a8729753b2b4")
}

// UnpackGovernorInvalidProposalLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func (communityGovernor *CommunityGovernor) UnpackGovernorInvalidProposalLengthError(raw []byte) (*CommunityGovernorGovernorInvalidProposalLength, error) {
	out := new(CommunityGovernorGovernorInvalidProposalLength)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidProposalLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorInvalidQuorumFraction represents a GovernorInvalidQuorumFraction error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorInvalidQuorumFraction struct {
	QuorumNumerator   *big.Int
	QuorumDenominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func CommunityGovernorGovernorInvalidQuorumFractionErrorID() common.Hash {
	return common.HexToHash("0x243e5445050913bb1c3de7a2f82eba0c3b0b8a55c2aacf660392fa35087a1919")
}

// UnpackGovernorInvalidQuorumFractionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func (communityGovernor *CommunityGovernor) UnpackGovernorInvalidQuorumFractionError(raw []byte) (*CommunityGovernorGovernorInvalidQuorumFraction, error) {
	out := new(CommunityGovernorGovernorInvalidQuorumFraction)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidQuorumFraction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorInvalidSignature represents a GovernorInvalidSignature error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorInvalidSignature struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidSignature(address voter)
func CommunityGovernorGovernorInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x94ab6c07905fb25046d2809e4563b09690f891c9495bfe19551d602e7eddbb1b")
}

// UnpackGovernorInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidSignature(address voter)
func (communityGovernor *CommunityGovernor) UnpackGovernorInvalidSignatureError(raw []byte) (*CommunityGovernorGovernorInvalidSignature, error) {
	out := new(CommunityGovernorGovernorInvalidSignature)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorInvalidVoteParams represents a GovernorInvalidVoteParams error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorInvalidVoteParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteParams()
func CommunityGovernorGovernorInvalidVoteParamsErrorID() common.Hash {
	return common.HexToHash("0x867db7717d0cc803be5726127d33cc17ae07776705d8ba6659af8aaa5b418dd8")
}

// UnpackGovernorInvalidVoteParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteParams()
func (communityGovernor *CommunityGovernor) UnpackGovernorInvalidVoteParamsError(raw []byte) (*CommunityGovernorGovernorInvalidVoteParams, error) {
	out := new(CommunityGovernorGovernorInvalidVoteParams)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorInvalidVoteType represents a GovernorInvalidVoteType error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorInvalidVoteType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteType()
func CommunityGovernorGovernorInvalidVoteTypeErrorID() common.Hash {
	return common.HexToHash("0x06b337c26289d63178b4d4ed5fd513f38a1d8832d0edd309ef07bfc9ba5caf49")
}

// UnpackGovernorInvalidVoteTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteType()
func (communityGovernor *CommunityGovernor) UnpackGovernorInvalidVoteTypeError(raw []byte) (*CommunityGovernorGovernorInvalidVoteType, error) {
	out := new(CommunityGovernorGovernorInvalidVoteType)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorInvalidVotingPeriod represents a GovernorInvalidVotingPeriod error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorInvalidVotingPeriod struct {
	VotingPeriod *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func CommunityGovernorGovernorInvalidVotingPeriodErrorID() common.Hash {
	return common.HexToHash("0xf1cfbf057db43f9730bc42a52728d66da9151a5c6929758ee824e299f82f5689")
}

// UnpackGovernorInvalidVotingPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func (communityGovernor *CommunityGovernor) UnpackGovernorInvalidVotingPeriodError(raw []byte) (*CommunityGovernorGovernorInvalidVotingPeriod, error) {
	out := new(CommunityGovernorGovernorInvalidVotingPeriod)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVotingPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorNonexistentProposal represents a GovernorNonexistentProposal error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorNonexistentProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func CommunityGovernorGovernorNonexistentProposalErrorID() common.Hash {
	return common.HexToHash("0x6ad06075316ea071ccae80931b756598be5aad3433b2c47b38607a8eec344a70")
}

// UnpackGovernorNonexistentProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func (communityGovernor *CommunityGovernor) UnpackGovernorNonexistentProposalError(raw []byte) (*CommunityGovernorGovernorNonexistentProposal, error) {
	out := new(CommunityGovernorGovernorNonexistentProposal)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorNonexistentProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorOnlyExecutor represents a GovernorOnlyExecutor error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorOnlyExecutor struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorOnlyExecutor(address account)
func CommunityGovernorGovernorOnlyExecutorErrorID() common.Hash {
	return common.HexToHash("0x47096e4749c231af946d5efc74a7fd817371e756031e98787f18bf70aaa7753c")
}

// UnpackGovernorOnlyExecutorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorOnlyExecutor(address account)
func (communityGovernor *CommunityGovernor) UnpackGovernorOnlyExecutorError(raw []byte) (*CommunityGovernorGovernorOnlyExecutor, error) {
	out := new(CommunityGovernorGovernorOnlyExecutor)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorOnlyExecutor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorProposalQueueingFailed represents a GovernorProposalQueueingFailed error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorProposalQueueingFailed struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func CommunityGovernorGovernorProposalQueueingFailedErrorID() common.Hash {
	return common.HexToHash("0xab2d0311b12775d840d040f070d41586c4d88ef7337d352d0dfa2a1ede1d73e0")
}

// UnpackGovernorProposalQueueingFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func (communityGovernor *CommunityGovernor) UnpackGovernorProposalQueueingFailedError(raw []byte) (*CommunityGovernorGovernorProposalQueueingFailed, error) {
	out := new(CommunityGovernorGovernorProposalQueueingFailed)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorProposalQueueingFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorProposalQueueingNotRequired represents a GovernorProposalQueueingNotRequired error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorProposalQueueingNotRequired struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func CommunityGovernorGovernorProposalQueueingNotRequiredErrorID() common.Hash {
	return common.HexToHash("0xd838bcb7f156d6ff91334907349273614e60ebfac1fd90f5ce25b84cd6c61a09")
}

// UnpackGovernorProposalQueueingNotRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func (communityGovernor *CommunityGovernor) UnpackGovernorProposalQueueingNotRequiredError(raw []byte) (*CommunityGovernorGovernorProposalQueueingNotRequired, error) {
	out := new(CommunityGovernorGovernorProposalQueueingNotRequired)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorProposalQueueingNotRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorRestrictedProposer represents a GovernorRestrictedProposer error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorRestrictedProposer struct {
	Proposer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func CommunityGovernorGovernorRestrictedProposerErrorID() common.Hash {
	return common.HexToHash("0xd9b395579c6f1566cc7608394c53136f366f7fa719d01a941bee075ef8c704f4")
}

// UnpackGovernorRestrictedProposerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func (communityGovernor *CommunityGovernor) UnpackGovernorRestrictedProposerError(raw []byte) (*CommunityGovernorGovernorRestrictedProposer, error) {
	out := new(CommunityGovernorGovernorRestrictedProposer)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorRestrictedProposer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorUnableToCancel represents a GovernorUnableToCancel error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorUnableToCancel struct {
	ProposalId *big.Int
	Account    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func CommunityGovernorGovernorUnableToCancelErrorID() common.Hash {
	return common.HexToHash("0x8fe5d8a9809b4b1a3569a8d98ce25e21fb956a89b6b9a2741d15bc699f46ef07")
}

// UnpackGovernorUnableToCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func (communityGovernor *CommunityGovernor) UnpackGovernorUnableToCancelError(raw []byte) (*CommunityGovernorGovernorUnableToCancel, error) {
	out := new(CommunityGovernorGovernorUnableToCancel)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorUnableToCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorGovernorUnexpectedProposalState represents a GovernorUnexpectedProposalState error raised by the CommunityGovernor contract.
type CommunityGovernorGovernorUnexpectedProposalState struct {
	ProposalId     *big.Int
	Current        uint8
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func CommunityGovernorGovernorUnexpectedProposalStateErrorID() common.Hash {
	return common.HexToHash("0x31b75e4d4f8317c390cf01cbc79dfe4f67ce2d27f65a099074fdc67f00f76908")
}

// UnpackGovernorUnexpectedProposalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func (communityGovernor *CommunityGovernor) UnpackGovernorUnexpectedProposalStateError(raw []byte) (*CommunityGovernorGovernorUnexpectedProposalState, error) {
	out := new(CommunityGovernorGovernorUnexpectedProposalState)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "GovernorUnexpectedProposalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorInvalidAccountNonce represents a InvalidAccountNonce error raised by the CommunityGovernor contract.
type CommunityGovernorInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func CommunityGovernorInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (communityGovernor *CommunityGovernor) UnpackInvalidAccountNonceError(raw []byte) (*CommunityGovernorInvalidAccountNonce, error) {
	out := new(CommunityGovernorInvalidAccountNonce)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorInvalidShortString represents a InvalidShortString error raised by the CommunityGovernor contract.
type CommunityGovernorInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func CommunityGovernorInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (communityGovernor *CommunityGovernor) UnpackInvalidShortStringError(raw []byte) (*CommunityGovernorInvalidShortString, error) {
	out := new(CommunityGovernorInvalidShortString)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorQuorumOutOfBounds represents a QuorumOutOfBounds error raised by the CommunityGovernor contract.
type CommunityGovernorQuorumOutOfBounds struct {
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumOutOfBounds(uint256 value, uint256 min, uint256 max)
func CommunityGovernorQuorumOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x1007238def186794d78f5bc807dbbc3d46d729b0d6c54c3a3cd9784e51ecfb1d")
}

// UnpackQuorumOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumOutOfBounds(uint256 value, uint256 min, uint256 max)
func (communityGovernor *CommunityGovernor) UnpackQuorumOutOfBoundsError(raw []byte) (*CommunityGovernorQuorumOutOfBounds, error) {
	out := new(CommunityGovernorQuorumOutOfBounds)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "QuorumOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the CommunityGovernor contract.
type CommunityGovernorSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func CommunityGovernorSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (communityGovernor *CommunityGovernor) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*CommunityGovernorSafeCastOverflowedUintDowncast, error) {
	out := new(CommunityGovernorSafeCastOverflowedUintDowncast)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorStringTooLong represents a StringTooLong error raised by the CommunityGovernor contract.
type CommunityGovernorStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func CommunityGovernorStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (communityGovernor *CommunityGovernor) UnpackStringTooLongError(raw []byte) (*CommunityGovernorStringTooLong, error) {
	out := new(CommunityGovernorStringTooLong)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorVotingDelayOutOfBounds represents a VotingDelayOutOfBounds error raised by the CommunityGovernor contract.
type CommunityGovernorVotingDelayOutOfBounds struct {
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotingDelayOutOfBounds(uint256 value, uint256 min, uint256 max)
func CommunityGovernorVotingDelayOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x4437be67b6525a6b37f1bc7d492f47073cbf66ea81aaa5fe3719eb6171234bd6")
}

// UnpackVotingDelayOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotingDelayOutOfBounds(uint256 value, uint256 min, uint256 max)
func (communityGovernor *CommunityGovernor) UnpackVotingDelayOutOfBoundsError(raw []byte) (*CommunityGovernorVotingDelayOutOfBounds, error) {
	out := new(CommunityGovernorVotingDelayOutOfBounds)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "VotingDelayOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityGovernorVotingPeriodOutOfBounds represents a VotingPeriodOutOfBounds error raised by the CommunityGovernor contract.
type CommunityGovernorVotingPeriodOutOfBounds struct {
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotingPeriodOutOfBounds(uint256 value, uint256 min, uint256 max)
func CommunityGovernorVotingPeriodOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x31762ea0e6b648803d587580e674063d26ae382e74bc8efc46a5abbc37ddbb1a")
}

// UnpackVotingPeriodOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotingPeriodOutOfBounds(uint256 value, uint256 min, uint256 max)
func (communityGovernor *CommunityGovernor) UnpackVotingPeriodOutOfBoundsError(raw []byte) (*CommunityGovernorVotingPeriodOutOfBounds, error) {
	out := new(CommunityGovernorVotingPeriodOutOfBounds)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "VotingPeriodOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}
