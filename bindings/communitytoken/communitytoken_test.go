package communitytoken_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/bindings/communitytoken"
	"github.com/apiary-dev/apiary/internal/chaintest"
	"github.com/apiary-dev/apiary/sim/chain"
)

var (
	ether  = big.NewInt(1e18)
	capWei = tokens(1_000_000)
)

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

var bigCmp = cmp.Comparer(func(a, b *big.Int) bool { return a.Cmp(b) == 0 })

// fixture is a chain with a deployed token: admin holds DEFAULT_ADMIN_ROLE, minter holds
// MINTER_ROLE, and alice starts with 1,000 tokens.
type fixture struct {
	c                   *chain.Chain
	tok                 *communitytoken.CommunityToken
	inst                *bind.BoundContract
	addr                common.Address
	admin, minter       chain.Account
	alice, bob, charlie chain.Account
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	c := chaintest.New(t)
	f := &fixture{c: c, tok: communitytoken.NewCommunityToken(),
		admin: c.Account(0), minter: c.Account(1), alice: c.Account(2), bob: c.Account(3), charlie: c.Account(4)}
	addr, tx, err := bind.DeployContract(c.Transactor(f.admin), common.FromHex(communitytoken.CommunityTokenMetaData.Bin), c.Client(),
		f.tok.PackConstructor("Commons", "CMN", capWei, f.admin.Address))
	f.addr = chaintest.Deployed(t, c, addr, tx, err)
	f.inst = f.tok.Instance(c.Client(), f.addr)
	f.send(t, f.admin, f.tok.PackGrantRole(f.minterRole(t), f.minter.Address))
	f.send(t, f.minter, f.tok.PackMint(f.alice.Address, tokens(1000)))
	return f
}

func (f *fixture) send(t *testing.T, from chain.Account, data []byte) *types.Receipt {
	t.Helper()
	tx, err := bind.Transact(f.inst, f.c.Transactor(from), data)
	return chaintest.Mined(t, f.c, tx, err)
}

// revert sends data and requires a revert with the given custom error, compared whole.
func (f *fixture) revert(t *testing.T, from chain.Account, data []byte, want any) {
	t.Helper()
	_, err := bind.Transact(f.inst, f.c.Transactor(from), data)
	got := chaintest.Reverted(t, err, f.tok.UnpackError)
	if diff := cmp.Diff(want, got, bigCmp); diff != "" {
		t.Errorf("revert mismatch (-want +got):\n%s", diff)
	}
}

func (f *fixture) balance(t *testing.T, a common.Address) *big.Int {
	return chaintest.Call(t, f.inst, f.tok.PackBalanceOf(a), f.tok.UnpackBalanceOf)
}

func (f *fixture) minterRole(t *testing.T) [32]byte {
	return chaintest.Call(t, f.inst, f.tok.PackMINTERROLE(), f.tok.UnpackMINTERROLE)
}

func TestMetadata(t *testing.T) {
	f := newFixture(t)
	type meta struct {
		Name, Symbol string
		Decimals     uint8
		Cap, Supply  *big.Int
		Separator    [32]byte
	}
	got := meta{
		Name:      chaintest.Call(t, f.inst, f.tok.PackName(), f.tok.UnpackName),
		Symbol:    chaintest.Call(t, f.inst, f.tok.PackSymbol(), f.tok.UnpackSymbol),
		Decimals:  chaintest.Call(t, f.inst, f.tok.PackDecimals(), f.tok.UnpackDecimals),
		Cap:       chaintest.Call(t, f.inst, f.tok.PackCap(), f.tok.UnpackCap),
		Supply:    chaintest.Call(t, f.inst, f.tok.PackTotalSupply(), f.tok.UnpackTotalSupply),
		Separator: chaintest.Call(t, f.inst, f.tok.PackDOMAINSEPARATOR(), f.tok.UnpackDOMAINSEPARATOR),
	}
	want := meta{Name: "Commons", Symbol: "CMN", Decimals: 18, Cap: capWei, Supply: tokens(1000),
		Separator: domainSeparator(t, f.c.ChainID(), f.addr)}
	if diff := cmp.Diff(want, got, bigCmp); diff != "" {
		t.Errorf("metadata (-want +got):\n%s", diff)
	}
}

func TestConstructor_RevertsOnBadArguments(t *testing.T) {
	c := chaintest.New(t)
	tok := communitytoken.NewCommunityToken()
	tests := []struct {
		name  string
		cap   *big.Int
		admin common.Address
		want  any
	}{
		{"zero cap", big.NewInt(0), c.Account(0).Address, &communitytoken.CommunityTokenZeroCap{}},
		{"zero admin", capWei, common.Address{}, &communitytoken.CommunityTokenZeroAdmin{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := bind.DeployContract(c.Transactor(c.Account(0)), common.FromHex(communitytoken.CommunityTokenMetaData.Bin),
				c.Client(), tok.PackConstructor("Commons", "CMN", tt.cap, tt.admin))
			got := chaintest.Reverted(t, err, tok.UnpackError)
			if diff := cmp.Diff(tt.want, got, bigCmp); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestTransfer(t *testing.T) {
	f := newFixture(t)
	t.Run("moves balance and emits Transfer", func(t *testing.T) {
		r := f.send(t, f.alice, f.tok.PackTransfer(f.bob.Address, tokens(250)))
		ev, err := f.tok.UnpackTransferEvent(r.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		want := &communitytoken.CommunityTokenTransfer{From: f.alice.Address, To: f.bob.Address, Value: tokens(250), Raw: r.Logs[0]}
		if diff := cmp.Diff(want, ev, bigCmp); diff != "" {
			t.Errorf("event (-want +got):\n%s", diff)
		}
		if got := f.balance(t, f.alice.Address); got.Cmp(tokens(750)) != 0 {
			t.Errorf("alice balance = %v, want 750 tokens", got)
		}
		if got := f.balance(t, f.bob.Address); got.Cmp(tokens(250)) != 0 {
			t.Errorf("bob balance = %v, want 250 tokens", got)
		}
	})
	reverts := []struct {
		name string
		from chain.Account
		to   common.Address
		amt  *big.Int
		want any
	}{
		{"more than the balance", f.bob, f.alice.Address, tokens(251),
			&communitytoken.CommunityTokenERC20InsufficientBalance{Sender: f.bob.Address, Balance: tokens(250), Needed: tokens(251)}},
		{"to the zero address", f.alice, common.Address{}, tokens(1),
			&communitytoken.CommunityTokenERC20InvalidReceiver{Receiver: common.Address{}}},
		{"from an account with nothing", f.charlie, f.alice.Address, big.NewInt(1),
			&communitytoken.CommunityTokenERC20InsufficientBalance{Sender: f.charlie.Address, Balance: big.NewInt(0), Needed: big.NewInt(1)}},
	}
	for _, tt := range reverts {
		t.Run("reverts "+tt.name, func(t *testing.T) {
			f.revert(t, tt.from, f.tok.PackTransfer(tt.to, tt.amt), tt.want)
		})
	}
}

func TestAllowance(t *testing.T) {
	f := newFixture(t)
	allowance := func() *big.Int {
		return chaintest.Call(t, f.inst, f.tok.PackAllowance(f.alice.Address, f.bob.Address), f.tok.UnpackAllowance)
	}
	t.Run("approve sets the allowance and emits Approval", func(t *testing.T) {
		r := f.send(t, f.alice, f.tok.PackApprove(f.bob.Address, tokens(100)))
		ev, err := f.tok.UnpackApprovalEvent(r.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		want := &communitytoken.CommunityTokenApproval{Owner: f.alice.Address, Spender: f.bob.Address, Value: tokens(100), Raw: r.Logs[0]}
		if diff := cmp.Diff(want, ev, bigCmp); diff != "" {
			t.Errorf("event (-want +got):\n%s", diff)
		}
	})
	t.Run("transferFrom spends the allowance", func(t *testing.T) {
		f.send(t, f.bob, f.tok.PackTransferFrom(f.alice.Address, f.charlie.Address, tokens(40)))
		if got := allowance(); got.Cmp(tokens(60)) != 0 {
			t.Errorf("allowance = %v, want 60 tokens", got)
		}
		if got := f.balance(t, f.charlie.Address); got.Cmp(tokens(40)) != 0 {
			t.Errorf("charlie balance = %v, want 40 tokens", got)
		}
	})
	t.Run("transferFrom above the allowance reverts", func(t *testing.T) {
		f.revert(t, f.bob, f.tok.PackTransferFrom(f.alice.Address, f.charlie.Address, tokens(61)),
			&communitytoken.CommunityTokenERC20InsufficientAllowance{Spender: f.bob.Address, Allowance: tokens(60), Needed: tokens(61)})
	})
	t.Run("an unlimited allowance is not spent", func(t *testing.T) {
		f.send(t, f.alice, f.tok.PackApprove(f.bob.Address, math.MaxBig256))
		f.send(t, f.bob, f.tok.PackTransferFrom(f.alice.Address, f.charlie.Address, tokens(1)))
		if got := allowance(); got.Cmp(math.MaxBig256) != 0 {
			t.Errorf("allowance = %v, want max uint256", got)
		}
	})
	t.Run("approving the zero address reverts", func(t *testing.T) {
		f.revert(t, f.alice, f.tok.PackApprove(common.Address{}, tokens(1)),
			&communitytoken.CommunityTokenERC20InvalidSpender{Spender: common.Address{}})
	})
}

// permitDigest is the EIP-712 digest of an ERC-2612 permit, computed in Go independently
// of the contract.
func permitTypedData(chainID *big.Int, token, owner, spender common.Address, value, nonce, deadline *big.Int) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Permit": {{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"},
				{Name: "value", Type: "uint256"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}},
		},
		PrimaryType: "Permit",
		Domain: apitypes.TypedDataDomain{Name: "Commons", Version: "1",
			ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: token.Hex()},
		Message: apitypes.TypedDataMessage{
			"owner": owner.Hex(), "spender": spender.Hex(), "value": value.String(),
			"nonce": nonce.String(), "deadline": deadline.String(),
		},
	}
}

func domainSeparator(t *testing.T, chainID *big.Int, token common.Address) [32]byte {
	td := permitTypedData(chainID, token, common.Address{}, common.Address{}, big.NewInt(0), big.NewInt(0), big.NewInt(0))
	sep, err := td.HashStruct("EIP712Domain", td.Domain.Map())
	if err != nil {
		t.Fatal(err)
	}
	return [32]byte(sep)
}

type permitSig struct {
	v    uint8
	r, s [32]byte
}

func signPermit(t *testing.T, f *fixture, signer chain.Account, owner, spender common.Address, value, nonce, deadline *big.Int) permitSig {
	t.Helper()
	digest, _, err := apitypes.TypedDataAndHash(permitTypedData(f.c.ChainID(), f.addr, owner, spender, value, nonce, deadline))
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(digest, signer.Key)
	if err != nil {
		t.Fatal(err)
	}
	return permitSig{v: sig[64] + 27, r: [32]byte(sig[:32]), s: [32]byte(sig[32:64])}
}

func TestPermit(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now, err := f.c.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	future := new(big.Int).SetUint64(now + 3600)
	past := new(big.Int).SetUint64(now - 1)
	owner, spender := f.alice, f.bob
	value := tokens(77)

	valid := signPermit(t, f, owner, owner.Address, spender.Address, value, big.NewInt(0), future)
	pack := func(s permitSig, deadline *big.Int) []byte {
		return f.tok.PackPermit(owner.Address, spender.Address, value, deadline, s.v, s.r, s.s)
	}

	t.Run("valid signature sets the allowance, bumps the nonce, emits Approval", func(t *testing.T) {
		// Anyone may submit the permit: here the spender pays the gas.
		r := f.send(t, spender, pack(valid, future))
		ev, err := f.tok.UnpackApprovalEvent(r.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		if ev.Owner != owner.Address || ev.Spender != spender.Address || ev.Value.Cmp(value) != 0 {
			t.Errorf("Approval = %+v", ev)
		}
		if got := chaintest.Call(t, f.inst, f.tok.PackAllowance(owner.Address, spender.Address), f.tok.UnpackAllowance); got.Cmp(value) != 0 {
			t.Errorf("allowance = %v, want %v", got, value)
		}
		if got := chaintest.Call(t, f.inst, f.tok.PackNonces(owner.Address), f.tok.UnpackNonces); got.Cmp(big.NewInt(1)) != 0 {
			t.Errorf("nonce = %v, want 1", got)
		}
	})

	// The digest depends on the nonce, so a replayed signature recovers some other address.
	replayedSigner := func() common.Address {
		digest, _, err := apitypes.TypedDataAndHash(permitTypedData(f.c.ChainID(), f.addr, owner.Address, spender.Address, value, big.NewInt(1), future))
		if err != nil {
			t.Fatal(err)
		}
		sig := append(append(append([]byte{}, valid.r[:]...), valid.s[:]...), valid.v-27)
		pub, err := crypto.SigToPub(digest, sig)
		if err != nil {
			t.Fatal(err)
		}
		return crypto.PubkeyToAddress(*pub)
	}()
	expired := signPermit(t, f, owner, owner.Address, spender.Address, value, big.NewInt(1), past)
	wrong := signPermit(t, f, f.charlie, owner.Address, spender.Address, value, big.NewInt(1), future)

	reverts := []struct {
		name string
		data []byte
		want any
	}{
		{"replayed", pack(valid, future),
			&communitytoken.CommunityTokenERC2612InvalidSigner{Signer: replayedSigner, Owner: owner.Address}},
		{"expired", pack(expired, past),
			&communitytoken.CommunityTokenERC2612ExpiredSignature{Deadline: past}},
		{"signed by someone else", pack(wrong, future),
			&communitytoken.CommunityTokenERC2612InvalidSigner{Signer: f.charlie.Address, Owner: owner.Address}},
	}
	for _, tt := range reverts {
		t.Run("reverts when "+tt.name, func(t *testing.T) { f.revert(t, spender, tt.data, tt.want) })
	}
}

func TestMint(t *testing.T) {
	f := newFixture(t)
	t.Run("the minter mints and emits Transfer from zero", func(t *testing.T) {
		r := f.send(t, f.minter, f.tok.PackMint(f.bob.Address, tokens(5)))
		ev, err := f.tok.UnpackTransferEvent(r.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		if ev.From != (common.Address{}) || ev.To != f.bob.Address || ev.Value.Cmp(tokens(5)) != 0 {
			t.Errorf("Transfer = %+v", ev)
		}
	})
	t.Run("minting up to exactly the cap succeeds", func(t *testing.T) {
		supply := chaintest.Call(t, f.inst, f.tok.PackTotalSupply(), f.tok.UnpackTotalSupply)
		f.send(t, f.minter, f.tok.PackMint(f.bob.Address, new(big.Int).Sub(capWei, supply)))
		if got := chaintest.Call(t, f.inst, f.tok.PackTotalSupply(), f.tok.UnpackTotalSupply); got.Cmp(capWei) != 0 {
			t.Errorf("supply = %v, want cap %v", got, capWei)
		}
	})
	minterRole := f.minterRole(t)
	reverts := []struct {
		name string
		from chain.Account
		amt  *big.Int
		want any
	}{
		{"one wei above the cap", f.minter, big.NewInt(1),
			&communitytoken.CommunityTokenCapExceeded{SupplyAfter: new(big.Int).Add(capWei, big.NewInt(1)), Cap: capWei}},
		{"by an account without the role", f.alice, big.NewInt(0),
			&communitytoken.CommunityTokenAccessControlUnauthorizedAccount{Account: f.alice.Address, NeededRole: minterRole}},
		{"by the admin, who is not a minter", f.admin, big.NewInt(0),
			&communitytoken.CommunityTokenAccessControlUnauthorizedAccount{Account: f.admin.Address, NeededRole: minterRole}},
	}
	for _, tt := range reverts {
		t.Run("reverts "+tt.name, func(t *testing.T) {
			f.revert(t, tt.from, f.tok.PackMint(f.bob.Address, tt.amt), tt.want)
		})
	}
}

func TestRoles(t *testing.T) {
	f := newFixture(t)
	minterRole := f.minterRole(t)
	var adminRole [32]byte // DEFAULT_ADMIN_ROLE is 0x00
	hasRole := func(role [32]byte, a common.Address) bool {
		return chaintest.Call(t, f.inst, f.tok.PackHasRole(role, a), f.tok.UnpackHasRole)
	}
	t.Run("MINTER_ROLE is administered by DEFAULT_ADMIN_ROLE", func(t *testing.T) {
		got := chaintest.Call(t, f.inst, f.tok.PackGetRoleAdmin(minterRole), f.tok.UnpackGetRoleAdmin)
		if got != adminRole {
			t.Errorf("admin of MINTER_ROLE = %x, want 0", got)
		}
	})
	t.Run("the admin grants MINTER_ROLE and RoleGranted is emitted", func(t *testing.T) {
		r := f.send(t, f.admin, f.tok.PackGrantRole(minterRole, f.charlie.Address))
		ev, err := f.tok.UnpackRoleGrantedEvent(r.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		want := &communitytoken.CommunityTokenRoleGranted{Role: minterRole, Account: f.charlie.Address, Sender: f.admin.Address, Raw: r.Logs[0]}
		if diff := cmp.Diff(want, ev); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("the admin revokes MINTER_ROLE", func(t *testing.T) {
		f.send(t, f.admin, f.tok.PackRevokeRole(minterRole, f.charlie.Address))
		if hasRole(minterRole, f.charlie.Address) {
			t.Error("charlie still a minter")
		}
	})
	t.Run("a non-admin cannot grant", func(t *testing.T) {
		f.revert(t, f.minter, f.tok.PackGrantRole(minterRole, f.bob.Address),
			&communitytoken.CommunityTokenAccessControlUnauthorizedAccount{Account: f.minter.Address, NeededRole: adminRole})
	})
	t.Run("renouncing needs the caller's own confirmation", func(t *testing.T) {
		f.revert(t, f.admin, f.tok.PackRenounceRole(adminRole, f.bob.Address), &communitytoken.CommunityTokenAccessControlBadConfirmation{})
	})
	t.Run("after the admin renounces, nobody can grant", func(t *testing.T) {
		f.send(t, f.admin, f.tok.PackRenounceRole(adminRole, f.admin.Address))
		if hasRole(adminRole, f.admin.Address) {
			t.Fatal("admin still admin")
		}
		f.revert(t, f.admin, f.tok.PackGrantRole(minterRole, f.admin.Address),
			&communitytoken.CommunityTokenAccessControlUnauthorizedAccount{Account: f.admin.Address, NeededRole: adminRole})
	})
}
