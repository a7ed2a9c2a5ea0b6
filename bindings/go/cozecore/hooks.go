package cozecore

import (
	"net/http"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// HookKind names the moment a HookEvent reports.
type HookKind string

const (
	HookRequestSent    HookKind = "request_sent"    // an attempt is about to be sent
	HookResponseHead   HookKind = "response_head"   // its status and headers arrived
	HookRetryScheduled HookKind = "retry_scheduled" // it failed and another attempt follows
	HookCallFinished   HookKind = "call_finished"   // the call succeeded or failed
	// HookHealthChanged: the client's health changed (Reason says how: a
	// spike of errors, or the circuit breaker opened, half-opened or closed).
	HookHealthChanged HookKind = "health_changed"
	// HookMetric: one measurement (Metric, Instrument, Unit, Value,
	// Attributes), under OpenTelemetry's names; see Hooks.OnMetric.
	HookMetric HookKind = "metric"
	// HookToolCalled: Chat.RunTools starts a local tool's function (Tool,
	// ToolCallID; Body the arguments with defaults, only with WithHookBodies).
	HookToolCalled HookKind = "tool_called"
	// HookToolFinished: a tool call of Chat.RunTools has its answer (Tool,
	// ToolCallID, Outcome, DurationMs the function's run time, Message why
	// it failed), also for a call the core answered itself (unknown tool,
	// invalid arguments).
	HookToolFinished HookKind = "tool_finished"
)

// Outcomes of a HookToolFinished event (HookEvent.Outcome).
const (
	ToolOK               = "ok"                // the function returned a result
	ToolError            = "error"             // the function returned an error (or panicked)
	ToolTimeout          = "timeout"           // it did not answer within the tool timeout
	ToolUnknown          = "unknown_tool"      // the bot named a tool that is not registered
	ToolInvalidArguments = "invalid_arguments" // the arguments failed the tool's schema
	ToolCancelled        = "cancelled"         // the run stopped (cancelled, its deadline) while it ran
)

// The instruments of HookMetric events (HookEvent.Metric), with
// OpenTelemetry's names and units.
const (
	// MetricRequestDuration: histogram, unit "s", one per attempt that was
	// sent (answered or not).
	MetricRequestDuration = "http.client.request.duration"
	// MetricRetries: counter, unit "{retry}", one per retry scheduled.
	MetricRetries = "coze.client.retries"
	// MetricStreamEvents: counter, unit "{event}", the events a stream
	// handed out, added when the stream ends.
	MetricStreamEvents = "coze.client.stream.events"
	// MetricCircuitState: gauge, unit "1", the breaker's state when it
	// changes: 0 closed, 1 open, 2 half-open.
	MetricCircuitState = "coze.client.circuit.state"
)

// The instrument kinds of HookMetric events (HookEvent.Instrument).
const (
	InstrumentHistogram = "histogram"
	InstrumentCounter   = "counter"
	InstrumentGauge     = "gauge"
)

// The attribute names of HookMetric events (HookEvent.Attributes), those of
// OpenTelemetry's semantic conventions plus coze.operation.
const (
	AttrHTTPMethod     = "http.request.method"
	AttrServerAddress  = "server.address"
	AttrServerPort     = "server.port"
	AttrHTTPStatusCode = "http.response.status_code"
	AttrErrorType      = "error.type"
	AttrOperation      = "coze.operation"
)

// Reasons of a HookHealthChanged event (HookEvent.Reason).
const (
	HealthSpike    = "spike"     // a time slice failed at well above the average rate
	HealthOpened   = "opened"    // the breaker opened: attempts fail at once with ErrCircuitOpen
	HealthHalfOpen = "half_open" // open_ms passed: probes may go out
	HealthClosed   = "closed"    // a probe succeeded: calls go out again
)

// HookEvent is what a hook receives.
type HookEvent struct {
	Kind   HookKind
	Op     string // the operation, e.g. "chat.stream"
	Method string
	Path   string // the URL path, without query
	// Attempt is 1, 2, ...; 0 on HookCallFinished when no attempt was made.
	Attempt int
	Status  int // the HTTP status when one was received, else 0
	// DurationMs is, for HookResponseHead, the time since the request was sent;
	// for HookRetryScheduled, that of the failed attempt; for HookCallFinished,
	// that of the whole call; for HookToolFinished, the tool function's run
	// time (0 when it did not run); -1 otherwise.
	DurationMs int64
	// DelayMs is, for HookRetryScheduled, the sleep before the next attempt; -1 otherwise.
	DelayMs        int64
	LogID          string // X-Tt-Logid when received
	RequestID      string // the attempt's X-Client-Request-Id
	IdempotencyKey string // "" when none
	Traceparent    string // the W3C traceparent sent, "" when none
	// ErrorKind and Message say why, for HookRetryScheduled, and what failed,
	// for HookCallFinished ("" on success); Message is also why a tool call
	// failed (HookToolFinished).
	ErrorKind Kind
	Message   string
	// Headers are the request's (HookRequestSent) or the response's
	// (HookResponseHead), with secrets (Authorization, Cookie, ...) redacted.
	Headers http.Header
	// Body is the request body (HookRequestSent), or a tool call's arguments
	// with defaults filled (HookToolCalled, HookToolFinished), only with
	// WithHookBodies(true).
	Body string
	// Severity is SeverityWarning for HookRetryScheduled, the error's for a
	// failed HookCallFinished ("" on success), and for HookHealthChanged
	// SeverityWarning (spike, half_open), SeverityCritical (opened) or
	// SeverityInfo (closed), and SeverityWarning for a HookToolFinished whose
	// Outcome is not ToolOK; "" otherwise.
	Severity Severity
	// Reason is, for HookHealthChanged, HealthSpike, HealthOpened,
	// HealthHalfOpen or HealthClosed; "" otherwise.
	Reason string
	// State is, for HookHealthChanged, the breaker's state after the change:
	// "closed", "open" or "half_open"; "" otherwise.
	State string
	// ErrorRate is, for HookHealthChanged, the moving error rate (0..1; for a
	// spike, the rate of the slice that spiked); -1 otherwise.
	ErrorRate float64

	// Metric is, for HookMetric, the instrument's name (MetricRequestDuration,
	// MetricRetries, MetricStreamEvents or MetricCircuitState); "" otherwise.
	Metric string
	// Instrument is, for HookMetric, InstrumentHistogram, InstrumentCounter
	// or InstrumentGauge; "" otherwise.
	Instrument string
	// Unit is, for HookMetric, the UCUM unit: "s", "{retry}", "{event}" or "1".
	Unit string
	// Value is, for HookMetric, the measurement: a duration in seconds, the
	// count to add, or the gauge's value; 0 otherwise.
	Value float64
	// Attributes are, for HookMetric, the measurement's attributes (AttrHTTPMethod,
	// AttrServerAddress, AttrServerPort, AttrHTTPStatusCode, AttrErrorType,
	// AttrOperation: only those that apply), every value a string as the core
	// gives it (a port or status code in decimal); nil otherwise.
	Attributes map[string]string

	// Tool is, for HookToolCalled and HookToolFinished, the tool's name; "" otherwise.
	Tool string
	// ToolCallID is, for HookToolCalled and HookToolFinished, the bot's id
	// of the call; "" otherwise.
	ToolCallID string
	// Outcome is, for HookToolFinished, ToolOK, ToolError, ToolTimeout,
	// ToolUnknown or ToolInvalidArguments; "" otherwise.
	Outcome string
}

// Hooks observe a client's calls; every field is optional. A hook runs on
// the goroutine that runs the call, synchronously, right after the core
// produced the event (HookRequestSent before the request goes out), so it
// should return quickly. A hook that panics is recovered and ignored: it
// never breaks the call.
type Hooks struct {
	OnRequestSent    func(HookEvent)
	OnResponseHead   func(HookEvent)
	OnRetryScheduled func(HookEvent)
	OnCallFinished   func(HookEvent)
	// OnHealthChanged gets the client's HookHealthChanged events. It runs on
	// the goroutine of the call whose attempt (or refusal) changed the health.
	OnHealthChanged func(HookEvent)
	// OnMetric gets the client's HookMetric events: the measurements of the
	// instruments MetricRequestDuration, MetricRetries, MetricStreamEvents
	// and MetricCircuitState (package otelmetrics feeds them to
	// OpenTelemetry). Setting it turns on the core's metrics; with no other
	// hook set, the core records no other hook event.
	OnMetric func(HookEvent)
	// OnToolCalled and OnToolFinished get Chat.RunTools' HookToolCalled and
	// HookToolFinished events, on the goroutine that reads the stream (not
	// the tool's own).
	OnToolCalled   func(HookEvent)
	OnToolFinished func(HookEvent)
}

// events says whether a hook other than OnMetric is set (the core's
// "hooks" flag).
func (h *Hooks) events() bool {
	return h != nil && (h.OnRequestSent != nil || h.OnResponseHead != nil || h.OnRetryScheduled != nil ||
		h.OnCallFinished != nil || h.OnHealthChanged != nil || h.OnToolCalled != nil || h.OnToolFinished != nil)
}

// metrics says whether OnMetric is set (the core's "metrics" flag).
func (h *Hooks) metrics() bool {
	return h != nil && h.OnMetric != nil
}

func (h *Hooks) any() bool {
	return h.events() || h.metrics()
}

// WithHooks sets the client's hooks. The core records hook events only when
// at least one hook other than OnMetric is set, and measurements only when
// OnMetric is set.
func WithHooks(h Hooks) Option {
	return clientOption(func(s *settings) {
		if h.any() {
			s.hooks = &h
		} else {
			s.hooks = nil
		}
	})
}

// WithHookBodies adds request bodies to HookRequestSent events (default off).
func WithHookBodies(on bool) Option {
	return clientOption(func(s *settings) { s.hookBodies = on })
}

// dispatch hands recorded events to the hooks, in order.
func (h *Hooks) dispatch(events []core.HookEvent) {
	for _, e := range events {
		var f func(HookEvent)
		switch HookKind(e.Kind) {
		case HookRequestSent:
			f = h.OnRequestSent
		case HookResponseHead:
			f = h.OnResponseHead
		case HookRetryScheduled:
			f = h.OnRetryScheduled
		case HookCallFinished:
			f = h.OnCallFinished
		case HookHealthChanged:
			f = h.OnHealthChanged
		case HookMetric:
			f = h.OnMetric
		case HookToolCalled:
			f = h.OnToolCalled
		case HookToolFinished:
			f = h.OnToolFinished
		}
		if f != nil {
			callHook(f, hookEventFromCore(e))
		}
	}
}

func callHook(f func(HookEvent), ev HookEvent) {
	defer func() { _ = recover() }() // a panicking hook must not break the call
	f(ev)
}

func hookEventFromCore(e core.HookEvent) HookEvent {
	var attributes map[string]string
	if len(e.Attributes) > 0 {
		attributes = make(map[string]string, len(e.Attributes))
		for _, x := range e.Attributes {
			attributes[x.Name] = x.Value
		}
	}
	var headers http.Header
	if len(e.Headers) > 0 {
		headers = make(http.Header, len(e.Headers))
		for _, x := range e.Headers {
			headers.Add(x.Name, x.Value)
		}
	}
	return HookEvent{
		Kind:           HookKind(e.Kind),
		Op:             e.Op,
		Method:         e.Method,
		Path:           e.Path,
		Attempt:        e.Attempt,
		Status:         e.Status,
		DurationMs:     e.DurationMs,
		DelayMs:        e.DelayMs,
		LogID:          e.LogID,
		RequestID:      e.RequestID,
		IdempotencyKey: e.IdempotencyKey,
		Traceparent:    e.Traceparent,
		ErrorKind:      Kind(e.ErrorKind),
		Message:        e.Message,
		Headers:        headers,
		Body:           e.Body,
		Severity:       Severity(e.Severity),
		Reason:         e.Reason,
		State:          e.State,
		ErrorRate:      e.ErrorRate,
		Metric:         e.Metric,
		Instrument:     e.Instrument,
		Unit:           e.Unit,
		Value:          e.Value,
		Attributes:     attributes,
		Tool:           e.Tool,
		ToolCallID:     e.ToolCallID,
		Outcome:        e.Outcome,
	}
}
