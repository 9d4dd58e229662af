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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIVotes\",\"name\":\"stakedPower\",\"type\":\"address\"},{\"internalType\":\"contractTimelockController\",\"name\":\"timelock_\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"votingDelay_\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod_\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proposalThreshold_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxProposalThreshold_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumBps\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC6372InconsistentClock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorAlreadyCastVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorAlreadyQueuedProposal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorDisabledDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"GovernorInsufficientProposerVotes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"calldatas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidProposalLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quorumNumerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumDenominator\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidQuorumFraction\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorInvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"votingPeriod\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidVotingPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorNonexistentProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorOnlyExecutor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorProposalQueueingFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorProposalQueueingNotRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GovernorRestrictedProposer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorUnableToCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"current\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"GovernorUnexpectedProposalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ProposalThresholdOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"QuorumOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"VotingDelayOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"VotingPeriodOutOfBounds\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"signatures\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteStart\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteEnd\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"etaSeconds\",\"type\":\"uint256\"}],\"name\":\"ProposalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldProposalThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"ProposalThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldQuorumNumerator\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"QuorumNumeratorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldTimelock\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"TimelockChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VoteCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"VoteCastWithParams\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingDelay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingDelay\",\"type\":\"uint256\"}],\"name\":\"VotingDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingPeriod\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingPeriod\",\"type\":\"uint256\"}],\"name\":\"VotingPeriodSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COUNTING_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXTENDED_BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_QUORUM_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VOTING_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VOTING_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_QUORUM_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_VOTING_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_VOTING_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"}],\"name\":\"castVote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"castVoteWithReason\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParamsBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"getProposalId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"getVotesWithParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"hashProposal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxProposalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalDeadline\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalEta\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalNeedsQueuing\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalProposer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalSnapshot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"againstVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"forVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"abstainVotes\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumDenominator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"relay\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"setProposalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newVotingDelay\",\"type\":\"uint48\"}],\"name\":\"setVotingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"newVotingPeriod\",\"type\":\"uint32\"}],\"name\":\"setVotingPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC5805\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"updateQuorumNumerator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractTimelockController\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"updateTimelock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "b6b6f06c80a8111a3ac319a1d4f6fd7547",
	Bin: "0x610180604052348015610010575f5ffd5b506040516150f63803806150f683398101604081905261002f91610864565b858188878761003e888861018d565b60408051808201909152601181527021b7b6b6bab734ba3ca3b7bb32b93737b960791b6020820152806100856040805180820190915260018152603160f81b602082015290565b61008e826101c7565b6101205261009b816101c7565b61014052815160208084019190912060e052815190820120610100524660a05261012760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052600361013c8282610984565b50610148905083610204565b61015182610269565b61015a816102c7565b5050506001600160a01b031661016052610173816102e9565b5061017d81610332565b5050600d5550610ad29350505050565b5f818311156101be576040516355b0402d60e01b815260048101849052602481018390526044015b60405180910390fd5b50815b92915050565b5f5f829050601f815111156101f1578260405163305a27a960e01b81526004016101b59190610a42565b80516101fc82610a77565b179392505050565b60018165ffffffffffff161080610225575062278d008165ffffffffffff16115b1561025d57604051634437be6760e01b815265ffffffffffff821660048201526001602482015262278d0060448201526064016101b5565b6102668161039b565b50565b610e108163ffffffff16108061028757506276a7008163ffffffff16115b156102be5760405163018bb17560e51b815263ffffffff82166004820152610e1060248201526276a70060448201526064016101b5565b61026681610401565b600d5480156102dc576102da828261018d565b505b6102e5826104a0565b5050565b60018110806102f9575061138881115b1561032957604051631007238d60e01b8152600481018290526001602482015261138860448201526064016101b5565b610266816104e1565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036104295760405163f1cfbf0560e01b81525f60048201526024016101b5565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b6127108082111561050f5760405163243e544560e01b815260048101839052602481018290526044016101b5565b5f610518610577565b9050610537610525610590565b61052e8561060a565b600a9190610641565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f610582600a61065b565b6001600160d01b0316905090565b5f61059b6101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156105f4575060408051601f3d908101601f191682019092526105f191810190610a9a565b60015b610605576106006106a3565b905090565b919050565b5f6001600160d01b0382111561063d576040516306dfcc6560e41b815260d06004820152602481018390526044016101b5565b5090565b5f8061064e8585856106ad565b915091505b935093915050565b80545f90801561069a5761068183610674600184610ab3565b5f91825260209091200190565b54660100000000000090046001600160d01b031661069c565b5f5b9392505050565b5f61060043610809565b82545f90819080156107ac575f6106c987610674600185610ab3565b805490915065ffffffffffff80821691660100000000000090046001600160d01b031690881682111561070f57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361074b57825465ffffffffffff1666010000000000006001600160d01b0389160217835561079e565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061065392505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081610653565b5f65ffffffffffff82111561063d576040516306dfcc6560e41b815260306004820152602481018390526044016101b5565b6001600160a01b0381168114610266575f5ffd5b805165ffffffffffff81168114610605575f5ffd5b5f5f5f5f5f5f5f60e0888a03121561087a575f5ffd5b87516108858161083b565b60208901519097506108968161083b565b95506108a46040890161084f565b9450606088015163ffffffff811681146108bc575f5ffd5b608089015160a08a015160c0909a0151989b979a509598909795969095945092505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061090957607f821691505b60208210810361092757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561097f578282111561097f57805f5260205f20601f840160051c602085101561095857505f5b90810190601f840160051c035f5b8181101561097b575f83820155600101610966565b5050505b505050565b81516001600160401b0381111561099d5761099d6108e1565b6109b1816109ab84546108f5565b8461092d565b6020601f8211600181146109e3575f83156109cc5750848201515b5f19600385901b1c1916600184901b178455610a3b565b5f84815260208120601f198516915b82811015610a1257878501518255602094850194600190920191016109f2565b5084821015610a2f57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610927575f1960209190910360031b1b16919050565b5f60208284031215610aaa575f5ffd5b61069c8261084f565b818103818111156101c157634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e051610100516101205161014051610160516145ad610b495f395f8181610af701528181610f990152818161133901528181611eee015261210c01525f611e3401525f611e0901525f612fab01525f612f8301525f612ede01525f612f0801525f612f3201526145ad5ff3fe60806040526004361061035e575f3560e01c806384b0196e116101bd578063c01f9e37116100f2578063e48083fe11610092578063ece40cc11161006d578063ece40cc114610a8c578063f23a6e6114610aab578063f8ce560a14610aca578063fc0c546a14610ae9575f5ffd5b8063e48083fe14610704578063e540d01d14610a4e578063eb9019d414610a6d575f5ffd5b8063c94b7693116100cd578063c94b7693146109a4578063d33219b4146109b9578063dd4e2ba5146109d6578063deaaa7cc14610a1b575f5ffd5b8063c01f9e3714610953578063c28bc2fa14610972578063c59057e414610985575f5ffd5b8063a890c9101161015d578063ab58fb8e11610138578063ab58fb8e146108d4578063b11262631461090a578063b58131b014610920578063bc197c8114610934575f5ffd5b8063a890c91014610877578063a8f8a66814610896578063a9a95294146108b5575f5ffd5b806397c3d3341161019857806397c3d3341461081a5780639a802a6d1461082e578063a64e024a1461084d578063a7713a7014610863575f5ffd5b806384b0196e146107a95780638ff262e3146107d057806391ddadf4146107ef575f5ffd5b806343859632116102935780635f398a1411610233578063790518871161020e57806379051887146107185780637b3c71d3146107375780637d5e81e2146107565780637ecebe0014610775575f5ffd5b80635f398a14146106c657806360c4247f146106e55780636198c3d014610704575f5ffd5b8063544ffc9c1161026e578063544ffc9c1461062557806354fd4d501461065f57806356781388146106885780635b8d0e0d146106a7575f5ffd5b806343859632146105aa578063452115d6146105f25780634bf5d7e914610611575f5ffd5b8063215809ca116102fe5780632fe3e261116102d95780632fe3e261146105225780633932abb1146105555780633d286ac7146105695780633e4f49e61461057e575f5ffd5b8063215809ca146104db5780632656227d146104f05780632d63f69314610503575f5ffd5b806306fdde031161033957806306fdde0314610417578063143489d014610438578063150b7a0214610484578063160cbed7146104bc575f5ffd5b806301ffc9a71461039957806302a251a3146103cd57806306f3f9e6146103f8575f5ffd5b36610395573061036c610b1b565b6001600160a01b03161461039357604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b3480156103a4575f5ffd5b506103b86103b33660046135eb565b610b33565b60405190151581526020015b60405180910390f35b3480156103d8575f5ffd5b50600854600160301b900463ffffffff165b6040519081526020016103c4565b348015610403575f5ffd5b50610393610412366004613612565b610b9f565b348015610422575f5ffd5b5061042b610bb3565b6040516103c49190613657565b348015610443575f5ffd5b5061046c610452366004613612565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b0390911681526020016103c4565b34801561048f575f5ffd5b506104a361049e366004613740565b610c43565b6040516001600160e01b031990911681526020016103c4565b3480156104c7575f5ffd5b506103ea6104d6366004613906565b610c85565b3480156104e6575f5ffd5b506103ea610e1081565b6103ea6104fe366004613906565b610d88565b34801561050e575f5ffd5b506103ea61051d366004613612565b610ef8565b34801561052d575f5ffd5b506103ea7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b348015610560575f5ffd5b506103ea610f18565b348015610574575f5ffd5b506103ea600d5481565b348015610589575f5ffd5b5061059d610598366004613612565b610f2a565b6040516103c491906139cd565b3480156105b5575f5ffd5b506103b86105c43660046139db565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b3480156105fd575f5ffd5b506103ea61060c366004613906565b610f34565b34801561061c575f5ffd5b5061042b610f95565b348015610630575f5ffd5b5061064461063f366004613612565b611028565b604080519384526020840192909252908201526060016103c4565b34801561066a575f5ffd5b506040805180820190915260018152603160f81b602082015261042b565b348015610693575f5ffd5b506103ea6106a2366004613a19565b61104d565b3480156106b2575f5ffd5b506103ea6106c1366004613a87565b611074565b3480156106d1575f5ffd5b506103ea6106e0366004613b43565b611131565b3480156106f0575f5ffd5b506103ea6106ff366004613612565b611179565b34801561070f575f5ffd5b506103ea600181565b348015610723575f5ffd5b50610393610732366004613bd7565b611185565b348015610742575f5ffd5b506103ea610751366004613bf2565b611196565b348015610761575f5ffd5b506103ea610770366004613c47565b6111e6565b348015610780575f5ffd5b506103ea61078f366004613d03565b6001600160a01b03165f9081526002602052604090205490565b3480156107b4575f5ffd5b506107bd61129c565b6040516103c49796959493929190613d58565b3480156107db575f5ffd5b506103ea6107ea366004613dc7565b6112de565b3480156107fa575f5ffd5b50610803611336565b60405165ffffffffffff90911681526020016103c4565b348015610825575f5ffd5b506127106103ea565b348015610839575f5ffd5b506103ea610848366004613e14565b6113bd565b348015610858575f5ffd5b506103ea6276a70081565b34801561086e575f5ffd5b506103ea6113d3565b348015610882575f5ffd5b50610393610891366004613d03565b6113ec565b3480156108a1575f5ffd5b506103ea6108b0366004613906565b6113fd565b3480156108c0575f5ffd5b506103b86108cf366004613612565b61140a565b3480156108df575f5ffd5b506103ea6108ee366004613612565b5f9081526004602052604090206001015465ffffffffffff1690565b348015610915575f5ffd5b506103ea62278d0081565b34801561092b575f5ffd5b506103ea611412565b34801561093f575f5ffd5b506104a361094e366004613e68565b61141c565b34801561095e575f5ffd5b506103ea61096d366004613612565b61145f565b610393610980366004613eff565b6114a1565b348015610990575f5ffd5b506103ea61099f366004613906565b61151d565b3480156109af575f5ffd5b506103ea61138881565b3480156109c4575f5ffd5b50600b546001600160a01b031661046c565b3480156109e1575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e9082015261042b565b348015610a26575f5ffd5b506103ea7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610a59575f5ffd5b50610393610a68366004613f3e565b611556565b348015610a78575f5ffd5b506103ea610a87366004613f61565b611567565b348015610a97575f5ffd5b50610393610aa6366004613612565b611586565b348015610ab6575f5ffd5b506104a3610ac5366004613f8b565b611597565b348015610ad5575f5ffd5b506103ea610ae4366004613612565b6115da565b348015610af4575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061046c565b5f610b2e600b546001600160a01b031690565b905090565b5f6001600160e01b031982166366defe7760e11b1480610b6357506001600160e01b031982166332a2ad4360e11b145b80610b7e57506001600160e01b03198216630271189760e51b145b80610b9957506301ffc9a760e01b6001600160e01b03198316145b92915050565b610ba76115e4565b610bb08161165d565b50565b606060038054610bc290613fe2565b80601f0160208091040260200160405190810160405280929190818152602001828054610bee90613fe2565b8015610c395780601f10610c1057610100808354040283529160200191610c39565b820191905f5260205f20905b815481529060010190602001808311610c1c57829003601f168201915b5050505050905090565b5f30610c4d610b1b565b6001600160a01b031614610c7457604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c93868686866113fd565b90505f610c9f8261140a565b9050610cb482610caf60046116a6565b6116c8565b5080610cdb5760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610ce98389898989611705565b905065ffffffffffff811615610d60575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610d7c565b60405163ab2d031160e01b815260048101849052602401610cd2565b50909695505050505050565b5f5f610d96868686866113fd565b90505f610da28261140a565b9050610dbe82610caf83610db75760046116a6565b60056116a6565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610de6610b1b565b6001600160a01b031614610e6f575f5b8751811015610e6d57306001600160a01b0316888281518110610e1b57610e1b61401a565b60200260200101516001600160a01b031603610e6557610e65868281518110610e4657610e4661401a565b602002602001015180519060200120600561171390919063ffffffff16565b600101610df6565b505b610e7c8288888888611734565b30610e85610b1b565b6001600160a01b031614158015610eb157506005546001600160801b03808216600160801b9092041614155b15610ebb575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b5f610b2e60085465ffffffffffff1690565b5f610b9982611748565b5f5f610f42868686866113fd565b905033610f4f8282611881565b610f7e57604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610cd2565b610f8a878787876118c6565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa92505050801561101457506040513d5f823e601f3d908101601f19168201604052611011919081019061402e565b60015b61102357610b2e6113366118d3565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f8033905061106c84828560405180602001604052805f8152506118e9565b949350505050565b5f6110ba88888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a925089915061190a9050565b6110e2576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610cd2565b61112588878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a92506119d7915050565b98975050505050505050565b5f80339050610f8a87828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a92506119d7915050565b5f610b99600a83611ab5565b61118d6115e4565b610bb081611b02565b5f803390506111dc86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506118e992505050565b9695505050505050565b5f336111f28184611b64565b61121a5760405163d9b3955760e01b81526001600160a01b0382166004820152602401610cd2565b5f611223611412565b9050801561128f575f61125183600161123a611336565b61124491906140b6565b65ffffffffffff16611567565b90508181101561128d57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610cd2565b505b610f8a8787878786611be8565b5f6060805f5f5f60606112ad611e02565b6112b5611e2d565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6112eb85858585611e58565b611313576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610cd2565b61132d85848660405180602001604052805f8152506118e9565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156113b1575060408051601f3d908101601f191682019092526113ae918101906140d4565b60015b61102357610b2e611ee1565b5f6113c9848484611eeb565b90505b9392505050565b5f6113de600a611f7e565b6001600160d01b0316905090565b6113f46115e4565b610bb081611fc2565b5f61132d8585858561151d565b5f6001610b99565b5f610b2e60075490565b5f30611426610b1b565b6001600160a01b03161461144d57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f8181526004602052604081205461149390600160d01b810463ffffffff1690600160a01b900465ffffffffffff166140ef565b65ffffffffffff1692915050565b6114a96115e4565b5f5f856001600160a01b03168585856040516114c692919061410d565b5f6040518083038185875af1925050503d805f8114611500576040519150601f19603f3d011682016040523d82523d5f602084013e611505565b606091505b5091509150611514828261202b565b50505050505050565b5f8484848460405160200161153594939291906141a3565b60408051601f19818403018152919052805160209091012095945050505050565b61155e6115e4565b610bb081612068565b5f6113cc838361158160408051602081019091525f815290565b611eeb565b61158e6115e4565b610bb0816120c6565b5f306115a1610b1b565b6001600160a01b0316146115c857604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b5f610b99826120e8565b336115ed610b1b565b6001600160a01b031614611616576040516347096e4760e01b8152336004820152602401610cd2565b3061161f610b1b565b6001600160a01b03161461165b575f803660405161163e92919061410d565b604051809103902090505b806116546005612186565b0361164957505b565b600181108061166d575061138881115b1561169d57604051631007238d60e01b815260048101829052600160248201526113886044820152606401610cd2565b610bb0816121a5565b5f8160078111156116b9576116b9613999565b600160ff919091161b92915050565b5f5f6116d384610f2a565b90505f836116e0836116a6565b16036113cc578381846040516331b75e4d60e01b8152600401610cd2939291906141ed565b5f6111dc868686868661223b565b5f61171e83836123cc565b90508061172f5761172f6041612431565b505050565b6117418585858585612442565b5050505050565b5f5f611753836124d2565b9050600581600781111561176957611769613999565b146117745792915050565b5f838152600c60205260409081902054600b549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa1580156117ca573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117ee919061420f565b156117fd575060059392505050565b600b54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611844573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611868919061420f565b15611877575060079392505050565b5060029392505050565b5f8061188c84610f2a565b600781111561189d5761189d613999565b1480156113cc5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f61132d85858585612603565b6060610b996118e48363ffffffff16565b61269a565b5f61132d8585858561190560408051602081019091525f815290565b6119d7565b5f610f8a856119d17f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a61195c8c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d8301206040516119b698979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b6040516020818303038152906040528051906020012061270c565b84612738565b5f6119e686610caf60016116a6565b505f6119fb866119f589610ef8565b85611eeb565b90505f611a0b88888885886127a8565b905083515f03611a6157866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611a54949392919061422e565b60405180910390a2610f8a565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611aa2959493929190614255565b60405180910390a2979650505050505050565b5f5f5f611ac1856128a4565b9250925050838265ffffffffffff161115611aee57611ae9611ae2856128fc565b8690612932565b611af0565b805b6001600160d01b031695945050505050565b60018165ffffffffffff161080611b23575062278d008165ffffffffffff16115b15611b5b57604051634437be6760e01b815265ffffffffffff821660048201526001602482015262278d006044820152606401610cd2565b610bb0816129d4565b80515f906034811015611b7b576001915050610b99565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611bac57600192505050610b99565b5f5f611bbc86602a860386612a3a565b91509150811580610f8a5750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611bfc86868686805190602001206113fd565b905084518651141580611c1157508351865114155b80611c1b57508551155b15611c5057855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610cd2565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611c995780611c7c82610f2a565b6040516331b75e4d60e01b8152610cd29291905f906004016141ed565b5f611ca2610f18565b611caa611336565b65ffffffffffff16611cbc919061428e565b90505f611cd660085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611d08836128fc565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611d3582612ae7565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611d9857611d9861367d565b604051908082528060200260200182016040528015611dcb57816020015b6060815260200190600190039081611db65790505b508c89611dd88a8261428e565b8e604051611dee999897969594939291906142a1565b60405180910390a150505095945050505050565b6060610b2e7f0000000000000000000000000000000000000000000000000000000000000000612b17565b6060610b2e7f0000000000000000000000000000000000000000000000000000000000000000612b17565b5f61132d836119d17ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d7888888611eaa8a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c0016119b6565b5f610b2e436128fc565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa158015611f5a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113c9919061437c565b80545f908015611fba57611fa483611f97600184614393565b5f91825260209091200190565b54600160301b90046001600160d01b03166113cc565b5f9392505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b6060821561203a575080610b99565b81511561204f5761204a82612b54565b610b99565b60405163d6bda27560e01b815260040160405180910390fd5b610e108163ffffffff16108061208657506276a7008163ffffffff16115b156120bd5760405163018bb17560e51b815263ffffffff82166004820152610e1060248201526276a7006044820152606401610cd2565b610bb081612b5c565b600d5480156120db576120d98282612bf8565b505b6120e482612c2b565b5050565b604051632394e7a360e21b8152600481018290525f90610b99906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa158015612151573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612175919061437c565b61217e84611179565b612710612c6c565b5f5f5f61219284612d1c565b91509150816113cc576113cc6031612431565b612710808211156121d35760405163243e544560e01b81526004810183905260248101829052604401610cd2565b5f6121dc6113d3565b90506121fb6121e9611336565b6121f285612d90565b600a9190612dc3565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f5f600b5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa15801561228d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122b1919061437c565b90505f3060601b6bffffffffffffffffffffffff19168418600b5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f42790612302908a908a908a905f9088906004016143a6565b602060405180830381865afa15801561231d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612341919061437c565b5f898152600c602052604080822092909255600b5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb09161238b918b918b918b919088908a906004016143f3565b5f604051808303815f87803b1580156123a2575f5ffd5b505af11580156123b4573d5f5f3e3d5ffd5b5050505061112582426123c7919061428e565b6128fc565b81545f906001600160801b03600160801b8204811691811660018301909116036123f9575f915050610b99565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600b546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b815260040161248d9594939291906143a6565b5f604051808303818588803b1580156124a4575f5ffd5b505af11580156124b6573d5f5f3e3d5ffd5b5050505f9687525050600c602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b900416811561250657506007949350505050565b801561251757506002949350505050565b5f61252186610ef8565b9050805f0361254657604051636ad0607560e01b815260048101879052602401610cd2565b5f61254f611336565b65ffffffffffff16905080821061256c57505f9695505050505050565b5f6125768861145f565b905081811061258d57506001979650505050505050565b61259688612ddc565b15806125b557505f888152600960205260409020805460019091015411155b156125c857506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f036125f557506004979650505050505050565b506005979650505050505050565b5f5f61261186868686612e12565b5f818152600c6020526040902054909150801561269057600b5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b15801561266b575f5ffd5b505af115801561267d573d5f5f3e3d5ffd5b5050505f838152600c6020526040812055505b5095945050505050565b60606126a4611ee1565b65ffffffffffff168265ffffffffffff16146126d3576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b99612718612ed2565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612796575f5f6127568585612ffb565b5090925090505f81600381111561276f5761276f613999565b14801561278d5750856001600160a01b0316826001600160a01b0316145b925050506113cc565b6127a1848484613044565b90506113cc565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff16156127fa576040516371c6af4960e01b81526001600160a01b0387166004820152602401610cd2565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff85166128435783815f015f828254612838919061428e565b909155506128999050565b5f1960ff8616016128615783816001015f828254612838919061428e565b60011960ff8616016128805783816002015f828254612838919061428e565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b80545f90819081908082036128c2575f5f5f93509350935050611046565b5f6128d286611f97600185614393565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250611046915050565b5f65ffffffffffff82111561292e576040516306dfcc6560e41b81526030600482015260248101839052604401610cd2565b5090565b81545f908181600581111561298e575f61294b846130a9565b6129559085614393565b5f8881526020902090915081015465ffffffffffff908116908716101561297e5780915061298c565b61298981600161428e565b92505b505b5f61299b87878585613201565b905080156129c8576129b287611f97600184614393565b54600160301b90046001600160d01b0316610f8a565b505f9695505050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f8451831180612a4a57508284115b15612a5957505f905080612adf565b5f612a6585600161428e565b84118015612a8d575061060f60f31b612a818787016020015190565b6001600160f01b031916145b90505f612a9d821515600261444a565b612aa890602861428e565b905080612ab58787614393565b03612ad6575f5f612ac7898989613257565b9096509450612adf9350505050565b5f5f9350935050505b935093915050565b5f63ffffffff82111561292e576040516306dfcc6560e41b81526020600482015260248101839052604401610cd2565b60605f612b2383613318565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b805160208201fd5b8063ffffffff165f03612b845760405163f1cfbf0560e01b81525f6004820152602401610cd2565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b5f81831115612c24576040516355b0402d60e01b81526004810184905260248101839052604401610cd2565b5090919050565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f612c79868661333f565b91509150815f03612c9d57838181612c9357612c93614461565b04925050506113cc565b818411612cb457612cb46003851502601118612431565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b80545f9081906001600160801b0380821691600160801b9004168103612d4757505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b5f6001600160d01b0382111561292e576040516306dfcc6560e41b815260d0600482015260248101839052604401610cd2565b5f80612dd085858561335b565b91509150935093915050565b5f81815260096020526040812060028101546001820154612dfd919061428e565b612e09610ae485610ef8565b11159392505050565b5f5f612e20868686866113fd565b9050612e6e81612e3060076116a6565b612e3a60066116a6565b612e4460026116a6565b6001612e51600782614475565b612e5c906002614569565b612e669190614393565b1818186116c8565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c90612ec19083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612f2a57507f000000000000000000000000000000000000000000000000000000000000000046145b15612f5457507f000000000000000000000000000000000000000000000000000000000000000090565b610b2e604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613032576020840151604085015160608601515f1a613024888285856134ab565b95509550955050505061303d565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f600182116130b6575090565b816001600160801b82106130cf5760809190911c9060401b5b6801000000000000000082106130ea5760409190911c9060201b5b64010000000082106131015760209190911c9060101b5b6201000082106131165760109190911c9060081b5b610100821061312a5760089190911c9060041b5b6010821061313d5760049190911c9060021b5b600482106131495760011b5b600302600190811c9081858161316157613161614461565b048201901c9050600181858161317957613179614461565b048201901c9050600181858161319157613191614461565b048201901c905060018185816131a9576131a9614461565b048201901c905060018185816131c1576131c1614461565b048201901c905060018185816131d9576131d9614461565b048201901c90506131f88185816131f2576131f2614461565b04821190565b90039392505050565b5f5b8183101561324f575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561323b57809250613249565b61324681600161428e565b93505b50613203565b509392505050565b5f80848161326686600161428e565b8511801561328e575061060f60f31b6132828388016020015190565b6001600160f01b031916145b90505f61329e821515600261444a565b90505f806132ac838a61428e565b90505b87811015613307575f6132cd6132c88784016020015190565b613573565b9050600f8160ff1611156132ec575f5f97509750505050505050612adf565b6132f760108461444a565b60ff9091160191506001016132af565b506001999098509650505050505050565b5f60ff8216601f811115610b9957604051632cd44ac360e21b815260040160405180910390fd5b5f805f1983850993909202808410938190039390930393915050565b82545f9081908015613451575f61337787611f97600185614393565b805490915065ffffffffffff80821691600160301b90046001600160d01b03169088168211156133ba57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036133f357825465ffffffffffff16600160301b6001600160d01b03891602178355613443565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b9450859350612adf92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612adf565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156134e457505f91506003905082613569565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613535573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661356057505f925060019150829050613569565b92505f91508190505b9450945094915050565b5f60f882901c602f8111801561358c5750603a8160ff16105b1561359a57602f1901610b99565b60608160ff161180156135b0575060678160ff16105b156135be5760561901610b99565b60408160ff161180156135d4575060478160ff16105b156135e25760361901610b99565b5060ff92915050565b5f602082840312156135fb575f5ffd5b81356001600160e01b0319811681146113cc575f5ffd5b5f60208284031215613622575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6113cc6020830184613629565b6001600160a01b0381168114610bb0575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156136b9576136b961367d565b604052919050565b5f6001600160401b038211156136d9576136d961367d565b50601f01601f191660200190565b5f6136f96136f4846136c1565b613691565b905082815283838301111561370c575f5ffd5b828260208301375f602084830101529392505050565b5f82601f830112613731575f5ffd5b6113cc838335602085016136e7565b5f5f5f5f60808587031215613753575f5ffd5b843561375e81613669565b9350602085013561376e81613669565b92506040850135915060608501356001600160401b0381111561378f575f5ffd5b61379b87828801613722565b91505092959194509250565b5f6001600160401b038211156137bf576137bf61367d565b5060051b60200190565b5f82601f8301126137d8575f5ffd5b81356137e66136f4826137a7565b8082825260208201915060208360051b860101925085831115613807575f5ffd5b602085015b8381101561269057803561381f81613669565b83526020928301920161380c565b5f82601f83011261383c575f5ffd5b813561384a6136f4826137a7565b8082825260208201915060208360051b86010192508583111561386b575f5ffd5b602085015b83811015612690578035835260209283019201613870565b5f82601f830112613897575f5ffd5b81356138a56136f4826137a7565b8082825260208201915060208360051b8601019250858311156138c6575f5ffd5b602085015b838110156126905780356001600160401b038111156138e8575f5ffd5b6138f7886020838a0101613722565b845250602092830192016138cb565b5f5f5f5f60808587031215613919575f5ffd5b84356001600160401b0381111561392e575f5ffd5b61393a878288016137c9565b94505060208501356001600160401b03811115613955575f5ffd5b6139618782880161382d565b93505060408501356001600160401b0381111561397c575f5ffd5b61398887828801613888565b949793965093946060013593505050565b634e487b7160e01b5f52602160045260245ffd5b600881106139c957634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b9982846139ad565b5f5f604083850312156139ec575f5ffd5b8235915060208301356139fe81613669565b809150509250929050565b803560ff81168114611023575f5ffd5b5f5f60408385031215613a2a575f5ffd5b82359150613a3a60208401613a09565b90509250929050565b5f5f83601f840112613a53575f5ffd5b5081356001600160401b03811115613a69575f5ffd5b602083019150836020828501011115613a80575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215613a9d575f5ffd5b87359650613aad60208901613a09565b95506040880135613abd81613669565b945060608801356001600160401b03811115613ad7575f5ffd5b613ae38a828b01613a43565b90955093505060808801356001600160401b03811115613b01575f5ffd5b613b0d8a828b01613722565b92505060a08801356001600160401b03811115613b28575f5ffd5b613b348a828b01613722565b91505092959891949750929550565b5f5f5f5f5f60808688031215613b57575f5ffd5b85359450613b6760208701613a09565b935060408601356001600160401b03811115613b81575f5ffd5b613b8d88828901613a43565b90945092505060608601356001600160401b03811115613bab575f5ffd5b613bb788828901613722565b9150509295509295909350565b65ffffffffffff81168114610bb0575f5ffd5b5f60208284031215613be7575f5ffd5b81356113cc81613bc4565b5f5f5f5f60608587031215613c05575f5ffd5b84359350613c1560208601613a09565b925060408501356001600160401b03811115613c2f575f5ffd5b613c3b87828801613a43565b95989497509550505050565b5f5f5f5f60808587031215613c5a575f5ffd5b84356001600160401b03811115613c6f575f5ffd5b613c7b878288016137c9565b94505060208501356001600160401b03811115613c96575f5ffd5b613ca28782880161382d565b93505060408501356001600160401b03811115613cbd575f5ffd5b613cc987828801613888565b92505060608501356001600160401b03811115613ce4575f5ffd5b8501601f81018713613cf4575f5ffd5b61379b878235602084016136e7565b5f60208284031215613d13575f5ffd5b81356113cc81613669565b5f8151808452602084019350602083015f5b82811015613d4e578151865260209586019590910190600101613d30565b5093949350505050565b60ff60f81b8816815260e060208201525f613d7660e0830189613629565b8281036040840152613d888189613629565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050613db98185613d1e565b9a9950505050505050505050565b5f5f5f5f60808587031215613dda575f5ffd5b84359350613dea60208601613a09565b92506040850135613dfa81613669565b915060608501356001600160401b0381111561378f575f5ffd5b5f5f5f60608486031215613e26575f5ffd5b8335613e3181613669565b92506020840135915060408401356001600160401b03811115613e52575f5ffd5b613e5e86828701613722565b9150509250925092565b5f5f5f5f5f60a08688031215613e7c575f5ffd5b8535613e8781613669565b94506020860135613e9781613669565b935060408601356001600160401b03811115613eb1575f5ffd5b613ebd8882890161382d565b93505060608601356001600160401b03811115613ed8575f5ffd5b613ee48882890161382d565b92505060808601356001600160401b03811115613bab575f5ffd5b5f5f5f5f60608587031215613f12575f5ffd5b8435613f1d81613669565b93506020850135925060408501356001600160401b03811115613c2f575f5ffd5b5f60208284031215613f4e575f5ffd5b813563ffffffff811681146113cc575f5ffd5b5f5f60408385031215613f72575f5ffd5b8235613f7d81613669565b946020939093013593505050565b5f5f5f5f5f60a08688031215613f9f575f5ffd5b8535613faa81613669565b94506020860135613fba81613669565b9350604086013592506060860135915060808601356001600160401b03811115613bab575f5ffd5b600181811c90821680613ff657607f821691505b60208210810361401457634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561403e575f5ffd5b81516001600160401b03811115614053575f5ffd5b8201601f81018413614063575f5ffd5b80516140716136f4826136c1565b818152856020838501011115614085575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8281168282160390811115610b9957610b996140a2565b5f602082840312156140e4575f5ffd5b81516113cc81613bc4565b65ffffffffffff8181168382160190811115610b9957610b996140a2565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613d4e5781516001600160a01b031686526020958601959091019060010161412e565b5f82825180855260208501945060208160051b830101602085015f5b83811015610d7c57601f1985840301885261418d838351613629565b6020988901989093509190910190600101614171565b608081525f6141b5608083018761411c565b82810360208401526141c78187613d1e565b905082810360408401526141db8186614155565b91505082606083015295945050505050565b8381526060810161420160208301856139ad565b826040830152949350505050565b5f6020828403121561421f575f5ffd5b815180151581146113cc575f5ffd5b84815260ff84166020820152826040820152608060608201525f6111dc6080830184613629565b85815260ff8516602082015283604082015260a060608201525f61427c60a0830185613629565b82810360808401526111258185613629565b80820180821115610b9957610b996140a2565b8981526001600160a01b0389166020820152610120604082018190525f906142cb9083018a61411c565b82810360608401526142dd818a613d1e565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b8381101561433457601f1986840301855261431e838351613629565b6020958601959093509190910190600101614302565b505085810360a0870152614348818b614155565b93505050508560c08401528460e084015282810361010084015261436c8185613629565b9c9b505050505050505050505050565b5f6020828403121561438c575f5ffd5b5051919050565b81810381811115610b9957610b996140a2565b60a081525f6143b860a083018861411c565b82810360208401526143ca8188613d1e565b905082810360408401526143de8187614155565b60608401959095525050608001529392505050565b60c081525f61440560c083018961411c565b82810360208401526144178189613d1e565b9050828103604084015261442b8188614155565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b9957610b996140a2565b634e487b7160e01b5f52601260045260245ffd5b60ff8181168382160190811115610b9957610b996140a2565b6001815b6001841115612adf578085048111156144ad576144ad6140a2565b60018416156144bb57908102905b60019390931c928002614492565b5f826144d757506001610b99565b816144e357505f610b99565b81600181146144f957600281146145035761451f565b6001915050610b99565b60ff841115614514576145146140a2565b50506001821b610b99565b5060208310610133831016604e8410600b8410161715614542575081810a610b99565b61454e5f19848461448e565b805f1904821115614561576145616140a2565b029392505050565b5f6113cc60ff8416836144c956fea2646970667358221220b6d3865cdf87e12ee4604c68116bb75db9f9eafd6ab22e67ffb2aa36de26925c64736f6c63430008250033",
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
// Solidity: constructor(address stakedPower, address timelock_, uint48 votingDelay_, uint32 votingPeriod_, uint256 proposalThreshold_, uint256 maxProposalThreshold_, uint256 quorumBps) returns()
func (communityGovernor *CommunityGovernor) PackConstructor(stakedPower common.Address, timelock_ common.Address, votingDelay_ *big.Int, votingPeriod_ uint32, proposalThreshold_ *big.Int, maxProposalThreshold_ *big.Int, quorumBps *big.Int) []byte {
	enc, err := communityGovernor.abi.Pack("", stakedPower, timelock_, votingDelay_, votingPeriod_, proposalThreshold_, maxProposalThreshold_, quorumBps)
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

// PackMAXQUORUMBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc94b7693.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_QUORUM_BPS() view returns(uint256)
func (communityGovernor *CommunityGovernor) PackMAXQUORUMBPS() []byte {
	enc, err := communityGovernor.abi.Pack("MAX_QUORUM_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXQUORUMBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc94b7693.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_QUORUM_BPS() view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackMAXQUORUMBPS() ([]byte, error) {
	return communityGovernor.abi.Pack("MAX_QUORUM_BPS")
}

// UnpackMAXQUORUMBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc94b7693.
//
// Solidity: function MAX_QUORUM_BPS() view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackMAXQUORUMBPS(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("MAX_QUORUM_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackMaxProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d286ac7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxProposalThreshold() view returns(uint256)
func (communityGovernor *CommunityGovernor) PackMaxProposalThreshold() []byte {
	enc, err := communityGovernor.abi.Pack("maxProposalThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d286ac7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxProposalThreshold() view returns(uint256)
func (communityGovernor *CommunityGovernor) TryPackMaxProposalThreshold() ([]byte, error) {
	return communityGovernor.abi.Pack("maxProposalThreshold")
}

// UnpackMaxProposalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d286ac7.
//
// Solidity: function maxProposalThreshold() view returns(uint256)
func (communityGovernor *CommunityGovernor) UnpackMaxProposalThreshold(data []byte) (*big.Int, error) {
	out, err := communityGovernor.abi.Unpack("maxProposalThreshold", data)
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
	if bytes.Equal(raw[:4], communityGovernor.abi.Errors["ProposalThresholdOutOfBounds"].ID.Bytes()[:4]) {
		return communityGovernor.UnpackProposalThresholdOutOfBoundsError(raw[4:])
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

// CommunityGovernorProposalThresholdOutOfBounds represents a ProposalThresholdOutOfBounds error raised by the CommunityGovernor contract.
type CommunityGovernorProposalThresholdOutOfBounds struct {
	Value *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProposalThresholdOutOfBounds(uint256 value, uint256 max)
func CommunityGovernorProposalThresholdOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x55b0402dd48dd21e100657d8091bf94a505f60024f6edfbefe368a6b51cc95a2")
}

// UnpackProposalThresholdOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProposalThresholdOutOfBounds(uint256 value, uint256 max)
func (communityGovernor *CommunityGovernor) UnpackProposalThresholdOutOfBoundsError(raw []byte) (*CommunityGovernorProposalThresholdOutOfBounds, error) {
	out := new(CommunityGovernorProposalThresholdOutOfBounds)
	if err := communityGovernor.abi.UnpackIntoInterface(out, "ProposalThresholdOutOfBounds", raw); err != nil {
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
