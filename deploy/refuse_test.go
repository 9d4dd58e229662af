package deploy_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/deploy"
	"github.com/apiary-dev/apiary/internal/devchain"
)

// TestApply_Refuses: what apply refuses before sending anything, and how it says so.
func TestApply_Refuses(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		arrange func(t *testing.T, chain *devchain.Chain, cfg *deploy.Config)
		wantErr error
		wantMsg string
	}{
		{
			name:    "an RPC serving another chain than --chain-id",
			arrange: func(t *testing.T, chain *devchain.Chain, cfg *deploy.Config) { cfg.Target.ChainID = 1 },
			wantErr: deploy.ErrWrongChain, wantMsg: "reports chain 31337, but --chain-id",
		},
		{
			name: "a deployer too poor for the plan",
			arrange: func(t *testing.T, chain *devchain.Chain, cfg *deploy.Config) {
				key, _ := crypto.GenerateKey()
				var ignored any
				chain.Call(t, &ignored, "anvil_setBalance", crypto.PubkeyToAddress(key.PublicKey), hexutil.Big(*big.NewInt(1e15)))
				cfg.Signer = deploy.KeySigner(key)
			},
			wantErr: deploy.ErrInsufficientFunds, wantMsg: "short by",
		},
		{
			name: "a deployer with pending transactions apiary did not send",
			args: []string{"--no-mining"},
			arrange: func(t *testing.T, chain *devchain.Chain, cfg *deploy.Config) {
				cl, err := ethclient.Dial(chain.URL)
				if err != nil {
					t.Fatal(err)
				}
				defer cl.Close()
				tx, _ := types.SignNewTx(chain.Key, types.LatestSignerForChainID(big.NewInt(int64(chain.ChainID))),
					&types.DynamicFeeTx{ChainID: big.NewInt(int64(chain.ChainID)), Nonce: 0, GasTipCap: big.NewInt(1e9),
						GasFeeCap: big.NewInt(1e10), Gas: 21000, To: &chain.Address, Value: big.NewInt(1)})
				if err := cl.SendTransaction(context.Background(), tx); err != nil {
					t.Fatal(err)
				}
			},
			wantErr: deploy.ErrForeignPending, wantMsg: "1 pending transactions (nonces 0 to 0)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chain := devchain.Anvil(t, tt.args...)
			cfg := cfgFor(t, chain, "")
			tt.arrange(t, chain, &cfg)
			before := nonceOf(t, chain)
			_, err := deploy.Apply(ctxFor(t), cfg)
			if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Fatalf("err = %v, want %v containing %q", err, tt.wantErr, tt.wantMsg)
			}
			if after := nonceOf(t, chain); after != before {
				t.Errorf("refused, yet the nonce moved from %d to %d", before, after)
			}
		})
	}
}

// applyPartly runs apply and stops it (context cancelled) after the n-th journal entry.
func applyPartly(t *testing.T, cfg deploy.Config, n int) {
	t.Helper()
	ctx, cancel := context.WithCancel(ctxFor(t))
	defer cancel()
	deploy.SetAfterAppend(func(count int) {
		if count == n {
			cancel()
		}
	})
	defer deploy.SetAfterAppend(nil)
	if _, err := deploy.Apply(ctx, cfg); !errors.Is(err, context.Canceled) {
		t.Fatalf("partial apply: err = %v, want context.Canceled", err)
	}
}

// TestApply_ConfigChangedAfterPartialDeployment_RefusedNamingTheField: a deployment under
// way refuses a changed config, naming each changed field with its old and new value;
// --reset-from accepts it from a stage the change does not precede, and finishes.
func TestApply_ConfigChangedAfterPartialDeployment_RefusedNamingTheField(t *testing.T) {
	chain := devchain.Anvil(t)
	cfg := cfgFor(t, chain, "")
	applyPartly(t, cfg, 6) // intent and five signed transactions

	changed := *cfg.Economy
	changed.Token.Name = "Commons Two"
	changed.Governance.QuorumBPS = 500
	cfg.Economy = &changed

	_, err := deploy.Apply(ctxFor(t), cfg)
	var ce *deploy.ChangeError
	if !errors.As(err, &ce) || !errors.Is(err, deploy.ErrConfigChanged) {
		t.Fatalf("err = %v, want a ChangeError", err)
	}
	want := []deploy.Change{
		{Field: "governance.quorum_bps", Was: "400", Now: "500"},
		{Field: "token.name", Was: "Commons", Now: "Commons Two"},
	}
	if diff := cmp.Diff(want, ce.Changes); diff != "" {
		t.Errorf("changes (-want +got):\n%s", diff)
	}

	cfg.ResetFrom = deploy.StageRoles
	if _, err := deploy.Apply(ctxFor(t), cfg); err == nil || !strings.Contains(err.Error(), `alter stage "contracts"`) {
		t.Fatalf("--reset-from roles with a changed token: err = %v, want a refusal naming stage contracts", err)
	}

	cfg.ResetFrom = deploy.StageContracts
	res, err := deploy.Apply(ctxFor(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg.ResetFrom = ""
	st, err := deploy.DeploymentStatus(ctxFor(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !st.OK() {
		t.Errorf("status drift after --reset-from: %+v", st.Drift())
	}
	t.Logf("reset-from contracts: %d transactions", res.Sent)
}

// TestStatus_ReportsDrift: a parameter changed on chain after deployment shows as drift.
func TestStatus_ReportsDrift(t *testing.T) {
	chain := devchain.Anvil(t)
	cfg := cfgFor(t, chain, "")
	if _, err := deploy.Apply(ctxFor(t), cfg); err != nil {
		t.Fatal(err)
	}
	// The config now says something else than what is deployed.
	e := *cfg.Economy
	e.Governance.VotingPeriod = config.Duration(3 * config.Day)
	cfg.Economy = &e
	st, err := deploy.DeploymentStatus(ctxFor(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range st.Drift() {
		got = append(got, c.Subject)
	}
	want := []string{"config hash", "CommunityGovernor address",
		"CommunityTimelock PROPOSER_ROLE held by governor", "CommunityTimelock CANCELLER_ROLE held by governor",
		"governor voting delay", "governor voting period", "governor proposal threshold", "governor quorum (bps)", "governor timelock", "governor voting token"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("drift (-want +got):\n%s", diff)
	}
}
