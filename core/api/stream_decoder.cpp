#include "api/stream_decoder.h"

#include "coze/errors.h"

#include "api/catalogue.h"
#include "api/event_json.h"

#include <cstring>
#include <nlohmann/json.hpp>

namespace coze::api {
namespace {

using json = nlohmann::json;

constexpr size_t kMaxKeptPayload = 4096;  // of a bad or error event, on the Error

bool starts_with(const std::string& s, const char* prefix) {
  return s.compare(0, std::strlen(prefix), prefix) == 0;
}

bool equals_ignoring_case(const std::string& a, const char* b) {
  size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string as_json_string(const std::string& text) {
  return json(text).dump(-1, ' ', false, json::error_handler_t::replace);
}

// Payload of an end-of-stream event: "[DONE]" (as a JSON string or bare), or
// an object such as {debug_url}. Anything but an object becomes {}.
std::string done_payload(const std::string& data) {
  auto j = json::parse(data, nullptr, false);
  if (!j.is_discarded() && j.is_object()) return data;
  return "{}";
}

// A business code sent as a JSON integer or as a string of digits.
bool read_code(const json& v, int64_t& out) {
  if (v.is_number_integer()) {
    out = v.get<int64_t>();
    return true;
  }
  if (v.is_string()) {
    const std::string& s = v.get_ref<const std::string&>();
    if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) return false;
    out = std::stoll(s);
    return true;
  }
  return false;
}

// `error` ({code, msg}) and workflow `Error` ({error_code, error_message}):
// both spellings are read for either stream.
StreamOutcome stream_error(const std::string& data, const char* what) {
  StreamOutcome out;
  out.kind = StreamOutcome::Fail;
  out.error.kind = "stream";
  auto j = json::parse(data, nullptr, false);
  if (!j.is_discarded() && j.is_object()) {
    for (const char* key : {"code", "error_code"}) {
      auto c = j.find(key);
      if (c != j.end() && read_code(*c, out.error.code)) break;
    }
    for (const char* key : {"msg", "error_message", "message"}) {
      auto m = j.find(key);
      if (m != j.end() && m->is_string() && !m->get_ref<const std::string&>().empty()) {
        out.error.message = m->get<std::string>();
        break;
      }
    }
  }
  if (out.error.message.empty()) {
    out.error.message = std::string("the server sent ") + what;
    if (out.error.code != 0) out.error.message += " (code " + std::to_string(out.error.code) + ")";
  }
  out.error.body = utf8_prefix(data, kMaxKeptPayload);
  out.error.hint = error_hint(out.error);  // a 4016 in a stream says what to do as over HTTP
  return out;
}

StreamOutcome malformed(const std::string& type, const std::string& data) {
  StreamOutcome out;
  out.kind = StreamOutcome::Fail;
  out.error.kind = "decode";
  out.error.message = "malformed JSON in '" + type + "' event";
  out.error.body = utf8_prefix(data, kMaxKeptPayload);
  return out;
}

// A typed event's payload is an object of its model.
bool is_object_text(const std::string& data) {
  size_t i = data.find_first_not_of(" \t\r\n");
  return i != std::string::npos && data[i] == '{';
}

StreamOutcome not_an_object(const std::string& type, const std::string& data) {
  StreamOutcome out = malformed(type, data);
  out.error.message = "the payload of '" + type + "' is not a JSON object";
  return out;
}

StreamOutcome deliver(std::string type, std::string data) {
  StreamOutcome out;
  out.event.type = std::move(type);
  out.event.data = std::move(data);
  return out;
}

StreamOutcome end_of_stream(const char* type, const std::string& data) {
  StreamOutcome out = deliver(type, done_payload(data));
  out.kind = StreamOutcome::DeliverThenDone;
  return out;
}

// An event the decoder does not know: passed through, never an error.
StreamOutcome pass_through(SseEvent&& sse) {
  bool valid = validate_json(sse.data);
  std::string data = valid ? std::move(sse.data) : as_json_string(sse.data);
  return deliver(std::move(sse.type), std::move(data));
}

StreamOutcome decode_chat(SseEvent&& sse, bool validate) {
  if (sse.type == "done") return end_of_stream("done", sse.data);
  if (sse.type == "error") return stream_error(sse.data, "an error event");
  if (starts_with(sse.type, "conversation.")) {
    if (validate && !validate_json(sse.data)) return malformed(sse.type, sse.data);
    if (find_stream_event(StreamKind::Chat, sse.type) && !is_object_text(sse.data)) {
      return not_an_object(sse.type, sse.data);
    }
    return deliver(std::move(sse.type), std::move(sse.data));
  }
  return pass_through(std::move(sse));
}

StreamOutcome decode_workflow(SseEvent&& sse, bool validate) {
  const std::string& t = sse.type;
  if (equals_ignoring_case(t, "Done")) return end_of_stream("Done", sse.data);
  if (equals_ignoring_case(t, "Error")) return stream_error(sse.data, "an Error event");
  for (const char* name : {"Message", "Interrupt"}) {
    if (equals_ignoring_case(t, name)) {
      if (validate && !validate_json(sse.data)) return malformed(name, sse.data);
      if (!is_object_text(sse.data)) return not_an_object(name, sse.data);
      return deliver(name, std::move(sse.data));
    }
  }
  if (equals_ignoring_case(t, "PING")) {
    if (blank(sse.data)) return deliver("PING", "{}");
    sse.type = "PING";
  }
  return pass_through(std::move(sse));
}

}  // namespace

StreamOutcome decode_stream_event(StreamKind stream, SseEvent&& sse, bool validate) {
  std::string id = std::move(sse.id);
  StreamOutcome out = stream == StreamKind::Workflow ? decode_workflow(std::move(sse), validate)
                                                     : decode_chat(std::move(sse), validate);
  out.event.id = std::move(id);
  return out;
}

}  // namespace coze::api
