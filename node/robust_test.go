package node_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/google/go-cmp/cmp"

	"github.com/apiary-dev/apiary/node"
)

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type rpcResponse struct {
	Result json.RawMessage `json:"result"`
	Error  *rpcError       `json:"error"`
}

// post sends a raw body and returns the HTTP status and the body; chunked hides the
// length, as a streaming client does.
func post(t *testing.T, url, body string, chunked bool) (int, []byte) {
	t.Helper()
	var r io.Reader = strings.NewReader(body)
	if chunked {
		r = io.MultiReader(r) // not a type net/http knows the length of
	}
	req, err := http.NewRequestWithContext(testContext(t), http.MethodPost, url, r)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, data
}

func call(method string, params string) string {
	return fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":%q,"params":%s}`, method, params)
}

func batch(n int) string {
	calls := make([]string, n)
	for i := range calls {
		calls[i] = call("eth_blockNumber", "[]")
	}
	return "[" + strings.Join(calls, ",") + "]"
}

func TestBadRequests_GetJSONRPCErrorsAndTheNodeStaysUp(t *testing.T) {
	const bodyLimit, batchLimit = 4096, 5
	n := startNode(t, node.WithRPCLimits(bodyLimit, batchLimit, 0))
	huge := call("eth_call", fmt.Sprintf(`[{"data":"0x%s"},"latest"]`, strings.Repeat("00", bodyLimit)))
	tests := []struct {
		name       string
		body       string
		chunked    bool
		wantStatus int
		wantCode   int
	}{
		{"malformed JSON", `{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"`, false, 200, -32700},
		{"not JSON at all", `hello`, false, 200, -32700},
		{"wrong parameter type", call("eth_getBalance", `[123,"latest"]`), false, 200, -32602},
		{"wrong parameter count", call("evm_increaseTime", `[]`), false, 200, -32602},
		{"negative quantity", call("evm_increaseTime", `[-5]`), false, 200, -32602},
		{"not a request object", `[1,2]`, false, 200, -32600},
		{"empty batch", `[]`, false, 200, -32600},
		{"batch over the limit", batch(batchLimit + 1), false, 200, -32600},
		{"body over the limit", huge, false, http.StatusRequestEntityTooLarge, -32600},
		// Without a length the server reads up to the limit only: the JSON is cut short.
		{"chunked body over the limit", huge, true, 200, -32700},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := post(t, n.URL(), tt.body, tt.chunked)
			var code int
			var single rpcResponse
			var many []rpcResponse
			switch {
			case json.Unmarshal(body, &single) == nil && single.Error != nil:
				code = single.Error.Code
			case json.Unmarshal(body, &many) == nil && len(many) > 0 && many[0].Error != nil:
				code = many[0].Error.Code
			}
			type answer struct{ Status, Code int }
			if diff := cmp.Diff(answer{tt.wantStatus, tt.wantCode}, answer{status, code}); diff != "" {
				t.Errorf("answer to %.60q (-want +got):\n%s\nbody: %s", tt.body, diff, body)
			}
		})
	}
	// Still serving, and a batch at the limit is fine.
	status, body := post(t, n.URL(), batch(batchLimit), false)
	var answers []rpcResponse
	if err := json.Unmarshal(body, &answers); status != 200 || err != nil || len(answers) != batchLimit || answers[0].Error != nil {
		t.Errorf("batch at the limit: status %d, %s", status, bytes.TrimSpace(body))
	}
}

func TestWebSocket_BatchOverTheLimitIsRefusedAndTheConnectionServesOn(t *testing.T) {
	const batchLimit = 5
	n := startNode(t, node.WithRPCLimits(0, batchLimit, 0))
	rc, _ := dial(t, n.WSURL())
	ctx := testContext(t)
	elems := make([]rpc.BatchElem, batchLimit+1)
	for i := range elems {
		elems[i] = rpc.BatchElem{Method: "eth_blockNumber", Result: new(hexutil.Uint64)}
	}
	err := rc.BatchCallContext(ctx, elems)
	refused := err != nil
	for _, e := range elems {
		refused = refused || e.Error != nil
	}
	if !refused {
		t.Errorf("a batch of %d over WebSocket was served with a limit of %d", len(elems), batchLimit)
	}
	var number hexutil.Uint64
	if err := rc.CallContext(ctx, &number, "eth_blockNumber"); err != nil {
		t.Errorf("connection unusable after the refused batch: %v", err)
	}
}
