// Tool-argument validator (coze::ToolSchema). Input layout: byte 0 picks
// the mode. Even: the rest is a call's arguments, validated against a fixed
// schema that uses every claimed keyword (nesting, $ref recursion, shared
// definitions, combinators, patterns, defaults). Odd: bytes 1-2 (big
// endian) give the length of a schema text taken from the rest (modulo its
// size), the remainder is the arguments.
//
// Checks: a schema is accepted exactly when ToolSchema::ok(); a rejection
// message is UTF-8 and says "invalid tool schema: "; validate() returns a
// JSON object and the same text twice; a valid result carries the
// arguments unchanged except for added properties; an invalid one carries
// 1 to 32 errors whose path (a JSON pointer) exists in the arguments and
// whose schema_path starts with "#"; non-JSON arguments are a "json" error.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "coze/tools.h"
#include "fuzz_support.h"

namespace {

using json = nlohmann::json;

const char kSchema[] = R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "fuzz",
  "type": "object",
  "$defs": {
    "id": {"type": "string", "pattern": "^[a-z][a-z0-9_-]{0,15}$"},
    "node": {"type": "object", "properties": {"id": {"$ref": "#/$defs/id"},
             "kids": {"type": "array", "items": {"$ref": "#/$defs/node"}, "maxItems": 4}},
             "required": ["id"], "additionalProperties": false},
    "num": {"anyOf": [{"type": "integer", "multipleOf": 3}, {"type": "number", "exclusiveMaximum": 0.5}]},
    "wide": {"oneOf": [{"$ref": "#/$defs/num"}, {"$ref": "#/$defs/num", "minimum": 10}]}
  },
  "properties": {
    "city": {"type": "string", "minLength": 1, "maxLength": 12, "pattern": "^[A-Z\\u00c0-\\u024f]"},
    "days": {"type": "integer", "minimum": 1, "maximum": 14, "default": 3},
    "unit": {"enum": ["c", "f", 1, null, [1.0]], "default": "c"},
    "when": {"type": ["string", "null"], "pattern": "^\\d{4}-\\d\\d-\\d\\d(T\\d\\d:\\d\\d)?$"},
    "tree": {"$ref": "#/$defs/node"},
    "nums": {"type": "array", "items": {"$ref": "#/$defs/wide"}, "uniqueItems": true, "minItems": 0},
    "pair": {"prefixItems": [{"const": "x"}, {"type": "boolean"}], "items": false},
    "opts": {"type": "object", "default": {}, "properties": {"v": {"default": false}},
             "patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": {"not": {"type": "object"}},
             "maxProperties": 6},
    "shape": {"oneOf": [{"properties": {"k": {"const": "a"}, "r": {"default": 1}}, "required": ["k"]},
                        {"properties": {"k": {"const": "b"}, "s": {"default": 2}}, "required": ["k"]}]},
    "all": {"allOf": [{"minimum": -5}, {"maximum": 5}, {"not": {"const": 0}}]}
  },
  "required": ["city"],
  "additionalProperties": false
})";

const coze::ToolSchema& fixed() {
  static const coze::ToolSchema schema{std::string(kSchema)};
  FUZZ_CHECK(schema.ok(), "the fixed fuzz schema is not accepted");
  return schema;
}

// The value at a JSON pointer, or null when it does not exist.
const json* resolve(const json& root, const std::string& pointer) {
  if (pointer.empty()) return &root;
  if (pointer[0] != '/') return nullptr;
  const json* at = &root;
  size_t start = 1;
  for (;;) {
    size_t end = pointer.find('/', start);
    std::string raw = pointer.substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::string token;
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
        token.push_back(raw[i + 1] == '0' ? '~' : '/');
        ++i;
      } else if (raw[i] == '~') {
        return nullptr;
      } else {
        token.push_back(raw[i]);
      }
    }
    if (at->is_object()) {
      auto it = at->find(token);
      if (it == at->end()) return nullptr;
      at = &*it;
    } else if (at->is_array()) {
      if (token.empty() || token.size() > 9 || token.find_first_not_of("0123456789") != std::string::npos) {
        return nullptr;
      }
      size_t i = std::stoul(token);
      if (i >= at->size()) return nullptr;
      at = &(*at)[i];
    } else {
      return nullptr;
    }
    if (end == std::string::npos) return at;
    start = end + 1;
  }
}

bool kept(const json& data, const json& value) {
  if (data.is_object()) {
    if (!value.is_object()) return false;
    for (auto it = data.begin(); it != data.end(); ++it) {
      auto f = value.find(it.key());
      if (f == value.end() || !kept(it.value(), *f)) return false;
    }
    return true;
  }
  if (data.is_array()) {
    if (!value.is_array() || value.size() != data.size()) return false;
    for (size_t i = 0; i < data.size(); ++i) {
      if (!kept(data[i], value[i])) return false;
    }
    return true;
  }
  return data == value;
}

void check_validation(const coze::ToolSchema& schema, const std::string& args_text) {
  std::string out_text = schema.validate(args_text);
  FUZZ_CHECK(out_text == schema.validate(args_text), "validate() is not deterministic");
  FUZZ_CHECK(coze_fuzz::valid_utf8(out_text), "validate() returned ill-formed UTF-8");
  json out = json::parse(out_text, nullptr, false);
  FUZZ_CHECK(out.is_object() && out.contains("ok") && out["ok"].is_boolean(),
             "validate() result is not an object with ok");
  if (!schema.ok()) {
    FUZZ_CHECK(!out["ok"].get<bool>() && out.contains("schema_error"), "no schema, yet not a schema_error");
    return;
  }
  json args = json::parse(args_text, nullptr, false);
  bool parsed = !args.is_discarded();
  if (out["ok"].get<bool>()) {
    FUZZ_CHECK(parsed, "arguments that are not JSON were accepted");
    FUZZ_CHECK(out.contains("value") && kept(args, out["value"]), "a valid value came back changed");
    return;
  }
  FUZZ_CHECK(out.contains("errors") && out["errors"].is_array(), "an invalid result without errors");
  const json& errors = out["errors"];
  FUZZ_CHECK(!errors.empty() && errors.size() <= 32, "an invalid result with no errors or more than 32");
  for (const json& e : errors) {
    FUZZ_CHECK(e.is_object() && e.contains("path") && e["path"].is_string() && e.contains("keyword") &&
                   e["keyword"].is_string() && e.contains("message") && e["message"].is_string() &&
                   !e["message"].get<std::string>().empty() && e.contains("schema_path") &&
                   e["schema_path"].is_string(),
               "an error without path, keyword, message and schema_path strings");
    FUZZ_CHECK(e["schema_path"].get<std::string>().rfind("#", 0) == 0, "a schema_path not starting with #");
    const std::string& kw = e["keyword"].get_ref<const std::string&>();
    if (!parsed) {
      FUZZ_CHECK(kw == "json" || kw == "depth", "arguments that are not JSON without a json or depth error");
      continue;
    }
    if (kw == "depth") continue;
    FUZZ_CHECK(resolve(args, e["path"].get<std::string>()) != nullptr, "an error path that is not in the arguments");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  coze_fuzz::Input in(data, size);
  uint8_t mode = in.byte();
  if (mode % 2 == 0) {
    check_validation(fixed(), in.rest());
    return 0;
  }
  uint16_t len = in.u16();
  std::string rest = in.rest();
  size_t cut = rest.empty() ? 0 : len % (rest.size() + 1);
  std::string schema_text = rest.substr(0, cut);
  std::string args_text = rest.substr(cut);

  std::string err = coze::tool_schema_check(schema_text);
  coze::ToolSchema schema(schema_text);
  FUZZ_CHECK(schema.ok() == err.empty(), "tool_schema_check and ToolSchema disagree");
  FUZZ_CHECK(schema.error() == err, "ToolSchema::error() is not the check's message");
  if (!err.empty()) {
    FUZZ_CHECK(err.rfind("invalid tool schema: ", 0) == 0, "a rejection without the invalid tool schema prefix");
    FUZZ_CHECK(coze_fuzz::valid_utf8(err), "a rejection message that is not UTF-8");
  }
  check_validation(schema, args_text);
  return 0;
}
