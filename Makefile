# apiary's build. `make test` is the one test command (README, .ci/run).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
GO ?= go
NPM ?= npm

MODULES := contracts/node_modules
# npm ci writes this file; it is older than the lock file when node_modules is stale.
MODULES_STAMP := $(MODULES)/.apiary-installed

.PHONY: all deps tools bindings check-bindings gas gas-check gas-snapshot fmt-check vet test test-go test-race build clean-deps

all: build

## deps: install the pinned Solidity toolchain (solc-js, OpenZeppelin, anvil) from package-lock.json
deps: $(MODULES_STAMP)

$(MODULES_STAMP): contracts/package.json contracts/package-lock.json
	cd contracts && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

# Real chains for the deployer and node tests. anvil and cast come from the pinned npm
# packages; geth is built from the go-ethereum version go.mod pins (its `tool` directive).
ANVIL := $(abspath $(MODULES)/@foundry-rs/anvil-linux-amd64/bin/anvil)
CAST := $(abspath $(MODULES)/@foundry-rs/cast-linux-amd64/bin/cast)
GETH := $(abspath bin/geth)
export APIARY_ANVIL := $(ANVIL)
export APIARY_CAST := $(CAST)
export APIARY_GETH := $(GETH)

## tools: install anvil and cast (npm) and build geth (go.mod's go-ethereum) into bin/
tools: deps $(GETH)

$(GETH): go.mod go.sum
	$(GO) build -o $@ github.com/ethereum/go-ethereum/cmd/geth

## build: build the apiary binary into bin/
build:
	$(GO) build -o bin/apiary ./cmd/apiary

## bindings: recompile contracts/src and regenerate bindings/ (artifacts and Go)
bindings: deps
	$(GO) run ./bindings/gen

## check-bindings: fail, naming the files, when bindings/ differs from a fresh build
check-bindings: deps
	$(GO) run ./bindings/gen --check

## gas: print the receipt gas of every user action (mainnet's current fork)
gas:
	$(GO) run ./cmd/apiary gas

## gas-check: fail, naming the action, on a rise over contracts/gas-snapshot.json or a broken budget
gas-check:
	$(GO) run ./cmd/apiary gas --check > /dev/null

## gas-snapshot: record the current figures in contracts/gas-snapshot.json
gas-snapshot:
	$(GO) run ./cmd/apiary gas --update

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './contracts/node_modules/*')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

test-go: deps tools
	CI=$${CI:-} $(GO) test ./...

# The race detector on the code that runs goroutines: the local node (its load test shortened
# under -race) and the simulator's parallel runs.
SIM_RACE_TESTS := 'TestSimulate_SameSeed|TestSimulate_SweepWith|TestSimulate_APanicking'

## test-race: the concurrent code under the race detector
test-race: deps tools
	CI=$${CI:-} $(GO) test -race ./node/...
	CI=$${CI:-} $(GO) test -race -run 'Node' ./cmd/apiary
	CI=$${CI:-} $(GO) test -race -run $(SIM_RACE_TESTS) ./sim/

## test: every test: formatting, vet, Go tests, the race run, fresh bindings, the gas snapshot
test: deps fmt-check vet test-go test-race check-bindings gas-check

clean-deps:
	rm -rf $(MODULES)
