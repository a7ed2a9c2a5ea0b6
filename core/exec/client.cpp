#include <algorithm>
#include <atomic>
#include <cctype>
#include <nlohmann/json.hpp>

#include "api/catalogue.h"
#include "api/operations.h"
#include "coze/exec.h"
#include "exec/client_state.h"
#include "exec/flow.h"

namespace coze {
namespace {

using json = nlohmann::json;

bool read_string(const json& v, std::string& out) {
  if (!v.is_string()) return false;
  out = v.get<std::string>();
  return true;
}

// Integers; null means "none" (-1) where `nullable`.
bool read_int64(const json& v, int64_t& out, bool nullable) {
  if (v.is_null() && nullable) {
    out = -1;
    return true;
  }
  if (v.is_number_integer()) {
    out = v.get<int64_t>();
    return true;
  }
  if (v.is_number_unsigned()) {
    out = static_cast<int64_t>(v.get<uint64_t>());
    return true;
  }
  return false;
}

bool read_number(const json& v, double& out) {
  if (!v.is_number()) return false;
  out = v.get<double>();
  return out >= 0 && out < 1e12;
}

bool read_bool(const json& v, bool& out) {
  if (!v.is_boolean()) return false;
  out = v.get<bool>();
  return true;
}

std::string apply_budget(const json& v, ClientConfig& c) {
  if (!v.is_object()) return "client config: 'retry_budget' must be an object";
  for (auto it = v.begin(); it != v.end(); ++it) {
    double* field = it.key() == "capacity"             ? &c.retry_budget_capacity
                    : it.key() == "retry_cost"         ? &c.retry_budget_retry_cost
                    : it.key() == "timeout_retry_cost" ? &c.retry_budget_timeout_cost
                    : it.key() == "success_refund"     ? &c.retry_budget_success_refund
                                                       : nullptr;
    if (field && !read_number(it.value(), *field)) return "client config: bad value for 'retry_budget." + it.key() + "'";
  }
  return "";
}

std::string apply_rate_limit(const json& v, ClientConfig& c) {
  if (v.is_null()) {
    c.rate_limit_per_second = 0;
    return "";
  }
  if (!v.is_object()) return "client config: 'rate_limit' must be an object or null";
  for (auto it = v.begin(); it != v.end(); ++it) {
    bool ok = true;
    if (it.key() == "per_second") {
      ok = read_number(it.value(), c.rate_limit_per_second);
    } else if (it.key() == "burst") {
      int64_t n = 0;
      ok = read_int64(it.value(), n, false) && n >= 1 && n <= 1000000;
      if (ok) c.rate_limit_burst = static_cast<int>(n);
    }
    if (!ok) return "client config: bad value for 'rate_limit." + it.key() + "'";
  }
  return "";
}

std::string apply_health(const json& v, ClientConfig& c) {
  if (!v.is_object()) return "client config: 'health' must be an object";
  for (auto it = v.begin(); it != v.end(); ++it) {
    const std::string& k = it.key();
    bool ok = true;
    int64_t n = 0;
    if (k == "alpha") {
      ok = read_number(it.value(), c.health_alpha) && c.health_alpha > 0 && c.health_alpha <= 1;
    } else if (k == "slice_ms") {
      ok = read_int64(it.value(), n, false) && n >= 1;
      if (ok) c.health_slice_ms = n;
    } else if (k == "spike_factor") {
      ok = read_number(it.value(), c.health_spike_factor);
    } else if (k == "spike_min_attempts") {
      ok = read_int64(it.value(), n, false) && n >= 1 && n <= 1000000;
      if (ok) c.health_spike_min_attempts = static_cast<int>(n);
    }
    if (!ok) return "client config: bad value for 'health." + k + "'";
  }
  return "";
}

std::string apply_breaker(const json& v, ClientConfig& c) {
  if (v.is_null() || (v.is_boolean() && !v.get<bool>())) {
    c.breaker = false;
    return "";
  }
  if (v.is_boolean()) {
    c.breaker = true;
    return "";
  }
  if (!v.is_object()) return "client config: 'breaker' must be an object, a boolean or null";
  c.breaker = true;
  for (auto it = v.begin(); it != v.end(); ++it) {
    const std::string& k = it.key();
    bool ok = true;
    int64_t n = 0;
    if (k == "threshold") {
      ok = read_number(it.value(), c.breaker_threshold) && c.breaker_threshold > 0 && c.breaker_threshold <= 1;
    } else if (k == "min_attempts") {
      ok = read_int64(it.value(), n, false) && n >= 1 && n <= 1000000;
      if (ok) c.breaker_min_attempts = static_cast<int>(n);
    } else if (k == "open_ms") {
      ok = read_int64(it.value(), n, false) && n >= 1;
      if (ok) c.breaker_open_ms = n;
    } else if (k == "half_open_probes") {
      ok = read_int64(it.value(), n, false) && n >= 1 && n <= 1000;
      if (ok) c.breaker_half_open_probes = static_cast<int>(n);
    }
    if (!ok) return "client config: bad value for 'breaker." + k + "'";
  }
  return "";
}

// W3C trace context: version-traceid-parentid-flags, lower-case hex, ids not
// all zero, version ff invalid; version 00 has exactly these four parts.
bool valid_traceparent(const std::string& t) {
  auto hex = [](const std::string& s, size_t from, size_t n) {
    bool nonzero = false;
    for (size_t i = from; i < from + n; ++i) {
      char c = s[i];
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return -1;
      if (c != '0') nonzero = true;
    }
    return nonzero ? 1 : 0;
  };
  if (t.size() < 55 || t[2] != '-' || t[35] != '-' || t[52] != '-') return false;
  if (hex(t, 0, 2) < 0 || t.compare(0, 2, "ff") == 0) return false;
  if (hex(t, 3, 32) != 1 || hex(t, 36, 16) != 1 || hex(t, 53, 2) < 0) return false;
  if (t.compare(0, 2, "00") == 0) return t.size() == 55;
  return t.size() == 55 || t[55] == '-';
}

// Headers as an object keyed by lower-case name; repeated names joined with ", ".
void put_headers(json& out, const std::vector<Header>& headers) {
  json h = json::object();
  for (const auto& x : headers) {
    std::string name = x.name;
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (h.contains(name)) h[name] = h[name].get<std::string>() + ", " + x.value;
    else h[name] = x.value;
  }
  out["headers"] = std::move(h);
}

}  // namespace

std::atomic<int64_t> g_live_calls{0};
std::atomic<int64_t> g_live_clients{0};
int64_t live_calls() { return g_live_calls.load(); }
int64_t live_clients() { return g_live_clients.load(); }

std::string ClientConfig::apply_json(const std::string& json_text) {
  auto j = json::parse(json_text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return "client config must be a JSON object";
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    const json& v = it.value();
    bool ok = true;
    int64_t n = 0;
    if (k == "base_url") {
      ok = read_string(v, base_url);
    } else if (k == "token") {
      ok = read_string(v, token);
    } else if (k == "user_agent") {
      ok = read_string(v, user_agent);
    } else if (k == "lang") {
      ok = read_string(v, lang);
    } else if (k == "lang_version") {
      ok = read_string(v, lang_version);
    } else if (k == "os_name") {
      ok = read_string(v, os_name);
    } else if (k == "os_version") {
      ok = read_string(v, os_version);
    } else if (k == "auth") {
      if (v.is_null()) {
        auth.clear();
      } else if (v.is_object()) {
        TokenState probe;
        auto t = j.find("token");  // keys are read in name order: "token" may come later
        std::string fallback = t != j.end() && t->is_string() ? t->get<std::string>() : token;
        std::string why = detail::read_auth(v.dump(), fallback, probe);
        if (!why.empty()) return why;  // found when the client is configured, not at its first call
        auth = v.dump();
      } else {
        ok = false;
      }
    } else if (k == "idempotency_header") {
      if (v.is_null()) idempotency_header.clear();
      else ok = read_string(v, idempotency_header);
    } else if (k == "max_retries") {
      ok = read_int64(v, n, false) && n >= 0 && n <= 100;
      if (ok) max_retries = static_cast<int>(n);
    } else if (k == "connect_timeout_ms" || k == "first_byte_timeout_ms" || k == "idle_timeout_ms" ||
               k == "total_timeout_ms") {
      ok = read_int64(v, n, true);
      if (ok) {
        if (k == "connect_timeout_ms") connect_timeout_ms = n;
        else if (k == "first_byte_timeout_ms") first_byte_timeout_ms = n;
        else if (k == "idle_timeout_ms") idle_timeout_ms = n;
        else total_timeout_ms = n;
      }
    } else if (k == "retry_budget") {
      std::string e = apply_budget(v, *this);
      if (!e.empty()) return e;
    } else if (k == "rate_limit") {
      std::string e = apply_rate_limit(v, *this);
      if (!e.empty()) return e;
    } else if (k == "health") {
      std::string e = apply_health(v, *this);
      if (!e.empty()) return e;
    } else if (k == "breaker") {
      std::string e = apply_breaker(v, *this);
      if (!e.empty()) return e;
    } else if (k == "hooks") {
      ok = read_bool(v, hooks);
    } else if (k == "hook_bodies") {
      ok = read_bool(v, hook_bodies);
    } else if (k == "metrics") {
      ok = read_bool(v, metrics);
    } else if (k == "allow_insecure_http") {
      ok = read_bool(v, allow_insecure_http);
    } else if (k == "seed") {
      if (v.is_number_unsigned() || v.is_number_integer()) seed = v.get<uint64_t>();
      else ok = false;
    }
    if (!ok) return "client config: bad value for '" + k + "'";
  }
  return "";
}

std::string CallOptions::apply_json(const std::string& json_text) {
  auto j = json::parse(json_text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return "call options must be a JSON object";
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    const json& v = it.value();
    bool ok = true;
    int64_t n = 0;
    if (k == "timeout_ms" || k == "wall_ms") {
      ok = read_int64(v, n, true);
      if (ok) (k == "timeout_ms" ? timeout_ms : wall_ms) = n;
    } else if (k == "max_retries") {
      ok = read_int64(v, n, true) && n >= -1 && n <= 100;
      if (ok) max_retries = static_cast<int>(n);
    } else if (k == "idempotency") {
      ok = read_bool(v, idempotency);
    } else if (k == "idempotency_key") {
      ok = read_string(v, idempotency_key);
    } else if (k == "traceparent") {
      ok = read_string(v, traceparent);
    } else if (k == "tracestate") {
      ok = read_string(v, tracestate);
    } else if (k == "headers") {
      ok = v.is_object();
      for (auto h = v.begin(); ok && h != v.end(); ++h) {
        ok = h.value().is_string();
        if (ok) headers.push_back({h.key(), h.value().get<std::string>()});
      }
    } else if (k == "extra_query") {
      // {name: value}: strings as they are, numbers and booleans as their JSON text.
      ok = v.is_object();
      for (auto q = v.begin(); ok && q != v.end(); ++q) {
        ok = q.value().is_string() || q.value().is_number() || q.value().is_boolean();
        if (ok) extra_query.push_back({q.key(), q.value().is_string() ? q.value().get<std::string>() : q.value().dump()});
      }
    } else if (k == "extra_body") {
      ok = v.is_object();
      if (ok) extra_body = v.dump(-1, ' ', false, json::error_handler_t::replace);
    }
    if (!ok) return "call options: bad value for '" + k + "'";
  }
  return "";
}

namespace detail {
bool traceparent_is_valid(const std::string& t) { return valid_traceparent(t); }
}  // namespace detail

namespace {
json attempts_value(const std::vector<Attempt>& history) {
  json h = json::array();
  for (const auto& a : history) {
    h.push_back({{"number", a.number},
                 {"outcome", a.outcome},
                 {"kind", a.kind},
                 {"duration_ms", a.duration_ms},
                 {"delay_ms", a.delay_ms},
                 {"idempotency_key", a.idempotency_key},
                 {"request_id", a.request_id}});
  }
  return h;
}
}  // namespace

std::string attempts_json(const std::vector<Attempt>& history) {
  return attempts_value(history).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string error_json(const Error& e) {
  json out = {{"kind", e.kind},       {"http_status", e.http_status}, {"code", e.code},
              {"message", e.message}, {"logid", e.logid},             {"retryable", e.retryable},
              {"attempts", e.attempts}, {"retry_after_ms", e.retry_after_ms}, {"body", e.body},
              {"hint", e.hint}, {"error_code", e.error_code}, {"request_id", e.request_id},
              {"severity", e.severity}};
  out["history"] = attempts_value(e.history);
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string hook_event_json(const HookEvent& ev) {
  json out = {{"kind", ev.kind},
              {"op", ev.op},
              {"method", ev.method},
              {"path", ev.path},
              {"attempt", ev.attempt},
              {"status", ev.status},
              {"duration_ms", ev.duration_ms},
              {"delay_ms", ev.delay_ms},
              {"logid", ev.logid},
              {"request_id", ev.request_id},
              {"idempotency_key", ev.idempotency_key},
              {"traceparent", ev.traceparent},
              {"error_kind", ev.error_kind},
              {"message", ev.message},
              {"body", ev.body},
              {"severity", ev.severity},
              {"reason", ev.reason},
              {"state", ev.state},
              {"error_rate", ev.error_rate}};
  put_headers(out, ev.headers);
  if (ev.kind == "metric") {
    out["metric"] = ev.metric;
    out["instrument"] = ev.instrument;
    out["unit"] = ev.unit;
    out["value"] = ev.value;
    json attrs = json::object();
    for (const auto& a : ev.attributes) attrs[a.name] = a.value;
    out["attributes"] = std::move(attrs);
  }
  if (ev.kind == "tool_called" || ev.kind == "tool_finished") {
    out["tool"] = ev.tool;
    out["tool_call_id"] = ev.tool_call_id;
    out["outcome"] = ev.outcome;
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

namespace detail {

// Reads ClientConfig.auth into `t` (core/include/coze/exec.h); "" or what is
// wrong with it, naming the key. A key of the wrong type is an error, never a
// silent default.
std::string read_auth(const std::string& text, const std::string& fallback_token, TokenState& t) {
  json a = json::parse(text, nullptr, false);
  if (a.is_discarded() || !a.is_object()) return "auth must be a JSON object";
  static const char* const kStrings[] = {"type", "client_id", "access_token", "refresh_token", "client_secret",
                                         "public_key_id", "session_name", "enterprise_id"};
  static const char* const kInts[] = {"expires_in", "ttl_seconds", "refresh_margin_s"};
  for (auto it = a.begin(); it != a.end(); ++it) {
    const std::string& k = it.key();
    const json& v = it.value();
    bool known = false, ok = true;
    for (const char* name : kStrings) {
      if (k == name) known = true, ok = v.is_string() || v.is_null();
    }
    for (const char* name : kInts) {
      if (k == name) known = true, ok = v.is_number_integer() || v.is_null();
    }
    if (k == "account_id") known = true, ok = v.is_string() || v.is_number_integer() || v.is_null();
    if (k == "scope") known = true;
    if (!known) return "auth." + k + " is not a key auth takes";
    if (!ok) return "auth." + k + " has the wrong type";
  }
  auto str = [&](const char* key) {
    auto it = a.find(key);
    return it != a.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  auto num = [&](const char* key, int64_t dflt) {
    auto it = a.find(key);
    return it != a.end() && it->is_number_integer() ? it->get<int64_t>() : dflt;
  };
  t.type = str("type");
  t.client_id = str("client_id");
  t.access_token = str("access_token");
  if (t.access_token.empty()) t.access_token = fallback_token;
  t.refresh_token = str("refresh_token");
  t.expires_at_s = num("expires_in", -1);
  t.client_secret = str("client_secret");
  t.public_key_id = str("public_key_id");
  t.ttl_s = num("ttl_seconds", 900);
  t.session_name = str("session_name");
  t.account_id = str("account_id");
  auto acc = a.find("account_id");
  if (acc != a.end() && acc->is_number_integer()) t.account_id = std::to_string(acc->get<int64_t>());
  t.enterprise_id = str("enterprise_id");
  auto scope = a.find("scope");
  if (scope != a.end() && !scope->is_null()) t.scope_json = scope->dump();
  t.margin_s = num("refresh_margin_s", 30);
  if (t.type != "oauth" && t.type != "jwt") return "auth.type must be \"oauth\" or \"jwt\"";
  if (t.client_id.empty()) return "auth.client_id is required";
  if (t.type == "jwt" && t.public_key_id.empty()) return "auth.public_key_id is required for a jwt app";
  if (t.type == "jwt" && (t.ttl_s <= 0 || t.ttl_s > 86400)) return "auth.ttl_seconds must be 1..86400";
  if (t.type == "oauth" && t.access_token.empty() && t.refresh_token.empty()) {
    return "auth needs an access_token or a refresh_token";
  }
  if (t.margin_s < 0) return "auth.refresh_margin_s must not be negative";
  return std::string();
}

}  // namespace detail

void Client::State::load_auth() {
  if (config.auth.empty()) return;
  tokens.error = detail::read_auth(config.auth, config.token, tokens);
  if (!tokens.error.empty()) tokens.type = "invalid";
}

void Client::State::scrub(std::string& text) {
  auto replace_all = [&](const std::string& secret) {
    if (secret.size() < 4 || text.size() < secret.size()) return;
    for (size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + 10)) {
      text.replace(at, secret.size(), "[redacted]");
    }
  };
  replace_all(config.token);
  std::lock_guard<std::mutex> lock(token_mu);
  // The credentials in use always; then the one-shot secrets flows met (codes, JWTs, old tokens).
  for (const std::string* s : {&tokens.access_token, &tokens.refresh_token, &tokens.client_secret}) {
    if (s->size() >= 8) replace_all(*s);
  }
  for (const auto& s : secrets) replace_all(s);
}

std::string Client::token_json() const {
  std::lock_guard<std::mutex> lock(state_->token_mu);
  const TokenState& t = state_->tokens;
  if (t.type.empty() || t.type == "invalid") return "{}";
  json out = {{"access_token", t.access_token},
              {"refresh_token", t.refresh_token},
              {"expires_in", t.expires_at_s},
              {"refreshes", t.refreshes}};
  return out.dump();
}

std::string Client::health_json(int64_t now_ms) const {
  resilience::Health::Snapshot s = state_->health.snapshot(now_ms);
  json out = {{"state", s.state},
              {"breaker", state_->config.breaker},
              {"error_rate", s.error_rate},
              {"rated", s.rated},
              {"attempts", s.attempts},
              {"failures", s.failures},
              {"current_attempts", s.current_attempts},
              {"current_failures", s.current_failures},
              {"total_attempts", s.total_attempts},
              {"total_failures", s.total_failures},
              {"open_ms_left", s.open_ms_left},
              {"opened", s.opened},
              {"rejected", s.rejected},
              {"retries_spent", state_->budget.spent()},
              {"retry_budget_left", state_->budget.tokens()}};
  return out.dump();
}

Client::Client(const ClientConfig& config) : state_(std::make_shared<State>(config)) {}
Client::~Client() = default;
const ClientConfig& Client::config() const { return state_->config; }

std::vector<std::string> supported_operations() {
  std::vector<std::string> out = api::operation_names();
  for (std::string& flow : detail::flow_operation_names()) out.push_back(std::move(flow));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace coze
