// The public client: new Coze({token, baseURL}) with the generated resources
// (coze.chat.create, coze.conversations.messages.list, ...) over the fetch
// driver, plus the generic entry points by operation name.

import { errorFromCore, makeCozeError } from './errors.mjs';
import {
  RunState,
  Stream,
  callOptionsJson,
  headerPairs,
  hookNames,
  invalid,
  monotonicMs,
  isSet,
  keyMap,
  normalizeOptions,
  runToAnswer,
} from './driver.mjs';
import { StreamEvent, eventsOf, recordOrThrow, resultOf } from './records.mjs';
import { ClientHealth } from './generated/models.mjs';
import { Pager } from './pages.mjs';
import { coreIfLoaded, hostIdentity, isBrowser, loadedCore, randomBytes, requireCore } from './runtime.mjs';
import { checkedPrivateKey, makeSigner } from './signer.mjs';
import { nodeUploadFetch, openSink, uploadSource } from './io.mjs';
import { runToolsParams } from './tools.mjs';
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
  // An http:// base URL on another machine is refused (the token would go in
  // clear text) unless this is true; loopback hosts need nothing.
  allowInsecureHttp: 'allow_insecure_http',
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
  health: [
    'health',
    { alpha: 'alpha', sliceMs: 'slice_ms', spikeFactor: 'spike_factor', spikeMinAttempts: 'spike_min_attempts' },
  ],
  // true: on with the defaults; null or false: off (the default).
  breaker: [
    'breaker',
    { threshold: 'threshold', minAttempts: 'min_attempts', openMs: 'open_ms', halfOpenProbes: 'half_open_probes' },
  ],
};

// Every option of new Coze that says how to reach the API (not token, auth
// or allowPersonalAccessTokenInBrowser); the auth flows take these too.
export const clientOptionNames = new Set([...Object.keys(optionKeys), ...Object.keys(groupKeys), 'fetch', 'hooks']);

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

// The params as the core's JSON, each file parameter replaced by its part
// ({filename, content_type, source, size}), and the upload sources by id
// (src/io.mjs; null when there are none).
async function paramsJson(op, params) {
  let out = params;
  let sources = null;
  if (op.params !== null) {
    for (const [name, flags] of Object.entries(op.params)) {
      if ((flags & 3) !== PARAM_FILE || !isSet(params[name])) continue;
      if (out === params) out = { ...params };
      const { part, source } = await uploadSource(name, params[name]);
      out[name] = part;
      sources ??= new Map();
      sources.set(source.id, source);
    }
  }
  try {
    return { json: JSON.stringify(out), sources };
  } catch (err) {
    throw invalid(`params cannot be encoded as JSON: ${err.message}`);
  }
}

// The parameters of a poll flow (chat.create_and_poll) as the core takes
// them: poll_interval_ms in whole milliseconds, a fraction rounded up, as in
// every cozecore language. Anything else goes as it is and the core refuses
// it (0, a negative number, a string); NaN and Infinity go as text, since
// JSON would send them as null (which reads as the default).
function pollParams(params) {
  const ms = isSet(params) && typeof params === 'object' ? params.poll_interval_ms : undefined;
  if (typeof ms !== 'number' || Number.isInteger(ms)) return params;
  return { ...params, poll_interval_ms: Number.isFinite(ms) ? Math.ceil(ms) : String(ms) };
}

// A pager's options: a call's, but idempotency_key (the core gives each
// page request a key of its own).
function pagerOptions(options) {
  const normalized = normalizeOptions(options);
  if (isSet(normalized.idempotency_key)) {
    throw invalid('idempotency_key is not an option of a pager: each page request has a key of its own');
  }
  return normalized;
}

// An operation by name: the generated one, or a bare one for names only the
// core knows (no parameter check, a JSON answer).
function operationNamed(name) {
  if (typeof name !== 'string') throw invalid('the operation name must be a string');
  return Object.hasOwn(operations, name) ? operations[name] : { name, response: 'json', events: null, params: null };
}

// ---- auth ------------------------------------------------------------------------------

// The keys of the `auth` option, {jsName: coreName}: those the core's
// ClientConfig.auth takes (core/exec/client.cpp read_auth, which checks them
// and names what is wrong), plus privateKey, which stays here (the signer).
// The core's snake_case names are accepted too (one spelling per key). The
// auth flows (src/auth.mjs) name their options from here.
export const authKeys = {
  type: 'type',
  clientId: 'client_id',
  accessToken: 'access_token',
  refreshToken: 'refresh_token',
  expiresIn: 'expires_in',
  clientSecret: 'client_secret',
  publicKeyId: 'public_key_id',
  privateKey: 'private_key',
  ttlSeconds: 'ttl_seconds',
  sessionName: 'session_name',
  accountId: 'account_id',
  enterpriseId: 'enterprise_id',
  scope: 'scope',
  refreshMarginSeconds: 'refresh_margin_s',
};
const authNames = keyMap(authKeys);

// The `auth` option in the core's names (ClientConfig.auth) and the private
// key of a jwt app apart. A key auth does not take goes to the core as it is,
// which refuses it by name.
function authConfig(auth) {
  if (auth === null || typeof auth !== 'object' || Array.isArray(auth)) {
    throw invalid('auth must be an object: {type: "oauth", ...} or {type: "jwt", ...}');
  }
  const core = {};
  let privateKey;
  for (const [key, value] of Object.entries(auth)) {
    if (!isSet(value)) continue;
    const name = authNames.get(key) ?? key;
    if (Object.hasOwn(core, name) || (name === 'private_key' && privateKey !== undefined)) {
      throw invalid(`auth.${key} given twice`);
    }
    if (name === 'private_key') privateKey = value;
    else core[name] = value;
  }
  return { core, privateKey };
}

// A ClientConfig of the core with the client's options applied; what is
// wrong with them is an InvalidArgumentError with the core's message.
function coreConfig(core, configJson) {
  const config = new core.ClientConfig();
  const problem = config.apply_json(configJson);
  if (problem) {
    config.delete();
    throw invalid(problem);
  }
  return config;
}

// The package's own options of new Coze, under a symbol no caller can reach
// (src/auth.mjs): {flow: true} for a client of the auth flows (no token),
// {signer} for a jwt app's signer (its key already read) instead of
// auth.privateKey.
export const internalOptions = Symbol('cozecore internal options');

// Runs a flow on a client (see Coze's #flow); set by the class.
export let runFlow;

// ---- the client ------------------------------------------------------------------

export class Coze {
  #config;
  #configJson;
  #fetch;
  #uploadFetch;
  #hooks;
  #signer = null;
  #hasAuth = false;
  #lastToken = null;
  #client = null;
  #core = null;
  #starting = null;
  #closed = false;

  // options: token (required), baseURL, maxRetries, idempotencyHeader
  // (null: none), connectTimeoutMs, firstByteTimeoutMs, idleTimeoutMs,
  // timeoutMs (whole call), userAgent, fetch (a fetch-compatible function),
  // retryBudget {capacity, retryCost, timeoutRetryCost, successRefund},
  // rateLimit {perSecond, burst} (null: off), health {alpha, sliceMs,
  // spikeFactor, spikeMinAttempts}, breaker {threshold, minAttempts, openMs,
  // halfOpenProbes} (true: the defaults; null/false: off), hooks
  // {onRequestSent, onResponseHead, onRetryScheduled, onCallFinished,
  // onToolCalled, onToolFinished, onHealthChanged, onMetric}, hookBodies,
  // allowInsecureHttp (an http:// base URL on another machine is refused
  // without it).
  // Instead of token: auth, an OAuth token the client refreshes itself
  // ({type: "oauth", clientId, accessToken, refreshToken, expiresIn,
  // clientSecret}) or a service app whose JWTs it signs with WebCrypto
  // ({type: "jwt", clientId, publicKeyId, privateKey, ttlSeconds,
  // sessionName, accountId, enterpriseId, scope}; both take
  // refreshMarginSeconds). The core checks the options (an InvalidArgumentError
  // with its message): here when it has loaded (init()), else at the first
  // call. In a browser a personal access token (pat_...) is refused unless
  // allowPersonalAccessTokenInBrowser.
  constructor(options = {}) {
    if (!options || typeof options !== 'object') throw invalid('options must be an object');
    const internal = options[internalOptions] ?? {};
    const config = {};
    let privateKey;
    if (isSet(options.auth)) {
      if (isSet(options.token)) throw invalid('give either token or auth, not both');
      ({ core: config.auth, privateKey } = authConfig(options.auth));
      this.#hasAuth = true;
    } else if (internal.flow) {
      this.#signer = internal.signer ?? null;
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
    // The core records hook events only for the hooks given (as the C++
    // client does): `hooks` for any but onMetric, `metrics` for onMetric, so
    // a client that only measures pays for no other event.
    const given = Object.entries(this.#hooks ?? {}).filter(([, fn]) => typeof fn === 'function');
    config.hooks = given.some(([name]) => name !== 'onMetric');
    config.metrics = typeof this.#hooks?.onMetric === 'function';
    this.#config = config;
    this.#configJson = JSON.stringify({ ...config, ...hostIdentity() });
    // The core checks the options (auth included) now when it has loaded,
    // else when the client is built (ready(), the first call).
    const core = coreIfLoaded();
    if (core !== null) coreConfig(core, this.#configJson).delete();
    if (this.#hasAuth && config.auth.type === 'jwt') {
      // A jwt app's signer: the app's own (OAuthApp.client), or one for auth.privateKey.
      this.#signer = internal.signer ?? makeSigner(checkedPrivateKey(privateKey, 'auth.privateKey'));
    } else if (privateKey !== undefined) {
      throw invalid('auth.privateKey is for jwt apps (type "jwt")');
    }
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') throw invalid('no fetch implementation');
    this.#fetch = options.fetch ? fetchImpl : (url, init) => globalThis.fetch(url, init);
    this.#uploadFetch = options.fetch ? null : nodeUploadFetch();
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
      this.#starting = loadedCore().then(async (core) => {
        if (this.#closed) throw invalid('the client is closed');
        const config = coreConfig(core, this.#configJson);
        try {
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
  // answer: the result's typed view, null, or {data, size, contentType, logid}
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

  // The generated methods land here: a Stream for streaming operations and
  // for a run of local tools, a Pager for the pages of a list operation, the
  // answer of a poll flow, else a promise of the answer.
  #invoke(op, params, options) {
    if (op.response === 'sse' || op.response === 'tools') return this.#stream(op, params, options, op.events, true);
    if (op.response === 'pages') {
      return new Pager(() => this.#start(op, params, pagerOptions(options), StreamEvent, true), op.paging);
    }
    if (op.response === 'poll') return this.#createAndPoll(op, params, options);
    return this.#answer(op, params, options, true);
  }

  // coze.chat.createAndPoll (chat.create_and_poll): the core creates the
  // chat, polls it every poll_interval_ms (default 1000) until it is
  // completed, failed, requires_action or canceled (a `chat` event), then
  // lists its messages (the answer): {chat, messages}. Past the call's
  // deadline (the timeout option) it cancels the chat and the call fails
  // with a TimeoutError.
  async #createAndPoll(op, params, options) {
    let chat;
    const onEvent = (event) => {
      if (event.type === 'chat') chat = event.data;
    };
    const messages = await this.#flow(op, pollParams(params), options, onEvent, true);
    return { chat, messages: messages ?? [] };
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
    const progress = callOptions.on_upload_progress ?? null;
    if (progress !== null && typeof progress !== 'function') {
      throw invalid('on_upload_progress must be a function (sent, total) => void');
    }
    const binary = op.response === 'binary';
    if (isSet(callOptions.sink) && !binary) throw invalid(`sink: ${op.name} does not answer with bytes`);
    await this.ready();
    const core = this.#live();
    // coze.chat.runTools (chat.run_tools): the tools checked by the core,
    // their functions kept here for the driver (TOOLS).
    let tools = null;
    let forCore = checked;
    if (op.response === 'tools') ({ params: forCore, tools } = runToolsParams(core, op.name, checked));
    const { json, sources } = await paramsJson(op, forCore);
    const sink = isSet(callOptions.sink) ? openSink(callOptions.sink) : null;
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
      binary,
      signer: this.#signer,
      sources,
      progress,
      sink,
      uploadFetch: this.#uploadFetch,
      tools,
    });
  }

  // Runs an operation (a flow) to its answer, handing each event to
  // `onEvent` (awaited); an onEvent that throws cancels the call and its
  // error is thrown.
  async #flow(op, params, options, onEvent, strict) {
    const state = await this.#start(op, params, options, StreamEvent, strict);
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
    runFlow = (coze, name, params, options, onEvent) =>
      coze.#flow(operationNamed(name), params, options, onEvent, false);
  }

  // The token the client holds now, for callers who store it (a refresh
  // token changes on every refresh): {access_token, refresh_token,
  // expires_in (unix seconds, -1 unknown), refreshes}; null for a client
  // with a fixed token.
  token() {
    if (!this.#hasAuth) return null;
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

  // The client's health now (README "Health"): the ClientHealth view of the
  // core's health_json on the driver's clock (state, error_rate, attempts,
  // failures, opened, rejected, open_ms_left, retry budget...). Needs the
  // core loaded (init(), ready() or a first call); a client whose calls have
  // not started yet reports a fresh client's health.
  health() {
    if (this.#closed) throw invalid('the client is closed');
    if (this.#client) return ClientHealth.parse(this.#client.health_json(monotonicMs()));
    const core = coreIfLoaded();
    if (core === null) throw invalid('health() needs the WebAssembly core: await coze.ready() (or init()) first');
    const config = coreConfig(core, this.#configJson);
    let client = null;
    try {
      client = new core.Client(config);
      return ClientHealth.parse(client.health_json(monotonicMs()));
    } finally {
      if (client !== null) client.delete();
      config.delete();
    }
  }

  #live() {
    if (this.#closed || !this.#client) throw invalid('the client is closed');
    return this.#core;
  }

  // Frees the client's core state; calls in progress keep working.
  close() {
    this.#closed = true;
    if (this.#client && this.#hasAuth) this.#lastToken = JSON.parse(this.#client.token_json());
    if (this.#client) this.#client.delete();
    this.#client = null;
  }
}

// ---- decoding answers received elsewhere ------------------------------------------------

// The error a call fails with when the server gives this one answer (HTTP
// status, headers as an object or [name, value] pairs, body text), mapped
// by the core's executor with no retry as if a `method` request (a stream
// request when `stream`) had received it: the CozeError the call would
// throw, or null when the call would succeed. `wallMs` (unix ms) lets an
// HTTP-date Retry-After count. Needs init().
export function answerError(method, stream, status, headers = [], body = '', wallMs = -1) {
  const list = headerPairs(headers);
  const e = requireCore().answer_error(String(method), !!stream, Number(status), list, String(body), Number(wallMs));
  return e.kind ? errorFromCore(e) : null;
}

// A whole non-stream answer of `op` (HTTP status and body text) decoded as a
// call would: the result's view (null for operations without a payload), or
// the mapped CozeError thrown. Needs init().
export function decodeResponse(op, status, body) {
  const name = operationNamed(op).name;
  return resultOf(recordOrThrow(requireCore().decode_response_js(name, Number(status), String(body))));
}

// One stream event of the streaming operation `op` (its SSE event name and
// data text) as the stream would hand it out, or the CozeError it ends the
// stream with (an error event, malformed JSON) thrown. Needs init().
export function decodeEvent(op, type, data) {
  const operation = operationNamed(op);
  const rec = recordOrThrow(requireCore().decode_event_js(operation.name, String(type), String(data)));
  const events = eventsOf(rec, operation.events ?? StreamEvent);
  if (events.length !== 1) throw makeCozeError('internal', `decode_event gave ${events.length} events`);
  return events[0];
}
