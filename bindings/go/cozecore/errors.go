package cozecore

import (
	"fmt"
	"strings"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// Kind classifies an Error; the names are the same in every cozecore language.
type Kind string

const (
	KindBadRequest       Kind = "bad_request"
	KindAuthentication   Kind = "authentication"
	KindPermissionDenied Kind = "permission_denied"
	KindNotFound         Kind = "not_found"
	KindConflict         Kind = "conflict"
	KindUnprocessable    Kind = "unprocessable"
	KindRateLimited      Kind = "rate_limited"
	KindServer           Kind = "server"
	KindGateway          Kind = "gateway"
	KindTimeout          Kind = "timeout"
	KindConnection       Kind = "connection"
	KindCancelled        Kind = "cancelled"
	KindDecode           Kind = "decode"
	KindStream           Kind = "stream"
	KindAPI              Kind = "api"
	KindInvalidArgument  Kind = "invalid_argument"
	KindInternal         Kind = "internal"
)

// Sentinel errors, one per kind: errors.Is(err, cozecore.ErrRateLimited)
// holds for every *Error of that kind.
var (
	ErrBadRequest       error = &kindError{KindBadRequest}
	ErrAuthentication   error = &kindError{KindAuthentication}
	ErrPermissionDenied error = &kindError{KindPermissionDenied}
	ErrNotFound         error = &kindError{KindNotFound}
	ErrConflict         error = &kindError{KindConflict}
	ErrUnprocessable    error = &kindError{KindUnprocessable}
	ErrRateLimited      error = &kindError{KindRateLimited}
	ErrServer           error = &kindError{KindServer}
	ErrGateway          error = &kindError{KindGateway}
	ErrTimeout          error = &kindError{KindTimeout}
	ErrConnection       error = &kindError{KindConnection}
	ErrCancelled        error = &kindError{KindCancelled}
	ErrDecode           error = &kindError{KindDecode}
	ErrStream           error = &kindError{KindStream}
	ErrAPI              error = &kindError{KindAPI}
	ErrInvalidArgument  error = &kindError{KindInvalidArgument}
	ErrInternal         error = &kindError{KindInternal}
)

type kindError struct{ kind Kind }

func (k *kindError) Error() string { return "cozecore: " + string(k.kind) }

// Error is every failure of a call: what happened (Kind), what the server
// said (HTTPStatus, Code, Message, LogID) and whether trying again could help.
// Use errors.As to get it and errors.Is with the Err* sentinels to test its kind.
type Error struct {
	Kind         Kind
	HTTPStatus   int    // 0 when no response was received
	Code         int64  // Coze business code, 0 when none
	Message      string // never contains the token
	LogID        string // X-Tt-Logid of the answer, for support requests
	Retryable    bool   // whether a retry could succeed
	Attempts     int    // HTTP attempts made
	RetryAfterMs int64  // the server's requested delay, -1 when none
	Body         string // the answer's body when kept (bounded)
	// History lists every HTTP attempt sent, in order (empty when none was).
	History []Attempt

	cause error // the context error or transport error behind it, if any
}

// Attempt is one HTTP attempt of a failed call.
type Attempt struct {
	Number int // 1, 2, ...
	// Outcome is the HTTP status as text ("503"), or the transport failure
	// ("connect", "timeout", "reset", "tls"), or "cancelled".
	Outcome        string
	Kind           Kind   // the error kind this attempt ended with
	DurationMs     int64  // from sending the request to its failure
	DelayMs        int64  // the back-off slept after it before the next attempt; 0 for none
	IdempotencyKey string // sent with it; "" when none
	RequestID      string // its X-Client-Request-Id
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("cozecore: ")
	b.WriteString(string(e.Kind))
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	var details []string
	if e.HTTPStatus != 0 {
		details = append(details, fmt.Sprintf("http %d", e.HTTPStatus))
	}
	if e.Code != 0 {
		details = append(details, fmt.Sprintf("code %d", e.Code))
	}
	if e.LogID != "" {
		details = append(details, "logid "+e.LogID)
	}
	if len(details) > 0 {
		b.WriteString(" (")
		b.WriteString(strings.Join(details, ", "))
		b.WriteString(")")
	}
	return b.String()
}

// Is reports whether target is the sentinel of e's kind.
func (e *Error) Is(target error) bool {
	k, ok := target.(*kindError)
	return ok && k.kind == e.Kind
}

// Unwrap gives the cause: context.Canceled or context.DeadlineExceeded for a
// call cancelled through its context, the network error for a transport failure.
func (e *Error) Unwrap() error { return e.cause }

func errorFromCore(c core.Error, cause error) *Error {
	var history []Attempt
	if len(c.History) > 0 {
		history = make([]Attempt, len(c.History))
		for i, a := range c.History {
			history[i] = Attempt{
				Number:         a.Number,
				Outcome:        a.Outcome,
				Kind:           Kind(a.Kind),
				DurationMs:     a.DurationMs,
				DelayMs:        a.DelayMs,
				IdempotencyKey: a.IdempotencyKey,
				RequestID:      a.RequestID,
			}
		}
	}
	return &Error{
		Kind:         Kind(c.Kind),
		HTTPStatus:   c.HTTPStatus,
		Code:         c.Code,
		Message:      c.Message,
		LogID:        c.LogID,
		Retryable:    c.Retryable,
		Attempts:     c.Attempts,
		RetryAfterMs: c.RetryAfterMs,
		Body:         c.Body,
		History:      history,
		cause:        cause,
	}
}

func newError(kind Kind, message string, cause error) *Error {
	return &Error{Kind: kind, Message: message, RetryAfterMs: -1, cause: cause}
}
