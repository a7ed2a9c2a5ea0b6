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

// The core when it has loaded, else null (what can be checked at once is then checked later).
export function coreIfLoaded() {
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

// ---- the host ------------------------------------------------------------------

// Whether the package runs in a web page or a web worker (also an Electron
// renderer): where a token in the code is readable by whoever loads the page.
export function isBrowser() {
  const g = globalThis;
  if (typeof g.window !== 'undefined' && g.window !== null && typeof g.window.document !== 'undefined') return true;
  return typeof g.WorkerGlobalScope === 'function' && g instanceof g.WorkerGlobalScope;
}

function nodeVersion() {
  const p = globalThis.process;
  return p && p.versions && typeof p.versions.node === 'string' ? p.versions.node : '';
}

// The browser and its version from a User-Agent string, e.g. "chrome/126.0.6478.126".
function browserOf(ua) {
  const known = [
    [/Edg(?:e|A|iOS)?\/([\d.]+)/, 'edge'],
    [/OPR\/([\d.]+)/, 'opera'],
    [/Firefox\/([\d.]+)/, 'firefox'],
    [/(?:Headless)?Chrom(?:e|ium)\/([\d.]+)/, 'chrome'],
    [/Version\/([\d.]+).*Safari\//, 'safari'],
  ];
  for (const [pattern, name] of known) {
    const m = pattern.exec(ua);
    if (m) return `${name}/${m[1]}`;
  }
  return '';
}

// The operating system and its version from a User-Agent string.
function systemOf(ua) {
  const known = [
    [/Windows NT ([\d.]+)/, 'windows'],
    [/Android ([\d.]+)/, 'android'],
    [/(?:iPhone|CPU) OS ([\d_]+)/, 'ios'],
    [/Mac OS X ([\d_.]+)/, 'macos'],
    [/CrOS \S+ ([\d.]+)/, 'chromeos'],
    [/Linux/, 'linux'],
  ];
  for (const [pattern, name] of known) {
    const m = pattern.exec(ua);
    if (m) return { name, version: (m[1] ?? '').replace(/_/g, '.') };
  }
  return { name: '', version: '' };
}

let identity = null;

// Who is calling, for the core's User-Agent and X-Coze-Client-User-Agent:
// {lang: "node" | "browser", lang_version, os_name, os_version}.
// hostOsRelease() comes from the entry point (Node's os.release(), or '').
export function hostIdentity() {
  if (identity !== null) return identity;
  if (isBrowser()) {
    const nav = globalThis.navigator;
    const ua = nav && typeof nav.userAgent === 'string' ? nav.userAgent : '';
    const system = systemOf(ua);
    identity = { lang: 'browser', lang_version: browserOf(ua), os_name: system.name, os_version: system.version };
  } else {
    const p = globalThis.process;
    let release = '';
    try {
      release = String(hostOsRelease() ?? '');
    } catch {
      release = '';
    }
    identity = {
      lang: 'node',
      lang_version: nodeVersion(),
      os_name: p && typeof p.platform === 'string' ? p.platform : '',
      os_version: release,
    };
  }
  return identity;
}
