// A Node ES module program of a project that installed the cozecore tarball.
// package.test.mjs runs it there against the fake server ($COZE_BASE_URL),
// which it tells to drip the first stream; web/README.md quotes its parts.
// Prints what happened as one JSON object.
import { AuthenticationError, CancelledError, Coze, CozeError, version } from 'cozecore';

const result = { resolved: import.meta.resolve('cozecore') };
const baseURL = process.env.COZE_BASE_URL;
const coze = new Coze({ token: 'pat_consumer', baseURL, maxRetries: 2, timeoutMs: 60000 });
const ask = (content) => ({
  bot_id: '7300000000000000101',
  user_id: 'consumer',
  additional_messages: [{ role: 'user', content, content_type: 'text' }],
});

// Stop a stream by aborting its signal (a Stop button, Ctrl-C): the loop throws CancelledError.
const controller = new AbortController();
let pieces = 0;
try {
  for await (const ev of coze.chat.stream(ask('cancel me after the first piece'), { signal: controller.signal })) {
    if (ev.type === 'conversation.message.delta' && ++pieces === 1) controller.abort();
  }
} catch (err) {
  if (!(err instanceof CancelledError)) throw err;
  result.cancelled = err.kind; // 'cancelled'
}
result.deltas = pieces;

let text = '';
for await (const ev of coze.chat.stream(ask('from ESM'))) {
  if (ev.type === 'conversation.message.delta') text += ev.content;
}
result.text = text;
coze.close();

// Every failure is a CozeError: one subclass per kind, the server's code and logid, a hint.
try {
  await new Coze({ token: 'wrong-token', baseURL }).chat.create(ask('hi'));
} catch (err) {
  if (!(err instanceof CozeError)) throw err;
  if (err instanceof AuthenticationError) console.error(`${err.kind}, HTTP ${err.httpStatus}: ${err.hint}`);
  else console.error(`${err.name} (retryable: ${err.retryable}, logid ${err.logid}): ${err.message}`);
  result.error = [err.name, err.kind, err.httpStatus];
}

result.version = version();
console.log(JSON.stringify(result));
