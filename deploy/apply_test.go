package deploy_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/deploy"
	"github.com/apiary-dev/apiary/internal/devchain"
)

func TestApply_AnvilAutomine_DeploysEverythingAndStatusMatches(t *testing.T) {
	chain := devchain.Anvil(t)
	ctx := ctxFor(t)
	cfg := cfgFor(t, chain, "")

	res, err := deploy.Apply(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Record.Complete {
		t.Fatalf("record not complete")
	}
	want := deploy.Addresses(deploy.Intent{Economy: cfg.Economy, ChainID: chain.ChainID, Deployer: chain.Address, EpochStart: res.Record.EpochStart})
	got := map[string]string{}
	for _, c := range res.Record.Contracts {
		got[c.Name] = c.Address.Hex()
	}
	wantHex := map[string]string{}
	for n, a := range want {
		wantHex[n] = a.Hex()
	}
	if diff := cmp.Diff(wantHex, got); diff != "" {
		t.Errorf("record addresses (-want +got):\n%s", diff)
	}
	t.Logf("sent %d transactions in %d rounds, blocks %v", res.Sent, res.Rounds, res.Blocks)

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
		t.Errorf("re-run after success sent %d transactions, want 0", again.Sent)
	}
}
