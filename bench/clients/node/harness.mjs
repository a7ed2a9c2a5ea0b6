// One benchmark run of one JS client on one workload (bench/clients/node/README.md).
//
//   node harness.mjs <client> <workload> <base_url>
//   node harness.mjs <client> size
//
// client:   cozecore  this project's npm package (COZE_JS_PKG, default web/: dist/ after
//                     scripts/targets/wasm build), loaded through its package.json "exports" for
//                     Node as `import { Coze } from 'cozecore'` would: coze.chat.stream,
//                     coze.workflows.runs.stream, coze.chat.retrieve
//           coze-js   @coze/api 1.3.9 (COZE_JS_PEERS, default build/bench/peers/node): CozeAPI,
//                     chat.stream, workflows.runs.stream, chat.retrieve
// workload: chat, chat_cjk (100,000 deltas), workflow (20,000 Message events), small_seq (10,000
//           chat.retrieve calls in turn), small_32 (32 in flight at a time on the event loop),
//           chat_cut (correctness: the stream is cut before `done`; ok means the client said so),
//           size (no server: package bytes, raw and gzip, and import-to-ready-client time).
// Prints ONE JSON line. A run checks its work against GET /bench/expect (the same totals as the
// stream's X-Bench-* headers), fetched with fetch() before the clock starts; anything short is
// ok:false with the reason and no speed.
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const PKG = process.env.COZE_JS_PKG || join(ROOT, 'web');
const PEERS = process.env.COZE_JS_PEERS || join(ROOT, 'build/bench/peers/node');
const PEER_PKG = join(PEERS, 'node_modules/@coze/api');

const BOT_ID = '7379462189365198898';
const CONVERSATION_ID = '7381473525342978089';
const CHAT_ID = '7382159494123470858';
const WORKFLOW_ID = '7409826353153785867';
const TOKEN = 'pat_bench';
const CALLS = Number(process.env.BENCH_CALLS || 10000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 32);
const MESSAGES = [{ role: 'user', content: 'Tell me a long story.', content_type: 'text' }];
const WORKLOADS = ['chat', 'chat_cjk', 'chat_cut', 'workflow', 'small_seq', 'small_32', 'size'];

class Failed extends Error {}

// The file Node loads for `import 'name'` from a package dir: exports["."], node, import.
function entryOf(pkgDir) {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  let e = pkg.exports?.['.'] ?? pkg.module ?? pkg.main;
  while (e && typeof e === 'object') e = e.node ?? e.import ?? e.default;
  return join(pkgDir, e);
}

async function loadOurs() {
  const m = await import(pathToFileURL(entryOf(PKG)).href);
  await m.init();
  return m;
}

async function loadPeer() {
  return import(pathToFileURL(entryOf(PEER_PKG)).href);
}

const userOf = (w) => (w === 'chat_cjk' ? 'cjk' : 'bench-user');

async function expected(base, workload) {
  const res = await fetch(`${base}/bench/expect?kind=${workload}`);
  if (!res.ok) throw new Failed(`/bench/expect answered ${res.status}`);
  return res.json();
}

class Tally {
  constructor() {
    this.t0 = performance.now();
    this.first = null;
    this.events = 0;
    this.deltas = 0;
    this.units = 0; // UTF-16 units, as String#length counts
    this.last = [];
  }
  see() {
    if (this.first === null) this.first = performance.now();
  }
  remember(type) {
    this.last.push(type);
    if (this.last.length > 4) this.last.shift();
  }
  check(want, finals, extraEvents = 0) {
    if (this.deltas !== want.deltas) throw new Failed(`read ${this.deltas} content events, the server sent ${want.deltas}`);
    if (this.units !== want.content_utf16)
      throw new Failed(`read ${this.units} content UTF-16 units, the server sent ${want.content_utf16}`);
    if (this.events + extraEvents !== want.events)
      throw new Failed(`read ${this.events + extraEvents} events, the server sent ${want.events}`);
    const tail = this.last.slice(-finals.length);
    if (tail.join() !== finals.join()) throw new Failed(`stream ended with ${JSON.stringify(tail)}, expected ${JSON.stringify(finals)}`);
  }
}

function result(t0, t1, first, events, extra = {}) {
  return { events, seconds: (t1 - t0) / 1000, first_event_ms: first === null ? null : first - t0, ok: true, error: '', ...extra };
}

function cutReported(t, want, err) {
  const what = `${err?.name || 'Error'}: ${String(err?.message ?? err).slice(0, 200)}`;
  if (t.deltas !== want.deltas)
    return { events: t.events, seconds: null, first_event_ms: null, ok: false, error: `failed after ${t.deltas} of ${want.deltas} deltas: ${what}` };
  return { events: t.events, seconds: null, first_event_ms: null, ok: true, error: '', reported: what };
}

function cutSilent(t) {
  return {
    events: t.events, seconds: null, first_event_ms: null, ok: false,
    error: `ended a cut stream silently (no error) after ${t.events} events, last ${t.last.at(-1)}`,
  };
}

// CALLS calls: in turn (small_seq) or CONCURRENCY in flight (small_32), on the one event loop.
async function smallCalls(workload, call, good) {
  const t0 = performance.now();
  let bad = 0;
  if (!good(await call())) bad++;
  const first = performance.now();
  let left = CALLS - 1;
  const width = workload === 'small_32' ? CONCURRENCY : 1;
  const worker = async () => {
    while (left > 0) {
      left--;
      if (!good(await call())) bad++;
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  const t1 = performance.now();
  if (bad) throw new Failed(`${bad} answers were not the Chat asked for`);
  return result(t0, t1, first, CALLS, { concurrency: width, model: width > 1 ? 'promises' : 'sequential' });
}

// ------------------------------------------------------------------ cozecore

async function runOurs(workload, base, want) {
  const { Coze } = await loadOurs();
  const coze = new Coze({ token: TOKEN, baseURL: base });
  if (workload.startsWith('small_')) {
    return smallCalls(
      workload,
      () => coze.chat.retrieve({ conversation_id: CONVERSATION_ID, chat_id: CHAT_ID }),
      (c) => c.id === CHAT_ID && c.status === 'completed',
    );
  }
  const t = new Tally();
  if (workload === 'workflow') {
    for await (const ev of coze.workflows.runs.stream({ workflow_id: WORKFLOW_ID, parameters: { input: 'go' } })) {
      t.see();
      t.events++;
      const type = ev.type;
      if (type === 'Message') {
        t.deltas++;
        t.units += ev.content.length;
      }
      t.remember(type);
    }
    const t1 = performance.now();
    t.check(want, ['Message', 'Done']);
    return result(t.t0, t1, t.first, want.events);
  }
  const opts = workload === 'chat_cut' ? { extra_query: { cut: '1' } } : undefined;
  try {
    for await (const ev of coze.chat.stream({ bot_id: BOT_ID, user_id: userOf(workload), additional_messages: MESSAGES }, opts)) {
      t.see();
      t.events++;
      const type = ev.type;
      if (type === 'conversation.message.delta') {
        t.deltas++;
        t.units += ev.content.length;
      }
      t.remember(type);
    }
  } catch (err) {
    if (workload === 'chat_cut') return cutReported(t, want, err);
    throw err;
  }
  const t1 = performance.now();
  if (workload === 'chat_cut') return cutSilent(t);
  t.check(want, ['conversation.message.completed', 'conversation.chat.completed', 'done']);
  return result(t.t0, t1, t.first, want.events);
}

// ------------------------------------------------------------------ @coze/api

async function runPeer(workload, base, want) {
  const { CozeAPI } = await loadPeer();
  const coze = new CozeAPI({ token: TOKEN, baseURL: base });
  if (workload.startsWith('small_')) {
    return smallCalls(
      workload,
      () => coze.chat.retrieve(CONVERSATION_ID, CHAT_ID),
      (c) => c.id === CHAT_ID && c.status === 'completed',
    );
  }
  const t = new Tally();
  if (workload === 'workflow') {
    const stream = await coze.workflows.runs.stream({ workflow_id: WORKFLOW_ID, parameters: { input: 'go' } });
    for await (const ev of stream) {
      t.see();
      t.events++;
      const type = ev.event;
      if (type === 'Message') {
        t.deltas++;
        t.units += ev.data.content.length;
      }
      t.remember(type);
    }
    const t1 = performance.now();
    t.check(want, ['Message', 'Done']);
    return result(t.t0, t1, t.first, want.events);
  }
  // axios config in the second argument: the load server cuts the stream for ?cut=1.
  const opts = workload === 'chat_cut' ? { params: { cut: '1' } } : undefined;
  try {
    const stream = await coze.chat.stream(
      { bot_id: BOT_ID, user_id: userOf(workload), additional_messages: MESSAGES.map((m) => ({ ...m })) },
      opts,
    );
    for await (const ev of stream) {
      t.see();
      t.events++;
      const type = ev.event;
      if (type === 'conversation.message.delta') {
        t.deltas++;
        t.units += ev.data.content.length;
      }
      t.remember(type);
    }
  } catch (err) {
    if (workload === 'chat_cut') return cutReported(t, want, err);
    throw err;
  }
  const t1 = performance.now();
  if (workload === 'chat_cut') return cutSilent(t);
  t.check(want, ['conversation.message.completed', 'conversation.chat.completed', 'done']);
  return result(t.t0, t1, t.first, want.events);
}

// ------------------------------------------------------------------ size

function bytesOf(files) {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const b = readFileSync(f);
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
  return { raw, gzip: gz };
}

function dirBytes(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) n += dirBytes(p);
    else if (e.isFile()) n += statSync(p).size;
  }
  return n;
}

async function size(client) {
  const t0 = performance.now();
  if (client === 'cozecore') {
    const m = await loadOurs(); // import + WebAssembly instantiation (init)
    new m.Coze({ token: TOKEN, baseURL: 'http://127.0.0.1:9' });
    const ready = performance.now() - t0;
    const dist = join(PKG, 'dist');
    return {
      events: 0, seconds: ready / 1000, first_event_ms: null, ok: true, error: '',
      instantiate_ms: ready,
      node: { files: ['index.node.mjs', 'cozecore_node.cjs'], ...bytesOf([join(dist, 'index.node.mjs'), join(dist, 'cozecore_node.cjs')]) },
      browser: { files: ['index.mjs', 'cozecore_web.mjs', 'cozecore_web.wasm'], ...bytesOf(['index.mjs', 'cozecore_web.mjs', 'cozecore_web.wasm'].map((f) => join(dist, f))) },
      wasm: bytesOf([join(dist, 'cozecore_web.wasm')]),
      installed_bytes: dirBytes(dist),
      installed_packages: 1,
    };
  }
  const m = await loadPeer();
  new m.CozeAPI({ token: TOKEN, baseURL: 'http://127.0.0.1:9' });
  const ready = performance.now() - t0;
  const nm = join(PEERS, 'node_modules');
  const count = readdirSync(nm).reduce((n, e) => n + (e.startsWith('@') ? readdirSync(join(nm, e)).length : e.startsWith('.') ? 0 : 1), 0);
  return {
    events: 0, seconds: ready / 1000, first_event_ms: null, ok: true, error: '',
    instantiate_ms: ready,
    // What Node loads: the ESM entry itself (axios, node-fetch, ws, jsonwebtoken, ... are imported from node_modules).
    node: { files: ['dist/esm/index.mjs (+ its node_modules imports)'], ...bytesOf([join(PEER_PKG, 'dist/esm/index.mjs')]) },
    // The package's own browser bundle (UMD; axios stays external).
    browser: { files: ['dist/umd/index.js (axios external)'], ...bytesOf([join(PEER_PKG, 'dist/umd/index.js')]) },
    axios: bytesOf([join(nm, 'axios/dist/browser/axios.cjs')]),
    installed_bytes: dirBytes(nm),
    installed_packages: count,
  };
}

// ------------------------------------------------------------------ main

async function main() {
  const [client, workload, baseArg] = process.argv.slice(2);
  const out = { client, workload };
  const start = performance.now();
  try {
    if (!['cozecore', 'coze-js'].includes(client) || !WORKLOADS.includes(workload) || (workload !== 'size' && !baseArg)) {
      console.error('usage: node harness.mjs {cozecore|coze-js} {chat|chat_cjk|chat_cut|workflow|small_seq|small_32} BASE_URL | size');
      process.exit(2);
    }
    if (workload === 'size') {
      Object.assign(out, await size(client));
    } else {
      const base = baseArg.replace(/\/+$/, '');
      const want = workload.startsWith('small_') ? null : await expected(base, workload);
      Object.assign(out, await (client === 'cozecore' ? runOurs : runPeer)(workload, base, want));
    }
  } catch (err) {
    Object.assign(out, {
      events: 0, seconds: null, first_event_ms: null, ok: false,
      error: err instanceof Failed ? err.message : `${err?.name || 'Error'}: ${String(err?.message ?? err).slice(0, 300)}`,
    });
  }
  out.process_seconds = (performance.now() - start) / 1000;
  process.stdout.write(JSON.stringify(out) + '\n', () => process.exit(out.ok ? 0 : 1));
}

main();
