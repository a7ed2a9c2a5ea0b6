package cozecore

import (
	"net/http"

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
	// KindCircuitOpen: the client's own circuit breaker (WithBreaker) refused
	// the attempt; nothing was sent. RetryAfterMs is the time it stays open.
	KindCircuitOpen Kind = "circuit_open"
	// KindTool: Chat.RunTools stopped over a local tool: the bot asked for
	// tools more than WithMaxRounds times, or, with WithToolErrors(ToolErrorsFail),
	// a call named an unknown tool, had invalid arguments, or its function
	// failed or timed out (the core cancels the chat first). Not retryable;
	// severity warning. Message says which tool and why.
	KindTool Kind = "tool"
)

// Severity says how bad an error is, from one table in the core (kind x
// HTTP status x whether the call stopped because its retries ran out); hook
// events carry it too.
type Severity string

const (
	// SeverityInfo: nothing is wrong with the service or the client:
	// cancelled, not_found, circuit_open (the client protecting the service).
	SeverityInfo Severity = "info"
	// SeverityWarning: everything else, e.g. a 400 or 409, or a service
	// failure that was not retried for another reason (a stream that had
	// already delivered events, a POST without an idempotency key).
	SeverityWarning Severity = "warning"
	// SeverityCritical: authentication, permission_denied, internal, HTTP
	// 501, and a service failure (server, gateway, timeout, connection,
	// rate_limited) once its retries ran out (the attempts, the retry budget
	// or the deadline; also with retries off).
	SeverityCritical Severity = "critical"
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
	ErrCircuitOpen      error = &kindError{KindCircuitOpen}
	ErrTool             error = &kindError{KindTool}
)

type kindError struct{ kind Kind }

func (k *kindError) Error() string { return "cozecore: " + string(k.kind) }

// Error is every failure of a call: what happened (Kind), what the server
// said (HTTPStatus, Code, Message, LogID), what to do about it (Hint) and
// whether trying again could help. Use errors.As to get it and errors.Is
// with the Err* sentinels to test its kind. Error() is the message, then
// the hint in parentheses when there is one.
type Error struct {
	Kind       Kind
	HTTPStatus int   // 0 when no response was received
	Code       int64 // Coze business code, 0 when none
	// Message is the server's own text, or a short one ("HTTP 502 bad
	// gateway"); it never contains the token.
	Message string
	// Hint says what to do when the core knows (the region, api.coze.com vs
	// api.coze.cn, for an invalid token); "" when it has nothing to add.
	Hint         string
	ErrorCode    string // an OAuth answer's error_code ("authorization_pending"), "" when none
	RequestID    string // X-Client-Request-Id of the last attempt, "" when none was sent
	LogID        string // X-Tt-Logid of the answer, for support requests
	Retryable    bool   // whether a retry could succeed
	Attempts     int    // HTTP attempts made
	RetryAfterMs int64  // the server's requested delay (circuit_open: the time left open), -1 when none
	Body         string // the answer's body when kept (bounded)
	// Severity is how bad the failure is (SeverityInfo, SeverityWarning or
	// SeverityCritical), from the core's table, on every Error.
	Severity Severity
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

// Error is the message, then the hint in parentheses when there is one
// (the kind when there is no message), as every cozecore language writes
// it (the core's error_text).
func (e *Error) Error() string { return core.ErrorText(string(e.Kind), e.Message, e.Hint) }

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
		Hint:         c.Hint,
		ErrorCode:    c.ErrorCode,
		RequestID:    c.RequestID,
		LogID:        c.LogID,
		Retryable:    c.Retryable,
		Attempts:     c.Attempts,
		RetryAfterMs: c.RetryAfterMs,
		Severity:     Severity(c.Severity),
		Body:         c.Body,
		History:      history,
		cause:        cause,
	}
}

func newError(kind Kind, message string, cause error) *Error {
	return &Error{Kind: kind, Message: message, RetryAfterMs: -1, cause: cause,
		Severity: Severity(core.ErrorSeverity(string(kind), 0, false))}
}

// AnswerError is the error a call fails with when the server gives this one
// answer (HTTP status, headers, body), mapped by the core's executor with no
// retry as if a method request (a stream request when stream) had received
// it: a *Error, or nil when the call would succeed. wallMs, a unix time in
// ms (-1: unknown), lets an HTTP-date Retry-After count.
func AnswerError(method string, stream bool, status int, headers http.Header, body string, wallMs int64) error {
	c := core.AnswerError(method, stream, status, coreHeaders(headers), body, wallMs)
	if c.Kind == "" {
		return nil
	}
	return errorFromCore(c, nil)
}
