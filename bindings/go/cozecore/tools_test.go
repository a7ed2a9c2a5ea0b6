package cozecore

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

const weatherSchema = `{
  "type": "object",
  "properties": {
    "city": {"type": "string", "minLength": 1},
    "unit": {"enum": ["celsius", "fahrenheit"], "default": "celsius"}
  },
  "required": ["city"]
}`

type weatherArgs struct {
	City string `json:"city"`
	Unit string `json:"unit"`
}

func weather(_ context.Context, a weatherArgs) (any, error) { return a.City + " " + a.Unit, nil }

func wantInvalid(t *testing.T, err error, contains string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("want ErrInvalidArgument, got %v (%T)", err, err)
	}
	if !strings.Contains(e.Message, contains) {
		t.Fatalf("message %q does not contain %q", e.Message, contains)
	}
}

func TestNewToolChecksTheSchemaAtRegistration(t *testing.T) {
	tool, err := NewTool("get_weather", weatherSchema, weather)
	if err != nil {
		t.Fatal(err)
	}
	if tool.Name != "get_weather" || tool.Func == nil || strings.ContainsAny(string(tool.Parameters), " \n") {
		t.Fatalf("%+v (parameters %s)", tool, tool.Parameters)
	}
	// A keyword the core's validator does not support is named, with where it is.
	_, err = NewTool("get_weather", `{"type": "object", "properties": {"unit": {"if": {}}}}`, weather)
	wantInvalid(t, err, `"if"`)
	wantInvalid(t, err, "get_weather")
	_, err = NewTool("x", `{"type": "object", "properties": {"a": {"type": "strin"}}}`, weather)
	wantInvalid(t, err, "strin")
	_, err = NewTool("x", `{"type": "string", "pattern": "("}`, weather)
	wantInvalid(t, err, "pattern")
	_, err = NewTool("x", `[1]`, weather)
	wantInvalid(t, err, "object")
	_, err = NewTool("x", `true`, weather)
	wantInvalid(t, err, "object")
	_, err = NewTool("x", `{"type":`, weather)
	wantInvalid(t, err, "not JSON")
	_, err = NewTool("", weatherSchema, weather)
	wantInvalid(t, err, "Name")
	_, err = NewTool[weatherArgs]("x", weatherSchema, nil)
	wantInvalid(t, err, "nil function")
	// A schema as a Go value, as bytes, or none at all.
	if _, err := NewTool("x", map[string]any{"type": "object", "properties": map[string]any{"n": map[string]any{"type": "integer"}}}, weather); err != nil {
		t.Fatal(err)
	}
	if _, err := NewTool("x", []byte(weatherSchema), weather); err != nil {
		t.Fatal(err)
	}
	if tool, err := NewTool("x", nil, weather); err != nil || tool.Parameters != nil {
		t.Fatal(tool, err)
	}
	_, err = NewTool("x", map[string]any{"type": "object", "dependencies": map[string]any{}}, weather)
	wantInvalid(t, err, `"dependencies"`)
}

func TestNewToolDecodesTheArgumentsIntoItsType(t *testing.T) {
	ctx := context.Background()
	tool, _ := NewTool("get_weather", weatherSchema, weather)
	got, err := tool.Func(ctx, json.RawMessage(`{"city":"Paris","unit":"celsius"}`))
	if err != nil || got != "Paris celsius" {
		t.Fatal(got, err)
	}
	if _, err := tool.Func(ctx, json.RawMessage(`{"city":3}`)); err == nil || !strings.Contains(err.Error(), "weatherArgs") {
		t.Fatalf("%v", err)
	}
	asMap, _ := NewTool("m", nil, func(_ context.Context, a map[string]any) (any, error) { return a["n"], nil })
	if got, err := asMap.Func(ctx, json.RawMessage(`{"n":2}`)); err != nil || got != 2.0 {
		t.Fatal(got, err)
	}
	var seen json.RawMessage
	raw, _ := NewTool("r", nil, func(_ context.Context, a json.RawMessage) (any, error) { seen = a; return nil, nil })
	if _, err := raw.Func(ctx, json.RawMessage(`{"a": [1, 2]}`)); err != nil || string(seen) != `{"a": [1, 2]}` {
		t.Fatal(string(seen), err)
	}
}

func TestToolOutputConversion(t *testing.T) {
	cases := []struct {
		in   any
		want string
	}{
		{"sunny, 21 °C", "sunny, 21 °C"},
		{`{"not": "parsed"}`, `{"not": "parsed"}`}, // a string goes as it is
		{json.RawMessage("{ \"a\" : [1, 2] }"), `{"a":[1,2]}`},
		{map[string]any{"b": 1, "a": "<x&y>"}, `{"a":"<x&y>","b":1}`},
		{weatherArgs{City: "Paris", Unit: "celsius"}, `{"city":"Paris","unit":"celsius"}`},
		{21.5, "21.5"},
		{true, "true"},
		{nil, "null"},
		{[]string{"a", "b"}, `["a","b"]`},
	}
	for _, c := range cases {
		got, err := toolOutput(c.in)
		if err != nil || got != c.want {
			t.Errorf("toolOutput(%#v) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	if _, err := toolOutput(make(chan int)); err == nil {
		t.Error("a channel is not JSON")
	}
	if _, err := toolOutput(json.RawMessage("{")); err == nil {
		t.Error("a broken RawMessage is not JSON")
	}
}

func TestRunToolTurnsErrorsAndPanicsIntoToolErrors(t *testing.T) {
	run := func(fn ToolFunc) toolResult {
		out := make(chan toolResult, 1)
		runTool(context.Background(), fn, toolCall{ID: "c1", Name: "t", Arguments: json.RawMessage(`{}`)}, out)
		return <-out
	}
	if r := run(func(context.Context, json.RawMessage) (any, error) { return map[string]int{"n": 1}, nil }); r.failed || r.text != `{"n":1}` || r.id != "c1" {
		t.Fatalf("%+v", r)
	}
	if r := run(func(context.Context, json.RawMessage) (any, error) { return nil, errors.New("service down") }); !r.failed || r.text != "service down" {
		t.Fatalf("%+v", r)
	}
	if r := run(func(context.Context, json.RawMessage) (any, error) { panic("boom") }); !r.failed || r.text != "panic: boom" {
		t.Fatalf("%+v", r)
	}
	if r := run(func(context.Context, json.RawMessage) (any, error) { return func() {}, nil }); !r.failed || !strings.Contains(r.text, "not JSON") {
		t.Fatalf("%+v", r)
	}
	if r := run(nil); !r.failed || !strings.Contains(r.text, "no Go function") {
		t.Fatalf("%+v", r)
	}
}

func TestKindToolError(t *testing.T) {
	e := errorFromCore(core.Error{Kind: "tool", Message: "tool 'get_weather' failed: down; the chat was cancelled",
		Severity: core.ErrorSeverity("tool", 0, false), RetryAfterMs: -1}, nil)
	var err error = e
	if !errors.Is(err, ErrTool) || errors.Is(err, ErrInternal) || e.Kind != KindTool {
		t.Fatalf("%#v", e)
	}
	if e.Severity != SeverityWarning || e.Retryable {
		t.Fatalf("severity %q retryable %v", e.Severity, e.Retryable)
	}
	if e.Error() != "tool 'get_weather' failed: down; the chat was cancelled" {
		t.Fatalf("%q", e.Error())
	}
}

func TestRunToolsParamsAndOptions(t *testing.T) {
	tool, _ := NewTool("get_weather", weatherSchema, weather)
	p := chatRunToolsParams{ChatCreateParams: ChatCreateParams{BotID: "b", UserID: "u"}}
	c := NewClient(WithToken("pat_x"), WithBaseURL("http://127.0.0.1:1"))
	defer c.Close()
	// Nothing listens there: the call fails after the params were built.
	_, _ = c.runTools(context.Background(), "chat.run_tools", &p, &p.toolRunParams, []Tool{tool},
		[]CallOption{WithMaxRounds(3), WithToolTimeout(1500 * time.Microsecond), WithToolErrors(ToolErrorsFail),
			WithMaxRetries(0)})
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	_ = json.Unmarshal(b, &got)
	if got["bot_id"] != "b" || got["max_rounds"] != 3.0 || got["tool_timeout_ms"] != 2.0 || got["tool_errors"] != "fail" {
		t.Fatalf("%s", b)
	}
	if _, ok := got["stream"]; ok {
		t.Fatalf("stream is the flow's: %s", b)
	}
	tools, _ := got["tools"].([]any)
	if len(tools) != 1 || tools[0].(map[string]any)["name"] != "get_weather" ||
		tools[0].(map[string]any)["parameters"].(map[string]any)["required"].([]any)[0] != "city" {
		t.Fatalf("%s", b)
	}

	// The run's options belong to RunTools alone.
	for _, o := range []CallOption{WithMaxRounds(2), WithToolTimeout(time.Second), WithToolErrors(ToolErrorsFail)} {
		_, err := c.Chat.Create(context.Background(), ChatCreateParams{BotID: "b", UserID: "u"}, o)
		wantInvalid(t, err, "Chat.RunTools only")
	}
	// Tools are checked before anything is sent: a literal with a bad
	// schema, two of one name, one without a function.
	bad := Tool{Name: "t", Parameters: json.RawMessage(`{"if": {}}`), Func: tool.Func}
	_, err = c.Chat.RunTools(context.Background(), ChatCreateParams{BotID: "b", UserID: "u"}, []Tool{bad})
	wantInvalid(t, err, `"if"`)
	_, err = c.Chat.RunTools(context.Background(), ChatCreateParams{BotID: "b", UserID: "u"}, []Tool{tool, tool})
	wantInvalid(t, err, "two tools")
	_, err = c.Chat.RunTools(context.Background(), ChatCreateParams{BotID: "b", UserID: "u"}, []Tool{{Name: "t"}})
	wantInvalid(t, err, "Func is nil")
	// The core's own checks of the run: no tools, a timeout under 1 ms.
	_, err = c.Chat.RunTools(context.Background(), ChatCreateParams{BotID: "b", UserID: "u"}, nil)
	wantInvalid(t, err, "tools")
	_, err = c.Chat.RunTools(context.Background(), ChatCreateParams{BotID: "b", UserID: "u"}, []Tool{tool}, WithToolTimeout(0))
	wantInvalid(t, err, "tool_timeout_ms")
	_, err = c.Chat.RunTools(context.Background(), ChatCreateParams{BotID: "b", UserID: "u"}, []Tool{tool}, WithMaxRounds(0))
	wantInvalid(t, err, "max_rounds")
}
