package cozecore

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// ToolFunc runs a local tool: args are the call's arguments as JSON, checked
// against the tool's schema with its defaults filled in; ctx is the stream's
// context with the tool timeout (WithToolTimeout, default 60 s) added, and is
// also cancelled when the stream is closed or the run ends. The result goes
// to the bot as the tool's output: a string as it is, a json.RawMessage as
// its compact JSON, anything else as compact JSON (json.Marshal, HTML left
// unescaped). An error (or a panic) becomes the output {"error": "tool '<name>'
// failed: <message>"}, or ends the run with ErrTool under
// WithToolErrors(ToolErrorsFail).
type ToolFunc func(ctx context.Context, args json.RawMessage) (any, error)

// Tool is a local function the bot may call during Chat.RunTools: a name
// (the bot's function name), the JSON Schema of its arguments, and the Go
// function that answers. Make one with NewTool, which checks the schema at
// once; a Tool written as a literal is checked when RunTools starts.
type Tool struct {
	// Name is the function's name as the bot calls it.
	Name string
	// Description says what the tool does (for the reader and for logs;
	// the bot's own configuration describes it to the model).
	Description string
	// Parameters is the JSON Schema of the arguments, an object (draft 7
	// keywords, core/tools/README.md); nil accepts any object.
	Parameters json.RawMessage
	// Func answers the call.
	Func ToolFunc
}

// NewTool makes a Tool from a name, the JSON Schema of its arguments and a
// function, and checks the schema with the core's validator at once: a
// schema it does not accept (an unsupported keyword, a bad pattern, not an
// object) is an error of kind ErrInvalidArgument that names the keyword and
// where it is. parameters is JSON text (a string, []byte or
// json.RawMessage), a value json.Marshal turns into an object (a
// map[string]any), or nil for a tool that accepts any object.
//
// fn gets the arguments decoded into T (a struct with json tags, a
// map[string]any, or json.RawMessage to decode them yourself) after the core
// has validated them and filled in the schema's defaults:
//
//	type weatherArgs struct {
//		City string `json:"city"`
//		Unit string `json:"unit"`
//	}
//	tool, err := cozecore.NewTool("get_weather", `{"type": "object", ...}`,
//		func(ctx context.Context, a weatherArgs) (any, error) { return lookup(ctx, a.City, a.Unit) })
func NewTool[T any](name string, parameters any, fn func(ctx context.Context, args T) (any, error)) (Tool, error) {
	if fn == nil {
		return Tool{}, newError(KindInvalidArgument, "tool '"+name+"': a nil function", nil)
	}
	schema, err := schemaText(parameters)
	if err != nil {
		return Tool{}, newError(KindInvalidArgument, "tool '"+name+"': parameters: "+err.Error(), err)
	}
	var f ToolFunc
	if raw, ok := any(fn).(func(context.Context, json.RawMessage) (any, error)); ok {
		f = raw
	} else {
		f = func(ctx context.Context, args json.RawMessage) (any, error) {
			var v T
			if err := json.Unmarshal(args, &v); err != nil {
				return nil, fmt.Errorf("decoding the arguments into %T: %w", v, err)
			}
			return fn(ctx, v)
		}
	}
	t := Tool{Name: name, Parameters: schema, Func: f}
	if err := t.check(); err != nil {
		return Tool{}, err
	}
	return t, nil
}

// schemaText reads NewTool's parameters as compact JSON text (nil for none).
func schemaText(parameters any) (json.RawMessage, error) {
	var text []byte
	switch p := parameters.(type) {
	case nil:
		return nil, nil
	case string:
		text = []byte(p)
	case []byte:
		text = p
	case json.RawMessage:
		text = p
	default:
		b, err := marshalJSON(p)
		if err != nil {
			return nil, err
		}
		text = b
	}
	var out bytes.Buffer
	if err := json.Compact(&out, text); err != nil {
		return nil, fmt.Errorf("not JSON: %w", err)
	}
	return out.Bytes(), nil
}

// check is what registering a tool checks: a name, a function, and a
// schema the core's validator accepts (core.ToolSchemaCheck).
func (t Tool) check() error {
	if t.Name == "" {
		return newError(KindInvalidArgument, "a tool needs a non-empty Name", nil)
	}
	if t.Func == nil {
		return newError(KindInvalidArgument, "tool '"+t.Name+"': Func is nil", nil)
	}
	if len(t.Parameters) == 0 {
		return nil
	}
	if p := bytes.TrimSpace(t.Parameters); len(p) == 0 || p[0] != '{' {
		return newError(KindInvalidArgument, "tool '"+t.Name+"': parameters must be a JSON Schema object", nil)
	}
	if why := core.ToolSchemaCheck(string(t.Parameters)); why != "" {
		return newError(KindInvalidArgument, "tool '"+t.Name+"': "+why, nil)
	}
	return nil
}

// ToolErrors says what Chat.RunTools does when a tool call goes wrong (an
// unknown tool, invalid arguments, a function's error or a timeout).
type ToolErrors string

const (
	// ToolErrorsOutput (the default): the bot gets {"error": "..."} as that
	// call's output and the chat goes on.
	ToolErrorsOutput ToolErrors = "output"
	// ToolErrorsFail: the core cancels the chat and the run fails with ErrTool.
	ToolErrorsFail ToolErrors = "fail"
)

// The options of Chat.RunTools; any other call refuses them.
type (
	maxRounds   int
	toolTimeout time.Duration
	toolErrors  ToolErrors
)

func (maxRounds) applyCall(s *callSettings)   { refuse(s, "WithMaxRounds") }
func (toolTimeout) applyCall(s *callSettings) { refuse(s, "WithToolTimeout") }
func (toolErrors) applyCall(s *callSettings)  { refuse(s, "WithToolErrors") }

func refuse(s *callSettings, name string) {
	if s.err == nil {
		s.err = errors.New(name + " applies to Chat.RunTools only")
	}
}

// WithMaxRounds sets how many times Chat.RunTools answers the bot's tool
// calls (default 8, at most 1000): one round more cancels the chat and
// fails with ErrTool.
func WithMaxRounds(n int) CallOption { return maxRounds(n) }

// WithToolTimeout sets how long Chat.RunTools waits for the tools of one
// round (default 60 s), rounded up to whole milliseconds: a function still
// running then is answered as timed out (its context is cancelled, its late
// result ignored). The core refuses one under 1 ms (ErrInvalidArgument).
func WithToolTimeout(d time.Duration) CallOption { return toolTimeout(d) }

// WithToolErrors sets what Chat.RunTools does when a tool call goes wrong
// (ToolErrorsOutput, the default, or ToolErrorsFail).
func WithToolErrors(mode ToolErrors) CallOption { return toolErrors(mode) }

// defaultToolTimeout is the core's tool_timeout_ms default.
const defaultToolTimeout = 60 * time.Second

// toolRunParams are chat.run_tools' own parameters, next to chat.create's
// in the generated params struct of the RunTools method (x-coze-tools).
type toolRunParams struct {
	Tools         []toolSpec `json:"tools"`
	MaxRounds     *int       `json:"max_rounds,omitempty"`
	ToolTimeoutMs *int64     `json:"tool_timeout_ms,omitempty"`
	ToolErrors    ToolErrors `json:"tool_errors,omitempty"`
}

type toolSpec struct {
	Name        string          `json:"name"`
	Description string          `json:"description,omitempty"`
	Parameters  json.RawMessage `json:"parameters,omitempty"`
}

// runTools runs a tools flow (x-coze-tools: the generated RunTools
// methods): the core streams the chat, and at each requires_action hands
// over the calls to run; the runner runs their functions (startTools) and
// feeds their results back. The stream is that of the chat, every round's
// events in order.
func (c *Client) runTools(ctx context.Context, flow string, params any, run *toolRunParams, tools []Tool,
	opts []CallOption) (*Stream, error) {
	funcs := make(map[string]ToolFunc, len(tools))
	run.Tools = make([]toolSpec, 0, len(tools))
	for _, t := range tools {
		if err := t.check(); err != nil {
			return nil, err
		}
		if _, dup := funcs[t.Name]; dup {
			return nil, newError(KindInvalidArgument, "two tools are named '"+t.Name+"'", nil)
		}
		funcs[t.Name] = t.Func
		run.Tools = append(run.Tools, toolSpec{Name: t.Name, Description: t.Description, Parameters: t.Parameters})
	}
	timeout := defaultToolTimeout
	rest := make([]CallOption, 0, len(opts))
	for _, o := range opts {
		switch v := o.(type) {
		case maxRounds:
			n := int(v)
			run.MaxRounds = &n
		case toolTimeout:
			ms, _ := durationMs(time.Duration(v)).(int64) // 0 for d <= 0, which the core refuses
			run.ToolTimeoutMs = &ms
			timeout = time.Duration(ms) * time.Millisecond
		case toolErrors:
			run.ToolErrors = ToolErrors(v)
		default:
			rest = append(rest, o)
		}
	}
	s := &Stream{cur: cursor{stop: make(chan struct{})}}
	r, err := c.start(ctx, flow, params, resultNone, s.cur.stop, rest)
	if r != nil {
		r.tools, r.toolTimeout = funcs, timeout
	}
	if !s.cur.begin(r, err) || !s.cur.step() && s.cur.err != nil {
		return nil, s.cur.err
	}
	return s, nil
}

// toolRound is the tools of one TOOLS action while they run: their results
// arrive on results (buffered, so a function that finishes late never
// blocks), and cancel ends their context.
type toolRound struct {
	results chan toolResult
	cancel  context.CancelFunc
}

// toolResult is one function's answer: its output, or why it failed.
type toolResult struct {
	id     string
	text   string
	failed bool
}

// toolCall is one element of the core's tool_calls array.
type toolCall struct {
	ID        string          `json:"id"`
	Name      string          `json:"name"`
	Arguments json.RawMessage `json:"arguments"`
}

// startTools answers a TOOLS action: the round's response is over, and
// every call's function starts in a goroutine of its own, with a context
// derived from the call's with the tool timeout. Their results come back on
// the round's channel, which wait feeds to the core on the runner's goroutine.
func (r *runner) startTools(callsJSON string) error {
	r.abort() // the round's stream ended at its requires_action
	r.endRound()
	var calls []toolCall
	if err := json.Unmarshal([]byte(callsJSON), &calls); err != nil {
		return newError(KindInternal, "the core handed over malformed tool calls: "+err.Error(), err)
	}
	timeout := r.toolTimeout
	if timeout <= 0 {
		timeout = defaultToolTimeout
	}
	ctx, cancel := context.WithTimeout(r.ctx, timeout)
	round := &toolRound{results: make(chan toolResult, len(calls)), cancel: cancel}
	r.round = round
	for _, c := range calls {
		go runTool(ctx, r.tools[c.Name], c, round.results)
	}
	return nil
}

// endRound cancels the context of the tools still running, if any; their
// results are dropped with the round.
func (r *runner) endRound() {
	if r.round != nil {
		r.round.cancel()
		r.round = nil
	}
}

// runTool runs one call's function and sends its result; a panic is its error.
func runTool(ctx context.Context, fn ToolFunc, c toolCall, out chan<- toolResult) {
	res := toolResult{id: c.ID}
	defer func() {
		if p := recover(); p != nil {
			res = toolResult{id: c.ID, text: fmt.Sprintf("panic: %v", p), failed: true}
		}
		out <- res
	}()
	if fn == nil {
		res.text, res.failed = "no Go function is registered for tool '"+c.Name+"' (use Chat.RunTools)", true
		return
	}
	v, err := fn(ctx, c.Arguments)
	if err != nil {
		res.text, res.failed = err.Error(), true
		return
	}
	text, err := toolOutput(v)
	if err != nil {
		res.text, res.failed = "its result is not JSON: "+err.Error(), true
		return
	}
	res.text = text
}

// toolOutput is a function's result as the tool's output text.
func toolOutput(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case json.RawMessage:
		var out bytes.Buffer
		if err := json.Compact(&out, x); err != nil {
			return "", err
		}
		return out.String(), nil
	}
	b, err := marshalJSON(v)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// feedTools hands res and every other result already in to the core
// (under the client's lock), unless the call has ended.
func (r *runner) feedTools(res toolResult) {
	h := r.c.handle
	h.mu.Lock()
	defer h.mu.Unlock()
	for {
		if r.call.Live() && !r.call.Finished() {
			if res.failed {
				r.call.OnToolError(res.id, res.text)
			} else {
				r.call.OnToolOutput(res.id, res.text)
			}
		}
		select {
		case res = <-r.round.results:
		default:
			return
		}
	}
}
