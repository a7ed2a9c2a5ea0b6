// The conformance vectors as node:test cases, one test per vector.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { runConformance, vectorsDir } from './conformance.mjs';

const results = fs.existsSync(vectorsDir()) ? await runConformance() : [];

test('conformance: the vectors directory has areas', () => {
  assert.ok(results.length > 0, `no vector areas under ${vectorsDir()}`);
});

for (const r of results) {
  for (const c of r.cases) {
    test(`conformance ${c.file}: ${c.name}`, () => {
      if (c.why) assert.fail(c.why);
    });
  }
}
