package cozecore_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// Go idioms that cover every operation: streams as iter.Seq2 for range,
// and a context.Context first on every call.

// rangeAll reads a stream with range over All: the same as readAll, plus
// how many times the loop saw an error (it must be the last value).
func rangeAll(t *testing.T, s *cozecore.Stream) (collected, int) {
	t.Helper()
	var c collected
	errs := 0
	for ev, err := range s.All() {
		if err != nil {
			errs++
			c.err = err
			if ev.Type != "" {
				t.Errorf("the error came with an event %q", ev.Type)
			}
			continue
		}
		if errs > 0 {
			t.Errorf("event %q after the error", ev.Type)
		}
		c.types = append(c.types, ev.Type)
		switch ev.Type {
		case cozecore.EventConversationMessageDelta:
			c.deltas = append(c.deltas, ev.Content())
		case cozecore.EventConversationMessageCompleted:
			c.completed = ev.Content()
		}
	}
	return c, errs
}

func TestStreamRangeYieldsEveryEvent(t *testing.T) {
	c := newClient(t, fakeServer(t))
	ctx := context.Background()
	s, err := c.Chat.Stream(ctx, chatRequest("bot-1", "range over me"))
	if err != nil {
		t.Fatal(err)
	}
	got, errs := rangeAll(t, s)
	if errs != 0 || got.err != nil {
		t.Fatalf("%d errors: %v", errs, got.err)
	}
	s2, err := c.Chat.Stream(ctx, chatRequest("bot-1", "range over me"))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	want := readAll(s2)
	if !reflect.DeepEqual(got.types, want.types) || got.text() != "Echo: range over me" || got.completed != want.completed {
		t.Fatalf("range: %q %q %q\nNext: %q %q %q", got.types, got.text(), got.completed, want.types, want.text(), want.completed)
	}
	if s.LogID() == "" {
		t.Fatal("no log id after the range")
	}
	// The range closed the stream at its end; a second range yields nothing.
	for ev, err := range s.All() {
		t.Fatalf("a second range yielded %q, %v", ev.Type, err)
	}
	if s.Next() || s.Err() != nil {
		t.Fatalf("Next after the range, or Err %v", s.Err())
	}
}

func TestStreamRangeEndsWithTheStreamError(t *testing.T) {
	base := fakeServer(t)
	for _, tc := range []struct {
		bot  string
		want error
	}{{"stream_error", cozecore.ErrStream}, {"truncated", cozecore.ErrStream}} {
		c := newClient(t, base, cozecore.WithMaxRetries(0))
		s, err := c.Chat.Stream(context.Background(), chatRequest(tc.bot, "hi"))
		if err != nil {
			t.Fatalf("%s: %v", tc.bot, err)
		}
		got, errs := rangeAll(t, s)
		if errs != 1 || !errors.Is(got.err, tc.want) || len(got.deltas) != 2 {
			t.Fatalf("%s: %d errors, last %v, deltas %q", tc.bot, errs, got.err, got.deltas)
		}
		asError(t, got.err)
		if !errors.Is(s.Err(), tc.want) {
			t.Fatalf("%s: Err %v after the range", tc.bot, s.Err())
		}
	}
}

// Breaking out of the loop closes the stream at once: the call is
// cancelled (its hook reports it), its request aborted and its core object
// freed, without waiting for the rest of a slow answer.
func TestStreamRangeBreakClosesTheStream(t *testing.T) {
	base := fakeServer(t)
	addFaults(t, map[string]any{"drip_ms": 1000})
	before := settled()
	finished := make(chan cozecore.HookEvent, 4)
	c := newClient(t, base, cozecore.WithHooks(cozecore.Hooks{
		OnCallFinished: func(e cozecore.HookEvent) { finished <- e }}))
	s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", "a long enough message to drip slowly"))
	if err != nil {
		t.Fatal(err)
	}
	deltas := 0
	for ev, err := range s.All() {
		if err != nil {
			t.Fatal(err)
		}
		if ev.Type == cozecore.EventConversationMessageDelta {
			deltas++
			break
		}
	}
	start := time.Now()
	if deltas != 1 {
		t.Fatalf("%d deltas", deltas)
	}
	select {
	case e := <-finished:
		if e.ErrorKind != cozecore.KindCancelled {
			t.Fatalf("call finished with %q, want cancelled", e.ErrorKind)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("breaking the range did not end the call")
	}
	if s.Next() || s.Err() != nil {
		t.Fatalf("the stream goes on after the break (Err %v)", s.Err())
	}
	// Well before the next delta (1 s on): a loaded machine's scheduling gets the rest.
	if took := time.Since(start); took > 800*time.Millisecond {
		t.Fatalf("the stream ended %v after the break", took)
	}
	if got := live(); got.calls != before.calls {
		t.Fatalf("live calls %d after the break, want %d", got.calls, before.calls)
	}
}

// Cancelling the context mid-range ends the stream at the next event, even
// when the rest of the answer has already arrived (one chunk, no drip): the
// range ends with ErrCancelled wrapping context.Canceled.
func TestStreamRangeContextCancel(t *testing.T) {
	c := newClient(t, fakeServer(t))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, err := c.Chat.Stream(ctx, chatRequest("bot-1", "cancel me after the first delta"))
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	var last error
	for ev, err := range s.All() {
		if err != nil {
			last = err
			break
		}
		types = append(types, ev.Type)
		if ev.Type == cozecore.EventConversationMessageDelta {
			cancel()
		}
	}
	if !errors.Is(last, cozecore.ErrCancelled) || !errors.Is(last, context.Canceled) {
		t.Fatalf("range ended with %v after %q", last, types)
	}
	if types[len(types)-1] != cozecore.EventConversationMessageDelta || strings.Count(strings.Join(types, " "), "delta") != 1 {
		t.Fatalf("events after the cancel: %q", types)
	}
	asError(t, last)
}

// A panic in the loop body also closes the stream on its way out.
func TestStreamRangePanicClosesTheStream(t *testing.T) {
	base := fakeServer(t)
	addFaults(t, map[string]any{"drip_ms": 400})
	before := settled()
	c := newClient(t, base)
	s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", "a long enough message to drip slowly"))
	if err != nil {
		t.Fatal(err)
	}
	func() {
		defer func() {
			if r := recover(); r != "stop here" {
				t.Fatalf("recovered %v", r)
			}
		}()
		for range s.All() {
			panic("stop here")
		}
	}()
	if s.Next() {
		t.Fatal("the stream goes on after the panic")
	}
	if got := live(); got.calls != before.calls {
		t.Fatalf("live calls %d after the panic, want %d", got.calls, before.calls)
	}
}

// Every method that sends a request takes a context.Context first: the
// client's (Do, DoStream, ...) and every method of every resource and
// sub-resource (walked through the client's fields, so a new operation is
// checked without being named here) and of c.Auth. The client's local
// methods (no I/O) are the ones listed.
func TestEveryCallTakesAContextFirst(t *testing.T) {
	ctxType := reflect.TypeFor[context.Context]()
	c := cozecore.NewClient(cozecore.WithToken("pat_x"))
	defer c.Close()
	checked := 0
	check := func(typ reflect.Type, name string, local map[string]bool) {
		for i := 0; i < typ.NumMethod(); i++ {
			m := typ.Method(i)
			if local[m.Name] {
				continue
			}
			// m.Type.In(0) is the receiver.
			if m.Type.NumIn() < 2 || m.Type.In(1) != ctxType {
				t.Errorf("%s.%s %v: its first parameter is not a context.Context", name, m.Name, m.Type)
			}
			checked++
		}
	}
	check(reflect.TypeOf(c), "Client", map[string]bool{"Close": true, "Health": true, "Token": true})
	seen := map[reflect.Type]bool{}
	var walk func(v reflect.Value, name string)
	walk = func(v reflect.Value, name string) {
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			fv := v.Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Anonymous && fv.Kind() == reflect.Struct { // Client embeds Resources
				walk(fv, name)
				continue
			}
			if fv.Kind() != reflect.Pointer || fv.IsNil() || fv.Elem().Kind() != reflect.Struct ||
				!strings.HasSuffix(fv.Type().Elem().Name(), "Service") || seen[fv.Type()] {
				continue
			}
			seen[fv.Type()] = true
			check(fv.Type(), name+"."+f.Name, nil)
			walk(fv.Elem(), name+"."+f.Name)
		}
	}
	walk(reflect.ValueOf(c).Elem(), "c")
	if !seen[reflect.TypeOf(c.Auth)] || !seen[reflect.TypeOf(c.Conversations.Messages.Feedback)] || checked < 80 {
		t.Fatalf("walked %d services, %d methods: the walk misses some", len(seen), checked)
	}
}
