// Many simultaneous chat streams through one native client: one thread per
// stream (the typed client's calls block their thread; one CozeClient is
// shared). The load server stamps each delta with its send time ("ts", unix
// µs, ?stamp=1) and paces them (interval_ms); lateness is the time from that
// stamp to the delta reaching the user's callback.
// Usage: bench_concurrency <base_url> [streams=1000] [deltas=200] [interval_ms=20]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include "coze/client.h"
#include "harness.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_concurrency <base_url> [streams] [deltas] [interval_ms]\n");
    return 2;
  }
  std::string base = argv[1];
  int streams = argc > 2 ? std::atoi(argv[2]) : 1000;
  int deltas = argc > 3 ? std::atoi(argv[3]) : 200;
  int interval_ms = argc > 4 ? std::atoi(argv[4]) : 20;

  coze::ClientConfig config;
  config.token = "pat_bench";
  config.base_url = base;
  config.max_retries = 0;  // a stream that fails counts as failed, not retried
  coze::CozeClient client(config);

  std::atomic<int> completed{0};
  std::atomic<long long> events{0};
  std::mutex mu;
  std::string first_error;
  std::vector<std::vector<int64_t>> lateness(streams);  // µs, per stream

  auto wall_us = [] {
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
  };
  std::atomic<int> ready{0};
  std::atomic<bool> go{false};
  double t0 = 0;
  auto run = [&](int k) {
    coze::ChatRequest req;
    req.bot_id = harness::kBotId;
    req.user_id = "u" + std::to_string(k);
    req.additional_messages = {coze::user_message("Hello")};
    coze::RequestOptions options;
    options.extra_query = {{"stamp", "1"}, {"n", std::to_string(deltas)}, {"interval_ms", std::to_string(interval_ms)}};
    std::vector<int64_t>& late = lateness[k];
    late.reserve(deltas);
    int got = 0;
    bool done = false;
    ready.fetch_add(1);
    while (!go.load()) std::this_thread::yield();
    try {
      client.chat().stream(
          req,
          [&](const coze::ChatEvent& ev) {
            if (ev.is(coze::ChatEventKind::conversation_message_delta)) {
              int64_t now = wall_us();
              auto ts = ev.message()->extra("ts").as_int();
              if (ts) late.push_back(now - *ts);
              ++got;
            } else if (ev.is(coze::ChatEventKind::done)) {
              done = true;
            }
            events.fetch_add(1, std::memory_order_relaxed);
          },
          options);
      if (done && got == deltas && static_cast<int>(late.size()) == deltas) {
        completed.fetch_add(1);
      } else {
        std::lock_guard<std::mutex> lock(mu);
        if (first_error.empty())
          first_error = "stream " + std::to_string(k) + ": " + std::to_string(got) + " deltas, done " + (done ? "yes" : "no");
      }
    } catch (const std::exception& e) {
      std::lock_guard<std::mutex> lock(mu);
      if (first_error.empty()) first_error = "stream " + std::to_string(k) + ": " + e.what();
    }
  };

  std::vector<std::thread> threads;
  threads.reserve(streams);
  for (int k = 0; k < streams; ++k) threads.emplace_back(run, k);
  while (ready.load() < streams) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  t0 = harness::now_s();
  go.store(true);
  for (auto& t : threads) t.join();
  double seconds = harness::now_s() - t0;

  std::vector<int64_t> all;
  for (auto& v : lateness) all.insert(all.end(), v.begin(), v.end());
  std::sort(all.begin(), all.end());
  auto pct = [&](double p) -> double {
    if (all.empty()) return -1;
    size_t i = std::min(all.size() - 1, static_cast<size_t>(p * static_cast<double>(all.size())));
    return static_cast<double>(all[i]) / 1e3;
  };
  bool ok = completed.load() == streams;
  std::string error = ok ? "" : (first_error.empty() ? "not every stream completed" : first_error);
  std::printf(
      "{\"client\": \"cozecore\", \"workload\": \"concurrency\", \"streams\": %d, \"completed\": %d, "
      "\"deltas_per_stream\": %d, \"interval_ms\": %d, \"events\": %lld, \"seconds\": %.3f, "
      "\"lateness_ms\": {\"p50\": %.3f, \"p99\": %.3f, \"max\": %.3f}, \"first_event_ms\": -1, "
      "\"ok\": %s, \"error\": \"%s\"}\n",
      streams, completed.load(), deltas, interval_ms, events.load(), seconds, pct(0.5), pct(0.99),
      all.empty() ? -1.0 : static_cast<double>(all.back()) / 1e3, ok ? "true" : "false",
      harness::json_escape(error).c_str());
  return 0;
}
