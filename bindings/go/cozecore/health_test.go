package cozecore_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// healthHookLog keeps the hook events a client's hooks received.
type healthHookLog struct {
	mu     sync.Mutex
	health []cozecore.HookEvent
	done   []cozecore.HookEvent
}

func (l *healthHookLog) hooks() cozecore.Hooks {
	return cozecore.Hooks{
		OnHealthChanged: func(e cozecore.HookEvent) { l.mu.Lock(); l.health = append(l.health, e); l.mu.Unlock() },
		OnCallFinished:  func(e cozecore.HookEvent) { l.mu.Lock(); l.done = append(l.done, e); l.mu.Unlock() },
	}
}

func (l *healthHookLog) healthEvents() []cozecore.HookEvent {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]cozecore.HookEvent(nil), l.health...)
}

func (l *healthHookLog) lastFinished() cozecore.HookEvent {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.done) == 0 {
		return cozecore.HookEvent{}
	}
	return l.done[len(l.done)-1]
}

func mustHealth(t *testing.T, c *cozecore.Client) cozecore.ClientHealth {
	t.Helper()
	h, err := c.Health()
	if err != nil {
		t.Fatalf("Health: %v", err)
	}
	return h
}

// The breaker through the real driver: four server errors open it, the
// fifth call is refused without reaching the server, and after Open a
// probe that succeeds closes it again.
func TestE2EBreakerOpensAndCloses(t *testing.T) {
	base := fakeServer(t)
	var log healthHookLog
	c := newClient(t, base, cozecore.WithMaxRetries(0), cozecore.WithHooks(log.hooks()),
		cozecore.WithBreaker(cozecore.Breaker{Threshold: 0.5, MinAttempts: 4, Open: time.Second, HalfOpenProbes: 1}))
	ctx := context.Background()

	h := mustHealth(t, c)
	if h.State() != "closed" || !h.Breaker() || h.TotalAttempts() != 0 || h.Opened() != 0 {
		t.Fatalf("fresh client health %v", h)
	}
	for i := 1; i <= 4; i++ {
		_, err := c.Chat.Create(ctx, chatRequest("broken", "hi"))
		if !errors.Is(err, cozecore.ErrServer) {
			t.Fatalf("call %d: %v", i, err)
		}
		e := asError(t, err)
		if e.HTTPStatus != 500 || e.Code != 5000 || e.Severity != cozecore.SeverityCritical {
			t.Fatalf("call %d: status %d code %d severity %q", i, e.HTTPStatus, e.Code, e.Severity)
		}
		if f := log.lastFinished(); f.Severity != cozecore.SeverityCritical || f.ErrorKind != cozecore.KindServer {
			t.Fatalf("call %d: call_finished %+v", i, f)
		}
		if i < 4 && len(log.healthEvents()) != 0 {
			t.Fatalf("call %d: health events before the threshold: %+v", i, log.healthEvents())
		}
	}
	ev := log.healthEvents()
	if len(ev) != 1 {
		t.Fatalf("health events after 4 failures: %+v", ev)
	}
	if o := ev[0]; o.Kind != cozecore.HookHealthChanged || o.Reason != cozecore.HealthOpened || o.State != "open" ||
		o.Severity != cozecore.SeverityCritical || o.ErrorRate < 0.5 || o.ErrorRate > 1 {
		t.Fatalf("opened event %+v", o)
	}

	// Open: refused at once, nothing sent (Open is long enough for a
	// loaded machine to reach the next call well within it).
	start := time.Now()
	_, err := c.Chat.Create(ctx, chatRequest("bot-1", "hi"))
	if !errors.Is(err, cozecore.ErrCircuitOpen) || errors.Is(err, cozecore.ErrServer) {
		t.Fatalf("call while open: %v", err)
	}
	e := asError(t, err)
	if e.Kind != cozecore.KindCircuitOpen || !e.Retryable || e.HTTPStatus != 0 || e.Attempts != 0 ||
		e.RetryAfterMs <= 0 || e.RetryAfterMs > 1000 || e.Severity != cozecore.SeverityInfo || len(e.History) != 0 {
		t.Fatalf("circuit_open error %+v", e)
	}
	if time.Since(start) > 500*time.Millisecond {
		t.Fatalf("the refusal took %v", time.Since(start))
	}
	if n := len(requestLog(t)); n != 4 {
		t.Fatalf("the refused call reached the server: %d requests", n)
	}
	if f := log.lastFinished(); f.ErrorKind != cozecore.KindCircuitOpen || f.Severity != cozecore.SeverityInfo {
		t.Fatalf("call_finished of the refused call %+v", f)
	}
	h = mustHealth(t, c)
	if h.State() != "open" || h.Opened() != 1 || h.Rejected() != 1 || h.TotalAttempts() != 4 ||
		h.TotalFailures() != 4 || h.OpenMsLeft() <= 0 || h.OpenMsLeft() > 1000 {
		t.Fatalf("health while open %v", h)
	}

	// After Open the next call is the probe; its success closes the breaker.
	time.Sleep(time.Duration(h.OpenMsLeft()+30) * time.Millisecond)
	chat, err := c.Chat.Create(ctx, chatRequest("bot-1", "hi"))
	if err != nil {
		t.Fatalf("probe: %v", err)
	}
	if chat.ID() == "" {
		t.Fatalf("probe result %v", chat)
	}
	if n := len(requestLog(t)); n != 5 {
		t.Fatalf("%d requests after the probe, want 5", n)
	}
	h = mustHealth(t, c)
	if h.State() != "closed" || h.Opened() != 1 || h.OpenMsLeft() != 0 || h.TotalAttempts() != 5 {
		t.Fatalf("health after the probe %v", h)
	}
	ev = log.healthEvents()
	var reasons []string
	for _, x := range ev {
		reasons = append(reasons, x.Reason)
	}
	if len(ev) < 2 || reasons[0] != cozecore.HealthOpened || reasons[len(reasons)-1] != cozecore.HealthClosed {
		t.Fatalf("health reasons %v", reasons)
	}
	if last := ev[len(ev)-1]; last.State != "closed" || last.Severity != cozecore.SeverityInfo {
		t.Fatalf("closed event %+v", last)
	}
	for _, x := range ev[1 : len(ev)-1] {
		if x.Reason != cozecore.HealthHalfOpen || x.State != "half_open" || x.Severity != cozecore.SeverityWarning {
			t.Fatalf("event between opened and closed %+v", x)
		}
	}
}

// Severity of caller-side errors through the driver: a 404 is info, a busy
// conversation (Coze 4016) a warning, a bad token critical; none of them
// counts against the service's health.
func TestE2ESeverityOfCallerErrors(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base, cozecore.WithMaxRetries(0), cozecore.WithBreaker(cozecore.DefaultBreaker()))
	ctx := context.Background()

	// HTTP 200 with Coze code 4001 (an unknown conversation), then a real HTTP 404.
	retrieve := cozecore.ConversationsRetrieveParams{ConversationID: "7499999999999999999"}
	_, err := c.Conversations.Retrieve(ctx, retrieve)
	if e := asError(t, err); !errors.Is(err, cozecore.ErrNotFound) || e.Code != 4001 || e.Severity != cozecore.SeverityInfo {
		t.Fatalf("not found (4001): %+v", e)
	}
	addFaults(t, map[string]any{"status": 404, "body": map[string]any{"code": 4200, "msg": "no such thing"}})
	_, err = c.Conversations.Retrieve(ctx, retrieve)
	if e := asError(t, err); !errors.Is(err, cozecore.ErrNotFound) || e.HTTPStatus != 404 || e.Severity != cozecore.SeverityInfo {
		t.Fatalf("not found (404): %+v", e)
	}
	addFaults(t, map[string]any{"status": 400, "body": map[string]any{"code": 4000, "msg": "bad parameter"}})
	_, err = c.Chat.Create(ctx, chatRequest("bot-1", "hi"))
	if e := asError(t, err); !errors.Is(err, cozecore.ErrBadRequest) || e.HTTPStatus != 400 || e.Severity != cozecore.SeverityWarning {
		t.Fatalf("bad request: %+v", e)
	}
	_, err = c.Chat.Create(ctx, chatRequest("busy", "hi"))
	if e := asError(t, err); e.Code != 4016 || e.Severity != cozecore.SeverityWarning {
		t.Fatalf("busy: %+v", e)
	}
	h := mustHealth(t, c)
	if h.TotalAttempts() != 4 || h.TotalFailures() != 0 || h.State() != "closed" {
		t.Fatalf("health after caller errors %v", h)
	}

	bad := cozecore.NewClient(cozecore.WithToken("not-a-valid-token"), cozecore.WithBaseURL(base), cozecore.WithMaxRetries(0))
	defer bad.Close()
	_, err = bad.Chat.Create(ctx, chatRequest("bot-1", "hi"))
	if e := asError(t, err); !errors.Is(err, cozecore.ErrAuthentication) || e.Severity != cozecore.SeverityCritical {
		t.Fatalf("unauthorized: %+v", e)
	}
}

// WithHealth reaches the core: with 50 ms slices, a failure is in the last
// slice once 50 ms have passed; with the default 1 s slices it is still in
// the running one.
func TestE2EHealthSlices(t *testing.T) {
	base := fakeServer(t)
	ctx := context.Background()
	short := cozecore.DefaultHealthOptions()
	short.Alpha, short.Slice = 1, 50*time.Millisecond
	for _, tc := range []struct {
		name string
		opts []cozecore.Option
		last bool // the failure is in the last slice, not the running one
	}{
		{"default", nil, false},
		{"50ms", []cozecore.Option{cozecore.WithHealth(short)}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newClient(t, base, append([]cozecore.Option{cozecore.WithMaxRetries(0)}, tc.opts...)...)
			if _, err := c.Chat.Create(ctx, chatRequest("broken", "hi")); !errors.Is(err, cozecore.ErrServer) {
				t.Fatal(err)
			}
			time.Sleep(120 * time.Millisecond)
			h := mustHealth(t, c)
			if h.Breaker() || h.State() != "closed" || h.TotalAttempts() != 1 || h.TotalFailures() != 1 {
				t.Fatalf("health %v", h)
			}
			if tc.last {
				if h.CurrentAttempts() != 0 || h.Attempts() != 1 || h.Failures() != 1 || !h.Rated() || h.ErrorRate() != 1 {
					t.Fatalf("health %v", h)
				}
			} else if h.CurrentAttempts() != 1 || h.CurrentFailures() != 1 {
				t.Fatalf("health %v", h)
			}
		})
	}
}

// Health without any call: the options reach the core's config, a refused
// option and a closed client give ErrInvalidArgument.
func TestHealthOptions(t *testing.T) {
	off := cozecore.NewClient(cozecore.WithToken("pat_x"))
	h := mustHealth(t, off)
	if h.Breaker() || h.State() != "closed" || h.TotalAttempts() != 0 || h.Rated() || h.RetryBudgetLeft() != 500 {
		t.Fatalf("default health %v", h)
	}
	off.Close()
	if _, err := off.Health(); !errors.Is(err, cozecore.ErrInvalidArgument) {
		t.Fatalf("Health after Close: %v", err)
	}

	on := cozecore.NewClient(cozecore.WithToken("pat_x"), cozecore.WithBreaker(cozecore.DefaultBreaker()),
		cozecore.WithRetryBudget(cozecore.RetryBudget{Capacity: 40, RetryCost: 5, TimeoutRetryCost: 10, SuccessRefund: 1}))
	defer on.Close()
	if h := mustHealth(t, on); !h.Breaker() || h.State() != "closed" || h.RetryBudgetLeft() != 40 {
		t.Fatalf("health with a breaker %v", h)
	}
	again := cozecore.NewClient(cozecore.WithToken("pat_x"), cozecore.WithBreaker(cozecore.DefaultBreaker()),
		cozecore.WithoutBreaker())
	defer again.Close()
	if h := mustHealth(t, again); h.Breaker() {
		t.Fatalf("WithoutBreaker: %v", h)
	}

	bad := []struct {
		name string
		opt  cozecore.Option
		key  string
	}{
		{"threshold", cozecore.WithBreaker(cozecore.Breaker{Threshold: 1.5, MinAttempts: 1, Open: time.Second, HalfOpenProbes: 1}), "breaker.threshold"},
		{"open", cozecore.WithBreaker(cozecore.Breaker{Threshold: 0.5, MinAttempts: 1, Open: 0, HalfOpenProbes: 1}), "breaker.open_ms"},
		{"alpha", cozecore.WithHealth(cozecore.HealthOptions{Alpha: 0, Slice: time.Second, SpikeFactor: 3, SpikeMinAttempts: 5}), "health.alpha"},
		{"slice", cozecore.WithHealth(cozecore.HealthOptions{Alpha: 0.3, Slice: -time.Second, SpikeFactor: 3, SpikeMinAttempts: 5}), "health.slice_ms"},
	}
	for _, tc := range bad {
		c := cozecore.NewClient(cozecore.WithToken("pat_x"), tc.opt)
		_, err := c.Health()
		var e *cozecore.Error
		if !errors.As(err, &e) || e.Kind != cozecore.KindInvalidArgument || !strings.Contains(e.Message, tc.key) {
			t.Errorf("%s: Health: %v", tc.name, err)
		}
		if _, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi")); !errors.Is(err, cozecore.ErrInvalidArgument) {
			t.Errorf("%s: call: %v", tc.name, err)
		}
		c.Close()
	}
}
