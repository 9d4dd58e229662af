// Package config reads, checks and holds an apiary economy config: the one TOML
// file that `apiary sim`, `apiary node` and `apiary deploy` all read, so that what
// you simulate is what you ship.
//
// It defines the schema (Economy and its sections), the defaults (Default), the
// exact value types the schema uses (Amount, Duration, Beneficiary), strict
// decoding that rejects unknown keys, and validation that reports every problem
// at once with its key, line and allowed range (ValidationErrors).
//
// It does not deploy, simulate or talk to a chain, and it never prints or exits.
// Environment variables in network RPC URLs are expanded only when asked
// (Network.RPCURL), so loading a config never depends on the environment.
package config
