package deploy

import (
	"fmt"
	"math/big"
	"net"
	"os"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/apiary-dev/apiary/sim/hardfork"
)

// inProcessChain is the runner an offline plan simulates in: go-ethereum's simulated backend
// running a named fork (sim/hardfork), with the CREATE2 proxy at genesis (go-ethereum puts it
// there), served over JSON-RPC on a free 127.0.0.1 port so the plan goes through the same
// client as against a real chain. It never mines: planning only reads and simulates.
type inProcessChain struct {
	backend *simulated.Backend
	url     string
	chainID uint64
	dir     string // an empty deployments directory: an offline plan knows no record
}

func startInProcess(fork string) (*inProcessChain, error) {
	cfg, err := hardfork.Config(fork)
	if err != nil {
		return nil, fmt.Errorf("--hardfork: %w", err)
	}
	dir, err := os.MkdirTemp("", "apiary-offline-plan-")
	if err != nil {
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	backend := simulated.NewBackend(types.GenesisAlloc{}, func(nc *node.Config, ec *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", port, []string{"eth", "net", "web3"}
		ec.Genesis.Config = cfg
		ec.Genesis.GasLimit = 60_000_000
		ec.Genesis.BaseFee = big.NewInt(1_000_000_000)
		ec.Miner.GasCeil = 60_000_000
	})
	backend.Commit()
	return &inProcessChain{backend: backend, chainID: cfg.ChainID.Uint64(), dir: dir,
		url: fmt.Sprintf("http://127.0.0.1:%d", port)}, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("in-process chain: free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func (c *inProcessChain) close() {
	c.backend.Close()
	os.RemoveAll(c.dir)
}
