// Type-checked (never run) by package.test.mjs with `tsc --noEmit -p .` in
// the project that installed the tarball: the types an ES module TypeScript
// user of `cozecore` gets. Each @ts-expect-error line must be an error, so a
// package whose types do not resolve (everything `any`) fails too.
import {
  CancelledError,
  Coze,
  CozeError,
  type Chat,
  type ChatStreamEvent,
  type HookEvent,
  type Message,
  type Stream,
} from 'cozecore';

export async function streamAnswer(question: string, signal?: AbortSignal): Promise<string> {
  const seen: HookEvent[] = [];
  const coze = new Coze({
    token: 'pat_types',
    baseURL: 'http://127.0.0.1:8090',
    maxRetries: 3,
    timeoutMs: 30000,
    hooks: { onRetryScheduled: (e) => seen.push(e), onCallFinished: (e) => seen.push(e) },
  });
  const params = {
    bot_id: '7300000000000000101',
    user_id: 'u',
    additional_messages: [{ role: 'user' as const, content: question, content_type: 'text' as const }],
  };
  const chat: Chat = await coze.chat.create(params);
  const conversation: string | undefined = chat.conversation_id;
  const stream: Stream<ChatStreamEvent> = coze.chat.stream(params, { signal });
  let text = '';
  try {
    for await (const ev of stream) {
      if (ev.type === 'conversation.message.delta') {
        const message: Message | undefined = ev.data;
        text += ev.content ?? message?.content ?? '';
      }
    }
  } catch (err) {
    if (err instanceof CancelledError) return text;
    if (err instanceof CozeError) {
      const retryable: boolean = err.retryable;
      const kind: string = err.kind;
      void [retryable, kind];
    }
    throw err;
  }
  // @ts-expect-error chat.create has no parameter `no_such_parameter`
  await coze.chat.create({ ...params, no_such_parameter: 1 });
  // @ts-expect-error views are read-only
  chat.status = 'completed';
  // @ts-expect-error not an option of new Coze
  void new Coze({ token: 'pat_types', noSuchOption: true });
  void [conversation, seen.length];
  return text;
}
