#!/usr/bin/env node
// The browser suite: the package's browser build (web/dist/index.mjs and the
// .wasm beside it) in headless Chromium, against the fake Coze server.
//
//   1. starts tests/fake_coze/server.py on a free port;
//   2. serves, on 127.0.0.1 (a free port), web/dist/ at /dist/, this folder at
//      /test/ (the page, tests.mjs, vectors.mjs), the vector files at
//      /vectors/<area>/ (a GET of the folder lists its .json files), and
//      proxies /v3/*, /v1/*, /api/* (OAuth) and /_fake/* to the fake server, streaming each
//      answer through as it comes (same origin: no CORS); /_proxy/log lists
//      the proxied requests and how each ended;
//   3. opens /test/index.html in Chromium (driven by playwright-core), which
//      runs tests.mjs in the page.
// Prints one line per test, then "browser: N passed, N failed"; exits 1 on any
// failure. Always closes the browser and both servers.
//
// Usage: node web/test/browser/run.mjs   (Chromium at /usr/bin/chromium,
// or $COZE_CHROMIUM; vectors from $COZE_VECTORS, default tests/vectors)
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { repoRoot, startFakeServer } from '../helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const webDir = path.resolve(here, '..', '..');
const distDir = path.join(webDir, 'dist');
const vectorsDir = process.env.COZE_VECTORS
  ? path.resolve(process.env.COZE_VECTORS)
  : path.join(repoRoot, 'tests', 'vectors');
const chromiumPath = process.env.COZE_CHROMIUM || '/usr/bin/chromium';
const DEADLINE_MS = 50000; // the whole run; the stage must stay under a minute
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

// Headers that belong to one connection, not to the message.
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
]);

function withoutHopByHop(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) if (!hopByHop.has(name.toLowerCase())) out[name] = value;
  return out;
}

function send(res, status, type, body) {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

// A file of `dir` named by one path segment, or null.
function fileIn(dir, name) {
  if (!/^[\w][\w.-]*$/.test(name)) return null;
  const file = path.join(dir, name);
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

function serveFile(res, file) {
  const type = file ? contentTypes[path.extname(file)] : undefined;
  if (!type) return send(res, 404, 'text/plain', 'not found\n');
  const body = fs.readFileSync(file);
  res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
  res.end(body);
}

function serveVectors(res, area, name) {
  const dir = path.join(vectorsDir, area);
  if (!/^[a-z_]+$/.test(area) || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return send(res, 404, 'text/plain', 'no such vector area\n');
  }
  if (name === '') {
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    return send(res, 200, contentTypes['.json'], JSON.stringify(files));
  }
  return serveFile(res, fileIn(dir, name));
}

// Forwards a request to the fake server and streams the answer back chunk by
// chunk. When the browser goes away first, the upstream request is dropped
// too; when the upstream connection breaks, so does the browser's.
function proxy(req, res, upstreamPort, log) {
  const entry = { method: req.method, path: req.url, status: 0, outcome: 'open' };
  log.push(entry);
  const upstream = http.request(
    {
      host: '127.0.0.1',
      port: upstreamPort,
      method: req.method,
      path: req.url,
      headers: { ...withoutHopByHop(req.headers), host: `127.0.0.1:${upstreamPort}` },
      agent: false,
    },
    (upRes) => {
      entry.status = upRes.statusCode;
      res.writeHead(upRes.statusCode, withoutHopByHop(upRes.headers));
      res.flushHeaders();
      pipeline(upRes, res, (err) => {
        if (entry.outcome === 'open') entry.outcome = err ? 'upstream_failed' : 'complete';
        if (err) {
          upstream.destroy();
          res.destroy();
        }
      });
    },
  );
  upstream.on('error', () => {
    if (entry.outcome === 'open') entry.outcome = 'upstream_failed';
    res.destroy();
  });
  // Registered before pipeline()'s own listener: a browser that goes away is
  // told apart from an upstream failure.
  res.on('close', () => {
    if (!res.writableFinished && entry.outcome === 'open') {
      entry.outcome = 'client_aborted';
      upstream.destroy();
    }
  });
  pipeline(req, upstream, () => {});
}

function startWebServer(upstreamPort) {
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const p = url.pathname;
    if (/^\/(v1|v3|api|_fake)\//.test(p)) return proxy(req, res, upstreamPort, log);
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed\n');
    if (p === '/favicon.ico') return res.writeHead(204).end();
    if (p === '/_proxy/log') return send(res, 200, contentTypes['.json'], JSON.stringify(log));
    let m;
    if ((m = /^\/dist\/([^/]+)$/.exec(p))) return serveFile(res, fileIn(distDir, m[1]));
    if ((m = /^\/test\/([^/]+)$/.exec(p))) return serveFile(res, fileIn(here, m[1]));
    if ((m = /^\/vectors\/([^/]+)\/([^/]*)$/.exec(p))) return serveVectors(res, m[1], m[2]);
    return send(res, 404, 'text/plain', 'not found\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function closeServer(server) {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

async function loadPlaywright() {
  try {
    return await import('playwright-core');
  } catch {
    throw new Error('playwright-core is not installed in web/node_modules: run scripts/bootstrap (npm ci in web/)');
  }
}

// What a run has open, closed in reverse order by closeAll(), also on SIGINT
// or SIGTERM; a server or browser that comes up after closeAll() began is
// closed at once.
const held = { fake: null, web: null, browser: null };
let closing = false;
let timer;

async function closeAll() {
  closing = true;
  const { fake, web, browser } = held;
  held.fake = held.web = held.browser = null;
  if (browser) await browser.close().catch(() => {});
  if (web) await closeServer(web);
  if (fake) await fake.stop();
}

async function hold(name, starting) {
  held[name] = await starting;
  if (closing) {
    await closeAll();
    throw new Error('stopped');
  }
  return held[name];
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    clearTimeout(timer);
    closeAll().finally(() => process.exit(1));
  });
}

async function main() {
  const out = { passed: 0, failed: 0 };
  const say = (line) => process.stdout.write(`${line}\n`);
  const failSetup = (message) => {
    say(`browser: ${message}`);
    out.failed++;
  };
  if (!fs.existsSync(chromiumPath)) {
    failSetup(`Chromium not found at ${chromiumPath}: run scripts/bootstrap (Debian package chromium)`);
    return out;
  }
  for (const f of ['index.mjs', 'cozecore_web.mjs', 'cozecore_web.wasm']) {
    if (!fs.existsSync(path.join(distDir, f))) {
      failSetup(`web/dist/${f} missing: build first (scripts/targets/wasm build)`);
      return out;
    }
  }
  const { chromium } = await loadPlaywright();

  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the suite did not finish within ${DEADLINE_MS / 1000} s`)), DEADLINE_MS);
  });
  const started = Date.now();
  let version = '';
  try {
    await Promise.race([
      deadline,
      (async () => {
        const fakeServer = await hold('fake', startFakeServer());
        const webServer = await hold('web', startWebServer(fakeServer.port));
        const origin = `http://127.0.0.1:${webServer.address().port}`;
        const browser = await hold(
          'browser',
          chromium.launch({
            executablePath: chromiumPath,
            headless: true,
            args: CHROMIUM_ARGS,
            // closeAll() does it, then the process exits.
            handleSIGINT: false,
            handleSIGTERM: false,
            handleSIGHUP: false,
          }),
        );
        version = browser.version();
        const page = await browser.newPage();
        page.on('pageerror', (err) => process.stderr.write(`browser page error: ${err.message}\n`));
        page.on('console', (msg) => {
          // The HTTP error statuses the tests provoke are logged by the browser too.
          const provoked = /^Failed to load resource: the server responded with a status of/.test(msg.text());
          if (msg.type() === 'error' && !provoked) process.stderr.write(`browser console: ${msg.text()}\n`);
        });
        await page.exposeFunction('reportTest', (r) => {
          if (r.ok) out.passed++;
          else out.failed++;
          say(r.ok ? `  ok   ${r.name} (${r.ms} ms${r.detail ? `, ${r.detail}` : ''})` : `  FAIL ${r.name}: ${r.why}`);
        });
        await page.goto(`${origin}/test/index.html`);
        const results = await page.evaluate(() => window.cozeTests);
        if (!Array.isArray(results) || results.length === 0) throw new Error('the page ran no tests');
      })(),
    ]);
  } catch (err) {
    failSetup(`${err.message.split('\n')[0]}`);
  } finally {
    clearTimeout(timer);
    await closeAll();
  }
  say(`browser: ${((Date.now() - started) / 1000).toFixed(1)} s${version ? ` in Chromium ${version}` : ''}`);
  return out;
}

main().then(
  (out) => {
    console.log(`browser: ${out.passed} passed, ${out.failed} failed`);
    process.exitCode = out.failed > 0 || out.passed === 0 ? 1 : 0;
  },
  (err) => {
    console.log(`browser: ${err.message}`);
    console.log('browser: 0 passed, 1 failed');
    process.exitCode = 1;
  },
);
