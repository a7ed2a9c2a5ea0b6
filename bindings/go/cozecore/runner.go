package cozecore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// errClosed is the cause of a call stopped by Stream.Close.
var errClosed = errors.New("cozecore: stream closed")

// resultKind says what a runner reads from the core when its call is DONE.
type resultKind int

const (
	resultNone   resultKind = iota // streams: nothing
	resultRecord                   // typed methods: the result record
	resultJSON                     // Do: the canonical JSON, or the bytes of a binary answer
	resultBinary                   // binary methods: the bytes (or their count) and their content type
)

// runner drives one core Call over net/http: the sans-IO loop of DESIGN.md
// on the core's lean interface (step, then the parts of the action). It is
// used by one goroutine at a time.
type runner struct {
	c    *Client
	call *core.Call
	ctx  context.Context
	stop <-chan struct{} // closed by Stream.Close; nil for calls that are not streams
	want resultKind
	// signer answers the core's SIGN actions (a service app's JWT); nil
	// when the call has no private key.
	signer *rsaSigner

	att      *attempt
	chunk    []byte // a body chunk received, fed to the core with the next step
	cause    error  // why the call was cancelled (context error, errClosed, a sink's error)
	netErr   error  // the last transport failure fed to the core
	srcErr   error  // the last upload source failure fed to the core
	logID    string
	finished bool

	// Uploads: the call's file sources by id, and the progress callback.
	sources  map[string]*uploadSource
	progress func(sent, total int64)
	// reportedSent is the body progress last reported to the core (OnBodySent).
	reportedSent int64
	body         *uploadBody // the last attempt's request body, when it has one
	// output takes a binary answer's bytes (WithOutput); nil: kept in binary.
	output io.Writer

	// Chat.RunTools: the functions by tool name, the tool timeout, and the
	// round whose functions are running (tools.go).
	tools       map[string]ToolFunc
	toolTimeout time.Duration
	round       *toolRound

	// What the DONE action carried, as want asked.
	record      *record
	json        string
	binary      []byte
	received    int64 // bytes of a binary answer
	gotBytes    bool  // the answer came as BYTES (a binary answer)
	contentType string
}

// action is one step of the call with the parts the host needs, read out
// of the core under the client's lock.
type action struct {
	kind      core.ActionKind
	request   core.Request // Send
	wakeAtMs  int64        // Wait
	delayMs   int64        // Sleep
	batch     string       // EventAction: the batch record; Bytes: the bytes
	err       core.Error   // Fail
	signInput string       // Sign: the bytes to sign
	toolCalls string       // Tools: the calls to run (JSON array)
}

// next steps the core, then hands the hook events it recorded to the
// client's hooks (outside the lock, before the action is carried out).
func (r *runner) next() action {
	a, events := r.step()
	if len(events) > 0 {
		r.c.hooks.dispatch(events)
	}
	return a
}

func (r *runner) step() (action, []core.HookEvent) {
	h := r.c.handle
	h.mu.Lock()
	defer h.mu.Unlock()
	// The chunk received last, the step and what the action needs cross
	// into the core together.
	var ms int64
	a := action{}
	if r.body != nil {
		// The upload's progress so far, before the core checks its first-byte timeout.
		if sent := r.body.sentSoFar(); sent > r.reportedSent {
			r.reportedSent = sent
			r.call.OnBodySent(sent)
		}
	}
	a.kind, a.batch, ms = r.call.Drive(r.chunk, r.c.now())
	r.chunk = nil
	switch a.kind {
	case core.Send:
		a.request = r.call.Request()
	case core.Wait:
		a.wakeAtMs = ms
	case core.Sleep:
		a.delayMs = ms
	case core.Bytes:
		r.gotBytes = true
		if r.contentType == "" {
			r.contentType = r.call.ContentType()
		}
	case core.Done:
		r.readResult()
	case core.Fail:
		a.err = r.call.Error()
	case core.Sign:
		a.signInput = r.call.SignInput()
	case core.Tools:
		a.toolCalls = r.call.ToolCalls()
	}
	if r.c.hooks == nil {
		return a, nil
	}
	return a, r.call.TakeHooks()
}

// readResult keeps what the caller wants of a DONE call (under the lock).
func (r *runner) readResult() {
	if logID := r.call.LogID(); logID != "" {
		r.logID = logID
	}
	switch r.want {
	case resultRecord:
		r.record = newRecord(r.call.ResultRecord())
		if r.record != nil {
			r.record.logID = r.logID
		}
	case resultJSON, resultBinary:
		r.json, r.contentType = r.call.Result(), r.call.ContentType()
	}
}

// feed hands one transport report to the core.
func (r *runner) feed(f transportFeed) {
	if f.kind == feedEnd || f.kind == feedError {
		r.abort() // the attempt is over; this releases its context
	}
	h := r.c.handle
	h.mu.Lock()
	defer h.mu.Unlock()
	switch f.kind {
	case feedHead:
		for _, hd := range f.headers {
			if hd.Name == "x-tt-logid" {
				r.logID = hd.Value
			}
		}
		r.call.OnResponse(f.status, f.headers)
	case feedChunk:
		// Fed with the next step (see step), in the same crossing.
		r.chunk = f.chunk
	case feedEnd:
		r.call.OnEnd()
	case feedError:
		r.netErr = f.err
		r.call.OnTransportError(f.errKind, transportMessage(f.err))
	case feedSourceError:
		r.sourceError(f.source, f.err)
	}
}

// sourceError tells the core that an upload source could not be read
// (under the lock): the call fails with invalid_argument.
func (r *runner) sourceError(id string, err error) {
	r.srcErr = err
	r.call.OnSourceError(id, err.Error())
}

// send starts an attempt for req, its upload sources opened from their
// start; a source that cannot be opened fails the call instead.
func (r *runner) send(req core.Request) {
	r.abort()
	if r.body != nil {
		r.body.drain() // the last attempt's net/http goroutine reads no more
		r.body = nil
	}
	var body *uploadBody
	if len(req.Sources) > 0 || (r.progress != nil && req.Body != "") {
		b, id, err := openBody(req, r.sources, r.progress)
		if err != nil {
			h := r.c.handle
			h.mu.Lock()
			defer h.mu.Unlock()
			r.sourceError(id, err)
			return
		}
		body = b
	}
	r.body = body
	r.reportedSent = 0
	r.att = startAttempt(r.ctx, r.c.http, req, body)
}

// write hands a binary answer's bytes to the caller's sink; a failing sink
// cancels the call.
func (r *runner) write(b string) {
	r.received += int64(len(b))
	if r.output == nil {
		r.binary = append(r.binary, b...)
		return
	}
	if _, err := r.output.Write([]byte(b)); err != nil {
		r.cancel(fmt.Errorf("cozecore: writing the answer: %w", err))
	}
}

// cancel stops the call for cause; the core's next action is FAIL(cancelled).
func (r *runner) cancel(cause error) {
	if r.cause == nil {
		r.cause = cause
	}
	r.abort()
	h := r.c.handle
	h.mu.Lock()
	defer h.mu.Unlock()
	if r.call.Live() {
		r.call.Cancel()
	}
}

// abort drops the in-flight HTTP request, if any.
func (r *runner) abort() {
	if r.att != nil {
		r.att.cancel()
		r.att = nil
	}
}

// release ends the call: aborts the request and frees the core objects.
// Safe to call more than once. A call ended early (Stream.Close) is first
// run to its FAIL(cancelled), so that the hooks hear of its end.
func (r *runner) release() {
	if !r.finished && r.c.hooks != nil && r.cancelUnfinished() {
		r.next()
	}
	r.finished = true
	r.abort()
	r.endRound()
	r.c.handle.freeCall(r.call)
}

// cancelUnfinished cancels the call unless the core has finished it;
// false when there is nothing left to finish.
func (r *runner) cancelUnfinished() bool {
	h := r.c.handle
	h.mu.Lock()
	defer h.mu.Unlock()
	if !r.call.Live() || r.call.Finished() {
		return false
	}
	r.call.Cancel()
	return true
}

// advance runs the loop until the call yields a batch of events (the
// batch record), completes (nil, nil: the result is in the runner) or
// fails. After completion or failure the runner is released.
func (r *runner) advance() (batch *record, err error) {
	if r.finished {
		return nil, newError(KindInternal, "the call has already finished", nil)
	}
	defer func() {
		if p := recover(); p != nil {
			r.finished = true // no further use of the core for this call
			r.release()
			batch, err = nil, newError(KindInternal, fmt.Sprint(p), nil)
		}
	}()
	for {
		a := r.next()
		if r.round != nil && a.kind != core.Wait {
			r.endRound() // the core has every output it will take of the round
		}
		switch a.kind {
		case core.Send:
			r.send(a.request)
		case core.Bytes:
			r.write(a.batch)
		case core.Wait:
			if err := r.wait(a.wakeAtMs); err != nil {
				r.release()
				return nil, err
			}
		case core.Sleep:
			r.sleep(a.delayMs)
		case core.Sign:
			r.sign(a.signInput)
		case core.Tools:
			if err := r.startTools(a.toolCalls); err != nil {
				r.cancel(nil)
				r.release()
				return nil, err
			}
		case core.EventAction:
			if batch := newRecord(a.batch); batch != nil {
				return batch, nil
			}
			r.cancel(nil)
			r.release()
			return nil, newError(KindInternal, "the core handed over a malformed event batch", nil)
		case core.Done:
			r.release()
			if r.want == resultRecord && r.record == nil {
				return nil, newError(KindInternal, "the core handed over a malformed result record", nil)
			}
			return nil, nil
		case core.Fail:
			r.release()
			return nil, r.errorOf(a.err)
		}
	}
}

func (r *runner) errorOf(e core.Error) *Error {
	var cause error
	switch Kind(e.Kind) {
	case KindCancelled:
		cause = r.cause
	case KindConnection, KindTimeout:
		cause = r.netErr
	case KindInvalidArgument:
		cause = r.srcErr
	}
	return errorFromCore(e, cause)
}

// sign answers a SIGN: the RS256 signature of input made with the call's
// private key (outside the client's lock), or why there is none. The key
// stays here; only the signature reaches the core.
func (r *runner) sign(input string) {
	var sig []byte
	var why string
	if r.signer == nil {
		why = "no private key was given to sign the service app's JWT (use WithJWTAuth or JWTTokenParams.PrivateKey)"
	} else if s, err := r.signer.sign(input); err != nil {
		why = err.Error()
	} else {
		sig = s
	}
	h := r.c.handle
	h.mu.Lock()
	defer h.mu.Unlock()
	if why != "" {
		r.call.OnSignError(why)
	} else {
		r.call.OnSignature(sig)
	}
}

// wait blocks until the attempt reports, a tool of the round in progress
// answers, the core's deadline passes, or the call is cancelled.
func (r *runner) wait(wakeAtMs int64) error {
	var timeout <-chan time.Time
	if wakeAtMs >= 0 {
		t := time.NewTimer(time.Duration(max(wakeAtMs-r.c.now(), 0)) * time.Millisecond)
		defer t.Stop()
		timeout = t.C
	}
	var feed <-chan transportFeed
	if r.att != nil {
		feed = r.att.feed
	}
	var results <-chan toolResult
	if r.round != nil {
		results = r.round.results
	}
	if feed == nil && timeout == nil && results == nil {
		r.cancel(nil)
		return newError(KindInternal, "the call waits for input while no request is in flight", nil)
	}
	select {
	case f, ok := <-feed:
		if err := r.ctx.Err(); err != nil {
			r.cancel(err)
		} else if ok {
			r.feed(f)
		} else {
			r.abort()
		}
	case res := <-results:
		if err := r.ctx.Err(); err != nil {
			r.cancel(err)
		} else {
			r.feedTools(res)
		}
	case <-timeout:
	case <-r.ctx.Done():
		r.cancel(r.ctx.Err())
	case <-r.stop:
		r.cancel(errClosed)
	}
	return nil
}

func (r *runner) sleep(delayMs int64) {
	t := time.NewTimer(time.Duration(max(delayMs, 0)) * time.Millisecond)
	defer t.Stop()
	select {
	case <-t.C:
	case <-r.ctx.Done():
		r.cancel(r.ctx.Err())
	case <-r.stop:
		r.cancel(errClosed)
	}
}

// start builds the core call for op; errors here are invalid_argument.
func (c *Client) start(ctx context.Context, op string, params any, want resultKind, stop <-chan struct{},
	opts []CallOption) (*runner, error) {
	if ctx == nil {
		return nil, newError(KindInvalidArgument, "nil context", nil)
	}
	if c.configErr != nil {
		return nil, c.configErr
	}
	params, sources, err := prepareUploads(params)
	if err != nil {
		return nil, newError(KindInvalidArgument, op+": "+err.Error(), err)
	}
	text, err := encodeParams(params)
	if err != nil {
		return nil, newError(KindInvalidArgument, op+": params: "+err.Error(), err)
	}
	cs := callSettings{opts: core.DefaultCallOptions()}
	cs.opts.Headers = append(cs.opts.Headers, c.headers...)
	cs.opts.WallMs = time.Now().UnixMilli()
	for _, o := range opts {
		if o != nil {
			o.applyCall(&cs)
		}
	}
	if cs.err != nil {
		return nil, newError(KindInvalidArgument, op+": "+cs.err.Error(), cs.err)
	}
	call, err := c.handle.newCall(op, text, cs.opts)
	if err != nil {
		return nil, err
	}
	signer := cs.signer
	if signer == nil {
		signer = c.signer
	}
	return &runner{c: c, call: call, ctx: ctx, stop: stop, want: want, signer: signer,
		sources: sources, progress: cs.progress, output: cs.output}, nil
}

func encodeParams(params any) (string, error) {
	switch p := params.(type) {
	case nil:
		return "{}", nil
	case []byte:
		return string(p), nil
	default:
		var b strings.Builder
		if err := jsonEncode(&b, params); err != nil {
			return "", err
		}
		return b.String(), nil
	}
}
