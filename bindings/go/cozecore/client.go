package cozecore

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"io"
	"net/http"
	"os"
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
	// Resources are the API's resources (generated): c.Chat, c.Conversations,
	// c.Workflows, ... with one method per operation.
	Resources

	handle    *clientHandle
	http      *http.Client
	ownHTTP   bool // http was made by NewClient: Close closes its idle connections
	headers   []core.Header
	hooks     *Hooks // nil when no hook is set
	epoch     time.Time
	configErr *Error
	// signer holds a JWT app's private key (WithJWTAuth); nil otherwise.
	signer *rsaSigner

	// Auth runs the OAuth flows (code exchange, refresh, device flow, JWT
	// token) with this client's base URL, HTTP client, hooks and options.
	Auth *AuthService
}

// Option configures a Client (NewClient). The options that also work for
// one call (WithTimeout, WithMaxRetries, WithHeader) are both an Option and
// a CallOption.
type Option interface {
	applyClient(s *settings)
}

// CallOption adjusts one call; pass it after the params of any call.
type CallOption interface {
	applyCall(s *callSettings)
}

// ClientOrCallOption is an option that works for a client and for one call.
type ClientOrCallOption interface {
	Option
	CallOption
}

type clientOption func(*settings)

func (f clientOption) applyClient(s *settings) { f(s) }

type callOption func(*callSettings)

func (f callOption) applyCall(s *callSettings) { f(s) }

type bothOption struct {
	client clientOption
	call   callOption
}

func (o bothOption) applyClient(s *settings)   { o.client(s) }
func (o bothOption) applyCall(s *callSettings) { o.call(s) }

// callSettings collects one call's options; err is the first option that
// could not be applied (the call then fails with ErrInvalidArgument).
type callSettings struct {
	opts   core.CallOptions
	err    error
	signer *rsaSigner // the private key of this call's SIGN actions (JWTToken)
	// progress is told how much of the request body was sent (WithUploadProgress).
	progress func(sent, total int64)
	// output takes a binary answer's bytes as they arrive (WithOutput); nil: kept in memory.
	output io.Writer
}

type settings struct {
	config        map[string]any // ClientConfig.apply_json keys
	http          *http.Client
	headers       []core.Header
	hooks         *Hooks
	hookBodies    bool
	auth          map[string]any // ClientConfig.auth, when the token is refreshed by the client
	refreshMargin *int64         // auth.refresh_margin_s (WithRefreshMargin)
	signer        *rsaSigner     // a JWT app's private key
	authErr       error          // an auth option that could not be applied (e.g. a bad key)
}

// WithToken sets the bearer token (a personal access token "pat_..." or an
// OAuth access token).
func WithToken(token string) Option {
	return clientOption(func(s *settings) { s.config["token"] = token })
}

// WithBaseURL sets the API host, e.g. https://api.coze.cn; default DefaultBaseURL.
func WithBaseURL(baseURL string) Option {
	return clientOption(func(s *settings) { s.config["base_url"] = baseURL })
}

// WithConnectTimeout bounds connecting to the server (default 10 s; <= 0: none).
func WithConnectTimeout(d time.Duration) Option {
	return clientOption(func(s *settings) { s.config["connect_timeout_ms"] = durationMs(d) })
}

// WithFirstByteTimeout bounds the wait from sending a request to its
// response head (default 60 s; <= 0: none).
func WithFirstByteTimeout(d time.Duration) Option {
	return clientOption(func(s *settings) { s.config["first_byte_timeout_ms"] = durationMs(d) })
}

// WithIdleTimeout bounds the silence between two body chunks (default 60 s; <= 0: none).
func WithIdleTimeout(d time.Duration) Option {
	return clientOption(func(s *settings) { s.config["idle_timeout_ms"] = durationMs(d) })
}

// WithUserAgent puts a product token in front of cozecore's User-Agent.
func WithUserAgent(ua string) Option {
	return clientOption(func(s *settings) { s.config["user_agent"] = ua })
}

// WithIdempotencyHeader names the header carrying each call's idempotency
// key (default "Idempotency-Key"); "" sends none.
func WithIdempotencyHeader(name string) Option {
	return clientOption(func(s *settings) {
		if name == "" {
			s.config["idempotency_header"] = nil
		} else {
			s.config["idempotency_header"] = name
		}
	})
}

// WithAllowInsecureHTTP lets an http:// base URL on another machine
// through. By default a token never goes out in clear text: a call to an
// http:// base URL whose host is not loopback (localhost, 127.0.0.0/8,
// [::1]) fails with ErrInvalidArgument before anything is sent.
func WithAllowInsecureHTTP(allow bool) Option {
	return clientOption(func(s *settings) { s.config["allow_insecure_http"] = allow })
}

// WithHTTPClient sends requests with hc instead of cozecore's own client.
// Timeouts are the core's: hc should have no Timeout of its own, as it would
// also cut long streams. Redirects are still never followed: the client
// sends with a copy of hc whose CheckRedirect returns http.ErrUseLastResponse
// (hc itself is not changed), so a 3xx answer reaches the core, which fails
// the call (ErrAPI) naming the Location.
func WithHTTPClient(hc *http.Client) Option {
	return clientOption(func(s *settings) {
		if hc == nil {
			s.http = nil
			return
		}
		own := *hc
		own.CheckRedirect = noRedirect
		s.http = &own
	})
}

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
		if o != nil {
			o.applyClient(&s)
		}
	}
	var seed [8]byte
	if _, err := rand.Read(seed[:]); err == nil {
		s.config["seed"] = binary.LittleEndian.Uint64(seed[:])
	}
	// The core records hook events only when someone listens: measurements
	// for OnMetric, the other events for the other hooks.
	s.config["hooks"] = s.hooks.events()
	s.config["hook_bodies"] = s.hooks.events() && s.hookBodies
	s.config["metrics"] = s.hooks.metrics()
	// The host names itself (User-Agent, X-Coze-Client-User-Agent).
	s.config["lang"] = "go"
	s.config["lang_version"] = runtime.Version()
	s.config["os_name"] = runtime.GOOS
	s.config["os_version"] = osVersion()
	if s.auth != nil {
		if s.refreshMargin != nil {
			s.auth["refresh_margin_s"] = *s.refreshMargin
		}
		s.config["auth"] = s.auth
	}
	c := &Client{http: s.http, headers: s.headers, hooks: s.hooks, epoch: time.Now(), handle: &clientHandle{},
		signer: s.signer}
	c.Auth = &AuthService{c: c}
	if c.http == nil {
		c.http = newHTTPClient()
		c.ownHTTP = true
	}
	c.Resources.init(c)
	if s.authErr != nil {
		c.configErr = newError(KindInvalidArgument, s.authErr.Error(), nil)
		return c
	}
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

// Health is the client's health now (no I/O): the breaker's state, the
// moving error rate, attempts and failures in the last slice, the running
// one and in total, how long the breaker stays open, how often it opened
// and how many attempts it refused, and the retry budget spent and left
// (the generated ClientHealth model; README "Health"). It reads the same
// monotonic clock the client's calls run on. A closed client, or one whose
// options were refused, gives ErrInvalidArgument.
func (c *Client) Health() (ClientHealth, error) {
	if c.configErr != nil {
		return ClientHealth{}, c.configErr
	}
	h := c.handle
	h.mu.Lock()
	if h.closed || h.core == nil {
		h.mu.Unlock()
		return ClientHealth{}, newError(KindInvalidArgument, "the client is closed", nil)
	}
	text := h.core.HealthJSON(c.now())
	h.mu.Unlock()
	return ParseClientHealth(text)
}

// Result is the outcome of an operation run by name with Do.
type Result struct {
	// Data is the operation's result as canonical JSON (null for operations
	// without one; nil for binary answers, see Binary).
	Data json.RawMessage
	// Binary is the answer of a binary operation (audio); nil when it went
	// to a WithOutput writer.
	Binary []byte
	// Size is the length of a binary answer in bytes.
	Size int64
	// ContentType is the Content-Type of the answer.
	ContentType string
	// LogID is the X-Tt-Logid of the answer.
	LogID string
}

// Binary is the answer of a binary operation (e.g. audio.speech.create).
type Binary struct {
	Data        []byte // the bytes; nil when they were written to a file or writer
	Size        int64  // how many bytes the answer had
	ContentType string // as the server sent it, e.g. "audio/mpeg"
	LogID       string // X-Tt-Logid of the answer
}

// Do runs one operation by its name ("chat.create", ...) with params given
// as the API names them (a struct or map marshalled to JSON, or JSON bytes).
// The typed methods (c.Chat.Create, ...) are the same with typed params and
// results.
func (c *Client) Do(ctx context.Context, op string, params any, opts ...CallOption) (*Result, error) {
	r, err := c.run(ctx, op, params, resultJSON, opts, nil)
	if err != nil {
		return nil, err
	}
	res := &Result{LogID: r.logID, ContentType: r.contentType}
	if r.gotBytes || r.json == "" {
		res.Binary, res.Size = r.binary, r.received
		if res.Binary == nil && r.output == nil {
			res.Binary = []byte{}
		}
	} else {
		res.Data = json.RawMessage(r.json)
	}
	return res, nil
}

// invoke runs a non-streaming operation and returns its result record.
func (c *Client) invoke(ctx context.Context, op string, params any, opts []CallOption) (*record, error) {
	r, err := c.run(ctx, op, params, resultRecord, opts, nil)
	if err != nil {
		return nil, err
	}
	return r.record, nil
}

// invokeBinary runs a binary operation and returns the bytes of its answer
// (or their count, when a WithOutput writer took them).
func (c *Client) invokeBinary(ctx context.Context, op string, params any, opts []CallOption) (*Binary, error) {
	r, err := c.run(ctx, op, params, resultBinary, opts, nil)
	if err != nil {
		return nil, err
	}
	data := r.binary
	if data == nil && r.output == nil {
		data = []byte{}
	}
	return &Binary{Data: data, Size: r.received, ContentType: r.contentType, LogID: r.logID}, nil
}

// invokeBinaryTo runs a binary operation whose answer is written to w.
func (c *Client) invokeBinaryTo(ctx context.Context, op string, params any, w io.Writer, opts []CallOption) (*Binary, error) {
	if w == nil {
		return nil, newError(KindInvalidArgument, op+": nil writer", nil)
	}
	return c.invokeBinary(ctx, op, params, append(opts[:len(opts):len(opts)], WithOutput(w)))
}

// invokeBinaryToFile runs a binary operation whose answer is written to the
// file at path (created or truncated; removed when the call fails).
func (c *Client) invokeBinaryToFile(ctx context.Context, op string, params any, path string, opts []CallOption) (*Binary, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, newError(KindInvalidArgument, op+": "+err.Error(), err)
	}
	b, err := c.invokeBinaryTo(ctx, op, params, f, opts)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = newError(KindInvalidArgument, op+": writing "+path+": "+cerr.Error(), cerr)
	}
	if err != nil {
		os.Remove(path)
		return nil, err
	}
	return b, nil
}

// run drives a call to its end, handing each event to each (a streaming
// operation run without a stream drops them: each nil); the runner holds
// what want asked for.
func (c *Client) run(ctx context.Context, op string, params any, want resultKind, opts []CallOption,
	each func(Event)) (*runner, error) {
	r, err := c.start(ctx, op, params, want, nil, opts)
	if err != nil {
		return nil, err
	}
	defer r.release()
	cur := cursor{r: r}
	for ev, ok := cur.next(); ok; ev, ok = cur.next() {
		if each != nil {
			each(ev)
		}
	}
	if cur.err != nil {
		return nil, cur.err
	}
	return r, nil
}

// DoStream starts a streaming operation ("chat.stream", ...). It returns
// once the first event has arrived, so a failed request (bad token, busy
// conversation) is reported here rather than by the stream.
func (c *Client) DoStream(ctx context.Context, op string, params any, opts ...CallOption) (*Stream, error) {
	s := &Stream{cur: cursor{stop: make(chan struct{})}}
	if !s.cur.begin(c.start(ctx, op, params, resultNone, s.cur.stop, opts)) || !s.cur.step() && s.cur.err != nil {
		return nil, s.cur.err
	}
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
	r.endRound()
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
