package cozecore_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// End to end: Chat.RunTools through the real driver against the fake
// server's "tools" bot, which asks for get_weather {"city": "Paris"} and
// get_time {"tz": "Europe/Paris"} and answers "Tool outputs: get_weather ->
// <output>; get_time -> <output>".

const e2eWeatherSchema = `{
  "type": "object",
  "properties": {
    "city": {"type": "string", "minLength": 1},
    "unit": {"enum": ["celsius", "fahrenheit"], "default": "celsius"}
  },
  "required": ["city"],
  "additionalProperties": false
}`

const e2eTimeSchema = `{"type": "object", "properties": {"tz": {"type": "string"}}, "required": ["tz"]}`

type e2eWeatherArgs struct {
	City string `json:"city"`
	Unit string `json:"unit"`
}

type e2eTimeArgs struct {
	TZ string `json:"tz"`
}

func mustTool[T any](t *testing.T, name, schema string, fn func(context.Context, T) (any, error)) cozecore.Tool {
	t.Helper()
	tool, err := cozecore.NewTool(name, schema, fn)
	if err != nil {
		t.Fatal(err)
	}
	return tool
}

// toolHooks keeps the tool hook events (they run on the stream's goroutine).
type toolHooks struct {
	mu     sync.Mutex
	called []cozecore.HookEvent
	done   []cozecore.HookEvent
}

func (h *toolHooks) hooks() cozecore.Hooks {
	return cozecore.Hooks{
		OnToolCalled: func(e cozecore.HookEvent) { h.mu.Lock(); h.called = append(h.called, e); h.mu.Unlock() },
		OnToolFinished: func(e cozecore.HookEvent) {
			h.mu.Lock()
			h.done = append(h.done, e)
			h.mu.Unlock()
		},
	}
}

func (h *toolHooks) finished(name string) cozecore.HookEvent {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, e := range h.done {
		if e.Tool == name {
			return e
		}
	}
	return cozecore.HookEvent{}
}

func TestE2ERunToolsRunsBothToolsConcurrently(t *testing.T) {
	var log toolHooks
	c := newClient(t, fakeServer(t), cozecore.WithHooks(log.hooks()), cozecore.WithHookBodies(true))

	// A latch both functions must pass: each waits for the other to have
	// started, so the run only succeeds when they run at the same time.
	var arrived sync.WaitGroup
	arrived.Add(2)
	both := make(chan struct{})
	go func() { arrived.Wait(); close(both) }()
	meet := func(ctx context.Context) error {
		arrived.Done()
		select {
		case <-both:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
			return errors.New("the other tool never started: the tools did not run concurrently")
		}
	}
	var mu sync.Mutex
	var gotWeather e2eWeatherArgs
	var gotTime e2eTimeArgs
	weather := mustTool(t, "get_weather", e2eWeatherSchema, func(ctx context.Context, a e2eWeatherArgs) (any, error) {
		mu.Lock()
		gotWeather = a
		mu.Unlock()
		if err := meet(ctx); err != nil {
			return nil, err
		}
		if _, ok := ctx.Deadline(); !ok {
			return nil, errors.New("the tool's context has no deadline")
		}
		return map[string]any{"city": a.City, "unit": a.Unit, "temperature": 21}, nil
	})
	clock := mustTool(t, "get_time", e2eTimeSchema, func(ctx context.Context, a e2eTimeArgs) (any, error) {
		mu.Lock()
		gotTime = a
		mu.Unlock()
		if err := meet(ctx); err != nil {
			return nil, err
		}
		return "12:00", nil
	})

	s, err := c.Chat.RunTools(context.Background(), chatRequest("tools", "weather in Paris?"),
		[]cozecore.Tool{weather, clock}, cozecore.WithToolTimeout(10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := readAll(s)
	if got.err != nil {
		t.Fatal(got.err)
	}
	want := `Tool outputs: get_weather -> {"city":"Paris","temperature":21,"unit":"celsius"}; get_time -> 12:00`
	if got.text() != want || got.completed != want {
		t.Fatalf("answer %q (completed %q), want %q", got.text(), got.completed, want)
	}
	if gotWeather != (e2eWeatherArgs{City: "Paris", Unit: "celsius"}) || gotTime.TZ != "Europe/Paris" {
		t.Fatalf("arguments: %+v %+v", gotWeather, gotTime)
	}
	// Both rounds' events, in order; no done between them.
	joined := strings.Join(got.types, ",")
	if !strings.HasPrefix(joined, "conversation.chat.created,conversation.chat.in_progress,") ||
		!strings.Contains(joined, "conversation.chat.requires_action,conversation.chat.in_progress,") ||
		!strings.HasSuffix(joined, "conversation.chat.completed,done") || strings.Count(joined, "done") != 1 {
		t.Fatalf("events %s", joined)
	}

	log.mu.Lock()
	called, done := len(log.called), len(log.done)
	log.mu.Unlock()
	if called != 2 || done != 2 {
		t.Fatalf("hooks: %d tool_called, %d tool_finished", called, done)
	}
	for _, e := range log.called {
		if e.Kind != cozecore.HookToolCalled || e.Op != "chat.run_tools" || !strings.HasPrefix(e.ToolCallID, "call_") || e.Outcome != "" {
			t.Fatalf("tool_called %+v", e)
		}
	}
	if e := log.called[0]; e.Tool != "get_weather" || e.Body != `{"city":"Paris","unit":"celsius"}` {
		t.Fatalf("tool_called %+v", e)
	}
	for _, name := range []string{"get_weather", "get_time"} {
		e := log.finished(name)
		if e.Kind != cozecore.HookToolFinished || e.Outcome != cozecore.ToolOK || e.DurationMs < 0 || e.Severity != "" {
			t.Fatalf("tool_finished %s: %+v", name, e)
		}
	}

	// The outputs went back in one request, in the bot's order.
	reqs := requestLog(t)
	if len(reqs) != 2 || reqs[0].Path != "/v3/chat" || reqs[1].Path != "/v3/chat/submit_tool_outputs" {
		t.Fatalf("requests %+v", reqs)
	}
	var body struct {
		ToolOutputs []struct {
			ToolCallID string `json:"tool_call_id"`
			Output     string `json:"output"`
		} `json:"tool_outputs"`
		Stream bool `json:"stream"`
	}
	if err := json.Unmarshal([]byte(reqs[1].Body), &body); err != nil || !body.Stream || len(body.ToolOutputs) != 2 ||
		body.ToolOutputs[1].Output != "12:00" || body.ToolOutputs[0].ToolCallID != log.called[0].ToolCallID {
		t.Fatalf("submit body %s (%v)", reqs[1].Body, err)
	}
}

func TestE2ERunToolsFunctionErrorBecomesAnErrorOutput(t *testing.T) {
	var log toolHooks
	c := newClient(t, fakeServer(t), cozecore.WithHooks(log.hooks()))
	weather := mustTool(t, "get_weather", e2eWeatherSchema, func(context.Context, e2eWeatherArgs) (any, error) {
		return nil, errors.New("weather service down")
	})
	clock := mustTool(t, "get_time", e2eTimeSchema, func(context.Context, e2eTimeArgs) (any, error) {
		panic("clock broke")
	})
	s, err := c.Chat.RunTools(context.Background(), chatRequest("tools", "weather?"), []cozecore.Tool{weather, clock})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := readAll(s)
	if got.err != nil {
		t.Fatal(got.err)
	}
	want := `Tool outputs: get_weather -> {"error":"tool 'get_weather' failed: weather service down"}; ` +
		`get_time -> {"error":"tool 'get_time' failed: panic: clock broke"}`
	if got.completed != want {
		t.Fatalf("answer %q, want %q", got.completed, want)
	}
	e := log.finished("get_weather")
	if e.Outcome != cozecore.ToolError || e.Severity != cozecore.SeverityWarning ||
		!strings.Contains(e.Message, "weather service down") {
		t.Fatalf("tool_finished %+v", e)
	}
}

func TestE2ERunToolsTimeoutEndsPromptly(t *testing.T) {
	var log toolHooks
	c := newClient(t, fakeServer(t), cozecore.WithHooks(log.hooks()))
	release := make(chan struct{})
	defer close(release)
	sawCancel := make(chan struct{})
	// get_weather never returns on its own (it ignores its context's end
	// for its answer); get_time answers at once.
	weather := mustTool(t, "get_weather", e2eWeatherSchema, func(ctx context.Context, _ e2eWeatherArgs) (any, error) {
		<-ctx.Done()
		close(sawCancel)
		<-release
		return "too late", nil
	})
	clock := mustTool(t, "get_time", e2eTimeSchema, func(context.Context, e2eTimeArgs) (any, error) { return "12:00", nil })
	start := time.Now()
	s, err := c.Chat.RunTools(context.Background(), chatRequest("tools", "weather?"), []cozecore.Tool{weather, clock},
		cozecore.WithToolTimeout(200*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := readAll(s)
	if got.err != nil {
		t.Fatal(got.err)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Fatalf("the run took %v with a 200 ms tool timeout", took)
	}
	want := `Tool outputs: get_weather -> {"error":"tool 'get_weather' did not finish within 200 ms"}; get_time -> 12:00`
	if got.completed != want {
		t.Fatalf("answer %q, want %q", got.completed, want)
	}
	select {
	case <-sawCancel:
	case <-time.After(2 * time.Second):
		t.Fatal("the hung tool's context was never cancelled")
	}
	if e := log.finished("get_weather"); e.Outcome != cozecore.ToolTimeout || e.DurationMs != 200 {
		t.Fatalf("tool_finished %+v", e)
	}
	if e := log.finished("get_time"); e.Outcome != cozecore.ToolOK {
		t.Fatalf("tool_finished %+v", e)
	}
}

func TestE2ERunToolsCancelWhileToolsRun(t *testing.T) {
	for _, how := range []string{"context", "close"} {
		t.Run(how, func(t *testing.T) {
			base := fakeServer(t)
			before := settled()
			c := cozecore.NewClient(cozecore.WithToken(token), cozecore.WithBaseURL(base))
			started := make(chan struct{}, 2)
			toolCtxDone := make(chan struct{}, 2)
			block := func(ctx context.Context) (any, error) {
				started <- struct{}{}
				<-ctx.Done()
				toolCtxDone <- struct{}{}
				return nil, ctx.Err()
			}
			weather := mustTool(t, "get_weather", e2eWeatherSchema, func(ctx context.Context, _ e2eWeatherArgs) (any, error) { return block(ctx) })
			clock := mustTool(t, "get_time", e2eTimeSchema, func(ctx context.Context, _ e2eTimeArgs) (any, error) { return block(ctx) })
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			s, err := c.Chat.RunTools(ctx, chatRequest("tools", "weather?"), []cozecore.Tool{weather, clock})
			if err != nil {
				t.Fatal(err)
			}
			go func() {
				<-started
				<-started
				if how == "context" {
					cancel()
				} else {
					s.Close()
				}
			}()
			start := time.Now()
			got := readAll(s)
			if time.Since(start) > 5*time.Second {
				t.Fatal("cancelling did not end the run promptly")
			}
			if how == "context" {
				if !errors.Is(got.err, cozecore.ErrCancelled) || !errors.Is(got.err, context.Canceled) {
					t.Fatalf("err %v", got.err)
				}
			} else if got.err != nil {
				t.Fatalf("a closed stream ends without an error, got %v", got.err)
			}
			for i := 0; i < 2; i++ {
				select {
				case <-toolCtxDone:
				case <-time.After(2 * time.Second):
					t.Fatal("a running tool's context was not cancelled")
				}
			}
			s.Close()
			c.Close()
			if after := settled(); after != before {
				t.Fatalf("live handles %+v, before %+v", after, before)
			}
		})
	}
}

func TestE2ERunToolsFailModeEndsWithErrTool(t *testing.T) {
	c := newClient(t, fakeServer(t))
	weather := mustTool(t, "get_weather", e2eWeatherSchema, func(context.Context, e2eWeatherArgs) (any, error) {
		return nil, errors.New("weather service down")
	})
	clock := mustTool(t, "get_time", e2eTimeSchema, func(context.Context, e2eTimeArgs) (any, error) { return "12:00", nil })
	s, err := c.Chat.RunTools(context.Background(), chatRequest("tools", "weather?"), []cozecore.Tool{weather, clock},
		cozecore.WithToolErrors(cozecore.ToolErrorsFail))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := readAll(s)
	e := asError(t, got.err)
	if !errors.Is(got.err, cozecore.ErrTool) || e.Retryable || e.Severity != cozecore.SeverityWarning ||
		!strings.Contains(e.Message, "weather service down") {
		t.Fatalf("%#v", e)
	}
	reqs := requestLog(t)
	if last := reqs[len(reqs)-1]; last.Path != "/v3/chat/cancel" {
		t.Fatalf("the chat was not cancelled: %+v", reqs)
	}
}

func TestE2ERunToolsUnknownToolIsAnsweredByTheCore(t *testing.T) {
	var log toolHooks
	c := newClient(t, fakeServer(t), cozecore.WithHooks(log.hooks()))
	ran := false
	weather := mustTool(t, "get_weather", e2eWeatherSchema, func(context.Context, e2eWeatherArgs) (any, error) {
		ran = true
		return "sunny", nil
	})
	s, err := c.Chat.RunTools(context.Background(), chatRequest("tools", "weather?"), []cozecore.Tool{weather})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := readAll(s)
	if got.err != nil {
		t.Fatal(got.err)
	}
	if want := `Tool outputs: get_weather -> sunny; get_time -> {"error":"unknown tool 'get_time'"}`; got.completed != want || !ran {
		t.Fatalf("answer %q, want %q", got.completed, want)
	}
	if e := log.finished("get_time"); e.Outcome != cozecore.ToolUnknown {
		t.Fatalf("tool_finished %+v", e)
	}
}
