package cozecore

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

func TestErrorIsAsUnwrap(t *testing.T) {
	cause := context.Canceled
	var err error = fmt.Errorf("wrapped: %w", &Error{Kind: KindCancelled, Message: "the call was cancelled", cause: cause})
	if !errors.Is(err, ErrCancelled) || !errors.Is(err, context.Canceled) {
		t.Fatalf("errors.Is failed for %v", err)
	}
	if errors.Is(err, ErrTimeout) || errors.Is(err, context.DeadlineExceeded) {
		t.Fatal("matched the wrong sentinel")
	}
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindCancelled {
		t.Fatalf("errors.As: %v", err)
	}
	all := []error{ErrBadRequest, ErrAuthentication, ErrPermissionDenied, ErrNotFound, ErrConflict,
		ErrUnprocessable, ErrRateLimited, ErrServer, ErrGateway, ErrTimeout, ErrConnection, ErrCancelled,
		ErrDecode, ErrStream, ErrAPI, ErrInvalidArgument, ErrInternal, ErrCircuitOpen, ErrTool}
	for _, s := range all {
		k := s.(*kindError).kind
		if !errors.Is(&Error{Kind: k}, s) {
			t.Errorf("%s does not match its sentinel", k)
		}
		hits := 0
		for _, o := range all {
			if errors.Is(&Error{Kind: k}, o) {
				hits++
			}
		}
		if hits != 1 {
			t.Errorf("%s matches %d sentinels", k, hits)
		}
	}
}

func TestErrorText(t *testing.T) {
	e := &Error{Kind: KindRateLimited, HTTPStatus: 429, Code: 4013, Message: "slow down", LogID: "L1"}
	if e.Error() != "slow down" {
		t.Fatalf("%q", e.Error())
	}
	e.Hint = "wait a minute"
	if e.Error() != "slow down (wait a minute)" {
		t.Fatalf("%q", e.Error())
	}
	if got := (&Error{Kind: KindInternal}).Error(); got != "internal" { // the core's error_text
		t.Fatalf("%q", got)
	}
}

func TestAnswerErrorCarriesTheCoreFields(t *testing.T) {
	err := AnswerError("GET", false, 401, http.Header{"X-Tt-Logid": {"L"}}, `{"code":4100,"msg":"bad token"}`, -1)
	var e *Error
	if !errors.As(err, &e) || !errors.Is(err, ErrAuthentication) {
		t.Fatalf("%#v", err)
	}
	if e.Message != "bad token" || !strings.Contains(e.Hint, "api.coze.cn") || e.LogID != "L" || e.RequestID == "" {
		t.Fatalf("%#v", e)
	}
	if e.Error() != "bad token ("+e.Hint+")" || len(e.History) != 1 || e.History[0].RequestID != e.RequestID {
		t.Fatalf("%q %#v", e.Error(), e.History)
	}
	err = AnswerError("POST", false, 400, nil, `{"error_code":"slow_down","error_message":"slower"}`, -1)
	if !errors.As(err, &e) || e.Kind != KindRateLimited || e.ErrorCode != "slow_down" {
		t.Fatalf("%#v", err)
	}
	if err := AnswerError("GET", false, 200, nil, `{"code":0,"data":{}}`, -1); err != nil {
		t.Fatalf("a success gave %v", err)
	}
}

type timeoutErr struct{}

func (timeoutErr) Error() string   { return "i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

func TestTransportKind(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("x: %w", context.DeadlineExceeded), "timeout"},
		{&net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}, "connect"},
		{&net.OpError{Op: "dial", Net: "tcp", Err: timeoutErr{}}, "timeout"},
		{&net.DNSError{Err: "no such host", Name: "nowhere.invalid"}, "connect"},
		{&net.OpError{Op: "read", Net: "tcp", Err: timeoutErr{}}, "timeout"},
		{&net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET}, "reset"},
		{io.ErrUnexpectedEOF, "reset"},
		{io.EOF, "reset"},
	}
	for _, c := range cases {
		if got := transportKind(c.err); got != c.want {
			t.Errorf("transportKind(%v) = %s, want %s", c.err, got, c.want)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got := attemptErrorKind(ctx, io.ErrUnexpectedEOF); got != "aborted" {
		t.Errorf("a cancelled attempt gives %s", got)
	}
}

func TestTLSFailureIsConnection(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	// The server's certificate is self-signed: verification fails.
	c := NewClient(WithToken("pat_x"), WithBaseURL(srv.URL), WithMaxRetries(0))
	defer c.Close()
	_, err := c.Chat.Create(context.Background(), ChatRequest{BotID: "b", UserID: "u"})
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindConnection || !strings.Contains(e.Message, "tls") {
		t.Fatalf("%v", err)
	}
}

// The first event must reach the caller while the server still holds the
// rest of the stream back: nothing waits for the whole body.
func TestStreamDeliversEventsAsTheyArrive(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		w.Header().Set("X-Tt-Logid", "LOG1")
		fmt.Fprint(w, "event:conversation.message.delta\ndata:{\"content\":\"first\"}\n\n")
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-r.Context().Done():
			return
		}
		fmt.Fprint(w, "event:conversation.message.delta\ndata:{\"content\":\"second\"}\n\nevent:done\ndata:\"[DONE]\"\n\n")
	}))
	defer srv.Close()
	c := NewClient(WithToken("pat_x"), WithBaseURL(srv.URL))
	defer c.Close()

	got := make(chan *Stream, 1)
	fail := make(chan error, 1)
	go func() {
		s, err := c.Chat.Stream(context.Background(), ChatRequest{BotID: "b", UserID: "u"})
		if err != nil {
			fail <- err
			return
		}
		got <- s
	}()
	var s *Stream
	select {
	case s = <-got:
	case err := <-fail:
		t.Fatal(err)
	case <-time.After(5 * time.Second):
		close(release)
		t.Fatal("the first event did not arrive before the rest of the body")
	}
	defer s.Close()
	if !s.Next() || s.Event().Content() != "first" || s.LogID() != "LOG1" {
		t.Fatalf("first event %+v logid %q", s.Event(), s.LogID())
	}
	close(release)
	if !s.Next() || s.Event().Content() != "second" {
		t.Fatalf("second event %+v (%v)", s.Event(), s.Err())
	}
	if !s.Next() || s.Event().Type != EventDone {
		t.Fatalf("done event %+v (%v)", s.Event(), s.Err())
	}
	if s.Next() || s.Err() != nil {
		t.Fatalf("after done: %v", s.Err())
	}
}

func TestRequestHeadersAndBody(t *testing.T) {
	type seen struct {
		header http.Header
		body   string
		query  string
	}
	ch := make(chan seen, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		ch <- seen{r.Header.Clone(), string(b), r.URL.RawQuery}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"code":0,"msg":"","data":{"id":"1","conversation_id":"c","bot_id":"b","status":"in_progress"}}`)
	}))
	defer srv.Close()
	c := NewClient(WithToken("pat_abc"), WithBaseURL(srv.URL), WithUserAgent("myapp/1.0"), WithHeader("X-Extra", "yes"))
	defer c.Close()
	chat, err := c.Chat.Create(context.Background(), ChatRequest{
		BotID: "b", UserID: "u", ConversationID: "c",
		AdditionalMessages: []EnterMessageParam{UserMessage("<hi> & 你好")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if chat.ID() != "1" || chat.Status() != "in_progress" {
		t.Fatalf("%+v", chat)
	}
	s := <-ch
	if s.header.Get("Authorization") != "Bearer pat_abc" || s.header.Get("X-Extra") != "yes" ||
		!strings.HasPrefix(s.header.Get("User-Agent"), "myapp/1.0 cozecore/") ||
		s.header.Get("Accept-Encoding") != "" {
		t.Fatalf("headers %v", s.header)
	}
	if s.query != "conversation_id=c" || !strings.Contains(s.body, `"content":"<hi> & 你好"`) || !strings.Contains(s.body, `"stream":false`) {
		t.Fatalf("query %q body %s", s.query, s.body)
	}
}

func TestInvalidArguments(t *testing.T) {
	ctx := context.Background()
	c := NewClient(WithToken("pat_x"), WithBaseURL("ftp://example.com"))
	_, err := c.Chat.Create(ctx, ChatRequest{BotID: "b", UserID: "u"})
	if !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("bad base URL: %v", err)
	}
	c.Close()

	c = NewClient(WithToken("pat_x"), WithMaxRetries(-3))
	if _, err := c.Chat.Create(ctx, ChatRequest{BotID: "b", UserID: "u"}); !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("bad max_retries: %v", err)
	}
	c.Close()

	c = NewClient(WithToken("pat_x"))
	if _, err := c.Chat.Stream(ctx, ChatRequest{UserID: "u"}); !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("missing bot_id: %v", err)
	}
	if _, err := c.Do(ctx, "no.such.op", nil); !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("unknown op: %v", err)
	}
	if _, err := c.Do(ctx, "chat.create", map[string]any{"bot_id": make(chan int)}); !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("unmarshallable params: %v", err)
	}
	c.Close()
	if _, err := c.Chat.Create(ctx, ChatRequest{BotID: "b", UserID: "u"}); !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("closed client: %v", err)
	}
	c.Close() // idempotent

	c = NewClient()
	defer c.Close()
	if _, err := c.Chat.Create(ctx, ChatRequest{BotID: "b", UserID: "u"}); !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("no token: %v", err)
	}
}

func TestCallsOutliveClose(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		fmt.Fprint(w, "event:conversation.message.delta\ndata:{\"content\":\"a\"}\n\n")
		w.(http.Flusher).Flush()
		time.Sleep(50 * time.Millisecond)
		fmt.Fprint(w, "event:done\ndata:\"[DONE]\"\n\n")
	}))
	defer srv.Close()
	c := NewClient(WithToken("pat_x"), WithBaseURL(srv.URL))
	s, err := c.Chat.Stream(context.Background(), ChatRequest{BotID: "b", UserID: "u"})
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	n := 0
	for s.Next() {
		n++
	}
	if n != 2 || s.Err() != nil {
		t.Fatalf("%d events, %v", n, s.Err())
	}
	if c.handle.core != nil {
		t.Fatal("the core client was not freed after its last call")
	}
}

// recordBuilder writes records by hand (the layout of core/api/README.md),
// so that the reader is tested without the core.
type recordBuilder struct {
	words []int32
	text  []byte
}

type cell [3]int32

func (b *recordBuilder) str(s string) cell {
	off := len(b.text)
	b.text = append(b.text, s...)
	return cell{tagString, int32(off), int32(len(s))}
}

func (b *recordBuilder) node(cells ...cell) int32 {
	at := int32(len(b.words))
	for _, c := range cells {
		b.words = append(b.words, c[0], c[1], c[2])
	}
	return at
}

// object reserves a node: n_known, n_extra, then the known cells and the extra pairs.
func (b *recordBuilder) object(model int32, known []cell, extra ...cell) cell {
	at := int32(len(b.words))
	b.words = append(b.words, int32(len(known)), int32(len(extra)/2))
	b.node(known...)
	b.node(extra...)
	return cell{tagObject, at, model}
}

func (b *recordBuilder) array(items ...cell) cell {
	return cell{tagArray, b.node(items...), int32(len(items))}
}

func integerCell(v int64) cell { return cell{tagInt, int32(uint32(v)), int32(v >> 32)} }

func floatCell(f float64) cell {
	bits := math.Float64bits(f)
	return cell{tagFloat, int32(uint32(bits)), int32(bits >> 32)}
}

// finish puts root in words[0..2] and frames the record.
func (b *recordBuilder) finish(root cell) *record {
	copy(b.words[0:3], root[:])
	out := make([]byte, 4+4*len(b.words)+len(b.text))
	binary.LittleEndian.PutUint32(out, uint32(len(b.words)))
	for i, w := range b.words {
		binary.LittleEndian.PutUint32(out[4+4*i:], uint32(w))
	}
	copy(out[4+4*len(b.words):], b.text)
	return newRecord(string(out))
}

func modelID(t *testing.T, name string) int32 {
	for i, n := range modelNames {
		if n == name {
			return int32(i)
		}
	}
	t.Fatalf("no model %s", name)
	return -1
}

func TestRecordViews(t *testing.T) {
	b := &recordBuilder{words: make([]int32, 3)} // the root cell comes first
	usage := b.object(modelID(t, "Usage"),
		[]cell{integerCell(3), {}, {}}, // token_count 3, output_count null, input_count null (kept below)
		b.str("input_count"), b.str("many"),
		b.str("big"), b.str("12345678901234567890"),
		b.str("list"), b.array(integerCell(-1), floatCell(2.5), cell{tagTrue, 0, 0}, cell{}, b.str("ü")),
	)
	r := b.finish(usage)
	if r == nil {
		t.Fatal("the record does not frame")
	}
	u := newUsage(r, rootCell)
	if !u.Valid() || u.TokenCount() != 3 || u.OutputCount() != 0 || u.InputCount() != 0 {
		t.Fatalf("fields %v", u)
	}
	if !u.Has("token_count") || u.Has("output_count") || !u.Has("input_count") || u.Get("input_count") != "many" ||
		u.Get("nope") != nil {
		t.Fatal("Has/Get")
	}
	wantExtra := map[string]any{"input_count": "many", "big": "12345678901234567890",
		"list": []any{int64(-1), 2.5, true, nil, "ü"}}
	if !reflect.DeepEqual(u.Extra(), wantExtra) {
		t.Fatalf("extra %#v", u.Extra())
	}
	if want := map[string]any{"token_count": int64(3), "$extra": wantExtra}; !reflect.DeepEqual(u.ToMap(), want) {
		t.Fatalf("canonical %#v", u.ToMap())
	}
	const wantJSON = `{"$extra":{"big":"12345678901234567890","input_count":"many","list":[-1,2.5,true,null,"ü"]},"token_count":3}`
	if j, err := json.Marshal(u); err != nil || string(j) != wantJSON || u.String() != wantJSON {
		t.Fatalf("json %s %v", j, err)
	}
	// A null view reads as zero values and never fails.
	var null Usage
	if null.Valid() || null.TokenCount() != 0 || null.Has("token_count") || null.ToMap() != nil || null.String() != "null" {
		t.Fatal("null view")
	}
	if newRecord("\x01\x00") != nil || newRecord("\x09\x00\x00\x00") != nil {
		t.Fatal("a truncated record framed")
	}
}

func TestEventBatchIsReadWithoutTheCore(t *testing.T) {
	b := &recordBuilder{words: make([]int32, 3)}
	code := func(name string) cell {
		for i, n := range core.EventNames() {
			if n == name {
				return integerCell(int64(i))
			}
		}
		return integerCell(-1)
	}
	id := modelID(t, "Message")
	fields := make([]cell, len(modelFieldNames[id]))
	for i, f := range modelFieldNames[id] {
		if f == "content" {
			fields[i] = b.str("hé 😀")
		}
	}
	msg := b.object(id, fields)
	first := b.array(code(EventConversationMessageDelta), b.str(EventConversationMessageDelta), msg, b.str("7"))
	second := b.array(code("x.custom"), b.str("x.custom"), b.array(integerCell(1)), b.str(""))
	r := b.finish(b.array(first, second))
	s := &Stream{cur: cursor{done: true}}
	s.cur.hold(r)
	if !s.Next() {
		t.Fatal("no first event")
	}
	e := s.Event()
	if e.Type != EventConversationMessageDelta || e.ID != "7" || !e.Known() || e.Content() != "hé 😀" ||
		e.Message().Content() != "hé 😀" || e.Chat().Valid() {
		t.Fatalf("first %v", e)
	}
	if !s.Next() {
		t.Fatal("no second event")
	}
	if e := s.Event(); e.Type != "x.custom" || e.Known() || !reflect.DeepEqual(e.Data(), []any{int64(1)}) || e.Content() != "" {
		t.Fatalf("second %v", e)
	}
	if s.Next() {
		t.Fatal("a third event")
	}
}

func TestGeneratedTablesMatchTheCore(t *testing.T) {
	names := core.ModelNames()
	if !reflect.DeepEqual(names, modelNames[:]) {
		t.Fatalf("models: core %v, generated %v", names, modelNames)
	}
	for i, name := range names {
		if got := core.ModelFields(name); !reflect.DeepEqual(got, modelFieldNames[i]) {
			t.Fatalf("%s: core fields %v, generated %v", name, got, modelFieldNames[i])
		}
	}
}

func TestDurationOptions(t *testing.T) {
	if durationMs(0) != nil || durationMs(-time.Second) != nil {
		t.Fatal("non-positive durations must mean none")
	}
	if durationMs(1500*time.Microsecond) != int64(2) {
		t.Fatalf("%v", durationMs(1500*time.Microsecond))
	}
}

// A listener whose accept queue is full drops new SYNs, so connecting to it
// hangs: the connect timeout, not the first-byte timeout, must end the call.
func TestConnectTimeout(t *testing.T) {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fd)
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Listen(fd, 0); err != nil {
		t.Fatal(err)
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		t.Fatal(err)
	}
	addr := fmt.Sprintf("127.0.0.1:%d", sa.(*syscall.SockaddrInet4).Port)
	var fillers []net.Conn
	defer func() {
		for _, c := range fillers {
			c.Close()
		}
	}()
	for i := 0; i < 8; i++ {
		c, err := net.DialTimeout("tcp", addr, 100*time.Millisecond)
		if err != nil {
			break // the queue is full
		}
		fillers = append(fillers, c)
	}
	c := NewClient(WithToken("pat_x"), WithBaseURL("http://"+addr), WithMaxRetries(0),
		WithConnectTimeout(200*time.Millisecond), WithFirstByteTimeout(5*time.Second))
	defer c.Close()
	start := time.Now()
	_, err = c.Chat.Create(context.Background(), ChatRequest{BotID: "b", UserID: "u"})
	took := time.Since(start)
	var opErr *net.OpError
	if !errors.Is(err, ErrTimeout) || !errors.As(err, &opErr) || opErr.Op != "dial" {
		t.Fatalf("%v (%T)", err, errors.Unwrap(err))
	}
	if took > 2*time.Second {
		t.Fatalf("took %v", took)
	}
}

func TestCallOptions(t *testing.T) {
	var mu sync.Mutex
	var seen []http.Header
	fail := 0 // answers 503 to the next `fail` requests
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.Header.Clone())
		f := fail > 0
		if f {
			fail--
		}
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if f {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(503)
			fmt.Fprint(w, `{"code":5000,"msg":"busy"}`)
			return
		}
		fmt.Fprint(w, `{"code":0,"msg":"","data":{"id":"1","status":"in_progress"}}`)
	}))
	defer srv.Close()
	run := func(c *Client, failures int, opts ...CallOption) ([]http.Header, error) {
		mu.Lock()
		seen, fail = nil, failures
		mu.Unlock()
		_, err := c.Chat.Create(context.Background(), ChatRequest{BotID: "b", UserID: "u"}, opts...)
		mu.Lock()
		defer mu.Unlock()
		return seen, err
	}
	c := NewClient(WithToken("pat_x"), WithBaseURL(srv.URL))
	defer c.Close()

	h, err := run(c, 1)
	if err != nil || len(h) != 2 {
		t.Fatalf("default: %d requests, %v", len(h), err)
	}
	key := h[0].Get("Idempotency-Key")
	if len(key) != 26 || h[1].Get("Idempotency-Key") != key {
		t.Fatalf("idempotency keys %q %q", key, h[1].Get("Idempotency-Key"))
	}
	if h, _ := run(c, 0); h[0].Get("Idempotency-Key") == key {
		t.Fatal("two calls shared an idempotency key")
	}
	if h, err := run(c, 0, WithIdempotencyKey("k-1"), WithCallHeader("X-Call", "1")); err != nil ||
		h[0].Get("Idempotency-Key") != "k-1" || h[0].Get("X-Call") != "1" {
		t.Fatalf("explicit key: %v %v", h, err)
	}
	if h, err := run(c, 0, WithoutIdempotencyKey()); err != nil || h[0].Get("Idempotency-Key") != "" {
		t.Fatalf("without key: %v %v", h, err)
	}
	h, err = run(c, 1, WithCallMaxRetries(0))
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindServer || e.Attempts != 1 || len(h) != 1 {
		t.Fatalf("no retries: %d requests, %v", len(h), err)
	}
	// The options shared with NewClient work per call too.
	h, err = run(c, 1, WithMaxRetries(0), WithHeader("X-Shared", "yes"), WithTimeout(time.Minute))
	if !errors.As(err, &e) || e.Attempts != 1 || len(h) != 1 || h[0].Get("X-Shared") != "yes" {
		t.Fatalf("shared options per call: %d requests, %v", len(h), err)
	}

	c2 := NewClient(WithToken("pat_x"), WithBaseURL(srv.URL), WithIdempotencyHeader(""))
	defer c2.Close()
	if h, err := run(c2, 0); err != nil || h[0].Get("Idempotency-Key") != "" {
		t.Fatalf("client without idempotency header: %v %v", h, err)
	}
}
