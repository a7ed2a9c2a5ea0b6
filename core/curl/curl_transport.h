// The libcurl driver of the sans-IO executor (private to cozecore_curl).
//
// drive() runs one Call to DONE or FAIL: SEND starts an easy transfer on a
// multi handle; the header callback feeds on_response when the head is
// complete, the write callback feeds each body chunk as it arrives and asks
// the core for its next actions at once, so events reach the user while the
// transfer is still running. WAIT polls the multi handle until wake_at_ms,
// SLEEP waits on the cancel state's condition variable.
#pragma once

#include <curl/curl.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <vector>

#include "coze/client.h"
#include "coze/exec.h"

namespace coze {

// Shared by a CancelToken and the calls it is passed to. `polling` holds the
// multi handles those calls poll while they run, so that cancel() can wake them.
struct CancelToken::State {
  std::mutex mu;
  std::condition_variable cv;
  std::atomic<bool> cancelled{false};
  std::vector<CURLM*> polling;
};

namespace curl_driver {

void global_init();
int64_t now_ms();          // steady clock
uint64_t random_seed();    // OS CSPRNG, never 0

// The transport kind ("connect", "timeout", "reset", "tls", "aborted") for a curl result.
const char* transport_kind(CURLcode code);

// Multi handles (each with its connection cache) reused across calls; one
// call uses one handle at a time.
class MultiPool {
 public:
  MultiPool() = default;
  ~MultiPool();
  MultiPool(const MultiPool&) = delete;
  MultiPool& operator=(const MultiPool&) = delete;
  CURLM* acquire();
  void release(CURLM* multi);

 private:
  std::mutex mu_;
  std::vector<CURLM*> idle_;
};

// Runs `call` to its end over `multi`. Events go to on_event (may be empty);
// an exception thrown by on_event aborts the transfer and is rethrown.
// Returns the final action (DONE or FAIL).
// `hooks` (may be null) gets the call's hook events after every step.
Action drive(Call& call, CURLM* multi, const std::function<void(const Event&)>& on_event,
             CancelToken::State& cancel, const Hooks* hooks = nullptr);

}  // namespace curl_driver
}  // namespace coze
