// Auth end to end: the package's fetch driver and WebCrypto signer against
// the fake Coze server's OAuth endpoints (tests/fake_coze/README.md "OAuth"):
// PKCE, web apps, the device flow, service (jwt) apps, refresh on expiry,
// one refresh for many calls, the OAuth app config, the identity headers,
// the pat_ refusal in browsers, and secrets kept out of hooks and errors.
import assert from 'node:assert/strict';
import { createHash, createPrivateKey } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { inspect } from 'node:util';
import {
  AuthenticationError,
  CancelledError,
  Coze,
  CozeError,
  DeviceCode,
  InvalidArgumentError,
  OAuthApp,
  OAuthToken,
  PermissionDeniedError,
  authorizeUrl,
  deviceFlow,
  exchangeCode,
  init,
  jwtToken,
  liveHandles,
  loadOAuthApp,
  pkcePair,
  refreshToken,
} from 'cozecore';
import { startFakeServer } from './helpers.mjs';

let server;

before(async () => {
  server = await startFakeServer();
  await init();
});

after(async () => {
  if (server) await server.stop();
});

const REDIRECT = 'http://localhost:9/callback';

const chatParams = (content = 'hi') => ({
  bot_id: 'auth-bot',
  user_id: 'u-1',
  additional_messages: [{ role: 'user', content, content_type: 'text' }],
});

async function failure(promise) {
  return promise.then(
    () => assert.fail('expected a failure'),
    (err) => err,
  );
}

async function register(apps) {
  const answer = await server.control('POST', '/_fake/oauth/apps', apps);
  assert.ok(Array.isArray(answer.registered), JSON.stringify(answer));
}

const oauthState = () => server.control('GET', '/_fake/oauth');
const requestLog = () => server.control('GET', '/_fake/requests');

function pem(label, der) {
  const b64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${label}-----\n${b64.match(/.{1,64}/g).join('\n')}\n-----END ${label}-----\n`;
}

// An RSA key made with WebCrypto: {privatePem (PKCS#8), publicPem (SPKI)}.
async function rsaKey() {
  const pair = await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );
  return {
    privatePem: pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
    publicPem: pem('PUBLIC KEY', await crypto.subtle.exportKey('spki', pair.publicKey)),
  };
}

// The authorize URL fetched without following the redirect: the code and
// state from its Location.
async function authorize(url) {
  const res = await fetch(url, { redirect: 'manual' });
  assert.equal(res.status, 302, `authorize answered ${res.status}`);
  const location = new URL(res.headers.get('location'));
  assert.equal(`${location.origin}${location.pathname}`, REDIRECT);
  return { code: location.searchParams.get('code'), state: location.searchParams.get('state'), location };
}

async function chatWorks(coze, content = 'hello') {
  const chat = await coze.chat.create(chatParams(content));
  assert.equal(typeof chat.id, 'string');
  assert.equal(chat.bot_id, 'auth-bot');
  return chat;
}

const nowS = () => Math.floor(Date.now() / 1000);

describe('PKCE and web apps', () => {
  test('pkcePair: a verifier from the CSPRNG and its S256 challenge', async () => {
    const a = await pkcePair();
    const b = await pkcePair();
    assert.match(a.verifier, /^[A-Za-z0-9_-]{43,128}$/);
    assert.notEqual(a.verifier, b.verifier);
    assert.equal(a.method, 'S256');
    assert.equal(a.challenge, createHash('sha256').update(a.verifier).digest('base64url'));
  });

  test('authorizeUrl: the www host of the region, state and the challenge', async () => {
    const url = new URL(
      await authorizeUrl({
        clientId: 'c1',
        redirectUri: REDIRECT,
        state: 'st-1',
        baseURL: 'https://api.coze.cn',
        codeChallenge: 'x'.repeat(43),
        codeChallengeMethod: 'S256',
      }),
    );
    assert.equal(url.origin, 'https://www.coze.cn');
    assert.equal(url.pathname, '/api/permission/oauth2/authorize');
    assert.equal(url.searchParams.get('response_type'), 'code');
    assert.equal(url.searchParams.get('client_id'), 'c1');
    assert.equal(url.searchParams.get('redirect_uri'), REDIRECT);
    assert.equal(url.searchParams.get('state'), 'st-1');
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    const com = new URL(await authorizeUrl({ clientId: 'c1', redirectUri: REDIRECT, state: 's' }));
    assert.equal(com.origin, 'https://www.coze.com');
    assert.equal(com.searchParams.get('code_challenge'), null);
    const err = await failure(authorizeUrl({ clientId: 'c1', redirectUri: REDIRECT }));
    assert.ok(err instanceof InvalidArgumentError, String(err));
    assert.match(err.message, /state/);
    const unknown = await failure(authorizeUrl({ clientId: 'c1', redirectUri: REDIRECT, state: 's', colour: 1 }));
    assert.ok(unknown instanceof InvalidArgumentError);
    assert.match(unknown.message, /colour/);
  });

  test('PKCE: authorize, code from the redirect, exchange with the verifier, then a chat', async () => {
    await register({ client_id: 'pkce-app', client_type: 'pkce', redirect_uris: [REDIRECT] });
    const pair = await pkcePair();
    const url = await authorizeUrl({
      clientId: 'pkce-app',
      redirectUri: REDIRECT,
      state: 'state-42',
      baseURL: server.baseURL,
      codeChallenge: pair.challenge,
    });
    const { code, state } = await authorize(url);
    assert.equal(state, 'state-42');
    // A wrong verifier uses the code up and fails typed.
    const { code: code2 } = await authorize(url);
    const bad = await failure(
      exchangeCode({
        clientId: 'pkce-app',
        code: code2,
        redirectUri: REDIRECT,
        codeVerifier: (await pkcePair()).verifier,
        baseURL: server.baseURL,
      }),
    );
    assert.ok(bad instanceof CozeError, String(bad));
    assert.equal(bad.errorCode, 'invalid_grant');
    const token = await exchangeCode({
      clientId: 'pkce-app',
      code,
      redirectUri: REDIRECT,
      codeVerifier: pair.verifier,
      baseURL: server.baseURL,
    });
    assert.ok(token instanceof OAuthToken);
    assert.match(token.access_token, /^oat_/);
    assert.match(token.refresh_token, /^ort_/);
    assert.ok(token.expires_in > nowS());
    // Printed (console.log, util.inspect), a token shows *** for its secrets; toJSON keeps them.
    const printed = inspect(token);
    assert.ok(!printed.includes(token.access_token) && !printed.includes(token.refresh_token), printed);
    assert.match(printed, /access_token: '\*\*\*'/);
    assert.match(printed, /expires_in: \d+/);
    assert.equal(token.toJSON().access_token, token.access_token);
    await chatWorks(new Coze({ token: token.access_token, baseURL: server.baseURL }));
    // The refresh token gives a new pair, and is used up.
    const next = await refreshToken({
      clientId: 'pkce-app',
      refreshToken: token.refresh_token,
      baseURL: server.baseURL,
    });
    assert.notEqual(next.access_token, token.access_token);
    assert.notEqual(next.refresh_token, token.refresh_token);
    const again = await failure(
      refreshToken({ clientId: 'pkce-app', refreshToken: token.refresh_token, baseURL: server.baseURL }),
    );
    assert.ok(again instanceof CozeError);
    assert.equal(again.errorCode, 'invalid_grant');
  });

  test('web app: the client secret is the bearer of exchange and refresh', async () => {
    const secret = 'websecret_0123456789abcdef';
    await register({ client_id: 'web-app', client_type: 'web', client_secret: secret, redirect_uris: [REDIRECT] });
    const url = await authorizeUrl({
      clientId: 'web-app',
      redirectUri: REDIRECT,
      state: 'w1',
      baseURL: server.baseURL,
    });
    const { code, state } = await authorize(url);
    assert.equal(state, 'w1');
    const wrong = await failure(
      exchangeCode({
        clientId: 'web-app',
        code,
        redirectUri: REDIRECT,
        clientSecret: 'websecret_wrong',
        baseURL: server.baseURL,
      }),
    );
    assert.ok(wrong instanceof AuthenticationError, String(wrong));
    assert.equal(wrong.errorCode, 'invalid_client');
    const { code: code2 } = await authorize(url);
    const token = await exchangeCode({
      clientId: 'web-app',
      code: code2,
      redirectUri: REDIRECT,
      clientSecret: secret,
      baseURL: server.baseURL,
    });
    await chatWorks(new Coze({ token: token.access_token, baseURL: server.baseURL }));
    const next = await refreshToken({
      clientId: 'web-app',
      refreshToken: token.refresh_token,
      clientSecret: secret,
      baseURL: server.baseURL,
    });
    await chatWorks(new Coze({ token: next.access_token, baseURL: server.baseURL }));
  });

  test('exchangeCode: a missing field is an InvalidArgumentError before anything is sent', async () => {
    const before = (await requestLog()).length;
    const err = await failure(exchangeCode({ clientId: 'x', redirectUri: REDIRECT, baseURL: server.baseURL }));
    assert.ok(err instanceof InvalidArgumentError, String(err));
    assert.match(err.message, /code/);
    assert.equal((await requestLog()).length, before);
  });
});

// The device flow's timing (the interval, +5 s on slow_down, expiry) is
// pinned on a virtual clock by tests/vectors/exec/auth.json; here the real
// driver runs it: the outcomes in order, and the sleep between two polls.
const devicePolls = async (clientId) =>
  (await requestLog()).filter(
    (r) =>
      r.oauth &&
      r.oauth.client_id === clientId &&
      r.oauth.grant_type === 'urn:ietf:params:oauth:grant-type:device_code',
  );

describe('device flow', () => {
  test('pending once, then the token; the driver sleeps the interval between polls', async () => {
    await register({ client_id: 'dev-app', client_type: 'device', device: { pending: 1, interval: 1 } });
    const codes = [];
    const token = await deviceFlow({
      clientId: 'dev-app',
      baseURL: server.baseURL,
      onCode: (code) => {
        codes.push(code);
      },
    });
    assert.equal(codes.length, 1);
    assert.ok(codes[0] instanceof DeviceCode);
    assert.ok(codes[0].user_code, 'a user code');
    assert.match(codes[0].verification_uri, /^http/);
    assert.equal(codes[0].interval, 1);
    assert.ok(!inspect(codes[0]).includes(codes[0].device_code), 'the device code is not printed');
    assert.match(token.access_token, /^oat_/);
    const polls = await devicePolls('dev-app');
    assert.deepEqual(
      polls.map((p) => p.oauth.outcome),
      ['authorization_pending', 'ok'],
    );
    // A lower bound only: the SLEEP was slept, however slow the machine.
    assert.ok(polls[1].oauth.at - polls[0].oauth.at >= 0.9, 'one interval between the polls');
    await chatWorks(new Coze({ token: token.access_token, baseURL: server.baseURL }));
  });

  test('access_denied is a PermissionDeniedError; expired_token an AuthenticationError', async () => {
    await register([
      { client_id: 'dev-deny', client_type: 'device', device: { outcome: 'access_denied', interval: 1 } },
      { client_id: 'dev-expire', client_type: 'device', device: { outcome: 'expired_token', interval: 1 } },
    ]);
    const denied = await failure(deviceFlow({ clientId: 'dev-deny', baseURL: server.baseURL, onCode: () => {} }));
    assert.ok(denied instanceof PermissionDeniedError, String(denied));
    assert.equal(denied.errorCode, 'access_denied');
    const expired = await failure(deviceFlow({ clientId: 'dev-expire', baseURL: server.baseURL, onCode: () => {} }));
    assert.ok(expired instanceof AuthenticationError, String(expired));
    assert.equal(expired.errorCode, 'expired_token');
  });

  test('an AbortSignal cancels the polling; an onCode that throws cancels with its error', async () => {
    await register({ client_id: 'dev-slow', client_type: 'device', device: { pending: 100, interval: 1 } });
    const live = liveHandles();
    const controller = new AbortController();
    const cancelled = await failure(
      deviceFlow({
        clientId: 'dev-slow',
        baseURL: server.baseURL,
        signal: controller.signal,
        onCode: () => controller.abort(), // the user gave up before the first poll
      }),
    );
    assert.ok(cancelled instanceof CancelledError, String(cancelled));
    assert.deepEqual(await devicePolls('dev-slow'), [], 'cancelled before any poll was sent');
    const mine = new Error('no display');
    const thrown = await failure(
      deviceFlow({
        clientId: 'dev-slow',
        baseURL: server.baseURL,
        onCode: () => {
          throw mine;
        },
      }),
    );
    assert.equal(thrown, mine);
    const missing = await failure(deviceFlow({ clientId: 'dev-slow', baseURL: server.baseURL }));
    assert.ok(missing instanceof InvalidArgumentError);
    assert.match(missing.message, /onCode/);
    assert.deepEqual(liveHandles(), live, 'every flow released its call and client');
  });
});

describe('service (jwt) apps', () => {
  let key;
  before(async () => {
    key = await rsaKey();
    await register({ client_id: 'jwt-app', client_type: 'jwt', public_key_id: 'kid-1', public_key_pem: key.publicPem });
  });

  test('a client with jwt auth signs with WebCrypto; the fake verifies it; chat works', async () => {
    const coze = new Coze({
      baseURL: server.baseURL,
      auth: { type: 'jwt', clientId: 'jwt-app', publicKeyId: 'kid-1', privateKey: key.privatePem, sessionName: 's1' },
    });
    assert.equal(coze.token().access_token, '');
    await Promise.all(Array.from({ length: 10 }, () => chatWorks(coze)));
    await chatWorks(coze);
    const grants = (await requestLog()).filter((r) => r.oauth && r.oauth.kid === 'kid-1');
    assert.equal(grants.length, 1, 'one token for all eleven calls');
    assert.equal(grants[0].oauth.outcome, 'ok');
    assert.equal(grants[0].oauth.session_name, 's1');
    const t = coze.token();
    assert.match(t.access_token, /^oat_/);
    assert.equal(t.refreshes, 1);
    assert.ok(t.expires_in > nowS());
    coze.close();
    assert.equal(coze.token().access_token, t.access_token, 'token() after close');
  });

  test('jwtToken, for the account endpoint too', async () => {
    const token = await jwtToken({
      clientId: 'jwt-app',
      publicKeyId: 'kid-1',
      privateKey: key.privatePem,
      ttlSeconds: 600,
      baseURL: server.baseURL,
    });
    assert.match(token.access_token, /^oat_/);
    assert.ok(token.expires_in <= nowS() + 600 && token.expires_in > nowS() + 500);
    const account = await jwtToken({
      clientId: 'jwt-app',
      publicKeyId: 'kid-1',
      privateKey: key.privatePem,
      accountId: '12345',
      baseURL: server.baseURL,
    });
    await chatWorks(new Coze({ token: account.access_token, baseURL: server.baseURL }));
    const last = (await requestLog()).filter((r) => r.oauth).at(-1);
    assert.equal(last.path, '/api/permission/oauth2/account/12345/token');
  });

  test('a CryptoKey works as the private key', async () => {
    const der = createPrivateKey(key.privatePem).export({ type: 'pkcs8', format: 'der' });
    const cryptoKey = await crypto.subtle.importKey(
      'pkcs8',
      der,
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const token = await jwtToken({
      clientId: 'jwt-app',
      publicKeyId: 'kid-1',
      privateKey: cryptoKey,
      baseURL: server.baseURL,
    });
    assert.match(token.access_token, /^oat_/);
  });

  test('bad keys are typed errors that never show the key', async () => {
    const pkcs1 = createPrivateKey(key.privatePem).export({ type: 'pkcs1', format: 'pem' });
    const auth = (privateKey) => ({ type: 'jwt', clientId: 'jwt-app', publicKeyId: 'kid-1', privateKey });
    let err;
    try {
      new Coze({ baseURL: server.baseURL, auth: auth(pkcs1) });
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof InvalidArgumentError, String(err));
    assert.match(err.message, /PKCS#1/);
    assert.match(err.message, /PKCS#8/);
    assert.ok(!err.message.includes(pkcs1.split('\n')[1]));
    assert.throws(() => new Coze({ auth: auth('not a key') }), InvalidArgumentError);
    assert.throws(() => new Coze({ auth: auth(undefined) }), /privateKey is required/);
    // PEM framing around bytes that are no key: WebCrypto refuses it at the first call.
    const junk = pem('PRIVATE KEY', Buffer.from('junk junk junk junk junk junk junk junk'));
    const coze = new Coze({ baseURL: server.baseURL, auth: auth(junk) });
    const before = (await requestLog()).length;
    const bad = await failure(coze.chat.create(chatParams()));
    assert.ok(bad instanceof InvalidArgumentError, String(bad));
    assert.match(bad.message, /PKCS#8/);
    assert.ok(!bad.message.includes(junk.split('\n')[1]));
    assert.equal((await requestLog()).length, before, 'nothing sent');
    // A key the fake does not know for that kid: the signature does not verify.
    const other = await rsaKey();
    const wrong = await failure(
      new Coze({ baseURL: server.baseURL, auth: auth(other.privatePem) }).chat.create(chatParams()),
    );
    assert.ok(wrong instanceof AuthenticationError, String(wrong));
    assert.equal(wrong.errorCode, 'invalid_client');
  });

  test('loadOAuthApp: a jwt app builds its client directly', async () => {
    const app = await loadOAuthApp(
      JSON.stringify({
        client_type: 'jwt',
        client_id: 'jwt-app',
        coze_api_base: server.baseURL,
        public_key_id: 'kid-1',
        private_key: key.privatePem,
      }),
    );
    assert.ok(app instanceof OAuthApp);
    assert.equal(app.clientType, 'jwt');
    assert.equal(app.baseURL, server.baseURL);
    assert.equal(app.wwwBase, server.baseURL);
    assert.ok(!inspect(app, { showHidden: true, depth: 5 }).includes('PRIVATE KEY'));
    assert.ok(!JSON.stringify(app).includes('PRIVATE KEY'));
    await chatWorks(app.client({ sessionName: 'from-app' }));
    const token = await app.jwtToken({ ttlSeconds: 300 });
    assert.match(token.access_token, /^oat_/);
  });
});

describe('OAuth app config', () => {
  test('errors name the field; web and pkce apps run their flows', async () => {
    for (const [config, field] of [
      [{ client_type: 'pkce' }, /client_id/],
      [{ client_type: 'other', client_id: 'x' }, /client_type/],
      [{ client_type: 'web', client_id: 'x' }, /client_secret/],
      [{ client_type: 'jwt', client_id: 'x', private_key: 'k' }, /public_key_id/],
      [{ client_type: 'jwt', client_id: 'x', public_key_id: 'k' }, /private_key/],
    ]) {
      const err = await failure(loadOAuthApp(config));
      assert.ok(err instanceof InvalidArgumentError, String(err));
      assert.match(err.message, field);
    }
    const notJson = await failure(loadOAuthApp('{not json'));
    assert.ok(notJson instanceof InvalidArgumentError, String(notJson));
    assert.match(notJson.message, /JSON/);
    const secret = 'appsecret_abcdefghijklmnop';
    await register({ client_id: 'cfg-web', client_type: 'web', client_secret: secret, redirect_uris: [REDIRECT] });
    const app = await loadOAuthApp({
      client_type: 'web',
      client_id: 'cfg-web',
      client_secret: secret,
      coze_api_base: server.baseURL,
    });
    assert.ok(!inspect(app).includes(secret));
    assert.ok(!JSON.stringify(app).includes(secret));
    const { code } = await authorize(await app.authorizeUrl({ redirectUri: REDIRECT, state: 'cfg' }));
    const token = await app.exchangeCode({ code, redirectUri: REDIRECT });
    const coze = app.client({ token });
    await chatWorks(coze);
    // The app's client refreshes with the app's secret once the token expires.
    await server.control('POST', '/_fake/oauth/expire', { access_token: token.access_token });
    await chatWorks(coze);
    assert.equal(coze.token().refreshes, 1);
  });
});

describe('tokens the client refreshes itself', () => {
  async function freshToken(clientId) {
    await register({ client_id: clientId, client_type: 'pkce', redirect_uris: [REDIRECT] });
    const pair = await pkcePair();
    const url = await authorizeUrl({
      clientId,
      redirectUri: REDIRECT,
      state: 's',
      baseURL: server.baseURL,
      codeChallenge: pair.challenge,
    });
    const { code } = await authorize(url);
    return exchangeCode({
      clientId,
      code,
      redirectUri: REDIRECT,
      codeVerifier: pair.verifier,
      baseURL: server.baseURL,
    });
  }

  const plain = (token) => ({
    access_token: token.access_token,
    refresh_token: token.refresh_token,
    expires_in: token.expires_in,
  });

  const oauthClient = (clientId, token, extra = {}) =>
    new Coze({
      baseURL: server.baseURL,
      auth: {
        type: 'oauth',
        clientId,
        accessToken: token.access_token,
        refreshToken: token.refresh_token,
        expiresIn: token.expires_in,
        ...extra,
      },
    });

  test('an access token the server expired: 401, one refresh, the call repeated', async () => {
    await server.control('POST', '/_fake/reset');
    const token = await freshToken('rf-app');
    const coze = oauthClient('rf-app', token);
    await chatWorks(coze);
    await server.control('POST', '/_fake/oauth/expire', { access_token: token.access_token });
    await chatWorks(coze);
    const state = await oauthState();
    assert.equal(state.refreshes, 1);
    const t = coze.token();
    assert.notEqual(t.access_token, token.access_token);
    assert.notEqual(t.refresh_token, token.refresh_token);
    assert.equal(t.refreshes, 1);
    const chats = (await requestLog()).filter((r) => r.path === '/v3/chat');
    assert.equal(chats.length, 3, 'the rejected call was sent once more');
  });

  test('a token known to be due is refreshed before the call (no 401)', async () => {
    await server.control('POST', '/_fake/reset');
    const token = await freshToken('rf-due');
    const coze = oauthClient('rf-due', { ...plain(token), expires_in: nowS() - 5 });
    await chatWorks(coze);
    assert.equal((await oauthState()).refreshes, 1);
    const chats = (await requestLog()).filter((r) => r.path === '/v3/chat');
    assert.equal(chats.length, 1, 'no call with the old token');
    assert.match(chats[0].token_prefix, /^oat_/);
    assert.ok(!token.access_token.startsWith(chats[0].token_prefix), 'sent with the new token');
  });

  for (const how of ['the server expired it', 'the client knows it is due']) {
    test(`50 concurrent calls on an expired token make one refresh (${how})`, async () => {
      await server.control('POST', '/_fake/reset');
      const token = await freshToken('rf-many');
      const given = how === 'the client knows it is due' ? { ...plain(token), expires_in: nowS() - 1 } : token;
      if (how === 'the server expired it') {
        await server.control('POST', '/_fake/oauth/expire', { access_token: token.access_token });
      }
      const coze = oauthClient('rf-many', given);
      const chats = await Promise.all(Array.from({ length: 50 }, (_, i) => coze.chat.create(chatParams(`m${i}`))));
      assert.equal(chats.length, 50);
      const state = await oauthState();
      assert.equal(state.refreshes, 1, JSON.stringify(state.requests));
      assert.equal(coze.token().refreshes, 1);
    });
  }

  test('a refresh that fails is an AuthenticationError for the call', async () => {
    await server.control('POST', '/_fake/reset');
    const token = await freshToken('rf-fail');
    const coze = oauthClient('rf-fail', token);
    await server.control('POST', '/_fake/oauth/revoke', {});
    const err = await failure(coze.chat.create(chatParams()));
    assert.ok(err instanceof AuthenticationError, String(err));
    assert.match(err.message, /refreshing the access token failed/);
  });

  test('auth options are checked by the core when the client is made', () => {
    // The core's messages (read_auth), naming the key in the core's spelling.
    for (const [auth, message] of [
      [{ type: 'magic', clientId: 'x' }, /auth.type/],
      [{ type: 'oauth', clientId: 'x' }, /access_token or a refresh_token/],
      [{ type: 'oauth', accessToken: 'a' }, /client_id/],
      [{ type: 'oauth', clientId: 'x', accessToken: 'a', colour: 1 }, /auth.colour/],
      [{ type: 'oauth', clientId: 'x', accessToken: 'a', expiresIn: 'soon' }, /auth.expires_in/],
      [{ type: 'oauth', clientId: 'x', accessToken: 'a', refreshMarginSeconds: -1 }, /refresh_margin_s/],
      [{ type: 'jwt', clientId: 'x', privateKey: 'k' }, /public_key_id/],
      [{ type: 'jwt', clientId: 'x', publicKeyId: 'k', privateKey: 'k', ttlSeconds: 0 }, /ttl_seconds/],
    ]) {
      assert.throws(
        () => new Coze({ auth }),
        (err) => err instanceof InvalidArgumentError && message.test(err.message),
      );
    }
    assert.throws(
      () => new Coze({ token: 'pat_x', auth: { type: 'oauth', clientId: 'x', accessToken: 'a' } }),
      /either/,
    );
    assert.throws(
      () => new Coze({ auth: { type: 'oauth', clientId: 'x', accessToken: 'a', access_token: 'b' } }),
      /given twice/,
    );
    assert.throws(
      () => new Coze({ auth: { type: 'oauth', clientId: 'x', accessToken: 'a', privateKey: 'k' } }),
      /privateKey is for jwt apps/,
    );
    assert.equal(new Coze({ token: 'pat_fixed' }).token(), null);
    const snake = new Coze({ auth: { type: 'oauth', client_id: 'x', access_token: 'oat_a', expires_in: 5 } });
    assert.deepEqual(snake.token(), { access_token: 'oat_a', refresh_token: '', expires_in: 5, refreshes: 0 });
  });
});

describe('the host', () => {
  test('X-Coze-Client-User-Agent and User-Agent name node, its version and the OS', async () => {
    await new Coze({ token: 'pat_identity', baseURL: server.baseURL }).chat.create(chatParams());
    const last = (await requestLog()).filter((r) => r.path === '/v3/chat').at(-1);
    const id = JSON.parse(last.headers['x-coze-client-user-agent']);
    assert.equal(id.lang, 'node');
    assert.equal(id.lang_version, process.versions.node);
    assert.equal(id.os_name, process.platform);
    assert.ok(id.os_version.length > 0);
    assert.match(last.headers['user-agent'], new RegExp(`node/${process.versions.node.replace(/\./g, '\\.')}`));
  });

  test('a pat_ token is refused in a browser unless allowPersonalAccessTokenInBrowser', () => {
    const hadWindow = Object.hasOwn(globalThis, 'window');
    globalThis.window = { document: {} };
    try {
      const err = (() => {
        try {
          new Coze({ token: 'pat_in_a_page_123' });
        } catch (e) {
          return e;
        }
        return null;
      })();
      assert.ok(err instanceof InvalidArgumentError, String(err));
      assert.match(err.message, /allowPersonalAccessTokenInBrowser/);
      assert.ok(!err.message.includes('pat_in_a_page_123'));
      new Coze({ token: 'pat_in_a_page_123', allowPersonalAccessTokenInBrowser: true });
      new Coze({ token: 'oat_an_oauth_token' });
    } finally {
      if (!hadWindow) delete globalThis.window;
    }
    new Coze({ token: 'pat_on_a_server' });
  });
});

describe('secrets', () => {
  test('no client secret, private key, refresh or access token in hooks, errors or histories', async () => {
    await server.control('POST', '/_fake/reset');
    const secret = 'clientsecret_SECRET_9f8e7d6c5b4a';
    const key = await rsaKey();
    await register([
      { client_id: 'sec-web', client_type: 'web', client_secret: secret, redirect_uris: [REDIRECT] },
      { client_id: 'sec-jwt', client_type: 'jwt', public_key_id: 'kid-sec', public_key_pem: key.publicPem },
    ]);
    const events = [];
    const record = (e) => events.push(e);
    const hooks = { onRequestSent: record, onResponseHead: record, onRetryScheduled: record, onCallFinished: record };
    const common = { baseURL: server.baseURL, hooks, hookBodies: true };
    const errors = [];
    const tokens = [];
    const fails = async (promise) => errors.push(await failure(promise));

    const url = await authorizeUrl({ clientId: 'sec-web', redirectUri: REDIRECT, state: 'x', baseURL: server.baseURL });
    // Failing flows.
    await fails(
      exchangeCode({
        clientId: 'sec-web',
        code: 'code_unknown_1234',
        redirectUri: REDIRECT,
        clientSecret: secret,
        ...common,
      }),
    );
    const { code } = await authorize(url);
    await fails(
      exchangeCode({ clientId: 'sec-web', code, redirectUri: REDIRECT, clientSecret: `${secret}x`, ...common }),
    );
    // Succeeding ones.
    const { code: code2 } = await authorize(url);
    const first = await exchangeCode({
      clientId: 'sec-web',
      code: code2,
      redirectUri: REDIRECT,
      clientSecret: secret,
      ...common,
    });
    tokens.push(first);
    const second = await refreshToken({
      clientId: 'sec-web',
      refreshToken: first.refresh_token,
      clientSecret: secret,
      ...common,
    });
    tokens.push(second);
    await fails(
      refreshToken({ clientId: 'sec-web', refreshToken: first.refresh_token, clientSecret: secret, ...common }),
    );
    // A client that refreshes, then one whose refresh fails.
    const coze = new Coze({
      ...common,
      maxRetries: 0,
      auth: {
        type: 'oauth',
        clientId: 'sec-web',
        accessToken: second.access_token,
        refreshToken: second.refresh_token,
        expiresIn: second.expires_in,
        clientSecret: secret,
      },
    });
    await server.control('POST', '/_fake/oauth/expire', {});
    await chatWorks(coze);
    tokens.push(coze.token());
    await server.control('POST', '/_fake/oauth/revoke', {});
    await fails(coze.chat.create(chatParams()));
    await fails(coze.chat.stream(chatParams())[Symbol.asyncIterator]().next());
    // JWT: one that works, one with a key the fake does not know.
    const jwtClient = new Coze({
      ...common,
      auth: { type: 'jwt', clientId: 'sec-jwt', publicKeyId: 'kid-sec', privateKey: key.privatePem },
    });
    await chatWorks(jwtClient);
    tokens.push(jwtClient.token());
    tokens.push(await jwtToken({ clientId: 'sec-jwt', publicKeyId: 'kid-sec', privateKey: key.privatePem, ...common }));
    const other = await rsaKey();
    await fails(jwtToken({ clientId: 'sec-jwt', publicKeyId: 'kid-sec', privateKey: other.privatePem, ...common }));
    await fails(jwtToken({ clientId: 'sec-jwt', publicKeyId: 'kid-none', privateKey: key.privatePem, ...common }));
    await fails(
      Promise.resolve().then(
        () => new Coze({ auth: { type: 'jwt', clientId: 'c', publicKeyId: 'k', privateKey: 'x' } }),
      ),
    );

    assert.ok(events.length > 20, `${events.length} hook events`);
    assert.ok(errors.length >= 7, `${errors.length} errors`);
    const keyLines = key.privatePem.split('\n').filter((l) => l.length === 64);
    const secrets = [secret, key.privatePem, other.privatePem, ...keyLines, code2];
    for (const t of tokens) {
      for (const s of [t.access_token, t.refresh_token]) if (s) secrets.push(s);
    }
    assert.ok(secrets.filter((s) => /^oat_/.test(s)).length >= 4);
    assert.ok(secrets.filter((s) => /^ort_/.test(s)).length >= 3);
    const places = { hooks: JSON.stringify(events) };
    errors.forEach((err, i) => {
      assert.ok(err instanceof CozeError, String(err));
      places[`error ${i}`] = [
        err.message,
        String(err),
        err.stack,
        inspect(err, { showHidden: true, depth: 6 }),
        JSON.stringify(err),
        JSON.stringify(err.history),
        err.body,
        err.hint,
      ].join('\n');
    });
    places.clients = inspect([coze, jwtClient], { showHidden: true, depth: 6 });
    for (const [where, text] of Object.entries(places)) {
      for (const s of secrets) assert.ok(!text.includes(s), `${where} shows a secret (${s.slice(0, 8)}...)`);
    }
    // The hooks did see the flows.
    assert.ok(events.some((e) => e.path === '/api/permission/oauth2/token' && e.kind === 'request_sent'));
    assert.ok(events.some((e) => e.headers.authorization === '[redacted]'));
    // Bodies were recorded (hookBodies), except those of OAuth requests, which carry secrets.
    assert.ok(
      events.some((e) => e.kind === 'request_sent' && e.body.includes('"bot_id"')),
      'chat bodies recorded',
    );
    assert.ok(events.filter((e) => e.path.startsWith('/api/permission/')).every((e) => e.body === ''));
  });
});
