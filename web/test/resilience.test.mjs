// Hooks, attempt history, traceparent, the rate limiter and handle release,
// through the package's real fetch driver against tests/fake_coze/server.py.
import assert from 'node:assert/strict';
import net from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  AuthenticationError,
  CancelledError,
  Coze,
  InvalidArgumentError,
  ServerError,
  StreamError,
  init,
  liveHandles,
} from 'cozecore';
import { startFakeServer } from './helpers.mjs';

const TOKEN = 'pat_js_resilience_secret';
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const FAULT_503 = { status: 503, headers: { 'Retry-After': '0' }, body: { code: 5000, msg: 'busy' } };
let server;

before(async () => {
  server = await startFakeServer();
  await init();
});

after(async () => {
  if (server) await server.stop();
});

beforeEach(async () => {
  await server.control('POST', '/_fake/reset', {});
});

const params = (bot_id, content) => ({
  bot_id,
  user_id: 'u-js',
  additional_messages: [{ role: 'user', content, content_type: 'text' }],
});

const faults = (list) => server.control('POST', '/_fake/faults', list);
const requests = async () => {
  const log = await server.control('GET', '/_fake/requests');
  return Array.isArray(log) ? log : log.requests;
};
const client = (options = {}) => new Coze({ token: TOKEN, baseURL: server.baseURL, ...options });

async function drain(iterable) {
  let text = '';
  for await (const ev of iterable) if (ev.type === 'conversation.message.delta') text += ev.content;
  return text;
}

function recorder() {
  const events = [];
  const push = (e) => events.push(e);
  return {
    events,
    hooks: { onRequestSent: push, onResponseHead: push, onRetryScheduled: push, onCallFinished: push },
    kinds: () => events.map((e) => `${e.kind}#${e.attempt}`),
  };
}

describe('hooks', () => {
  test('fire in order with status, attempt and log id; secrets redacted', async () => {
    await faults([FAULT_503]);
    const rec = recorder();
    const coze = client({ maxRetries: 2, hooks: rec.hooks });
    const chat = await coze.chat.create(params('bot-1', 'hi'), { traceparent: TRACEPARENT });
    coze.close();
    assert.equal(chat.status, 'in_progress');
    assert.deepEqual(rec.kinds(), [
      'request_sent#1',
      'response_head#1',
      'retry_scheduled#1',
      'request_sent#2',
      'response_head#2',
      'call_finished#2',
    ]);
    const [sent, head1, retry, sent2, head2, finished] = rec.events;
    assert.equal(sent.op, 'chat.create');
    assert.equal(sent.method, 'POST');
    assert.equal(sent.path, '/v3/chat');
    assert.equal(sent.headers.authorization, '[redacted]');
    assert.ok(!JSON.stringify(rec.events).includes(TOKEN), 'the token never reaches a hook');
    assert.equal(sent.headers.traceparent, TRACEPARENT);
    assert.equal(sent.traceparent, TRACEPARENT);
    assert.equal(sent.body, '', 'no body without hookBodies');
    assert.equal(sent.durationMs, null);
    assert.ok(sent.idempotencyKey.length > 0);
    assert.equal(head1.status, 503);
    assert.match(head1.logid, /FAKE/);
    assert.ok(head1.durationMs >= 0, `head duration ${head1.durationMs}`);
    assert.equal(head1.headers['retry-after'], '0');
    assert.equal(retry.status, 503);
    assert.equal(retry.errorKind, 'server');
    assert.ok(retry.delayMs >= 0);
    assert.equal(sent2.idempotencyKey, sent.idempotencyKey, 'one key for every attempt');
    assert.notEqual(sent2.requestId, sent.requestId, 'one request id per attempt');
    assert.equal(head2.status, 200);
    assert.notEqual(head2.logid, head1.logid);
    assert.equal(finished.status, 200);
    assert.equal(finished.errorKind, '');
    assert.equal(finished.logid, head2.logid);
    assert.ok(finished.durationMs >= 0);
  });

  test('request bodies only with hookBodies; a failed stream finishes with its kind', async () => {
    await faults({ status: 401, body: { code: 4100, msg: 'no' } });
    const events = [];
    const coze = client({
      maxRetries: 0,
      hookBodies: true,
      hooks: { onRequestSent: (e) => events.push(e), onCallFinished: (e) => events.push(e) },
    });
    await assert.rejects(drain(coze.chat.stream(params('bot-1', 'body please'))), AuthenticationError);
    coze.close();
    assert.equal(events.length, 2);
    assert.match(events[0].body, /body please/);
    assert.equal(events[1].kind, 'call_finished');
    assert.equal(events[1].errorKind, 'authentication');
    assert.equal(events[1].status, 401);
  });

  test('a stream closed early reports call_finished as cancelled', async () => {
    const events = [];
    const coze = client({ hooks: { onCallFinished: (e) => events.push(e) } });
    for await (const ev of coze.chat.stream(params('bot-1', 'leave early'))) {
      assert.equal(ev.type, 'conversation.chat.created');
      break;
    }
    coze.close();
    assert.equal(events.length, 1);
    assert.equal(events[0].errorKind, 'cancelled');
  });

  test('a hook that throws or rejects does not break the call', async () => {
    await faults([FAULT_503]);
    const rejections = [];
    const onRejection = (reason) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    let calls = 0;
    const coze = client({
      maxRetries: 1,
      hooks: {
        onRequestSent() {
          calls++;
          throw new Error('hook failure');
        },
        async onResponseHead() {
          calls++;
          throw new Error('async hook failure');
        },
        onRetryScheduled() {
          calls++;
          throw new TypeError('hook failure');
        },
        onCallFinished() {
          calls++;
          throw 'not even an Error';
        },
      },
    });
    try {
      assert.equal((await coze.chat.create(params('bot-1', 'hi'))).status, 'in_progress');
      assert.equal(await drain(coze.chat.stream(params('bot-1', 'still fine'))), 'Echo: still fine');
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', onRejection);
      coze.close();
    }
    assert.equal(calls, 6 + 3, 'every hook ran despite the others throwing');
    assert.deepEqual(rejections, []);
  });

  test('bad hooks are refused at construction', () => {
    assert.throws(() => client({ hooks: { onRequestSent: 'no' } }), InvalidArgumentError);
    assert.throws(() => client({ hooks: { onRequest: () => {} } }), InvalidArgumentError);
  });
});

describe('per-call options', () => {
  test('traceparent and tracestate arrive on every attempt', async () => {
    await faults([FAULT_503, FAULT_503]);
    const coze = client({ maxRetries: 2 });
    await coze.chat.create(params('bot-1', 'trace me'), { traceparent: TRACEPARENT, tracestate: 'vendor=1' });
    coze.close();
    const log = await requests();
    assert.equal(log.length, 3);
    for (const entry of log) {
      assert.equal(entry.headers.traceparent, TRACEPARENT);
      assert.equal(entry.headers.tracestate, 'vendor=1');
    }
    assert.equal(new Set(log.map((e) => e.idempotency_key)).size, 1, 'one idempotency key');
  });

  test('maxRetries, idempotencyKey, headers and idempotency reach the core', async () => {
    await faults([FAULT_503]);
    const coze = client({ maxRetries: 2 });
    const err = await coze.chat
      .create(params('bot-1', 'hi'), {
        maxRetries: 0,
        idempotencyKey: '01JD0000000000000000000000',
        headers: { 'X-Extra': 'yes' },
      })
      .catch((e) => e);
    assert.ok(err instanceof ServerError, String(err));
    assert.equal(err.attempts, 1);
    await coze.chat.create(params('bot-1', 'hi'), { idempotency: false });
    const bad = await coze.chat.create(params('bot-1', 'hi'), { traceparent: 'nonsense' }).catch((e) => e);
    assert.ok(bad instanceof InvalidArgumentError, String(bad));
    assert.deepEqual(bad.history, [], 'nothing was sent');
    await assert.rejects(coze.chat.create(params('bot-1', 'hi'), { maxRetries: 'many' }), InvalidArgumentError);
    await assert.rejects(coze.chat.create(params('bot-1', 'hi'), { idempotency: 'no' }), InvalidArgumentError);
    coze.close();
    const log = await requests();
    assert.equal(log.length, 2);
    assert.equal(log[0].idempotency_key, '01JD0000000000000000000000');
    assert.equal(log[0].headers['x-extra'], 'yes');
    assert.equal(log[1].idempotency_key, null);
  });
});

test('error.history lists every attempt', async () => {
  await faults([
    FAULT_503,
    { reset: true },
    { status: 500, headers: { 'Retry-After': '0' }, body: { code: 5000, msg: 'down' } },
  ]);
  const coze = client({ maxRetries: 2 });
  const err = await coze.chat.create(params('bot-1', 'hi')).catch((e) => e);
  coze.close();
  assert.ok(err instanceof ServerError, String(err));
  assert.equal(err.attempts, 3);
  const h = err.history;
  assert.deepEqual(
    h.map((a) => [a.number, a.outcome, a.kind]),
    [
      [1, '503', 'server'],
      [2, 'reset', 'connection'],
      [3, '500', 'server'],
    ],
  );
  assert.equal(h[2].delayMs, 0, 'no sleep after the last attempt');
  assert.equal(new Set(h.map((a) => a.idempotencyKey)).size, 1);
  assert.ok(h[0].idempotencyKey.length > 0);
  assert.equal(new Set(h.map((a) => a.requestId)).size, 3, 'a request id per attempt');
  for (const a of h) assert.ok(a.durationMs >= 0, JSON.stringify(a));
});

test('a refused connection is a "connect" attempt', async () => {
  const probe = net.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  const coze = new Coze({ token: TOKEN, baseURL: `http://127.0.0.1:${port}`, maxRetries: 1, idempotencyHeader: null });
  const err = await coze.chat.create(params('bot-1', 'hi')).catch((e) => e);
  coze.close();
  assert.equal(err.kind, 'connection', String(err));
  // Retried without an idempotency key: the server never got the request.
  assert.deepEqual(
    err.history.map((a) => [a.outcome, a.idempotencyKey]),
    [
      ['connect', ''],
      ['connect', ''],
    ],
  );
});

test('the rate limiter makes the second call wait, without a busy wait', async () => {
  const coze = client({ rateLimit: { perSecond: 2, burst: 1 } });
  const tFirst = performance.now();
  await coze.chat.create(params('bot-1', 'first')); // takes the only token
  const cpu0 = process.cpuUsage();
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 20);
  const t0 = performance.now();
  await coze.chat.create(params('bot-1', 'second')); // waits about 500 ms for the next one
  const ms = performance.now() - t0;
  clearInterval(ticker);
  const cpu = process.cpuUsage(cpu0);
  coze.close();
  // The second token comes 500 ms after the first call took the first, which is after tFirst
  // (counted from the second call's start, a slow first call would shorten the wait).
  const sinceFirst = performance.now() - tFirst;
  assert.ok(sinceFirst >= 450, `the second call ended ${sinceFirst} ms after the first began`);
  assert.ok(ms < 5000, `the second call waited ${ms} ms`);
  assert.ok(ticks >= 5 || ms < 200, `the event loop ran only ${ticks} timer ticks while waiting ${ms} ms`);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  assert.ok(cpuMs < Math.max(ms / 2, 50), `busy wait: ${cpuMs} ms of CPU in ${ms} ms`);
});

// A full garbage collection, for the abandoned-iterator case.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

async function settle(check) {
  for (let i = 0; i < 100 && !check(); i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function abandonAfterOneEvent(coze) {
  const it = coze.chat.stream(params('bot-1', 'an abandoned stream'))[Symbol.asyncIterator]();
  assert.equal((await it.next()).value.type, 'conversation.chat.created');
  // dropped without return()
}

test('every core handle is released', async () => {
  const before = liveHandles();
  const coze = client({ maxRetries: 0 });
  await coze.ready();
  assert.equal(liveHandles().clients, before.clients + 1);
  for (let i = 0; i < 5; i++) {
    await coze.chat.create(params('bot-1', `completed ${i}`));
    await assert.rejects(coze.chat.create(params('broken', 'failed')), ServerError);
    await drain(coze.chat.stream(params('bot-1', 'to the end')));
    for await (const ev of coze.chat.stream(params('bot-1', 'closed early'))) {
      assert.ok(ev.type);
      break;
    }
    await assert.rejects(drain(coze.chat.stream(params('stream_error', 'x'))), StreamError);
    await assert.rejects(coze.chat.create(params('bot-1', 'x'), { traceparent: 'bad' }), InvalidArgumentError);
    coze.chat.stream(params('bot-1', 'never iterated')); // no call is made before the first step
  }
  assert.deepEqual(liveHandles(), { calls: before.calls, clients: before.clients + 1 }, 'freed at once');

  // Cancelled mid-way through its signal.
  await faults({ drip_ms: 200 });
  const ac = new AbortController();
  await assert.rejects(
    (async () => {
      for await (const ev of coze.chat.stream(params('bot-1', 'a slow answer with many deltas'), {
        signal: ac.signal,
      })) {
        if (ev.type === 'conversation.message.delta') ac.abort();
      }
    })(),
    CancelledError,
  );
  assert.equal(liveHandles().calls, before.calls, 'a cancelled stream is freed at once');

  // Abandoned iterators are freed once unreachable.
  for (let i = 0; i < 3; i++) await abandonAfterOneEvent(coze);
  assert.equal(liveHandles().calls, before.calls + 3);
  coze.close();
  await settle(() => liveHandles().calls === before.calls && liveHandles().clients === before.clients);
  assert.deepEqual(liveHandles(), before);
  await assert.rejects(coze.chat.create(params('bot-1', 'closed')), InvalidArgumentError);
});
