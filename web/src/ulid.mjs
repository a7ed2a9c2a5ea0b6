// ULIDs from the core: encode, strict decode, and a monotonic factory fed
// with the wall clock and the platform CSPRNG.

import { makeCozeError } from './errors.mjs';
import { randomBytes, requireCore, toHex } from './runtime.mjs';

// A failed core UlidResult as an InvalidArgumentError whose `reason` is the
// core's error name ("invalid_ulid", "ulid_overflow", "invalid_argument").
function ulidFailure(result, what) {
  const err = makeCozeError('invalid_argument', `${result.error}: ${what}`);
  err.reason = result.error;
  return err;
}

export class UlidFactory {
  #factory;

  constructor() {
    this.#factory = new (requireCore().UlidFactory)();
  }

  // The next ULID: monotonic within a millisecond and when the clock goes
  // backwards. `entropyHex` (20 hex digits) defaults to 10 random bytes.
  next(nowMs = Date.now(), entropyHex = toHex(randomBytes(10))) {
    if (!this.#factory) throw new Error('UlidFactory is closed');
    const r = this.#factory.next(Number(nowMs), String(entropyHex));
    if (!r.ok) throw ulidFailure(r, 'cannot generate a ULID');
    return r.text;
  }

  close() {
    if (this.#factory) this.#factory.delete();
    this.#factory = null;
  }
}

let sharedFactory = null;

// A new ULID (26 characters), monotonic within this JS realm.
export function ulid(nowMs = Date.now()) {
  if (!sharedFactory) sharedFactory = new UlidFactory();
  return sharedFactory.next(nowMs);
}

// Encodes a millisecond timestamp and 10 bytes of randomness (20 hex digits).
export function ulidEncode(timestampMs, randomnessHex) {
  const r = requireCore().ulid_encode(Number(timestampMs), String(randomnessHex));
  if (!r.ok) throw ulidFailure(r, 'timestamp or randomness out of range');
  return r.text;
}

// Strictly decodes a ULID into {timestampMs, randomnessHex}.
export function ulidDecode(text) {
  const r = requireCore().ulid_decode(String(text));
  if (!r.ok) throw ulidFailure(r, 'not a ULID');
  return { timestampMs: r.timestamp_ms, randomnessHex: r.randomness_hex };
}
