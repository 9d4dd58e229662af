// Package build turns the Solidity sources under contracts/ into committed artifacts and
// go-ethereum (abigen v2) bindings, and checks that what is committed matches a fresh build.
//
// The outputs of a build are a pure function of the sources, contracts/compiler.json and the
// pinned compiler: Generate returns them in memory, Write puts them on disk and removes
// generated files that are no longer produced, and Check compares them with the tree.
package build
