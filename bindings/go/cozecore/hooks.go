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
	// that of the whole call; -1 otherwise.
	DurationMs int64
	// DelayMs is, for HookRetryScheduled, the sleep before the next attempt; -1 otherwise.
	DelayMs        int64
	LogID          string // X-Tt-Logid when received
	RequestID      string // the attempt's X-Client-Request-Id
	IdempotencyKey string // "" when none
	Traceparent    string // the W3C traceparent sent, "" when none
	// ErrorKind and Message say why, for HookRetryScheduled, and what failed,
	// for HookCallFinished ("" on success).
	ErrorKind Kind
	Message   string
	// Headers are the request's (HookRequestSent) or the response's
	// (HookResponseHead), with secrets (Authorization, Cookie, ...) redacted.
	Headers http.Header
	// Body is the request body (HookRequestSent), only with WithHookBodies(true).
	Body string
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
}

func (h *Hooks) any() bool {
	return h != nil && (h.OnRequestSent != nil || h.OnResponseHead != nil || h.OnRetryScheduled != nil ||
		h.OnCallFinished != nil)
}

// WithHooks sets the client's hooks. The core records hook events only when
// at least one hook is set.
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
	}
}
