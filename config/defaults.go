package config

// Default returns an Economy holding every default: what a config that sets
// only the required keys (salt, token.name, token.symbol, token.cap) gets.
// Parse decodes the file on top of it, so this is the one place defaults live.
func Default() *Economy {
	return &Economy{
		Staking: Staking{
			PowerDown: Duration(13 * Week),
		},
		Rewards: Rewards{
			Epoch:             Duration(7 * Day),
			AuthorShareBPS:    5000,
			CurveS:            Tokens(1000),
			ClaimWindowEpochs: 12,
		},
		Emission: Emission{
			InitialRateBPS:  950,
			DecayBPSPerYear: 50,
			FloorRateBPS:    95,
			Split: Split{
				ContributionsBPS: 6500,
				StakersBPS:       1500,
				TreasuryBPS:      2000,
			},
		},
		Governance: Governance{
			VotingDelay:       Duration(Day),
			VotingPeriod:      Duration(7 * Day),
			QuorumBPS:         400,
			ProposalThreshold: Tokens(10000),
			TimelockDelay:     Duration(2 * Day),
		},
	}
}

// applyDefaults sets the defaults of a [networks.<name>] table; the decoder
// calls it before decoding each network.
func (n *Network) applyDefaults() {
	n.Confirmations = 1
}
