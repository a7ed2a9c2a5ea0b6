// The browser suite: runs in a page served by run.mjs, which also proxies
// /v3/*, /v1/* and /_fake/* to the fake Coze server (same origin) and keeps
// a log of the proxied requests at /_proxy/log. The package is imported
// from /dist/index.mjs exactly as a web app would, and talks to the API
// through the browser's own fetch.
import * as cozecore from '/dist/index.mjs';
import { runVectorFile } from './vectors.mjs';

const {
  ApiError,
  AuthenticationError,
  CancelledError,
  Coze,
  CozeError,
  InvalidArgumentError,
  ServerError,
  init,
  jwtToken,
  liveHandles,
  version,
} = cozecore;

const TOKEN = 'pat_browser_secret_0123456789';
const CASE_TIMEOUT_MS = 15000;

class Failure extends Error {}

function check(condition, message) {
  if (!condition) throw new Failure(message);
}

function equal(actual, expected, what) {
  if (actual !== expected)
    throw new Failure(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function getJson(path, init) {
  const res = await fetch(path, init);
  if (!res.ok) throw new Failure(`${init?.method ?? 'GET'} ${path}: HTTP ${res.status}`);
  return res.json();
}

const fake = {
  reset: () => getJson('/_fake/reset', { method: 'POST' }),
  faults: (faults) =>
    getJson('/_fake/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(faults),
    }),
  requests: () => getJson('/_fake/requests'),
};

const proxyLog = () => getJson('/_proxy/log');

// A personal access token in a page needs the caller's explicit consent.
function client(options = {}) {
  return new Coze({ token: TOKEN, baseURL: location.origin, allowPersonalAccessTokenInBrowser: true, ...options });
}

const chatParams = (content, botId = 'browser-bot') => ({
  bot_id: botId,
  user_id: 'browser-user',
  additional_messages: [{ role: 'user', content, content_type: 'text' }],
});

// Whatever the call threw (or a Failure when it did not throw).
async function failureOf(promise) {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Failure('expected the call to fail, it succeeded');
}

function noSecret(value, what) {
  check(!JSON.stringify(value).includes(TOKEN), `${what} contains the token`);
}

// ---- cases ------------------------------------------------------------------

const cases = [];
const test = (name, fn) => cases.push({ name, fn });

test('the ES module core loads its .wasm from /dist/', async () => {
  await init();
  check(/^\d+\.\d+\.\d+$/.test(version()), `version() is ${version()}`);
  const wasm = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/dist/cozecore_web.wasm'));
  equal(wasm.length, 1, 'fetches of /dist/cozecore_web.wasm');
  return `core ${version()}`;
});

// One case per vector file of an area, added by run() once the list is known.
async function vectorCases(area) {
  const files = await getJson(`/vectors/${area}/`);
  check(Array.isArray(files) && files.length > 0, `no ${area} vector files`);
  return files.map((file) => ({
    name: `${area} vectors: ${file}`,
    fn: async () => {
      await init();
      const r = runVectorFile(cozecore, area, await getJson(`/vectors/${area}/${file}`));
      if (r.failures.length > 0) throw new Failure(`${r.failures.length} failed: ${r.failures.join('; ')}`);
      check(r.passed > 0, 'the file has no vectors');
      return `${r.passed} vectors`;
    },
  }));
}

test('chat.stream over fetch: the echo (CJK + emoji) arrives', async () => {
  const content = '你好，世界 🌍👋🏽 café';
  await init();
  const before = liveHandles().calls;
  const coze = client();
  try {
    const types = [];
    let text = '';
    let completed;
    for await (const ev of coze.chat.stream(chatParams(content))) {
      types.push(ev.type);
      if (ev.type === 'conversation.message.delta') text += ev.content;
      if (ev.type === 'conversation.message.completed') completed = ev.data;
    }
    equal(text, `Echo: ${content}`, 'delta text');
    check(completed !== undefined, 'no conversation.message.completed');
    equal(completed.content, `Echo: ${content}`, 'completed message');
    equal(types[0], 'conversation.chat.created', 'first event');
    equal(types[types.length - 1], 'done', 'last event');
    equal(liveHandles().calls, before, 'live core calls after the stream');
    return `${types.length} events`;
  } finally {
    coze.close();
  }
});

test('chat.runTools over fetch: both tools run concurrently, their outputs come back in the answer', async () => {
  await init();
  const before = liveHandles().calls;
  const finished = [];
  const coze = client({ hooks: { onToolFinished: (e) => finished.push(`${e.tool}:${e.outcome}`) } });
  // Each function waits for the other to have started: they finish only when run concurrently.
  const started = {};
  const gates = Object.fromEntries(
    ['get_weather', 'get_time'].map((name) => [name, new Promise((resolve) => (started[name] = resolve))]),
  );
  const meet = async (name, other) => {
    started[name]();
    const late = sleep(5000).then(() => {
      throw new Failure(`${other} did not start while ${name} ran`);
    });
    await Promise.race([gates[other], late]);
  };
  const weather = cozecore.defineTool({
    name: 'get_weather',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' }, unit: { enum: ['celsius', 'fahrenheit'], default: 'celsius' } },
      required: ['city'],
    },
    run: async (args) => {
      await meet('get_weather', 'get_time');
      return { city: args.city, unit: args.unit, temperature: 21 };
    },
  });
  const time = {
    name: 'get_time',
    parameters: { type: 'object', properties: { tz: { type: 'string' } } },
    run: async (args) => {
      await meet('get_time', 'get_weather');
      return `12:00 in ${args.tz}`;
    },
  };
  try {
    let text = '';
    for await (const ev of coze.chat.runTools({ ...chatParams('Weather?', 'tools'), tools: [weather, time] })) {
      if (ev.type === 'conversation.message.delta') text += ev.content;
    }
    equal(
      text,
      'Tool outputs: get_weather -> {"city":"Paris","unit":"celsius","temperature":21}; get_time -> 12:00 in Europe/Paris',
      'answer',
    );
    equal(finished.join(','), 'get_weather:ok,get_time:ok', 'tool_finished hooks');
    const log = await fake.requests();
    equal(log.filter((r) => r.path === '/v3/chat/submit_tool_outputs').length, 1, 'submit_tool_outputs requests');
    equal(liveHandles().calls, before, 'live core calls after the run');
    return 'both tools ran';
  } finally {
    coze.close();
  }
});

test('chat.stream: events arrive as the server sends them (drip 150 ms)', async () => {
  const DRIP = 150;
  await fake.faults({ drip_ms: DRIP });
  const coze = client();
  try {
    const start = performance.now();
    const deltas = [];
    for await (const ev of coze.chat.stream(chatParams('abcdefghijkl'))) {
      if (ev.type === 'conversation.message.delta') deltas.push(performance.now() - start);
    }
    const end = performance.now() - start;
    // "Echo: abcdefghijkl" is 18 code points: 6 deltas, one every DRIP ms.
    equal(deltas.length, 6, 'deltas');
    const spread = end - deltas[0];
    check(
      spread >= 0.5 * DRIP * (deltas.length - 1),
      `the first delta came ${Math.round(deltas[0])} ms in, the stream ended at ${Math.round(end)} ms: not incremental`,
    );
    const gaps = deltas.slice(1).map((t, i) => t - deltas[i]);
    const spaced = gaps.filter((g) => g >= DRIP / 2).length;
    check(spaced >= gaps.length - 1, `delta gaps ${gaps.map(Math.round).join(', ')} ms: not one per drip`);
    return `first delta at ${Math.round(deltas[0])} ms, end at ${Math.round(end)} ms`;
  } finally {
    coze.close();
  }
});

test('chat.create resolves to the Chat', async () => {
  const coze = client();
  try {
    const chat = await coze.chat.create(chatParams('hello'));
    check(chat !== null && typeof chat === 'object', `not an object: ${JSON.stringify(chat)}`);
    check(/^\d+$/.test(chat.id), `chat.id ${chat.id}`);
    check(/^\d+$/.test(chat.conversation_id), `chat.conversation_id ${chat.conversation_id}`);
    equal(chat.bot_id, 'browser-bot', 'chat.bot_id');
    equal(chat.status, 'in_progress', 'chat.status');
    const log = await fake.requests();
    equal(log.length, 1, 'requests sent');
    equal(JSON.parse(log[0].body).stream, false, 'body.stream');
  } finally {
    coze.close();
  }
});

test('errors: a bad token is an AuthenticationError with a logid', async () => {
  const secret = 'sk_not_accepted_987654321';
  const coze = new Coze({ token: secret, baseURL: location.origin });
  try {
    const err = await failureOf(coze.chat.create(chatParams('hi')));
    check(err instanceof AuthenticationError, `not an AuthenticationError: ${err && err.name}: ${err && err.message}`);
    check(err instanceof CozeError, 'not a CozeError');
    equal(err.kind, 'authentication', 'kind');
    equal(err.httpStatus, 401, 'httpStatus');
    equal(err.code, 4100, 'code');
    equal(err.retryable, false, 'retryable');
    check(/FAKE\d+$/.test(err.logid), `logid ${JSON.stringify(err.logid)}`);
    const seen = JSON.stringify({
      message: err.message,
      stack: String(err.stack),
      body: err.body,
      history: err.history,
    });
    check(!seen.includes(secret), 'the error shows the token');
  } finally {
    coze.close();
  }
});

test('errors: bot "busy" is an ApiError with code 4016 (create and stream)', async () => {
  const coze = client();
  try {
    const created = await failureOf(coze.chat.create(chatParams('hi', 'busy')));
    const streamed = await failureOf(
      (async () => {
        for await (const ev of coze.chat.stream(chatParams('hi', 'busy'))) void ev;
      })(),
    );
    for (const [how, err] of [
      ['create', created],
      ['stream', streamed],
    ]) {
      check(err instanceof ApiError, `${how}: not an ApiError: ${err && err.name}: ${err && err.message}`);
      equal(err.kind, 'api', `${how}: kind`);
      equal(err.code, 4016, `${how}: code`);
      equal(err.httpStatus, 200, `${how}: httpStatus`);
      check(err.logid !== '', `${how}: no logid`);
    }
  } finally {
    coze.close();
  }
});

test('cancel: AbortController.abort() mid-stream cancels and aborts the request', async () => {
  await init();
  const before = liveHandles().calls;
  await fake.faults({ drip_ms: 150 });
  const logStart = (await proxyLog()).length;
  const coze = client();
  const controller = new AbortController();
  // "Echo: " + 30 code points: 12 deltas, 17 events in all, about 1.8 s.
  const content = 'abcdefghijklmnopqrstuvwxyz0123';
  let deltas = 0;
  try {
    const err = await failureOf(
      (async () => {
        for await (const ev of coze.chat.stream(chatParams(content), { signal: controller.signal })) {
          if (ev.type === 'conversation.message.delta' && ++deltas === 1) controller.abort();
        }
      })(),
    );
    check(err instanceof CancelledError, `not a CancelledError: ${err && err.name}: ${err && err.message}`);
    equal(err.kind, 'cancelled', 'kind');
    equal(deltas, 1, 'deltas seen after the abort');
    // The browser closed the connection: the proxy saw its client go away.
    let entry;
    for (let i = 0; i < 40; i++) {
      entry = (await proxyLog()).slice(logStart).find((e) => e.method === 'POST' && e.path.startsWith('/v3/chat'));
      if (entry && entry.outcome !== 'open') break;
      await sleep(50);
    }
    check(entry !== undefined, 'the proxy saw no POST /v3/chat');
    equal(entry.outcome, 'client_aborted', 'how the request ended at the proxy');
    // And the server stopped sending: well short of the 17 events.
    await sleep(400);
    const sent = (await fake.requests()).map((r) => r.events_sent);
    equal(sent.length, 1, 'requests the server saw');
    check(sent[0] < 10, `the server sent ${sent[0]} of 17 events after the abort`);
    equal(liveHandles().calls, before, 'live core calls after the abort');
    return `server sent ${sent[0]} of 17 events`;
  } finally {
    coze.close();
  }
});

test('generated resources: conversations and their messages as typed views', async () => {
  const coze = client();
  try {
    const conversation = await coze.conversations.create({
      messages: [{ role: 'user', content: '你好', content_type: 'text' }],
    });
    check(conversation instanceof cozecore.Conversation, 'not a Conversation view');
    equal(conversation.name, '你好', 'conversation.name');
    const page = await coze.conversations.messages.list({ conversation_id: conversation.id });
    check(page instanceof cozecore.ListMessagesResult, 'not a ListMessagesResult view');
    equal(page.data.length, 1, 'messages');
    equal(page.data[0].content, '你好', 'message content');
    equal(JSON.stringify(page.data[0].toJSON().content), '"你好"', 'canonical view');
    const failure = await failureOf(coze.conversations.retrieve({ conversation_id: conversation.id, bogus: 1 }));
    check(failure instanceof cozecore.InvalidArgumentError, `an unknown parameter gave ${failure && failure.name}`);
    const log = await fake.requests();
    equal(log.map((r) => r.path).join(' '), '/v1/conversation/create /v1/conversation/message/list', 'paths');
  } finally {
    coze.close();
  }
});

test('pages and polling: a pager over 12 messages, 5 a page, and chat.createAndPoll', async () => {
  const coze = client();
  try {
    const before = liveHandles().calls;
    const conversation = await coze.conversations.create({});
    const ids = [];
    for (let i = 0; i < 12; i++) {
      const m = await coze.conversations.messages.create({
        conversation_id: conversation.id,
        role: 'user',
        content: `m${i}`,
        content_type: 'text',
      });
      ids.push(m.id);
    }
    const seen = [];
    for await (const m of coze.conversations.messages.listPages({
      conversation_id: conversation.id,
      limit: 5,
      order: 'asc',
    }))
      seen.push(m.id);
    equal(seen.join(' '), ids.join(' '), 'items in order');
    let pages = 0;
    for await (const page of coze.conversations.messages
      .listPages({ conversation_id: conversation.id, limit: 5 })
      .pages()) {
      check(page instanceof cozecore.Page, 'not a Page');
      equal(page.hasMore, true, 'hasMore of the first page');
      pages++;
      break;
    }
    equal(pages, 1, 'pages before the break');
    const lists = (await fake.requests()).filter((r) => r.path === '/v1/conversation/message/list');
    equal(lists.length, 4, 'list requests (3 pages, then 1 before the break)');
    const { chat, messages } = await coze.chat.createAndPoll({ ...chatParams('poll'), poll_interval_ms: 20 });
    equal(chat.status, 'completed', 'chat.status');
    equal(messages.at(-1).content, 'Echo: poll', 'the answer');
    equal(liveHandles().calls, before, 'live core calls');
  } finally {
    coze.close();
  }
});

test('retry: a 503 with Retry-After: 0 is retried with the same idempotency key', async () => {
  await fake.faults({ status: 503, headers: { 'Retry-After': '0' }, body: { code: 5000, msg: 'x' } });
  const coze = client();
  try {
    const chat = await coze.chat.create(chatParams('again'));
    equal(chat.bot_id, 'browser-bot', 'chat.bot_id');
    const posts = (await fake.requests()).filter((r) => r.method === 'POST' && r.path === '/v3/chat');
    equal(posts.length, 2, 'POST /v3/chat requests');
    check(typeof posts[0].idempotency_key === 'string' && posts[0].idempotency_key !== '', 'no idempotency key sent');
    equal(posts[1].idempotency_key, posts[0].idempotency_key, "the retry's idempotency key");
  } finally {
    coze.close();
  }
});

test('security: a 302 is not followed (the page sees an opaque redirect): an ApiError, one request', async () => {
  await fake.faults({ status: 302, headers: { Location: 'http://127.0.0.1:1/elsewhere' }, body: '' });
  const before = (await proxyLog()).length;
  const coze = client({ maxRetries: 2 });
  try {
    const err = await failureOf(coze.chat.create(chatParams('hi')));
    check(err instanceof ApiError, `not an ApiError: ${err && err.name}: ${err && err.message}`);
    equal(err.kind, 'api', 'kind');
    equal(err.retryable, false, 'retryable');
    check(/redirect/.test(err.message) && /not followed/.test(err.message), `message: ${err.message}`);
    check(/opaque redirect/.test(err.message), `the message does not say the browser hid it: ${err.message}`);
    const log = await fake.requests();
    equal(log.length, 1, 'requests the fake received');
    const proxied = (await proxyLog()).slice(before).filter((e) => !e.path.startsWith('/_fake/'));
    equal(proxied.length, 1, 'API requests through the proxy');
    equal(proxied[0].status, 302, 'the status the proxy answered');
    return err.message;
  } finally {
    coze.close();
  }
});

test('security: an http:// base URL on another machine is refused before anything is sent', async () => {
  const before = (await proxyLog()).length;
  const coze = new Coze({ token: TOKEN, baseURL: 'http://api.example.com', allowPersonalAccessTokenInBrowser: true });
  try {
    const err = await failureOf(coze.chat.create(chatParams('hi')));
    check(
      err instanceof InvalidArgumentError,
      `not an InvalidArgumentError: ${err && err.name}: ${err && err.message}`,
    );
    check(/clear text/.test(err.message) && /allow_insecure_http/.test(err.message), `message: ${err.message}`);
    noSecret(err.message, 'the message');
    equal((await proxyLog()).length, before, 'requests through the proxy');
  } finally {
    coze.close();
  }
});

test('files.upload of a File (retried after a 503) and speech saved to a callback', async () => {
  const size = 1024 * 1024 + 3;
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff;
  await fake.faults({ status: 503, headers: { 'Retry-After': '0' }, body: { code: 5000, msg: 'x' } });
  const coze = client({ maxRetries: 2 });
  try {
    const seen = [];
    const file = await coze.files.upload(
      { file: new File([bytes], 'page.bin', { type: 'application/x-test' }) },
      { onUploadProgress: (sent, total) => seen.push([sent, total]) },
    );
    equal(file.bytes, size, 'file.bytes');
    equal(file.file_name, 'page.bin', 'file.file_name');
    const kept = new Uint8Array(await (await fetch(`/_fake/files/content?file_id=${file.id}`)).arrayBuffer());
    equal(kept.length, size, 'bytes kept by the server');
    for (let i = 0; i < size; i++) if (kept[i] !== bytes[i]) throw new Failure(`byte ${i} differs`);
    const uploads = (await fake.requests()).filter((r) => r.path === '/v1/files/upload');
    equal(uploads.length, 2, 'upload attempts');
    const total = seen[0][1];
    check(total > size, `progress total ${total}`);
    equal(seen.at(-1)[0], total, 'progress at the end');

    const speechSize = 512 * 1024 + 9;
    let at = 0;
    const answer = await coze.audio.speech.create(
      { input: 'Hello', voice_id: '7300000000000000301', response_format: 'mp3' },
      {
        extra_headers: { 'X-Fake-Speech-Bytes': String(speechSize) },
        sink: (chunk) => {
          for (let i = 0; i < chunk.length; i++) {
            if (chunk[i] !== (at + i) % 251) throw new Failure(`speech byte ${at + i} differs`);
          }
          at += chunk.length;
        },
      },
    );
    equal(at, speechSize, 'speech bytes to the callback');
    equal(answer.size, speechSize, 'answer.size');
    equal(answer.data, null, 'answer.data with a sink');
    equal(answer.contentType, 'audio/mpeg', 'answer.contentType');
  } finally {
    coze.close();
  }
});

test('hooks: a retried call reports each stage', async () => {
  await fake.faults({ status: 503, headers: { 'Retry-After': '0' }, body: { code: 5000, msg: 'x' } });
  const events = [];
  const record = (e) => events.push(e);
  const coze = client({
    hooks: { onRequestSent: record, onResponseHead: record, onRetryScheduled: record, onCallFinished: record },
  });
  try {
    await coze.chat.create(chatParams('hooked'));
    const kinds = events.map((e) => `${e.kind}#${e.attempt}`);
    equal(
      kinds.join(' '),
      'request_sent#1 response_head#1 retry_scheduled#1 request_sent#2 response_head#2 call_finished#2',
      'hook events',
    );
    equal(events[1].status, 503, 'first response_head status');
    equal(events[2].errorKind, 'server', 'retry_scheduled errorKind');
    equal(events[5].errorKind, '', 'call_finished errorKind');
    equal(events[0].op, 'chat.create', 'op');
    equal(events[0].path, '/v3/chat', 'path');
    equal(events[0].headers.authorization, '[redacted]', 'request_sent authorization header');
    equal(events[3].idempotencyKey, events[0].idempotencyKey, 'idempotency key of both attempts');
    noSecret(events, 'the hook events');
  } finally {
    coze.close();
  }
});

test('err.history lists every attempt of a failed call', async () => {
  const fault = { status: 503, headers: { 'Retry-After': '0' }, body: { code: 5000, msg: 'x' } };
  await fake.faults([fault, fault]);
  const coze = client({ maxRetries: 1 });
  try {
    const err = await failureOf(coze.chat.create(chatParams('twice')));
    check(err instanceof ServerError, `not a ServerError: ${err && err.name}: ${err && err.message}`);
    equal(err.attempts, 2, 'attempts');
    check(Array.isArray(err.history), 'history is not an array');
    equal(
      err.history.map((a) => `${a.number}:${a.outcome}:${a.kind}`).join(' '),
      '1:503:server 2:503:server',
      'history',
    );
    check(err.history[0].idempotencyKey !== '', 'no idempotency key in the history');
    equal(err.history[1].idempotencyKey, err.history[0].idempotencyKey, 'idempotency key of both attempts');
    check(err.history[0].requestId !== err.history[1].requestId, 'both attempts have one request id');
  } finally {
    coze.close();
  }
});

// ---- auth ---------------------------------------------------------------------

test('auth: a pat_ token is refused in a page unless allowPersonalAccessTokenInBrowser', async () => {
  let err = null;
  try {
    new Coze({ token: TOKEN, baseURL: location.origin });
  } catch (e) {
    err = e;
  }
  check(err instanceof InvalidArgumentError, `not an InvalidArgumentError: ${err && err.name}: ${err && err.message}`);
  equal(err.kind, 'invalid_argument', 'kind');
  check(/allowPersonalAccessTokenInBrowser/.test(err.message), `the message names no option: ${err.message}`);
  check(!err.message.includes(TOKEN), 'the message shows the token');
  // With the option the client works; a token that is not a pat_ needs none.
  const coze = client();
  try {
    await coze.chat.create(chatParams('allowed'));
  } finally {
    coze.close();
  }
  new Coze({ token: 'oat_not_a_personal_token', baseURL: location.origin }).close();
});

function pemOf(label, buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  const lines = btoa(binary)
    .match(/.{1,64}/g)
    .join('\n');
  return `-----BEGIN ${label}-----\n${lines}\n-----END ${label}-----\n`;
}

test('auth: a jwt app signs its JWT with WebCrypto in the page and gets a token from the fake', async () => {
  const rs256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const pair = await crypto.subtle.generateKey(
    { ...rs256, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['sign', 'verify'],
  );
  const privatePem = pemOf('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const publicPem = pemOf('PUBLIC KEY', await crypto.subtle.exportKey('spki', pair.publicKey));
  await getJson('/_fake/oauth/apps', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      client_id: 'page-jwt',
      client_type: 'jwt',
      public_key_id: 'kid-page',
      public_key_pem: publicPem,
    }),
  });
  const events = [];
  const coze = new Coze({
    baseURL: location.origin,
    auth: { type: 'jwt', clientId: 'page-jwt', publicKeyId: 'kid-page', privateKey: privatePem, sessionName: 'tab-1' },
    hooks: { onRequestSent: (e) => events.push(e), onCallFinished: (e) => events.push(e) },
  });
  try {
    const chat = await coze.chat.create(chatParams('signed in the page'));
    equal(chat.bot_id, 'browser-bot', 'bot_id');
    const token = coze.token();
    check(/^oat_/.test(token.access_token), `token() gave ${JSON.stringify(token.access_token)}`);
    equal(token.refreshes, 1, 'refreshes');
    const log = await fake.requests();
    const grants = log.filter((r) => r.oauth && r.oauth.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer');
    equal(grants.length, 1, 'JWT grants');
    equal(grants[0].oauth.outcome, 'ok', 'the fake verified the signature');
    equal(grants[0].oauth.kid, 'kid-page', 'kid');
    equal(grants[0].oauth.session_name, 'tab-1', 'session_name');
    const chatEntry = log.find((r) => r.path === '/v3/chat');
    check(chatEntry && token.access_token.startsWith(chatEntry.token_prefix), 'the chat went with the new token');
    const identity = JSON.parse(chatEntry.headers['x-coze-client-user-agent']);
    equal(identity.lang, 'browser', 'lang');
    check(/^chrome\//.test(identity.lang_version), `lang_version ${identity.lang_version}`);
    const seen = JSON.stringify(events);
    check(!seen.includes(token.access_token), 'the hooks show the access token');
    check(!seen.includes(privatePem.split('\n')[1]), 'the hooks show the private key');
    // A non-extractable CryptoKey signs too.
    const key = await crypto.subtle.importKey(
      'pkcs8',
      await crypto.subtle.exportKey('pkcs8', pair.privateKey),
      rs256,
      false,
      ['sign'],
    );
    const direct = await jwtToken({
      clientId: 'page-jwt',
      publicKeyId: 'kid-page',
      privateKey: key,
      baseURL: location.origin,
    });
    check(/^oat_/.test(direct.access_token), 'jwtToken with a CryptoKey');
    // A PKCS#1 key is refused with how to convert it.
    let err = null;
    try {
      new Coze({
        baseURL: location.origin,
        auth: {
          type: 'jwt',
          clientId: 'page-jwt',
          publicKeyId: 'kid-page',
          privateKey: '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK\n-----END RSA PRIVATE KEY-----\n',
        },
      });
    } catch (e) {
      err = e;
    }
    check(err instanceof InvalidArgumentError && /PKCS#8/.test(err.message), `PKCS#1: ${err && err.message}`);
    return `${grants.length} JWT grant verified`;
  } finally {
    coze.close();
  }
});

// ---- runner -----------------------------------------------------------------

function describe(err) {
  if (err instanceof Failure) return err.message;
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return `threw ${String(err)}`;
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Failure(`no result within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Runs every case in order; `report` (optional, may be async) gets each
// result as it is known. Resolves to [{name, ok, why, detail, ms}].
export async function run(report) {
  const all = [...cases.slice(0, 1)];
  for (const area of ['sse', 'ulid']) {
    try {
      all.push(...(await vectorCases(area)));
    } catch (err) {
      all.push({ name: `${area} vectors`, fn: () => Promise.reject(err) });
    }
  }
  all.push(...cases.slice(1));
  const results = [];
  for (const c of all) {
    const start = performance.now();
    let why = '';
    let detail = '';
    try {
      await fake.reset();
      detail = (await withTimeout(Promise.resolve().then(c.fn), CASE_TIMEOUT_MS)) ?? '';
    } catch (err) {
      why = describe(err);
    }
    const r = { name: c.name, ok: why === '', why, detail: String(detail), ms: Math.round(performance.now() - start) };
    results.push(r);
    if (report) await report(r);
  }
  return results;
}
