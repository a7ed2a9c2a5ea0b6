package cozecore

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
)

// Event names of chat streams.
const (
	EventChatCreated        = "conversation.chat.created"
	EventChatInProgress     = "conversation.chat.in_progress"
	EventChatCompleted      = "conversation.chat.completed"
	EventChatFailed         = "conversation.chat.failed"
	EventChatRequiresAction = "conversation.chat.requires_action"
	EventMessageDelta       = "conversation.message.delta"
	EventMessageCompleted   = "conversation.message.completed"
	EventAudioDelta         = "conversation.audio.delta"
	EventDone               = "done"
	EventWorkflowDone       = "Done"
	EventWorkflowMessage    = "Message"
	EventWorkflowInterrupt  = "Interrupt"
)

// Event is one event of a stream: its name as the API spells it, and its
// JSON payload (`{}` for a done event without one).
type Event struct {
	Type string
	Data json.RawMessage
}

// Decode unmarshals the payload into v.
func (e Event) Decode(v any) error { return json.Unmarshal(e.Data, v) }

// Content is the message text of a message event (delta or completed), or
// of a workflow Message event; "" for other events.
func (e Event) Content() string {
	if !strings.HasPrefix(e.Type, "conversation.message.") && !strings.HasPrefix(e.Type, "conversation.audio.") &&
		!strings.EqualFold(e.Type, EventWorkflowMessage) {
		return ""
	}
	var m struct {
		Content json.RawMessage `json:"content"`
	}
	if json.Unmarshal(e.Data, &m) != nil || len(m.Content) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(m.Content, &s) == nil {
		return s
	}
	return string(m.Content) // structured content stays JSON text
}

// Message decodes the payload of a message event.
func (e Event) Message() (*Message, error) {
	var m Message
	if err := json.Unmarshal(e.Data, &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// Chat decodes the payload of a conversation.chat.* event.
func (e Event) Chat() (*Chat, error) {
	var c Chat
	if err := json.Unmarshal(e.Data, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// Stream delivers the events of a streaming call as their bytes arrive:
//
//	defer stream.Close()
//	for stream.Next() {
//		ev := stream.Event()
//		fmt.Print(ev.Content())
//	}
//	if err := stream.Err(); err != nil { ... }
//
// Next and Event are for one goroutine; Close may be called from any.
type Stream struct {
	r    *runner
	stop chan struct{}

	mu       sync.Mutex
	stopOnce sync.Once
	pending  *Event
	cur      Event
	err      error
	finished bool
}

// Next waits for the next event; false when the stream has ended, failed
// (see Err) or was closed.
func (s *Stream) Next() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pending != nil {
		s.cur, s.pending = *s.pending, nil
		return true
	}
	if s.finished {
		return false
	}
	ev, _, err := s.r.advance()
	if ev != nil {
		s.cur = *ev
		return true
	}
	s.finished = true
	if err != nil && !errors.Is(err, errClosed) {
		s.err = err
	}
	return false
}

// Event is the event Next has just moved to.
func (s *Stream) Event() Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cur
}

// Err is the error that ended the stream, nil when it completed or was closed.
func (s *Stream) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// LogID is the X-Tt-Logid of the answer (once its head has arrived).
func (s *Stream) LogID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.r.logID
}

// Close stops the stream: the call is cancelled and its HTTP request aborted.
// A Next blocked in another goroutine returns false. Close is idempotent.
func (s *Stream) Close() error {
	s.stopOnce.Do(func() { close(s.stop) })
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.finished {
		s.finished = true
		s.r.cancel(errClosed)
		s.r.release()
	}
	return nil
}
