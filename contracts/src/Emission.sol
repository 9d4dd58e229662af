// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {EpochClock} from "./lib/EpochClock.sol";

/// @notice What Emission needs of the token: minting within a cap, and approving the
/// contracts that pull their part.
interface IMintableCapped {
    function mint(address to, uint256 amount) external;
    function cap() external view returns (uint256);
    function totalSupply() external view returns (uint256);
    function approve(address spender, uint256 amount) external returns (bool);
}

/// @notice RewardPool's funding entry point.
interface IEpochFunded {
    function fundEpoch(uint256 epoch, uint256 amount) external;
}

/// @notice StakedPower's reward entry point.
interface IRewardNotified {
    function notifyReward(uint256 amount) external;
}

/// @title Emission
/// @notice Mints each epoch's new tokens on demand, never above the token's cap, and splits
/// them between contributions (RewardPool), stakers (StakedPower) and the treasury.
/// @dev The annual rate starts at `rateBps` of the supply at launch and falls linearly by
/// `decayBpsPerYear` each year, down to `floorBps`; an epoch's emission is that rate times the
/// launch supply times the epoch's share of a 365-day year, taken at the epoch's start. Any
/// epoch's emission is computed in closed form from the schedule segment in force for it, so
/// no past epoch is iterated. Governance may start a new segment from the next epoch on,
/// within the bounds below. Anyone may release an ended epoch, once.
contract Emission is EpochClock {
    uint256 public constant BPS = 10_000;
    uint256 public constant YEAR = 365 days;
    uint256 public constant MAX_RATE_BPS = 5_000;
    uint256 public constant MAX_DECAY_BPS_PER_YEAR = 5_000;

    IMintableCapped public immutable token;
    IEpochFunded public immutable rewardPool;
    IRewardNotified public immutable stakedPower;
    address public immutable treasury;
    address public immutable governance;
    /// @notice Total supply at launch: the base the annual rate applies to.
    uint256 public immutable launchSupply;

    /// @notice A schedule in force from `fromEpoch` until the next segment's.
    struct Segment {
        uint32 fromEpoch;
        uint16 rateBps; // annual rate at fromEpoch's start
        uint16 decayBpsPerYear;
        uint16 floorBps;
        uint16 contributionsBps;
        uint16 stakersBps;
        uint16 treasuryBps;
    }

    Segment[] private _segments;
    mapping(uint256 word => uint256 bits) private _released;

    event Released(uint256 indexed epoch, uint256 contributions, uint256 stakers, uint256 treasury);
    event ScheduleChanged(
        uint256 fromEpoch,
        uint256 rateBps,
        uint256 decayBpsPerYear,
        uint256 floorBps,
        uint256 contributionsBps,
        uint256 stakersBps,
        uint256 treasuryBps
    );

    error ZeroAddress();
    error NotGovernance(address caller);
    error EpochNotEnded(uint256 epoch);
    error AlreadyReleased(uint256 epoch);
    error RateOutOfBounds(uint256 rateBps, uint256 max);
    error DecayOutOfBounds(uint256 decayBpsPerYear, uint256 max);
    error FloorAboveRate(uint256 floorBps, uint256 rateBps);
    error SplitNotWhole(uint256 contributionsBps, uint256 stakersBps, uint256 treasuryBps);

    modifier onlyGovernance() {
        if (msg.sender != governance) revert NotGovernance(msg.sender);
        _;
    }

    /// @param schedule rate, decay and floor (bps), then the split (bps): contributions,
    /// stakers, treasury.
    constructor(
        IMintableCapped token_,
        IEpochFunded rewardPool_,
        IRewardNotified stakedPower_,
        address treasury_,
        address governance_,
        uint256 epochStart_,
        uint256 epochLength_,
        uint256 launchSupply_,
        uint256[6] memory schedule
    ) EpochClock(epochStart_, epochLength_) {
        if (
            address(token_) == address(0) || address(rewardPool_) == address(0)
                || address(stakedPower_) == address(0) || treasury_ == address(0) || governance_ == address(0)
        ) revert ZeroAddress();
        token = token_;
        rewardPool = rewardPool_;
        stakedPower = stakedPower_;
        treasury = treasury_;
        governance = governance_;
        launchSupply = launchSupply_;
        _segments.push(_checkSegment(0, schedule));
    }

    /// @notice Mints epoch `epoch`'s emission and hands it out: the contributions part to
    /// RewardPool for that epoch, the stakers' part to StakedPower's reward stream, the rest to
    /// the treasury. Anyone may call, once per ended epoch. Minting stops at the cap.
    function release(uint256 epoch) external returns (uint256 total) {
        if (epoch >= currentEpoch()) revert EpochNotEnded(epoch);
        uint256 word = epoch >> 8;
        uint256 bit = 1 << (epoch & 0xff);
        uint256 bits = _released[word];
        if (bits & bit != 0) revert AlreadyReleased(epoch);
        _released[word] = bits | bit;

        Segment memory seg = _segmentFor(epoch);
        total = _amount(seg, epoch);
        uint256 room = token.cap() - token.totalSupply();
        if (total > room) total = room;
        uint256 toContributions = total * seg.contributionsBps / BPS;
        uint256 toStakers = total * seg.stakersBps / BPS;
        uint256 toTreasury = total - toContributions - toStakers;
        emit Released(epoch, toContributions, toStakers, toTreasury);

        // RewardPool and StakedPower pull their parts, so each holds what it records.
        token.mint(address(this), toContributions + toStakers);
        token.approve(address(rewardPool), toContributions);
        rewardPool.fundEpoch(epoch, toContributions);
        if (toStakers != 0) {
            token.approve(address(stakedPower), toStakers);
            stakedPower.notifyReward(toStakers);
        }
        if (toTreasury != 0) token.mint(treasury, toTreasury);
    }

    /// @notice Whether epoch `epoch` was released.
    function isReleased(uint256 epoch) external view returns (bool) {
        return _released[epoch >> 8] & (1 << (epoch & 0xff)) != 0;
    }

    /// @notice Epoch `epoch`'s emission before the cap is applied, from the schedule as
    /// decided now.
    function emissionForEpoch(uint256 epoch) external view returns (uint256) {
        return _amount(_segmentFor(epoch), epoch);
    }

    /// @notice The annual rate in force at epoch `epoch`'s start, in bps scaled by 1e18.
    function annualRateAt(uint256 epoch) external view returns (uint256) {
        return Math.mulDiv(_rateScaled(_segmentFor(epoch), epoch), 1e18, YEAR);
    }

    /// @notice The schedule segment in force for epoch `epoch`.
    function segmentFor(uint256 epoch) external view returns (Segment memory) {
        return _segmentFor(epoch);
    }

    /// @notice Number of schedule segments so far.
    function segmentCount() external view returns (uint256) {
        return _segments.length;
    }

    /// @notice Starts a new schedule from the next epoch: annual `rateBps` then, falling by
    /// `decayBpsPerYear` to `floorBps`, split as given. Only the governance timelock.
    function setSchedule(uint256[6] calldata schedule) external onlyGovernance {
        uint256 from = currentEpoch() + 1;
        Segment memory seg = _checkSegment(from, schedule);
        uint256 n = _segments.length;
        if (_segments[n - 1].fromEpoch == from) {
            _segments[n - 1] = seg; // a second change within an epoch replaces the first
        } else {
            _segments.push(seg);
        }
        emit ScheduleChanged(from, schedule[0], schedule[1], schedule[2], schedule[3], schedule[4], schedule[5]);
    }

    function _checkSegment(uint256 from, uint256[6] memory s) private pure returns (Segment memory) {
        if (s[0] > MAX_RATE_BPS) revert RateOutOfBounds(s[0], MAX_RATE_BPS);
        if (s[1] > MAX_DECAY_BPS_PER_YEAR) revert DecayOutOfBounds(s[1], MAX_DECAY_BPS_PER_YEAR);
        if (s[2] > s[0]) revert FloorAboveRate(s[2], s[0]);
        if (s[3] > BPS || s[4] > BPS || s[5] > BPS || s[3] + s[4] + s[5] != BPS) revert SplitNotWhole(s[3], s[4], s[5]);
        return Segment(
            uint32(from), uint16(s[0]), uint16(s[1]), uint16(s[2]), uint16(s[3]), uint16(s[4]), uint16(s[5])
        );
    }

    function _segmentFor(uint256 epoch) private view returns (Segment memory) {
        // Binary search for the last segment starting at or before `epoch`; segment 0 starts at 0.
        uint256 low = 0;
        uint256 high = _segments.length;
        while (high - low > 1) {
            uint256 mid = (low + high) / 2;
            if (_segments[mid].fromEpoch <= epoch) low = mid;
            else high = mid;
        }
        return _segments[low];
    }

    /// @dev The annual rate at the epoch's start in bps·seconds (bps × YEAR), floored.
    function _rateScaled(Segment memory seg, uint256 epoch) private view returns (uint256) {
        uint256 elapsed = (epoch - seg.fromEpoch) * epochLength;
        uint256 start = uint256(seg.rateBps) * YEAR;
        uint256 floor_ = uint256(seg.floorBps) * YEAR;
        uint256 decay = uint256(seg.decayBpsPerYear) * elapsed;
        if (decay >= start || start - decay < floor_) return floor_;
        return start - decay;
    }

    function _amount(Segment memory seg, uint256 epoch) private view returns (uint256) {
        // launchSupply × (rate / BPS) × (epochLength / YEAR), rate = rateScaled / YEAR.
        return Math.mulDiv(launchSupply, _rateScaled(seg, epoch) * epochLength, BPS * YEAR * YEAR);
    }
}
