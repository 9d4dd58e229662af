// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @notice Implemented by contracts that want to hear about tokens they receive.
interface ITokenReceiver {
    function onTokenReceived(address from, uint256 amount) external;
}

/// @title HookToken
/// @notice Test only: a mintable, capped ERC20 that calls `onTokenReceived` on contract
/// recipients after every transfer (as ERC-777 and ERC-1363 style tokens do). It lets tests
/// build an economy on a token whose transfers hand control to the receiver, to prove the
/// reward contracts cannot be re-entered through a payout.
contract HookToken is ERC20, AccessControl {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    uint256 public immutable cap;

    constructor(uint256 cap_, address admin) ERC20("Hook", "HOOK") {
        cap = cap_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        require(totalSupply() + amount <= cap, "cap");
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (from != address(0) && to.code.length > 0) {
            // A receiver without the hook is fine; one with it gets control here.
            (bool ok,) = to.call(abi.encodeCall(ITokenReceiver.onTokenReceived, (from, value)));
            ok;
        }
    }
}
