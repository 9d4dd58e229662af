// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC5805} from "@openzeppelin/contracts/interfaces/IERC5805.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EpochClock} from "./lib/EpochClock.sol";
import {PowerHistory} from "./lib/PowerHistory.sol";

/// @title StakedPower
/// @notice Stake the community token for non-transferable power: the voting weight of curation
/// (RewardPool) and governance (Governor, through IVotes / ERC-5805 with a timestamp clock).
/// @dev Unstaking is a power-down released linearly over `powerDownWeeks`; power being powered
/// down stops counting at once, so stake cannot be borrowed for a vote and handed back. Power
/// is self-delegated unless the staker delegates. Stakers earn the stakers' share of emission,
/// streamed over the epoch after it is notified, through a reward-per-token accumulator:
/// nothing accrues while less than one whole token is staked (that part goes to the treasury)
/// and division remainders are carried forward. Amounts are uint96, so the token's cap must
/// stay below 2^96 wei (about 79 billion tokens).
contract StakedPower is IERC5805, EpochClock, EIP712, Nonces, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using PowerHistory for PowerHistory.History;

    /// @notice Role on the token whose holders may notify staker rewards (the Emission contract).
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    /// @notice Below this total power, streamed rewards go to the treasury instead of accruing.
    uint256 public constant MIN_POWER_FOR_REWARDS = 1e18;
    /// @notice Bounds governance may set `powerDownWeeks` within.
    uint256 public constant MIN_POWER_DOWN_WEEKS = 1;
    uint256 public constant MAX_POWER_DOWN_WEEKS = 104;

    bytes32 private constant _DELEGATION_TYPEHASH =
        keccak256("Delegation(address delegatee,uint256 nonce,uint256 expiry)");
    uint256 private constant _PRECISION = 1e18;

    /// @notice The staked token.
    IERC20 public immutable token;
    /// @notice Receives rewards that could not accrue; the governance timelock.
    address public immutable treasury;
    /// @notice The only caller of parameter setters: the governance timelock.
    address public immutable governance;

    struct Account {
        uint96 power; // active power: staked, not powering down
        uint96 rewardPerTokenPaid;
        uint32 historyCount; // entries in this account's vote history
        bool hasDelegate; // false: votes go to the account itself
    }

    struct Pending {
        uint96 powerDownRemaining; // not yet withdrawn
        uint96 rewards; // accrued, unclaimed staking rewards
        uint32 powerDownStart; // release runs linearly from here...
        uint32 powerDownEnd; // ...to here
    }

    struct Totals {
        uint96 power;
        uint96 rewardPerToken;
        uint32 lastUpdate;
        uint32 historyCount;
    }

    struct Stream {
        uint96 rate; // reward wei per second
        uint32 finish;
        uint96 carry; // remainder of the last reward-per-token division, in 1e18-scaled wei
        uint32 dust; // remainder of the last rate division, added to the next notification
    }

    struct WeeksParam {
        uint8 current;
        uint8 next;
        uint64 nextFrom; // 0: no change scheduled
    }

    mapping(address => Account) private _accounts;
    mapping(address => Pending) private _pending;
    mapping(address => address) private _delegatees;
    mapping(address => PowerHistory.History) private _history;
    PowerHistory.History private _totalHistory;
    Totals private _totals;
    Stream private _stream;
    WeeksParam private _weeks;
    /// @notice Streamed rewards that found less than one token staked, owed to the treasury.
    uint256 public unallocatedRewards;

    event Staked(address indexed account, uint256 amount);
    event PowerDownStarted(address indexed account, uint256 amount, uint256 start, uint256 end);
    event PowerDownCancelled(address indexed account, uint256 returnedToPower);
    event Withdrawn(address indexed account, uint256 amount);
    event StakingRewardsClaimed(address indexed account, uint256 amount);
    event RewardNotified(uint256 amount, uint256 rate, uint256 finish);
    event UnallocatedRewardsReleased(uint256 amount);
    event PowerDownWeeksScheduled(uint256 powerDownWeeks, uint256 effectiveFrom);

    error ZeroAmount();
    error InsufficientPower(uint256 available, uint256 requested);
    error NoPowerDown(address account);
    error NothingToWithdraw(address account);
    error NothingToClaim(address account);
    error NotMinter(address caller);
    error NotGovernance(address caller);
    error PowerDownWeeksOutOfBounds(uint256 powerDownWeeks, uint256 min, uint256 max);
    error ERC5805FutureLookup(uint256 timepoint, uint48 clock);
    error ZeroAddress();

    modifier onlyGovernance() {
        if (msg.sender != governance) revert NotGovernance(msg.sender);
        _;
    }

    constructor(
        IERC20 token_,
        address treasury_,
        address governance_,
        uint256 epochStart_,
        uint256 epochLength_,
        uint256 powerDownWeeks_
    ) EpochClock(epochStart_, epochLength_) EIP712("StakedPower", "1") {
        if (address(token_) == address(0) || treasury_ == address(0) || governance_ == address(0)) {
            revert ZeroAddress();
        }
        _checkWeeks(powerDownWeeks_);
        token = token_;
        treasury = treasury_;
        governance = governance_;
        _weeks.current = uint8(powerDownWeeks_);
        _totals.lastUpdate = uint32(block.timestamp);
    }

    // ---------------------------------------------------------------- staking

    /// @notice Stakes `amount` tokens (approved beforehand) as power for the caller.
    function stake(uint256 amount) external nonReentrant {
        _stake(amount);
    }

    /// @notice Stakes with an EIP-2612 permit instead of a prior approval. A permit that fails
    /// (for example because it was front-run) is ignored when the allowance already suffices.
    function stakeWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external nonReentrant {
        try IERC20Permit(address(token)).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        _stake(amount);
    }

    function _stake(uint256 amount) private {
        if (amount == 0) revert ZeroAmount();
        uint96 amount96 = amount.toUint96();
        Totals memory t = _accrueGlobal();
        Account memory a = _accounts[msg.sender];
        _accrueAccount(msg.sender, a, t);
        a.power += amount96;
        t.power += amount96;
        _moveVotes(msg.sender, a, t, int256(amount));
        emit Staked(msg.sender, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Starts releasing `amount` of the caller's power over `powerDownWeeks()` weeks.
    /// It stops counting as power at once. An active power-down is replaced: what it released
    /// so far is paid out and its unreleased remainder returns to power first.
    function startPowerDown(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Totals memory t = _accrueGlobal();
        Account memory a = _accounts[msg.sender];
        Pending memory p = _accrueAccount(msg.sender, a, t);
        (uint256 paid, uint256 returned) = _closePowerDown(p, a, t);
        if (amount > a.power) revert InsufficientPower(a.power, amount);
        uint96 amount96 = uint96(amount);
        a.power -= amount96;
        t.power -= amount96;
        uint256 start = block.timestamp;
        uint256 end = start + powerDownWeeks() * 1 weeks;
        p.powerDownRemaining = amount96;
        p.powerDownStart = uint32(start);
        p.powerDownEnd = uint32(end);
        _pending[msg.sender] = p;
        _moveVotes(msg.sender, a, t, int256(returned) - int256(amount));
        emit PowerDownStarted(msg.sender, amount, start, end);
        _payOut(paid);
    }

    /// @notice Stops the caller's power-down: what was released so far is paid out and the
    /// rest returns to power.
    function cancelPowerDown() external nonReentrant {
        Totals memory t = _accrueGlobal();
        Account memory a = _accounts[msg.sender];
        Pending memory p = _accrueAccount(msg.sender, a, t);
        if (p.powerDownRemaining == 0) revert NoPowerDown(msg.sender);
        (uint256 paid, uint256 returned) = _closePowerDown(p, a, t);
        _pending[msg.sender] = p;
        _moveVotes(msg.sender, a, t, int256(returned));
        emit PowerDownCancelled(msg.sender, returned);
        _payOut(paid);
    }

    /// @notice Pays the caller what their power-down has released so far.
    function withdraw() external nonReentrant {
        Pending memory p = _pending[msg.sender];
        uint256 released = _released(p);
        if (released == 0) revert NothingToWithdraw(msg.sender);
        p.powerDownRemaining -= uint96(released);
        if (p.powerDownRemaining == 0) {
            p.powerDownStart = 0;
            p.powerDownEnd = 0;
        } else {
            // Restarting the line at now keeps the release rate: remaining/(end-now).
            p.powerDownStart = uint32(block.timestamp);
        }
        _pending[msg.sender] = p;
        emit Withdrawn(msg.sender, released);
        token.safeTransfer(msg.sender, released);
    }

    // ---------------------------------------------------------------- staking rewards

    /// @notice Pays the caller their accrued staking rewards.
    function claimStakingRewards() external nonReentrant {
        Totals memory t = _accrueGlobal();
        Account memory a = _accounts[msg.sender];
        Pending memory p = _accrueAccount(msg.sender, a, t);
        uint256 amount = p.rewards;
        if (amount == 0) revert NothingToClaim(msg.sender);
        p.rewards = 0;
        _pending[msg.sender] = p;
        _accounts[msg.sender] = a;
        _totals = t;
        emit StakingRewardsClaimed(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice Takes `amount` from the caller (approved beforehand) and streams it to stakers
    /// over the next epoch length, together with whatever the current stream has not paid yet.
    /// Only a minter of the token (the Emission contract) may notify: anyone else could
    /// stretch the stream out by notifying dust.
    function notifyReward(uint256 amount) external nonReentrant {
        if (!IAccessControl(address(token)).hasRole(MINTER_ROLE, msg.sender)) revert NotMinter(msg.sender);
        _totals = _accrueGlobal();
        Stream memory s = _stream;
        uint256 total = amount + s.dust;
        if (block.timestamp < s.finish) total += uint256(s.rate) * (s.finish - block.timestamp);
        uint256 duration = epochLength;
        s.rate = (total / duration).toUint96();
        s.dust = uint32(total % duration);
        s.finish = uint32(block.timestamp + duration);
        _stream = s;
        emit RewardNotified(amount, s.rate, s.finish);
        // Pulled, not assumed: what is streamed is always held.
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Sends rewards that streamed while less than one token was staked to the treasury.
    function releaseUnallocatedRewards() external nonReentrant {
        _totals = _accrueGlobal();
        uint256 amount = unallocatedRewards;
        if (amount == 0) revert ZeroAmount();
        unallocatedRewards = 0;
        emit UnallocatedRewardsReleased(amount);
        token.safeTransfer(treasury, amount);
    }

    // ---------------------------------------------------------------- delegation (IVotes)

    /// @notice The account whose votes `account` counts toward: itself unless it delegated.
    function delegates(address account) public view returns (address) {
        return _accounts[account].hasDelegate ? _delegatees[account] : account;
    }

    /// @notice Delegates the caller's votes to `delegatee` (the caller itself to undo).
    function delegate(address delegatee) external {
        _delegate(msg.sender, delegatee);
    }

    /// @notice Delegates by an EIP-712 signature of the delegator.
    function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) external {
        if (block.timestamp > expiry) revert VotesExpiredSignature(expiry);
        address signer = ECDSA.recover(
            _hashTypedDataV4(keccak256(abi.encode(_DELEGATION_TYPEHASH, delegatee, nonce, expiry))), v, r, s
        );
        _useCheckedNonce(signer, nonce);
        _delegate(signer, delegatee);
    }

    function _delegate(address account, address delegatee) private {
        Account memory a = _accounts[account];
        address previous = a.hasDelegate ? _delegatees[account] : account;
        if (delegatee == account) {
            a.hasDelegate = false;
            delete _delegatees[account];
        } else {
            a.hasDelegate = true;
            _delegatees[account] = delegatee;
        }
        emit DelegateChanged(account, previous, delegatee);
        if (previous == delegatee || a.power == 0) {
            _accounts[account] = a;
            return;
        }
        // Move the account's power between vote histories. The account's own state is
        // stored first, since `previous` or `delegatee` may be the account itself.
        _accounts[account] = a;
        uint32 time = uint32(block.timestamp);
        if (previous != address(0)) _changeVotesOf(previous, time, -int256(uint256(a.power)));
        if (delegatee != address(0)) _changeVotesOf(delegatee, time, int256(uint256(a.power)));
    }

    // ---------------------------------------------------------------- votes (ERC-5805)

    /// @notice The ERC-6372 clock: timestamps.
    function clock() public view returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @notice The ERC-6372 clock mode.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() external pure returns (string memory) {
        return "mode=timestamp";
    }

    /// @notice Current votes of `account`: its power if self-delegated plus power delegated to it.
    function getVotes(address account) external view returns (uint256) {
        return _history[account].latest(_accounts[account].historyCount);
    }

    /// @notice Votes of `account` at `timepoint`, which must be in the past.
    function getPastVotes(address account, uint256 timepoint) external view returns (uint256) {
        _checkPast(timepoint);
        return _history[account].lookup(_accounts[account].historyCount, timepoint);
    }

    /// @notice Total active power at `timepoint`, which must be in the past.
    function getPastTotalSupply(uint256 timepoint) external view returns (uint256) {
        _checkPast(timepoint);
        return _totalHistory.lookup(_totals.historyCount, timepoint);
    }

    function _checkPast(uint256 timepoint) private view {
        uint48 now_ = clock();
        if (timepoint >= now_) revert ERC5805FutureLookup(timepoint, now_);
    }

    // ---------------------------------------------------------------- views

    /// @notice The caller's active power (staked and not powering down).
    function powerOf(address account) external view returns (uint256) {
        return _accounts[account].power;
    }

    /// @notice Total active power.
    function totalPower() external view returns (uint256) {
        return _totals.power;
    }

    /// @notice An account's power-down: what is left to withdraw, what of it is withdrawable
    /// now, and the period the rest releases over.
    function powerDownOf(address account)
        external
        view
        returns (uint256 remaining, uint256 withdrawable, uint256 start, uint256 end)
    {
        Pending memory p = _pending[account];
        return (p.powerDownRemaining, _released(p), p.powerDownStart, p.powerDownEnd);
    }

    /// @notice Staking rewards the account could claim now.
    function earned(address account) external view returns (uint256) {
        (Totals memory t,,) = _previewGlobal();
        Account memory a = _accounts[account];
        return _pending[account].rewards + uint256(a.power) * (t.rewardPerToken - a.rewardPerTokenPaid) / _PRECISION;
    }

    /// @notice The reward stream: rate (wei per second) and when it ends.
    function rewardStream() external view returns (uint256 rate, uint256 finish) {
        return (_stream.rate, _stream.finish);
    }

    /// @notice The power-down length in weeks for a power-down started now.
    function powerDownWeeks() public view returns (uint256) {
        WeeksParam memory w = _weeks;
        if (w.nextFrom != 0 && block.timestamp >= w.nextFrom) return w.next;
        return w.current;
    }

    // ---------------------------------------------------------------- governance

    /// @notice Sets the power-down length (1–104 weeks) for power-downs started from the next
    /// epoch on. Only the governance timelock.
    function setPowerDownWeeks(uint256 newWeeks) external onlyGovernance {
        _checkWeeks(newWeeks);
        WeeksParam memory w = _weeks;
        if (w.nextFrom != 0 && block.timestamp >= w.nextFrom) w.current = w.next;
        uint256 from = epochStart(currentEpoch() + 1);
        w.next = uint8(newWeeks);
        w.nextFrom = uint64(from);
        _weeks = w;
        emit PowerDownWeeksScheduled(newWeeks, from);
    }

    function _checkWeeks(uint256 w) private pure {
        if (w < MIN_POWER_DOWN_WEEKS || w > MAX_POWER_DOWN_WEEKS) {
            revert PowerDownWeeksOutOfBounds(w, MIN_POWER_DOWN_WEEKS, MAX_POWER_DOWN_WEEKS);
        }
    }

    // ---------------------------------------------------------------- internals

    /// @dev Brings the reward accumulator up to now. Returns the totals to update and store.
    function _accrueGlobal() private returns (Totals memory t) {
        Stream memory s;
        uint256 unallocated;
        (t, s, unallocated) = _previewGlobal();
        if (unallocated != 0) unallocatedRewards += unallocated;
        if (s.carry != _stream.carry) _stream.carry = s.carry;
    }

    function _previewGlobal() private view returns (Totals memory t, Stream memory s, uint256 unallocated) {
        t = _totals;
        s = _stream;
        uint256 until = block.timestamp < s.finish ? block.timestamp : s.finish;
        if (until > t.lastUpdate && s.rate != 0) {
            uint256 amount = uint256(s.rate) * (until - t.lastUpdate);
            if (t.power >= MIN_POWER_FOR_REWARDS) {
                uint256 scaled = amount * _PRECISION + s.carry;
                t.rewardPerToken = (t.rewardPerToken + scaled / t.power).toUint96();
                s.carry = uint96(scaled % t.power);
            } else {
                unallocated = amount;
            }
        }
        t.lastUpdate = uint32(block.timestamp);
    }

    /// @dev Credits the account's rewards up to the current accumulator; returns its pending
    /// record (the caller stores it when it changes).
    function _accrueAccount(address account, Account memory a, Totals memory t)
        private
        returns (Pending memory p)
    {
        p = _pending[account];
        if (a.rewardPerTokenPaid != t.rewardPerToken) {
            uint256 owed = uint256(a.power) * (t.rewardPerToken - a.rewardPerTokenPaid) / _PRECISION;
            if (owed != 0) {
                p.rewards += uint96(owed);
                _pending[account] = p;
            }
            a.rewardPerTokenPaid = t.rewardPerToken;
        }
    }

    /// @dev Ends an active power-down: returns what it released (to pay out) and its
    /// unreleased remainder, which is added back to power.
    function _closePowerDown(Pending memory p, Account memory a, Totals memory t)
        private
        view
        returns (uint256 paid, uint256 returned)
    {
        if (p.powerDownRemaining == 0) return (0, 0);
        paid = _released(p);
        returned = p.powerDownRemaining - paid;
        a.power += uint96(returned);
        t.power += uint96(returned);
        p.powerDownRemaining = 0;
        p.powerDownStart = 0;
        p.powerDownEnd = 0;
    }

    function _released(Pending memory p) private view returns (uint256) {
        if (p.powerDownRemaining == 0) return 0;
        if (block.timestamp >= p.powerDownEnd) return p.powerDownRemaining;
        return uint256(p.powerDownRemaining) * (block.timestamp - p.powerDownStart)
            / (p.powerDownEnd - p.powerDownStart);
    }

    /// @dev Stores the account and totals and records a change of `delta` votes for the
    /// account's delegate and the total.
    function _moveVotes(address account, Account memory a, Totals memory t, int256 delta) private {
        uint32 time = uint32(block.timestamp);
        if (delta != 0) t.historyCount = uint32(_totalHistory.push(t.historyCount, time, t.power));
        _totals = t;
        if (delta == 0) {
            _accounts[account] = a;
            return;
        }
        address to = a.hasDelegate ? _delegatees[account] : account;
        if (to == account) {
            uint96 votes = _history[account].latest(a.historyCount);
            uint96 updated = _applyDelta(votes, delta);
            a.historyCount = uint32(_history[account].push(a.historyCount, time, updated));
            _accounts[account] = a;
            emit DelegateVotesChanged(account, votes, updated);
        } else {
            _accounts[account] = a;
            if (to != address(0)) _changeVotesOf(to, time, delta);
        }
    }

    function _changeVotesOf(address delegate_, uint32 time, int256 delta) private {
        Account storage d = _accounts[delegate_];
        uint256 count = d.historyCount;
        uint96 votes = _history[delegate_].latest(count);
        uint96 updated = _applyDelta(votes, delta);
        d.historyCount = uint32(_history[delegate_].push(count, time, updated));
        emit DelegateVotesChanged(delegate_, votes, updated);
    }

    function _applyDelta(uint96 votes, int256 delta) private pure returns (uint96) {
        return delta >= 0 ? votes + uint96(uint256(delta)) : votes - uint96(uint256(-delta));
    }

    function _payOut(uint256 amount) private {
        if (amount == 0) return;
        emit Withdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }
}
