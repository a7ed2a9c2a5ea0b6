package cozecore

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"io"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// DefaultBaseURL is the international API host.
const DefaultBaseURL = "https://api.coze.com"

// Client calls the Coze API. It is safe for concurrent use; Close it when
// done to free the core's resources.
type Client struct {
	// Chat is the /v3/chat API.
	Chat *ChatService
	// Workflows runs workflows: Create, Stream, Resume, Chat.
	Workflows *WorkflowService

	handle    *clientHandle
	http      *http.Client
	ownHTTP   bool // http was made by NewClient: Close closes its idle connections
	headers   []core.Header
	hooks     *Hooks // nil when no hook is set
	epoch     time.Time
	configErr *Error
}

// Option configures a Client.
type Option func(*settings)

type settings struct {
	config     map[string]any // ClientConfig.apply_json keys
	http       *http.Client
	headers    []core.Header
	hooks      *Hooks
	hookBodies bool
}

// WithToken sets the bearer token (a personal access token "pat_..." or an
// OAuth access token).
func WithToken(token string) Option { return func(s *settings) { s.config["token"] = token } }

// WithBaseURL sets the API host, e.g. https://api.coze.cn; default DefaultBaseURL.
func WithBaseURL(baseURL string) Option { return func(s *settings) { s.config["base_url"] = baseURL } }

// WithMaxRetries sets how many times a failed request may be retried (default 2).
func WithMaxRetries(n int) Option { return func(s *settings) { s.config["max_retries"] = n } }

// WithConnectTimeout bounds connecting to the server (default 10 s; <= 0: none).
func WithConnectTimeout(d time.Duration) Option {
	return func(s *settings) { s.config["connect_timeout_ms"] = durationMs(d) }
}

// WithFirstByteTimeout bounds the wait from sending a request to its
// response head (default 60 s; <= 0: none).
func WithFirstByteTimeout(d time.Duration) Option {
	return func(s *settings) { s.config["first_byte_timeout_ms"] = durationMs(d) }
}

// WithIdleTimeout bounds the silence between two body chunks (default 60 s; <= 0: none).
func WithIdleTimeout(d time.Duration) Option {
	return func(s *settings) { s.config["idle_timeout_ms"] = durationMs(d) }
}

// WithTimeout bounds a whole call, attempts and retry sleeps included
// (default none; <= 0: none). A context deadline works too, as a cancellation.
func WithTimeout(d time.Duration) Option {
	return func(s *settings) { s.config["total_timeout_ms"] = durationMs(d) }
}

// WithUserAgent puts a product token in front of cozecore's User-Agent.
func WithUserAgent(ua string) Option { return func(s *settings) { s.config["user_agent"] = ua } }

// WithIdempotencyHeader names the header carrying each call's idempotency
// key (default "Idempotency-Key"); "" sends none.
func WithIdempotencyHeader(name string) Option {
	return func(s *settings) {
		if name == "" {
			s.config["idempotency_header"] = nil
		} else {
			s.config["idempotency_header"] = name
		}
	}
}

// WithHeader adds a header to every request.
func WithHeader(name, value string) Option {
	return func(s *settings) { s.headers = append(s.headers, core.Header{Name: name, Value: value}) }
}

// WithHTTPClient sends requests with hc instead of cozecore's own client.
// Timeouts are the core's: hc should have no Timeout of its own, as it would
// also cut long streams.
func WithHTTPClient(hc *http.Client) Option { return func(s *settings) { s.http = hc } }

func durationMs(d time.Duration) any {
	if d <= 0 {
		return nil
	}
	return int64((d + time.Millisecond - 1) / time.Millisecond)
}

// NewClient makes a client. A bad option (e.g. a base URL that is not
// http(s)) does not panic: every call of the client then fails with
// ErrInvalidArgument.
func NewClient(opts ...Option) *Client {
	s := settings{config: map[string]any{}}
	for _, o := range opts {
		o(&s)
	}
	var seed [8]byte
	if _, err := rand.Read(seed[:]); err == nil {
		s.config["seed"] = binary.LittleEndian.Uint64(seed[:])
	}
	// The core records hook events only when someone listens.
	s.config["hooks"] = s.hooks != nil
	s.config["hook_bodies"] = s.hooks != nil && s.hookBodies
	c := &Client{http: s.http, headers: s.headers, hooks: s.hooks, epoch: time.Now(), handle: &clientHandle{}}
	if c.http == nil {
		c.http = newHTTPClient()
		c.ownHTTP = true
	}
	c.Chat = &ChatService{c: c}
	c.Workflows = &WorkflowService{c: c}
	cfg, err := json.Marshal(s.config)
	if err != nil {
		c.configErr = newError(KindInvalidArgument, "client config: "+err.Error(), err)
		return c
	}
	cc, msg := core.NewClient(string(cfg))
	if cc == nil {
		c.configErr = newError(KindInvalidArgument, msg, nil)
		return c
	}
	c.handle.core = cc
	// A client dropped without Close still frees the core client.
	runtime.AddCleanup(c, func(h *clientHandle) { h.close() }, c.handle)
	return c
}

// Close frees the client's core resources once its calls have finished and
// closes its idle connections. Calls started afterwards fail with
// ErrInvalidArgument.
func (c *Client) Close() error {
	c.handle.close()
	if c.ownHTTP {
		c.http.CloseIdleConnections()
	}
	return nil
}

// now is the client's monotonic clock in milliseconds.
func (c *Client) now() int64 { return time.Since(c.epoch).Milliseconds() }

// CallOption adjusts one call.
type CallOption func(*core.CallOptions)

// WithCallTimeout bounds this call, attempts and retry sleeps included.
func WithCallTimeout(d time.Duration) CallOption {
	return func(o *core.CallOptions) {
		if ms, ok := durationMs(d).(int64); ok {
			o.TimeoutMs = ms
		}
	}
}

// WithCallMaxRetries overrides the client's retry count for this call.
func WithCallMaxRetries(n int) CallOption { return func(o *core.CallOptions) { o.MaxRetries = n } }

// WithCallHeader adds a header to this call's requests.
func WithCallHeader(name, value string) CallOption {
	return func(o *core.CallOptions) { o.Headers = append(o.Headers, core.Header{Name: name, Value: value}) }
}

// WithIdempotencyKey sends key as this call's idempotency key (by default
// each call gets a fresh ULID, the same on all its attempts).
func WithIdempotencyKey(key string) CallOption {
	return func(o *core.CallOptions) { o.Idempotency, o.IdempotencyKey = true, key }
}

// WithoutIdempotencyKey sends no idempotency key with this call.
func WithoutIdempotencyKey() CallOption {
	return func(o *core.CallOptions) { o.Idempotency, o.IdempotencyKey = false, "" }
}

// WithTraceparent sends a W3C trace context (traceparent header) with every
// attempt of this call. A malformed value fails the call with
// ErrInvalidArgument before anything is sent.
func WithTraceparent(traceparent string) CallOption {
	return func(o *core.CallOptions) { o.Traceparent = traceparent }
}

// WithTracestate sends a W3C tracestate header beside the traceparent.
func WithTracestate(tracestate string) CallOption {
	return func(o *core.CallOptions) { o.Tracestate = tracestate }
}

// Result is the outcome of an operation that is not a stream.
type Result struct {
	Data  json.RawMessage // the operation's result (the envelope's payload)
	LogID string          // X-Tt-Logid of the answer
}

// Do runs one operation by its name ("chat.create", ...) with params given
// as the API names them (a struct or map marshalled to JSON, or JSON bytes).
func (c *Client) Do(ctx context.Context, op string, params any, opts ...CallOption) (*Result, error) {
	r, err := c.start(ctx, op, params, nil, opts)
	if err != nil {
		return nil, err
	}
	defer r.release()
	for {
		_, res, err := r.advance()
		if err != nil {
			return nil, err
		}
		if res != nil {
			return res, nil
		}
	}
}

// DoStream starts a streaming operation ("chat.stream", ...). It returns
// once the first event has arrived, so a failed request (bad token, busy
// conversation) is reported here rather than by the stream.
func (c *Client) DoStream(ctx context.Context, op string, params any, opts ...CallOption) (*Stream, error) {
	stop := make(chan struct{})
	r, err := c.start(ctx, op, params, stop, opts)
	if err != nil {
		return nil, err
	}
	s := &Stream{r: r, stop: stop}
	ev, res, err := r.advance()
	switch {
	case err != nil:
		return nil, err
	case ev != nil:
		s.pending = ev
	case res != nil:
		s.finished = true
	}
	runtime.AddCleanup(s, func(r *runner) { r.c.handle.abandon(r) }, r)
	return s, nil
}

// clientHandle owns the core client. Its mutex serialises every use of the
// core by the client's calls; the core only computes, so it is held briefly.
type clientHandle struct {
	mu     sync.Mutex
	core   *core.Client
	active int
	closed bool
}

func (h *clientHandle) newCall(op, params string, opts core.CallOptions) (*core.Call, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed || h.core == nil {
		return nil, newError(KindInvalidArgument, "the client is closed", nil)
	}
	call, msg := h.core.NewCall(op, params, opts)
	if call == nil {
		return nil, newError(KindInvalidArgument, msg, nil)
	}
	h.active++
	return call, nil
}

func (h *clientHandle) freeCall(call *core.Call) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !call.Live() {
		return
	}
	call.Free()
	h.active--
	h.freeIfDone()
}

// abandon frees a stream's call from a cleanup (the stream was dropped unclosed).
func (h *clientHandle) abandon(r *runner) {
	r.abort()
	h.freeCall(r.call)
}

func (h *clientHandle) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	h.freeIfDone()
}

func (h *clientHandle) freeIfDone() {
	if h.closed && h.active == 0 && h.core != nil {
		h.core.Free()
		h.core = nil
	}
}

func jsonEncode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
