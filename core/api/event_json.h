// A fast path for the JSON of stream events.
//
// A chat stream is mostly `conversation.message.delta` events: small objects
// of short strings whose one interesting field, `content`, changes. A full
// DOM parse per event costs more than everything else in the stream, so this
// file scans such payloads once, by hand, and hands anything unusual (an
// exponent, an escaped key, a number where a string is expected, deep
// nesting, or any error) to nlohmann, whose answer is the reference: the fast
// path only ever says what nlohmann would say.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace coze::api {

// True when [p, p+n) is exactly one JSON text, as nlohmann::json::accept
// judges it (RFC 8259, strict UTF-8, surrogate pairs checked, finite numbers).
bool validate_json(const char* p, size_t n);
inline bool validate_json(const std::string& s) { return validate_json(s.data(), s.size()); }

// The fields of a Coze Message object that stream users read. Strings are
// unescaped UTF-8; a number or boolean given for a string field is its JSON
// text; null, absent, an object or an array give "" (0 for the times).
struct MessageFields {
  std::string id;
  std::string conversation_id;
  std::string bot_id;
  std::string chat_id;
  std::string section_id;
  std::string role;
  std::string type;
  std::string content;
  std::string content_type;
  std::string reasoning_content;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// Decodes a message event's payload into `out` (reset first). False, with
// `out` empty, when the text is not a JSON object. A repeated key counts
// with its last value.
bool decode_message_fields(const char* p, size_t n, MessageFields& out);
inline bool decode_message_fields(const std::string& s, MessageFields& out) {
  return decode_message_fields(s.data(), s.size(), out);
}

// How the core reads one field with nlohmann: strings as they are, numbers
// and booleans as their JSON text (ids are strings on the wire, but numbers
// are accepted), anything else ""; times as integers (also from a digit
// string), else 0.
std::string json_text_field(const nlohmann::json& object, const char* key);
int64_t json_int_field(const nlohmann::json& object, const char* key);

}  // namespace coze::api
