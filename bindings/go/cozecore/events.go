package cozecore

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"strings"
)

// Reading here is lenient, as the core's is: a field of the wrong type reads
// as empty, and an event nobody knows is still delivered whole.

// fields splits a JSON object into its raw fields; nil when data is not an object.
func fields(data []byte) map[string]json.RawMessage {
	var m map[string]json.RawMessage
	if json.Unmarshal(data, &m) != nil {
		return nil
	}
	return m
}

// text reads a field: strings as they are, numbers and booleans as their JSON text.
func text(m map[string]json.RawMessage, key string) string {
	raw := bytes.TrimSpace(m[key])
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
	case '{', '[', 'n':
	default:
		return string(raw)
	}
	return ""
}

// jsonText reads a field as text, objects and arrays as their (compact) JSON text.
func jsonText(m map[string]json.RawMessage, key string) string {
	raw := bytes.TrimSpace(m[key])
	if len(raw) > 0 && (raw[0] == '{' || raw[0] == '[') {
		var b bytes.Buffer
		if json.Compact(&b, raw) == nil {
			return b.String()
		}
	}
	return text(m, key)
}

// integer reads a JSON integer or a string of digits; else 0.
func integer(m map[string]json.RawMessage, key string) int64 {
	raw := bytes.TrimSpace(m[key])
	if len(raw) > 0 && raw[0] == '"' {
		var s string
		if json.Unmarshal(raw, &s) != nil || s == "" || len(s) > 18 || strings.Trim(s, "0123456789") != "" {
			return 0
		}
		raw = []byte(s)
	}
	var n int64
	if json.Unmarshal(raw, &n) != nil {
		return 0
	}
	return n
}

func boolean(m map[string]json.RawMessage, key string) bool {
	s := string(bytes.TrimSpace(m[key]))
	return s == "true" || s == `"true"`
}

func object(m map[string]json.RawMessage, key string) map[string]json.RawMessage {
	return fields(m[key])
}

func usageOf(m map[string]json.RawMessage) *ChatUsage {
	if m == nil {
		return nil
	}
	return &ChatUsage{TokenCount: integer(m, "token_count"), OutputCount: integer(m, "output_count"),
		InputCount: integer(m, "input_count")}
}

// ToolCall is a function the bot asks the client to run; answer it with a
// ToolOutput carrying its ID.
type ToolCall struct {
	ID       string           `json:"id"`
	Type     string           `json:"type"` // "function"
	Function ToolCallFunction `json:"function"`
}

// ToolCallFunction names the function; Arguments is JSON text.
type ToolCallFunction struct {
	Name      string `json:"name"`
	Arguments string `json:"arguments"`
}

// ToolOutput answers one ToolCall (chat.submit_tool_outputs).
type ToolOutput struct {
	ToolCallID string `json:"tool_call_id"`
	Output     string `json:"output"`
}

// SubmitToolOutputsRequest answers a chat in status requires_action.
type SubmitToolOutputsRequest struct {
	ConversationID string       `json:"conversation_id"`
	ChatID         string       `json:"chat_id"`
	ToolOutputs    []ToolOutput `json:"tool_outputs"`
}

// RequiredAction is what a chat in status requires_action waits for.
type RequiredAction struct {
	Type      string     // "submit_tool_outputs"
	ToolCalls []ToolCall // required_action.submit_tool_outputs.tool_calls
}

// Action decodes the chat's required_action; nil when it has none.
func (c *Chat) Action() *RequiredAction {
	m := fields(c.RequiredAction)
	if m == nil {
		return nil
	}
	a := &RequiredAction{Type: text(m, "type")}
	var list []json.RawMessage
	if json.Unmarshal(object(m, "submit_tool_outputs")["tool_calls"], &list) == nil {
		for _, item := range list {
			tc := fields(item)
			if tc == nil {
				continue
			}
			fn := object(tc, "function")
			a.ToolCalls = append(a.ToolCalls, ToolCall{
				ID:       text(tc, "id"),
				Type:     text(tc, "type"),
				Function: ToolCallFunction{Name: text(fn, "name"), Arguments: jsonText(fn, "arguments")},
			})
		}
	}
	return a
}

// ToolCalls are the calls a conversation.chat.requires_action event asks
// for; nil for other events.
func (e Event) ToolCalls() []ToolCall {
	if !strings.HasPrefix(e.Type, "conversation.chat.") {
		return nil
	}
	var c struct {
		RequiredAction json.RawMessage `json:"required_action"`
	}
	if json.Unmarshal(e.Data, &c) != nil {
		return nil
	}
	if a := (&Chat{RequiredAction: c.RequiredAction}).Action(); a != nil {
		return a.ToolCalls
	}
	return nil
}

// DebugURL is the debug URL a done (or workflow Done) event may carry; "" otherwise.
func (e Event) DebugURL() string {
	if !strings.EqualFold(e.Type, EventDone) {
		return ""
	}
	return text(fields(e.Data), "debug_url")
}

// IsAudio reports a conversation.audio.delta event, or a message event whose
// content_type is "audio".
func (e Event) IsAudio() bool {
	if e.Type == EventAudioDelta {
		return true
	}
	return strings.HasPrefix(e.Type, "conversation.message.") && text(fields(e.Data), "content_type") == "audio"
}

// Audio is the audio of an audio event, decoded from base64; nil for other
// events. A content that is not base64 is an error of kind KindDecode.
func (e Event) Audio() ([]byte, error) {
	if !e.IsAudio() {
		return nil, nil
	}
	b, ok := decodeBase64(text(fields(e.Data), "content"))
	if !ok {
		return nil, newError(KindDecode, "the audio of a '"+e.Type+"' event is not base64", nil)
	}
	return b, nil
}

// decodeBase64 reads standard base64 whose padding may be left out.
func decodeBase64(s string) ([]byte, bool) {
	if strings.ContainsAny(s, "\r\n") { // encoding/base64 would skip them
		return nil, false
	}
	enc := base64.RawStdEncoding
	if strings.HasSuffix(s, "=") {
		if len(s)%4 != 0 {
			return nil, false
		}
		enc = base64.StdEncoding
	}
	b, err := enc.Strict().DecodeString(s)
	if err != nil {
		return nil, false
	}
	if b == nil {
		b = []byte{}
	}
	return b, true
}

// WorkflowEventType is a workflow event's name normalised; the server's
// names (Message, Error, Interrupt, Done, PING) match case-insensitively.
type WorkflowEventType string

const (
	WorkflowEventMessage   WorkflowEventType = "message"
	WorkflowEventError     WorkflowEventType = "error"
	WorkflowEventInterrupt WorkflowEventType = "interrupt"
	WorkflowEventDone      WorkflowEventType = "done"
	WorkflowEventPing      WorkflowEventType = "ping"
	WorkflowEventUnknown   WorkflowEventType = "unknown"
)

// WorkflowMessage is the output of a workflow node (a Message event).
type WorkflowMessage struct {
	Content      string
	ContentType  string
	NodeTitle    string
	NodeSeqID    string // the message's index within its node
	NodeIsFinish bool   // the node's last message
	Ext          map[string]any
	Usage        *ChatUsage
}

// WorkflowError is the payload of an Error event.
type WorkflowError struct {
	ErrorCode    int64
	ErrorMessage string
}

// WorkflowInterrupt is a node waiting for input: resume the workflow with
// InterruptData.EventID and InterruptData.Type.
type WorkflowInterrupt struct {
	InterruptData WorkflowInterruptData
	NodeTitle     string
}

// WorkflowInterruptData identifies an interrupt.
type WorkflowInterruptData struct {
	EventID string
	Type    int64
	Data    string
}

// WorkflowEvent is an event of a workflow stream. Event is the name as
// received and Data the payload, so an unknown event arrives whole; the
// typed part matching Type is set.
type WorkflowEvent struct {
	Type      WorkflowEventType
	Event     string
	Data      json.RawMessage
	Message   *WorkflowMessage   // Type message
	Error     *WorkflowError     // Type error
	Interrupt *WorkflowInterrupt // Type interrupt
	DebugURL  string             // Type done, when the server sent one
}

// Content is the text of a Message event, "" for others.
func (w WorkflowEvent) Content() string {
	if w.Message == nil {
		return ""
	}
	return w.Message.Content
}

// Workflow decodes the event as a workflow event. It never fails:
// undecodable data leaves the typed parts empty.
func (e Event) Workflow() WorkflowEvent { return DecodeWorkflowEvent(e) }

// DecodeWorkflowEvent is Event.Workflow.
func DecodeWorkflowEvent(e Event) WorkflowEvent {
	w := WorkflowEvent{Type: WorkflowEventUnknown, Event: e.Type, Data: e.Data}
	for _, t := range []WorkflowEventType{WorkflowEventMessage, WorkflowEventError, WorkflowEventInterrupt,
		WorkflowEventDone, WorkflowEventPing} {
		if strings.EqualFold(e.Type, string(t)) {
			w.Type = t
		}
	}
	m := fields(e.Data)
	if m == nil {
		m = map[string]json.RawMessage{}
	}
	switch w.Type {
	case WorkflowEventMessage:
		msg := &WorkflowMessage{
			Content:      jsonText(m, "content"),
			ContentType:  text(m, "content_type"),
			NodeTitle:    text(m, "node_title"),
			NodeSeqID:    text(m, "node_seq_id"),
			NodeIsFinish: boolean(m, "node_is_finish"),
			Usage:        usageOf(object(m, "usage")),
		}
		var ext map[string]any
		if json.Unmarshal(m["ext"], &ext) == nil {
			msg.Ext = ext
		}
		w.Message = msg
	case WorkflowEventError:
		w.Error = &WorkflowError{ErrorCode: integer(m, "error_code"), ErrorMessage: text(m, "error_message")}
	case WorkflowEventInterrupt:
		d := object(m, "interrupt_data")
		w.Interrupt = &WorkflowInterrupt{
			InterruptData: WorkflowInterruptData{EventID: text(d, "event_id"), Type: integer(d, "type"),
				Data: jsonText(d, "data")},
			NodeTitle: text(m, "node_title"),
		}
	case WorkflowEventDone:
		w.DebugURL = text(m, "debug_url")
	}
	return w
}

// WorkflowStream delivers the events of a workflow stream as they arrive;
// it is used like Stream.
type WorkflowStream struct {
	s   *Stream
	cur WorkflowEvent
}

// Next waits for the next event; false when the stream has ended, failed
// (see Err) or was closed.
func (w *WorkflowStream) Next() bool {
	if !w.s.Next() {
		return false
	}
	w.cur = DecodeWorkflowEvent(w.s.Event())
	return true
}

// Event is the event Next has just moved to.
func (w *WorkflowStream) Event() WorkflowEvent { return w.cur }

// Err is the error that ended the stream (an Error event is one of kind
// KindStream), nil when it completed or was closed.
func (w *WorkflowStream) Err() error { return w.s.Err() }

// LogID is the X-Tt-Logid of the answer.
func (w *WorkflowStream) LogID() string { return w.s.LogID() }

// Close stops the stream, cancelling the call; it is idempotent.
func (w *WorkflowStream) Close() error { return w.s.Close() }

// WorkflowService is the workflow API. Params are a struct or map marshalled
// to JSON with the API's field names (workflow_id, parameters, ...).
type WorkflowService struct {
	c *Client
}

// WorkflowRun is the answer of WorkflowService.Create.
type WorkflowRun struct {
	Data      json.RawMessage `json:"data"` // the workflow's output (JSON)
	DebugURL  string          `json:"debug_url"`
	ExecuteID string          `json:"execute_id"` // set for asynchronous runs
	Usage     *ChatUsage      `json:"usage"`

	LogID string `json:"-"`
}

// ResumeRequest continues a workflow after an Interrupt event.
type ResumeRequest struct {
	WorkflowID    string `json:"workflow_id"`
	EventID       string `json:"event_id"`       // Interrupt.InterruptData.EventID
	ResumeData    string `json:"resume_data"`    // the answer to the node's question
	InterruptType int64  `json:"interrupt_type"` // Interrupt.InterruptData.Type
}

// Create runs a workflow and waits for its result (POST /v1/workflow/run).
func (s *WorkflowService) Create(ctx context.Context, params any, opts ...CallOption) (*WorkflowRun, error) {
	var run WorkflowRun
	logID, err := doDecode(ctx, s.c, "workflows.runs.create", params, &run, opts)
	if err != nil {
		return nil, err
	}
	run.LogID = logID
	return &run, nil
}

// doDecode runs a non-streaming op and decodes its JSON result into out,
// returning the call's logid; an answer that does not decode is a KindDecode
// error carrying the logid.
func doDecode(ctx context.Context, c *Client, op string, params, out any, opts []CallOption) (string, error) {
	res, err := c.Do(ctx, op, params, opts...)
	if err != nil {
		return "", err
	}
	if err := json.Unmarshal(res.Data, out); err != nil {
		e := newError(KindDecode, op+": unexpected answer: "+err.Error(), err)
		e.LogID = res.LogID
		return "", e
	}
	return res.LogID, nil
}

// Stream runs a workflow and streams its events (POST /v1/workflow/stream_run).
func (s *WorkflowService) Stream(ctx context.Context, params any, opts ...CallOption) (*WorkflowStream, error) {
	return s.stream(ctx, "workflows.runs.stream", params, opts)
}

// Resume continues an interrupted workflow and streams its events
// (POST /v1/workflow/stream_resume); params is usually a ResumeRequest.
func (s *WorkflowService) Resume(ctx context.Context, params any, opts ...CallOption) (*WorkflowStream, error) {
	return s.stream(ctx, "workflows.runs.resume", params, opts)
}

// Chat chats with a chat-flow workflow (POST /v1/workflows/chat); its events
// are chat events.
func (s *WorkflowService) Chat(ctx context.Context, params any, opts ...CallOption) (*Stream, error) {
	return s.c.DoStream(ctx, "workflows.chat.stream", params, opts...)
}

func (s *WorkflowService) stream(ctx context.Context, op string, params any, opts []CallOption) (*WorkflowStream, error) {
	st, err := s.c.DoStream(ctx, op, params, opts...)
	if err != nil {
		return nil, err
	}
	return &WorkflowStream{s: st}, nil
}

// SubmitToolOutputs answers a chat in status requires_action and returns
// the chat (POST /v3/chat/submit_tool_outputs).
func (s *ChatService) SubmitToolOutputs(ctx context.Context, req SubmitToolOutputsRequest,
	opts ...CallOption) (*Chat, error) {
	var chat Chat
	logID, err := doDecode(ctx, s.c, "chat.submit_tool_outputs", req, &chat, opts)
	if err != nil {
		return nil, err
	}
	chat.LogID = logID
	return &chat, nil
}

// SubmitToolOutputsStream answers a chat in status requires_action and
// streams the rest of the chat.
func (s *ChatService) SubmitToolOutputsStream(ctx context.Context, req SubmitToolOutputsRequest,
	opts ...CallOption) (*Stream, error) {
	return s.c.DoStream(ctx, "chat.submit_tool_outputs.stream", req, opts...)
}
