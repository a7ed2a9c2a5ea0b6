// 10,000 chat streams through the libcurl client against the fake Coze
// server, each cancelled at a random point: before it starts, from its own
// event handler after k events, from another thread after a random delay,
// by a handler that throws, or not at all. Run under ASan/LeakSanitizer by
// scripts/targets/native: any leak fails the run at exit. The test itself
// checks that every stream ends in an expected way and that no Call or
// Client object outlives its use (coze::live_calls / live_clients).
//
// COZE_STRESS_STREAMS overrides the count, COZE_STRESS_SEED the seed.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <map>
#include <mutex>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "coze/client.h"
#include "fake_server.h"

namespace {

coze_test::FakeCozeProcess g_server;

class ServerEnv : public ::testing::Environment {
 public:
  void SetUp() override {
    std::string err = g_server.start(COZE_SOURCE_DIR);
    ASSERT_EQ(err, "");
  }
  void TearDown() override { g_server.stop(); }
};

int64_t env_int(const char* name, int64_t fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? std::atoll(v) : fallback;
}

// Cancels tokens when their time comes, from its own thread.
class Canceller {
 public:
  Canceller() : thread_([this] { loop(); }) {}
  ~Canceller() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_one();
    thread_.join();
  }
  void at(std::chrono::steady_clock::time_point when, coze::CancelToken token) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      due_.emplace(when, std::move(token));
    }
    cv_.notify_one();
  }

 private:
  void loop() {
    std::unique_lock<std::mutex> lock(mu_);
    while (!stop_ || !due_.empty()) {
      if (due_.empty()) {
        cv_.wait(lock);
        continue;
      }
      auto first = due_.begin();
      if (cv_.wait_until(lock, first->first) == std::cv_status::timeout || stop_) {
        first = due_.begin();
        if (first == due_.end()) continue;
        coze::CancelToken token = first->second;
        due_.erase(first);
        lock.unlock();
        token.cancel();
        lock.lock();
      }
    }
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::multimap<std::chrono::steady_clock::time_point, coze::CancelToken> due_;
  bool stop_ = false;
  std::thread thread_;
};

struct HandlerThrew : std::runtime_error {
  HandlerThrew() : std::runtime_error("the handler gave up") {}
};

TEST(CancelStress, StreamsCancelledAtRandomPointsLeaveNothingBehind) {
  const int64_t streams = env_int("COZE_STRESS_STREAMS", 10000);
  const uint64_t seed = static_cast<uint64_t>(env_int("COZE_STRESS_SEED", 20261122));
  const int threads = 4;
  std::printf("cancel stress: %lld streams, seed %llu\n", static_cast<long long>(streams),
              static_cast<unsigned long long>(seed));
  const int64_t calls_before = coze::live_calls(), clients_before = coze::live_clients();

  std::atomic<int64_t> completed{0}, cancelled{0}, threw{0}, unexpected{0};
  std::mutex first_mu;
  std::string first_unexpected;
  {
    coze::ClientConfig cfg;
    cfg.base_url = g_server.base_url();
    cfg.token = "pat_stress_token";
    cfg.max_retries = 0;
    coze::CozeClient client(cfg);
    Canceller canceller;
    std::vector<std::thread> workers;
    for (int w = 0; w < threads; ++w) {
      workers.emplace_back([&, w] {
        std::mt19937_64 rng(seed + static_cast<uint64_t>(w));
        for (int64_t i = w; i < streams; i += threads) {
          coze::ChatRequest req;
          req.bot_id = "stress-bot";
          req.user_id = "u" + std::to_string(i);
          req.additional_messages = {coze::user_message("cancel this stream at a random point 你好 👋")};
          coze::RequestOptions opts;
          int mode = static_cast<int>(rng() % 5);
          int k = static_cast<int>(rng() % 12);
          int events = 0;
          if (mode == 0) opts.cancel.cancel();
          if (mode == 2) {
            canceller.at(std::chrono::steady_clock::now() + std::chrono::microseconds(rng() % 4000), opts.cancel);
          }
          try {
            client.chat().stream(
                req,
                [&](const coze::ChatEvent&) {
                  ++events;
                  if (mode == 1 && events == k) opts.cancel.cancel();
                  if (mode == 3 && events == k) throw HandlerThrew();
                },
                opts);
            ++completed;
          } catch (const coze::CozeError& e) {
            if (e.kind() == "cancelled") {
              ++cancelled;
            } else {
              ++unexpected;
              std::lock_guard<std::mutex> lock(first_mu);
              if (first_unexpected.empty()) first_unexpected = coze::describe(e.error());
            }
          } catch (const HandlerThrew&) {
            ++threw;
          }
        }
      });
    }
    for (auto& t : workers) t.join();
    EXPECT_EQ(coze::live_calls(), calls_before);
  }
  EXPECT_EQ(coze::live_clients(), clients_before);
  std::printf("cancel stress: %lld completed, %lld cancelled, %lld handler exceptions, %lld other\n",
              static_cast<long long>(completed.load()), static_cast<long long>(cancelled.load()),
              static_cast<long long>(threw.load()), static_cast<long long>(unexpected.load()));
  EXPECT_EQ(completed + cancelled + threw + unexpected, streams);
  EXPECT_EQ(unexpected.load(), 0) << "first: " << first_unexpected;
  EXPECT_GT(cancelled.load(), streams / 5);  // the random points really cancel
  EXPECT_GT(completed.load(), 0);
  // The server is still healthy and nothing is left half-open on our side.
  bool ok = false;
  g_server.control("GET", "/_fake/faults", "", &ok);
  EXPECT_TRUE(ok);
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new ServerEnv);
  return RUN_ALL_TESTS();
}
