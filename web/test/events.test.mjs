// Typed views of models and stream events: the generated classes over the
// core's records on real payloads, then end to end through the client
// against tests/fake_coze/server.py.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  ApiError,
  BadRequestError,
  Chat,
  ChatEvent,
  Coze,
  DecodeError,
  Message,
  Model,
  NotFoundError,
  StreamError,
  StreamEvent,
  WorkflowEvent,
  WorkflowInterruptEvent,
  WorkflowMessageEvent,
  decodeEvent,
  decodeResponse,
  init,
  models,
} from 'cozecore';
import { startFakeServer } from './helpers.mjs';

before(init);

const REQUIRES_ACTION = {
  id: '7401',
  conversation_id: '7400',
  bot_id: 'b1',
  created_at: 1718000000,
  status: 'requires_action',
  section_id: '7402',
  required_action: {
    type: 'submit_tool_outputs',
    submit_tool_outputs: {
      tool_calls: [
        { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
        { id: 'call_2', type: 'function', function: { name: 'get_time', arguments: '{"tz":"Europe/Paris"}' } },
      ],
    },
  },
  usage: { token_count: 12, output_count: 5, input_count: 7 },
};
const DELTA = {
  id: 'm1',
  conversation_id: '7400',
  bot_id: 'b1',
  chat_id: '7401',
  role: 'assistant',
  type: 'answer',
  content: 'Hi 👋 你好',
  content_type: 'text',
};
const WORKFLOW_MESSAGE = {
  content: 'Hello',
  content_type: 'text',
  node_title: 'End',
  node_seq_id: '0',
  node_is_finish: true,
  ext: { k: 'v' },
  usage: { token_count: 3, output_count: 2, input_count: 1 },
};
const WORKFLOW_INTERRUPT = {
  interrupt_data: { event_id: 'ev_7', type: 2, data: '{"question":"City?"}' },
  node_title: 'Question',
};
const DEBUG_URL = 'https://www.coze.com/work_flow?execute_id=9';

const chatEvent = (type, payload) =>
  decodeEvent('chat.stream', type, typeof payload === 'string' ? payload : JSON.stringify(payload));
const workflowEvent = (type, payload) => decodeEvent('workflows.runs.stream', type, JSON.stringify(payload));

describe('models', () => {
  test('parse gives a lazy view; toJSON its canonical form', () => {
    const chat = Chat.parse(JSON.stringify(REQUIRES_ACTION));
    assert.ok(chat instanceof Chat && chat instanceof Model);
    assert.equal(chat.id, '7401');
    assert.equal(chat.created_at, 1718000000);
    assert.equal(chat.required_action.submit_tool_outputs.tool_calls[1].function.name, 'get_time');
    assert.deepEqual(chat.usage.toJSON(), REQUIRES_ACTION.usage);
    assert.equal(chat.failed_at, undefined);
    assert.equal(chat.$extra, undefined);
    assert.deepEqual(chat.toJSON(), REQUIRES_ACTION);
    assert.deepEqual(JSON.parse(JSON.stringify(chat)), REQUIRES_ACTION);
    assert.equal(models.Chat, Chat);
  });

  test('values follow the canonical rules; what a field cannot hold stays in $extra', () => {
    const m = Message.parse(
      '{"id":7400000000000000001,"created_at":"17","updated_at":1.5,"content":true,"meta_data":{"a":"1"},"zz":[1,99999999999999999999]}',
    );
    assert.equal(m.id, '7400000000000000001');
    assert.equal(m.created_at, 17);
    assert.equal(m.updated_at, undefined);
    assert.equal(m.content, 'true');
    assert.deepEqual(m.meta_data, { a: '1' });
    assert.deepEqual(m.$extra, { updated_at: 1.5, zz: [1, '99999999999999999999'] });
    assert.deepEqual(m.toJSON(), {
      id: '7400000000000000001',
      created_at: 17,
      content: 'true',
      meta_data: { a: '1' },
      $extra: { updated_at: 1.5, zz: [1, '99999999999999999999'] },
    });
  });

  test('text that is not JSON, or not an object, is a DecodeError', () => {
    assert.throws(() => Chat.parse('[1'), DecodeError);
    assert.throws(() => Chat.parse('[1]'), DecodeError);
  });
});

describe('chat events', () => {
  test('requires_action carries the Chat and its tool calls', () => {
    const ev = chatEvent('conversation.chat.requires_action', REQUIRES_ACTION);
    assert.ok(ev instanceof ChatEvent && ev instanceof StreamEvent);
    assert.equal(ev.type, 'conversation.chat.requires_action');
    assert.ok(ev.code >= 0);
    assert.ok(ev.data instanceof Chat);
    assert.equal(ev.data.status, 'requires_action');
    assert.deepEqual(
      ev.data.required_action.submit_tool_outputs.tool_calls.map((c) => [c.id, c.function.name, c.function.arguments]),
      [
        ['call_1', 'get_weather', '{"city":"Paris"}'],
        ['call_2', 'get_time', '{"tz":"Europe/Paris"}'],
      ],
    );
    assert.equal(ev.content, undefined);
    assert.deepEqual(ev.toJSON(), { type: 'conversation.chat.requires_action', data: REQUIRES_ACTION });
  });

  test('message events carry a Message; content is its text', () => {
    const ev = chatEvent('conversation.message.delta', DELTA);
    assert.ok(ev.data instanceof Message);
    assert.equal(ev.data.chat_id, '7401');
    assert.equal(ev.content, 'Hi 👋 你好');
    assert.equal(ev.data.content, 'Hi 👋 你好');
  });

  test('done: its debug URL, none for "[DONE]"', () => {
    assert.equal(chatEvent('done', { debug_url: DEBUG_URL }).data.debug_url, DEBUG_URL);
    const plain = chatEvent('done', '"[DONE]"');
    assert.equal(plain.type, 'done');
    assert.equal(plain.data?.debug_url, undefined);
  });

  test('an unknown event keeps its raw payload', () => {
    const ev = chatEvent('conversation.thing.new', { a: [1, 'x'], b: null });
    assert.equal(ev.type, 'conversation.thing.new');
    assert.equal(ev.code, -1);
    assert.deepEqual(ev.data, { a: [1, 'x'], b: null });
  });

  test('an error event ends the stream: a StreamError with its code', () => {
    assert.throws(
      () => chatEvent('error', { code: 5000, msg: 'model failed' }),
      (err) => err instanceof StreamError && err.code === 5000,
    );
  });
});

describe('workflow events', () => {
  test('Message, Interrupt, Done and PING', () => {
    const m = workflowEvent('Message', WORKFLOW_MESSAGE);
    assert.ok(m instanceof WorkflowEvent);
    assert.ok(m.data instanceof WorkflowMessageEvent);
    assert.equal(m.content, 'Hello');
    assert.deepEqual(m.data.toJSON(), WORKFLOW_MESSAGE);
    const i = workflowEvent('Interrupt', WORKFLOW_INTERRUPT);
    assert.ok(i.data instanceof WorkflowInterruptEvent);
    assert.equal(i.data.interrupt_data.event_id, 'ev_7');
    assert.equal(i.data.interrupt_data.type, 2);
    assert.equal(workflowEvent('Done', { debug_url: DEBUG_URL }).data.debug_url, DEBUG_URL);
    assert.equal(workflowEvent('PING', {}).type, 'PING');
  });

  test('names match case-insensitively and come in the API spelling', () => {
    for (const [name, type] of [
      ['message', 'Message'],
      ['MESSAGE', 'Message'],
      ['interrupt', 'Interrupt'],
      ['done', 'Done'],
      ['ping', 'PING'],
    ]) {
      assert.equal(workflowEvent(name, WORKFLOW_MESSAGE).type, type, name);
    }
  });

  test('an Error event is a StreamError', () => {
    assert.throws(
      () => workflowEvent('Error', { error_code: 6006, error_message: 'code node timed out' }),
      (err) => err instanceof StreamError && err.code === 6006,
    );
  });
});

describe('decodeResponse', () => {
  test('the result view, or the mapped error', () => {
    const chat = decodeResponse('chat.create', 200, JSON.stringify({ code: 0, msg: '', data: REQUIRES_ACTION }));
    assert.ok(chat instanceof Chat);
    assert.equal(chat.id, '7401');
    const list = decodeResponse('chat.messages.list', 200, JSON.stringify({ code: 0, data: [DELTA, DELTA] }));
    assert.ok(Array.isArray(list) && list.every((m) => m instanceof Message));
    assert.equal(decodeResponse('conversations.delete', 200, '{"code":0,"msg":""}'), null);
    assert.throws(
      () => decodeResponse('chat.create', 200, '{"code":4016,"msg":"busy"}'),
      (err) =>
        err instanceof ApiError && err.code === 4016 && err.rawMessage === 'busy' && err.message.startsWith('busy ('),
    );
  });
});

describe('typed events end to end', () => {
  let server;
  before(async () => {
    server = await startFakeServer();
  });
  after(async () => {
    if (server) await server.stop();
  });
  beforeEach(async () => {
    await server.control('POST', '/_fake/reset', {});
  });

  const DEBUG_URL_PREFIX = 'https://www.coze.com/work_flow?execute_id=';
  const client = () => new Coze({ token: 'pat_e2e_token', baseURL: server.baseURL, maxRetries: 0 });
  const collect = async (iterable) => {
    const out = [];
    for await (const ev of iterable) out.push(ev);
    return out;
  };
  const userSays = (content) => [{ role: 'user', content, content_type: 'text' }];
  const deltaText = (events) =>
    events
      .filter((e) => e.type === 'conversation.message.delta')
      .map((e) => e.content)
      .join('');
  const requests = () => server.control('GET', '/_fake/requests');

  test('requires_action, then submitToolOutputsStream with outputs for both calls', async () => {
    const coze = client();
    const first = await collect(
      coze.chat.stream({ bot_id: 'tools', user_id: 'u1', additional_messages: userSays('weather in Paris?') }),
    );
    assert.ok(first.every((e) => e instanceof ChatEvent));
    assert.deepEqual(
      first.map((e) => e.type),
      [
        'conversation.chat.created',
        'conversation.chat.in_progress',
        'conversation.message.completed',
        'conversation.message.completed',
        'conversation.chat.requires_action',
        'done',
      ],
    );
    assert.deepEqual(
      first.slice(2, 4).map((e) => [e.data.type, JSON.parse(e.content).name]),
      [
        ['function_call', 'get_weather'],
        ['function_call', 'get_time'],
      ],
    );
    const chat = first[4].data;
    assert.equal(chat.status, 'requires_action');
    assert.equal(chat.bot_id, 'tools');
    assert.equal(chat.required_action.type, 'submit_tool_outputs');
    const calls = chat.required_action.submit_tool_outputs.tool_calls;
    assert.deepEqual(
      calls.map((c) => [c.type, c.function.name, c.function.arguments]),
      [
        ['function', 'get_weather', '{"city":"Paris"}'],
        ['function', 'get_time', '{"tz":"Europe/Paris"}'],
      ],
    );
    assert.ok(calls[0].id.startsWith('call_'), calls[0].id);
    assert.notEqual(calls[0].id, calls[1].id);

    // Answer both calls: the chat goes on and answers with the outputs, in the order sent.
    const results = { get_weather: 'sunny', get_time: '12:00' };
    const outputs = calls.map((c) => ({ tool_call_id: c.id, output: results[c.function.name] }));
    const params = { conversation_id: chat.conversation_id, chat_id: chat.id, tool_outputs: outputs };
    const events = await collect(coze.chat.submitToolOutputsStream(params));
    const answer = 'Tool outputs: get_weather -> sunny; get_time -> 12:00';
    assert.equal(deltaText(events), answer);
    assert.equal(events[0].type, 'conversation.chat.in_progress');
    assert.deepEqual(
      events.slice(-3).map((e) => e.type),
      ['conversation.message.completed', 'conversation.chat.completed', 'done'],
    );
    assert.equal(events.at(-3).content, answer);
    const done = events.at(-2).data;
    assert.deepEqual([done.id, done.conversation_id, done.status], [chat.id, chat.conversation_id, 'completed']);
    assert.equal(done.required_action, undefined);

    const log = await requests();
    assert.deepEqual(
      log.map((r) => r.path),
      ['/v3/chat', '/v3/chat/submit_tool_outputs'],
    );
    assert.deepEqual(log[1].query, { conversation_id: chat.conversation_id, chat_id: chat.id });
    const body = JSON.parse(log[1].body);
    assert.equal(body.stream, true);
    assert.deepEqual(body.tool_outputs, outputs);

    // The outputs are taken once: submitting again is a bad request (Coze code 4000).
    await assert.rejects(
      coze.chat.submitToolOutputs(params),
      (err) => err instanceof BadRequestError && err.code === 4000 && err.logid !== '',
    );
    coze.close();
  });

  test('audio deltas carry base64 audio in a Message', async () => {
    const coze = client();
    const events = await collect(
      coze.chat.stream({ bot_id: 'audio', user_id: 'u1', additional_messages: userSays('sing') }),
    );
    const audio = events.filter((e) => e.type === 'conversation.audio.delta');
    assert.equal(audio.length, 4);
    assert.ok(audio.every((e) => e.data instanceof Message && e.data.content_type === 'audio'));
    const bytes = Buffer.concat(audio.map((e) => Buffer.from(e.content, 'base64')));
    assert.deepEqual(
      new Uint8Array(bytes),
      Uint8Array.from({ length: 256 }, (_, i) => i),
    );
    assert.equal(deltaText(events), 'Echo: sing');
    coze.close();
  });

  test('workflows.runs.stream then workflows.runs.resume', async () => {
    const coze = client();
    const events = await collect(
      coze.workflows.runs.stream({ workflow_id: 'interrupt', parameters: { input: 'weather' } }),
    );
    assert.ok(events.every((e) => e instanceof WorkflowEvent));
    // The echo in Message pieces, a PING after the first, and the Interrupt
    // that ends the stream (no Done: the run waits for input).
    const types = events.map((e) => e.type);
    assert.deepEqual(types.slice(0, 2), ['Message', 'PING']);
    assert.equal(types.at(-1), 'Interrupt');
    assert.ok(
      types.slice(2, -1).every((t) => t === 'Message'),
      types.join(),
    );
    const messages = events.filter((e) => e.type === 'Message');
    assert.equal(messages.map((e) => e.content).join(''), 'Echo: weather');
    assert.ok(messages.every((e) => e.data.node_title === 'Message'));
    assert.deepEqual(
      messages.map((e) => e.data.node_is_finish),
      messages.map((_, i) => i === messages.length - 1),
    );
    const interrupt = events.at(-1).data;
    assert.ok(interrupt instanceof WorkflowInterruptEvent);
    assert.equal(interrupt.node_title, 'Question');
    const { event_id, type, data } = interrupt.interrupt_data;
    assert.equal(type, 2);
    assert.ok(event_id);
    assert.deepEqual(JSON.parse(data), { question: 'Which city?' });

    // Resume with what the Interrupt said: the run echoes the answer and ends with Done.
    const resume = { workflow_id: 'interrupt', event_id, resume_data: 'Paris', interrupt_type: type };
    const resumed = await collect(coze.workflows.runs.resume(resume));
    assert.equal(
      resumed
        .filter((e) => e.type === 'Message' && e.data.node_title === 'Message')
        .map((e) => e.content)
        .join(''),
      'Echo: Paris',
    );
    const end = resumed.at(-2).data;
    assert.equal(end.node_title, 'End');
    assert.equal(end.node_is_finish, true);
    assert.deepEqual(JSON.parse(end.content), { output: 'Echo: Paris' });
    assert.deepEqual(end.usage.toJSON(), { token_count: 16, output_count: 11, input_count: 5 });
    const done = resumed.at(-1);
    assert.equal(done.type, 'Done');
    assert.ok(done.data.debug_url.startsWith(DEBUG_URL_PREFIX), done.data.debug_url);
    assert.ok(done.data.debug_url.endsWith('&workflow_id=interrupt'), done.data.debug_url);

    const log = await requests();
    assert.deepEqual(
      log.map((r) => r.path),
      ['/v1/workflow/stream_run', '/v1/workflow/stream_resume'],
    );
    assert.deepEqual(JSON.parse(log[1].body), resume);

    // The run has gone on: the same event cannot be resumed again (Coze code 4200).
    await assert.rejects(
      collect(coze.workflows.runs.resume(resume)),
      (err) => err instanceof NotFoundError && err.code === 4200,
    );
    coze.close();
  });

  test('lower-case workflow events come in the API spelling', async () => {
    const coze = client();
    const events = await collect(coze.workflows.runs.stream({ workflow_id: 'lowercase', parameters: { input: 'hi' } }));
    assert.deepEqual(
      events.map((e) => e.type),
      ['Message', 'PING', 'Message', 'Message', 'Message', 'Done'],
    );
    assert.equal(
      events
        .filter((e) => e.type === 'Message' && e.data.node_title === 'Message')
        .map((e) => e.content)
        .join(''),
      'Echo: hi',
    );
    assert.ok(events.at(-1).data.debug_url.startsWith(DEBUG_URL_PREFIX));
    coze.close();
  });

  test('a workflow Error event is a StreamError', async () => {
    const coze = client();
    const seen = [];
    await assert.rejects(
      (async () => {
        const stream = coze.workflows.runs.stream({ workflow_id: 'error', parameters: { input: 'hello world' } });
        for await (const ev of stream) seen.push(ev.type);
      })(),
      (err) =>
        err instanceof StreamError &&
        err.code === 6006 &&
        err.rawMessage === 'workflow code node timed out' &&
        !err.retryable,
    );
    assert.deepEqual(seen, ['Message', 'PING', 'Message']);

    // Run without streaming, the same failure is the answer's code.
    await assert.rejects(
      coze.workflows.runs.create({ workflow_id: 'error' }),
      (err) =>
        err instanceof ApiError &&
        err.kind === 'api' &&
        err.code === 6006 &&
        err.rawMessage === 'workflow code node timed out' &&
        err.logid !== '',
    );
    coze.close();
  });

  test('workflows.runs.create and workflows.chat.stream', async () => {
    const coze = client();
    const run = await coze.workflows.runs.create({ workflow_id: 'wf_echo', parameters: { input: 'hello' } });
    assert.deepEqual(run.data, { output: 'Echo: hello' });
    assert.ok(run.execute_id);
    assert.equal(run.debug_url, `${DEBUG_URL_PREFIX}${run.execute_id}&workflow_id=wf_echo`);
    assert.deepEqual(run.usage.toJSON(), { token_count: 16, output_count: 11, input_count: 5 });

    const events = await collect(
      coze.workflows.chat.stream({ workflow_id: 'wf_echo', bot_id: 'b1', additional_messages: userSays('hi') }),
    );
    assert.ok(events.every((e) => e instanceof ChatEvent));
    assert.deepEqual(
      events.map((e) => e.type),
      [
        'conversation.chat.created',
        'conversation.chat.in_progress',
        'conversation.message.delta',
        'conversation.message.delta',
        'conversation.message.delta',
        'conversation.message.completed',
        'conversation.chat.completed',
        'done',
      ],
    );
    assert.equal(deltaText(events), 'Echo: hi');
    const chat = events.at(-2).data;
    assert.deepEqual([chat.status, chat.bot_id, chat.usage.input_count], ['completed', 'b1', 2]);
    assert.equal(events.at(-1).data.debug_url, `${DEBUG_URL_PREFIX}${chat.id}&workflow_id=wf_echo`);

    const log = await requests();
    assert.deepEqual(
      log.map((r) => r.path),
      ['/v1/workflow/run', '/v1/workflows/chat'],
    );
    assert.equal(JSON.parse(log[1].body).workflow_id, 'wf_echo');
    coze.close();
  });
});
