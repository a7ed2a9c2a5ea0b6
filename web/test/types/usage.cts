// Compiled by tsc (test/types.test.mjs), never run: the require() types.
import cozecore = require('cozecore');

export async function usage(coze: cozecore.Coze): Promise<string | undefined> {
  const chat: cozecore.Chat = await coze.chat.create({ bot_id: 'b', user_id: 'u' });
  for await (const ev of coze.chat.stream({ bot_id: 'b', user_id: 'u' })) {
    if (ev.type === 'conversation.message.delta') return ev.data?.content;
  }
  // @ts-expect-error an unknown parameter
  await coze.chat.create({ bot_id: 'b', user_id: 'u', botId: 'b' });
  return chat.id;
}
