// answer_error: one HTTP answer mapped to one Error through the real
// executor, so that every target checks the path its calls take (a probe
// Call with max_retries 0, fed the answer, its events drained).
#include <string>

#include "coze/errors.h"
#include "coze/exec.h"

namespace coze {
namespace {

struct Probe {
  const char* op;
  const char* params;
};

// An operation of the catalogue for the request's shape, with its required
// parameters filled with dummies. The method only picks the operation: with
// no retry the executor maps the answer the same way for every method.
Probe probe_for(const std::string& method, bool stream) {
  if (stream) return {"chat.stream", R"({"bot_id":"0","user_id":"0"})"};
  std::string m;
  for (char c : method) m.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  if (m == "GET" || m == "HEAD") return {"users.me", "{}"};
  if (m == "PUT") return {"conversations.update", R"({"conversation_id":"0"})"};
  if (m == "DELETE") return {"conversations.delete", R"({"conversation_id":"0"})"};
  return {"chat.cancel", R"({"conversation_id":"0","chat_id":"0"})"};
}

Error internal(const std::string& message) {
  Error e;
  e.kind = "internal";
  e.message = "answer_error: " + message;
  return e;
}

}  // namespace

Error answer_error(const std::string& method, bool stream, int status, const std::vector<Header>& headers,
                   const std::string& body, int64_t wall_ms) {
  Probe probe = probe_for(method, stream);
  ClientConfig config;
  config.token = "pat_answer_error_probe";
  config.max_retries = 0;
  config.seed = 1;
  Client client(config);
  CallOptions options;
  options.max_retries = 0;
  options.wall_ms = wall_ms;
  Call call(client, probe.op, probe.params, options);

  // The step() interface, as every binding drives a call.
  int kind = call.step(0);
  if (kind == static_cast<int>(ActionKind::Fail)) return call.error();
  if (kind != static_cast<int>(ActionKind::Send)) {
    return internal(std::string(probe.op) + " did not start with SEND (action " + std::to_string(kind) + ")");
  }
  call.on_response(status, headers);
  if (!body.empty()) call.on_body(body.data(), body.size());
  call.on_end();
  for (;;) {
    kind = call.step(0);
    switch (static_cast<ActionKind>(kind)) {
      case ActionKind::Event:
        call.take_events();  // handed to no one: only how the stream ends matters
        continue;
      case ActionKind::Done:
        return Error();
      case ActionKind::Fail:
        return call.error();
      default:
        return internal(std::string(probe.op) + ": unexpected action " + std::to_string(kind) +
                        " after the whole answer was fed");
    }
  }
}

}  // namespace coze
