// Loading the WebAssembly core (once per JS realm) and moving bytes into
// its memory. `loadCoreModule` comes from the entry point: the Node entries
// load the CommonJS build, the browser entry the ES module build.

let coreModule = null;
let coreLoading = null;

// Loads the WebAssembly core. Safe to call many times; the constructors of
// SseParser and UlidFactory and the ulid functions need it to have resolved.
export function init() {
  if (!coreLoading) {
    coreLoading = Promise.resolve()
      .then(() => loadCoreModule())
      .then(
        (m) => {
          coreModule = m;
        },
        (err) => {
          coreLoading = null;
          throw err;
        },
      );
  }
  return coreLoading;
}

export function requireCore() {
  if (!coreModule) {
    throw new Error('cozecore: the WebAssembly core is not loaded yet; await init() first');
  }
  return coreModule;
}

export async function loadedCore() {
  await init();
  return coreModule;
}

const textEncoder = new TextEncoder();

export function toBytes(chunk) {
  if (typeof chunk === 'string') return textEncoder.encode(chunk);
  if (chunk instanceof Uint8Array) return chunk;
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('expected a string, Uint8Array, ArrayBuffer or typed array');
}

// `count` bytes from the platform CSPRNG (Node 20 and browsers both have
// globalThis.crypto).
export function randomBytes(count) {
  const out = new Uint8Array(count);
  globalThis.crypto.getRandomValues(out);
  return out;
}

export function toHex(bytes) {
  let s = '';
  for (const b of bytes) s += (b < 16 ? '0' : '') + b.toString(16);
  return s;
}

// The core library's version ("MAJOR.MINOR.PATCH"); needs init().
export function version() {
  return requireCore().version();
}

// How many core calls and clients are alive in this realm (a diagnostic:
// both return to their earlier values once calls end and clients are
// closed); needs init().
export function liveHandles() {
  const core = requireCore();
  return { calls: core.live_calls(), clients: core.live_clients() };
}
