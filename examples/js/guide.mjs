// The walk-through of web/README.md: one function per README block that no
// other example holds (the quick start, tools, workflow and paging blocks are
// cut from chat_stream, weather_tools, workflow_resume and messages_pages), in
// the README's order, each holding that block's code and checking what it got; the README's blocks marked
// <!-- snippet: examples/js/guide.mjs --> are cut from here. Against the fake
// server only (tests/fake_coze): the OAuth apps of "Auth" are registered, and
// uploads read back, through its control endpoints. The files it writes go
// to a temporary directory, its working directory while it runs. ("In a web
// page" is not here: its block comes from web/demo/demo.mjs, which the
// browser suite runs.)
//   COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_... node examples/js/guide.mjs
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { cozecore } from './common.mjs'; // an application: import { Coze, ... } from 'cozecore';

const {
  Coze,
  CozeError,
  authorizeUrl,
  deviceFlow,
  exchangeCode,
  loadOAuthApp,
  pkcePair,
} = cozecore;

const token = process.env.COZE_API_TOKEN;
const baseURL = process.env.COZE_BASE_URL || 'https://api.coze.com';
const ECHO_BOT = '7300000000000000101'; // the fake's seed bots
const TOOLS_BOT = '7300000000000000102';

// ---- helpers (not part of the README) ----

function check(ok, what) {
  if (!ok) throw new Error(`check failed: ${what}`);
}

function ok(section) {
  console.log(`ok ${section}`);
}

// Keeps what is printed to stdout from now on (still printing it); the
// function returned stops that and gives the text.
function capture() {
  const write = process.stdout.write;
  let text = '';
  process.stdout.write = function (chunk, ...rest) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return write.call(this, chunk, ...rest);
  };
  return () => {
    process.stdout.write = write;
    return text;
  };
}

// A control endpoint of the fake server (setup and read-back): the Response.
async function fake(method, route, body) {
  const res = await fetch(new URL(route, baseURL), {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  check(res.ok, `${method} ${route}: HTTP ${res.status}`);
  return res;
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// The bytes the fake kept for an uploaded file match `bytes`.
async function checkUploaded(file, bytes, what) {
  const res = await fake('GET', `/_fake/files/content?file_id=${file.id}`);
  check(res.headers.get('x-fake-sha256') === sha256(bytes), `${what}: the server got other bytes`);
  check(file.bytes === bytes.length, `${what}: ${file.bytes} bytes, not ${bytes.length}`);
}

async function chatWorks(client, what) {
  const chat = await client.chat.create({
    bot_id: ECHO_BOT,
    user_id: 'example-user',
    additional_messages: [{ role: 'user', content: 'hi', content_type: 'text' }],
  });
  check(/^\d+$/.test(chat.id ?? ''), `${what}: a chat was made`);
}

// ---- Quick start ----

function quickStart() {
  const [botId, message] = [ECHO_BOT, 'Hello from cozecore'];
  const coze = new Coze({ token: process.env.COZE_API_TOKEN, baseURL: process.env.COZE_BASE_URL || 'https://api.coze.com' });
  const params = {
    bot_id: botId,
    user_id: 'example-user',
    additional_messages: [{ role: 'user', content: message, content_type: 'text' }],
  };
  return { coze, params };
}

async function toolCallsByHand(coze, quickStartParams) {
  const params = { ...quickStartParams, bot_id: TOOLS_BOT }; // the fake's bot that calls tools
  // Your functions: their outputs go back as strings.
  const run = (name, args) => (name === 'get_weather' ? `sunny in ${args.city}` : `12:00 in ${args.tz}`);
  let answer = '';
  for await (const ev of coze.chat.stream(params)) {
    if (ev.type === 'conversation.chat.requires_action') {
      const chat = ev.data; // a Chat
      const tool_outputs = chat.required_action.submit_tool_outputs.tool_calls.map((c) => ({
        tool_call_id: c.id,
        output: run(c.function.name, JSON.parse(c.function.arguments)),
      }));
      const rest = coze.chat.submitToolOutputsStream({ conversation_id: chat.conversation_id, chat_id: chat.id, tool_outputs });
      for await (const next of rest) {
        if (next.type === 'conversation.message.delta') answer += next.content; // the rest of the answer
      }
    }
  }
  check(
    answer === 'Tool outputs: get_weather -> sunny in Paris; get_time -> 12:00 in Europe/Paris',
    `the answer after the outputs: ${JSON.stringify(answer)}`,
  );
  ok('Tool calls, workflows: tool calls by hand');
}

// ---- Pages and polling ----

async function pagesAndPolling(coze, params) {
  const bot_id = params.bot_id;
  const conversation_id = (
    await coze.conversations.create({
      bot_id,
      messages: ['first', 'second', 'third'].map((content) => ({ role: 'user', content, content_type: 'text' })),
    })
  ).id;
  const all = await coze.conversations.list({ bot_id, page_size: 50 }); // to compare the pages with
  check(all.conversations.length < 50, 'one page of 50 holds every conversation of the bot');
  const stop = capture();
  // Every message of a conversation, oldest first, 50 a request.
  for await (const m of coze.conversations.messages.listPages({ conversation_id, limit: 50, order: 'asc' })) {
    console.log(m.role, m.content);
  }

  // The pages themselves: items, hasMore, total (when the answer has one), logid, data (the typed result).
  for await (const page of coze.conversations.listPages({ bot_id, page_size: 20 }).pages()) {
    console.log(page.logid, page.items.length, page.hasMore);
  }

  // Create a chat without streaming and wait for it: {chat, messages}.
  const { chat, messages } = await coze.chat.createAndPoll(
    { ...params, poll_interval_ms: 1000 }, // poll_interval_ms: the default
    { timeout: 60_000 }, // past it: the chat is cancelled, TimeoutError
  );
  console.log(chat.status, messages.at(-1)?.content);
  const lines = stop().trimEnd().split('\n');
  check(lines.slice(0, 3).join('|') === 'user first|user second|user third', `the messages: ${lines.slice(0, 3)}`);
  const pages = lines.slice(3, -1).map((line) => line.split(' '));
  check(pages.length >= 1 && pages.every(([logid]) => /FAKE/.test(logid)), `each page has its logid: ${lines}`);
  const listed = pages.reduce((sum, [, count]) => sum + Number(count), 0);
  check(listed === all.conversations.length, `the pages hold ${listed} conversations, the list ${all.conversations.length}`);
  check(pages.at(-1)[2] === 'false' && pages.slice(0, -1).every(([, count]) => count === '20'), 'full pages, then the last');
  check(chat.status === 'completed', `the chat polled until ${chat.status}`);
  check(lines.at(-1) === `completed Echo: ${params.additional_messages[0].content}`, `the answer: ${lines.at(-1)}`);
  ok('Pages and polling');
}

// ---- Files and audio ----

async function uploadFiles(coze) {
  const report = Buffer.alloc(300 * 1024, 'report ');
  fs.writeFileSync('report.pdf', report);
  const bigBytes = Buffer.alloc(2 << 20, 'big ');
  fs.writeFileSync('big.bin', bigBytes);
  const size = bigBytes.length;
  const input = { files: [new File(['notes from a page'], 'notes.txt', { type: 'text/plain' })] }; // as a page has it
  const stop = capture();
  const file = await coze.files.upload(
    { file: { path: './report.pdf' } },
    { onUploadProgress: (sent, total) => console.log(`${sent} / ${total}`) },
  );
  const big = await coze.files.upload({ file: { data: fs.createReadStream('big.bin'), filename: 'big.bin', size } });
  const picked = await coze.files.upload({ file: input.files[0] }); // a File from <input type=file>
  const last = stop().trimEnd().split('\n').at(-1).split(' / ');
  check(last[0] === last[1] && Number(last[1]) > report.length, `the progress ends at the total: ${last.join(' / ')}`);
  check(file.file_name === 'report.pdf' && big.file_name === 'big.bin', 'the file names');
  check(picked.file_name === 'notes.txt', `the File's name: ${picked.file_name}`);
  await checkUploaded(file, report, 'report.pdf');
  await checkUploaded(big, bigBytes, 'big.bin');
  await checkUploaded(picked, Buffer.from('notes from a page'), 'the File');
  ok('Files and audio: uploads');
}

async function speech(coze) {
  const voice_id = '7300000000000000301'; // the fake's Alloy voice
  const player = { chunks: [], append: (chunk) => player.chunks.push(chunk) }; // an audio player stands here
  await coze.audio.speech.create({ input: 'Hello', voice_id }, { sink: './hello.mp3' });
  await coze.audio.speech.create({ input: 'Hello', voice_id }, { sink: (chunk) => player.append(chunk) });
  const { data, contentType } = await coze.audio.speech.create({ input: 'Hello', voice_id });
  check(contentType === 'audio/mpeg', `the content type: ${contentType}`);
  const whole = Buffer.from(data);
  check(whole.subarray(0, 3).toString() === 'ID3' && whole.subarray(-5).toString() === 'Hello', 'an mp3 saying Hello');
  check(fs.readFileSync('hello.mp3').equals(whole), 'the file sink got the same bytes');
  check(Buffer.concat(player.chunks).equals(whole), 'the function sink got the same bytes');
  ok('Files and audio: speech');
}

// ---- Retry budget, rate limit, health, hooks ----

async function retryBudgetAndHooks(params) {
  const logged = [];
  const log = (...args) => logged.push(format(...args)); // your logger
  const coze = new Coze({
    token,
    baseURL,
    retryBudget: { capacity: 500, retryCost: 5, timeoutRetryCost: 10, successRefund: 1 }, // the defaults
    rateLimit: { perSecond: 5, burst: 2 }, // off by default (null)
    health: { alpha: 0.3, sliceMs: 1000, spikeFactor: 3, spikeMinAttempts: 5 }, // the defaults
    breaker: { threshold: 0.5, minAttempts: 10, openMs: 30000, halfOpenProbes: 1 }, // off by default; true: these
    hooks: {
      onRequestSent: (e) => log('->', e.method, e.path, 'attempt', e.attempt, e.headers),
      onResponseHead: (e) => log('<-', e.status, e.logid, `${e.durationMs} ms`),
      onRetryScheduled: (e) => log('retry in', e.delayMs, 'ms after', e.errorKind),
      onCallFinished: (e) => log(e.op, e.errorKind || 'ok', e.severity, `${e.durationMs} ms`),
      onToolFinished: (e) => log('tool', e.tool, e.toolCallId, e.outcome, `${e.durationMs} ms`), // "Tools" above
      onHealthChanged: (e) => log('health', e.reason, e.state, e.errorRate, e.severity),
      onMetric: (e) => log(e.metric, e.value, e.unit, e.attributes), // "Metrics" below
    },
    hookBodies: false, // true: onRequestSent events carry the request body
  });
  await fake('POST', '/_fake/faults', { status: 503, headers: { 'Retry-After': '0' }, body: { code: 5000, msg: 'busy' } });
  const chat = await coze.chat.create(params);
  const tools = [{ name: 'get_weather', run: () => 'sunny' }, { name: 'get_time', run: () => '12:00' }];
  for await (const ev of coze.chat.runTools({ ...params, bot_id: TOOLS_BOT, tools })) check(ev.type, 'an event');
  const health = coze.health();
  coze.close();
  const has = (re) => logged.some((line) => re.test(line));
  check(/^\d+$/.test(chat.id ?? ''), 'the chat was made after the retry');
  check(has(/^-> POST \/v3\/chat attempt 1 /) && has(/^-> POST \/v3\/chat attempt 2 /), 'two attempts sent');
  check(has(/^<- 503 /) && has(/^retry in \d+ ms after server$/), 'a 503, then a retry');
  check(has(/^chat\.create ok /), 'the call finished ok');
  check(has(/^tool get_weather \S+ ok \d+ ms$/) && has(/^tool get_time \S+ ok \d+ ms$/), 'the tools ran');
  check(has(/^http\.client\.request\.duration [\d.e-]+ s /) && has(/^coze\.client\.retries 1 /), 'the metrics');
  check(has(/authorization: '\[redacted\]'/) && !logged.some((line) => line.includes(token)), 'no token in the hooks');
  // Four attempts: the 503 and its retry, then the tools chat's stream and its submitted outputs.
  check(health.total_attempts === 4 && health.total_failures === 1, `the health: ${JSON.stringify(health)}`);
  ok('Retry budget, rate limit, health, hooks');
}

// ---- Metrics ----

// A stand-in for @opentelemetry/api's `metrics` (getMeter, createHistogram,
// createCounter, createGauge; add on counters, record on the others) that
// keeps what it is given: that package is not installed here, and without an
// SDK its meters drop the values.
function recordingMetrics() {
  const instruments = [];
  const instrument = (kind, name, options, method) => {
    const made = { kind, name, unit: options?.unit, values: [] };
    made[method] = (value, attributes) => made.values.push({ value, attributes });
    instruments.push(made);
    return made;
  };
  const getMeter = (name) => ({
    name,
    createHistogram: (n, o) => instrument('histogram', n, o, 'record'),
    createCounter: (n, o) => instrument('counter', n, o, 'add'),
    createGauge: (n, o) => instrument('gauge', n, o, 'record'),
  });
  return { metrics: { getMeter }, instruments };
}

async function metricsIntoOpenTelemetry(metrics, recorded, params) {
  // `metrics` is OpenTelemetry's: import { metrics } from '@opentelemetry/api';
  const meter = metrics.getMeter('cozecore');
  const instruments = new Map();
  const make = { histogram: 'createHistogram', counter: 'createCounter', gauge: 'createGauge' };
  const coze = new Coze({
    token,
    baseURL,
    hooks: {
      onMetric: (e) => {
        let instrument = instruments.get(e.metric);
        if (!instrument) {
          instrument = meter[make[e.instrument]](e.metric, { unit: e.unit });
          instruments.set(e.metric, instrument);
        }
        if (e.instrument === 'counter') instrument.add(e.value, e.attributes);
        else instrument.record(e.value, e.attributes);
      },
    },
  });
  await fake('POST', '/_fake/faults', { status: 503, headers: { 'Retry-After': '0' }, body: { code: 5000, msg: 'busy' } });
  let events = 0;
  for await (const ev of coze.chat.stream(params)) events += ev.type ? 1 : 0;
  coze.close();
  const got = Object.fromEntries(recorded.map((i) => [i.name, i]));
  const duration = got['http.client.request.duration'];
  check(duration?.kind === 'histogram' && duration.unit === 's', 'a duration histogram in seconds');
  check(duration.values.length === 2 && duration.values.every((v) => v.value >= 0), 'one duration per attempt');
  check(duration.values[0].attributes['http.response.status_code'] === '503', 'the first attempt got the 503');
  const retries = got['coze.client.retries'];
  check(retries?.kind === 'counter' && retries.values[0]?.value === 1, 'one retry counted');
  check(retries.values[0].attributes['error.type'] === 'server', 'the retry of a server error');
  const streamed = got['coze.client.stream.events'];
  check(streamed?.kind === 'counter' && streamed.values[0]?.value === events, `the ${events} events counted`);
  ok('Metrics');
}

// ---- Auth ----

// What a browser does with the authorize URL when the user approves: the code
// from the redirect to redirectUri (the fake approves at once).
async function signIn(url, redirectUri, state) {
  const res = await fetch(url, { redirect: 'manual' });
  check(res.status === 302, `authorize answered ${res.status}`);
  const location = new URL(res.headers.get('location'));
  check(`${location.origin}${location.pathname}` === redirectUri, `redirected to ${location}`);
  check(location.searchParams.get('state') === state, 'the state came back');
  return location.searchParams.get('code');
}

async function authPkce() {
  const [clientId, redirectUri, state] = ['guide-pkce', 'http://localhost:9/callback', `st-${Date.now()}`];
  await fake('POST', '/_fake/oauth/apps', { client_id: clientId, client_type: 'pkce', redirect_uris: [redirectUri] });
  // PKCE (web pages, apps): send the user to the URL, then exchange the code.
  const { verifier, challenge } = await pkcePair();
  const url = await authorizeUrl({ clientId, redirectUri, state, codeChallenge: challenge, baseURL });
  const code = await signIn(url, redirectUri, state); // the user approves; the redirect brings ?code=...&state=...
  const token = await exchangeCode({ clientId, code, redirectUri, codeVerifier: verifier, baseURL });
  const coze = new Coze({
    baseURL,
    auth: {
      type: 'oauth',
      clientId,
      accessToken: token.access_token,
      refreshToken: token.refresh_token,
      expiresIn: token.expires_in,
    },
  });
  await chatWorks(coze, 'PKCE');
  await fake('POST', '/_fake/oauth/expire', { access_token: token.access_token });
  await chatWorks(coze, 'PKCE after the token expired');
  const now = coze.token();
  coze.close();
  check(now.refreshes === 1 && now.access_token !== token.access_token, 'the client refreshed its token once');
  check(now.refresh_token !== token.refresh_token, 'the rotated refresh token');
  ok('Auth: PKCE');
}

async function authDevice() {
  const clientId = 'guide-device';
  await fake('POST', '/_fake/oauth/apps', { client_id: clientId, client_type: 'device', device: { pending: 1, interval: 1 } });
  const stop = capture();
  // Device flow (CLIs): show the code, get the token once the user approved.
  const deviceToken = await deviceFlow({
    clientId,
    baseURL,
    onCode: (c) => console.log(`Open ${c.verification_uri} and enter ${c.user_code}`),
  });
  const out = stop();
  check(/^Open http\S+ and enter \S+$/m.test(out), `the code shown: ${JSON.stringify(out)}`);
  check(/^oat_/.test(deviceToken.access_token), 'an access token');
  const coze = new Coze({ token: deviceToken.access_token, baseURL });
  await chatWorks(coze, 'the device token');
  coze.close();
  ok('Auth: device flow');
}

async function authService() {
  const [clientId, publicKeyId] = ['guide-jwt', `guide-kid-${Date.now()}`]; // a key id of this run's key
  const pair = await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );
  const pem = (label, der) =>
    `-----BEGIN ${label}-----\n${Buffer.from(der).toString('base64').match(/.{1,64}/g).join('\n')}\n-----END ${label}-----\n`;
  const pkcs8Pem = pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const publicPem = pem('PUBLIC KEY', await crypto.subtle.exportKey('spki', pair.publicKey));
  await fake('POST', '/_fake/oauth/apps', {
    client_id: clientId,
    client_type: 'jwt',
    public_key_id: publicKeyId,
    public_key_pem: publicPem,
  });
  const config = {
    client_type: 'jwt',
    client_id: clientId,
    coze_api_base: baseURL,
    public_key_id: publicKeyId,
    private_key: pkcs8Pem,
  };
  fs.writeFileSync('coze_oauth_config.json', JSON.stringify(config));
  // Service app: the client gets and renews its tokens itself.
  const server = new Coze({
    baseURL,
    auth: { type: 'jwt', clientId, publicKeyId, privateKey: pkcs8Pem, sessionName: 'user-1' },
  });
  // or from the OAuth app JSON the official SDKs read:
  const app = await loadOAuthApp(fs.readFileSync('coze_oauth_config.json', 'utf8'));
  const appClient = app.client();
  await chatWorks(server, 'the service app');
  await chatWorks(appClient, 'the app from its JSON');
  check(/^oat_/.test(server.token().access_token) && /^oat_/.test(appClient.token().access_token), 'both got tokens');
  server.close();
  appClient.close();
  const log = await (await fake('GET', '/_fake/requests')).json();
  const grants = (Array.isArray(log) ? log : log.requests).filter((r) => r.oauth?.kid === publicKeyId);
  check(grants.length === 2 && grants.every((r) => r.oauth.outcome === 'ok'), 'one JWT grant per client');
  check(grants.some((r) => r.oauth.session_name === 'user-1'), 'the session name was sent');
  ok('Auth: service app');
}

// ---- main ----

async function main() {
  if (!token) {
    console.error('set COZE_API_TOKEN and COZE_BASE_URL (the fake server: tests/fake_coze/server.py)');
    process.exit(2);
  }
  const home = process.cwd();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cozecore-guide-'));
  process.chdir(dir);
  try {
    const { coze, params } = quickStart();
    await toolCallsByHand(coze, params);
    await pagesAndPolling(coze, params);
    await uploadFiles(coze);
    await speech(coze);
    await retryBudgetAndHooks(params);
    const { metrics, instruments } = recordingMetrics();
    await metricsIntoOpenTelemetry(metrics, instruments, params); // the instruments it made
    await authPkce();
    await authDevice();
    await authService();
    // "Releasing resources": close() frees the client; a call after it is refused.
    coze.close();
    let refused = null;
    await coze.chat.create(params).catch((err) => {
      refused = err;
    });
    check(refused instanceof CozeError, `a call after close() is refused: ${refused}`);
    ok('Releasing resources');
  } finally {
    process.chdir(home);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log('guide: every section ran');
}

main().catch((err) => {
  console.error(`guide: ${err?.stack ?? err}`);
  process.exit(1);
});
