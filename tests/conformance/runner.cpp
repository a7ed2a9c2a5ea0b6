// The native conformance runner: runs the vectors under $COZE_VECTORS
// (default tests/vectors) exactly as tests/vectors/README.md describes and
// prints "native <area>: N passed, N failed" per area, then one
// "  FAIL <file>: <name>: <why>" line per failing vector. The models area
// decodes through the generated typed views (coze::model::*::parse). Finding
// no vector at all is a failure.
#include <algorithm>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "coze/client.h"
#include "coze/coze.h"
#include "coze/tools.h"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

// A failed check inside one vector.
struct Mismatch {
  std::string why;
};

[[noreturn]] void fail(const std::string& why) { throw Mismatch{why}; }

std::string show(const json& j) {
  std::string s = j.dump(-1, ' ', false, json::error_handler_t::replace);
  return s.size() > 200 ? s.substr(0, 200) + "..." : s;
}

json parse_or_string(const std::string& text) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) return json(text);
  return j;
}

// README "subset": objects by listed keys, arrays element by element with the
// same length, numbers by value, anything else exactly.
bool subset(const json& expected, const json& actual, std::string& where) {
  if (expected.is_object()) {
    if (!actual.is_object()) {
      where = ": expected an object, got " + show(actual);
      return false;
    }
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      auto found = actual.find(it.key());
      if (found == actual.end()) {
        where = "." + it.key() + ": missing";
        return false;
      }
      if (!subset(it.value(), *found, where)) {
        where = "." + it.key() + where;
        return false;
      }
    }
    return true;
  }
  if (expected.is_array()) {
    if (!actual.is_array() || actual.size() != expected.size()) {
      where = ": expected " + show(expected) + ", got " + show(actual);
      return false;
    }
    for (size_t i = 0; i < expected.size(); ++i) {
      if (!subset(expected[i], actual[i], where)) {
        where = "[" + std::to_string(i) + "]" + where;
        return false;
      }
    }
    return true;
  }
  bool same;
  if (expected.is_number() && actual.is_number()) {
    if (expected.is_number_float() || actual.is_number_float()) {
      same = expected.get<double>() == actual.get<double>();
    } else if (expected.is_number_unsigned() && actual.is_number_unsigned()) {
      same = expected.get<uint64_t>() == actual.get<uint64_t>();
    } else {
      same = expected.get<int64_t>() == actual.get<int64_t>();
    }
  } else {
    same = expected == actual;
  }
  if (!same) where = ": expected " + show(expected) + ", got " + show(actual);
  return same;
}

void expect_subset(const char* what, const json& expected, const json& actual) {
  std::string where;
  if (!subset(expected, actual, where)) fail(std::string(what) + where);
}

std::string base64_decode(const std::string& in) {
  static const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : in) {
    if (c == '=' || c == '\n' || c == '\r' || c == ' ') continue;
    size_t v = alphabet.find(c);
    if (v == std::string::npos) {
      if (c == '-')
        v = 62;
      else if (c == '_')
        v = 63;
      else
        fail("bad base64 in input_b64");
    }
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return out;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// ---- sse -------------------------------------------------------------------

void run_sse(const json& v) {
  std::vector<std::string> chunks;
  if (v.contains("input_b64")) {
    for (const json& c : v.at("input_b64")) chunks.push_back(base64_decode(c.get<std::string>()));
  } else {
    for (const json& c : v.at("input")) chunks.push_back(c.get<std::string>());
  }
  coze::SseConfig config;
  if (v.contains("config") && v["config"].contains("max_event_bytes")) {
    config.max_event_bytes = v["config"]["max_event_bytes"].get<int64_t>();
  }
  const json& expected_events = v.at("events");

  for (int pass = 0; pass < 2; ++pass) {
    const char* mode = pass == 0 ? "chunked" : "byte by byte";
    coze::SseParser parser(config);
    for (const std::string& chunk : chunks) {
      if (pass == 0) {
        parser.feed(chunk.data(), chunk.size());
      } else {
        for (char c : chunk) parser.feed(&c, 1);
      }
    }
    parser.finish();
    json events = json::array();
    for (const coze::SseEvent& e : parser.take_events()) {
      events.push_back({{"type", e.type}, {"data", e.data}, {"id", e.id}});
    }
    if (events != expected_events) {
      fail(std::string(mode) + ": events: expected " + show(expected_events) + ", got " + show(events));
    }
    if (v.contains("retry_ms") && parser.retry_ms() != v["retry_ms"].get<int64_t>()) {
      fail(std::string(mode) + ": retry_ms: expected " + show(v["retry_ms"]) + ", got " +
           std::to_string(parser.retry_ms()));
    }
    std::string want_error = v.contains("error") ? v["error"].get<std::string>() : "";
    if (parser.error() != want_error) {
      fail(std::string(mode) + ": error: expected \"" + want_error + "\", got \"" + parser.error() + "\"");
    }
  }
}

// ---- ulid ------------------------------------------------------------------

void check_ulid_result(const coze::UlidResult& r, const json& v, const std::function<void()>& check_ok) {
  if (v.contains("error")) {
    std::string want = v["error"].get<std::string>();
    if (r.ok || r.error != want) {
      fail("expected error " + want + ", got " + (r.ok ? "ok " + r.text : "error " + r.error));
    }
    return;
  }
  if (!r.ok) fail("unexpected error " + r.error);
  check_ok();
}

void run_ulid(const json& v) {
  if (v.contains("encode")) {
    const json& in = v["encode"];
    coze::UlidResult r =
        coze::ulid_encode(in.at("timestamp_ms").get<int64_t>(), in.at("randomness_hex").get<std::string>());
    check_ulid_result(r, v, [&] {
      std::string want = v.at("expect").get<std::string>();
      if (r.text != want) fail("expected " + want + ", got " + r.text);
    });
  } else if (v.contains("decode")) {
    coze::UlidResult r = coze::ulid_decode(v["decode"].get<std::string>());
    check_ulid_result(r, v, [&] {
      const json& want = v.at("expect");
      int64_t ts = want.at("timestamp_ms").get<int64_t>();
      std::string hex = lower(want.at("randomness_hex").get<std::string>());
      if (r.timestamp_ms != ts || r.randomness_hex != hex) {
        fail("expected " + std::to_string(ts) + "/" + hex + ", got " + std::to_string(r.timestamp_ms) + "/" +
             r.randomness_hex);
      }
    });
  } else if (v.contains("monotonic")) {
    coze::UlidFactory factory;
    const json& steps = v["monotonic"];
    const json& expect = v.at("expect");
    if (expect.size() != steps.size()) fail("expect and monotonic differ in length");
    for (size_t i = 0; i < steps.size(); ++i) {
      coze::UlidResult r =
          factory.next(steps[i].at("timestamp_ms").get<int64_t>(), steps[i].at("randomness_hex").get<std::string>());
      std::string want = expect[i].get<std::string>();
      std::string got = r.ok ? r.text : "error:" + r.error;
      if (got != want) fail("step " + std::to_string(i) + ": expected " + want + ", got " + got);
    }
  } else {
    fail("vector has none of encode, decode, monotonic");
  }
}

// ---- errors ----------------------------------------------------------------

// The vector's answer body: `body`, or `body_repeat` {before, text, times,
// after} expanded (tests/vectors/README.md "errors").
std::string answer_body(const json& response) {
  if (!response.contains("body_repeat")) return response.value("body", std::string());
  const json& r = response["body_repeat"];
  std::string text = r.at("text").get<std::string>();
  int64_t times = r.at("times").get<int64_t>();
  if (times < 0 || times > 100000000) fail("malformed vector: body_repeat.times out of range");
  std::string body = r.value("before", std::string());
  body.reserve(body.size() + text.size() * static_cast<size_t>(times) + 64);
  for (int64_t i = 0; i < times; ++i) body += text;
  body += r.value("after", std::string());
  return body;
}

// The exception class of each kind, checked apart from the library's own
// kind -> class mapping.
bool has_kind_class(const coze::CozeError& e, const std::string& kind) {
  if (kind == "bad_request") return dynamic_cast<const coze::BadRequestError*>(&e) != nullptr;
  if (kind == "authentication") return dynamic_cast<const coze::AuthenticationError*>(&e) != nullptr;
  if (kind == "permission_denied") return dynamic_cast<const coze::PermissionDeniedError*>(&e) != nullptr;
  if (kind == "not_found") return dynamic_cast<const coze::NotFoundError*>(&e) != nullptr;
  if (kind == "conflict") return dynamic_cast<const coze::ConflictError*>(&e) != nullptr;
  if (kind == "unprocessable") return dynamic_cast<const coze::UnprocessableError*>(&e) != nullptr;
  if (kind == "rate_limited") return dynamic_cast<const coze::RateLimitedError*>(&e) != nullptr;
  if (kind == "server") return dynamic_cast<const coze::ServerError*>(&e) != nullptr;
  if (kind == "gateway") return dynamic_cast<const coze::GatewayError*>(&e) != nullptr;
  if (kind == "timeout") return dynamic_cast<const coze::TimeoutError*>(&e) != nullptr;
  if (kind == "connection") return dynamic_cast<const coze::ConnectionError*>(&e) != nullptr;
  if (kind == "cancelled") return dynamic_cast<const coze::CancelledError*>(&e) != nullptr;
  if (kind == "decode") return dynamic_cast<const coze::DecodeError*>(&e) != nullptr;
  if (kind == "stream") return dynamic_cast<const coze::StreamError*>(&e) != nullptr;
  if (kind == "api") return dynamic_cast<const coze::ApiError*>(&e) != nullptr;
  if (kind == "invalid_argument") return dynamic_cast<const coze::InvalidArgumentError*>(&e) != nullptr;
  if (kind == "internal") return dynamic_cast<const coze::InternalError*>(&e) != nullptr;
  return false;
}

size_t utf8_length_check(const std::string& s, const char* what) {
  // The text must still be valid UTF-8 after any cut.
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) fail(std::string(what) + ": not valid UTF-8 at byte " + std::to_string(i));
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
        fail(std::string(what) + ": not valid UTF-8 at byte " + std::to_string(i));
    }
    i += n;
  }
  return s.size();
}

// Compares the vector's `expect` with the fields of the error as C++ code
// sees it: the exception the typed client throws (throw_error), or none.
void check_error_expect(const json& want, const coze::CozeError* ex) {
  static const char* const kFields[] = {"kind",  "retryable",      "http_status", "code",
                                        "message", "logid",       "retry_after_ms", "hint",
                                        "error_code", "body",     "attempts",       "request_id",
                                        "history"};
  if (ex == nullptr) {
    if (!want.contains("kind") || want["kind"] != "")
      fail("expected kind " + (want.contains("kind") ? show(want["kind"]) : std::string("(any error)")) +
           ", the answer was a success");
    return;
  }
  json actual = json::object();
  {
    actual = {{"kind", ex->kind()},
              {"retryable", ex->retryable()},
              {"http_status", ex->http_status()},
              {"code", ex->code()},
              {"message", ex->message()},
              {"logid", ex->logid()},
              {"retry_after_ms", ex->retry_after_ms()},
              {"hint", ex->hint()},
              {"error_code", ex->error_code()},
              {"body", ex->body()},
              {"attempts", ex->attempts()},
              {"request_id", ex->request_id()},
              {"history", json::parse(coze::attempts_json(ex->history()))}};
  }
  json subset_want = json::object();
  for (auto it = want.begin(); it != want.end(); ++it) {
    const std::string& key = it.key();
    if (key == "message_contains" || key == "hint_contains") {
      std::string field = key == "hint_contains" ? "hint" : "message";
      std::string have = actual.value(field, std::string());
      if (have.find(it.value().get<std::string>()) == std::string::npos)
        fail("error." + field + ": expected to contain " + show(it.value()) + ", got " + show(json(have)));
    } else if (key == "message_max_bytes" || key == "body_max_bytes") {
      std::string field = key == "body_max_bytes" ? "body" : "message";
      std::string have = actual.value(field, std::string());
      size_t n = utf8_length_check(have, ("error." + field).c_str());
      if (n > it.value().get<size_t>())
        fail("error." + field + ": " + std::to_string(n) + " bytes, more than " + show(it.value()));
    } else if (std::find(std::begin(kFields), std::end(kFields), key) != std::end(kFields)) {
      subset_want[key] = it.value();
    } else {
      fail("malformed vector: unknown expect key " + key);
    }
  }
  expect_subset("error", subset_want, actual);
}

void run_errors(const json& v) {
  const json& request = v.contains("request") ? v["request"] : json::object();
  const json& response = v.at("response");
  std::vector<coze::Header> headers;
  if (response.contains("headers")) {
    for (auto it = response["headers"].begin(); it != response["headers"].end(); ++it) {
      headers.push_back({it.key(), it.value().is_string() ? it.value().get<std::string>() : it.value().dump()});
    }
  }
  coze::Error e = coze::answer_error(request.value("method", std::string("POST")), request.value("stream", false),
                                     response.at("status").get<int>(), headers, answer_body(response),
                                     v.value("wall_ms", static_cast<int64_t>(-1)));
  const json& want = v.at("expect");
  if (e.kind.empty()) {
    check_error_expect(want, nullptr);
    return;
  }
  std::string kind = e.kind;
  try {
    coze::throw_error(std::move(e));
  } catch (const coze::CozeError& ex) {
    if (!has_kind_class(ex, kind)) fail("kind " + kind + " was not thrown as its class");
    std::string text = ex.hint().empty() ? ex.message() : ex.message() + " (" + ex.hint() + ")";
    if (std::string(ex.what()) != text) fail("what(): expected " + show(json(text)) + ", got " + show(json(ex.what())));
    check_error_expect(want, &ex);
  }
}

// ---- exec ------------------------------------------------------------------

const char* kind_name(coze::ActionKind k) {
  switch (k) {
    case coze::ActionKind::Send:
      return "send";
    case coze::ActionKind::Wait:
      return "wait";
    case coze::ActionKind::Sleep:
      return "sleep";
    case coze::ActionKind::Event:
      return "event";
    case coze::ActionKind::Done:
      return "done";
    case coze::ActionKind::Fail:
      return "fail";
    case coze::ActionKind::Sign:
      return "sign";
    case coze::ActionKind::Bytes:
      return "bytes";
    case coze::ActionKind::Tools:
      return "tools";
  }
  return "?";
}

// The error's fields as the core writes them (history included).
json error_fields(const coze::Error& e) { return json::parse(coze::error_json(e)); }

std::string describe_action(const coze::Action& a) {
  switch (a.kind) {
    case coze::ActionKind::Send:
      return "send " + a.request.method + " " + a.request.url;
    case coze::ActionKind::Sleep:
      return "sleep " + std::to_string(a.delay_ms);
    case coze::ActionKind::Event:
      return "event " + a.event.type;
    case coze::ActionKind::Fail:
      return "fail " + show(error_fields(a.error));
    default:
      return kind_name(a.kind);
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string url_decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2])));
      i += 2;
    } else if (s[i] == '+') {
      out.push_back(' ');
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

struct ParsedUrl {
  std::string path;
  std::vector<std::pair<std::string, std::string>> query;
};

ParsedUrl parse_url(const std::string& url) {
  ParsedUrl p;
  std::string rest = url;
  size_t scheme = rest.find("://");
  if (scheme != std::string::npos) {
    size_t slash = rest.find_first_of("/?#", scheme + 3);
    rest = slash == std::string::npos ? "" : rest.substr(slash);
  }
  size_t hash = rest.find('#');
  if (hash != std::string::npos) rest = rest.substr(0, hash);
  size_t q = rest.find('?');
  p.path = rest.substr(0, q);
  if (p.path.empty()) p.path = "/";
  if (q != std::string::npos) {
    std::string query = rest.substr(q + 1);
    size_t start = 0;
    while (start <= query.size()) {
      size_t amp = query.find('&', start);
      std::string pair = query.substr(start, amp == std::string::npos ? std::string::npos : amp - start);
      if (!pair.empty()) {
        size_t eq = pair.find('=');
        if (eq == std::string::npos) {
          p.query.emplace_back(url_decode(pair), "");
        } else {
          p.query.emplace_back(url_decode(pair.substr(0, eq)), url_decode(pair.substr(eq + 1)));
        }
      }
      if (amp == std::string::npos) break;
      start = amp + 1;
    }
  }
  return p;
}

void match_send(const coze::HttpRequest& req, const json& want) {
  if (want.contains("method") && req.method != want["method"].get<std::string>()) {
    fail("send: method: expected " + want["method"].get<std::string>() + ", got " + req.method);
  }
  ParsedUrl url = parse_url(req.url);
  if (want.contains("path") && url.path != want["path"].get<std::string>()) {
    fail("send: path: expected " + want["path"].get<std::string>() + ", got " + url.path);
  }
  if (want.contains("query")) {
    for (auto it = want["query"].begin(); it != want["query"].end(); ++it) {
      const std::pair<std::string, std::string>* found = nullptr;
      for (const auto& kv : url.query) {
        if (kv.first == it.key()) {
          found = &kv;
          break;
        }
      }
      if (it.value().is_null()) {
        if (found) fail("send: query " + it.key() + ": expected absent, got " + found->second);
        continue;
      }
      if (!found) fail("send: query " + it.key() + ": missing in " + req.url);
      std::string expected = it.value().is_string() ? it.value().get<std::string>() : it.value().dump();
      if (found->second != expected) {
        fail("send: query " + it.key() + ": expected " + expected + ", got " + found->second);
      }
    }
  }
  if (want.contains("headers")) {
    for (auto it = want["headers"].begin(); it != want["headers"].end(); ++it) {
      const coze::Header* found = nullptr;
      for (const coze::Header& h : req.headers) {
        if (lower(h.name) == lower(it.key())) {
          found = &h;
          break;
        }
      }
      if (it.value().is_null()) {
        if (found) fail("send: header " + it.key() + ": expected absent");
        continue;
      }
      if (!found) fail("send: header " + it.key() + ": missing");
      if (found->value != it.value().get<std::string>()) {
        // Never echo an authorization value.
        bool secret = lower(it.key()) == "authorization";
        fail("send: header " + it.key() + ": expected " + (secret ? "<redacted>" : it.value().get<std::string>()) +
             ", got " + (secret ? "<another value>" : found->value));
      }
    }
  }
  if (want.contains("json")) {
    json body = json::parse(req.body, nullptr, false);
    if (body.is_discarded()) fail("send: body is not JSON: " + show(json(req.body)));
    expect_subset("send: json", want["json"], body);
  }
  if (want.contains("json_absent")) {
    json body = json::parse(req.body, nullptr, false);
    for (const auto& key : want["json_absent"]) {
      if (body.is_object() && body.contains(key.get<std::string>()))
        fail("send: json: key " + key.get<std::string>() + " must be absent");
    }
  }
  if (want.contains("body") && req.body != want["body"].get<std::string>()) {
    fail("send: body: expected " + show(want["body"]) + ", got " + show(json(req.body)));
  }
  if (want.contains("sources")) {
    json actual = json::array();
    for (const coze::BodySource& s : req.sources) actual.push_back({{"offset", s.offset}, {"id", s.id}, {"size", s.size}});
    if (actual != want["sources"]) fail("send: sources: expected " + show(want["sources"]) + ", got " + show(actual));
  }
  if (want.contains("body_size") && req.body_size != want["body_size"].get<int64_t>()) {
    fail("send: body_size: expected " + show(want["body_size"]) + ", got " + std::to_string(req.body_size));
  }
}

// One item of the feed queue.
struct Feed {
  enum Kind { Head, Chunk, End, TransportError } kind;
  int status = 0;
  std::vector<coze::Header> headers;
  std::string bytes;  // chunk, or the transport error kind
};

void run_exec(const json& v) {
  coze::ClientConfig config;
  if (v.contains("client")) {
    std::string err = config.apply_json(v["client"].dump());
    if (!err.empty()) fail("client: " + err);
  }
  coze::Client client(config);
  const json& call_spec = v.at("call");
  json params = call_spec.contains("params") ? call_spec["params"] : json::object();
  coze::CallOptions options;
  if (v.contains("wall_ms")) options.wall_ms = v["wall_ms"].get<int64_t>();
  if (call_spec.contains("options")) {
    std::string err = options.apply_json(call_spec["options"].dump());
    if (!err.empty()) fail("call: " + err);
  }
  coze::Call call(client, call_spec.at("op").get<std::string>(), params.dump(), options);

  int64_t now = 0;
  std::deque<Feed> queue;
  json hooks = json::array();  // every hook event, in order
  auto next = [&]() {
    coze::Action a = call.next(now);
    for (const coze::HookEvent& h : call.take_hooks()) hooks.push_back(json::parse(coze::hook_event_json(h)));
    return a;
  };

  auto feed_one = [&]() {
    Feed f = std::move(queue.front());
    queue.pop_front();
    switch (f.kind) {
      case Feed::Head:
        call.on_response(f.status, f.headers);
        break;
      case Feed::Chunk:
        call.on_body(f.bytes.data(), f.bytes.size());
        break;
      case Feed::End:
        call.on_end();
        break;
      case Feed::TransportError:
        call.on_transport_error(f.bytes, "transport error (" + f.bytes + ")");
        break;
    }
  };

  const json& steps = v.at("steps");
  for (size_t i = 0; i < steps.size(); ++i) {
    const json& step = steps[i];
    std::string at = "step " + std::to_string(i) + ": ";
    if (step.contains("respond")) {
      const json& r = step["respond"];
      if (r.contains("transport_error")) {
        queue.push_back({Feed::TransportError, 0, {}, r["transport_error"].get<std::string>()});
        continue;
      }
      Feed head{Feed::Head, r.value("status", 200), {}, ""};
      if (r.contains("headers")) {
        for (auto it = r["headers"].begin(); it != r["headers"].end(); ++it) {
          head.headers.push_back(
              {it.key(), it.value().is_string() ? it.value().get<std::string>() : it.value().dump()});
        }
      }
      queue.push_back(std::move(head));
      if (r.contains("chunks")) {
        for (const json& c : r["chunks"]) queue.push_back({Feed::Chunk, 0, {}, c.get<std::string>()});
      } else if (r.contains("body")) {
        std::string body = r["body"].get<std::string>();
        if (!body.empty()) queue.push_back({Feed::Chunk, 0, {}, body});
      }
      std::string then = r.value("then", std::string());
      if (then == "reset") {
        queue.push_back({Feed::TransportError, 0, {}, "reset"});
      } else if (then == "stall") {
        // the server sends nothing more: only the clock can end this answer
      } else {
        queue.push_back({Feed::End, 0, {}, ""});
      }
      continue;
    }
    if (step.contains("cancel")) {
      if (step["cancel"].get<bool>()) call.cancel();
      continue;
    }
    if (step.contains("sign")) {  // the host's RS256 signature, base64
      call.on_signature(base64_decode(step["sign"].get<std::string>()));
      continue;
    }
    if (step.contains("sign_error")) {
      call.on_sign_error(step["sign_error"].get<std::string>());
      continue;
    }
    if (step.contains("tool_output")) {  // a local tool's output, as its host function returned it
      const json& to = step["tool_output"];
      call.on_tool_output(to.at("id").get<std::string>(), to.at("output").get<std::string>());
      continue;
    }
    if (step.contains("tool_error")) {  // a local tool's function failed
      const json& te = step["tool_error"];
      call.on_tool_error(te.at("id").get<std::string>(), te.at("message").get<std::string>());
      continue;
    }
    if (step.contains("sent")) {  // upload progress: bytes of the body sent so far
      call.on_body_sent(step["sent"].get<int64_t>());
      continue;
    }
    if (step.contains("source_error")) {  // the host could not read an upload's source
      const json& se = step["source_error"];
      call.on_source_error(se.at("source").get<std::string>(), se.at("message").get<std::string>());
      continue;
    }
    if (step.contains("advance_ms")) {
      // Everything queued arrives first, at the current time; then the clock moves.
      for (;;) {
        coze::Action a = next();
        if (a.kind != coze::ActionKind::Wait)
          fail(at + "advance_ms: expected WAIT while feeding, got " + describe_action(a));
        if (queue.empty()) break;
        feed_one();
      }
      now += step["advance_ms"].get<int64_t>();
      continue;
    }
    if (!step.contains("expect")) fail(at + "unknown step " + show(step));

    std::string want = step["expect"].get<std::string>();
    coze::Action a = next();
    while (a.kind == coze::ActionKind::Wait) {
      if (queue.empty()) fail(at + "WAIT with nothing left to feed (expected " + want + ")");
      feed_one();
      a = next();
    }
    if (want != kind_name(a.kind)) fail(at + "expected " + want + ", got " + describe_action(a));
    try {
      if (want == "send") {
        if (step.contains("request")) match_send(a.request, step["request"]);
      } else if (want == "sign") {
        if (step.contains("jwt")) {
          // header.claims, each base64url JSON
          std::string input = a.sign_input;
          size_t dot = input.find('.');
          auto part = [&](const std::string& p) {
            std::string b = p;
            for (char& c : b) c = c == '-' ? '+' : c == '_' ? '/' : c;
            while (b.size() % 4) b += '=';
            return json::parse(base64_decode(b));
          };
          json actual = {{"header", part(input.substr(0, dot))}, {"claims", part(input.substr(dot + 1))}};
          expect_subset("jwt", step["jwt"], actual);
        }
      } else if (want == "tools") {
        if (step.contains("calls")) expect_subset("tool calls", step["calls"], json::parse(a.tool_calls));
      } else if (want == "sleep") {
        if (step.contains("min_ms") && a.delay_ms < step["min_ms"].get<int64_t>()) {
          fail("sleep " + std::to_string(a.delay_ms) + " < min_ms " + show(step["min_ms"]));
        }
        if (step.contains("max_ms") && a.delay_ms > step["max_ms"].get<int64_t>()) {
          fail("sleep " + std::to_string(a.delay_ms) + " > max_ms " + show(step["max_ms"]));
        }
        now += a.delay_ms;
      } else if (want == "event") {
        if (step.contains("event")) {
          json actual = {{"type", a.event.type}, {"data", parse_or_string(a.event.data)}};
          expect_subset("event", step["event"], actual);
        }
      } else if (want == "bytes") {
        std::string expected = step.contains("body_b64") ? base64_decode(step["body_b64"].get<std::string>())
                                                          : step.value("body", std::string());
        if (a.bytes != expected) fail("bytes: expected " + show(json(expected)) + ", got " + show(json(a.bytes)));
        if (step.contains("content_type") && call.content_type() != step["content_type"].get<std::string>()) {
          fail("bytes: content_type: expected " + show(step["content_type"]) + ", got " + call.content_type());
        }
      } else if (want == "done") {
        if (step.contains("result")) expect_subset("result", step["result"], parse_or_string(a.result));
      } else if (want == "fail") {
        json actual = error_fields(a.error);
        if (step.contains("error")) {
          json expected = step["error"];
          if (expected.is_object() && expected.contains("message_contains")) {
            std::string needle = expected["message_contains"].get<std::string>();
            if (a.error.message.find(needle) == std::string::npos) {
              fail("error.message: expected to contain " + show(json(needle)) + ", got " + show(json(a.error.message)));
            }
            expected.erase("message_contains");
          }
          expect_subset("error", expected, actual);
        }
      } else {
        fail("unknown expect " + want);
      }
    } catch (const Mismatch& m) {
      fail(at + m.why);
    }
  }
  // Input still queued once the call has ended is dropped, as a host closes the response.
  if (!queue.empty() && !call.finished())
    fail("feed queue not empty after the last step (" + std::to_string(queue.size()) + " left)");
  if (v.contains("hooks")) {
    try {
      expect_subset("hooks", v["hooks"], hooks);
    } catch (const Mismatch& m) {
      fail(m.why + " (all hooks: " + show(hooks) + ")");
    }
  }
}

// ---- health --------------------------------------------------------------------

// Compares a `fail` expectation (an error_json subset, plus message_contains).
void expect_error(const json& want, const coze::Error& e) {
  json expected = want;
  if (expected.is_object() && expected.contains("message_contains")) {
    std::string needle = expected["message_contains"].get<std::string>();
    if (e.message.find(needle) == std::string::npos) {
      fail("error.message: expected to contain " + show(json(needle)) + ", got " + show(json(e.message)));
    }
    expected.erase("message_contains");
  }
  expect_subset("error", expected, error_fields(e));
}

void run_health(const json& v) {
  coze::ClientConfig config;
  std::string err = config.apply_json(v.value("client", json::object()).dump());
  if (v.contains("client_error")) {
    std::string needle = v["client_error"].get<std::string>();
    if (err.find(needle) == std::string::npos) fail("client config: expected an error naming " + needle + ", got " + show(json(err)));
    return;
  }
  if (!err.empty()) fail("client: " + err);
  coze::Client client(config);
  int64_t now = 0;
  json hooks = json::array();         // every hook event, in order
  json health_hooks = json::array();  // health_changed ones since the last "hooks" step
  const json& steps = v.at("steps");
  for (size_t i = 0; i < steps.size(); ++i) {
    const json& step = steps[i];
    std::string at = "step " + std::to_string(i) + ": ";
    try {
      if (step.contains("advance_ms")) {
        now += step["advance_ms"].get<int64_t>();
      } else if (step.contains("health")) {
        expect_subset("health", step["health"], json::parse(client.health_json(now)));
      } else if (step.contains("hooks")) {
        json seen = health_hooks;
        health_hooks = json::array();
        std::string where;
        if (!subset(step["hooks"], seen, where)) fail("health hooks" + where + " (seen: " + show(seen) + ")");
      } else if (step.contains("call")) {
        const json& spec = step["call"];
        int times = step.value("times", 1);
        for (int t = 0; t < times; ++t) {
          json params = spec.value("params", json{{"conversation_id", "c1"}, {"chat_id", "k1"}});
          coze::Call call(client, spec.value("op", std::string("chat.retrieve")), params.dump());
          size_t answer = 0;
          const json& answers = step.at("answers");
          bool in_flight = false;
          for (int guard = 0;; ++guard) {
            if (guard > 1000) fail("the call did not end");
            coze::Action a = call.next(now);
            for (const coze::HookEvent& h : call.take_hooks()) {
              json hj = json::parse(coze::hook_event_json(h));
              if (h.kind == "health_changed") health_hooks.push_back(hj);
              hooks.push_back(std::move(hj));
            }
            if (a.kind == coze::ActionKind::Send) {
              if (answer >= answers.size()) fail("an attempt more than the " + std::to_string(answers.size()) + " answers");
              const json& r = answers[answer++];
              if (r.contains("transport_error")) {
                std::string kind = r["transport_error"].get<std::string>();
                call.on_transport_error(kind, "transport error (" + kind + ")");
              } else {
                std::vector<coze::Header> headers;
                json given = r.value("headers", json::object());
                for (auto it = given.begin(); it != given.end(); ++it) {
                  headers.push_back({it.key(), it.value().get<std::string>()});
                }
                call.on_response(r.value("status", 200), headers);
                std::string body = r.value("body", std::string());
                if (!body.empty()) call.on_body(body.data(), body.size());
                call.on_end();
              }
              in_flight = true;
            } else if (a.kind == coze::ActionKind::Sleep) {
              now += a.delay_ms;
            } else if (a.kind == coze::ActionKind::Wait) {
              if (!in_flight) fail("WAIT with nothing to feed");
              in_flight = false;
            } else if (a.kind == coze::ActionKind::Event) {
              // stream events are not what this area looks at
            } else {
              const json& want = step.at("expect");
              if (want.is_string() && want.get<std::string>() == "done") {
                if (a.kind != coze::ActionKind::Done) fail("expected done, got " + describe_action(a));
              } else if (a.kind != coze::ActionKind::Fail) {
                fail("expected fail, got " + describe_action(a));
              } else {
                expect_error(want.at("error"), a.error);
              }
              if (answer != answers.size()) fail(std::to_string(answers.size() - answer) + " answers left unused");
              break;
            }
          }
        }
      } else {
        fail("unknown step " + show(step));
      }
    } catch (const Mismatch& m) {
      fail(at + m.why);
    }
  }
  if (v.contains("hooks")) {
    try {
      expect_subset("hooks", v["hooks"], hooks);
    } catch (const Mismatch& m) {
      fail(m.why + " (all hooks: " + show(hooks) + ")");
    }
  }
}

// ---- models ------------------------------------------------------------------

// README "exactly": the same JSON value, numbers compared by value, object
// keys in any order.
bool same_value(const json& expected, const json& actual, std::string& where) {
  if (expected.is_number() && actual.is_number()) {
    bool same = expected.is_number_float() || actual.is_number_float() ? expected.get<double>() == actual.get<double>()
                                                                       : expected == actual;
    if (!same) where = ": expected " + show(expected) + ", got " + show(actual);
    return same;
  }
  if (expected.type() != actual.type()) {
    where = ": expected " + show(expected) + ", got " + show(actual);
    return false;
  }
  if (expected.is_object()) {
    for (auto it = actual.begin(); it != actual.end(); ++it) {
      if (!expected.contains(it.key())) {
        where = "." + it.key() + ": not expected, got " + show(it.value());
        return false;
      }
    }
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      auto found = actual.find(it.key());
      if (found == actual.end()) {
        where = "." + it.key() + ": missing";
        return false;
      }
      if (!same_value(it.value(), *found, where)) {
        where = "." + it.key() + where;
        return false;
      }
    }
    return true;
  }
  if (expected.is_array()) {
    if (expected.size() != actual.size()) {
      where = ": expected " + show(expected) + ", got " + show(actual);
      return false;
    }
    for (size_t i = 0; i < expected.size(); ++i) {
      if (!same_value(expected[i], actual[i], where)) {
        where = "[" + std::to_string(i) + "]" + where;
        return false;
      }
    }
    return true;
  }
  if (expected != actual) {
    where = ": expected " + show(expected) + ", got " + show(actual);
    return false;
  }
  return true;
}

// The model views' canonical JSON text, or the error kind, of one vector,
// read through the generated typed API (coze/client.h).
struct Decoding {
  std::string json_text;
  std::string error_kind;
};

// A result or payload rendered through its generated model class when it is
// a model (the class a call would hand out), else as a plain value.
std::string typed_json(const coze::AnyView& view) {
  int id = view.model_id();
  if (id < 0) return view.to_json();
  std::vector<std::string> names = coze::model_names();
  if (static_cast<size_t>(id) >= names.size()) fail("model id " + std::to_string(id) + " has no name");
  std::string out;
  if (!coze::model::visit_model(names[static_cast<size_t>(id)],
                                [&](auto proto) { out = decltype(proto)(view).to_json(); })) {
    fail("no generated class for model " + names[static_cast<size_t>(id)]);
  }
  return out;
}

Decoding decode_vector(const json& v) {
  Decoding d;
  if (v.contains("model")) {
    std::string model = v["model"].get<std::string>();
    std::string payload = v.at("payload").get<std::string>();
    bool found = coze::model::visit_model(model, [&](auto proto) {
      using Model = decltype(proto);
      try {
        d.json_text = Model::parse(payload).to_json();
      } catch (const coze::CozeError& e) {
        d.error_kind = e.kind();
      }
    });
    if (!found) {
      // No class has that name, so no typed call can name it: the generic
      // parse the classes use must refuse it too.
      try {
        d.json_text = coze::detail::parse_model(model.c_str(), payload).to_json();
      } catch (const coze::CozeError& e) {
        d.error_kind = e.kind();
      }
    }
    return d;
  }
  std::string op = v.at("op").get<std::string>();
  if (v.contains("event")) {
    coze::Decoded dec = coze::decode_event(op, v["event"].get<std::string>(), v.at("payload").get<std::string>());
    if (!dec.error.kind.empty()) {
      d.error_kind = dec.error.kind;
      return d;
    }
    coze::RecordPtr record = coze::Record::from_bytes(std::move(dec.record));
    coze::AnyView batch(record, 0);
    if (batch.size() != 1) fail("decode_event gave " + std::to_string(batch.size()) + " events");
    coze::EventView event(record, batch[0].cell());
    d.json_text = json{{"type", event.type()}, {"data", json::parse(typed_json(event.payload()))}}.dump();
    return d;
  }
  coze::Decoded dec = coze::decode_response(op, v.at("status").get<int>(), v.at("body").get<std::string>());
  if (!dec.error.kind.empty()) {
    d.error_kind = dec.error.kind;
    return d;
  }
  coze::RecordPtr record = coze::Record::from_bytes(std::move(dec.record));
  d.json_text = typed_json(coze::AnyView(record, 0));
  return d;
}

void run_models(const json& v) {
  Decoding d = decode_vector(v);
  if (v.contains("error")) {
    std::string want = v["error"].get<std::string>();
    if (d.error_kind != want) {
      fail("expected error " + want + ", got " + (d.error_kind.empty() ? "success: " + d.json_text : d.error_kind));
    }
    return;
  }
  if (!d.error_kind.empty()) fail("unexpected error " + d.error_kind);
  json actual = json::parse(d.json_text, nullptr, false);
  if (actual.is_discarded()) fail("the canonical view is not JSON: " + d.json_text);
  std::string where;
  if (!same_value(v.at("expect"), actual, where)) fail("view" + where);
}

// ---- driver ----------------------------------------------------------------

struct AreaResult {
  int passed = 0;
  int failed = 0;
  std::vector<std::string> failures;
};

AreaResult run_area(const fs::path& dir, const std::string& area, void (*run)(const json&)) {
  AreaResult result;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::string label = area + "/" + file.filename().string();
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    json vectors = json::parse(ss.str(), nullptr, false);
    if (vectors.is_object()) vectors = json::array({std::move(vectors)});  // a file may hold one vector
    if (!vectors.is_array()) {
      ++result.failed;
      result.failures.push_back("  FAIL " + label + ": <file>: neither a vector nor an array of vectors");
      continue;
    }
    for (size_t i = 0; i < vectors.size(); ++i) {
      const json& v = vectors[i];
      std::string name = v.is_object() && v.contains("name") && v["name"].is_string() ? v["name"].get<std::string>()
                                                                                      : "#" + std::to_string(i);
      std::string why;
      try {
        run(v);
      } catch (const Mismatch& m) {
        why = m.why;
      } catch (const json::exception& e) {
        why = std::string("malformed vector: ") + e.what();
      } catch (const std::exception& e) {
        why = std::string("exception: ") + e.what();
      }
      if (why.empty()) {
        ++result.passed;
      } else {
        ++result.failed;
        result.failures.push_back("  FAIL " + label + ": " + name + ": " + why);
      }
    }
  }
  return result;
}

// ---- schema --------------------------------------------------------------------

// The JSON-Schema-Test-Suite over the tool-argument validator, as the claim
// file schema/draft7.json lists it (tests/vectors/README.md "schema"): every
// group not listed under `skip` must have its schema accepted and each test's
// data validate as the suite says; each file's passed count must equal the
// claim's. Counts tests.
AreaResult run_schema_area(const fs::path& dir) {
  AreaResult r;
  std::ifstream in(dir / "draft7.json", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  json claim = json::parse(ss.str(), nullptr, false);
  if (claim.is_discarded() || !claim.is_object()) {
    r.failed = 1;
    r.failures.push_back("  FAIL schema/draft7.json: not a claim file");
    return r;
  }
  const char* env = std::getenv("COZE_SCHEMA_SUITE");
  fs::path suite = env != nullptr && *env != '\0' ? fs::path(env) : fs::path(claim.value("suite", std::string()));
  for (const json& f : claim.at("files")) {
    std::string name = f.at("file").get<std::string>();
    std::ifstream sf(suite / name, std::ios::binary);
    std::stringstream st;
    st << sf.rdbuf();
    json groups = json::parse(st.str(), nullptr, false);
    if (!groups.is_array()) {
      ++r.failed;
      r.failures.push_back("  FAIL schema/" + name + ": cannot read " + (suite / name).string());
      continue;
    }
    std::set<std::string> skip;
    for (const json& s : f.value("skip", json::array())) skip.insert(s.at("group").get<std::string>());
    int passed = 0;
    for (const json& g : groups) {
      std::string group = g.value("description", std::string());
      if (skip.count(group)) continue;
      std::string schema = g.at("schema").dump();
      std::string why = coze::tool_schema_check(schema);
      if (!why.empty()) {
        ++r.failed;
        r.failures.push_back("  FAIL schema/" + name + ": " + group + ": schema refused: " + why);
        continue;
      }
      coze::ToolSchema compiled(schema);
      for (const json& t : g.at("tests")) {
        json out = json::parse(compiled.validate(t.at("data").dump()));
        if (out.value("ok", false) == t.at("valid").get<bool>()) {
          ++passed;
          ++r.passed;
        } else {
          ++r.failed;
          r.failures.push_back("  FAIL schema/" + name + ": " + group + ": " + t.value("description", std::string()) +
                               ": expected " + (t.at("valid").get<bool>() ? "valid" : "invalid") + ", got " + out.dump());
        }
      }
    }
    if (passed != f.at("passed").get<int>()) {
      ++r.failed;
      r.failures.push_back("  FAIL schema/" + name + ": " + std::to_string(passed) + " tests passed, the claim says " +
                           f.at("passed").dump());
    }
  }
  return r;
}

}  // namespace

int main() {
  const char* env = std::getenv("COZE_VECTORS");
  fs::path root = env != nullptr && *env != '\0' ? fs::path(env) : fs::path("tests/vectors");
  if (!fs::is_directory(root)) {
    std::cout << "native vectors: 0 passed, 1 failed\n  FAIL " << root.string() << ": no vectors directory\n";
    return 1;
  }
  struct Area {
    const char* name;
    void (*run)(const json&);
  };
  const Area areas[] = {
      {"sse", run_sse}, {"ulid", run_ulid}, {"errors", run_errors}, {"exec", run_exec}, {"flows", run_exec}, {"models", run_models},
      {"health", run_health}};
  bool any_failed = false;
  int total = 0;
  for (const Area& area : areas) {
    fs::path dir = root / area.name;
    if (!fs::is_directory(dir)) continue;
    AreaResult r = run_area(dir, area.name, area.run);
    total += r.passed + r.failed;
    std::cout << "native " << area.name << ": " << r.passed << " passed, " << r.failed << " failed\n";
    for (const std::string& line : r.failures) std::cout << line << "\n";
    any_failed = any_failed || r.failed > 0;
  }
  if (fs::is_directory(root / "schema")) {
    AreaResult r = run_schema_area(root / "schema");
    total += r.passed + r.failed;
    std::cout << "native schema: " << r.passed << " passed, " << r.failed << " failed\n";
    for (const std::string& line : r.failures) std::cout << line << "\n";
    any_failed = any_failed || r.failed > 0;
  }
  if (total == 0) {
    // An empty or mistyped directory never passes.
    std::cout << "native vectors: 0 passed, 1 failed\n  FAIL " << root.string() << ": no vectors found\n";
    any_failed = true;
  }
  std::cout.flush();
  return any_failed ? 1 : 0;
}
