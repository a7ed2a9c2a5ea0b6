package cozecore

import (
	"encoding/json"
	"sort"
	"time"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// WithTimeout bounds a whole call, attempts and retry sleeps included. For
// a client it is the default of every call (default none; streams too, so
// leave it unset for long streams); for one call it overrides that. <= 0:
// none. A context deadline works too, as a cancellation.
func WithTimeout(d time.Duration) ClientOrCallOption {
	return bothOption{
		client: func(s *settings) { s.config["total_timeout_ms"] = durationMs(d) },
		call:   callTimeout(d),
	}
}

// WithMaxRetries sets how many times a failed request may be retried: for
// a client (default 2) or for one call.
func WithMaxRetries(n int) ClientOrCallOption {
	return bothOption{
		client: func(s *settings) { s.config["max_retries"] = n },
		call:   callMaxRetries(n),
	}
}

// WithHeader adds a header to every request of a client, or to the
// requests of one call.
func WithHeader(name, value string) ClientOrCallOption {
	return bothOption{
		client: func(s *settings) { s.headers = append(s.headers, core.Header{Name: name, Value: value}) },
		call:   callHeader(name, value),
	}
}

// WithCallTimeout bounds this call, attempts and retry sleeps included
// (WithTimeout does the same).
func WithCallTimeout(d time.Duration) CallOption { return callTimeout(d) }

// WithCallMaxRetries overrides the client's retry count for this call
// (WithMaxRetries does the same).
func WithCallMaxRetries(n int) CallOption { return callMaxRetries(n) }

// WithCallHeader adds a header to this call's requests (WithHeader does the same).
func WithCallHeader(name, value string) CallOption { return callHeader(name, value) }

func callTimeout(d time.Duration) callOption {
	return func(s *callSettings) {
		if ms, ok := durationMs(d).(int64); ok {
			s.opts.TimeoutMs = ms
		}
	}
}

func callMaxRetries(n int) callOption {
	return func(s *callSettings) { s.opts.MaxRetries = n }
}

func callHeader(name, value string) callOption {
	return func(s *callSettings) { s.opts.Headers = append(s.opts.Headers, core.Header{Name: name, Value: value}) }
}

// WithExtraHeaders adds headers the API description lacks to this call's
// requests.
func WithExtraHeaders(headers map[string]string) CallOption {
	return callOption(func(s *callSettings) { s.opts.Headers = append(s.opts.Headers, sortedPairs(headers)...) })
}

// WithExtraQuery adds query parameters the API description lacks to this
// call's requests, sent as given (URL-encoded by the core).
func WithExtraQuery(query map[string]string) CallOption {
	return callOption(func(s *callSettings) { s.opts.ExtraQuery = append(s.opts.ExtraQuery, sortedPairs(query)...) })
}

// WithExtraBody merges keys the API description lacks into this call's
// JSON body (a later WithExtraBody adds to an earlier one).
func WithExtraBody(fields map[string]any) CallOption {
	return callOption(func(s *callSettings) {
		merged := map[string]any{}
		if s.opts.ExtraBody != "" {
			if err := json.Unmarshal([]byte(s.opts.ExtraBody), &merged); err != nil && s.err == nil {
				s.err = err
			}
		}
		for k, v := range fields {
			merged[k] = v
		}
		b, err := marshalJSON(merged)
		if err != nil {
			if s.err == nil {
				s.err = err
			}
			return
		}
		s.opts.ExtraBody = string(b)
	})
}

// WithIdempotencyKey sends key as this call's idempotency key (by default
// each call gets a fresh ULID, the same on all its attempts).
// A pager refuses it: each page request gets its own key.
func WithIdempotencyKey(key string) CallOption { return idempotencyKey(key) }

type idempotencyKey string

func (k idempotencyKey) applyCall(s *callSettings) {
	s.opts.Idempotency, s.opts.IdempotencyKey = true, string(k)
}

// WithoutIdempotencyKey sends no idempotency key with this call.
func WithoutIdempotencyKey() CallOption {
	return callOption(func(s *callSettings) { s.opts.Idempotency, s.opts.IdempotencyKey = false, "" })
}

// WithTraceparent sends a W3C trace context (traceparent header) with every
// attempt of this call. A malformed value fails the call with
// ErrInvalidArgument before anything is sent.
func WithTraceparent(traceparent string) CallOption {
	return callOption(func(s *callSettings) { s.opts.Traceparent = traceparent })
}

// WithTracestate sends a W3C tracestate header beside the traceparent.
func WithTracestate(tracestate string) CallOption {
	return callOption(func(s *callSettings) { s.opts.Tracestate = tracestate })
}

// sortedPairs lists a map as name/value pairs in name order, so that
// requests are the same from one run to the next.
func sortedPairs(m map[string]string) []core.Header {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	out := make([]core.Header, len(names))
	for i, k := range names {
		out[i] = core.Header{Name: k, Value: m[k]}
	}
	return out
}

// Ptr returns a pointer to v, for the optional number and boolean
// parameters: cozecore.ConversationsMessagesListParams{Limit: cozecore.Ptr[int64](20)}.
func Ptr[T any](v T) *T { return &v }

// decoded turns what the core decoded into a record, or its error.
func decoded(d core.Decoded) (*record, error) {
	if d.Error.Kind != "" {
		return nil, errorFromCore(d.Error, nil)
	}
	r := newRecord(d.Record)
	if r == nil {
		return nil, newError(KindInternal, "the core handed over a malformed record", nil)
	}
	return r, nil
}

// decodeModel reads text as the model named model (the generated Parse functions).
func decodeModel(model, text string) (*record, error) { return decoded(core.DecodeModel(model, text)) }

func unknownModel(name string) error {
	return newError(KindInvalidArgument, "unknown model "+name, nil)
}

// ParseModel reads text as the model named name ("Chat", ...) through its
// generated Parse function (ParseChat, ...).
func ParseModel(name, text string) (Viewer, error) { return parseModel(name, text) }

// DecodeResponse reads a whole non-stream answer of op (its HTTP status
// and body) as the call would: the typed value its method returns (a model
// view, a slice, nil for operations without a result), or the error the
// answer means.
func DecodeResponse(op string, status int, body string) (any, error) {
	r, err := decoded(core.DecodeResponse(op, status, body))
	if err != nil {
		return nil, err
	}
	v, ok := decodeResult(op, r)
	if !ok {
		return nil, newError(KindInvalidArgument, op+" has no JSON result", nil)
	}
	return v, nil
}
