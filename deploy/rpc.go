package deploy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Client is a JSON-RPC connection to the chain a deployment goes to. Its HTTP transport
// retries, with backoff, what is safe to retry: connection errors and timeouts, HTTP 429 and
// 5xx, and JSON-RPC "limit exceeded" answers. Every request the deployer makes is safe to
// repeat: reads, and sends of transactions already signed (the same bytes, the same hash).
type Client struct {
	*ethclient.Client
	RPC     *rpc.Client
	retries *atomic.Int64
}

// Retries is how many requests were repeated since the client was dialled.
func (c *Client) Retries() int64 { return c.retries.Load() }

// Dial connects to an http(s) JSON-RPC URL. attemptTimeout bounds each attempt (0: 30s).
func Dial(ctx context.Context, url string, attemptTimeout time.Duration) (*Client, error) {
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		return nil, fmt.Errorf("rpc url: %q: must be http:// or https://", redactURL(url))
	}
	if attemptTimeout == 0 {
		attemptTimeout = 30 * time.Second
	}
	n := new(atomic.Int64)
	hc := &http.Client{Transport: &retryTransport{base: http.DefaultTransport.(*http.Transport).Clone(), attempt: attemptTimeout, retries: n}}
	c, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(hc))
	if err != nil {
		return nil, fmt.Errorf("rpc url %s: %w", redactURL(url), err)
	}
	return &Client{Client: ethclient.NewClient(c), RPC: c, retries: n}, nil
}

// redactURL keeps scheme and host: RPC URLs often carry an API key in their path or query.
func redactURL(u string) string {
	scheme, rest, ok := strings.Cut(u, "://")
	if !ok {
		return "(not a URL)"
	}
	host, _, _ := strings.Cut(rest, "/")
	if at := strings.LastIndexByte(host, '@'); at >= 0 {
		host = host[at+1:]
	}
	return scheme + "://" + host
}

type retryTransport struct {
	base    http.RoundTripper
	attempt time.Duration
	retries *atomic.Int64
}

const maxAttempts = 12

func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		var err error
		if body, err = io.ReadAll(req.Body); err != nil {
			return nil, err
		}
		req.Body.Close()
	}
	ctx := req.Context()
	attempts := maxAttempts
	if bytes.Contains(body, []byte(`"eth_sendRawTransaction"`)) {
		// A send is retried once here; after that the deployer's wait loop takes over,
		// which re-sends from the journal and finds out whether the node took it.
		attempts = 2
	}
	var lastErr error
	var retryAfter time.Duration // what a 429 asked for, when it did
	for attempt := 0; attempt < attempts; attempt++ {
		if attempt > 0 {
			t.retries.Add(1)
			wait := backoff(attempt)
			if retryAfter > 0 {
				wait, retryAfter = retryAfter, 0
			}
			if err := sleep(ctx, wait); err != nil {
				return nil, err
			}
		}
		actx, cancel := context.WithTimeout(ctx, t.attempt)
		r := req.Clone(actx)
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		resp, err := t.base.RoundTrip(r)
		if err != nil {
			cancel()
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			lastErr = err
			continue
		}
		data, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		cancel()
		if err != nil {
			lastErr = err
			continue
		}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			lastErr = fmt.Errorf("HTTP %s", resp.Status)
			if secs, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && secs > 0 && secs <= 30 {
				retryAfter = time.Duration(secs) * time.Second
			}
			continue
		}
		if retryableRPCError(data) {
			lastErr = fmt.Errorf("JSON-RPC: %s", bytes.TrimSpace(data))
			continue
		}
		resp.Body = io.NopCloser(bytes.NewReader(data))
		resp.ContentLength = int64(len(data))
		return resp, nil
	}
	return nil, fmt.Errorf("after %d attempts: %w", attempts, lastErr)
}

// retryableRPCError recognises the answers of rate-limiting providers: code -32005 (limit
// exceeded) or a message about rate limits.
func retryableRPCError(body []byte) bool {
	var msg struct {
		Error *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if json.Unmarshal(body, &msg) != nil || msg.Error == nil {
		return false
	}
	m := strings.ToLower(msg.Error.Message)
	return msg.Error.Code == -32005 || strings.Contains(m, "rate limit") || strings.Contains(m, "too many requests")
}

func backoff(attempt int) time.Duration {
	d := 25 * time.Millisecond << min(attempt, 7)
	return min(d, 2*time.Second)
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// isMethodMissing reports a node that does not implement a JSON-RPC method.
func isMethodMissing(err error) bool {
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == -32601 {
		return true
	}
	m := strings.ToLower(fmt.Sprint(err))
	return strings.Contains(m, "method not found") || strings.Contains(m, "does not exist") || strings.Contains(m, "not supported") || strings.Contains(m, "unsupported method")
}

// blockHash is the hash the node reports for its canonical block n (not recomputed from the
// header: chains whose headers carry fields go-ethereum does not know hash them differently).
func (c *Client) blockHash(ctx context.Context, n uint64) (common.Hash, error) {
	var b struct {
		Hash *common.Hash `json:"hash"`
	}
	if err := c.RPC.CallContext(ctx, &b, "eth_getBlockByNumber", hexutil.EncodeUint64(n), false); err != nil {
		return common.Hash{}, err
	}
	if b.Hash == nil {
		return common.Hash{}, fmt.Errorf("block %d: %w", n, ethereum.NotFound)
	}
	return *b.Hash, nil
}
