// The TypeScript declarations (index.d.ts with the generated api.d.ts, and
// dist/index.d.cts for require) compiled by tsc over test/types/: typed
// answers and events narrow as documented, and unknown or missing
// parameters, unknown options and writes to views are type errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

test('the declarations type-check (tsc over test/types)', () => {
  const tsc = path.join(webDir, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', path.join('test', 'types')], { cwd: webDir, encoding: 'utf8' });
  assert.equal(run.error, undefined, `cannot run tsc (npm ci in web/): ${run.error}`);
  assert.equal(run.status, 0, `tsc failed:\n${run.stdout}${run.stderr}`);
});
