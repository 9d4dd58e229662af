// Package solc drives the pinned Solidity compiler through its standard-JSON interface.
//
// It builds one deterministic standard-JSON input for a source tree (every source, its
// imports resolved and inlined, sorted, relative names only, fixed settings), runs either a
// native solc of exactly the pinned version or solc-js under Node, and turns the compiler's
// diagnostics into file:line:column messages. It does not write artifacts or bindings; see
// internal/build for that.
package solc
