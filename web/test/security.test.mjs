// README "Security" through the real driver: redirects are never followed
// (Node's fetch with redirect: 'manual', the node:http upload path, and a
// browser's opaque redirect fed to the core as the transport error
// "redirect"), and an http:// base URL on another machine is refused before
// anything is sent unless allowInsecureHttp.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiError, Coze, CozeError, InvalidArgumentError, init, liveHandles } from 'cozecore';
import { jsonResponse, scriptedFetch, startFakeServer } from './helpers.mjs';

const TOKEN = 'pat_security_secret_42';
const ELSEWHERE = 'http://127.0.0.1:1/elsewhere';
const chatParams = {
  bot_id: 'b',
  user_id: 'u',
  additional_messages: [{ role: 'user', content: 'Hi', content_type: 'text' }],
};

async function failure(promise) {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  assert.fail('expected the call to fail, it succeeded');
}

describe('redirects against the fake Coze server', () => {
  let server;
  before(async () => {
    await init();
    server = await startFakeServer();
  });
  after(async () => {
    if (server) await server.stop();
  });

  // Queues a redirect answer, runs `call` on a client with retries, and
  // checks the failure and that exactly one request reached the server.
  async function redirected(status, call) {
    await server.control('POST', '/_fake/reset', {});
    await server.control('POST', '/_fake/faults', [{ status, headers: { Location: ELSEWHERE }, body: '' }]);
    const handles = liveHandles();
    const coze = new Coze({ token: TOKEN, baseURL: server.baseURL, maxRetries: 2 });
    let err;
    try {
      err = await failure(call(coze));
    } finally {
      coze.close();
    }
    assert.ok(err instanceof ApiError, `not an ApiError: ${err}`);
    assert.equal(err.kind, 'api');
    assert.equal(err.httpStatus, status);
    assert.equal(err.retryable, false);
    assert.match(err.message, new RegExp(`HTTP ${status} redirect to ${ELSEWHERE}, not followed`));
    assert.ok(!err.message.includes(TOKEN));
    const log = await server.control('GET', '/_fake/requests');
    assert.equal(log.length, 1, `requests: ${JSON.stringify(log.map((r) => r.path))}`);
    assert.deepEqual(liveHandles(), handles);
    return log[0];
  }

  test('a 302 on a JSON call fails with the api error naming the Location, one request', async () => {
    const req = await redirected(302, (coze) => coze.chat.create(chatParams));
    assert.equal(req.path, '/v3/chat');
  });

  test('a 307 on a stream is not followed either', async () => {
    const req = await redirected(307, async (coze) => {
      for await (const ev of coze.chat.stream(chatParams)) void ev;
    });
    assert.equal(req.path, '/v3/chat');
  });

  test('a 302 on an upload (node:http in Node) is not followed', async () => {
    const req = await redirected(302, (coze) =>
      coze.files.upload({ file: { data: new Uint8Array(64).fill(7), filename: 'x.bin' } }),
    );
    assert.equal(req.path, '/v1/files/upload');
  });
});

describe('redirects the HTTP client hides', () => {
  test('every request asks fetch not to follow redirects', async () => {
    const fetch = scriptedFetch([jsonResponse(200, { code: 0, msg: '', data: { id: '1', conversation_id: '2' } })]);
    const coze = new Coze({ token: TOKEN, baseURL: 'https://api.test', fetch });
    try {
      await coze.chat.retrieve({ conversation_id: '2', chat_id: '1' });
    } finally {
      coze.close();
    }
    assert.equal(fetch.calls.length, 1);
    assert.equal(fetch.calls[0].init.redirect, 'manual');
  });

  test("a browser's opaque redirect (type opaqueredirect, status 0) fails as api, not retried", async () => {
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), body: null };
    const fetch = scriptedFetch([opaque, opaque, opaque]);
    const coze = new Coze({ token: TOKEN, baseURL: 'https://api.test', fetch, maxRetries: 2 });
    let err;
    try {
      err = await failure(coze.chat.retrieve({ conversation_id: '2', chat_id: '1' }));
    } finally {
      coze.close();
    }
    assert.ok(err instanceof ApiError, `not an ApiError: ${err}`);
    assert.equal(err.kind, 'api');
    assert.equal(err.retryable, false);
    assert.match(err.message, /redirect the HTTP client hides \(.*an opaque redirect from GET https:\/\/api\.test\//);
    assert.match(err.message, /not followed/);
    assert.equal(fetch.calls.length, 1);
  });
});

describe('http:// base URLs', () => {
  test('a host on another machine is refused before anything is sent', async () => {
    const fetch = scriptedFetch([]);
    const coze = new Coze({ token: TOKEN, baseURL: 'http://api.example.com', fetch, maxRetries: 2 });
    let err;
    try {
      err = await failure(coze.chat.retrieve({ conversation_id: '2', chat_id: '1' }));
    } finally {
      coze.close();
    }
    assert.ok(err instanceof InvalidArgumentError, `not an InvalidArgumentError: ${err}`);
    assert.match(err.message, /would send the token in clear text: use https:\/\//);
    assert.match(err.message, /allow_insecure_http/);
    assert.ok(!err.message.includes(TOKEN));
    assert.equal(fetch.calls.length, 0);
  });

  test('the refusal also holds with the default fetch (nothing reaches the network)', async () => {
    const coze = new Coze({ token: TOKEN, baseURL: 'http://api.example.com' });
    try {
      const err = await failure(coze.chat.create(chatParams));
      assert.ok(err instanceof InvalidArgumentError, `not an InvalidArgumentError: ${err}`);
    } finally {
      coze.close();
    }
  });

  test('allowInsecureHttp: true lets the same URL through to fetch', async () => {
    const fetch = scriptedFetch([jsonResponse(200, { code: 0, msg: '', data: { id: '1', conversation_id: '2' } })]);
    const coze = new Coze({ token: TOKEN, baseURL: 'http://api.example.com', fetch, allowInsecureHttp: true });
    try {
      const chat = await coze.chat.retrieve({ conversation_id: '2', chat_id: '1' });
      assert.equal(chat.id, '1');
    } finally {
      coze.close();
    }
    assert.equal(fetch.calls.length, 1);
    assert.match(fetch.calls[0].url, /^http:\/\/api\.example\.com\/v3\/chat\/retrieve\?/);
  });

  test('allowInsecureHttp: true with the real fetch tries to connect (a transport failure, not a refusal)', async () => {
    const coze = new Coze({
      token: TOKEN,
      baseURL: 'http://192.0.2.1:9',
      allowInsecureHttp: true,
      maxRetries: 0,
      firstByteTimeoutMs: 500,
      timeoutMs: 2000,
    });
    try {
      const err = await failure(coze.chat.retrieve({ conversation_id: '2', chat_id: '1' }));
      assert.ok(err instanceof CozeError, `not a CozeError: ${err}`);
      assert.ok(!(err instanceof InvalidArgumentError), `refused: ${err.message}`);
      assert.ok(['connection', 'timeout'].includes(err.kind), `kind ${err.kind}: ${err.message}`);
    } finally {
      coze.close();
    }
  });

  test('loopback hosts need nothing', async () => {
    for (const baseURL of ['http://localhost:8080', 'http://127.0.0.1:9', 'http://[::1]:8080']) {
      const fetch = scriptedFetch([jsonResponse(200, { code: 0, msg: '', data: { id: '1', conversation_id: '2' } })]);
      const coze = new Coze({ token: TOKEN, baseURL, fetch });
      try {
        await coze.chat.retrieve({ conversation_id: '2', chat_id: '1' });
      } finally {
        coze.close();
      }
      assert.equal(fetch.calls.length, 1, baseURL);
    }
  });

  test('allowInsecureHttp must be a boolean', async () => {
    await init();
    assert.throws(
      () => new Coze({ token: TOKEN, baseURL: 'http://api.example.com', allowInsecureHttp: 'yes' }),
      InvalidArgumentError,
    );
  });
});
