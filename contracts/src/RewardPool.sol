// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EpochClock} from "./lib/EpochClock.sol";

/// @title RewardPool
/// @notice Contributions are submitted in an epoch and curated by stakers, who spend a voting
/// budget equal to their power at the epoch's start. After the epoch, its contribution emission
/// E is split across contributions in proportion to f(w) = w²/(w + s), w being a contribution's
/// total vote weight; the author takes `authorShareBps` of a contribution's part and its
/// curators share the rest in proportion to their weight on it.
/// @dev Every sum is kept incrementally (Σf per epoch, weight per contribution), so voting and
/// claiming are O(1) whatever the number of members and contributions; claims are pull-based.
/// The convex curve makes many small self-dealing votes earn less than the same stake voting
/// together. Rewards unclaimed `claimWindowEpochs` after their epoch can be swept to the
/// treasury by anyone. Parameters change only through governance, from the next epoch on.
contract RewardPool is EpochClock, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    uint256 public constant BPS = 10_000;
    uint256 public constant MIN_AUTHOR_SHARE_BPS = 1_000;
    uint256 public constant MAX_AUTHOR_SHARE_BPS = 9_000;
    uint256 public constant MIN_CURVE_S = 1e18;
    uint256 public constant MAX_CURVE_S = 1e27;
    uint256 public constant MIN_CLAIM_WINDOW_EPOCHS = 1;
    uint256 public constant MAX_CLAIM_WINDOW_EPOCHS = 520;

    IERC20 public immutable token;
    /// @notice Where voting budgets come from: power at each epoch's start.
    IVotes public immutable stakedPower;
    address public immutable treasury;
    address public immutable governance;

    struct Contribution {
        uint32 epochPlusOne; // never zero for a submitted contribution
        uint96 weight; // Σ curator weight
        uint96 f; // f(weight), this contribution's part of the epoch's Σf
        bool authorClaimed;
    }

    struct Curation {
        uint96 weight;
        bool claimed;
    }

    struct Budget {
        uint32 epochPlusOne; // epoch the budget below belongs to
        uint96 budget;
        uint96 spent;
    }

    struct EpochVotes {
        uint96 sumF;
        uint96 curveS; // parameters in force for the epoch, fixed at its first submission
        uint16 authorShareBps;
        uint16 claimWindowEpochs;
        bool open;
    }

    struct EpochFunds {
        uint96 emission;
        uint96 claimed;
        bool funded;
        bool swept;
    }

    struct Params {
        uint96 curveS;
        uint16 authorShareBps;
        uint16 claimWindowEpochs;
    }

    mapping(uint256 id => Contribution) private _contributions;
    mapping(uint256 id => address) private _authors;
    mapping(uint256 id => mapping(address curator => Curation)) private _curations;
    mapping(address voter => Budget) private _budgets;
    mapping(uint256 epoch => EpochVotes) private _epochVotes;
    mapping(uint256 epoch => EpochFunds) private _epochFunds;
    mapping(bytes32 key => bool) private _submitted;
    /// @notice Contributions submitted so far; ids run from 1 to this number.
    uint256 public contributionCount;
    Params private _params;
    Params private _nextParams;
    /// @notice Epoch from which `_nextParams` apply; 0 when no change is scheduled.
    uint256 public nextParamsEpoch;

    event ContributionSubmitted(
        uint256 indexed id, uint256 indexed epoch, address indexed author, bytes32 contentHash, string uri
    );
    event Voted(uint256 indexed id, address indexed curator, uint256 weight, uint256 contributionWeight);
    event EpochFunded(uint256 indexed epoch, uint256 emission, bool toTreasury);
    event AuthorRewardClaimed(uint256 indexed id, address indexed author, uint256 amount);
    event CuratorRewardClaimed(uint256 indexed id, address indexed curator, uint256 amount);
    event EpochSwept(uint256 indexed epoch, uint256 amount);
    event ParamsScheduled(uint256 curveS, uint256 authorShareBps, uint256 claimWindowEpochs, uint256 fromEpoch);

    error ZeroAmount();
    error LengthMismatch(uint256 ids, uint256 weights);
    error ZeroAddress();
    error EmptyContentHash();
    error AlreadySubmitted(uint256 epoch, bytes32 contentHash);
    error UnknownContribution(uint256 id);
    error SelfVote(uint256 id);
    error EpochClosed(uint256 id, uint256 epoch);
    error VoteBudgetExceeded(uint256 budget, uint256 spent, uint256 weight);
    error EpochNotEnded(uint256 epoch);
    error EpochAlreadyFunded(uint256 epoch);
    error EpochNotFunded(uint256 epoch);
    error ClaimWindowClosed(uint256 epoch, uint256 lastEpoch);
    error ClaimWindowOpen(uint256 epoch, uint256 lastEpoch);
    error AlreadyClaimed(uint256 id, address account);
    error NotAuthor(uint256 id, address caller);
    error NothingToClaim(uint256 id, address account);
    error AlreadySwept(uint256 epoch);
    error NotMinter(address caller);
    error NotGovernance(address caller);
    error AuthorShareOutOfBounds(uint256 value, uint256 min, uint256 max);
    error CurveSOutOfBounds(uint256 value, uint256 min, uint256 max);
    error ClaimWindowOutOfBounds(uint256 value, uint256 min, uint256 max);

    modifier onlyGovernance() {
        if (msg.sender != governance) revert NotGovernance(msg.sender);
        _;
    }

    constructor(
        IERC20 token_,
        IVotes stakedPower_,
        address treasury_,
        address governance_,
        uint256 epochStart_,
        uint256 epochLength_,
        uint256 authorShareBps_,
        uint256 curveS_,
        uint256 claimWindowEpochs_
    ) EpochClock(epochStart_, epochLength_) {
        if (
            address(token_) == address(0) || address(stakedPower_) == address(0) || treasury_ == address(0)
                || governance_ == address(0)
        ) revert ZeroAddress();
        token = token_;
        stakedPower = stakedPower_;
        treasury = treasury_;
        governance = governance_;
        _params = _checkParams(curveS_, authorShareBps_, claimWindowEpochs_);
    }

    // ---------------------------------------------------------------- contributing and curating

    /// @notice Submits a contribution to the current epoch. One per content hash per epoch.
    function submit(bytes32 contentHash, string calldata uri) external returns (uint256 id) {
        if (contentHash == bytes32(0)) revert EmptyContentHash();
        uint256 epoch = currentEpoch();
        bytes32 key = keccak256(abi.encode(epoch, contentHash));
        if (_submitted[key]) revert AlreadySubmitted(epoch, contentHash);
        _submitted[key] = true;
        EpochVotes storage ev = _epochVotes[epoch];
        if (!ev.open) {
            Params memory p = paramsForEpoch(epoch);
            ev.curveS = p.curveS;
            ev.authorShareBps = p.authorShareBps;
            ev.claimWindowEpochs = p.claimWindowEpochs;
            ev.open = true;
        }
        id = ++contributionCount;
        _contributions[id].epochPlusOne = uint32(epoch + 1);
        _authors[id] = msg.sender;
        emit ContributionSubmitted(id, epoch, msg.sender, contentHash, uri);
    }

    /// @notice Spends `weight` of the caller's budget for this epoch on contribution `id`.
    /// The budget is the caller's voting power at the start of the epoch. Votes add up and
    /// cannot be taken back; nobody votes on their own contribution.
    function vote(uint256 id, uint256 weight) external {
        _vote(id, weight);
    }

    /// @notice Casts several votes in one transaction, each as `vote` would, in order. One
    /// refused vote reverts them all. The caller pays for the loop, so its length is theirs.
    function voteMany(uint256[] calldata ids, uint256[] calldata weights) external {
        if (ids.length != weights.length) revert LengthMismatch(ids.length, weights.length);
        for (uint256 i = 0; i < ids.length; ++i) {
            _vote(ids[i], weights[i]);
        }
    }

    function _vote(uint256 id, uint256 weight) private {
        if (weight == 0) revert ZeroAmount();
        Contribution memory c = _contributions[id];
        if (c.epochPlusOne == 0) revert UnknownContribution(id);
        uint256 epoch = c.epochPlusOne - 1;
        if (epoch != currentEpoch()) revert EpochClosed(id, epoch);
        if (_authors[id] == msg.sender) revert SelfVote(id);

        Budget memory b = _budgets[msg.sender];
        if (b.epochPlusOne != c.epochPlusOne) {
            // Power at the last second before the epoch began: stake moved in later does not count.
            b.budget = stakedPower.getPastVotes(msg.sender, epochStart(epoch) - 1).toUint96();
            b.spent = 0;
            b.epochPlusOne = c.epochPlusOne;
        }
        if (uint256(b.spent) + weight > b.budget) revert VoteBudgetExceeded(b.budget, b.spent, weight);
        uint96 w96 = uint96(weight); // below the budget, itself a uint96
        b.spent += w96;
        _budgets[msg.sender] = b;

        EpochVotes storage ev = _epochVotes[epoch];
        uint256 s = ev.curveS;
        uint96 oldF = c.f;
        c.weight += w96;
        c.f = uint96(_curve(c.weight, s)); // f(w) <= w
        ev.sumF = ev.sumF - oldF + c.f;
        _contributions[id] = c;
        _curations[id][msg.sender].weight += w96;
        emit Voted(id, msg.sender, weight, c.weight);
    }

    // ---------------------------------------------------------------- funding

    /// @notice Takes epoch `epoch`'s contribution emission from the caller (approved
    /// beforehand). Only a minter of the token (the Emission contract) may fund; each epoch
    /// once, after it ended. An epoch without votes sends its emission to the treasury.
    function fundEpoch(uint256 epoch, uint256 amount) external nonReentrant {
        if (!IAccessControl(address(token)).hasRole(MINTER_ROLE, msg.sender)) revert NotMinter(msg.sender);
        if (epoch >= currentEpoch()) revert EpochNotEnded(epoch);
        EpochFunds memory f = _epochFunds[epoch];
        if (f.funded) revert EpochAlreadyFunded(epoch);
        f.funded = true;
        f.emission = amount.toUint96();
        bool toTreasury = _epochVotes[epoch].sumF == 0;
        if (toTreasury) f.swept = true;
        _epochFunds[epoch] = f;
        emit EpochFunded(epoch, amount, toTreasury);
        if (amount != 0) token.safeTransferFrom(msg.sender, toTreasury ? treasury : address(this), amount);
    }

    // ---------------------------------------------------------------- claiming

    /// @notice Pays the author of contribution `id` their reward. Only the author.
    function claimAuthor(uint256 id) external nonReentrant returns (uint256 amount) {
        amount = _claimAuthor(id);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice Pays the caller their curation reward on contribution `id`.
    function claimCurator(uint256 id) external nonReentrant returns (uint256 amount) {
        amount = _claimCurator(id);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice Claims several author and curator rewards in one transfer.
    function claimMany(uint256[] calldata authorIds, uint256[] calldata curatorIds)
        external
        nonReentrant
        returns (uint256 total)
    {
        for (uint256 i = 0; i < authorIds.length; ++i) {
            total += _claimAuthor(authorIds[i]);
        }
        for (uint256 i = 0; i < curatorIds.length; ++i) {
            total += _claimCurator(curatorIds[i]);
        }
        token.safeTransfer(msg.sender, total);
    }

    function _claimAuthor(uint256 id) private returns (uint256 amount) {
        Contribution memory c = _contributions[id];
        if (c.epochPlusOne == 0) revert UnknownContribution(id);
        if (_authors[id] != msg.sender) revert NotAuthor(id, msg.sender);
        if (c.authorClaimed) revert AlreadyClaimed(id, msg.sender);
        if (c.f == 0) revert NothingToClaim(id, msg.sender); // never voted on: earns nothing
        uint256 epoch = c.epochPlusOne - 1;
        (, amount) = _contributionReward(epoch, c);
        if (amount == 0) revert NothingToClaim(id, msg.sender);
        _contributions[id].authorClaimed = true;
        _epochFunds[epoch].claimed += uint96(amount);
        emit AuthorRewardClaimed(id, msg.sender, amount);
    }

    function _claimCurator(uint256 id) private returns (uint256 amount) {
        Contribution memory c = _contributions[id];
        if (c.epochPlusOne == 0) revert UnknownContribution(id);
        Curation memory cur = _curations[id][msg.sender];
        if (cur.claimed) revert AlreadyClaimed(id, msg.sender);
        if (cur.weight == 0) revert NothingToClaim(id, msg.sender);
        uint256 epoch = c.epochPlusOne - 1;
        (uint256 reward, uint256 authorPart) = _contributionReward(epoch, c);
        amount = Math.mulDiv(reward - authorPart, cur.weight, c.weight);
        if (amount == 0) revert NothingToClaim(id, msg.sender);
        _curations[id][msg.sender].claimed = true;
        _epochFunds[epoch].claimed += uint96(amount);
        emit CuratorRewardClaimed(id, msg.sender, amount);
    }

    /// @dev Contribution c's part of its epoch's emission, and the author's part of that.
    /// Reverts unless the epoch is funded and its claim window is open.
    function _contributionReward(uint256 epoch, Contribution memory c)
        private
        view
        returns (uint256 reward, uint256 authorPart)
    {
        EpochFunds memory f = _epochFunds[epoch];
        if (!f.funded) revert EpochNotFunded(epoch);
        EpochVotes memory ev = _epochVotes[epoch];
        uint256 last = epoch + ev.claimWindowEpochs;
        if (f.swept || currentEpoch() > last) revert ClaimWindowClosed(epoch, last);
        reward = Math.mulDiv(f.emission, c.f, ev.sumF);
        authorPart = reward * ev.authorShareBps / BPS;
    }

    /// @notice Sends what epoch `epoch` left unclaimed to the treasury, once its claim window
    /// (`claimWindowEpochs` epochs after it) has passed. Anyone may call.
    function sweep(uint256 epoch) external nonReentrant returns (uint256 amount) {
        EpochFunds memory f = _epochFunds[epoch];
        if (!f.funded) revert EpochNotFunded(epoch);
        if (f.swept) revert AlreadySwept(epoch);
        uint256 last = epoch + _epochVotes[epoch].claimWindowEpochs;
        if (currentEpoch() <= last) revert ClaimWindowOpen(epoch, last);
        amount = f.emission - f.claimed;
        _epochFunds[epoch].swept = true;
        emit EpochSwept(epoch, amount);
        if (amount != 0) token.safeTransfer(treasury, amount);
    }

    // ---------------------------------------------------------------- views

    /// @notice A contribution: its author, epoch, total vote weight and f(weight).
    function contribution(uint256 id)
        external
        view
        returns (address author, uint256 epoch, uint256 weight, uint256 f, bool authorClaimed)
    {
        Contribution memory c = _contributions[id];
        if (c.epochPlusOne == 0) revert UnknownContribution(id);
        return (_authors[id], c.epochPlusOne - 1, c.weight, c.f, c.authorClaimed);
    }

    /// @notice A curator's weight on a contribution and whether it was claimed.
    function curation(uint256 id, address curator) external view returns (uint256 weight, bool claimed) {
        Curation memory cur = _curations[id][curator];
        return (cur.weight, cur.claimed);
    }

    /// @notice The voter's budget and spending for the current epoch. The budget is read from
    /// StakedPower's checkpoints; it is 0 in epoch 0's first second.
    function budgetOf(address voter) external view returns (uint256 budget, uint256 spent) {
        uint256 epoch = currentEpoch();
        Budget memory b = _budgets[voter];
        if (b.epochPlusOne == epoch + 1) return (b.budget, b.spent);
        uint256 start = epochStart(epoch);
        if (start == 0 || start > block.timestamp) return (0, 0);
        return (stakedPower.getPastVotes(voter, start - 1), 0);
    }

    /// @notice An epoch's curation state: Σf and the parameters fixed for it.
    function epochVotes(uint256 epoch)
        external
        view
        returns (uint256 sumF, uint256 curveS, uint256 authorShareBps, uint256 claimWindowEpochs)
    {
        EpochVotes memory ev = _epochVotes[epoch];
        return (ev.sumF, ev.curveS, ev.authorShareBps, ev.claimWindowEpochs);
    }

    /// @notice An epoch's funds: its emission, what was claimed, and whether it was funded
    /// and swept (an epoch without votes is swept when funded).
    function epochFunds(uint256 epoch)
        external
        view
        returns (uint256 emission, uint256 claimed, bool funded, bool swept)
    {
        EpochFunds memory f = _epochFunds[epoch];
        return (f.emission, f.claimed, f.funded, f.swept);
    }

    /// @notice What the author of `id` could claim now (0 when unclaimable).
    function pendingAuthorReward(uint256 id) external view returns (uint256) {
        Contribution memory c = _contributions[id];
        if (c.epochPlusOne == 0 || c.authorClaimed || !_claimable(c.epochPlusOne - 1)) return 0;
        (, uint256 authorPart) = _contributionReward(c.epochPlusOne - 1, c);
        return authorPart;
    }

    /// @notice What `curator` could claim on `id` now (0 when unclaimable).
    function pendingCuratorReward(uint256 id, address curator) external view returns (uint256) {
        Contribution memory c = _contributions[id];
        Curation memory cur = _curations[id][curator];
        if (c.epochPlusOne == 0 || cur.claimed || cur.weight == 0 || !_claimable(c.epochPlusOne - 1)) return 0;
        (uint256 reward, uint256 authorPart) = _contributionReward(c.epochPlusOne - 1, c);
        return Math.mulDiv(reward - authorPart, cur.weight, c.weight);
    }

    function _claimable(uint256 epoch) private view returns (bool) {
        EpochFunds memory f = _epochFunds[epoch];
        return f.funded && !f.swept && currentEpoch() <= epoch + _epochVotes[epoch].claimWindowEpochs;
    }

    /// @notice The curve: f(w) = w²/(w + s).
    function curve(uint256 w, uint256 s) external pure returns (uint256) {
        return _curve(w, s);
    }

    function _curve(uint256 w, uint256 s) private pure returns (uint256) {
        if (w == 0) return 0;
        return w * w / (w + s);
    }

    /// @notice The parameters in force for `epoch` (as far as they are decided now).
    function paramsForEpoch(uint256 epoch) public view returns (Params memory) {
        uint256 from = nextParamsEpoch;
        if (from != 0 && epoch >= from) return _nextParams;
        return _params;
    }

    // ---------------------------------------------------------------- governance

    /// @notice Sets the curve constant, the authors' share and the claim window for epochs
    /// from the next one on. Only the governance timelock, within the bounds above.
    function setParams(uint256 curveS_, uint256 authorShareBps_, uint256 claimWindowEpochs_) external onlyGovernance {
        Params memory p = _checkParams(curveS_, authorShareBps_, claimWindowEpochs_);
        uint256 epoch = currentEpoch();
        uint256 from = nextParamsEpoch;
        if (from != 0 && epoch >= from) _params = _nextParams;
        _nextParams = p;
        nextParamsEpoch = epoch + 1;
        emit ParamsScheduled(curveS_, authorShareBps_, claimWindowEpochs_, epoch + 1);
    }

    function _checkParams(uint256 curveS_, uint256 authorShareBps_, uint256 claimWindowEpochs_)
        private
        pure
        returns (Params memory)
    {
        if (curveS_ < MIN_CURVE_S || curveS_ > MAX_CURVE_S) {
            revert CurveSOutOfBounds(curveS_, MIN_CURVE_S, MAX_CURVE_S);
        }
        if (authorShareBps_ < MIN_AUTHOR_SHARE_BPS || authorShareBps_ > MAX_AUTHOR_SHARE_BPS) {
            revert AuthorShareOutOfBounds(authorShareBps_, MIN_AUTHOR_SHARE_BPS, MAX_AUTHOR_SHARE_BPS);
        }
        if (claimWindowEpochs_ < MIN_CLAIM_WINDOW_EPOCHS || claimWindowEpochs_ > MAX_CLAIM_WINDOW_EPOCHS) {
            revert ClaimWindowOutOfBounds(claimWindowEpochs_, MIN_CLAIM_WINDOW_EPOCHS, MAX_CLAIM_WINDOW_EPOCHS);
        }
        return Params(uint96(curveS_), uint16(authorShareBps_), uint16(claimWindowEpochs_));
    }
}
