// The fetch driver: runs one core call to its end. It only moves bytes and
// time; every retry, timeout and decoding decision is the core's.
//
//   SEND  -> start fetch() with an AbortController; the response head, each
//            body chunk (copied into wasm memory), the end or a failure are
//            fed to the core one at a time, when the core WAITs for them
//   WAIT  -> the next transport item raced against a timer to wake_at_ms
//   SLEEP -> a timer, cut short by cancellation
//   EVENT -> the batch of events decoded from the last chunk, taken in one
//            crossing as a record (wasm/call_fast.cpp) and handed out one by
//            one as lazy views; DONE -> the result's view; FAIL -> thrown
//   SIGN  -> a service app's JWT to sign: the client's signer (WebCrypto,
//            src/signer.mjs) signs the core's input with RS256 and the
//            signature goes back to the core (or why it could not sign)
//   BYTES -> the next bytes of a binary answer, written to the call's sink
//            (awaited: the next chunk is read only then) or kept for the answer
//   TOOLS -> chat.run_tools' local tools: the round's response is closed,
//            every call's function started at once (src/tools.mjs ToolRound);
//            the WAIT that follows races their outcomes against its
//            wake_at_ms (the tool timeout), and each outcome is fed to the
//            core here, on the loop, never from the function's promise
// A request with sources (an upload) gets its body built for each attempt
// from the sources opened again (src/io.mjs); a source that cannot be
// opened or read goes to the core as a source error (invalid_argument).
// The hot part (feed, step, take events) goes through plain wasm exports;
// the rest (the request, the response head, errors, hooks) through embind.
// After every step the hook events the core recorded go to the client's
// hooks, synchronously (request_sent before the fetch starts).

import { InternalError, errorFromCore, makeCozeError } from './errors.mjs';
import { eventsOf, readRecord, resultOf } from './records.mjs';
import { signFailure } from './signer.mjs';
import { SourceError, requestBody } from './io.mjs';
import { isBrowser } from './runtime.mjs';
import { ToolRound } from './tools.mjs';

const ACTION_SEND = 0;
const ACTION_WAIT = 1;
const ACTION_SLEEP = 2;
const ACTION_EVENT = 3;
const ACTION_DONE = 4;
const ACTION_FAIL = 5;
const ACTION_SIGN = 6;
const ACTION_BYTES = 7;
const ACTION_TOOLS = 8;

// The driver's clock (Call::step's now_ms); Coze.health() reads the core on it too.
export function monotonicMs() {
  return globalThis.performance.now();
}

// Headers fetch computes itself or refuses to take from a caller.
const forbiddenRequestHeaders = new Set([
  'connection',
  'content-length',
  'host',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'expect',
]);

// A one-shot signal that interrupts the driver's waits (cancellation).
// Cancellation for the waits of one call. Each wait registers a waiter that
// is removed as soon as the wait settles: racing every read against one
// long-lived promise (Promise.race) would leave a reaction on it per read,
// each holding the chunk it resolved with, so a long stream would keep all
// its chunks alive until the call ended.
class Interrupt {
  constructor() {
    this.fired = false;
    this.waiters = new Set();
  }

  fire() {
    if (this.fired) return;
    this.fired = true;
    for (const wake of this.waiters) wake({ type: 'interrupted' });
    this.waiters.clear();
  }

  // Settles like the first of `contenders` to settle, or with
  // {type: 'interrupted'} when fire() comes first.
  race(contenders) {
    if (this.fired) return Promise.resolve({ type: 'interrupted' });
    return new Promise((resolve, reject) => {
      const wake = (value) => resolve(value);
      this.waiters.add(wake);
      const settle = (fn) => (value) => {
        this.waiters.delete(wake);
        fn(value);
      };
      for (const c of contenders) Promise.resolve(c).then(settle(resolve), settle(reject));
    });
  }
}

// Resolves after `ms` unless `interrupt` fires first or one of `racers`
// (null ones left out) settles; the timer is always cleared.
function pause(ms, interrupt, ...racers) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ type: 'timer' }), Math.max(0, ms));
  });
  const contenders = [timeout];
  for (const racer of racers) if (racer) contenders.push(racer);
  return interrupt.race(contenders).finally(() => clearTimeout(timer));
}

function describeFailure(err) {
  const parts = [];
  if (err && err.message) parts.push(err.message);
  const cause = err && err.cause;
  if (cause && (cause.code || cause.message)) parts.push(cause.code || cause.message);
  return parts.join(': ') || String(err);
}

function looksLikeTls(err) {
  const code = err && err.cause && err.cause.code;
  return typeof code === 'string' && /CERT|TLS|SSL/.test(code);
}

function looksLikeTimeout(err) {
  const code = err && err.cause && err.cause.code;
  return typeof code === 'string' && /TIMEOUT/.test(code);
}

// Failures that prove the request never reached the server (Node's codes;
// an AggregateError carries one per address tried).
const connectCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);

function neverConnected(err) {
  const cause = err && err.cause;
  if (!cause) return false;
  if (connectCodes.has(cause.code)) return true;
  const each = Array.isArray(cause.errors) ? cause.errors : [];
  return each.length > 0 && each.every((e) => connectCodes.has(e && e.code));
}

// A URL for a message: its origin and path, without the query.
function redactedUrl(url) {
  try {
    const u = new URL(url);
    return u.origin + u.pathname;
  } catch {
    return '(a malformed URL)';
  }
}

// One HTTP exchange. Items come out one at a time through next(); a read is
// only started when the previous item was consumed, so nothing is buffered
// beyond the chunk in hand.
// `upload`, for a request with sources: the body built by requestBody
// (src/io.mjs) and `onHead`, called when the answer's head arrives.
class Exchange {
  constructor(fetchImpl, request, upload = null) {
    this.controller = new AbortController();
    this.abortReason = '';
    this.gotHead = false;
    this.finished = false;
    this.reader = null;
    this.upload = upload;
    const headers = request.headers.filter(([name]) => !forbiddenRequestHeaders.has(name.toLowerCase()));
    const method = request.method || 'GET';
    // Redirects are never followed (README "Security"): a 3xx answer goes to
    // the core as it is (Node's fetch gives it with its Location), which
    // fails the call naming where it pointed, so the token never reaches a
    // host the caller did not name. A browser hides the answer (an
    // "opaqueredirect" response, status 0): that is fed as the transport
    // error "redirect", which the core fails the same way.
    const init = { method, headers, signal: this.controller.signal, redirect: 'manual' };
    if (upload !== null) {
      init.body = upload.body;
      if (upload.stream) {
        init.duplex = 'half';
        // Node's fetch sends a stream with this length (else chunked); browsers set it themselves.
        if (upload.length >= 0 && !isBrowser()) headers.push(['content-length', String(upload.length)]);
      }
    } else if (request.body.length > 0 && method !== 'GET' && method !== 'HEAD') {
      init.body = request.body;
    }
    let started;
    try {
      started = Promise.resolve(fetchImpl(request.url, init));
    } catch (err) {
      started = Promise.reject(err);
    }
    this.pending = started.then(
      (response) =>
        response && response.type === 'opaqueredirect'
          ? {
              type: 'error',
              kind: 'redirect',
              message: `an opaque redirect from ${method} ${redactedUrl(request.url)}`,
            }
          : { type: 'head', response },
      (err) => this.failure(err),
    );
  }

  failure(err) {
    // The body failed because a source did: the call fails invalid_argument.
    const sourceError = this.upload && this.upload.failure.error;
    if (sourceError) return { type: 'source_error', id: sourceError.sourceId, message: sourceError.message };
    let kind;
    if (err && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
      // Our own abort is a cancellation; any other abort (a caller-supplied
      // fetch with its own deadline) is a timeout.
      kind = this.abortReason ? 'aborted' : 'timeout';
    } else if (looksLikeTls(err)) {
      kind = 'tls';
    } else if (looksLikeTimeout(err)) {
      kind = 'timeout';
    } else {
      // Anything else (a reset, a closed socket, a browser's bare "Failed to
      // fetch") may have reached the server: only a provably unconnected
      // request counts as "connect", which the core retries even without an
      // idempotency key.
      kind = !this.gotHead && neverConnected(err) ? 'connect' : 'reset';
    }
    return { type: 'error', kind, message: describeFailure(err) };
  }

  // The next transport item as a promise, or null when nothing more can come.
  next() {
    if (this.pending) return this.pending;
    if (this.finished) return null;
    if (!this.reader) {
      this.pending = Promise.resolve({ type: 'end' });
      return this.pending;
    }
    this.pending = this.reader.read().then(
      ({ done, value }) => (done ? { type: 'end' } : { type: 'chunk', value }),
      (err) => this.failure(err),
    );
    return this.pending;
  }

  // Marks the item last returned by next() as consumed.
  consumed(item) {
    this.pending = null;
    if (item.type === 'head') {
      this.gotHead = true;
      if (this.upload !== null && this.upload.onHead) this.upload.onHead();
      const body = item.response.body;
      this.reader = body ? body.getReader() : null;
    } else if (item.type === 'end' || item.type === 'error' || item.type === 'source_error') {
      this.finished = true;
      this.reader = null;
    }
  }

  abort(reason) {
    if (!this.abortReason) this.abortReason = reason;
    const wasOpen = !this.finished;
    this.finished = true;
    if (wasOpen) this.controller.abort();
    if (this.reader) {
      this.reader.cancel().catch(() => {});
      this.reader = null;
    }
  }
}

// Headers (or query values) as [name, value] string pairs, from an array of
// pairs, a Headers or Map, or a plain object; null and undefined values are left out.
export function headerPairs(headers) {
  if (!headers) return [];
  let source;
  if (Array.isArray(headers)) source = headers;
  else if (typeof headers.entries === 'function')
    source = headers.entries(); // Headers, Map
  else source = Object.entries(headers);
  const out = [];
  for (const [name, value] of source) {
    if (value !== undefined && value !== null) out.push([String(name), String(value)]);
  }
  return out;
}

export function invalid(message) {
  return makeCozeError('invalid_argument', message);
}

export function isSet(value) {
  return value !== undefined && value !== null;
}

// {jsName: coreName} as a Map that takes both spellings of each name.
export function keyMap(pairs) {
  const out = new Map();
  for (const [jsName, coreName] of Object.entries(pairs)) {
    out.set(jsName, coreName);
    out.set(coreName, coreName);
  }
  return out;
}

// ---- per-call options ----------------------------------------------------------

// Each option by its name, with the other spellings it is also accepted
// under (the package's earlier camelCase names).
const optionAliases = {
  signal: [],
  timeout: ['timeoutMs'],
  max_retries: ['maxRetries'],
  idempotency: [],
  idempotency_key: ['idempotencyKey'],
  traceparent: [],
  tracestate: [],
  extra_headers: ['extraHeaders', 'headers'],
  extra_query: ['extraQuery'],
  extra_body: ['extraBody'],
  on_upload_progress: ['onUploadProgress'],
  sink: [],
};
const optionNames = new Map();
for (const [name, aliases] of Object.entries(optionAliases)) {
  optionNames.set(name, name);
  for (const alias of aliases) optionNames.set(alias, name);
}

// The options under their own names; unknown names and an option given
// twice (under two spellings) are errors.
export function normalizeOptions(options) {
  if (!isSet(options)) return {};
  if (typeof options !== 'object' || Array.isArray(options)) throw invalid('options must be an object');
  const out = {};
  for (const [key, value] of Object.entries(options)) {
    const name = optionNames.get(key);
    if (name === undefined) throw invalid(`unknown option ${key}`);
    if (value === undefined) continue;
    if (Object.hasOwn(out, name)) throw invalid(`option ${name} given twice (as ${key})`);
    out[name] = value;
  }
  return out;
}

function plainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Normalized options as the JSON object CallOptions.apply_json takes. Types
// are checked here so that a mistake names the option; the core checks the
// rest (a malformed traceparent fails the call as invalid_argument).
export function callOptionsJson(options) {
  const out = { wall_ms: Date.now() }; // a wall clock for ids and HTTP-date Retry-After
  if (isSet(options.timeout)) {
    const ms = Number(options.timeout);
    if (!Number.isFinite(ms) || (ms < 0 && ms !== -1)) {
      throw invalid("timeout must be a non-negative number of milliseconds (-1: the client's)");
    }
    out.timeout_ms = Math.ceil(ms);
  }
  if (isSet(options.max_retries)) {
    const n = options.max_retries;
    if (!Number.isInteger(n) || n < 0 || n > 100) throw invalid('max_retries must be an integer from 0 to 100');
    out.max_retries = n;
  }
  const headers = headerPairs(options.extra_headers);
  if (headers.length > 0) out.headers = Object.fromEntries(headers);
  if (isSet(options.idempotency)) {
    if (typeof options.idempotency !== 'boolean') throw invalid('idempotency must be true or false');
    out.idempotency = options.idempotency;
  }
  for (const name of ['idempotency_key', 'traceparent', 'tracestate']) {
    if (!isSet(options[name])) continue;
    if (typeof options[name] !== 'string') throw invalid(`${name} must be a string`);
    out[name] = options[name];
  }
  if (isSet(options.extra_query)) {
    const query = headerPairs(options.extra_query);
    if (query.length > 0) out.extra_query = Object.fromEntries(query);
  }
  if (isSet(options.extra_body)) {
    if (!plainObject(options.extra_body)) throw invalid('extra_body must be an object');
    out.extra_body = options.extra_body;
  }
  try {
    return JSON.stringify(out);
  } catch (err) {
    throw invalid(`extra_body cannot be encoded as JSON: ${err.message}`);
  }
}

// ---- hooks ------------------------------------------------------------------

export const hookNames = {
  request_sent: 'onRequestSent',
  response_head: 'onResponseHead',
  retry_scheduled: 'onRetryScheduled',
  call_finished: 'onCallFinished',
  tool_called: 'onToolCalled',
  tool_finished: 'onToolFinished',
  health_changed: 'onHealthChanged',
  metric: 'onMetric',
};

const orNull = (ms) => (typeof ms === 'number' && ms >= 0 ? ms : null);

// A metric's attributes in the core's order (README "Metrics"):
// hook_event_json writes them as a JSON object with sorted keys.
const attributeOrder = [
  'http.request.method',
  'server.address',
  'server.port',
  'http.response.status_code',
  'error.type',
  'coze.operation',
];

function metricAttributes(attrs) {
  if (!attrs || typeof attrs !== 'object') return {};
  const out = {};
  for (const name of attributeOrder) if (name in attrs) out[name] = attrs[name];
  for (const [name, value] of Object.entries(attrs)) if (!(name in out)) out[name] = value;
  return out;
}

// A hook_event_json object as the HookEvent the user's hooks receive.
function hookEvent(h) {
  return {
    kind: h.kind,
    op: h.op,
    method: h.method,
    path: h.path,
    attempt: h.attempt,
    status: h.status,
    durationMs: orNull(h.duration_ms),
    delayMs: orNull(h.delay_ms),
    logid: h.logid,
    requestId: h.request_id,
    idempotencyKey: h.idempotency_key,
    traceparent: h.traceparent,
    errorKind: h.error_kind,
    message: h.message,
    headers: h.headers ?? {},
    body: h.body ?? '',
    severity: h.severity ?? '',
    reason: h.reason ?? '',
    state: h.state ?? '',
    errorRate: typeof h.error_rate === 'number' && h.error_rate >= 0 ? h.error_rate : null,
    metric: h.metric ?? '',
    instrument: h.instrument ?? '',
    unit: h.unit ?? '',
    value: typeof h.value === 'number' ? h.value : null,
    attributes: metricAttributes(h.attributes),
    tool: h.tool ?? '',
    toolCallId: h.tool_call_id ?? '',
    outcome: h.outcome ?? '',
  };
}

// Hands the call's recorded hook events to the user's hooks, in order. A
// hook that throws (or whose promise rejects) is ignored: hooks observe a
// call, they never change or break it.
function runHooks(hooks, eventsJson) {
  if (eventsJson === '[]') return;
  let events;
  try {
    events = JSON.parse(eventsJson);
  } catch {
    return;
  }
  for (const raw of events) {
    const fn = hooks[hookNames[raw.kind]];
    if (typeof fn !== 'function') continue;
    try {
      const out = fn.call(hooks, hookEvent(raw));
      if (out && typeof out.then === 'function') out.then(undefined, () => {});
    } catch {
      // dropped on purpose (see above)
    }
  }
}

// ---- the core's call exports --------------------------------------------------------

// wasm/call_fast.cpp's exports and the heap views, kept per core (the
// Emscripten module object is a dictionary, slow to look names up in). Each
// export is first reached through the module (whose stub then replaces
// itself with the export) and from then on directly.
class CallExports {
  constructor(core) {
    this.core = core;
    this.heap8 = core.HEAPU8;
    this.heap32 = core.HEAP32;
    for (const [key, name] of [
      ['del', '_coze_call_delete'],
      ['io', '_coze_call_io'],
      ['step', '_coze_call_step'],
      ['wakeAt', '_coze_call_wake_at'],
      ['delay', '_coze_call_delay'],
      ['input', '_coze_call_input'],
      ['feed', '_coze_call_feed'],
      ['end', '_coze_call_end'],
      ['cancel', '_coze_call_cancel'],
      ['finished', '_coze_call_finished'],
      ['takeEvents', '_coze_call_take_events'],
      ['resultRecord', '_coze_call_result_record'],
    ]) {
      this[key] = (a, b) => {
        const result = core[name](a, b);
        this[key] = core[name];
        return result;
      };
    }
  }

  // After any call into wasm: memory growth detaches the old views.
  refresh() {
    if (this.heap8.length === 0) {
      this.heap8 = this.core.HEAPU8;
      this.heap32 = this.core.HEAP32;
    }
  }
}

let callExports = null;

function callExportsOf(core) {
  if (callExports === null || callExports.core !== core) callExports = new CallExports(core);
  return callExports;
}

// ---- one call --------------------------------------------------------------------------

// Frees the core call of a stream that was dropped unfinished without
// return() (an abandoned iterator): it cancels the call and aborts its request.
const abandonedRuns =
  typeof FinalizationRegistry === 'function' ? new FinalizationRegistry((state) => state.release(false)) : null;

const noop = () => {};

// Everything one call owns. Kept apart from its Stream so that the
// finalization registry can release it once the Stream is unreachable.
//   run: {core, client, fetch, hooks, op, paramsJson, optionsJson, signal,
//         events (the event class), binary (the answer is bytes),
//         signer (async input text -> RS256 signature bytes; null: none),
//         sources (Map of upload source id -> src/io.mjs source; null: none),
//         progress ((sent, total) => void: upload progress; null: none),
//         sink (src/io.mjs openSink's writer for the binary answer; null:
//         the bytes are kept and returned),
//         uploadFetch (the fetch for uploads: src/io.mjs nodeUploadFetch in
//         Node when the client has no fetch of its own; null: fetch),
//         tools (chat.run_tools: Map of tool name -> src/tools.mjs tool;
//         null: none)}
export class RunState {
  constructor(run) {
    const core = run.core;
    this.core = core;
    this.fast = callExportsOf(core);
    this.fetchImpl = run.fetch;
    this.hooks = run.hooks;
    this.EventClass = run.events;
    this.binary = run.binary;
    this.signer = run.signer ?? null;
    this.sources = run.sources ?? null;
    this.progress = run.progress ?? null;
    this.bodySent = 0; // bytes of this attempt's upload body read by the HTTP client
    this.bodySentReported = 0; // how many of them the core was told of
    this.sink = run.sink ?? null;
    this.uploadFetch = run.uploadFetch ?? null;
    this.tools = run.tools ?? null;
    this.toolRound = null; // the local tools running (TOOLS), until the core moves on
    this.chunks = []; // a binary answer's bytes, when there is no sink
    this.received = 0; // a binary answer's length so far
    this.handle = core.call_new(run.client, run.op, run.paramsJson, run.optionsJson);
    this.io = this.fast.io(this.handle) >> 2; // index in HEAP32 of the output's address, then length
    this.batch = null; // the events of the last batch and the next one to hand out
    this.next = 0;
    this.interrupt = new Interrupt();
    this.exchange = null;
    this.released = false;
    this.signal = run.signal;
    this.onAbort = () => this.cancel();
    if (this.signal) {
      if (this.signal.aborted) this.cancel();
      else this.signal.addEventListener('abort', this.onAbort, { once: true });
    }
  }

  // The next event of the batch in hand, or undefined.
  shift() {
    const batch = this.batch;
    if (batch === null) return undefined;
    if (this.next < batch.length) return batch[this.next++];
    this.batch = null;
    return undefined;
  }

  // One step of the core, then the hook events it recorded.
  advance() {
    if (this.bodySent > this.bodySentReported) {
      // Upload progress: the core's first-byte timeout runs from it, not from the SEND.
      this.bodySentReported = this.bodySent;
      this.core.call_on_body_sent(this.handle, this.bodySent);
    }
    const kind = this.fast.step(this.handle, monotonicMs());
    if (this.hooks) runHooks(this.hooks, this.core.call_take_hooks(this.handle));
    // Anything but WAIT after TOOLS: the core is done with the round (every
    // output in, the tool timeout passed, or the call ended).
    if (this.toolRound !== null && kind !== ACTION_WAIT) this.endToolRound(kind);
    return kind;
  }

  // Drops the round's late outcomes; a function still running sees its
  // context.signal abort, with the call's error when the call failed.
  endToolRound(kind) {
    const round = this.toolRound;
    this.toolRound = null;
    if (kind === ACTION_FAIL) round.close(errorFromCore(this.core.call_error(this.handle)));
    else if (kind === null) round.close(makeCozeError('cancelled', 'the call ended while its tools ran'));
    else round.close(makeCozeError('tool', 'the run no longer waits for this tool (timed out, or the run stopped)'));
  }

  // Feeds the round's outcomes in so far to the core, on the driver's loop;
  // false when there were none. Never feeds a call that has ended.
  feedTools(round) {
    if (round.closed || this.released) return false;
    const items = round.take();
    for (const item of items) {
      if (this.fast.finished(this.handle)) break;
      if (item.error !== undefined) this.core.call_on_tool_error(this.handle, item.id, item.error);
      else this.core.call_on_tool_output(this.handle, item.id, item.output);
    }
    return items.length > 0;
  }

  // The record the last take left in the call's output (copied out of wasm memory).
  output(length) {
    const fast = this.fast;
    fast.refresh();
    const at = fast.heap32[this.io];
    return readRecord(fast.heap8.subarray(at, at + length));
  }

  feed(item) {
    const fast = this.fast;
    const handle = this.handle;
    switch (item.type) {
      case 'head':
        this.core.call_on_response(handle, item.response.status, Array.from(item.response.headers));
        break;
      case 'chunk': {
        const bytes = item.value;
        const n = bytes ? bytes.length : 0;
        if (n === 0) break;
        const at = fast.input(handle, n);
        if (!at) throw new InternalError('internal', `cannot allocate ${n} bytes in wasm memory`);
        fast.refresh();
        fast.heap8.set(bytes, at);
        fast.feed(handle, n);
        break;
      }
      case 'end':
        fast.end(handle);
        break;
      case 'error':
        this.core.call_on_transport_error(handle, item.kind, item.message);
        break;
      case 'source_error':
        this.core.call_on_source_error(handle, item.id, item.message);
        break;
      default:
        break;
    }
  }

  // SIGN: signs the core's input with the client's key and feeds the
  // signature, or why there is none. A cancellation while signing leaves
  // the call to fail as cancelled at its next step.
  async sign() {
    const input = this.core.call_sign_input(this.handle);
    let signature = null;
    let why = '';
    if (this.signer === null) {
      why = 'the client has no private key to sign with';
    } else {
      try {
        signature = await this.interrupt.race([this.signer(input)]);
      } catch (err) {
        why = signFailure(err);
      }
    }
    if (this.released || (signature !== null && signature.type === 'interrupted')) return;
    if (why) this.core.call_on_sign_error(this.handle, why);
    else this.core.call_on_signature(this.handle, signature);
  }

  cancel() {
    if (this.released) return;
    // Events decoded but not handed out yet are dropped: after an abort the
    // next step ends the stream (CancelledError), not the rest of a chunk.
    this.batch = null;
    this.fast.cancel(this.handle);
    if (this.exchange) this.exchange.abort('cancelled');
    this.interrupt.fire();
  }

  // Ends the call (cancelling it when unfinished) and frees its core state.
  // Safe to call more than once.
  release(withHooks = true) {
    if (this.released) return;
    try {
      if (!this.fast.finished(this.handle)) {
        this.fast.cancel(this.handle);
        // One more step lets the core finish the call (call_finished hook).
        if (withHooks) this.advance();
        else this.fast.step(this.handle, monotonicMs());
      }
    } finally {
      this.released = true;
      this.batch = null;
      if (this.toolRound !== null) this.endToolRound(null);
      if (abandonedRuns) abandonedRuns.unregister(this);
      if (this.signal) this.signal.removeEventListener('abort', this.onAbort);
      if (this.exchange) this.exchange.abort('cancelled');
      this.exchange = null;
      this.interrupt.fire();
      this.fast.del(this.handle);
    }
  }

  // The answer of a finished call: the result's view (null for operations
  // without a payload), or {data, size, contentType, logid} for binary
  // answers (data: null when the bytes went to a sink).
  async answer() {
    if (this.binary) {
      let data = null;
      if (this.sink !== null) {
        await this.sink.close();
      } else {
        data = this.chunks.length === 1 ? this.chunks[0] : new Uint8Array(this.received);
        if (this.chunks.length !== 1) {
          let at = 0;
          for (const c of this.chunks) {
            data.set(c, at);
            at += c.length;
          }
        }
        this.chunks = [];
      }
      return {
        data,
        size: this.received,
        contentType: this.core.call_content_type(this.handle),
        logid: this.core.call_logid(this.handle),
      };
    }
    return resultOf(this.output(this.fast.resultRecord(this.handle)));
  }

  // SEND of a request with sources: its body for this attempt, or null when
  // a source could not be opened (then the core has been told, and fails
  // the call at its next step).
  async uploadBody(request) {
    const total = request.body_size;
    const progress = this.progress;
    let sent = 0;
    const report = (n) => {
      try {
        progress(n, total);
      } catch {
        // a progress callback observes the upload, it never breaks it
      }
    };
    const canStream = !isBrowser();
    this.bodySent = 0;
    this.bodySentReported = 0;
    if (progress) report(0);
    let upload;
    try {
      // Where the body can be streamed (Node), it is counted even without a
      // progress callback: the core hears of the progress (advance). A
      // browser's fetch reads a Blob itself and says nothing until the answer.
      upload = await requestBody(
        request,
        this.sources,
        progress || canStream
          ? (n) => {
              sent += n;
              this.bodySent = sent;
              if (progress) report(sent);
            }
          : null,
        canStream,
      );
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      if (!this.released) this.core.call_on_source_error(this.handle, err.sourceId, err.message);
      return null;
    }
    if (progress) {
      // A browser's fetch reads a Blob body itself: the whole body counts as
      // sent once the answer's head arrives.
      if (!upload.stream && total >= 0) upload.onHead = () => report(total);
    }
    return upload;
  }

  // BYTES: the chunks ready go to the sink (awaited) or are kept.
  async takeBytes() {
    const chunk = this.core.call_take_bytes(this.handle);
    if (chunk.length === 0) return;
    this.received += chunk.length;
    if (this.sink === null) this.chunks.push(chunk);
    else await this.sink.write(chunk);
  }

  // Runs the loop to the next event ({done: false, value: event}) or the end
  // ({done: true, value: the answer}); a failure is thrown.
  async step() {
    const queued = this.shift();
    if (queued !== undefined) return { done: false, value: queued };
    try {
      while (!this.released) {
        const kind = this.advance();
        switch (kind) {
          case ACTION_SEND: {
            // fetch has no separate connect phase: the request's connect
            // timeout is left to the core's first-byte deadline (a WAIT's wake_at_ms).
            if (this.exchange) this.exchange.abort('superseded');
            this.exchange = null;
            const request = this.core.call_request(this.handle);
            let upload = null;
            if (request.sources.length > 0) {
              upload = await this.uploadBody(request);
              if (upload === null || this.released) break; // the core fails the call at its next step
            }
            const fetchImpl = upload !== null && this.uploadFetch !== null ? this.uploadFetch : this.fetchImpl;
            this.exchange = new Exchange(fetchImpl, request, upload);
            break;
          }
          case ACTION_BYTES:
            await this.takeBytes();
            break;
          case ACTION_WAIT: {
            // Tool outcomes already in go to the core first.
            const round = this.toolRound;
            if (round !== null && this.feedTools(round)) break;
            const exchange = this.exchange;
            const pending = exchange ? exchange.next() : null;
            const arrival = round !== null ? round.arrived() : null;
            const wakeAt = this.fast.wakeAt(this.handle);
            if (!pending && !arrival && wakeAt < 0) {
              throw new InternalError('internal', 'the core waits for input but no request is in flight');
            }
            const item =
              wakeAt < 0
                ? await this.interrupt.race([pending, arrival].filter(Boolean))
                : await pause(Math.ceil(wakeAt - globalThis.performance.now()), this.interrupt, pending, arrival);
            if (this.released) break;
            if (item.type === 'tools') {
              if (round === this.toolRound) this.feedTools(round);
              break;
            }
            if (item.type !== 'timer' && item.type !== 'interrupted' && exchange === this.exchange) {
              exchange.consumed(item);
              this.feed(item);
            }
            break;
          }
          case ACTION_SLEEP:
            if (this.exchange) this.exchange.abort('superseded'); // the core is done with that answer
            await pause(this.fast.delay(this.handle), this.interrupt);
            break;
          case ACTION_EVENT: {
            const events = eventsOf(this.output(this.fast.takeEvents(this.handle)), this.EventClass);
            if (events.length === 0) break;
            this.batch = events;
            this.next = 1;
            return { done: false, value: events[0] };
          }
          case ACTION_DONE: {
            const value = await this.answer();
            this.release();
            return { done: true, value };
          }
          case ACTION_SIGN:
            await this.sign();
            break;
          case ACTION_TOOLS: {
            // The round's stream ended at its done: its response is closed.
            if (this.exchange) this.exchange.abort('superseded');
            this.exchange = null;
            this.toolRound = new ToolRound(JSON.parse(this.core.call_tool_calls(this.handle)), this.tools);
            break;
          }
          case ACTION_FAIL:
            throw errorFromCore(this.core.call_error(this.handle));
          default:
            throw new InternalError('internal', `unknown action kind ${kind}`);
        }
      }
      return { done: true, value: undefined };
    } catch (err) {
      this.release();
      if (this.sink !== null) await this.sink.abort(err).catch(() => {});
      throw err;
    }
  }
}

// Runs a call that answers once to its end; resolves to its answer.
export async function runToAnswer(state) {
  for (;;) {
    const step = await state.step();
    if (step.done) return step.value;
  }
}

// A stream of events: an async iterator (for await ... of) over the events
// of one call, opened by the first next(). The events of a batch are handed
// out without another step of the core. Leaving a for-await loop early
// (return()) cancels the call and aborts its request; a stream dropped
// half-way without return() is cancelled once it is garbage collected.
export class Stream {
  #open;
  #state = null;
  #busy = Promise.resolve();
  #pending = 0; // next() calls not yet settled
  #closed = false;

  // `open`: an async function resolving to the call's RunState.
  constructor(open) {
    this.#open = open;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  next() {
    // The batch in hand, when no earlier next() is still waiting.
    if (this.#pending === 0 && this.#state !== null) {
      const event = this.#state.shift();
      if (event !== undefined) return Promise.resolve({ done: false, value: event });
    }
    this.#pending++;
    const step = this.#busy
      .then(() => this.#advance())
      .finally(() => {
        this.#pending--;
      });
    this.#busy = step.then(noop, noop);
    return step;
  }

  async #advance() {
    if (this.#closed) return { done: true, value: undefined };
    if (this.#state === null) {
      const state = await this.#open();
      this.#state = state;
      if (abandonedRuns) abandonedRuns.register(this, state, state);
      if (this.#closed) {
        state.release();
        return { done: true, value: undefined };
      }
    }
    const step = await this.#state.step();
    return step.done ? { done: true, value: undefined } : step;
  }

  // Cancels the call if it is still running and frees it.
  return(value) {
    this.#closed = true;
    if (this.#state !== null) this.#state.cancel();
    const done = this.#busy.then(() => {
      if (this.#state !== null) this.#state.release();
      return { done: true, value };
    });
    this.#busy = done.then(noop, noop);
    return done;
  }

  throw(err) {
    return this.return().then(() => Promise.reject(err));
  }
}
