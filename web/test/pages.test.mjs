// Pages and polling end to end: the generated pagers (`...Pages`) and
// coze.chat.createAndPoll over the real fetch driver against
// tests/fake_coze/server.py, checked against the requests the server logged.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  Coze,
  ListMessagesResult,
  Message,
  Page,
  Pager,
  ApiError,
  ListBotsResult,
  PermissionDeniedError,
  TimeoutError,
  liveHandles,
} from 'cozecore';
import { jsonResponse, scriptedFetch, startFakeServer } from './helpers.mjs';

const TOKEN = 'pat_pages_token';
let server;
let coze;
let conversationId;
const created = []; // the 250 message ids, oldest first

before(async () => {
  server = await startFakeServer();
  coze = new Coze({ token: TOKEN, baseURL: server.baseURL, maxRetries: 0 });
  const conversation = await coze.conversations.create({});
  conversationId = conversation.id;
  for (let i = 0; i < 250; i++) {
    const m = await coze.conversations.messages.create({
      conversation_id: conversationId,
      role: i % 2 === 0 ? 'user' : 'assistant',
      content: `message ${i}`,
      content_type: 'text',
    });
    created.push(m.id);
  }
});

after(async () => {
  if (coze) coze.close();
  if (server) await server.stop();
});

// The requests logged from now on: call it before, await its result after.
async function logFrom() {
  const start = (await server.control('GET', '/_fake/requests')).length;
  return async (path) => {
    const log = (await server.control('GET', '/_fake/requests')).slice(start);
    return path === undefined ? log : log.filter((r) => r.path === path);
  };
}

const LIST = '/v1/conversation/message/list';

async function collect(iterable) {
  const out = [];
  for await (const x of iterable) out.push(x);
  return out;
}

describe('conversation messages, 250 of them, 50 a page', () => {
  test('desc (the default): newest first, every message once, 5 requests following last_id', async () => {
    const requests = await logFrom();
    const pager = coze.conversations.messages.listPages({ conversation_id: conversationId, limit: 50 });
    assert.ok(pager instanceof Pager);
    const items = await collect(pager);
    assert.ok(items.every((m) => m instanceof Message));
    assert.deepEqual(
      items.map((m) => m.id),
      [...created].reverse(),
    );
    assert.equal(items[0].content, 'message 249');
    const sent = await requests(LIST);
    assert.equal(sent.length, 5);
    const bodies = sent.map((r) => JSON.parse(r.body));
    assert.equal(bodies[0].after_id, undefined);
    for (let i = 1; i < 5; i++) {
      // after_id is the last id of the page before: the 50th newest, the 100th, ...
      assert.equal(bodies[i].after_id, created[250 - 50 * i]);
      assert.equal(bodies[i].limit, 50);
    }
  });

  test('asc: oldest first, every message once, 5 requests', async () => {
    const requests = await logFrom();
    const items = await collect(
      coze.conversations.messages.listPages({ conversation_id: conversationId, limit: 50, order: 'asc' }),
    );
    assert.deepEqual(
      items.map((m) => m.id),
      created,
    );
    const sent = await requests(LIST);
    assert.equal(sent.length, 5);
    assert.ok(sent.every((r) => JSON.parse(r.body).order === 'asc'));
    assert.deepEqual(
      sent.slice(1).map((r) => JSON.parse(r.body).after_id),
      [created[49], created[99], created[149], created[199]],
    );
  });

  test('pages(): each page with its items, has_more, log id and typed result', async () => {
    const requests = await logFrom();
    const pages = await collect(
      coze.conversations.messages.listPages({ conversation_id: conversationId, limit: 50, order: 'asc' }).pages(),
    );
    assert.equal(pages.length, 5);
    pages.forEach((page, i) => {
      assert.ok(page instanceof Page);
      assert.ok(page.data instanceof ListMessagesResult);
      assert.deepEqual(
        page.items.map((m) => m.id),
        created.slice(50 * i, 50 * i + 50),
      );
      assert.equal(page.hasMore, i < 4);
      assert.equal(page.total, undefined); // the message list has no total
      assert.equal(page.data.first_id, created[50 * i]);
      assert.equal(page.data.last_id, created[50 * i + 49]);
      assert.match(page.logid, /FAKE\d+$/);
      assert.deepEqual(page.toJSON().items.length, 50);
    });
    assert.equal(new Set(pages.map((p) => p.logid)).size, 5);
    assert.equal((await requests(LIST)).length, 5);
  });

  test('backwards from a before_id: before_id follows each page first_id', async () => {
    const requests = await logFrom();
    const pages = await collect(
      coze.conversations.messages
        .listPages({ conversation_id: conversationId, limit: 50, order: 'asc', before_id: created[200] })
        .pages(),
    );
    assert.deepEqual(
      pages.map((p) => p.items.map((m) => m.id)),
      [created.slice(150, 200), created.slice(100, 150), created.slice(50, 100), created.slice(0, 50)],
    );
    const sent = (await requests(LIST)).map((r) => JSON.parse(r.body));
    assert.deepEqual(
      sent.map((b) => [b.before_id, b.after_id]),
      [
        [created[200], undefined],
        [created[150], undefined],
        [created[100], undefined],
        [created[50], undefined],
      ],
    );
  });

  test('leaving the loop early sends no further request and frees the call', async () => {
    const live = liveHandles().calls;
    const requests = await logFrom();
    const pager = coze.conversations.messages.listPages({ conversation_id: conversationId, limit: 50 });
    let n = 0;
    for await (const m of pager) {
      assert.equal(m.id, created[249 - n]);
      if (++n === 10) break;
    }
    assert.equal(liveHandles().calls, live);
    // A second loop over the same pager is a run of its own; leave it on the second page.
    n = 0;
    for await (const page of pager.pages()) {
      if (++n === 2) break;
    }
    assert.equal(liveHandles().calls, live);
    const sent = await requests(LIST);
    assert.equal(sent.length, 3); // page 1; then pages 1 and 2
    assert.equal(JSON.parse(sent[2].body).after_id, created[200]);
  });

  test('an AbortSignal cancels the pages between two pages', async () => {
    const live = liveHandles().calls;
    const requests = await logFrom();
    const controller = new AbortController();
    const seen = [];
    await assert.rejects(
      (async () => {
        for await (const m of coze.conversations.messages.listPages(
          { conversation_id: conversationId, limit: 50 },
          { signal: controller.signal },
        )) {
          seen.push(m.id);
          if (seen.length === 50) controller.abort();
        }
      })(),
      (err) => err.kind === 'cancelled',
    );
    assert.equal(seen.length, 50);
    assert.equal(liveHandles().calls, live);
    assert.equal((await requests(LIST)).length, 1);
  });

  test('a pager takes no idempotency_key: each page request has its own', async () => {
    const requests = await logFrom();
    await assert.rejects(
      collect(coze.conversations.messages.listPages({ conversation_id: conversationId }, { idempotency_key: 'k1' })),
      (err) => err.kind === 'invalid_argument' && /idempotency_key/.test(err.message),
    );
    assert.equal((await requests(LIST)).length, 0);
    await collect(coze.conversations.messages.listPages({ conversation_id: conversationId, limit: 50 }));
    const keys = (await requests(LIST)).map((r) => r.headers['idempotency-key']);
    assert.equal(keys.length, 5);
    assert.ok(
      keys.every((k) => /^[0-9A-Z]{26}$/.test(k)),
      keys.join(' '),
    );
    assert.equal(new Set(keys).size, 5, keys.join(' '));
  });

  test('a list operation parameter is checked: the pager refuses unknown names', async () => {
    await assert.rejects(
      collect(coze.conversations.messages.listPages({ conversation_id: conversationId, page_num: 2 })),
      (err) => err.kind === 'invalid_argument' && /page_num/.test(err.message),
    );
    await assert.rejects(
      collect(coze.conversations.messages.listPages({})),
      (err) => err.kind === 'invalid_argument' && /conversation_id/.test(err.message),
    );
  });
});

describe('conversations.list pages (page_num)', () => {
  const botId = '7300000000000009001';
  const ids = [];

  before(async () => {
    for (let i = 0; i < 7; i++) ids.push((await coze.conversations.create({ bot_id: botId })).id);
  });

  test('newest first, 3 a page: pages 1, 2, 3 and then has_more false', async () => {
    const requests = await logFrom();
    const pages = await collect(coze.conversations.listPages({ bot_id: botId, page_size: 3 }).pages());
    assert.deepEqual(
      pages.map((p) => p.items.map((c) => c.id)),
      [ids.slice(4, 7).reverse(), ids.slice(1, 4).reverse(), ids.slice(0, 1)],
    );
    assert.deepEqual(
      pages.map((p) => p.hasMore),
      [true, true, false],
    );
    const sent = await requests('/v1/conversations');
    assert.deepEqual(
      sent.map((r) => r.query.page_num),
      ['1', '2', '3'],
    );
  });

  test('items from a later page_num, oldest first', async () => {
    const items = await collect(
      coze.conversations.listPages({ bot_id: botId, page_size: 2, page_num: 2, sort_order: 'ASC' }),
    );
    assert.deepEqual(
      items.map((c) => c.id),
      ids.slice(2),
    );
  });

  test('an error on page 3 is thrown typed, after the items of pages 1 and 2', async () => {
    const live = liveHandles().calls;
    await server.control('POST', '/_fake/faults', [
      { drip_ms: 0 },
      { drip_ms: 0 },
      { status: 403, body: { code: 4101, msg: 'no permission for this bot' } },
    ]);
    const seen = [];
    await assert.rejects(
      (async () => {
        for await (const c of coze.conversations.listPages({ bot_id: botId, page_size: 2 })) seen.push(c.id);
      })(),
      (err) => err instanceof PermissionDeniedError && err.code === 4101,
    );
    assert.deepEqual(seen, [...ids].reverse().slice(0, 4));
    assert.equal(liveHandles().calls, live);
  });
});

describe('chat.createAndPoll', () => {
  const params = (bot_id, content, extra = {}) => ({
    bot_id,
    user_id: 'u-1',
    additional_messages: [{ role: 'user', content, content_type: 'text' }],
    ...extra,
  });

  test('polls an ordinary chat to completion and lists its messages', async () => {
    const requests = await logFrom();
    const { chat, messages } = await coze.chat.createAndPoll(params('bot-1', 'poll me', { poll_interval_ms: 20 }));
    assert.equal(chat.status, 'completed');
    assert.equal(typeof chat.id, 'string');
    assert.ok(messages.length >= 1);
    assert.ok(messages.every((m) => m instanceof Message));
    assert.equal(messages.at(-1).content, 'Echo: poll me');
    assert.equal(messages.at(-1).chat_id, chat.id);
    const sent = (await requests()).map((r) => r.path);
    assert.deepEqual(sent, ['/v3/chat', '/v3/chat/retrieve', '/v3/chat/message/list']);
    const body = JSON.parse((await requests('/v3/chat'))[0].body);
    assert.equal(body.poll_interval_ms, undefined);
    assert.notEqual(body.stream, true);
  });

  test('a chat still running at the deadline is cancelled and the call fails with timeout', async () => {
    const live = liveHandles().calls;
    const requests = await logFrom();
    const err = await coze.chat
      .createAndPoll(params('slow', 'take your time', { poll_interval_ms: 50 }), { timeout: 400 })
      .then(
        () => assert.fail('expected a timeout'),
        (e) => e,
      );
    assert.ok(err instanceof TimeoutError, `got ${err}`);
    const log = await requests();
    const retrieves = log.filter((r) => r.path === '/v3/chat/retrieve');
    assert.ok(retrieves.length >= 1, `${retrieves.length} polls`);
    const cancels = log.filter((r) => r.path === '/v3/chat/cancel');
    assert.equal(cancels.length, 1);
    const chatId = retrieves[0].query.chat_id;
    assert.equal(JSON.parse(cancels[0].body).chat_id, chatId);
    assert.equal(log.filter((r) => r.path === '/v3/chat/message/list').length, 0);
    // The fake agrees: the chat was cancelled.
    const after = await coze.chat.retrieve({ conversation_id: retrieves[0].query.conversation_id, chat_id: chatId });
    assert.equal(after.status, 'canceled');
    assert.equal(liveHandles().calls, live);
  });

  test('an AbortSignal cancels the polling', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    await assert.rejects(
      coze.chat.createAndPoll(params('slow', 'wait', { poll_interval_ms: 30 }), { signal: controller.signal }),
      (err) => err.kind === 'cancelled',
    );
  });

  test('parameters are checked like chat.create plus poll_interval_ms (by the core)', async () => {
    const requests = await logFrom();
    for (const bad of [0, -5, 'fast', Number.NaN, Infinity]) {
      await assert.rejects(
        coze.chat.createAndPoll(params('bot-1', 'x', { poll_interval_ms: bad })),
        (err) => err.kind === 'invalid_argument' && /poll_interval_ms/.test(err.message),
        String(bad),
      );
    }
    assert.deepEqual(await requests(), [], 'nothing sent');
    // A fraction of a millisecond is rounded up (the core takes whole ms).
    const { chat } = await coze.chat.createAndPoll(params('bot-1', 'x', { poll_interval_ms: 0.25 }));
    assert.equal(chat.status, 'completed');
    await assert.rejects(
      coze.chat.createAndPoll({ ...params('bot-1', 'x'), botId: 'b' }),
      (err) => err.kind === 'invalid_argument' && /botId/.test(err.message),
    );
    await assert.rejects(
      coze.chat.createAndPoll({ user_id: 'u' }),
      (err) => err.kind === 'invalid_argument' && /bot_id/.test(err.message),
    );
  });
});

describe('pagers over a scripted fetch', () => {
  const botsPage = (ids, total) =>
    jsonResponse(
      200,
      { code: 0, msg: '', data: { items: ids.map((id) => ({ bot_id: id })), total } },
      { 'x-tt-logid': `log-${ids[0] ?? 'empty'}` },
    );

  test('total ends the pages; each page knows its total and log id; bots.listPages asks page_num 1, 2', async () => {
    const fetch = scriptedFetch([botsPage(['1', '2'], 3), botsPage(['3'], 3)]);
    const coze = new Coze({ token: 'pat_x', fetch, maxRetries: 0 });
    const pages = await collect(coze.bots.listPages({ workspace_id: '9', page_size: 2 }).pages());
    assert.deepEqual(
      pages.map((p) => [p.items.map((b) => b.id), p.total, p.hasMore, p.logid]),
      [
        [['1', '2'], 3, undefined, 'log-1'],
        [['3'], 3, undefined, 'log-3'],
      ],
    );
    assert.ok(pages[0].data instanceof ListBotsResult);
    assert.deepEqual(pages[1].toJSON(), { items: [{ id: '3' }], logid: 'log-3', total: 3 });
    assert.deepEqual(
      fetch.calls.map((c) => new URL(c.url).searchParams.get('page_num')),
      ['1', '2'],
    );
    coze.close();
  });

  test('bots.listPages with a space_id pages the v1 variant by page_index', async () => {
    const v1 = (id) =>
      jsonResponse(200, { code: 0, msg: '', data: { space_bots: [{ bot_id: id, bot_name: `bot ${id}` }], total: 2 } });
    const fetch = scriptedFetch([v1('1'), v1('2')]);
    const coze = new Coze({ token: 'pat_x', fetch, maxRetries: 0 });
    const bots = await collect(coze.bots.listPages({ space_id: '7', page_size: 1 }));
    assert.deepEqual(
      bots.map((b) => [b.id, b.name]),
      [
        ['1', 'bot 1'],
        ['2', 'bot 2'],
      ],
    );
    const urls = fetch.calls.map((c) => new URL(c.url));
    assert.deepEqual(
      urls.map((u) => [u.pathname, u.searchParams.get('page_index'), u.searchParams.get('page_num')]),
      [
        ['/v1/space/published_bots_list', '1', null],
        ['/v1/space/published_bots_list', '2', null],
      ],
    );
    coze.close();
  });

  test('a pager is re-iterable: each loop is a run from the first page', async () => {
    const fetch = scriptedFetch([botsPage(['1'], 1), botsPage(['1'], 1)]);
    const coze = new Coze({ token: 'pat_x', fetch, maxRetries: 0 });
    const pager = coze.bots.listPages({ workspace_id: '9' });
    assert.deepEqual(
      (await collect(pager)).map((b) => b.id),
      ['1'],
    );
    assert.deepEqual(
      (await collect(pager)).map((b) => b.id),
      ['1'],
    );
    assert.equal(fetch.calls.length, 2);
    coze.close();
  });

  test('an empty first page gives no item and one page', async () => {
    const fetch = scriptedFetch([botsPage([], 0), botsPage([], 0)]);
    const coze = new Coze({ token: 'pat_x', fetch, maxRetries: 0 });
    assert.deepEqual(await collect(coze.bots.listPages({})), []);
    const pages = await collect(coze.bots.listPages({}).pages());
    assert.deepEqual(
      pages.map((p) => p.items.length),
      [0],
    );
    coze.close();
  });

  test('a cursor handed back twice is an ApiError after the items before it', async () => {
    const page = (ids, last) =>
      jsonResponse(200, {
        code: 0,
        msg: '',
        data: ids.map((id) => ({ id })),
        first_id: ids[0],
        last_id: last,
        has_more: true,
      });
    const fetch = scriptedFetch([page(['a', 'b'], 'b'), page(['c', 'd'], 'd'), page(['e'], 'b')]);
    const coze = new Coze({ token: 'pat_x', fetch, maxRetries: 0 });
    const seen = [];
    await assert.rejects(
      (async () => {
        for await (const m of coze.conversations.messages.listPages({ conversation_id: '1', limit: 2 }))
          seen.push(m.id);
      })(),
      (err) => err instanceof ApiError && /twice/.test(err.message),
    );
    assert.deepEqual(seen, ['a', 'b', 'c', 'd', 'e']);
    assert.equal(fetch.calls.length, 3);
    coze.close();
  });
});
