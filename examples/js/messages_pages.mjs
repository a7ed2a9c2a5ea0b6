// Pages through a conversation's messages, 2 a request, oldest first. Without
// CONVERSATION_ID a conversation with 5 messages is made first.
//   COZE_BASE_URL=... COZE_API_TOKEN=... node examples/js/messages_pages.mjs [CONVERSATION_ID]
import { client } from './common.mjs';

const coze = client();
try {
  let conversationId = process.argv[2];
  if (!conversationId) {
    const messages = Array.from({ length: 5 }, (_, i) => ({
      role: i % 2 ? 'assistant' : 'user',
      content: `message ${i + 1}`,
      content_type: 'text',
    }));
    conversationId = (await coze.conversations.create({ messages })).id;
  }
  const pager = coze.conversations.messages.listPages({
    conversation_id: conversationId,
    limit: 2,
    order: 'asc',
  });
  let n = 0;
  for await (const page of pager.pages()) {
    console.log(`page ${++n}: ${page.items.length} messages (has more: ${page.hasMore})`);
    for (const m of page.items) console.log(`  ${m.role}: ${m.content}`);
  }
} finally {
  coze.close();
}
