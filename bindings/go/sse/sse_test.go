package sse

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestFeedInChunks(t *testing.T) {
	p := NewParser()
	defer p.Close()
	stream := "retry: 1500\nid: 7\nevent: conversation.message.delta\ndata: {\"content\":\"你好\"}\n\n: keep-alive\n\ndata: a\ndata: b\n\n"
	var got []Event
	// Split inside the multi-byte characters too.
	b := []byte(stream)
	for i := 0; i < len(b); i += 5 {
		end := min(i+5, len(b))
		got = append(got, p.Feed(b[i:end])...)
	}
	got = append(got, p.Finish()...)
	want := []Event{
		{Type: "conversation.message.delta", Data: `{"content":"你好"}`, ID: "7"},
		{Type: "message", Data: "a\nb", ID: "7"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%+v", got)
	}
	if p.RetryMs() != 1500 || p.LastEventID() != "7" || p.Err() != nil {
		t.Fatalf("retry %d id %q err %v", p.RetryMs(), p.LastEventID(), p.Err())
	}
}

func TestUnterminatedEventIsDropped(t *testing.T) {
	p := NewParser()
	defer p.Close()
	if evs := p.Feed([]byte("data: partial")); evs != nil {
		t.Fatalf("%+v", evs)
	}
	if evs := p.Finish(); evs != nil {
		t.Fatalf("%+v", evs)
	}
	if p.RetryMs() != -1 {
		t.Fatal("retry without retry:")
	}
}

func TestEventTooLarge(t *testing.T) {
	p := NewParser(WithMaxEventBytes(64))
	defer p.Close()
	evs := p.Feed([]byte("data: ok\n\ndata: " + strings.Repeat("x", 200) + "\n\ndata: later\n\n"))
	if len(evs) != 1 || evs[0].Data != "ok" {
		t.Fatalf("%+v", evs)
	}
	if !errors.Is(p.Err(), ErrEventTooLarge) {
		t.Fatalf("%v", p.Err())
	}
}

func TestCloseIsIdempotent(t *testing.T) {
	p := NewParser()
	p.Close()
	p.Close()
	if p.Feed([]byte("data: x\n\n")) != nil || p.Err() != nil || p.RetryMs() != -1 {
		t.Fatal("a closed parser must do nothing")
	}
}
