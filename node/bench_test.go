package node_test

import (
	"context"
	"testing"

	"github.com/apiary-dev/apiary/node"
	"github.com/apiary-dev/apiary/sim/engine"
)

// BenchmarkStart measures a start with the economy deployed (Start to a serving node).
func BenchmarkStart(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		n, err := node.Start(ctx, node.WithListen("127.0.0.1", 0), node.WithEconomy(economyConfig()))
		if err != nil {
			b.Fatal(err)
		}
		n.Close()
	}
}

// BenchmarkTransfer_Automine measures one client sending a transfer over HTTP and waiting
// for its receipt: the latency of automine, one block per transaction.
func BenchmarkTransfer_Automine(b *testing.B) {
	n, err := node.Start(context.Background(), node.WithListen("127.0.0.1", 0))
	if err != nil {
		b.Fatal(err)
	}
	defer n.Close()
	_, ec := dial(b, n.URL())
	ctx := context.Background()
	for b.Loop() {
		tx := transfer(b, ctx, ec, engine.DevAccount(3), engine.DevAccount(4).Address, ether(1))
		waitMined(b, ctx, ec, tx.Hash())
	}
}
