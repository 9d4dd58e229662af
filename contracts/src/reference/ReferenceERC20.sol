// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title ReferenceERC20
/// @notice A plain OpenZeppelin ERC20, compiled with apiary's settings, used only to measure
/// what CommunityToken's transfers cost against. Never deployed to a real chain.
contract ReferenceERC20 is ERC20 {
    constructor(uint256 supply) ERC20("Reference", "REF") {
        _mint(msg.sender, supply);
    }
}
