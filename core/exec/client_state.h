// What all calls of one client share.
#pragma once

#include <mutex>

#include "coze/exec.h"
#include "coze/ulid.h"
#include "resilience/resilience.h"

namespace coze {

struct Client::State {
  explicit State(const ClientConfig& c) : config(c), entropy(c.seed) {}
  ClientConfig config;
  resilience::RetryBudget budget;

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
