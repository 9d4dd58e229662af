// Package hardfork names the EVM rule sets apiary's in-process chains run.
//
// go-ethereum's dev-chain config enables forks that are not live on mainnet (Bogota's gas
// repricing makes a fresh-holder ERC-20 transfer cost ~146k gas instead of ~51k), so every
// engine, the node and the gas report take a named fork instead, defaulting to the one
// mainnet runs. It is not a chain-spec loader for real networks.
package hardfork

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/params"
)

// Default is the fork mainnet runs today: Osaka (Fusaka), with its blob-parameter forks.
const Default = "osaka"

// ChainID is the chain ID of apiary's in-process chains, as go-ethereum's simulated backend.
const ChainID = 1337

type fork struct {
	describe string
	config   func() *params.ChainConfig
}

var forks = map[string]fork{
	"cancun": {"Cancun (Dencun, March 2024)", func() *params.ChainConfig { return upTo(0) }},
	"prague": {"Prague (Pectra, May 2025)", func() *params.ChainConfig { return upTo(1) }},
	"osaka":  {"Osaka (Fusaka, December 2025): what mainnet runs", func() *params.ChainConfig { return upTo(2) }},
	"bogota": {"go-ethereum's dev default: Osaka plus the unreleased Bogota gas repricing", func() *params.ChainConfig {
		c := *params.AllDevChainProtocolChanges
		c.ChainID = big.NewInt(ChainID)
		return &c
	}},
}

// Config returns a fresh chain config for the named fork (case-insensitive).
func Config(name string) (*params.ChainConfig, error) {
	f, ok := forks[strings.ToLower(name)]
	if !ok {
		return nil, fmt.Errorf("unknown hardfork %q (known: %s)", name, strings.Join(Names(), ", "))
	}
	return f.config(), nil
}

// Describe says what a named fork is, or "" for an unknown name.
func Describe(name string) string { return forks[strings.ToLower(name)].describe }

// Names lists the known forks, sorted.
func Names() []string {
	names := make([]string, 0, len(forks))
	for n := range forks {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// upTo returns a post-merge config with Shanghai and Cancun, then Prague (level ≥ 1) and
// Osaka with mainnet's blob-parameter forks (level ≥ 2), all active from genesis.
func upTo(level int) *params.ChainConfig {
	zero := uint64(0)
	c := &params.ChainConfig{
		ChainID:                 big.NewInt(ChainID),
		HomesteadBlock:          big.NewInt(0),
		EIP150Block:             big.NewInt(0),
		EIP155Block:             big.NewInt(0),
		EIP158Block:             big.NewInt(0),
		ByzantiumBlock:          big.NewInt(0),
		ConstantinopleBlock:     big.NewInt(0),
		PetersburgBlock:         big.NewInt(0),
		IstanbulBlock:           big.NewInt(0),
		MuirGlacierBlock:        big.NewInt(0),
		BerlinBlock:             big.NewInt(0),
		LondonBlock:             big.NewInt(0),
		ArrowGlacierBlock:       big.NewInt(0),
		GrayGlacierBlock:        big.NewInt(0),
		MergeNetsplitBlock:      big.NewInt(0),
		TerminalTotalDifficulty: big.NewInt(0),
		ShanghaiTime:            &zero,
		CancunTime:              &zero,
		DepositContractAddress:  params.MainnetChainConfig.DepositContractAddress,
		BlobScheduleConfig:      &params.BlobScheduleConfig{Cancun: params.DefaultCancunBlobConfig},
	}
	if level >= 1 {
		c.PragueTime = &zero
		c.BlobScheduleConfig.Prague = params.DefaultPragueBlobConfig
	}
	if level >= 2 {
		c.OsakaTime = &zero
		c.BPO1Time = &zero
		c.BPO2Time = &zero
		c.BlobScheduleConfig.BPO1 = params.DefaultBPO1BlobConfig
		c.BlobScheduleConfig.BPO2 = params.DefaultBPO2BlobConfig
	}
	return c
}
