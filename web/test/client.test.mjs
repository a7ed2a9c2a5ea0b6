// The Coze client and its fetch driver against scripted fetch responses:
// request shape, result decoding, error typing, retries with sleeps,
// timeouts through WAIT deadlines, cancellation and incremental streaming.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AuthenticationError,
  CancelledError,
  ConnectionError,
  Coze,
  CozeError,
  InvalidArgumentError,
  RateLimitedError,
  StreamError,
  StreamEvent,
  TimeoutError,
  liveHandles,
} from 'cozecore';
import {
  chatMessage,
  controlledBody,
  hangingUntilAborted,
  jsonResponse,
  scriptedFetch,
  sseFrame,
  sseResponse,
} from './helpers.mjs';

const TOKEN = 'pat_secret_value_123';
const chatParams = {
  bot_id: 'b',
  user_id: 'u',
  additional_messages: [{ role: 'user', content: 'Hi', content_type: 'text' }],
};
const chat = { id: '7400000000000000003', conversation_id: '7400000000000000001', bot_id: 'b', status: 'in_progress' };

function client(fetch, options = {}) {
  return new Coze({ token: TOKEN, baseURL: 'https://api.test', fetch, ...options });
}

async function collect(iterable) {
  const out = [];
  for await (const ev of iterable) out.push(ev);
  return out;
}

describe('Coze construction', () => {
  test('a missing token is an InvalidArgumentError', () => {
    assert.throws(() => new Coze({}), InvalidArgumentError);
    assert.throws(
      () => new Coze({ token: '' }),
      (err) => err instanceof CozeError && err.kind === 'invalid_argument',
    );
  });

  test('a bad option value is the core config error: at the first call before the core loads, then at once', async () => {
    const refused = (err) => err instanceof InvalidArgumentError && /max_retries/.test(err.message);
    assert.throws(() => liveHandles(), /not loaded/, 'this test runs before anything loads the core');
    const early = client(scriptedFetch([]), { maxRetries: 'many' });
    await assert.rejects(early.chat.create(chatParams), refused);
    assert.throws(() => client(scriptedFetch([]), { maxRetries: 'many' }), refused);
  });

  test('Coze.create loads the core', async () => {
    const coze = await Coze.create({ token: TOKEN });
    assert.ok(coze.chat);
    coze.close();
  });
});

// Retries (and so SLEEP actions) arrive with the core's resilience layer;
// until a core build retries, the tests that need one run as todo.
const coreRetries = await (async () => {
  const fetch = scriptedFetch([
    jsonResponse(503, { code: 5000, msg: 'busy' }, { 'retry-after-ms': '0' }),
    jsonResponse(200, { code: 0, msg: '', data: chat }),
  ]);
  await client(fetch, { maxRetries: 1 })
    .chat.create(chatParams)
    .catch(() => {});
  return fetch.calls.length === 2;
})();
const needsRetries = coreRetries ? {} : { todo: 'this core build does not retry yet' };

describe('chat.create', () => {
  test('sends the request and resolves to the Chat object', async () => {
    const fetch = scriptedFetch([jsonResponse(200, { code: 0, msg: '', data: chat }, { 'x-tt-logid': 'L1' })]);
    const coze = client(fetch);
    const result = await coze.chat.create(chatParams, { headers: { 'X-Extra': 'yes' } });
    assert.deepEqual(result.toJSON(), chat);
    assert.equal(fetch.calls.length, 1);
    const call = fetch.calls[0];
    assert.equal(call.init.method, 'POST');
    assert.equal(new URL(call.url).pathname, '/v3/chat');
    assert.equal(call.headers.get('authorization'), `Bearer ${TOKEN}`);
    assert.equal(call.headers.get('x-extra'), 'yes');
    const body = JSON.parse(call.body);
    assert.equal(body.bot_id, 'b');
    assert.equal(body.stream, false);
    assert.deepEqual(body.additional_messages, chatParams.additional_messages);
    coze.close();
  });

  test('401 becomes an AuthenticationError with the log id and no token', async () => {
    const fetch = scriptedFetch([
      jsonResponse(401, { code: 4100, msg: 'authentication is invalid' }, { 'x-tt-logid': 'LOG401' }),
    ]);
    const coze = client(fetch);
    const err = await coze.chat.create(chatParams).then(
      () => assert.fail('expected a failure'),
      (e) => e,
    );
    assert.ok(err instanceof AuthenticationError);
    assert.ok(err instanceof CozeError);
    assert.equal(err.name, 'AuthenticationError');
    assert.equal(err.kind, 'authentication');
    assert.equal(err.httpStatus, 401);
    assert.equal(err.code, 4100);
    assert.equal(err.logid, 'LOG401');
    assert.equal(err.retryable, false);
    assert.equal(err.attempts, 1);
    assert.ok(!err.message.includes(TOKEN));
    assert.ok(!JSON.stringify(err).includes(TOKEN));
    assert.ok(!err.stack.includes(TOKEN));
  });

  test('a 429 is retried after the server delay, then succeeds', needsRetries, async () => {
    const fetch = scriptedFetch([
      jsonResponse(429, { code: 4013, msg: 'slow down' }, { 'retry-after-ms': '30' }),
      jsonResponse(200, { code: 0, msg: '', data: chat }),
    ]);
    const coze = client(fetch, { maxRetries: 1 });
    const started = performance.now();
    assert.deepEqual((await coze.chat.create(chatParams)).toJSON(), chat);
    assert.equal(fetch.calls.length, 2);
    assert.ok(performance.now() - started >= 25, 'the retry waited for the server delay');
  });

  test('retries exhausted: RateLimitedError with attempts and retryAfterMs', needsRetries, async () => {
    const limited = () => jsonResponse(429, { code: 4013, msg: 'slow down' }, { 'retry-after-ms': '10' });
    const fetch = scriptedFetch([limited, limited]);
    const coze = client(fetch, { maxRetries: 1 });
    const err = await coze.chat.create(chatParams).catch((e) => e);
    assert.ok(err instanceof RateLimitedError, String(err));
    assert.equal(err.attempts, 2);
    assert.equal(err.retryable, true);
    assert.equal(err.retryAfterMs, 10);
  });

  test('aborting the signal during a retry sleep cancels at once', needsRetries, async () => {
    const fetch = scriptedFetch([jsonResponse(503, { code: 5000, msg: 'busy' }, { 'retry-after': '30' })]);
    const coze = client(fetch, { maxRetries: 2 });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const started = performance.now();
    await assert.rejects(coze.chat.create(chatParams, { signal: ac.signal }), CancelledError);
    assert.ok(performance.now() - started < 5000, 'did not sleep the 30 s');
    assert.equal(fetch.calls.length, 1);
  });

  test('an already aborted signal cancels before sending', async () => {
    const fetch = scriptedFetch([]);
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(client(fetch).chat.create(chatParams, { signal: ac.signal }), CancelledError);
    assert.equal(fetch.calls.length, 0);
  });

  test('a network failure before the head is a ConnectionError', async () => {
    const fetch = scriptedFetch([() => Promise.reject(new TypeError('fetch failed'))]);
    const err = await client(fetch, { maxRetries: 0 })
      .chat.create(chatParams)
      .catch((e) => e);
    assert.ok(err instanceof ConnectionError, String(err));
    assert.equal(err.httpStatus, 0);
  });

  test('a connect timeout reported by fetch is a TimeoutError', async () => {
    const cause = Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' });
    const fetch = scriptedFetch([() => Promise.reject(new TypeError('fetch failed', { cause }))]);
    await assert.rejects(client(fetch, { maxRetries: 0 }).chat.create(chatParams), TimeoutError);
  });

  test('an abort that the driver did not ask for (a fetch deadline) is a TimeoutError', async () => {
    const fetch = scriptedFetch([() => Promise.reject(new DOMException('The operation was aborted.', 'AbortError'))]);
    await assert.rejects(client(fetch, { maxRetries: 0 }).chat.create(chatParams), TimeoutError);
  });

  test('headers that fetch manages itself are not passed to it', async () => {
    const fetch = scriptedFetch([jsonResponse(200, { code: 0, msg: '', data: chat })]);
    await client(fetch).chat.create(chatParams, {
      headers: [
        ['Host', 'elsewhere'],
        ['Content-Length', '1'],
        ['X-Kept', '1'],
      ],
    });
    const sent = fetch.calls[0].headers;
    assert.equal(sent.get('host'), null);
    assert.equal(sent.get('content-length'), null);
    assert.equal(sent.get('x-kept'), '1');
  });

  test('no response head within firstByteTimeoutMs: TimeoutError, and the fetch is aborted', async () => {
    let signal;
    const fetch = scriptedFetch([
      (url, init) => {
        signal = init.signal;
        return hangingUntilAborted(init);
      },
    ]);
    const coze = client(fetch, { maxRetries: 0, firstByteTimeoutMs: 100 });
    const started = performance.now();
    await assert.rejects(coze.chat.create(chatParams), TimeoutError);
    assert.ok(performance.now() - started < 5000);
    assert.equal(signal.aborted, true);
  });

  test('an unknown operation is rejected before sending', async () => {
    const fetch = scriptedFetch([]);
    await assert.rejects(client(fetch).request('no.such.op', {}), InvalidArgumentError);
    assert.equal(fetch.calls.length, 0);
  });

  test('params that cannot be JSON are an InvalidArgumentError', async () => {
    const cyclic = {};
    cyclic.self = cyclic;
    await assert.rejects(
      client(scriptedFetch([])).chat.create({ ...chatParams, parameters: cyclic }),
      InvalidArgumentError,
    );
  });
});

describe('chat.stream', () => {
  test('events come out as their bytes arrive', async () => {
    const body = controlledBody();
    const fetch = scriptedFetch([sseResponse(body.stream, { 'x-tt-logid': 'LS' })]);
    const coze = client(fetch);
    const it = coze.chat.stream(chatParams)[Symbol.asyncIterator]();
    body.push(sseFrame('conversation.chat.created', { ...chat, status: 'created' }));
    const first = await it.next();
    assert.equal(first.value.type, 'conversation.chat.created');
    assert.ok(first.value instanceof StreamEvent);
    assert.equal(first.value.content, undefined);
    // The first delta is split inside a multi-byte character.
    const frame = new TextEncoder().encode(sseFrame('conversation.message.delta', chatMessage('你好')));
    body.push(frame.subarray(0, frame.length - 8));
    const pending = it.next();
    body.push(frame.subarray(frame.length - 8));
    const delta = await pending;
    assert.equal(delta.value.type, 'conversation.message.delta');
    assert.equal(delta.value.content, '你好');
    body.push(sseFrame('conversation.chat.completed', { ...chat, status: 'completed' }));
    body.push(sseFrame('done', '"[DONE]"'));
    body.end();
    const rest = [];
    for (let r = await it.next(); !r.done; r = await it.next()) rest.push(r.value.type);
    assert.deepEqual(rest, ['conversation.chat.completed', 'done']);
    assert.equal(JSON.parse(fetch.calls[0].body).stream, true);
  });

  test('leaving the loop early aborts the request', async () => {
    const body = controlledBody();
    let signal;
    const fetch = scriptedFetch([
      (url, init) => {
        signal = init.signal;
        return sseResponse(body.stream);
      },
    ]);
    body.push(sseFrame('conversation.message.delta', chatMessage('a')));
    for await (const ev of client(fetch).chat.stream(chatParams)) {
      assert.equal(ev.content, 'a');
      break;
    }
    assert.equal(signal.aborted, true);
    assert.ok(await body.cancelled, 'the body stream was cancelled');
  });

  test('a body that stalls past idleTimeoutMs is a TimeoutError', async () => {
    const body = controlledBody();
    const fetch = scriptedFetch([sseResponse(body.stream)]);
    body.push(sseFrame('conversation.message.delta', chatMessage('a')));
    const events = [];
    const err = await (async () => {
      for await (const ev of client(fetch, { idleTimeoutMs: 100, maxRetries: 0 }).chat.stream(chatParams))
        events.push(ev);
    })().catch((e) => e);
    assert.ok(err instanceof TimeoutError, String(err));
    assert.equal(events.length, 1);
  });

  test('a read failure after the head is a ConnectionError after the events before it', async () => {
    const body = controlledBody();
    const fetch = scriptedFetch([sseResponse(body.stream)]);
    body.push(sseFrame('conversation.message.delta', chatMessage('a')));
    const events = [];
    const run = (async () => {
      for await (const ev of client(fetch).chat.stream(chatParams)) {
        events.push(ev);
        body.fail(new TypeError('terminated'));
      }
    })();
    const err = await run.catch((e) => e);
    assert.ok(err instanceof ConnectionError, String(err));
    assert.equal(events.length, 1);
  });

  test('an error event is a StreamError carrying its code', async () => {
    const body = controlledBody();
    body.push(sseFrame('conversation.message.delta', chatMessage('a')));
    body.push(sseFrame('error', { code: 5000, msg: 'model failed' }));
    body.end();
    const fetch = scriptedFetch([sseResponse(body.stream)]);
    const err = await collect(client(fetch).chat.stream(chatParams)).catch((e) => e);
    assert.ok(err instanceof StreamError, String(err));
    assert.equal(err.code, 5000);
  });

  test('a stream that ends without done is a StreamError', async () => {
    const body = controlledBody();
    body.push(sseFrame('conversation.message.delta', chatMessage('a')));
    body.end();
    const fetch = scriptedFetch([sseResponse(body.stream)]);
    await assert.rejects(collect(client(fetch).chat.stream(chatParams)), StreamError);
  });

  test('aborting the signal mid-stream is a CancelledError', async () => {
    const body = controlledBody();
    const fetch = scriptedFetch([sseResponse(body.stream)]);
    body.push(sseFrame('conversation.message.delta', chatMessage('a')));
    const ac = new AbortController();
    const err = await (async () => {
      for await (const ev of client(fetch).chat.stream(chatParams, { signal: ac.signal })) {
        assert.equal(ev.content, 'a');
        ac.abort();
      }
    })().catch((e) => e);
    assert.ok(err instanceof CancelledError, String(err));
    assert.ok(await body.cancelled);
  });

  test('an abort drops the events of the chunk in hand: no event after it', async () => {
    const body = controlledBody();
    const fetch = scriptedFetch([sseResponse(body.stream)]);
    // One network chunk, so one batch of decoded events.
    body.push(['a', 'b', 'c', 'd'].map((c) => sseFrame('conversation.message.delta', chatMessage(c))).join(''));
    const ac = new AbortController();
    const seen = [];
    const err = await (async () => {
      for await (const ev of client(fetch).chat.stream(chatParams, { signal: ac.signal })) {
        seen.push(ev.content);
        ac.abort(); // a Stop button
      }
    })().catch((e) => e);
    assert.ok(err instanceof CancelledError, String(err));
    assert.deepEqual(seen, ['a']);
  });
});
