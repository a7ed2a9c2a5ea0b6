// Every JS and TypeScript file of the package, generated ones included, is
// formatted as prettier (web/.prettierrc.json) would write it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

test('sources are prettier-formatted', () => {
  const prettier = path.join(webDir, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
  const run = spawnSync(process.execPath, [prettier, '--check', 'src', 'test', 'scripts', 'demo', 'index.d.ts'], {
    cwd: webDir,
    encoding: 'utf8',
  });
  assert.equal(run.error, undefined, `cannot run prettier (npm ci in web/): ${run.error}`);
  assert.equal(
    run.status,
    0,
    `not formatted (run: npx prettier --write src test scripts demo index.d.ts):\n${run.stdout}${run.stderr}`,
  );
});
