package cozecore_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

const (
	requiresAction = `{"id":"7401","conversation_id":"7400","bot_id":"b1","created_at":1718000000,` +
		`"status":"requires_action","section_id":"7402","required_action":{"type":"submit_tool_outputs",` +
		`"submit_tool_outputs":{"tool_calls":[` +
		`{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},` +
		`{"id":"call_2","type":"function","function":{"name":"get_time","arguments":"{\"tz\":\"Europe/Paris\"}"}}]}},` +
		`"usage":{"token_count":12,"output_count":5,"input_count":7}}`
	// Bytes 00 01 02 fd fe ff.
	audioDelta = `{"id":"m1","conversation_id":"7400","bot_id":"b1","chat_id":"7401","role":"assistant",` +
		`"type":"answer","content":"AAEC/f7/","content_type":"audio"}`
	workflowMessage = `{"content":"Hello","content_type":"text","node_title":"End","node_seq_id":"0",` +
		`"node_is_finish":true,"ext":{"k":"v"},"usage":{"token_count":3,"output_count":2,"input_count":1}}`
	workflowInterrupt = `{"interrupt_data":{"event_id":"ev_7","type":2,"data":"{\"question\":\"City?\"}"},` +
		`"node_title":"Question"}`
	debugURL = "https://www.coze.com/work_flow?execute_id=9"
)

var audioBytes = []byte{0, 1, 2, 0xfd, 0xfe, 0xff}

// ev decodes one event as a chat (or, for the workflow names, workflow) stream delivers it.
func ev(t *testing.T, typ, data string) cozecore.Event {
	t.Helper()
	op := "chat.stream"
	switch strings.ToLower(typ) {
	case "message", "interrupt", "done", "ping", "node_start":
		if typ != cozecore.EventDone {
			op = "workflows.runs.stream"
		}
	}
	e, err := cozecore.DecodeEvent(op, typ, data)
	if err != nil {
		t.Fatalf("%s %s: %v", typ, data, err)
	}
	return e
}

// toolCalls are the calls of a conversation.chat.requires_action event as (id, name, arguments).
func toolCalls(e cozecore.Event) [][3]string {
	var out [][3]string
	for _, c := range e.Chat().RequiredAction().SubmitToolOutputs().ToolCalls() {
		out = append(out, [3]string{c.ID(), c.Function().Name(), c.Function().Arguments()})
	}
	return out
}

func TestRequiresActionToolCalls(t *testing.T) {
	e := ev(t, cozecore.EventConversationChatRequiresAction, requiresAction)
	want := [][3]string{{"call_1", "get_weather", `{"city":"Paris"}`}, {"call_2", "get_time", `{"tz":"Europe/Paris"}`}}
	if got := toolCalls(e); !reflect.DeepEqual(got, want) {
		t.Fatalf("tool calls %+v", got)
	}
	chat := e.Chat()
	if a := chat.RequiredAction(); a.Type() != "submit_tool_outputs" || a.SubmitToolOutputs().ToolCalls()[0].Type() != "function" {
		t.Fatalf("action %v", a)
	}
	if chat.Status() != "requires_action" || chat.Usage().InputCount() != 7 || chat.CreatedAt() != 1718000000 {
		t.Fatalf("chat %v", chat)
	}
	// Arguments sent as an object are kept as JSON text; a junk item reads as a null call.
	odd := ev(t, cozecore.EventConversationChatRequiresAction,
		`{"required_action":{"submit_tool_outputs":{"tool_calls":[{"id":"x","function":{"name":"f","arguments":{"a": 1}}},5]}}}`)
	if got := toolCalls(odd); len(got) != 2 || got[0] != [3]string{"x", "f", `{"a":1}`} || got[1] != [3]string{} {
		t.Fatalf("odd tool calls %+v", got)
	}
	if toolCalls(ev(t, cozecore.EventConversationChatCompleted, `{"id":"1"}`)) != nil ||
		toolCalls(ev(t, cozecore.EventConversationMessageDelta, `{"content":"x"}`)) != nil {
		t.Fatal("tool calls where there are none")
	}
}

func TestAudioDelta(t *testing.T) {
	e := ev(t, cozecore.EventConversationAudioDelta, audioDelta)
	if !e.IsAudio() {
		t.Fatal("not audio")
	}
	b, err := e.Audio()
	if err != nil || !bytes.Equal(b, audioBytes) {
		t.Fatalf("audio %v %v", b, err)
	}
	if m := e.Message(); m.ContentType() != "audio" || m.ChatID() != "7401" {
		t.Fatalf("message %v", m)
	}
	for data, want := range map[string][]byte{
		`{"content":"AAE"}`:  {0, 1},
		`{"content":"AAE="}`: {0, 1},
		`{"content":""}`:     {},
	} {
		got, err := ev(t, cozecore.EventConversationAudioDelta, data).Audio()
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("%s: %v %v", data, got, err)
		}
	}
	if b, err := ev(t, cozecore.EventConversationMessageDelta, `{"content":"AAE=","content_type":"audio"}`).Audio(); err != nil || len(b) != 2 {
		t.Fatalf("audio message: %v %v", b, err)
	}
	if b, err := ev(t, cozecore.EventConversationMessageDelta, `{"content":"hi"}`).Audio(); b != nil || err != nil {
		t.Fatalf("a text delta has audio: %v %v", b, err)
	}
	for _, bad := range []string{"not base64!", "AAE==", "A", "AAF=", "AAEC====", "AA\nEC"} {
		data, _ := json.Marshal(map[string]string{"content": bad})
		_, err := ev(t, cozecore.EventConversationAudioDelta, string(data)).Audio()
		if !errors.Is(err, cozecore.ErrDecode) {
			t.Fatalf("%q: %v", bad, err)
		}
	}
}

func TestDoneDebugURL(t *testing.T) {
	if got := ev(t, cozecore.EventDone, `{"debug_url":"`+debugURL+`"}`).DoneEventData().DebugURL(); got != debugURL {
		t.Fatalf("debug url %q", got)
	}
	if got := ev(t, cozecore.EventWorkflowDone, `{"debug_url":"`+debugURL+`"}`).DoneEventData().DebugURL(); got != debugURL {
		t.Fatalf("workflow debug url %q", got)
	}
	for _, data := range []string{`{}`, `"[DONE]"`, ``} {
		if got := ev(t, cozecore.EventDone, data).DoneEventData(); got.DebugURL() != "" || got.Has("debug_url") {
			t.Fatalf("%s: %v", data, got)
		}
	}
	if ev(t, cozecore.EventConversationMessageDelta, `{"debug_url":"x"}`).DoneEventData().Valid() {
		t.Fatal("a delta read as a done event")
	}
}

func TestWorkflowEvents(t *testing.T) {
	m := ev(t, "Message", workflowMessage)
	msg := m.WorkflowMessageEvent()
	if m.Type != cozecore.EventWorkflowMessage || !m.Known() || msg.Content() != "Hello" || msg.ContentType() != "text" ||
		msg.NodeTitle() != "End" || msg.NodeSeqID() != "0" || !msg.NodeIsFinish() ||
		!reflect.DeepEqual(msg.Ext(), map[string]string{"k": "v"}) || msg.Usage().TokenCount() != 3 {
		t.Fatalf("message %v", msg)
	}
	if m.Content() != "Hello" || m.WorkflowErrorEvent().Valid() || m.WorkflowInterruptEvent().Valid() {
		t.Fatalf("message extras %v", m)
	}

	i := ev(t, "Interrupt", workflowInterrupt).WorkflowInterruptEvent()
	if d := i.InterruptData(); i.NodeTitle() != "Question" || d.EventID() != "ev_7" || d.Type() != 2 ||
		d.Data() != `{"question":"City?"}` {
		t.Fatalf("interrupt %v", i)
	}

	// An Error event ends the stream: decoded alone, it is the stream's error.
	_, err := cozecore.DecodeEvent("workflows.runs.stream", "Error", `{"error_code":6006,"error_message":"code node timed out"}`)
	if e := asError(t, err); e.Kind != cozecore.KindStream || e.Code != 6006 || e.Message != "code node timed out" {
		t.Fatalf("error event: %+v", e)
	}

	d := ev(t, "Done", `{"debug_url":"`+debugURL+`"}`)
	if d.Type != cozecore.EventWorkflowDone || d.DoneEventData().DebugURL() != debugURL {
		t.Fatalf("done %v", d)
	}
	// Names match case-insensitively and come in the API's spelling.
	for _, name := range []string{"message", "MESSAGE"} {
		got := ev(t, name, workflowMessage)
		if got.Type != cozecore.EventWorkflowMessage || got.WorkflowMessageEvent().Content() != "Hello" {
			t.Fatalf("%s: %v", name, got)
		}
	}
}

func TestUnknownAndMalformedEventsStayRaw(t *testing.T) {
	u := ev(t, "node_start", `{"node":"n1","n":12345678901234567890}`)
	if u.Known() || u.Type != "node_start" || !reflect.DeepEqual(u.Data(), map[string]any{"node": "n1", "n": "12345678901234567890"}) {
		t.Fatalf("unknown %v %v", u, u.Data())
	}
	if u.WorkflowMessageEvent().Valid() || u.Content() != "" {
		t.Fatal("an unknown event has a message")
	}
	b, err := json.Marshal(u)
	if err != nil || string(b) != `{"data":{"n":"12345678901234567890","node":"n1"},"type":"node_start"}` {
		t.Fatalf("json %s %v", b, err)
	}
	if got := ev(t, "Message", `{"content":{"a": 1},"node_seq_id":3}`).WorkflowMessageEvent(); got.Content() != `{"a":1}` || got.NodeSeqID() != "3" {
		t.Fatalf("structured content %v", got)
	}
	if got := ev(t, "Interrupt", `{"interrupt_data":7}`).WorkflowInterruptEvent(); got.InterruptData().Valid() ||
		!reflect.DeepEqual(got.Extra(), map[string]any{"interrupt_data": int64(7)}) {
		t.Fatalf("odd interrupt %v", got)
	}
	if _, err := cozecore.DecodeEvent("chat.stream", cozecore.EventConversationMessageDelta, `{bad`); !errors.Is(err, cozecore.ErrDecode) &&
		!errors.Is(err, cozecore.ErrStream) {
		t.Fatalf("malformed payload: %v", err)
	}
}

// ---- end to end, on the fake server's routes for tool calls, audio and workflows

const debugURLPrefix = "https://www.coze.com/work_flow?execute_id="

// events reads a stream to its end.
func events(s *cozecore.Stream, err error) ([]cozecore.Event, error) {
	if err != nil {
		return nil, err
	}
	defer s.Close()
	var got []cozecore.Event
	for s.Next() {
		got = append(got, s.Event())
	}
	return got, s.Err()
}

func typesOf(events []cozecore.Event) []string {
	var out []string
	for _, e := range events {
		out = append(out, e.Type)
	}
	return out
}

func deltaText(events []cozecore.Event) string {
	var b strings.Builder
	for _, e := range events {
		if e.Type == cozecore.EventConversationMessageDelta {
			b.WriteString(e.Message().Content())
		}
	}
	return b.String()
}

func TestE2ERequiresActionThenSubmitToolOutputsStream(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	ctx := context.Background()
	got, err := events(c.Chat.Stream(ctx, chatRequest("tools", "weather in Paris?")))
	if err != nil {
		t.Fatal(err)
	}
	wantTypes := []string{cozecore.EventConversationChatCreated, cozecore.EventConversationChatInProgress,
		cozecore.EventConversationMessageCompleted, cozecore.EventConversationMessageCompleted,
		cozecore.EventConversationChatRequiresAction, cozecore.EventDone}
	if types := typesOf(got); !reflect.DeepEqual(types, wantTypes) {
		t.Fatalf("types %v", types)
	}
	for i, name := range []string{"get_weather", "get_time"} {
		m := got[2+i].Message()
		var call struct {
			Name string `json:"name"`
		}
		if m.Type() != "function_call" || json.Unmarshal([]byte(m.Content()), &call) != nil || call.Name != name {
			t.Fatalf("function call %d: %v", i, m)
		}
	}
	chat := got[4].Chat()
	if chat.Status() != "requires_action" || chat.BotID() != "tools" || chat.RequiredAction().Type() != "submit_tool_outputs" {
		t.Fatalf("chat %v", chat)
	}
	calls := chat.RequiredAction().SubmitToolOutputs().ToolCalls()
	if len(calls) != 2 || calls[0].ID() == calls[1].ID() || !strings.HasPrefix(calls[0].ID(), "call_") ||
		calls[0].Type() != "function" ||
		toolCalls(got[4])[0] != [3]string{calls[0].ID(), "get_weather", `{"city":"Paris"}`} ||
		toolCalls(got[4])[1] != [3]string{calls[1].ID(), "get_time", `{"tz":"Europe/Paris"}`} {
		t.Fatalf("tool calls %v", calls)
	}

	// Answer both calls: the chat goes on and answers with the outputs, in the order sent.
	results := map[string]string{"get_weather": "sunny", "get_time": "12:00"}
	req := cozecore.ChatSubmitToolOutputsParams{ConversationID: chat.ConversationID(), ChatID: chat.ID()}
	for _, call := range calls {
		req.ToolOutputs = append(req.ToolOutputs, cozecore.ToolOutputParam{ToolCallID: call.ID(), Output: results[call.Function().Name()]})
	}
	rest, err := events(c.Chat.SubmitToolOutputsStream(ctx, req))
	if err != nil {
		t.Fatal(err)
	}
	const answer = "Tool outputs: get_weather -> sunny; get_time -> 12:00"
	types := typesOf(rest)
	if text := deltaText(rest); text != answer || len(rest) < 5 || types[0] != cozecore.EventConversationChatInProgress ||
		!reflect.DeepEqual(types[len(types)-3:], []string{cozecore.EventConversationMessageCompleted,
			cozecore.EventConversationChatCompleted, cozecore.EventDone}) ||
		rest[len(rest)-3].Content() != answer {
		t.Fatalf("text %q, types %v", text, types)
	}
	done := rest[len(rest)-2].Chat()
	if done.ID() != chat.ID() || done.ConversationID() != chat.ConversationID() || done.Status() != "completed" ||
		done.RequiredAction().Valid() {
		t.Fatalf("completed chat %v", done)
	}

	log := requestLog(t)
	if len(log) != 2 || log[0].Path != "/v3/chat" || log[1].Path != "/v3/chat/submit_tool_outputs" ||
		log[1].Query["conversation_id"] != chat.ConversationID() || log[1].Query["chat_id"] != chat.ID() {
		t.Fatalf("log %+v", log)
	}
	var body struct {
		Stream      bool                       `json:"stream"`
		ToolOutputs []cozecore.ToolOutputParam `json:"tool_outputs"`
	}
	if err := json.Unmarshal([]byte(log[1].Body), &body); err != nil || !body.Stream || !reflect.DeepEqual(body.ToolOutputs, req.ToolOutputs) {
		t.Fatalf("body %s", log[1].Body)
	}

	// The outputs are taken once: submitting again is a bad request (Coze code 4000).
	_, err = c.Chat.SubmitToolOutputs(ctx, req)
	if e := asError(t, err); !errors.Is(e, cozecore.ErrBadRequest) || e.Code != 4000 || e.LogID == "" {
		t.Fatalf("second submission: %+v", e)
	}
}

func TestE2EAudioDeltasDecodeToTheAudioBytes(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	got, err := events(c.Chat.Stream(context.Background(), chatRequest("audio", "sing")))
	if err != nil {
		t.Fatal(err)
	}
	var audio []byte
	n := 0
	for _, e := range got {
		if !e.IsAudio() {
			continue
		}
		n++
		b, err := e.Audio()
		if err != nil || e.Type != cozecore.EventConversationAudioDelta {
			t.Fatalf("%s: %v", e.Type, err)
		}
		audio = append(audio, b...)
	}
	want := make([]byte, 256)
	for i := range want {
		want[i] = byte(i)
	}
	if n != 4 || !bytes.Equal(audio, want) || deltaText(got) != "Echo: sing" {
		t.Fatalf("%d audio events, audio %v, text %q", n, audio, deltaText(got))
	}
}

func TestE2EWorkflowStreamThenResume(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	ctx := context.Background()
	got, err := events(c.Workflows.Runs.Stream(ctx, cozecore.WorkflowsRunsStreamParams{WorkflowID: "interrupt",
		Parameters: map[string]string{"input": "weather"}}))
	if err != nil {
		t.Fatal(err)
	}
	// The echo in Message pieces, a PING after the first, and the Interrupt
	// that ends the stream (no Done: the run waits for input).
	if len(got) < 4 || got[1].Type != cozecore.EventWorkflowPing {
		t.Fatalf("events %v", got)
	}
	var text string
	for i, e := range got[:len(got)-1] {
		if i == 1 {
			continue
		}
		m := e.WorkflowMessageEvent()
		if e.Type != cozecore.EventWorkflowMessage || m.NodeTitle() != "Message" || m.NodeIsFinish() != (i == len(got)-2) {
			t.Fatalf("event %d: %v", i, e)
		}
		text += e.Content()
	}
	last := got[len(got)-1]
	if text != "Echo: weather" || last.Type != cozecore.EventWorkflowInterrupt {
		t.Fatalf("text %q, last %v", text, last)
	}
	interrupt := last.WorkflowInterruptEvent()
	data := interrupt.InterruptData()
	var question map[string]string
	if interrupt.NodeTitle() != "Question" || data.Type() != 2 || data.EventID() == "" ||
		json.Unmarshal([]byte(data.Data()), &question) != nil || question["question"] != "Which city?" {
		t.Fatalf("interrupt %v", interrupt)
	}

	// Resume with what the Interrupt said: the run echoes the answer and ends with Done.
	resume := cozecore.WorkflowsRunsResumeParams{WorkflowID: "interrupt", EventID: data.EventID(), ResumeData: "Paris",
		InterruptType: data.Type()}
	rest, err := events(c.Workflows.Runs.Resume(ctx, resume))
	if err != nil || len(rest) < 4 {
		t.Fatalf("resume: %v %v", err, rest)
	}
	var echoed string
	for _, e := range rest {
		if m := e.WorkflowMessageEvent(); m.NodeTitle() == "Message" {
			echoed += m.Content()
		}
	}
	end, done := rest[len(rest)-2].WorkflowMessageEvent(), rest[len(rest)-1]
	var output map[string]string
	if echoed != "Echo: Paris" || end.NodeTitle() != "End" || !end.NodeIsFinish() ||
		json.Unmarshal([]byte(end.Content()), &output) != nil || output["output"] != "Echo: Paris" ||
		end.Usage().TokenCount() != 16 || end.Usage().OutputCount() != 11 || end.Usage().InputCount() != 5 {
		t.Fatalf("echoed %q, end %v", echoed, end)
	}
	if url := done.DoneEventData().DebugURL(); done.Type != cozecore.EventWorkflowDone || !strings.HasPrefix(url, debugURLPrefix) ||
		!strings.HasSuffix(url, "&workflow_id=interrupt") {
		t.Fatalf("done %v", done)
	}

	log := requestLog(t)
	if len(log) != 2 || log[0].Path != "/v1/workflow/stream_run" || log[1].Path != "/v1/workflow/stream_resume" {
		t.Fatalf("log %+v", log)
	}
	var sent cozecore.WorkflowsRunsResumeParams
	if err := json.Unmarshal([]byte(log[1].Body), &sent); err != nil || sent != resume {
		t.Fatalf("resume body %s", log[1].Body)
	}

	// The run has gone on: the same event cannot be resumed again (Coze code 4200).
	_, err = events(c.Workflows.Runs.Resume(ctx, resume))
	if e := asError(t, err); !errors.Is(e, cozecore.ErrNotFound) || e.Code != 4200 {
		t.Fatalf("second resume: %+v", e)
	}
}

func TestE2ELowerCaseWorkflowEventsComeInTheAPISpelling(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	got, err := events(c.Workflows.Runs.Stream(context.Background(), cozecore.WorkflowsRunsStreamParams{
		WorkflowID: "lowercase", Parameters: map[string]string{"input": "hi"}}))
	if err != nil {
		t.Fatal(err)
	}
	var text string
	for _, e := range got {
		if m := e.WorkflowMessageEvent(); m.NodeTitle() == "Message" {
			text += m.Content()
		}
	}
	if types := typesOf(got); !reflect.DeepEqual(types, []string{"Message", "PING", "Message", "Message", "Message", "Done"}) ||
		text != "Echo: hi" || !strings.HasPrefix(got[len(got)-1].DoneEventData().DebugURL(), debugURLPrefix) {
		t.Fatalf("types %v, text %q", types, text)
	}
}

func TestE2EWorkflowErrorEventIsStreamError(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	ctx := context.Background()
	got, err := events(c.Workflows.Runs.Stream(ctx, cozecore.WorkflowsRunsStreamParams{WorkflowID: "error",
		Parameters: map[string]string{"input": "hello world"}}))
	e := asError(t, err)
	if types := typesOf(got); !reflect.DeepEqual(types, []string{"Message", "PING", "Message"}) || !errors.Is(e, cozecore.ErrStream) ||
		e.Code != 6006 || e.Message != "workflow code node timed out" || e.Retryable {
		t.Fatalf("types %v, err %+v", types, e)
	}

	// Run without streaming, the same failure is the answer's code.
	_, err = c.Workflows.Runs.Create(ctx, cozecore.WorkflowsRunsCreateParams{WorkflowID: "error"})
	if e := asError(t, err); !errors.Is(e, cozecore.ErrAPI) || e.Code != 6006 || e.Message != "workflow code node timed out" ||
		e.LogID == "" {
		t.Fatalf("run: %+v", e)
	}
}

func TestE2EWorkflowCreateAndChat(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	ctx := context.Background()
	run, err := c.Workflows.Runs.Create(ctx, cozecore.WorkflowsRunsCreateParams{WorkflowID: "wf_echo",
		Parameters: map[string]string{"input": "hello"}})
	if err != nil {
		t.Fatal(err)
	}
	// The workflow's output, sent as JSON text, arrives parsed.
	if !reflect.DeepEqual(run.Data(), map[string]any{"output": "Echo: hello"}) || run.ExecuteID() == "" ||
		run.DebugURL() != debugURLPrefix+run.ExecuteID()+"&workflow_id=wf_echo" || run.Usage().TokenCount() != 16 {
		t.Fatalf("run %v", run)
	}

	got, err := events(c.Workflows.Chat.Stream(ctx, cozecore.WorkflowsChatStreamParams{WorkflowID: "wf_echo", BotID: "b1",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("hi")}}))
	if err != nil {
		t.Fatal(err)
	}
	wantTypes := []string{cozecore.EventConversationChatCreated, cozecore.EventConversationChatInProgress,
		cozecore.EventConversationMessageDelta, cozecore.EventConversationMessageDelta, cozecore.EventConversationMessageDelta,
		cozecore.EventConversationMessageCompleted, cozecore.EventConversationChatCompleted, cozecore.EventDone}
	if types := typesOf(got); !reflect.DeepEqual(types, wantTypes) || deltaText(got) != "Echo: hi" {
		t.Fatalf("types %v, text %q", types, deltaText(got))
	}
	chat := got[len(got)-2].Chat()
	if chat.Status() != "completed" || chat.BotID() != "b1" || chat.Usage().InputCount() != 2 {
		t.Fatalf("chat %v", chat)
	}
	if url := got[len(got)-1].DoneEventData().DebugURL(); url != debugURLPrefix+chat.ID()+"&workflow_id=wf_echo" {
		t.Fatalf("debug url %q", url)
	}
	log := requestLog(t)
	if len(log) != 2 || log[0].Path != "/v1/workflow/run" || log[1].Path != "/v1/workflows/chat" ||
		!strings.Contains(log[1].Body, `"workflow_id":"wf_echo"`) {
		t.Fatalf("log %+v", log)
	}
}
