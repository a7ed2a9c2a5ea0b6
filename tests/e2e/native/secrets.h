// The secrets sweep's texts (issue 15, tests/e2e/README.md): everything a
// user could log from a client, in which no secret may appear. Shared by the
// fault scenarios (faults_test.cpp) and the auth flows (secrets_auth_test.cpp).
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coze/client.h"

namespace coze_test {

// Every field of one hook event, as one JSON text.
inline std::string hook_event_text(const coze::HookEvent& e) {
  nlohmann::json j = nlohmann::json::parse(coze::hook_event_json(e));
  for (const auto& a : e.attributes) j["attr:" + a.name] = a.value;
  return j.dump();
}

// A Hooks that hands the events of every hook kind to `record`.
inline coze::Hooks all_hooks(const std::function<void(const coze::HookEvent&)>& record) {
  coze::Hooks hooks;
  hooks.on_request_sent = record;
  hooks.on_response_head = record;
  hooks.on_retry_scheduled = record;
  hooks.on_call_finished = record;
  hooks.on_health_changed = record;
  hooks.on_metric = record;
  hooks.on_tool_called = record;
  hooks.on_tool_finished = record;
  return hooks;
}

// Every string form of an error: what(), describe(), the error as JSON (its
// message, hint, body, request ids and history) and the history on its own.
inline std::vector<std::string> error_texts(const coze::CozeError& e) {
  return {e.what(), coze::describe(e.error()), coze::error_json(e.error()), coze::error_text(e.error()),
          coze::attempts_json(e.history())};
}

}  // namespace coze_test
