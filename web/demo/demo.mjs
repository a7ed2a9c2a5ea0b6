// The demo page's script: plain DOM and the package, no framework. It streams
// a chat from the fake Coze server (same origin, through web/demo/server.mjs),
// shows each piece of the answer as it arrives, logs what the client's hooks
// report (every attempt, answer head, scheduled retry and the call's end) as
// it happens, and cancels the call when Stop is pressed.
import { CancelledError, Coze, CozeError } from 'cozecore';

const $ = (id) => document.getElementById(id);
const form = $('ask');
const input = $('message');
const scenario = $('scenario');
const sendButton = $('send');
const stopButton = $('stop');
const status = $('status');
const answer = $('answer');
const log = $('log');

// What the fake server does for each choice: faults queued for the next
// requests (tests/fake_coze/README.md, "Control endpoints"), or a special bot.
// drip_ms spaces the answer's pieces out, so that they visibly stream.
const outage = { status: 503, body: { code: 5000, msg: 'the fake server is briefly down' } };
const limited = { status: 429, headers: { 'Retry-After': '1' }, body: { code: 4013, msg: 'too many requests' } };
const scenarios = {
  normal: { faults: [{ drip_ms: 40 }] },
  slow: { faults: [{ drip_ms: 300 }] },
  retry: { faults: [outage] },
  ratelimit: { faults: [limited, limited] },
  outage: { faults: [outage, outage, outage] },
  stream_error: { bot: 'stream_error' },
  reset: { faults: [{ drip_ms: 60, reset_after_events: 6 }] },
};

let started = 0;

function setStatus(state, text = state) {
  status.dataset.state = state;
  status.textContent = text;
}

function note(kind, text) {
  const li = document.createElement('li');
  li.dataset.kind = kind;
  const at = document.createElement('span');
  at.className = 'at';
  at.textContent = `+${Math.round(performance.now() - started)} ms`;
  li.append(at, text);
  log.append(li);
}

// The fake accepts any token that starts with pat_. A personal access token
// in a page is readable by anyone who loads it, so the package refuses one
// unless told otherwise; a real app would use OAuth (PKCE, README "Auth").
const coze = new Coze({
  token: 'pat_demo',
  baseURL: location.origin,
  allowPersonalAccessTokenInBrowser: true,
  hooks: {
    onRequestSent: (e) => note(e.kind, `→ ${e.method} ${e.path} (attempt ${e.attempt})`),
    onResponseHead: (e) => note(e.kind, `← HTTP ${e.status} after ${e.durationMs} ms, logid ${e.logid || '-'}`),
    onRetryScheduled: (e) => note(e.kind, `↻ retry in ${e.delayMs} ms (${e.errorKind}: ${e.message})`),
    onCallFinished: (e) => note(e.kind, `■ call finished: ${e.errorKind || 'ok'} after ${e.durationMs} ms`),
  },
});

async function control(path, body) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
}

let controller = null;

async function send(message, choice) {
  controller = new AbortController();
  sendButton.disabled = true;
  stopButton.disabled = false;
  answer.textContent = '';
  answer.dataset.deltas = '0';
  log.replaceChildren();
  started = performance.now();
  setStatus('waiting', 'waiting for the answer');
  const { faults = [], bot = '7300000000000000101' } = scenarios[choice] ?? {};
  try {
    await control('/_fake/reset', {});
    if (faults.length > 0) await control('/_fake/faults', faults);
    const params = {
      bot_id: bot,
      user_id: 'demo-user',
      additional_messages: [{ role: 'user', content: message, content_type: 'text' }],
    };
    for await (const ev of coze.chat.stream(params, { signal: controller.signal })) {
      if (ev.type === 'conversation.message.delta') {
        answer.textContent += ev.content;
        answer.dataset.deltas = String(Number(answer.dataset.deltas) + 1);
        setStatus('streaming');
      } else if (ev.type === 'conversation.chat.completed') {
        note('completed', `✓ chat completed: ${ev.data.usage?.token_count ?? '?'} tokens`);
      }
    }
    setStatus('done');
  } catch (err) {
    if (err instanceof CancelledError) {
      note('stopped', `■ stopped: ${err.name} (${err.message})`);
      setStatus('stopped');
    } else if (err instanceof CozeError) {
      note('error', `✕ ${err.name} (${err.kind}, HTTP ${err.httpStatus || '-'}): ${err.message}`);
      setStatus('error', err.name);
    } else {
      note('error', `✕ ${err}`);
      setStatus('error');
    }
  } finally {
    controller = null;
    sendButton.disabled = false;
    stopButton.disabled = true;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (controller === null && input.value.trim() !== '') send(input.value, scenario.value);
});

stopButton.addEventListener('click', () => controller?.abort());

// Loads the WebAssembly core now, so the first Send does not wait for it.
coze.ready().then(
  () => {
    document.body.dataset.ready = 'true';
  },
  (err) => {
    note('error', `✕ the core did not load: ${err.message}`);
    setStatus('error');
  },
);
