// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title CommunityTimelock
/// @notice OpenZeppelin's TimelockController: holds the treasury and every admin role, and
/// executes what the Governor passed once `minDelay` has elapsed. The deployer may be its
/// temporary admin to wire the Governor in; the hand-over renounces that role, after which
/// only the timelock itself administers its roles. Its delay stays between one hour and 30
/// days, so no proposal can remove the time members have to react to a passed proposal.
contract CommunityTimelock is TimelockController {
    uint256 public constant MIN_DELAY = 1 hours;
    uint256 public constant MAX_DELAY = 30 days;

    error DelayOutOfBounds(uint256 delay, uint256 min, uint256 max);

    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(_checkDelay(minDelay), proposers, executors, admin)
    {}

    /// @notice Changes the delay, within [MIN_DELAY, MAX_DELAY]; only through the timelock itself.
    function updateDelay(uint256 newDelay) public override {
        super.updateDelay(newDelay); // checks the caller first
        _checkDelay(newDelay);
    }

    function _checkDelay(uint256 delay) private pure returns (uint256) {
        if (delay < MIN_DELAY || delay > MAX_DELAY) revert DelayOutOfBounds(delay, MIN_DELAY, MAX_DELAY);
        return delay;
    }
}
