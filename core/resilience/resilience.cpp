#include "resilience/resilience.h"

#include <cmath>
#include <cstdio>

namespace coze::resilience {

uint64_t Entropy::next_u64() {
  uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

double Entropy::next_unit() { return static_cast<double>(next_u64() >> 11) * (1.0 / 9007199254740992.0); }

std::array<uint8_t, 10> Entropy::next_bytes10() {
  std::array<uint8_t, 10> out{};
  uint64_t a = next_u64(), b = next_u64();
  for (int i = 0; i < 8; ++i) out[i] = static_cast<uint8_t>(a >> (8 * i));
  out[8] = static_cast<uint8_t>(b);
  out[9] = static_cast<uint8_t>(b >> 8);
  return out;
}

int64_t backoff_ms(int retry_number, double u) {
  int64_t d = kBackoffBaseMs;
  for (int i = 1; i < retry_number && d < kBackoffCapMs; ++i) d *= 2;
  if (d > kBackoffCapMs) d = kBackoffCapMs;
  return static_cast<int64_t>(static_cast<double>(d) * (1.0 - 0.25 * u));
}

bool RetryBudget::try_spend(bool after_timeout) {
  std::lock_guard<std::mutex> lock(mu_);
  double cost = after_timeout ? p_.timeout_retry_cost : p_.retry_cost;
  if (tokens_ < cost) return false;
  tokens_ -= cost;
  ++spent_;
  return true;
}

void RetryBudget::refund() {
  std::lock_guard<std::mutex> lock(mu_);
  tokens_ += p_.success_refund;
  if (tokens_ > p_.capacity) tokens_ = p_.capacity;
}

double RetryBudget::tokens() const {
  std::lock_guard<std::mutex> lock(mu_);
  return tokens_;
}

int64_t RetryBudget::spent() const {
  std::lock_guard<std::mutex> lock(mu_);
  return spent_;
}

RateLimiter::RateLimiter(double per_second, int burst) {
  if (per_second > 0) {
    interval_ms_ = 1000.0 / per_second;
    tolerance_ms_ = (burst > 1 ? burst - 1 : 0) * interval_ms_;
  }
}

int64_t RateLimiter::delay(int64_t now) const {
  std::lock_guard<std::mutex> lock(mu_);
  if (interval_ms_ <= 0 || tat_ < 0) return 0;
  double wait = tat_ - tolerance_ms_ - static_cast<double>(now);
  return wait > 0 ? static_cast<int64_t>(std::ceil(wait)) : 0;
}

int64_t RateLimiter::take(int64_t now) {
  std::lock_guard<std::mutex> lock(mu_);
  if (interval_ms_ <= 0) return 0;
  double t = static_cast<double>(now);
  if (tat_ < t) tat_ = t;
  double wait = tat_ - tolerance_ms_ - t;
  tat_ += interval_ms_;
  return wait > 0 ? static_cast<int64_t>(std::ceil(wait)) : 0;
}

}  // namespace coze::resilience

namespace coze::resilience {

bool health_failure_kind(const std::string& kind) {
  return kind == "server" || kind == "gateway" || kind == "timeout" || kind == "connection" ||
         kind == "rate_limited";
}

const char* Health::state_name(int s) { return s == kOpen ? "open" : s == kHalfOpen ? "half_open" : "closed"; }

namespace {
std::string percent(double rate) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f%%", rate * 100);
  return buf;
}
}  // namespace

void Health::roll(const HealthParams& p, Data& d, int64_t now, std::vector<HealthChange>* changes) {
  if (d.origin < 0) {
    d.origin = now;
    d.slice_index = 0;
    return;
  }
  if (now < d.origin) return;
  int64_t idx = (now - d.origin) / (p.slice_ms > 0 ? p.slice_ms : 1);
  if (idx <= d.slice_index) return;
  if (d.cur_attempts > 0) {
    double r = static_cast<double>(d.cur_failures) / static_cast<double>(d.cur_attempts);
    double before = d.avg;
    bool had = d.rated;
    d.avg = had ? p.alpha * r + (1 - p.alpha) * d.avg : r;
    d.rated = true;
    d.last_attempts = d.cur_attempts;
    d.last_failures = d.cur_failures;
    if (changes && had && d.cur_attempts >= p.spike_min_attempts && r > 0 && r > p.spike_factor * before) {
      HealthChange c;
      c.reason = "spike";
      c.state = state_name(d.state);
      c.error_rate = r;
      c.message = "error rate spike: " + percent(r) + " of " + std::to_string(d.cur_attempts) +
                  " attempts failed in the last slice, against a moving average of " + percent(before);
      changes->push_back(std::move(c));
    }
  }
  d.prev_attempts = idx == d.slice_index + 1 ? d.cur_attempts : 0;
  d.cur_attempts = d.cur_failures = 0;
  d.slice_index = idx;
}

void Health::open(int64_t now, double rate, std::vector<HealthChange>* changes) {
  d_.state = kOpen;
  d_.opened_at = now;
  d_.probes_out = d_.probes_ok = 0;
  ++d_.opened;
  if (changes) {
    HealthChange c;
    c.reason = "opened";
    c.state = "open";
    c.error_rate = rate;
    c.message = "circuit breaker opened at an error rate of " + percent(rate) + ": calls fail at once for " +
                std::to_string(p_.open_ms) + " ms";
    changes->push_back(std::move(c));
  }
}

Health::Admit Health::admit(int64_t now, int64_t* left_ms, std::vector<HealthChange>* changes) {
  std::lock_guard<std::mutex> lock(mu_);
  roll(p_, d_, now, changes);
  if (left_ms) *left_ms = 0;
  if (d_.state == kClosed) return Admit::Yes;
  if (d_.state == kOpen) {
    int64_t until = d_.opened_at + p_.open_ms;
    if (now < until) {
      if (left_ms) *left_ms = until - now;
      ++d_.rejected;
      return Admit::Open;
    }
    d_.state = kHalfOpen;
    d_.probes_out = d_.probes_ok = 0;
    if (changes) {
      HealthChange c;
      c.reason = "half_open";
      c.state = "half_open";
      c.error_rate = d_.avg;
      c.message = "circuit breaker half-open: " + std::to_string(p_.half_open_probes) + " probe(s) decide";
      changes->push_back(std::move(c));
    }
  }
  if (d_.probes_out + d_.probes_ok < p_.half_open_probes) {
    ++d_.probes_out;
    return Admit::Probe;
  }
  ++d_.rejected;
  return Admit::Open;
}

void Health::release_probe() {
  std::lock_guard<std::mutex> lock(mu_);
  if (d_.state == kHalfOpen && d_.probes_out > 0) --d_.probes_out;
}

void Health::record(int64_t now, bool failure, bool probe, std::vector<HealthChange>* changes) {
  std::lock_guard<std::mutex> lock(mu_);
  roll(p_, d_, now, changes);
  ++d_.cur_attempts;
  ++d_.total_attempts;
  if (failure) {
    ++d_.cur_failures;
    ++d_.total_failures;
  }
  if (probe && d_.state == kHalfOpen) {
    if (d_.probes_out > 0) --d_.probes_out;
    if (failure) {
      open(now, 1.0, changes);
      return;
    }
    if (++d_.probes_ok >= p_.half_open_probes) {
      d_.state = kClosed;
      d_.avg = 0;
      d_.rated = false;
      d_.cur_attempts = d_.cur_failures = d_.prev_attempts = 0;
      d_.probes_out = d_.probes_ok = 0;
      if (changes) {
        HealthChange c;
        c.reason = "closed";
        c.state = "closed";
        c.error_rate = 0;
        c.message = "circuit breaker closed: the probe(s) succeeded";
        changes->push_back(std::move(c));
      }
    }
    return;
  }
  if (d_.state != kClosed || !p_.breaker) return;
  double r = static_cast<double>(d_.cur_failures) / static_cast<double>(d_.cur_attempts);
  double estimate = d_.rated ? p_.alpha * r + (1 - p_.alpha) * d_.avg : r;
  if (d_.cur_attempts + d_.prev_attempts >= p_.min_attempts && estimate >= p_.threshold) {
    open(now, estimate, changes);
  }
}

Health::Snapshot Health::snapshot(int64_t now) const {
  Data d;
  {
    std::lock_guard<std::mutex> lock(mu_);
    d = d_;
  }
  roll(p_, d, now, nullptr);
  Snapshot s;
  s.state = state_name(d.state);
  if (d.state == kOpen) {
    int64_t until = d.opened_at + p_.open_ms;
    if (now >= until) s.state = "half_open";
    else s.open_ms_left = until - now;
  }
  s.error_rate = d.avg;
  s.rated = d.rated;
  s.attempts = d.last_attempts;
  s.failures = d.last_failures;
  s.current_attempts = d.cur_attempts;
  s.current_failures = d.cur_failures;
  s.total_attempts = d.total_attempts;
  s.total_failures = d.total_failures;
  s.opened = d.opened;
  s.rejected = d.rejected;
  return s;
}

}  // namespace coze::resilience
