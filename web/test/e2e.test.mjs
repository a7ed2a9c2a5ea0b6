// End to end: the package's real fetch driver against tests/fake_coze/server.py
// on loopback, through both entry points (import and require).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import * as esm from 'cozecore';
import { startFakeServer } from './helpers.mjs';

const cjs = createRequire(import.meta.url)('cozecore');

const TOKEN = 'pat_e2e_token';
let server;

before(async () => {
  server = await startFakeServer();
});

after(async () => {
  if (server) await server.stop();
});

const params = (bot_id, content) => ({
  bot_id,
  user_id: 'u-1',
  additional_messages: [{ role: 'user', content, content_type: 'text' }],
});

async function streamed(coze, p) {
  let text = '';
  const types = [];
  for await (const ev of coze.chat.stream(p)) {
    types.push(ev.type);
    if (ev.type === 'conversation.message.delta') text += ev.content;
  }
  return { text, types };
}

async function failure(promise) {
  return promise.then(
    () => assert.fail('expected a failure'),
    (err) => err,
  );
}

for (const [entry, lib] of [
  ['import', esm],
  ['require', cjs],
]) {
  describe(`e2e via ${entry}`, () => {
    const coze = (options = {}) => new lib.Coze({ token: TOKEN, baseURL: server.baseURL, maxRetries: 0, ...options });

    test('streamed text is "Echo: <msg>" and ends with done', async () => {
      const { text, types } = await streamed(coze(), params('bot-1', 'hello there'));
      assert.equal(text, 'Echo: hello there');
      assert.equal(types[0], 'conversation.chat.created');
      assert.ok(types.includes('conversation.message.completed'));
      assert.equal(types.at(-1), 'done');
      const log = await server.control('GET', '/_fake/requests');
      const last = log.at(-1);
      assert.equal(last.path, '/v3/chat');
      assert.equal(JSON.parse(last.body).stream, true);
    });

    test('CJK and emoji round trip', async () => {
      const msg = '你好，世界！👋🏽 café ½ 🇨🇳 😀😀';
      const { text } = await streamed(coze(), params('bot-1', msg));
      assert.equal(text, `Echo: ${msg}`);
    });

    test('chat.create resolves to the Chat object', async () => {
      const chat = await coze().chat.create(params('bot-1', 'hi'));
      assert.equal(typeof chat.id, 'string');
      assert.equal(typeof chat.conversation_id, 'string');
      assert.equal(chat.bot_id, 'bot-1');
      assert.equal(chat.status, 'in_progress');
    });

    test('a rejected token is an AuthenticationError with the log id', async () => {
      const err = await failure(
        new lib.Coze({ token: 'not-a-pat', baseURL: server.baseURL }).chat.create(params('bot-1', 'hi')),
      );
      assert.ok(err instanceof lib.AuthenticationError, String(err));
      assert.equal(err.httpStatus, 401);
      assert.equal(err.code, 4100);
      assert.match(err.logid, /FAKE/);
      assert.ok(!err.message.includes('not-a-pat'));
    });

    test('a busy conversation is code 4016, for create and stream', async () => {
      const e1 = await failure(coze().chat.create(params('busy', 'hi')));
      assert.ok(e1 instanceof lib.CozeError);
      assert.equal(e1.code, 4016);
      assert.match(e1.logid, /FAKE/);
      const e2 = await failure(streamed(coze(), params('busy', 'hi')));
      assert.equal(e2.code, 4016);
    });

    test('an error event is a StreamError', async () => {
      const err = await failure(streamed(coze(), params('stream_error', 'hi')));
      assert.ok(err instanceof lib.StreamError, String(err));
      assert.equal(err.kind, 'stream');
    });

    test('a stream cut before done is a StreamError', async () => {
      const err = await failure(streamed(coze(), params('truncated', 'hi')));
      assert.ok(err instanceof lib.StreamError, String(err));
    });

    test('a connection reset mid-stream is a ConnectionError', async () => {
      let deltas = 0;
      const err = await failure(
        (async () => {
          for await (const ev of coze().chat.stream(params('reset', 'hi'))) {
            if (ev.type === 'conversation.message.delta') deltas++;
          }
        })(),
      );
      assert.ok(err instanceof lib.ConnectionError, String(err));
      assert.equal(err.kind, 'connection');
      // An RST makes the kernel drop bytes not yet read, so up to 2 deltas arrive.
      assert.ok(deltas <= 2, `${deltas} deltas`);
    });

    test('a reset before any answer is a ConnectionError', async () => {
      await server.control('POST', '/_fake/faults', { reset: true });
      const err = await failure(coze().chat.create(params('bot-1', 'hi')));
      assert.ok(err instanceof lib.ConnectionError, String(err));
      assert.equal(err.httpStatus, 0);
    });

    test('a server that stalls past firstByteTimeoutMs is a TimeoutError', async () => {
      await server.control('POST', '/_fake/faults', { stall_ms: 1500 });
      const started = performance.now();
      const err = await failure(coze({ firstByteTimeoutMs: 200 }).chat.create(params('bot-1', 'hi')));
      assert.ok(err instanceof lib.TimeoutError, String(err));
      assert.ok(performance.now() - started < 1400, 'gave up before the server answered');
    });

    test('leaving the loop early aborts the request', async () => {
      await server.control('POST', '/_fake/faults', { drip_ms: 300 });
      let signal;
      const fetch = (url, init) => {
        signal = init.signal;
        return globalThis.fetch(url, init);
      };
      const started = performance.now();
      let first = '';
      for await (const ev of coze({ fetch }).chat.stream(params('bot-1', 'a long message that takes many deltas'))) {
        if (ev.type === 'conversation.message.delta') {
          first = ev.content;
          break;
        }
      }
      assert.equal(first, 'Ech');
      assert.equal(signal.aborted, true);
      // The whole answer would take about 14 deltas x 300 ms (the bound leaves a loaded machine
      // seconds: the first delta comes after 300 ms).
      assert.ok(performance.now() - started < 2500, 'did not wait for the rest of the stream');
      // The server is fine afterwards.
      assert.equal((await streamed(coze(), params('bot-1', 'again'))).text, 'Echo: again');
    });

    test('concurrent streams each get their own answer', async () => {
      const client = coze();
      const texts = await Promise.all(
        Array.from({ length: 6 }, (_, i) => streamed(client, params('bot-1', `message ${i} ✓`)).then((r) => r.text)),
      );
      texts.forEach((t, i) => assert.equal(t, `Echo: message ${i} ✓`));
      client.close();
    });
  });
}
