package cozecore_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// The soak and shared-client runs of tests/e2e/README.md ("Soak and shared
// clients"), through the public API against the package's fake server.
// Each prints one line that scripts/reliability reads, on stdout (shown by
// `go test -v`, which scripts/targets/go runs).

// raceDetector is true in a -race build (reliability_race_test.go).
var raceDetector bool

// envCount is a positive integer environment variable, or def when unset.
func envCount(t *testing.T, name string, def int64) int64 {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		t.Fatalf("%s=%q: want a non-negative integer", name, v)
	}
	return n
}

// reliabilityLine prints the run's line: on stdout, where `go test -v` shows
// it as it is (no file:line prefix), for scripts/reliability.
func reliabilityLine(line string) {
	fmt.Fprintln(os.Stdout, line)
}

// echoPieces is what the fake echo bot streams for question: "Echo: " +
// question, cut into deltas of 3 code points (tests/fake_coze/server.py).
func echoPieces(question string) (answer string, deltas int) {
	answer = "Echo: " + question
	n := len([]rune(answer))
	return answer, (n + 2) / 3
}

// soakRead reads a stream to its end: the number of events, the deltas'
// content and count, the last event's type, and the stream's error.
type soakRead struct {
	events, deltas int
	content        strings.Builder
	last           string
	err            error
}

func readStream(s *cozecore.Stream) *soakRead {
	r := &soakRead{}
	for s.Next() {
		ev := s.Event()
		r.events++
		r.last = ev.Type
		if ev.Type == cozecore.EventConversationMessageDelta {
			r.deltas++
			r.content.WriteString(ev.Content())
		}
	}
	r.err = s.Err()
	return r
}

// whole says why r is not the whole answer ("" when it is).
func (r *soakRead) whole(answer string, deltas int) string {
	switch {
	case r.err != nil:
		return fmt.Sprintf("error %v", r.err)
	case r.last != cozecore.EventDone:
		return fmt.Sprintf("ended with %q, not done (%d events)", r.last, r.events)
	case r.content.String() != answer:
		return fmt.Sprintf("content %q, want %q", r.content.String(), answer)
	case r.deltas != deltas:
		return fmt.Sprintf("%d deltas, want %d", r.deltas, deltas)
	}
	return ""
}

func isCancelled(err error) bool {
	var ce *cozecore.Error
	return errors.As(err, &ce) && ce.Kind == cozecore.KindCancelled && errors.Is(err, cozecore.ErrCancelled)
}

// soakSnapshot is the core's live calls and the process's RSS (KiB) after
// the collector and the cleanups of dropped objects ran.
func soakSnapshot(t *testing.T, wantCalls int64) (calls, rssKiB int64) {
	t.Helper()
	l := settled()
	// The live calls come back once every cleanup has run; wait for them a while.
	for deadline := time.Now().Add(5 * time.Second); l.calls > wantCalls && time.Now().Before(deadline); {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		l = live()
	}
	runtime.GC()
	debug.FreeOSMemory()
	return l.calls, statusKiB(t, "VmRSS")
}

func TestSoak(t *testing.T) {
	n := envCount(t, "COZE_SOAK_STREAMS", 1000)
	seed := envCount(t, "COZE_SOAK_SEED", 1)
	base := fakeServer(t)
	const (
		maxGrowthKiB = 5 * 1024
		streamLimit  = 30 * time.Second // a stream that hangs fails the run instead of the whole go test
	)
	warmUp := int(max(1, n/10)) // a tenth of the streams (100 of the default 1,000)
	question := "soak " + strings.Repeat("s", 40)
	answer, deltas := echoPieces(question)
	req := chatRequest("soak-bot", question)

	// The ways the streams end: a quarter each, in an order drawn from the seed.
	rng := rand.New(rand.NewPCG(uint64(seed), 0x736f616b))
	ways := make([]int, n)
	for i := range ways {
		ways[i] = i % 4
	}
	rng.Shuffle(len(ways), func(i, j int) { ways[i], ways[j] = ways[j], ways[i] })

	c := cozecore.NewClient(cozecore.WithToken(token), cozecore.WithBaseURL(base), cozecore.WithMaxRetries(0))
	defer c.Close()

	var counts [4]int
	// (c) streams: completed before their cancel, cancelled before the
	// first event (Stream's error), cancelled while reading.
	cFinished, cEarly, cLate := 0, 0, 0
	var (
		warmCalls, warmRSS int64
		measured           bool
	)
	started := time.Now()
	for i, way := range ways {
		if i == warmUp {
			warmCalls, warmRSS = soakSnapshot(t, 1<<62)
			measured = true
		}
		liveBefore := live().calls
		var bad string
		switch way {
		case 0: // (a) cancelled before its first event
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			s, err := c.Chat.Stream(ctx, req)
			if err == nil {
				r := readStream(s)
				s.Close()
				bad = fmt.Sprintf("started on a cancelled context (%d events, error %v)", r.events, r.err)
			} else if !isCancelled(err) {
				bad = fmt.Sprintf("error %v, want cancelled", err)
			}
		case 1: // (b) left after k events by breaking out of the range
			k := 1 + rng.IntN(12)
			ctx, cancel := context.WithTimeout(context.Background(), streamLimit)
			s, err := c.Chat.Stream(ctx, req)
			if err != nil {
				bad = fmt.Sprintf("error %v", err)
			} else {
				got := 0
				for _, err := range s.All() {
					if err != nil {
						bad = fmt.Sprintf("error %v after %d events", err, got)
						break
					}
					got++
					if got == k {
						break
					}
				}
				if bad == "" && got != k {
					bad = fmt.Sprintf("%d events, want %d", got, k)
				}
				if err := s.Err(); bad == "" && err != nil {
					bad = fmt.Sprintf("error %v after the break", err)
				}
				// No Close: the range closes the stream when the loop breaks.
			}
			cancel()
		case 2: // (c) cancelled from another goroutine after 0 to 5 ms
			delay := time.Duration(rng.IntN(5001)) * time.Microsecond
			ctx, cancel := context.WithTimeout(context.Background(), streamLimit)
			timer := time.AfterFunc(delay, cancel)
			s, err := c.Chat.Stream(ctx, req)
			if err != nil {
				if !isCancelled(err) {
					bad = fmt.Sprintf("error %v, want cancelled", err)
				}
				cEarly++
			} else {
				r := readStream(s)
				s.Close()
				if r.err != nil {
					if !isCancelled(r.err) {
						bad = fmt.Sprintf("error %v after %d events, want cancelled", r.err, r.events)
					}
					cLate++
				} else if why := r.whole(answer, deltas); why != "" {
					bad = "neither cancelled nor whole: " + why
				} else {
					cFinished++
				}
			}
			timer.Stop()
			cancel()
		case 3: // (d) read to its end
			ctx, cancel := context.WithTimeout(context.Background(), streamLimit)
			s, err := c.Chat.Stream(ctx, req)
			if err != nil {
				bad = fmt.Sprintf("error %v", err)
			} else {
				r := readStream(s)
				s.Close()
				bad = r.whole(answer, deltas)
			}
			cancel()
		}
		// Each stream frees its core call as it ends (cleanups of objects
		// other tests dropped may only lower the count meanwhile).
		if now := live().calls; bad == "" && now > liveBefore {
			bad = fmt.Sprintf("%d live calls after it ended, %d before it started", now, liveBefore)
		}
		if bad != "" {
			t.Fatalf("stream %d (%c): %s", i, 'a'+way, bad)
		}
		counts[way]++
	}
	if !measured { // no stream after the warm-up: nothing to compare
		t.Fatalf("COZE_SOAK_STREAMS=%d: at least %d streams are needed (the warm-up)", n, warmUp+1)
	}
	endCalls, endRSS := soakSnapshot(t, warmCalls)
	elapsed := time.Since(started)
	growth := endRSS - warmRSS
	reliabilityLine(fmt.Sprintf("[soak] go: %d streams (a %d, b %d, c %d, d %d), live calls %d -> %d, RSS %+d KiB, %.1f s",
		n, counts[0], counts[1], counts[2], counts[3], warmCalls, endCalls, growth, elapsed.Seconds()))
	t.Logf("seed %d; the %d (c) streams: %d cancelled before their first event, %d while being read, %d completed first",
		seed, counts[2], cEarly, cLate, cFinished)
	if endCalls != warmCalls {
		t.Errorf("live calls %d after the last stream, %d after the warm-up", endCalls, warmCalls)
	}
	if raceDetector {
		t.Logf("-race: the RSS growth (%d KiB) is the race detector's and is not bounded", growth)
	} else if growth > maxGrowthKiB {
		t.Errorf("RSS grew by %d KiB after the warm-up, at most %d KiB expected", growth, maxGrowthKiB)
	}
}

// sharedOutcome is how one call of the shared run ended.
type sharedOutcome struct {
	ok   bool // it ended as it should without a fault failing it
	fail *cozecore.Error
	bad  string // it ended in a way it should not
}

func TestSharedClient(t *testing.T) {
	n := envCount(t, "COZE_SHARED_CALLS", 1000)
	base := fakeServer(t)
	const workers = 64
	const callLimit = 60 * time.Second

	// Every hook on. Each attempt's end is one request duration
	// measurement, whose error.type says how it ended; the health counts
	// every attempt but those that ended cancelled (a caller's cancel says
	// nothing of the service).
	var requestSent, callFinished, durations, cancelledDurations, other atomic.Int64
	count := func(cozecore.HookEvent) { other.Add(1) }
	hooks := cozecore.Hooks{
		OnRequestSent:    func(cozecore.HookEvent) { requestSent.Add(1) },
		OnResponseHead:   count,
		OnRetryScheduled: count,
		OnCallFinished:   func(cozecore.HookEvent) { callFinished.Add(1) },
		OnHealthChanged:  count,
		OnMetric: func(ev cozecore.HookEvent) {
			if ev.Metric != cozecore.MetricRequestDuration {
				other.Add(1)
				return
			}
			durations.Add(1)
			if ev.Attributes[cozecore.AttrErrorType] == string(cozecore.KindCancelled) {
				cancelledDurations.Add(1)
			}
		},
		OnToolCalled:   count,
		OnToolFinished: count,
	}
	c := cozecore.NewClient(cozecore.WithToken(token), cozecore.WithBaseURL(base), cozecore.WithMaxRetries(2),
		cozecore.WithHooks(hooks), cozecore.WithHookBodies(true))
	defer c.Close()

	// The faults, taken by whichever API request comes next.
	nFaults := int(n / 10)
	if nFaults > 0 {
		faults := make([]map[string]any, nFaults)
		for i := range faults {
			if i%2 == 0 {
				faults[i] = map[string]any{"status": 503, "headers": map[string]string{"Retry-After": "0"},
					"body": map[string]any{"code": 5000, "msg": "service unavailable"}}
			} else {
				faults[i] = map[string]any{"reset": true}
			}
		}
		addFaults(t, faults...)
	}

	call := func(i int64) sharedOutcome {
		ctx, cancel := context.WithTimeout(context.Background(), callLimit)
		defer cancel()
		question := fmt.Sprintf("shared %d", i)
		answer, deltas := echoPieces(question)
		req := chatRequest("shared-bot", question)
		var err error
		switch i % 4 {
		case 0:
			var chat cozecore.Chat
			if chat, err = c.Chat.Create(ctx, req); err == nil {
				if chat.ID() == "" || chat.BotID() != "shared-bot" {
					return sharedOutcome{bad: fmt.Sprintf("chat.create: chat id %q, bot %q", chat.ID(), chat.BotID())}
				}
				return sharedOutcome{ok: true}
			}
		case 1:
			var s *cozecore.Stream
			if s, err = c.Chat.Stream(ctx, req); err == nil {
				r := readStream(s)
				s.Close()
				if why := r.whole(answer, deltas); why != "" {
					return sharedOutcome{bad: "chat.stream: " + why}
				}
				return sharedOutcome{ok: true}
			}
		case 2:
			var conv cozecore.Conversation
			if conv, err = c.Conversations.Create(ctx, cozecore.ConversationsCreateParams{BotID: seedBot}); err == nil {
				if conv.ID() == "" {
					return sharedOutcome{bad: "conversations.create: no id"}
				}
				return sharedOutcome{ok: true}
			}
		case 3:
			sctx, scancel := context.WithCancel(ctx)
			defer scancel()
			var s *cozecore.Stream
			if s, err = c.Chat.Stream(sctx, req); err == nil {
				defer s.Close()
				if !s.Next() {
					return sharedOutcome{bad: fmt.Sprintf("chat.stream to cancel: no first event (%v)", s.Err())}
				}
				scancel()
				more := 0
				for s.Next() {
					more++
				}
				if err := s.Err(); !isCancelled(err) || more != 0 {
					return sharedOutcome{bad: fmt.Sprintf("chat.stream cancelled after its first event: %d more events, error %v",
						more, err)}
				}
				return sharedOutcome{ok: true}
			}
		}
		// The call failed: only faults may do that, and only as a server or connection error.
		var ce *cozecore.Error
		switch {
		case errors.Is(ctx.Err(), context.DeadlineExceeded):
			return sharedOutcome{bad: fmt.Sprintf("still running after %v (%v)", callLimit, err)}
		case !errors.As(err, &ce):
			return sharedOutcome{bad: fmt.Sprintf("error %v (%T)", err, err)}
		case ce.Kind == cozecore.KindServer && ce.HTTPStatus == 503, ce.Kind == cozecore.KindConnection:
			if ce.Attempts < 1 || ce.Attempts > 3 {
				return sharedOutcome{bad: fmt.Sprintf("%d attempts: %v", ce.Attempts, ce)}
			}
			return sharedOutcome{fail: ce}
		default:
			return sharedOutcome{bad: fmt.Sprintf("error of kind %s (HTTP %d): %v", ce.Kind, ce.HTTPStatus, ce)}
		}
	}

	outcomes := make([]sharedOutcome, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	started := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := next.Add(1) - 1; i < n; i = next.Add(1) - 1 {
				outcomes[i] = call(i)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(started)

	var log []faultLogEntry
	if err := json.Unmarshal(control(t, "GET", "/_fake/requests", nil), &log); err != nil {
		t.Fatalf("request log: %v", err)
	}
	var remaining []any
	if err := json.Unmarshal(control(t, "GET", "/_fake/faults", nil), &remaining); err != nil {
		t.Fatalf("fault queue: %v", err)
	}
	health, err := c.Health()
	if err != nil {
		t.Fatal(err)
	}

	ok, failed, failedAttempts, bad := 0, 0, 0, 0
	kinds := map[cozecore.Kind]int{}
	for i, o := range outcomes {
		switch {
		case o.bad != "":
			if bad++; bad <= 10 { // the first ten only
				t.Errorf("call %d (op %d): %s", i, i%4, o.bad)
			}
		case o.fail != nil:
			failed++
			failedAttempts += o.fail.Attempts
			kinds[o.fail.Kind]++
		case o.ok:
			ok++
		default:
			t.Errorf("call %d was not made", i)
		}
	}
	reliabilityLine(fmt.Sprintf("[shared] go: %d workers, %d calls (ok %d, failed %d), %d requests, %.1f s",
		workers, n, ok, failed, len(log), elapsed.Seconds()))
	t.Logf("failed by kind %v; %d faults; hook events: request_sent %d, call_finished %d, "+
		"request durations %d (%d cancelled), %d others; "+
		"health: %d attempts, %d failures, %d retries spent, retry budget %.1f left",
		kinds, nFaults, requestSent.Load(), callFinished.Load(), durations.Load(), cancelledDurations.Load(),
		other.Load(), health.TotalAttempts(), health.TotalFailures(), health.RetriesSpent(), health.RetryBudgetLeft())

	if bad > 10 {
		t.Errorf("... %d calls in all ended as they should not", bad)
	}
	if ok+failed != int(n) {
		t.Errorf("%d calls ended as they should (ok %d, failed %d), of %d", ok+failed, ok, failed, n)
	}
	if got := requestSent.Load(); int64(len(log)) != got {
		t.Errorf("the fake logged %d API requests, the request_sent hook saw %d", len(log), got)
	}
	if got := durations.Load(); got != requestSent.Load() {
		t.Errorf("%d attempts ended (request duration measurements), %d were sent", got, requestSent.Load())
	}
	if got, want := health.TotalAttempts(), requestSent.Load()-cancelledDurations.Load(); got != want {
		t.Errorf("the client's health counts %d attempts, want %d: %d sent, %d of them ended cancelled",
			got, want, requestSent.Load(), cancelledDurations.Load())
	}
	if got := health.TotalFailures(); got != int64(nFaults) {
		t.Errorf("the client's health counts %d failed attempts, want the %d faults", got, nFaults)
	}
	if got := callFinished.Load(); got != n {
		t.Errorf("%d call_finished events for %d calls", got, n)
	}
	if len(remaining) != 0 {
		t.Errorf("%d faults left unused", len(remaining))
	}
	// Every request was a fault or the one answered attempt of a call that ended well.
	if len(log) != ok+nFaults {
		t.Errorf("%d requests, want %d (one per call that ended well, plus the %d faults)", len(log), ok+nFaults, nFaults)
	}
	if failedAttempts > nFaults {
		t.Errorf("the failed calls made %d attempts, there were only %d faults", failedAttempts, nFaults)
	}
	if left, capacity := health.RetryBudgetLeft(), cozecore.DefaultRetryBudget().Capacity; left < 0 || left > capacity {
		t.Errorf("retry budget %.1f left, want between 0 and %.0f", left, capacity)
	}
	for _, e := range log {
		if e.Method != "POST" || (e.Path != "/v3/chat" && e.Path != "/v1/conversation/create") {
			t.Errorf("unexpected request %s %s", e.Method, e.Path)
			break
		}
	}
}
