package deploy_test

import (
	"errors"
	"testing"

	"github.com/apiary-dev/apiary/deploy"
	"github.com/apiary-dev/apiary/internal/devchain"
)

// TestApply_GethDev deploys on geth --dev (go.mod's go-ethereum, with its own gas rules):
// with the proxy geth predeploys; without it, where apply funds the proxy's keyless deployer
// and sends the presigned transaction first; and refuses, before spending anything, where
// the node does not accept unprotected transactions.
func TestApply_GethDev(t *testing.T) {
	tests := []struct {
		name      string
		opts      devchain.GethOptions
		wantSteps int   // planned on the bare chain
		wantErr   error // from apply
	}{
		{"proxy predeployed", devchain.GethOptions{}, 20, nil},
		{"proxy predeployed, one block a second", devchain.GethOptions{Args: []string{"--dev.period", "1"}}, 20, nil},
		{"proxy missing: deployed from its presigned transaction", devchain.GethOptions{WithoutProxy: true}, 22, nil},
		{"proxy missing, unprotected transactions refused: apply refuses", devchain.GethOptions{WithoutProxy: true, Protected: true}, 22, deploy.ErrProxyUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chain := devchain.Geth(t, tt.opts)
			ctx := ctxFor(t)
			cfg := cfgFor(t, chain, "")
			plan, err := deploy.PlanDeployment(ctx, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if len(plan.Steps) != tt.wantSteps {
				t.Errorf("plan: %d steps, want %d", len(plan.Steps), tt.wantSteps)
			}
			before := nonceOf(t, chain)
			res, err := deploy.Apply(ctx, cfg)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				if n := nonceOf(t, chain); n != before {
					t.Errorf("refused, yet the deployer's nonce moved from %d to %d", before, n)
				}
				t.Log(err)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("geth --dev: %d transactions in %d rounds, %d blocks, %d gas planned", res.Sent, res.Rounds, len(res.Blocks), plan.TotalGas)
			deployerTxs := uint64(len(plan.Steps))
			if tt.opts.WithoutProxy {
				deployerTxs-- // the presigned transaction is not the deployer's
			}
			if got := nonceOf(t, chain) - before; got != deployerTxs {
				t.Errorf("deployer sent %d transactions, want %d", got, deployerTxs)
			}
			st, err := deploy.DeploymentStatus(ctx, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if !st.OK() {
				t.Errorf("status drift: %+v", st.Drift())
			}
			again, err := deploy.Apply(ctx, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if again.Sent != 0 {
				t.Errorf("re-run sent %d", again.Sent)
			}
		})
	}
}
