// The public client: new Coze({token, baseURL}) with the generated resources
// (coze.chat.create, coze.conversations.messages.list, ...) over the fetch
// driver, plus the generic entry points by operation name.

import { makeCozeError } from './errors.mjs';
import {
  RunState,
  Stream,
  callOptionsJson,
  hookNames,
  invalid,
  isSet,
  normalizeOptions,
  runToAnswer,
} from './driver.mjs';
import { StreamEvent, eventsOf, readRecord, resultOf } from './records.mjs';
import { loadedCore, randomBytes, requireCore, toBytes } from './runtime.mjs';
import { makeResources, operations } from './generated/resources.mjs';

const optionKeys = {
  baseURL: 'base_url',
  maxRetries: 'max_retries',
  idempotencyHeader: 'idempotency_header',
  connectTimeoutMs: 'connect_timeout_ms',
  firstByteTimeoutMs: 'first_byte_timeout_ms',
  idleTimeoutMs: 'idle_timeout_ms',
  timeoutMs: 'total_timeout_ms',
  userAgent: 'user_agent',
  hookBodies: 'hook_bodies',
};

// Nested options: {jsName: [coreName, {jsKey: coreKey}]}.
const groupKeys = {
  retryBudget: [
    'retry_budget',
    {
      capacity: 'capacity',
      retryCost: 'retry_cost',
      timeoutRetryCost: 'timeout_retry_cost',
      successRefund: 'success_refund',
    },
  ],
  rateLimit: ['rate_limit', { perSecond: 'per_second', burst: 'burst' }],
};

// Renames the keys of an options group; a value that is not a plain object
// goes to the core as is, which reports it (rateLimit: null turns it off).
function coreGroup(value, keys) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out = {};
  for (const [jsKey, coreKey] of Object.entries(keys)) {
    if (value[jsKey] !== undefined) out[coreKey] = value[jsKey];
  }
  return out;
}

// The hooks object, checked: null when it names no hook (then the core
// records nothing).
function checkedHooks(hooks) {
  if (hooks === undefined || hooks === null) return null;
  if (typeof hooks !== 'object') throw invalid('hooks must be an object of functions');
  const known = new Set(Object.values(hookNames));
  let any = false;
  for (const [name, fn] of Object.entries(hooks)) {
    if (!known.has(name)) throw invalid(`unknown hook ${name}`);
    if (fn === undefined || fn === null) continue;
    if (typeof fn !== 'function') throw invalid(`hook ${name} must be a function`);
    any = true;
  }
  return any ? hooks : null;
}

// ---- parameters -------------------------------------------------------------------

// The generated parameter flags (web/src/generated/resources.mjs).
const PARAM_FILE = 3;
const PARAM_REQUIRED = 4;

// Checks the names of `params` against the operation: a name it does not
// have, or a required one missing, is an InvalidArgumentError. What the
// description lacks goes in the extra_query / extra_body options.
function checkParams(op, params, strict) {
  if (!isSet(params)) params = {};
  else if (typeof params !== 'object' || Array.isArray(params)) throw invalid(`${op.name}: params must be an object`);
  if (op.params === null) return params; // an operation this package does not describe
  // The generic request/stream pass other names through, as every language's generic entry does.
  if (!strict) return params;
  for (const name of Object.keys(params)) {
    if (!Object.hasOwn(op.params, name)) throw invalid(`${op.name}: unknown parameter ${name}`);
  }
  for (const [name, flags] of Object.entries(op.params)) {
    if (flags & PARAM_REQUIRED && !isSet(params[name])) throw invalid(`${op.name}: missing parameter ${name}`);
  }
  return params;
}

function base64(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return globalThis.btoa(binary);
}

function isBlob(value) {
  return typeof globalThis.Blob === 'function' && value instanceof globalThis.Blob;
}

// A file parameter as the core takes it: {filename, content_type, data_base64}.
// Accepted: bytes (Uint8Array, ArrayBuffer, a typed array), a string (sent
// as UTF-8), a Blob or File, or {data, filename, contentType} with one of those.
async function fileParam(name, value) {
  let data = value;
  let filename;
  let contentType;
  if (
    value !== null &&
    typeof value === 'object' &&
    !isBlob(value) &&
    !ArrayBuffer.isView(value) &&
    !(value instanceof ArrayBuffer)
  ) {
    ({ data, filename, contentType } = value);
  }
  if (isBlob(data)) {
    filename ??= typeof data.name === 'string' && data.name !== '' ? data.name : undefined;
    contentType ??= data.type || undefined;
    data = new Uint8Array(await data.arrayBuffer());
  }
  let bytes;
  try {
    bytes = toBytes(data);
  } catch {
    throw invalid(`parameter ${name}: expected bytes, a string, a Blob or {data, filename, contentType}`);
  }
  return {
    filename: filename ?? name,
    content_type: contentType ?? 'application/octet-stream',
    data_base64: base64(bytes),
  };
}

async function paramsJson(op, params) {
  let out = params;
  if (op.params !== null) {
    for (const [name, flags] of Object.entries(op.params)) {
      if ((flags & 3) !== PARAM_FILE || !isSet(params[name])) continue;
      if (out === params) out = { ...params };
      out[name] = await fileParam(name, params[name]);
    }
  }
  try {
    return JSON.stringify(out);
  } catch (err) {
    throw invalid(`params cannot be encoded as JSON: ${err.message}`);
  }
}

// An operation by name: the generated one, or a bare one for names only the
// core knows (no parameter check, a JSON answer).
function operationNamed(name) {
  if (typeof name !== 'string') throw invalid('the operation name must be a string');
  return Object.hasOwn(operations, name) ? operations[name] : { name, response: 'json', events: null, params: null };
}

// ---- the client ------------------------------------------------------------------

export class Coze {
  #config;
  #fetch;
  #hooks;
  #client = null;
  #core = null;
  #starting = null;
  #closed = false;

  // options: token (required), baseURL, maxRetries, idempotencyHeader
  // (null: none), connectTimeoutMs, firstByteTimeoutMs, idleTimeoutMs,
  // timeoutMs (whole call), userAgent, fetch (a fetch-compatible function),
  // retryBudget {capacity, retryCost, timeoutRetryCost, successRefund},
  // rateLimit {perSecond, burst} (null: off), hooks {onRequestSent,
  // onResponseHead, onRetryScheduled, onCallFinished}, hookBodies.
  constructor(options = {}) {
    if (!options || typeof options.token !== 'string' || options.token === '') {
      throw invalid('a token is required');
    }
    const config = { token: options.token };
    for (const [jsName, coreName] of Object.entries(optionKeys)) {
      if (options[jsName] !== undefined) config[coreName] = options[jsName];
    }
    for (const [jsName, [coreName, keys]] of Object.entries(groupKeys)) {
      if (options[jsName] !== undefined) config[coreName] = coreGroup(options[jsName], keys);
    }
    this.#hooks = checkedHooks(options.hooks);
    config.hooks = this.#hooks !== null; // no hooks: the core records nothing
    this.#config = config;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') throw invalid('no fetch implementation');
    this.#fetch = options.fetch ? fetchImpl : (url, init) => globalThis.fetch(url, init);
    const resources = makeResources((op, params, callOptions) => this.#invoke(op, params, callOptions));
    for (const [name, resource] of Object.entries(resources)) {
      Object.defineProperty(this, name, { value: resource, enumerable: true });
    }
  }

  // Creates a client whose WebAssembly core is loaded.
  static async create(options) {
    const coze = new Coze(options);
    await coze.ready();
    return coze;
  }

  // Loads the core and builds the client (done lazily by the first call).
  ready() {
    if (!this.#starting) {
      this.#starting = loadedCore().then((core) => {
        if (this.#closed) throw invalid('the client is closed');
        const config = new core.ClientConfig();
        try {
          const problem = config.apply_json(JSON.stringify(this.#config));
          if (problem) throw invalid(problem);
          const seed = new Uint32Array(randomBytes(8).buffer);
          config.set_seed(seed[0], seed[1]);
          this.#client = new core.Client(config);
          this.#core = core;
        } finally {
          config.delete();
        }
      });
      this.#starting.catch(() => {});
    }
    return this.#starting;
  }

  // Runs any operation by name (e.g. "chat.create") and resolves to its
  // answer: the result's typed view, null, or {data, contentType, logid}
  // for binary answers. A streaming operation runs to its end (events dropped).
  request(op, params, options) {
    return this.#answer(operationNamed(op), params, options, false);
  }

  // Runs a streaming operation by name (e.g. "chat.stream"): a Stream of its
  // events. Leaving the loop early cancels the call.
  stream(op, params, options) {
    const operation = operationNamed(op);
    return this.#stream(operation, params, options, operation.events ?? StreamEvent, false);
  }

  // The generated methods land here: a Stream for streaming operations,
  // else a promise of the answer.
  #invoke(op, params, options) {
    return op.response === 'sse'
      ? this.#stream(op, params, options, op.events, true)
      : this.#answer(op, params, options, true);
  }

  async #answer(op, params, options, strict) {
    return runToAnswer(await this.#start(op, params, options, StreamEvent, strict));
  }

  #stream(op, params, options, events, strict) {
    return new Stream(() => this.#start(op, params, options, events, strict));
  }

  async #start(op, params, options, events, strict) {
    const checked = checkParams(op, params, strict);
    const callOptions = normalizeOptions(options);
    const optionsJson = callOptionsJson(callOptions);
    await this.ready();
    this.#live();
    const json = await paramsJson(op, checked);
    return new RunState({
      core: this.#live(),
      client: this.#client,
      fetch: this.#fetch,
      hooks: this.#hooks,
      op: op.name,
      paramsJson: json,
      optionsJson,
      signal: callOptions.signal,
      events,
      binary: op.response === 'binary',
    });
  }

  #live() {
    if (this.#closed || !this.#client) throw invalid('the client is closed');
    return this.#core;
  }

  // Frees the client's core state; calls in progress keep working.
  close() {
    this.#closed = true;
    if (this.#client) this.#client.delete();
    this.#client = null;
  }
}

// ---- decoding answers received elsewhere ------------------------------------------------

function recordOf(decoded) {
  if (decoded.error) {
    const e = decoded.error;
    throw makeCozeError(e.kind || 'decode', e.message, {
      httpStatus: e.http_status,
      code: e.code,
      logid: e.logid,
      retryable: e.retryable,
      retryAfterMs: e.retry_after_ms >= 0 ? e.retry_after_ms : null,
      body: e.body,
    });
  }
  return readRecord(decoded.record);
}

// A whole non-stream answer of `op` (HTTP status and body text) decoded as a
// call would: the result's view (null for operations without a payload), or
// the mapped CozeError thrown. Needs init().
export function decodeResponse(op, status, body) {
  const name = operationNamed(op).name;
  return resultOf(recordOf(requireCore().decode_response_js(name, Number(status), String(body))));
}

// One stream event of the streaming operation `op` (its SSE event name and
// data text) as the stream would hand it out, or the CozeError it ends the
// stream with (an error event, malformed JSON) thrown. Needs init().
export function decodeEvent(op, type, data) {
  const operation = operationNamed(op);
  const rec = recordOf(requireCore().decode_event_js(operation.name, String(type), String(data)));
  const events = eventsOf(rec, operation.events ?? StreamEvent);
  if (events.length !== 1) throw makeCozeError('internal', `decode_event gave ${events.length} events`);
  return events[0];
}
