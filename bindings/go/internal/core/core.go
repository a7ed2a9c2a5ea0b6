// Package core turns the SWIG bridge into plain Go values. Every bridge
// object it creates is deleted before the function returns, except the
// long-lived handles (Client, Call, SseParser, UlidFactory), which have an
// explicit Free. None of these types is safe for concurrent use.
package core

import (
	"github.com/cozecore/cozecore/bindings/go/internal/bridge"
)

// Header is one HTTP header as the core sees it.
type Header struct {
	Name  string
	Value string
}

// BodySource is an upload's part whose bytes the host reads itself and
// splices into the request body at Offset (HttpRequest::sources).
type BodySource struct {
	Offset int64  // where in Body its bytes go
	ID     string // the id the call's params gave it
	Size   int64  // its length in bytes; -1: unknown
}

// Request is an HTTP request the host must send (a SEND action).
type Request struct {
	Method           string
	URL              string
	Headers          []Header
	Body             string
	Sources          []BodySource // spliced into Body, in offset order
	BodySize         int64        // Body plus every source: the Content-Length; -1: unknown (chunked)
	Stream           bool
	ConnectTimeoutMs int64 // -1: none
}

// readRequest copies a bridge request (which stays owned by its holder).
func readRequest(r bridge.HttpRequest) Request {
	return Request{
		Method:           r.GetMethod(),
		URL:              r.GetUrl(),
		Headers:          readHeaders(r.GetHeaders()),
		Body:             r.GetBody(),
		Sources:          decodeSources(bridge.Coze_go_sources(r)),
		BodySize:         r.GetBody_size(),
		Stream:           r.GetStream(),
		ConnectTimeoutMs: r.GetConnect_timeout_ms(),
	}
}

// decodeSources reads coze_go_sources' encoding (typemaps.i).
func decodeSources(b string) []BodySource {
	var out []BodySource
	le := func(s string) uint64 {
		var v uint64
		for i := len(s) - 1; i >= 0; i-- {
			v = v<<8 | uint64(s[i])
		}
		return v
	}
	for len(b) >= 20 {
		off, size, n := le(b[0:8]), le(b[8:16]), int(le(b[16:20]))
		if len(b) < 20+n {
			break
		}
		out = append(out, BodySource{Offset: int64(off), Size: int64(size), ID: b[20 : 20+n]})
		b = b[20+n:]
	}
	return out
}

// Attempt is one HTTP attempt of a call, as a failed call's Error lists them.
type Attempt struct {
	Number         int
	Outcome        string // "503", or connect, timeout, reset, tls, or cancelled
	Kind           string // the error kind the attempt ended with
	DurationMs     int64
	DelayMs        int64 // slept after it; 0 for none
	IdempotencyKey string
	RequestID      string
}

// Error is the core's typed failure.
type Error struct {
	Kind         string
	HTTPStatus   int
	Code         int64
	Message      string
	LogID        string
	Retryable    bool
	Attempts     int
	RetryAfterMs int64
	Body         string
	History      []Attempt
	Hint         string // what to do about it, "" when the core has nothing to add
	ErrorCode    string // an OAuth answer's error_code, "" when none
	RequestID    string // X-Client-Request-Id of the last attempt, "" when none
	Severity     string // "info", "warning" or "critical" (the core's error_severity)
	JSON         string // the whole error as the core's error_json writes it
}

// HookEvent is what a call reports to the client's hooks.
type HookEvent struct {
	Kind           string // request_sent, response_head, retry_scheduled, call_finished, health_changed, tool_called, tool_finished
	Op             string
	Method         string
	Path           string
	Attempt        int
	Status         int
	DurationMs     int64 // -1 when not applicable
	DelayMs        int64 // -1 when not applicable
	LogID          string
	RequestID      string
	IdempotencyKey string
	Traceparent    string
	ErrorKind      string
	Message        string
	Headers        []Header // redacted by the core
	Body           string
	Severity       string  // retry_scheduled, call_finished (failed), health_changed; "" otherwise
	Reason         string  // health_changed: spike, opened, half_open, closed
	State          string  // health_changed: the breaker's state after it
	ErrorRate      float64 // health_changed: the moving error rate (a spike: the slice's); -1 otherwise
	// metric (only with the client config's "metrics"): the OpenTelemetry
	// instrument's name, kind (histogram, counter, gauge), unit, the value
	// measured and the attributes in the core's order.
	Metric     string
	Instrument string
	Unit       string
	Value      float64
	Attributes []Header
	// tool_called / tool_finished (chat.run_tools): the tool's name, the
	// call's id and, on tool_finished, its outcome (ok, error, timeout,
	// unknown_tool, invalid_arguments, cancelled).
	Tool       string
	ToolCallID string
	Outcome    string
}

// Event is a decoded stream event; Data is JSON text.
type Event struct {
	Type string
	Data string
}

// ActionKind says what the host must do next.
type ActionKind int

const (
	Send ActionKind = iota
	Wait
	Sleep
	EventAction
	Done
	Fail
	Sign  // the call needs an RS256 signature of SignInput (a JWT)
	Bytes // the next bytes of a binary answer are ready (TakeBytes)
	Tools // chat.run_tools: run the local tools in ToolCalls, feed OnToolOutput / OnToolError
)

func (k ActionKind) String() string {
	switch k {
	case Send:
		return "send"
	case Wait:
		return "wait"
	case Sleep:
		return "sleep"
	case EventAction:
		return "event"
	case Done:
		return "done"
	case Fail:
		return "fail"
	case Sign:
		return "sign"
	case Bytes:
		return "bytes"
	case Tools:
		return "tools"
	}
	return "unknown"
}

// Action is one step of a call, copied out of the core.
type Action struct {
	Kind     ActionKind
	Request  Request // Send
	WakeAtMs int64   // Wait: -1 when only input can wake the call
	DelayMs  int64   // Sleep
	Event    Event   // EventAction
	Bytes    string  // Bytes: the bytes of this action
	Result   string  // Done: JSON text ("" for streams)
	LogID    string  // Done
	Error    Error   // Fail
	// SignInput is what a Sign asks the host to sign (a JWT's header.claims).
	SignInput string
	// ToolCalls is what a Tools asks the host to run: a JSON array
	// [{"id", "name", "arguments": {...}}] (arguments checked, defaults filled).
	ToolCalls string
}

// Version is the core library's version.
func Version() string { return bridge.Version() }

// SupportedOperations lists the operations the core knows.
func SupportedOperations() []string { return stringList(bridge.Supported_operations()) }

func kindOf(k bridge.CozeActionKind) ActionKind {
	switch k {
	case bridge.ActionKind_Send:
		return Send
	case bridge.ActionKind_Wait:
		return Wait
	case bridge.ActionKind_Sleep:
		return Sleep
	case bridge.ActionKind_Event:
		return EventAction
	case bridge.ActionKind_Done:
		return Done
	case bridge.ActionKind_Sign:
		return Sign
	case bridge.ActionKind_Bytes:
		return Bytes
	case bridge.ActionKind_Tools:
		return Tools
	}
	return Fail
}

func readHeaders(v bridge.HeaderVector) []Header {
	n := int(v.Size())
	out := make([]Header, n)
	for i := 0; i < n; i++ {
		h := v.Get(i) // points into v: not ours to delete
		out[i] = Header{Name: h.GetName(), Value: h.GetValue()}
	}
	return out
}

// newHeaderVector builds a bridge vector; the caller deletes it.
func newHeaderVector(headers []Header) bridge.HeaderVector {
	v := bridge.NewHeaderVector()
	v.Reserve(int64(len(headers)))
	h := bridge.NewHeader()
	defer bridge.DeleteHeader(h)
	for _, x := range headers {
		h.SetName(x.Name)
		h.SetValue(x.Value)
		v.Add(h) // copies
	}
	return v
}

func readAttempts(v bridge.AttemptVector) []Attempt {
	n := int(v.Size())
	if n == 0 {
		return nil
	}
	out := make([]Attempt, n)
	for i := 0; i < n; i++ {
		a := v.Get(i) // points into v
		out[i] = Attempt{
			Number:         a.GetNumber(),
			Outcome:        a.GetOutcome(),
			Kind:           a.GetKind(),
			DurationMs:     a.GetDuration_ms(),
			DelayMs:        a.GetDelay_ms(),
			IdempotencyKey: a.GetIdempotency_key(),
			RequestID:      a.GetRequest_id(),
		}
	}
	return out
}

func readHookEvent(h bridge.HookEvent) HookEvent {
	return HookEvent{
		Kind:           h.GetKind(),
		Op:             h.GetOp(),
		Method:         h.GetMethod(),
		Path:           h.GetPath(),
		Attempt:        h.GetAttempt(),
		Status:         h.GetStatus(),
		DurationMs:     h.GetDuration_ms(),
		DelayMs:        h.GetDelay_ms(),
		LogID:          h.GetLogid(),
		RequestID:      h.GetRequest_id(),
		IdempotencyKey: h.GetIdempotency_key(),
		Traceparent:    h.GetTraceparent(),
		ErrorKind:      h.GetError_kind(),
		Message:        h.GetMessage(),
		Headers:        readHeaders(h.GetHeaders()),
		Body:           h.GetBody(),
		Severity:       h.GetSeverity(),
		Reason:         h.GetReason(),
		State:          h.GetState(),
		ErrorRate:      h.GetError_rate(),
		Metric:         h.GetMetric(),
		Instrument:     h.GetInstrument(),
		Unit:           h.GetUnit(),
		Value:          h.GetValue(),
		Attributes:     readHeaders(h.GetAttributes()),
		Tool:           h.GetTool(),
		ToolCallID:     h.GetTool_call_id(),
		Outcome:        h.GetOutcome(),
	}
}

func readError(e bridge.Error) Error {
	return Error{
		Kind:         e.GetKind(),
		HTTPStatus:   e.GetHttp_status(),
		Code:         e.GetCode(),
		Message:      e.GetMessage(),
		LogID:        e.GetLogid(),
		Retryable:    e.GetRetryable(),
		Attempts:     e.GetAttempts(),
		RetryAfterMs: e.GetRetry_after_ms(),
		Body:         e.GetBody(),
		History:      readAttempts(e.GetHistory()),
		Hint:         e.GetHint(),
		ErrorCode:    e.GetError_code(),
		RequestID:    e.GetRequest_id(),
		Severity:     e.GetSeverity(),
		JSON:         bridge.Error_json(e),
	}
}

func readAction(a bridge.Action) Action {
	out := Action{Kind: kindOf(a.GetKind())}
	switch out.Kind {
	case Send:
		out.Request = readRequest(a.GetRequest())
	case Wait:
		out.WakeAtMs = a.GetWake_at_ms()
	case Sleep:
		out.DelayMs = a.GetDelay_ms()
	case EventAction:
		ev := a.GetEvent()
		out.Event = Event{Type: ev.GetType(), Data: ev.GetData()}
	case Done:
		out.Result = a.GetResult()
		out.LogID = a.GetLogid()
	case Fail:
		out.Error = readError(a.GetError())
	case Sign:
		out.SignInput = a.GetSign_input()
	case Bytes:
		out.Bytes = a.GetBytes()
	case Tools:
		out.ToolCalls = a.GetTool_calls()
	}
	return out
}

// ErrorText is an error's string form in every language (error_text): the
// message, then the hint in parentheses when there is one; the kind when
// the message is empty.
func ErrorText(kind, message, hint string) string {
	e := bridge.NewError()
	defer bridge.DeleteError(e)
	e.SetKind(kind)
	e.SetMessage(message)
	e.SetHint(hint)
	return bridge.Error_text(e)
}

// ErrorSeverity is the core's severity table (error_severity): "info",
// "warning" or "critical" for an error of kind with httpStatus (0: none),
// retriesExhausted when the call stopped because its retries ran out.
func ErrorSeverity(kind string, httpStatus int, retriesExhausted bool) string {
	return bridge.Error_severity(kind, httpStatus, retriesExhausted)
}

// ToolSchemaCheck is "" when schemaJSON is an accepted tool schema, else the
// invalid_argument message (coze::tool_schema_check).
func ToolSchemaCheck(schemaJSON string) string { return bridge.Tool_schema_check(schemaJSON) }

// ToolValidate validates argsJSON against schemaJSON in one go and answers
// JSON text: {"ok": true, "value": ...} or {"ok": false, "errors": [...]}
// (coze::tool_validate).
func ToolValidate(schemaJSON, argsJSON string) string {
	return bridge.Tool_validate(schemaJSON, argsJSON)
}

// AnswerError maps one HTTP answer to the error a call fails with, through
// the core's executor (a probe call picked from method and stream, no
// retry); Kind "" when the call would succeed. wallMs (unix ms, -1 unknown)
// lets an HTTP-date Retry-After count.
func AnswerError(method string, stream bool, status int, headers []Header, body string, wallMs int64) Error {
	hv := newHeaderVector(headers)
	defer bridge.DeleteHeaderVector(hv)
	e := bridge.Answer_error(method, stream, status, hv, body, wallMs)
	defer bridge.DeleteError(e)
	return readError(e)
}

// Client is a core client: configuration plus what its calls share.
type Client struct {
	h bridge.Client
}

// NewClient applies configJSON (ClientConfig.apply_json keys) to the default
// configuration. On a bad configuration it returns the core's error text.
func NewClient(configJSON string) (*Client, string) {
	cfg := bridge.NewClientConfig()
	defer bridge.DeleteClientConfig(cfg)
	if msg := cfg.Apply_json(configJSON); msg != "" {
		return nil, msg
	}
	return &Client{h: bridge.NewClient(cfg)}, ""
}

// TokenJSON is the token the client holds now ({"access_token",
// "refresh_token", "expires_in", "refreshes"}; "{}" for a fixed token).
func (c *Client) TokenJSON() string { return c.h.Token_json() }

// HealthJSON is the client's health at nowMs (the clock its calls' Next and
// Drive get) as the core's health_json writes it: the ClientHealth model.
func (c *Client) HealthJSON(nowMs int64) string { return c.h.Health_json(nowMs) }

// Free deletes the client. Calls started from it stay valid.
func (c *Client) Free() {
	if c.h != nil {
		bridge.DeleteClient(c.h)
		c.h = nil
	}
}

// CallOptions are per-call settings; start from DefaultCallOptions.
type CallOptions struct {
	TimeoutMs      int64 // total deadline; -1: the client's
	MaxRetries     int   // -1: the client's
	Headers        []Header
	Idempotency    bool   // send an idempotency key (when the client names a header)
	IdempotencyKey string // "" generates one
	WallMs         int64  // unix time in ms at the start; -1: unknown
	Traceparent    string // W3C trace context for every attempt; "" none
	Tracestate     string
	ExtraQuery     []Header // query parameters the description lacks, sent as given
	ExtraBody      string   // a JSON object merged into the JSON body; "" none
	JSON           string   // CallOptions.apply_json keys applied over the fields above; "" none
}

// DefaultCallOptions defers everything to the client.
func DefaultCallOptions() CallOptions {
	return CallOptions{TimeoutMs: -1, MaxRetries: -1, Idempotency: true, WallMs: -1}
}

// Call is one logical API call driven by the host.
type Call struct {
	h bridge.Call
}

// NewCall builds a call. Bad op or params make its first action a Fail;
// options JSON the core rejects gives no call and the core's error text.
func (c *Client) NewCall(op, paramsJSON string, opts CallOptions) (*Call, string) {
	o := bridge.NewCallOptions()
	defer bridge.DeleteCallOptions(o)
	o.SetTimeout_ms(opts.TimeoutMs)
	o.SetMax_retries(opts.MaxRetries)
	o.SetIdempotency(opts.Idempotency)
	o.SetIdempotency_key(opts.IdempotencyKey)
	o.SetWall_ms(opts.WallMs)
	o.SetTraceparent(opts.Traceparent)
	o.SetTracestate(opts.Tracestate)
	if len(opts.Headers) > 0 {
		hv := newHeaderVector(opts.Headers)
		defer bridge.DeleteHeaderVector(hv)
		o.SetHeaders(hv)
	}
	if len(opts.ExtraQuery) > 0 {
		qv := newHeaderVector(opts.ExtraQuery)
		defer bridge.DeleteHeaderVector(qv)
		o.SetExtra_query(qv)
	}
	o.SetExtra_body(opts.ExtraBody)
	if opts.JSON != "" {
		if msg := o.Apply_json(opts.JSON); msg != "" {
			return nil, msg
		}
	}
	return &Call{h: bridge.NewCall(c.h, op, paramsJSON, o)}, ""
}

// PkceVerifier makes a PKCE verifier from at least 32 random bytes ("" when fewer).
func PkceVerifier(random []byte) string { return bridge.Pkce_verifier(string(random)) }

// PkceChallenge is the S256 challenge of a verifier ("" for a malformed verifier).
func PkceChallenge(verifier string) string { return bridge.Pkce_challenge(verifier) }

// OAuthAuthorizeURL answers {"url"} or {"error"} for the authorize URL params.
func OAuthAuthorizeURL(paramsJSON string) string { return bridge.Oauth_authorize_url(paramsJSON) }

// OAuthAppConfig answers an OAuth app's JSON config checked and normalised, or {"error"}.
func OAuthAppConfig(jsonText string) string { return bridge.Oauth_app_config(jsonText) }

// OAuthJWTAudience is the JWT audience (the API host) of a base URL.
func OAuthJWTAudience(baseURL string) string { return bridge.Oauth_jwt_audience(baseURL) }

// LiveCalls and LiveClients count the core's Call and Client objects alive
// in the process, so that tests can prove every handle was freed.
func LiveCalls() int64   { return bridge.Live_calls() }
func LiveClients() int64 { return bridge.Live_clients() }

// Next returns the next action at the host's monotonic time nowMs.
func (c *Call) Next(nowMs int64) Action {
	a := c.h.Next(nowMs)
	defer bridge.DeleteAction(a)
	return readAction(a)
}

// Drive feeds chunk (when not empty) to the call, steps it at nowMs and
// reads what the host needs next, in one crossing into the core: the batch
// record of an EventAction, or the bytes of a Bytes (take_bytes), or the wake time of a Wait (-1: only input
// wakes it), or the delay of a Sleep, in ms. The other kinds are read with
// the accessors below. Drive is the lean driver interface (Call::step,
// take_events, wake_at_ms, delay_ms) in one cgo call (typemaps.i).
func (c *Call) Drive(chunk []byte, nowMs int64) (kind ActionKind, batch string, ms int64) {
	out := bridge.Coze_go_drive(c.h, chunk, nowMs)
	if out == "" {
		return Fail, "", 0
	}
	kind = kindOf(bridge.CozeActionKind(out[0]))
	switch kind {
	case EventAction, Bytes:
		return kind, out[1:], 0
	case Wait, Sleep:
		if len(out) >= 9 {
			var v uint64
			for i := 8; i >= 1; i-- { // little-endian
				v = v<<8 | uint64(out[i])
			}
			ms = int64(v)
		}
	}
	return kind, "", ms
}

// Request is the request of a Send.
func (c *Call) Request() Request {
	return readRequest(c.h.Request()) // points into the call
}

// Result is the canonical result JSON of a Done ("" for streams).
func (c *Call) Result() string { return c.h.Result() }

// ResultRecord is the result of a Done as a record.
func (c *Call) ResultRecord() string { return c.h.Result_record(false) }

// TakeBytes is every byte of a binary answer ready after a Bytes, in order.
func (c *Call) TakeBytes() string { return c.h.Take_bytes() }

// ContentType is the Content-Type of the answer (after a Bytes or a Done).
func (c *Call) ContentType() string { return c.h.Content_type() }

// LogID is the log id of the answer of a Done.
func (c *Call) LogID() string { return c.h.Logid() }

// Error is the error of a Fail.
func (c *Call) Error() Error { return readError(c.h.Error()) }

func (c *Call) OnResponse(status int, headers []Header) {
	hv := newHeaderVector(headers)
	defer bridge.DeleteHeaderVector(hv)
	c.h.On_response(status, hv)
}

func (c *Call) OnBody(chunk []byte) {
	if len(chunk) == 0 {
		return
	}
	c.h.On_body(chunk)
}

func (c *Call) OnEnd() { c.h.On_end() }

// SignInput is the bytes a Sign asks the host to sign (RS256).
func (c *Call) SignInput() string { return c.h.Sign_input() }

// OnSignature feeds the raw RS256 signature of SignInput after a Sign.
func (c *Call) OnSignature(signature []byte) { c.h.On_signature(string(signature)) }

// OnSignError reports, after a Sign, why the host could not sign.
func (c *Call) OnSignError(message string) { c.h.On_sign_error(message) }

// OnSourceError reports that the host could not read the upload source id
// (a file gone, a stream that cannot be read again): the call fails with
// invalid_argument and is not retried.
func (c *Call) OnSourceError(id, message string) { c.h.On_source_error(id, message) }

// OnBodySent reports that sent bytes of the request body have left: the
// first-byte timeout then runs from this progress, not from the Send.
func (c *Call) OnBodySent(sent int64) { c.h.On_body_sent(sent) }

// ToolCalls is, after a Tools, the calls the host must run: a JSON array
// [{"id", "name", "arguments": {...}}].
func (c *Call) ToolCalls() string { return c.h.Tool_calls() }

// OnToolOutput feeds, after a Tools, the output of the call id (text, sent
// as given). Unknown ids and outputs after the tool timeout are ignored.
func (c *Call) OnToolOutput(id, output string) { c.h.On_tool_output(id, output) }

// OnToolError feeds, after a Tools, why the function of the call id failed.
func (c *Call) OnToolError(id, message string) { c.h.On_tool_error(id, message) }

// OnTransportError reports a failure: kind is connect, timeout, reset, tls or aborted.
func (c *Call) OnTransportError(kind, message string) { c.h.On_transport_error(kind, message) }

func (c *Call) Cancel() { c.h.Cancel() }

func (c *Call) Finished() bool { return c.h.Finished() }

// TakeHooks returns the hook events recorded since the last call, oldest
// first (none unless the client config has hooks).
func (c *Call) TakeHooks() []HookEvent {
	v := c.h.Take_hooks()
	defer bridge.DeleteHookEventVector(v)
	n := int(v.Size())
	if n == 0 {
		return nil
	}
	out := make([]HookEvent, n)
	for i := 0; i < n; i++ {
		out[i] = readHookEvent(v.Get(i))
	}
	return out
}

// TakeHooksJSON is TakeHooks with each event as the core's hook_event_json.
func (c *Call) TakeHooksJSON() []string {
	v := c.h.Take_hooks()
	defer bridge.DeleteHookEventVector(v)
	n := int(v.Size())
	out := make([]string, n)
	for i := 0; i < n; i++ {
		out[i] = bridge.Hook_event_json(v.Get(i))
	}
	return out
}

// Live reports whether the call has not been freed.
func (c *Call) Live() bool { return c.h != nil }

// Free deletes the call; it is safe to call twice.
func (c *Call) Free() {
	if c.h != nil {
		bridge.DeleteCall(c.h)
		c.h = nil
	}
}
