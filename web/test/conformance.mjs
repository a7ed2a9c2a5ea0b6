#!/usr/bin/env node
// The WASM conformance runner: runs the vectors under $COZE_VECTORS (default
// tests/vectors at the repository root) through the WebAssembly core in Node,
// exactly as tests/vectors/README.md describes: sse, ulid, errors and exec
// through the core's embind API, models through the package's public typed
// API (Chat.parse, decodeResponse, decodeEvent and the views' toJSON), flows
// (pages, create_and_poll, run_tools) with the exec code, health (many calls of one
// client, the breaker and severity) on the virtual clock, schema (the
// JSON-Schema-Test-Suite over tool_schema_check and tool_validate). Prints
// "wasm <area>: N passed, N failed" per area, then one
// "  FAIL <area>/<file>: <name>: <why>" line per failing vector; exits 1 on
// any failure, and when no vector is found at all. Also importable:
// runConformance() returns the results.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const ACTION_NAMES = ['send', 'wait', 'sleep', 'event', 'done', 'fail', 'sign', 'bytes', 'tools'];
const WAIT = 1;

class Mismatch extends Error {}

function fail(why) {
  throw new Mismatch(why);
}

function show(value) {
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 200 ? `${s.slice(0, 200)}...` : s;
}

function parseOrString(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// README "subset": objects by listed keys, arrays element by element with
// the same length, numbers by value, anything else exactly. Returns "" when
// it matches, else where and why not.
function subset(expected, actual) {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return `: expected an object, got ${show(actual)}`;
    }
    for (const [key, value] of Object.entries(expected)) {
      if (!Object.prototype.hasOwnProperty.call(actual, key)) return `.${key}: missing`;
      const where = subset(value, actual[key]);
      if (where) return `.${key}${where}`;
    }
    return '';
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return `: expected ${show(expected)}, got ${show(actual)}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const where = subset(expected[i], actual[i]);
      if (where) return `[${i}]${where}`;
    }
    return '';
  }
  return expected === actual ? '' : `: expected ${show(expected)}, got ${show(actual)}`;
}

function expectSubset(what, expected, actual) {
  const where = subset(expected, actual);
  if (where) fail(what + where);
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

// Copies bytes into wasm memory for the *_ptr entry points, as the driver does.
class Scratch {
  constructor(core) {
    this.core = core;
    this.ptr = 0;
    this.size = 0;
  }

  copy(bytes) {
    if (bytes.length > this.size) {
      this.free();
      this.size = Math.max(bytes.length, 256);
      this.ptr = this.core._malloc(this.size);
    }
    this.core.HEAPU8.set(bytes, this.ptr);
    return this.ptr;
  }

  free() {
    if (this.ptr) this.core._free(this.ptr);
    this.ptr = 0;
    this.size = 0;
  }
}

// ---- sse --------------------------------------------------------------------

function runSse(core, v) {
  let chunks;
  if (v.input_b64 !== undefined) chunks = v.input_b64.map((c) => new Uint8Array(Buffer.from(c, 'base64')));
  else chunks = v.input.map((c) => utf8.encode(c));
  const max = v.config && v.config.max_event_bytes !== undefined ? v.config.max_event_bytes : null;
  for (const mode of ['chunked', 'byte by byte']) {
    const parser = max !== null ? new core.SseParser(max) : new core.SseParser();
    const scratch = new Scratch(core);
    try {
      for (const chunk of chunks) {
        if (mode === 'chunked') {
          if (chunk.length > 0) parser.feed_ptr(scratch.copy(chunk), chunk.length);
        } else {
          for (let i = 0; i < chunk.length; i++) parser.feed_ptr(scratch.copy(chunk.subarray(i, i + 1)), 1);
        }
      }
      parser.finish();
      const events = parser.take_events();
      if (JSON.stringify(events) !== JSON.stringify(v.events.map((e) => ({ type: e.type, data: e.data, id: e.id })))) {
        fail(`${mode}: events: expected ${show(v.events)}, got ${show(events)}`);
      }
      if (v.retry_ms !== undefined && parser.retry_ms() !== v.retry_ms) {
        fail(`${mode}: retry_ms: expected ${v.retry_ms}, got ${parser.retry_ms()}`);
      }
      const wantError = v.error ?? '';
      if (parser.error() !== wantError) fail(`${mode}: error: expected "${wantError}", got "${parser.error()}"`);
    } finally {
      scratch.free();
      parser.delete();
    }
  }
}

// ---- ulid -------------------------------------------------------------------

function checkUlidResult(r, v, checkOk) {
  if (v.error !== undefined) {
    if (r.ok || r.error !== v.error)
      fail(`expected error ${v.error}, got ${r.ok ? `ok ${r.text}` : `error ${r.error}`}`);
    return;
  }
  if (!r.ok) fail(`unexpected error ${r.error}`);
  checkOk();
}

function runUlid(core, v) {
  if (v.encode !== undefined) {
    const r = core.ulid_encode(v.encode.timestamp_ms, v.encode.randomness_hex);
    checkUlidResult(r, v, () => {
      if (r.text !== v.expect) fail(`expected ${v.expect}, got ${r.text}`);
    });
  } else if (v.decode !== undefined) {
    const r = core.ulid_decode(v.decode);
    checkUlidResult(r, v, () => {
      const ts = v.expect.timestamp_ms;
      const hex = v.expect.randomness_hex.toLowerCase();
      if (r.timestamp_ms !== ts || r.randomness_hex !== hex) {
        fail(`expected ${ts}/${hex}, got ${r.timestamp_ms}/${r.randomness_hex}`);
      }
    });
  } else if (v.monotonic !== undefined) {
    if (v.expect.length !== v.monotonic.length) fail('expect and monotonic differ in length');
    const factory = new core.UlidFactory();
    try {
      v.monotonic.forEach((step, i) => {
        const r = factory.next(step.timestamp_ms, step.randomness_hex);
        const got = r.ok ? r.text : `error:${r.error}`;
        if (got !== v.expect[i]) fail(`step ${i}: expected ${v.expect[i]}, got ${got}`);
      });
    } finally {
      factory.delete();
    }
  } else {
    fail('vector has none of encode, decode, monotonic');
  }
}

// ---- errors -----------------------------------------------------------------

// The error's fields as the core's error_json writes them. An Error crosses
// embind as a value whose `history` is JSON text (error_json cannot take it
// back in), so the history comes from that field.
let coreForErrors = null;

function errorFields(e) {
  const fields = JSON.parse(coreForErrors.error_json(e));
  fields.history = JSON.parse(e.history || '[]');
  return fields;
}

function headerPairs(headers) {
  return Object.entries(headers || {}).map(([k, val]) => [k, typeof val === 'string' ? val : JSON.stringify(val)]);
}

function checkError(expected, actualError) {
  const want = { ...expected };
  if (want.message_contains !== undefined) {
    if (!actualError.message.includes(want.message_contains)) {
      fail(`error.message: expected to contain ${show(want.message_contains)}, got ${show(actualError.message)}`);
    }
    delete want.message_contains;
  }
  expectSubset('error', want, errorFields(actualError));
}

// The error class of each kind, written out apart from the package's own table.
const ERROR_CLASS_NAMES = {
  bad_request: 'BadRequestError',
  authentication: 'AuthenticationError',
  permission_denied: 'PermissionDeniedError',
  not_found: 'NotFoundError',
  conflict: 'ConflictError',
  unprocessable: 'UnprocessableError',
  rate_limited: 'RateLimitedError',
  server: 'ServerError',
  gateway: 'GatewayError',
  timeout: 'TimeoutError',
  connection: 'ConnectionError',
  cancelled: 'CancelledError',
  decode: 'DecodeError',
  stream: 'StreamError',
  api: 'ApiError',
  invalid_argument: 'InvalidArgumentError',
  internal: 'InternalError',
  circuit_open: 'CircuitOpenError',
  tool: 'ToolError',
};

const ERROR_FIELDS = new Set([
  'kind',
  'retryable',
  'http_status',
  'code',
  'message',
  'logid',
  'retry_after_ms',
  'hint',
  'error_code',
  'body',
  'attempts',
  'request_id',
  'history',
  'severity',
]);

// `body`, or `body_repeat` {before, text, times, after} expanded.
function answerBody(response) {
  const r = response.body_repeat;
  if (r === undefined) return response.body ?? '';
  if (!Number.isInteger(r.times) || r.times < 0 || r.times > 100_000_000)
    fail('malformed vector: body_repeat.times out of range');
  return (r.before ?? '') + String(r.text).repeat(r.times) + (r.after ?? '');
}

// One HTTP answer through the package's answerError (the core's executor,
// then errorFromCore, as every failed call throws), checked as JS code sees
// it: its class, its message (the message and the hint) and its fields.
function runErrors(core, v) {
  const req = v.request ?? {};
  const res = v.response;
  const err = lib.answerError(
    req.method ?? 'POST',
    !!req.stream,
    res.status,
    headerPairs(res.headers),
    answerBody(res),
    v.wall_ms ?? -1,
  );
  const want = v.expect;
  if (err === null) {
    if (want.kind !== '') fail(`expected kind ${show(want.kind ?? '(any error)')}, the answer was a success`);
    return;
  }
  if (!(err instanceof lib.CozeError))
    fail(`answerError gave ${err && err.constructor && err.constructor.name}, not a CozeError`);
  const className = ERROR_CLASS_NAMES[err.kind];
  if (!className || !(err instanceof lib[className]) || err.constructor !== lib[className] || err.name !== className) {
    fail(`kind ${err.kind} thrown as ${err.constructor.name}, expected ${className}`);
  }
  const text = err.hint ? `${err.rawMessage} (${err.hint})` : err.rawMessage;
  if (err.message !== text) fail(`message: expected ${show(text)}, got ${show(err.message)}`);
  const actual = {
    kind: err.kind,
    retryable: err.retryable,
    http_status: err.httpStatus,
    code: err.code,
    message: err.rawMessage,
    logid: err.logid,
    retry_after_ms: err.retryAfterMs ?? -1,
    hint: err.hint,
    error_code: err.errorCode,
    body: err.body,
    attempts: err.attempts,
    request_id: err.requestId,
    severity: err.severity,
    history: err.history.map((a) => ({
      number: a.number,
      outcome: a.outcome,
      kind: a.kind,
      duration_ms: a.durationMs,
      delay_ms: a.delayMs,
      idempotency_key: a.idempotencyKey,
      request_id: a.requestId,
    })),
  };
  const plain = {};
  for (const [key, value] of Object.entries(want)) {
    if (key === 'message_contains' || key === 'hint_contains') {
      const field = key === 'hint_contains' ? 'hint' : 'message';
      if (!actual[field].includes(value))
        fail(`error.${field}: expected to contain ${show(value)}, got ${show(actual[field])}`);
    } else if (key === 'message_max_bytes' || key === 'body_max_bytes') {
      const field = key === 'body_max_bytes' ? 'body' : 'message';
      if (actual[field].includes('\uFFFD')) fail(`error.${field}: not valid UTF-8 (a replacement character)`);
      const size = Buffer.byteLength(actual[field], 'utf8');
      if (size > value) fail(`error.${field}: ${size} bytes, more than ${value}`);
    } else if (ERROR_FIELDS.has(key)) {
      plain[key] = value;
    } else {
      fail(`malformed vector: unknown expect key ${key}`);
    }
  }
  expectSubset('error', plain, actual);
}

// ---- exec -------------------------------------------------------------------

function describeAction(a) {
  switch (ACTION_NAMES[a.kind]) {
    case 'send':
      return `send ${a.request.method} ${a.request.url}`;
    case 'sleep':
      return `sleep ${a.delay_ms}`;
    case 'event':
      return `event ${a.event.type}`;
    case 'fail':
      return `fail ${show(errorFields(a.error))}`;
    default:
      return ACTION_NAMES[a.kind] ?? `kind ${a.kind}`;
  }
}

function matchSend(req, want) {
  if (want.method !== undefined && req.method !== want.method) {
    fail(`send: method: expected ${want.method}, got ${req.method}`);
  }
  const url = new URL(req.url);
  if (want.path !== undefined && url.pathname !== want.path)
    fail(`send: path: expected ${want.path}, got ${url.pathname}`);
  for (const [name, value] of Object.entries(want.query || {})) {
    const has = url.searchParams.has(name);
    if (value === null) {
      if (has) fail(`send: query ${name}: expected absent, got ${url.searchParams.get(name)}`);
      continue;
    }
    if (!has) fail(`send: query ${name}: missing in ${req.url}`);
    const expected = typeof value === 'string' ? value : JSON.stringify(value);
    if (url.searchParams.get(name) !== expected) {
      fail(`send: query ${name}: expected ${expected}, got ${url.searchParams.get(name)}`);
    }
  }
  for (const [name, value] of Object.entries(want.headers || {})) {
    const found = req.headers.find(([n]) => n.toLowerCase() === name.toLowerCase());
    if (value === null) {
      if (found) fail(`send: header ${name}: expected absent`);
      continue;
    }
    if (!found) fail(`send: header ${name}: missing`);
    if (found[1] !== value) {
      // Never echo an authorization value.
      const secret = name.toLowerCase() === 'authorization';
      fail(
        `send: header ${name}: expected ${secret ? '<redacted>' : value}, got ${secret ? '<another value>' : found[1]}`,
      );
    }
  }
  const body = utf8Decoder.decode(req.body);
  if (want.json !== undefined) {
    let parsed;
    try {
      parsed = JSON.parse(body);
    } catch {
      fail(`send: body is not JSON: ${show(body)}`);
    }
    expectSubset('send: json', want.json, parsed);
  }
  if (want.json_absent !== undefined) {
    const parsed = body ? JSON.parse(body) : {};
    for (const key of want.json_absent) {
      if (parsed && typeof parsed === 'object' && key in parsed) fail(`send: json: key ${key} must be absent`);
    }
  }
  if (want.body !== undefined && body !== want.body) fail(`send: body: expected ${show(want.body)}, got ${show(body)}`);
  if (want.sources !== undefined) {
    const actual = req.sources.map((s) => ({ offset: s.offset, id: s.id, size: s.size }));
    if (JSON.stringify(actual) !== JSON.stringify(want.sources)) {
      fail(`send: sources: expected ${show(want.sources)}, got ${show(actual)}`);
    }
  }
  if (want.body_size !== undefined && req.body_size !== want.body_size) {
    fail(`send: body_size: expected ${want.body_size}, got ${req.body_size}`);
  }
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function runExec(core, v) {
  const owned = [];
  const scratch = new Scratch(core);
  try {
    const config = new core.ClientConfig();
    owned.push(config);
    if (v.client !== undefined) {
      const err = config.apply_json(JSON.stringify(v.client));
      if (err) fail(`client: ${err}`);
    }
    const client = new core.Client(config);
    owned.push(client);
    const paramsJson = JSON.stringify(v.call.params ?? {});
    // CallOptions.apply_json takes the vector's call.options; a top-level
    // wall_ms sets CallOptions.wall_ms too.
    const options = { ...(v.call.options ?? {}) };
    if (v.wall_ms !== undefined) options.wall_ms = v.wall_ms;
    const call = new core.Call(client, v.call.op, paramsJson, JSON.stringify(options));
    owned.push(call);

    let now = 0;
    const queue = [];
    const hooks = []; // every hook event, in order
    const next = () => {
      const a = call.next(now);
      hooks.push(...JSON.parse(call.take_hooks_json()));
      return a;
    };
    const feedOne = () => {
      const f = queue.shift();
      if (f.type === 'head') call.on_response(f.status, f.headers);
      else if (f.type === 'chunk') call.on_body_ptr(scratch.copy(f.bytes), f.bytes.length);
      else if (f.type === 'end') call.on_end();
      else call.on_transport_error(f.kind, `transport error (${f.kind})`);
    };

    v.steps.forEach((step, i) => {
      const at = `step ${i}: `;
      if (step.respond !== undefined) {
        const r = step.respond;
        if (r.transport_error !== undefined) {
          queue.push({ type: 'error', kind: r.transport_error });
          return;
        }
        queue.push({ type: 'head', status: r.status ?? 200, headers: headerPairs(r.headers) });
        if (r.chunks !== undefined) {
          for (const c of r.chunks) queue.push({ type: 'chunk', bytes: utf8.encode(c) });
        } else if (r.body !== undefined && r.body !== '') {
          queue.push({ type: 'chunk', bytes: utf8.encode(r.body) });
        }
        if (r.then === 'reset') queue.push({ type: 'error', kind: 'reset' });
        else if (r.then !== 'stall') queue.push({ type: 'end' }); // stall: only the clock ends it
        return;
      }
      if (step.cancel !== undefined) {
        if (step.cancel) call.cancel();
        return;
      }
      if (step.sign !== undefined) {
        // The host's RS256 signature (base64) of the last SIGN's input.
        call.on_signature(new Uint8Array(Buffer.from(step.sign, 'base64')));
        return;
      }
      if (step.sign_error !== undefined) {
        call.on_sign_error(step.sign_error);
        return;
      }
      if (step.tool_output !== undefined) {
        // A local tool's output, as its function returned it (chat.run_tools).
        call.on_tool_output(step.tool_output.id, step.tool_output.output);
        return;
      }
      if (step.tool_error !== undefined) {
        // A local tool's function failed.
        call.on_tool_error(step.tool_error.id, step.tool_error.message);
        return;
      }
      if (step.sent !== undefined) {
        // Upload progress: bytes of the body sent so far.
        call.on_body_sent(step.sent);
        return;
      }
      if (step.source_error !== undefined) {
        // The host could not read an upload's source.
        call.on_source_error(step.source_error.source, step.source_error.message);
        return;
      }
      if (step.advance_ms !== undefined) {
        // Everything queued arrives first, at the current time; then the clock moves.
        for (;;) {
          const a = next();
          if (a.kind !== WAIT) fail(`${at}advance_ms: expected WAIT while feeding, got ${describeAction(a)}`);
          if (queue.length === 0) break;
          feedOne();
        }
        now += step.advance_ms;
        return;
      }
      if (step.expect === undefined) fail(`${at}unknown step ${show(step)}`);
      const want = step.expect;
      let a = next();
      while (a.kind === WAIT) {
        if (queue.length === 0) fail(`${at}WAIT with nothing left to feed (expected ${want})`);
        feedOne();
        a = next();
      }
      if (want !== ACTION_NAMES[a.kind]) fail(`${at}expected ${want}, got ${describeAction(a)}`);
      try {
        if (want === 'send') {
          if (step.request !== undefined) matchSend(a.request, step.request);
        } else if (want === 'sign') {
          if (step.jwt !== undefined) {
            // header.claims, each base64url JSON
            const [header, claims] = a.sign_input.split('.').map((part) => {
              try {
                return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
              } catch {
                return fail(`sign input is not header.claims in base64url JSON: ${show(a.sign_input)}`);
              }
            });
            expectSubset('jwt', step.jwt, { header, claims });
          }
        } else if (want === 'tools') {
          // The calls the host must run: a subset of Call::tool_calls() (JSON).
          if (step.calls !== undefined) expectSubset('tool calls', step.calls, JSON.parse(a.tool_calls));
        } else if (want === 'sleep') {
          if (step.min_ms !== undefined && a.delay_ms < step.min_ms)
            fail(`sleep ${a.delay_ms} < min_ms ${step.min_ms}`);
          if (step.max_ms !== undefined && a.delay_ms > step.max_ms)
            fail(`sleep ${a.delay_ms} > max_ms ${step.max_ms}`);
          now += a.delay_ms;
        } else if (want === 'event') {
          if (step.event !== undefined) {
            expectSubset('event', step.event, { type: a.event.type, data: parseOrString(a.event.data) });
          }
        } else if (want === 'bytes') {
          const expected =
            step.body_b64 !== undefined
              ? new Uint8Array(Buffer.from(step.body_b64, 'base64'))
              : utf8.encode(step.body ?? '');
          if (!sameBytes(expected, a.bytes)) {
            fail(`bytes: expected ${show(utf8Decoder.decode(expected))}, got ${show(utf8Decoder.decode(a.bytes))}`);
          }
          if (step.content_type !== undefined && call.content_type() !== step.content_type) {
            fail(`bytes: content_type: expected ${show(step.content_type)}, got ${show(call.content_type())}`);
          }
        } else if (want === 'done') {
          if (step.result !== undefined) expectSubset('result', step.result, parseOrString(a.result));
        } else if (want === 'fail') {
          if (step.error !== undefined) checkError(step.error, a.error);
        } else {
          fail(`unknown expect ${want}`);
        }
      } catch (err) {
        if (err instanceof Mismatch) fail(at + err.message);
        throw err;
      }
    });
    // Input still queued once the call has ended is dropped, as a host closes the response.
    if (queue.length > 0 && !call.finished()) fail(`feed queue not empty after the last step (${queue.length} left)`);
    if (v.hooks !== undefined) {
      const where = subset(v.hooks, hooks);
      if (where) fail(`hooks${where} (all hooks: ${JSON.stringify(hooks)})`);
    }
  } finally {
    scratch.free();
    for (const handle of owned.reverse()) handle.delete();
  }
}

// ---- health -------------------------------------------------------------------

// Many calls of one client on the virtual clock (tests/vectors/README.md
// "health"): each call driven to its end with its answers, the client's
// health_json, the health_changed hook events, the vector's hooks.
function runHealth(core, v) {
  const owned = [];
  const scratch = new Scratch(core);
  try {
    const config = new core.ClientConfig();
    owned.push(config);
    const err = config.apply_json(JSON.stringify(v.client ?? {}));
    if (v.client_error !== undefined) {
      if (!err.includes(v.client_error)) {
        fail(`client config: expected an error naming ${v.client_error}, got ${show(err)}`);
      }
      return;
    }
    if (err) fail(`client: ${err}`);
    const client = new core.Client(config);
    owned.push(client);
    let now = 0;
    const hooks = []; // every hook event, in order
    let healthHooks = []; // health_changed ones since the last "hooks" step
    v.steps.forEach((step, i) => {
      try {
        if (step.advance_ms !== undefined) {
          now += step.advance_ms;
        } else if (step.health !== undefined) {
          expectSubset('health', step.health, JSON.parse(client.health_json(now)));
        } else if (step.hooks !== undefined) {
          const seen = healthHooks;
          healthHooks = [];
          const where = subset(step.hooks, seen);
          if (where) fail(`health hooks${where} (seen: ${show(seen)})`);
        } else if (step.call !== undefined) {
          const spec = step.call;
          const answers = step.answers;
          if (!Array.isArray(answers)) fail('malformed vector: call without answers');
          const times = step.times ?? 1;
          for (let t = 0; t < times; t++) {
            const params = spec.params ?? { conversation_id: 'c1', chat_id: 'k1' };
            const call = new core.Call(client, spec.op ?? 'chat.retrieve', JSON.stringify(params), '{}');
            try {
              let answer = 0;
              let inFlight = false;
              for (let guard = 0; ; guard++) {
                if (guard > 1000) fail('the call did not end');
                const a = call.next(now);
                for (const h of JSON.parse(call.take_hooks_json())) {
                  if (h.kind === 'health_changed') healthHooks.push(h);
                  hooks.push(h);
                }
                const kind = ACTION_NAMES[a.kind];
                if (kind === 'send') {
                  if (answer >= answers.length) fail(`an attempt more than the ${answers.length} answers`);
                  const r = answers[answer++];
                  if (r.transport_error !== undefined) {
                    call.on_transport_error(r.transport_error, `transport error (${r.transport_error})`);
                  } else {
                    call.on_response(r.status ?? 200, headerPairs(r.headers));
                    const body = utf8.encode(r.body ?? '');
                    if (body.length > 0) call.on_body_ptr(scratch.copy(body), body.length);
                    call.on_end();
                  }
                  inFlight = true;
                } else if (kind === 'sleep') {
                  now += a.delay_ms;
                } else if (kind === 'wait') {
                  if (!inFlight) fail('WAIT with nothing to feed');
                  inFlight = false;
                } else if (kind === 'event') {
                  // stream events are not what this area looks at
                } else {
                  const want = step.expect;
                  if (want === 'done') {
                    if (kind !== 'done') fail(`expected done, got ${describeAction(a)}`);
                  } else if (kind !== 'fail') {
                    fail(`expected fail, got ${describeAction(a)}`);
                  } else {
                    if (want === null || typeof want !== 'object' || want.error === undefined) {
                      fail(`malformed vector: expect ${show(want)}`);
                    }
                    checkError(want.error, a.error);
                  }
                  if (answer !== answers.length) fail(`${answers.length - answer} answers left unused`);
                  break;
                }
              }
            } finally {
              call.delete();
            }
          }
        } else {
          fail(`unknown step ${show(step)}`);
        }
      } catch (e) {
        if (e instanceof Mismatch) fail(`step ${i}: ${e.message}`);
        throw e;
      }
    });
    if (v.hooks !== undefined) {
      const where = subset(v.hooks, hooks);
      if (where) fail(`hooks${where} (all hooks: ${JSON.stringify(hooks)})`);
    }
  } finally {
    scratch.free();
    for (const handle of owned.reverse()) handle.delete();
  }
}

// ---- models -------------------------------------------------------------------

// README "models": compared exactly, numbers by value.
function exact(expected, actual) {
  if (expected !== null && typeof expected === 'object') {
    if (Array.isArray(expected) !== Array.isArray(actual) || actual === null || typeof actual !== 'object') {
      return `: expected ${show(expected)}, got ${show(actual)}`;
    }
    if (Array.isArray(expected) && expected.length !== actual.length) {
      return `: expected ${show(expected)}, got ${show(actual)}`;
    }
    for (const key of Object.keys(actual)) {
      if (!Object.prototype.hasOwnProperty.call(expected, key)) return `.${key}: unexpected ${show(actual[key])}`;
    }
    for (const key of Object.keys(expected)) {
      if (!Object.prototype.hasOwnProperty.call(actual, key)) return `.${key}: missing`;
      const where = exact(expected[key], actual[key]);
      if (where) return Array.isArray(expected) ? `[${key}]${where}` : `.${key}${where}`;
    }
    return '';
  }
  return expected === actual ? '' : `: expected ${show(expected)}, got ${show(actual)}`;
}

// A view (or an array of views, or plain JSON) as its canonical JSON value.
function canonicalOf(value) {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

// The package's public API (the Node ESM entry), loaded once.
let lib = null;

function runModels(_core, v) {
  let actual;
  try {
    if (v.model !== undefined) {
      // A model the package has no class for cannot be named: invalid_argument.
      if (!Object.hasOwn(lib.models, v.model)) {
        throw new lib.InvalidArgumentError('invalid_argument', `no model ${v.model}`);
      }
      const Class = lib.models[v.model];
      actual = canonicalOf(Class.parse(v.payload));
    } else if (v.event !== undefined) {
      const ev = lib.decodeEvent(v.op, v.event, v.payload);
      actual = { type: ev.type, data: canonicalOf(ev.data) };
    } else if (v.body !== undefined) {
      actual = canonicalOf(lib.decodeResponse(v.op, v.status ?? 200, v.body));
    } else {
      fail('vector has none of model, event, body');
    }
  } catch (err) {
    if (err instanceof Mismatch) throw err;
    if (!(err instanceof lib.CozeError)) throw err;
    if (v.error === undefined) fail(`unexpected error ${err.kind}: ${err.message}`);
    if (err.kind !== v.error) fail(`expected error ${v.error}, got ${err.kind}: ${err.message}`);
    return;
  }
  if (v.error !== undefined) fail(`expected error ${v.error}, got ${show(actual)}`);
  const where = exact(v.expect, actual);
  if (where) fail(`view${where}`);
}

// ---- schema -----------------------------------------------------------------

// The suite's JSON with the source text of every value: JSON.parse would
// round big integers (optional/bignum.json) and turn 1.0 into 1
// (optional/zeroTerminatedFloats.json), so the schema and the data go to the
// core as the suite's own text (README "schema": numbers keep their value).
// The text is known to be valid JSON (JSON.parse read it first). A node is
// {start, end} plus `entries` ([key, node] pairs) for an object or `items`
// for an array.
function scanJson(text) {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const string = () => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const value = () => {
    ws();
    const node = { start: i, end: i };
    if (text[i] === '{') {
      node.entries = [];
      i++;
      ws();
      while (text[i] !== '}') {
        const key = string();
        ws();
        i++; // ':'
        node.entries.push([key, value()]);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
        }
      }
      i++;
    } else if (text[i] === '[') {
      node.items = [];
      i++;
      ws();
      while (text[i] !== ']') {
        node.items.push(value());
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (text[i] === '"') {
      string();
    } else {
      while (i < text.length && !' \t\r\n,]}'.includes(text[i])) i++;
    }
    node.end = i;
    return node;
  };
  return value();
}

// An object node's member (the last of that key, as JSON.parse keeps it).
function member(node, key) {
  const hits = (node.entries ?? []).filter(([k]) => k === key);
  return hits.length ? hits[hits.length - 1][1] : undefined;
}

// The JSON-Schema-Test-Suite over the tool-argument validator, as the claim
// file schema/draft7.json lists it (tests/vectors/README.md "schema"): every
// group not listed under `skip` must have its schema accepted
// (tool_schema_check) and each test's data validate as the suite says
// (tool_validate); each file's count of passing tests must equal the claim's
// `passed`, else one failure more. Counts tests, as the native runner does.
function runSchemaArea(core, dir) {
  const result = { area: 'schema', passed: 0, failed: 0, failures: [], cases: [] };
  const failCase = (file, name, why) => {
    result.failed++;
    result.failures.push(`  FAIL ${file}: ${name}: ${why}`);
    result.cases.push({ file, name, why });
  };
  let claim;
  try {
    claim = JSON.parse(fs.readFileSync(path.join(dir, 'draft7.json'), 'utf8'));
  } catch {
    claim = null;
  }
  if (claim === null || typeof claim !== 'object' || Array.isArray(claim) || !Array.isArray(claim.files)) {
    failCase('schema/draft7.json', '<file>', 'not a claim file');
    return result;
  }
  const suite = path.resolve(process.env.COZE_SCHEMA_SUITE || claim.suite || '');
  for (const f of claim.files) {
    const name = f.file;
    const label = `schema/${name}`;
    let text;
    let groups;
    try {
      text = fs.readFileSync(path.join(suite, name), 'utf8');
      groups = JSON.parse(text);
    } catch {
      groups = null;
    }
    if (!Array.isArray(groups)) {
      failCase(label, '<file>', `cannot read ${path.join(suite, name)}`);
      continue;
    }
    const nodes = scanJson(text).items;
    const skip = new Set((f.skip ?? []).map((s) => s.group));
    let passed = 0;
    groups.forEach((g, gi) => {
      const group = typeof g.description === 'string' ? g.description : '';
      if (skip.has(group)) return;
      const gnode = nodes[gi];
      const schemaNode = member(gnode, 'schema');
      const schema = text.slice(schemaNode.start, schemaNode.end);
      const why = core.tool_schema_check(schema);
      if (why !== '') {
        failCase(label, group, `schema refused: ${why}`);
        return;
      }
      const testNodes = member(gnode, 'tests').items;
      g.tests.forEach((t, ti) => {
        const dataNode = member(testNodes[ti], 'data');
        const data = text.slice(dataNode.start, dataNode.end);
        const out = JSON.parse(core.tool_validate(schema, data));
        const caseName = `${group}: ${t.description ?? `#${ti}`}`;
        if ((out.ok === true) === (t.valid === true)) {
          passed++;
          result.passed++;
          result.cases.push({ file: label, name: caseName, why: '' });
        } else {
          failCase(label, caseName, `expected ${t.valid ? 'valid' : 'invalid'}, got ${JSON.stringify(out)}`);
        }
      });
    });
    if (passed !== f.passed)
      failCase(label, '<count>', `${passed} tests passed, the claim says ${JSON.stringify(f.passed)}`);
  }
  return result;
}

// ---- driver -----------------------------------------------------------------

const AREAS = [
  ['sse', runSse],
  ['ulid', runUlid],
  ['errors', runErrors],
  ['exec', runExec],
  ['flows', runExec], // calls of several requests, in the exec schema
  ['models', runModels],
  ['health', runHealth],
];

function runArea(core, dir, area, run) {
  const result = { area, passed: 0, failed: 0, failures: [], cases: [] };
  const files = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => e.name)
    .sort();
  for (const file of files) {
    const label = `${area}/${file}`;
    let vectors;
    try {
      vectors = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch {
      vectors = null;
    }
    // A file holds an array of vectors or one vector object.
    if (vectors !== null && typeof vectors === 'object' && !Array.isArray(vectors)) vectors = [vectors];
    if (!Array.isArray(vectors)) {
      result.failed++;
      result.failures.push(`  FAIL ${label}: <file>: not a JSON array of vectors or a vector object`);
      result.cases.push({ file: label, name: '<file>', why: 'not a JSON array of vectors or a vector object' });
      continue;
    }
    vectors.forEach((v, i) => {
      const name = v && typeof v === 'object' && typeof v.name === 'string' ? v.name : `#${i}`;
      let why = '';
      try {
        run(core, v);
      } catch (err) {
        why = err instanceof Mismatch ? err.message : `malformed vector or runner error: ${err && err.message}`;
      }
      result.cases.push({ file: label, name, why });
      if (why) {
        result.failed++;
        result.failures.push(`  FAIL ${label}: ${name}: ${why}`);
      } else {
        result.passed++;
      }
    });
  }
  return result;
}

export function vectorsDir() {
  const env = process.env.COZE_VECTORS;
  return env ? path.resolve(env) : path.resolve(here, '..', '..', 'tests', 'vectors');
}

// Runs every area present under `root`; resolves to
// [{area, passed, failed, failures (report lines), cases: [{file, name, why}]}].
export async function runConformance(root = vectorsDir()) {
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new Error(`no vectors directory ${root}`);
  const createCozeCore = require('../dist/cozecore_node.cjs');
  const core = await createCozeCore();
  coreForErrors = core;
  lib = await import(pathToFileURL(path.resolve(here, '..', 'dist', 'index.node.mjs')).href);
  await lib.init();
  const results = [];
  for (const [area, run] of AREAS) {
    const dir = path.join(root, area);
    if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) results.push(runArea(core, dir, area, run));
  }
  const schemaDir = path.join(root, 'schema');
  if (fs.existsSync(schemaDir) && fs.statSync(schemaDir).isDirectory()) results.push(runSchemaArea(core, schemaDir));
  // An empty or mistyped directory never passes.
  if (results.every((r) => r.cases.length === 0)) throw new Error(`no vectors found under ${root}`);
  return results;
}

export function formatResults(results) {
  const lines = [];
  for (const r of results) {
    lines.push(`wasm ${r.area}: ${r.passed} passed, ${r.failed} failed`);
    lines.push(...r.failures);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  runConformance().then(
    (results) => {
      console.log(formatResults(results));
      process.exitCode = results.some((r) => r.failed > 0) ? 1 : 0;
    },
    (err) => {
      console.error(`wasm conformance: ${err.message}`);
      process.exitCode = 1;
    },
  );
}
