// The tool-argument validator: the pattern dialect (tools/regex.h), the
// number and equality helpers, what a schema may hold, validation results,
// default filling and the bounds (tools/schema.h, coze/tools.h).
#include "tools/schema.h"

#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coze/tools.h"
#include "tools/regex.h"

namespace {

using json = nlohmann::json;
using coze::tools::Regex;

// ---------------------------------------------------------------- pattern

bool matches(const std::string& pattern, const std::string& text) {
  Regex re;
  std::string err = re.compile(pattern);
  EXPECT_EQ(err, "") << pattern;
  return re.search(text);
}

std::string rejects(const std::string& pattern) {
  Regex re;
  return re.compile(pattern);
}

TEST(SchemaPattern, EcmaSubsetMatchesAsEcmaScriptDoes) {
  struct Case {
    const char* pattern;
    const char* text;
    bool match;
  } cases[] = {
      {"^a*$", "aaa", true},
      {"^a*$", "aab", false},
      {"a+", "xaay", true},  // not anchored
      {"", "anything", true},
      {"^$", "", true},
      {"^.$", "\xF0\x9F\x92\xA9", true},  // one code point, not two UTF-16 units
      {"^..$", "\xF0\x9F\x92\xA9", false},
      {"^.$", "\n", false},
      {"^.$", "\xE2\x80\xA8", false},  // U+2028 is a line terminator
      {"^[^]$", "\n", true},
      {"[]", "a", false},
      {"x$", "x\n", false},  // no multiline flag
      {"^b", "a\nb", false},
      {"^\\d{3}-\\d{4}$", "555-1234", true},
      {"^\\d{3}-\\d{4}$", "555-12345", false},
      {"^\\d$", "\xD9\xA3", false},  // Arabic-Indic three: \d is ASCII
      {"\\bfoo\\b", "a foo b", true},
      {"\\bfoo\\b", "afoob", false},
      {"\\Bfoo", "afoo", true},
      {"^\\s$", "\xE3\x80\x80", true},  // U+3000
      {"^\\s$", "\xEF\xBB\xBF", true},  // U+FEFF
      {"^\\S$", "\xE3\x80\x80", false},
      {"^\\w+$", "h\xC3\xA9llo", false},
      {"^[\xC3\xA9]$", "\xC3\xA9", true},
      {"^\\u00e9$", "\xC3\xA9", true},
      {"^\\uD83D\\uDCA9$", "\xF0\x9F\x92\xA9", true},
      {"^\\u{1F4A9}$", "\xF0\x9F\x92\xA9", true},
      {"^[\\u{1F400}-\\u{1F4FF}]+$", "\xF0\x9F\x92\xA9\xF0\x9F\x90\x80", true},
      {"^(?:ab|cd)+$", "abcdab", true},
      {"^(?:ab|cd)+$", "abc", false},
      {"^(?<y>\\d{4})-(?<m>\\d\\d)$", "2024-05", true},
      {"^a{2,3}$", "aaaa", false},
      {"^a{2,3}$", "aaa", true},
      {"^a{2,}$", "aaaaa", true},
      {"^a{2}?$", "aa", true},
      {"^a+?b*?$", "aab", true},
      {"^\\x41\\cJ\\t$", "A\n\t", true},
      {"^\\.\\/\\-\\{\\}\\[\\]$", "./-{}[]", true},
      {"^[\\b]$", "\b", true},
      {"(a|)*b", "aab", true},
      {"^(a*)*$", "aaaa", true},
      {"^[\\d\\s]+$", "1 2", true},
      {"^[a-z-0]+$", "a-0", true},
      {"^[--0]$", "/", true},
      {"^\\D\\W$", "a-", true},
      {"^(a|b|c)$", "c", true},
      {"^(a|b|c)$", "d", false},
      {"^\xC3\xA1", "\xC3\xA1rbol", true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(matches(c.pattern, c.text), c.match) << "/" << c.pattern << "/ on \"" << c.text << "\"";
  }
  EXPECT_TRUE(matches("^\\0$", std::string(1, '\0')));
}

TEST(SchemaPattern, RejectsWhatItDoesNotSupportOrWhatOtherDialectsReadDifferently) {
  struct Case {
    const char* pattern;
    const char* says;
  } cases[] = {
      {"(a)\\1", "backreference"},
      {"\\k<n>", "backreference"},
      {"(?=a)", "lookahead"},
      {"(?!a)", "lookahead"},
      {"(?<=a)b", "lookbehind"},
      {"(?<!a)b", "lookbehind"},
      {"a\\Z", "unsupported escape \\Z"},
      {"\\Aa", "unsupported escape \\A"},
      {"\\p{L}", "property escapes"},
      {"(?i)a", "unsupported group"},
      {"a{", "lone '{'"},
      {"a{1,x}", "lone '{'"},
      {"}", "lone '}'"},
      {"]", "lone ']'"},
      {"*a", "nothing to repeat"},
      {"a**", "nothing to repeat"},
      {"^*", "assertion"},
      {"a{3,2}", "n > m"},
      {"a{1001}", "above 1000"},
      {"(a", "missing ')'"},
      {"a)", "unmatched ')'"},
      {"[a", "missing ']'"},
      {"[z-a]", "out of order"},
      {"[\\d-z]", "range end"},
      {"a\\", "end of the pattern"},
      {"\\01", "octal"},
      {"\\xZZ", "two hex digits"},
      {"\\u12", "four hex digits"},
      {"\\u{110000}", "above U+10FFFF"},
      {"(a{1000}){1000}", "too large"},
      {"(?<n>a)(?<n>b)", "used twice"},
  };
  for (const auto& c : cases) {
    std::string err = rejects(c.pattern);
    EXPECT_NE(err.find(c.says), std::string::npos) << "/" << c.pattern << "/ gave: " << err;
  }
  std::string deep(Regex::kMaxGroupDepth + 1, '(');
  deep += "a" + std::string(Regex::kMaxGroupDepth + 1, ')');
  EXPECT_NE(rejects(deep).find("nested deeper"), std::string::npos);
  std::string ok_depth(Regex::kMaxGroupDepth, '(');
  ok_depth += "a" + std::string(Regex::kMaxGroupDepth, ')');
  EXPECT_EQ(rejects(ok_depth), "");
}

TEST(SchemaPattern, LinearTimeAndNoRecursionOnLongText) {
  // std::regex (libstdc++) overflows the stack on the first and takes
  // exponential time on the second.
  std::string a(1000000, 'a');
  EXPECT_TRUE(matches("^(a|b)*$", a));
  EXPECT_FALSE(matches("^(a+)+b$", std::string(5000, 'a')));
  EXPECT_FALSE(matches("(x+x+)+y", std::string(5000, 'x')));
  EXPECT_TRUE(matches("b", a + "b"));
}

TEST(SchemaPattern, IllFormedTextReadsAsReplacementCharacters) {
  EXPECT_TRUE(matches("^.$", "\xFF"));
  EXPECT_TRUE(matches("^\\uFFFD\\uFFFD$", "\xFF\xFE"));
}

// ---------------------------------------------------------------- numbers and equality

TEST(SchemaNumbers, ExactComparisonAcrossIntegerAndDouble) {
  using coze::tools::compare_numbers;
  EXPECT_EQ(compare_numbers(json(1), json(1.0)), 0);
  EXPECT_EQ(compare_numbers(json(-1), json(0u)), -1);
  EXPECT_EQ(compare_numbers(json(UINT64_MAX), json(18446744073709551616.0)), -1);
  EXPECT_EQ(compare_numbers(json(18446744073709551616.0), json(UINT64_MAX)), 1);
  EXPECT_EQ(compare_numbers(json(INT64_MIN), json(-9223372036854775808.0)), 0);
  EXPECT_EQ(compare_numbers(json(9007199254740993LL), json(9007199254740992.0)), 1);  // 2^53+1 > 2^53
  EXPECT_EQ(compare_numbers(json(2), json(2.5)), -1);
  EXPECT_EQ(compare_numbers(json(-2), json(-2.5)), 1);
  EXPECT_EQ(compare_numbers(json(1.5), json(1.25)), 1);
}

TEST(SchemaNumbers, MultipleOfIsDecidedOnDecimalForms) {
  using coze::tools::is_multiple_of;
  EXPECT_TRUE(is_multiple_of(json(0.0075), json(0.0001)));
  EXPECT_FALSE(is_multiple_of(json(0.00751), json(0.0001)));
  EXPECT_TRUE(is_multiple_of(json(0.3), json(0.1)));  // 0.3 / 0.1 is 2.9999999999999996 in doubles
  EXPECT_TRUE(is_multiple_of(json(19.99), json(0.01)));
  EXPECT_TRUE(is_multiple_of(json(10), json(2)));
  EXPECT_FALSE(is_multiple_of(json(7), json(2)));
  EXPECT_TRUE(is_multiple_of(json(4.5), json(1.5)));
  EXPECT_FALSE(is_multiple_of(json(35), json(1.5)));
  EXPECT_TRUE(is_multiple_of(json(-10), json(2.5)));
  EXPECT_TRUE(is_multiple_of(json(0), json(0.7)));
  EXPECT_TRUE(is_multiple_of(json(UINT64_MAX), json(5)));
  EXPECT_FALSE(is_multiple_of(json(UINT64_MAX), json(2)));
  EXPECT_FALSE(is_multiple_of(json(1e308), json(0.123456789)));
  EXPECT_TRUE(is_multiple_of(json(1e308), json(1e300)));
  EXPECT_TRUE(is_multiple_of(json(1e20), json(1024)));  // 10^20 = 2^20 * 5^20
  EXPECT_FALSE(is_multiple_of(json(1e20), json(2048 * 1024 * 1024LL * 1024 * 1024)));
}

TEST(SchemaNumbers, EqualityIsJsonSchemaEquality) {
  using coze::tools::compare_json;
  EXPECT_EQ(
      compare_json(json::parse(R"({"a":[1,{"b":null}],"c":"x"})"), json::parse(R"({"c":"x","a":[1.0,{"b":null}]})")),
      0);
  EXPECT_NE(compare_json(json(0), json(false)), 0);
  EXPECT_NE(compare_json(json(1), json(true)), 0);
  EXPECT_NE(compare_json(json::array({1}), json::array({1, 1})), 0);
  EXPECT_NE(compare_json(json::parse(R"({"a":1})"), json::parse(R"({"a":1,"b":1})")), 0);
  EXPECT_EQ(coze::tools::code_point_count("a\xC3\xA9\xF0\x9F\x92\xA9"), 3u);
}

// ---------------------------------------------------------------- what a schema may hold

std::string check(const std::string& schema) { return coze::tool_schema_check(schema); }

TEST(SchemaCheck, AcceptsTheClaimedKeywordsAndAnnotations) {
  const char* ok[] = {
      R"({"type":"object","properties":{"city":{"type":"string","minLength":1,"maxLength":80,"pattern":"^[A-Z]"},
          "days":{"type":"integer","minimum":1,"maximum":14,"exclusiveMinimum":0,"exclusiveMaximum":15,
                  "multipleOf":1,"default":3},
          "unit":{"enum":["c","f"],"default":"c"},"tags":{"type":"array","items":{"type":"string"},
          "minItems":0,"maxItems":5,"uniqueItems":true},"pair":{"prefixItems":[{"type":"number"}],"items":false},
          "tuple":{"items":[{"const":1}],"additionalItems":{"type":"null"}}},
        "patternProperties":{"^x-":{}},"additionalProperties":false,"required":["city"],
        "minProperties":1,"maxProperties":9,"anyOf":[true],"oneOf":[{}],"allOf":[{}],"not":false})",
      R"({"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://example.com/tool",
          "title":"t","description":"d","$comment":"c","examples":[{}],"format":"email",
          "readOnly":false,"writeOnly":false,"deprecated":false})",
      R"({"properties":{"child":{"$ref":"#"}}})",
      R"({"$defs":{"a":{"type":"integer"}},"definitions":{"b":{"$ref":"#/$defs/a"}},"$ref":"#/definitions/b"})",
      R"({"definitions":{"a~b":{"type":"integer"},"c/d":{"type":"string"},"e%f":{"type":"boolean"}},
          "properties":{"x":{"$ref":"#/definitions/a~0b"},"y":{"$ref":"#/definitions/c~1d"},
                        "z":{"$ref":"#/definitions/e%25f"},"w":{"$ref":"#/properties/x"}}})",
      R"({"items":{"items":[{"type":"integer"},{"$ref":"#/items/items/0"}]}})",
      "true",
      "false",
      R"({"type":["string","null"],"minLength":2.0})",
  };
  for (const char* s : ok) EXPECT_EQ(check(s), "") << s;
}

TEST(SchemaCheck, RejectsWhatItDoesNotSupportNamingKeywordAndPlace) {
  struct Case {
    const char* schema;
    std::vector<std::string> says;
  } cases[] = {
      {R"({"if":{}})", {"unsupported keyword \"if\" at #"}},
      {R"({"properties":{"a":{"nullable":true}}})", {"\"nullable\"", "#/properties/a", "OpenAPI"}},
      {R"({"items":[{"contains":{}}]})", {"\"contains\"", "#/items/0"}},
      {R"({"properties":{"a/b":{"dependentRequired":{}}}})", {"#/properties/a~1b"}},
      {R"({"$anchor":"x"})", {"\"$anchor\""}},
      {R"({"type":"float"})", {"\"type\" at #", "\"float\""}},
      {R"({"type":["string","string"]})", {"twice"}},
      {R"({"type":[]})", {"\"type\""}},
      {R"({"minLength":-1})", {"\"minLength\"", "non-negative integer"}},
      {R"({"maxItems":1.5})", {"\"maxItems\"", "non-negative integer"}},
      {R"({"required":"a"})", {"\"required\""}},
      {R"({"required":["a","a"]})", {"twice"}},
      {R"({"exclusiveMinimum":true})", {"draft-4 boolean form"}},
      {R"({"minimum":"1"})", {"\"minimum\"", "number"}},
      {R"({"multipleOf":0})", {"\"multipleOf\"", "above 0"}},
      {R"({"anyOf":[]})", {"\"anyOf\"", "non-empty"}},
      {R"({"enum":{}})", {"\"enum\""}},
      {R"({"uniqueItems":1})", {"\"uniqueItems\""}},
      {R"({"title":5})", {"\"title\""}},
      {R"({"properties":[]})", {"\"properties\""}},
      {R"({"properties":{"a":5}})", {"#/properties/a", "object or a boolean"}},
      {R"j({"pattern":"(?=x)"})j", {"\"pattern\" at #", "lookahead"}},
      {R"({"patternProperties":{"a{":{}}})", {"\"patternProperties\"", "lone '{'"}},
      {R"({"$ref":"http://example.com/schema"})", {"\"$ref\" at #", "only references within the schema"}},
      {R"({"$ref":"other.json#/a"})", {"only references within the schema"}},
      {R"({"$ref":"#foo"})", {"anchors"}},
      {R"({"$ref":"#/definitions/missing"})", {"does not point to a schema"}},
      {R"({"definitions":{"a":{}},"$ref":"#/definitions"})", {"does not point to a schema"}},
      {R"({"$ref":"#/a~2"})", {"~ must be followed by 0 or 1"}},
      {R"({"$ref":"#/a%2"})", {"percent-escape"}},
      {R"({"properties":{"a":{"$id":"x"}}})", {"\"$id\" at #/properties/a", "only supported at the root"}},
      {R"({"$ref":"#"})", {"$ref cycle", "# -> #"}},
      {R"({"allOf":[{"$ref":"#"}]})", {"$ref cycle"}},
      {R"({"definitions":{"a":{"$ref":"#/definitions/b"},"b":{"anyOf":[{"$ref":"#/definitions/a"}]}}})",
       {"$ref cycle", "#/definitions/a", "#/definitions/b"}},
      {R"({"definitions":{"a":{"not":{"$ref":"#/definitions/a"}}}})", {"$ref cycle"}},
      {R"({"items":[{}],"prefixItems":[{}]})", {"\"items\"", "prefixItems"}},
      {R"({"prefixItems":[{}],"additionalItems":false})", {"\"additionalItems\""}},
      {"5", {"must be an object or a boolean"}},
      {"{\"type\":", {"not accepted JSON"}},
      {"", {"not accepted JSON"}},
  };
  for (const auto& c : cases) {
    std::string err = check(c.schema);
    EXPECT_EQ(err.rfind("invalid tool schema: ", 0), 0u) << c.schema << " gave: " << err;
    for (const auto& s : c.says) EXPECT_NE(err.find(s), std::string::npos) << c.schema << " gave: " << err;
  }
}

TEST(SchemaCheck, ParseErrorsQuoteTheTextAsUtf8) {
  std::string err = check("{\"defi\xFF\xFF\xFE" + std::string(5000, 'x'));
  EXPECT_NE(err.find("not accepted JSON"), std::string::npos) << err;
  EXPECT_NO_THROW(json(err).dump()) << "ill-formed UTF-8 in: " << err;
  EXPECT_LT(err.size(), 500u);
}

TEST(SchemaCheck, SchemaDepthIsBounded) {
  auto nested = [](int levels) {
    std::string s;
    for (int i = 0; i < levels; ++i) s += "{\"not\":";
    s += "{}";
    for (int i = 0; i < levels; ++i) s += "}";
    return s;
  };
  EXPECT_EQ(check(nested(coze::tools::kMaxSchemaDepth - 1)), "");
  EXPECT_NE(check(nested(coze::tools::kMaxSchemaDepth)).find("deeper than"), std::string::npos);
  EXPECT_NE(check(nested(100000)).find("deeper than"), std::string::npos);
  // A schema compiled from an already parsed document is held to the same bound.
  std::string err;
  EXPECT_EQ(coze::tools::CompiledSchema::compile(json::parse(nested(200)), err), nullptr);
  EXPECT_NE(err.find("deeper than"), std::string::npos);
}

// ---------------------------------------------------------------- validation

json validate(const std::string& schema, const std::string& args) {
  coze::ToolSchema s;
  std::string err = s.parse(schema);
  EXPECT_EQ(err, "") << schema;
  return json::parse(s.validate(args));
}

const char* kWeather = R"({
  "type": "object",
  "properties": {
    "city": {"type": "string", "minLength": 1},
    "days": {"type": "integer", "minimum": 1, "maximum": 14, "default": 3},
    "unit": {"enum": ["c", "f"], "default": "c"}
  },
  "required": ["city"],
  "additionalProperties": false
})";

TEST(SchemaValidate, ValidArgumentsComeBackWithDefaults) {
  json r = validate(kWeather, R"({"city":"Paris"})");
  EXPECT_EQ(r, json::parse(R"({"ok":true,"value":{"city":"Paris","days":3,"unit":"c"}})"));
  r = validate(kWeather, R"({"city":"Oslo","days":2.0,"unit":"f"})");
  ASSERT_TRUE(r["ok"].get<bool>()) << r;
  EXPECT_TRUE(r["value"]["days"].is_number_float());  // kept as given
  EXPECT_EQ(r["value"]["unit"], "f");
}

TEST(SchemaValidate, ErrorsSayWhereWhatAndWhy) {
  json r = validate(kWeather, R"({"days":30,"unit":"k","extra":true,"city":""})");
  ASSERT_FALSE(r["ok"].get<bool>());
  std::vector<std::string> got;
  for (const auto& e : r["errors"]) {
    got.push_back(e["path"].get<std::string>() + " " + e["keyword"].get<std::string>() + " " +
                  e["schema_path"].get<std::string>());
  }
  std::vector<std::string> want = {
      "/city minLength #/properties/city/minLength", "/days maximum #/properties/days/maximum",
      "/extra additionalProperties #/additionalProperties", "/unit enum #/properties/unit/enum"};
  EXPECT_EQ(got, want) << r;
  for (const auto& e : r["errors"]) {
    std::string m = e["message"];
    if (e["keyword"] == "maximum") EXPECT_EQ(m, "must be <= 14, got 30");
    if (e["keyword"] == "additionalProperties") {
      EXPECT_EQ(m, "the property \"extra\" is not allowed; the properties are \"city\", \"days\", \"unit\"");
    }
    if (e["keyword"] == "enum") EXPECT_EQ(m, "must be one of [\"c\",\"f\"], got \"k\"");
    if (e["keyword"] == "minLength") EXPECT_EQ(m, "must be at least 1 character long, got 0");
  }
  r = validate(kWeather, "{}");
  ASSERT_EQ(r["errors"].size(), 1u);
  EXPECT_EQ(r["errors"][0]["path"], "");
  EXPECT_EQ(r["errors"][0]["keyword"], "required");
  EXPECT_EQ(r["errors"][0]["message"], "must have the property \"city\"");
  r = validate(kWeather, R"(["Paris"])");
  EXPECT_EQ(r["errors"][0]["message"], "must be an object, got array");
  r = validate(R"({"type":["integer","null"]})", "1.5");
  EXPECT_EQ(r["errors"][0]["message"], "must be a null or an integer, got number");
}

TEST(SchemaValidate, PathsAreJsonPointersIntoTheArguments) {
  const char* schema = R"({"properties":{"a/b":{"properties":{"m~n":{"items":{"type":"string"}}}}}})";
  json r = validate(schema, R"({"a/b":{"m~n":["x",1]}})");
  ASSERT_EQ(r["errors"].size(), 1u) << r;
  EXPECT_EQ(r["errors"][0]["path"], "/a~1b/m~0n/1");
  EXPECT_EQ(r["errors"][0]["schema_path"], "#/properties/a~1b/properties/m~0n/items/type");
}

TEST(SchemaValidate, ArgumentsThatAreNotJsonOrTooDeep) {
  json r = validate(kWeather, "{\"city\":");
  ASSERT_FALSE(r["ok"].get<bool>());
  EXPECT_EQ(r["errors"][0]["keyword"], "json");
  EXPECT_NE(r["errors"][0]["message"].get<std::string>().find("not valid JSON"), std::string::npos);
  EXPECT_EQ(validate(kWeather, "")["errors"][0]["keyword"], "json");
  EXPECT_EQ(validate(kWeather, "{} {}")["errors"][0]["keyword"], "json");
  std::string deep(coze::tools::kMaxInstanceDepth, '[');
  deep += std::string(coze::tools::kMaxInstanceDepth, ']');
  EXPECT_TRUE(validate("{}", deep)["ok"].get<bool>());
  std::string deeper = "[" + deep + "]";
  r = validate("{}", deeper);
  EXPECT_EQ(r["errors"][0]["keyword"], "depth") << r;
  EXPECT_EQ(validate("{}", std::string(1000000, '['))["errors"][0]["keyword"], "depth");
  // The same bound for a value parsed elsewhere.
  std::string compile_error;
  auto compiled = coze::tools::CompiledSchema::compile(json::parse("{}"), compile_error);
  std::vector<coze::tools::ValidationError> errors;
  EXPECT_FALSE(compiled->validate(json::parse(deeper), &errors, nullptr));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].keyword, "depth");
}

TEST(SchemaValidate, TypesNumbersStringsArrays) {
  EXPECT_TRUE(validate(R"({"type":"integer"})", "1e300")["ok"].get<bool>());
  EXPECT_TRUE(validate(R"({"type":"integer"})", "-0.0")["ok"].get<bool>());
  EXPECT_FALSE(validate(R"({"type":"integer"})", "1.5")["ok"].get<bool>());
  EXPECT_TRUE(
      validate(R"({"type":"integer","maximum":18446744073709551615})", "18446744073709551615")["ok"].get<bool>());
  EXPECT_FALSE(validate(R"({"exclusiveMaximum":9007199254740992})", "9007199254740993")["ok"].get<bool>());
  EXPECT_TRUE(validate(R"({"enum":[1]})", "1.0")["ok"].get<bool>());
  EXPECT_FALSE(validate(R"({"enum":[1]})", "true")["ok"].get<bool>());
  EXPECT_TRUE(validate(R"({"const":{"a":[1,2]}})", R"({"a":[1.0,2]})")["ok"].get<bool>());
  EXPECT_TRUE(validate(R"({"maxLength":1})", R"("\ud83d\udca9")")["ok"].get<bool>());
  EXPECT_FALSE(validate(R"({"minLength":2})", R"("\ud83d\udca9")")["ok"].get<bool>());
  EXPECT_TRUE(validate(R"({"pattern":"^[a-z]+@[a-z]+\\.[a-z]{2,}$"})", R"("me@example.com")")["ok"].get<bool>());
  EXPECT_FALSE(validate(R"({"pattern":"^[a-z]+@[a-z]+\\.[a-z]{2,}$"})", R"("me@example")")["ok"].get<bool>());
  EXPECT_FALSE(validate(R"({"uniqueItems":true})", "[1, 1.0]")["ok"].get<bool>());
  EXPECT_FALSE(validate(R"({"uniqueItems":true})", R"([{"a":1,"b":2},{"b":2,"a":1}])")["ok"].get<bool>());
  EXPECT_TRUE(validate(R"({"uniqueItems":true})", R"([0, false, null, "0", [0]])")["ok"].get<bool>());
  EXPECT_TRUE(validate(R"({"prefixItems":[{"type":"number"},{"type":"string"}],"items":false})", R"([1,"a"])")["ok"]
                  .get<bool>());
  json r = validate(R"({"prefixItems":[{"type":"number"},{"type":"string"}],"items":false})", R"([1,"a",null])");
  ASSERT_FALSE(r["ok"].get<bool>());
  EXPECT_EQ(r["errors"][0]["path"], "/2");
  EXPECT_EQ(r["errors"][0]["keyword"], "items");
  r = validate(R"({"items":[{"type":"number"}],"additionalItems":false})", R"([1,2])");
  EXPECT_EQ(r["errors"][0]["keyword"], "additionalItems");
  EXPECT_TRUE(validate(R"({"patternProperties":{"^x-":{"type":"string"}},"additionalProperties":false})",
                       R"({"x-a":"1"})")["ok"]
                  .get<bool>());
  EXPECT_FALSE(
      validate(R"({"patternProperties":{"^x-":{"type":"string"}},"additionalProperties":false})", R"({"y":"1"})")["ok"]
          .get<bool>());
}

TEST(SchemaValidate, CombinatorsExplainTheirAlternatives) {
  json r = validate(R"({"properties":{"when":{"anyOf":[{"type":"string","pattern":"^\\d{4}-\\d\\d-\\d\\d$"},
                                                      {"type":"null"}]}}})",
                    R"({"when":"tomorrow"})");
  ASSERT_EQ(r["errors"].size(), 1u) << r;
  EXPECT_EQ(r["errors"][0]["path"], "/when");
  EXPECT_EQ(r["errors"][0]["keyword"], "anyOf");
  EXPECT_EQ(r["errors"][0]["message"],
            "must match at least one of the 2 alternatives: (1) must match the pattern "
            "\"^\\\\d{4}-\\\\d\\\\d-\\\\d\\\\d$\"; (2) must be a null, got string");
  r = validate(R"({"oneOf":[{"type":"integer"},{"minimum":0}]})", "3");
  EXPECT_EQ(r["errors"][0]["message"],
            "must match exactly one of the 2 alternatives, but matches alternatives 1 and 2");
  r = validate(R"({"not":{"type":"string"}})", R"("x")");
  EXPECT_EQ(r["errors"][0]["message"], "must not match the schema at #/not");
  r = validate(R"({"allOf":[{"minimum":2},{"maximum":1}]})", "5");
  ASSERT_EQ(r["errors"].size(), 1u);
  EXPECT_EQ(r["errors"][0]["schema_path"], "#/allOf/1/maximum");
  r = validate(
      R"({"definitions":{"pos":{"type":"integer","minimum":1}},"properties":{"n":{"$ref":"#/definitions/pos"}}})",
      R"({"n":0})");
  EXPECT_EQ(r["errors"][0]["path"], "/n");
  EXPECT_EQ(r["errors"][0]["schema_path"], "#/definitions/pos/minimum");
  // $ref keeps its siblings (2019-09 and later; draft 7 dropped them).
  EXPECT_FALSE(
      validate(R"({"definitions":{"a":{"type":"array"}},"$ref":"#/definitions/a","maxItems":1})", "[1,2]")["ok"]
          .get<bool>());
}

TEST(SchemaValidate, RecursiveSchemasFollowTheValue) {
  const char* tree = R"({"type":"object","properties":{"name":{"type":"string"},
      "children":{"type":"array","items":{"$ref":"#"}}},"required":["name"],"additionalProperties":false})";
  EXPECT_TRUE(validate(tree, R"({"name":"a","children":[{"name":"b","children":[{"name":"c"}]}]})")["ok"].get<bool>());
  json r = validate(tree, R"({"name":"a","children":[{"name":"b","children":[{"nom":"c"}]}]})");
  ASSERT_FALSE(r["ok"].get<bool>());
  EXPECT_EQ(r["errors"][0]["path"], "/children/0/children/0");
}

TEST(SchemaValidate, ErrorsAreCapped) {
  json schema = {{"required", json::array()}};
  for (int i = 0; i < 100; ++i) schema["required"].push_back("p" + std::to_string(i));
  json r = validate(schema.dump(), "{}");
  EXPECT_EQ(r["errors"].size(), coze::tools::kMaxErrors);
}

// ---------------------------------------------------------------- defaults

json value_of(const std::string& schema, const std::string& args) {
  json r = validate(schema, args);
  EXPECT_TRUE(r["ok"].get<bool>()) << schema << " " << args << " " << r;
  return r["value"];
}

TEST(SchemaDefaults, FilledAtAnyDepthOnlyWhereAbsent) {
  const char* schema = R"({"properties":{
      "opts":{"type":"object","properties":{"verbose":{"type":"boolean","default":false},
                                            "level":{"default":1}}},
      "items":{"type":"array","items":{"properties":{"qty":{"default":1}}}},
      "n":{"default":null}}})";
  EXPECT_EQ(value_of(schema, R"({"opts":{"level":5},"items":[{},{"qty":3},7]})"),
            json::parse(R"({"opts":{"level":5,"verbose":false},"items":[{"qty":1},{"qty":3},7],"n":null})"));
  // A present null is not absent.
  EXPECT_EQ(value_of(R"({"properties":{"a":{"default":1}}})", R"({"a":null})"), json::parse(R"({"a":null})"));
  // Not an object: nothing to fill.
  EXPECT_EQ(value_of(R"({"properties":{"a":{"default":1}}})", "[]"), json::array());
}

TEST(SchemaDefaults, InsideInsertedDefaultsAndThroughRefs) {
  EXPECT_EQ(value_of(R"({"properties":{"opts":{"default":{},"properties":{"x":{"default":1}}}}})", "{}"),
            json::parse(R"({"opts":{"x":1}})"));
  EXPECT_EQ(value_of(R"({"$defs":{"unit":{"enum":["c","f"],"default":"c"}},
                         "properties":{"u":{"$ref":"#/$defs/unit"},"v":{"$ref":"#/$defs/unit","default":"f"}}})",
                     "{}"),
            json::parse(R"({"u":"c","v":"f"})"));
  // allOf always applies.
  EXPECT_EQ(value_of(R"({"allOf":[{"properties":{"a":{"default":1}}},{"properties":{"b":{"default":2}}}]})", "{}"),
            json::parse(R"({"a":1,"b":2})"));
  // A recursive default is inserted once, not forever.
  EXPECT_EQ(value_of(R"({"properties":{"next":{"$ref":"#","default":{}}}})", "{}"), json::parse(R"({"next":{}})"));
}

TEST(SchemaDefaults, OnlyFromTheAlternativeThatMatched) {
  const char* schema = R"({"oneOf":[
      {"properties":{"kind":{"const":"circle"},"r":{"default":1}},"required":["kind"]},
      {"properties":{"kind":{"const":"square"},"side":{"default":2}},"required":["kind"]}]})";
  EXPECT_EQ(value_of(schema, R"({"kind":"square"})"), json::parse(R"({"kind":"square","side":2})"));
  EXPECT_EQ(value_of(schema, R"({"kind":"circle"})"), json::parse(R"({"kind":"circle","r":1})"));
  const char* any = R"({"anyOf":[{"required":["a"],"properties":{"x":{"default":"first"}}},
                                 {"properties":{"x":{"default":"second"},"y":{"default":0}}}]})";
  EXPECT_EQ(value_of(any, R"({"a":1})"), json::parse(R"({"a":1,"x":"first"})"));
  EXPECT_EQ(value_of(any, "{}"), json::parse(R"({"x":"second","y":0})"));
  // Never from `not`.
  EXPECT_EQ(value_of(R"({"not":{"properties":{"a":{"default":1}},"required":["b"]}})", "{}"), json::object());
}

TEST(SchemaDefaults, AreNotValidatedAsTheSuiteSays) {
  // JSON-Schema-Test-Suite default.json: an invalid default does not make
  // the value invalid; it is filled in as written.
  EXPECT_EQ(value_of(R"({"properties":{"foo":{"type":"integer","default":[]}}})", "{}"), json::parse(R"({"foo":[]})"));
}

// ---------------------------------------------------------------- bounds

TEST(SchemaBounds, SharedDefinitionsDoNotBlowUp) {
  // d0 -> two references to d1 -> two to d2 ... : 2^40 paths, evaluated
  // once per (definition, value).
  for (const char* op : {"anyOf", "allOf", "oneOf"}) {
    json defs = json::object();
    const int levels = 40;
    for (int i = 0; i < levels; ++i) {
      std::string next = "#/definitions/d" + std::to_string(i + 1);
      defs["d" + std::to_string(i)] = {{op, json::array({{{"$ref", next}}, {{"$ref", next}, {"minLength", 0}}})}};
    }
    defs["d" + std::to_string(levels)] = {{"type", "string"}};
    json schema = {{"definitions", defs}, {"properties", {{"a", {{"$ref", "#/definitions/d0"}}}}}};
    json ok = validate(schema.dump(), R"({"a":"x"})");
    json bad = validate(schema.dump(), R"({"a":5})");
    EXPECT_EQ(ok["ok"].get<bool>(), std::string(op) != "oneOf") << op << ok;  // oneOf: both alternatives match
    EXPECT_FALSE(bad["ok"].get<bool>()) << op;
    EXPECT_FALSE(bad["errors"].empty());
    EXPECT_LE(bad["errors"].size(), coze::tools::kMaxErrors);
  }
}

TEST(SchemaBounds, LongStringsAndWideValues) {
  std::string big(1 << 20, 'a');
  EXPECT_TRUE(validate(R"({"pattern":"^(a|b)*$","maxLength":2000000})", "\"" + big + "\"")["ok"].get<bool>());
  json arr = json::array();
  for (int i = 0; i < 20000; ++i) arr.push_back(i);
  EXPECT_TRUE(validate(R"({"items":{"type":"integer","minimum":0},"uniqueItems":true})", arr.dump())["ok"].get<bool>());
  arr.push_back(19999.0);
  EXPECT_FALSE(validate(R"({"uniqueItems":true})", arr.dump())["ok"].get<bool>());
}

// ---------------------------------------------------------------- public API

TEST(SchemaApi, ToolSchemaLifecycle) {
  coze::ToolSchema empty;
  EXPECT_FALSE(empty.ok());
  json r = json::parse(empty.validate("{}"));
  EXPECT_FALSE(r["ok"].get<bool>());
  EXPECT_TRUE(r.contains("schema_error"));
  EXPECT_TRUE(r["errors"].empty());

  coze::ToolSchema s(kWeather);
  ASSERT_TRUE(s.ok()) << s.error();
  EXPECT_EQ(s.error(), "");
  coze::ToolSchema copy = s;
  EXPECT_EQ(copy.validate(R"({"city":"Rome"})"), s.validate(R"({"city":"Rome"})"));

  std::string err = s.parse(R"({"if":{}})");
  EXPECT_NE(err, "");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.error(), err);
  EXPECT_TRUE(copy.ok());  // the copy keeps the schema it had

  r = json::parse(coze::tool_validate(R"({"then":1})", "{}"));
  EXPECT_FALSE(r["ok"].get<bool>());
  EXPECT_NE(r["schema_error"].get<std::string>().find("\"then\""), std::string::npos);
  EXPECT_EQ(json::parse(coze::tool_validate(kWeather, R"({"city":"X"})"))["value"]["days"], 3);
  // Without defaults the value is the arguments as parsed.
  EXPECT_EQ(coze::tool_validate(R"({"type":"object"})", R"({ "b" : 1, "a" : [true] })"),
            R"({"ok":true,"value":{"a":[true],"b":1}})");
}

}  // namespace
