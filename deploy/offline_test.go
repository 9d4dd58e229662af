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

// TestPlan_PartlyDeployedChain_ShowsOnlyWhatIsLeft: after an apply stopped part way, plan
// lists only the steps left and counts the journal's unsettled transactions.
func TestPlan_PartlyDeployedChain_ShowsOnlyWhatIsLeft(t *testing.T) {
	chain := devchain.Anvil(t)
	cfg := cfgFor(t, chain, "")
	applyPartly(t, cfg, 6) // the intent, then five signed: four sent (and mined), the fifth not
	p, err := deploy.PlanDeployment(ctxFor(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range p.Steps[:2] {
		ids = append(ids, s.ID)
	}
	if diff := cmp.Diff([]string{"contracts/Emission", "contracts/CommunityGovernor"}, ids); diff != "" {
		t.Errorf("first steps left (-want +got):\n%s", diff)
	}
	if p.Done != 6 || len(p.Steps) != 16 || p.InFlight != 5 {
		t.Errorf("plan: %d done, %d left, %d in flight; want 6, 16, 5", p.Done, len(p.Steps), p.InFlight)
	}
}
