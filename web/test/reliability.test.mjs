// The soak and shared-client runs of tests/e2e/README.md ("Soak and shared
// clients") through the package's real fetch driver (Node's fetch) against a
// fake Coze server of this file's own. Each prints one line that
// scripts/reliability reads:
//   [soak] js: N streams (a A, b B, c C, d D), live calls X -> Y, RSS +K KiB, T s
//   [shared] js: 64 workers, N calls (ok O, failed F), R requests, T s
// COZE_SOAK_STREAMS and COZE_SHARED_CALLS set the counts (default 1,000
// each), COZE_SOAK_SEED the soak's seed (default 1).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setImmediate as tick } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { after, before, test } from 'node:test';
import { Coze, CozeError, init, liveHandles } from 'cozecore';
import { ALL_HOOKS, startFakeServer } from './helpers.mjs';

// The target's name in scripts/reliability.
const TARGET = 'js';
const TOKEN = 'pat_reliability_js';

// A count from the environment (a non-negative integer), else the default.
function envCount(name, fallback) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  assert.ok(Number.isSafeInteger(n) && n >= 0, `${name} must be a non-negative integer, got ${text}`);
  return n;
}

const SOAK_STREAMS = envCount('COZE_SOAK_STREAMS', 1000);
const SOAK_SEED = envCount('COZE_SOAK_SEED', 1);
const SOAK_WARMUP = Math.max(1, Math.floor(SOAK_STREAMS / 10)); // a tenth (100 of the default 1,000)
const SHARED_CALLS = envCount('COZE_SHARED_CALLS', 1000);
const SHARED_WORKERS = 64;
// The retry budget's capacity (index.d.ts RetryBudget: 500 by default).
const BUDGET_CAPACITY = 500;

// V8's collector, without --expose-gc on the command line (the suite's
// command has none): the flag set at run time installs gc() in the contexts
// made after it.
v8.setFlagsFromString('--expose-gc');
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : vm.runInNewContext('gc');

// The RSS in KiB after a full collection, once the finalizers it made due
// (FinalizationRegistry callbacks run as tasks) have run.
async function settledRssKiB() {
  for (let i = 0; i < 3; i++) {
    gc();
    await tick();
    await tick();
  }
  const line = readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  assert.ok(line, 'no VmRSS in /proc/self/status');
  return Number.parseInt(line.slice('VmRSS:'.length), 10);
}

// mulberry32: a small seeded PRNG (the seed only repeats this target's run).
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const chatParams = (bot_id, content) => ({
  bot_id,
  user_id: 'u-reliability',
  additional_messages: [{ role: 'user', content, content_type: 'text' }],
});

// The echo bot's answer and its stream (tests/fake_coze/README.md): chat
// created, in progress, one delta per 3 code points, message completed, chat
// completed, done.
const echoOf = (message) => `Echo: ${message}`;
const eventsOf = (answer) => 2 + Math.ceil([...answer].length / 3) + 3;

let server;

before(async () => {
  server = await startFakeServer();
  await init();
});

after(async () => {
  if (server) await server.stop();
});

test('soak: streams ended in four ways leave no live call and no RSS growth', async () => {
  await server.control('POST', '/_fake/reset', {});
  const message = `soak ${'s'.repeat(40)}`;
  const answer = echoOf(message);
  const wholeEvents = eventsOf(answer);
  const params = chatParams('soak-bot', message);
  const coze = new Coze({ token: TOKEN, baseURL: server.baseURL, maxRetries: 0 });
  const random = prng(SOAK_SEED);
  const counts = { a: 0, b: 0, c: 0, d: 0 };
  let rssWarmKiB = null;
  let liveWarm = null;

  // One stream, ended as `way` says; what it delivered.
  async function soakStream(way, k, delayMs) {
    const controller = way === 'a' || way === 'c' ? new AbortController() : null;
    const stream = coze.chat.stream(params, controller ? { signal: controller.signal } : undefined);
    let n = 0;
    let content = '';
    let lastType = '';
    let error = null;
    let timer = null;
    // (a) cancelled as soon as the loop has asked for its first event (the
    // call cancelled before its request goes out); (c) cancelled by a timer
    // task 0 to 5 ms after the loop starts (before the request, while it is
    // in flight, mid-stream, or after the end).
    if (way === 'a') queueMicrotask(() => controller.abort());
    if (way === 'c') timer = setTimeout(() => controller.abort(), delayMs);
    try {
      for await (const ev of stream) {
        n += 1;
        lastType = ev.type;
        if (ev.type === 'conversation.message.delta') content += ev.content;
        // (b) the loop's early exit: break calls the stream's return().
        if (way === 'b' && n === k) break;
      }
    } catch (err) {
      if (!(err instanceof CozeError)) throw err;
      error = err;
    } finally {
      if (timer !== null) clearTimeout(timer);
    }
    return { n, content, lastType, error };
  }

  const started = performance.now();
  try {
    for (let i = 0; i < SOAK_STREAMS; i++) {
      if (i === SOAK_WARMUP) {
        rssWarmKiB = await settledRssKiB();
        liveWarm = liveHandles().calls;
      }
      const way = 'abcd'[Math.floor(random() * 4)];
      const k = 1 + Math.floor(random() * 12);
      const delayMs = Math.floor(random() * 6);
      counts[way] += 1;
      const got = await soakStream(way, k, delayMs);
      const what = `stream ${i} (${way}${way === 'b' ? `, k ${k}` : ''}${way === 'c' ? `, ${delayMs} ms` : ''})`;
      const seen = `${got.n} events, last ${got.lastType || 'none'}, error ${got.error}`;
      switch (way) {
        case 'a':
          assert.equal(got.error?.kind, 'cancelled', `${what}: ${seen}`);
          assert.equal(got.n, 0, `${what}: ${seen}`);
          break;
        case 'b':
          assert.equal(got.error, null, `${what}: ${seen}`);
          assert.equal(got.n, k, `${what}: ${seen}`);
          break;
        case 'c':
          if (got.error !== null) {
            assert.equal(got.error.kind, 'cancelled', `${what}: ${seen}`);
            assert.ok(got.n < wholeEvents && answer.startsWith(got.content), `${what}: ${seen}`);
          } else {
            assert.equal(got.lastType, 'done', `${what}: ${seen}`);
            assert.equal(got.n, wholeEvents, `${what}: ${seen}`);
            assert.equal(got.content, answer, `${what}: ${seen}`);
          }
          break;
        default:
          assert.equal(got.error, null, `${what}: ${seen}`);
          assert.equal(got.lastType, 'done', `${what}: ${seen}`);
          assert.equal(got.n, wholeEvents, `${what}: ${seen}`);
          assert.equal(got.content, answer, `${what}: ${seen}`);
      }
    }
  } finally {
    coze.close();
  }
  const elapsedS = (performance.now() - started) / 1000;
  if (rssWarmKiB === null) {
    // Fewer streams than the warm-up: both figures are taken at the end.
    rssWarmKiB = await settledRssKiB();
    liveWarm = liveHandles().calls;
  }
  const rssEndKiB = await settledRssKiB();
  const liveEnd = liveHandles().calls;
  const growthKiB = rssEndKiB - rssWarmKiB;
  console.log(
    `[soak] ${TARGET}: ${SOAK_STREAMS} streams (a ${counts.a}, b ${counts.b}, c ${counts.c}, d ${counts.d}), ` +
      `live calls ${liveWarm} -> ${liveEnd}, RSS ${growthKiB >= 0 ? '+' : ''}${growthKiB} KiB, ${elapsedS.toFixed(1)} s`,
  );
  assert.equal(liveEnd, liveWarm, 'live core calls after the last stream');
  assert.ok(growthKiB <= 5 * 1024, `RSS grew by ${growthKiB} KiB after the warm-up`);
});

test('shared client: 64 concurrent workers on one client, under faults', async () => {
  await server.control('POST', '/_fake/reset', {});
  const faultCount = Math.floor(SHARED_CALLS / 10);
  const faults = Array.from({ length: faultCount }, (_, i) =>
    i % 2 === 0
      ? { status: 503, headers: { 'Retry-After': '0' }, body: { code: 5000, msg: 'service unavailable' } }
      : { reset: true },
  );
  if (faults.length > 0) await server.control('POST', '/_fake/faults', faults);

  // Every hook on, each counting its events by kind (keeping them would make
  // the runner's memory grow with the count); the attempts' outcomes are the
  // request-duration measurements (one per attempt, error.type its kind).
  const hookCounts = {};
  let measured = 0;
  let measuredCancelled = 0;
  const hooks = Object.fromEntries(
    ALL_HOOKS.map((h) => [
      h,
      (ev) => {
        hookCounts[ev.kind] = (hookCounts[ev.kind] ?? 0) + 1;
        if (ev.kind === 'metric' && ev.metric === 'http.client.request.duration') {
          measured += 1;
          if (ev.attributes['error.type'] === 'cancelled') measuredCancelled += 1;
        }
      },
    ]),
  );
  const coze = new Coze({ token: TOKEN, baseURL: server.baseURL, maxRetries: 2, hooks });
  const message = 'shared hello';
  const answer = echoOf(message);
  const wholeEvents = eventsOf(answer);
  const params = chatParams('shared-bot', message);
  let ok = 0;
  let failed = 0;
  const wrong = [];

  // A failure a call may end with: the faults used up its attempts.
  const faultFailure = (err) => err instanceof CozeError && (err.kind === 'server' || err.kind === 'connection');

  // Call i, by i mod 4; true when it succeeded as it should, false when the
  // faults failed it; anything else is recorded in `wrong`.
  async function oneCall(i) {
    const type = i % 4;
    try {
      if (type === 0) {
        const chat = await coze.chat.create(params);
        if (chat.bot_id !== 'shared-bot' || chat.status !== 'in_progress' || !chat.id) {
          throw new Error(`chat.create answered ${JSON.stringify(chat)}`);
        }
        return true;
      }
      if (type === 2) {
        const conversation = await coze.conversations.create({});
        if (typeof conversation.id !== 'string' || conversation.id === '') {
          throw new Error(`conversations.create answered ${JSON.stringify(conversation)}`);
        }
        return true;
      }
      const controller = type === 3 ? new AbortController() : null;
      let n = 0;
      let content = '';
      let lastType = '';
      try {
        for await (const ev of coze.chat.stream(params, controller ? { signal: controller.signal } : undefined)) {
          n += 1;
          lastType = ev.type;
          if (ev.type === 'conversation.message.delta') content += ev.content;
          if (type === 3 && n === 1) controller.abort();
        }
      } catch (err) {
        if (type === 3 && n === 1 && err instanceof CozeError && err.kind === 'cancelled') return true;
        if (n === 0) throw err; // before any event: a failure of the call, checked below
        throw new Error(`stream (type ${type}) failed after ${n} events: ${err}`);
      }
      if (type === 3) throw new Error(`cancelled stream ended without an error after ${n} events`);
      if (lastType !== 'done' || n !== wholeEvents || content !== answer) {
        throw new Error(`stream ended after ${n} events, last ${lastType}, content ${JSON.stringify(content)}`);
      }
      return true;
    } catch (err) {
      if (faultFailure(err) && err.attempts >= 1 && err.attempts <= 3) return false;
      wrong.push(
        `call ${i} (type ${type}): ${err instanceof CozeError ? `${err.kind} after ${err.attempts} attempts: ` : ''}${err}`,
      );
      return null;
    }
  }

  let counter = 0;
  async function worker() {
    for (;;) {
      const i = counter++;
      if (i >= SHARED_CALLS) return;
      const result = await oneCall(i);
      if (result === true) ok += 1;
      else if (result === false) failed += 1;
    }
  }

  const started = performance.now();
  let health;
  try {
    await Promise.all(Array.from({ length: SHARED_WORKERS }, worker));
    health = coze.health();
  } finally {
    coze.close();
  }
  const elapsedS = (performance.now() - started) / 1000;
  const log = await server.control('GET', '/_fake/requests');
  const remaining = await server.control('GET', '/_fake/faults');
  const requests = log.length;
  console.log(
    `[shared] ${TARGET}: ${SHARED_WORKERS} workers, ${SHARED_CALLS} calls (ok ${ok}, failed ${failed}), ` +
      `${requests} requests, ${elapsedS.toFixed(1)} s`,
  );

  assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} calls ended as they should not`);
  assert.equal(ok + failed, SHARED_CALLS);
  assert.deepEqual(remaining, [], 'faults left unused');
  const sent = hookCounts.request_sent ?? 0;
  assert.equal(requests, sent, 'API requests logged vs request_sent hook events');
  assert.equal(measured, sent, 'request-duration measurements vs request_sent hook events');
  // The health counts every attempt but those that ended cancelled before
  // their outcome (README "Health": a cancelled attempt says nothing about
  // the service): the type-3 streams whose cancel came before the core had
  // the whole answer.
  assert.equal(
    health.total_attempts,
    sent - measuredCancelled,
    `attempts in the client health vs request_sent hook events (${measuredCancelled} attempts ended cancelled)`,
  );
  assert.equal(hookCounts.call_finished ?? 0, SHARED_CALLS, 'call_finished hook events');
  // Every faulted attempt is retried but a failed call's last one, every
  // other attempt ends its call: one request per call plus one per fault,
  // less one per failed call.
  assert.equal(requests, SHARED_CALLS + faultCount - failed, 'requests vs calls, faults and failures');
  assert.ok(failed <= faultCount, `${failed} calls failed with ${faultCount} faults`);
  const left = health.retry_budget_left;
  assert.ok(typeof left === 'number' && left >= 0 && left <= BUDGET_CAPACITY, `retry budget left: ${left}`);
});
