package conformance

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// ---- errors ----------------------------------------------------------------
//
// One HTTP answer through cozecore.AnswerError (the core's executor, then
// the package's own error mapping), checked as Go code sees it: errors.As
// to *cozecore.Error, errors.Is with the kind's sentinel, Error() as the
// message and the hint, and the fields against expect
// (tests/vectors/README.md, "errors").

// sentinels is the sentinel of each kind, written out apart from the
// package's own mapping.
var sentinels = map[string]error{
	"bad_request":       cozecore.ErrBadRequest,
	"authentication":    cozecore.ErrAuthentication,
	"permission_denied": cozecore.ErrPermissionDenied,
	"not_found":         cozecore.ErrNotFound,
	"conflict":          cozecore.ErrConflict,
	"unprocessable":     cozecore.ErrUnprocessable,
	"rate_limited":      cozecore.ErrRateLimited,
	"server":            cozecore.ErrServer,
	"gateway":           cozecore.ErrGateway,
	"timeout":           cozecore.ErrTimeout,
	"connection":        cozecore.ErrConnection,
	"cancelled":         cozecore.ErrCancelled,
	"decode":            cozecore.ErrDecode,
	"stream":            cozecore.ErrStream,
	"api":               cozecore.ErrAPI,
	"invalid_argument":  cozecore.ErrInvalidArgument,
	"internal":          cozecore.ErrInternal,
	"circuit_open":      cozecore.ErrCircuitOpen,
}

var errorFields = map[string]bool{
	"kind": true, "retryable": true, "http_status": true, "code": true, "message": true, "logid": true,
	"retry_after_ms": true, "hint": true, "error_code": true, "body": true, "attempts": true,
	"request_id": true, "history": true, "severity": true,
}

// answerBody is the vector's body, or body_repeat {before, text, times, after} expanded.
func answerBody(resp map[string]any) (string, error) {
	r, ok := resp["body_repeat"]
	if !ok {
		body, _ := resp["body"].(string)
		return body, nil
	}
	rep, ok := r.(map[string]any)
	if !ok {
		return "", errors.New("malformed vector: body_repeat is not an object")
	}
	text, err := str(rep, "text")
	if err != nil {
		return "", err
	}
	times, err := intField(rep, "times")
	if err != nil {
		return "", err
	}
	if times < 0 || times > 100_000_000 {
		return "", errors.New("malformed vector: body_repeat.times out of range")
	}
	before, _ := rep["before"].(string)
	after, _ := rep["after"].(string)
	return before + strings.Repeat(text, int(times)) + after, nil
}

func checkErrors(v map[string]any) error {
	resp, err := obj(v, "response")
	if err != nil {
		return err
	}
	status, err := intField(resp, "status")
	if err != nil {
		return err
	}
	headers := http.Header{}
	if err := eachHeader(resp["headers"], func(name, value string) {
		headers[name] = append(headers[name], value) // names as the vector spells them
	}); err != nil {
		return err
	}
	body, err := answerBody(resp)
	if err != nil {
		return err
	}
	method, stream := "POST", false
	if req, ok := v["request"].(map[string]any); ok {
		if m, ok := req["method"].(string); ok {
			method = m
		}
		stream, _ = req["stream"].(bool)
	}
	wallMs := int64(-1)
	if _, ok := v["wall_ms"]; ok {
		if wallMs, err = intField(v, "wall_ms"); err != nil {
			return err
		}
	}
	want, err := obj(v, "expect")
	if err != nil {
		return err
	}

	got := cozecore.AnswerError(method, stream, int(status), headers, body, wallMs)
	if got == nil {
		if k, ok := want["kind"].(string); !ok || k != "" {
			return fmt.Errorf("expected kind %s, the answer was a success", show(want["kind"]))
		}
		return nil
	}
	var e *cozecore.Error
	if !errors.As(got, &e) {
		return fmt.Errorf("errors.As found no *cozecore.Error in %T: %v", got, got)
	}
	sentinel, ok := sentinels[string(e.Kind)]
	if !ok || !errors.Is(got, sentinel) {
		return fmt.Errorf("kind %s: errors.Is does not match its sentinel", e.Kind)
	}
	for kind, other := range sentinels {
		if kind != string(e.Kind) && errors.Is(got, other) {
			return fmt.Errorf("kind %s also matches the sentinel of %s", e.Kind, kind)
		}
	}
	text := e.Message
	if e.Hint != "" {
		text += " (" + e.Hint + ")"
	}
	if got.Error() != text {
		return fmt.Errorf("Error(): expected %q, got %q", text, got.Error())
	}
	actual := map[string]any{
		"kind":           string(e.Kind),
		"retryable":      e.Retryable,
		"http_status":    int64(e.HTTPStatus),
		"code":           e.Code,
		"message":        e.Message,
		"logid":          e.LogID,
		"retry_after_ms": e.RetryAfterMs,
		"hint":           e.Hint,
		"error_code":     e.ErrorCode,
		"body":           e.Body,
		"attempts":       int64(e.Attempts),
		"request_id":     e.RequestID,
		"history":        historyList(e.History),
		"severity":       string(e.Severity),
	}
	plain := map[string]any{}
	for _, key := range sortedKeys(want) {
		x := want[key]
		switch key {
		case "message_contains", "hint_contains":
			field := "message"
			if key == "hint_contains" {
				field = "hint"
			}
			needle, ok := x.(string)
			if !ok {
				return fmt.Errorf("malformed vector: %s is not a string", key)
			}
			if have := actual[field].(string); !strings.Contains(have, needle) {
				return fmt.Errorf("error.%s: expected to contain %q, got %q", field, needle, have)
			}
		case "message_max_bytes", "body_max_bytes":
			field := "message"
			if key == "body_max_bytes" {
				field = "body"
			}
			limit, err := integer(x)
			if err != nil {
				return err
			}
			have := actual[field].(string)
			if !utf8.ValidString(have) {
				return fmt.Errorf("error.%s: not valid UTF-8", field)
			}
			if int64(len(have)) > limit {
				return fmt.Errorf("error.%s: %d bytes, more than %d", field, len(have), limit)
			}
		default:
			if !errorFields[key] {
				return fmt.Errorf("malformed vector: unknown expect key %s", key)
			}
			plain[key] = x
		}
	}
	if why := subset(plain, actual, "error"); why != "" {
		return errors.New(why)
	}
	return nil
}

// historyList is the attempt history with the core's field names.
func historyList(h []cozecore.Attempt) []any {
	out := make([]any, 0, len(h))
	for _, a := range h {
		out = append(out, map[string]any{
			"number":          int64(a.Number),
			"outcome":         a.Outcome,
			"kind":            string(a.Kind),
			"duration_ms":     a.DurationMs,
			"delay_ms":        a.DelayMs,
			"idempotency_key": a.IdempotencyKey,
			"request_id":      a.RequestID,
		})
	}
	return out
}
