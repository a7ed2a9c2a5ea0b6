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
#include <vector>

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
  int64_t spent() const;  // retries allowed so far

 private:
  mutable std::mutex mu_;
  BudgetParams p_;
  double tokens_;
  int64_t spent_ = 0;
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

namespace coze::resilience {

// The client's health (DESIGN terms: "Health" in the README): an error rate
// kept as an exponentially weighted moving average over fixed time slices,
// and a circuit breaker over it. Times are the hosts' monotonic now_ms, as
// for the rate limiter. Thread-safe: calls share their client.
//
// - Slices are `slice_ms` long, counted from the client's first attempt. An
//   attempt counts in the slice in which it ended. Failures are the
//   attempts that say something about the service: kinds server, gateway,
//   timeout, connection and rate_limited. Other outcomes (a 2xx, a 4xx the
//   caller caused, an error event, ...) count as attempts that did not fail;
//   a cancelled attempt does not count at all.
// - When a slice with attempts closes, its rate r = failures / attempts
//   updates the average: avg = alpha * r + (1 - alpha) * avg (the first
//   such slice sets avg = r). A slice without attempts leaves avg alone.
// - Spike: a closing slice with at least `spike_min_attempts` attempts whose
//   rate is above `spike_factor` times the average before it (and above 0)
//   is reported (a `health_changed` hook event), breaker or not.
// - Breaker (off unless `breaker`): closed -> open when, after an attempt,
//   the estimate  alpha * r_current + (1 - alpha) * avg  (r_current alone
//   before any slice closed) is at least `threshold` and the current and the
//   previous slice hold at least `min_attempts` attempts. Open: every attempt
//   fails at once (kind circuit_open, carrying the time left) until
//   `open_ms` have passed; then half-open: up to `half_open_probes`
//   attempts go out as probes, the others fail at once. One probe failing
//   opens the breaker again; all of them succeeding closes it and forgets
//   the past rate (avg 0, slices empty).
struct HealthParams {
  double alpha = 0.3;
  int64_t slice_ms = 1000;
  double spike_factor = 3;
  int spike_min_attempts = 5;
  bool breaker = false;
  double threshold = 0.5;
  int min_attempts = 10;
  int64_t open_ms = 30000;
  int half_open_probes = 1;
};

// A change the client reports (hook event `health_changed`).
struct HealthChange {
  std::string reason;     // "spike", "opened", "half_open", "closed"
  std::string state;      // the breaker's state after it: "closed", "open", "half_open"
  double error_rate = 0;  // the moving average (spike: the slice's own rate)
  std::string message;
};

class Health {
 public:
  explicit Health(HealthParams p = HealthParams()) : p_(p) {}

  enum class Admit { Yes, Probe, Open };
  // Before an attempt: Yes; Probe (a half-open probe: report its outcome
  // with probe = true, or release_probe() when it ends without one); Open
  // (fail at once; *left_ms: the time until the breaker lets a probe out,
  // 0 while probes are out).
  Admit admit(int64_t now, int64_t* left_ms, std::vector<HealthChange>* changes);
  // An attempt ended: `counted` false for a cancelled one.
  void record(int64_t now, bool failure, bool probe, std::vector<HealthChange>* changes);
  void release_probe();

  struct Snapshot {
    std::string state;
    double error_rate = 0;    // the moving average (0 before any slice closed)
    bool rated = false;       // a slice with attempts has closed
    int64_t attempts = 0;     // in the last slice that closed with attempts ("the last window")
    int64_t failures = 0;
    int64_t current_attempts = 0;  // in the slice running now
    int64_t current_failures = 0;
    int64_t total_attempts = 0;    // since the client was made
    int64_t total_failures = 0;
    int64_t open_ms_left = 0;      // open: until the breaker lets a probe out
    int64_t opened = 0;            // times the breaker opened
    int64_t rejected = 0;          // attempts failed at once
  };
  Snapshot snapshot(int64_t now) const;
  const HealthParams& params() const { return p_; }

 private:
  enum { kClosed, kOpen, kHalfOpen };
  struct Data {
    int state = kClosed;
    int64_t origin = -1;       // start of slice 0
    int64_t slice_index = 0;   // the slice running now
    int64_t cur_attempts = 0, cur_failures = 0;
    int64_t prev_attempts = 0;  // of the slice just before the current one
    int64_t last_attempts = 0, last_failures = 0;  // the last slice that closed with attempts
    double avg = 0;
    bool rated = false;
    int64_t total_attempts = 0, total_failures = 0;
    int64_t opened_at = -1;
    int probes_out = 0, probes_ok = 0;
    int64_t opened = 0, rejected = 0;
  };
  static void roll(const HealthParams& p, Data& d, int64_t now, std::vector<HealthChange>* changes);
  void open(int64_t now, double rate, std::vector<HealthChange>* changes);
  static const char* state_name(int s);

  mutable std::mutex mu_;
  HealthParams p_;
  Data d_;
};

// Whether an error kind counts as a failure of the service.
bool health_failure_kind(const std::string& kind);

}  // namespace coze::resilience
