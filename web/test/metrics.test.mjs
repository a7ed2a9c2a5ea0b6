// Metrics (README "Metrics"): the onMetric hook through the package's real
// fetch driver against tests/fake_coze/server.py.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { Coze, init } from 'cozecore';
import { startFakeServer } from './helpers.mjs';

const TOKEN = 'pat_js_metrics_secret';
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

// A client with only the metrics hook; `events` collects what it receives.
function measured(options = {}) {
  const events = [];
  const coze = new Coze({
    token: TOKEN,
    baseURL: server.baseURL,
    ...options,
    hooks: { ...options.hooks, onMetric: (e) => events.push(e) },
  });
  return { coze, events };
}

const named = (events, name) => events.filter((e) => e.metric === name);

describe('onMetric', () => {
  test('a plain call: one request duration with the server, port and status', async () => {
    const { coze, events } = measured({ maxRetries: 0 });
    // The answer comes 30 ms late, so the duration (ms resolution) is measurable.
    await server.control('POST', '/_fake/faults', [{ stall_ms: 30 }]);
    const chat = await coze.chat.create(params('bot-1', 'hi'));
    coze.close();
    assert.ok(chat.id);
    assert.equal(events.length, 1, JSON.stringify(events));
    const [d] = events;
    assert.equal(d.kind, 'metric');
    assert.equal(d.metric, 'http.client.request.duration');
    assert.equal(d.instrument, 'histogram');
    assert.equal(d.unit, 's');
    assert.equal(typeof d.value, 'number');
    assert.ok(d.value >= 0.03 && d.value < 10, `duration ${d.value} s`);
    assert.equal(d.op, 'chat.create');
    // The OpenTelemetry attributes, in their order; no error.type on success.
    assert.deepEqual(Object.entries(d.attributes), [
      ['http.request.method', 'POST'],
      ['server.address', '127.0.0.1'],
      ['server.port', String(server.port)],
      ['http.response.status_code', '200'],
      ['coze.operation', 'chat.create'],
    ]);
    assert.ok(!JSON.stringify(events).includes(TOKEN), 'the token never reaches a hook');
  });

  test('a 503 retried once: two durations and a retry counted with error.type server', async () => {
    await server.control('POST', '/_fake/faults', [FAULT_503]);
    const { coze, events } = measured({ maxRetries: 1 });
    const chat = await coze.chat.create(params('bot-1', 'again'));
    coze.close();
    assert.ok(chat.id);
    const log = await server.control('GET', '/_fake/requests');
    assert.equal((Array.isArray(log) ? log : log.requests).length, 2, 'the fault was hit, then retried');
    assert.deepEqual(
      events.map((e) => e.metric),
      ['http.client.request.duration', 'coze.client.retries', 'http.client.request.duration'],
    );
    const [failed, retry, ok] = events;
    assert.equal(failed.attributes['http.response.status_code'], '503');
    assert.equal(failed.attributes['error.type'], 'server');
    assert.equal(retry.instrument, 'counter');
    assert.equal(retry.unit, '{retry}');
    assert.equal(retry.value, 1);
    assert.deepEqual(retry.attributes, {
      'server.address': '127.0.0.1',
      'server.port': String(server.port),
      'error.type': 'server',
      'coze.operation': 'chat.create',
    });
    assert.equal(ok.attributes['http.response.status_code'], '200');
    assert.equal(ok.attributes['error.type'], undefined);
  });

  test('a chat stream counts the events the user received', async () => {
    const { coze, events } = measured();
    let received = 0;
    let text = '';
    for await (const ev of coze.chat.stream(params('bot-1', 'count these events'))) {
      received++;
      if (ev.type === 'conversation.message.delta') text += ev.content;
    }
    coze.close();
    assert.equal(text, 'Echo: count these events');
    assert.ok(received > 2, `received ${received}`);
    const counted = named(events, 'coze.client.stream.events');
    assert.equal(counted.length, 1, JSON.stringify(events));
    assert.equal(counted[0].instrument, 'counter');
    assert.equal(counted[0].unit, '{event}');
    assert.equal(counted[0].value, received);
    assert.equal(counted[0].attributes['coze.operation'], 'chat.stream');
    assert.equal(counted[0].attributes['server.port'], String(server.port));
    const durations = named(events, 'http.client.request.duration');
    assert.equal(durations.length, 1);
    assert.equal(durations[0].attributes['http.response.status_code'], '200');
  });

  test('with other hooks too: each hook gets its own kind; a throwing onMetric breaks nothing', async () => {
    const finished = [];
    let calls = 0;
    const coze = new Coze({
      token: TOKEN,
      baseURL: server.baseURL,
      hooks: {
        onCallFinished: (e) => finished.push(e),
        onMetric: () => {
          calls++;
          throw new Error('a broken exporter');
        },
      },
    });
    const chat = await coze.chat.create(params('bot-1', 'both'));
    coze.close();
    assert.ok(chat.id);
    assert.equal(calls, 1);
    assert.deepEqual(
      finished.map((e) => e.kind),
      ['call_finished'],
    );
    // Non-metric events carry the metric fields empty.
    assert.equal(finished[0].metric, '');
    assert.equal(finished[0].value, null);
    assert.deepEqual(finished[0].attributes, {});
  });

  test('onMetric must be a function', () => {
    assert.throws(() => new Coze({ token: TOKEN, hooks: { onMetric: 'yes' } }), /onMetric must be a function/);
  });
});
