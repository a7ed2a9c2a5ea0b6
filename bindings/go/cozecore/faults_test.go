package cozecore_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// The fault scenarios of tests/e2e/faults.json through the real client
// (net/http driver): each queues its faults on the fake server, makes one
// call with Chat.Create or Chat.Stream, then checks the outcome and the
// server's request log as tests/e2e/README.md describes.

type faultScenario struct {
	Name   string          `json:"name"`
	Op     string          `json:"op"`
	Params json.RawMessage `json:"params"`
	Client struct {
		MaxRetries         int     `json:"max_retries"`
		FirstByteTimeoutMs int64   `json:"first_byte_timeout_ms"`
		IdleTimeoutMs      int64   `json:"idle_timeout_ms"`
		TotalTimeoutMs     int64   `json:"total_timeout_ms"`
		IdempotencyHeader  *string `json:"idempotency_header"`
	} `json:"client"`
	Faults []map[string]any `json:"faults"`
	Expect struct {
		Outcome      string         `json:"outcome"`
		Kind         string         `json:"kind"`
		HTTPStatus   *int           `json:"http_status"`
		Code         *int64         `json:"code"`
		Attempts     *int           `json:"attempts"`
		Requests     int            `json:"requests"`
		Content      *string        `json:"content"`
		Result       map[string]any `json:"result"`
		MaxElapsedMs *int64         `json:"max_elapsed_ms"`
		MinElapsedMs *int64         `json:"min_elapsed_ms"`
		MaxRSSGrowth *int64         `json:"max_rss_growth_mib"`
		Events       string         `json:"events"` // "prefix": at most what the server sent
	} `json:"expect"`
}

// faultLogEntry is one entry of GET /_fake/requests.
type faultLogEntry struct {
	Method          string            `json:"method"`
	Path            string            `json:"path"`
	Headers         map[string]string `json:"headers"`
	IdempotencyKey  *string           `json:"idempotency_key"`
	RetryCount      *string           `json:"retry_count"`
	ClientRequestID *string           `json:"client_request_id"`
	EventsSent      int               `json:"events_sent"`
}

func loadFaultScenarios(t *testing.T) []faultScenario {
	t.Helper()
	path := os.Getenv("COZE_FAULTS")
	if path == "" {
		root, err := repoRoot()
		if err != nil {
			t.Fatal(err)
		}
		path = filepath.Join(root, "tests", "e2e", "faults.json")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var scenarios []faultScenario
	if err := json.Unmarshal(data, &scenarios); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(scenarios) == 0 {
		t.Fatalf("%s: no scenarios", path)
	}
	return scenarios
}

// isSubset says whether every field of want is in got with the same value.
func isSubset(want, got any) bool {
	if w, ok := want.(map[string]any); ok {
		g, ok := got.(map[string]any)
		if !ok {
			return false
		}
		for k, v := range w {
			gv, ok := g[k]
			if !ok || !isSubset(v, gv) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(want, got)
}

func deref(s *string) string {
	if s == nil {
		return "<none>"
	}
	return *s
}

// faultsToken is the client's token in every scenario: a recognisable
// secret that must appear nowhere in the error or the hook events.
const faultsToken = "pat_canary_7Hq2xZ9wLmR4vB"

// hookRecorder records every hook event a client gives (all hooks set).
type hookRecorder struct {
	mu     sync.Mutex
	events []cozecore.HookEvent
}

func (r *hookRecorder) record(ev cozecore.HookEvent) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, ev)
}

func (r *hookRecorder) hooks() cozecore.Hooks {
	return cozecore.Hooks{
		OnRequestSent:    r.record,
		OnResponseHead:   r.record,
		OnRetryScheduled: r.record,
		OnCallFinished:   r.record,
		OnHealthChanged:  r.record,
		OnMetric:         r.record,
	}
}

func (r *hookRecorder) snapshot() []cozecore.HookEvent {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]cozecore.HookEvent(nil), r.events...)
}

// checkNoSecret fails the test when secret appears in any of the error's
// fields or string forms, or in any field of any recorded hook event.
func checkNoSecret(t *testing.T, secret string, err error, events []cozecore.HookEvent) {
	t.Helper()
	look := func(where, text string) {
		if strings.Contains(text, secret) {
			t.Errorf("the token %q leaks in %s: %s", secret, where, text)
		}
	}
	if err != nil {
		look("err.Error()", err.Error())
		look("fmt %v of the error", fmt.Sprintf("%v", err))
		look("fmt %+v of the error", fmt.Sprintf("%+v", err))
		look("fmt %#v of the error", fmt.Sprintf("%#v", err))
		look("fmt %s of the error", fmt.Sprintf("%s", err))
		for e := errors.Unwrap(err); e != nil; e = errors.Unwrap(e) {
			look("a wrapped error", fmt.Sprintf("%v / %+v / %#v", e, e, e))
		}
		var ce *cozecore.Error
		if errors.As(err, &ce) {
			look("the error's Message", ce.Message)
			look("the error's Hint", ce.Hint)
			look("the error's Body", ce.Body)
			look("the error's ErrorCode", ce.ErrorCode)
			look("fmt %+v of the error's fields", fmt.Sprintf("%+v", *ce))
			look("fmt %#v of the error's fields", fmt.Sprintf("%#v", *ce))
			look("the error's History", fmt.Sprintf("%+v %#v", ce.History, ce.History))
			raw, jerr := json.Marshal(ce)
			if jerr != nil {
				t.Errorf("json of the error: %v", jerr)
			}
			look("the error as JSON", string(raw))
		}
	}
	for i, ev := range events {
		where := fmt.Sprintf("hook event %d (%s)", i, ev.Kind)
		look(where+" %+v", fmt.Sprintf("%+v", ev))
		look(where+" %#v", fmt.Sprintf("%#v", ev))
		raw, jerr := json.Marshal(ev)
		if jerr != nil {
			t.Errorf("json of %s: %v", where, jerr)
		}
		look(where+" as JSON", string(raw))
		look(where+" Message", ev.Message)
		look(where+" Body", ev.Body)
		for name, values := range ev.Headers {
			look(where+" header "+name, name+": "+strings.Join(values, ", "))
		}
		for name, value := range ev.Attributes {
			look(where+" attribute "+name, name+"="+value)
		}
	}
}

type receivedEvent struct {
	typ     string
	content string
}

// received is what a stream delivered: the count, the last type and the
// deltas' content; the events themselves only up to a bound, for messages
// (an endless stream must not grow the runner's own memory).
type received struct {
	n        int
	lastType string
	content  strings.Builder
	first    []receivedEvent
}

func (r *received) add(typ, content string) {
	r.n++
	r.lastType = typ
	r.content.WriteString(content)
	if len(r.first) < 100 {
		r.first = append(r.first, receivedEvent{typ, content})
	}
}

func TestFaultScenarios(t *testing.T) {
	for _, sc := range loadFaultScenarios(t) {
		t.Run(sc.Name, func(t *testing.T) { runFaultScenario(t, sc) })
	}
}

func runFaultScenario(t *testing.T, sc faultScenario) {
	base := fakeServer(t)
	rec := &hookRecorder{}
	if len(sc.Faults) > 0 {
		addFaults(t, sc.Faults...)
	}
	opts := []cozecore.Option{
		cozecore.WithToken(faultsToken),
		cozecore.WithHooks(rec.hooks()),
		cozecore.WithHookBodies(true),
		cozecore.WithBaseURL(base),
		cozecore.WithMaxRetries(sc.Client.MaxRetries),
		cozecore.WithFirstByteTimeout(time.Duration(sc.Client.FirstByteTimeoutMs) * time.Millisecond),
		cozecore.WithIdleTimeout(time.Duration(sc.Client.IdleTimeoutMs) * time.Millisecond),
		cozecore.WithTimeout(time.Duration(sc.Client.TotalTimeoutMs) * time.Millisecond),
	}
	if sc.Client.IdempotencyHeader == nil {
		opts = append(opts, cozecore.WithIdempotencyHeader(""))
	} else {
		opts = append(opts, cozecore.WithIdempotencyHeader(*sc.Client.IdempotencyHeader))
	}
	client := cozecore.NewClient(opts...)
	defer client.Close()

	var req cozecore.ChatRequest
	if err := json.Unmarshal(sc.Params, &req); err != nil {
		t.Fatalf("params: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	rssBefore := startPeakRSS(t)
	started := time.Now()
	var (
		chat   cozecore.Chat
		events received
		err    error
	)
	switch sc.Op {
	case "chat.create":
		chat, err = client.Chat.Create(ctx, req)
	case "chat.stream":
		var s *cozecore.Stream
		s, err = client.Chat.Stream(ctx, req)
		if err == nil {
			for s.Next() {
				ev := s.Event()
				content := ""
				if ev.Type == cozecore.EventConversationMessageDelta {
					content = ev.Content()
				}
				events.add(ev.Type, content)
			}
			err = s.Err()
			_ = s.Close()
		}
	default:
		t.Fatalf("unknown op %q", sc.Op)
	}
	elapsed := time.Since(started)
	peakGrowth := statusKiB(t, "VmHWM") - rssBefore
	var log []faultLogEntry
	if e := json.Unmarshal(control(t, "GET", "/_fake/requests", nil), &log); e != nil {
		t.Fatalf("request log: %v", e)
	}
	var remaining []any
	if e := json.Unmarshal(control(t, "GET", "/_fake/faults", nil), &remaining); e != nil {
		t.Fatalf("fault queue: %v", e)
	}

	// The token appears nowhere: not in the error, not in any hook event.
	hookEvents := rec.snapshot()
	checkNoSecret(t, faultsToken, err, hookEvents)
	kinds := map[cozecore.HookKind]int{}
	bodies := 0
	for _, ev := range hookEvents {
		kinds[ev.Kind]++
		if ev.Kind == cozecore.HookRequestSent && ev.Body != "" {
			bodies++
		}
	}
	if kinds[cozecore.HookRequestSent] == 0 || kinds[cozecore.HookCallFinished] != 1 || kinds[cozecore.HookMetric] == 0 {
		t.Errorf("hook events recorded: %v", kinds)
	}
	if bodies != kinds[cozecore.HookRequestSent] {
		t.Errorf("%d of %d request_sent events carry the body", bodies, kinds[cozecore.HookRequestSent])
	}

	// The figures scripts/reliability reads (go test -v shows them), before any check can stop the test.
	want := sc.Expect
	if want.MaxRSSGrowth != nil {
		outcome := "done"
		var ce *cozecore.Error
		if errors.As(err, &ce) {
			outcome = string(ce.Kind)
		} else if err != nil {
			outcome = "error"
		}
		fmt.Printf("[rss] %s: %s, peak RSS +%d KiB, %d ms, %d events\n", sc.Name, outcome, peakGrowth,
			elapsed.Milliseconds(), events.n)
	}

	// The outcome.
	if want.Outcome == "done" {
		if err != nil {
			t.Fatalf("expected success, got %v", err)
		}
		if want.Result != nil {
			raw, _ := json.Marshal(chat)
			var got map[string]any
			_ = json.Unmarshal(raw, &got)
			if !isSubset(want.Result, got) {
				t.Errorf("result %s does not hold %v", raw, want.Result)
			}
		}
	} else {
		var ce *cozecore.Error
		if !errors.As(err, &ce) {
			t.Fatalf("expected a *cozecore.Error, got %v", err)
		}
		if string(ce.Kind) != want.Kind {
			t.Errorf("kind %q, want %q (%v)", ce.Kind, want.Kind, ce)
		}
		if want.Attempts != nil && ce.Attempts != *want.Attempts {
			t.Errorf("attempts %d, want %d (%v)", ce.Attempts, *want.Attempts, ce)
		}
		if want.HTTPStatus != nil && ce.HTTPStatus != *want.HTTPStatus {
			t.Errorf("http status %d, want %d", ce.HTTPStatus, *want.HTTPStatus)
		}
		if want.Code != nil && ce.Code != *want.Code {
			t.Errorf("code %d, want %d", ce.Code, *want.Code)
		}
	}
	if want.MaxElapsedMs != nil && elapsed > time.Duration(*want.MaxElapsedMs)*time.Millisecond {
		t.Errorf("took %v, at most %d ms expected", elapsed, *want.MaxElapsedMs)
	}
	if want.MinElapsedMs != nil && elapsed < time.Duration(*want.MinElapsedMs)*time.Millisecond {
		t.Errorf("took %v, at least %d ms expected", elapsed, *want.MinElapsedMs)
	}
	if want.MaxRSSGrowth != nil {
		if peakGrowth > *want.MaxRSSGrowth*1024 {
			t.Errorf("peak RSS grew by %d KiB, at most %d MiB expected", peakGrowth, *want.MaxRSSGrowth)
		}
	}
	if len(remaining) != 0 {
		t.Errorf("faults left unused: %v", remaining)
	}

	// (a) the requests the server saw.
	if len(log) != want.Requests {
		t.Fatalf("%d requests, want %d: %+v", len(log), want.Requests, log)
	}
	for _, e := range log {
		if e.Method != "POST" || e.Path != "/v3/chat" {
			t.Errorf("request %s %s", e.Method, e.Path)
		}
	}
	// (b) one idempotency key on every attempt, or no repeated POST without one.
	if sc.Client.IdempotencyHeader == nil {
		if len(log) != 1 {
			t.Errorf("a POST without an idempotency key was repeated (%d requests)", len(log))
		}
		for _, e := range log {
			if e.IdempotencyKey != nil {
				t.Errorf("idempotency key %q sent although switched off", *e.IdempotencyKey)
			}
		}
	} else {
		name := strings.ToLower(*sc.Client.IdempotencyHeader)
		first := log[0].Headers[name]
		for i, e := range log {
			if key := e.Headers[name]; key == "" || key != first {
				t.Errorf("request %d: idempotency key %q, the first had %q", i, key, first)
			}
		}
	}
	// (c) X-Coze-Retry-Count counts the attempts; each attempt has its own request id.
	ids := map[string]bool{}
	for i, e := range log {
		if got := deref(e.RetryCount); got != strconv.Itoa(i) {
			t.Errorf("request %d: X-Coze-Retry-Count %q, want %d", i, got, i)
		}
		if id := deref(e.ClientRequestID); e.ClientRequestID == nil || id == "" || ids[id] {
			t.Errorf("request %d: X-Client-Request-Id %q missing or repeated", i, id)
		} else {
			ids[id] = true
		}
	}
	// (d) stream events: those of the last answer only, each once.
	if sc.Op == "chat.stream" {
		for i, e := range log[:len(log)-1] {
			if e.EventsSent != 0 {
				t.Errorf("attempt %d sent %d events before a retry", i, e.EventsSent)
			}
		}
		if last := log[len(log)-1]; want.Events == "prefix" {
			// The server was still writing when the call ended.
			if events.n > last.EventsSent {
				t.Errorf("received %d events, the last answer sent %d", events.n, last.EventsSent)
			}
		} else if events.n != last.EventsSent {
			t.Errorf("received %d events, the last answer sent %d: %v", events.n, last.EventsSent, events.first)
		}
		if want.Content != nil && events.content.String() != *want.Content {
			t.Errorf("content %q, want %q", events.content.String(), *want.Content)
		}
		if want.Outcome == "done" && events.lastType != cozecore.EventDone {
			t.Errorf("the stream did not end with done: %v", events.first)
		}
	}
}

// statusKiB is a field of /proc/self/status in KiB (VmRSS, VmHWM).
func statusKiB(t *testing.T, field string) int64 {
	t.Helper()
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatalf("/proc/self/status: %v", err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kib, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				t.Fatalf("%s: %v", field, err)
			}
			return kib
		}
	}
	t.Fatalf("no %s in /proc/self/status", field)
	return 0
}

// startPeakRSS resets the process's peak RSS (clear_refs 5) and returns the RSS now, in KiB.
func startPeakRSS(t *testing.T) int64 {
	t.Helper()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		t.Fatalf("clear_refs: %v", err)
	}
	return statusKiB(t, "VmRSS")
}
