// The npm package as a user installs it: `npm pack`, then `npm install` of
// the tarball into an empty directory outside the checkout
// (test/package/install.mjs; scripts/targets/wasm test does it once and
// hands the directory over as $COZE_JS_CONSUMER). There, Node runs an ES
// module and a CommonJS program that import 'cozecore' (a streamed chat
// against the fake server, a typed error, a cancelled stream) and tsc
// type-checks a TypeScript file that uses the package's types. The browser
// half (a page bundled with esbuild from the installed copy) is in
// browser/run.mjs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { repoRoot, startFakeServer } from './helpers.mjs';
import { consumerDir, webDir } from './package/install.mjs';

let dir;
let server;

before(async () => {
  dir = consumerDir();
  server = await startFakeServer();
});

after(async () => {
  if (server) await server.stop();
});

function runIn(cwd, args) {
  const run = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    timeout: 60000,
    env: { ...process.env, COZE_BASE_URL: server.baseURL, NODE_PATH: '' },
  });
  assert.equal(run.error, undefined, String(run.error));
  assert.equal(run.status, 0, `node ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

test('npm pack: the tarball holds the built package and nothing else', () => {
  const [packed] = JSON.parse(fs.readFileSync(path.join(dir, 'pack.json'), 'utf8'));
  assert.equal(packed.name, 'cozecore');
  assert.deepEqual(packed.files.map((f) => f.path).sort(), [
    'README.md',
    'dist/cozecore_node.cjs',
    'dist/cozecore_web.mjs',
    'dist/cozecore_web.wasm',
    'dist/index.cjs',
    'dist/index.d.cts',
    'dist/index.mjs',
    'dist/index.node.mjs',
    'index.d.ts',
    'package.json',
    'src/generated/api.d.ts',
  ]);
  // The consumer is outside the checkout and got the package from the tarball.
  assert.ok(!path.resolve(dir).startsWith(repoRoot + path.sep), `${dir} is inside the checkout`);
  const lock = JSON.parse(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'));
  assert.equal(lock.packages['node_modules/cozecore'].resolved, `file:${packed.filename}`);
  assert.equal(lock.packages['node_modules/cozecore'].dependencies, undefined, 'the package has no dependencies');
});

test('installed: a Node ES module program streams, fails typed and cancels', async () => {
  await server.control('POST', '/_fake/reset');
  // The first stream (the one the program cancels) drips, one piece a chunk.
  await server.control('POST', '/_fake/faults', [{ drip_ms: 100 }]);
  const out = JSON.parse(runIn(dir, ['esm.mjs']));
  assert.equal(
    fileURLToPath(out.resolved),
    path.join(fs.realpathSync(dir), 'node_modules/cozecore/dist/index.node.mjs'),
  );
  assert.match(out.version, /^\d+\.\d+\.\d+$/);
  assert.equal(out.text, 'Echo: from ESM');
  assert.deepEqual(out.error, ['AuthenticationError', 'authentication', 401]);
  assert.deepEqual([out.cancelled, out.deltas], ['cancelled', 1]);
  // The cancelled stream was dropped: the server wrote few of its 18 events.
  const [cancelled] = await server.control('GET', '/_fake/requests');
  assert.ok(cancelled.events_sent < 10, `the server sent ${cancelled.events_sent} events of the cancelled stream`);
});

test('installed: a CommonJS program (require) streams, fails typed and cancels', () => {
  const out = JSON.parse(runIn(dir, ['cjs.cjs']));
  assert.equal(out.resolved, path.join(fs.realpathSync(dir), 'node_modules/cozecore/dist/index.cjs'));
  assert.equal(out.text, 'Echo: from CommonJS');
  assert.deepEqual([out.error, out.status], ['authentication', 401]);
  assert.deepEqual([out.cancelled, out.deltas], ['CancelledError', 0]);
});

test('installed: tsc --noEmit over TypeScript (ESM and CommonJS) that uses the types', () => {
  // typescript is web/'s pinned dev dependency (npm ci), run over the consumer project.
  const tsc = path.join(webDir, 'node_modules', 'typescript', 'bin', 'tsc');
  assert.ok(fs.existsSync(tsc), 'typescript missing in web/node_modules: run scripts/bootstrap');
  const run = spawnSync(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120000,
  });
  assert.equal(run.error, undefined, String(run.error));
  assert.equal(run.status, 0, `tsc failed:\n${run.stdout}${run.stderr}`);
});
