// Local tools the bot calls: get_weather and get_time run here, their
// arguments checked against their schemas first, and the chat streams on
// with their outputs.
//   COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x coze_example_weather_tools [BOT_ID]
#include <iostream>

#include "env.h"

int main(int argc, char** argv) try {
  coze::CozeClient client = client_from_env();
  coze::Tool weather("get_weather", R"({
      "type": "object",
      "properties": {
        "city": {"type": "string", "minLength": 1},
        "unit": {"enum": ["celsius", "fahrenheit"], "default": "celsius"}},
      "required": ["city"]})",
                     [](const coze::AnyView& args) -> coze::Json {
                       std::string city = args.get("city").as_string().value_or("");
                       std::string unit = args.get("unit").as_string().value_or("celsius");
                       return "sunny in " + city + ", " + (unit == "celsius" ? "21 C" : "70 F");
                     },
                     "The weather in a city");
  coze::Tool time("get_time", R"({"type": "object", "properties": {"tz": {"type": "string"}}, "required": ["tz"]})",
                  [](const coze::AnyView& args) -> coze::Json {
                    return "12:00 in " + args.get("tz").as_string().value_or("UTC");
                  });

  coze::ChatRequest req;  // the fake server's "tools" bot asks for both
  req.bot_id = argc > 1 ? argv[1] : env_or("COZE_BOT_ID", "tools");
  req.user_id = "example-user";
  req.additional_messages = {coze::user_message("What's the weather in Paris, and the time there?")};
  client.chat().run_tools(req, {weather, time}, [](const coze::ChatEvent& ev) {
    if (auto c = ev.chat(); c && ev.is(coze::ChatEventKind::conversation_chat_requires_action)) {
      std::cout << "[the bot asks for tools]\n";
    } else if (auto m = ev.message(); m && ev.is(coze::ChatEventKind::conversation_message_delta)) {
      std::cout << m->content().value_or("") << std::flush;
    } else if (ev.is(coze::ChatEventKind::conversation_chat_completed)) {
      std::cout << "\n[chat completed]\n";
    }
  });
  return 0;
} catch (const coze::CozeError& e) {
  std::cerr << "\nfailed: " << e.what() << "\n";
  return 1;
}
