// OAuth for apps: PKCE pairs, authorize URLs, and the token flows (code
// exchange, refresh, device code, service-app JWT), plus the OAuth app JSON
// config the official SDKs read. Every decision is the core's (flows are
// operations the core runs: oauth.exchange_code, oauth.refresh,
// oauth.device_flow, oauth.jwt_token); this module only names things the
// JavaScript way, supplies entropy, and signs with WebCrypto.
//
// Every function returns a promise (the WebAssembly core loads on first use).

import { Coze, authKeys, clientOptionNames, internalOptions, runFlow } from './coze.mjs';
import { invalid, isSet, keyMap, normalizeOptions } from './driver.mjs';
import { loadedCore, randomBytes } from './runtime.mjs';
import { checkedPrivateKey, makeSigner } from './signer.mjs';

// {jsName: coreName} for a flow's own options: `shared` named as in the
// auth option of new Coze (coze.mjs authKeys), plus the flow's others.
function flowKeys(shared, own = {}) {
  const pairs = { ...own };
  for (const name of shared) pairs[name] = authKeys[name];
  return keyMap(pairs);
}

const exchangeKeys = flowKeys(['clientId', 'clientSecret'], {
  code: 'code',
  redirectUri: 'redirect_uri',
  codeVerifier: 'code_verifier',
});
const refreshKeys = flowKeys(['clientId', 'refreshToken', 'clientSecret']);
const deviceKeys = flowKeys(['clientId'], { onCode: 'onCode' });
const jwtKeys = flowKeys([
  'clientId',
  'publicKeyId',
  'privateKey',
  'ttlSeconds',
  'sessionName',
  'accountId',
  'enterpriseId',
  'scope',
]);
const authorizeKeys = flowKeys(['clientId'], {
  redirectUri: 'redirect_uri',
  state: 'state',
  baseURL: 'base_url',
  wwwBase: 'www_base',
  codeChallenge: 'code_challenge',
  codeChallengeMethod: 'code_challenge_method',
  workspaceId: 'workspace_id',
});

// Splits a flow's options into its params (core names), the options of its
// client (those of new Coze, coze.mjs clientOptionNames) and the call's
// options (the per-call options, normalized); an unknown name is an
// InvalidArgumentError.
function splitOptions(what, options, keys) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw invalid(`${what}: options must be an object`);
  }
  const params = {};
  const client = {};
  const rest = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (keys.has(key)) {
      const name = keys.get(key);
      if (Object.hasOwn(params, name)) throw invalid(`${what}: ${key} given twice`);
      params[name] = value;
    } else if (clientOptionNames.has(key)) {
      client[key] = value;
    } else {
      rest[key] = value;
    }
  }
  return { params, client, call: normalizeOptions(rest) };
}

// Runs a flow operation on a client of its own (no token); resolves to its answer.
async function runOn(op, client, params, call, signer = null, onEvent = undefined) {
  const coze = new Coze({ ...client, [internalOptions]: { flow: true, signer } });
  try {
    return await runFlow(coze, op, params, call, onEvent);
  } finally {
    coze.close();
  }
}

/**
 * A PKCE pair (RFC 7636): a verifier from the platform's CSPRNG (32 bytes,
 * base64url) and its S256 challenge, both made by the core.
 * Resolves to {verifier, challenge, method: "S256"}.
 */
export async function pkcePair() {
  const core = await loadedCore();
  const verifier = core.pkce_verifier(randomBytes(32));
  const challenge = core.pkce_challenge(verifier);
  if (!verifier || !challenge) throw invalid('the core could not make a PKCE pair');
  return { verifier, challenge, method: 'S256' };
}

/**
 * The URL to send the user to: {clientId, redirectUri, state, baseURL (the
 * API host; its region picks www.coze.com or www.coze.cn), wwwBase,
 * codeChallenge, codeChallengeMethod ("S256"), workspaceId}. Resolves to
 * the URL text.
 */
export async function authorizeUrl(options) {
  const { params, client, call } = splitOptions('authorizeUrl', options, authorizeKeys);
  const extra = [...Object.keys(client), ...Object.keys(call)];
  if (extra.length > 0) throw invalid(`authorizeUrl: unknown option ${extra[0]}`);
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string') throw invalid(`authorizeUrl: ${key} must be a string`);
  }
  const core = await loadedCore();
  const answer = JSON.parse(core.oauth_authorize_url(JSON.stringify(params)));
  if (answer.error !== undefined) throw invalid(answer.error);
  return answer.url;
}

/**
 * Exchanges the code the redirect brought for a token: {clientId, code,
 * redirectUri, codeVerifier (PKCE apps), clientSecret (web apps)} plus
 * baseURL, fetch, signal, ... Resolves to the OAuthToken.
 */
export async function exchangeCode(options) {
  const { params, client, call } = splitOptions('exchangeCode', options, exchangeKeys);
  return runOn('oauth.exchange_code', client, params, call);
}

/**
 * A new token for a refresh token (which is used up: store the new one):
 * {clientId, refreshToken, clientSecret (web apps)}. Resolves to the OAuthToken.
 */
export async function refreshToken(options) {
  const { params, client, call } = splitOptions('refreshToken', options, refreshKeys);
  return runOn('oauth.refresh', client, params, call);
}

/**
 * The device flow (RFC 8628): asks for a user code, hands it to
 * `onCode(code)` (a DeviceCode: user_code, verification_uri, expires_in,
 * interval; awaited when it returns a promise), then polls until the user
 * approves or denies it or it expires. {clientId, onCode} plus signal,
 * baseURL, ... Resolves to the OAuthToken; an onCode that throws cancels
 * the flow with its error.
 */
export async function deviceFlow(options) {
  const { params, client, call } = splitOptions('deviceFlow', options, deviceKeys);
  const onCode = params.onCode;
  delete params.onCode;
  if (typeof onCode !== 'function') throw invalid('deviceFlow: onCode must be a function (it shows the user code)');
  return runOn('oauth.device_flow', client, params, call, null, async (event) => {
    if (event.type === 'device_code') await onCode(event.data); // a DeviceCode view
  });
}

function jwtFlow(params, client, call, signer) {
  delete params.private_key;
  return runOn('oauth.jwt_token', client, params, call, signer);
}

/**
 * A service (jwt) app's access token: the core builds the JWT, WebCrypto
 * signs it with `privateKey` (PKCS#8 PEM or a CryptoKey):
 * {clientId, publicKeyId, privateKey, ttlSeconds, sessionName, accountId,
 * enterpriseId, scope}. Resolves to the OAuthToken.
 */
export async function jwtToken(options) {
  const { params, client, call } = splitOptions('jwtToken', options, jwtKeys);
  const signer = makeSigner(checkedPrivateKey(params.private_key, 'jwtToken: privateKey'));
  await signer.prepare();
  return jwtFlow(params, client, call, signer);
}

// ---- the OAuth app config ------------------------------------------------------------------

const appSecrets = new WeakMap(); // OAuthApp -> {clientSecret, signer}

/**
 * An OAuth app as loadOAuthApp reads it: clientType ("pkce", "jwt",
 * "device" or "web"), clientId, baseURL, wwwBase, publicKeyId; its client
 * secret and private key are kept out of sight (not enumerable, not in
 * toJSON or logs). Its methods run the flows with the app's settings.
 */
export class OAuthApp {
  constructor(normalized) {
    this.clientType = normalized.client_type;
    this.clientId = normalized.client_id;
    this.baseURL = normalized.base_url;
    this.wwwBase = normalized.www_base;
    this.publicKeyId = normalized.public_key_id;
    // A jwt app keeps its signer (the key read once, then only inside a
    // CryptoKey), shared by its jwtToken calls and its clients; never the PEM.
    const secrets = { clientSecret: normalized.client_secret, signer: null };
    if (normalized.client_type === 'jwt') {
      secrets.signer = makeSigner(checkedPrivateKey(normalized.private_key, 'the app config: private_key'));
    }
    appSecrets.set(this, secrets);
    Object.freeze(this);
  }

  #with(options, own) {
    if (isSet(options) && (typeof options !== 'object' || Array.isArray(options))) {
      throw invalid('options must be an object');
    }
    return { baseURL: this.baseURL, ...own, ...(options ?? {}) };
  }

  // The authorize URL on the app's www host: {redirectUri, state, codeChallenge, workspaceId}.
  authorizeUrl(options) {
    return authorizeUrl({ wwwBase: this.wwwBase, ...this.#with(options, { clientId: this.clientId }) });
  }

  // The code exchange: {code, redirectUri, codeVerifier}; the app's secret for web apps.
  exchangeCode(options) {
    const own = { clientId: this.clientId };
    const secret = appSecrets.get(this).clientSecret;
    if (this.clientType === 'web' && secret) own.clientSecret = secret;
    return exchangeCode(this.#with(options, own));
  }

  // A refresh: {refreshToken}; the app's secret for web apps.
  refreshToken(options) {
    const own = { clientId: this.clientId };
    const secret = appSecrets.get(this).clientSecret;
    if (this.clientType === 'web' && secret) own.clientSecret = secret;
    return refreshToken(this.#with(options, own));
  }

  // The device flow: {onCode}.
  deviceFlow(options) {
    return deviceFlow(this.#with(options, { clientId: this.clientId }));
  }

  // A jwt app's token: {ttlSeconds, sessionName, accountId, enterpriseId, scope}.
  async jwtToken(options) {
    const secrets = appSecrets.get(this);
    if (secrets.signer === null) throw invalid(`jwtToken needs a jwt app; this one is ${this.clientType}`);
    const merged = this.#with(options, { clientId: this.clientId, publicKeyId: this.publicKeyId });
    const { params, client, call } = splitOptions('jwtToken', merged, jwtKeys);
    if (isSet(params.private_key)) throw invalid('jwtToken: the app brings its own private key');
    await secrets.signer.prepare();
    return jwtFlow(params, client, call, secrets.signer);
  }

  /**
   * A client of this app. A jwt app's client gets its tokens itself (options
   * may add ttlSeconds, sessionName, accountId, enterpriseId, scope); any
   * other app's takes `token`: an OAuthToken (refreshed with the app's
   * client id and secret) or an access token string. Other options are
   * those of new Coze.
   */
  client(options = {}) {
    const { token, ttlSeconds, sessionName, accountId, enterpriseId, scope, ...rest } = this.#with(options, {});
    if (isSet(rest.auth)) throw invalid('client: the app makes the auth option itself');
    const secrets = appSecrets.get(this);
    if (this.clientType === 'jwt') {
      if (isSet(token)) throw invalid('client: a jwt app gets its tokens itself; give no token');
      return new Coze({
        ...rest,
        auth: {
          type: 'jwt',
          clientId: this.clientId,
          publicKeyId: this.publicKeyId,
          ttlSeconds,
          sessionName,
          accountId,
          enterpriseId,
          scope,
        },
        [internalOptions]: { signer: secrets.signer },
      });
    }
    for (const [name, value] of Object.entries({ ttlSeconds, sessionName, accountId, enterpriseId, scope })) {
      if (isSet(value)) throw invalid(`client: ${name} is for jwt apps`);
    }
    if (typeof token === 'string') return new Coze({ ...rest, token });
    if (token === null || typeof token !== 'object' || typeof token.access_token !== 'string') {
      throw invalid('client: token must be an OAuthToken (from exchangeCode, deviceFlow, ...) or an access token');
    }
    const auth = { type: 'oauth', clientId: this.clientId, accessToken: token.access_token };
    if (typeof token.refresh_token === 'string' && token.refresh_token !== '') auth.refreshToken = token.refresh_token;
    if (Number.isSafeInteger(token.expires_in)) auth.expiresIn = token.expires_in;
    if (this.clientType === 'web' && secrets.clientSecret) auth.clientSecret = secrets.clientSecret;
    return new Coze({ ...rest, auth });
  }

  // The app without its secrets.
  toJSON() {
    return {
      clientType: this.clientType,
      clientId: this.clientId,
      baseURL: this.baseURL,
      wwwBase: this.wwwBase,
      publicKeyId: this.publicKeyId,
    };
  }
}

/**
 * Reads an OAuth app's JSON config as the official SDKs write it
 * (client_type, client_id, coze_api_base, coze_www_base, private_key,
 * public_key_id, client_secret), as text or an object, checked by the core.
 * Resolves to an OAuthApp; a missing or wrong field is an InvalidArgumentError
 * that names it.
 */
export async function loadOAuthApp(config) {
  let text;
  if (typeof config === 'string') text = config;
  else if (config !== null && typeof config === 'object' && !Array.isArray(config)) text = JSON.stringify(config);
  else throw invalid('loadOAuthApp: the config must be JSON text or an object');
  const core = await loadedCore();
  const answer = JSON.parse(core.oauth_app_config(text));
  if (answer.error !== undefined) throw invalid(answer.error);
  return new OAuthApp(answer);
}
