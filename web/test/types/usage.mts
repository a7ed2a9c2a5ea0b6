// Compiled by tsc (test/types.test.mjs), never run: the package's types as
// an ESM TypeScript user sees them. Each @ts-expect-error line must be an error.
import {
  Chat,
  ChatEvent,
  CircuitOpenError,
  ClientHealth,
  Coze,
  CozeError,
  Message,
  Stream,
  WorkflowEvent,
  decodeEvent,
  decodeResponse,
  type BinaryResult,
  type ChatStreamEvent,
  type HookEvent,
  type MetricName,
  type Severity,
  type RequestOptions,
} from 'cozecore';

export async function usage(coze: Coze): Promise<void> {
  const options: RequestOptions = {
    timeout: 5000,
    extra_headers: { 'X-A': '1' },
    extra_query: { q: 1 },
    extra_body: { b: [1] },
  };
  const chat: Chat = await coze.chat.create(
    { bot_id: 'b', user_id: 'u', additional_messages: [{ role: 'user', content: 'hi', content_type: 'text' }] },
    options,
  );
  const id: string | undefined = chat.id;
  const tokens: number | undefined = chat.usage?.token_count;
  const calls = chat.required_action?.submit_tool_outputs?.tool_calls ?? [];
  for (const call of calls) void call.function?.arguments;

  const stream: Stream<ChatStreamEvent> = coze.chat.stream({ bot_id: 'b', user_id: 'u' });
  for await (const ev of stream) {
    if (ev.type === 'conversation.message.delta') {
      const message: Message | undefined = ev.data;
      const text: string | undefined = ev.content;
      void message?.content;
      void text;
    }
    if (ev.type === 'conversation.chat.completed') void ev.data?.usage;
    const event: ChatEvent = ev;
    void event;
  }
  for await (const ev of coze.workflows.runs.stream({ workflow_id: 'w' })) {
    if (ev.type === 'Interrupt') void ev.data?.interrupt_data?.event_id;
    const event: WorkflowEvent = ev;
    void event;
  }

  const page = await coze.conversations.messages.list({ conversation_id: 'c', limit: 10 });
  const first: Message | undefined = page.data?.[0];
  const audio: BinaryResult = await coze.audio.speech.create({ input: 'hi', voice_id: 'v' });
  const bytes: Uint8Array | null = audio.data;
  const saved: number = (await coze.audio.speech.create({ input: 'hi', voice_id: 'v' }, { sink: 'out.mp3' })).size;
  await coze.audio.speech.create({ input: 'hi', voice_id: 'v' }, { sink: (chunk: Uint8Array) => void chunk });
  await coze.request('audio.speech.create', { input: 'hi', voice_id: 'v' }, { sink: new WritableStream() });
  await coze.files.upload({ file: { path: 'a.bin' } }, { onUploadProgress: (sent, total) => void [sent, total] });
  await coze.files.upload({ file: { data: new ReadableStream<Uint8Array>(), filename: 'a', size: 3 } });
  void saved;
  // @ts-expect-error a sink is an option of binary operations only
  await coze.users.me({}, { sink: 'x' });
  const me = await coze.users.me();
  await coze.files.upload({ file: new Uint8Array([1]) });
  await coze.files.upload({ file: { data: new Blob(['x']), filename: 'x.txt' } });
  const byName: Chat = await coze.request('chat.retrieve', { conversation_id: 'c', chat_id: 'x' });
  const parsed: Chat = Chat.parse('{}');
  const decoded: Chat = decodeResponse('chat.create', 200, '{}');
  const one: ChatStreamEvent = decodeEvent('chat.stream', 'done', '{}');
  void [id, tokens, first, bytes, me.user_id, byName, parsed.toJSON(), parsed.$extra, decoded, one, CozeError];

  const guarded = new Coze({
    token: 't',
    health: { alpha: 0.3, sliceMs: 1000, spikeFactor: 3, spikeMinAttempts: 5 },
    breaker: { threshold: 0.5, minAttempts: 10, openMs: 30000, halfOpenProbes: 1 },
    hooks: {
      onHealthChanged: (e: HookEvent) => void [e.reason, e.state, e.errorRate, e.severity],
    },
  });
  void new Coze({ token: 't', breaker: true });
  const measured = new Coze({
    token: 't',
    hooks: {
      onMetric: (e: HookEvent) => {
        if (e.kind !== 'metric' || e.value === null) return;
        const name: MetricName | '' = e.metric;
        const port: string | undefined = e.attributes['server.port'];
        void [name, e.instrument, e.unit, e.value * 1000, port];
      },
    },
  });
  void measured;
  // @ts-expect-error a metric's attributes are strings
  const wrongAttr: Record<string, number> = ({} as HookEvent).attributes;
  void wrongAttr;
  const health: ClientHealth = guarded.health();
  const state: string | undefined = health.state;
  const opened: number | undefined = health.opened;
  try {
    await guarded.users.me();
  } catch (err) {
    if (err instanceof CircuitOpenError) {
      const severity: Severity = err.severity;
      void [severity, err.retryAfterMs];
    }
  }
  void [state, opened];
  // @ts-expect-error the breaker takes an object or a boolean
  void new Coze({ token: 't', breaker: 'on' });

  // @ts-expect-error an unknown parameter
  await coze.chat.retrieve({ conversation_id: 'c', chat_id: 'x', chatId: 'x' });
  // @ts-expect-error a missing required parameter
  await coze.chat.retrieve({ conversation_id: 'c' });
  // @ts-expect-error a parameter of the wrong type
  await coze.conversations.messages.list({ conversation_id: 'c', limit: '10' });
  // @ts-expect-error an unknown option
  await coze.users.me({}, { timeot: 1 });
  // @ts-expect-error views are read-only
  chat.id = 'x';
  // @ts-expect-error views are made by the package only
  new Chat();
}
