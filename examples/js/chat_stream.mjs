// Streams a chat answer as it arrives.
//   COZE_BASE_URL=... COZE_API_TOKEN=... node examples/js/chat_stream.mjs [BOT_ID] [MESSAGE]
import { cozecore } from './common.mjs'; // an application: import { Coze } from 'cozecore';

const { Coze } = cozecore;
const [botId = '7300000000000000101', message = 'Hello from cozecore'] = process.argv.slice(2);
const coze = new Coze({ token: process.env.COZE_API_TOKEN, baseURL: process.env.COZE_BASE_URL || 'https://api.coze.com' });
const params = {
  bot_id: botId,
  user_id: 'example-user',
  additional_messages: [{ role: 'user', content: message, content_type: 'text' }],
};
for await (const ev of coze.chat.stream(params)) {
  if (ev.type === 'conversation.message.delta') process.stdout.write(ev.content);
  if (ev.type === 'conversation.chat.completed') console.log(`\n[usage: ${ev.data.usage?.token_count ?? '?'} tokens]`);
}
coze.close();
