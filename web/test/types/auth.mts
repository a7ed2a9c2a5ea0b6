// Compiled by tsc (test/types.test.mjs), never run: the auth part of the
// package's types. Each @ts-expect-error line must be an error.
import {
  Coze,
  OAuthApp,
  OAuthToken,
  authorizeUrl,
  deviceFlow,
  exchangeCode,
  jwtToken,
  loadOAuthApp,
  pkcePair,
  refreshToken,
  type ClientToken,
  type DeviceCode,
} from 'cozecore';

export async function auth(pem: string, key: CryptoKey): Promise<void> {
  const { verifier, challenge } = await pkcePair();
  const url: string = await authorizeUrl({ clientId: 'c', redirectUri: 'r', state: 's', codeChallenge: challenge });
  const token: OAuthToken = await exchangeCode({ clientId: 'c', code: 'x', redirectUri: 'r', codeVerifier: verifier });
  const next: OAuthToken = await refreshToken({ clientId: 'c', refreshToken: token.refresh_token ?? '' });
  const device: OAuthToken = await deviceFlow({
    clientId: 'c',
    onCode: (code: DeviceCode) => console.log(code.user_code, code.verification_uri),
    signal: AbortSignal.timeout(1000),
  });
  const service: OAuthToken = await jwtToken({ clientId: 'c', publicKeyId: 'k', privateKey: key, accountId: '1' });
  const oauth = new Coze({
    auth: { type: 'oauth', clientId: 'c', accessToken: token.access_token, expiresIn: token.expires_in },
  });
  const jwt = new Coze({ auth: { type: 'jwt', clientId: 'c', publicKeyId: 'k', privateKey: pem, ttlSeconds: 600 } });
  const held: ClientToken | null = oauth.token();
  const app: OAuthApp = await loadOAuthApp({
    client_type: 'jwt',
    client_id: 'c',
    public_key_id: 'k',
    private_key: pem,
  });
  const appClient: Coze = app.client({ sessionName: 's' });
  const webClient: Coze = app.client({ token });
  const pat = new Coze({ token: 'pat_x', allowPersonalAccessTokenInBrowser: true });
  void [url, next, device, service, jwt, held?.refresh_token, appClient, webClient, pat, app.clientType];

  // @ts-expect-error a jwt app needs its key
  new Coze({ auth: { type: 'jwt', clientId: 'c', publicKeyId: 'k' } });
  // @ts-expect-error an unknown auth type
  new Coze({ auth: { type: 'basic', clientId: 'c' } });
  // @ts-expect-error deviceFlow needs onCode
  await deviceFlow({ clientId: 'c' });
  // @ts-expect-error apps are made by loadOAuthApp
  new OAuthApp();
}
