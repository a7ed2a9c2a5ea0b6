package conformance

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// ---- sse -------------------------------------------------------------------

type sseOutcome struct {
	events  []core.SseEvent
	retryMs int64
	err     string
}

func runSse(chunks [][]byte, maxEventBytes int64) sseOutcome {
	p := core.NewSseParser(maxEventBytes)
	defer p.Free()
	var out sseOutcome
	for _, c := range chunks {
		p.Feed(c)
		out.events = append(out.events, p.TakeEvents()...)
	}
	p.Finish()
	out.events = append(out.events, p.TakeEvents()...)
	out.retryMs = p.RetryMs()
	out.err = p.Error()
	return out
}

func checkSse(v map[string]any) error {
	chunks, err := decodeChunks(v)
	if err != nil {
		return err
	}
	var maxBytes int64
	if cfg, ok := v["config"].(map[string]any); ok {
		if m, ok := cfg["max_event_bytes"]; ok {
			if maxBytes, err = integer(m); err != nil {
				return err
			}
			if maxBytes <= 0 {
				return fmt.Errorf("malformed vector: max_event_bytes %d", maxBytes)
			}
		}
	}
	want, err := arr(v, "events")
	if err != nil {
		return err
	}
	var bytewise [][]byte
	for _, c := range chunks {
		for i := range c {
			bytewise = append(bytewise, c[i:i+1])
		}
	}
	for _, run := range []struct {
		label  string
		chunks [][]byte
	}{{"chunked", chunks}, {"byte by byte", bytewise}} {
		got := runSse(run.chunks, maxBytes)
		if len(got.events) != len(want) {
			return fmt.Errorf("%s: expected %d events, got %d: %s", run.label, len(want), len(got.events), show(got.events))
		}
		for i, w := range want {
			wm, ok := w.(map[string]any)
			if !ok {
				return errors.New("malformed vector: event is not an object")
			}
			g := got.events[i]
			for _, f := range []struct{ key, got string }{{"type", g.Type}, {"data", g.Data}, {"id", g.ID}} {
				exp := ""
				if x, ok := wm[f.key]; ok {
					if exp, ok = x.(string); !ok {
						return fmt.Errorf("malformed vector: event %s is not a string", f.key)
					}
				}
				if exp != f.got {
					return fmt.Errorf("%s: event %d %s: expected %q, got %q", run.label, i, f.key, exp, f.got)
				}
			}
		}
		if r, ok := v["retry_ms"]; ok {
			exp, err := integer(r)
			if err != nil {
				return err
			}
			if exp != got.retryMs {
				return fmt.Errorf("%s: retry_ms: expected %d, got %d", run.label, exp, got.retryMs)
			}
		}
		expErr := ""
		if e, ok := v["error"]; ok {
			if expErr, ok = e.(string); !ok {
				return errors.New("malformed vector: \"error\" is not a string")
			}
		}
		if expErr != got.err {
			return fmt.Errorf("%s: error: expected %q, got %q", run.label, expErr, got.err)
		}
	}
	return nil
}

// ---- ulid ------------------------------------------------------------------

func ulidMatches(r core.UlidResult, v map[string]any, expect func(core.UlidResult) error) error {
	if e, ok := v["error"]; ok {
		name, ok := e.(string)
		if !ok {
			return errors.New("malformed vector: \"error\" is not a string")
		}
		if r.OK || r.Error != name {
			return fmt.Errorf("expected error %q, got %s", name, showUlid(r))
		}
		return nil
	}
	if !r.OK {
		return fmt.Errorf("unexpected error %q", r.Error)
	}
	return expect(r)
}

func showUlid(r core.UlidResult) string {
	if !r.OK {
		return "error " + r.Error
	}
	return fmt.Sprintf("%s (timestamp_ms %d, randomness_hex %s)", r.Text, r.TimestampMs, r.RandomnessHex)
}

func checkUlid(v map[string]any) error {
	switch {
	case v["encode"] != nil:
		enc, err := obj(v, "encode")
		if err != nil {
			return err
		}
		ts, err := intField(enc, "timestamp_ms")
		if err != nil {
			return err
		}
		hex, err := str(enc, "randomness_hex")
		if err != nil {
			return err
		}
		return ulidMatches(core.UlidEncode(ts, hex), v, func(r core.UlidResult) error {
			want, err := str(v, "expect")
			if err != nil {
				return err
			}
			if r.Text != want {
				return fmt.Errorf("expected %s, got %s", want, r.Text)
			}
			return nil
		})
	case v["decode"] != nil:
		text, err := str(v, "decode")
		if err != nil {
			return err
		}
		return ulidMatches(core.UlidDecode(text), v, func(r core.UlidResult) error {
			want, err := obj(v, "expect")
			if err != nil {
				return err
			}
			actual := map[string]any{"timestamp_ms": r.TimestampMs, "randomness_hex": r.RandomnessHex}
			if why := subset(want, actual, "expect"); why != "" {
				return errors.New(why)
			}
			return nil
		})
	case v["monotonic"] != nil:
		steps, err := arr(v, "monotonic")
		if err != nil {
			return err
		}
		want, err := arr(v, "expect")
		if err != nil {
			return err
		}
		if len(want) != len(steps) {
			return fmt.Errorf("malformed vector: %d steps, %d expectations", len(steps), len(want))
		}
		f := core.NewUlidFactory()
		defer f.Free()
		for i, s := range steps {
			step, ok := s.(map[string]any)
			if !ok {
				return errors.New("malformed vector: step is not an object")
			}
			ts, err := intField(step, "timestamp_ms")
			if err != nil {
				return err
			}
			hex, err := str(step, "randomness_hex")
			if err != nil {
				return err
			}
			r := f.Next(ts, hex)
			exp, ok := want[i].(string)
			if !ok {
				return errors.New("malformed vector: expectation is not a string")
			}
			if name, isErr := strings.CutPrefix(exp, "error:"); isErr {
				if r.OK || r.Error != name {
					return fmt.Errorf("step %d: expected error %q, got %s", i, name, showUlid(r))
				}
			} else if !r.OK || r.Text != exp {
				return fmt.Errorf("step %d: expected %s, got %s", i, exp, showUlid(r))
			}
		}
		return nil
	}
	return errors.New("malformed vector: none of encode, decode, monotonic")
}

// ---- errors ----------------------------------------------------------------

// errorMap is the error's fields as the core's error_json writes them
// (history included).
func errorMap(e core.Error) any {
	var m any
	if err := decode([]byte(e.JSON), &m); err != nil {
		return "error_json is not JSON: " + e.JSON
	}
	return m
}

// matchError compares an error with an expected subset that may also hold
// message_contains.
func matchError(want map[string]any, e core.Error) error {
	rest := make(map[string]any, len(want))
	for k, x := range want {
		rest[k] = x
	}
	if needle, ok := rest["message_contains"]; ok {
		s, ok := needle.(string)
		if !ok {
			return errors.New("malformed vector: message_contains is not a string")
		}
		if !strings.Contains(e.Message, s) {
			return fmt.Errorf("error.message: expected to contain %q, got %q", s, e.Message)
		}
		delete(rest, "message_contains")
	}
	if why := subset(rest, errorMap(e), "error"); why != "" {
		return errors.New(why)
	}
	return nil
}

// eachHeader calls add with each name (as the vector spells it) and value
// of a vector's headers object, in name order.
func eachHeader(v any, add func(name, value string)) error {
	if v == nil {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return errors.New("malformed vector: headers is not an object")
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s, ok := m[k].(string)
		if !ok {
			s = show(m[k])
		}
		add(k, s)
	}
	return nil
}

func headerList(v any) ([]core.Header, error) {
	var out []core.Header
	err := eachHeader(v, func(name, value string) { out = append(out, core.Header{Name: name, Value: value}) })
	return out, err
}

// ---- exec ------------------------------------------------------------------

type feedKind int

const (
	feedHead feedKind = iota
	feedChunk
	feedEnd
	feedTransportError
)

type feedItem struct {
	kind    feedKind
	status  int
	headers []core.Header
	bytes   []byte
	errKind string
}

func respondItems(r map[string]any) ([]feedItem, error) {
	if te, ok := r["transport_error"]; ok {
		kind, ok := te.(string)
		if !ok {
			return nil, errors.New("malformed vector: transport_error is not a string")
		}
		return []feedItem{{kind: feedTransportError, errKind: kind}}, nil
	}
	status := int64(200)
	if _, ok := r["status"]; ok {
		var err error
		if status, err = intField(r, "status"); err != nil {
			return nil, err
		}
	}
	headers, err := headerList(r["headers"])
	if err != nil {
		return nil, err
	}
	items := []feedItem{{kind: feedHead, status: int(status), headers: headers}}
	if chunks, ok := r["chunks"]; ok {
		list, ok := chunks.([]any)
		if !ok {
			return nil, errors.New("malformed vector: chunks is not an array")
		}
		for _, c := range list {
			s, ok := c.(string)
			if !ok {
				return nil, errors.New("malformed vector: chunk is not a string")
			}
			items = append(items, feedItem{kind: feedChunk, bytes: []byte(s)})
		}
	} else if b, ok := r["body"]; ok {
		s, ok := b.(string)
		if !ok {
			return nil, errors.New("malformed vector: body is not a string")
		}
		if s != "" {
			items = append(items, feedItem{kind: feedChunk, bytes: []byte(s)})
		}
	}
	switch then, _ := r["then"].(string); then {
	case "reset":
		items = append(items, feedItem{kind: feedTransportError, errKind: "reset"})
	case "stall":
		// the server sends nothing more: only the clock can end this answer
	default:
		items = append(items, feedItem{kind: feedEnd})
	}
	return items, nil
}

func feedOne(c *core.Call, f feedItem) {
	switch f.kind {
	case feedHead:
		c.OnResponse(f.status, f.headers)
	case feedChunk:
		c.OnBody(f.bytes)
	case feedEnd:
		c.OnEnd()
	case feedTransportError:
		c.OnTransportError(f.errKind, "transport error ("+f.errKind+")")
	}
}

func describe(a core.Action) string {
	switch a.Kind {
	case core.Send:
		return "send " + a.Request.Method + " " + a.Request.URL
	case core.Sleep:
		return fmt.Sprintf("sleep %d ms", a.DelayMs)
	case core.EventAction:
		return "event " + a.Event.Type + " " + a.Event.Data
	case core.Done:
		return "done " + a.Result
	case core.Fail:
		return "fail " + show(errorMap(a.Error))
	case core.Bytes:
		return fmt.Sprintf("bytes %q", a.Bytes)
	case core.Tools:
		return "tools " + a.ToolCalls
	}
	return a.Kind.String()
}

func matchSend(r core.Request, want map[string]any) error {
	if m, ok := want["method"]; ok && m != r.Method {
		return fmt.Errorf("send: method: expected %s, got %s", show(m), r.Method)
	}
	rawPath, rawQuery, _ := strings.Cut(r.URL, "?")
	if i := strings.Index(rawPath, "://"); i >= 0 {
		if j := strings.Index(rawPath[i+3:], "/"); j >= 0 {
			rawPath = rawPath[i+3+j:]
		} else {
			rawPath = "/"
		}
	}
	if p, ok := want["path"]; ok && p != rawPath {
		return fmt.Errorf("send: path: expected %s, got %s", show(p), rawPath)
	}
	if q, ok := want["query"]; ok {
		qm, ok := q.(map[string]any)
		if !ok {
			return errors.New("malformed vector: query is not an object")
		}
		values, err := url.ParseQuery(rawQuery)
		if err != nil {
			return fmt.Errorf("send: query of %s: %v", r.URL, err)
		}
		for _, k := range sortedKeys(qm) {
			got, present := values[k]
			if qm[k] == nil {
				if present {
					return fmt.Errorf("send: query %s: expected absent, got %s", k, got[0])
				}
				continue
			}
			if !present {
				return fmt.Errorf("send: query %s: missing in %s", k, r.URL)
			}
			exp, ok := qm[k].(string)
			if !ok {
				exp = show(qm[k])
			}
			if got[0] != exp {
				return fmt.Errorf("send: query %s: expected %s, got %s", k, exp, got[0])
			}
		}
	}
	if h, ok := want["headers"]; ok {
		hm, ok := h.(map[string]any)
		if !ok {
			return errors.New("malformed vector: headers is not an object")
		}
		for _, k := range sortedKeys(hm) {
			var got *string
			for i := range r.Headers {
				if strings.EqualFold(r.Headers[i].Name, k) {
					got = &r.Headers[i].Value
					break
				}
			}
			if hm[k] == nil {
				if got != nil {
					return fmt.Errorf("send: header %s: expected absent, got %q", k, *got)
				}
				continue
			}
			if got == nil {
				return fmt.Errorf("send: header %s: missing", k)
			}
			if hm[k] != *got {
				return fmt.Errorf("send: header %s: expected %s, got %q", k, show(hm[k]), *got)
			}
		}
	}
	if j, ok := want["json"]; ok {
		var body any
		if err := decode([]byte(r.Body), &body); err != nil {
			return fmt.Errorf("send: body is not JSON: %q", r.Body)
		}
		if why := subset(j, body, "json"); why != "" {
			return errors.New("send: " + why)
		}
	}
	if absent, ok := want["json_absent"].([]any); ok {
		var body any
		if r.Body != "" {
			if err := decode([]byte(r.Body), &body); err != nil {
				return fmt.Errorf("send: body is not JSON: %q", r.Body)
			}
		}
		if obj, isObj := body.(map[string]any); isObj {
			for _, k := range absent {
				if name, _ := k.(string); name != "" {
					if _, present := obj[name]; present {
						return fmt.Errorf("send: json: key %s must be absent", name)
					}
				}
			}
		}
	}
	if b, ok := want["body"]; ok && b != r.Body {
		return fmt.Errorf("send: body: expected %s, got %q", show(b), r.Body)
	}
	if src, ok := want["sources"]; ok {
		actual := []any{}
		for _, x := range r.Sources {
			actual = append(actual, map[string]any{"offset": x.Offset, "id": x.ID, "size": x.Size})
		}
		// Exactly the list: same length, each source's three fields.
		wantList, isList := src.([]any)
		if !isList {
			return errors.New("malformed vector: sources is not an array")
		}
		same := len(wantList) == len(actual)
		for i := 0; same && i < len(wantList); i++ {
			w, isObj := wantList[i].(map[string]any)
			same = isObj && len(w) == 3 && subset(w, actual[i], "sources") == ""
		}
		if !same {
			return fmt.Errorf("send: sources: expected %s, got %s", show(src), show(actual))
		}
	}
	if bs, ok := want["body_size"]; ok {
		n, err := integer(bs)
		if err != nil {
			return err
		}
		if n != r.BodySize {
			return fmt.Errorf("send: body_size: expected %d, got %d", n, r.BodySize)
		}
	}
	return nil
}

// clientConfig is a vector's "client" object ({} when absent).
func clientConfig(v map[string]any) (map[string]any, error) {
	c, ok := v["client"]
	if !ok {
		return map[string]any{}, nil
	}
	m, ok := c.(map[string]any)
	if !ok {
		return nil, errors.New("malformed vector: client is not an object")
	}
	return m, nil
}

func checkExec(v map[string]any) error {
	clientCfg, err := clientConfig(v)
	if err != nil {
		return err
	}
	client, msg := core.NewClient(show(clientCfg))
	if client == nil {
		return fmt.Errorf("client config: %s", msg)
	}
	defer client.Free()
	callSpec, err := obj(v, "call")
	if err != nil {
		return err
	}
	op, err := str(callSpec, "op")
	if err != nil {
		return err
	}
	params := "{}"
	if p, ok := callSpec["params"]; ok {
		params = show(p)
	}
	opts := core.DefaultCallOptions()
	if w, ok := v["wall_ms"]; ok {
		if opts.WallMs, err = integer(w); err != nil {
			return err
		}
	}
	if o, ok := callSpec["options"]; ok {
		if _, ok := o.(map[string]any); !ok {
			return errors.New("malformed vector: call.options is not an object")
		}
		opts.JSON = show(o)
	}
	call, msg := client.NewCall(op, params, opts)
	if call == nil {
		return fmt.Errorf("call options: %s", msg)
	}
	defer call.Free()

	var hooks []any // every hook event, in order
	next := func(now int64) (core.Action, error) {
		a := call.Next(now)
		for _, text := range call.TakeHooksJSON() {
			var h any
			if err := decode([]byte(text), &h); err != nil {
				return a, fmt.Errorf("hook_event_json is not JSON: %s", text)
			}
			hooks = append(hooks, h)
		}
		return a, nil
	}

	steps, err := arr(v, "steps")
	if err != nil {
		return err
	}
	var queue []feedItem
	var now int64
	for i, s := range steps {
		step, ok := s.(map[string]any)
		if !ok {
			return fmt.Errorf("step %d: malformed vector: not an object", i)
		}
		at := fmt.Sprintf("step %d: ", i)
		if r, ok := step["respond"]; ok {
			rm, ok := r.(map[string]any)
			if !ok {
				return errors.New(at + "malformed vector: respond is not an object")
			}
			items, err := respondItems(rm)
			if err != nil {
				return errors.New(at + err.Error())
			}
			queue = append(queue, items...)
			continue
		}
		if c, ok := step["cancel"]; ok {
			if c == true {
				call.Cancel()
			}
			continue
		}
		if sig, ok := step["sign"]; ok { // the host's RS256 signature, base64
			text, ok := sig.(string)
			if !ok {
				return errors.New(at + "malformed vector: sign is not a string")
			}
			b, err := base64.StdEncoding.DecodeString(text)
			if err != nil {
				return errors.New(at + "malformed vector: sign is not base64")
			}
			call.OnSignature(b)
			continue
		}
		if why, ok := step["sign_error"]; ok {
			text, ok := why.(string)
			if !ok {
				return errors.New(at + "malformed vector: sign_error is not a string")
			}
			call.OnSignError(text)
			continue
		}
		if sent, ok := step["sent"]; ok { // upload progress: bytes of the body sent so far
			n, err := integer(sent)
			if err != nil {
				return errors.New(at + err.Error())
			}
			call.OnBodySent(n)
			continue
		}
		if to, ok := step["tool_output"]; ok { // a local tool's output, as its host function returned it
			id, text, err := toolFeed(to, "output")
			if err != nil {
				return errors.New(at + "tool_output: " + err.Error())
			}
			call.OnToolOutput(id, text)
			continue
		}
		if te, ok := step["tool_error"]; ok { // a local tool's function failed
			id, text, err := toolFeed(te, "message")
			if err != nil {
				return errors.New(at + "tool_error: " + err.Error())
			}
			call.OnToolError(id, text)
			continue
		}
		if se, ok := step["source_error"]; ok { // the host could not read an upload's source
			m, ok := se.(map[string]any)
			if !ok {
				return errors.New(at + "malformed vector: source_error is not an object")
			}
			id, err := str(m, "source")
			if err != nil {
				return errors.New(at + err.Error())
			}
			why, err := str(m, "message")
			if err != nil {
				return errors.New(at + err.Error())
			}
			call.OnSourceError(id, why)
			continue
		}
		if adv, ok := step["advance_ms"]; ok {
			n, err := integer(adv)
			if err != nil {
				return errors.New(at + err.Error())
			}
			// Everything queued arrives first, at the current time; then the clock moves.
			for {
				a, err := next(now)
				if err != nil {
					return errors.New(at + err.Error())
				}
				if a.Kind != core.Wait {
					return fmt.Errorf("%sadvance_ms: expected WAIT while feeding, got %s", at, describe(a))
				}
				if len(queue) == 0 {
					break
				}
				feedOne(call, queue[0])
				queue = queue[1:]
			}
			now += n
			continue
		}
		want, ok := step["expect"].(string)
		if !ok {
			return fmt.Errorf("%sunknown step %s", at, show(step))
		}
		a, err := next(now)
		for err == nil && a.Kind == core.Wait {
			if len(queue) == 0 {
				return fmt.Errorf("%sWAIT with nothing left to feed (expected %s)", at, want)
			}
			feedOne(call, queue[0])
			queue = queue[1:]
			a, err = next(now)
		}
		if err != nil {
			return errors.New(at + err.Error())
		}
		if want != a.Kind.String() {
			return fmt.Errorf("%sexpected %s, got %s", at, want, describe(a))
		}
		if err := matchStep(want, step, a, &now, call); err != nil {
			return errors.New(at + err.Error())
		}
	}
	// Input still queued once the call has ended is dropped, as a host closes the response.
	if len(queue) > 0 && !call.Finished() {
		return fmt.Errorf("feed queue not empty after the last step (%d left)", len(queue))
	}
	if want, ok := v["hooks"]; ok {
		got := hooks
		if got == nil {
			got = []any{}
		}
		if why := subset(want, got, "hooks"); why != "" {
			return fmt.Errorf("%s (all hooks: %s)", why, show(got))
		}
	}
	return nil
}

func matchStep(want string, step map[string]any, a core.Action, now *int64, call *core.Call) error {
	switch want {
	case "send":
		if r, ok := step["request"]; ok {
			rm, ok := r.(map[string]any)
			if !ok {
				return errors.New("malformed vector: request is not an object")
			}
			return matchSend(a.Request, rm)
		}
	case "sleep":
		if _, ok := step["min_ms"]; ok {
			lo, err := intField(step, "min_ms")
			if err != nil {
				return err
			}
			if a.DelayMs < lo {
				return fmt.Errorf("sleep %d < min_ms %d", a.DelayMs, lo)
			}
		}
		if _, ok := step["max_ms"]; ok {
			hi, err := intField(step, "max_ms")
			if err != nil {
				return err
			}
			if a.DelayMs > hi {
				return fmt.Errorf("sleep %d > max_ms %d", a.DelayMs, hi)
			}
		}
		*now += a.DelayMs
	case "sign":
		if j, ok := step["jwt"]; ok {
			// header.claims, each base64url JSON
			head, claims, _ := strings.Cut(a.SignInput, ".")
			actual := map[string]any{}
			for _, part := range []struct{ key, text string }{{"header", head}, {"claims", claims}} {
				b, err := base64.RawURLEncoding.DecodeString(part.text)
				if err != nil {
					return fmt.Errorf("sign_input %s is not base64url: %q", part.key, part.text)
				}
				var x any
				if err := decode(b, &x); err != nil {
					return fmt.Errorf("sign_input %s is not JSON: %q", part.key, b)
				}
				actual[part.key] = x
			}
			if why := subset(j, actual, "jwt"); why != "" {
				return errors.New(why)
			}
		}
	case "tools":
		if c, ok := step["calls"]; ok {
			var actual any
			if err := decode([]byte(a.ToolCalls), &actual); err != nil {
				return fmt.Errorf("tool_calls is not JSON: %q", a.ToolCalls)
			}
			if why := subset(c, actual, "calls"); why != "" {
				return errors.New(why)
			}
		}
	case "event":
		if e, ok := step["event"]; ok {
			actual := map[string]any{"type": a.Event.Type, "data": parseOrString(a.Event.Data)}
			if why := subset(e, actual, "event"); why != "" {
				return errors.New(why)
			}
		}
	case "bytes":
		expected := ""
		if b64, ok := step["body_b64"]; ok {
			text, ok := b64.(string)
			if !ok {
				return errors.New("malformed vector: body_b64 is not a string")
			}
			b, err := base64.StdEncoding.DecodeString(text)
			if err != nil {
				return errors.New("malformed vector: body_b64 is not base64")
			}
			expected = string(b)
		} else if body, ok := step["body"]; ok {
			text, ok := body.(string)
			if !ok {
				return errors.New("malformed vector: body is not a string")
			}
			expected = text
		}
		if a.Bytes != expected {
			return fmt.Errorf("bytes: expected %q, got %q", expected, a.Bytes)
		}
		if ct, ok := step["content_type"]; ok {
			if got := call.ContentType(); ct != got {
				return fmt.Errorf("bytes: content_type: expected %s, got %q", show(ct), got)
			}
		}
	case "done":
		if r, ok := step["result"]; ok {
			if why := subset(r, parseOrString(a.Result), "result"); why != "" {
				return errors.New(why)
			}
		}
	case "fail":
		if e, ok := step["error"]; ok {
			em, ok := e.(map[string]any)
			if !ok {
				return errors.New("malformed vector: error is not an object")
			}
			return matchError(em, a.Error)
		}
		if s, ok := step["message_contains"].(string); ok && !strings.Contains(a.Error.Message, s) {
			return fmt.Errorf("error.message: expected to contain %q, got %q", s, a.Error.Message)
		}
	default:
		return fmt.Errorf("unknown expect %q", want)
	}
	return nil
}

// toolFeed reads a tool_output or tool_error step: {"id", key}.
func toolFeed(v any, key string) (id, text string, err error) {
	m, ok := v.(map[string]any)
	if !ok {
		return "", "", errors.New("malformed vector: not an object")
	}
	if id, err = str(m, "id"); err != nil {
		return "", "", err
	}
	if text, err = str(m, key); err != nil {
		return "", "", err
	}
	return id, text, nil
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
