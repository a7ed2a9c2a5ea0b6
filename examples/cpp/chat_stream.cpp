// Streams a chat and prints the answer as it arrives.
//   COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x coze_example_chat_stream [BOT_ID] [MESSAGE]
#include <iostream>

#include "env.h"

int main(int argc, char** argv) try {
  coze::CozeClient client = client_from_env();
  coze::ChatRequest req;
  req.bot_id = argc > 1 ? argv[1] : env_or("COZE_BOT_ID", "7300000000000000101");
  req.user_id = "example-user";
  req.additional_messages = {coze::user_message(argc > 2 ? argv[2] : "Hello from cozecore")};
  client.chat().stream(req, [](const coze::ChatEvent& ev) {
    if (auto m = ev.message(); m && ev.is(coze::ChatEventKind::conversation_message_delta)) {
      std::cout << m->content().value_or("") << std::flush;
    } else if (auto c = ev.chat(); c && ev.is(coze::ChatEventKind::conversation_chat_completed)) {
      std::cout << "\n[chat " << c->id().value_or("") << " completed]\n";
    }
  });
  return 0;
} catch (const coze::CozeError& e) {
  std::cerr << "\nfailed: " << e.what() << "\n";
  return 1;
}
