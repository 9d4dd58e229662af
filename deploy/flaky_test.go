package deploy_test

import (
	"testing"
	"time"

	"github.com/apiary-dev/apiary/deploy"
	"github.com/apiary-dev/apiary/internal/devchain"
)

// TestApply_FlakyRPC_FinishesExactlyOnce deploys through a proxy that fails a quarter of all
// requests (dropped before or after reaching the node, resets, delays, 429, 503, JSON-RPC
// rate limits): apply retries what is safe, reconciles sends whose answer was lost, and
// ends with the planned nonce count and a clean status.
func TestApply_FlakyRPC_FinishesExactlyOnce(t *testing.T) {
	all := []string{faultDropBefore, faultDropAfter, faultReset, faultDelay, fault429, fault503, faultRPCLimit}
	tests := []struct {
		name            string
		args            []string
		seed            int64
		rate            float64
		loseSendAnswers bool
		wantFaults      []string
	}{
		{"automine, a quarter of requests fail", nil, 1, 0.25, false, all},
		{"one block a second, a quarter of requests fail", []string{"--block-time", "1"}, 2, 0.25, false, all},
		{"every send's answer lost after the node took it", []string{"--block-time", "1"}, 3, 0, true, []string{"send answer lost"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chain := devchain.Anvil(t, tt.args...)
			proxy := newFaultProxy(t, chain.URL, tt.seed, tt.rate)
			proxy.loseSendAnswers = tt.loseSendAnswers
			cfg := cfgFor(t, chain, "")
			cfg.Target.RPCURL = proxy.URL()
			cfg.Timing.ResendAfter = time.Second
			res, err := deploy.Apply(ctxFor(t), cfg)
			if err != nil {
				t.Fatalf("apply through the faulty proxy: %v (faults %v)", err, proxy.Counts())
			}
			counts := proxy.Counts()
			t.Logf("faults injected: %v; %d transactions, %d blocks", counts, res.Sent, len(res.Blocks))
			for _, k := range tt.wantFaults {
				if counts[k] == 0 {
					t.Errorf("no %q injected: the run did not exercise it", k)
				}
			}
			if got := nonceOf(t, chain); got != 20 {
				t.Errorf("deployer nonce %d, want 20", got)
			}
			cfg.Target.RPCURL = chain.URL
			st, err := deploy.DeploymentStatus(ctxFor(t), cfg)
			if err != nil {
				t.Fatal(err)
			}
			if !st.OK() {
				t.Errorf("status drift: %+v", st.Drift())
			}
		})
	}
}
