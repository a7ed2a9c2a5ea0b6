// Typed chat and workflow events: the decoders on real payloads, then end to
// end through the client against tests/fake_coze/server.py.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  ApiError,
  BadRequestError,
  ChatEvent,
  Coze,
  DecodeError,
  NotFoundError,
  StreamError,
  StreamEvent,
  WorkflowEvent,
} from 'cozecore';
import { startFakeServer } from './helpers.mjs';

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
// Bytes 00 01 02 fd fe ff.
const AUDIO_DELTA = {
  id: 'm1',
  conversation_id: '7400',
  bot_id: 'b1',
  chat_id: '7401',
  role: 'assistant',
  type: 'answer',
  content: 'AAEC/f7/',
  content_type: 'audio',
};
const AUDIO_BYTES = Uint8Array.from([0, 1, 2, 0xfd, 0xfe, 0xff]);
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

describe('ChatEvent', () => {
  test('requires_action carries two tool calls', () => {
    const ev = new ChatEvent('conversation.chat.requires_action', REQUIRES_ACTION);
    assert.ok(ev instanceof StreamEvent);
    assert.equal(ev.chat.status, 'requires_action');
    assert.equal(ev.chat.required_action.type, 'submit_tool_outputs');
    assert.deepEqual(ev.chat.usage, { token_count: 12, output_count: 5, input_count: 7 });
    assert.deepEqual(ev.toolCalls, [
      { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
      { id: 'call_2', type: 'function', function: { name: 'get_time', arguments: '{"tz":"Europe/Paris"}' } },
    ]);
    assert.equal(ev.message, undefined);
    assert.equal(ev.audio, undefined);
  });

  test('tool calls are read leniently', () => {
    const ev = new ChatEvent('conversation.chat.requires_action', {
      id: 7,
      required_action: { submit_tool_outputs: { tool_calls: [{ id: 'x', function: { name: 'f', arguments: { a: 1 } } }, 5] } },
    });
    assert.equal(ev.chat.id, '7');
    assert.deepEqual(ev.toolCalls, [{ id: 'x', type: '', function: { name: 'f', arguments: '{"a":1}' } }]);
    assert.deepEqual(new ChatEvent('conversation.chat.completed', { id: '1' }).toolCalls, []);
    assert.deepEqual(new ChatEvent('conversation.message.delta', { content: 'x' }).toolCalls, []);
  });

  test('message events carry a Message; content stays compatible', () => {
    const ev = new ChatEvent('conversation.message.delta', { ...AUDIO_DELTA, content: 'Hi 👋', content_type: 'text', created_at: '17' });
    assert.equal(ev.message.content, 'Hi 👋');
    assert.equal(ev.content, 'Hi 👋');
    assert.equal(ev.message.chat_id, '7401');
    assert.equal(ev.message.created_at, 17);
    assert.equal(ev.isMessage, true);
    assert.equal(ev.chat, undefined);
    assert.equal(ev.isAudio, false);
    assert.equal(ev.audio, undefined);
  });

  test('audio delta decodes base64 to bytes', () => {
    const ev = new ChatEvent('conversation.audio.delta', AUDIO_DELTA);
    assert.equal(ev.isAudio, true);
    assert.equal(ev.message.content_type, 'audio');
    assert.ok(ev.audio instanceof Uint8Array);
    assert.deepEqual(ev.audio, AUDIO_BYTES);
    assert.deepEqual(new ChatEvent('conversation.audio.delta', { content: 'AAE' }).audio, Uint8Array.from([0, 1]));
    assert.deepEqual(
      new ChatEvent('conversation.message.delta', { content: 'AAE=', content_type: 'audio' }).audio,
      Uint8Array.from([0, 1]),
    );
  });

  for (const content of ['not base64!', 'AAE==', 'A', 'AAF=', 'AAEC====', 'AAÉC']) {
    test(`bad audio ${JSON.stringify(content)} is a DecodeError`, () => {
      const ev = new ChatEvent('conversation.audio.delta', { content });
      assert.throws(() => ev.audio, DecodeError);
    });
  }

  test('done exposes the debug URL', () => {
    assert.equal(new ChatEvent('done', { debug_url: DEBUG_URL }).debugUrl, DEBUG_URL);
    for (const data of [{}, '[DONE]', null]) {
      const ev = new ChatEvent('done', data);
      assert.equal(ev.isDone, true);
      assert.equal(ev.debugUrl, undefined);
    }
  });
});

describe('WorkflowEvent', () => {
  test('Message', () => {
    const ev = new WorkflowEvent('Message', WORKFLOW_MESSAGE);
    assert.equal(ev.type, 'message');
    assert.equal(ev.event, 'Message');
    assert.equal(ev.content, 'Hello');
    assert.deepEqual(ev.message, WORKFLOW_MESSAGE); // every field well typed: read as sent
    assert.equal(ev.error, undefined);
    assert.equal(ev.interrupt, undefined);
    assert.equal(ev.debugUrl, undefined);
  });

  test('Interrupt, Error, Done, PING', () => {
    const i = new WorkflowEvent('Interrupt', WORKFLOW_INTERRUPT);
    assert.deepEqual(i.interrupt, WORKFLOW_INTERRUPT);
    const e = new WorkflowEvent('Error', { error_code: 6006, error_message: 'code node timed out' });
    assert.deepEqual(e.error, { error_code: 6006, error_message: 'code node timed out' });
    assert.equal(new WorkflowEvent('error', { error_code: '4000' }).error.error_code, 4000);
    const d = new WorkflowEvent('Done', { debug_url: DEBUG_URL });
    assert.equal(d.isDone, true);
    assert.equal(d.debugUrl, DEBUG_URL);
    assert.equal(new WorkflowEvent('Done', {}).debugUrl, undefined);
    assert.equal(new WorkflowEvent('PING', {}).type, 'ping');
  });

  for (const [name, type] of [
    ['message', 'message'],
    ['MESSAGE', 'message'],
    ['interrupt', 'interrupt'],
    ['ERROR', 'error'],
    ['done', 'done'],
    ['DONE', 'done'],
    ['ping', 'ping'],
    ['Ping', 'ping'],
  ]) {
    test(`name ${name} is ${type}`, () => {
      const ev = new WorkflowEvent(name, WORKFLOW_MESSAGE);
      assert.equal(ev.type, type);
      assert.equal(ev.event, name);
    });
  }

  test('unknown and malformed events stay raw', () => {
    const u = new WorkflowEvent('node_start', { node: 'n1' });
    assert.equal(u.type, 'unknown');
    assert.equal(u.event, 'node_start');
    assert.deepEqual(u.data, { node: 'n1' });
    assert.equal(u.message, undefined);
    assert.equal(new WorkflowEvent('constructor', {}).type, 'unknown');
    for (const data of [null, [1, 2], 'text']) {
      const m = new WorkflowEvent('Message', data);
      assert.equal(m.message.content, '');
      assert.equal(m.message.node_is_finish, false);
    }
    assert.equal(new WorkflowEvent('Message', { content: { a: 1 } }).content, '{"a":1}');
    assert.equal(new WorkflowEvent('Interrupt', { interrupt_data: 7 }).interrupt.interrupt_data.event_id, '');
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
      first.slice(2, 4).map((e) => [e.message.type, JSON.parse(e.content).name]),
      [
        ['function_call', 'get_weather'],
        ['function_call', 'get_time'],
      ],
    );
    const action = first[4];
    const chat = action.chat;
    assert.equal(chat.status, 'requires_action');
    assert.equal(chat.bot_id, 'tools');
    assert.equal(chat.required_action.type, 'submit_tool_outputs');
    const calls = action.toolCalls;
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
    const done = events.at(-2).chat;
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

  test('audio deltas decode to the audio bytes', async () => {
    const coze = client();
    const events = await collect(
      coze.chat.stream({ bot_id: 'audio', user_id: 'u1', additional_messages: userSays('sing') }),
    );
    const audio = events.filter((e) => e.isAudio);
    assert.deepEqual(
      audio.map((e) => e.type),
      Array(4).fill('conversation.audio.delta'),
    );
    const bytes = new Uint8Array(256);
    let n = 0;
    for (const e of audio) {
      bytes.set(e.audio, n);
      n += e.audio.length;
    }
    assert.equal(n, 256);
    assert.deepEqual(bytes, Uint8Array.from({ length: 256 }, (_, i) => i));
    assert.equal(deltaText(events), 'Echo: sing');
    coze.close();
  });

  test('workflows.stream then workflows.resume', async () => {
    const coze = client();
    const events = await collect(coze.workflows.stream({ workflow_id: 'interrupt', parameters: { input: 'weather' } }));
    assert.ok(events.every((e) => e instanceof WorkflowEvent));
    // The echo in Message pieces, a PING after the first, and the Interrupt
    // that ends the stream (no Done: the run waits for input).
    const types = events.map((e) => e.type);
    assert.deepEqual(types.slice(0, 2), ['message', 'ping']);
    assert.equal(types.at(-1), 'interrupt');
    assert.ok(types.slice(2, -1).every((t) => t === 'message'), types.join());
    const messages = events.filter((e) => e.type === 'message');
    assert.equal(messages.map((e) => e.content).join(''), 'Echo: weather');
    assert.ok(messages.every((e) => e.event === 'Message' && e.message.node_title === 'Message'));
    assert.deepEqual(
      messages.map((e) => e.message.node_is_finish),
      messages.map((_, i) => i === messages.length - 1),
    );
    const interrupt = events.at(-1);
    assert.equal(interrupt.event, 'Interrupt');
    assert.equal(interrupt.interrupt.node_title, 'Question');
    const { event_id, type, data } = interrupt.interrupt.interrupt_data;
    assert.equal(type, 2);
    assert.ok(event_id);
    assert.deepEqual(JSON.parse(data), { question: 'Which city?' });

    // Resume with what the Interrupt said: the run echoes the answer and ends with Done.
    const resume = { workflow_id: 'interrupt', event_id, resume_data: 'Paris', interrupt_type: type };
    const resumed = await collect(coze.workflows.resume(resume));
    assert.equal(
      resumed
        .filter((e) => e.type === 'message' && e.message.node_title === 'Message')
        .map((e) => e.content)
        .join(''),
      'Echo: Paris',
    );
    const end = resumed.at(-2).message;
    assert.equal(end.node_title, 'End');
    assert.equal(end.node_is_finish, true);
    assert.deepEqual(JSON.parse(end.content), { output: 'Echo: Paris' });
    assert.deepEqual(end.usage, { token_count: 16, output_count: 11, input_count: 5 });
    const done = resumed.at(-1);
    assert.equal(done.isDone, true);
    assert.equal(done.event, 'Done');
    assert.ok(done.debugUrl.startsWith(DEBUG_URL_PREFIX), done.debugUrl);
    assert.ok(done.debugUrl.endsWith('&workflow_id=interrupt'), done.debugUrl);

    const log = await requests();
    assert.deepEqual(
      log.map((r) => r.path),
      ['/v1/workflow/stream_run', '/v1/workflow/stream_resume'],
    );
    assert.deepEqual(JSON.parse(log[1].body), resume);

    // The run has gone on: the same event cannot be resumed again (Coze code 4200).
    await assert.rejects(
      collect(coze.workflows.resume(resume)),
      (err) => err instanceof NotFoundError && err.code === 4200,
    );
    coze.close();
  });

  test('lower-case workflow events come in the API spelling', async () => {
    const coze = client();
    const events = await collect(coze.workflows.stream({ workflow_id: 'lowercase', parameters: { input: 'hi' } }));
    assert.deepEqual(
      events.map((e) => e.event),
      ['Message', 'PING', 'Message', 'Message', 'Message', 'Done'],
    );
    assert.deepEqual(
      events.map((e) => e.type),
      ['message', 'ping', 'message', 'message', 'message', 'done'],
    );
    assert.equal(
      events
        .filter((e) => e.type === 'message' && e.message.node_title === 'Message')
        .map((e) => e.content)
        .join(''),
      'Echo: hi',
    );
    assert.ok(events.at(-1).debugUrl.startsWith(DEBUG_URL_PREFIX));
    coze.close();
  });

  test('a workflow Error event is a StreamError', async () => {
    const coze = client();
    const seen = [];
    await assert.rejects(
      (async () => {
        for await (const ev of coze.workflows.stream({ workflow_id: 'error', parameters: { input: 'hello world' } })) {
          seen.push(ev.event);
        }
      })(),
      (err) =>
        err instanceof StreamError &&
        err.code === 6006 &&
        err.message === 'workflow code node timed out' &&
        !err.retryable,
    );
    assert.deepEqual(seen, ['Message', 'PING', 'Message']);

    // Run without streaming, the same failure is the answer's code.
    await assert.rejects(
      coze.workflows.create({ workflow_id: 'error' }),
      (err) =>
        err instanceof ApiError &&
        err.kind === 'api' &&
        err.code === 6006 &&
        err.message === 'workflow code node timed out' &&
        err.logid !== '',
    );
    coze.close();
  });

  test('workflows.create and workflows.chat', async () => {
    const coze = client();
    const run = await coze.workflows.create({ workflow_id: 'wf_echo', parameters: { input: 'hello' } });
    assert.deepEqual(run.data, { output: 'Echo: hello' });
    assert.ok(run.execute_id);
    assert.equal(run.debug_url, `${DEBUG_URL_PREFIX}${run.execute_id}&workflow_id=wf_echo`);
    assert.deepEqual(run.usage, { token_count: 16, output_count: 11, input_count: 5 });

    const events = await collect(
      coze.workflows.chat({ workflow_id: 'wf_echo', bot_id: 'b1', additional_messages: userSays('hi') }),
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
    const chat = events.at(-2).chat;
    assert.deepEqual([chat.status, chat.bot_id, chat.usage.input_count], ['completed', 'b1', 2]);
    assert.equal(events.at(-1).debugUrl, `${DEBUG_URL_PREFIX}${chat.id}&workflow_id=wf_echo`);

    const log = await requests();
    assert.deepEqual(
      log.map((r) => r.path),
      ['/v1/workflow/run', '/v1/workflows/chat'],
    );
    assert.equal(JSON.parse(log[1].body).workflow_id, 'wf_echo');
    coze.close();
  });
});
