#include "api/stream_decoder.h"

#include <cstring>
#include <nlohmann/json.hpp>

namespace coze::api {
namespace {

using json = nlohmann::json;

bool starts_with(const std::string& s, const char* prefix) {
  return s.compare(0, std::strlen(prefix), prefix) == 0;
}

// Payload of a `done` event: "[DONE]" (as a JSON string or bare) or an
// object such as {debug_url}. Anything else is kept out of the event.
std::string done_payload(const std::string& data) {
  auto j = json::parse(data, nullptr, false);
  if (!j.is_discarded() && j.is_object()) return data;
  return "{}";
}

StreamOutcome stream_error(const std::string& data) {
  StreamOutcome out;
  out.kind = StreamOutcome::Fail;
  out.error.kind = "stream";
  auto j = json::parse(data, nullptr, false);
  if (!j.is_discarded() && j.is_object()) {
    for (const char* key : {"code", "error_code"}) {
      auto c = j.find(key);
      if (c != j.end() && c->is_number_integer()) out.error.code = c->get<int64_t>();
    }
    for (const char* key : {"msg", "error_message", "message"}) {
      auto m = j.find(key);
      if (m != j.end() && m->is_string()) {
        out.error.message = m->get<std::string>();
        break;
      }
    }
  }
  if (out.error.message.empty()) out.error.message = "the server sent an error event";
  out.error.body = data;
  return out;
}

}  // namespace

StreamOutcome decode_stream_event(StreamKind stream, SseEvent&& sse) {
  (void)stream;
  StreamOutcome out;
  if (sse.type == "done") {
    out.kind = StreamOutcome::DeliverThenDone;
    out.event.type = "done";
    out.event.data = done_payload(sse.data);
    return out;
  }
  if (sse.type == "error") return stream_error(sse.data);

  bool valid = json::accept(sse.data);
  if (!valid && starts_with(sse.type, "conversation.")) {
    out.kind = StreamOutcome::Fail;
    out.error.kind = "decode";
    out.error.message = "malformed JSON in '" + sse.type + "' event";
    out.error.body = sse.data.substr(0, 4096);
    return out;
  }
  out.event.type = std::move(sse.type);
  // Unknown events pass through; a payload that is not JSON becomes a JSON string.
  out.event.data = valid ? std::move(sse.data) : json(sse.data).dump(-1, ' ', false, json::error_handler_t::replace);
  return out;
}

}  // namespace coze::api
