package cozecore

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// One HTTP attempt runs in its own goroutine and reports what happens, in
// order, on an unbuffered channel: the response head, each body chunk as
// Read returns it, then the end or a transport error. The channel hand-off
// is the back-pressure: at most one chunk is read ahead of the core.

type feedKind int

const (
	feedHead feedKind = iota
	feedChunk
	feedEnd
	feedError
	feedSourceError // an upload source could not be read while sending
)

// coreHeaders are h's headers as the core takes them: names in lower case,
// in name order (so the core's first-match look-ups are the same from one
// run to the next), each name's values in their order.
func coreHeaders(h http.Header) []core.Header {
	names := make([]string, 0, len(h))
	n := 0
	for name, values := range h {
		names = append(names, name)
		n += len(values)
	}
	slices.Sort(names)
	out := make([]core.Header, 0, n)
	for _, name := range names {
		lower := strings.ToLower(name)
		for _, v := range h[name] {
			out = append(out, core.Header{Name: lower, Value: v})
		}
	}
	return out
}

type transportFeed struct {
	kind    feedKind
	status  int
	headers []core.Header
	chunk   []byte
	errKind string // connect, timeout, reset, tls, aborted
	err     error
	source  string // feedSourceError: the source's id
}

type attempt struct {
	cancel context.CancelFunc
	feed   chan transportFeed // closed when the goroutine is done
}

type connectTimeoutKey struct{}

// startAttempt sends req with hc under a context derived from parent;
// cancelling the attempt aborts the request and closes the body. upload,
// when not nil, is the request's body with its sources spliced in.
func startAttempt(parent context.Context, hc *http.Client, req core.Request, upload *uploadBody) *attempt {
	ctx, cancel := context.WithCancel(parent)
	a := &attempt{cancel: cancel, feed: make(chan transportFeed)}
	go runAttempt(ctx, hc, req, upload, a.feed)
	return a
}

func runAttempt(ctx context.Context, hc *http.Client, req core.Request, upload *uploadBody, out chan<- transportFeed) {
	defer close(out)
	if upload != nil {
		defer upload.Close()
	}
	send := func(f transportFeed) bool {
		select {
		case out <- f:
			return true
		case <-ctx.Done():
			return false
		}
	}
	if req.ConnectTimeoutMs > 0 {
		ctx = context.WithValue(ctx, connectTimeoutKey{}, time.Duration(req.ConnectTimeoutMs)*time.Millisecond)
	}
	var body io.Reader = http.NoBody
	if upload != nil {
		body = upload
	} else if req.Body != "" {
		body = strings.NewReader(req.Body)
	}
	hreq, err := http.NewRequestWithContext(ctx, req.Method, req.URL, body)
	if err != nil {
		send(transportFeed{kind: feedError, errKind: "connect", err: err})
		return
	}
	if upload != nil {
		// Content-Length when the core knows every size, else chunked (-1).
		hreq.ContentLength = max(req.BodySize, -1)
		if len(req.Sources) == 0 {
			hreq.ContentLength = int64(len(req.Body))
		}
		if hreq.ContentLength == 0 {
			hreq.Body = http.NoBody
		}
	}
	// net/http resends a request with a body and an Idempotency-Key header by
	// itself when a reused connection dies before the answer: a hidden attempt
	// the core never counted. Retrying is the core's job, so the body is not
	// replayable.
	hreq.GetBody = nil
	for _, h := range req.Headers {
		if strings.EqualFold(h.Name, "Host") {
			hreq.Host = h.Value
			continue
		}
		hreq.Header.Add(h.Name, h.Value)
	}
	if hreq.Header.Get("User-Agent") == "" {
		hreq.Header["User-Agent"] = []string{""} // no Go default
	}
	resp, err := hc.Do(hreq)
	if err != nil && upload != nil && ctx.Err() == nil {
		if f := upload.failed(); f != nil {
			send(transportFeed{kind: feedSourceError, source: f.id, err: f.err})
			return
		}
	}
	if err != nil {
		send(transportFeed{kind: feedError, errKind: attemptErrorKind(ctx, err), err: err})
		return
	}
	defer resp.Body.Close()
	if !send(transportFeed{kind: feedHead, status: resp.StatusCode, headers: coreHeaders(resp.Header)}) {
		return
	}
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		if n > 0 {
			chunk := make([]byte, n)
			copy(chunk, buf[:n])
			if !send(transportFeed{kind: feedChunk, chunk: chunk}) {
				return
			}
		}
		if err == io.EOF {
			send(transportFeed{kind: feedEnd})
			return
		}
		if err != nil {
			send(transportFeed{kind: feedError, errKind: attemptErrorKind(ctx, err), err: err})
			return
		}
	}
}

// attemptErrorKind is "aborted" when the attempt's own context ended (the
// call was cancelled or finished), else the failure's transportKind.
func attemptErrorKind(ctx context.Context, err error) string {
	if ctx.Err() != nil {
		return "aborted"
	}
	return transportKind(err)
}

// transportKind names a net/http failure for Call.on_transport_error.
// Timeouts are "timeout" (a connect timeout too, as in the other targets);
// other failures while connecting are "connect".
func transportKind(err error) string {
	var (
		recordErr  tls.RecordHeaderError
		alertErr   tls.AlertError
		verifyErr  *tls.CertificateVerificationError
		unknownCA  x509.UnknownAuthorityError
		hostErr    x509.HostnameError
		invalidErr x509.CertificateInvalidError
	)
	if errors.As(err, &recordErr) || errors.As(err, &alertErr) || errors.As(err, &verifyErr) ||
		errors.As(err, &unknownCA) || errors.As(err, &hostErr) || errors.As(err, &invalidErr) {
		return "tls"
	}
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		return "timeout"
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Op == "dial" {
		return "connect"
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH) {
		return "connect"
	}
	if strings.Contains(err.Error(), "tls:") {
		return "tls"
	}
	return "reset"
}

// transportMessage is the text given to the core: the network error without
// the request line net/http puts in front of it.
func transportMessage(err error) string {
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "the connection closed in the middle of the answer (" + err.Error() + ")"
	}
	return err.Error()
}

func newHTTPClient() *http.Client {
	dialer := &net.Dialer{KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		Proxy: http.ProxyFromEnvironment,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			if d, ok := ctx.Value(connectTimeoutKey{}).(time.Duration); ok && d > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, d)
				defer cancel()
			}
			return dialer.DialContext(ctx, network, addr)
		},
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   100, // Go's default of 2 makes a client shared by many goroutines reconnect
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
		// Bytes reach the core as sent: no transparent gunzip buffering a stream.
		DisableCompression: true,
	}
	return &http.Client{
		Transport: tr,
		// Redirects are never followed (no credential reaches a host the
		// user did not name): the core sees every answer, a 3xx included,
		// and fails the call with it. TLS certificates are always verified
		// (the default TLS config; there is no option to turn that off).
		CheckRedirect: noRedirect,
	}
}

// noRedirect makes net/http hand a 3xx answer back as it is instead of
// following it.
func noRedirect(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
