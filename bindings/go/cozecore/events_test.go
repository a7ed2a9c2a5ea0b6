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

func ev(typ, data string) cozecore.Event {
	return cozecore.Event{Type: typ, Data: json.RawMessage(data)}
}

func TestRequiresActionToolCalls(t *testing.T) {
	e := ev(cozecore.EventChatRequiresAction, requiresAction)
	want := []cozecore.ToolCall{
		{ID: "call_1", Type: "function", Function: cozecore.ToolCallFunction{Name: "get_weather", Arguments: `{"city":"Paris"}`}},
		{ID: "call_2", Type: "function", Function: cozecore.ToolCallFunction{Name: "get_time", Arguments: `{"tz":"Europe/Paris"}`}},
	}
	if got := e.ToolCalls(); !reflect.DeepEqual(got, want) {
		t.Fatalf("tool calls %+v", got)
	}
	chat, err := e.Chat()
	if err != nil {
		t.Fatal(err)
	}
	if a := chat.Action(); a == nil || a.Type != "submit_tool_outputs" || len(a.ToolCalls) != 2 {
		t.Fatalf("action %+v", a)
	}
	if chat.Status != "requires_action" || chat.Usage.InputCount != 7 {
		t.Fatalf("chat %+v", chat)
	}
	// Lenient: arguments as an object come as JSON text; junk items are skipped.
	odd := ev(cozecore.EventChatRequiresAction,
		`{"required_action":{"submit_tool_outputs":{"tool_calls":[{"id":"x","function":{"name":"f","arguments":{"a": 1}}},5]}}}`)
	if got := odd.ToolCalls(); len(got) != 1 || got[0].Function.Arguments != `{"a":1}` {
		t.Fatalf("odd tool calls %+v", got)
	}
	if ev(cozecore.EventChatCompleted, `{"id":"1"}`).ToolCalls() != nil ||
		ev(cozecore.EventMessageDelta, `{"content":"x"}`).ToolCalls() != nil {
		t.Fatal("tool calls where there are none")
	}
}

func TestAudioDelta(t *testing.T) {
	e := ev(cozecore.EventAudioDelta, audioDelta)
	if !e.IsAudio() {
		t.Fatal("not audio")
	}
	b, err := e.Audio()
	if err != nil || !bytes.Equal(b, audioBytes) {
		t.Fatalf("audio %v %v", b, err)
	}
	m, err := e.Message()
	if err != nil || m.ContentType != "audio" || m.ChatID != "7401" {
		t.Fatalf("message %+v %v", m, err)
	}
	for data, want := range map[string][]byte{
		`{"content":"AAE"}`:  {0, 1},
		`{"content":"AAE="}`: {0, 1},
		`{"content":""}`:     {},
	} {
		got, err := ev(cozecore.EventAudioDelta, data).Audio()
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("%s: %v %v", data, got, err)
		}
	}
	if b, err := ev(cozecore.EventMessageDelta, `{"content":"AAE=","content_type":"audio"}`).Audio(); err != nil || len(b) != 2 {
		t.Fatalf("audio message: %v %v", b, err)
	}
	if b, err := ev(cozecore.EventMessageDelta, `{"content":"hi"}`).Audio(); b != nil || err != nil {
		t.Fatalf("a text delta has audio: %v %v", b, err)
	}
	for _, bad := range []string{"not base64!", "AAE==", "A", "AAF=", "AAEC====", "AA\nEC"} {
		data, _ := json.Marshal(map[string]string{"content": bad})
		_, err := ev(cozecore.EventAudioDelta, string(data)).Audio()
		if !errors.Is(err, cozecore.ErrDecode) {
			t.Fatalf("%q: %v", bad, err)
		}
	}
}

func TestDoneDebugURL(t *testing.T) {
	if got := ev(cozecore.EventDone, `{"debug_url":"`+debugURL+`"}`).DebugURL(); got != debugURL {
		t.Fatalf("debug url %q", got)
	}
	if got := ev(cozecore.EventWorkflowDone, `{"debug_url":"`+debugURL+`"}`).DebugURL(); got != debugURL {
		t.Fatalf("workflow debug url %q", got)
	}
	for _, data := range []string{`{}`, `"[DONE]"`, ``} {
		if got := ev(cozecore.EventDone, data).DebugURL(); got != "" {
			t.Fatalf("%s: %q", data, got)
		}
	}
	if ev(cozecore.EventMessageDelta, `{"debug_url":"x"}`).DebugURL() != "" {
		t.Fatal("debug url on a delta")
	}
}

func TestWorkflowEvents(t *testing.T) {
	m := cozecore.DecodeWorkflowEvent(ev("Message", workflowMessage))
	wantMsg := &cozecore.WorkflowMessage{Content: "Hello", ContentType: "text", NodeTitle: "End", NodeSeqID: "0",
		NodeIsFinish: true, Ext: map[string]any{"k": "v"},
		Usage: &cozecore.ChatUsage{TokenCount: 3, OutputCount: 2, InputCount: 1}}
	if m.Type != cozecore.WorkflowEventMessage || m.Event != "Message" || !reflect.DeepEqual(m.Message, wantMsg) {
		t.Fatalf("message %+v %+v", m, m.Message)
	}
	if m.Content() != "Hello" || m.Error != nil || m.Interrupt != nil {
		t.Fatalf("message extras %+v", m)
	}

	i := ev("Interrupt", workflowInterrupt).Workflow()
	wantInt := &cozecore.WorkflowInterrupt{NodeTitle: "Question",
		InterruptData: cozecore.WorkflowInterruptData{EventID: "ev_7", Type: 2, Data: `{"question":"City?"}`}}
	if i.Type != cozecore.WorkflowEventInterrupt || !reflect.DeepEqual(i.Interrupt, wantInt) {
		t.Fatalf("interrupt %+v", i.Interrupt)
	}

	e := ev("Error", `{"error_code":6006,"error_message":"code node timed out"}`).Workflow()
	if e.Type != cozecore.WorkflowEventError || *e.Error != (cozecore.WorkflowError{ErrorCode: 6006, ErrorMessage: "code node timed out"}) {
		t.Fatalf("error %+v", e.Error)
	}
	if got := ev("error", `{"error_code":"4000"}`).Workflow().Error.ErrorCode; got != 4000 {
		t.Fatalf("string error code: %d", got)
	}

	d := ev("Done", `{"debug_url":"`+debugURL+`"}`).Workflow()
	if d.Type != cozecore.WorkflowEventDone || d.DebugURL != debugURL {
		t.Fatalf("done %+v", d)
	}
	if ev("Done", `{}`).Workflow().DebugURL != "" {
		t.Fatal("debug url from nothing")
	}

	for name, want := range map[string]cozecore.WorkflowEventType{
		"message": cozecore.WorkflowEventMessage, "MESSAGE": cozecore.WorkflowEventMessage,
		"interrupt": cozecore.WorkflowEventInterrupt, "ERROR": cozecore.WorkflowEventError,
		"done": cozecore.WorkflowEventDone, "DONE": cozecore.WorkflowEventDone,
		"PING": cozecore.WorkflowEventPing, "ping": cozecore.WorkflowEventPing, "Ping": cozecore.WorkflowEventPing,
	} {
		if got := ev(name, workflowMessage).Workflow(); got.Type != want || got.Event != name {
			t.Fatalf("%s: %+v", name, got)
		}
	}
}

func TestUnknownAndMalformedWorkflowEventsStayRaw(t *testing.T) {
	u := ev("node_start", `{"node":"n1"}`).Workflow()
	if u.Type != cozecore.WorkflowEventUnknown || u.Event != "node_start" || string(u.Data) != `{"node":"n1"}` {
		t.Fatalf("unknown %+v", u)
	}
	if u.Message != nil || u.Content() != "" {
		t.Fatal("unknown event has a message")
	}
	for _, data := range []string{``, `[1,2]`, `"text"`, `{bad`} {
		m := ev("Message", data).Workflow()
		if m.Message == nil || m.Message.Content != "" || m.Message.NodeIsFinish {
			t.Fatalf("%q: %+v", data, m.Message)
		}
	}
	if got := ev("Message", `{"content":{"a": 1},"node_seq_id":3}`).Workflow().Message; got.Content != `{"a":1}` || got.NodeSeqID != "3" {
		t.Fatalf("structured content %+v", got)
	}
	if got := ev("Interrupt", `{"interrupt_data":7}`).Workflow().Interrupt; got.InterruptData.EventID != "" {
		t.Fatalf("odd interrupt %+v", got)
	}
}

// ---- end to end, on the fake server's routes for tool calls, audio and workflows

const debugURLPrefix = "https://www.coze.com/work_flow?execute_id="

// chatEvents reads a chat stream to its end.
func chatEvents(s *cozecore.Stream, err error) ([]cozecore.Event, error) {
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

// workflowEvents reads a workflow stream to its end.
func workflowEvents(s *cozecore.WorkflowStream, err error) ([]cozecore.WorkflowEvent, error) {
	if err != nil {
		return nil, err
	}
	defer s.Close()
	var got []cozecore.WorkflowEvent
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
		if e.Type == cozecore.EventMessageDelta {
			b.WriteString(e.Content())
		}
	}
	return b.String()
}

func TestE2ERequiresActionThenSubmitToolOutputsStream(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	ctx := context.Background()
	events, err := chatEvents(c.Chat.Stream(ctx, chatRequest("tools", "weather in Paris?")))
	if err != nil {
		t.Fatal(err)
	}
	wantTypes := []string{cozecore.EventChatCreated, cozecore.EventChatInProgress, cozecore.EventMessageCompleted,
		cozecore.EventMessageCompleted, cozecore.EventChatRequiresAction, cozecore.EventDone}
	if got := typesOf(events); !reflect.DeepEqual(got, wantTypes) {
		t.Fatalf("types %v", got)
	}
	for i, name := range []string{"get_weather", "get_time"} {
		m, err := events[2+i].Message()
		var call struct {
			Name string `json:"name"`
		}
		if err != nil || m.Type != "function_call" || json.Unmarshal([]byte(m.Content), &call) != nil || call.Name != name {
			t.Fatalf("function call %d: %+v %v", i, m, err)
		}
	}
	chat, err := events[4].Chat()
	if err != nil || chat.Status != "requires_action" || chat.BotID != "tools" {
		t.Fatalf("chat %+v %v", chat, err)
	}
	if a := chat.Action(); a == nil || a.Type != "submit_tool_outputs" || len(a.ToolCalls) != 2 {
		t.Fatalf("action %+v", a)
	}
	calls := events[4].ToolCalls()
	if len(calls) != 2 || calls[0].ID == calls[1].ID || !strings.HasPrefix(calls[0].ID, "call_") ||
		calls[0].Type != "function" ||
		calls[0].Function != (cozecore.ToolCallFunction{Name: "get_weather", Arguments: `{"city":"Paris"}`}) ||
		calls[1].Function != (cozecore.ToolCallFunction{Name: "get_time", Arguments: `{"tz":"Europe/Paris"}`}) {
		t.Fatalf("tool calls %+v", calls)
	}

	// Answer both calls: the chat goes on and answers with the outputs, in the order sent.
	results := map[string]string{"get_weather": "sunny", "get_time": "12:00"}
	req := cozecore.SubmitToolOutputsRequest{ConversationID: chat.ConversationID, ChatID: chat.ID}
	for _, call := range calls {
		req.ToolOutputs = append(req.ToolOutputs, cozecore.ToolOutput{ToolCallID: call.ID, Output: results[call.Function.Name]})
	}
	rest, err := chatEvents(c.Chat.SubmitToolOutputsStream(ctx, req))
	if err != nil {
		t.Fatal(err)
	}
	const answer = "Tool outputs: get_weather -> sunny; get_time -> 12:00"
	types := typesOf(rest)
	if text := deltaText(rest); text != answer || len(rest) < 5 || types[0] != cozecore.EventChatInProgress ||
		!reflect.DeepEqual(types[len(types)-3:], []string{cozecore.EventMessageCompleted, cozecore.EventChatCompleted, cozecore.EventDone}) ||
		rest[len(rest)-3].Content() != answer {
		t.Fatalf("text %q, types %v", text, types)
	}
	done, err := rest[len(rest)-2].Chat()
	if err != nil || done.ID != chat.ID || done.ConversationID != chat.ConversationID || done.Status != "completed" ||
		done.Action() != nil {
		t.Fatalf("completed chat %+v %v", done, err)
	}

	log := requestLog(t)
	if len(log) != 2 || log[0].Path != "/v3/chat" || log[1].Path != "/v3/chat/submit_tool_outputs" ||
		log[1].Query["conversation_id"] != chat.ConversationID || log[1].Query["chat_id"] != chat.ID {
		t.Fatalf("log %+v", log)
	}
	var body struct {
		Stream      bool                  `json:"stream"`
		ToolOutputs []cozecore.ToolOutput `json:"tool_outputs"`
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
	events, err := chatEvents(c.Chat.Stream(context.Background(), chatRequest("audio", "sing")))
	if err != nil {
		t.Fatal(err)
	}
	var audio []byte
	n := 0
	for _, e := range events {
		if !e.IsAudio() {
			continue
		}
		n++
		b, err := e.Audio()
		if err != nil || e.Type != cozecore.EventAudioDelta {
			t.Fatalf("%s: %v", e.Type, err)
		}
		audio = append(audio, b...)
	}
	want := make([]byte, 256)
	for i := range want {
		want[i] = byte(i)
	}
	if n != 4 || !bytes.Equal(audio, want) || deltaText(events) != "Echo: sing" {
		t.Fatalf("%d audio events, audio %v, text %q", n, audio, deltaText(events))
	}
}

func TestE2EWorkflowStreamThenResume(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	ctx := context.Background()
	got, err := workflowEvents(c.Workflows.Stream(ctx, map[string]any{"workflow_id": "interrupt",
		"parameters": map[string]string{"input": "weather"}}))
	if err != nil {
		t.Fatal(err)
	}
	// The echo in Message pieces, a PING after the first, and the Interrupt
	// that ends the stream (no Done: the run waits for input).
	if len(got) < 4 || got[1].Type != cozecore.WorkflowEventPing || got[1].Event != "PING" {
		t.Fatalf("events %+v", got)
	}
	var text string
	for i, e := range got[:len(got)-1] {
		if i == 1 {
			continue
		}
		if e.Type != cozecore.WorkflowEventMessage || e.Event != "Message" || e.Message.NodeTitle != "Message" ||
			e.Message.NodeIsFinish != (i == len(got)-2) {
			t.Fatalf("event %d: %+v %+v", i, e, e.Message)
		}
		text += e.Content()
	}
	interrupt := got[len(got)-1]
	if text != "Echo: weather" || interrupt.Type != cozecore.WorkflowEventInterrupt || interrupt.Event != "Interrupt" {
		t.Fatalf("text %q, last %+v", text, interrupt)
	}
	data := interrupt.Interrupt.InterruptData
	var question map[string]string
	if interrupt.Interrupt.NodeTitle != "Question" || data.Type != 2 || data.EventID == "" ||
		json.Unmarshal([]byte(data.Data), &question) != nil || question["question"] != "Which city?" {
		t.Fatalf("interrupt %+v", interrupt.Interrupt)
	}

	// Resume with what the Interrupt said: the run echoes the answer and ends with Done.
	resume := cozecore.ResumeRequest{WorkflowID: "interrupt", EventID: data.EventID, ResumeData: "Paris", InterruptType: data.Type}
	rest, err := workflowEvents(c.Workflows.Resume(ctx, resume))
	if err != nil || len(rest) < 4 {
		t.Fatalf("resume: %v %+v", err, rest)
	}
	var echoed string
	for _, e := range rest {
		if e.Type == cozecore.WorkflowEventMessage && e.Message.NodeTitle == "Message" {
			echoed += e.Content()
		}
	}
	end, done := rest[len(rest)-2], rest[len(rest)-1]
	var output map[string]string
	if echoed != "Echo: Paris" || end.Message == nil || end.Message.NodeTitle != "End" || !end.Message.NodeIsFinish ||
		json.Unmarshal([]byte(end.Content()), &output) != nil || output["output"] != "Echo: Paris" ||
		end.Message.Usage == nil || *end.Message.Usage != (cozecore.ChatUsage{TokenCount: 16, OutputCount: 11, InputCount: 5}) {
		t.Fatalf("echoed %q, end %+v", echoed, end.Message)
	}
	if done.Type != cozecore.WorkflowEventDone || done.Event != "Done" || !strings.HasPrefix(done.DebugURL, debugURLPrefix) ||
		!strings.HasSuffix(done.DebugURL, "&workflow_id=interrupt") {
		t.Fatalf("done %+v", done)
	}

	log := requestLog(t)
	if len(log) != 2 || log[0].Path != "/v1/workflow/stream_run" || log[1].Path != "/v1/workflow/stream_resume" {
		t.Fatalf("log %+v", log)
	}
	var sent cozecore.ResumeRequest
	if err := json.Unmarshal([]byte(log[1].Body), &sent); err != nil || sent != resume {
		t.Fatalf("resume body %s", log[1].Body)
	}

	// The run has gone on: the same event cannot be resumed again (Coze code 4200).
	_, err = workflowEvents(c.Workflows.Resume(ctx, resume))
	if e := asError(t, err); !errors.Is(e, cozecore.ErrNotFound) || e.Code != 4200 {
		t.Fatalf("second resume: %+v", e)
	}
}

func TestE2ELowerCaseWorkflowEventsComeInTheAPISpelling(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	got, err := workflowEvents(c.Workflows.Stream(context.Background(), map[string]any{"workflow_id": "lowercase",
		"parameters": map[string]string{"input": "hi"}}))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	var types []cozecore.WorkflowEventType
	var text string
	for _, e := range got {
		names = append(names, e.Event)
		types = append(types, e.Type)
		if e.Message != nil && e.Message.NodeTitle == "Message" {
			text += e.Content()
		}
	}
	m, p, d := cozecore.WorkflowEventMessage, cozecore.WorkflowEventPing, cozecore.WorkflowEventDone
	if !reflect.DeepEqual(names, []string{"Message", "PING", "Message", "Message", "Message", "Done"}) ||
		!reflect.DeepEqual(types, []cozecore.WorkflowEventType{m, p, m, m, m, d}) || text != "Echo: hi" ||
		!strings.HasPrefix(got[len(got)-1].DebugURL, debugURLPrefix) {
		t.Fatalf("names %v, types %v, text %q", names, types, text)
	}
}

func TestE2EWorkflowErrorEventIsStreamError(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	ctx := context.Background()
	got, err := workflowEvents(c.Workflows.Stream(ctx, map[string]any{"workflow_id": "error",
		"parameters": map[string]string{"input": "hello world"}}))
	var names []string
	for _, e := range got {
		names = append(names, e.Event)
	}
	e := asError(t, err)
	if !reflect.DeepEqual(names, []string{"Message", "PING", "Message"}) || !errors.Is(e, cozecore.ErrStream) ||
		e.Code != 6006 || e.Message != "workflow code node timed out" || e.Retryable {
		t.Fatalf("names %v, err %+v", names, e)
	}

	// Run without streaming, the same failure is the answer's code.
	_, err = c.Workflows.Create(ctx, map[string]string{"workflow_id": "error"})
	if e := asError(t, err); !errors.Is(e, cozecore.ErrAPI) || e.Code != 6006 || e.Message != "workflow code node timed out" ||
		e.LogID == "" {
		t.Fatalf("run: %+v", e)
	}
}

func TestE2EWorkflowCreateAndChat(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	ctx := context.Background()
	run, err := c.Workflows.Create(ctx, map[string]any{"workflow_id": "wf_echo", "parameters": map[string]string{"input": "hello"}})
	if err != nil {
		t.Fatal(err)
	}
	if string(run.Data) != `{"output":"Echo: hello"}` || run.ExecuteID == "" ||
		run.DebugURL != debugURLPrefix+run.ExecuteID+"&workflow_id=wf_echo" || run.LogID == "" ||
		run.Usage == nil || *run.Usage != (cozecore.ChatUsage{TokenCount: 16, OutputCount: 11, InputCount: 5}) {
		t.Fatalf("run %+v", run)
	}

	events, err := chatEvents(c.Workflows.Chat(ctx, map[string]any{"workflow_id": "wf_echo", "bot_id": "b1",
		"additional_messages": []cozecore.Message{cozecore.UserMessage("hi")}}))
	if err != nil {
		t.Fatal(err)
	}
	wantTypes := []string{cozecore.EventChatCreated, cozecore.EventChatInProgress, cozecore.EventMessageDelta,
		cozecore.EventMessageDelta, cozecore.EventMessageDelta, cozecore.EventMessageCompleted,
		cozecore.EventChatCompleted, cozecore.EventDone}
	if got := typesOf(events); !reflect.DeepEqual(got, wantTypes) || deltaText(events) != "Echo: hi" {
		t.Fatalf("types %v, text %q", got, deltaText(events))
	}
	chat, err := events[len(events)-2].Chat()
	if err != nil || chat.Status != "completed" || chat.BotID != "b1" || chat.Usage == nil || chat.Usage.InputCount != 2 {
		t.Fatalf("chat %+v %v", chat, err)
	}
	if url := events[len(events)-1].DebugURL(); url != debugURLPrefix+chat.ID+"&workflow_id=wf_echo" {
		t.Fatalf("debug url %q", url)
	}
	log := requestLog(t)
	if len(log) != 2 || log[0].Path != "/v1/workflow/run" || log[1].Path != "/v1/workflows/chat" ||
		!strings.Contains(log[1].Body, `"workflow_id":"wf_echo"`) {
		t.Fatalf("log %+v", log)
	}
}
