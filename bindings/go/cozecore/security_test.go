package cozecore_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// Security through the real driver: redirects are never followed, and an
// http:// base URL on another machine is refused before anything is sent
// unless WithAllowInsecureHTTP is set (README "Security").

// checkRedirectRefused queues one 302 to location, makes one call and
// checks it failed with the api error naming location, after exactly one
// request (the redirect was neither followed nor retried).
func checkRedirectRefused(t *testing.T, c *cozecore.Client, location string, stream bool) {
	t.Helper()
	addFaults(t, map[string]any{"status": 302, "headers": map[string]any{"Location": location}, "body": ""})
	var err error
	if stream {
		var s *cozecore.Stream
		s, err = c.Chat.Stream(context.Background(), chatRequest("bot-1", "hi"))
		if err == nil {
			for s.Next() {
			}
			err = s.Err()
			s.Close()
		}
	} else {
		_, err = c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	}
	if !errors.Is(err, cozecore.ErrAPI) {
		t.Fatalf("want ErrAPI, got %v", err)
	}
	e := asError(t, err)
	want := "HTTP 302 redirect to " + location + ", not followed"
	if e.Message != want || e.HTTPStatus != 302 || e.Retryable || e.Attempts != 1 {
		t.Fatalf("error %+v, want message %q, status 302, not retryable, 1 attempt", e, want)
	}
	log := requestLog(t)
	if len(log) != 1 || log[0].Path != "/v3/chat" {
		t.Fatalf("want exactly the one POST /v3/chat, got %+v", log)
	}
}

func TestSecurityRedirectNotFollowed(t *testing.T) {
	base := fakeServer(t)
	// Several retries allowed: a redirect is still not retried.
	c := newClient(t, base, cozecore.WithMaxRetries(3))
	checkRedirectRefused(t, c, "http://127.0.0.1:1/elsewhere", false)

	// To the fake itself: following it would show in the fake's log.
	control(t, "POST", "/_fake/reset", nil)
	checkRedirectRefused(t, c, base+"/v3/chat?followed=1", false)

	control(t, "POST", "/_fake/reset", nil)
	checkRedirectRefused(t, c, base+"/v3/chat?followed=1", true)
}

// A caller's own http.Client follows redirects by default; the driver
// sends with a copy that does not, and leaves the caller's as it was.
func TestSecurityRedirectNotFollowedWithCallersHTTPClient(t *testing.T) {
	base := fakeServer(t)
	hc := &http.Client{}
	c := newClient(t, base, cozecore.WithHTTPClient(hc), cozecore.WithMaxRetries(2))
	if hc.CheckRedirect != nil {
		t.Fatal("WithHTTPClient changed the caller's http.Client")
	}
	checkRedirectRefused(t, c, base+"/v3/chat?followed=1", false)
}

// recordingTransport records the requests it is asked to send and answers
// each with a connection error (nothing reaches the network).
type recordingTransport struct {
	mu   sync.Mutex
	urls []string
}

func (r *recordingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r.mu.Lock()
	r.urls = append(r.urls, req.URL.String())
	r.mu.Unlock()
	if req.Body != nil {
		req.Body.Close()
	}
	return nil, errors.New("recordingTransport: not sent")
}

func (r *recordingTransport) sent() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.urls...)
}

func TestSecurityInsecureHTTPRefused(t *testing.T) {
	rt := &recordingTransport{}
	c := newClient(t, "http://api.example.com", cozecore.WithHTTPClient(&http.Client{Transport: rt}),
		cozecore.WithMaxRetries(2))
	_, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	if !errors.Is(err, cozecore.ErrInvalidArgument) {
		t.Fatalf("want ErrInvalidArgument, got %v", err)
	}
	e := asError(t, err)
	if !strings.Contains(e.Message, "would send the token in clear text") ||
		!strings.Contains(e.Message, "allow_insecure_http") || e.Attempts != 0 ||
		strings.Contains(e.Error(), token) {
		t.Fatalf("error %+v", e)
	}
	if got := rt.sent(); len(got) != 0 {
		t.Fatalf("sent %q", got)
	}

	// The same client through the driver's own net/http client: refused
	// before any dial, so no network is needed and it returns at once.
	own := newClient(t, "http://api.example.com", cozecore.WithMaxRetries(2))
	start := time.Now()
	_, err = own.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	if !errors.Is(err, cozecore.ErrInvalidArgument) || time.Since(start) > 2*time.Second {
		t.Fatalf("want ErrInvalidArgument at once, got %v after %v", err, time.Since(start))
	}
}

func TestSecurityAllowInsecureHTTP(t *testing.T) {
	rt := &recordingTransport{}
	c := newClient(t, "http://api.example.com", cozecore.WithHTTPClient(&http.Client{Transport: rt}),
		cozecore.WithMaxRetries(0), cozecore.WithAllowInsecureHTTP(true))
	_, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	if err == nil || errors.Is(err, cozecore.ErrInvalidArgument) {
		t.Fatalf("want the transport's failure, got %v", err)
	}
	if e := asError(t, err); e.Attempts != 1 {
		t.Fatalf("attempts %d: %+v", e.Attempts, e)
	}
	if got := rt.sent(); len(got) != 1 || !strings.HasPrefix(got[0], "http://api.example.com/v3/chat") {
		t.Fatalf("sent %q", got)
	}

	// With the driver's own client to an unroutable address (TEST-NET-1):
	// it tries to connect and fails as a connection error or a timeout.
	own := newClient(t, "http://192.0.2.1:9", cozecore.WithMaxRetries(0), cozecore.WithAllowInsecureHTTP(true),
		cozecore.WithConnectTimeout(300*time.Millisecond))
	_, err = own.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	if !errors.Is(err, cozecore.ErrConnection) && !errors.Is(err, cozecore.ErrTimeout) {
		t.Fatalf("want a connection error or timeout, got %v", err)
	}
	if e := asError(t, err); e.Attempts != 1 {
		t.Fatalf("attempts %d: %+v", e.Attempts, e)
	}

	// false is the default: refused again.
	off := newClient(t, "http://api.example.com", cozecore.WithAllowInsecureHTTP(false))
	if _, err := off.Chat.Create(context.Background(), chatRequest("bot-1", "hi")); !errors.Is(err, cozecore.ErrInvalidArgument) {
		t.Fatalf("want ErrInvalidArgument, got %v", err)
	}
}
