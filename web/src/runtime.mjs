// Loading the WebAssembly core (once per JS realm) and moving bytes into
// its memory. `loadCoreModule` comes from the entry point: the Node entries
// load the CommonJS build, the browser entry the ES module build.

import { InternalError } from './errors.mjs';

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

// One reusable block of wasm memory for passing byte chunks to the core
// (a Uint8Array crossing embind as std::string would be copied byte by byte).
export class WasmBuffer {
  constructor(core) {
    this.core = core;
    this.ptr = 0;
    this.capacity = 0;
  }

  // Copies `bytes` into wasm memory; the address stays valid until the next copy.
  copy(bytes) {
    if (bytes.length > this.capacity) {
      this.free();
      const capacity = Math.max(bytes.length, 16384);
      const ptr = this.core._malloc(capacity);
      if (!ptr) throw new InternalError('internal', `cannot allocate ${capacity} bytes in wasm memory`);
      this.ptr = ptr;
      this.capacity = capacity;
    }
    // HEAPU8 is re-read on purpose: memory growth replaces it.
    this.core.HEAPU8.set(bytes, this.ptr);
    return this.ptr;
  }

  free() {
    if (this.ptr) this.core._free(this.ptr);
    this.ptr = 0;
    this.capacity = 0;
  }
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
