#include "resilience/resilience.h"

#include <cmath>

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
