package node

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/version"
)

// The node serves JSON-RPC from its own rpc.Server rather than go-ethereum's node HTTP
// server: it exposes only the namespaces in Modules (no admin_, miner_ or the profiling
// debug_ methods), and answers an oversized body with a JSON-RPC error, not plain text.

// newRPCServer registers geth's eth, net, debug, txpool and filter APIs, the tracers, and
// the node's own services (last, so eth_accounts and eth_sendTransaction are the node's).
func (n *Node) newRPCServer(backend *eth.Ethereum, o options) (*rpc.Server, error) {
	srv := rpc.NewServer()
	srv.SetBatchLimits(o.batchLimit, o.batchResponseLimit)
	srv.SetHTTPBodyLimit(o.bodyLimit)
	srv.SetWebsocketReadLimit(int64(o.bodyLimit))
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize: ethconfigFilterLogCache, LogQueryLimit: ethconfigLogQueryLimit,
	})
	apis := backend.APIs()
	apis = append(apis, rpc.API{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)})
	apis = append(apis, tracers.APIs(backend.APIBackend)...)
	apis = append(apis, rpc.API{Namespace: "web3", Service: web3API{}})
	apis = append(apis, n.apis()...)
	gethEth, err := gethEthClient(backend)
	if err != nil {
		return nil, err
	}
	n.gethEth = gethEth
	apis = append(apis, rpc.API{Namespace: "eth", Service: &senderAPI{geth: gethEth, n: n}})
	apis = append(apis, rpc.API{Namespace: "eth", Service: &rawSendAPI{geth: gethEth, n: n}})
	for _, api := range apis {
		if !slices.Contains(Modules, api.Namespace) {
			continue
		}
		if err := srv.RegisterName(api.Namespace, api.Service); err != nil {
			return nil, fmt.Errorf("register %s API: %w", api.Namespace, err)
		}
	}
	return srv, nil
}

// gethEthClient is an in-process client of geth's own eth_ API, which the node's
// senderAPI answers on top of.
func gethEthClient(backend *eth.Ethereum) (*rpc.Client, error) {
	srv := rpc.NewServer()
	for _, api := range backend.APIs() {
		if api.Namespace != "eth" {
			continue
		}
		if err := srv.RegisterName(api.Namespace, api.Service); err != nil {
			return nil, fmt.Errorf("register geth's eth API: %w", err)
		}
	}
	return rpc.DialInProc(srv), nil
}

const (
	ethconfigFilterLogCache = 32
	ethconfigLogQueryLimit  = 1000
)

// web3API is the web3_ namespace.
type web3API struct{}

// ClientVersion names the node.
func (web3API) ClientVersion() string {
	return fmt.Sprintf("apiary-node/go-ethereum-v%d.%d.%d", version.Major, version.Minor, version.Patch)
}

// Sha3 is keccak256 of the input.
func (web3API) Sha3(input hexutil.Bytes) hexutil.Bytes { return crypto.Keccak256(input) }

// httpHandler serves JSON-RPC over HTTP POST and WebSocket on one port, with permissive
// CORS (front ends run on other origins) and a JSON-RPC error for an oversized body.
func httpHandler(srv *rpc.Server, bodyLimit int) http.Handler {
	ws := srv.WebsocketHandler([]string{"*"})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			ws.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Access-Control-Allow-Methods", "POST, GET, OPTIONS")
		h.Set("Access-Control-Allow-Headers", "Content-Type, Authorization")
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if r.ContentLength > int64(bodyLimit) {
			writeRPCError(w, http.StatusRequestEntityTooLarge, -32600,
				"request body of "+strconv.FormatInt(r.ContentLength, 10)+" bytes exceeds the limit of "+strconv.Itoa(bodyLimit))
			return
		}
		srv.ServeHTTP(w, r)
	})
}

func writeRPCError(w http.ResponseWriter, status, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{
		"jsonrpc": "2.0", "id": nil, "error": map[string]any{"code": code, "message": msg},
	})
}

// listen binds host:port and serves handler until Close.
type listener struct {
	srv *http.Server
	url string
	ws  string
}

func listen(host string, port int, handler http.Handler) (*listener, error) {
	ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	go srv.Serve(ln)
	addr := ln.Addr().String()
	return &listener{srv: srv, url: "http://" + addr, ws: "ws://" + addr}, nil
}

func (l *listener) close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := l.srv.Shutdown(ctx); err != nil {
		return l.srv.Close() // WebSocket connections do not end on Shutdown
	}
	return nil
}
