// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IGovernor, Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from
    "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";

/// @title CommunityGovernor
/// @notice OpenZeppelin's Governor, voting with StakedPower at each proposal's snapshot (a
/// timestamp clock), simple counting, a quorum as a fraction of all staked power in basis
/// points, and a TimelockController that executes what passes.
/// @dev Its own settings change only by proposal, within the bounds below: voting lasts at
/// least an hour and the timelock waits at least another (CommunityTimelock), quorum stays
/// between 0.01% and 50% of staked power, and the proposal threshold can never be raised
/// above `maxProposalThreshold` (fixed at deployment), so a captured majority can neither
/// shut everyone else out of proposing nor make every future proposal unpassable.
contract CommunityGovernor is
    Governor,
    GovernorSettings,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl
{
    uint256 public constant MIN_VOTING_DELAY = 1;
    uint256 public constant MAX_VOTING_DELAY = 30 days;
    uint256 public constant MIN_VOTING_PERIOD = 1 hours;
    uint256 public constant MAX_VOTING_PERIOD = 90 days;
    uint256 public constant MIN_QUORUM_BPS = 1;
    uint256 public constant MAX_QUORUM_BPS = 5_000;

    /// @notice The highest proposal threshold governance may set, in votes; fixed at
    /// deployment (storage, not immutable, because the settings constructor runs first).
    uint256 public maxProposalThreshold;

    error VotingDelayOutOfBounds(uint256 value, uint256 min, uint256 max);
    error VotingPeriodOutOfBounds(uint256 value, uint256 min, uint256 max);
    error QuorumOutOfBounds(uint256 value, uint256 min, uint256 max);
    error ProposalThresholdOutOfBounds(uint256 value, uint256 max);

    constructor(
        IVotes stakedPower,
        TimelockController timelock_,
        uint48 votingDelay_,
        uint32 votingPeriod_,
        uint256 proposalThreshold_,
        uint256 maxProposalThreshold_,
        uint256 quorumBps
    )
        Governor("CommunityGovernor")
        GovernorSettings(votingDelay_, votingPeriod_, _checkThreshold(proposalThreshold_, maxProposalThreshold_))
        GovernorVotes(stakedPower)
        GovernorVotesQuorumFraction(quorumBps)
        GovernorTimelockControl(timelock_)
    {
        maxProposalThreshold = maxProposalThreshold_;
    }

    function _checkThreshold(uint256 threshold, uint256 max) private pure returns (uint256) {
        if (threshold > max) revert ProposalThresholdOutOfBounds(threshold, max);
        return threshold;
    }

    /// @notice Quorum is expressed in basis points of all staked power.
    function quorumDenominator() public pure override returns (uint256) {
        return 10_000;
    }

    function _setVotingDelay(uint48 newVotingDelay) internal override {
        if (newVotingDelay < MIN_VOTING_DELAY || newVotingDelay > MAX_VOTING_DELAY) {
            revert VotingDelayOutOfBounds(newVotingDelay, MIN_VOTING_DELAY, MAX_VOTING_DELAY);
        }
        super._setVotingDelay(newVotingDelay);
    }

    function _setVotingPeriod(uint32 newVotingPeriod) internal override {
        if (newVotingPeriod < MIN_VOTING_PERIOD || newVotingPeriod > MAX_VOTING_PERIOD) {
            revert VotingPeriodOutOfBounds(newVotingPeriod, MIN_VOTING_PERIOD, MAX_VOTING_PERIOD);
        }
        super._setVotingPeriod(newVotingPeriod);
    }

    function _updateQuorumNumerator(uint256 newQuorumNumerator) internal override {
        if (newQuorumNumerator < MIN_QUORUM_BPS || newQuorumNumerator > MAX_QUORUM_BPS) {
            revert QuorumOutOfBounds(newQuorumNumerator, MIN_QUORUM_BPS, MAX_QUORUM_BPS);
        }
        super._updateQuorumNumerator(newQuorumNumerator);
    }

    function _setProposalThreshold(uint256 newProposalThreshold) internal override {
        // Zero only while GovernorSettings' constructor runs; this constructor checks that call.
        uint256 max = maxProposalThreshold;
        if (max != 0) _checkThreshold(newProposalThreshold, max);
        super._setProposalThreshold(newProposalThreshold);
    }

    // The overrides below only resolve OpenZeppelin's multiple inheritance.

    function votingDelay() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingDelay();
    }

    function votingPeriod() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingPeriod();
    }

    function quorum(uint256 timepoint) public view override(Governor, GovernorVotesQuorumFraction) returns (uint256) {
        return super.quorum(timepoint);
    }

    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    function state(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (ProposalState)
    {
        return super.state(proposalId);
    }

    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}
