// The fetch driver: runs one core Call to its end. It only moves bytes and
// time; every retry, timeout and decoding decision is the core's.
//
//   SEND  -> start fetch() with an AbortController; the response head, each
//            body chunk (copied into wasm memory), the end or a failure are
//            fed to the core one at a time, when the core WAITs for them
//   WAIT  -> the next transport item raced against a timer to wake_at_ms
//   SLEEP -> a timer, cut short by cancellation
//   EVENT -> yielded to the caller; DONE -> returned; FAIL -> thrown
// After every next() the hook events the core recorded go to the client's
// hooks, synchronously (request_sent before the fetch starts).

import { InternalError, errorFromCore, makeCozeError } from './errors.mjs';
import { WasmBuffer } from './runtime.mjs';

const ACTION_SEND = 0;
const ACTION_WAIT = 1;
const ACTION_SLEEP = 2;
const ACTION_EVENT = 3;
const ACTION_DONE = 4;
const ACTION_FAIL = 5;

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

function monotonicMs() {
  return Math.floor(globalThis.performance.now());
}

// A one-shot signal that interrupts the driver's waits (cancellation).
class Interrupt {
  constructor() {
    this.fired = false;
    this.promise = new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  fire() {
    this.fired = true;
    this.resolve({ type: 'interrupted' });
  }
}

// Resolves after `ms` unless `interrupt` fires first; the timer is always cleared.
function pause(ms, interrupt, racer) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ type: 'timer' }), Math.max(0, ms));
  });
  const contenders = [timeout, interrupt.promise];
  if (racer) contenders.push(racer);
  return Promise.race(contenders).finally(() => clearTimeout(timer));
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

// One HTTP exchange. Items come out one at a time through next(); a read is
// only started when the previous item was consumed, so nothing is buffered
// beyond the chunk in hand.
class Exchange {
  constructor(fetchImpl, request) {
    this.controller = new AbortController();
    this.abortReason = '';
    this.gotHead = false;
    this.finished = false;
    this.reader = null;
    const headers = request.headers.filter(([name]) => !forbiddenRequestHeaders.has(name.toLowerCase()));
    const method = request.method || 'GET';
    const init = { method, headers, signal: this.controller.signal };
    if (request.body.length > 0 && method !== 'GET' && method !== 'HEAD') init.body = request.body;
    let started;
    try {
      started = Promise.resolve(fetchImpl(request.url, init));
    } catch (err) {
      started = Promise.reject(err);
    }
    this.pending = started.then(
      (response) => ({ type: 'head', response }),
      (err) => this.failure(err),
    );
  }

  failure(err) {
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
      const body = item.response.body;
      this.reader = body ? body.getReader() : null;
    } else if (item.type === 'end' || item.type === 'error') {
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

function feed(call, item, buffer) {
  switch (item.type) {
    case 'head':
      call.on_response(item.response.status, Array.from(item.response.headers));
      break;
    case 'chunk':
      if (item.value && item.value.length > 0) call.on_body_ptr(buffer.copy(item.value), item.value.length);
      break;
    case 'end':
      call.on_end();
      break;
    case 'error':
      call.on_transport_error(item.kind, item.message);
      break;
    default:
      break;
  }
}

function headerPairs(headers) {
  if (!headers) return [];
  let source;
  if (Array.isArray(headers)) source = headers;
  else if (typeof headers.entries === 'function') source = headers.entries(); // Headers, Map
  else source = Object.entries(headers);
  const out = [];
  for (const [name, value] of source) {
    if (value !== undefined && value !== null) out.push([String(name), String(value)]);
  }
  return out;
}

function invalid(message) {
  return makeCozeError('invalid_argument', message);
}

function isSet(value) {
  return value !== undefined && value !== null;
}

// A call's options as the JSON object CallOptions.apply_json takes. Types are
// checked here so that a mistake names the option; the core checks the rest
// (a malformed traceparent fails the call as invalid_argument).
export function callOptionsJson(options) {
  const out = { wall_ms: Date.now() }; // a wall clock for ids and HTTP-date Retry-After
  if (isSet(options.timeoutMs)) {
    const ms = Number(options.timeoutMs);
    if (!Number.isFinite(ms) || (ms < 0 && ms !== -1)) {
      throw invalid("timeoutMs must be a non-negative number of milliseconds (-1: the client's)");
    }
    out.timeout_ms = Math.ceil(ms);
  }
  if (isSet(options.maxRetries)) {
    const n = options.maxRetries;
    if (!Number.isInteger(n) || n < 0 || n > 100) throw invalid('maxRetries must be an integer from 0 to 100');
    out.max_retries = n;
  }
  const headers = headerPairs(options.headers);
  if (headers.length > 0) out.headers = Object.fromEntries(headers);
  if (isSet(options.idempotency)) {
    if (typeof options.idempotency !== 'boolean') throw invalid('idempotency must be true or false');
    out.idempotency = options.idempotency;
  }
  for (const [name, key] of [
    ['idempotencyKey', 'idempotency_key'],
    ['traceparent', 'traceparent'],
    ['tracestate', 'tracestate'],
  ]) {
    if (!isSet(options[name])) continue;
    if (typeof options[name] !== 'string') throw invalid(`${name} must be a string`);
    out[key] = options[name];
  }
  return JSON.stringify(out);
}

// ---- hooks ------------------------------------------------------------------

export const hookNames = {
  request_sent: 'onRequestSent',
  response_head: 'onResponseHead',
  retry_scheduled: 'onRetryScheduled',
  call_finished: 'onCallFinished',
};

const orNull = (ms) => (typeof ms === 'number' && ms >= 0 ? ms : null);

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

// ---- the call loop ----------------------------------------------------------

// Frees the core call of a CallRun that was dropped unfinished without
// return() (an abandoned iterator): it cancels the call and aborts its request.
const abandonedRuns =
  typeof FinalizationRegistry === 'function' ? new FinalizationRegistry((state) => state.release(false)) : null;

// Everything one call owns. Kept apart from the CallRun so that the
// finalization registry can release it once the CallRun is unreachable.
class RunState {
  constructor(core, client, fetchImpl, op, paramsJson, optionsJson, hooks, signal) {
    this.fetchImpl = fetchImpl;
    this.hooks = hooks;
    this.call = new core.Call(client, op, paramsJson, optionsJson);
    this.buffer = new WasmBuffer(core);
    this.interrupt = new Interrupt();
    this.exchange = null;
    this.released = false;
    this.signal = signal;
    this.onAbort = () => this.cancel();
    if (signal) {
      if (signal.aborted) this.cancel();
      else signal.addEventListener('abort', this.onAbort, { once: true });
    }
  }

  // call.next(), then the hook events it recorded.
  next() {
    const action = this.call.next(monotonicMs());
    if (this.hooks) runHooks(this.hooks, this.call.take_hooks_json());
    return action;
  }

  cancel() {
    if (this.released) return;
    this.call.cancel();
    if (this.exchange) this.exchange.abort('cancelled');
    this.interrupt.fire();
  }

  // Ends the call (cancelling it when unfinished) and frees its core handles.
  // Safe to call more than once.
  release(withHooks = true) {
    if (this.released) return;
    try {
      if (!this.call.finished()) {
        this.call.cancel();
        // One more step lets the core finish the call (call_finished hook).
        if (withHooks) this.next();
        else this.call.next(monotonicMs());
      }
    } finally {
      this.released = true;
      if (abandonedRuns) abandonedRuns.unregister(this);
      if (this.signal) this.signal.removeEventListener('abort', this.onAbort);
      if (this.exchange) this.exchange.abort('cancelled');
      this.exchange = null;
      this.interrupt.fire();
      this.buffer.free();
      this.call.delete();
    }
  }

  // Runs the loop to the next event ({done: false, value: event}) or the end
  // ({done: true, value: {result, logid}}); a failure is thrown.
  async step() {
    try {
      while (!this.released) {
        const action = this.next();
        switch (action.kind) {
          case ACTION_SEND:
            // fetch has no separate connect phase: request.connect_timeout_ms is
            // left to the core's first-byte deadline (a WAIT's wake_at_ms).
            if (this.exchange) this.exchange.abort('superseded');
            this.exchange = new Exchange(this.fetchImpl, action.request);
            break;
          case ACTION_WAIT: {
            const exchange = this.exchange;
            const pending = exchange ? exchange.next() : null;
            const wakeAt = action.wake_at_ms;
            if (!pending && wakeAt < 0) {
              throw new InternalError('internal', 'the core waits for input but no request is in flight');
            }
            const item =
              wakeAt < 0
                ? await Promise.race([pending, this.interrupt.promise])
                : await pause(Math.ceil(wakeAt - globalThis.performance.now()), this.interrupt, pending);
            if (this.released) break;
            if (item.type !== 'timer' && item.type !== 'interrupted' && exchange === this.exchange) {
              exchange.consumed(item);
              feed(this.call, item, this.buffer);
            }
            break;
          }
          case ACTION_SLEEP:
            if (this.exchange) this.exchange.abort('superseded'); // the core is done with that answer
            await pause(action.delay_ms, this.interrupt);
            break;
          case ACTION_EVENT:
            return { done: false, value: action.event };
          case ACTION_DONE:
            this.release();
            return { done: true, value: { result: action.result, logid: action.logid } };
          case ACTION_FAIL:
            throw errorFromCore(action.error);
          default:
            throw new InternalError('internal', `unknown action kind ${action.kind}`);
        }
      }
      return { done: true, value: undefined };
    } catch (err) {
      this.release();
      throw err;
    }
  }
}

// Runs `op` with `params` on a core Client: an async iterator of the core's
// events ({type, data} with data as JSON text) that finishes with
// {result, logid}. options: signal (AbortSignal: cancels), timeoutMs (whole
// call), maxRetries, headers, idempotency, idempotencyKey, traceparent,
// tracestate. hooks: the client's hooks object, or null.
//
// The core call is freed when the call ends, when return() is called (a
// for-await loop left early) and, for an iterator dropped half-way, once it
// is garbage collected.
export class CallRun {
  #state;
  #busy = Promise.resolve();

  constructor(core, client, fetchImpl, op, params, options = {}, hooks = null) {
    let paramsJson;
    try {
      paramsJson = JSON.stringify(params ?? {});
    } catch (err) {
      throw invalid(`params cannot be encoded as JSON: ${err.message}`);
    }
    const optionsJson = callOptionsJson(options ?? {});
    this.#state = new RunState(core, client, fetchImpl, op, paramsJson, optionsJson, hooks, options?.signal);
    if (abandonedRuns) abandonedRuns.register(this, this.#state, this.#state);
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  // Steps run one after another, as an async generator's would.
  next() {
    const owner = this; // held by the pending step: never collected mid-step
    const step = this.#busy.then(() => owner.#state.step());
    this.#busy = step.then(
      () => {},
      () => {},
    );
    return step;
  }

  // Cancels the call if it is still running and frees it.
  return(value) {
    const state = this.#state;
    state.cancel();
    const done = this.#busy.then(() => {
      state.release();
      return { done: true, value };
    });
    this.#busy = done.then(
      () => {},
      () => {},
    );
    return done;
  }

  throw(err) {
    return this.return().then(() => Promise.reject(err));
  }
}
