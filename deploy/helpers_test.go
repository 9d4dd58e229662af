package deploy_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/apiary-dev/apiary/config"
	"github.com/apiary-dev/apiary/deploy"
	"github.com/apiary-dev/apiary/internal/devchain"
)

// economy loads the example economy every test deploys.
func economy(t *testing.T) *config.Economy {
	t.Helper()
	e, err := config.Load(filepath.Join("..", "testdata", "economy", "default.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// cfgFor is a Config deploying the example economy to chain, with records in a temp dir.
func cfgFor(t *testing.T, chain *devchain.Chain, dir string) deploy.Config {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	return deploy.Config{
		Economy:     economy(t),
		ConfigFile:  "default.toml",
		Target:      deploy.Target{RPCURL: chain.URL, ChainID: chain.ChainID, Confirmations: 1},
		Deployments: dir,
		Signer:      deploy.KeySigner(chain.Key),
		Timing:      deploy.Timing{ResendAfter: 3 * time.Second, Poll: 50 * time.Millisecond, RPCAttempt: 5 * time.Second},
	}
}

func ctxFor(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	return ctx
}
