package cozecore_test

import (
	"context"
	"net/url"
	"sync"
	"testing"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// metricLog keeps the HookMetric events of a client with only OnMetric set.
type metricLog struct {
	mu     sync.Mutex
	events []cozecore.HookEvent
}

func (l *metricLog) onMetric(e cozecore.HookEvent) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.events = append(l.events, e)
}

func (l *metricLog) named(name string) []cozecore.HookEvent {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []cozecore.HookEvent
	for _, e := range l.events {
		if e.Metric == name {
			out = append(out, e)
		}
	}
	return out
}

func (l *metricLog) all() []cozecore.HookEvent {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]cozecore.HookEvent(nil), l.events...)
}

func fakePort(t *testing.T, base string) string {
	t.Helper()
	u, err := url.Parse(base)
	if err != nil || u.Port() == "" {
		t.Fatalf("base URL %q: %v", base, err)
	}
	return u.Port()
}

func wantAttrs(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: attributes %v, want %v", what, got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("%s: attribute %s = %q, want %q (all: %v)", what, k, got[k], v, got)
		}
	}
}

// A client with only OnMetric: a plain call gives one request duration,
// and no other kind of hook event reaches it.
func TestE2EMetricsPlainCall(t *testing.T) {
	base := fakeServer(t)
	var log metricLog
	c := newClient(t, base, cozecore.WithHooks(cozecore.Hooks{OnMetric: log.onMetric}))
	// The answer comes 30 ms late, so the duration (ms resolution) is measurable.
	addFaults(t, map[string]any{"stall_ms": 30})
	if _, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi")); err != nil {
		t.Fatal(err)
	}
	all := log.all()
	if len(all) != 1 {
		t.Fatalf("metric events %+v, want one", all)
	}
	e := all[0]
	if e.Kind != cozecore.HookMetric || e.Metric != cozecore.MetricRequestDuration ||
		e.Instrument != cozecore.InstrumentHistogram || e.Unit != "s" {
		t.Fatalf("event %+v", e)
	}
	if e.Value < 0.03 || e.Value > 10 {
		t.Fatalf("duration %v s", e.Value)
	}
	wantAttrs(t, "duration", e.Attributes, map[string]string{
		cozecore.AttrHTTPMethod:     "POST",
		cozecore.AttrServerAddress:  "127.0.0.1",
		cozecore.AttrServerPort:     fakePort(t, base),
		cozecore.AttrHTTPStatusCode: "200",
		cozecore.AttrOperation:      "chat.create",
	})
}

// A 503 retried once: two durations (503 with error.type server, then 200)
// and one retry with error.type server.
func TestE2EMetricsRetry(t *testing.T) {
	base := fakeServer(t)
	addFaults(t, map[string]any{"status": 503, "headers": map[string]string{"Retry-After": "0"},
		"body": map[string]any{"code": 5000, "msg": "overloaded"}})
	var log metricLog
	c := newClient(t, base, cozecore.WithMaxRetries(1), cozecore.WithHooks(cozecore.Hooks{OnMetric: log.onMetric}))
	if _, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi")); err != nil {
		t.Fatal(err)
	}
	port := fakePort(t, base)
	retries := log.named(cozecore.MetricRetries)
	if len(retries) != 1 || retries[0].Value != 1 || retries[0].Instrument != cozecore.InstrumentCounter ||
		retries[0].Unit != "{retry}" {
		t.Fatalf("retry events %+v", retries)
	}
	wantAttrs(t, "retries", retries[0].Attributes, map[string]string{
		cozecore.AttrServerAddress: "127.0.0.1",
		cozecore.AttrServerPort:    port,
		cozecore.AttrErrorType:     "server",
		cozecore.AttrOperation:     "chat.create",
	})
	durations := log.named(cozecore.MetricRequestDuration)
	if len(durations) != 2 {
		t.Fatalf("duration events %+v, want two", durations)
	}
	if durations[0].Attributes[cozecore.AttrHTTPStatusCode] != "503" ||
		durations[0].Attributes[cozecore.AttrErrorType] != "server" {
		t.Fatalf("first attempt %v", durations[0].Attributes)
	}
	if durations[1].Attributes[cozecore.AttrHTTPStatusCode] != "200" {
		t.Fatalf("second attempt %v", durations[1].Attributes)
	}
	if _, ok := durations[1].Attributes[cozecore.AttrErrorType]; ok {
		t.Fatalf("error.type on a success: %v", durations[1].Attributes)
	}
	if n := len(log.all()); n != 3 {
		t.Fatalf("%d metric events, want 3: %+v", n, log.all())
	}
}

// A chat stream: the stream events counter adds what the user received.
func TestE2EMetricsStreamEvents(t *testing.T) {
	base := fakeServer(t)
	var log metricLog
	c := newClient(t, base, cozecore.WithHooks(cozecore.Hooks{OnMetric: log.onMetric}))
	s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", "hello metrics"))
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(s)
	s.Close()
	if got.err != nil {
		t.Fatal(got.err)
	}
	if len(got.types) < 4 {
		t.Fatalf("events %q", got.types)
	}
	counted := log.named(cozecore.MetricStreamEvents)
	if len(counted) != 1 {
		t.Fatalf("stream events metrics %+v", counted)
	}
	e := counted[0]
	if e.Value != float64(len(got.types)) || e.Instrument != cozecore.InstrumentCounter || e.Unit != "{event}" {
		t.Fatalf("counted %v (%s, %s), the user received %d", e.Value, e.Instrument, e.Unit, len(got.types))
	}
	wantAttrs(t, "stream events", e.Attributes, map[string]string{
		cozecore.AttrServerAddress: "127.0.0.1",
		cozecore.AttrServerPort:    fakePort(t, base),
		cozecore.AttrOperation:     "chat.stream",
	})
	if d := log.named(cozecore.MetricRequestDuration); len(d) != 1 || d[0].Attributes[cozecore.AttrHTTPStatusCode] != "200" {
		t.Fatalf("durations %+v", d)
	}
}

// A stream closed early counts the events handed out so far.
func TestE2EMetricsStreamClosedEarly(t *testing.T) {
	base := fakeServer(t)
	var log metricLog
	c := newClient(t, base, cozecore.WithHooks(cozecore.Hooks{OnMetric: log.onMetric}))
	s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", "hello there, a longer answer"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for n < 2 && s.Next() {
		n++
	}
	if n != 2 {
		t.Fatalf("read %d events: %v", n, s.Err())
	}
	s.Close()
	counted := log.named(cozecore.MetricStreamEvents)
	if len(counted) != 1 {
		t.Fatalf("stream events metrics %+v", counted)
	}
	// The core may have handed out a whole batch the user did not read yet;
	// at least what the user read is counted.
	if counted[0].Value < 2 {
		t.Fatalf("counted %v, the user read 2", counted[0].Value)
	}
}

// WithHooks with OnMetric and another hook: both get their events.
func TestE2EMetricsWithOtherHooks(t *testing.T) {
	base := fakeServer(t)
	var log metricLog
	var finished []cozecore.HookEvent
	c := newClient(t, base, cozecore.WithHooks(cozecore.Hooks{OnMetric: log.onMetric,
		OnCallFinished: func(e cozecore.HookEvent) { finished = append(finished, e) }}))
	if _, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi")); err != nil {
		t.Fatal(err)
	}
	if len(finished) != 1 || finished[0].Kind != cozecore.HookCallFinished || finished[0].Metric != "" {
		t.Fatalf("call_finished %+v", finished)
	}
	for _, e := range log.all() {
		if e.Kind != cozecore.HookMetric {
			t.Fatalf("OnMetric got %+v", e)
		}
	}
	if len(log.named(cozecore.MetricRequestDuration)) != 1 {
		t.Fatalf("metric events %+v", log.all())
	}
}
