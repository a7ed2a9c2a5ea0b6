// The fetch driver: runs one core Call to its end. It only moves bytes and
// time; every retry, timeout and decoding decision is the core's.
//
//   SEND  -> start fetch() with an AbortController; the response head, each
//            body chunk (copied into wasm memory), the end or a failure are
//            fed to the core one at a time, when the core WAITs for them
//   WAIT  -> the next transport item raced against a timer to wake_at_ms
//   SLEEP -> a timer, cut short by cancellation
//   EVENT -> yielded to the caller; DONE -> returned; FAIL -> thrown

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
      kind = this.gotHead ? 'reset' : 'connect';
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

// Runs `op` with `params` on a core Client. Yields the core's events
// ({type, data} with data as JSON text) and returns {result, logid}.
// options: signal (AbortSignal: cancels), timeoutMs (whole call), headers.
export async function* runCall(core, client, fetchImpl, op, params, options = {}) {
  let paramsJson;
  try {
    paramsJson = JSON.stringify(params ?? {});
  } catch (err) {
    throw makeCozeError('invalid_argument', `params cannot be encoded as JSON: ${err.message}`);
  }
  // Date.now() gives the core a wall clock for ids and HTTP-date Retry-After.
  const call = new core.Call(client, op, paramsJson, Number(options.timeoutMs ?? -1), headerPairs(options.headers), Date.now());
  const buffer = new WasmBuffer(core);
  const interrupt = new Interrupt();
  const signal = options.signal;
  let exchange = null;
  const onAbort = () => {
    call.cancel();
    if (exchange) exchange.abort('cancelled');
    interrupt.fire();
  };
  if (signal) {
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    for (;;) {
      const action = call.next(monotonicMs());
      switch (action.kind) {
        case ACTION_SEND:
          // fetch has no separate connect phase: request.connect_timeout_ms is
          // left to the core's first-byte deadline (a WAIT's wake_at_ms).
          if (exchange) exchange.abort('superseded');
          exchange = new Exchange(fetchImpl, action.request);
          break;
        case ACTION_WAIT: {
          const pending = exchange ? exchange.next() : null;
          const wakeAt = action.wake_at_ms;
          if (!pending && wakeAt < 0) {
            throw new InternalError('internal', 'the core waits for input but no request is in flight');
          }
          const item =
            wakeAt < 0
              ? await Promise.race([pending, interrupt.promise])
              : await pause(Math.ceil(wakeAt - globalThis.performance.now()), interrupt, pending);
          if (item.type !== 'timer' && item.type !== 'interrupted') {
            exchange.consumed(item);
            feed(call, item, buffer);
          }
          break;
        }
        case ACTION_SLEEP:
          await pause(action.delay_ms, interrupt);
          break;
        case ACTION_EVENT:
          yield action.event;
          break;
        case ACTION_DONE:
          return { result: action.result, logid: action.logid };
        case ACTION_FAIL:
          throw errorFromCore(action.error);
        default:
          throw new InternalError('internal', `unknown action kind ${action.kind}`);
      }
    }
  } finally {
    if (signal) signal.removeEventListener('abort', onAbort);
    if (!call.finished()) call.cancel();
    if (exchange) exchange.abort('cancelled');
    buffer.free();
    call.delete();
  }
}
