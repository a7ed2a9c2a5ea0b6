// The generated resources end to end: one test per operation group through
// the real fetch driver against tests/fake_coze/server.py, reading typed
// fields from the answers; then what every method shares: parameter names
// checked, extra_query / extra_body / extra_headers sent, path values encoded.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  BadRequestError,
  Bot,
  Chat,
  Conversation,
  Coze,
  File,
  InvalidArgumentError,
  ListMessagesResult,
  Message,
  User,
  init,
  liveHandles,
} from 'cozecore';
import { startFakeServer } from './helpers.mjs';

const TOKEN = 'pat_js_api_token';
const USER = '7300000000000000010';
const WORKSPACE = '7300000000000000001';
const ECHO_BOT = '7300000000000000101';
const ECHO_WORKFLOW = '7300000000000000201';
const ALLOY = '7300000000000000301';
const TEMPLATE = '7300000000000000401';
const ID = /^\d+$/;

let server;
let coze;

before(async () => {
  server = await startFakeServer();
  await init();
  coze = new Coze({ token: TOKEN, baseURL: server.baseURL, maxRetries: 0 });
});

after(async () => {
  if (coze) coze.close();
  if (server) await server.stop();
});

beforeEach(async () => {
  await server.control('POST', '/_fake/reset', {});
});

const requests = () => server.control('GET', '/_fake/requests');
const lastRequest = async () => (await requests()).at(-1);
const userSays = (content) => [{ role: 'user', content, content_type: 'text' }];

describe('operation groups', () => {
  test('chat: create, retrieve, messages.list, cancel', async () => {
    const chat = await coze.chat.create({ bot_id: 'bot-1', user_id: 'u1', additional_messages: userSays('hi there') });
    assert.ok(chat instanceof Chat);
    assert.match(chat.id, ID);
    assert.equal(chat.status, 'in_progress');
    const done = await coze.chat.retrieve({ conversation_id: chat.conversation_id, chat_id: chat.id });
    assert.equal(done.status, 'completed');
    assert.equal(typeof done.usage.token_count, 'number');
    const messages = await coze.chat.messages.list({ conversation_id: chat.conversation_id, chat_id: chat.id });
    assert.ok(Array.isArray(messages) && messages.every((m) => m instanceof Message));
    assert.equal(messages.at(-1).content, 'Echo: hi there');
    assert.equal(messages.at(-1).role, 'assistant');
    const log = await requests();
    assert.deepEqual(
      log.map((r) => [r.method, r.path]),
      [
        ['POST', '/v3/chat'],
        ['GET', '/v3/chat/retrieve'],
        ['GET', '/v3/chat/message/list'],
      ],
    );
    assert.deepEqual(log[1].query, { conversation_id: chat.conversation_id, chat_id: chat.id });

    const slow = await coze.chat.create({ bot_id: 'slow', user_id: 'u1', additional_messages: userSays('wait') });
    const cancelled = await coze.chat.cancel({ conversation_id: slow.conversation_id, chat_id: slow.id });
    assert.equal(cancelled.id, slow.id);
    assert.equal(cancelled.status, 'canceled');
    await assert.rejects(
      coze.chat.cancel({ conversation_id: slow.conversation_id, chat_id: slow.id }),
      (err) => err.code === 4104,
    );
  });

  test('conversations: create, retrieve, list, update, clear, delete', async () => {
    const made = await coze.conversations.create({
      bot_id: ECHO_BOT,
      messages: userSays('first words'),
      meta_data: { k: 'v' },
    });
    assert.ok(made instanceof Conversation);
    assert.match(made.id, ID);
    assert.equal(made.name, 'first words');
    assert.deepEqual(made.meta_data, { k: 'v' });
    assert.equal(made.last_section_id, made.id);
    const got = await coze.conversations.retrieve({ conversation_id: made.id });
    assert.equal(got.id, made.id);
    const page = await coze.conversations.list({ bot_id: ECHO_BOT, page_size: 10 });
    assert.deepEqual(
      page.conversations.map((c) => c.id),
      [made.id],
    );
    assert.equal(page.has_more, false);
    const renamed = await coze.conversations.update({ conversation_id: made.id, name: 'renamed' });
    assert.equal(renamed.name, 'renamed');
    const section = await coze.conversations.clear({ conversation_id: made.id });
    assert.equal(section.conversation_id, made.id);
    assert.notEqual(section.id, made.id);
    assert.equal(await coze.conversations.delete({ conversation_id: made.id }), null);
    await assert.rejects(coze.conversations.retrieve({ conversation_id: made.id }), (err) => err.code === 4001);
    const log = await requests();
    assert.deepEqual(
      log.slice(3).map((r) => [r.method, r.path]),
      [
        ['PUT', `/v1/conversations/${made.id}`],
        ['POST', `/v1/conversations/${made.id}/clear`],
        ['DELETE', `/v1/conversations/${made.id}`],
        ['GET', '/v1/conversation/retrieve'],
      ],
    );
  });

  test('conversations.messages: create, retrieve, update, list, feedback, delete', async () => {
    const conversation = await coze.conversations.create({});
    const conversation_id = conversation.id;
    const question = await coze.conversations.messages.create({
      conversation_id,
      role: 'user',
      content: 'What is 2 + 2?',
      content_type: 'text',
    });
    assert.ok(question instanceof Message);
    assert.equal(question.type, 'question');
    const answer = await coze.conversations.messages.create({
      conversation_id,
      role: 'assistant',
      content: '4',
      content_type: 'text',
    });
    const again = await coze.conversations.messages.retrieve({ conversation_id, message_id: answer.id });
    assert.equal(again.content, '4');
    const edited = await coze.conversations.messages.update({
      conversation_id,
      message_id: answer.id,
      content: 'four',
    });
    assert.equal(edited.content, 'four');
    const page = await coze.conversations.messages.list({ conversation_id, order: 'asc', limit: 1 });
    assert.ok(page instanceof ListMessagesResult);
    assert.deepEqual(
      page.data.map((m) => m.id),
      [question.id],
    );
    assert.equal(page.has_more, true);
    assert.equal(page.last_id, question.id);
    const next = await coze.conversations.messages.list({ conversation_id, order: 'asc', after_id: page.last_id });
    assert.deepEqual(
      next.data.map((m) => m.content),
      ['four'],
    );
    assert.equal(
      await coze.conversations.messages.feedback.create({
        conversation_id,
        message_id: answer.id,
        feedback_type: 'like',
        comment: 'right',
      }),
      null,
    );
    assert.equal(await coze.conversations.messages.feedback.delete({ conversation_id, message_id: answer.id }), null);
    await assert.rejects(
      coze.conversations.messages.feedback.delete({ conversation_id, message_id: answer.id }),
      (err) => err.code === 4200,
    );
    const removed = await coze.conversations.messages.delete({ conversation_id, message_id: question.id });
    assert.equal(removed.id, question.id);
    const log = await requests();
    const feedback = log.find((r) => r.path.endsWith('/feedback'));
    assert.equal(feedback.path, `/v1/conversations/${conversation_id}/messages/${answer.id}/feedback`);
    assert.deepEqual(JSON.parse(feedback.body), { feedback_type: 'like', comment: 'right' });
  });

  test('workflows: runs.create, list, retrieve, runs.histories', async () => {
    const run = await coze.workflows.runs.create({ workflow_id: ECHO_WORKFLOW, parameters: { input: 'hello' } });
    assert.deepEqual(run.data, { output: 'Echo: hello' });
    assert.match(run.execute_id, ID);
    const list = await coze.workflows.list({ workspace_id: WORKSPACE, workflow_mode: 'workflow' });
    assert.ok(list.items.some((w) => w.workflow_id === ECHO_WORKFLOW && w.workflow_name === 'echo'));
    const info = await coze.workflows.retrieve({ workflow_id: ECHO_WORKFLOW, include_input_output: true });
    assert.equal(info.workflow_detail.workflow_id, ECHO_WORKFLOW);
    assert.equal(info.workflow_detail.creator.id, USER);
    assert.ok(info.input.parameters.input);
    const [history] = await coze.workflows.runs.histories.retrieve({
      workflow_id: ECHO_WORKFLOW,
      execute_id: run.execute_id,
    });
    assert.equal(history.execute_id, run.execute_id);
    assert.equal(history.execute_status, 'Success');
    assert.deepEqual(JSON.parse(history.output), { output: 'Echo: hello' });
    const end = history.node_execute_status['900001'];
    assert.equal(end.node_id, '900001');
    const node = await coze.workflows.runs.histories.executeNodes.retrieve({
      workflow_id: ECHO_WORKFLOW,
      execute_id: run.execute_id,
      node_execute_uuid: end.node_execute_uuid,
    });
    assert.equal(node.is_finish, true);
  });

  test('bots: create, update, publish, retrieve and list, v2 and v1', async () => {
    const { bot_id } = await coze.bots.create({
      space_id: WORKSPACE,
      name: 'Helper',
      prompt_info: { prompt: 'Be brief.' },
    });
    assert.match(bot_id, ID);
    assert.equal(await coze.bots.update({ bot_id, description: 'A brief helper' }), null);
    const draft = await coze.bots.retrieve({ bot_id });
    assert.ok(draft instanceof Bot);
    assert.equal(draft.name, 'Helper');
    assert.equal(draft.description, 'A brief helper');
    assert.equal(draft.prompt_info.prompt, 'Be brief.');
    const published = await coze.bots.publish({ bot_id, connector_ids: ['1024'] });
    assert.equal(published.version, '1');
    const v1 = await coze.bots.retrieve({ bot_id, use_api_version: 1 });
    assert.equal(v1.bot_id, bot_id);
    const v2list = await coze.bots.list({ workspace_id: WORKSPACE });
    assert.ok(v2list.items.some((b) => b.id === bot_id && b.name === 'Helper' && b.is_published === true));
    const v1list = await coze.bots.list({ space_id: WORKSPACE });
    assert.ok(v1list.items.some((b) => b.id === bot_id && b.name === 'Helper'));
    const log = await requests();
    assert.deepEqual(
      log.slice(2).map((r) => r.path),
      [`/v1/bots/${bot_id}`, '/v1/bot/publish', '/v1/bot/get_online_info', '/v1/bots', '/v1/space/published_bots_list'],
    );
    assert.equal(log.at(-3).query.use_api_version, undefined, 'use_api_version is consumed');
  });

  test('files: upload bytes with a name, then retrieve', async () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => i % 256);
    const file = await coze.files.upload({
      file: { data: bytes, filename: 'notes 📝.bin', contentType: 'application/x-test' },
    });
    assert.ok(file instanceof File);
    assert.equal(file.bytes, 300);
    assert.equal(file.file_name, 'notes 📝.bin');
    const again = await coze.files.retrieve({ file_id: file.id });
    assert.equal(again.id, file.id);
    const blob = await coze.files.upload({ file: new Blob(['hello'], { type: 'text/plain' }) });
    assert.equal(blob.bytes, 5);
    assert.equal(blob.file_name, 'file');
    const upload = (await requests())[0];
    assert.match(upload.headers['content-type'], /^multipart\/form-data; boundary=/);
  });

  test('datasets: create, list, update, process, delete', async () => {
    const { dataset_id } = await coze.datasets.create({ name: 'Docs', space_id: WORKSPACE, format_type: 0 });
    assert.match(dataset_id, ID);
    assert.equal(await coze.datasets.update({ dataset_id, name: 'Docs 2', description: 'all docs' }), null);
    const list = await coze.datasets.list({ space_id: WORKSPACE, name: 'Docs' });
    assert.equal(list.total_count, 1);
    assert.equal(list.dataset_list[0].name, 'Docs 2');
    assert.equal(list.dataset_list[0].can_edit, true);
    const [doc] = await coze.datasets.documents.create({
      dataset_id,
      document_bases: [
        {
          name: 'a.txt',
          source_info: { file_base64: Buffer.from('x'.repeat(900)).toString('base64'), file_type: 'txt' },
        },
      ],
    });
    const progress = await coze.datasets.process({ dataset_id, document_ids: [doc.document_id] });
    assert.deepEqual(
      progress.map((p) => [p.document_id, p.progress]),
      [[doc.document_id, 100]],
    );
    assert.equal(await coze.datasets.delete({ dataset_id }), null);
    assert.equal((await coze.datasets.list({ space_id: WORKSPACE })).total_count, 0);
  });

  test('datasets.documents: create, list, update, delete (with Agw-Js-Conv)', async () => {
    const { dataset_id } = await coze.datasets.create({ name: 'Texts', space_id: WORKSPACE, format_type: 0 });
    const docs = await coze.datasets.documents.create({
      dataset_id,
      document_bases: [
        { name: 'one.txt', source_info: { file_base64: Buffer.from('one').toString('base64'), file_type: 'txt' } },
        { name: 'site', source_info: { web_url: 'https://example.com/' } },
      ],
      chunk_strategy: { chunk_type: 0 },
    });
    assert.deepEqual(
      docs.map((d) => [d.name, d.type]),
      [
        ['one.txt', 'txt'],
        ['site', 'html'],
      ],
    );
    assert.equal(docs[0].char_count, 3);
    const page = await coze.datasets.documents.list({ dataset_id, page: 1, size: 10 });
    assert.equal(page.total, 2);
    assert.deepEqual(
      page.document_infos.map((d) => d.document_id),
      docs.map((d) => d.document_id),
    );
    assert.equal(
      await coze.datasets.documents.update({ document_id: docs[0].document_id, document_name: 'uno.txt' }),
      null,
    );
    assert.equal(await coze.datasets.documents.delete({ document_ids: [docs[1].document_id] }), null);
    const after = await coze.datasets.documents.list({ dataset_id });
    assert.deepEqual(
      after.document_infos.map((d) => d.name),
      ['uno.txt'],
    );
    const log = await requests();
    const knowledge = log.filter((r) => r.path.startsWith('/open_api/knowledge/document/'));
    assert.equal(knowledge.length, 5);
    for (const r of knowledge) assert.equal(r.headers['agw-js-conv'], 'str', r.path);
  });

  test('datasets.images: list and update captions', async () => {
    const { dataset_id } = await coze.datasets.create({ name: 'Pictures', space_id: WORKSPACE, format_type: 2 });
    const png = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64');
    const [photo] = await coze.datasets.documents.create({
      dataset_id,
      document_bases: [{ name: 'cat.png', source_info: { file_base64: png, file_type: 'png' } }],
      format_type: 2,
    });
    assert.equal(
      await coze.datasets.images.update({ dataset_id, document_id: photo.document_id, caption: 'a sleeping cat' }),
      null,
    );
    const found = await coze.datasets.images.list({ dataset_id, keyword: 'cat' });
    assert.equal(found.total_count, 1);
    assert.equal(found.photo_infos[0].caption, 'a sleeping cat');
    assert.equal(found.photo_infos[0].document_id, photo.document_id);
    assert.equal((await coze.datasets.images.list({ dataset_id, keyword: 'dog' })).total_count, 0);
  });

  test('audio: speech (binary), transcriptions, voices, rooms', async () => {
    const speech = await coze.audio.speech.create({ input: 'Hello 世界', voice_id: ALLOY });
    assert.equal(speech.contentType, 'audio/mpeg');
    assert.ok(speech.data instanceof Uint8Array);
    assert.equal(Buffer.from(speech.data.subarray(0, 3)).toString('latin1'), 'ID3');
    assert.equal(Buffer.from(speech.data.subarray(10)).toString('utf8'), 'Hello 世界');
    assert.match(speech.logid, /FAKE/);
    const text = await coze.audio.transcriptions.create({ file: { data: speech.data, filename: 'hello.mp3' } });
    assert.equal(text.text, 'Hello 世界');
    const voices = await coze.audio.voices.list({ page_size: 10 });
    assert.ok(voices.voice_list.some((v) => v.voice_id === ALLOY && v.is_system_voice === true));
    const cloned = await coze.audio.voices.clone({
      voice_name: 'Mine',
      audio_format: 'mp3',
      file: { data: speech.data, filename: 'sample.mp3', contentType: 'audio/mpeg' },
    });
    assert.match(cloned.voice_id, ID);
    const room = await coze.audio.rooms.create({ bot_id: ECHO_BOT, voice_id: ALLOY, uid: 'u-7' });
    assert.equal(room.uid, 'u-7');
    assert.ok(room.room_id && room.token);
  });

  test('workspaces, variables, templates, users.me', async () => {
    const spaces = await coze.workspaces.list({ page_size: 10 });
    assert.equal(spaces.total_count, 2);
    assert.deepEqual(
      spaces.workspaces.map((w) => w.id),
      [WORKSPACE, '7300000000000000002'],
    );
    assert.equal(
      await coze.variables.update({
        bot_id: ECHO_BOT,
        connector_uid: 'u1',
        data: [
          { keyword: 'city', value: 'Paris' },
          { keyword: 'mood', value: 'sunny' },
        ],
      }),
      null,
    );
    const vars = await coze.variables.retrieve({ bot_id: ECHO_BOT, connector_uid: 'u1', keywords: 'city' });
    assert.deepEqual(
      vars.items.map((v) => [v.keyword, v.value]),
      [['city', 'Paris']],
    );
    const copy = await coze.templates.duplicate({ template_id: TEMPLATE, workspace_id: WORKSPACE, name: 'My helper' });
    assert.equal(copy.entity_type, 'agent');
    assert.match(copy.entity_id, ID);
    const me = await coze.users.me();
    assert.ok(me instanceof User);
    assert.equal(me.user_id, USER);
    assert.equal(me.user_name, 'fake_user');
  });
});

describe('every method', () => {
  test('an unknown or missing parameter is an InvalidArgumentError, before anything is sent', async () => {
    await assert.rejects(
      coze.conversations.retrieve({ conversation_id: '1', conversationId: '1' }),
      (err) => err instanceof InvalidArgumentError && /unknown parameter conversationId/.test(err.message),
    );
    await assert.rejects(
      coze.chat.retrieve({ conversation_id: '1' }),
      (err) => err instanceof InvalidArgumentError && /missing parameter chat_id/.test(err.message),
    );
    await assert.rejects(
      (async () => {
        for await (const ev of coze.chat.stream({ bot_id: 'b', user_id: 'u', stream: true })) void ev;
      })(),
      (err) => err instanceof InvalidArgumentError && /unknown parameter stream/.test(err.message),
    );
    await assert.rejects(coze.users.me({}, { timeot: 5 }), /unknown option timeot/);
    assert.deepEqual(await requests(), []);
    // The generic entry passes a name the description lacks through (into the query of a GET).
    const me = await coze.request('users.me', { x: 1 });
    assert.equal(me.user_name, 'fake_user');
  });

  test('extra_query, extra_body and extra_headers go out', async () => {
    await coze.conversations.messages.create(
      { conversation_id: (await coze.conversations.create({})).id, role: 'user', content: 'hi', content_type: 'text' },
      {
        extra_query: { trace: 'q1', n: 2 },
        extra_body: { extra_field: { a: [1] } },
        extra_headers: { 'X-Extra': 'h1' },
      },
    );
    const sent = await lastRequest();
    assert.equal(sent.query.trace, 'q1');
    assert.equal(sent.query.n, '2');
    assert.ok(sent.query.conversation_id);
    const body = JSON.parse(sent.body);
    assert.deepEqual(body.extra_field, { a: [1] });
    assert.equal(body.content, 'hi');
    assert.equal(body.extra_field && sent.query.extra_field, undefined);
    assert.equal(sent.headers['x-extra'], 'h1');
    // The camelCase spellings do the same.
    await coze.users.me(undefined, { extraQuery: { k: 'v' }, extraHeaders: [['X-Other', 'h2']] });
    const me = await lastRequest();
    assert.equal(me.query.k, 'v');
    assert.equal(me.headers['x-other'], 'h2');
  });

  test('path values are URL-encoded', async () => {
    // The fake server takes numeric workflow ids only: this one is a bad request.
    await assert.rejects(coze.workflows.retrieve({ workflow_id: 'a/b c?d#é' }), BadRequestError);
    const sent = await lastRequest();
    assert.equal(sent.method, 'GET');
    assert.equal(sent.path, '/v1/workflows/a%2Fb%20c%3Fd%23%C3%A9');
    assert.deepEqual(sent.query, {});
  });

  test('every core call is released', async () => {
    const before = liveHandles();
    await coze.users.me();
    await coze.workspaces.list().catch(() => {});
    await assert.rejects(coze.chat.retrieve({ conversation_id: '1', chat_id: '2' }));
    assert.deepEqual(liveHandles(), before);
  });
});
