// Compiled by tsc (test/types.test.mjs), never run: local tools
// (coze.chat.runTools, defineTool) as an ESM TypeScript user sees them.
// Each @ts-expect-error line must be an error.
import {
  Coze,
  ToolError,
  defineTool,
  type ChatStreamEvent,
  type HookEvent,
  type Stream,
  type Tool,
  type ToolContext,
  type ToolSpec,
} from 'cozecore';

export async function tools(coze: Coze): Promise<void> {
  const weather: Tool<{ city: string; unit: 'celsius' | 'fahrenheit' }> = defineTool({
    name: 'get_weather',
    description: 'The weather in a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' }, unit: { enum: ['celsius', 'fahrenheit'], default: 'celsius' } },
      required: ['city'],
    },
    run: async (args: { city: string; unit: 'celsius' | 'fahrenheit' }, context: ToolContext) => {
      context.signal.throwIfAborted();
      return { city: args.city, unit: args.unit, id: context.id, name: context.name };
    },
  });
  const time: ToolSpec = { name: 'get_time', run: () => '12:00' };
  const stream: Stream<ChatStreamEvent> = coze.chat.runTools(
    {
      bot_id: 'b',
      user_id: 'u',
      additional_messages: [{ role: 'user', content: 'Weather?', content_type: 'text' }],
      tools: [weather, time],
      max_rounds: 4,
      tool_timeout_ms: 5000,
      tool_errors: 'fail',
    },
    { signal: AbortSignal.timeout(60000) },
  );
  try {
    for await (const ev of stream) if (ev.type === 'conversation.message.delta') void ev.content;
  } catch (err) {
    if (err instanceof ToolError) void [err.kind, err.severity];
  }
  for await (const ev of coze.stream('chat.run_tools', { bot_id: 'b', user_id: 'u', tools: [time] })) void ev.type;
  void new Coze({
    token: 't',
    hooks: {
      onToolCalled: (e: HookEvent) => void [e.tool, e.toolCallId],
      onToolFinished: (e: HookEvent) => {
        if (e.kind === 'tool_finished' && e.outcome === 'timeout') void e.durationMs;
      },
    },
  });
  const name: string = weather.name;
  void name;

  // @ts-expect-error tools are required
  coze.chat.runTools({ bot_id: 'b', user_id: 'u' });
  // @ts-expect-error the stream field is the run's own
  coze.chat.runTools({ bot_id: 'b', user_id: 'u', tools: [time], stream: false });
  // @ts-expect-error tool_errors is 'output' or 'fail'
  coze.chat.runTools({ bot_id: 'b', user_id: 'u', tools: [time], tool_errors: 'ignore' });
  // @ts-expect-error a tool needs a function
  defineTool({ name: 'x', parameters: {} });
  // @ts-expect-error a defined tool is read-only
  weather.name = 'other';
}
