// The CommonJS twin of esm.mjs: require('cozecore') from the project that
// installed the tarball. Prints one JSON object.
const { AuthenticationError, CancelledError, Coze, CozeError, version } = require('cozecore');

const baseURL = process.env.COZE_BASE_URL;
const params = (content) => ({
  bot_id: '7300000000000000101',
  user_id: 'consumer',
  additional_messages: [{ role: 'user', content, content_type: 'text' }],
});

async function main() {
  const coze = new Coze({ token: 'pat_consumer', baseURL });
  let text = '';
  for await (const ev of coze.chat.stream(params('from CommonJS'))) {
    if (ev.type === 'conversation.message.delta') text += ev.content;
  }
  const error = await new Coze({ token: 'not_a_pat', baseURL, maxRetries: 0 }).chat
    .create(params('x'))
    .catch((err) => err);
  let cancelled = '';
  let deltas = 0;
  try {
    for await (const ev of coze.chat.stream(params('cancel me after the first piece'), {
      signal: AbortSignal.abort(),
    })) {
      deltas++;
      void ev;
    }
  } catch (err) {
    cancelled = err instanceof CancelledError ? 'CancelledError' : String(err);
  }
  coze.close();
  return {
    resolved: require.resolve('cozecore'),
    version: version(),
    text,
    error: error instanceof AuthenticationError && error instanceof CozeError ? error.kind : String(error),
    status: error.httpStatus,
    cancelled,
    deltas,
  };
}

main().then(
  (out) => console.log(JSON.stringify(out)),
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
