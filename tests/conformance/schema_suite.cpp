// Runs the JSON-Schema-Test-Suite over the tool-argument validator
// (coze::ToolSchema, core/tools/README.md).
//
//   coze_schema_suite [DIR]
//
// DIR (else $COZE_SCHEMA_SUITE, else Debian's json-schema-test-suite at
// /usr/share/json-schema-test-suite/tests/draft7) holds the suite's draft-7
// files. For the file of every claimed keyword, each test group whose schema
// uses only claimed keywords (this runner's own list below, walked
// independently of the validator) is run: the schema must be accepted, and
// each test's data must validate exactly as the suite says. A valid value
// comes back with the data unchanged (defaults may only add properties).
// Groups whose schema uses anything unclaimed are skipped and listed.
// Prints per file "schema <file>: N passed, N failed, N skipped" with
// "  SKIP <file>: <group>: <why>" and "  FAIL <file>: <group>: <test>: <why>"
// lines under it, then "schema total: ...". Exits non-zero on any failure or
// when the suite is missing.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "coze/tools.h"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

// The claim: keywords by what their value holds.
const std::set<std::string> kSchemaValued = {"additionalProperties", "additionalItems", "not", "items"};
const std::set<std::string> kSchemaMaps = {"properties", "patternProperties", "definitions", "$defs"};
const std::set<std::string> kSchemaArrays = {"allOf", "anyOf", "oneOf", "prefixItems", "items"};
const std::set<std::string> kPlain = {
    "type", "required", "enum", "const", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minProperties",
    "maxProperties",
    // annotations, accepted and not asserted
    "title", "description", "$comment", "examples", "format", "$schema", "readOnly", "writeOnly", "deprecated"};

// The suite files of the claimed keywords (optional/ ones test number handling).
const char* const kFiles[] = {"type.json",
                              "properties.json",
                              "patternProperties.json",
                              "additionalProperties.json",
                              "required.json",
                              "minProperties.json",
                              "maxProperties.json",
                              "enum.json",
                              "const.json",
                              "default.json",
                              "minimum.json",
                              "maximum.json",
                              "exclusiveMinimum.json",
                              "exclusiveMaximum.json",
                              "multipleOf.json",
                              "minLength.json",
                              "maxLength.json",
                              "pattern.json",
                              "items.json",
                              "additionalItems.json",
                              "minItems.json",
                              "maxItems.json",
                              "uniqueItems.json",
                              "anyOf.json",
                              "oneOf.json",
                              "allOf.json",
                              "not.json",
                              "ref.json",
                              "definitions.json",
                              "boolean_schema.json",
                              "optional/bignum.json",
                              "optional/zeroTerminatedFloats.json"};

// Groups where draft 7 and 2019-09/2020-12 (which this validator follows)
// disagree on the meaning of claimed keywords.
struct Difference {
  const char* file;
  const char* group;
  const char* why;
};
const Difference kDifferences[] = {
    {"ref.json", "ref overrides any sibling keywords",
     "draft 7 ignores keywords beside $ref; this validator applies them, as 2019-09 and 2020-12 do"},
};

std::string escape_token(const std::string& t) {
  std::string out;
  for (char c : t) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}

// "" when `s` (at `ptr`) uses only claimed keywords, else the first thing it
// uses that is not claimed.
std::string unclaimed(const json& s, const std::string& ptr, bool root) {
  if (s.is_boolean()) return "";
  if (!s.is_object()) return "a non-schema value at " + ptr;
  for (auto it = s.begin(); it != s.end(); ++it) {
    const std::string& k = it.key();
    const json& v = it.value();
    std::string at = ptr + "/" + escape_token(k);
    std::string why;
    if (k == "$ref") {
      if (!v.is_string() || v.get<std::string>().rfind("#", 0) != 0) {
        return "a $ref outside the schema (" + v.dump() + ") at " + ptr;
      }
      if (v.get<std::string>().size() > 1 && v.get<std::string>()[1] != '/') return "an anchor $ref at " + ptr;
    } else if (k == "$id") {
      if (!root) return "a nested $id at " + ptr;
    } else if (kSchemaArrays.count(k) && v.is_array()) {
      for (size_t i = 0; i < v.size() && why.empty(); ++i) why = unclaimed(v[i], at + "/" + std::to_string(i), false);
    } else if (kSchemaValued.count(k)) {
      why = unclaimed(v, at, false);
    } else if (kSchemaMaps.count(k) && v.is_object()) {
      for (auto m = v.begin(); m != v.end() && why.empty(); ++m) {
        why = unclaimed(m.value(), at + "/" + escape_token(m.key()), false);
      }
    } else if (!kPlain.count(k)) {
      return "the keyword \"" + k + "\" at " + ptr;
    }
    if (!why.empty()) return why;
  }
  return "";
}

// The data must come back unchanged, except for added object properties.
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

std::string show(const json& j) {
  std::string s = j.dump(-1, ' ', false, json::error_handler_t::replace);
  return s.size() > 160 ? s.substr(0, 160) + "..." : s;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = "/usr/share/json-schema-test-suite/tests/draft7";
  if (const char* env = std::getenv("COZE_SCHEMA_SUITE"); env && *env) dir = env;
  if (argc > 1) dir = argv[1];
  if (!fs::is_directory(dir)) {
    std::cout << "schema: suite not found at " << dir
              << " (install the Debian package json-schema-test-suite: scripts/bootstrap)\n"
              << "schema total: 0 passed, 1 failed, 0 skipped\n";
    return 1;
  }
  long total_pass = 0, total_fail = 0, total_skip = 0;
  for (const char* name : kFiles) {
    fs::path path = fs::path(dir) / name;
    std::ifstream in(path);
    json groups = json::parse(in, nullptr, false);
    if (!in || groups.is_discarded() || !groups.is_array()) {
      std::cout << "schema " << name << ": 0 passed, 1 failed, 0 skipped\n  FAIL " << name << ": cannot read "
                << path.string() << "\n";
      ++total_fail;
      continue;
    }
    long pass = 0, fail = 0, skip = 0;
    std::vector<std::string> lines;
    for (const json& group : groups) {
      std::string gname = group.value("description", "?");
      const json& tests = group["tests"];
      std::string why = unclaimed(group["schema"], "#", true);
      if (!why.empty()) {
        // A schema with a keyword we do not claim must be refused at registration, never half-checked.
        coze::ToolSchema probe;
        if (probe.parse(group["schema"].dump()).empty()) {
          ++fail;
          lines.push_back("  FAIL " + std::string(name) + ": " + gname + ": accepted a schema with " + why);
          continue;
        }
      }
      for (const Difference& d : kDifferences) {
        if (why.empty() && name == std::string(d.file) && gname == d.group) why = d.why;
      }
      if (!why.empty()) {
        skip += static_cast<long>(tests.size());
        lines.push_back("  SKIP " + std::string(name) + ": " + gname + ": " + why);
        continue;
      }
      coze::ToolSchema schema;
      std::string rejected = schema.parse(group["schema"].dump());
      for (const json& test : tests) {
        std::string tname = test.value("description", "?");
        bool expect = test.value("valid", false);
        std::string problem;
        if (!rejected.empty()) {
          problem = "schema rejected: " + rejected;
        } else {
          json out = json::parse(schema.validate(test["data"].dump()), nullptr, false);
          if (out.is_discarded() || !out.is_object() || !out.contains("ok")) {
            problem = "validate() did not return a result object";
          } else if (out["ok"].get<bool>() != expect) {
            problem = std::string(expect ? "rejected valid data " : "accepted invalid data ") + show(test["data"]);
            if (out.contains("errors")) problem += ": " + show(out["errors"]);
          } else if (expect && (!out.contains("value") || !kept(test["data"], out["value"]))) {
            problem = "the value came back changed: " + show(out.value("value", json()));
          } else if (!expect && (!out.contains("errors") || out["errors"].empty())) {
            problem = "rejected without an error";
          }
        }
        if (problem.empty()) {
          ++pass;
        } else {
          ++fail;
          lines.push_back("  FAIL " + std::string(name) + ": " + gname + ": " + tname + ": " + problem);
        }
      }
    }
    std::cout << "schema " << name << ": " << pass << " passed, " << fail << " failed, " << skip << " skipped\n";
    for (const auto& l : lines) std::cout << l << "\n";
    total_pass += pass;
    total_fail += fail;
    total_skip += skip;
  }
  std::cout << "schema total: " << total_pass << " passed, " << total_fail << " failed, " << total_skip << " skipped\n";
  return total_fail == 0 ? 0 : 1;
}
