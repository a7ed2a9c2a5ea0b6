// Package sse parses WHATWG event streams (text/event-stream)
// incrementally with the cozecore core: feed bytes as they arrive, in any
// chunking, and get each event once it is complete.
package sse

import (
	"errors"
	"runtime"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// ErrEventTooLarge: one event grew past the parser's limit; the parser
// ignores further input.
var ErrEventTooLarge = errors.New("sse: event_too_large")

// Event is one dispatched event.
type Event struct {
	Type string // "message" when the event had no event: field
	Data string // data: lines joined with "\n"
	ID   string // the last event ID in effect (it persists across events)
}

// Option configures a Parser.
type Option func(*options)

type options struct{ maxEventBytes int64 }

// WithMaxEventBytes bounds one event's buffered bytes (default 16 MiB).
func WithMaxEventBytes(n int64) Option { return func(o *options) { o.maxEventBytes = n } }

// Parser is an incremental event-stream parser. It is not safe for
// concurrent use; Close frees it.
type Parser struct {
	p *core.SseParser
}

// NewParser makes a parser.
func NewParser(opts ...Option) *Parser {
	var o options
	for _, f := range opts {
		f(&o)
	}
	p := &Parser{p: core.NewSseParser(o.maxEventBytes)}
	runtime.AddCleanup(p, func(cp *core.SseParser) { cp.Free() }, p.p)
	return p
}

// Feed parses b and returns the events it completed.
func (p *Parser) Feed(b []byte) []Event {
	if p.p == nil {
		return nil
	}
	p.p.Feed(b)
	return p.take()
}

// Finish ends the stream: an event without its closing blank line is
// discarded, as the standard says. It returns events still queued.
func (p *Parser) Finish() []Event {
	if p.p == nil {
		return nil
	}
	p.p.Finish()
	return p.take()
}

func (p *Parser) take() []Event {
	evs := p.p.TakeEvents()
	if len(evs) == 0 {
		return nil
	}
	out := make([]Event, len(evs))
	for i, e := range evs {
		out[i] = Event{Type: e.Type, Data: e.Data, ID: e.ID}
	}
	return out
}

// Err is ErrEventTooLarge once an event exceeded the limit, else nil.
func (p *Parser) Err() error {
	if p.p == nil {
		return nil
	}
	switch p.p.Error() {
	case "":
		return nil
	case "event_too_large":
		return ErrEventTooLarge
	default:
		return errors.New("sse: " + p.p.Error())
	}
}

// RetryMs is the last valid retry: value, or -1 when none was seen.
func (p *Parser) RetryMs() int64 {
	if p.p == nil {
		return -1
	}
	return p.p.RetryMs()
}

// LastEventID is the last event ID seen.
func (p *Parser) LastEventID() string {
	if p.p == nil {
		return ""
	}
	return p.p.LastEventID()
}

// Close frees the parser; it is idempotent.
func (p *Parser) Close() {
	if p.p != nil {
		p.p.Free()
		p.p = nil
	}
}
