// The tool-argument validator (see schema.h and core/tools/README.md):
// compile a schema document into nodes, resolve same-document $refs,
// reject $ref cycles that never consume input, then validate arguments in
// two modes: a boolean pass (stops at the first failure, memoised per
// ($ref target, value) so shared definitions cost once per value), and,
// only when that fails, an error-collecting pass. Defaults are filled into
// a copy of a valid value by a third walk.
#include "tools/schema.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <unordered_map>

#include "coze/errors.h"
#include "coze/tools.h"
#include "sse/utf8.h"

namespace coze::tools {

using json = nlohmann::json;
using Node = CompiledSchema::Node;

namespace {

// ---------------------------------------------------------------- JSON text

// nlohmann's DOM builder behind a depth limit, keeping the parse error's
// text instead of throwing it.
class LimitedSax {
 public:
  LimitedSax(json& out, int max_depth) : dom_(out, false), max_depth_(max_depth) {}

  bool null() { return dom_.null(); }
  bool boolean(bool v) { return dom_.boolean(v); }
  bool number_integer(json::number_integer_t v) { return dom_.number_integer(v); }
  bool number_unsigned(json::number_unsigned_t v) { return dom_.number_unsigned(v); }
  bool number_float(json::number_float_t v, const json::string_t& s) { return dom_.number_float(v, s); }
  bool string(json::string_t& v) { return dom_.string(v); }
  bool binary(json::binary_t& v) { return dom_.binary(v); }
  bool key(json::string_t& v) { return dom_.key(v); }
  bool start_object(std::size_t n) { return deeper() && dom_.start_object(n); }
  bool end_object() {
    --depth_;
    return dom_.end_object();
  }
  bool start_array(std::size_t n) { return deeper() && dom_.start_array(n); }
  bool end_array() {
    --depth_;
    return dom_.end_array();
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) {
    message_ = ex.what();
    auto cut = message_.find("] ");
    if (message_.rfind("[json.exception", 0) == 0 && cut != std::string::npos) message_.erase(0, cut + 2);
    return false;
  }

  bool too_deep() const { return too_deep_; }
  const std::string& message() const { return message_; }

 private:
  bool deeper() {
    if (++depth_ > max_depth_) {
      too_deep_ = true;
      return false;
    }
    return true;
  }

  nlohmann::detail::json_sax_dom_parser<json> dom_;
  int max_depth_;
  int depth_ = 0;
  bool too_deep_ = false;
  std::string message_;
};

// Whether a parsed value nests objects/arrays deeper than max_depth
// (iterative: the value may be arbitrarily deep).
bool deeper_than(const json& root, int max_depth) {
  std::vector<std::pair<const json*, int>> stack{{&root, 0}};
  while (!stack.empty()) {
    auto [v, d] = stack.back();
    stack.pop_back();
    if (!v->is_structured()) continue;
    if (d + 1 > max_depth) return true;
    for (const auto& child : *v) stack.push_back({&child, d + 1});
  }
  return false;
}

// ---------------------------------------------------------------- numbers

// A JSON number: an integer by sign and magnitude (any int64 or uint64), or a double.
struct Num {
  bool is_float;
  bool negative;
  uint64_t magnitude;
  double value;
};

Num num_of(const json& j) {
  if (j.is_number_unsigned()) return {false, false, j.get<uint64_t>(), 0};
  if (j.is_number_integer()) {
    int64_t i = j.get<int64_t>();
    if (i < 0) return {false, true, uint64_t{0} - static_cast<uint64_t>(i), 0};
    return {false, false, static_cast<uint64_t>(i), 0};
  }
  return {true, false, 0, j.get<double>()};
}

int compare_ints(const Num& a, const Num& b) {
  if (a.magnitude == 0 && b.magnitude == 0) return 0;
  if (a.negative != b.negative) return a.negative ? -1 : 1;
  int c = a.magnitude < b.magnitude ? -1 : a.magnitude > b.magnitude ? 1 : 0;
  return a.negative ? -c : c;
}

// An integer against a finite double, exactly.
int compare_int_double(const Num& a, double d) {
  constexpr double kTwo64 = 18446744073709551616.0;
  if (d >= kTwo64) return -1;
  if (d <= -kTwo64) return 1;
  double t = std::trunc(d);
  Num ti = t < 0 ? Num{false, true, static_cast<uint64_t>(-t), 0} : Num{false, false, static_cast<uint64_t>(t), 0};
  int c = compare_ints(a, ti);
  if (c != 0) return c;
  return d > t ? -1 : d < t ? 1 : 0;
}

// x mod m, x*y mod m without 128-bit arithmetic (m > 0; x, y < m).
uint64_t add_mod(uint64_t x, uint64_t y, uint64_t m) { return x >= m - y ? x - (m - y) : x + y; }
uint64_t mul_mod(uint64_t x, uint64_t y, uint64_t m) {
  uint64_t r = 0;
  while (y != 0) {
    if (y & 1) r = add_mod(r, x, m);
    x = add_mod(x, x, m);
    y >>= 1;
  }
  return r;
}

// The shortest decimal form of a number as significant digits (no leading
// or trailing zeros; "" for zero) times 10^exponent.
void decimal_form(const json& j, std::string& digits, long& exponent) {
  std::string text;
  if (j.is_number_float()) {
    text = j.dump();  // shortest round-trip form, e.g. 0.0075, 1e+308, 7.5e-05
  } else {
    text = std::to_string(num_of(j).magnitude);
  }
  digits.clear();
  exponent = 0;
  size_t i = 0;
  if (i < text.size() && text[i] == '-') ++i;
  bool fraction = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      if (!(digits.empty() && c == '0')) digits.push_back(c);
      if (fraction) --exponent;
    } else if (c == '.') {
      fraction = true;
    } else if (c == 'e' || c == 'E') {
      exponent += std::strtol(text.c_str() + i + 1, nullptr, 10);
      break;
    }
  }
  while (!digits.empty() && digits.back() == '0') {
    digits.pop_back();
    ++exponent;
  }
}

// ---------------------------------------------------------------- messages

std::string show(const json& v, size_t max_bytes = 80) {
  return utf8_prefix(v.dump(-1, ' ', false, json::error_handler_t::replace), max_bytes, true);
}

std::string quoted(const std::string& s) { return show(json(s), 100); }

// "1 item", "2 items".
std::string count_of(long long n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string escape_token(const std::string& token) {
  std::string out;
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool is_integer_value(const json& v) {
  if (v.is_number_integer()) return true;  // also unsigned
  if (!v.is_number_float()) return false;
  double d = v.get<double>();
  return std::isfinite(d) && std::floor(d) == d;
}

const char* type_name(const json& v) {
  switch (v.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "boolean";
    case json::value_t::object:
      return "object";
    case json::value_t::array:
      return "array";
    case json::value_t::string:
      return "string";
    default:
      return is_integer_value(v) ? "integer" : "number";
  }
}

const char* const kTypeNames[] = {"null", "boolean", "object", "array", "number", "string", "integer"};

std::string type_list(unsigned types) {
  std::vector<std::string> names;
  for (unsigned b = 0; b < 7; ++b) {
    if (types & (1u << b)) names.push_back(kTypeNames[b]);
  }
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += (names[i][0] == 'a' || names[i][0] == 'i' || names[i][0] == 'o') ? "an " : "a ";
    out += names[i];
  }
  return out;
}

bool type_matches(unsigned types, const json& v) {
  switch (v.type()) {
    case json::value_t::null:
      return types & CompiledSchema::kTypeNull;
    case json::value_t::boolean:
      return types & CompiledSchema::kTypeBoolean;
    case json::value_t::object:
      return types & CompiledSchema::kTypeObject;
    case json::value_t::array:
      return types & CompiledSchema::kTypeArray;
    case json::value_t::string:
      return types & CompiledSchema::kTypeString;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return (types & CompiledSchema::kTypeNumber) || ((types & CompiledSchema::kTypeInteger) && is_integer_value(v));
    default:
      return false;
  }
}

}  // namespace

// ---------------------------------------------------------------- public helpers

bool parse_json_text(const std::string& text, int max_depth, json& out, std::string& error) {
  out = json();
  LimitedSax sax(out, max_depth);
  bool ok = json::sax_parse(text, &sax, json::input_format_t::json, true);
  if (ok) return true;
  out = json();
  if (sax.too_deep()) {
    error = "nested deeper than " + std::to_string(max_depth) + " levels";
  } else {
    // The parser quotes the bytes it read last: keep them readable UTF-8, and short.
    std::string repaired;
    sse::utf8_append_repaired(repaired, sax.message().data(), sax.message().size());
    error = repaired.empty() ? "not valid JSON" : utf8_prefix(repaired, 300, true);
  }
  return false;
}

int compare_numbers(const json& a, const json& b) {
  Num x = num_of(a), y = num_of(b);
  if (!x.is_float && !y.is_float) return compare_ints(x, y);
  if (x.is_float && y.is_float) return x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  if (!x.is_float) return compare_int_double(x, y.value);
  return -compare_int_double(y, x.value);
}

int compare_json(const json& a, const json& b) {
  auto rank = [](const json& v) {
    switch (v.type()) {
      case json::value_t::null:
        return 0;
      case json::value_t::boolean:
        return 1;
      case json::value_t::number_integer:
      case json::value_t::number_unsigned:
      case json::value_t::number_float:
        return 2;
      case json::value_t::string:
        return 3;
      case json::value_t::array:
        return 4;
      case json::value_t::object:
        return 5;
      default:
        return 6;
    }
  };
  int ra = rank(a), rb = rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 1: {
      bool x = a.get<bool>(), y = b.get<bool>();
      return x == y ? 0 : x ? 1 : -1;
    }
    case 2:
      return compare_numbers(a, b);
    case 3: {
      int c = a.get_ref<const std::string&>().compare(b.get_ref<const std::string&>());
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case 4: {
      size_t n = std::min(a.size(), b.size());
      for (size_t i = 0; i < n; ++i) {
        int c = compare_json(a[i], b[i]);
        if (c != 0) return c;
      }
      return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
    }
    case 5: {  // keys are kept sorted
      auto x = a.begin(), y = b.begin();
      for (; x != a.end() && y != b.end(); ++x, ++y) {
        int c = x.key().compare(y.key());
        if (c != 0) return c < 0 ? -1 : 1;
        c = compare_json(x.value(), y.value());
        if (c != 0) return c;
      }
      return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
    }
    default:
      return 0;
  }
}

bool is_multiple_of(const json& value, const json& divisor) {
  std::string a, b;
  long ea = 0, eb = 0;
  decimal_form(value, a, ea);
  decimal_form(divisor, b, eb);
  if (a.empty()) return true;   // 0
  if (b.empty()) return false;  // never: the divisor is > 0
  // value / divisor = (A / B) * 10^(ea - eb); A has no factor 10, so a
  // negative power can never give an integer.
  long e = ea - eb;
  if (e < 0) return false;
  uint64_t m = 0;
  for (char c : b) {
    uint64_t d = static_cast<uint64_t>(c - '0');
    if (m > (UINT64_MAX - d) / 10) return false;  // above 2^64-1: never from a JSON number
    m = m * 10 + d;
  }
  if (m == 1) return true;
  uint64_t r = 0;
  for (char c : a) r = add_mod(mul_mod(r, 10, m), static_cast<uint64_t>(c - '0') % m, m);
  uint64_t p = 1 % m, base = 10 % m;
  for (long k = e; k > 0; k >>= 1) {
    if (k & 1) p = mul_mod(p, base, m);
    base = mul_mod(base, base, m);
  }
  return mul_mod(r, p, m) == 0;
}

size_t code_point_count(const std::string& text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

// ---------------------------------------------------------------- compiler

class Compiler {
 public:
  explicit Compiler(CompiledSchema& out) : out_(out) {}

  bool run(const json& doc, std::string& error) {
    if (deeper_than(doc, kMaxSchemaDepth)) {
      error = "invalid tool schema: nested deeper than " + std::to_string(kMaxSchemaDepth) + " levels";
      return false;
    }
    bool ok = node(doc, "#", true) >= 0 && resolve_refs() && no_cycles();
    if (!ok) error = "invalid tool schema: " + err_;
    return ok;
  }

 private:
  int fail(const std::string& why) {
    if (err_.empty()) err_ = why;
    return -1;
  }
  int bad(const std::string& ptr, const std::string& keyword, const std::string& what) {
    return fail("\"" + keyword + "\" at " + ptr + " " + what);
  }

  static std::string child(const std::string& ptr, const std::string& token) { return ptr + "/" + escape_token(token); }

  int add_node(const std::string& ptr) {
    out_.nodes_.emplace_back();
    int id = static_cast<int>(out_.nodes_.size() - 1);
    out_.nodes_.back().pointer = ptr;
    by_pointer_[ptr] = id;
    return id;
  }
  Node& at(int id) { return out_.nodes_[static_cast<size_t>(id)]; }

  // Compiles the schema `s` found at `ptr`; returns its node id, or -1.
  int node(const json& s, const std::string& ptr, bool root = false) {
    if (s.is_boolean()) {
      int id = add_node(ptr);
      at(id).is_bool = true;
      at(id).bool_value = s.get<bool>();
      return id;
    }
    if (!s.is_object()) return fail("the schema at " + ptr + " must be an object or a boolean, got " + show(s, 40));
    int id = add_node(ptr);
    for (auto it = s.begin(); it != s.end(); ++it) {
      if (!keyword(id, it.key(), it.value(), ptr, root)) return -1;
    }
    return id;
  }

  bool schema_map(const json& v, const std::string& ptr, const std::string& kw,
                  std::vector<std::pair<std::string, int>>* out) {
    if (!v.is_object()) return bad(ptr, kw, "must be an object of schemas") >= 0;
    for (auto it = v.begin(); it != v.end(); ++it) {
      int c = node(it.value(), child(child(ptr, kw), it.key()));
      if (c < 0) return false;
      if (out) out->push_back({it.key(), c});
    }
    return true;
  }

  bool schema_array(const json& v, const std::string& ptr, const std::string& kw, std::vector<int>& out) {
    if (!v.is_array() || v.empty()) return bad(ptr, kw, "must be a non-empty array of schemas") >= 0;
    for (size_t i = 0; i < v.size(); ++i) {
      int c = node(v[i], child(child(ptr, kw), std::to_string(i)));
      if (c < 0) return false;
      out.push_back(c);
    }
    return true;
  }

  bool count(const json& v, const std::string& ptr, const std::string& kw, long long& out) {
    if (!is_integer_value(v) || compare_numbers(v, json(0)) < 0) {
      return bad(ptr, kw, "must be a non-negative integer, got " + show(v, 40)) >= 0;
    }
    if (compare_numbers(v, json(INT64_MAX)) >= 0) {
      out = INT64_MAX;
    } else {
      out = v.is_number_float() ? static_cast<long long>(v.get<double>()) : v.get<long long>();
    }
    return true;
  }

  bool number(const json& v, const std::string& ptr, const std::string& kw, json& out) {
    if (!v.is_number()) {
      std::string what = "must be a number, got " + show(v, 40);
      if (v.is_boolean() && (kw == "exclusiveMinimum" || kw == "exclusiveMaximum")) {
        what += " (the draft-4 boolean form is not supported: give the bound itself)";
      }
      return bad(ptr, kw, what) >= 0;
    }
    out = v;
    return true;
  }

  bool keyword(int id, const std::string& kw, const json& v, const std::string& ptr, bool root) {
    // Annotations: accepted (with their draft's value type), never asserted.
    if (kw == "title" || kw == "description" || kw == "$comment" || kw == "format") {
      if (!v.is_string()) return bad(ptr, kw, "must be a string") >= 0;
      return true;
    }
    if (kw == "$schema") {
      if (!v.is_string()) return bad(ptr, kw, "must be a string") >= 0;
      return true;
    }
    if (kw == "$id") {
      if (!v.is_string()) return bad(ptr, kw, "must be a string") >= 0;
      if (!root)
        return bad(ptr, kw, "is only supported at the root (a nested $id starts another schema resource)") >= 0;
      return true;
    }
    if (kw == "examples") {
      if (!v.is_array()) return bad(ptr, kw, "must be an array") >= 0;
      return true;
    }
    if (kw == "readOnly" || kw == "writeOnly" || kw == "deprecated") {
      if (!v.is_boolean()) return bad(ptr, kw, "must be a boolean") >= 0;
      return true;
    }
    if (kw == "default") {
      at(id).has_default = true;
      at(id).default_value = v;
      out_.has_defaults_ = true;
      return true;
    }
    if (kw == "definitions" || kw == "$defs") return schema_map(v, ptr, kw, nullptr);
    if (kw == "type") {
      std::vector<json> names;
      if (v.is_string()) {
        names.push_back(v);
      } else if (v.is_array() && !v.empty()) {
        names.assign(v.begin(), v.end());
      } else {
        return bad(ptr, kw, "must be a type name or a non-empty array of them") >= 0;
      }
      unsigned bits = 0;
      for (const json& name : names) {
        unsigned bit = 0;
        for (unsigned b = 0; b < 7 && name.is_string(); ++b) {
          if (name.get_ref<const std::string&>() == kTypeNames[b]) bit = 1u << b;
        }
        if (bit == 0) {
          return bad(ptr, kw,
                     "has " + show(name, 40) +
                         ": the types are null, boolean, object, array, number, string and integer") >= 0;
        }
        if (bits & bit) return bad(ptr, kw, "names " + show(name, 40) + " twice") >= 0;
        bits |= bit;
      }
      at(id).types = bits;
      return true;
    }
    if (kw == "properties") {
      std::vector<std::pair<std::string, int>> props;
      if (!schema_map(v, ptr, kw, &props)) return false;
      std::sort(props.begin(), props.end());
      at(id).properties = std::move(props);
      return true;
    }
    if (kw == "patternProperties") {
      if (!v.is_object()) return bad(ptr, kw, "must be an object of schemas") >= 0;
      for (auto it = v.begin(); it != v.end(); ++it) {
        Regex re;
        std::string why = re.compile(it.key());
        if (!why.empty()) return bad(ptr, kw, "has the pattern " + quoted(it.key()) + ": " + why) >= 0;
        int c = node(it.value(), child(child(ptr, kw), it.key()));
        if (c < 0) return false;
        at(id).pattern_properties.push_back({std::move(re), c});
      }
      return true;
    }
    if (kw == "additionalProperties") {
      int c = node(v, child(ptr, kw));
      if (c < 0) return false;
      at(id).additional_properties = c;
      return true;
    }
    if (kw == "required") {
      if (!v.is_array()) return bad(ptr, kw, "must be an array of property names") >= 0;
      std::vector<std::string> names;
      for (const json& name : v) {
        if (!name.is_string()) return bad(ptr, kw, "must be an array of property names") >= 0;
        if (std::find(names.begin(), names.end(), name.get_ref<const std::string&>()) != names.end()) {
          return bad(ptr, kw, "names " + show(name, 40) + " twice") >= 0;
        }
        names.push_back(name.get<std::string>());
      }
      at(id).required = std::move(names);
      return true;
    }
    if (kw == "minProperties") return count(v, ptr, kw, at(id).min_properties);
    if (kw == "maxProperties") return count(v, ptr, kw, at(id).max_properties);
    if (kw == "items") {
      if (v.is_array()) {  // draft 7 tuple form
        std::vector<int> kids;
        for (size_t i = 0; i < v.size(); ++i) {
          int c = node(v[i], child(child(ptr, kw), std::to_string(i)));
          if (c < 0) return false;
          kids.push_back(c);
        }
        at(id).prefix_items = std::move(kids);
        tuple_items_.push_back(id);
        return true;
      }
      int c = node(v, child(ptr, kw));
      if (c < 0) return false;
      items_schema_[id] = c;
      return true;
    }
    if (kw == "prefixItems") {
      std::vector<int> kids;
      if (!schema_array(v, ptr, kw, kids)) return false;
      at(id).prefix_items = std::move(kids);
      at(id).prefix_keyword = "prefixItems";
      prefix_items_.push_back(id);
      return true;
    }
    if (kw == "additionalItems") {
      int c = node(v, child(ptr, kw));
      if (c < 0) return false;
      additional_items_[id] = c;
      return true;
    }
    if (kw == "minItems") return count(v, ptr, kw, at(id).min_items);
    if (kw == "maxItems") return count(v, ptr, kw, at(id).max_items);
    if (kw == "uniqueItems") {
      if (!v.is_boolean()) return bad(ptr, kw, "must be a boolean") >= 0;
      at(id).unique_items = v.get<bool>();
      return true;
    }
    if (kw == "enum") {
      if (!v.is_array()) return bad(ptr, kw, "must be an array") >= 0;
      at(id).has_enum = true;
      at(id).enum_values = v;
      return true;
    }
    if (kw == "const") {
      at(id).has_const = true;
      at(id).const_value = v;
      return true;
    }
    if (kw == "minimum") return number(v, ptr, kw, at(id).minimum);
    if (kw == "maximum") return number(v, ptr, kw, at(id).maximum);
    if (kw == "exclusiveMinimum") return number(v, ptr, kw, at(id).exclusive_minimum);
    if (kw == "exclusiveMaximum") return number(v, ptr, kw, at(id).exclusive_maximum);
    if (kw == "multipleOf") {
      if (!v.is_number() || compare_numbers(v, json(0)) <= 0) {
        return bad(ptr, kw, "must be a number above 0, got " + show(v, 40)) >= 0;
      }
      at(id).multiple_of = v;
      return true;
    }
    if (kw == "minLength") return count(v, ptr, kw, at(id).min_length);
    if (kw == "maxLength") return count(v, ptr, kw, at(id).max_length);
    if (kw == "pattern") {
      if (!v.is_string()) return bad(ptr, kw, "must be a string") >= 0;
      Regex re;
      std::string why = re.compile(v.get_ref<const std::string&>());
      if (!why.empty()) return bad(ptr, kw, quoted(v.get<std::string>()) + " is not supported: " + why) >= 0;
      at(id).has_pattern = true;
      at(id).pattern = std::move(re);
      return true;
    }
    if (kw == "allOf" || kw == "anyOf" || kw == "oneOf") {
      std::vector<int> kids;
      if (!schema_array(v, ptr, kw, kids)) return false;
      (kw == "allOf" ? at(id).all_of : kw == "anyOf" ? at(id).any_of : at(id).one_of) = std::move(kids);
      return true;
    }
    if (kw == "not") {
      int c = node(v, child(ptr, kw));
      if (c < 0) return false;
      at(id).not_schema = c;
      return true;
    }
    if (kw == "$ref") {
      if (!v.is_string()) return bad(ptr, kw, "must be a string") >= 0;
      at(id).ref_text = v.get<std::string>();
      refs_.push_back(id);
      return true;
    }
    std::string hint;
    if (kw == "nullable") {
      hint = " (an OpenAPI keyword: write \"type\": [\"...\", \"null\"])";
    } else if (kw == "discriminator") {
      hint = " (an OpenAPI keyword: oneOf with a const property does the same)";
    } else if (kw == "$anchor" || kw == "$dynamicRef" || kw == "$dynamicAnchor" || kw == "$recursiveRef" ||
               kw == "$recursiveAnchor") {
      hint = " (only $ref to \"#\" or a JSON pointer \"#/...\" in the same schema is supported)";
    } else if (kw == "if" || kw == "then" || kw == "else") {
      hint = " (if/then/else is not supported: anyOf or oneOf can say the same)";
    }
    return fail("unsupported keyword \"" + kw + "\" at " + ptr + hint) >= 0;
  }

  // items / prefixItems / additionalItems, once every keyword of a node is read.
  bool finish_arrays() {
    for (int id : prefix_items_) {
      if (std::find(tuple_items_.begin(), tuple_items_.end(), id) != tuple_items_.end()) {
        return bad(at(id).pointer, "items", "must be a schema when prefixItems is present") >= 0;
      }
      if (additional_items_.count(id)) {
        return bad(at(id).pointer, "additionalItems",
                   "is the draft-7 form: with prefixItems, give the later items' schema in items") >= 0;
      }
    }
    for (auto& [id, c] : items_schema_) {
      at(id).rest_items = c;
      at(id).rest_keyword = "items";
    }
    for (int id : tuple_items_) {
      auto it = additional_items_.find(id);
      if (it != additional_items_.end()) {
        at(id).rest_items = it->second;
        at(id).rest_keyword = "additionalItems";
      }
    }
    // additionalItems next to an items schema, or alone, has no effect.
    return true;
  }

  bool resolve_refs() {
    if (!finish_arrays()) return false;
    for (int id : refs_) {
      const std::string& text = at(id).ref_text;
      std::string why;
      int target = resolve(text, why);
      if (target < 0) return bad(at(id).pointer, "$ref", quoted(text) + " " + why) >= 0;
      at(id).ref = target;
    }
    return true;
  }

  int resolve(const std::string& ref, std::string& why) {
    if (ref.empty() || ref[0] != '#') {
      why = "is not supported: only references within the schema (\"#\" or \"#/...\") are";
      return -1;
    }
    std::string pointer;  // percent-decoded fragment
    for (size_t i = 1; i < ref.size(); ++i) {
      if (ref[i] != '%') {
        pointer.push_back(ref[i]);
        continue;
      }
      auto hex = [](char c) {
        return c >= '0' && c <= '9'   ? c - '0'
               : c >= 'a' && c <= 'f' ? c - 'a' + 10
               : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                      : -1;
      };
      if (i + 2 >= ref.size() || hex(ref[i + 1]) < 0 || hex(ref[i + 2]) < 0) {
        why = "has a bad percent-escape";
        return -1;
      }
      pointer.push_back(static_cast<char>(hex(ref[i + 1]) * 16 + hex(ref[i + 2])));
      i += 2;
    }
    if (pointer.empty()) return 0;
    if (pointer[0] != '/') {
      why = "is not supported: plain-name fragments (anchors) are not; use a JSON pointer \"#/...\"";
      return -1;
    }
    std::string canonical = "#";
    size_t start = 1;
    for (;;) {
      size_t end = pointer.find('/', start);
      std::string raw = pointer.substr(start, end == std::string::npos ? std::string::npos : end - start);
      std::string token;
      for (size_t k = 0; k < raw.size(); ++k) {
        if (raw[k] != '~') {
          token.push_back(raw[k]);
        } else if (k + 1 < raw.size() && (raw[k + 1] == '0' || raw[k + 1] == '1')) {
          token.push_back(raw[k + 1] == '0' ? '~' : '/');
          ++k;
        } else {
          why = "is not a valid JSON pointer (~ must be followed by 0 or 1)";
          return -1;
        }
      }
      canonical += "/" + escape_token(token);
      if (end == std::string::npos) break;
      start = end + 1;
    }
    auto found = by_pointer_.find(canonical);
    if (found == by_pointer_.end()) {
      why = "does not point to a schema in this document";
      return -1;
    }
    return found->second;
  }

  // A cycle of $ref / allOf / anyOf / oneOf / not edges applies a schema to
  // the same value forever: reject it (recursion through properties or
  // items is fine, it consumes the value).
  bool no_cycles() {
    const auto& nodes = out_.nodes_;
    std::vector<std::vector<int>> edges(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
      const Node& n = nodes[i];
      if (n.ref >= 0) edges[i].push_back(n.ref);
      for (int k : n.all_of) edges[i].push_back(k);
      for (int k : n.any_of) edges[i].push_back(k);
      for (int k : n.one_of) edges[i].push_back(k);
      if (n.not_schema >= 0) edges[i].push_back(n.not_schema);
    }
    std::vector<int> state(nodes.size(), 0);  // 0 new, 1 on the stack, 2 done
    for (size_t start = 0; start < nodes.size(); ++start) {
      if (state[start] != 0) continue;
      std::vector<std::pair<int, size_t>> stack{{static_cast<int>(start), 0}};
      state[start] = 1;
      while (!stack.empty()) {
        auto& [v, next] = stack.back();
        if (next == edges[static_cast<size_t>(v)].size()) {
          state[static_cast<size_t>(v)] = 2;
          stack.pop_back();
          continue;
        }
        int w = edges[static_cast<size_t>(v)][next++];
        if (state[static_cast<size_t>(w)] == 1) {
          std::string path;
          bool on = false;
          for (const auto& frame : stack) {
            if (frame.first == w) on = true;
            if (on) path += nodes[static_cast<size_t>(frame.first)].pointer + " -> ";
          }
          path += nodes[static_cast<size_t>(w)].pointer;
          return fail("a $ref cycle that never reaches a property or an item (it would never end): " + path) >= 0;
        }
        if (state[static_cast<size_t>(w)] == 0) {
          state[static_cast<size_t>(w)] = 1;
          stack.push_back({w, 0});
        }
      }
    }
    return true;
  }

  CompiledSchema& out_;
  std::string err_;
  std::map<std::string, int> by_pointer_;
  std::vector<int> refs_;
  std::vector<int> tuple_items_, prefix_items_;
  std::map<int, int> items_schema_, additional_items_;
};

std::shared_ptr<const CompiledSchema> CompiledSchema::compile(const json& schema, std::string& error) {
  auto out = std::make_shared<CompiledSchema>();
  Compiler compiler(*out);
  if (!compiler.run(schema, error)) return nullptr;
  error.clear();
  return out;
}

std::shared_ptr<const CompiledSchema> CompiledSchema::compile_text(const std::string& schema_json, std::string& error) {
  json doc;
  std::string why;
  if (!parse_json_text(schema_json, kMaxSchemaDepth, doc, why)) {
    error = "invalid tool schema: the schema is not accepted JSON: " + why;
    return nullptr;
  }
  return compile(doc, error);
}

// ---------------------------------------------------------------- evaluator

class Evaluator {
 public:
  explicit Evaluator(const CompiledSchema& s) : nodes_(s.nodes_) {}

  // Where errors go in the collecting mode.
  struct Sink {
    std::vector<ValidationError>* errors;
    size_t max;
    bool details;      // anyOf / oneOf explain their alternatives
    std::string path;  // JSON pointer of the value being checked
    bool full() const { return errors->size() >= max; }
  };

  // Whether `v` is valid against node `id`; with a sink, also reports why
  // not (at least one error unless the sink is full).
  bool check(int id, const json& v, Sink* sink) {
    if (sink && sink->full()) return false;  // only reached on an invalid value: enough said
    if (frames_ >= kMaxFrames) {
      if (sink && !sink->full()) {
        sink->errors->push_back({sink->path, "depth", "the schema applies too many nested schemas here to evaluate",
                                 nodes_[static_cast<size_t>(id)].pointer});
      }
      return false;
    }
    ++frames_;
    bool ok = check_node(nodes_[static_cast<size_t>(id)], v, sink);
    --frames_;
    return ok;
  }

  // check() without a sink, remembered per (node, value).
  bool valid(int id, const json& v) {
    Key key{id, &v};
    auto it = memo_.find(key);
    if (it != memo_.end()) return it->second;
    bool ok = check(id, v, nullptr);
    memo_.emplace(key, ok);
    return ok;
  }

  // Fills absent properties that have a default into `out` (a copy of
  // `orig`, which is valid against node `id`), at any depth.
  void fill(int id, const json& orig, json& out, int depth) {
    const Node& n = nodes_[static_cast<size_t>(id)];
    if (n.is_bool || depth > kMaxInstanceDepth || frames_ >= kMaxFrames) return;
    ++frames_;
    int any_choice = -1, one_choice = -1;
    for (int b : n.any_of) {
      if (valid(b, orig)) {
        any_choice = b;
        break;
      }
    }
    for (int b : n.one_of) {
      if (valid(b, orig)) {
        one_choice = b;
        break;
      }
    }
    if (orig.is_object() && out.is_object()) {
      for (const auto& [name, kid] : n.properties) {
        auto it = orig.find(name);
        if (it != orig.end()) {
          auto o = out.find(name);
          if (o != out.end()) fill(kid, *it, *o, depth + 1);
          continue;
        }
        if (out.contains(name)) continue;
        int owner = -1;
        const json* d = find_default(kid, owner);
        if (!d || std::find(inserting_.begin(), inserting_.end(), owner) != inserting_.end()) continue;
        json& slot = out[name];
        slot = *d;
        inserting_.push_back(owner);
        fill(kid, *d, slot, depth + 1);
        inserting_.pop_back();
      }
      if (!n.pattern_properties.empty() || n.additional_properties >= 0) {
        for (auto it = orig.begin(); it != orig.end(); ++it) {
          auto o = out.find(it.key());
          if (o == out.end()) continue;
          bool declared = property(n, it.key()) >= 0;
          for (const auto& [re, kid] : n.pattern_properties) {
            if (re.search(it.key())) {
              declared = true;
              fill(kid, it.value(), *o, depth + 1);
            }
          }
          if (!declared && n.additional_properties >= 0) fill(n.additional_properties, it.value(), *o, depth + 1);
        }
      }
    }
    if (orig.is_array() && out.is_array() && orig.size() == out.size()) {
      for (size_t i = 0; i < orig.size(); ++i) {
        int kid = i < n.prefix_items.size() ? n.prefix_items[i] : n.rest_items;
        if (kid >= 0) fill(kid, orig[i], out[i], depth + 1);
      }
    }
    if (n.ref >= 0) fill(n.ref, orig, out, depth);
    for (int b : n.all_of) fill(b, orig, out, depth);
    if (any_choice >= 0) fill(any_choice, orig, out, depth);
    if (one_choice >= 0) fill(one_choice, orig, out, depth);
    --frames_;
  }

 private:
  static constexpr int kMaxFrames = 2000;

  struct Key {
    int id;
    const json* value;
    bool operator==(const Key& o) const { return id == o.id && value == o.value; }
  };
  struct KeyHash {
    size_t operator()(const Key& k) const {
      return std::hash<const void*>()(k.value) * 31u + static_cast<size_t>(k.id);
    }
  };

  // The node's property schema for `name`, or -1.
  static int property(const Node& n, const std::string& name) {
    auto it = std::lower_bound(n.properties.begin(), n.properties.end(), name,
                               [](const std::pair<std::string, int>& p, const std::string& k) { return p.first < k; });
    return it != n.properties.end() && it->first == name ? it->second : -1;
  }

  // A property schema's default: its own, else its $ref target's (along the chain).
  const json* find_default(int id, int& owner) const {
    for (size_t steps = 0; id >= 0 && steps <= nodes_.size(); ++steps) {
      const Node& n = nodes_[static_cast<size_t>(id)];
      if (n.is_bool) return nullptr;
      if (n.has_default) {
        owner = id;
        return &n.default_value;
      }
      id = n.ref;
    }
    return nullptr;
  }

  void report(Sink* sink, const Node& n, const char* keyword, std::string message) {
    sink->errors->push_back({sink->path, keyword, std::move(message), n.pointer + "/" + keyword});
  }

  // Checks `v` against `kid` at the child location `token`; a false
  // boolean schema is reported as the parent's `keyword` with `refusal`.
  bool sub(int kid, const json& v, const std::string& token, Sink* sink, const Node& parent, const char* keyword,
           const std::string& refusal) {
    const Node& k = nodes_[static_cast<size_t>(kid)];
    if (!sink) return check(kid, v, nullptr);
    size_t len = sink->path.size();
    sink->path += "/" + escape_token(token);
    bool ok;
    if (k.is_bool && !k.bool_value) {
      ok = false;
      sink->errors->push_back({sink->path, keyword, refusal, parent.pointer + "/" + keyword});
    } else {
      ok = check(kid, v, sink);
    }
    sink->path.resize(len);
    return ok;
  }

  // "(1) must be a string, got integer; (2) at /a: ..." for the failing alternatives.
  std::string alternatives(const std::vector<int>& kids, const json& v, Sink* sink) {
    if (!sink->details) return "";
    std::string out;
    size_t shown = 0;
    for (size_t i = 0; i < kids.size() && shown < 4; ++i) {
      std::vector<ValidationError> errs;
      Sink one{&errs, 1, false, sink->path};
      if (check(kids[i], v, &one) || errs.empty()) continue;
      out += shown++ ? "; (" : ": (";
      out += std::to_string(i + 1) + ") ";
      if (errs[0].path != sink->path) out += "at " + errs[0].path + " ";
      out += errs[0].message;
    }
    return out;
  }

  bool check_node(const Node& n, const json& v, Sink* sink) {
    if (n.is_bool) {
      if (!n.bool_value && sink) report(sink, n, "false", "no value is allowed here (the schema is false)");
      return n.bool_value;
    }
    bool ok = true;
// Fails the keyword: stops at once without a sink, else reports the
// message (built only then) and goes on until the sink is full.
#define COZE_FAIL(keyword, message)      \
  do {                                   \
    ok = false;                          \
    if (!sink) return false;             \
    report(sink, n, keyword, (message)); \
    if (sink->full()) return false;      \
  } while (0)
// A subschema's result.
#define COZE_SUB(expr)                         \
  do {                                         \
    if (!(expr)) {                             \
      ok = false;                              \
      if (!sink || sink->full()) return false; \
    }                                          \
  } while (0)

    if (n.types != 0 && !type_matches(n.types, v)) {
      COZE_FAIL("type", "must be " + type_list(n.types) + ", got " + type_name(v));
    }
    if (n.has_const && compare_json(v, n.const_value) != 0) {
      COZE_FAIL("const", "must be " + show(n.const_value) + ", got " + show(v, 40));
    }
    if (n.has_enum) {
      bool found = false;
      for (const json& e : n.enum_values) {
        if (compare_json(v, e) == 0) {
          found = true;
          break;
        }
      }
      if (!found) COZE_FAIL("enum", "must be one of " + show(n.enum_values, 200) + ", got " + show(v, 40));
    }

    if (v.is_number()) {
      if (!n.minimum.is_null() && compare_numbers(v, n.minimum) < 0) {
        COZE_FAIL("minimum", "must be >= " + show(n.minimum) + ", got " + show(v));
      }
      if (!n.maximum.is_null() && compare_numbers(v, n.maximum) > 0) {
        COZE_FAIL("maximum", "must be <= " + show(n.maximum) + ", got " + show(v));
      }
      if (!n.exclusive_minimum.is_null() && compare_numbers(v, n.exclusive_minimum) <= 0) {
        COZE_FAIL("exclusiveMinimum", "must be > " + show(n.exclusive_minimum) + ", got " + show(v));
      }
      if (!n.exclusive_maximum.is_null() && compare_numbers(v, n.exclusive_maximum) >= 0) {
        COZE_FAIL("exclusiveMaximum", "must be < " + show(n.exclusive_maximum) + ", got " + show(v));
      }
      if (!n.multiple_of.is_null() && !is_multiple_of(v, n.multiple_of)) {
        COZE_FAIL("multipleOf", "must be a multiple of " + show(n.multiple_of) + ", got " + show(v));
      }
    } else if (v.is_string()) {
      const std::string& s = v.get_ref<const std::string&>();
      if (n.min_length >= 0 || n.max_length >= 0) {
        long long len = static_cast<long long>(code_point_count(s));
        if (n.min_length >= 0 && len < n.min_length) {
          COZE_FAIL("minLength", "must be at least " + count_of(n.min_length, "character", "characters") +
                                     " long, got " + std::to_string(len));
        }
        if (n.max_length >= 0 && len > n.max_length) {
          COZE_FAIL("maxLength", "must be at most " + count_of(n.max_length, "character", "characters") +
                                     " long, got " + std::to_string(len));
        }
      }
      if (n.has_pattern && !n.pattern.search(s)) {
        COZE_FAIL("pattern", "must match the pattern " + quoted(n.pattern.source()));
      }
    } else if (v.is_array()) {
      long long size = static_cast<long long>(v.size());
      if (n.min_items >= 0 && size < n.min_items) {
        COZE_FAIL("minItems",
                  "must have at least " + count_of(n.min_items, "item", "items") + ", got " + std::to_string(size));
      }
      if (n.max_items >= 0 && size > n.max_items) {
        COZE_FAIL("maxItems",
                  "must have at most " + count_of(n.max_items, "item", "items") + ", got " + std::to_string(size));
      }
      if (n.unique_items && v.size() > 1) {
        std::vector<size_t> order(v.size());
        for (size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
          int c = compare_json(v[a], v[b]);
          return c < 0 || (c == 0 && a < b);
        });
        for (size_t i = 1; i < order.size(); ++i) {
          if (compare_json(v[order[i - 1]], v[order[i]]) == 0) {
            COZE_FAIL("uniqueItems", "must not repeat items: items " + std::to_string(order[i - 1]) + " and " +
                                         std::to_string(order[i]) + " are equal");
            break;
          }
        }
      }
      for (size_t i = 0; i < v.size(); ++i) {
        bool prefix = i < n.prefix_items.size();
        int kid = prefix ? n.prefix_items[i] : n.rest_items;
        if (kid < 0) {
          if (prefix) continue;
          break;
        }
        const char* keyword = prefix ? n.prefix_keyword : n.rest_keyword;
        COZE_SUB(sub(kid, v[i], std::to_string(i), sink, n, keyword,
                     "no item is allowed here (the array allows " +
                         count_of(static_cast<long long>(n.prefix_items.size()), "item", "items") + ")"));
      }
    } else if (v.is_object()) {
      long long size = static_cast<long long>(v.size());
      if (n.min_properties >= 0 && size < n.min_properties) {
        COZE_FAIL("minProperties", "must have at least " + count_of(n.min_properties, "property", "properties") +
                                       ", got " + std::to_string(size));
      }
      if (n.max_properties >= 0 && size > n.max_properties) {
        COZE_FAIL("maxProperties", "must have at most " + count_of(n.max_properties, "property", "properties") +
                                       ", got " + std::to_string(size));
      }
      for (const std::string& name : n.required) {
        if (!v.contains(name)) COZE_FAIL("required", "must have the property " + quoted(name));
      }
      for (auto it = v.begin(); it != v.end(); ++it) {
        const std::string& key = it.key();
        int kid = property(n, key);
        bool declared = kid >= 0;
        if (declared) {
          COZE_SUB(sub(kid, it.value(), key, sink, n, "properties", "the property " + quoted(key) + " is not allowed"));
        }
        for (const auto& [re, pk] : n.pattern_properties) {
          if (!re.search(key)) continue;
          declared = true;
          COZE_SUB(sub(pk, it.value(), key, sink, n, "patternProperties",
                       "the property " + quoted(key) + " is not allowed"));
        }
        if (!declared && n.additional_properties >= 0) {
          COZE_SUB(sub(n.additional_properties, it.value(), key, sink, n, "additionalProperties",
                       sink ? not_allowed(n, key) : std::string()));
        }
      }
    }

    if (n.ref >= 0 && !valid(n.ref, v)) {
      ok = false;
      if (!sink) return false;
      check(n.ref, v, sink);
      if (sink->full()) return false;
    }
    for (int b : n.all_of) COZE_SUB(check(b, v, sink));
    if (!n.any_of.empty()) {
      bool any = false;
      for (int b : n.any_of) {
        if (valid(b, v)) {
          any = true;
          break;
        }
      }
      if (!any) {
        COZE_FAIL("anyOf", "must match at least one of the " + std::to_string(n.any_of.size()) + " alternatives" +
                               alternatives(n.any_of, v, sink));
      }
    }
    if (!n.one_of.empty()) {
      std::vector<size_t> matched;
      for (size_t i = 0; i < n.one_of.size() && matched.size() < 2; ++i) {
        if (valid(n.one_of[i], v)) matched.push_back(i + 1);
      }
      if (matched.empty()) {
        COZE_FAIL("oneOf", "must match exactly one of the " + std::to_string(n.one_of.size()) + " alternatives" +
                               alternatives(n.one_of, v, sink));
      } else if (matched.size() > 1) {
        COZE_FAIL("oneOf", "must match exactly one of the " + std::to_string(n.one_of.size()) +
                               " alternatives, but matches alternatives " + std::to_string(matched[0]) + " and " +
                               std::to_string(matched[1]));
      }
    }
    if (n.not_schema >= 0 && valid(n.not_schema, v)) {
      COZE_FAIL("not", "must not match the schema at " + nodes_[static_cast<size_t>(n.not_schema)].pointer);
    }
#undef COZE_FAIL
#undef COZE_SUB
    return ok;
  }

  std::string not_allowed(const Node& n, const std::string& key) const {
    std::string out = "the property " + quoted(key) + " is not allowed";
    if (n.properties.empty()) return out;
    out += "; the properties are ";
    size_t shown = 0;
    for (const auto& p : n.properties) {
      if (shown == 20) {
        out += ", ...";
        break;
      }
      out += (shown++ ? ", " : "") + quoted(p.first);
    }
    return out;
  }

  const std::vector<Node>& nodes_;
  std::unordered_map<Key, bool, KeyHash> memo_;
  std::vector<int> inserting_;  // owners of the defaults being filled in
  int frames_ = 0;
};

bool CompiledSchema::validate(const json& args, std::vector<ValidationError>* errors, json* filled) const {
  if (deeper_than(args, kMaxInstanceDepth)) {
    if (errors) {
      errors->push_back(
          {"", "depth", "the arguments nest deeper than " + std::to_string(kMaxInstanceDepth) + " levels", "#"});
    }
    return false;
  }
  Evaluator ev(*this);
  if (!ev.check(0, args, nullptr)) {
    if (errors) {
      size_t before = errors->size();
      Evaluator::Sink sink{errors, before + kMaxErrors, true, ""};
      ev.check(0, args, &sink);
      if (errors->size() == before) errors->push_back({"", "", "the arguments do not match the schema", "#"});
    }
    return false;
  }
  if (filled) {
    *filled = args;
    if (has_defaults_) ev.fill(0, args, *filled, 0);
  }
  return true;
}

}  // namespace coze::tools

// ---------------------------------------------------------------- public API

namespace coze {

struct ToolSchema::Impl {
  std::shared_ptr<const tools::CompiledSchema> schema;
};

ToolSchema::ToolSchema() : error_("no schema: call parse() first") {}

ToolSchema::ToolSchema(const std::string& schema_json) { parse(schema_json); }

std::string ToolSchema::parse(const std::string& schema_json) {
  impl_.reset();
  std::string error;
  auto compiled = tools::CompiledSchema::compile_text(schema_json, error);
  if (!compiled) {
    error_ = error.empty() ? "invalid tool schema" : error;
    return error_;
  }
  auto impl = std::make_shared<Impl>();
  impl->schema = std::move(compiled);
  impl_ = std::move(impl);
  error_.clear();
  return "";
}

bool ToolSchema::ok() const { return impl_ != nullptr; }

std::string ToolSchema::error() const { return error_; }

std::string ToolSchema::validate(const std::string& args_json) const {
  using json = nlohmann::json;
  json out = json::object();
  if (!impl_) {
    out["ok"] = false;
    out["schema_error"] = error_;
    out["errors"] = json::array();
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  std::vector<tools::ValidationError> errors;
  json args;
  std::string why;
  bool ok = false;
  json filled;
  if (!tools::parse_json_text(args_json, tools::kMaxInstanceDepth, args, why)) {
    bool deep = why.rfind("nested deeper", 0) == 0;
    errors.push_back({"", deep ? "depth" : "json",
                      deep ? "the arguments nest deeper than " + std::to_string(tools::kMaxInstanceDepth) + " levels"
                           : "the arguments are not valid JSON: " + why,
                      "#"});
  } else {
    ok = impl_->schema->validate(args, &errors, impl_->schema->has_defaults() ? &filled : nullptr);
  }
  out["ok"] = ok;
  if (ok) {
    out["value"] = impl_->schema->has_defaults() ? std::move(filled) : std::move(args);
  } else {
    json list = json::array();
    for (auto& e : errors) {
      list.push_back(
          {{"path", e.path}, {"keyword", e.keyword}, {"message", e.message}, {"schema_path", e.schema_path}});
    }
    out["errors"] = std::move(list);
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string tool_schema_check(const std::string& schema_json) { return ToolSchema().parse(schema_json); }

std::string tool_validate(const std::string& schema_json, const std::string& args_json) {
  return ToolSchema(schema_json).validate(args_json);
}

}  // namespace coze
