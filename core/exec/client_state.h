// What all calls of one client share.
#pragma once

#include <atomic>
#include <mutex>

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

struct Client::State {
  explicit State(const ClientConfig& c)
      : config(c),
        budget(resilience::BudgetParams{c.retry_budget_capacity, c.retry_budget_retry_cost,
                                        c.retry_budget_timeout_cost, c.retry_budget_success_refund}),
        limiter(c.rate_limit_per_second, c.rate_limit_burst),
        entropy(c.seed) {
    ++g_live_clients;
  }
  ~State() { --g_live_clients; }
  State(const State&) = delete;
  State& operator=(const State&) = delete;

  ClientConfig config;
  resilience::RetryBudget budget;
  resilience::RateLimiter limiter;

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

 private:
  std::mutex mu;
  resilience::Entropy entropy;
  UlidFactory ulids;
};

}  // namespace coze
