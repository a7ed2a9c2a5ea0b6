// Runs local tools for a bot: each time the bot asks for get_weather or
// get_time, the functions run here (concurrently) and their outputs go back,
// until the bot answers. The fake server's tools bot reports the outputs.
//   COZE_BASE_URL=... COZE_API_TOKEN=... node examples/js/weather_tools.mjs [BOT_ID] [MESSAGE]
import { cozecore } from './common.mjs'; // an application: import { Coze, defineTool } from 'cozecore';

const { Coze, defineTool } = cozecore;
const [botId = '7300000000000000102', message = 'What is the weather in Paris, and the time?'] = process.argv.slice(2);
const coze = new Coze({ token: process.env.COZE_API_TOKEN, baseURL: process.env.COZE_BASE_URL || 'https://api.coze.com' });

const getWeather = defineTool({
  name: 'get_weather',
  description: 'The current weather in a city',
  parameters: {
    type: 'object',
    properties: {
      city: { type: 'string', minLength: 1 },
      unit: { enum: ['celsius', 'fahrenheit'], default: 'celsius' },
    },
    required: ['city'],
  },
  // args are checked against the schema by the core, defaults filled in: {city: 'Paris', unit: 'celsius'}
  run: async ({ city, unit }) => ({ city, unit, temperature: unit === 'celsius' ? 21 : 70, sky: 'sunny' }),
});

const getTime = defineTool({
  name: 'get_time',
  parameters: { type: 'object', properties: { tz: { type: 'string' } }, required: ['tz'] },
  run: ({ tz }) => new Date().toLocaleTimeString('en-GB', { timeZone: tz }), // a string is sent as it is
});

const params = {
  bot_id: botId,
  user_id: 'example-user',
  additional_messages: [{ role: 'user', content: message, content_type: 'text' }],
  tools: [getWeather, getTime],
  tool_timeout_ms: 10000,
};
for await (const ev of coze.chat.runTools(params)) {
  if (ev.type === 'conversation.chat.requires_action') {
    const calls = ev.data.required_action?.submit_tool_outputs?.tool_calls ?? [];
    console.log(`[the bot asks for ${calls.map((c) => c.function?.name).join(', ')}]`);
  }
  if (ev.type === 'conversation.message.delta') process.stdout.write(ev.content);
  if (ev.type === 'conversation.chat.completed') console.log(`\n[usage: ${ev.data.usage?.token_count ?? '?'} tokens]`);
}
coze.close();
