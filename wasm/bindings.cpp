// embind glue: the core's plain types as JS values and classes.
//
// Users never see these names: web/src wraps them in the idiomatic package.
// Rules kept here:
// - 64-bit integers cross as JS numbers (doubles): without -sWASM_BIGINT
//   embind cannot carry int64_t, and every such field (codes, milliseconds)
//   fits in 2^53.
// - Header lists cross as JS arrays of [name, value] pairs (what fetch's
//   Headers takes), so no embind vector handle needs deleting.
// - Body chunks come in by pointer + length into wasm memory (the host
//   copies them with HEAPU8.set); request bodies go out as a Uint8Array copy.
// - Nothing here throws: the core reports every failure as a value.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <vector>

#include "call_fast.h"
#include "coze/tools.h"
#include "coze/coze.h"

using emscripten::val;

namespace {

// --- conversions -----------------------------------------------------------

val headers_to_js(const std::vector<coze::Header>& headers) {
  val out = val::array();
  for (size_t i = 0; i < headers.size(); ++i) {
    val pair = val::array();
    pair.call<void>("push", headers[i].name, headers[i].value);
    out.call<void>("push", pair);
  }
  return out;
}

// Accepts an array of [name, value] pairs or of {name, value} objects;
// anything else gives an empty list.
std::vector<coze::Header> headers_from_js(const val& list) {
  std::vector<coze::Header> out;
  if (!list.isArray()) return out;
  const unsigned n = list["length"].as<unsigned>();
  out.reserve(n);
  for (unsigned i = 0; i < n; ++i) {
    val item = list[i];
    val name = val::undefined();
    val value = val::undefined();
    if (item.isArray()) {
      name = item[0];
      value = item[1];
    } else if (!item.isNull() && item.typeOf().as<std::string>() == "object") {
      name = item["name"];
      value = item["value"];
    }
    if (!name.isString() || !value.isString()) continue;
    out.push_back({name.as<std::string>(), value.as<std::string>()});
  }
  return out;
}

val bytes_to_js(const std::string& bytes) {
  // A copy: the view into wasm memory dies with the C++ value.
  return val::global("Uint8Array")
      .new_(emscripten::typed_memory_view(bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data())));
}

std::string bytes_from_js(const val& v) {
  if (v.isString()) return v.as<std::string>();
  if (v.isUndefined() || v.isNull()) return std::string();
  std::vector<uint8_t> b = emscripten::convertJSArrayToNumberVector<uint8_t>(v);
  return std::string(b.begin(), b.end());
}

double to_js_number(int64_t v) { return static_cast<double>(v); }

// JS numbers to int64: NaN and out-of-range values clamp instead of being
// undefined behaviour.
int64_t from_js_number(double v) {
  if (!(v == v)) return 0;
  if (v >= 9.2e18) return INT64_MAX;
  if (v <= -9.2e18) return INT64_MIN;
  return static_cast<int64_t>(v);
}

// --- field accessors for int64 and byte fields -----------------------------

double error_code(const coze::Error& e) { return to_js_number(e.code); }
void set_error_code(coze::Error& e, double v) { e.code = from_js_number(v); }
// The attempt history as JSON text (the `history` array of error_json); read only.
// Every action crosses with its Error, so the empty case skips the JSON writer.
std::string error_history(const coze::Error& e) {
  return e.history.empty() ? std::string("[]") : coze::attempts_json(e.history);
}
void set_error_history(coze::Error&, std::string) {}
double error_retry_after(const coze::Error& e) { return to_js_number(e.retry_after_ms); }
void set_error_retry_after(coze::Error& e, double v) { e.retry_after_ms = from_js_number(v); }

val request_headers(const coze::HttpRequest& r) { return headers_to_js(r.headers); }
void set_request_headers(coze::HttpRequest& r, val v) { r.headers = headers_from_js(v); }
val request_body(const coze::HttpRequest& r) { return bytes_to_js(r.body); }
void set_request_body(coze::HttpRequest& r, val v) { r.body = bytes_from_js(v); }
// An upload's sources as [{offset, id, size}] (read only: the core sets them).
val sources_to_js(const std::vector<coze::BodySource>& sources) {
  val out = val::array();
  for (const coze::BodySource& s : sources) {
    val item = val::object();
    item.set("offset", to_js_number(static_cast<int64_t>(s.offset)));
    item.set("id", s.id);
    item.set("size", to_js_number(s.size));
    out.call<void>("push", item);
  }
  return out;
}
val request_sources(const coze::HttpRequest& r) { return sources_to_js(r.sources); }
void set_request_sources(coze::HttpRequest&, val) {}
double request_body_size(const coze::HttpRequest& r) { return to_js_number(r.body_size); }
void set_request_body_size(coze::HttpRequest& r, double v) { r.body_size = from_js_number(v); }
val action_bytes(const coze::Action& a) { return bytes_to_js(a.bytes); }
void set_action_bytes(coze::Action& a, val v) { a.bytes = bytes_from_js(v); }
double request_connect_timeout(const coze::HttpRequest& r) { return to_js_number(r.connect_timeout_ms); }
void set_request_connect_timeout(coze::HttpRequest& r, double v) { r.connect_timeout_ms = from_js_number(v); }

int action_kind(const coze::Action& a) { return static_cast<int>(a.kind); }
void set_action_kind(coze::Action& a, int v) {
  a.kind = (v >= 0 && v <= 8) ? static_cast<coze::ActionKind>(v) : coze::ActionKind::Wait;
}
double action_wake_at(const coze::Action& a) { return to_js_number(a.wake_at_ms); }
void set_action_wake_at(coze::Action& a, double v) { a.wake_at_ms = from_js_number(v); }
double action_delay(const coze::Action& a) { return to_js_number(a.delay_ms); }
void set_action_delay(coze::Action& a, double v) { a.delay_ms = from_js_number(v); }

double ulid_timestamp(const coze::UlidResult& r) { return to_js_number(r.timestamp_ms); }
void set_ulid_timestamp(coze::UlidResult& r, double v) { r.timestamp_ms = from_js_number(v); }

// ClientConfig is a class (it has apply_json); its int64 properties go
// through these.
double cfg_connect(const coze::ClientConfig& c) { return to_js_number(c.connect_timeout_ms); }
void set_cfg_connect(coze::ClientConfig& c, double v) { c.connect_timeout_ms = from_js_number(v); }
double cfg_first_byte(const coze::ClientConfig& c) { return to_js_number(c.first_byte_timeout_ms); }
void set_cfg_first_byte(coze::ClientConfig& c, double v) { c.first_byte_timeout_ms = from_js_number(v); }
double cfg_idle(const coze::ClientConfig& c) { return to_js_number(c.idle_timeout_ms); }
void set_cfg_idle(coze::ClientConfig& c, double v) { c.idle_timeout_ms = from_js_number(v); }
double cfg_total(const coze::ClientConfig& c) { return to_js_number(c.total_timeout_ms); }
void set_cfg_total(coze::ClientConfig& c, double v) { c.total_timeout_ms = from_js_number(v); }
// The 64-bit seed in two 32-bit halves, as crypto.getRandomValues gives them.
void cfg_set_seed(coze::ClientConfig& c, uint32_t hi, uint32_t lo) {
  c.seed = (static_cast<uint64_t>(hi) << 32) | lo;
}

// --- the driver's calls (FastCall, see call_fast.cpp) -------------------------
// A call is created here and then named by its handle (an address): the hot
// path goes through call_fast.cpp's plain exports, the rest through these.

// `options_json` as CallOptions::apply_json takes it; an error there makes
// the call fail as invalid_argument at its first step.
uintptr_t call_new(const coze::Client& client, std::string op, std::string params, std::string options_json) {
  coze::CallOptions options;
  std::string err = options_json.empty() ? std::string() : options.apply_json(options_json);
  if (!err.empty()) return reinterpret_cast<uintptr_t>(new FastCall(client, "", "{}", coze::CallOptions()));
  return reinterpret_cast<uintptr_t>(new FastCall(client, op, params, options));
}

// After SEND: {method, url, headers: [[name, value]], body: Uint8Array,
// sources: [{offset, id, size}], body_size, stream, connect_timeout_ms}.
val call_request(uintptr_t handle) {
  const coze::HttpRequest& r = coze_call_of(handle).request();
  val out = val::object();
  out.set("method", r.method);
  out.set("url", r.url);
  out.set("headers", headers_to_js(r.headers));
  out.set("body", bytes_to_js(r.body));
  out.set("sources", sources_to_js(r.sources));
  out.set("body_size", to_js_number(r.body_size));
  out.set("stream", r.stream);
  out.set("connect_timeout_ms", to_js_number(r.connect_timeout_ms));
  return out;
}

void call_on_response_h(uintptr_t handle, int status, val headers) {
  coze_call_of(handle).on_response(status, headers_from_js(headers));
}

void call_on_transport_error_h(uintptr_t handle, std::string kind, std::string message) {
  coze_call_of(handle).on_transport_error(kind, message);
}

coze::Error call_error_h(uintptr_t handle) { return coze_call_of(handle).error(); }
val call_take_bytes_h(uintptr_t handle) { return bytes_to_js(coze_call_of(handle).take_bytes()); }
// Upload progress: the core's first-byte timeout runs from it (a double: JS numbers).
void call_on_body_sent_h(uintptr_t handle, double sent) {
  coze_call_of(handle).on_body_sent(static_cast<int64_t>(sent));
}

void call_on_source_error_h(uintptr_t handle, std::string source, std::string message) {
  coze_call_of(handle).on_source_error(source, message);
}
std::string call_content_type_h(uintptr_t handle) { return coze_call_of(handle).content_type(); }
std::string call_logid_h(uintptr_t handle) { return coze_call_of(handle).logid(); }
std::string call_result_h(uintptr_t handle) { return coze_call_of(handle).result(); }

std::string take_hooks_json(coze::Call& call) {
  std::string out = "[";
  for (const coze::HookEvent& h : call.take_hooks()) {
    if (out.size() > 1) out += ',';
    out += coze::hook_event_json(h);
  }
  return out + "]";
}

std::string call_take_hooks_h(uintptr_t handle) { return take_hooks_json(coze_call_of(handle)); }

// SIGN: the text to sign (a JWT's header.claims, ASCII), then the RS256
// signature the host made (bytes), or why it could not make one.
std::string call_sign_input_h(uintptr_t handle) { return coze_call_of(handle).sign_input(); }
void call_on_signature_h(uintptr_t handle, val signature) { coze_call_of(handle).on_signature(bytes_from_js(signature)); }
void call_on_sign_error_h(uintptr_t handle, std::string message) { coze_call_of(handle).on_sign_error(message); }

// TOOLS (chat.run_tools): the calls to run, as the JSON array
// [{"id", "name", "arguments"}]; then each one's output (text as the
// function gave it) or why it failed. The driver feeds them from its own
// loop, never from a tool's promise callback directly.
std::string call_tool_calls_h(uintptr_t handle) { return coze_call_of(handle).tool_calls(); }
void call_on_tool_output_h(uintptr_t handle, std::string id, std::string output) {
  coze_call_of(handle).on_tool_output(id, output);
}
void call_on_tool_error_h(uintptr_t handle, std::string id, std::string message) {
  coze_call_of(handle).on_tool_error(id, message);
}

// --- records ---------------------------------------------------------------------
// A Decoded as {record: Uint8Array} or {error: Error}; records for JavaScript
// (UTF-16 string offsets).

val decoded_to_js(const coze::Decoded& d) {
  val out = val::object();
  if (!d.error.kind.empty()) {
    out.set("error", val(d.error));
  } else {
    out.set("record", bytes_to_js(d.record));
  }
  return out;
}

val decode_model_js(std::string model, std::string text) { return decoded_to_js(coze::decode_model(model, text, true)); }

val decode_response_js(std::string op, int status, std::string body) {
  return decoded_to_js(coze::decode_response(op, status, body, true));
}

val decode_event_js(std::string op, std::string type, std::string data) {
  return decoded_to_js(coze::decode_event(op, type, data, true));
}

val strings_to_js(const std::vector<std::string>& list) {
  val out = val::array();
  for (const std::string& s : list) out.call<void>("push", s);
  return out;
}

val model_names_js() { return strings_to_js(coze::model_names()); }
val event_names_js() { return strings_to_js(coze::event_names()); }
val model_fields_js(std::string model) { return strings_to_js(coze::model_fields(model)); }

// --- Call ------------------------------------------------------------------
// The core's Call as it is, for the conformance runner's exec vectors.

coze::Call* make_call(const coze::Client& client, std::string op, std::string params) {
  return new coze::Call(client, op, params);
}

coze::Call* make_call_with_options(const coze::Client& client, std::string op, std::string params,
                                   double timeout_ms, val headers, double wall_ms) {
  coze::CallOptions options;
  options.timeout_ms = from_js_number(timeout_ms);
  options.wall_ms = from_js_number(wall_ms);
  options.headers = headers_from_js(headers);
  return new coze::Call(client, op, params, options);
}

// Options as the JSON object CallOptions::apply_json takes; an error text
// there makes the call fail as invalid_argument at its first next().
coze::Call* make_call_json(const coze::Client& client, std::string op, std::string params, std::string options_json) {
  coze::CallOptions options;
  std::string err = options_json.empty() ? std::string() : options.apply_json(options_json);
  if (!err.empty()) return new coze::Call(client, "", "{}", options);  // fails: no such op
  return new coze::Call(client, op, params, options);
}

coze::Action call_next(coze::Call& call, double now_ms) { return call.next(from_js_number(now_ms)); }

// The hook events since the last take, as a JSON array of hook_event_json objects.
std::string call_take_hooks_json(coze::Call& call) { return take_hooks_json(call); }

void call_on_response(coze::Call& call, int status, val headers) {
  call.on_response(status, headers_from_js(headers));
}

// `ptr` is an address in wasm memory that the host filled (malloc + HEAPU8.set).
void call_on_body_ptr(coze::Call& call, uintptr_t ptr, size_t len) {
  if (len == 0) return;
  call.on_body(reinterpret_cast<const char*>(ptr), len);
}

// Convenience for small inputs (tests): a JS string (sent as UTF-8) or bytes.
void call_on_body(coze::Call& call, val data) {
  std::string bytes = bytes_from_js(data);
  if (!bytes.empty()) call.on_body(bytes.data(), bytes.size());
}

void call_on_signature(coze::Call& call, val signature) { call.on_signature(bytes_from_js(signature)); }

double live_calls_js() { return static_cast<double>(coze::live_calls()); }
double live_clients_js() { return static_cast<double>(coze::live_clients()); }

// --- SseParser -------------------------------------------------------------
// The core's parser as it is (the conformance runner's path). The package's
// SseParser runs on the plain exports of sse_fast.cpp instead.

coze::SseParser* make_sse_parser(double max_event_bytes) {
  coze::SseConfig config;
  if (max_event_bytes > 0) config.max_event_bytes = from_js_number(max_event_bytes);
  return new coze::SseParser(config);
}

coze::SseParser* make_default_sse_parser() { return new coze::SseParser(); }

void sse_feed_ptr(coze::SseParser& p, uintptr_t ptr, size_t len) {
  if (len == 0) return;
  p.feed(reinterpret_cast<const char*>(ptr), len);
}

void sse_feed(coze::SseParser& p, val data) {
  std::string bytes = bytes_from_js(data);
  if (!bytes.empty()) p.feed(bytes.data(), bytes.size());
}

val sse_take_events(coze::SseParser& p) {
  val out = val::array();
  for (const coze::SseEvent& e : p.take_events()) {
    val ev = val::object();
    ev.set("type", e.type);
    ev.set("data", e.data);
    ev.set("id", e.id);
    out.call<void>("push", ev);
  }
  return out;
}

double sse_retry_ms(const coze::SseParser& p) { return to_js_number(p.retry_ms()); }

// --- ULID ------------------------------------------------------------------

coze::UlidResult ulid_encode_js(double timestamp_ms, std::string randomness_hex) {
  return coze::ulid_encode(from_js_number(timestamp_ms), randomness_hex);
}

coze::UlidResult ulid_factory_next(coze::UlidFactory& f, double now_ms, std::string entropy_hex) {
  return f.next(from_js_number(now_ms), entropy_hex);
}

// --- auth (core/include/coze/auth.h) ---------------------------------------

// A PKCE verifier from the host's random bytes (a Uint8Array from
// crypto.getRandomValues).
std::string pkce_verifier_js(val random_bytes) { return coze::pkce_verifier(bytes_from_js(random_bytes)); }

// --- misc ------------------------------------------------------------------

std::string version_js() { return coze::version(); }

val supported_operations_js() {
  val out = val::array();
  for (const std::string& op : coze::supported_operations()) out.call<void>("push", op);
  return out;
}

// One HTTP answer through the executor (coze::answer_error); kind "" on success.
coze::Error answer_error_js(std::string method, bool stream, int status, val headers, std::string body,
                            double wall_ms) {
  return coze::answer_error(method, stream, status, headers_from_js(headers), body, from_js_number(wall_ms));
}

// The client's health at `now_ms` (the driver's clock, a JS number).
std::string client_health_json(const coze::Client& client, double now_ms) {
  return client.health_json(from_js_number(now_ms));
}

}  // namespace

EMSCRIPTEN_BINDINGS(cozecore) {
  using namespace emscripten;

  value_object<coze::Header>("Header")
      .field("name", &coze::Header::name)
      .field("value", &coze::Header::value);

  value_object<coze::Event>("Event").field("type", &coze::Event::type).field("data", &coze::Event::data);

  value_object<coze::SseEvent>("SseEvent")
      .field("type", &coze::SseEvent::type)
      .field("data", &coze::SseEvent::data)
      .field("id", &coze::SseEvent::id);

  value_object<coze::Error>("Error")
      .field("kind", &coze::Error::kind)
      .field("http_status", &coze::Error::http_status)
      .field("code", &error_code, &set_error_code)
      .field("message", &coze::Error::message)
      .field("logid", &coze::Error::logid)
      .field("retryable", &coze::Error::retryable)
      .field("attempts", &coze::Error::attempts)
      .field("retry_after_ms", &error_retry_after, &set_error_retry_after)
      .field("body", &coze::Error::body)
      .field("history", &error_history, &set_error_history)
      .field("hint", &coze::Error::hint)
      .field("error_code", &coze::Error::error_code)
      .field("request_id", &coze::Error::request_id)
      .field("severity", &coze::Error::severity);

  value_object<coze::HttpRequest>("HttpRequest")
      .field("method", &coze::HttpRequest::method)
      .field("url", &coze::HttpRequest::url)
      .field("headers", &request_headers, &set_request_headers)
      .field("body", &request_body, &set_request_body)
      .field("sources", &request_sources, &set_request_sources)
      .field("body_size", &request_body_size, &set_request_body_size)
      .field("stream", &coze::HttpRequest::stream)
      .field("connect_timeout_ms", &request_connect_timeout, &set_request_connect_timeout);

  value_object<coze::Action>("Action")
      .field("kind", &action_kind, &set_action_kind)
      .field("request", &coze::Action::request)
      .field("wake_at_ms", &action_wake_at, &set_action_wake_at)
      .field("delay_ms", &action_delay, &set_action_delay)
      .field("event", &coze::Action::event)
      .field("bytes", &action_bytes, &set_action_bytes)
      .field("result", &coze::Action::result)
      .field("logid", &coze::Action::logid)
      .field("error", &coze::Action::error)
      .field("sign_input", &coze::Action::sign_input)
      .field("tool_calls", &coze::Action::tool_calls);

  constant("ACTION_SEND", static_cast<int>(coze::ActionKind::Send));
  constant("ACTION_WAIT", static_cast<int>(coze::ActionKind::Wait));
  constant("ACTION_SLEEP", static_cast<int>(coze::ActionKind::Sleep));
  constant("ACTION_EVENT", static_cast<int>(coze::ActionKind::Event));
  constant("ACTION_DONE", static_cast<int>(coze::ActionKind::Done));
  constant("ACTION_FAIL", static_cast<int>(coze::ActionKind::Fail));
  constant("ACTION_SIGN", static_cast<int>(coze::ActionKind::Sign));
  constant("ACTION_BYTES", static_cast<int>(coze::ActionKind::Bytes));
  constant("ACTION_TOOLS", static_cast<int>(coze::ActionKind::Tools));

  value_object<coze::UlidResult>("UlidResult")
      .field("ok", &coze::UlidResult::ok)
      .field("error", &coze::UlidResult::error)
      .field("text", &coze::UlidResult::text)
      .field("timestamp_ms", &ulid_timestamp, &set_ulid_timestamp)
      .field("randomness_hex", &coze::UlidResult::randomness_hex);

  class_<coze::ClientConfig>("ClientConfig")
      .constructor<>()
      .property("base_url", &coze::ClientConfig::base_url)
      .property("token", &coze::ClientConfig::token)
      .property("max_retries", &coze::ClientConfig::max_retries)
      .property("idempotency_header", &coze::ClientConfig::idempotency_header)
      .property("connect_timeout_ms", &cfg_connect, &set_cfg_connect)
      .property("first_byte_timeout_ms", &cfg_first_byte, &set_cfg_first_byte)
      .property("idle_timeout_ms", &cfg_idle, &set_cfg_idle)
      .property("total_timeout_ms", &cfg_total, &set_cfg_total)
      .property("user_agent", &coze::ClientConfig::user_agent)
      .function("set_seed", &cfg_set_seed)
      .function("apply_json", &coze::ClientConfig::apply_json);

  class_<coze::Client>("Client")
      .constructor<const coze::ClientConfig&>()
      .function("token_json", &coze::Client::token_json)
      .function("health_json", &client_health_json);

  class_<coze::Call>("Call")
      .constructor(&make_call, allow_raw_pointers())
      .constructor(&make_call_with_options, allow_raw_pointers())
      .constructor(&make_call_json, allow_raw_pointers())
      .function("take_hooks_json", &call_take_hooks_json)
      .function("next", &call_next)
      .function("on_response", &call_on_response)
      .function("on_body_ptr", &call_on_body_ptr)
      .function("on_body", &call_on_body)
      .function("on_end", &coze::Call::on_end)
      .function("on_transport_error", &coze::Call::on_transport_error)
      .function("on_signature", &call_on_signature)
      .function("on_sign_error", &coze::Call::on_sign_error)
      .function("on_source_error", &coze::Call::on_source_error)
      .function("on_body_sent", optional_override([](coze::Call& call, double sent) {
                  call.on_body_sent(static_cast<int64_t>(sent));
                }))
      .function("take_bytes", optional_override([](coze::Call& call) { return bytes_to_js(call.take_bytes()); }))
      .function("content_type", &coze::Call::content_type)
      .function("sign_input", &coze::Call::sign_input)
      .function("tool_calls", &coze::Call::tool_calls)
      .function("on_tool_output", &coze::Call::on_tool_output)
      .function("on_tool_error", &coze::Call::on_tool_error)
      .function("cancel", &coze::Call::cancel)
      .function("finished", &coze::Call::finished);

  class_<coze::SseParser>("SseParser")
      .constructor(&make_default_sse_parser, allow_raw_pointers())
      .constructor(&make_sse_parser, allow_raw_pointers())
      .function("feed_ptr", &sse_feed_ptr)
      .function("feed", &sse_feed)
      .function("finish", &coze::SseParser::finish)
      .function("take_events", &sse_take_events)
      .function("has_event", &coze::SseParser::has_event)
      .function("error", &coze::SseParser::error)
      .function("retry_ms", &sse_retry_ms)
      .function("last_event_id", &coze::SseParser::last_event_id);

  class_<coze::UlidFactory>("UlidFactory").constructor<>().function("next", &ulid_factory_next);

  function("call_new", &call_new);
  function("call_request", &call_request);
  function("call_on_response", &call_on_response_h);
  function("call_on_transport_error", &call_on_transport_error_h);
  function("call_error", &call_error_h);
  function("call_take_bytes", &call_take_bytes_h);
  function("call_on_source_error", &call_on_source_error_h);
  function("call_on_body_sent", &call_on_body_sent_h);
  function("call_content_type", &call_content_type_h);
  function("call_logid", &call_logid_h);
  function("call_result", &call_result_h);
  function("call_take_hooks", &call_take_hooks_h);
  function("call_sign_input", &call_sign_input_h);
  function("call_on_signature", &call_on_signature_h);
  function("call_on_sign_error", &call_on_sign_error_h);
  function("call_tool_calls", &call_tool_calls_h);
  function("call_on_tool_output", &call_on_tool_output_h);
  function("call_on_tool_error", &call_on_tool_error_h);
  function("decode_model_js", &decode_model_js);
  // Tool argument validation (coze/tools.h): JSON text in and out.
  function("tool_schema_check", &coze::tool_schema_check);
  function("tool_validate", &coze::tool_validate);
  function("error_severity", &coze::error_severity);
  function("decode_response_js", &decode_response_js);
  function("decode_event_js", &decode_event_js);
  function("model_names", &model_names_js);
  function("event_names", &event_names_js);
  function("model_fields", &model_fields_js);

  function("error_json", &coze::error_json);
  function("error_text", &coze::error_text);  // an error's string form, "message (hint)"
  function("live_calls", &live_calls_js);
  function("live_clients", &live_clients_js);
  function("ulid_encode", &ulid_encode_js);
  function("ulid_decode", &coze::ulid_decode);
  function("version", &version_js);
  function("supported_operations", &supported_operations_js);
  function("answer_error", &answer_error_js);
  function("kind_for_coze_code", optional_override([](double code) {
             return coze::kind_for_coze_code(from_js_number(code));
           }));
  function("kind_for_http_status", &coze::kind_for_http_status);
  function("kind_is_retryable", &coze::kind_is_retryable);

  function("pkce_verifier", &pkce_verifier_js);
  function("pkce_challenge", &coze::pkce_challenge);
  function("oauth_authorize_url", &coze::oauth_authorize_url);
  function("oauth_app_config", &coze::oauth_app_config);
}
