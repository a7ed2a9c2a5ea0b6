// Compiled by tsc (test/types.test.mjs), never run: pagers and
// chat.createAndPoll as a TypeScript user sees them.
import {
  Chat,
  Coze,
  Conversation,
  ListMessagesResult,
  Message,
  Page,
  Pager,
  SimpleBot,
  type ChatPollResult,
} from 'cozecore';

export async function pages(coze: Coze): Promise<void> {
  const pager: Pager<Message, ListMessagesResult> = coze.conversations.messages.listPages(
    { conversation_id: 'c', limit: 50, order: 'asc' },
    { timeout: 30000 },
  );
  for await (const message of pager) {
    const m: Message = message;
    void m.content;
    break;
  }
  for await (const page of pager.pages()) {
    const p: Page<Message, ListMessagesResult> = page;
    const items: Message[] = p.items;
    const more: boolean | undefined = p.hasMore;
    const total: number | undefined = p.total;
    const logid: string = p.logid;
    const last: string | undefined = p.data.last_id;
    void [items, more, total, logid, last];
  }
  for await (const conversation of coze.conversations.listPages({ bot_id: 'b', page_size: 20 })) {
    const c: Conversation = conversation;
    void c.id;
  }
  for await (const bot of coze.bots.listPages({ space_id: 's' })) {
    const b: SimpleBot = bot;
    void b;
  }
  for await (const bot of coze.bots.listV1Pages({ space_id: 's' })) {
    const b: SimpleBot = bot;
    void b;
  }
  const polled: ChatPollResult = await coze.chat.createAndPoll(
    { bot_id: 'b', user_id: 'u', poll_interval_ms: 500 },
    { timeout: 60000 },
  );
  const chat: Chat = polled.chat;
  const messages: Message[] = polled.messages;
  void [chat.status, messages.length];

  // @ts-expect-error a pager takes the list operation's parameters only
  coze.conversations.listPages({ bot_id: 'b', page_token: 'x' });
  // @ts-expect-error the list operation's required parameter
  coze.conversations.messages.listPages({});
  // @ts-expect-error a pager takes no idempotency key (each page request has its own)
  coze.conversations.listPages({ bot_id: 'b' }, { idempotency_key: 'k' });
  // @ts-expect-error poll_interval_ms is a number of milliseconds
  await coze.chat.createAndPoll({ bot_id: 'b', user_id: 'u', poll_interval_ms: '1s' });
}
