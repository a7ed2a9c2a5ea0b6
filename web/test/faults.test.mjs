// The fault scenarios of tests/e2e/faults.json through the package's real
// fetch driver (Node's fetch): each queues its faults on the fake Coze
// server, makes one call with coze.chat.create / coze.chat.stream, then checks
// the outcome and the server's request log as tests/e2e/README.md describes.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Coze, CozeError } from 'cozecore';
import { assertNoSecrets, recordingHooks, repoRoot, startFakeServer } from './helpers.mjs';

const file = process.env.COZE_FAULTS || path.join(repoRoot, 'tests', 'e2e', 'faults.json');
const scenarios = JSON.parse(readFileSync(file, 'utf8'));

// The client's token in every scenario (tests/e2e/README.md): a recognisable
// secret that must appear nowhere in the error nor in any hook event.
const TOKEN = 'pat_canary_7Hq2xZ9wLmR4vB';

let server;

before(async () => {
  server = await startFakeServer();
});

after(async () => {
  if (server) await server.stop();
});

// A field of /proc/self/status in KiB (VmRSS, VmHWM).
function statusKiB(field) {
  const line = readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  assert.ok(line, `no ${field} in /proc/self/status`);
  return Number.parseInt(line.slice(field.length + 1), 10);
}

// Resets the process's peak RSS (clear_refs 5); the RSS now, in KiB.
function startPeakRSS() {
  writeFileSync('/proc/self/clear_refs', '5');
  return statusKiB('VmRSS');
}

function isSubset(want, got) {
  if (want !== null && typeof want === 'object' && !Array.isArray(want)) {
    if (got === null || typeof got !== 'object') return false;
    return Object.entries(want).every(([k, v]) => k in got && isSubset(v, got[k]));
  }
  return want === got;
}

// What a stream delivered: the count, the last type and the deltas' content
// (an endless stream must not grow the runner's own memory).
function received() {
  return {
    n: 0,
    lastType: '',
    content: '',
    add(type, content) {
      this.n += 1;
      this.lastType = type;
      this.content += content;
    },
  };
}

async function run(coze, op, params) {
  const events = received();
  try {
    if (op === 'chat.create') return { result: await coze.chat.create(params), error: null, events };
    if (op !== 'chat.stream') throw new Error(`unknown op ${op}`);
    for await (const ev of coze.chat.stream(params)) {
      events.add(ev.type, ev.type === 'conversation.message.delta' ? ev.content : '');
    }
    return { result: null, error: null, events };
  } catch (err) {
    if (!(err instanceof CozeError)) throw err;
    return { result: null, error: err, events };
  }
}

describe('fault scenarios (tests/e2e/faults.json)', () => {
  for (const sc of scenarios) {
    test(sc.name, async () => {
      const { expect, client: settings } = sc;
      await server.control('POST', '/_fake/reset', {});
      if (sc.faults.length > 0) await server.control('POST', '/_fake/faults', sc.faults);
      const hookEvents = [];
      const hooks = recordingHooks(hookEvents);
      const coze = new Coze({
        token: TOKEN,
        hooks,
        hookBodies: true,
        baseURL: server.baseURL,
        maxRetries: settings.max_retries,
        firstByteTimeoutMs: settings.first_byte_timeout_ms,
        idleTimeoutMs: settings.idle_timeout_ms,
        timeoutMs: settings.total_timeout_ms,
        idempotencyHeader: settings.idempotency_header,
      });
      let outcome;
      const rssBeforeKiB = startPeakRSS();
      const started = performance.now();
      try {
        outcome = await run(coze, sc.op, sc.params);
      } finally {
        coze.close();
      }
      const elapsedMs = performance.now() - started;
      const peakGrowthKiB = statusKiB('VmHWM') - rssBeforeKiB;
      const { result, error, events } = outcome;
      const log = await server.control('GET', '/_fake/requests');
      const remaining = await server.control('GET', '/_fake/faults');

      // The figures scripts/reliability reads, before any check can stop the test.
      if ('max_rss_growth_mib' in expect) {
        const outcome = error === null ? 'done' : error.kind;
        console.log(
          `[rss] ${sc.name}: ${outcome}, peak RSS +${peakGrowthKiB} KiB, ${Math.round(elapsedMs)} ms, ${events.n} events`,
        );
      }

      // The outcome.
      if (expect.outcome === 'done') {
        assert.equal(error, null, `expected success, got ${error}`);
        if (expect.result) assert.ok(isSubset(expect.result, result), JSON.stringify(result));
      } else {
        assert.ok(error, 'expected a failure, the call succeeded');
        assert.equal(error.kind, expect.kind, String(error));
        if ('attempts' in expect) assert.equal(error.attempts, expect.attempts, String(error));
        if ('http_status' in expect) assert.equal(error.httpStatus, expect.http_status);
        if ('code' in expect) assert.equal(error.code, expect.code);
      }
      if ('max_elapsed_ms' in expect) assert.ok(elapsedMs <= expect.max_elapsed_ms, `took ${elapsedMs} ms`);
      if ('min_elapsed_ms' in expect) assert.ok(elapsedMs >= expect.min_elapsed_ms, `took ${elapsedMs} ms`);
      if ('max_rss_growth_mib' in expect) {
        assert.ok(peakGrowthKiB <= expect.max_rss_growth_mib * 1024, `peak RSS grew by ${peakGrowthKiB} KiB`);
      }
      assert.deepEqual(remaining, [], 'faults left unused');

      // (a) the requests the server saw.
      assert.equal(log.length, expect.requests, JSON.stringify(log.map((e) => [e.retry_count, e.events_sent])));
      for (const e of log) assert.deepEqual([e.method, e.path], ['POST', '/v3/chat']);
      // (b) one idempotency key on every attempt, or no repeated POST without one.
      if (settings.idempotency_header === null) {
        assert.equal(log.length, 1, 'a POST without an idempotency key was repeated');
        for (const e of log) assert.equal(e.idempotency_key, null);
      } else {
        const name = settings.idempotency_header.toLowerCase();
        const first = log[0].headers[name];
        assert.ok(typeof first === 'string' && first !== '', 'no idempotency key');
        for (const e of log) assert.equal(e.headers[name], first);
      }
      // (c) X-Coze-Retry-Count counts the attempts; each attempt has its own request id.
      assert.deepEqual(
        log.map((e) => e.retry_count),
        log.map((_, i) => String(i)),
      );
      const ids = log.map((e) => e.client_request_id);
      assert.ok(
        ids.every((id) => typeof id === 'string' && id !== ''),
        'X-Client-Request-Id missing',
      );
      assert.equal(new Set(ids).size, ids.length, 'X-Client-Request-Id repeated');
      // (d) stream events: those of the last answer only, each once.
      if (sc.op === 'chat.stream') {
        assert.deepEqual(
          log.slice(0, -1).map((e) => e.events_sent),
          log.slice(0, -1).map(() => 0),
          'an earlier attempt sent events',
        );
        if (expect.events === 'prefix') {
          // The server was still writing when the call ended.
          assert.ok(events.n <= log.at(-1).events_sent, `${events.n} events received`);
        } else {
          assert.equal(events.n, log.at(-1).events_sent, 'events received');
        }
        if ('content' in expect) assert.equal(events.content, expect.content);
        if (expect.outcome === 'done') assert.equal(events.lastType, 'done');
      }
      // (e) the token appears nowhere: not in the error, not in any hook event.
      assert.ok(
        hookEvents.some((ev) => ev.kind === 'request_sent' && ev.body !== ''),
        'no request_sent hook event with a body',
      );
      assert.ok(
        hookEvents.some((ev) => ev.kind === 'metric'),
        'no metric hook event',
      );
      assertNoSecrets({ 'the token': TOKEN }, { error, hookEvents });
    });
  }
});
