// Local tools: validation of a tool call's arguments against the tool's
// JSON Schema, before the host function runs (issue 14). Pure: no I/O.
//
// The accepted keywords, their meaning where drafts differ, the pattern
// dialect and the limits are in core/tools/README.md. A schema that uses
// anything else is rejected when it is registered (an invalid_argument
// message), never silently ignored.
//
// Everything crosses as JSON text, so SWIG (Python, Java, Go) and embind
// carry this header as it is.
#pragma once

#include <memory>
#include <string>

namespace coze {

// A tool's argument schema, compiled once (at registration) and immutable
// afterwards: copies share it, and validate() may run from many threads.
class ToolSchema {
 public:
  // No schema yet: ok() is false and validate() reports that.
  ToolSchema();
  // The same as ToolSchema() followed by parse(schema_json).
  explicit ToolSchema(const std::string& schema_json);

  // Parses and compiles `schema_json`. Returns "" when the schema is
  // accepted, else the invalid_argument message, which names the keyword
  // and where it is ("invalid tool schema: unsupported keyword \"if\" at
  // #/properties/unit"). A failed parse leaves the object without a schema.
  std::string parse(const std::string& schema_json);

  bool ok() const;
  // "" when ok(), else why not (the message parse() returned).
  std::string error() const;

  // Validates one call's arguments (JSON text). Returns JSON text:
  //   {"ok": true, "value": <the arguments with every absent property that
  //     has a default filled in, at any depth>}
  //   {"ok": false, "errors": [{"path": "/days", "keyword": "maximum",
  //     "message": "must be <= 14, got 30", "schema_path":
  //     "#/properties/days/maximum"}, ...]}
  // `path` is a JSON pointer into the arguments ("" is the whole value);
  // at most 32 errors. Arguments that are not JSON give one error with
  // keyword "json", arguments nested deeper than 64 levels one with keyword
  // "depth". Without a schema: {"ok": false, "schema_error": "...",
  // "errors": []}.
  std::string validate(const std::string& args_json) const;

 private:
  struct Impl;
  std::shared_ptr<const Impl> impl_;
  std::string error_;
};

// "" when `schema_json` is an accepted tool schema, else the
// invalid_argument message (ToolSchema::parse).
std::string tool_schema_check(const std::string& schema_json);

// One-shot ToolSchema(schema_json).validate(args_json); prefer a kept
// ToolSchema for repeated calls.
std::string tool_validate(const std::string& schema_json, const std::string& args_json);

}  // namespace coze
