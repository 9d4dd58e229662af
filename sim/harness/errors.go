package harness

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-dev/apiary/bindings/communitygovernor"
	"github.com/apiary-dev/apiary/bindings/communitytimelock"
	"github.com/apiary-dev/apiary/bindings/communitytoken"
	"github.com/apiary-dev/apiary/bindings/emission"
	"github.com/apiary-dev/apiary/bindings/rewardpool"
	"github.com/apiary-dev/apiary/bindings/stakedpower"
	"github.com/apiary-dev/apiary/bindings/vestingvault"
	"github.com/apiary-dev/apiary/sim/chain"
)

func crypto256(s string) []byte { return crypto.Keccak256([]byte(s)) }

// knownErrors are the custom errors of every economy contract, by selector.
var knownErrors = func() map[[4]byte]abi.Error {
	m := map[[4]byte]abi.Error{}
	for _, md := range []string{
		communitytoken.CommunityTokenMetaData.ABI, communitytimelock.CommunityTimelockMetaData.ABI,
		stakedpower.StakedPowerMetaData.ABI, rewardpool.RewardPoolMetaData.ABI, emission.EmissionMetaData.ABI,
		communitygovernor.CommunityGovernorMetaData.ABI, vestingvault.VestingVaultMetaData.ABI,
	} {
		parsed, err := abi.JSON(strings.NewReader(md))
		if err != nil {
			panic(err)
		}
		for _, e := range parsed.Errors {
			m[[4]byte(e.ID[:4])] = e
		}
	}
	return m
}()

// RevertError is a revert decoded to one of the economy's custom errors.
type RevertError struct {
	Name string
	Args []any
	Err  error // the original error
}

func (e *RevertError) Error() string {
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		args[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("reverted with %s(%s)", e.Name, strings.Join(args, ", "))
}

func (e *RevertError) Unwrap() error { return e.Err }

// DecodeRevert names the custom error an error carries, if it is one of the economy's.
func DecodeRevert(err error) (*RevertError, bool) {
	data, ok := chain.RevertData(err)
	if !ok || len(data) < 4 {
		return nil, false
	}
	e, ok := knownErrors[[4]byte(data[:4])]
	if !ok {
		return nil, false
	}
	args, uerr := e.Inputs.Unpack(data[4:])
	if uerr != nil {
		return nil, false
	}
	return &RevertError{Name: e.Name, Args: args, Err: err}, true
}

// explain replaces a revert by its decoded custom error where possible.
func explain(err error) error {
	if re, ok := DecodeRevert(err); ok {
		return re
	}
	return err
}
