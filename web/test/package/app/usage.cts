// The CommonJS view of the same types (dist/index.d.cts through the
// package's "require" condition), type-checked with usage.mts.
import cozecore = require('cozecore');

export async function retrieve(id: string): Promise<string | undefined> {
  const coze = new cozecore.Coze({ token: 'pat_types', baseURL: 'http://127.0.0.1:8090' });
  const chat: cozecore.Chat = await coze.chat.retrieve({ conversation_id: 'c', chat_id: id });
  // @ts-expect-error chat.retrieve needs conversation_id
  await coze.chat.retrieve({ chat_id: id });
  return chat.status;
}
