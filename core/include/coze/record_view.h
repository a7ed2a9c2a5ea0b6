// Reading records in C++: the runtime under the generated typed views.
//
// A record (coze/record.h, layout in core/api/README.md) is one byte string:
// int32 words (cells of 3 words: tag, a, b) and the UTF-8 text the STRING
// cells point into. A view is (shared record, cell): it converts a cell to a
// C++ value only when asked, so reading one field of a large answer costs
// one field. Views never fail: a cell that does not hold the asked type
// reads as std::nullopt.
//
//   AnyView    any cell (the `any` type, unknown keys, the generic API)
//   ModelView  base of the generated model views (coze::model::Chat, ...)
//   EventView  base of the generated stream event views (coze::ChatEvent, ...)
//   Json       an owned JSON value, for what a caller sends (params, extra_body)
//
// CozeError, the one exception type of the typed API, is declared here so
// that the model views' parse() can throw it; coze/client.h includes this.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "coze/errors.h"
#include "coze/exec.h"

namespace coze {

// The base of the typed client's exceptions; error() has every detail.
// Failures are thrown as the subclass named after their kind (below, see
// throw_error): catch RateLimitedError, ..., or CozeError for all of them.
// what() is the message, then the hint in parentheses when there is one
// (error_text); it never holds the token.
class CozeError : public std::runtime_error {
 public:
  explicit CozeError(Error error);
  const char* what() const noexcept override { return text_.c_str(); }
  const Error& error() const noexcept { return error_; }
  const std::string& kind() const noexcept { return error_.kind; }
  int http_status() const noexcept { return error_.http_status; }
  int64_t code() const noexcept { return error_.code; }
  const std::string& message() const noexcept { return error_.message; }  // the server's own text
  const std::string& hint() const noexcept { return error_.hint; }        // what to do, "" none
  const std::string& logid() const noexcept { return error_.logid; }
  const std::string& request_id() const noexcept { return error_.request_id; }
  const std::string& error_code() const noexcept { return error_.error_code; }  // OAuth error_code
  bool retryable() const noexcept { return error_.retryable; }
  int64_t retry_after_ms() const noexcept { return error_.retry_after_ms; }  // -1: none
  int attempts() const noexcept { return error_.attempts; }
  const std::vector<Attempt>& history() const noexcept { return error_.history; }
  const std::string& body() const noexcept { return error_.body; }
  const std::string& severity() const noexcept { return error_.severity; }  // info, warning, critical

 private:
  Error error_;
  std::string text_ = error_text(error_);
};

// One exception class per error kind (DESIGN.md), all CozeErrors.
#define COZE_ERROR_CLASS(Name)             \
  class Name : public CozeError {          \
   public:                                 \
    explicit Name(Error error) : CozeError(std::move(error)) {} \
  };
COZE_ERROR_CLASS(BadRequestError)        // bad_request
COZE_ERROR_CLASS(AuthenticationError)    // authentication
COZE_ERROR_CLASS(PermissionDeniedError)  // permission_denied
COZE_ERROR_CLASS(NotFoundError)          // not_found
COZE_ERROR_CLASS(ConflictError)          // conflict
COZE_ERROR_CLASS(UnprocessableError)     // unprocessable
COZE_ERROR_CLASS(RateLimitedError)       // rate_limited
COZE_ERROR_CLASS(ServerError)            // server
COZE_ERROR_CLASS(GatewayError)           // gateway
COZE_ERROR_CLASS(TimeoutError)           // timeout
COZE_ERROR_CLASS(ConnectionError)        // connection
COZE_ERROR_CLASS(CancelledError)         // cancelled
COZE_ERROR_CLASS(DecodeError)            // decode
COZE_ERROR_CLASS(StreamError)            // stream
COZE_ERROR_CLASS(ApiError)               // api
COZE_ERROR_CLASS(InvalidArgumentError)   // invalid_argument
COZE_ERROR_CLASS(InternalError)          // internal
COZE_ERROR_CLASS(CircuitOpenError)       // circuit_open: the client's breaker refused the attempt
COZE_ERROR_CLASS(ToolError)              // tool: a local tools run stopped (round limit, a failing tool)
#undef COZE_ERROR_CLASS

// Throws `error` as the exception class of its kind (CozeError itself for a
// kind this version does not know): how the typed client reports a failure.
[[noreturn]] void throw_error(Error error);

// One line describing an error: kind, HTTP status, Coze code, message, log id.
std::string describe(const Error& error);

// An immutable record, shared by every view into it.
class Record {
 public:
  // Checks the layout (word count, every cell's offsets and node indexes in
  // bounds); throws CozeError(decode) when the bytes are not a record.
  static std::shared_ptr<const Record> from_bytes(std::string bytes);

  size_t word_count() const { return n_words_; }
  int32_t word(size_t i) const;  // i < word_count()
  std::string_view text(uint32_t offset, uint32_t length) const { return text_.substr(offset, length); }

 private:
  Record() = default;
  bool valid_cell(size_t at, int depth) const;

  std::string bytes_;
  const unsigned char* words_ = nullptr;
  size_t n_words_ = 0;
  std::string_view text_;
};
using RecordPtr = std::shared_ptr<const Record>;

enum class ValueKind { Null, Bool, Int, Float, String, Object, Array };

// One cell of a record. A default AnyView is null.
class AnyView {
 public:
  AnyView() = default;
  AnyView(RecordPtr record, size_t cell) : record_(std::move(record)), cell_(static_cast<int64_t>(cell)) {}

  ValueKind kind() const;
  bool is_null() const { return kind() == ValueKind::Null; }
  std::optional<bool> as_bool() const;
  std::optional<int64_t> as_int() const;
  std::optional<double> as_number() const;  // an INT or FLOAT cell
  std::optional<std::string> as_string() const;
  std::string_view string_view() const;  // "" unless a STRING cell; valid while the record lives

  // Arrays: the item count and items. Objects: size() counts entries().
  size_t size() const;
  AnyView operator[](size_t index) const;  // a null view when out of range or not an array

  // Objects: a model's non-null known fields by name, then its unknown keys
  // in the order received; a plain object's keys in order.
  std::vector<std::pair<std::string, AnyView>> entries() const;
  // Objects: the entries stored as unknown keys (a model's keys it does not
  // know; every key of a plain object), in the order received.
  std::vector<std::pair<std::string, AnyView>> extra_entries() const;
  // The entry named key (the last one when repeated); a null view when none.
  AnyView get(std::string_view key) const;
  // The model id of an OBJECT cell; -1 for a plain object or any other cell.
  int model_id() const;

  // The canonical view as compact JSON text (core/api/README.md): models as
  // their non-null known fields plus "$extra"; "null" for a null view.
  std::string to_json() const;

  const RecordPtr& record() const { return record_; }
  int64_t cell() const { return cell_; }

 private:
  friend class ModelView;
  int32_t tag() const;
  int32_t a() const;
  int32_t b() const;

  RecordPtr record_;
  int64_t cell_ = -1;
};

// Base of the generated model views. A view over a cell that is not an
// object (an unreadable array item, a default-constructed view) is null:
// every field reads as std::nullopt.
class ModelView {
 public:
  bool is_null() const { return !object_; }
  // The keys of the object the model does not know, in the order received.
  std::vector<std::pair<std::string, AnyView>> extra() const;
  // One unknown key's value (the last one when repeated); a null view when absent.
  AnyView extra(std::string_view key) const;
  // The object as a generic value.
  const AnyView& as_any() const { return view_; }
  // The canonical view: non-null known fields plus "$extra"; "null" when null.
  std::string to_json() const { return view_.to_json(); }

 protected:
  ModelView() = default;
  ModelView(AnyView view, int model_id);
  // The cell of known field `index` (the model's fields in IR order).
  AnyView field(int index) const;

 private:
  AnyView view_;
  bool object_ = false;
};

// Base of the generated event views: one event of a batch record (an ARRAY
// of 4 cells: type code, name, payload, SSE id).
class EventView {
 public:
  EventView() = default;
  EventView(RecordPtr record, size_t item_cell);

  // The event name as delivered ("conversation.message.delta", "Message", ...).
  const std::string& type() const { return type_; }
  // The index of the name in coze::event_names(); -1 for an unknown event.
  int code() const { return code_; }
  // The SSE id in effect for the event ("" when none).
  std::string id() const;
  // The payload: an object of the event's model, or a plain value (the raw
  // JSON of an unknown event, the text of `done` without payload).
  const AnyView& payload() const { return payload_; }
  // {"type": ..., "data": <the payload's canonical view>}.
  std::string to_json() const;

 protected:
  // The payload as the model view M when it was decoded as that model.
  template <typename M>
  std::optional<M> payload_as() const {
    if (payload_.model_id() != M::kModelId) return std::nullopt;
    return M(payload_);
  }

 private:
  AnyView item_;
  AnyView payload_;
  std::string type_;
  int code_ = -1;
};

// An owned JSON value, for what a caller sends: generated params and input
// structs convert to it, and RequestOptions.extra_body is one.
class Json {
 public:
  enum class Kind { Null, Bool, Int, Float, String, Array, Object };
  using Array = std::vector<Json>;
  using Object = std::vector<std::pair<std::string, Json>>;  // in order; set() replaces

  Json() = default;
  Json(std::nullptr_t) {}
  Json(bool v) : kind_(Kind::Bool), b_(v) {}
  Json(int v) : kind_(Kind::Int), i_(v) {}
  Json(int64_t v) : kind_(Kind::Int), i_(v) {}
  Json(double v) : kind_(Kind::Float), d_(v) {}
  Json(const char* v) : kind_(Kind::String), s_(v) {}
  Json(std::string v) : kind_(Kind::String), s_(std::move(v)) {}
  Json(std::string_view v) : kind_(Kind::String), s_(v) {}
  Json(Array v) : kind_(Kind::Array), array_(std::move(v)) {}
  Json(Object v) : kind_(Kind::Object), object_(std::move(v)) {}
  static Json object() { return Json(Object{}); }
  static Json array() { return Json(Array{}); }
  // A received value, copied out of its record.
  static Json from(const AnyView& view);

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::Null; }
  const Array& items() const { return array_; }
  const Object& members() const { return object_; }
  // Objects: sets a key (replacing an earlier one); a null Json becomes an object.
  Json& set(const std::string& key, Json value);
  // Arrays: appends; a null Json becomes an array.
  Json& push_back(Json value);

  // Compact JSON text; invalid UTF-8 in strings is replaced by U+FFFD.
  std::string dump() const;

 private:
  void dump_to(std::string& out) const;

  Kind kind_ = Kind::Null;
  bool b_ = false;
  int64_t i_ = 0;
  double d_ = 0;
  std::string s_;
  Array array_;
  Object object_;
};

namespace detail {

// Reads `text` as model `model` through the core's decode_model; throws
// CozeError (invalid_argument, decode) when it cannot.
AnyView parse_model(const char* model, const std::string& text);

// Cell -> C++ value conversions used by the generated accessors. The element
// of an array or map is std::optional<T> for scalars and nested containers,
// the view itself for models (a null view in place of an unreadable item)
// and AnyView for `any`.
template <typename T, typename = void>
struct Read;

template <>
struct Read<std::string> {
  static std::optional<std::string> from(const AnyView& v) { return v.as_string(); }
};
template <>
struct Read<int64_t> {
  static std::optional<int64_t> from(const AnyView& v) { return v.as_int(); }
};
template <>
struct Read<double> {
  static std::optional<double> from(const AnyView& v) { return v.as_number(); }
};
template <>
struct Read<bool> {
  static std::optional<bool> from(const AnyView& v) { return v.as_bool(); }
};
template <>
struct Read<AnyView> {
  static std::optional<AnyView> from(const AnyView& v) {
    if (v.is_null()) return std::nullopt;
    return v;
  }
};
template <typename M>
struct Read<M, std::enable_if_t<std::is_base_of_v<ModelView, M>>> {
  static std::optional<M> from(const AnyView& v) {
    if (v.model_id() != M::kModelId) return std::nullopt;
    return M(v);
  }
};

// An array item or map value.
template <typename E>
struct Item {
  static E from(const AnyView& v) { return E(v); }  // model views and AnyView: the view itself
};
template <typename T>
struct Item<std::optional<T>> {
  static std::optional<T> from(const AnyView& v) { return Read<T>::from(v); }
};

template <typename E>
struct Read<std::vector<E>> {
  static std::optional<std::vector<E>> from(const AnyView& v) {
    if (v.kind() != ValueKind::Array) return std::nullopt;
    std::vector<E> out;
    size_t n = v.size();
    out.reserve(n);
    for (size_t i = 0; i < n; ++i) out.push_back(Item<E>::from(v[i]));
    return out;
  }
};
template <typename E>
struct Read<std::map<std::string, E>> {
  static std::optional<std::map<std::string, E>> from(const AnyView& v) {
    if (v.kind() != ValueKind::Object) return std::nullopt;
    std::map<std::string, E> out;
    for (auto& kv : v.entries()) out.insert_or_assign(std::move(kv.first), Item<E>::from(kv.second));
    return out;
  }
};

// The value, or an empty container when the cell does not hold one.
template <typename T>
T read_or_empty(const AnyView& v) {
  return Read<T>::from(v).value_or(T());
}

// C++ value -> Json, for the generated params and input structs.
inline Json to_json(const std::string& v) { return Json(v); }
inline Json to_json(int64_t v) { return Json(v); }
inline Json to_json(double v) { return Json(v); }
inline Json to_json(bool v) { return Json(v); }
inline Json to_json(const Json& v) { return v; }
template <typename T, typename = decltype(std::declval<const T&>().to_json())>
Json to_json(const T& v) {
  return v.to_json();
}
template <typename T>
Json to_json(const std::optional<T>& v) {
  return v ? to_json(*v) : Json();
}
template <typename T>
Json to_json(const std::vector<T>& v) {
  Json out = Json::array();
  for (const T& item : v) out.push_back(to_json(item));
  return out;
}
template <typename T>
Json to_json(const std::map<std::string, T>& v) {
  Json out = Json::object();
  for (const auto& kv : v) out.set(kv.first, to_json(kv.second));
  return out;
}

}  // namespace detail
}  // namespace coze
