#include <nlohmann/json.hpp>

#include "api/operations.h"
#include "coze/exec.h"
#include "exec/client_state.h"

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

}  // namespace

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
    } else if (k == "seed") {
      if (v.is_number_unsigned() || v.is_number_integer()) seed = v.get<uint64_t>();
      else ok = false;
    }
    if (!ok) return "client config: bad value for '" + k + "'";
  }
  return "";
}

Client::Client(const ClientConfig& config) : state_(std::make_shared<State>(config)) {}
Client::~Client() = default;
const ClientConfig& Client::config() const { return state_->config; }

std::vector<std::string> supported_operations() { return api::operation_names(); }

}  // namespace coze
