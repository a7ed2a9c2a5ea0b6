package cozecore

import (
	"encoding/base64"
	"errors"
	"strings"
	"sync"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// Event is one event of a stream, read lazily from the batch it came in.
// Its payload is reached through the generated accessor of its model
// (ev.Message().Content(), ev.Chat().Status(), ...), which gives a null
// view for an event of another kind; Data gives it as a plain value, which
// is how events nobody knows arrive.
type Event struct {
	// Type is the event name in the API's spelling ("conversation.message.delta",
	// "Message", ...; a known name the server sent in another case, as
	// self-hosted Coze Studio does, is given as the API spells it); the
	// Event* constants name the known ones. Unknown events keep their name.
	Type string
	// ID is the SSE event id in effect ("" when none).
	ID string

	r    *record
	code int32 // index in the core's event names; -1 for an unknown event
	data int32 // word index of the payload cell
}

// eventAt reads the event whose cell (an ARRAY of code, name, payload, id)
// is at word index c.
func eventAt(r *record, c int32) Event {
	first, n := r.items(c)
	if n < 4 {
		return Event{r: r, code: -1, data: -1}
	}
	code := int32(-1)
	if r.tag(first) == tagInt {
		code = int32(r.integer(first))
	}
	return Event{Type: r.text(first + 3), ID: r.text(first + 9), r: r, code: code, data: first + 6}
}

// Known reports whether the event is one the API description names.
func (e Event) Known() bool { return e.code >= 0 }

// payload is the payload as a view when it is an object of model id
// model; the null view otherwise.
func (e Event) payload(model int32) view {
	v := e.r.object(e.data)
	if v.m != model {
		return view{}
	}
	return v
}

// Data is the payload as a plain canonical value (see the ToMap method of
// models): a model's fields plus "$extra", or, for an event without a
// model, the payload as it came.
func (e Event) Data() any { return e.r.plain(e.data) }

// MarshalJSON writes {"type", "data"} and the id when there is one.
func (e Event) MarshalJSON() ([]byte, error) {
	m := map[string]any{"type": e.Type, "data": e.Data()}
	if e.ID != "" {
		m["id"] = e.ID
	}
	return marshalJSON(m)
}

// Content is the "content" text of the payload (message deltas and
// completed messages, workflow messages, audio deltas); "" when the payload
// has none.
func (e Event) Content() string {
	v := e.r.object(e.data)
	return e.r.text(v.lookup("content"))
}

// IsAudio reports a conversation.audio.delta event, or a message event
// whose content_type is "audio".
func (e Event) IsAudio() bool {
	if e.Type == "conversation.audio.delta" {
		return true
	}
	return strings.HasPrefix(e.Type, "conversation.message.") && e.r.object(e.data).Get("content_type") == "audio"
}

// Audio is the audio of an audio event, decoded from the base64 of its
// content; nil for other events. A content that is not base64 is an error
// of kind KindDecode.
func (e Event) Audio() ([]byte, error) {
	if !e.IsAudio() {
		return nil, nil
	}
	b, ok := decodeBase64(e.Content())
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

// DecodeEvent reads one stream event of the streaming operation op (its
// name and JSON payload as received) as the stream would deliver it. An
// event that ends the stream with an error (a chat "error", a workflow
// "Error", a payload that is not JSON) gives that error.
func DecodeEvent(op, eventType, data string) (Event, error) {
	r, err := decoded(core.DecodeEvent(op, eventType, data))
	if err != nil {
		return Event{}, err
	}
	first, n := r.items(rootCell)
	if n != 1 {
		return Event{}, newError(KindInternal, "the core's event batch holds no event", nil)
	}
	return eventAt(r, first), nil
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
// The events decoded from one chunk of the answer leave the core together,
// as one record; Next hands them out one by one without calling the core.
// Next and Event are for one goroutine; Close may be called from any.
type Stream struct {
	r    *runner
	stop chan struct{}

	mu       sync.Mutex
	stopOnce sync.Once
	batch    *record // the events not handed out yet
	at, left int32   // word index of the next event cell, events left in batch
	cur      Event
	err      error
	finished bool
}

// setBatch makes batch the events to hand out next.
func (s *Stream) setBatch(batch *record) {
	s.batch = batch
	s.at, s.left = batch.items(rootCell)
}

// Next waits for the next event; false when the stream has ended, failed
// (see Err) or was closed.
func (s *Stream) Next() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		if s.left > 0 {
			s.cur = eventAt(s.batch, s.at)
			s.at += 3
			s.left--
			return true
		}
		s.batch = nil
		if s.finished {
			return false
		}
		batch, err := s.r.advance()
		if batch != nil {
			s.setBatch(batch)
			continue
		}
		s.finished = true
		if err != nil && !errors.Is(err, errClosed) {
			s.err = err
		}
		return false
	}
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
	s.batch, s.left = nil, 0
	return nil
}
