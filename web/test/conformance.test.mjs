// The conformance vectors as node:test cases, one test per vector, and the
// runner's own rules (tests/vectors/README.md "Reading the corpus").
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runConformance, vectorsDir } from './conformance.mjs';

let results = [];
let problem = null;
try {
  results = await runConformance();
} catch (err) {
  problem = err;
}

test('conformance: vectors were found and ran', () => {
  if (problem) assert.fail(`${vectorsDir()}: ${problem.message}`);
  assert.ok(results.length > 0, `no vector areas under ${vectorsDir()}`);
});

for (const r of results) {
  for (const c of r.cases) {
    test(`conformance ${c.file}: ${c.name}`, () => {
      if (c.why) assert.fail(c.why);
    });
  }
}

test('conformance: a directory without vectors fails; a file may hold one vector object', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'coze-vectors-'));
  try {
    await assert.rejects(runConformance(root), /no vectors found/);
    fs.mkdirSync(path.join(root, 'ulid'));
    fs.writeFileSync(path.join(root, 'ulid', 'empty.json'), '[]');
    await assert.rejects(runConformance(root), /no vectors found/);
    const vector = {
      name: 'one object',
      decode: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      expect: { timestamp_ms: 1469922850259, randomness_hex: 'd6764c61efb99302bd5b' },
    };
    fs.writeFileSync(path.join(root, 'ulid', 'one.json'), JSON.stringify(vector));
    const [ulid] = await runConformance(root);
    assert.deepEqual([ulid.area, ulid.passed, ulid.failed], ['ulid', 1, 0]);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
