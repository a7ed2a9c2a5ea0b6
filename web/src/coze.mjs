// The public client: new Coze({token, baseURL}) with the generated resources
// (coze.chat.create, coze.conversations.messages.list, ...) over the fetch
// driver, plus the generic entry points by operation name.

import { errorFromCore, makeCozeError } from './errors.mjs';
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
import { Pager } from './pages.mjs';
import { hostIdentity, isBrowser, loadedCore, randomBytes, requireCore, toBytes } from './runtime.mjs';
import { checkedPrivateKey, makeSigner } from './signer.mjs';
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

// chat.create_and_poll (coze.chat.createAndPoll), a flow of the core
// (core/exec/flow.h): chat.create's parameters plus poll_interval_ms.
const createAndPollOp = {
  name: 'chat.create_and_poll',
  response: 'json',
  events: null,
  params: { ...operations['chat.create'].params, poll_interval_ms: 2 },
};

// An operation by name: the generated one, or a bare one for names only the
// core knows (no parameter check, a JSON answer).
function operationNamed(name) {
  if (typeof name !== 'string') throw invalid('the operation name must be a string');
  return Object.hasOwn(operations, name) ? operations[name] : { name, response: 'json', events: null, params: null };
}

// ---- auth ------------------------------------------------------------------------------

// The keys of each kind of `auth` option: {jsName: coreName}; the core's
// snake_case names are accepted too (one spelling per key).
const authKeys = {
  oauth: {
    type: 'type',
    clientId: 'client_id',
    accessToken: 'access_token',
    refreshToken: 'refresh_token',
    expiresIn: 'expires_in',
    clientSecret: 'client_secret',
    refreshMarginSeconds: 'refresh_margin_s',
  },
  jwt: {
    type: 'type',
    clientId: 'client_id',
    publicKeyId: 'public_key_id',
    privateKey: 'private_key',
    ttlSeconds: 'ttl_seconds',
    sessionName: 'session_name',
    accountId: 'account_id',
    enterpriseId: 'enterprise_id',
    scope: 'scope',
    refreshMarginSeconds: 'refresh_margin_s',
  },
};
const authIntegers = new Set(['expires_in', 'ttl_seconds', 'refresh_margin_s']);

// The `auth` option checked and in the core's names (ClientConfig.auth),
// plus the signer of a jwt app. Messages name keys, never values.
function authConfig(auth) {
  if (auth === null || typeof auth !== 'object' || Array.isArray(auth)) {
    throw invalid('auth must be an object: {type: "oauth", ...} or {type: "jwt", ...}');
  }
  if (auth.type !== 'oauth' && auth.type !== 'jwt') throw invalid('auth.type must be "oauth" or "jwt"');
  const keys = authKeys[auth.type];
  const coreNames = new Map();
  for (const [jsName, coreName] of Object.entries(keys)) {
    coreNames.set(jsName, coreName);
    coreNames.set(coreName, coreName);
  }
  const core = {};
  let privateKey;
  for (const [key, value] of Object.entries(auth)) {
    const name = coreNames.get(key);
    if (name === undefined) throw invalid(`auth: unknown key ${key} for auth type ${auth.type}`);
    if (value === undefined || value === null) continue;
    if (Object.hasOwn(core, name) || (name === 'private_key' && privateKey !== undefined)) {
      throw invalid(`auth.${key} given twice`);
    }
    if (name === 'private_key') {
      privateKey = value;
    } else if (name === 'scope') {
      if (typeof value !== 'object') throw invalid('auth.scope must be an object');
      core.scope = value;
    } else if (authIntegers.has(name)) {
      if (!Number.isSafeInteger(value)) throw invalid(`auth.${key} must be an integer`);
      core[name] = value;
    } else if (name === 'account_id' || name === 'enterprise_id') {
      if (typeof value !== 'string' && !Number.isSafeInteger(value)) throw invalid(`auth.${key} must be a string`);
      core[name] = String(value);
    } else {
      if (typeof value !== 'string') throw invalid(`auth.${key} must be a string`);
      core[name] = value;
    }
  }
  if (!core.client_id) throw invalid('auth.clientId is required');
  if (auth.type === 'jwt') {
    if (!core.public_key_id) throw invalid('auth.publicKeyId is required for a jwt app');
    return { core, signer: makeSigner(checkedPrivateKey(privateKey, 'auth.privateKey')) };
  }
  if (!core.access_token && !core.refresh_token) throw invalid('auth needs an accessToken or a refreshToken');
  return { core, signer: null };
}

// Marks a client made by the auth flows (src/auth.mjs): it needs no token
// and may carry a signer. Not reachable from outside the package.
export const flowClient = Symbol('cozecore flow client');

// Runs a flow on a client (see Coze's #flow); set by the class.
export let runFlow;

// ---- the client ------------------------------------------------------------------

export class Coze {
  #config;
  #fetch;
  #hooks;
  #signer = null;
  #authType = null;
  #lastToken = null;
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
  // Instead of token: auth, an OAuth token the client refreshes itself
  // ({type: "oauth", clientId, accessToken, refreshToken, expiresIn,
  // clientSecret}) or a service app whose JWTs it signs with WebCrypto
  // ({type: "jwt", clientId, publicKeyId, privateKey, ttlSeconds,
  // sessionName, accountId, enterpriseId, scope}). In a browser a personal
  // access token (pat_...) is refused unless allowPersonalAccessTokenInBrowser.
  constructor(options = {}) {
    if (!options || typeof options !== 'object') throw invalid('options must be an object');
    const internal = options[flowClient];
    const config = {};
    if (internal) {
      this.#signer = internal.signer ?? null;
    } else if (isSet(options.auth)) {
      if (isSet(options.token)) throw invalid('give either token or auth, not both');
      const auth = authConfig(options.auth);
      config.auth = auth.core;
      this.#signer = auth.signer;
      this.#authType = auth.core.type;
    } else {
      if (typeof options.token !== 'string' || options.token === '') {
        throw invalid('a token is required (or auth: an OAuth token or a jwt app)');
      }
      if (options.token.startsWith('pat_') && isBrowser() && options.allowPersonalAccessTokenInBrowser !== true) {
        throw invalid(
          'a personal access token (pat_...) in a browser can be read by anyone who loads the page: ' +
            'use OAuth (PKCE, or a short-lived token from your server), or pass ' +
            'allowPersonalAccessTokenInBrowser: true to accept that risk',
        );
      }
      config.token = options.token;
    }
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
    // The one hand-written method of a resource: a flow with an answer of its own.
    Object.defineProperty(resources.chat, 'createAndPoll', {
      value: (params, callOptions) => this.#createAndPoll(params, callOptions),
      writable: true,
      configurable: true,
    });
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
      this.#starting = loadedCore().then(async (core) => {
        if (this.#closed) throw invalid('the client is closed');
        const config = new core.ClientConfig();
        try {
          const problem = config.apply_json(JSON.stringify({ ...this.#config, ...hostIdentity() }));
          if (problem) throw invalid(problem);
          const seed = new Uint32Array(randomBytes(8).buffer);
          config.set_seed(seed[0], seed[1]);
          this.#client = new core.Client(config);
          this.#core = core;
        } finally {
          config.delete();
        }
        // A jwt app's key is imported now: a key WebCrypto cannot read fails
        // the first call, before anything is sent.
        if (this.#signer !== null && this.#signer.prepare) await this.#signer.prepare();
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

  // The generated methods land here: a Stream for streaming operations, a
  // Pager for the pages of a list operation, else a promise of the answer.
  #invoke(op, params, options) {
    if (op.response === 'sse') return this.#stream(op, params, options, op.events, true);
    if (op.response === 'pages') return new Pager(() => this.#start(op, params, options, StreamEvent, true), op.items);
    return this.#answer(op, params, options, true);
  }

  // coze.chat.createAndPoll: creates the chat, polls it every
  // poll_interval_ms (default 1000) until it is completed, failed,
  // requires_action or canceled, then lists its messages: {chat, messages}.
  // The core runs it all; past the call's deadline (the timeout option) it
  // cancels the chat and the call fails with a TimeoutError.
  async #createAndPoll(params, options) {
    const interval = isSet(params) && typeof params === 'object' ? params.poll_interval_ms : undefined;
    if (isSet(interval) && !(Number.isSafeInteger(interval) && interval >= 1)) {
      throw invalid('chat.create_and_poll: poll_interval_ms must be an integer number of milliseconds, at least 1');
    }
    const state = await this.#start(createAndPollOp, params, options, StreamEvent, true);
    let chat;
    for (;;) {
      const step = await state.step();
      if (step.done) return { chat, messages: step.value ?? [] };
      if (step.value.type === 'chat') chat = step.value.data;
    }
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
      signer: this.#signer,
    });
  }

  // Runs an operation (a flow, by name) to its answer, handing each event to
  // `onEvent` (awaited); an onEvent that throws cancels the call and its
  // error is thrown.
  async #flow(name, params, options, onEvent) {
    const state = await this.#start(operationNamed(name), params, options, StreamEvent, false);
    for (;;) {
      const step = await state.step();
      if (step.done) return step.value;
      if (!onEvent) continue;
      try {
        await onEvent(step.value);
      } catch (err) {
        state.release();
        throw err;
      }
    }
  }

  static {
    runFlow = (coze, name, params, options, onEvent) => coze.#flow(name, params, options, onEvent);
  }

  // The token the client holds now, for callers who store it (a refresh
  // token changes on every refresh): {access_token, refresh_token,
  // expires_in (unix seconds, -1 unknown), refreshes}; null for a client
  // with a fixed token.
  token() {
    if (this.#authType === null) return null;
    if (this.#client) this.#lastToken = JSON.parse(this.#client.token_json());
    if (this.#lastToken !== null && this.#lastToken.access_token !== undefined) return { ...this.#lastToken };
    const auth = this.#config.auth;
    return {
      access_token: auth.access_token ?? '',
      refresh_token: auth.refresh_token ?? '',
      expires_in: auth.expires_in ?? -1,
      refreshes: 0,
    };
  }

  #live() {
    if (this.#closed || !this.#client) throw invalid('the client is closed');
    return this.#core;
  }

  // Frees the client's core state; calls in progress keep working.
  close() {
    this.#closed = true;
    if (this.#client && this.#authType !== null) this.#lastToken = JSON.parse(this.#client.token_json());
    if (this.#client) this.#client.delete();
    this.#client = null;
  }
}

// ---- decoding answers received elsewhere ------------------------------------------------

function recordOf(decoded) {
  if (decoded.error) throw errorFromCore({ ...decoded.error, kind: decoded.error.kind || 'decode' });
  return readRecord(decoded.record);
}

// The error a call fails with when the server gives this one answer (HTTP
// status, headers as an object or [name, value] pairs, body text), mapped
// by the core's executor with no retry as if a `method` request (a stream
// request when `stream`) had received it: the CozeError the call would
// throw, or null when the call would succeed. `wallMs` (unix ms) lets an
// HTTP-date Retry-After count. Needs init().
export function answerError(method, stream, status, headers = [], body = '', wallMs = -1) {
  const pairs = Array.isArray(headers) ? headers : Object.entries(headers ?? {});
  const list = pairs.map(([name, value]) => [String(name), String(value)]);
  const e = requireCore().answer_error(String(method), !!stream, Number(status), list, String(body), Number(wallMs));
  return e.kind ? errorFromCore(e) : null;
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
