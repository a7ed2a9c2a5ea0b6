// Theory of operation: one forward scan over the payload, strings checked
// sixteen (SSE2) or eight bytes at a time (a block with no quote, backslash,
// control byte or non-ASCII byte is skipped whole), containers tracked on a
// small stack instead of recursion; a string is copied out whole, or
// unescaped in place when it has escapes. The scan either proves the text
// valid (and, for a message, has every field read) or gives up; giving up
// costs one nlohmann pass, so the scanner refuses anything whose exact
// treatment by nlohmann would take code to mirror: exponents (nlohmann
// rejects non-finite numbers), very long numbers, keys with escapes,
// non-string values for string fields, nesting deeper than kMaxDepth, and
// every error.
#include "api/event_json.h"
#include "api/json_scanner.h"

#include <cstring>
#include <nlohmann/json.hpp>


namespace coze::api {
namespace {

using json = nlohmann::json;

using namespace scan;  // NOLINT: the scanner is this file's own tool

bool validate_fast(const char* p, size_t n) {
  Scanner s(p, n);
  if (!s.value()) return false;
  s.skip_ws();
  return s.at_end();
}

// --- message fields ----------------------------------------------------------

struct FieldSlot {
  std::string* text = nullptr;
  int64_t* time = nullptr;
};

// A constant length lets memcmp compile to a few loads.
template <size_t N>
inline bool key_is(const char* key, const char (&name)[N]) {
  return std::memcmp(key, name, N - 1) == 0;
}

FieldSlot slot_for(MessageFields& m, const char* k, size_t n) {
  FieldSlot s;
  switch (n) {
    case 2:
      if (key_is(k, "id")) s.text = &m.id;
      break;
    case 4:
      if (key_is(k, "role")) s.text = &m.role;
      else if (key_is(k, "type")) s.text = &m.type;
      break;
    case 6:
      if (key_is(k, "bot_id")) s.text = &m.bot_id;
      break;
    case 7:
      if (key_is(k, "content")) s.text = &m.content;
      else if (key_is(k, "chat_id")) s.text = &m.chat_id;
      break;
    case 10:
      if (key_is(k, "section_id")) s.text = &m.section_id;
      else if (key_is(k, "created_at")) s.time = &m.created_at;
      else if (key_is(k, "updated_at")) s.time = &m.updated_at;
      break;
    case 12:
      if (key_is(k, "content_type")) s.text = &m.content_type;
      break;
    case 15:
      if (key_is(k, "conversation_id")) s.text = &m.conversation_id;
      break;
    case 17:
      if (key_is(k, "reasoning_content")) s.text = &m.reasoning_content;
      break;
    default:
      break;
  }
  return s;
}

bool message_fast(const char* p, size_t n, MessageFields& out) {
  Scanner s(p, n);
  s.skip_ws();
  if (!s.consume('{')) return false;
  s.skip_ws();
  if (!s.consume('}')) {
    for (;;) {
      s.skip_ws();
      const char* key;
      size_t key_len;
      if (s.peek() != '"' || !s.plain_key(key, key_len)) return false;
      FieldSlot slot = slot_for(out, key, key_len);
      s.skip_ws();
      unsigned char c = s.peek();
      if (slot.text) {
        slot.text->clear();
        if (c == '"') {
          if (!s.string(slot.text)) return false;
        } else if (c == 'n' || c == '{' || c == '[') {
          if (!s.value()) return false;
        } else {
          return false;  // a number or boolean: its JSON text, left to nlohmann
        }
      } else if (slot.time) {
        *slot.time = 0;
        if (c == '-' || is_digit(c)) {
          if (!s.number(slot.time)) return false;
        } else if (c == 'n' || c == '{' || c == '[') {
          if (!s.value()) return false;
        } else {
          return false;  // strings and booleans: left to nlohmann
        }
      } else if (!s.value()) {
        return false;
      }
      s.skip_ws();
      if (s.consume(',')) continue;
      if (s.consume('}')) break;
      return false;
    }
  }
  s.skip_ws();
  return s.at_end();
}


bool message_slow(const char* p, size_t n, MessageFields& out) {
  json o = json::parse(p, p + n, nullptr, false);
  if (!o.is_object()) return false;
  out.id = json_text_field(o, "id");
  out.conversation_id = json_text_field(o, "conversation_id");
  out.bot_id = json_text_field(o, "bot_id");
  out.chat_id = json_text_field(o, "chat_id");
  out.section_id = json_text_field(o, "section_id");
  out.role = json_text_field(o, "role");
  out.type = json_text_field(o, "type");
  out.content = json_text_field(o, "content");
  out.content_type = json_text_field(o, "content_type");
  out.reasoning_content = json_text_field(o, "reasoning_content");
  out.created_at = json_int_field(o, "created_at");
  out.updated_at = json_int_field(o, "updated_at");
  return true;
}

}  // namespace

// nlohmann's reading of a field: the reference the fast path matches.
std::string json_text_field(const json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number() || it->is_boolean()) return it->dump();
  return "";
}

int64_t json_int_field(const json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end()) return 0;
  if (it->is_number_integer()) return it->get<int64_t>();
  if (it->is_number_float()) {
    // Out of int64's range a cast is undefined behaviour: such a time reads as 0.
    double d = it->get<double>();
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) return 0;
    return static_cast<int64_t>(d);
  }
  if (it->is_string()) {
    try {
      return std::stoll(it->get<std::string>());
    } catch (...) {
      return 0;
    }
  }
  return 0;
}

bool validate_json(const char* p, size_t n) {
  return validate_fast(p, n) || json::accept(p, p + n);
}

// Empties every field, keeping the strings' buffers for reuse.
static void reset_fields(MessageFields& m) {
  for (std::string* s : {&m.id, &m.conversation_id, &m.bot_id, &m.chat_id, &m.section_id, &m.role, &m.type,
                         &m.content, &m.content_type, &m.reasoning_content}) {
    s->clear();
  }
  m.created_at = 0;
  m.updated_at = 0;
}

bool decode_message_fields(const char* p, size_t n, MessageFields& out) {
  reset_fields(out);
  if (message_fast(p, n, out)) return true;
  reset_fields(out);
  return message_slow(p, n, out);
}

}  // namespace coze::api
