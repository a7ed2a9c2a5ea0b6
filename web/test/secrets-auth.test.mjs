// Secrets sweep, the auth-flow half (issue 15; the fault half is
// faults.test.mjs): every auth flow, against the fake Coze server's OAuth
// endpoints (tests/fake_coze/README.md "OAuth"), with recognisable secrets
// (a client secret, a PKCE verifier, a private key) and every secret the fake
// hands out (authorization codes, device codes, access and refresh tokens).
// Each case runs with every hook on (hookBodies, the metrics hook), and then
// checks that no secret known so far appears in any hook event, in any form
// of the errors (message, hint, body, history, request ids, String, inspect,
// JSON, stack), or in anything written to the console or stderr (the package
// has no logger of its own: a line there would be one it wrote).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { format } from 'node:util';
import {
  AuthenticationError,
  Coze,
  PermissionDeniedError,
  authorizeUrl,
  deviceFlow,
  exchangeCode,
  init,
  jwtToken,
  refreshToken,
} from 'cozecore';
import { assertNoSecrets, recordingHooks, startFakeServer } from './helpers.mjs';

const REDIRECT = 'http://localhost:9/callback';
const CLIENT_SECRET = 'cs_canary_Vb7Q2mX9kLp4R8tZ';
const WRONG_SECRET = 'cs_canary_WRONG_Tq8Zr3Wm5Np';
// PKCE verifiers: 43-128 unreserved characters (RFC 7636).
const VERIFIER = 'cv_canary_Jd4Kq9Xw2Lm7Rt5Vb8Nz3Hp6Fy1Sg0Ac-._~Ue';
const WRONG_VERIFIER = 'cv_canary_WRONG_Pz5Xc8Vb1Nm4Lk7Jh0Gf3Ds6Aq9W';
const APPS = {
  web: 'sa-web',
  pkce: 'sa-pkce',
  jwt: 'sa-jwt',
  devOk: 'sa-dev-ok',
  devDeny: 'sa-dev-deny',
  auto: 'sa-auto',
};
const KID = 'kid-sa-1';

let server;
let key; // {privatePem, publicPem}
// Every secret so far: {name: value}; each case adds those the fake issued.
const secrets = {
  'the client secret': CLIENT_SECRET,
  'the wrong client secret': WRONG_SECRET,
  'the PKCE verifier': VERIFIER,
  'the wrong PKCE verifier': WRONG_VERIFIER,
};
let issued = 0;
function addSecret(what, value) {
  assert.ok(typeof value === 'string' && value.length >= 8, `${what}: ${value}`);
  secrets[`${what} #${++issued}`] = value;
}
function addToken(what, token) {
  addSecret(`${what} access token`, token.access_token);
  if (token.refresh_token) addSecret(`${what} refresh token`, token.refresh_token);
}

// ---- what the library writes: console.* and stderr, recorded per case ----
let logLines = [];
const restore = [];
function captureLogs() {
  for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
    const original = console[name];
    console[name] = (...args) => {
      logLines.push(format(...args));
      return original.apply(console, args);
    };
    restore.push(() => (console[name] = original));
  }
  const write = process.stderr.write;
  process.stderr.write = function (chunk, ...rest) {
    logLines.push(String(chunk));
    return write.call(this, chunk, ...rest);
  };
  restore.push(() => (process.stderr.write = write));
  const onWarning = (w) => logLines.push(String(w.stack ?? w));
  process.on('warning', onWarning);
  restore.push(() => process.off('warning', onWarning));
}

// ---- one case's observations ----
let hookEvents;
let errors;
const common = () => ({ baseURL: server.baseURL, hooks: recordingHooks(hookEvents), hookBodies: true });

async function fails(promise, Type, errorCode) {
  const err = await promise.then(
    () => assert.fail('expected a failure'),
    (e) => e,
  );
  assert.ok(err instanceof Type, `${Type.name} expected: ${err}`);
  if (errorCode !== undefined) assert.equal(err.errorCode, errorCode, String(err));
  errors.push(err);
  return err;
}

// The case's checks: the hooks saw it (bodies on, measurements on), then no
// secret anywhere.
function sweep({ apiCall = false, failures = 1 } = {}) {
  assert.ok(
    hookEvents.some((ev) => ev.kind === 'request_sent' && ev.path.startsWith('/api/permission/oauth2/')),
    'no request_sent hook event of an OAuth request',
  );
  assert.ok(
    hookEvents.some((ev) => ev.kind === 'metric'),
    'no metric hook event',
  );
  assert.ok(
    hookEvents.some((ev) => ev.kind === 'call_finished'),
    'no call_finished hook event',
  );
  if (apiCall) {
    assert.ok(
      hookEvents.some((ev) => ev.kind === 'request_sent' && ev.path === '/v3/chat' && ev.body.includes('"bot_id"')),
      'no request_sent hook event with a chat body',
    );
  }
  assert.equal(errors.length, failures, 'the errors of the case');
  for (const error of errors) assertNoSecrets(secrets, { error });
  assertNoSecrets(secrets, { hookEvents, logLines });
}

// The authorize URL fetched without following the redirect: the code (a secret).
async function authorizedCode(clientId, codeChallenge) {
  const url = await authorizeUrl({
    clientId,
    redirectUri: REDIRECT,
    state: 'st',
    baseURL: server.baseURL,
    codeChallenge,
  });
  const res = await fetch(url, { redirect: 'manual' });
  assert.equal(res.status, 302, `authorize answered ${res.status}`);
  const code = new URL(res.headers.get('location')).searchParams.get('code');
  addSecret('an authorization code', code);
  return code;
}

const chatParams = {
  bot_id: 'auth-bot',
  user_id: 'u-secrets',
  additional_messages: [{ role: 'user', content: 'hello', content_type: 'text' }],
};
const requestLog = () => server.control('GET', '/_fake/requests');

function pem(label, der) {
  const b64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${label}-----\n${b64.match(/.{1,64}/g).join('\n')}\n-----END ${label}-----\n`;
}

before(async () => {
  server = await startFakeServer();
  await init();
  const pair = await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );
  key = {
    privatePem: pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
    publicPem: pem('PUBLIC KEY', await crypto.subtle.exportKey('spki', pair.publicKey)),
  };
  // Each line of the key's base64 body is a distinctive part of it.
  key.privatePem
    .split('\n')
    .filter((line) => line.length === 64)
    .forEach((line, i) => (secrets[`private key line ${i + 1}`] = line));
  assert.ok(Object.keys(secrets).length > 20);
  await server.control('POST', '/_fake/reset');
  const answer = await server.control('POST', '/_fake/oauth/apps', [
    { client_id: APPS.web, client_type: 'web', client_secret: CLIENT_SECRET, redirect_uris: [REDIRECT] },
    { client_id: APPS.auto, client_type: 'web', client_secret: CLIENT_SECRET, redirect_uris: [REDIRECT] },
    { client_id: APPS.pkce, client_type: 'pkce', redirect_uris: [REDIRECT] },
    { client_id: APPS.jwt, client_type: 'jwt', public_key_id: KID, public_key_pem: key.publicPem },
    { client_id: APPS.devOk, client_type: 'device', device: { pending: 1, interval: 1 } },
    { client_id: APPS.devDeny, client_type: 'device', device: { outcome: 'access_denied', interval: 1 } },
  ]);
  assert.equal(answer.registered?.length, 6, JSON.stringify(answer));
  captureLogs();
});

after(async () => {
  for (const undo of restore.reverse()) undo();
  if (server) await server.stop();
});

beforeEach(() => {
  hookEvents = [];
  errors = [];
  logLines = [];
});

afterEach(() => {
  // Nothing the library might still report belongs to the next case.
  hookEvents = [];
});

describe('secrets: no auth secret in hooks, errors or logs', () => {
  let webToken; // case 1's token, refreshed by case 3

  test('1. exchangeCode, web app: the client secret; a wrong one is invalid_client', async () => {
    const code = await authorizedCode(APPS.web);
    webToken = await exchangeCode({
      clientId: APPS.web,
      code,
      redirectUri: REDIRECT,
      clientSecret: CLIENT_SECRET,
      ...common(),
    });
    addToken('case 1', webToken);
    assert.match(webToken.access_token, /^oat_/);
    assert.match(webToken.refresh_token, /^ort_/);
    const code2 = await authorizedCode(APPS.web);
    await fails(
      exchangeCode({ clientId: APPS.web, code: code2, redirectUri: REDIRECT, clientSecret: WRONG_SECRET, ...common() }),
      AuthenticationError,
      'invalid_client',
    );
    sweep();
  });

  test('2. exchangeCode, PKCE: the canary verifier; a wrong one is invalid_grant', async () => {
    const challenge = createHash('sha256').update(VERIFIER).digest('base64url');
    const code = await authorizedCode(APPS.pkce, challenge);
    const token = await exchangeCode({
      clientId: APPS.pkce,
      code,
      redirectUri: REDIRECT,
      codeVerifier: VERIFIER,
      ...common(),
    });
    addToken('case 2', token);
    const code2 = await authorizedCode(APPS.pkce, challenge);
    await fails(
      exchangeCode({
        clientId: APPS.pkce,
        code: code2,
        redirectUri: REDIRECT,
        codeVerifier: WRONG_VERIFIER,
        ...common(),
      }),
      AuthenticationError,
      'invalid_grant',
    );
    sweep();
  });

  test('3. refreshToken: the token of case 1 rotates; the old refresh token is invalid_grant', async () => {
    assert.ok(webToken, 'case 1 ran');
    const next = await refreshToken({
      clientId: APPS.web,
      refreshToken: webToken.refresh_token,
      clientSecret: CLIENT_SECRET,
      ...common(),
    });
    addToken('case 3', next);
    assert.notEqual(next.access_token, webToken.access_token);
    assert.notEqual(next.refresh_token, webToken.refresh_token);
    await fails(
      refreshToken({
        clientId: APPS.web,
        refreshToken: webToken.refresh_token,
        clientSecret: CLIENT_SECRET,
        ...common(),
      }),
      AuthenticationError,
      'invalid_grant',
    );
    sweep();
  });

  test('4. jwtToken: signed with the private key; an unknown key id is invalid_client', async () => {
    const token = await jwtToken({ clientId: APPS.jwt, publicKeyId: KID, privateKey: key.privatePem, ...common() });
    addToken('case 4', token);
    await fails(
      jwtToken({ clientId: APPS.jwt, publicKeyId: 'kid-sa-unknown', privateKey: key.privatePem, ...common() }),
      AuthenticationError,
      'invalid_client',
    );
    sweep();
  });

  test('5. deviceFlow: approved after one pending poll; denied', async () => {
    const onCode = (code) => addSecret('a device code', code.device_code);
    const token = await deviceFlow({ clientId: APPS.devOk, onCode, ...common() });
    addToken('case 5', token);
    await fails(deviceFlow({ clientId: APPS.devDeny, onCode, ...common() }), PermissionDeniedError, 'access_denied');
    assert.ok(Object.keys(secrets).filter((name) => name.startsWith('a device code')).length === 2);
    sweep();
  });

  test('6. a client that refreshes itself: after expiry the call succeeds; after revocation it fails', async () => {
    const code = await authorizedCode(APPS.auto);
    const token = await exchangeCode({
      clientId: APPS.auto,
      code,
      redirectUri: REDIRECT,
      clientSecret: CLIENT_SECRET,
      ...common(),
    });
    addToken('case 6', token);
    const coze = new Coze({
      ...common(),
      maxRetries: 0,
      auth: {
        type: 'oauth',
        clientId: APPS.auto,
        accessToken: token.access_token,
        refreshToken: token.refresh_token,
        expiresIn: token.expires_in,
        clientSecret: CLIENT_SECRET,
      },
    });
    try {
      const expired = await server.control('POST', '/_fake/oauth/expire', { access_token: token.access_token });
      assert.equal(expired.expired, 1);
      const chat = await coze.chat.create(chatParams);
      assert.equal(chat.bot_id, 'auth-bot');
      const now = coze.token();
      assert.equal(now.refreshes, 1);
      assert.notEqual(now.access_token, token.access_token);
      addToken('case 6 (refreshed)', now);
      const revoked = await server.control('POST', '/_fake/oauth/revoke', { client_id: APPS.auto });
      assert.ok(revoked.revoked >= 2, JSON.stringify(revoked));
      const err = await fails(coze.chat.create(chatParams), AuthenticationError);
      assert.match(err.message, /refreshing the access token failed/);
    } finally {
      coze.close();
    }
    sweep({ apiCall: true });
  });

  test('7. a jwt-app client: the token is obtained with the key and used', async () => {
    const coze = new Coze({
      ...common(),
      auth: { type: 'jwt', clientId: APPS.jwt, publicKeyId: KID, privateKey: key.privatePem },
    });
    try {
      const chat = await coze.chat.create(chatParams);
      assert.equal(chat.bot_id, 'auth-bot');
      const token = coze.token();
      addToken('case 7', token);
      const chats = (await requestLog()).filter((r) => r.path === '/v3/chat');
      assert.equal(chats.at(-1).token_prefix, token.access_token.slice(0, 12), 'the chat used the jwt token');
    } finally {
      coze.close();
    }
    sweep({ apiCall: true, failures: 0 });
  });
});
