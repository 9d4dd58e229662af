// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title CommunityToken
/// @notice The community's ERC-20 with EIP-2612 permit and a hard cap fixed at deployment.
/// @dev Only holders of MINTER_ROLE mint, never above the cap. The admin (the timelock after
/// hand-over) manages roles and nothing else: there is no pause, no burn-from, no owner back
/// door. The cap is checked in `mint` rather than in `_update`, so transfers pay nothing for it.
contract CommunityToken is ERC20, ERC20Permit, AccessControl {
    /// @notice Role allowed to mint new tokens within the cap.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @notice Maximum total supply, in base units; set once at deployment.
    uint256 public immutable cap;

    /// @notice Minting `amount` would take the supply to `supplyAfter`, above `cap`.
    error CapExceeded(uint256 supplyAfter, uint256 cap);
    /// @notice The cap given at deployment is zero.
    error ZeroCap();
    /// @notice The admin given at deployment is the zero address.
    error ZeroAdmin();

    constructor(string memory name_, string memory symbol_, uint256 cap_, address admin)
        ERC20(name_, symbol_)
        ERC20Permit(name_)
    {
        if (cap_ == 0) revert ZeroCap();
        if (admin == address(0)) revert ZeroAdmin();
        cap = cap_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Mints `amount` to `to`. Reverts with CapExceeded above the cap.
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        uint256 supplyAfter = totalSupply() + amount;
        if (supplyAfter > cap) revert CapExceeded(supplyAfter, cap);
        _mint(to, amount);
    }
}
