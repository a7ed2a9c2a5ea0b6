// The soak and shared-client runs of tests/e2e/README.md ("Soak and shared
// clients") through the libcurl client: COZE_SOAK_STREAMS cancelled streams
// (live calls back to where they were, RSS grown by at most 5 MiB) and one
// client shared by 64 threads for COZE_SHARED_CALLS mixed calls with faults
// (every call ends as it should; the requests the fake logged, the client's
// request_sent hook events and its health's attempts agree). Each prints
// the line scripts/reliability reads. scripts/reliability also runs the
// shared client built with ThreadSanitizer.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "coze/client.h"
#include "fake_server.h"

using json = nlohmann::json;

namespace {

coze_test::FakeCozeProcess g_server;

class ServerEnv : public ::testing::Environment {
 public:
  void SetUp() override { ASSERT_EQ(g_server.start(COZE_SOURCE_DIR), ""); }
  void TearDown() override { g_server.stop(); }
};

int64_t env_int(const char* name, int64_t fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? std::atoll(v) : fallback;
}

json control(const std::string& method, const std::string& path, const json& body = nullptr) {
  bool ok = false;
  long status = 0;
  std::string out = g_server.control(method, path, body.is_null() ? "" : body.dump(), &ok, &status);
  EXPECT_TRUE(ok && status == 200) << method << " " << path << ": " << out;
  json v = json::parse(out, nullptr, false);
  return v.is_discarded() ? json() : v;
}

// VmRSS of this process in KiB.
int64_t rss_kib() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atoll(line.c_str() + 6);
  }
  return -1;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

coze::ChatRequest chat_request(const std::string& bot, const std::string& text) {
  coze::ChatRequest req;
  req.bot_id = bot;
  req.user_id = "reliability-user";
  req.additional_messages = {coze::user_message(text)};
  return req;
}

const std::string kSoakText = "soak " + std::string(40, 's');  // the answer: 17 deltas
const std::string kSoakAnswer = "Echo: " + kSoakText;

// Ends a stream the way `way` says; false (with why) when it ended otherwise.
// a: cancelled before its first event; b: left after k events (the handler
// cancels, the C++ client's early exit); c: cancelled from another thread
// after `delay`; d: read to its end.
bool soak_stream(coze::CozeClient& client, char way, int k, std::chrono::microseconds delay, std::string& why) {
  coze::RequestOptions opts;
  if (way == 'a') opts.cancel.cancel();
  std::thread canceller;
  if (way == 'c') {
    coze::CancelToken token = opts.cancel;
    canceller = std::thread([token, delay]() mutable {
      std::this_thread::sleep_for(delay);
      token.cancel();
    });
  }
  int events = 0;
  std::string text, last_type;
  std::string kind;
  try {
    client.chat().stream(
        chat_request("soak-bot", kSoakText),
        [&](const coze::ChatEvent& ev) {
          ++events;
          last_type = ev.type();
          if (auto m = ev.is(coze::ChatEventKind::conversation_message_delta) ? ev.message() : std::nullopt) {
            text += m->content().value_or("");
          }
          if (way == 'b' && events == k) opts.cancel.cancel();
        },
        opts);
  } catch (const coze::CozeError& e) {
    kind = e.kind();
  }
  if (canceller.joinable()) canceller.join();
  bool whole = kind.empty() && last_type == "done" && text == kSoakAnswer;
  switch (way) {
    case 'a':
      if (kind == "cancelled" && events == 0) return true;
      break;
    case 'b':
      if (kind == "cancelled" && events == k) return true;
      break;
    case 'c':
      if (kind == "cancelled" || whole) return true;
      break;
    default:
      if (whole) return true;
  }
  why = std::string("way ") + way + ": " + std::to_string(events) + " events, error '" + kind + "', text '" + text +
        "'";
  return false;
}

TEST(Reliability, Soak) {
  const int64_t streams = env_int("COZE_SOAK_STREAMS", 1000);
  std::mt19937_64 rng(static_cast<uint64_t>(env_int("COZE_SOAK_SEED", 1)));
  coze::ClientConfig cfg;
  cfg.base_url = g_server.base_url();
  cfg.token = "pat_soak_token";
  cfg.max_retries = 0;
  coze::CozeClient client(cfg);
  int64_t counts[4] = {0, 0, 0, 0};
  int64_t wrong = 0;
  std::string first_wrong;
  int64_t rss_before = 0, calls_before = 0;
  auto t0 = std::chrono::steady_clock::now();
  const int64_t warmup = std::max<int64_t>(1, streams / 10);  // a tenth (100 of the default 1,000)
  for (int64_t i = 0; i < streams; ++i) {
    if (i == warmup) {
      rss_before = rss_kib();
      calls_before = coze::live_calls();
    }
    int way = static_cast<int>(rng() % 4);
    int k = 1 + static_cast<int>(rng() % 12);
    auto delay = std::chrono::microseconds(rng() % 5001);
    ++counts[way];
    std::string why;
    if (!soak_stream(client, static_cast<char>('a' + way), k, delay, why)) {
      if (wrong++ == 0) first_wrong = why;
    }
  }
  if (streams <= warmup) {
    rss_before = rss_kib();
    calls_before = coze::live_calls();
  }
  const int64_t calls_after = coze::live_calls();
  const int64_t growth = rss_kib() - rss_before;
  std::printf("[soak] native: %lld streams (a %lld, b %lld, c %lld, d %lld), live calls %lld -> %lld, RSS %+lld KiB, "
              "%.1f s\n",
              static_cast<long long>(streams), static_cast<long long>(counts[0]), static_cast<long long>(counts[1]),
              static_cast<long long>(counts[2]), static_cast<long long>(counts[3]),
              static_cast<long long>(calls_before), static_cast<long long>(calls_after),
              static_cast<long long>(growth), seconds_since(t0));
  std::fflush(stdout);
  EXPECT_EQ(wrong, 0) << "first: " << first_wrong;
  EXPECT_EQ(calls_after, calls_before);
  EXPECT_LE(growth, 5 * 1024) << "RSS grew by " << growth << " KiB";
}

TEST(Reliability, SharedClient) {
  const int64_t calls = env_int("COZE_SHARED_CALLS", 1000);
  const int workers = 64;
  control("POST", "/_fake/reset", json::object());
  json faults = json::array();
  for (int64_t i = 0; i < calls / 10; ++i) {
    if (i % 2 == 0) {
      faults.push_back({{"status", 503}, {"headers", {{"Retry-After", "0"}}}, {"body", {{"code", 5000}, {"msg", "busy"}}}});
    } else {
      faults.push_back({{"reset", true}});
    }
  }
  if (!faults.empty()) control("POST", "/_fake/faults", faults);

  std::atomic<int64_t> request_sent{0}, cancelled_attempts{0};
  coze::Hooks hooks;
  hooks.on_request_sent = [&](const coze::HookEvent&) { ++request_sent; };
  // Attempts that ended cancelled (one request-duration measurement each), which
  // the client's health leaves out.
  hooks.on_metric = [&](const coze::HookEvent& e) {
    if (e.metric != "http.client.request.duration") return;
    for (const coze::Header& a : e.attributes) {
      if (a.name == "error.type" && a.value == "cancelled") ++cancelled_attempts;
    }
  };
  hooks.on_response_head = [](const coze::HookEvent&) {};
  hooks.on_retry_scheduled = [](const coze::HookEvent&) {};
  hooks.on_call_finished = [](const coze::HookEvent&) {};
  coze::ClientConfig cfg;
  cfg.base_url = g_server.base_url();
  cfg.token = "pat_shared_token";
  cfg.max_retries = 2;
  cfg.metrics = true;
  coze::CozeClient client(cfg, hooks);

  std::atomic<int64_t> next{0}, ok{0}, failed{0}, wrong{0};
  std::mutex first_mu;
  std::string first_wrong;
  auto note_wrong = [&](const std::string& why) {
    ++wrong;
    std::lock_guard<std::mutex> lock(first_mu);
    if (first_wrong.empty()) first_wrong = why;
  };
  // A failure is right only when faults used up the call's three attempts,
  // or the retry budget stopped its retries.
  auto failure = [&](int64_t i, const coze::CozeError& e) {
    if ((e.kind() == "server" || e.kind() == "connection") &&
        (e.error().attempts == 3 || e.error().message.find("retry budget exhausted") != std::string::npos)) {
      ++failed;
    } else {
      note_wrong("call " + std::to_string(i) + ": " + coze::describe(e.error()));
    }
  };
  auto t0 = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int w = 0; w < workers; ++w) {
    threads.emplace_back([&] {
      for (int64_t i = next++; i < calls; i = next++) {
        try {
          switch (i % 4) {
            case 0: {
              coze::params::ChatCreate req;
              req.bot_id = "shared-bot";
              req.user_id = "u" + std::to_string(i);
              req.additional_messages = {coze::user_message("shared " + std::to_string(i))};
              if (client.chat().create(req).bot_id().value_or("") == "shared-bot") {
                ++ok;
              } else {
                note_wrong("call " + std::to_string(i) + ": chat.create answered another bot");
              }
              break;
            }
            case 1: {
              std::string text, last;
              client.chat().stream(chat_request("shared-bot", "shared " + std::to_string(i)),
                                   [&](const coze::ChatEvent& ev) {
                                     last = ev.type();
                                     auto m = ev.is(coze::ChatEventKind::conversation_message_delta) ? ev.message()
                                                                                                     : std::nullopt;
                                     if (m) text += m->content().value_or("");
                                   });
              if (last == "done" && text == "Echo: shared " + std::to_string(i)) {
                ++ok;
              } else {
                note_wrong("call " + std::to_string(i) + ": the stream gave '" + text + "'");
              }
              break;
            }
            case 2: {
              if (!client.conversations().create({}).id().value_or("").empty()) {
                ++ok;
              } else {
                note_wrong("call " + std::to_string(i) + ": a conversation without an id");
              }
              break;
            }
            default: {
              coze::RequestOptions opts;
              int events = 0;
              try {
                client.chat().stream(
                    chat_request("shared-bot", "cancel me"),
                    [&](const coze::ChatEvent&) {
                      if (++events == 1) opts.cancel.cancel();
                    },
                    opts);
                note_wrong("call " + std::to_string(i) + ": the cancelled stream finished");
              } catch (const coze::CozeError& e) {
                if (e.kind() == "cancelled" && events == 1) {
                  ++ok;
                } else {
                  failure(i, e);
                }
              }
              break;
            }
          }
        } catch (const coze::CozeError& e) {
          failure(i, e);
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  const double took = seconds_since(t0);
  json log = control("GET", "/_fake/requests");
  json remaining = control("GET", "/_fake/faults");
  coze::model::ClientHealth health = client.health();
  const int64_t requests = log.is_array() ? static_cast<int64_t>(log.size()) : -1;
  std::printf("[shared] native: %d workers, %lld calls (ok %lld, failed %lld), %lld requests, %.1f s\n", workers,
              static_cast<long long>(calls), static_cast<long long>(ok.load()), static_cast<long long>(failed.load()),
              static_cast<long long>(requests), took);
  std::fflush(stdout);
  EXPECT_EQ(wrong.load(), 0) << "first: " << first_wrong;
  EXPECT_EQ(ok + failed + wrong, calls);
  EXPECT_EQ(requests, request_sent.load()) << "the fake's log and the request_sent hook events disagree";
  // A cancelled attempt does not count towards the breaker's figures.
  EXPECT_GT(cancelled_attempts.load(), 0);
  EXPECT_EQ(health.total_attempts().value_or(-1), requests - cancelled_attempts.load())
      << "the client's health counts other attempts";
  EXPECT_EQ(remaining, json::array()) << "faults left unused";
  double left = health.retry_budget_left().value_or(-1);
  EXPECT_GE(left, 0.0);
  EXPECT_LE(left, cfg.retry_budget_capacity);
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new ServerEnv);
  return RUN_ALL_TESTS();
}
