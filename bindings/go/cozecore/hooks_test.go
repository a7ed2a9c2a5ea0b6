package cozecore_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// Hooks, attempt history, trace context, per-call options, retry budget and
// rate limit, through the real driver against tests/fake_coze.

const (
	traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
	tracestate  = "congo=t61rcWkgMzE"
)

// hookLog records every hook event in the order the hooks ran.
type hookLog struct {
	mu     sync.Mutex
	events []cozecore.HookEvent
}

func (l *hookLog) add(e cozecore.HookEvent) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.events = append(l.events, e)
}

func (l *hookLog) all() []cozecore.HookEvent {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]cozecore.HookEvent(nil), l.events...)
}

func (l *hookLog) kinds() []string {
	var out []string
	for _, e := range l.all() {
		out = append(out, string(e.Kind))
	}
	return out
}

func (l *hookLog) hooks() cozecore.Hooks {
	return cozecore.Hooks{OnRequestSent: l.add, OnResponseHead: l.add, OnRetryScheduled: l.add, OnCallFinished: l.add}
}

func server503() map[string]any {
	return map[string]any{"status": 503, "headers": map[string]string{"Retry-After": "0"},
		"body": map[string]any{"code": 5000, "msg": "x"}}
}

// fullLog is the fake server's request log with the fields these tests read.
type fullLog struct {
	Headers         map[string]string `json:"headers"`
	Body            string            `json:"body"`
	IdempotencyKey  *string           `json:"idempotency_key"`
	ClientRequestID *string           `json:"client_request_id"`
}

func requests(t *testing.T) []fullLog {
	t.Helper()
	var log []fullLog
	if err := json.Unmarshal(control(t, "GET", "/_fake/requests", nil), &log); err != nil {
		t.Fatal(err)
	}
	return log
}

func TestHooksFireInOrder(t *testing.T) {
	base := fakeServer(t)
	var log hookLog
	c := newClient(t, base, cozecore.WithHooks(log.hooks()))
	addFaults(t, server503())
	chat, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		kind            cozecore.HookKind
		attempt, status int
	}
	want := []row{
		{cozecore.HookRequestSent, 1, 0},
		{cozecore.HookResponseHead, 1, 503},
		{cozecore.HookRetryScheduled, 1, 503},
		{cozecore.HookRequestSent, 2, 0},
		{cozecore.HookResponseHead, 2, 200},
		{cozecore.HookCallFinished, 2, 200},
	}
	got := log.all()
	if len(got) != len(want) {
		t.Fatalf("hooks %v, want %d", log.kinds(), len(want))
	}
	for i, w := range want {
		e := got[i]
		if e.Kind != w.kind || e.Attempt != w.attempt || e.Status != w.status {
			t.Errorf("hook %d: %s attempt %d status %d, want %+v", i, e.Kind, e.Attempt, e.Status, w)
		}
		if e.Op != "chat.create" || e.Method != "POST" || e.Path != "/v3/chat" {
			t.Errorf("hook %d: %s %s %s", i, e.Op, e.Method, e.Path)
		}
	}
	head1, retry, head2, done := got[1], got[2], got[4], got[5]
	if !strings.Contains(head1.LogID, "FAKE") || head1.LogID != head1.Headers.Get("X-Tt-Logid") {
		t.Errorf("first head logid %q, header %q", head1.LogID, head1.Headers.Get("X-Tt-Logid"))
	}
	if head2.LogID != chat.LogID() || head2.LogID == head1.LogID {
		t.Errorf("logids %q %q, chat %q", head1.LogID, head2.LogID, chat.LogID())
	}
	if retry.ErrorKind != cozecore.KindServer || retry.DelayMs != 0 || retry.DurationMs < 0 {
		t.Errorf("retry %+v", retry)
	}
	if got[0].DurationMs != -1 || got[0].DelayMs != -1 || head1.DurationMs < 0 {
		t.Errorf("durations: sent %d/%d, head %d", got[0].DurationMs, got[0].DelayMs, head1.DurationMs)
	}
	if done.ErrorKind != "" || done.Message != "" || done.DurationMs < 0 {
		t.Errorf("finished %+v", done)
	}
	server := requests(t)
	if len(server) != 2 || got[0].RequestID != *server[0].ClientRequestID || got[3].RequestID != *server[1].ClientRequestID {
		t.Errorf("request ids %q %q, server %+v", got[0].RequestID, got[3].RequestID, server)
	}
	for _, e := range got {
		if e.IdempotencyKey == "" || e.IdempotencyKey != *server[0].IdempotencyKey {
			t.Errorf("%s: idempotency key %q", e.Kind, e.IdempotencyKey)
		}
	}
}

func TestHookHeadersAreRedacted(t *testing.T) {
	base := fakeServer(t)
	for _, bodies := range []bool{false, true} {
		var log hookLog
		c := newClient(t, base, cozecore.WithHooks(log.hooks()), cozecore.WithHookBodies(bodies))
		if _, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "body please")); err != nil {
			t.Fatal(err)
		}
		sent := log.all()[0]
		if sent.Kind != cozecore.HookRequestSent || sent.Headers.Get("Authorization") != "[redacted]" {
			t.Fatalf("request_sent headers %v", sent.Headers)
		}
		for name, values := range sent.Headers {
			if strings.Contains(strings.Join(values, ","), token) {
				t.Fatalf("the token leaked in header %s", name)
			}
		}
		if sent.Headers.Get("Content-Type") != "application/json" {
			t.Errorf("content-type %q", sent.Headers.Get("Content-Type"))
		}
		if hasBody := strings.Contains(sent.Body, "body please"); hasBody != bodies {
			t.Errorf("hook bodies %v: body %q", bodies, sent.Body)
		}
		if head := log.all()[1]; !strings.HasPrefix(head.Headers.Get("Content-Type"), "application/json") {
			t.Errorf("response_head headers %v", head.Headers)
		}
	}
}

func TestHooksOnStreamEndAndClose(t *testing.T) {
	base := fakeServer(t)
	var log hookLog
	c := newClient(t, base, cozecore.WithHooks(log.hooks()))
	s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", "hello there"))
	if err != nil {
		t.Fatal(err)
	}
	if got := readAll(s); got.err != nil || got.types[len(got.types)-1] != cozecore.EventDone {
		t.Fatalf("%+v", got)
	}
	want := "request_sent response_head call_finished"
	if got := strings.Join(log.kinds(), " "); got != want {
		t.Fatalf("hooks %s, want %s", got, want)
	}

	log = hookLog{}
	s, err = c.Chat.Stream(context.Background(), chatRequest("bot-1", "hello there"))
	if err != nil {
		t.Fatal(err)
	}
	if !s.Next() {
		t.Fatal(s.Err())
	}
	if got := strings.Join(log.kinds(), " "); got != "request_sent response_head" {
		t.Fatalf("before close: %s", got)
	}
	s.Close()
	s.Close()
	events := log.all()
	if got := strings.Join(log.kinds(), " "); got != want || events[2].ErrorKind != cozecore.KindCancelled {
		t.Fatalf("after close: %s %+v", got, events[len(events)-1])
	}
}

func TestPanickingHookDoesNotBreakTheCall(t *testing.T) {
	base := fakeServer(t)
	var calls []cozecore.HookKind
	boom := func(e cozecore.HookEvent) {
		calls = append(calls, e.Kind)
		panic("hook failure")
	}
	c := newClient(t, base, cozecore.WithMaxRetries(1), cozecore.WithHooks(cozecore.Hooks{
		OnRequestSent: boom, OnResponseHead: boom, OnRetryScheduled: boom, OnCallFinished: boom}))
	addFaults(t, server503())
	if _, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi")); err != nil {
		t.Fatal(err)
	}
	s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", "hi"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := readAll(s); got.err != nil || got.text() != "Echo: hi" {
		t.Fatalf("%+v", got)
	}
	if len(calls) != 9 {
		t.Fatalf("hooks ran %d times: %v", len(calls), calls)
	}
}

func TestTraceparentOnEveryAttempt(t *testing.T) {
	base := fakeServer(t)
	var log hookLog
	c := newClient(t, base, cozecore.WithMaxRetries(2), cozecore.WithHooks(log.hooks()))
	addFaults(t, server503(), server503())
	_, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"),
		cozecore.WithTraceparent(traceparent), cozecore.WithTracestate(tracestate))
	if err != nil {
		t.Fatal(err)
	}
	server := requests(t)
	if len(server) != 3 {
		t.Fatalf("%d requests", len(server))
	}
	for i, r := range server {
		if r.Headers["traceparent"] != traceparent || r.Headers["tracestate"] != tracestate {
			t.Errorf("attempt %d: headers %v", i+1, r.Headers)
		}
		if strings.Contains(r.Body, "traceparent") {
			t.Errorf("the body carries the trace context: %s", r.Body)
		}
	}
	for _, e := range log.all() {
		if e.Traceparent != traceparent {
			t.Errorf("%s: traceparent %q", e.Kind, e.Traceparent)
		}
	}

	// On a stream too.
	control(t, "POST", "/_fake/reset", nil)
	s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", "hi"), cozecore.WithTraceparent(traceparent))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	readAll(s)
	if r := requests(t); len(r) != 1 || r[0].Headers["traceparent"] != traceparent || r[0].Headers["tracestate"] != "" {
		t.Fatalf("stream request %+v", r)
	}
}

func TestMalformedTraceparentIsRejectedBeforeSending(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base)
	_, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"),
		cozecore.WithTraceparent("00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
	e := asError(t, err)
	if !errors.Is(err, cozecore.ErrInvalidArgument) || len(e.History) != 0 || e.Attempts != 0 {
		t.Fatalf("%v, history %v", err, e.History)
	}
	if n := len(requests(t)); n != 0 {
		t.Fatalf("%d requests sent", n)
	}
}

func TestErrorHistoryAfterFaults(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base, cozecore.WithMaxRetries(2))
	addFaults(t, map[string]any{"reset": true}, server503(),
		map[string]any{"status": 502, "headers": map[string]string{"Retry-After": "0"},
			"body": map[string]any{"code": 0, "msg": "bad gateway"}})
	_, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	e := asError(t, err)
	if !errors.Is(err, cozecore.ErrGateway) || e.Attempts != 3 || len(e.History) != 3 {
		t.Fatalf("%v, history %+v", err, e.History)
	}
	want := []struct {
		outcome string
		kind    cozecore.Kind
	}{{"reset", cozecore.KindConnection}, {"503", cozecore.KindServer}, {"502", cozecore.KindGateway}}
	server := requests(t)
	for i, a := range e.History {
		if a.Number != i+1 || a.Outcome != want[i].outcome || a.Kind != want[i].kind || a.DurationMs < 0 {
			t.Errorf("attempt %d: %+v", i+1, a)
		}
		if a.RequestID != *server[i].ClientRequestID || a.IdempotencyKey != *server[0].IdempotencyKey {
			t.Errorf("attempt %d: ids %q %q, server %q %q", i+1, a.RequestID, a.IdempotencyKey,
				*server[i].ClientRequestID, *server[0].IdempotencyKey)
		}
	}
	if d := e.History[0].DelayMs; d < 300 || d > 1000 {
		t.Errorf("backoff after the reset: %d ms", d)
	}
	if e.History[1].DelayMs != 0 || e.History[2].DelayMs != 0 {
		t.Errorf("delays %d %d", e.History[1].DelayMs, e.History[2].DelayMs)
	}

	// One attempt, not retried.
	bad := newClient(t, base, cozecore.WithToken("not-a-pat"))
	_, err = bad.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	if h := asError(t, err).History; len(h) != 1 || h[0].Outcome != "401" || h[0].Kind != cozecore.KindAuthentication {
		t.Fatalf("%+v", h)
	}
}

func TestPerCallMaxRetriesAndIdempotency(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base, cozecore.WithMaxRetries(2))
	addFaults(t, server503(), server503())
	_, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"), cozecore.WithCallMaxRetries(0))
	if e := asError(t, err); e.Attempts != 1 {
		t.Fatalf("%d attempts", e.Attempts)
	}
	control(t, "POST", "/_fake/reset", nil)
	if _, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"), cozecore.WithIdempotencyKey("key-1")); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"), cozecore.WithoutIdempotencyKey()); err != nil {
		t.Fatal(err)
	}
	if r := requests(t); len(r) != 2 || r[0].IdempotencyKey == nil || *r[0].IdempotencyKey != "key-1" || r[1].IdempotencyKey != nil {
		t.Fatalf("%+v", r)
	}
}

func TestRetryBudgetStopsRetries(t *testing.T) {
	base := fakeServer(t)
	budget := cozecore.DefaultRetryBudget()
	budget.Capacity, budget.RetryCost, budget.SuccessRefund = 5, 5, 0
	c := newClient(t, base, cozecore.WithMaxRetries(3), cozecore.WithRetryBudget(budget))
	addFaults(t, server503(), server503(), server503())
	_, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	if e := asError(t, err); e.Attempts != 2 || !strings.Contains(e.Message, "retry budget") {
		t.Fatalf("%v (%d attempts)", err, e.Attempts)
	}
	budget.Capacity = -1
	_, err = newClient(t, base, cozecore.WithRetryBudget(budget)).Chat.Create(context.Background(), chatRequest("b", "x"))
	if !errors.Is(err, cozecore.ErrInvalidArgument) {
		t.Fatalf("negative capacity: %v", err)
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestRateLimitMakesTheSecondCallWait(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base, cozecore.WithRateLimit(2, 1))
	first := time.Now()
	if _, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi")); err != nil {
		t.Fatal(err)
	}
	cpu, start := cpuTime(), time.Now()
	if _, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi")); err != nil {
		t.Fatal(err)
	}
	waited, used := time.Since(start), cpuTime()-cpu
	// The second token comes 500 ms after the first call took the first, which is after
	// `first` (counted from the second call's start, a slow first call would shorten the wait).
	if sinceFirst := time.Since(first); sinceFirst < 450*time.Millisecond || waited > 5*time.Second {
		t.Fatalf("the second call took %v, %v after the first began; want about 500ms", waited, sinceFirst)
	}
	if used > max(waited/2, 50*time.Millisecond) {
		t.Fatalf("%v of CPU while waiting %v: not a sleep", used, waited)
	}
	_, err := newClient(t, base, cozecore.WithRateLimit(1, 0)).Chat.Create(context.Background(), chatRequest("b", "x"))
	if !errors.Is(err, cozecore.ErrInvalidArgument) {
		t.Fatalf("burst 0: %v", err)
	}
}

func TestRateLimitWaitEndsWithTheContext(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base, cozecore.WithRateLimit(0.2, 1))
	if _, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi")); err != nil {
		t.Fatal(err)
	}
	createPastDeadline(t, c, 200*time.Millisecond, 2*time.Second) // the limiter's wait ends with the context
	if n := len(requests(t)); n != 1 {
		t.Fatalf("%d requests", n)
	}
}
