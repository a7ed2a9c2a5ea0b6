#!/usr/bin/env node
// The browser suite: the package's browser build (web/dist/index.mjs and the
// .wasm beside it) in headless Chromium, against the fake Coze server.
//
//   1. bundles the page of the project that installed the `npm pack` tarball
//      with esbuild (pages.mjs, test/package/install.mjs; the project is
//      $COZE_JS_CONSUMER when scripts/targets/wasm made it);
//   2. starts tests/fake_coze/server.py on a free port;
//   3. serves, on 127.0.0.1 (a free port; web/demo/server.mjs), web/dist/ at
//      /dist/, the demo page at /demo/, this folder at /test/ (the page,
//      tests.mjs, vectors.mjs), the vector files at /vectors/<area>/ (a GET
//      of the folder lists its .json files), the bundled page at /app/, and
//      proxies /v3/*, /v1/*, /api/* (OAuth) and /_fake/* to the fake server,
//      streaming each answer through as it comes (same origin: no CORS);
//      /_proxy/log lists the proxied requests and how each ended;
//   4. opens /test/index.html in Chromium (driven by playwright-core), which
//      runs tests.mjs in the page; then, in the same browser, the bundled
//      page and the demo page (pages.mjs; a screenshot of the demo goes to
//      $COZE_WASM_BUILD_DIR/demo.png).
// Prints one line per test, then "browser: N passed, N failed"; exits 1 on any
// failure. Always closes the browser and both servers.
//
// Usage: node web/test/browser/run.mjs   (Chromium at /usr/bin/chromium,
// or $COZE_CHROMIUM; vectors from $COZE_VECTORS, default tests/vectors)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeServer, contentTypes, fileIn, send, serveFile, startServer } from '../../demo/server.mjs';
import { repoRoot, startFakeServer } from '../helpers.mjs';
import { bundleApp, bundledAppCase, demoCases } from './pages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const webDir = path.resolve(here, '..', '..');
const distDir = path.join(webDir, 'dist');
const vectorsDir = process.env.COZE_VECTORS
  ? path.resolve(process.env.COZE_VECTORS)
  : path.join(repoRoot, 'tests', 'vectors');
const chromiumPath = process.env.COZE_CHROMIUM || '/usr/bin/chromium';
const DEADLINE_MS = 60000; // the whole run; the stage must stay near a minute at most
const CASE_TIMEOUT_MS = 20000; // one page case of pages.mjs
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// The test page, its modules and the vectors; the proxy, /dist/ and /demo/
// come with the demo's server (web/demo/server.mjs).
function testRoutes(appDir) {
  return [
    [/^\/test\/([^/]+)$/, (req, res, m) => serveFile(res, fileIn(here, m[1]))],
    [/^\/vectors\/([^/]+)\/([^/]*)$/, (req, res, m) => serveVectors(res, m[1], m[2])],
    [/^\/app\/([^/]*)$/, (req, res, m) => serveFile(res, appDir ? fileIn(appDir, m[1] || 'index.html') : null)],
  ];
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
        // The page bundled from the installed tarball; a failure fails its case only.
        let appDir = null;
        let appProblem = '';
        await bundleApp().then(
          (dir) => {
            appDir = dir;
          },
          (err) => {
            appProblem = (err.errors ?? []).map((e) => e.text).join('; ') || err.message.split('\n')[0];
          },
        );
        const fakeServer = await hold('fake', startFakeServer());
        const webServer = await hold('web', startServer({ upstreamPort: fakeServer.port, routes: testRoutes(appDir) }));
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
        const report = (r) => {
          if (r.ok) out.passed++;
          else out.failed++;
          say(r.ok ? `  ok   ${r.name} (${r.ms} ms${r.detail ? `, ${r.detail}` : ''})` : `  FAIL ${r.name}: ${r.why}`);
        };
        await page.exposeFunction('reportTest', report);
        await page.goto(`${origin}/test/index.html`);
        const results = await page.evaluate(() => window.cozeTests);
        if (!Array.isArray(results) || results.length === 0) throw new Error('the page ran no tests');
        await page.close();

        // The whole pages of pages.mjs, in the same browser.
        const runCase = async (name, run) => {
          const t0 = Date.now();
          let caseTimer;
          try {
            const timeout = new Promise((_, reject) => {
              caseTimer = setTimeout(
                () => reject(new Error(`no result in ${CASE_TIMEOUT_MS / 1000} s`)),
                CASE_TIMEOUT_MS,
              );
            });
            const detail = await Promise.race([run(), timeout]);
            report({ ok: true, name, ms: Date.now() - t0, detail });
          } catch (err) {
            report({ ok: false, name, why: err.message.split('\n')[0] });
          } finally {
            clearTimeout(caseTimer);
          }
        };
        await runCase('package: a page bundled with esbuild from the installed npm pack tarball', () => {
          if (!appDir) throw new Error(`the bundle: ${appProblem}`);
          return bundledAppCase(browser, origin);
        });
        const demo = await browser.newPage({ viewport: { width: 960, height: 720 } });
        demo.on('pageerror', (err) => process.stderr.write(`demo page error: ${err.message}\n`));
        const context = {
          proxyLog: async () => (await fetch(`${origin}/_proxy/log`)).json(),
          fakeRequests: () => fakeServer.control('GET', '/_fake/requests'),
        };
        for (const [name, run] of demoCases(origin)) await runCase(name, () => run(demo, context));
        await demo.close();
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
