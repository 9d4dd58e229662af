//go:build race

package node_test

import "time"

// Under the race detector go-ethereum runs several times slower: a smaller, shorter load
// still exercises every concurrent path (the full load runs without -race).
const (
	loadConnections = 20
	loadDuration    = 3 * time.Second
)
