package deploy_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/deploy"
	"github.com/apiary-dev/apiary/internal/devchain"
)

// TestPlan_OfflineInProcessChain_MatchesAnvilOnTheSameFork: plan --offline simulates the whole
// deployment in the in-process chain (no RPC, no key, any --from); on the same fork, every
// step's gas equals what anvil simulates.
func TestPlan_OfflineInProcessChain_MatchesAnvilOnTheSameFork(t *testing.T) {
	chain := devchain.Anvil(t, "--hardfork", "osaka")
	ctx := ctxFor(t)
	onAnvil := cfgFor(t, chain, "")
	onAnvil.Signer = nil
	onAnvil.From = chain.Address
	onAnvil.EpochStart = 1_800_000_000
	offline := onAnvil
	offline.Target = deploy.Target{}
	offline.Offline = "osaka"

	type row struct {
		ID      string
		Address string
		Gas     uint64
	}
	rows := func(cfg deploy.Config) []row {
		t.Helper()
		p, err := deploy.PlanDeployment(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		var out []row
		for _, s := range p.Steps {
			r := row{ID: s.ID, Gas: s.Gas}
			if s.Address != nil {
				r.Address = s.Address.Hex()
			}
			out = append(out, r)
		}
		return out
	}
	want, got := rows(onAnvil), rows(offline)
	if len(got) != 20 {
		t.Errorf("offline plan: %d steps, want 20", len(got))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("offline plan differs from anvil's (-anvil +offline):\n%s", diff)
	}
}
