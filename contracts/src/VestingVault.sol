// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title VestingVault
/// @notice Many cliff + linear vesting schedules in one contract, for the initial allocations.
/// @dev A schedule releases nothing before `start + cliff`, then `amount × (t − start) /
/// duration` until `start + duration`. Schedules are created by SCHEDULER_ROLE (the deployer,
/// until hand-over) or the admin (the governance timelock), only against tokens the vault
/// already holds: its balance always covers every unreleased schedule. Only the admin may
/// revoke, and only a schedule created revocable; what had vested stays the beneficiary's and
/// the rest returns to the treasury. Anyone may trigger a release; tokens go only to the
/// beneficiary.
contract VestingVault is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    bytes32 public constant SCHEDULER_ROLE = keccak256("SCHEDULER_ROLE");
    uint256 public constant MAX_DURATION = 10 * 365 days;

    IERC20 public immutable token;
    /// @notice Receives what a revocation takes back: the governance timelock.
    address public immutable treasury;

    struct Schedule {
        address beneficiary;
        uint32 start;
        uint32 cliff; // seconds after start
        bool revocable;
        bool revoked;
        uint96 amount; // total; after revocation, what had vested by then
        uint96 released;
        uint32 duration; // seconds
    }

    struct ScheduleInput {
        address beneficiary;
        uint256 amount;
        uint256 start;
        uint256 cliff;
        uint256 duration;
        bool revocable;
    }

    Schedule[] private _schedules;
    /// @notice Σ (amount − released) over all schedules: what the vault must hold.
    uint256 public totalUnreleased;

    event ScheduleCreated(
        uint256 indexed id,
        address indexed beneficiary,
        uint256 amount,
        uint256 start,
        uint256 cliff,
        uint256 duration,
        bool revocable
    );
    event Released(uint256 indexed id, address indexed beneficiary, uint256 amount);
    event Revoked(uint256 indexed id, uint256 vested, uint256 returned);

    error ZeroAddress();
    error InvalidSchedule(uint256 index, string reason);
    error Underfunded(uint256 balance, uint256 required);
    error UnknownSchedule(uint256 id);
    error NothingToRelease(uint256 id);
    error NotRevocable(uint256 id);
    error AlreadyRevoked(uint256 id);

    constructor(IERC20 token_, address admin, address treasury_, address scheduler) {
        if (address(token_) == address(0) || admin == address(0) || treasury_ == address(0)) revert ZeroAddress();
        token = token_;
        treasury = treasury_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (scheduler != address(0)) _grantRole(SCHEDULER_ROLE, scheduler);
    }

    /// @notice Creates schedules against tokens already in the vault. SCHEDULER_ROLE or admin.
    function createSchedules(ScheduleInput[] calldata inputs) external returns (uint256 firstId) {
        if (!hasRole(SCHEDULER_ROLE, msg.sender)) _checkRole(DEFAULT_ADMIN_ROLE);
        firstId = _schedules.length;
        uint256 total = totalUnreleased;
        for (uint256 i = 0; i < inputs.length; ++i) {
            ScheduleInput calldata s = inputs[i];
            if (s.beneficiary == address(0)) revert InvalidSchedule(i, "zero beneficiary");
            if (s.amount == 0 || s.amount > type(uint96).max) revert InvalidSchedule(i, "amount");
            if (s.duration == 0 || s.duration > MAX_DURATION) revert InvalidSchedule(i, "duration");
            if (s.cliff > s.duration) revert InvalidSchedule(i, "cliff after end");
            if (s.start > type(uint32).max - s.duration) revert InvalidSchedule(i, "start");
            total += s.amount;
            uint256 id = _schedules.length;
            _schedules.push(
                Schedule({
                    beneficiary: s.beneficiary,
                    start: uint32(s.start),
                    cliff: uint32(s.cliff),
                    revocable: s.revocable,
                    revoked: false,
                    amount: uint96(s.amount),
                    released: 0,
                    duration: uint32(s.duration)
                })
            );
            emit ScheduleCreated(id, s.beneficiary, s.amount, s.start, s.cliff, s.duration, s.revocable);
        }
        uint256 balance = token.balanceOf(address(this));
        if (balance < total) revert Underfunded(balance, total);
        totalUnreleased = total;
    }

    /// @notice Sends the beneficiary of schedule `id` what has vested and not been released.
    function release(uint256 id) external nonReentrant returns (uint256 amount) {
        Schedule memory s = _get(id);
        amount = _vested(s, block.timestamp) - s.released;
        if (amount == 0) revert NothingToRelease(id);
        _schedules[id].released = s.released + uint96(amount);
        totalUnreleased -= amount;
        emit Released(id, s.beneficiary, amount);
        token.safeTransfer(s.beneficiary, amount);
    }

    /// @notice Ends a revocable schedule: what vested so far stays releasable by the
    /// beneficiary, the rest goes to the treasury. Only the admin (governance).
    function revoke(uint256 id) external onlyRole(DEFAULT_ADMIN_ROLE) nonReentrant returns (uint256 returned) {
        Schedule memory s = _get(id);
        if (!s.revocable) revert NotRevocable(id);
        if (s.revoked) revert AlreadyRevoked(id);
        uint256 vested = _vested(s, block.timestamp);
        returned = s.amount - vested;
        Schedule storage st = _schedules[id];
        st.revoked = true;
        st.amount = uint96(vested);
        totalUnreleased -= returned;
        emit Revoked(id, vested, returned);
        if (returned != 0) token.safeTransfer(treasury, returned);
    }

    /// @notice Schedule `id`.
    function schedule(uint256 id) external view returns (Schedule memory) {
        return _get(id);
    }

    /// @notice Number of schedules.
    function scheduleCount() external view returns (uint256) {
        return _schedules.length;
    }

    /// @notice What schedule `id` has vested by `time`, released or not.
    function vestedAt(uint256 id, uint256 time) external view returns (uint256) {
        return _vested(_get(id), time);
    }

    /// @notice What the beneficiary of schedule `id` could release now.
    function releasable(uint256 id) external view returns (uint256) {
        Schedule memory s = _get(id);
        return _vested(s, block.timestamp) - s.released;
    }

    function _get(uint256 id) private view returns (Schedule memory) {
        if (id >= _schedules.length) revert UnknownSchedule(id);
        return _schedules[id];
    }

    function _vested(Schedule memory s, uint256 time) private pure returns (uint256) {
        if (s.revoked) return s.amount;
        if (time < uint256(s.start) + s.cliff) return 0;
        if (time >= uint256(s.start) + s.duration) return s.amount;
        return uint256(s.amount) * (time - s.start) / s.duration;
    }
}
