// Retry decisions: backoff, server guidance, the retry budget, and the
// entropy they draw from. Pure functions of their inputs plus the seeded
// generator, so every target retries identically.
//
// Backoff (pinned by tests/vectors/exec/retries.json): the n-th retry
// (n = 1, 2, ...) sleeps
//     min(8000, 500 * 2^(n-1)) ms * (1 - 0.25 * u),  u uniform in [0, 1)
// i.e. exponential, capped at 8 s, randomised downwards by up to 25%.
// A server delay (retry-after-ms, then Retry-After seconds) replaces it;
// above 60 s it is not slept: the call fails with retry_after_ms set.
#pragma once

#include <array>
#include <cstdint>
#include <mutex>
#include <string>

namespace coze::resilience {

constexpr int64_t kBackoffBaseMs = 500;
constexpr int64_t kBackoffCapMs = 8000;
constexpr int64_t kMaxServerDelayMs = 60000;

// SplitMix64: small, fast, and the same on every platform. Seeded by the
// host from its CSPRNG; not for secrets.
class Entropy {
 public:
  explicit Entropy(uint64_t seed) : state_(seed) {}
  uint64_t next_u64();
  double next_unit();  // [0, 1)
  std::array<uint8_t, 10> next_bytes10();

 private:
  uint64_t state_;
};

int64_t backoff_ms(int retry_number, double u);

// Token bucket over a whole client: a retry costs 5 (10 after a timeout), a
// success returns 1, capacity 500 (the defaults; ClientConfig can change
// them). An empty bucket means no retry. Thread-safe: calls share their client.
struct BudgetParams {
  double capacity = 500, retry_cost = 5, timeout_retry_cost = 10, success_refund = 1;
};

class RetryBudget {
 public:
  explicit RetryBudget(BudgetParams p = BudgetParams()) : p_(p), tokens_(p.capacity) {}
  bool try_spend(bool after_timeout);
  void refund();
  double tokens() const;

 private:
  mutable std::mutex mu_;
  BudgetParams p_;
  double tokens_;
};

// Client-side rate limiter: a token bucket of `per_second` tokens a second
// holding at most `burst`, kept as a theoretical arrival time (GCRA) so it
// needs no timer. Each attempt takes one token; when none is left the call
// sleeps until one is due (the slot is reserved, so waiting calls queue in
// order). Times are the hosts' monotonic now_ms; all calls of one client
// must use the same clock.
class RateLimiter {
 public:
  RateLimiter(double per_second, int burst);
  bool enabled() const { return interval_ms_ > 0; }
  // The wait before a token is available at `now` (0: at once).
  int64_t delay(int64_t now) const;
  // Takes the next token: the delay to sleep first (0: send now).
  int64_t take(int64_t now);

 private:
  mutable std::mutex mu_;
  double interval_ms_ = 0;  // 1000 / per_second; 0: off
  double tolerance_ms_ = 0; // (burst - 1) * interval
  double tat_ = -1;         // theoretical arrival time of the next token
};

}  // namespace coze::resilience
