package cozecore_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

const token = "pat_e2e_secret_token"

func newClient(t *testing.T, base string, opts ...cozecore.Option) *cozecore.Client {
	t.Helper()
	all := append([]cozecore.Option{cozecore.WithToken(token), cozecore.WithBaseURL(base)}, opts...)
	c := cozecore.NewClient(all...)
	t.Cleanup(func() { c.Close() })
	return c
}

func chatRequest(bot, text string) cozecore.ChatRequest {
	return cozecore.ChatRequest{
		BotID:              bot,
		UserID:             "user-1",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage(text)},
	}
}

// collect reads a stream to its end: the event types, the joined deltas,
// the completed message, and the error.
type collected struct {
	types     []string
	deltas    []string
	completed string
	err       error
}

func (c collected) text() string { return strings.Join(c.deltas, "") }

func readAll(s *cozecore.Stream) collected {
	var c collected
	for s.Next() {
		ev := s.Event()
		c.types = append(c.types, ev.Type)
		switch ev.Type {
		case cozecore.EventConversationMessageDelta:
			c.deltas = append(c.deltas, ev.Content())
		case cozecore.EventConversationMessageCompleted:
			c.completed = ev.Content()
		}
	}
	c.err = s.Err()
	return c
}

func asError(t *testing.T, err error) *cozecore.Error {
	t.Helper()
	var e *cozecore.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not a *cozecore.Error", err, err)
	}
	if strings.Contains(e.Error(), token) || strings.Contains(e.Body, token) {
		t.Fatalf("the token leaked into the error: %v", e)
	}
	return e
}

func TestE2EStreamEcho(t *testing.T) {
	c := newClient(t, fakeServer(t))
	s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", "hello there"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := readAll(s)
	if got.err != nil {
		t.Fatalf("stream error: %v", got.err)
	}
	if got.text() != "Echo: hello there" || got.completed != "Echo: hello there" {
		t.Fatalf("deltas %q, completed %q", got.deltas, got.completed)
	}
	if len(got.deltas) < 2 {
		t.Fatalf("expected the answer in several deltas, got %q", got.deltas)
	}
	want := []string{cozecore.EventConversationChatCreated, cozecore.EventConversationChatInProgress}
	if len(got.types) < 6 || got.types[0] != want[0] || got.types[1] != want[1] ||
		got.types[len(got.types)-2] != cozecore.EventConversationChatCompleted || got.types[len(got.types)-1] != cozecore.EventDone {
		t.Fatalf("event order %q", got.types)
	}
	if s.LogID() == "" {
		t.Fatal("no log id")
	}
	if s.Next() {
		t.Fatal("Next after the end")
	}
	log := requestLog(t)
	if len(log) != 1 || log[0].Path != "/v3/chat" || log[0].Method != "POST" {
		t.Fatalf("request log %+v", log)
	}
	var body map[string]any
	if err := json.Unmarshal([]byte(log[0].Body), &body); err != nil || body["stream"] != true || body["bot_id"] != "bot-1" {
		t.Fatalf("request body %s (%v)", log[0].Body, err)
	}
}

func TestE2EUnicodeRoundTrip(t *testing.T) {
	c := newClient(t, fakeServer(t))
	msg := "你好，世界 👋🏽 café ✓ 🇨🇳 한국어"
	s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", msg))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := readAll(s)
	if got.err != nil {
		t.Fatal(got.err)
	}
	if got.text() != "Echo: "+msg || got.completed != "Echo: "+msg {
		t.Fatalf("deltas %q completed %q", got.text(), got.completed)
	}
	log := requestLog(t)
	var body struct {
		Messages []cozecore.EnterMessageParam `json:"additional_messages"`
	}
	if err := json.Unmarshal([]byte(log[0].Body), &body); err != nil || len(body.Messages) != 1 || body.Messages[0].Content != msg {
		t.Fatalf("sent body %s (%v)", log[0].Body, err)
	}
}

func TestE2ECreate(t *testing.T) {
	c := newClient(t, fakeServer(t))
	req := chatRequest("bot-7", "hi")
	req.ConversationID = "7400000000000000042"
	chat, err := c.Chat.Create(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if chat.ID() == "" || chat.BotID() != "bot-7" || chat.Status() != "in_progress" || chat.LogID() == "" {
		t.Fatalf("chat %+v", chat)
	}
	log := requestLog(t)
	if len(log) != 1 || log[0].Query["conversation_id"] != "7400000000000000042" {
		t.Fatalf("request log %+v", log)
	}
	if h := log[0].Headers["authorization"]; h == "" || strings.Contains(h, token) {
		t.Fatalf("authorization header as logged: %q", h)
	}
	if ua := log[0].Headers["user-agent"]; !strings.Contains(ua, "cozecore/") {
		t.Fatalf("user-agent %q", ua)
	}
}

func TestE2EDoRawOperation(t *testing.T) {
	c := newClient(t, fakeServer(t))
	res, err := c.Do(context.Background(), "chat.create", map[string]any{
		"bot_id": "b", "user_id": "u", "additional_messages": []any{},
	})
	if err != nil {
		t.Fatal(err)
	}
	var chat map[string]any
	if err := json.Unmarshal(res.Data, &chat); err != nil || chat["bot_id"] != "b" || res.LogID == "" {
		t.Fatalf("result %s %q (%v)", res.Data, res.LogID, err)
	}
}

func TestE2EUnauthorized(t *testing.T) {
	base := fakeServer(t)
	c := cozecore.NewClient(cozecore.WithToken("not-a-pat-secret"), cozecore.WithBaseURL(base), cozecore.WithMaxRetries(0))
	defer c.Close()
	for _, stream := range []bool{false, true} {
		var err error
		if stream {
			_, err = c.Chat.Stream(context.Background(), chatRequest("bot-1", "hi"))
		} else {
			_, err = c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
		}
		if !errors.Is(err, cozecore.ErrAuthentication) {
			t.Fatalf("stream=%v: %v", stream, err)
		}
		e := asError(t, err)
		if e.HTTPStatus != 401 || e.Code != 4100 || e.LogID == "" || e.Retryable {
			t.Fatalf("stream=%v: %+v", stream, e)
		}
		if strings.Contains(e.Error(), "not-a-pat-secret") {
			t.Fatalf("token in message: %v", e)
		}
		if errors.Is(err, cozecore.ErrPermissionDenied) {
			t.Fatal("matches another kind's sentinel")
		}
	}
}

func TestE2EConversationBusy(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	_, err := c.Chat.Create(context.Background(), chatRequest("busy", "hi"))
	if e := asError(t, err); e.Code != 4016 || e.HTTPStatus != 200 || e.LogID == "" {
		t.Fatalf("create: %+v", e)
	}
	_, err = c.Chat.Stream(context.Background(), chatRequest("busy", "hi"))
	if e := asError(t, err); e.Code != 4016 || !errors.Is(err, cozecore.ErrAPI) {
		t.Fatalf("stream: %+v", e)
	}
}

func TestE2EStreamErrorEvent(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	s, err := c.Chat.Stream(context.Background(), chatRequest("stream_error", "hi"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := readAll(s)
	if len(got.deltas) != 2 || !errors.Is(got.err, cozecore.ErrStream) {
		t.Fatalf("deltas %q, err %v", got.deltas, got.err)
	}
	if e := asError(t, got.err); e.Code != 5000 {
		t.Fatalf("%+v", e)
	}
}

func TestE2ETruncatedStream(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	s, err := c.Chat.Stream(context.Background(), chatRequest("truncated", "hi"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := readAll(s)
	if len(got.deltas) != 2 || !errors.Is(got.err, cozecore.ErrStream) {
		t.Fatalf("deltas %q, err %v", got.deltas, got.err)
	}
	asError(t, got.err)
}

func TestE2EConnectionResetMidStream(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	s, err := c.Chat.Stream(context.Background(), chatRequest("reset", "hi"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := readAll(s)
	if len(got.deltas) != 2 || !errors.Is(got.err, cozecore.ErrConnection) {
		t.Fatalf("deltas %q, err %v", got.deltas, got.err)
	}
	if e := asError(t, got.err); e.LogID == "" {
		t.Fatalf("no log id on a mid-stream failure: %+v", e)
	}
}

// createWithFault queues one fault, makes one chat.create without retries
// and checks that it fails as want with a typed error.
func createWithFault(t *testing.T, fault map[string]any, want error) {
	t.Helper()
	base := fakeServer(t)
	addFaults(t, fault)
	c := newClient(t, base, cozecore.WithMaxRetries(0))
	_, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	if !errors.Is(err, want) {
		t.Fatalf("%v", err)
	}
	asError(t, err)
}

func TestE2EResetBeforeAnswer(t *testing.T) {
	createWithFault(t, map[string]any{"reset": true}, cozecore.ErrConnection)
}

func TestE2ECancelMidStream(t *testing.T) {
	base := fakeServer(t)
	addFaults(t, map[string]any{"drip_ms": 1500})
	c := newClient(t, base)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, err := c.Chat.Stream(ctx, chatRequest("bot-1", "a long enough message to drip slowly"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	deltas := 0
	var cancelledAt time.Time
	for s.Next() {
		if s.Event().Type == cozecore.EventConversationMessageDelta {
			deltas++
			cancelledAt = time.Now()
			cancel()
		}
	}
	took := time.Since(cancelledAt)
	if deltas != 1 {
		t.Fatalf("%d deltas after cancel", deltas)
	}
	// Well under the drip interval: the cancellation did not wait for the next chunk.
	if took > 750*time.Millisecond {
		t.Fatalf("cancellation took %v", took)
	}
	err = s.Err()
	if !errors.Is(err, cozecore.ErrCancelled) || !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v", err)
	}
	asError(t, err)
}

func TestE2ECloseFromAnotherGoroutine(t *testing.T) {
	base := fakeServer(t)
	addFaults(t, map[string]any{"drip_ms": 2000})
	c := newClient(t, base)
	s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", "hello"))
	if err != nil {
		t.Fatal(err)
	}
	time.AfterFunc(100*time.Millisecond, func() { s.Close() })
	start := time.Now()
	for s.Next() {
		if s.Event().Type == cozecore.EventConversationMessageDelta {
			t.Fatal("a delta arrived before Close")
		}
	}
	if took := time.Since(start); took > time.Second {
		t.Fatalf("Close took effect after %v", took)
	}
	if s.Err() != nil {
		t.Fatalf("Err after Close: %v", s.Err())
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestE2EContextCancelledDuringRequest(t *testing.T) {
	base := fakeServer(t)
	addFaults(t, map[string]any{"stall_ms": 3000})
	c := newClient(t, base)
	createPastDeadline(t, c, 150*time.Millisecond, time.Second)
}

// createPastDeadline makes a chat.create whose context ends after timeout:
// it must fail as cancelled, with context.DeadlineExceeded, within limit.
func createPastDeadline(t *testing.T, c *cozecore.Client, timeout, limit time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	start := time.Now()
	_, err := c.Chat.Create(ctx, chatRequest("bot-1", "hi"))
	if !errors.Is(err, cozecore.ErrCancelled) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err %v", err)
	}
	if took := time.Since(start); took > limit {
		t.Fatalf("the call outlived its context by %v", took-timeout)
	}
}

func TestE2ERateLimited(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	_, err := c.Chat.Create(context.Background(), chatRequest("ratelimited", "hi"))
	if !errors.Is(err, cozecore.ErrRateLimited) {
		t.Fatalf("%v", err)
	}
	if e := asError(t, err); e.HTTPStatus != 429 || e.Code != 4013 || e.RetryAfterMs != 1000 || !e.Retryable {
		t.Fatalf("%+v", e)
	}
}

func TestE2EServerError(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	_, err := c.Chat.Create(context.Background(), chatRequest("broken", "hi"))
	if !errors.Is(err, cozecore.ErrServer) {
		t.Fatalf("%v", err)
	}
	if e := asError(t, err); e.HTTPStatus != 500 || e.Code != 5000 || !e.Retryable {
		t.Fatalf("%+v", e)
	}
}

func TestE2EMalformedAnswer(t *testing.T) {
	createWithFault(t, map[string]any{"malformed": true}, cozecore.ErrDecode)
}

func TestE2EFirstByteTimeout(t *testing.T) {
	base := fakeServer(t)
	addFaults(t, map[string]any{"stall_ms": 3000})
	c := newClient(t, base, cozecore.WithMaxRetries(0), cozecore.WithFirstByteTimeout(200*time.Millisecond))
	start := time.Now()
	_, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	if !errors.Is(err, cozecore.ErrTimeout) {
		t.Fatalf("%v", err)
	}
	if took := time.Since(start); took > 1500*time.Millisecond {
		t.Fatalf("timed out after %v", took)
	}
}

func TestE2EIdleTimeoutMidStream(t *testing.T) {
	base := fakeServer(t)
	addFaults(t, map[string]any{"drip_ms": 3000})
	c := newClient(t, base, cozecore.WithMaxRetries(0), cozecore.WithIdleTimeout(250*time.Millisecond))
	start := time.Now()
	s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", "hi"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := readAll(s)
	if !errors.Is(got.err, cozecore.ErrTimeout) || len(got.deltas) != 0 {
		t.Fatalf("deltas %q err %v", got.deltas, got.err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("timed out after %v", took)
	}
}

func TestE2EConnectionRefused(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	c := newClient(t, "http://"+addr, cozecore.WithMaxRetries(0))
	_, err = c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	if !errors.Is(err, cozecore.ErrConnection) {
		t.Fatalf("%v", err)
	}
	var opErr *net.OpError
	if !errors.As(err, &opErr) {
		t.Fatalf("the network error is not reachable with errors.As: %v", err)
	}
}

func TestE2EConcurrentStreams(t *testing.T) {
	c := newClient(t, fakeServer(t))
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			msg := strings.Repeat("ab", i+1)
			s, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", msg))
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			got := readAll(s)
			if got.err != nil {
				errs <- got.err
			} else if got.text() != "Echo: "+msg {
				errs <- errors.New("wrong text " + got.text())
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestE2ERetryThenSuccess(t *testing.T) {
	base := fakeServer(t)
	addFaults(t, map[string]any{"status": 503, "headers": map[string]string{"Retry-After": "0"},
		"body": map[string]any{"code": 5000, "msg": "overloaded"}})
	c := newClient(t, base)
	chat, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	if err != nil {
		t.Fatal(err)
	}
	if chat.Status() != "in_progress" {
		t.Fatalf("%+v", chat)
	}
	log := requestLog(t)
	if len(log) != 2 {
		t.Fatalf("%d requests, want 2", len(log))
	}
	if log[0].IdempotencyKey == nil || log[1].IdempotencyKey == nil || *log[0].IdempotencyKey != *log[1].IdempotencyKey {
		t.Fatalf("idempotency keys %v %v", log[0].IdempotencyKey, log[1].IdempotencyKey)
	}
}

func TestE2ECancelDuringRetrySleep(t *testing.T) {
	base := fakeServer(t)
	addFaults(t, map[string]any{"status": 429, "headers": map[string]string{"Retry-After": "5"},
		"body": map[string]any{"code": 4013, "msg": "slow down"}})
	c := newClient(t, base)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Chat.Create(ctx, chatRequest("bot-1", "hi"))
	if !errors.Is(err, cozecore.ErrCancelled) {
		t.Fatalf("%v", err)
	}
	if took := time.Since(start); took > 1500*time.Millisecond {
		t.Fatalf("the retry sleep was not interrupted: %v", took)
	}
	if n := len(requestLog(t)); n != 1 {
		t.Fatalf("%d requests", n)
	}
}
