// A web app's entry in the project that installed the tarball: browser/run.mjs
// bundles it with esbuild (`import 'cozecore'` resolves to the installed
// copy's browser entry), puts the package's .wasm beside the bundle, and
// opens index.html in Chromium, which reads window.appResult.
import { Coze, CozeError, init, version } from 'cozecore';

async function main() {
  await init();
  const coze = new Coze({ token: 'pat_bundled', baseURL: location.origin, allowPersonalAccessTokenInBrowser: true });
  let text = '';
  let deltas = 0;
  for await (const ev of coze.chat.stream({
    bot_id: '7300000000000000101',
    user_id: 'bundled-app',
    additional_messages: [{ role: 'user', content: 'from a bundle 📦', content_type: 'text' }],
  })) {
    if (ev.type === 'conversation.message.delta') {
      text += ev.content;
      deltas++;
    }
  }
  const busy = await coze.chat.create({ bot_id: 'busy', user_id: 'bundled-app' }).catch((err) => err);
  coze.close();
  return { version: version(), text, deltas, busy: busy instanceof CozeError ? busy.code : String(busy) };
}

window.appResult = main().catch((err) => ({ failed: String(err?.stack ?? err) }));
