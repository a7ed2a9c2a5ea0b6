// The browser entry (dist/index.mjs + the ES module core) run in Node with
// only what a browser offers: fetch for the .wasm (file: URLs served by a
// shim, as a web server would), TextDecoder, crypto.getRandomValues.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startFakeServer } from './helpers.mjs';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const networkFetch = globalThis.fetch;
let wasmFetches = 0;
let server;
let web;

before(async () => {
  globalThis.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return networkFetch(input, init);
    wasmFetches++;
    return new Response(fs.readFileSync(new URL(url)), { headers: { 'content-type': 'application/wasm' } });
  };
  web = await import(pathToFileURL(path.join(dist, 'index.mjs')).href);
  server = await startFakeServer();
});

after(async () => {
  globalThis.fetch = networkFetch;
  if (server) await server.stop();
});

test('the browser files reference no Node-only API', () => {
  for (const file of ['index.mjs', 'cozecore_web.mjs']) {
    const text = fs.readFileSync(path.join(dist, file), 'utf8');
    for (const pattern of [/\brequire\(/, /['"]node:/, /__dirname/, /\bBuffer\./]) {
      assert.ok(!pattern.test(text), `${file} uses ${pattern}`);
    }
  }
});

test('the ES module core loads its .wasm through fetch', async () => {
  await web.init();
  assert.equal(wasmFetches, 1);
  assert.match(web.version(), /^\d+\.\d+\.\d+$/);
  assert.equal(web.ulidDecode(web.ulid(1700000000000)).timestampMs, 1700000000000);
});

test('chat.stream through the browser entry', async () => {
  const coze = new web.Coze({ token: 'pat_web', baseURL: server.baseURL });
  let text = '';
  for await (const ev of coze.chat.stream({
    bot_id: 'b',
    user_id: 'u',
    additional_messages: [{ role: 'user', content: '浏览器 🌐' }],
  })) {
    if (ev.type === 'conversation.message.delta') text += ev.content;
  }
  assert.equal(text, 'Echo: 浏览器 🌐');
  const err = await coze.chat.create({ bot_id: 'busy', user_id: 'u' }).catch((e) => e);
  assert.ok(err instanceof web.CozeError);
  assert.equal(err.code, 4016);
});
