// The core's JSON Schema validator for local tools' arguments (issue 14):
// a schema is compiled once, at registration, into an immutable tree of
// nodes; every call's arguments are then checked against it and returned
// with the schema's defaults filled in. No I/O; nlohmann_json stays private
// to the core (coze/tools.h is the public, JSON-text face of this).
//
// What it accepts is listed in core/tools/README.md with the conformance
// counts; anything else in a schema is an invalid_argument error from
// compile(), never ignored.
#pragma once

#include <cstddef>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "tools/regex.h"

namespace coze::tools {

// JSON nesting limits (objects and arrays), checked before any recursion.
constexpr int kMaxSchemaDepth = 128;   // the schema document
constexpr int kMaxInstanceDepth = 64;  // one call's arguments
// Errors reported per validation (the rest are not looked for).
constexpr size_t kMaxErrors = 32;

struct ValidationError {
  std::string path;         // JSON pointer into the arguments ("" is the whole value)
  std::string keyword;      // the failing keyword ("type", "required", ...; "json" and "depth" for the text)
  std::string message;      // for a person, or a model, to fix the call
  std::string schema_path;  // where in the schema: "#/properties/city/minLength"
};

class CompiledSchema {
 public:
  // Compiles a parsed schema document. On failure returns null and sets
  // `error` to an invalid_argument message naming the keyword and where it is.
  static std::shared_ptr<const CompiledSchema> compile(const nlohmann::json& schema, std::string& error);
  // The same from JSON text (invalid JSON and documents nested deeper than
  // kMaxSchemaDepth are errors too).
  static std::shared_ptr<const CompiledSchema> compile_text(const std::string& schema_json, std::string& error);

  // Validates parsed arguments (no deeper than kMaxInstanceDepth; deeper
  // is a "depth" error). True when valid: then `filled`, when given, receives
  // the arguments with defaults filled in. When invalid and `errors` is
  // given, it receives up to kMaxErrors errors (at least one).
  bool validate(const nlohmann::json& args, std::vector<ValidationError>* errors, nlohmann::json* filled) const;

  // Whether any node of the schema has a `default` (else `filled` is a copy).
  bool has_defaults() const { return has_defaults_; }
  size_t node_count() const { return nodes_.size(); }

  // One schema object (or boolean schema) of the document. Indices refer
  // to other nodes of the same CompiledSchema; -1 is "absent".
  struct Node {
    std::string pointer;   // where it is: "#", "#/properties/city", ...
    bool is_bool = false;  // true / false schema
    bool bool_value = true;
    unsigned types = 0;  // kType* bits; 0: any type
    // objects
    std::vector<std::pair<std::string, int>> properties;  // sorted by name
    std::vector<std::pair<Regex, int>> pattern_properties;
    int additional_properties = -1;
    std::vector<std::string> required;
    long long min_properties = -1, max_properties = -1;
    // arrays: prefix_items are positional (draft 7 `items: [...]` or
    // `prefixItems`), rest_items the schema of every later item
    // (`additionalItems` after an `items` array, else `items`)
    std::vector<int> prefix_items;
    const char* prefix_keyword = "items";
    int rest_items = -1;
    const char* rest_keyword = "items";
    long long min_items = -1, max_items = -1;
    bool unique_items = false;
    // numbers (null: absent)
    nlohmann::json minimum, maximum, exclusive_minimum, exclusive_maximum, multiple_of;
    // strings
    long long min_length = -1, max_length = -1;
    bool has_pattern = false;
    Regex pattern;
    // any type
    bool has_enum = false, has_const = false, has_default = false;
    nlohmann::json enum_values, const_value, default_value;
    std::vector<int> all_of, any_of, one_of;
    int not_schema = -1;
    int ref = -1;
    std::string ref_text;
  };
  enum : unsigned {
    kTypeNull = 1,
    kTypeBoolean = 2,
    kTypeObject = 4,
    kTypeArray = 8,
    kTypeNumber = 16,
    kTypeString = 32,
    kTypeInteger = 64
  };

 private:
  friend class Compiler;
  friend class Evaluator;
  std::vector<Node> nodes_;  // nodes_[0] is the root
  bool has_defaults_ = false;
};

// JSON text -> parsed value, without exceptions: false with a message
// (position included) when the text is not one JSON value or nests deeper
// than max_depth.
bool parse_json_text(const std::string& text, int max_depth, nlohmann::json& out, std::string& error);

// Exact comparison of two JSON numbers (integers of any sign up to 2^64-1
// and doubles, in any mix): -1, 0 or 1.
int compare_numbers(const nlohmann::json& a, const nlohmann::json& b);
// A total order on JSON values where equal means equal in the JSON Schema
// sense (numbers by value: 1 == 1.0; objects regardless of key order).
int compare_json(const nlohmann::json& a, const nlohmann::json& b);
// multipleOf, decided exactly on the shortest decimal forms of both
// numbers (so 0.0075 is a multiple of 0.0001); divisor > 0.
bool is_multiple_of(const nlohmann::json& value, const nlohmann::json& divisor);
// Code points in valid UTF-8 text.
size_t code_point_count(const std::string& text);

}  // namespace coze::tools
