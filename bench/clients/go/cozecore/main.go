// Ours, Go: the cozecore binding's public calls (c.Chat.Stream,
// c.Workflows.Runs.Stream, c.Chat.Retrieve) over net/http.
// Usage: cozecore <chat|chat_cjk|chat_cut|small_seq|small_32|workflow> <base_url>
package main

import (
	"context"
	"fmt"
	"os"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"cozecore.bench/goclients/internal/harness"
	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

func chat(c *cozecore.Client, base string, cjk, cut bool) harness.Result {
	var r harness.Result
	kind, user := "chat", "bench"
	var opts []cozecore.CallOption
	if cjk {
		kind, user = "chat_cjk", "cjk"
	}
	if cut {
		kind = "chat_cut"
		opts = append(opts, cozecore.WithExtraQuery(map[string]string{"cut": "1"}))
	}
	want, err := harness.Expect(base, kind)
	if err != nil {
		r.Error = "expect: " + err.Error()
		return r
	}
	var deltas, chars int64
	done := false
	t0 := time.Now()
	s, err := c.Chat.Stream(context.Background(), cozecore.ChatStreamParams{BotID: harness.BotID, UserID: user,
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("Tell me a long story.")}}, opts...)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	defer s.Close()
	for s.Next() {
		ev := s.Event()
		if r.Events == 0 {
			r.FirstEventMs = harness.Ms(t0)
		}
		r.Events++
		switch ev.Type {
		case cozecore.EventConversationMessageDelta:
			deltas++
			chars += int64(utf8.RuneCountInString(ev.Message().Content()))
		case cozecore.EventDone:
			done = true
		}
	}
	r.Seconds = harness.Since(t0)
	if cut {
		// Correct: the stream fails (its body ended before done).
		switch {
		case s.Err() == nil:
			r.Error = fmt.Sprintf("the cut stream ended silently after %d deltas", deltas)
		case deltas != want.Deltas:
			r.Error = fmt.Sprintf("error raised, but after %d deltas", deltas)
		}
		return r
	}
	if err := s.Err(); err != nil {
		r.Error = err.Error()
		return r
	}
	r.Error = harness.CheckStream(want, r.Events, deltas, chars, done)
	return r
}

func workflow(c *cozecore.Client, base string) harness.Result {
	var r harness.Result
	want, err := harness.Expect(base, "workflow")
	if err != nil {
		r.Error = "expect: " + err.Error()
		return r
	}
	var messages, chars int64
	done := false
	t0 := time.Now()
	s, err := c.Workflows.Runs.Stream(context.Background(), cozecore.WorkflowsRunsStreamParams{WorkflowID: harness.WorkflowID})
	if err != nil {
		r.Error = err.Error()
		return r
	}
	defer s.Close()
	for s.Next() {
		ev := s.Event()
		if r.Events == 0 {
			r.FirstEventMs = harness.Ms(t0)
		}
		r.Events++
		switch ev.Type {
		case cozecore.EventWorkflowMessage:
			messages++
			chars += int64(utf8.RuneCountInString(ev.WorkflowMessageEvent().Content()))
		case cozecore.EventWorkflowDone:
			done = true
		}
	}
	r.Seconds = harness.Since(t0)
	if err := s.Err(); err != nil {
		r.Error = err.Error()
		return r
	}
	r.Error = harness.CheckStream(want, r.Events, messages, chars, done)
	return r
}

// small: 10,000 chat.retrieve calls over `workers` goroutines sharing one client.
func small(c *cozecore.Client, workers int) harness.Result {
	var r harness.Result
	var next, good atomic.Int64
	var once sync.Once
	var mu sync.Mutex
	t0 := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= harness.SmallCalls {
					return
				}
				id := harness.ChatIDOf(i)
				chat, err := c.Chat.Retrieve(context.Background(), cozecore.ChatRetrieveParams{
					ConversationID: harness.ConversationID, ChatID: id})
				once.Do(func() { r.FirstEventMs = harness.Ms(t0) })
				if err == nil && chat.ID() == id {
					good.Add(1)
					continue
				}
				mu.Lock()
				if r.Error == "" {
					if err != nil {
						r.Error = fmt.Sprintf("call %d: %v", i, err)
					} else {
						r.Error = fmt.Sprintf("call %d: wrong id %q", i, chat.ID())
					}
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	r.Seconds = harness.Since(t0)
	r.Events = good.Load()
	if r.Error == "" && r.Events != harness.SmallCalls {
		r.Error = "not every call answered"
	}
	return r
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: cozecore <chat|chat_cjk|chat_cut|small_seq|small_32|workflow> <base_url>")
		os.Exit(2)
	}
	workload, base := os.Args[1], os.Args[2]
	if path := os.Getenv("COZE_BENCH_CPUPROFILE"); path != "" { // for diagnosis, never in the suite
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	c := cozecore.NewClient(cozecore.WithToken("pat_bench"), cozecore.WithBaseURL(base))
	defer c.Close()
	var r harness.Result
	switch workload {
	case "chat", "chat_cjk", "chat_cut":
		r = chat(c, base, workload == "chat_cjk", workload == "chat_cut")
	case "workflow":
		r = workflow(c, base)
	case "small_seq":
		r = small(c, 1)
	case "small_32":
		r = small(c, harness.SmallWorkers)
	default:
		r.Error = "unknown workload " + workload
	}
	r.Client, r.Workload = "cozecore", workload
	harness.Print(r)
}
