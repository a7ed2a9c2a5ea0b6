// The sse and ulid conformance vectors (tests/vectors/README.md) run through
// the package's public API: SseParser, ulidEncode, ulidDecode, UlidFactory.
// Plain ES module with no Node or DOM imports, so that it runs wherever the
// package does; `api` is the imported package.
//
// Each runner throws an Error saying what differs; it returns nothing on a match.

const utf8 = new TextEncoder();

function show(value) {
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 200 ? `${s.slice(0, 200)}...` : s;
}

function base64Bytes(text) {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

// Feeds the vector's input whole chunk by chunk, then byte by byte; both must
// give exactly the expected events, retry value and error.
export function runSseVector(api, v) {
  const chunks = v.input_b64 !== undefined ? v.input_b64.map(base64Bytes) : v.input.map((c) => utf8.encode(c));
  const options = v.config && v.config.max_event_bytes !== undefined ? { maxEventBytes: v.config.max_event_bytes } : {};
  const want = JSON.stringify(v.events.map((e) => ({ type: e.type, data: e.data, id: e.id })));
  for (const mode of ['chunked', 'byte by byte']) {
    const parser = new api.SseParser(options);
    try {
      const events = [];
      for (const chunk of chunks) {
        if (mode === 'chunked') {
          if (chunk.length > 0) events.push(...parser.feed(chunk));
        } else {
          for (let i = 0; i < chunk.length; i++) events.push(...parser.feed(chunk.subarray(i, i + 1)));
        }
      }
      events.push(...parser.finish());
      if (JSON.stringify(events) !== want)
        throw new Error(`${mode}: events: expected ${show(v.events)}, got ${show(events)}`);
      // The vectors write "no retry value" as -1; the parser as null.
      const retry = parser.retryMs ?? -1;
      if (v.retry_ms !== undefined && retry !== v.retry_ms) {
        throw new Error(`${mode}: retry_ms: expected ${v.retry_ms}, got ${retry}`);
      }
      const error = parser.error ?? '';
      if (error !== (v.error ?? '')) throw new Error(`${mode}: error: expected "${v.error ?? ''}", got "${error}"`);
    } finally {
      parser.close();
    }
  }
}

// A ULID call's outcome as the vectors write it: the text, or the core's
// error name (an InvalidArgumentError's `reason`).
function attempt(api, fn) {
  try {
    return { ok: true, value: fn() };
  } catch (err) {
    if (!(err instanceof api.InvalidArgumentError) || typeof err.reason !== 'string') throw err;
    return { ok: false, error: err.reason };
  }
}

function expectOutcome(v, r, check) {
  if (v.error !== undefined) {
    if (r.ok || r.error !== v.error) {
      throw new Error(`expected error ${v.error}, got ${r.ok ? `ok ${show(r.value)}` : `error ${r.error}`}`);
    }
    return;
  }
  if (!r.ok) throw new Error(`unexpected error ${r.error}`);
  check(r.value);
}

export function runUlidVector(api, v) {
  if (v.encode !== undefined) {
    const r = attempt(api, () => api.ulidEncode(v.encode.timestamp_ms, v.encode.randomness_hex));
    expectOutcome(v, r, (text) => {
      if (text !== v.expect) throw new Error(`expected ${v.expect}, got ${text}`);
    });
  } else if (v.decode !== undefined) {
    const r = attempt(api, () => api.ulidDecode(v.decode));
    expectOutcome(v, r, (d) => {
      const ts = v.expect.timestamp_ms;
      const hex = v.expect.randomness_hex.toLowerCase();
      if (d.timestampMs !== ts || d.randomnessHex !== hex) {
        throw new Error(`expected ${ts}/${hex}, got ${d.timestampMs}/${d.randomnessHex}`);
      }
    });
  } else if (v.monotonic !== undefined) {
    if (v.expect.length !== v.monotonic.length) throw new Error('expect and monotonic differ in length');
    const factory = new api.UlidFactory();
    try {
      v.monotonic.forEach((step, i) => {
        const r = attempt(api, () => factory.next(step.timestamp_ms, step.randomness_hex));
        const got = r.ok ? r.value : `error:${r.error}`;
        if (got !== v.expect[i]) throw new Error(`step ${i}: expected ${v.expect[i]}, got ${got}`);
      });
    } finally {
      factory.close();
    }
  } else {
    throw new Error('vector has none of encode, decode, monotonic');
  }
}

// Runs a file's vectors; returns {passed, failures: ["name: why"]}.
export function runVectorFile(api, area, vectors) {
  const run = area === 'sse' ? runSseVector : area === 'ulid' ? runUlidVector : null;
  if (!run) throw new Error(`no runner for area ${area}`);
  if (!Array.isArray(vectors)) throw new Error('not a JSON array of vectors');
  const out = { passed: 0, failures: [] };
  vectors.forEach((v, i) => {
    const name = v && typeof v.name === 'string' ? v.name : `#${i}`;
    try {
      run(api, v);
      out.passed++;
    } catch (err) {
      out.failures.push(`${name}: ${err && err.message}`);
    }
  });
  return out;
}
