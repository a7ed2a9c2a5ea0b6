// The browser checks of whole pages, run by run.mjs in its Chromium after the
// test page:
//   - the package as a web app consumes it: app/page.mjs of the project that
//     installed the `npm pack` tarball (test/package/install.mjs), bundled
//     with esbuild, the package's .wasm copied beside the bundle, served at
//     /app/;
//   - the demo page (web/demo/, served at /demo/): a message streams in piece
//     by piece, a retry and an error show up in its log as they happen, Stop
//     ends a stream; a screenshot goes to the build directory.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { consumerDir } from '../package/install.mjs';

class Failure extends Error {}

function check(condition, message) {
  if (!condition) throw new Failure(message);
}

function equal(actual, expected, what) {
  if (actual !== expected)
    throw new Failure(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Bundles the consumer's page.mjs with esbuild (web/'s pinned dev
// dependency) into <consumer>/public/, next to index.html and the .wasm.
// Returns that directory.
export async function bundleApp() {
  const dir = consumerDir();
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('esbuild is not installed in web/node_modules: run scripts/bootstrap (npm ci in web/)');
  }
  const out = path.join(dir, 'public');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out);
  const result = await esbuild.build({
    absWorkingDir: dir,
    entryPoints: ['page.mjs'],
    outfile: path.join(out, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  if (!inputs.includes('node_modules/cozecore/dist/index.mjs')) {
    throw new Error(`the bundle did not take the installed browser entry: ${inputs.join(', ')}`);
  }
  // The core finds its .wasm beside the code that loads it (new URL(..., import.meta.url)).
  fs.copyFileSync(
    path.join(dir, 'node_modules', 'cozecore', 'dist', 'cozecore_web.wasm'),
    path.join(out, 'cozecore_web.wasm'),
  );
  fs.copyFileSync(path.join(dir, 'index.html'), path.join(out, 'index.html'));
  return out;
}

export async function bundledAppCase(browser, origin) {
  const page = await browser.newPage();
  const wasm = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(`${new URL(r.url()).pathname} ${r.status()}`);
  });
  try {
    await page.goto(`${origin}/app/`);
    const out = await page.evaluate(() => window.appResult);
    check(!out.failed, `the bundled app failed: ${out.failed}`);
    equal(out.text, 'Echo: from a bundle 📦', 'streamed text');
    equal(out.deltas, 7, 'delta events');
    equal(out.busy, 4016, 'the busy bot error code');
    check(/^\d+\.\d+\.\d+$/.test(out.version), `version ${out.version}`);
    equal(wasm.join(), '/app/cozecore_web.wasm 200', 'the .wasm fetched');
    return `core ${out.version}`;
  } finally {
    await page.close();
  }
}

// The demo page's state, read from the DOM.
function demoState(page) {
  return page.evaluate(() => ({
    status: document.getElementById('status').dataset.state,
    text: document.getElementById('answer').textContent,
    deltas: Number(document.getElementById('answer').dataset.deltas),
    log: [...document.querySelectorAll('#log li')].map((li) => ({ kind: li.dataset.kind, text: li.textContent })),
    sendEnabled: !document.getElementById('send').disabled,
    stopEnabled: !document.getElementById('stop').disabled,
  }));
}

// Types the message, picks the scenario and presses Send; in the page, records
// each text the answer shows (window.answerTexts) and each log line as it is
// added, with how many pieces the answer had then (window.logLines).
async function sendAndWatch(page, message, scenario, { until = ['done', 'error', 'stopped'] } = {}) {
  await page.fill('#message', message);
  await page.selectOption('#scenario', scenario);
  await page.evaluate(() => {
    window.answerTexts = [];
    window.logLines = [];
    const answer = document.getElementById('answer');
    for (const o of window.demoObservers ?? []) o.disconnect();
    const texts = new MutationObserver(() => window.answerTexts.push(answer.textContent));
    texts.observe(answer, { childList: true, characterData: true, subtree: true });
    const lines = new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          window.logLines.push({ kind: n.dataset.kind, deltas: Number(answer.dataset.deltas) });
    });
    lines.observe(document.getElementById('log'), { childList: true });
    window.demoObservers = [texts, lines];
  });
  await page.click('#send');
  if (until.length > 0) {
    await page.waitForFunction((states) => states.includes(document.getElementById('status').dataset.state), until, {
      timeout: 15000,
    });
  }
}

const kinds = (state) => state.log.map((l) => l.kind);

// Under the WASM build directory (scripts/targets/wasm's), else build/wasm.
function screenshotPath() {
  const buildDir = process.env.COZE_WASM_BUILD_DIR || path.join(repoRoot, 'build', 'wasm');
  fs.mkdirSync(buildDir, { recursive: true });
  return path.join(buildDir, 'demo.png');
}

// [name, run(page) -> detail] for one demo page, in order.
export function demoCases(origin) {
  return [
    [
      'demo: a typed message streams in piece by piece, the hooks logged',
      async (page) => {
        await page.goto(`${origin}/demo/`);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 10000 });
        const message = 'Hello demo 👋, one piece at a time';
        await sendAndWatch(page, message, 'normal');
        const s = await demoState(page);
        equal(s.status, 'done', 'status');
        const want = `Echo: ${message}`;
        equal(s.text, want, 'answer');
        const shown = await page.evaluate(() => window.answerTexts);
        const distinct = shown.filter((t, i) => t !== shown[i - 1] && t !== '');
        check(distinct.length >= 10, `the answer appeared in ${distinct.length} steps, not piece by piece`);
        for (let i = 1; i < distinct.length; i++)
          check(distinct[i].startsWith(distinct[i - 1]), `step ${i} does not extend the one before`);
        equal(s.deltas, distinct.length, 'delta events shown');
        equal(
          kinds(s).join(' '),
          'request_sent response_head completed call_finished',
          'the log (request, head, chat completed, call finished)',
        );
        check(s.log[3].text.includes('call finished: ok'), `the last log line: ${s.log[3].text}`);
        check(s.sendEnabled && !s.stopEnabled, 'Send enabled and Stop disabled again');
        return `${distinct.length} steps`;
      },
    ],
    [
      'demo: a 503 and its retry show in the log as they happen, then the answer',
      async (page) => {
        await sendAndWatch(page, 'retry me', 'retry');
        const s = await demoState(page);
        equal(s.status, 'done', 'status');
        equal(s.text, 'Echo: retry me', 'answer');
        equal(
          kinds(s).join(' '),
          'request_sent response_head retry_scheduled request_sent response_head completed call_finished',
          'the log',
        );
        check(/HTTP 503/.test(s.log[1].text), `second line: ${s.log[1].text}`);
        check(/retry in \d+ ms \(server: /.test(s.log[2].text), `third line: ${s.log[2].text}`);
        check(/attempt 2/.test(s.log[3].text), `fourth line: ${s.log[3].text}`);
        // The retry showed while the call waited, before any piece of the answer.
        const lines = await page.evaluate(() => window.logLines);
        equal(lines.find((l) => l.kind === 'retry_scheduled')?.deltas, 0, 'pieces shown when the retry was logged');
        check(lines.find((l) => l.kind === 'completed')?.deltas > 0, 'the answer streamed after the retry');
        await page.screenshot({ path: screenshotPath(), fullPage: true });
        return `screenshot ${path.relative(process.cwd(), screenshotPath())}`;
      },
    ],
    [
      'demo: an error event mid-stream ends it with a StreamError in the log',
      async (page) => {
        await sendAndWatch(page, 'this stream breaks', 'stream_error');
        const s = await demoState(page);
        equal(s.status, 'error', 'status');
        equal(s.deltas, 2, 'pieces before the error');
        const last = s.log.at(-1);
        equal(last.kind, 'error', 'the last log line');
        check(/StreamError \(stream/.test(last.text), `the error line: ${last.text}`);
        return '';
      },
    ],
    [
      'demo: Stop cancels a slow stream mid-way: no more pieces, the request is aborted',
      async (page, { proxyLog, fakeRequests }) => {
        const message = 'Stop me while I am still talking, slowly';
        const pieces = Math.ceil([...`Echo: ${message}`].length / 3);
        const before = (await proxyLog()).length;
        await sendAndWatch(page, message, 'slow', { until: [] });
        await page.waitForFunction(() => Number(document.getElementById('answer').dataset.deltas) >= 2, null, {
          timeout: 10000,
        });
        const pressed = Date.now();
        await page.click('#stop');
        await page.waitForFunction(() => document.getElementById('status').dataset.state === 'stopped', null, {
          timeout: 3000,
        });
        const stoppedMs = Date.now() - pressed;
        const s = await demoState(page);
        check(s.deltas >= 2 && s.deltas < pieces, `${s.deltas} of ${pieces} pieces shown`);
        check(`Echo: ${message}`.startsWith(s.text), `the partial answer ${JSON.stringify(s.text)}`);
        equal(s.log.at(-2).kind, 'call_finished', 'the call finished (hook)');
        check(/call finished: cancelled/.test(s.log.at(-2).text), `the hook line: ${s.log.at(-2).text}`);
        equal(s.log.at(-1).kind, 'stopped', 'the last log line');
        await sleep(700); // more than two pieces' time: nothing more arrives
        equal((await demoState(page)).deltas, s.deltas, 'pieces after Stop');
        const chat = (await proxyLog()).slice(before).find((e) => e.path.startsWith('/v3/chat'));
        equal(chat?.outcome, 'client_aborted', 'how the proxied chat request ended');
        const sent = (await fakeRequests()).find((r) => r.path === '/v3/chat')?.events_sent;
        check(sent < pieces + 2, `the server sent ${sent} events of the stopped stream`);
        return `stopped in ${stoppedMs} ms after ${s.deltas} of ${pieces} pieces`;
      },
    ],
  ];
}
