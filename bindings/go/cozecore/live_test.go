package cozecore_test

import (
	"context"
	"runtime"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// Every core Client and Call the package makes is freed: the core's live
// counters return to where they started.

type liveCount struct{ calls, clients int64 }

func live() liveCount { return liveCount{core.LiveCalls(), core.LiveClients()} }

// settled lets the cleanups of objects other tests dropped run first, so
// that they do not change the counters in the middle of a test.
func settled() liveCount {
	last := live()
	for i := 0; i < 50; i++ {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
		now := live()
		if now == last && i >= 2 {
			return now
		}
		last = now
	}
	return last
}

func TestLiveHandlesAreFreedByCloseAndCompletion(t *testing.T) {
	base := fakeServer(t)
	before := settled()
	ctx := context.Background()
	var finished int
	c := cozecore.NewClient(cozecore.WithToken(token), cozecore.WithBaseURL(base), cozecore.WithMaxRetries(1),
		cozecore.WithHooks(cozecore.Hooks{OnCallFinished: func(cozecore.HookEvent) { finished++ }}))
	plain := cozecore.NewClient(cozecore.WithToken(token), cozecore.WithBaseURL(base), cozecore.WithMaxRetries(0))
	if got := live(); got.clients != before.clients+2 {
		t.Fatalf("live clients %d, want %d", got.clients, before.clients+2)
	}

	// Completed calls and streams.
	for i := 0; i < 5; i++ {
		if _, err := c.Chat.Create(ctx, chatRequest("bot-1", "hi")); err != nil {
			t.Fatal(err)
		}
		s, err := plain.Chat.Stream(ctx, chatRequest("bot-1", "hi"))
		if err != nil {
			t.Fatal(err)
		}
		if got := readAll(s); got.err != nil {
			t.Fatal(got.err)
		}
		s.Close()
	}
	// Failed calls: API and stream errors, retried faults, bad input, an unknown operation.
	for _, bot := range []string{"busy", "stream_error", "truncated", "broken"} {
		if s, err := c.Chat.Stream(ctx, chatRequest(bot, "x")); err == nil {
			if got := readAll(s); got.err == nil {
				t.Fatalf("%s: no error", bot)
			}
		}
	}
	addFaults(t, server503(), map[string]any{"reset": true})
	if _, err := c.Chat.Create(ctx, chatRequest("bot-1", "x")); err == nil {
		t.Fatal("no error after the faults")
	}
	if _, err := c.Chat.Create(ctx, chatRequest("bot-1", "x"), cozecore.WithTraceparent("nope")); err == nil {
		t.Fatal("a bad traceparent was accepted")
	}
	if _, err := c.Do(ctx, "no.such.operation", nil); err == nil {
		t.Fatal("an unknown operation succeeded")
	}
	// Streams closed early: after one event, and from another goroutine mid-way.
	for i := 0; i < 3; i++ {
		s, err := c.Chat.Stream(ctx, chatRequest("bot-1", "abcdefghi"))
		if err != nil {
			t.Fatal(err)
		}
		s.Next()
		s.Close()
	}
	addFaults(t, map[string]any{"drip_ms": 200})
	s, err := c.Chat.Stream(ctx, chatRequest("bot-1", "abcdefghijklmno"))
	if err != nil {
		t.Fatal(err)
	}
	time.AfterFunc(100*time.Millisecond, func() { s.Close() })
	readAll(s)
	// A stream cancelled through its context mid-way, then closed.
	addFaults(t, map[string]any{"drip_ms": 200})
	cctx, cancel := context.WithCancel(ctx)
	s, err = c.Chat.Stream(cctx, chatRequest("bot-1", "abcdefghijklmno"))
	if err != nil {
		t.Fatal(err)
	}
	time.AfterFunc(100*time.Millisecond, cancel)
	if got := readAll(s); got.err == nil {
		t.Fatal("no error after the context was cancelled")
	}
	s.Close()
	// A call waiting on the rate limiter, ended by its context.
	limited := cozecore.NewClient(cozecore.WithToken(token), cozecore.WithBaseURL(base), cozecore.WithRateLimit(1, 1))
	if _, err := limited.Chat.Create(ctx, chatRequest("bot-1", "hi")); err != nil {
		t.Fatal(err)
	}
	tctx, tcancel := context.WithTimeout(ctx, 100*time.Millisecond)
	if _, err := limited.Chat.Create(tctx, chatRequest("bot-1", "hi")); err == nil {
		t.Fatal("the limited call did not end with its context")
	}
	tcancel()

	if got := live(); got.calls != before.calls {
		t.Fatalf("live calls %d after every call ended, want %d", got.calls, before.calls)
	}
	c.Close()
	plain.Close()
	limited.Close()
	if got := live(); got != before {
		t.Fatalf("live %+v after Close, want %+v", got, before)
	}
	if finished == 0 {
		t.Fatal("the hooks did not run")
	}
}

func TestLiveCallOutlivesClientClose(t *testing.T) {
	base := fakeServer(t)
	before := settled()
	c := cozecore.NewClient(cozecore.WithToken(token), cozecore.WithBaseURL(base))
	s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", "hi"))
	if err != nil {
		t.Fatal(err)
	}
	c.Close() // the stream keeps the core client until it ends
	if got := live(); got.calls != before.calls+1 || got.clients != before.clients+1 {
		t.Fatalf("live %+v, want one more call and client than %+v", got, before)
	}
	if got := readAll(s); got.err != nil {
		t.Fatal(got.err)
	}
	if got := live(); got != before {
		t.Fatalf("live %+v after the stream ended, want %+v", got, before)
	}
}

func TestAbandonedStreamsAndClientsAreFreedByTheCollector(t *testing.T) {
	base := fakeServer(t)
	before := settled()
	func() {
		c := cozecore.NewClient(cozecore.WithToken(token), cozecore.WithBaseURL(base))
		for i := 0; i < 3; i++ {
			s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", "abcdefghijkl"))
			if err != nil {
				t.Error(err)
				return
			}
			s.Next() // then dropped without Close
		}
	}()
	deadline := time.Now().Add(5 * time.Second)
	for live() != before && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if got := live(); got != before {
		t.Fatalf("live %+v, want %+v", got, before)
	}
}
