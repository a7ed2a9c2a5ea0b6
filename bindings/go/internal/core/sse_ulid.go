package core

import "github.com/cozecore/cozecore/bindings/go/internal/bridge"

// SseEvent is one dispatched event-stream event.
type SseEvent struct {
	Type string
	Data string
	ID   string
}

// SseParser is the core's incremental event-stream parser.
type SseParser struct {
	h bridge.SseParser
}

// NewSseParser makes a parser; maxEventBytes <= 0 keeps the core's default.
func NewSseParser(maxEventBytes int64) *SseParser {
	cfg := bridge.NewSseConfig()
	defer bridge.DeleteSseConfig(cfg)
	if maxEventBytes > 0 {
		cfg.SetMax_event_bytes(maxEventBytes)
	}
	return &SseParser{h: bridge.NewSseParser(cfg)}
}

func (p *SseParser) Feed(b []byte) {
	if len(b) > 0 {
		p.h.Feed(b)
	}
}

func (p *SseParser) Finish() { p.h.Finish() }

// TakeEvents moves the queued events out, oldest first.
func (p *SseParser) TakeEvents() []SseEvent {
	v := p.h.Take_events()
	defer bridge.DeleteSseEventVector(v)
	n := int(v.Size())
	if n == 0 {
		return nil
	}
	out := make([]SseEvent, n)
	for i := 0; i < n; i++ {
		e := v.Get(i)
		out[i] = SseEvent{Type: e.GetType(), Data: e.GetData(), ID: e.GetId()}
	}
	return out
}

func (p *SseParser) Error() string       { return p.h.Error() }
func (p *SseParser) RetryMs() int64      { return p.h.Retry_ms() }
func (p *SseParser) LastEventID() string { return p.h.Last_event_id() }

func (p *SseParser) Free() {
	if p.h != nil {
		bridge.DeleteSseParser(p.h)
		p.h = nil
	}
}

// UlidResult is the outcome of a ULID operation.
type UlidResult struct {
	OK            bool
	Error         string // "invalid_ulid", "ulid_overflow", "invalid_argument"
	Text          string
	TimestampMs   int64
	RandomnessHex string
}

func readUlid(r bridge.UlidResult) UlidResult {
	defer bridge.DeleteUlidResult(r)
	return UlidResult{
		OK:            r.GetOk(),
		Error:         r.GetError(),
		Text:          r.GetText(),
		TimestampMs:   r.GetTimestamp_ms(),
		RandomnessHex: r.GetRandomness_hex(),
	}
}

func UlidEncode(timestampMs int64, randomnessHex string) UlidResult {
	return readUlid(bridge.Ulid_encode(timestampMs, randomnessHex))
}

func UlidDecode(text string) UlidResult { return readUlid(bridge.Ulid_decode(text)) }

// UlidFactory generates monotonic ULIDs.
type UlidFactory struct {
	h bridge.UlidFactory
}

func NewUlidFactory() *UlidFactory { return &UlidFactory{h: bridge.NewUlidFactory()} }

func (f *UlidFactory) Next(nowMs int64, entropyHex string) UlidResult {
	return readUlid(f.h.Next(nowMs, entropyHex))
}

func (f *UlidFactory) Free() {
	if f.h != nil {
		bridge.DeleteUlidFactory(f.h)
		f.h = nil
	}
}
