#!/usr/bin/env node
// The npm package as a user gets it: `npm pack` in web/ (dist/ built first),
// then `npm install <tarball>` into an empty directory outside the checkout,
// next to the consumer programs of app/ (copied in). package.test.mjs runs
// them there under Node; browser/run.mjs bundles app/page.mjs with esbuild
// from the installed copy and opens it in Chromium.
//
//   node web/test/package/install.mjs DIR   installs into DIR (empty or new) and
//                                           prints it; scripts/targets/wasm test
//                                           does this once and hands DIR to both
//                                           suites as $COZE_JS_CONSUMER
// From a test: `await consumerDir()` gives $COZE_JS_CONSUMER when it holds an
// installed package, else installs into a new temporary directory (removed
// at exit).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const webDir = path.resolve(here, '..', '..');
export const appDir = path.join(here, 'app');

// npm without its network extras: the tarball has no dependencies, so the
// install reads nothing from the registry.
const NPM_QUIET = ['--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error'];

function npm(args, cwd) {
  const run = spawnSync('npm', [...args, ...NPM_QUIET], { cwd, encoding: 'utf8', timeout: 120000 });
  if (run.error || run.status !== 0) {
    throw new Error(`npm ${args.join(' ')} (in ${cwd}) failed: ${run.error ?? ''}${run.stdout}${run.stderr}`);
  }
  return run.stdout;
}

// Packs web/ into DIR and installs the tarball there, beside app/'s files.
// Leaves DIR/pack.json (what `npm pack --json` said) for the tests.
export function install(dir) {
  for (const f of ['index.mjs', 'index.node.mjs', 'index.cjs', 'cozecore_web.wasm']) {
    if (!fs.existsSync(path.join(webDir, 'dist', f))) {
      throw new Error(`web/dist/${f} missing: build first (scripts/targets/wasm build)`);
    }
  }
  fs.mkdirSync(dir, { recursive: true });
  if (fs.readdirSync(dir).length > 0) throw new Error(`${dir} is not empty`);
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], webDir));
  fs.writeFileSync(path.join(dir, 'pack.json'), JSON.stringify(packed, null, 2));
  fs.cpSync(appDir, dir, { recursive: true });
  npm(['install', path.join(dir, packed[0].filename)], dir);
  if (!fs.existsSync(path.join(dir, 'node_modules', 'cozecore', 'package.json'))) {
    throw new Error(`npm install put no cozecore into ${dir}/node_modules`);
  }
  return dir;
}

export function isInstalled(dir) {
  return Boolean(dir) && fs.existsSync(path.join(dir, 'node_modules', 'cozecore', 'package.json'));
}

let made = null;

export function consumerDir() {
  const given = process.env.COZE_JS_CONSUMER;
  if (given) {
    if (!isInstalled(given)) throw new Error(`$COZE_JS_CONSUMER (${given}) holds no installed cozecore`);
    return given;
  }
  if (!made) {
    made = install(fs.mkdtempSync(path.join(os.tmpdir(), 'cozecore-consumer-')));
    const dir = made;
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return made;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node web/test/package/install.mjs DIR');
    process.exit(2);
  }
  try {
    console.log(install(path.resolve(dir)));
  } catch (err) {
    console.error(`package: ${err.message}`);
    process.exit(1);
  }
}
