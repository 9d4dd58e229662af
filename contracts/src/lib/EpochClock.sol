// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title EpochClock
/// @notice Fixed-length epochs counted from a start time, shared by the economy's contracts.
/// @dev Epoch e covers [start + e*length, start + (e+1)*length). Before `start`, the current
/// epoch is 0: epoch 0 simply runs from deployment until start + length. The length is fixed
/// for the life of the economy, so an epoch's time range never changes.
abstract contract EpochClock {
    /// @notice Start of epoch 0 (unix seconds).
    uint256 public immutable epochStartTime;
    /// @notice Length of every epoch, in seconds.
    uint256 public immutable epochLength;

    /// @notice The epoch length given at deployment is zero or longer than 90 days.
    error InvalidEpochLength(uint256 length);

    constructor(uint256 start, uint256 length) {
        if (length == 0 || length > 90 days) revert InvalidEpochLength(length);
        epochStartTime = start;
        epochLength = length;
    }

    /// @notice The epoch the current block is in.
    function currentEpoch() public view returns (uint256) {
        if (block.timestamp < epochStartTime) return 0;
        return (block.timestamp - epochStartTime) / epochLength;
    }

    /// @notice When epoch `epoch` starts.
    function epochStart(uint256 epoch) public view returns (uint256) {
        return epochStartTime + epoch * epochLength;
    }
}
