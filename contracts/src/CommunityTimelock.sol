// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title CommunityTimelock
/// @notice OpenZeppelin's TimelockController: holds the treasury and every admin role, and
/// executes what the Governor passed once `minDelay` has elapsed. The deployer may be its
/// temporary admin to wire the Governor in; the hand-over renounces that role, after which
/// only the timelock itself administers its roles.
contract CommunityTimelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
