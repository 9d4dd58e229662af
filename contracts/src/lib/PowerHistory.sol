// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title PowerHistory
/// @notice A checkpointed history of a uint96 value keyed by uint32 timestamps, two entries
/// per storage slot, with the entry count kept by the caller (in a slot it writes anyway).
/// @dev OpenZeppelin's Checkpoints.Trace208 spends a slot per entry plus a length slot; packing
/// two 128-bit entries per slot and letting the caller hold the count halves the cost of new
/// entries on average, which keeps staking and power-down within their gas budgets. Lookups
/// are binary searches, O(log n), with a fast path for the latest entry. Entry i lives in the
/// low (even i) or high (odd i) half of slot i/2; each half is (time << 96) | value.
library PowerHistory {
    struct History {
        mapping(uint256 slot => uint256) pairs;
    }

    uint256 private constant _LOW = type(uint128).max;

    /// @notice Records `value` at `time`, returning the new entry count. A second write at the
    /// same time overwrites the latest entry. `time` must not be before the latest entry's.
    function push(History storage h, uint256 count, uint32 time, uint96 value) internal returns (uint256) {
        if (count > 0) {
            (uint32 lastTime,) = entryAt(h, count - 1);
            if (lastTime == time) {
                _write(h, count - 1, time, value);
                return count;
            }
        }
        _write(h, count, time, value);
        return count + 1;
    }

    /// @notice The latest value, or 0 when there is none.
    function latest(History storage h, uint256 count) internal view returns (uint96) {
        if (count == 0) return 0;
        (, uint96 value) = entryAt(h, count - 1);
        return value;
    }

    /// @notice The value of the last entry at or before `time`, or 0 when there is none.
    function lookup(History storage h, uint256 count, uint256 time) internal view returns (uint96) {
        if (count == 0) return 0;
        (uint32 lastTime, uint96 lastValue) = entryAt(h, count - 1);
        if (lastTime <= time) return lastValue;
        // Find the first entry after `time` in [low, high); the answer is the one before it.
        uint256 low = 0;
        uint256 high = count - 1;
        if (high > 5) {
            // Recent timepoints are the common query: probe near the end first.
            uint256 mid = high - Math.sqrt(high);
            (uint32 t,) = entryAt(h, mid);
            if (t > time) high = mid;
            else low = mid + 1;
        }
        while (low < high) {
            uint256 mid = (low + high) / 2;
            (uint32 t,) = entryAt(h, mid);
            if (t > time) high = mid;
            else low = mid + 1;
        }
        if (high == 0) return 0;
        (, uint96 value) = entryAt(h, high - 1);
        return value;
    }

    /// @notice Entry `i`: its time and value.
    function entryAt(History storage h, uint256 i) internal view returns (uint32 time, uint96 value) {
        uint256 word = h.pairs[i >> 1];
        if (i & 1 == 1) word >>= 128;
        time = uint32(word >> 96);
        value = uint96(word);
    }

    function _write(History storage h, uint256 i, uint32 time, uint96 value) private {
        uint256 entry = (uint256(time) << 96) | uint256(value);
        uint256 slot = i >> 1;
        if (i & 1 == 0) {
            h.pairs[slot] = (h.pairs[slot] & ~_LOW) | entry;
        } else {
            h.pairs[slot] = (h.pairs[slot] & _LOW) | (entry << 128);
        }
    }
}
