// Local tools (coze.chat.runTools, the core's chat.run_tools): defineTool and
// its schema check, what a function's result is submitted as, ToolError,
// cancellation, and end to end against tests/fake_coze's `tools` bot: both
// functions run concurrently with their arguments (defaults filled in), the
// hooks, a tool that throws, and a tool that never finishes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CancelledError,
  Coze,
  CozeError,
  InvalidArgumentError,
  ToolError,
  defineTool,
  init,
  liveHandles,
} from 'cozecore';
import { jsonResponse, scriptedFetch, sseFrame, sseResponse, startFakeServer } from './helpers.mjs';

const TOKEN = 'pat_tools_secret_0123';
const question = (bot_id) => ({
  bot_id,
  user_id: 'u-1',
  additional_messages: [{ role: 'user', content: 'Weather in Paris?', content_type: 'text' }],
});

const weatherSchema = {
  type: 'object',
  properties: {
    city: { type: 'string', minLength: 1 },
    unit: { enum: ['celsius', 'fahrenheit'], default: 'celsius' },
  },
  required: ['city'],
  additionalProperties: false,
};
const timeSchema = { type: 'object', properties: { tz: { type: 'string' } }, required: ['tz'] };

// ---- scripted answers -----------------------------------------------------------

const chat = { id: '7400000000000000003', conversation_id: '7400000000000000001', bot_id: 'b' };

// A round that ends at requires_action, asking for `calls` ([name, arguments object or text]).
function asking(calls, first = 0) {
  const tool_calls = calls.map(([name, args], i) => ({
    id: `call_${first + i}`,
    type: 'function',
    function: { name, arguments: typeof args === 'string' ? args : JSON.stringify(args) },
  }));
  return () =>
    sseResponse(
      sseFrame('conversation.chat.in_progress', { ...chat, status: 'in_progress' }) +
        sseFrame('conversation.chat.requires_action', {
          ...chat,
          status: 'requires_action',
          required_action: { type: 'submit_tool_outputs', submit_tool_outputs: { tool_calls } },
        }) +
        sseFrame('done', '"[DONE]"'),
    );
}

const answering = (text) => () =>
  sseResponse(
    sseFrame('conversation.message.delta', { ...chat, role: 'assistant', type: 'answer', content: text }) +
      sseFrame('conversation.chat.completed', { ...chat, status: 'completed' }) +
      sseFrame('done', '"[DONE]"'),
  );

const cancelled = () => jsonResponse(200, { code: 0, msg: '', data: { ...chat, status: 'canceled' } });

function scripted(fetch, options = {}) {
  return new Coze({ token: TOKEN, baseURL: 'https://api.test', fetch, maxRetries: 0, ...options });
}

async function drain(stream) {
  let text = '';
  const types = [];
  for await (const ev of stream) {
    types.push(ev.type);
    if (ev.type === 'conversation.message.delta') text += ev.content;
  }
  return { text, types };
}

async function failure(promise) {
  return promise.then(
    () => assert.fail('expected a failure'),
    (err) => err,
  );
}

const submitted = (call) => JSON.parse(call.body).tool_outputs;

// Resolves after `ms`, or rejects with `what` when `promise` did not settle first.
function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

// ---- registration ------------------------------------------------------------

describe('defineTool', () => {
  test('before the core loads, a bad schema is refused when the run starts, before anything is sent', async () => {
    assert.throws(() => liveHandles(), /not loaded/, 'this test runs before anything loads the core');
    const tool = defineTool({ name: 'later', parameters: { type: 'object', if: {} }, run: () => 'x' });
    const fetch = scriptedFetch([]);
    const err = await failure(drain(scripted(fetch).chat.runTools({ ...question('b'), tools: [tool] })));
    assert.ok(err instanceof InvalidArgumentError, String(err));
    assert.match(err.message, /tool 'later': invalid tool schema: unsupported keyword "if"/);
    assert.equal(fetch.calls.length, 0);
  });

  test('checks the schema at once once the core has loaded, naming the keyword', async () => {
    await init();
    assert.throws(
      () =>
        defineTool({ name: 'get_weather', parameters: { type: 'object', properties: { unit: { if: {} } } }, run() {} }),
      (err) =>
        err instanceof InvalidArgumentError &&
        err.kind === 'invalid_argument' &&
        /tool 'get_weather': invalid tool schema: unsupported keyword "if" at #\/properties\/unit/.test(err.message),
    );
    assert.throws(
      () =>
        defineTool({ name: 'n', parameters: { type: 'object', properties: { a: { pattern: '(?<=x)' } } }, run() {} }),
      InvalidArgumentError,
    );
  });

  test('refuses what is not a tool, naming the mistake', () => {
    const refused = (re) => (err) => err instanceof InvalidArgumentError && re.test(err.message);
    assert.throws(() => defineTool(null), refused(/must be an object/));
    assert.throws(() => defineTool(() => 1), refused(/must be an object/));
    assert.throws(() => defineTool({ run() {} }), refused(/non-empty string name/));
    assert.throws(() => defineTool({ name: '', run() {} }), refused(/non-empty string name/));
    assert.throws(() => defineTool({ name: 't' }), refused(/tool 't': run must be a function/));
    assert.throws(() => defineTool({ name: 't', run: 'x' }), refused(/run must be a function/));
    assert.throws(() => defineTool({ name: 't', params: {}, run() {} }), refused(/unknown key params/));
    assert.throws(() => defineTool({ name: 't', parameters: [], run() {} }), refused(/JSON Schema object/));
    assert.throws(() => defineTool({ name: 't', parameters: true, run() {} }), refused(/JSON Schema object/));
    assert.throws(() => defineTool({ name: 't', description: 3, run() {} }), refused(/description/));
    const cyclic = { type: 'object' };
    cyclic.self = cyclic;
    assert.throws(() => defineTool({ name: 't', parameters: cyclic, run() {} }), refused(/cannot be encoded as JSON/));
  });

  test('returns the tool frozen, with a frozen copy of its schema; sync and async functions alike', () => {
    const schema = { type: 'object', properties: { city: { type: 'string' } } };
    const run = (args) => args.city;
    const tool = defineTool({ name: 'get_weather', description: 'The weather', parameters: schema, run });
    assert.ok(Object.isFrozen(tool) && Object.isFrozen(tool.parameters.properties.city));
    assert.deepEqual(tool.parameters, schema);
    assert.notEqual(tool.parameters, schema);
    schema.properties.city.type = 'number'; // the caller's object stays theirs
    assert.equal(tool.parameters.properties.city.type, 'string');
    assert.equal(tool.run, run);
    assert.equal(tool.description, 'The weather');
    const bare = defineTool({ name: 'now', run: async () => 'now' });
    assert.equal(bare.parameters, null);
    assert.equal(bare.description, '');
    assert.equal(defineTool(bare), bare);
  });

  test('runTools: tools must be a non-empty array of distinct names; unknown parameters are refused', async () => {
    const coze = scripted(scriptedFetch([]));
    const run = () => 'x';
    const refused = (re) => (err) => err instanceof InvalidArgumentError && re.test(err.message);
    await assert.rejects(drain(coze.chat.runTools({ ...question('b') })), refused(/missing parameter tools/));
    await assert.rejects(drain(coze.chat.runTools({ ...question('b'), tools: [] })), refused(/non-empty array/));
    await assert.rejects(
      drain(
        coze.chat.runTools({
          ...question('b'),
          tools: [
            { name: 'a', run },
            { name: 'a', run },
          ],
        }),
      ),
      refused(/two tools are named 'a'/),
    );
    await assert.rejects(
      drain(coze.chat.runTools({ ...question('b'), tools: [{ name: 'a' }] })),
      refused(/tools\[0\]|run must be a function/),
    );
    await assert.rejects(
      drain(coze.chat.runTools({ ...question('b'), tools: [{ name: 'a', run }], stream: true })),
      refused(/unknown parameter stream/),
    );
    await assert.rejects(
      drain(coze.chat.runTools({ ...question('b'), tools: [{ name: 'a', run }], tool_errors: 'ignore' })),
      refused(/tool_errors must be "output" or "fail"/),
    );
    await assert.rejects(
      drain(coze.chat.runTools({ ...question('b'), tools: [{ name: 'a', run }], max_rounds: 0 })),
      refused(/max_rounds/),
    );
  });
});

// ---- results, errors, cancellation (scripted answers) ----------------------------------

describe('runTools with scripted answers', () => {
  test('a string is sent as it is, anything else as compact JSON; a throw or rejection as {"error": ...}', async () => {
    const fetch = scriptedFetch([
      asking([
        ['text', {}],
        ['object', { n: 1 }],
        ['number', {}],
        ['nothing', {}],
        ['sync_throw', {}],
        ['rejects', {}],
        ['bigint', {}],
        ['throws_string', {}],
      ]),
      answering('ok'),
    ]);
    const tools = [
      { name: 'text', run: () => 'plain "text"' },
      { name: 'object', run: async (args) => ({ got: args, list: [1, 'two', null], nested: { a: true } }) },
      { name: 'number', run: () => 42 },
      { name: 'nothing', run: () => {} },
      {
        name: 'sync_throw',
        run: () => {
          throw new Error('sync boom');
        },
      },
      { name: 'rejects', run: async () => Promise.reject(new TypeError('async boom')) },
      { name: 'bigint', run: () => 10n },
      {
        name: 'throws_string',
        run: () => {
          throw 'just a string';
        },
      },
    ];
    const { text } = await drain(scripted(fetch).chat.runTools({ ...question('b'), tools }));
    assert.equal(text, 'ok');
    assert.equal(fetch.calls.length, 2);
    const second = fetch.calls[1];
    const url = new URL(second.url);
    assert.equal(url.pathname, '/v3/chat/submit_tool_outputs');
    assert.equal(url.searchParams.get('conversation_id'), '7400000000000000001');
    assert.equal(url.searchParams.get('chat_id'), '7400000000000000003');
    assert.deepEqual(submitted(second), [
      { tool_call_id: 'call_0', output: 'plain "text"' },
      { tool_call_id: 'call_1', output: '{"got":{"n":1},"list":[1,"two",null],"nested":{"a":true}}' },
      { tool_call_id: 'call_2', output: '42' },
      { tool_call_id: 'call_3', output: 'null' },
      { tool_call_id: 'call_4', output: '{"error":"tool \'sync_throw\' failed: sync boom"}' },
      { tool_call_id: 'call_5', output: '{"error":"tool \'rejects\' failed: async boom"}' },
      {
        tool_call_id: 'call_6',
        output: `{"error":"tool 'bigint' failed: its result cannot be sent as JSON: ${bigintMessage()}"}`,
      },
      { tool_call_id: 'call_7', output: '{"error":"tool \'throws_string\' failed: just a string"}' },
    ]);
    // The round's request is a chat stream without the run's own parameters.
    const first = JSON.parse(fetch.calls[0].body);
    assert.equal(first.stream, true);
    for (const key of ['tools', 'max_rounds', 'tool_timeout_ms', 'tool_errors']) assert.ok(!(key in first), key);
  });

  test('arguments are validated by the core (defaults filled in); a function never sees invalid ones', async () => {
    const seen = [];
    const fetch = scriptedFetch([
      asking([
        ['get_weather', { city: 'Paris' }],
        ['get_weather', { city: '' }],
        ['get_weather', 'not json'],
        ['get_nothing', {}],
      ]),
      answering('ok'),
    ]);
    const tools = [
      defineTool({
        name: 'get_weather',
        parameters: weatherSchema,
        run: (args, context) => {
          seen.push({ args, id: context.id, name: context.name, aborted: context.signal.aborted });
          return 'sunny';
        },
      }),
    ];
    await drain(scripted(fetch).chat.runTools({ ...question('b'), tools }));
    assert.deepEqual(seen, [
      { args: { city: 'Paris', unit: 'celsius' }, id: 'call_0', name: 'get_weather', aborted: false },
    ]);
    const outputs = submitted(fetch.calls[1]);
    assert.deepEqual(outputs[0], { tool_call_id: 'call_0', output: 'sunny' });
    assert.match(outputs[1].output, /^\{"error":"invalid arguments for tool 'get_weather': \/city: /);
    assert.match(outputs[2].output, /^\{"error":"invalid arguments for tool 'get_weather'/);
    assert.equal(outputs[3].output, '{"error":"unknown tool \'get_nothing\'"}');
  });

  test('more rounds than max_rounds: the chat is cancelled and the run fails with a ToolError', async () => {
    const fetch = scriptedFetch([asking([['t', {}]]), asking([['t', {}]], 1), cancelled]);
    const stream = scripted(fetch).chat.runTools({
      ...question('b'),
      tools: [{ name: 't', run: () => 'x' }],
      max_rounds: 1,
    });
    const err = await failure(drain(stream));
    assert.ok(err instanceof ToolError && err instanceof CozeError, String(err));
    assert.equal(err.name, 'ToolError');
    assert.equal(err.kind, 'tool');
    assert.equal(err.severity, 'warning');
    assert.equal(err.retryable, false);
    assert.match(err.message, /max_rounds \(1\)/);
    assert.equal(fetch.calls.length, 3);
    assert.match(fetch.calls[2].url, /\/v3\/chat\/cancel$/);
  });

  test("tool_errors 'fail': a function's error cancels the chat and fails the run with it", async () => {
    const fetch = scriptedFetch([asking([['t', {}]]), cancelled]);
    const tools = [
      {
        name: 't',
        run: () => {
          throw new Error('disk on fire');
        },
      },
    ];
    const err = await failure(drain(scripted(fetch).chat.runTools({ ...question('b'), tools, tool_errors: 'fail' })));
    assert.ok(err instanceof ToolError, String(err));
    assert.match(err.message, /tool 't' failed: disk on fire/);
    assert.match(fetch.calls[1].url, /\/v3\/chat\/cancel$/);
  });

  test('ToolError is a CozeError of kind tool, severity warning', () => {
    const err = new ToolError('tool', 'm');
    assert.ok(err instanceof CozeError && err instanceof Error);
    assert.equal(err.name, 'ToolError');
    assert.equal(err.kind, 'tool');
    assert.equal(err.severity, 'warning');
  });

  test('the signal option cancels the run while a tool runs; the tool sees its signal abort', async () => {
    const controller = new AbortController();
    let toolSignal;
    let started;
    const running = new Promise((resolve) => {
      started = resolve;
    });
    const fetch = scriptedFetch([asking([['hang', {}]])]);
    const tools = [
      {
        name: 'hang',
        run: (args, context) => {
          toolSignal = context.signal;
          started();
          return new Promise(() => {}); // never settles
        },
      },
    ];
    const before = liveHandles().calls;
    const run = drain(scripted(fetch).chat.runTools({ ...question('b'), tools }, { signal: controller.signal }));
    await within(running, 5000, 'the tool started');
    const t0 = performance.now();
    controller.abort();
    const err = await within(failure(run), 5000, 'the cancelled run ended');
    assert.ok(err instanceof CancelledError, String(err));
    assert.ok(performance.now() - t0 < 2000);
    assert.equal(toolSignal.aborted, true);
    assert.ok(toolSignal.reason instanceof CozeError);
    assert.equal(fetch.calls.length, 1);
    assert.equal(liveHandles().calls, before);
  });

  test('leaving the loop while a tool runs (return()) cancels the run', async () => {
    let toolSignal;
    let started;
    const running = new Promise((resolve) => {
      started = resolve;
    });
    const fetch = scriptedFetch([asking([['hang', {}]])]);
    const tools = [
      {
        name: 'hang',
        run: (args, context) => {
          toolSignal = context.signal;
          started();
          return new Promise(() => {});
        },
      },
    ];
    const before = liveHandles().calls;
    const stream = scripted(fetch).chat.runTools({ ...question('b'), tools });
    let step;
    do step = await stream.next();
    while (step.value.type !== 'conversation.chat.requires_action');
    const pending = stream.next(); // runs the tools, waits for them
    await within(running, 5000, 'the tool started');
    const closed = stream.return();
    await assert.rejects(within(pending, 5000, 'the pending next()'), CancelledError);
    await closed;
    assert.equal(toolSignal.aborted, true);
    assert.equal(liveHandles().calls, before);
  });

  test('coze.stream by name runs the same flow', async () => {
    const fetch = scriptedFetch([asking([['t', { a: 1 }]]), answering('done by name')]);
    const stream = scripted(fetch).stream('chat.run_tools', {
      ...question('b'),
      tools: [{ name: 't', run: (args) => args }],
    });
    const { text } = await drain(stream);
    assert.equal(text, 'done by name');
    assert.deepEqual(submitted(fetch.calls[1]), [{ tool_call_id: 'call_0', output: '{"a":1}' }]);
  });
});

function bigintMessage() {
  try {
    JSON.stringify(10n);
  } catch (err) {
    return err.message;
  }
  return '';
}

// ---- end to end: tests/fake_coze's tools bot ----------------------------------------------

describe('runTools end to end (tests/fake_coze, bot "tools")', () => {
  let server;
  before(async () => {
    server = await startFakeServer();
  });
  after(async () => {
    if (server) await server.stop();
  });
  const client = (options = {}) => new Coze({ token: TOKEN, baseURL: server.baseURL, maxRetries: 0, ...options });

  test('both functions run concurrently with their arguments; the answer reports their outputs; hooks', async () => {
    // Each function waits for the other to have started: they pass only when run concurrently.
    const arrived = {};
    const gate = (name) =>
      new Promise((resolve) => {
        arrived[name] = resolve;
      });
    const weatherIn = gate('get_weather');
    const timeIn = gate('get_time');
    const calls = [];
    const tools = [
      defineTool({
        name: 'get_weather',
        description: 'The weather in a city',
        parameters: weatherSchema,
        run: async (args, context) => {
          calls.push(['get_weather', args, context.id]);
          arrived.get_weather();
          await within(timeIn, 5000, 'get_time started while get_weather ran');
          return { city: args.city, unit: args.unit, temperature: 21 };
        },
      }),
      defineTool({
        name: 'get_time',
        parameters: timeSchema,
        run: async (args, context) => {
          calls.push(['get_time', args, context.id]);
          arrived.get_time();
          await within(weatherIn, 5000, 'get_weather started while get_time ran');
          return `12:00 in ${args.tz}`;
        },
      }),
    ];
    const hooks = [];
    const coze = client({
      hooks: {
        onToolCalled: (e) => hooks.push(e),
        onToolFinished: (e) => hooks.push(e),
      },
    });
    const before = liveHandles().calls;
    const { text, types } = await drain(coze.chat.runTools({ ...question('tools'), tools }));
    assert.equal(
      text,
      'Tool outputs: get_weather -> {"city":"Paris","unit":"celsius","temperature":21}; get_time -> 12:00 in Europe/Paris',
    );
    assert.deepEqual(
      calls.map(([name, args]) => [name, args]),
      [
        ['get_weather', { city: 'Paris', unit: 'celsius' }],
        ['get_time', { tz: 'Europe/Paris' }],
      ],
    );
    assert.equal(types.filter((t) => t === 'conversation.chat.requires_action').length, 1);
    assert.equal(types.filter((t) => t === 'done').length, 1, 'only the last round hands out done');
    assert.equal(types.at(-1), 'done');
    // tool_called for each call, then tool_finished for each, outcome ok.
    assert.deepEqual(
      hooks.map((h) => [h.kind, h.tool, h.outcome]),
      [
        ['tool_called', 'get_weather', ''],
        ['tool_called', 'get_time', ''],
        ['tool_finished', 'get_weather', 'ok'],
        ['tool_finished', 'get_time', 'ok'],
      ],
    );
    const ids = calls.map(([, , id]) => id);
    assert.deepEqual(
      hooks.map((h) => h.toolCallId),
      [...ids, ...ids],
    );
    for (const h of hooks) {
      assert.equal(h.op, 'chat.run_tools');
      assert.equal(h.body, '', 'arguments only with hookBodies');
    }
    for (const h of hooks.slice(2)) assert.ok(h.durationMs >= 0 && h.durationMs < 5000, String(h.durationMs));
    const log = await server.control('GET', '/_fake/requests');
    const submit = log.filter((r) => r.path === '/v3/chat/submit_tool_outputs');
    assert.equal(submit.length, 1);
    assert.equal(JSON.parse(submit[0].body).stream, true);
    assert.equal(liveHandles().calls, before);
  });

  test('with hookBodies the tool hooks carry the arguments, defaults filled in', async () => {
    const bodies = [];
    const coze = client({ hookBodies: true, hooks: { onToolCalled: (e) => bodies.push([e.tool, e.body]) } });
    const tools = [
      { name: 'get_weather', parameters: weatherSchema, run: () => 'sunny' },
      { name: 'get_time', parameters: timeSchema, run: () => 'noon' },
    ];
    const { text } = await drain(coze.chat.runTools({ ...question('tools'), tools }));
    assert.equal(text, 'Tool outputs: get_weather -> sunny; get_time -> noon');
    assert.deepEqual(
      bodies.map(([tool, body]) => [tool, JSON.parse(body)]),
      [
        ['get_weather', { city: 'Paris', unit: 'celsius' }],
        ['get_time', { tz: 'Europe/Paris' }],
      ],
    );
  });

  test('a tool that throws: its output is {"error": ...} and the run goes on', async () => {
    const finished = [];
    const coze = client({ hooks: { onToolFinished: (e) => finished.push(e) } });
    const tools = [
      { name: 'get_weather', parameters: weatherSchema, run: async () => 'sunny' },
      {
        name: 'get_time',
        parameters: timeSchema,
        run: async () => {
          throw new Error('the clock is broken');
        },
      },
    ];
    const { text } = await drain(coze.chat.runTools({ ...question('tools'), tools }));
    assert.equal(
      text,
      'Tool outputs: get_weather -> sunny; get_time -> {"error":"tool \'get_time\' failed: the clock is broken"}',
    );
    const time = finished.find((h) => h.tool === 'get_time');
    assert.equal(time.outcome, 'error');
    assert.match(time.message, /the clock is broken/);
    assert.equal(time.severity, 'warning');
  });

  test('a tool that never finishes: answered as timed out after tool_timeout_ms, the run ends promptly', async () => {
    let hungSignal;
    const finished = [];
    const coze = client({ hooks: { onToolFinished: (e) => finished.push(e) } });
    const tools = [
      { name: 'get_weather', parameters: weatherSchema, run: () => 'sunny' },
      {
        name: 'get_time',
        parameters: timeSchema,
        run: (args, context) => {
          hungSignal = context.signal;
          return new Promise(() => {}); // hangs
        },
      },
    ];
    const t0 = performance.now();
    const { text } = await within(
      drain(coze.chat.runTools({ ...question('tools'), tools, tool_timeout_ms: 300 })),
      10000,
      'the run with a hung tool',
    );
    const took = performance.now() - t0;
    assert.ok(took >= 250 && took < 5000, `took ${Math.round(took)} ms`);
    assert.equal(
      text,
      'Tool outputs: get_weather -> sunny; get_time -> {"error":"tool \'get_time\' did not finish within 300 ms"}',
    );
    assert.equal(hungSignal.aborted, true, 'the hung function is told the run no longer waits');
    assert.deepEqual(
      finished.map((h) => [h.tool, h.outcome]),
      [
        ['get_weather', 'ok'],
        ['get_time', 'timeout'],
      ],
    );
  });

  test("tool_errors 'fail' against the server: the chat is cancelled, the run fails with a ToolError", async () => {
    const tools = [
      { name: 'get_weather', parameters: weatherSchema, run: () => 'sunny' },
      {
        name: 'get_time',
        parameters: timeSchema,
        run: () => {
          throw new Error('no clock');
        },
      },
    ];
    const coze = client();
    const err = await failure(drain(coze.chat.runTools({ ...question('tools'), tools, tool_errors: 'fail' })));
    assert.ok(err instanceof ToolError, String(err));
    assert.match(err.message, /tool 'get_time' failed: no clock; the chat was cancelled/);
    const log = await server.control('GET', '/_fake/requests');
    assert.equal(log.at(-1).path, '/v3/chat/cancel');
  });
});
