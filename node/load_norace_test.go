//go:build !race

package node_test

import "time"

// The load: 200 connections for 30 seconds.
const (
	loadConnections = 200
	loadDuration    = 30 * time.Second
)
