#!/usr/bin/env node
// Correctness of the package's SseParser (web/src/sse.mjs over
// wasm/sse_fast.cpp), the path the benchmark measures:
//   1. every tests/vectors/sse vector through the public SseParser, fed as
//      the vector's chunks and byte by byte (events, retryMs, error,
//      lastEventId after the last event);
//   2. the generated chat stream, or its first --bytes, at several chunk
//      sizes, event for event against eventsource-parser fed through
//      TextDecoder (the stream is well-formed UTF-8, so the two agree);
//   3. seeded random streams (CR/LF/CRLF line ends, BOMs, comments, ids,
//      retry, non-ASCII names and values, invalid UTF-8, long lines, tiny
//      maxEventBytes) at random chunkings, against the core's own parser
//      through its embind class (feed_ptr + take_events) fed the same chunks,
//      comparing the events and the error after every chunk;
//   4. an event larger than the wasm heap (memory growth mid-feed), and
//      closed parsers give their memory back.
// Exits 1 on the first mismatch, printing where.
//
// Usage: node check.mjs --package DIR [--vectors DIR] [--stream FILE] [--bytes N] [--cases N] [--seed N]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createParser } from 'eventsource-parser';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(arg('package', path.join(here, '..', '..', 'web')));
const vectorsDir = path.resolve(
  arg('vectors', process.env.COZE_VECTORS ? path.join(process.env.COZE_VECTORS, 'sse') : path.join(here, '..', '..', 'tests', 'vectors', 'sse')),
);
const streamFile = arg('stream');
const streamBytes = Number(arg('bytes', '8000000'));
const cases = Number(arg('cases', '300'));
let seed = Number(arg('seed', '12345')) >>> 0;

const cozecore = await import(pathToFileURL(path.join(packageDir, 'dist', 'index.node.mjs')).href);
await cozecore.init();
const core = await createRequire(import.meta.url)(path.join(packageDir, 'dist', 'cozecore_node.cjs'))();
const { SseParser } = cozecore;

const show = (v) => {
  const s = JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 300)}...` : s;
};
let checks = 0;
function fail(where, expected, actual) {
  const a = JSON.stringify(expected);
  const b = JSON.stringify(actual);
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  console.error(`FAIL ${where}\n  expected ${show(expected)}\n  actual   ${show(actual)}`);
  if (a !== undefined && b !== undefined) {
    console.error(`  first difference at ${i}:\n  expected ...${a.slice(from, i + 80)}\n  actual   ...${b.slice(from, i + 80)}`);
  }
  process.exit(1);
}
function same(where, expected, actual) {
  checks++;
  // A {bomLost: s} field (see runCore) matches s and U+FEFF + s.
  const restore = (key, value) => {
    if (value && typeof value === 'object' && 'bomLost' in value) return value.bomLost;
    return value;
  };
  const fix = (exp, act) => {
    if (Array.isArray(exp)) return exp.map((x, i) => fix(x, act && act[i]));
    if (exp && typeof exp === 'object' && 'bomLost' in exp) {
      return typeof act === 'string' && act === `\uFEFF${exp.bomLost}` ? act : exp.bomLost;
    }
    if (exp && typeof exp === 'object') {
      const out = {};
      for (const k of Object.keys(exp)) out[k] = fix(exp[k], act && act[k]);
      return out;
    }
    return exp;
  };
  const want = fix(expected, actual);
  if (JSON.stringify(want, restore) !== JSON.stringify(actual)) fail(where, want, actual);
}

// Feeds `chunks` to a fresh public SseParser; returns what it reported
// (with `steps`, the event count and error after every chunk).
function runPublic(chunks, maxEventBytes) {
  const p = new SseParser(maxEventBytes != null ? { maxEventBytes } : {});
  const events = [];
  const steps = [];
  for (const c of chunks) {
    events.push(...p.feed(c));
    steps.push(`${events.length}${p.error ?? ''}`);
  }
  events.push(...p.finish());
  const out = { events, retryMs: p.retryMs, error: p.error, lastEventId: p.lastEventId, steps };
  p.close();
  return out;
}

// The same through the core's embind SseParser: the reference.
function runCore(chunks, maxEventBytes) {
  const p = maxEventBytes != null ? new core.SseParser(maxEventBytes) : new core.SseParser();
  const size = chunks.reduce((m, c) => Math.max(m, c.length), 1);
  const ptr = core._malloc(size);
  const taken = [];
  const steps = [];
  for (const c of chunks) {
    if (c.length > 0) {
      core.HEAPU8.set(c, ptr);
      p.feed_ptr(ptr, c.length);
    }
    taken.push(...p.take_events());
    steps.push(`${taken.length}${p.error()}`);
  }
  p.finish();
  taken.push(...p.take_events());
  const events = taken.map((e) => ({ type: e.type, data: e.data, id: e.id }));
  // embind turns std::string into JS text with a default TextDecoder, which
  // drops a leading U+FEFF: such fields are marked for same() to restore.
  for (const e of events) for (const k of ['type', 'data', 'id']) e[k] = { bomLost: e[k] };
  const r = p.retry_ms();
  const e = p.error();
  const out = { events, retryMs: r < 0 ? null : r, error: e === '' ? null : e, lastEventId: { bomLost: p.last_event_id() }, steps };
  core._free(ptr);
  p.delete();
  return out;
}

const bytesOf = (b64) => new Uint8Array(Buffer.from(b64, 'base64'));
const utf8 = new TextEncoder();

// 1. The vectors.
let vectors = 0;
for (const file of fs.readdirSync(vectorsDir).filter((f) => f.endsWith('.json')).sort()) {
  for (const v of JSON.parse(fs.readFileSync(path.join(vectorsDir, file), 'utf8'))) {
    const chunks = v.input_b64 !== undefined ? v.input_b64.map(bytesOf) : v.input.map((s) => utf8.encode(s));
    const max = v.config && v.config.max_event_bytes !== undefined ? v.config.max_event_bytes : null;
    const bytewise = [];
    for (const c of chunks) for (let i = 0; i < c.length; i++) bytewise.push(c.subarray(i, i + 1));
    const want = v.events.map((e) => ({ type: e.type, data: e.data, id: e.id }));
    for (const [mode, feed] of [['chunked', chunks], ['byte by byte', bytewise]]) {
      const got = runPublic(feed, max);
      const where = `sse/${file}: ${v.name} (${mode})`;
      same(`${where}: events`, want, got.events);
      if (v.retry_ms !== undefined) same(`${where}: retryMs`, v.retry_ms < 0 ? null : v.retry_ms, got.retryMs);
      same(`${where}: error`, v.error ?? null, got.error);
      if (want.length > 0) same(`${where}: lastEventId`, want[want.length - 1].id, got.lastEventId);
    }
    vectors++;
  }
}
console.log(`vectors: ${vectors} passed (chunked and byte by byte)`);

// 2. The chat stream against eventsource-parser.
if (streamFile) {
  const bytes = new Uint8Array(fs.readFileSync(streamFile)).subarray(0, streamBytes);
  const reference = [];
  const decoder = new TextDecoder();
  const esp = createParser({ onEvent: (e) => reference.push({ type: e.event ?? 'message', data: e.data, id: e.id ?? '' }) });
  esp.feed(decoder.decode(bytes));
  for (const size of [65536, 4096, 1000, 64, 7]) {
    const chunks = [];
    for (let o = 0; o < bytes.length; o += size) chunks.push(bytes.subarray(o, Math.min(o + size, bytes.length)));
    const got = runPublic(chunks, null).events;
    if (got.length !== reference.length) fail(`stream at ${size} B: event count`, reference.length, got.length);
    for (let i = 0; i < got.length; i++) {
      const a = reference[i];
      const b = got[i];
      if (a.type !== b.type || a.data !== b.data || a.id !== b.id) fail(`stream at ${size} B: event ${i}`, a, b);
    }
    checks++;
  }
  console.log(`stream: ${reference.length} events equal at 64 KiB, 4 KiB, 1000 B, 64 B and 7 B chunks`);
}

// 3. Random streams against the core's own parser.
function rand(n) {
  // xorshift32
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed % n;
}
const pick = (list) => list[rand(list.length)];
const texts = ['', 'a', 'hello world', '{"k":"v"}', '你好', '😀', 'é', 'x'.repeat(40), '工作流 bot ', 'a\u00e9b\u4e2dc\u{1F600}d', ' lead', '\uFEFFbom', 'tab\there'];
const ends = ['\n', '\r', '\r\n'];
function randomText() {
  let s = '';
  const parts = 1 + rand(4);
  for (let i = 0; i < parts; i++) s += rand(10) === 0 ? 'y'.repeat(rand(3000)) : pick(texts);
  return s;
}
function randomStream() {
  const parts = [];
  if (rand(4) === 0) parts.push(new Uint8Array([0xef, 0xbb, 0xbf]));
  const lines = 1 + rand(40);
  for (let i = 0; i < lines; i++) {
    const end = pick(ends);
    const r = rand(20);
    let line;
    if (r < 8) line = `data:${rand(2) ? ' ' : ''}${randomText()}`;
    else if (r < 10) line = `event:${rand(2) ? ' ' : ''}${pick(['message', 'conversation.message.delta', '消息', 'done', randomText()])}`;
    else if (r < 11) line = `id: ${pick(['', '1', '编号', 'a\0b', randomText()])}`;
    else if (r < 12) line = `retry: ${pick(['1500', 'x', '99999999999999999999', '0'])}`;
    else if (r < 13) line = `: comment ${randomText()}`;
    else if (r < 14) line = pick(['data', 'id', 'event', 'Data: x', 'bogus: y']);
    else line = '';
    parts.push(utf8.encode(line));
    if (rand(25) === 0) parts.push(new Uint8Array([pick([0x80, 0xbf, 0xc3, 0xe4, 0xe4, 0xb8, 0xf0, 0x9f, 0xff, 0xed, 0xa0])]));
    parts.push(utf8.encode(end));
  }
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
function randomChunks(bytes) {
  const chunks = [];
  const style = rand(4);
  for (let o = 0; o < bytes.length; ) {
    const n = style === 0 ? 1 : style === 1 ? 1 + rand(8) : style === 2 ? 1 + rand(200) : 1 + rand(70000);
    chunks.push(bytes.subarray(o, Math.min(o + n, bytes.length)));
    o += n;
  }
  if (rand(5) === 0) chunks.splice(rand(chunks.length + 1), 0, new Uint8Array(0));
  return chunks;
}
for (let c = 0; c < cases; c++) {
  const bytes = randomStream();
  const chunks = randomChunks(bytes);
  const max = rand(6) === 0 ? 1 + rand(4000) : null;
  same(`random case ${c} (seed ${arg('seed', '12345')}, ${bytes.length} B, ${chunks.length} chunks, max ${max})`, runCore(chunks, max), runPublic(chunks, max));
}
console.log(`random: ${cases} streams equal to the core's parser`);

// Large events make the wasm memory grow mid-feed (the heap views are
// replaced): the events around it must come out whole.
{
  const big = 'z'.repeat(24 << 20);
  const chunks = [utf8.encode('data: before\n\ndata: '), utf8.encode(big), utf8.encode('\u00e9\n\ndata: after\n\n')];
  const got = runPublic(chunks, 64 << 20).events;
  const want = [{ type: 'message', data: 'before', id: '' }, { type: 'message', data: `${big}\u00e9`, id: '' }, { type: 'message', data: 'after', id: '' }];
  same('memory growth: events around a 24 MiB event', want, got);
  console.log('growth: a 24 MiB event between two small ones');
}

// 4. Memory: closed parsers give their wasm memory back (a leak of their
// input and batch buffers would grow the wasm heap by megabytes here).
const heap = () => process.memoryUsage().arrayBuffers;
const filler = new Uint8Array(70000).fill(0x61);
const warm = new SseParser();
warm.feed(filler);
warm.close();
const before = heap();
for (let i = 0; i < 2000; i++) {
  const p = new SseParser();
  p.feed(filler);
  p.feed('\n\n');
  p.close();
}
const grown = heap() - before;
if (grown > 8 << 20) fail('memory: 2000 closed parsers', 'under 8 MiB of growth', `${grown} bytes`);
checks++;
console.log(`memory: 2000 parsers opened and closed, array buffers grew ${grown} bytes`);
console.log(`${checks} checks passed`);
