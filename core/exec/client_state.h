// What all calls of one client share.
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <vector>

#include "coze/exec.h"
#include "coze/ulid.h"
#include "resilience/resilience.h"

namespace coze {

// Counts of live objects, for live_calls() / live_clients().
extern std::atomic<int64_t> g_live_calls;
extern std::atomic<int64_t> g_live_clients;

namespace detail {
bool traceparent_is_valid(const std::string& traceparent);  // W3C trace context, level 1
}  // namespace detail

// A client's token when the client refreshes it itself (ClientConfig.auth).
struct TokenState {
  std::string type;            // "oauth" or "jwt"; "" when the token is fixed
  std::string error;           // ClientConfig.auth was unusable: every call fails with this
  std::string access_token;
  std::string refresh_token;
  int64_t expires_at_s = -1;   // unix seconds; -1 unknown
  bool stale = false;          // a 401 said the current token no longer works
  std::string client_id;
  std::string client_secret;   // web apps: the bearer of refresh requests
  std::string public_key_id;   // jwt
  int64_t ttl_s = 900;         // jwt: the access token's lifetime asked for
  std::string session_name, account_id, enterprise_id, scope_json;
  int64_t margin_s = 30;
  bool refreshing = false;     // one call is refreshing; the others wait
  uint64_t generation = 0;     // +1 whenever a refresh ends
  bool last_failed = false;    // how the last refresh ended
  Error last_error;
  int64_t refreshes = 0;
};

namespace detail {
std::string read_auth(const std::string& text, const std::string& fallback_token, TokenState& t);
}  // namespace detail

struct Client::State {
  explicit State(const ClientConfig& c)
      : config(c),
        budget(resilience::BudgetParams{c.retry_budget_capacity, c.retry_budget_retry_cost,
                                        c.retry_budget_timeout_cost, c.retry_budget_success_refund}),
        limiter(c.rate_limit_per_second, c.rate_limit_burst),
        health(resilience::HealthParams{c.health_alpha, c.health_slice_ms, c.health_spike_factor,
                                        c.health_spike_min_attempts, c.breaker, c.breaker_threshold,
                                        c.breaker_min_attempts, c.breaker_open_ms, c.breaker_half_open_probes}),
        entropy(c.seed) {
    ++g_live_clients;
    load_auth();
  }
  ~State() { --g_live_clients; }
  State(const State&) = delete;
  State& operator=(const State&) = delete;

  ClientConfig config;
  std::mutex token_mu;  // guards `tokens` and `secrets`
  TokenState tokens;
  resilience::RetryBudget budget;
  resilience::RateLimiter limiter;
  resilience::Health health;

  // Jitter draws and ids, from the host's seed.
  double next_unit() {
    std::lock_guard<std::mutex> lock(mu);
    return entropy.next_unit();
  }
  std::string new_ulid(int64_t timestamp_ms) {
    std::lock_guard<std::mutex> lock(mu);
    UlidResult r = ulids.next_bytes(timestamp_ms, entropy.next_bytes10());
    if (!r.ok) r = ulid_encode(timestamp_ms, "00000000000000000000");  // never: 2^80 ids in one ms
    return r.text;
  }

  // 32 random characters of Crockford's base32 (160 bits), for a multipart
  // boundary: the same draws for the same seed, as every id.
  std::string random_text32() {
    static const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::lock_guard<std::mutex> lock(mu);
    std::string out;
    out.reserve(32);
    for (int i = 0; i < 4; ++i) {
      uint64_t v = entropy.next_u64();
      for (int j = 0; j < 8; ++j, v >>= 5) out.push_back(kAlphabet[v & 31]);
    }
    return out;
  }

  // Remembers a secret so that scrub() removes it from errors and hooks.
  void add_secret(const std::string& secret) {
    if (secret.size() < 8) return;
    std::lock_guard<std::mutex> lock(token_mu);
    for (const auto& s : secrets) {
      if (s == secret) return;
    }
    if (secrets.size() >= 32) secrets.erase(secrets.begin());
    secrets.push_back(secret);
  }
  // Replaces every secret the client knows (its token, client secret,
  // access and refresh tokens it obtained) in `text` by "[redacted]".
  void scrub(std::string& text);

 private:
  void load_auth();
  std::vector<std::string> secrets;
  std::mutex mu;
  resilience::Entropy entropy;
  UlidFactory ulids;
};

}  // namespace coze
