// Records: canonical decoding (record_writer.h) and the public functions of
// coze/record.h.
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>

#include "api/catalogue.h"
#include "api/operations.h"
#include "api/record_writer.h"
#include "api/stream_decoder.h"
#include "coze/errors.h"
#include "coze/record.h"

namespace coze::api {
namespace {

using json = nlohmann::json;

// I-JSON (RFC 7493 2.2): integers exact in every language, JavaScript included.
constexpr int64_t kMaxSafe = (int64_t{1} << 53) - 1;
constexpr size_t kMaxDepth = 512;

// Builds a JsonNode tree from nlohmann's SAX events.
class TreeBuilder : public nlohmann::json_sax<json> {
 public:
  explicit TreeBuilder(JsonNode& root) : root_(root) {}

  bool null() override { return put(JsonNode::Null); }
  bool boolean(bool v) override { return put(v ? JsonNode::True : JsonNode::False); }
  bool number_integer(number_integer_t v) override {
    JsonNode* n = place(JsonNode::Integer);
    if (!n) return false;
    n->i = v;
    return true;
  }
  bool number_unsigned(number_unsigned_t v) override {
    JsonNode* n = place(v <= static_cast<uint64_t>(INT64_MAX) ? JsonNode::Integer : JsonNode::Unsigned);
    if (!n) return false;
    n->i = static_cast<int64_t>(v <= static_cast<uint64_t>(INT64_MAX) ? v : 0);
    n->u = v;
    return true;
  }
  bool number_float(number_float_t v, const string_t& s) override {
    JsonNode* n = place(JsonNode::Float);
    if (!n) return false;
    n->d = v;
    n->text = s;
    return true;
  }
  bool string(string_t& v) override {
    JsonNode* n = place(JsonNode::String);
    if (!n) return false;
    n->text = std::move(v);
    return true;
  }
  bool binary(binary_t&) override { return false; }
  bool start_object(std::size_t) override { return open(JsonNode::Object); }
  bool key(string_t& k) override {
    JsonNode* obj = stack_.back();
    obj->members.emplace_back(std::move(k), JsonNode());
    return true;
  }
  bool end_object() override {
    stack_.pop_back();
    return true;
  }
  bool start_array(std::size_t) override { return open(JsonNode::Array); }
  bool end_array() override {
    stack_.pop_back();
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  JsonNode* place(JsonNode::Kind kind) {
    JsonNode* n;
    if (stack_.empty()) {
      if (done_) return nullptr;
      done_ = true;
      n = &root_;
    } else if (stack_.back()->kind == JsonNode::Object) {
      n = &stack_.back()->members.back().second;
    } else {
      stack_.back()->items.emplace_back();
      n = &stack_.back()->items.back();
    }
    n->kind = kind;
    return n;
  }
  bool put(JsonNode::Kind kind) { return place(kind) != nullptr; }
  bool open(JsonNode::Kind kind) {
    if (stack_.size() >= kMaxDepth) return false;
    JsonNode* n = place(kind);
    if (!n) return false;
    stack_.push_back(n);
    return true;
  }

  JsonNode& root_;
  std::vector<JsonNode*> stack_;
  bool done_ = false;
};

void append_json_string(std::string& out, const std::string& s) {
  out += json(s).dump(-1, ' ', false, json::error_handler_t::replace);
}

void write_text(const JsonNode& n, std::string& out) {
  switch (n.kind) {
    case JsonNode::Null: out += "null"; break;
    case JsonNode::False: out += "false"; break;
    case JsonNode::True: out += "true"; break;
    case JsonNode::Integer: out += std::to_string(n.i); break;
    case JsonNode::Unsigned: out += std::to_string(n.u); break;
    case JsonNode::Float: out += n.text; break;
    case JsonNode::String: append_json_string(out, n.text); break;
    case JsonNode::Object: {
      out += '{';
      bool first = true;
      for (const auto& m : n.members) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, m.first);
        out += ':';
        write_text(m.second, out);
      }
      out += '}';
      break;
    }
    case JsonNode::Array: {
      out += '[';
      for (size_t i = 0; i < n.items.size(); ++i) {
        if (i) out += ',';
        write_text(n.items[i], out);
      }
      out += ']';
      break;
    }
  }
}

// UTF-16 code units of a valid UTF-8 text.
size_t utf16_units(const char* p, size_t n) {
  size_t units = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

// "-?[0-9]{1,19}" within the safe range.
bool integer_from_string(const std::string& s, int64_t& out) {
  size_t i = s.size() > 0 && s[0] == '-' ? 1 : 0;
  size_t digits = s.size() - i;
  if (digits == 0 || digits > 19) return false;
  uint64_t v = 0;
  for (size_t k = i; k < s.size(); ++k) {
    if (s[k] < '0' || s[k] > '9') return false;
    v = v * 10 + static_cast<uint64_t>(s[k] - '0');
    if (v > static_cast<uint64_t>(kMaxSafe)) return false;
  }
  out = i ? -static_cast<int64_t>(v) : static_cast<int64_t>(v);
  return true;
}

bool integer_from_double(double d, int64_t& out) {
  if (!std::isfinite(d) || d != std::floor(d) || d > static_cast<double>(kMaxSafe) ||
      d < -static_cast<double>(kMaxSafe)) {
    return false;
  }
  out = static_cast<int64_t>(d);
  return true;
}

bool number_from_string(const std::string& s, double& out) {
  if (s.empty() || s.size() > 64 || s.front() == ' ' || s.back() == ' ' || s.find_first_of("\t\r\n") != std::string::npos) {
    return false;
  }
  // JSON number syntax only (no hex, inf, nan, leading '+' or spaces).
  auto parsed = json::parse(s, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_number()) return false;
  out = parsed.get<double>();
  return std::isfinite(out);
}

using Member = std::pair<std::string, JsonNode>;

// An object's members with repeated keys resolved: the last value counts,
// at the place of the first.
std::vector<const Member*> last_of_each_key(const JsonNode& object) {
  std::vector<const Member*> kept;
  for (const auto& m : object.members) {
    bool replaced = false;
    for (auto& k : kept) {
      if (k->first == m.first) {
        k = &m;
        replaced = true;
        break;
      }
    }
    if (!replaced) kept.push_back(&m);
  }
  return kept;
}

}  // namespace

const JsonNode* JsonNode::find(const char* key) const {
  for (auto it = members.rbegin(); it != members.rend(); ++it) {
    if (it->first == key) return &it->second;
  }
  return nullptr;
}

bool parse_json(const char* p, size_t n, JsonNode& out) {
  out = JsonNode();
  TreeBuilder builder(out);
  return json::sax_parse(p, p + n, &builder, nlohmann::detail::input_format_t::json, true);
}

std::string to_json_text(const JsonNode& node) {
  std::string out;
  write_text(node, out);
  return out;
}

// --- RecordWriter -------------------------------------------------------------

RecordWriter::Cell RecordWriter::string_of(const char* p, size_t n) {
  Cell c;
  c.tag = kString;
  if (utf16_) {
    size_t units = utf16_units(p, n);
    c.a = static_cast<int32_t>(units_);
    c.b = static_cast<int32_t>(units);
    units_ += units;
  } else {
    c.a = static_cast<int32_t>(text_.size());
    c.b = static_cast<int32_t>(n);
  }
  text_.append(p, n);
  return c;
}

size_t RecordWriter::append_node(const std::vector<Cell>& cells, int32_t head0, int32_t head1, bool with_head) {
  size_t at = words_.size();
  if (with_head) {
    words_.push_back(head0);
    words_.push_back(head1);
  }
  for (const Cell& c : cells) {
    words_.push_back(c.tag);
    words_.push_back(c.a);
    words_.push_back(c.b);
  }
  return at;
}

RecordWriter::Cell RecordWriter::int_cell_of(int64_t v) {
  Cell c;
  c.tag = kInt;
  c.a = static_cast<int32_t>(static_cast<uint32_t>(static_cast<uint64_t>(v)));
  c.b = static_cast<int32_t>(static_cast<uint32_t>(static_cast<uint64_t>(v) >> 32));
  return c;
}

RecordWriter::Cell RecordWriter::float_cell_of(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  Cell c;
  c.tag = kFloat;
  c.a = static_cast<int32_t>(static_cast<uint32_t>(bits));
  c.b = static_cast<int32_t>(static_cast<uint32_t>(bits >> 32));
  return c;
}

RecordWriter::Cell RecordWriter::any_cell(const JsonNode& v) {
  Cell c;
  switch (v.kind) {
    case JsonNode::Null: break;
    case JsonNode::False: c.tag = kFalse; break;
    case JsonNode::True: c.tag = kTrue; break;
    case JsonNode::Integer:
      if (v.i > kMaxSafe || v.i < -kMaxSafe) {
        std::string digits = std::to_string(v.i);
        return string_of(digits.data(), digits.size());
      }
      return int_cell_of(v.i);
    case JsonNode::Unsigned: {
      std::string digits = std::to_string(v.u);
      return string_of(digits.data(), digits.size());
    }
    case JsonNode::Float: {
      // A number written as an integer too long for int64 ("99999999999999999999")
      // keeps its exact digits.
      bool integral_text = !v.text.empty() && v.text.find_first_of(".eE") == std::string::npos;
      if (integral_text) return string_of(v.text.data(), v.text.size());
      return float_cell_of(v.d);
    }
    case JsonNode::String: return string_of(v.text.data(), v.text.size());
    case JsonNode::Object: {
      std::vector<Cell> cells;
      cells.reserve(v.members.size() * 2);
      std::vector<const Member*> kept = last_of_each_key(v);
      for (const auto* m : kept) {
        cells.push_back(string_of(m->first.data(), m->first.size()));
        cells.push_back(any_cell(m->second));
      }
      c.tag = kObject;
      c.a = static_cast<int32_t>(append_node(cells, 0, static_cast<int32_t>(kept.size()), true));
      c.b = -1;
      break;
    }
    case JsonNode::Array: {
      std::vector<Cell> cells;
      cells.reserve(v.items.size());
      for (const auto& item : v.items) cells.push_back(any_cell(item));
      c.tag = kArray;
      c.a = static_cast<int32_t>(append_node(cells, 0, 0, false));
      c.b = static_cast<int32_t>(v.items.size());
      break;
    }
  }
  return c;
}

RecordWriter::Cell RecordWriter::model_cell(const JsonNode& v, int model) {
  const ModelSpec& spec = model_at(model);
  const size_t n = spec.field_count;
  // Which member feeds each field: its own name beats an alias, and the last
  // occurrence wins. Unknown keys are kept in order, a repeat replacing the
  // earlier value in place.
  std::vector<const JsonNode*> source(n, nullptr);
  std::vector<int> rank(n, 0);
  std::vector<std::pair<const std::string*, const JsonNode*>> unknown;
  auto keep_unknown = [&](const std::string& key, const JsonNode& value) {
    for (auto& u : unknown) {
      if (*u.first == key) {
        u.second = &value;
        return;
      }
    }
    unknown.emplace_back(&key, &value);
  };
  for (const auto& m : v.members) {
    int field = -1;
    int r = 0;
    for (size_t f = 0; f < n && field < 0; ++f) {
      const FieldSpec& fs = field_at(static_cast<int>(spec.field_first + f));
      if (m.first == fs.name) {
        field = static_cast<int>(f);
        r = 2;
        break;
      }
      for (uint8_t a = 0; a < fs.alias_count; ++a) {
        if (m.first == alias_at(fs.alias_first + a)) {
          field = static_cast<int>(f);
          r = 1;
          break;
        }
      }
    }
    if (field < 0) {
      keep_unknown(m.first, m.second);
    } else if (r >= rank[field]) {
      rank[field] = r;
      source[field] = &m.second;
    }
  }
  // An alias whose field was read under its own name is kept among the
  // unknown keys (nothing received is lost).
  for (const auto& m : v.members) {
    for (size_t f = 0; f < n; ++f) {
      if (rank[f] != 2 || m.first == field_at(static_cast<int>(spec.field_first + f)).name) continue;
      const FieldSpec& fs = field_at(static_cast<int>(spec.field_first + f));
      for (uint8_t a = 0; a < fs.alias_count; ++a) {
        if (m.first == alias_at(fs.alias_first + a)) keep_unknown(m.first, m.second);
      }
    }
  }
  std::vector<Cell> cells(n);
  std::vector<size_t> unreadable;
  for (size_t f = 0; f < n; ++f) {
    if (!source[f]) continue;
    bool readable = true;
    Cell c = value_cell(*source[f], field_at(static_cast<int>(spec.field_first + f)).type, &readable);
    if (readable) {
      cells[f] = c;
    } else {
      unreadable.push_back(f);
    }
  }
  // Unknown keys, then the values no field could hold, under the field's name.
  std::vector<Cell> extra;
  for (const auto& u : unknown) {
    extra.push_back(string_of(u.first->data(), u.first->size()));
    extra.push_back(any_cell(*u.second));
  }
  for (size_t f : unreadable) {
    const char* name = field_at(static_cast<int>(spec.field_first + f)).name;
    extra.push_back(string_of(name, std::strlen(name)));
    extra.push_back(any_cell(*source[f]));
  }
  cells.insert(cells.end(), extra.begin(), extra.end());
  Cell c;
  c.tag = kObject;
  c.a = static_cast<int32_t>(append_node(cells, static_cast<int32_t>(n), static_cast<int32_t>(extra.size() / 2), true));
  c.b = model;
  return c;
}

RecordWriter::Cell RecordWriter::value_cell(const JsonNode& v, int type, bool* readable) {
  *readable = true;
  if (type < 0) return any_cell(v);
  Cell c;
  if (v.kind == JsonNode::Null) return c;
  const TypeSpec& t = type_at(type);
  switch (static_cast<TypeKind>(t.kind)) {
    case TypeKind::String:
    case TypeKind::Id:
      switch (v.kind) {
        case JsonNode::String: return string_of(v.text.data(), v.text.size());
        case JsonNode::Integer:
        case JsonNode::Unsigned:
        case JsonNode::Float:
        case JsonNode::True:
        case JsonNode::False:
        case JsonNode::Object:
        case JsonNode::Array: {
          std::string text = to_json_text(v);
          return string_of(text.data(), text.size());
        }
        default: break;
      }
      break;
    case TypeKind::Integer: {
      int64_t i = 0;
      bool ok = (v.kind == JsonNode::Integer && v.i <= kMaxSafe && v.i >= -kMaxSafe && (i = v.i, true)) ||
                (v.kind == JsonNode::Float && integer_from_double(v.d, i)) ||
                (v.kind == JsonNode::String && integer_from_string(v.text, i));
      if (ok) return int_cell_of(i);
      break;
    }
    case TypeKind::Number: {
      double d = 0;
      bool ok = true;
      if (v.kind == JsonNode::Integer) d = static_cast<double>(v.i);
      else if (v.kind == JsonNode::Unsigned) d = static_cast<double>(v.u);
      else if (v.kind == JsonNode::Float) d = v.d;
      else if (v.kind == JsonNode::String) ok = number_from_string(v.text, d);
      else ok = false;
      if (ok && std::isfinite(d)) return float_cell_of(d);
      break;
    }
    case TypeKind::Boolean:
      if (v.kind == JsonNode::True || (v.kind == JsonNode::String && v.text == "true")) {
        c.tag = kTrue;
        return c;
      }
      if (v.kind == JsonNode::False || (v.kind == JsonNode::String && v.text == "false")) {
        c.tag = kFalse;
        return c;
      }
      break;
    case TypeKind::Any: return any_cell(v);
    case TypeKind::Model:
      if (v.kind == JsonNode::Object) return model_cell(v, t.model);
      break;
    case TypeKind::Array:
      if (v.kind == JsonNode::Array) {
        std::vector<Cell> cells;
        cells.reserve(v.items.size());
        for (const auto& item : v.items) {
          bool ok = true;
          Cell ic = value_cell(item, t.inner, &ok);
          cells.push_back(ok ? ic : Cell());
        }
        c.tag = kArray;
        c.a = static_cast<int32_t>(append_node(cells, 0, 0, false));
        c.b = static_cast<int32_t>(v.items.size());
        return c;
      }
      break;
    case TypeKind::Map:
      if (v.kind == JsonNode::Object) {
        std::vector<const Member*> kept = last_of_each_key(v);
        std::vector<Cell> cells;
        cells.reserve(kept.size() * 2);
        for (const auto* m : kept) {
          cells.push_back(string_of(m->first.data(), m->first.size()));
          bool ok = true;
          Cell vc = value_cell(m->second, t.inner, &ok);
          cells.push_back(ok ? vc : Cell());
        }
        c.tag = kObject;
        c.a = static_cast<int32_t>(append_node(cells, 0, static_cast<int32_t>(kept.size()), true));
        c.b = -1;
        return c;
      }
      break;
  }
  *readable = false;
  return Cell();
}

void RecordWriter::write(const JsonNode& value, int type, size_t cell) {
  bool readable = true;
  Cell c = value_cell(value, type, &readable);
  if (!readable) c = Cell();
  words_[cell] = c.tag;
  words_[cell + 1] = c.a;
  words_[cell + 2] = c.b;
}

size_t RecordWriter::root_array(size_t n) { return array_at(0, n); }

size_t RecordWriter::array_at(size_t cell, size_t n) {
  size_t at = words_.size();
  words_.resize(at + 3 * n, 0);
  words_[cell] = kArray;
  words_[cell + 1] = static_cast<int32_t>(at);
  words_[cell + 2] = static_cast<int32_t>(n);
  return at;
}

void RecordWriter::string_cell(size_t cell, const char* p, size_t n) {
  Cell c = string_of(p, n);
  words_[cell] = c.tag;
  words_[cell + 1] = c.a;
  words_[cell + 2] = c.b;
}

void RecordWriter::int_cell(size_t cell, int64_t v) {
  Cell c = int_cell_of(v);
  words_[cell] = c.tag;
  words_[cell + 1] = c.a;
  words_[cell + 2] = c.b;
}

std::string RecordWriter::finish() const {
  std::string out;
  out.resize(4 + words_.size() * 4);
  uint32_t w = static_cast<uint32_t>(words_.size());
  auto put = [&](size_t at, uint32_t x) {
    out[at] = static_cast<char>(x & 0xFF);
    out[at + 1] = static_cast<char>((x >> 8) & 0xFF);
    out[at + 2] = static_cast<char>((x >> 16) & 0xFF);
    out[at + 3] = static_cast<char>((x >> 24) & 0xFF);
  };
  put(0, w);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (!words_.empty()) std::memcpy(&out[4], words_.data(), words_.size() * 4);
#else
  for (size_t i = 0; i < words_.size(); ++i) put(4 + i * 4, static_cast<uint32_t>(words_[i]));
#endif
  out += text_;
  return out;
}

}  // namespace coze::api

namespace coze::api {

void RecordWriter::write_model(const JsonNode& value, int model, size_t cell) {
  Cell c = model >= 0 && value.kind == JsonNode::Object ? model_cell(value, model) : any_cell(value);
  words_[cell] = c.tag;
  words_[cell + 1] = c.a;
  words_[cell + 2] = c.b;
}

bool write_event(RecordWriter& w, size_t cell, StreamKind stream, const std::string& type, const std::string& data,
                 const std::string& id) {
  // A stream repeats a few event names: the last one's lookups are kept.
  thread_local std::string last_type;
  thread_local StreamKind last_stream = StreamKind::None;
  thread_local int last_code = -1;
  thread_local const StreamEventSpec* last_spec = nullptr;
  if (type != last_type || stream != last_stream) {
    last_type = type;
    last_stream = stream;
    last_code = event_code(type);
    last_spec = find_stream_event(stream, type);
  }
  const StreamEventSpec* spec = last_spec;
  size_t items = w.array_at(cell, 4);
  w.int_cell(items, last_code);
  w.string_cell(items + 3, type.data(), type.size());
  if (!w.write_model_text(data.data(), data.size(), spec ? spec->model : -1, items + 6)) {
    if (spec && spec->model >= 0) return false;
    // Not JSON (a pass-through event): the text as it came.
    w.string_cell(items + 6, data.data(), data.size());
  }
  w.string_cell(items + 9, id.data(), id.size());
  return true;
}

bool write_flow_event(RecordWriter& w, size_t cell, const std::string& type, const std::string& data, int model,
                      const std::string& id) {
  size_t items = w.array_at(cell, 4);
  w.int_cell(items, -1);
  w.string_cell(items + 3, type.data(), type.size());
  if (!w.write_model_text(data.data(), data.size(), model, items + 6)) {
    if (model >= 0) return false;
    w.string_cell(items + 6, data.data(), data.size());
  }
  w.string_cell(items + 9, id.data(), id.size());
  return true;
}

namespace {

// Reads a record (no trust in its bytes: every index is checked).
class RecordReader {
 public:
  // utf16: STRING cells count UTF-16 code units of the text (records made for JavaScript).
  bool open(const std::string& record, bool utf16 = false) {
    if (record.size() < 4) return false;
    uint32_t w = word_at(record, 0);
    if (w < 3 || (record.size() - 4) / 4 < w) return false;
    words_.resize(w);
    for (uint32_t i = 0; i < w; ++i) words_[i] = static_cast<int32_t>(word_at(record, 4 + 4 * size_t{i}));
    text_ = record.substr(4 + 4 * size_t{w});
    if (utf16) {
      // unit index -> byte index (one entry past the end too)
      for (size_t i = 0; i < text_.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text_[i]);
        if ((c & 0xC0) == 0x80) continue;
        unit_to_byte_.push_back(i);
        if (c >= 0xF0) unit_to_byte_.push_back(i);
      }
      unit_to_byte_.push_back(text_.size());
    }
    return true;
  }

  bool render(size_t cell, bool plain, json& out, int depth = 0) const {
    if (depth > 600 || cell + 3 > words_.size()) return false;
    int32_t tag = words_[cell], a = words_[cell + 1], b = words_[cell + 2];
    switch (tag) {
      case kNull: out = nullptr; return true;
      case kFalse: out = false; return true;
      case kTrue: out = true; return true;
      case kInt: {
        uint64_t bits = static_cast<uint64_t>(static_cast<uint32_t>(a)) | (static_cast<uint64_t>(static_cast<uint32_t>(b)) << 32);
        out = static_cast<int64_t>(bits);
        return true;
      }
      case kFloat: {
        uint64_t bits = static_cast<uint64_t>(static_cast<uint32_t>(a)) | (static_cast<uint64_t>(static_cast<uint32_t>(b)) << 32);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        out = d;
        return true;
      }
      case kString: {
        size_t limit = unit_to_byte_.empty() ? text_.size() : unit_to_byte_.size() - 1;
        if (a < 0 || b < 0 || static_cast<size_t>(a) + static_cast<size_t>(b) > limit) return false;
        if (unit_to_byte_.empty()) {
          out = text_.substr(static_cast<size_t>(a), static_cast<size_t>(b));
        } else {
          size_t from = unit_to_byte_[static_cast<size_t>(a)], to = unit_to_byte_[static_cast<size_t>(a) + b];
          out = text_.substr(from, to - from);
        }
        return true;
      }
      case kArray: {
        if (a < 0 || b < 0 || static_cast<size_t>(a) + 3 * static_cast<size_t>(b) > words_.size()) return false;
        out = json::array();
        for (int32_t i = 0; i < b; ++i) {
          json item;
          if (!render(static_cast<size_t>(a) + 3 * static_cast<size_t>(i), plain, item, depth + 1)) return false;
          out.push_back(std::move(item));
        }
        return true;
      }
      case kObject: {
        if (a < 0 || static_cast<size_t>(a) + 2 > words_.size()) return false;
        int32_t n_known = words_[a], n_extra = words_[a + 1];
        size_t first = static_cast<size_t>(a) + 2;
        if (n_known < 0 || n_extra < 0 || first + 3 * (size_t(n_known) + 2 * size_t(n_extra)) > words_.size()) return false;
        out = json::object();
        if (b >= 0 && (static_cast<size_t>(b) >= model_count() || model_at(b).field_count != n_known)) return false;
        for (int32_t f = 0; f < n_known; ++f) {
          json v;
          if (!render(first + 3 * size_t(f), plain, v, depth + 1)) return false;
          if (v.is_null()) continue;
          out[field_at(model_at(b).field_first + f).name] = std::move(v);
        }
        json extra = json::object();
        for (int32_t e = 0; e < n_extra; ++e) {
          size_t key_cell = first + 3 * (size_t(n_known) + 2 * size_t(e));
          json key, v;
          if (!render(key_cell, plain, key, depth + 1) || !key.is_string()) return false;
          if (!render(key_cell + 3, plain, v, depth + 1)) return false;
          extra[key.get<std::string>()] = std::move(v);
        }
        if (b < 0 || plain) {
          for (auto it = extra.begin(); it != extra.end(); ++it) out[it.key()] = it.value();
        } else if (!extra.empty()) {
          out["$extra"] = std::move(extra);
        }
        return true;
      }
      default: return false;
    }
  }

 private:
  static uint32_t word_at(const std::string& s, size_t at) {
    return static_cast<uint32_t>(static_cast<unsigned char>(s[at])) |
           (static_cast<uint32_t>(static_cast<unsigned char>(s[at + 1])) << 8) |
           (static_cast<uint32_t>(static_cast<unsigned char>(s[at + 2])) << 16) |
           (static_cast<uint32_t>(static_cast<unsigned char>(s[at + 3])) << 24);
  }
  std::vector<int32_t> words_;
  std::string text_;
  std::vector<size_t> unit_to_byte_;
};

}  // namespace

std::string record_to_json(const std::string& record, bool plain, bool utf16) {
  RecordReader r;
  json out;
  if (!r.open(record, utf16) || !r.render(0, plain, out)) return "";
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace coze::api

namespace coze {

namespace {
Error decode_error(const std::string& kind, const std::string& message) {
  Error e;
  e.kind = kind;
  e.message = message;
  e.retryable = false;
  return e;
}
}  // namespace

Decoded decode_model(const std::string& model, const std::string& json_text, bool utf16) {
  Decoded out;
  int m = api::find_model(model);
  if (m < 0) {
    out.error = decode_error("invalid_argument", "unknown model '" + model.substr(0, 64) + "'");
    return out;
  }
  api::JsonNode node;
  if (!api::parse_json(json_text, node)) {
    out.error = decode_error("decode", "a " + model + " must be JSON text; this is not valid JSON");
    return out;
  }
  if (node.kind != api::JsonNode::Object) {
    out.error = decode_error("decode", "a " + model + " must be a JSON object");
    return out;
  }
  api::RecordWriter w(utf16);
  w.write_model(node, m, 0);
  out.record = w.finish();
  return out;
}

Decoded decode_response(const std::string& op, int http_status, const std::string& body, bool utf16) {
  Decoded out;
  const api::OpSpec* spec = api::find_op(op);
  if (!spec) {
    out.error = decode_error("invalid_argument", "unknown operation '" + op.substr(0, 64) + "'");
    return out;
  }
  bool stream = spec->stream != static_cast<uint8_t>(api::StreamKind::None);
  bool binary = spec->response == static_cast<uint8_t>(api::ResponseKind::Binary);
  if (binary && http_status >= 200 && http_status < 300) {
    api::JsonNode probe;
    if (!api::parse_json(body, probe) || probe.kind != api::JsonNode::Object) {
      out.record = api::RecordWriter(utf16).finish();  // the bytes are the answer
      return out;
    }
  }
  Error e = map_http_error(http_status, {}, body, stream);
  if (!e.kind.empty()) {
    out.error = std::move(e);
    return out;
  }
  if (stream) {
    out.error = decode_error("decode", "expected an event stream, got a JSON answer without an error code");
    return out;
  }
  api::JsonNode payload;
  if (!api::extract_payload(*spec, body, payload)) {
    out.error = decode_error("decode", "the answer is not a JSON object");
    return out;
  }
  if (!api::result_readable(*spec, payload)) {
    out.error = decode_error("decode", std::string("the answer's payload does not have the shape of ") + spec->name + "'s result");
    return out;
  }
  out.record = api::result_record(*spec, payload, utf16);
  return out;
}

Decoded decode_event(const std::string& op, const std::string& type, const std::string& data, bool utf16) {
  Decoded out;
  const api::OpSpec* spec = api::find_op(op);
  if (!spec || spec->stream == static_cast<uint8_t>(api::StreamKind::None)) {
    out.error = decode_error("invalid_argument", "'" + op.substr(0, 64) + "' is not a streaming operation");
    return out;
  }
  auto stream = static_cast<api::StreamKind>(spec->stream);
  SseEvent sse;
  sse.type = type;
  sse.data = data;
  api::StreamOutcome o = api::decode_stream_event(stream, std::move(sse));
  if (o.kind == api::StreamOutcome::Fail) {
    out.error = std::move(o.error);
    return out;
  }
  api::RecordWriter w(utf16);
  size_t first = w.root_array(1);
  api::write_event(w, first, stream, o.event.type, o.event.data, o.event.id);
  out.record = w.finish();
  return out;
}

std::string record_json(const std::string& record) { return api::record_to_json(record, false); }

std::vector<std::string> model_names() {
  std::vector<std::string> out;
  for (size_t i = 0; i < api::model_count(); ++i) out.emplace_back(api::model_at(static_cast<int>(i)).name);
  return out;
}

std::vector<std::string> event_names() {
  std::vector<std::string> out;
  for (size_t i = 0; i < api::event_name_count(); ++i) out.emplace_back(api::event_name_at(i));
  return out;
}

std::vector<std::string> model_fields(const std::string& model) {
  std::vector<std::string> out;
  int m = api::find_model(model);
  if (m < 0) return out;
  const api::ModelSpec& s = api::model_at(m);
  for (uint16_t f = 0; f < s.field_count; ++f) out.emplace_back(api::field_at(s.field_first + f).name);
  return out;
}

}  // namespace coze

// --- the fast path ---------------------------------------------------------------
//
// Stream events are many and alike, and a JsonNode tree per event costs more
// than the rest of the stream. This pass writes the record straight from the
// text for the shapes events have: plain keys, strings, integers, literals,
// nested objects and arrays. Anything it would have to think about (an
// escaped key, an alias, a repeated key, a float, an exponent, a value its
// field cannot hold, deep nesting, any error) makes it give up; the writer
// then rolls back and takes the JsonNode path, whose answer is the reference.
// Unit tests compare both paths on edge cases and on mutated payloads.
#include "api/json_scanner.h"

namespace coze::api {
namespace {

constexpr int kFastMaxDepth = 32;

struct KeyEntry {
  const char* name;
  uint16_t len;
  int16_t field;
  bool alias;
};

// Per model: its field names and aliases, with lengths, for quick matching.
const std::vector<KeyEntry>& keys_of(int model) {
  static const std::vector<std::vector<KeyEntry>> table = [] {
    std::vector<std::vector<KeyEntry>> t(model_count());
    for (size_t m = 0; m < model_count(); ++m) {
      const ModelSpec& spec = model_at(static_cast<int>(m));
      for (uint16_t f = 0; f < spec.field_count; ++f) {
        const FieldSpec& fs = field_at(spec.field_first + f);
        t[m].push_back({fs.name, static_cast<uint16_t>(std::strlen(fs.name)), static_cast<int16_t>(f), false});
        for (uint8_t a = 0; a < fs.alias_count; ++a) {
          const char* alias = alias_at(fs.alias_first + a);
          t[m].push_back({alias, static_cast<uint16_t>(std::strlen(alias)), static_cast<int16_t>(f), true});
        }
      }
    }
    return t;
  }();
  return table[static_cast<size_t>(model)];
}

// At a number: its token, when it is an integer of at most 18 digits (no
// fraction, no exponent), with its value.
bool small_integer(scan::Scanner& s, int64_t& v, const unsigned char*& start, size_t& len) {
  start = s.pos();
  if (!s.number(&v)) return false;
  len = static_cast<size_t>(s.pos() - start);
  return true;
}

}  // namespace

RecordWriter::Cell RecordWriter::string_since(size_t start) {
  Cell c;
  c.tag = kString;
  size_t n = text_.size() - start;
  if (utf16_) {
    size_t units = utf16_units(text_.data() + start, n);
    c.a = static_cast<int32_t>(units_);
    c.b = static_cast<int32_t>(units);
    units_ += units;
  } else {
    c.a = static_cast<int32_t>(start);
    c.b = static_cast<int32_t>(n);
  }
  return c;
}

bool RecordWriter::fast_any(scan::Scanner& s, Cell& out, int depth) {
  if (depth > kFastMaxDepth) return false;
  s.skip_ws();
  out = Cell();
  switch (s.peek()) {
    case '"': {
      size_t start = text_.size();
      if (!s.string(&text_)) return false;
      out = string_since(start);
      return true;
    }
    case 't': out.tag = kTrue; return s.literal("true", 4);
    case 'f': out.tag = kFalse; return s.literal("false", 5);
    case 'n': return s.literal("null", 4);
    case '{': {
      s.consume('{');
      std::vector<Cell> cells;
      std::vector<std::pair<const unsigned char*, size_t>> seen;
      s.skip_ws();
      if (!s.consume('}')) {
        for (;;) {
          s.skip_ws();
          const char* key;
          size_t key_len;
          if (s.peek() != '"' || !s.plain_key(key, key_len)) return false;
          for (const auto& k : seen) {
            if (k.second == key_len && std::memcmp(k.first, key, key_len) == 0) return false;  // a repeat
          }
          seen.emplace_back(reinterpret_cast<const unsigned char*>(key), key_len);
          cells.push_back(string_of(key, key_len));
          Cell v;
          if (!fast_any(s, v, depth + 1)) return false;
          cells.push_back(v);
          s.skip_ws();
          if (s.consume(',')) continue;
          if (s.consume('}')) break;
          return false;
        }
      }
      out.tag = kObject;
      out.a = static_cast<int32_t>(append_node(cells, 0, static_cast<int32_t>(cells.size() / 2), true));
      out.b = -1;
      return true;
    }
    case '[': {
      s.consume('[');
      std::vector<Cell> cells;
      s.skip_ws();
      if (!s.consume(']')) {
        for (;;) {
          Cell v;
          if (!fast_any(s, v, depth + 1)) return false;
          cells.push_back(v);
          s.skip_ws();
          if (s.consume(',')) continue;
          if (s.consume(']')) break;
          return false;
        }
      }
      out.tag = kArray;
      out.a = static_cast<int32_t>(append_node(cells, 0, 0, false));
      out.b = static_cast<int32_t>(cells.size());
      return true;
    }
    default: {
      int64_t v;
      const unsigned char* start;
      size_t len;
      if (!small_integer(s, v, start, len)) return false;  // floats and long numbers: the reference path
      if (v > kMaxSafe || v < -kMaxSafe) {
        out = string_of(reinterpret_cast<const char*>(start), len);
        return true;
      }
      out = int_cell_of(v);
      return true;
    }
  }
}

bool RecordWriter::fast_value(scan::Scanner& s, int type, Cell& out, int depth) {
  if (type < 0) return fast_any(s, out, depth);
  if (depth > kFastMaxDepth) return false;
  s.skip_ws();
  out = Cell();
  unsigned char c = s.peek();
  if (c == 'n') return s.literal("null", 4);
  const TypeSpec& t = type_at(type);
  switch (static_cast<TypeKind>(t.kind)) {
    case TypeKind::String:
    case TypeKind::Id: {
      if (c == '"') {
        size_t start = text_.size();
        if (!s.string(&text_)) return false;
        out = string_since(start);
        return true;
      }
      if (c == 't' || c == 'f') {
        bool yes = c == 't';
        if (!(yes ? s.literal("true", 4) : s.literal("false", 5))) return false;
        out = yes ? string_of("true", 4) : string_of("false", 5);
        return true;
      }
      int64_t v;
      const unsigned char* start;
      size_t len;
      // An integer's text is its digits, except "-0" (the decimal form is "0").
      if (c == '{' || c == '[' || !small_integer(s, v, start, len) || (v == 0 && len != 1)) return false;
      out = string_of(reinterpret_cast<const char*>(start), len);
      return true;
    }
    case TypeKind::Integer: {
      int64_t v;
      const unsigned char* start;
      size_t len;
      if (c != '-' && (c < '0' || c > '9')) return false;
      if (!small_integer(s, v, start, len) || v > kMaxSafe || v < -kMaxSafe) return false;
      out = int_cell_of(v);
      return true;
    }
    case TypeKind::Boolean:
      if (c == 't') {
        out.tag = kTrue;
        return s.literal("true", 4);
      }
      if (c == 'f') {
        out.tag = kFalse;
        return s.literal("false", 5);
      }
      return false;
    case TypeKind::Any: return fast_any(s, out, depth);
    case TypeKind::Model: return c == '{' && fast_model(s, t.model, out, depth + 1);
    case TypeKind::Array: {
      if (!s.consume('[')) return false;
      std::vector<Cell> cells;
      s.skip_ws();
      if (!s.consume(']')) {
        for (;;) {
          Cell v;
          if (!fast_value(s, t.inner, v, depth + 1)) return false;
          cells.push_back(v);
          s.skip_ws();
          if (s.consume(',')) continue;
          if (s.consume(']')) break;
          return false;
        }
      }
      out.tag = kArray;
      out.a = static_cast<int32_t>(append_node(cells, 0, 0, false));
      out.b = static_cast<int32_t>(cells.size());
      return true;
    }
    case TypeKind::Map: {
      if (!s.consume('{')) return false;
      std::vector<Cell> cells;
      std::vector<std::pair<const char*, size_t>> seen;
      s.skip_ws();
      if (!s.consume('}')) {
        for (;;) {
          s.skip_ws();
          const char* key;
          size_t key_len;
          if (s.peek() != '"' || !s.plain_key(key, key_len)) return false;
          for (const auto& k : seen) {
            if (k.second == key_len && std::memcmp(k.first, key, key_len) == 0) return false;
          }
          seen.emplace_back(key, key_len);
          cells.push_back(string_of(key, key_len));
          Cell v;
          if (!fast_value(s, t.inner, v, depth + 1)) return false;
          cells.push_back(v);
          s.skip_ws();
          if (s.consume(',')) continue;
          if (s.consume('}')) break;
          return false;
        }
      }
      out.tag = kObject;
      out.a = static_cast<int32_t>(append_node(cells, 0, static_cast<int32_t>(cells.size() / 2), true));
      out.b = -1;
      return true;
    }
    case TypeKind::Number: return false;  // doubles: the reference path
  }
  return false;
}

bool RecordWriter::fast_model(scan::Scanner& s, int model, Cell& out, int depth) {
  if (depth > kFastMaxDepth || !s.consume('{')) return false;
  const std::vector<KeyEntry>& keys = keys_of(model);
  const ModelSpec& spec = model_at(model);
  Cell known_small[24];
  std::vector<Cell> known_big;
  Cell* known = known_small;
  if (spec.field_count > 24) {
    known_big.resize(spec.field_count);
    known = known_big.data();
  }
  uint32_t set_small = 0;  // which fields were seen (models of up to 32 fields; others: the reference path)
  if (spec.field_count > 32) return false;
  std::vector<Cell> extra;
  std::vector<std::pair<const char*, size_t>> seen_extra;
  s.skip_ws();
  if (!s.consume('}')) {
    for (;;) {
      s.skip_ws();
      const char* key;
      size_t key_len;
      if (s.peek() != '"' || !s.plain_key(key, key_len)) return false;
      int field = -1;
      for (const KeyEntry& k : keys) {
        if (k.len == key_len && k.name[0] == key[0] && std::memcmp(k.name, key, key_len) == 0) {
          if (k.alias) return false;  // alias rules: the reference path
          field = k.field;
          break;
        }
      }
      if (field >= 0) {
        if (set_small & (1u << field)) return false;  // a repeated key
        set_small |= 1u << field;
        if (!fast_value(s, field_at(spec.field_first + field).type, known[field], depth + 1)) return false;
      } else {
        for (const auto& k : seen_extra) {
          if (k.second == key_len && std::memcmp(k.first, key, key_len) == 0) return false;
        }
        seen_extra.emplace_back(key, key_len);
        extra.push_back(string_of(key, key_len));
        Cell v;
        if (!fast_any(s, v, depth + 1)) return false;
        extra.push_back(v);
      }
      s.skip_ws();
      if (s.consume(',')) continue;
      if (s.consume('}')) break;
      return false;
    }
  }
  size_t at = words_.size();
  words_.push_back(spec.field_count);
  words_.push_back(static_cast<int32_t>(extra.size() / 2));
  for (uint16_t f = 0; f < spec.field_count; ++f) {
    words_.push_back(known[f].tag);
    words_.push_back(known[f].a);
    words_.push_back(known[f].b);
  }
  for (const Cell& c : extra) {
    words_.push_back(c.tag);
    words_.push_back(c.a);
    words_.push_back(c.b);
  }
  out.tag = kObject;
  out.a = static_cast<int32_t>(at);
  out.b = model;
  return true;
}

bool RecordWriter::write_model_text(const char* p, size_t n, int model, size_t cell) {
  size_t words_mark = words_.size(), text_mark = text_.size(), units_mark = units_;
  {
    scan::Scanner s(p, n);
    Cell c;
    s.skip_ws();
    bool ok = model >= 0 ? s.peek() == '{' && fast_model(s, model, c, 0) : fast_any(s, c, 0);
    if (ok) {
      s.skip_ws();
      ok = s.at_end();
    }
    if (ok) {
      words_[cell] = c.tag;
      words_[cell + 1] = c.a;
      words_[cell + 2] = c.b;
      return true;
    }
  }
  words_.resize(words_mark);
  text_.resize(text_mark);
  units_ = units_mark;
  JsonNode node;
  if (!parse_json(p, n, node)) return false;
  write_model(node, model, cell);
  return true;
}

}  // namespace coze::api
