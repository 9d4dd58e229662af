package deploy_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// Faults a faultProxy injects, each with its share of requests.
const (
	faultDropBefore = "drop before forwarding" // connection closed, the node never saw it
	faultDropAfter  = "drop after forwarding"  // the node acted, the answer is lost
	faultReset      = "connection reset"
	faultDelay      = "delay"
	fault429        = "HTTP 429"
	fault503        = "HTTP 503"
	faultRPCLimit   = "JSON-RPC -32005 limit exceeded"
)

// faultProxy is a JSON-RPC HTTP proxy that injects faults in a seeded, reproducible mix.
type faultProxy struct {
	upstream string
	mu       sync.Mutex
	rng      *rand.Rand
	rate     float64
	counts   map[string]int
	faults   int
	server   *httptest.Server
	// loseSendAnswers forwards every eth_sendRawTransaction and drops the node's answer.
	loseSendAnswers bool
	// hideBaseFee removes baseFeePerGas from every block and fails
	// eth_maxPriorityFeePerGas, as a chain without EIP-1559 answers.
	hideBaseFee bool
	// noSimulate answers eth_simulateV1 as a node that does not implement it.
	noSimulate bool
}

func newFaultProxy(t *testing.T, upstream string, seed int64, rate float64) *faultProxy {
	p := &faultProxy{upstream: upstream, rng: rand.New(rand.NewSource(seed)), rate: rate, counts: map[string]int{}}
	p.server = httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(p.server.Close)
	return p
}

func (p *faultProxy) URL() string { return p.server.URL }

func (p *faultProxy) pick() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.rng.Float64() >= p.rate {
		return ""
	}
	// Which requests fail is random (seeded); the kinds take turns, so that every kind is
	// injected once seven requests have failed.
	kinds := []string{faultDropBefore, faultDropAfter, faultReset, faultDelay, fault429, fault503, faultRPCLimit}
	k := kinds[p.faults%len(kinds)]
	p.faults++
	p.counts[k]++
	return k
}

func (p *faultProxy) Counts() map[string]int {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := map[string]int{}
	for k, v := range p.counts {
		out[k] = v
	}
	return out
}

func (p *faultProxy) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	fault := p.pick()
	if p.loseSendAnswers && bytes.Contains(body, []byte(`"eth_sendRawTransaction"`)) {
		fault = faultDropAfter
		p.mu.Lock()
		p.counts["send answer lost"]++
		p.mu.Unlock()
	}
	switch fault {
	case faultDropBefore:
		hangUp(w, false)
		return
	case faultReset:
		hangUp(w, true)
		return
	case fault429:
		http.Error(w, "slow down", http.StatusTooManyRequests)
		return
	case fault503:
		http.Error(w, "upstream unavailable", http.StatusServiceUnavailable)
		return
	case faultRPCLimit:
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"limit exceeded"}}`)
		return
	case faultDelay:
		time.Sleep(time.Duration(100+p.rng.Intn(400)) * time.Millisecond)
	}
	if p.noSimulate && bytes.Contains(body, []byte(`"eth_simulateV1"`)) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"the method eth_simulateV1 does not exist/is not available"}}`)
		return
	}
	if p.hideBaseFee && bytes.Contains(body, []byte(`"eth_maxPriorityFeePerGas"`)) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"the method eth_maxPriorityFeePerGas does not exist/is not available"}}`)
		return
	}
	resp, err := http.Post(p.upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	if fault == faultDropAfter {
		hangUp(w, false)
		return
	}
	if p.hideBaseFee {
		out = withoutBaseFee(out)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	w.Write(out)
}

// withoutBaseFee drops baseFeePerGas from a JSON-RPC result that is a block.
func withoutBaseFee(resp []byte) []byte {
	var msg map[string]json.RawMessage
	if json.Unmarshal(resp, &msg) != nil {
		return resp
	}
	var block map[string]json.RawMessage
	if json.Unmarshal(msg["result"], &block) != nil || block["baseFeePerGas"] == nil {
		return resp
	}
	delete(block, "baseFeePerGas")
	msg["result"], _ = json.Marshal(block)
	out, _ := json.Marshal(msg)
	return out
}

// hangUp closes the client's connection without an answer; reset makes it a TCP RST.
func hangUp(w http.ResponseWriter, reset bool) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err != nil {
		return
	}
	if tc, ok := conn.(*net.TCPConn); ok && reset {
		tc.SetLinger(0)
	}
	conn.Close()
}
