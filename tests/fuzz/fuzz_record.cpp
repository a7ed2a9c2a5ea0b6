// Records: any bytes, read as any model, any operation's answer or any
// stream event, give either a typed error or a record whose canonical view
// is JSON; the UTF-16 and UTF-8 records of the same input agree on shape;
// and record_json never trusts a record's bytes (random bytes give "").
//
// Input: [mode][index] then the payload.
//   mode bits 0-1: 0 model, 1 operation answer (status 200), 2 stream event,
//                  3 raw bytes as a record
//   index: which model / operation / event name
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coze/coze.h"
#include "fuzz_support.h"

namespace {

using json = nlohmann::json;
using coze_fuzz::known_kind;

const std::vector<std::string>& models() {
  static const std::vector<std::string> m = coze::model_names();
  return m;
}

const std::vector<std::string>& ops() {
  static const std::vector<std::string> o = coze::supported_operations();
  return o;
}

const std::vector<std::string>& events() {
  static std::vector<std::string> e = [] {
    std::vector<std::string> names = coze::event_names();
    names.push_back("unknown.event");
    names.push_back("message");
    return names;
  }();
  return e;
}

void check(const coze::Decoded& plain, const coze::Decoded& utf16) {
  if (!plain.error.kind.empty()) {
    if (!known_kind(plain.error.kind)) __builtin_trap();
    if (plain.error.kind != utf16.error.kind) __builtin_trap();
    return;
  }
  std::string a = coze::record_json(plain.record);
  if (a.empty() || !json::accept(a)) __builtin_trap();
  // The UTF-16 record differs only in its STRING offsets: same size of words.
  if (utf16.record.size() < 4 || plain.record.substr(0, 4) != utf16.record.substr(0, 4)) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  coze_fuzz::Input in(data, size);
  int mode = in.byte() & 3;
  size_t index = in.byte();
  std::string payload = in.rest();
  switch (mode) {
    case 0: {
      const std::string& m = models()[index % models().size()];
      check(coze::decode_model(m, payload, false), coze::decode_model(m, payload, true));
      break;
    }
    case 1: {
      const std::string& op = ops()[index % ops().size()];
      check(coze::decode_response(op, 200, payload, false), coze::decode_response(op, 200, payload, true));
      break;
    }
    case 2: {
      const std::string& name = events()[index % events().size()];
      const std::string op = index & 128 ? "workflows.runs.stream" : "chat.stream";
      check(coze::decode_event(op, name, payload, false), coze::decode_event(op, name, payload, true));
      break;
    }
    default: {
      std::string text = coze::record_json(payload);
      if (!text.empty() && !json::accept(text)) __builtin_trap();
      break;
    }
  }
  return 0;
}
