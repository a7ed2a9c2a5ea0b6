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
// success returns 1, capacity 500. Thread-safe: calls share their client.
class RetryBudget {
 public:
  static constexpr double kCapacity = 500, kRetryCost = 5, kTimeoutRetryCost = 10, kSuccessRefund = 1;
  bool try_spend(bool after_timeout);
  void refund();
  double tokens() const;

 private:
  mutable std::mutex mu_;
  double tokens_ = kCapacity;
};

}  // namespace coze::resilience
