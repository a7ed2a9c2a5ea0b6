// A chat request for the native end-to-end suites: one user message to `bot`.
#pragma once

#include <string>

#include "coze/client.h"

namespace coze_test {

inline coze::ChatRequest chat_of(const std::string& bot, const std::string& text = "hello") {
  coze::ChatRequest req;
  req.bot_id = bot;
  req.user_id = "u1";
  req.additional_messages = {coze::user_message(text)};
  return req;
}

}  // namespace coze_test
