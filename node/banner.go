package node

import (
	"fmt"
	"io"
	"math/big"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/apiary-dev/apiary/sim/hardfork"
	"github.com/apiary-dev/apiary/sim/harness"
)

// Contracts are where the economy's contracts live (apiary_economy's answer).
type Contracts struct {
	Token        common.Address `json:"token"`
	Timelock     common.Address `json:"timelock"`
	StakedPower  common.Address `json:"stakedPower"`
	RewardPool   common.Address `json:"rewardPool"`
	Emission     common.Address `json:"emission"`
	Governor     common.Address `json:"governor"`
	VestingVault common.Address `json:"vestingVault"`
}

func contractsOf(a harness.Addresses) *Contracts {
	return &Contracts{Token: a.Token, Timelock: a.Timelock, StakedPower: a.StakedPower, RewardPool: a.RewardPool,
		Emission: a.Emission, Governor: a.Governor, VestingVault: a.Vault}
}

// BannerAccount is a dev account as the banner shows it.
type BannerAccount struct {
	Address    common.Address `json:"address"`
	PrivateKey string         `json:"privateKey"`
	Balance    *hexutil.Big   `json:"balance"`
}

// Banner is what a node tells its user at start: where it listens, which chain and rules
// it runs, its dev accounts with their keys, and the economy's addresses.
type Banner struct {
	RPCURL      string          `json:"rpcUrl"`
	WSURL       string          `json:"wsUrl"`
	ChainID     uint64          `json:"chainId"`
	Hardfork    string          `json:"hardfork"`
	Rules       string          `json:"rules"`
	BlockTime   string          `json:"blockTime"`
	GasLimit    uint64          `json:"gasLimit"`
	Accounts    []BannerAccount `json:"accounts"`
	Economy     *Contracts      `json:"economy"`
	StartupTime string          `json:"startupTime"`
}

// Banner describes the running node; balances are read from the latest state.
func (n *Node) Banner() Banner {
	b := Banner{
		RPCURL: n.URL(), WSURL: n.WSURL(), ChainID: n.chainCfg.ChainID.Uint64(),
		Hardfork: n.fork, Rules: hardfork.Describe(n.fork), BlockTime: "automine",
		GasLimit: n.eth.BlockChain().CurrentBlock().GasLimit, Economy: n.economy,
		StartupTime: n.started.Round(1e6).String(),
	}
	if n.blockTime > 0 {
		b.BlockTime = n.blockTime.String()
	}
	statedb, err := n.eth.BlockChain().State()
	for _, a := range n.accounts {
		balance := new(big.Int)
		if err == nil {
			balance = statedb.GetBalance(a.Address).ToBig()
		}
		b.Accounts = append(b.Accounts, BannerAccount{Address: a.Address,
			PrivateKey: hexutil.Encode(crypto.FromECDSA(a.Key)), Balance: (*hexutil.Big)(balance)})
	}
	return b
}

// WriteText writes the banner for people, in the manner of anvil's.
func (b Banner) WriteText(w io.Writer) error {
	var sb strings.Builder
	sb.WriteString("apiary node: a local dev chain with the community economy deployed\n\n")
	sb.WriteString("Available Accounts\n==================\n\n")
	for i, a := range b.Accounts {
		fmt.Fprintf(&sb, "(%d) %s (%s ETH)\n", i, a.Address.Hex(), formatEther(a.Balance.ToInt()))
	}
	sb.WriteString("\nPrivate Keys (dev only: never use them on a real network)\n==================\n\n")
	for i, a := range b.Accounts {
		fmt.Fprintf(&sb, "(%d) %s\n", i, a.PrivateKey)
	}
	if b.Economy != nil {
		sb.WriteString("\nEconomy\n==================\n\n")
		tw := tabwriter.NewWriter(&sb, 0, 0, 2, ' ', 0)
		e := b.Economy
		for _, row := range []struct {
			name string
			addr common.Address
		}{{"Token", e.Token}, {"Timelock (treasury)", e.Timelock}, {"StakedPower", e.StakedPower},
			{"RewardPool", e.RewardPool}, {"Emission", e.Emission}, {"Governor", e.Governor}, {"VestingVault", e.VestingVault}} {
			fmt.Fprintf(tw, "%s\t%s\n", row.name, row.addr.Hex())
		}
		tw.Flush()
	}
	fmt.Fprintf(&sb, "\nChain ID:   %d\nRules:      %s (%s)\nBlock time: %s\nGas limit:  %d\n", b.ChainID, b.Hardfork, b.Rules, b.BlockTime, b.GasLimit)
	fmt.Fprintf(&sb, "Started in: %s\n\nListening on %s (WebSocket %s)\n", b.StartupTime, b.RPCURL, b.WSURL)
	_, err := io.WriteString(w, sb.String())
	return err
}

// formatEther renders wei as ether, exactly (no float).
func formatEther(wei *big.Int) string {
	whole, frac := new(big.Int).QuoRem(wei, big.NewInt(params.Ether), new(big.Int))
	if frac.Sign() == 0 {
		return whole.String()
	}
	s := strings.TrimRight(fmt.Sprintf("%018s", frac.String()), "0")
	return whole.String() + "." + s
}
