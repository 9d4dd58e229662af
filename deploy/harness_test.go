package deploy_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-dev/apiary/deploy"
	"github.com/apiary-dev/apiary/sim/chain"
	"github.com/apiary-dev/apiary/sim/harness"
)

// TestEndStateRoles_AreTheHarnessEndState: the roles status checks after a deployment are
// exactly those sim/harness leaves in its in-process economy, so apply reaches the harness's
// end state (status proves it on every chain the tests deploy to).
func TestEndStateRoles_AreTheHarnessEndState(t *testing.T) {
	ctx := context.Background()
	c, err := chain.New()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	e, err := harness.Deploy(ctx, c, economy(t))
	if err != nil {
		t.Fatal(err)
	}
	at := map[string]common.Address{
		deploy.Token: e.Addr.Token, deploy.Timelock: e.Addr.Timelock, deploy.StakedPower: e.Addr.StakedPower,
		deploy.RewardPool: e.Addr.RewardPool, deploy.Emission: e.Addr.Emission, deploy.Governor: e.Addr.Governor, deploy.Vault: e.Addr.Vault,
	}
	for _, r := range deploy.EndStateRoles(at, e.Deployer.Address) {
		held, exists, err := deploy.HasRole(ctx, c.Backend(), at[r.Contract], r.Role, r.Account)
		if err != nil || !exists {
			t.Fatalf("%s.hasRole: exists %v, err %v", r.Contract, exists, err)
		}
		if held != r.Held {
			t.Errorf("harness: %s %s held by %s = %v, deploy expects %v", r.Contract, deploy.RoleName(r.Role), r.AccountName, held, r.Held)
		}
	}
}
