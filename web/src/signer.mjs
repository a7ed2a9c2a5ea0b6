// RS256 signing for service (jwt) apps, with WebCrypto (globalThis.crypto.subtle,
// in Node >= 20 and in browsers' secure contexts). The core builds the JWT's
// header and claims and asks the driver to sign them (action SIGN); the
// private key stays here, in a non-extractable CryptoKey, and is never put
// in a message, a log or an error.

import { makeCozeError } from './errors.mjs';

const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
const utf8 = new TextEncoder();

function keyError(message) {
  return makeCozeError('invalid_argument', message);
}

function subtleCrypto() {
  const c = globalThis.crypto;
  const subtle = c && c.subtle;
  if (!subtle || typeof subtle.importKey !== 'function') {
    throw keyError(
      'a jwt app needs WebCrypto (crypto.subtle) to sign its JWTs: Node >= 20, or a browser page served over https (a secure context)',
    );
  }
  return subtle;
}

function isCryptoKey(value) {
  return typeof globalThis.CryptoKey === 'function' && value instanceof globalThis.CryptoKey;
}

// The DER bytes of a PKCS#8 PEM private key. Every refusal says what is
// wrong with the key without showing any of it.
function pkcs8Der(pem) {
  const m = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(pem);
  if (!m) {
    throw keyError(
      'the private key is not a PEM key: expected text between -----BEGIN PRIVATE KEY----- and -----END PRIVATE KEY-----',
    );
  }
  const label = m[1];
  if (label === 'RSA PRIVATE KEY') {
    throw keyError(
      'the private key is PKCS#1 (BEGIN RSA PRIVATE KEY), which WebCrypto cannot read: convert it to PKCS#8 (BEGIN PRIVATE KEY) with `openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem`',
    );
  }
  if (label === 'ENCRYPTED PRIVATE KEY') {
    throw keyError(
      'the private key is encrypted (BEGIN ENCRYPTED PRIVATE KEY): decrypt it to an unencrypted PKCS#8 key (BEGIN PRIVATE KEY) first',
    );
  }
  if (label !== 'PRIVATE KEY') {
    throw keyError(`expected a PKCS#8 private key (BEGIN PRIVATE KEY), got a PEM block labelled ${label}`);
  }
  const body = m[2].replace(/^[A-Za-z-]+:.*$/gm, '').replace(/\s+/g, '');
  if (body === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    throw keyError('the private key is not valid PEM: its body is not base64');
  }
  let binary;
  try {
    binary = globalThis.atob(body);
  } catch {
    throw keyError('the private key is not valid PEM: its body is not base64');
  }
  const der = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) der[i] = binary.charCodeAt(i);
  return der;
}

// Checks a private key given to a client or a flow at once (what can be
// checked without WebCrypto): a PEM string of a PKCS#8 key, or a CryptoKey
// that signs RS256. Returns the key as the signer needs it.
export function checkedPrivateKey(key, what = 'privateKey') {
  if (isCryptoKey(key)) {
    const alg = key.algorithm || {};
    const hash = alg.hash && (alg.hash.name || alg.hash);
    if (key.type !== 'private' || alg.name !== RS256.name || hash !== RS256.hash || !key.usages.includes('sign')) {
      throw keyError(`${what}: the CryptoKey must be an RSASSA-PKCS1-v1_5 SHA-256 private key usable for "sign"`);
    }
    return { cryptoKey: key };
  }
  if (typeof key !== 'string' || key === '') {
    throw keyError(`${what} is required for a jwt app: a PKCS#8 PEM private key (BEGIN PRIVATE KEY) or a CryptoKey`);
  }
  return { der: pkcs8Der(key) };
}

// A signer: an async function from the core's signing input (text) to the
// RS256 signature (bytes). The key is imported once, on first use or by
// prepare(); a key WebCrypto cannot read rejects with InvalidArgumentError.
export function makeSigner(checked) {
  let der = checked.der ?? null;
  let importing = checked.cryptoKey ? Promise.resolve(checked.cryptoKey) : null;
  const key = () => {
    if (importing === null) {
      importing = (async () => {
        const subtle = subtleCrypto();
        const bytes = der;
        der = null; // the key's bytes live on only inside the CryptoKey
        try {
          return await subtle.importKey('pkcs8', bytes, RS256, false, ['sign']);
        } catch (err) {
          throw keyError(
            `the private key could not be read as an RSA private key in PKCS#8 (WebCrypto: ${(err && err.name) || 'error'})`,
          );
        } finally {
          bytes.fill(0);
        }
      })();
      importing.catch(() => {});
    }
    return importing;
  };
  const sign = async (input) => {
    const cryptoKey = await key();
    const signature = await subtleCrypto().sign(RS256.name, cryptoKey, utf8.encode(input));
    return new Uint8Array(signature);
  };
  sign.prepare = () => key().then(() => undefined);
  return sign;
}

// Why a signer failed, for Call.on_sign_error: the error's own message when
// it is ours (it never holds the key), else only WebCrypto's error name.
export function signFailure(err) {
  if (err && typeof err.kind === 'string' && typeof err.message === 'string') return err.message;
  return `WebCrypto could not sign the JWT (${(err && err.name) || 'error'})`;
}
