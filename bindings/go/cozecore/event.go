package cozecore

import (
	"encoding/base64"
	"errors"
	"iter"
	"runtime"
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

// cursor hands out the events of one call: the batches the core hands
// over (one record per fed chunk), one event cell after another, stepping
// the call only when the batch in hand is spent. Stream and Pager start
// their call with begin (a Pager at its first Next, so nothing is sent
// before), hold mu around its use and close it from any goroutine; a call
// run to its end in one goroutine (Client.run) sets r and needs neither.
type cursor struct {
	mu       sync.Mutex
	stop     chan struct{} // made with a Stream or Pager; close closes it to stop a step blocked in another goroutine
	stopOnce sync.Once
	r        *runner
	batch    *record // the events not handed out yet
	at, left int32   // word index of the next event cell, events left in batch
	done     bool
	err      error // what ended the call; nil when it completed or was closed
}

// begin takes the call of a Stream or Pager, started with the cursor's
// stop channel (Client.start); false when it could not start (err). Such a
// cursor dropped without close still frees its call.
func (c *cursor) begin(r *runner, err error) bool {
	if err != nil {
		c.done, c.err = true, err
		return false
	}
	c.r = r
	runtime.AddCleanup(c, func(r *runner) { r.c.handle.abandon(r) }, r)
	return true
}

// hold makes batch the events to hand out next. A view read from one of
// its events carries the log id of the answer it came in.
func (c *cursor) hold(batch *record) {
	if c.r != nil {
		batch.logID = c.r.logID
	}
	c.batch = batch
	c.at, c.left = batch.items(rootCell)
}

// step runs the call to its next batch of events; false when it has
// ended: completed, failed (err) or closed.
func (c *cursor) step() bool {
	if c.done || c.r == nil {
		return false
	}
	batch, err := c.r.advance()
	if batch == nil {
		c.done = true
		if err != nil && !errors.Is(err, errClosed) {
			c.err = err
		}
		return false
	}
	c.hold(batch)
	return true
}

// next is the next event; false when the call has ended (see step). Once
// the call's context is done, the events still in hand are dropped, as
// Close drops them, and the call ends with ErrCancelled: an answer that
// arrived in one chunk is not handed out after its context was cancelled.
func (c *cursor) next() (Event, bool) {
	if c.left > 0 && c.r != nil && !c.done {
		if err := c.r.ctx.Err(); err != nil {
			c.batch, c.left = nil, 0
			c.r.cancel(err)
		}
	}
	for c.left == 0 {
		c.batch = nil
		if !c.step() {
			return Event{}, false
		}
	}
	ev := eventAt(c.batch, c.at)
	c.at += 3
	c.left--
	return ev, true
}

// close stops the call: it is cancelled and its HTTP request aborted; a
// step blocked in another goroutine returns. Idempotent.
func (c *cursor) close() {
	c.stopOnce.Do(func() {
		if c.stop != nil {
			close(c.stop)
		}
	})
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.r != nil && !c.done {
		c.r.cancel(errClosed)
		c.r.release()
	}
	c.done = true
	c.batch, c.left = nil, 0
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
	cur cursor
	ev  Event
}

// Next waits for the next event; false when the stream has ended, failed
// (see Err) or was closed.
func (s *Stream) Next() bool {
	s.cur.mu.Lock()
	defer s.cur.mu.Unlock()
	ev, ok := s.cur.next()
	s.ev = ev
	return ok
}

// Event is the event Next has just moved to.
func (s *Stream) Event() Event {
	s.cur.mu.Lock()
	defer s.cur.mu.Unlock()
	return s.ev
}

// Err is the error that ended the stream, nil when it completed or was closed.
func (s *Stream) Err() error {
	s.cur.mu.Lock()
	defer s.cur.mu.Unlock()
	return s.cur.err
}

// LogID is the X-Tt-Logid of the answer (once its head has arrived).
func (s *Stream) LogID() string {
	s.cur.mu.Lock()
	defer s.cur.mu.Unlock()
	if s.cur.r == nil {
		return ""
	}
	return s.cur.r.logID
}

// All ranges over the events (range-over-func, Go 1.23+); an error ends
// the range with (Event{}, err), the error Err reports:
//
//	for ev, err := range stream.All() {
//		if err != nil {
//			return err
//		}
//		fmt.Print(ev.Content())
//	}
//
// The stream is closed when the range ends, also when the loop breaks
// early (the call is cancelled and its request aborted, as by Close). A
// stream is read once: ranging again yields nothing.
func (s *Stream) All() iter.Seq2[Event, error] {
	return rangeOf(s.Next, s.Event, s.Err, s.Close)
}

// Close stops the stream: the call is cancelled and its HTTP request aborted.
// A Next blocked in another goroutine returns false. Close is idempotent.
func (s *Stream) Close() error {
	s.cur.close()
	return nil
}
