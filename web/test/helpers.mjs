// Shared test helpers: scripted fetch responses and the fake Coze server.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');

const utf8 = new TextEncoder();

export function jsonResponse(status, payload, headers = {}) {
  return new Response(typeof payload === 'string' ? payload : JSON.stringify(payload), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function sseFrame(event, data) {
  return `event:${event}\ndata:${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

// A streaming body under the test's control: push(text), end(), fail(err);
// `cancelled` resolves when the reader cancels it.
export function controlledBody() {
  let controller;
  let markCancelled;
  const cancelled = new Promise((resolve) => {
    markCancelled = resolve;
  });
  const stream = new ReadableStream({
    start(c) {
      controller = c;
    },
    cancel(reason) {
      markCancelled(reason ?? true);
    },
  });
  return {
    stream,
    cancelled,
    push(text) {
      controller.enqueue(typeof text === 'string' ? utf8.encode(text) : text);
    },
    end() {
      controller.close();
    },
    fail(err) {
      controller.error(err);
    },
  };
}

export function sseResponse(body, headers = {}) {
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream', ...headers } });
}

// A fetch that answers from a list of handlers, one per call, and records
// each call as {url, init, body (text)}.
export function scriptedFetch(handlers) {
  const calls = [];
  const fetch = async (url, init = {}) => {
    // A Blob or stream body (an upload) is read whole here, as a server would.
    let body = '';
    if (init.body instanceof Blob || init.body instanceof ReadableStream) body = await new Response(init.body).text();
    else if (init.body) body = new TextDecoder().decode(init.body);
    calls.push({ url, init, body, headers: new Headers(init.headers) });
    const handler = handlers[calls.length - 1];
    if (!handler) throw new Error(`unexpected fetch #${calls.length}`);
    return typeof handler === 'function' ? handler(url, init) : handler;
  };
  fetch.calls = calls;
  return fetch;
}

// A fetch promise that never settles unless the request is aborted.
export function hangingUntilAborted(init) {
  return new Promise((_, reject) => {
    const signal = init.signal;
    const onAbort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}

export const chatMessage = (content) => ({
  id: '7400000000000000002',
  conversation_id: '7400000000000000001',
  bot_id: 'b',
  chat_id: '7400000000000000003',
  role: 'assistant',
  type: 'answer',
  content,
  content_type: 'text',
});

// Starts tests/fake_coze/server.py on a free port; resolves to
// {baseURL, port, control(method, path, body), stop()}.
export async function startFakeServer(args = []) {
  const script = path.join(repoRoot, 'tests', 'fake_coze', 'server.py');
  const child = spawn('python3', [script, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout });
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('fake server did not start in 10 s')), 10000);
    child.once('exit', (code) => reject(new Error(`fake server exited with ${code}`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      const m = /^LISTENING (\d+)$/.exec(line.trim());
      if (m) resolve(Number(m[1]));
      else reject(new Error(`unexpected first line from the fake server: ${line}`));
    });
  });
  lines.on('line', () => {});
  const baseURL = `http://127.0.0.1:${port}`;
  return {
    baseURL,
    port,
    async control(method, pathname, body) {
      const res = await fetch(baseURL + pathname, {
        method,
        headers: body !== undefined ? { 'content-type': 'application/json' } : {},
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
      return res.json();
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}

// ---- secrets (issue 15): the checks of the fault sweep and the auth sweep ----

// Every hook a client takes (index.d.ts Hooks), the metrics hook included.
export const ALL_HOOKS = [
  'onRequestSent',
  'onResponseHead',
  'onRetryScheduled',
  'onCallFinished',
  'onToolCalled',
  'onToolFinished',
  'onHealthChanged',
  'onMetric',
];

// A hooks option with every hook on, each pushing its event onto `events`.
export function recordingHooks(events) {
  return Object.fromEntries(ALL_HOOKS.map((h) => [h, (ev) => events.push(ev)]));
}

// Every form of the error a caller might log or show.
export function errorForms(err) {
  const fields = {};
  for (const k of [
    'kind',
    'rawMessage',
    'hint',
    'errorCode',
    'requestId',
    'httpStatus',
    'code',
    'logid',
    'retryable',
    'attempts',
    'retryAfterMs',
    'body',
    'history',
    'severity',
    'reason',
  ]) {
    fields[k] = err[k];
  }
  return {
    'String(err)': String(err),
    'err.message': err.message,
    'err.hint': String(err.hint),
    'err.body': String(err.body),
    'err.history': JSON.stringify(err.history),
    'JSON.stringify(fields)': JSON.stringify(fields),
    'JSON.stringify(err)': JSON.stringify(err),
    'util.inspect(err)': inspect(err, { depth: null, showHidden: true }),
    'err.stack': String(err.stack),
  };
}

// Fails when any secret ({name: value}) appears in any form of `error`
// (errorForms), in any field of any hook event, or in any of `logLines`.
export function assertNoSecrets(secrets, { error = null, hookEvents = [], logLines = [] } = {}) {
  const places = [];
  if (error) for (const [form, text] of Object.entries(errorForms(error))) places.push([form, text]);
  for (const ev of hookEvents) {
    places.push([`a ${ev.kind} hook event (JSON.stringify)`, JSON.stringify(ev)]);
    places.push([`a ${ev.kind} hook event (util.inspect)`, inspect(ev, { depth: null })]);
  }
  logLines.forEach((line, i) => places.push([`log line ${i}`, String(line)]));
  for (const [name, value] of Object.entries(secrets)) {
    assert.ok(typeof value === 'string' && value.length >= 8, `${name} is no usable secret: ${value}`);
    for (const [where, text] of places) {
      assert.ok(!text.includes(value), `${name} leaked in ${where}: ${text}`);
    }
  }
}
