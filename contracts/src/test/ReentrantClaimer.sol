// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice The token and StakedPower functions the attacker uses to become a curator.
interface IStakeable {
    function approve(address spender, uint256 amount) external returns (bool);
    function stake(uint256 amount) external;
}

/// @notice The RewardPool functions the attacker uses.
interface IRewardPoolClaims {
    function submit(bytes32 contentHash, string calldata uri) external returns (uint256);
    function vote(uint256 id, uint256 weight) external;
    function claimAuthor(uint256 id) external returns (uint256);
    function claimCurator(uint256 id) external returns (uint256);
}

/// @title ReentrantClaimer
/// @notice Test only: an author (or curator) contract that, when paid, calls the claim again
/// from inside the token transfer. It records whether the nested claim succeeded; the
/// outer claim must still pay exactly once.
contract ReentrantClaimer {
    IRewardPoolClaims public immutable pool;
    uint256 public targetId;
    bool public asCurator;
    bool private _armed; // only a payout during claim() triggers the re-entry
    uint256 public reentries;
    uint256 public reentrySuccesses;
    bytes public lastReentryError;

    constructor(IRewardPoolClaims pool_) {
        pool = pool_;
    }

    /// @notice Stakes `amount` of `token` (held by this contract) so it can curate.
    function stake(IStakeable token, IStakeable stakedPower, uint256 amount) external {
        token.approve(address(stakedPower), amount);
        stakedPower.stake(amount);
    }

    function vote(uint256 id, uint256 weight) external {
        pool.vote(id, weight);
    }

    function submit(bytes32 contentHash) external returns (uint256 id) {
        id = pool.submit(contentHash, "ipfs://attack");
    }

    function claim(uint256 id, bool curator) external {
        targetId = id;
        asCurator = curator;
        _armed = true;
        if (curator) pool.claimCurator(id);
        else pool.claimAuthor(id);
        _armed = false;
    }

    function onTokenReceived(address, uint256) external {
        if (!_armed) return;
        _armed = false;
        reentries++;
        bytes memory data = asCurator
            ? abi.encodeCall(IRewardPoolClaims.claimCurator, (targetId))
            : abi.encodeCall(IRewardPoolClaims.claimAuthor, (targetId));
        (bool ok, bytes memory ret) = address(pool).call(data);
        if (ok) reentrySuccesses++;
        else lastReentryError = ret;
    }
}
