// Client health, the circuit breaker and error severity (README "Health",
// "Severity"), through the package's real fetch driver against
// tests/fake_coze/server.py.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  BadRequestError,
  CircuitOpenError,
  ClientHealth,
  Coze,
  CozeError,
  InvalidArgumentError,
  NotFoundError,
  ServerError,
  init,
  liveHandles,
} from 'cozecore';
import { startFakeServer } from './helpers.mjs';

const TOKEN = 'pat_js_health_secret';
const OPEN_MS = 1000; // long enough that a loaded machine's scheduling cannot close it between two lines
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

const requests = async () => {
  const log = await server.control('GET', '/_fake/requests');
  return Array.isArray(log) ? log : log.requests;
};
const client = (options = {}) => new Coze({ token: TOKEN, baseURL: server.baseURL, ...options });

// The error a promise rejects with (fails the test when it resolves).
async function rejection(promise) {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  assert.fail('the call succeeded');
}

describe('circuit breaker', () => {
  test('opens after failures, refuses without sending, closes after a probe', async () => {
    const health = [];
    const finished = [];
    const coze = client({
      maxRetries: 0,
      breaker: { threshold: 0.5, minAttempts: 4, openMs: OPEN_MS },
      hooks: { onHealthChanged: (e) => health.push(e), onCallFinished: (e) => finished.push(e) },
    });
    await coze.ready();
    const fresh = coze.health();
    assert.ok(fresh instanceof ClientHealth);
    assert.equal(fresh.state, 'closed');
    assert.equal(fresh.breaker, true);
    assert.equal(fresh.total_attempts, 0);

    for (let i = 0; i < 4; i++) {
      const err = await rejection(coze.chat.create(params('broken', `fail ${i}`)));
      assert.ok(err instanceof ServerError, `call ${i}: ${err && err.constructor.name}`);
      assert.equal(err.httpStatus, 500);
      assert.equal(err.code, 5000);
      assert.equal(err.severity, 'critical', `call ${i}: retries off, a service failure is critical`);
    }
    assert.equal((await requests()).length, 4);
    assert.equal(finished.length, 4);
    assert.ok(finished.every((e) => e.errorKind === 'server' && e.severity === 'critical'));

    const opened = health.filter((e) => e.reason === 'opened');
    assert.equal(opened.length, 1, `health_changed events: ${JSON.stringify(health)}`);
    assert.equal(opened[0].kind, 'health_changed');
    assert.equal(opened[0].state, 'open');
    assert.equal(opened[0].severity, 'critical');
    assert.equal(typeof opened[0].errorRate, 'number');
    assert.ok(opened[0].errorRate >= 0.5 && opened[0].errorRate <= 1, `errorRate ${opened[0].errorRate}`);

    // Open: the next call fails at once and sends nothing.
    const refused = await rejection(coze.chat.create(params('bot-1', 'refused')));
    assert.ok(refused instanceof CircuitOpenError && refused instanceof CozeError);
    assert.equal(refused.name, 'CircuitOpenError');
    assert.equal(refused.kind, 'circuit_open');
    assert.equal(refused.severity, 'info');
    assert.equal(refused.retryable, true);
    assert.equal(refused.httpStatus, 0);
    assert.ok(refused.retryAfterMs > 0 && refused.retryAfterMs <= OPEN_MS, `retryAfterMs ${refused.retryAfterMs}`);
    assert.equal((await requests()).length, 4, 'the refused call reached the server');

    const open = coze.health();
    assert.equal(open.state, 'open');
    assert.equal(open.opened, 1);
    assert.equal(open.rejected, 1);
    assert.equal(open.total_attempts, 4);
    assert.equal(open.total_failures, 4);
    assert.ok(open.open_ms_left > 0 && open.open_ms_left <= OPEN_MS, `open_ms_left ${open.open_ms_left}`);

    // After open_ms a probe goes out; its success closes the breaker.
    await sleep(OPEN_MS + 50);
    const chat = await coze.chat.create(params('bot-1', 'probe'));
    assert.ok(chat.id);
    assert.equal((await requests()).length, 5);
    const closed = coze.health();
    assert.equal(closed.state, 'closed');
    assert.equal(closed.opened, 1);
    assert.equal(closed.open_ms_left, 0);
    assert.deepEqual(
      health.map((e) => `${e.reason}:${e.state}`),
      ['opened:open', 'half_open:half_open', 'closed:closed'],
    );
    assert.equal(health.at(-1).severity, 'info');
    coze.close();
    assert.throws(() => coze.health(), InvalidArgumentError);
  });

  test('off by default: failures never refuse a call', async () => {
    const coze = client({ maxRetries: 0 });
    for (let i = 0; i < 6; i++) {
      await assert.rejects(coze.chat.create(params('broken', `fail ${i}`)), ServerError);
    }
    const h = coze.health();
    assert.equal(h.breaker, false);
    assert.equal(h.state, 'closed');
    assert.equal(h.total_failures, 6);
    assert.equal(h.rejected, 0);
    await coze.chat.create(params('bot-1', 'still sent'));
    assert.equal((await requests()).length, 7);
    coze.close();
  });

  test('breaker: true takes the defaults; bad options are InvalidArgumentErrors', async () => {
    const before = liveHandles();
    const coze = client({ breaker: true, health: { alpha: 0.5, sliceMs: 500 } });
    const h = coze.health(); // core loaded, client not built yet: a fresh client's health
    assert.equal(h.breaker, true);
    assert.equal(h.state, 'closed');
    assert.deepEqual(liveHandles(), before, 'the fresh health left a handle behind');
    coze.close();
    assert.throws(() => client({ breaker: { threshold: 2 } }), InvalidArgumentError);
    assert.throws(() => client({ health: { alpha: 0 } }), InvalidArgumentError);
    assert.throws(() => client({ breaker: 'on' }), InvalidArgumentError);
  });
});

describe('severity', () => {
  test('a 4xx the caller caused: not_found is info, bad_request a warning', async () => {
    const coze = client({ maxRetries: 0 });
    await server.control('POST', '/_fake/faults', [
      { status: 404, body: { code: 4200, msg: 'no such thing' } },
      { status: 400, body: { code: 4000, msg: 'bad parameter' } },
    ]);
    const notFound = await rejection(coze.chat.create(params('bot-1', 'a')));
    assert.ok(notFound instanceof NotFoundError, notFound && notFound.constructor.name);
    assert.equal(notFound.severity, 'info');
    const bad = await rejection(coze.chat.create(params('bot-1', 'b')));
    assert.ok(bad instanceof BadRequestError, bad && bad.constructor.name);
    assert.equal(bad.severity, 'warning');
    // Neither says anything about the service's health.
    const h = coze.health();
    assert.equal(h.total_attempts, 2);
    assert.equal(h.total_failures, 0);
    coze.close();
  });

  test('errors made in JS take their kind row', () => {
    assert.equal(new CozeError('internal', 'x').severity, 'critical');
    assert.equal(new CircuitOpenError('circuit_open', 'x').severity, 'info');
    assert.equal(new InvalidArgumentError('invalid_argument', 'x').severity, 'warning');
    assert.equal(new ServerError('server', 'x', { severity: 'critical' }).severity, 'critical');
    // The core's table decides, the HTTP status included (a 501 cannot be cured by a retry).
    assert.equal(new ServerError('server', 'x', { httpStatus: 501 }).severity, 'critical');
    assert.equal(new ServerError('server', 'x', { httpStatus: 503 }).severity, 'warning');
  });
});
