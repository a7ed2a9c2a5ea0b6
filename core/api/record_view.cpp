// The record reader under the typed views (coze/record_view.h).
//
// Records come from the core itself, but a view still checks every index it
// follows against the record's bounds, so a damaged record reads as nulls
// instead of reading out of bounds. No check costs a pass over the record:
// each is made when a cell is read.
#include "coze/record_view.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "coze/record.h"

namespace coze {

namespace {

constexpr size_t kCellWords = 3;
constexpr int kMaxDepth = 512;

std::string one_line(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

Error error_of(const char* kind, std::string message) {
  Error e;
  e.kind = kind;
  e.message = std::move(message);
  return e;
}

// Field names of every model, by model id (the core's catalogue, read once).
const std::vector<std::vector<std::string>>& model_field_table() {
  static const std::vector<std::vector<std::string>> table = [] {
    std::vector<std::vector<std::string>> t;
    for (const std::string& name : model_names()) t.push_back(model_fields(name));
    return t;
  }();
  return table;
}

// Appends `s` as a JSON string; invalid UTF-8 becomes U+FFFD.
void append_json_string(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out.push_back('"');
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\b':
          out += "\\b";
          break;
        case '\f':
          out += "\\f";
          break;
        default:
          if (c < 0x20) {
            out += "\\u00";
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 15]);
          } else {
            out.push_back(static_cast<char>(c));
          }
      }
      ++i;
      continue;
    }
    // A well-formed multi-byte sequence (RFC 3629) is copied as is.
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    bool ok = len > 0 && c <= 0xF4 && i + len <= n;
    for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok && len >= 3) {
      unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
      if (c == 0xE0 && c1 < 0xA0) ok = false;   // overlong
      if (c == 0xED && c1 >= 0xA0) ok = false;  // surrogate
      if (c == 0xF0 && c1 < 0x90) ok = false;   // overlong
      if (c == 0xF4 && c1 >= 0x90) ok = false;  // above U+10FFFF
    }
    if (ok) {
      out.append(s.data() + i, len);
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  out.push_back('"');
}

// The shortest text that reads back as the same double.
void append_double(std::string& out, double v) {
  char buf[32];
  for (int precision = 15; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  out += buf;
}

}  // namespace

// -- errors -------------------------------------------------------------------

std::string describe(const Error& e) {
  std::string out = (e.kind.empty() ? std::string("unknown") : e.kind) + " error";
  std::string details;
  auto add = [&details](const std::string& part) { details += details.empty() ? part : ", " + part; };
  if (e.http_status != 0) add("http " + std::to_string(e.http_status));
  if (e.code != 0) add("code " + std::to_string(e.code));
  if (!e.logid.empty()) add("logid " + e.logid);
  if (e.attempts > 1) add(std::to_string(e.attempts) + " attempts");
  if (!details.empty()) out += " (" + details + ")";
  if (!e.message.empty()) out += ": " + e.message;
  return one_line(out);
}

CozeError::CozeError(Error error) : std::runtime_error(describe(error)), error_(std::move(error)) {}

// -- Record -------------------------------------------------------------------

std::shared_ptr<const Record> Record::from_bytes(std::string bytes) {
  std::shared_ptr<Record> r(new Record());
  r->bytes_ = std::move(bytes);
  const std::string& b = r->bytes_;
  if (b.size() < 4) throw_error(error_of("decode", "a record is shorter than its header"));
  const auto* p = reinterpret_cast<const unsigned char*>(b.data());
  uint32_t w = static_cast<uint32_t>(p[0]) | static_cast<uint32_t>(p[1]) << 8 | static_cast<uint32_t>(p[2]) << 16 |
               static_cast<uint32_t>(p[3]) << 24;
  if (w < kCellWords || w > (b.size() - 4) / 4) throw_error(error_of("decode", "a record's word count is wrong"));
  r->words_ = p + 4;
  r->n_words_ = w;
  r->text_ = std::string_view(b).substr(4 + static_cast<size_t>(w) * 4);
  return r;
}

int32_t Record::word(size_t i) const {
  const unsigned char* p = words_ + i * 4;
  uint32_t v = static_cast<uint32_t>(p[0]) | static_cast<uint32_t>(p[1]) << 8 | static_cast<uint32_t>(p[2]) << 16 |
               static_cast<uint32_t>(p[3]) << 24;
  return static_cast<int32_t>(v);
}

// -- AnyView ------------------------------------------------------------------

int32_t AnyView::tag() const {
  if (!record_ || cell_ < 0 || static_cast<size_t>(cell_) + kCellWords > record_->word_count()) return kNull;
  return record_->word(static_cast<size_t>(cell_));
}
int32_t AnyView::a() const { return record_->word(static_cast<size_t>(cell_) + 1); }
int32_t AnyView::b() const { return record_->word(static_cast<size_t>(cell_) + 2); }

ValueKind AnyView::kind() const {
  switch (tag()) {
    case kFalse:
    case kTrue:
      return ValueKind::Bool;
    case kInt:
      return ValueKind::Int;
    case kFloat:
      return ValueKind::Float;
    case kString:
      return ValueKind::String;
    case kObject: {
      // An object's node: n_known, n_extra, then its cells; all in bounds.
      int64_t node = a();
      size_t n = record_->word_count();
      if (node < 0 || static_cast<size_t>(node) + 2 > n) return ValueKind::Null;
      int64_t known = record_->word(static_cast<size_t>(node));
      int64_t extra = record_->word(static_cast<size_t>(node) + 1);
      if (known < 0 || extra < 0) return ValueKind::Null;
      uint64_t end =
          static_cast<uint64_t>(node) + 2 + static_cast<uint64_t>(known) * 3 + static_cast<uint64_t>(extra) * 6;
      return end <= n ? ValueKind::Object : ValueKind::Null;
    }
    case kArray: {
      int64_t node = a(), count = b();
      if (node < 0 || count < 0) return ValueKind::Null;
      uint64_t end = static_cast<uint64_t>(node) + static_cast<uint64_t>(count) * 3;
      return end <= record_->word_count() ? ValueKind::Array : ValueKind::Null;
    }
    default:
      return ValueKind::Null;
  }
}

std::optional<bool> AnyView::as_bool() const {
  int32_t t = tag();
  if (t == kTrue) return true;
  if (t == kFalse) return false;
  return std::nullopt;
}

std::optional<int64_t> AnyView::as_int() const {
  if (tag() != kInt) return std::nullopt;
  uint64_t v = static_cast<uint32_t>(a()) | static_cast<uint64_t>(static_cast<uint32_t>(b())) << 32;
  return static_cast<int64_t>(v);
}

std::optional<double> AnyView::as_number() const {
  int32_t t = tag();
  if (t == kInt) return static_cast<double>(*as_int());
  if (t != kFloat) return std::nullopt;
  uint64_t bits = static_cast<uint32_t>(a()) | static_cast<uint64_t>(static_cast<uint32_t>(b())) << 32;
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

std::string_view AnyView::string_view() const {
  if (tag() != kString) return {};
  uint32_t off = static_cast<uint32_t>(a()), len = static_cast<uint32_t>(b());
  return record_->text(off, len);  // substr clamps a damaged length
}

std::optional<std::string> AnyView::as_string() const {
  if (tag() != kString) return std::nullopt;
  return std::string(string_view());
}

size_t AnyView::size() const {
  switch (kind()) {
    case ValueKind::Array:
      return static_cast<size_t>(b());
    case ValueKind::Object:
      return entries().size();
    default:
      return 0;
  }
}

AnyView AnyView::operator[](size_t index) const {
  if (kind() != ValueKind::Array || index >= static_cast<size_t>(b())) return AnyView();
  return AnyView(record_, static_cast<size_t>(a()) + index * kCellWords);
}

int AnyView::model_id() const {
  if (kind() != ValueKind::Object) return -1;
  return b() < 0 ? -1 : b();
}

std::vector<std::pair<std::string, AnyView>> AnyView::entries() const {
  std::vector<std::pair<std::string, AnyView>> out;
  if (kind() != ValueKind::Object) return out;
  size_t node = static_cast<size_t>(a());
  size_t known = static_cast<size_t>(record_->word(node));
  int model = model_id();
  const auto& table = model_field_table();
  if (model >= 0 && known > 0) {
    const std::vector<std::string>* names =
        static_cast<size_t>(model) < table.size() ? &table[static_cast<size_t>(model)] : nullptr;
    for (size_t i = 0; i < known; ++i) {
      AnyView v(record_, node + 2 + i * kCellWords);
      if (v.is_null()) continue;
      std::string name = names != nullptr && i < names->size() ? (*names)[i] : "$" + std::to_string(i);
      out.emplace_back(std::move(name), std::move(v));
    }
  }
  for (auto& kv : extra_entries()) out.push_back(std::move(kv));
  return out;
}

std::vector<std::pair<std::string, AnyView>> AnyView::extra_entries() const {
  std::vector<std::pair<std::string, AnyView>> out;
  if (kind() != ValueKind::Object) return out;
  size_t node = static_cast<size_t>(a());
  size_t known = static_cast<size_t>(record_->word(node));
  size_t extra = static_cast<size_t>(record_->word(node + 1));
  size_t pairs = node + 2 + known * kCellWords;
  out.reserve(extra);
  for (size_t i = 0; i < extra; ++i) {
    AnyView key(record_, pairs + i * 2 * kCellWords);
    out.emplace_back(std::string(key.string_view()), AnyView(record_, pairs + i * 2 * kCellWords + kCellWords));
  }
  return out;
}

AnyView AnyView::get(std::string_view key) const {
  AnyView found;
  for (auto& kv : entries()) {
    if (kv.first == key) found = std::move(kv.second);
  }
  return found;
}

namespace {

void render(const AnyView& v, std::string& out, int depth);

void render_object(const AnyView& v, std::string& out, int depth) {
  out.push_back('{');
  bool first = true;
  auto comma = [&] {
    if (!first) out.push_back(',');
    first = false;
  };
  std::vector<std::pair<std::string, AnyView>> all = v.entries();
  if (v.model_id() < 0) {
    for (const auto& kv : all) {
      comma();
      append_json_string(out, kv.first);
      out.push_back(':');
      render(kv.second, out, depth + 1);
    }
    out.push_back('}');
    return;
  }
  // A model: its known fields (entries() lists them first), then "$extra".
  std::vector<std::pair<std::string, AnyView>> extra = v.extra_entries();
  size_t n_extra = extra.size();
  size_t n_known = all.size() - n_extra;
  for (size_t i = 0; i < n_known; ++i) {
    comma();
    append_json_string(out, all[i].first);
    out.push_back(':');
    render(all[i].second, out, depth + 1);
  }
  if (n_extra > 0) {
    comma();
    out += "\"$extra\":{";
    for (size_t i = 0; i < n_extra; ++i) {
      if (i > 0) out.push_back(',');
      append_json_string(out, extra[i].first);
      out.push_back(':');
      render(extra[i].second, out, depth + 1);
    }
    out.push_back('}');
  }
  out.push_back('}');
}

void render(const AnyView& v, std::string& out, int depth) {
  if (depth > kMaxDepth) {
    out += "null";
    return;
  }
  switch (v.kind()) {
    case ValueKind::Null:
      out += "null";
      break;
    case ValueKind::Bool:
      out += *v.as_bool() ? "true" : "false";
      break;
    case ValueKind::Int:
      out += std::to_string(*v.as_int());
      break;
    case ValueKind::Float:
      append_double(out, *v.as_number());
      break;
    case ValueKind::String:
      append_json_string(out, v.string_view());
      break;
    case ValueKind::Array: {
      out.push_back('[');
      for (size_t i = 0, n = v.size(); i < n; ++i) {
        if (i > 0) out.push_back(',');
        render(v[i], out, depth + 1);
      }
      out.push_back(']');
      break;
    }
    case ValueKind::Object:
      render_object(v, out, depth);
      break;
  }
}

}  // namespace

std::string AnyView::to_json() const {
  std::string out;
  render(*this, out, 0);
  return out;
}

// -- ModelView ----------------------------------------------------------------

ModelView::ModelView(AnyView view, int model_id) : view_(std::move(view)) { object_ = view_.model_id() == model_id; }

AnyView ModelView::field(int index) const {
  if (!object_ || index < 0) return AnyView();
  size_t node = static_cast<size_t>(view_.a());
  if (static_cast<size_t>(index) >= static_cast<size_t>(view_.record_->word(node))) return AnyView();
  return AnyView(view_.record_, node + 2 + static_cast<size_t>(index) * kCellWords);
}

std::vector<std::pair<std::string, AnyView>> ModelView::extra() const {
  if (!object_) return {};
  return view_.extra_entries();
}

AnyView ModelView::extra(std::string_view key) const {
  AnyView found;
  for (auto& kv : extra()) {
    if (kv.first == key) found = std::move(kv.second);
  }
  return found;
}

// -- EventView ----------------------------------------------------------------

EventView::EventView(RecordPtr record, size_t item_cell) : item_(std::move(record), item_cell) {
  if (item_.kind() != ValueKind::Array || item_.size() < 4) return;
  code_ = static_cast<int>(item_[0].as_int().value_or(-1));
  type_ = std::string(item_[1].string_view());
  payload_ = item_[2];
}

std::string EventView::id() const { return std::string(item_[3].string_view()); }

std::string EventView::to_json() const {
  std::string out = "{\"type\":";
  append_json_string(out, type_);
  out += ",\"data\":";
  render(payload_, out, 0);
  out.push_back('}');
  return out;
}

// -- Json ---------------------------------------------------------------------

Json Json::from(const AnyView& v) {
  switch (v.kind()) {
    case ValueKind::Null:
      return Json();
    case ValueKind::Bool:
      return Json(*v.as_bool());
    case ValueKind::Int:
      return Json(*v.as_int());
    case ValueKind::Float:
      return Json(*v.as_number());
    case ValueKind::String:
      return Json(v.string_view());
    case ValueKind::Array: {
      Json out = Json::array();
      for (size_t i = 0, n = v.size(); i < n; ++i) out.push_back(from(v[i]));
      return out;
    }
    case ValueKind::Object: {
      Json out = Json::object();
      for (const auto& kv : v.entries()) out.set(kv.first, from(kv.second));
      return out;
    }
  }
  return Json();
}

Json& Json::set(const std::string& key, Json value) {
  if (kind_ == Kind::Null) kind_ = Kind::Object;
  for (auto& kv : object_) {
    if (kv.first == key) {
      kv.second = std::move(value);
      return *this;
    }
  }
  object_.emplace_back(key, std::move(value));
  return *this;
}

Json& Json::push_back(Json value) {
  if (kind_ == Kind::Null) kind_ = Kind::Array;
  array_.push_back(std::move(value));
  return *this;
}

std::string Json::dump() const {
  std::string out;
  dump_to(out);
  return out;
}

void Json::dump_to(std::string& out) const {
  switch (kind_) {
    case Kind::Null:
      out += "null";
      break;
    case Kind::Bool:
      out += b_ ? "true" : "false";
      break;
    case Kind::Int:
      out += std::to_string(i_);
      break;
    case Kind::Float:
      // JSON has no NaN or infinity.
      if (d_ != d_ || d_ - d_ != 0) {
        out += "null";
      } else {
        append_double(out, d_);
      }
      break;
    case Kind::String:
      append_json_string(out, s_);
      break;
    case Kind::Array:
      out.push_back('[');
      for (size_t i = 0; i < array_.size(); ++i) {
        if (i > 0) out.push_back(',');
        array_[i].dump_to(out);
      }
      out.push_back(']');
      break;
    case Kind::Object:
      out.push_back('{');
      for (size_t i = 0; i < object_.size(); ++i) {
        if (i > 0) out.push_back(',');
        append_json_string(out, object_[i].first);
        out.push_back(':');
        object_[i].second.dump_to(out);
      }
      out.push_back('}');
      break;
  }
}

// -- parse --------------------------------------------------------------------

namespace detail {

AnyView parse_model(const char* model, const std::string& text) {
  Decoded d = decode_model(model, text);
  if (!d.error.kind.empty()) throw_error(d.error);
  RecordPtr record = Record::from_bytes(std::move(d.record));
  return AnyView(record, 0);
}

}  // namespace detail
}  // namespace coze
