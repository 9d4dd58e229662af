// Package deploy ships an economy config to an EVM chain: `apiary deploy plan | apply |
// status` without the command line.
//
// A deployment is a list of named stages over an Intent (the config, the chain, the deployer,
// the epoch start), each a list of steps that know from the chain whether they are done.
// Every contract is created through the deterministic-deployment proxy with CREATE2, so every
// address and every calldata byte is known before anything is sent. A write-ahead journal
// (package journal) records each signed transaction before it is sent and each receipt after
// it is mined; a record (package record) keeps what the deployment left on the chain.
// Broadcasters ship (live), keep (capture, for plan) or drop (no-op) the transactions of a
// round, so the same pipeline plans, simulates and ships.
//
// It is not a general contract deployer, nor a wallet: it deploys the economy's contracts
// and signs only the deployer's own transactions. It never prints: progress goes to
// Config.Observe, results and errors are returned.
package deploy
