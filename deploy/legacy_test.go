package deploy_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/apiary-dev/apiary/deploy"
	"github.com/apiary-dev/apiary/internal/devchain"
)

// TestApply_LegacyFees: where the chain shows no base fee, or --legacy says so, every
// transaction is a legacy one priced with eth_gasPrice.
func TestApply_LegacyFees(t *testing.T) {
	tests := []struct {
		name        string
		hideBaseFee bool // the chain answers like one without EIP-1559
		legacy      bool // --legacy
	}{
		{"chain without a base fee: detected", true, false},
		{"--legacy on an EIP-1559 chain", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chain := devchain.Anvil(t)
			cfg := cfgFor(t, chain, "")
			cfg.Fees.Legacy = tt.legacy
			if tt.hideBaseFee {
				proxy := newFaultProxy(t, chain.URL, 1, 0)
				proxy.hideBaseFee = true
				cfg.Target.RPCURL = proxy.URL()
			}
			plan, err := deploy.PlanDeployment(ctxFor(t), cfg)
			if err != nil {
				t.Fatal(err)
			}
			if !plan.Fees.Legacy {
				t.Errorf("plan fees %+v, want legacy", plan.Fees)
			}
			res, err := deploy.Apply(ctxFor(t), cfg)
			if err != nil {
				t.Fatal(err)
			}
			cl, err := ethclient.Dial(chain.URL)
			if err != nil {
				t.Fatal(err)
			}
			defer cl.Close()
			for _, rt := range res.Record.Transactions {
				tx, _, err := cl.TransactionByHash(context.Background(), rt.Hash)
				if err != nil {
					t.Fatal(err)
				}
				if tx.Type() != types.LegacyTxType {
					t.Errorf("%s: transaction type %d, want legacy (0)", rt.Step, tx.Type())
				}
			}
			if len(res.Record.Transactions) != 20 {
				t.Errorf("%d transactions in the record, want 20", len(res.Record.Transactions))
			}
		})
	}
}

// TestApply_NodeWithoutSimulate_SendsOneStepAtATime: without eth_simulateV1 a step's gas can
// only be estimated once the steps before it are mined, so apply sends one a round.
func TestApply_NodeWithoutSimulate_SendsOneStepAtATime(t *testing.T) {
	chain := devchain.Anvil(t)
	proxy := newFaultProxy(t, chain.URL, 1, 0)
	proxy.noSimulate = true
	cfg := cfgFor(t, chain, "")
	cfg.Target.RPCURL = proxy.URL()
	res, err := deploy.Apply(ctxFor(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if res.Sent != 20 || res.Rounds != 20 {
		t.Errorf("sent %d in %d rounds, want 20 in 20", res.Sent, res.Rounds)
	}
	if got := nonceOf(t, chain); got != 20 {
		t.Errorf("nonce %d, want 20", got)
	}
}
