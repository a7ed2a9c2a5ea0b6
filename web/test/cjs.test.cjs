// The require() entry point from a CommonJS consumer.
const assert = require('node:assert/strict');
const { test } = require('node:test');
const cozecore = require('cozecore');

test('require exposes the API', async () => {
  for (const name of ['Coze', 'CozeError', 'StreamError', 'SseParser', 'UlidFactory', 'ulid', 'init', 'version']) {
    assert.ok(name in cozecore, name);
  }
  await cozecore.init();
  assert.match(cozecore.ulid(), /^[0-9A-HJKMNP-TV-Z]{26}$/);
});

test('require: chat.create over a fetch function', async () => {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url, init });
    return new Response(JSON.stringify({ code: 0, msg: '', data: { id: '1', status: 'in_progress' } }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const coze = await cozecore.Coze.create({ token: 'pat_cjs', baseURL: 'https://api.test', fetch });
  const chat = await coze.chat.create({ bot_id: 'b', user_id: 'u', additional_messages: [] });
  assert.deepEqual(chat.toJSON(), { id: '1', status: 'in_progress' });
  assert.equal(calls.length, 1);
  assert.equal(new URL(calls[0].url).pathname, '/v3/chat');
});

test('require: errors keep their classes', async () => {
  const fetch = async () =>
    new Response(JSON.stringify({ code: 4101, msg: 'no permission' }), {
      status: 403,
      headers: { 'content-type': 'application/json', 'x-tt-logid': 'L403' },
    });
  const coze = new cozecore.Coze({ token: 'pat_cjs', baseURL: 'https://api.test', fetch, maxRetries: 0 });
  const err = await coze.chat.create({ bot_id: 'b', user_id: 'u' }).catch((e) => e);
  assert.ok(err instanceof cozecore.PermissionDeniedError);
  assert.equal(err.logid, 'L403');
  assert.equal(err.httpStatus, 403);
});
