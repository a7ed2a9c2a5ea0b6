// Pages through a conversation's messages, oldest first, 2 per page. Without
// a conversation id it makes one with 5 messages first.
//   COZE_BASE_URL=... COZE_API_TOKEN=... coze_example_messages_pages [CONVERSATION_ID]
#include <iostream>

#include "env.h"

int main(int argc, char** argv) {
  coze::CozeClient client = client_from_env();
  try {
    std::string conversation_id;
    if (argc > 1) {
      conversation_id = argv[1];
    } else {
      conversation_id = client.conversations().create({}).id().value_or("");
      for (int i = 1; i <= 5; ++i) {
        coze::params::ConversationsMessagesCreate m;
        m.conversation_id = conversation_id;
        m.role = "user";
        m.content = "message " + std::to_string(i);
        m.content_type = "text";
        client.conversations().messages().create(m);
      }
    }
    coze::params::ConversationsMessagesList p;
    p.conversation_id = conversation_id;
    p.order = "asc";
    p.limit = 2;
    int n = 0;
    for (const auto& page : client.conversations().messages().list_pages(p).pages()) {
      std::cout << "page " << ++n << ": " << page.items().size() << " messages (has_more="
                << (page.has_more().value_or(false) ? "true" : "false") << ", log id " << page.logid() << ")\n";
      for (const coze::model::Message& m : page.items()) {
        std::cout << "  " << m.role().value_or("") << ": " << m.content().value_or("") << "\n";
      }
    }
  } catch (const coze::CozeError& e) {
    std::cerr << "failed: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
