// End to end: the client's health and its circuit breaker through the typed
// client and the libcurl driver, against the fake Coze server (bot_id
// "broken" answers HTTP 500 code 5000 to every chat; tests/fake_coze/README.md).
#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "coze/client.h"
#include "chats.h"
#include "fake_server.h"

using json = nlohmann::json;

namespace {

const char* const kToken = "pat_health_test_token";

using coze_test::control;

size_t chat_requests() {
  size_t n = 0;
  for (const json& r : json::parse(control("GET", "/_fake/requests"))) {
    if (r["path"] == "/v3/chat") ++n;
  }
  return n;
}

using coze_test::chat_of;

class Health : public ::testing::Test {
 protected:
  void SetUp() override { control("POST", "/_fake/reset"); }

  static coze::ClientConfig config() {
    coze::ClientConfig c;
    c.base_url = coze_test::suite_server().base_url();
    c.token = kToken;
    c.max_retries = 0;
    return c;
  }

  coze::Hooks recording() {
    coze::Hooks h;
    h.on_health_changed = [this](const coze::HookEvent& e) { changes_.push_back(e); };
    return h;
  }

  std::vector<coze::HookEvent> changes_;
};

TEST_F(Health, TheBreakerOpensFailsFastAndAProbeClosesIt) {
  coze::ClientConfig c = config();
  ASSERT_EQ(c.apply_json(R"({"breaker": {"threshold": 0.5, "min_attempts": 4, "open_ms": 1000}})"), "");
  coze::CozeClient client(c, recording());

  for (int i = 0; i < 4; ++i) {
    try {
      client.chat().create(chat_of("broken"));
      FAIL() << "the broken bot answered";
    } catch (const coze::ServerError& e) {
      EXPECT_EQ(e.severity(), "critical");  // a service failure with no retry left
    }
  }
  ASSERT_EQ(changes_.size(), 1u);
  EXPECT_EQ(changes_[0].reason, "opened");
  EXPECT_EQ(changes_[0].state, "open");
  EXPECT_EQ(changes_[0].severity, "critical");
  EXPECT_DOUBLE_EQ(changes_[0].error_rate, 1.0);
  EXPECT_EQ(chat_requests(), 4u);

  try {
    client.chat().create(chat_of("any"));
    FAIL() << "the open breaker let a call out";
  } catch (const coze::CircuitOpenError& e) {
    EXPECT_EQ(e.kind(), "circuit_open");
    EXPECT_EQ(e.severity(), "info");
    EXPECT_TRUE(e.retryable());
    EXPECT_GT(e.retry_after_ms(), 0);
    EXPECT_LE(e.retry_after_ms(), 1000);
    EXPECT_EQ(e.attempts(), 0);
  }
  EXPECT_EQ(chat_requests(), 4u) << "a refused call reached the server";

  coze::model::ClientHealth h = client.health();
  EXPECT_EQ(h.state(), "open");
  EXPECT_EQ(h.opened(), 1);
  EXPECT_EQ(h.rejected(), 1);
  EXPECT_EQ(h.breaker(), true);
  EXPECT_EQ(h.total_failures(), 4);

  std::this_thread::sleep_for(std::chrono::milliseconds(1020));
  EXPECT_EQ(client.health().state(), "half_open");
  coze::model::Chat chat = client.chat().create(chat_of("7000000000000000001"));  // the probe
  EXPECT_FALSE(chat.is_null());
  EXPECT_EQ(client.health().state(), "closed");
  EXPECT_EQ(client.health().error_rate(), 0.0);
  ASSERT_EQ(changes_.size(), 3u);
  EXPECT_EQ(changes_[1].reason, "half_open");
  EXPECT_EQ(changes_[2].reason, "closed");
  EXPECT_EQ(chat_requests(), 5u);
}

TEST_F(Health, AFailingProbeOpensItAgain) {
  coze::ClientConfig c = config();
  ASSERT_EQ(c.apply_json(R"({"breaker": {"threshold": 0.5, "min_attempts": 2, "open_ms": 1000}})"), "");
  coze::CozeClient client(c, recording());
  for (int i = 0; i < 2; ++i) EXPECT_THROW(client.chat().create(chat_of("broken")), coze::ServerError);
  std::this_thread::sleep_for(std::chrono::milliseconds(1020));
  EXPECT_THROW(client.chat().create(chat_of("broken")), coze::ServerError);  // the probe fails
  EXPECT_THROW(client.chat().create(chat_of("any")), coze::CircuitOpenError);
  coze::model::ClientHealth h = client.health();
  EXPECT_EQ(h.state(), "open");
  EXPECT_EQ(h.opened(), 2);
  ASSERT_EQ(changes_.size(), 3u);
  EXPECT_EQ(changes_[2].reason, "opened");
}

TEST_F(Health, CallerErrorsNeitherCountNorOpenIt) {
  coze::ClientConfig c = config();
  ASSERT_EQ(c.apply_json(R"({"breaker": {"threshold": 0.5, "min_attempts": 2}})"), "");
  coze::CozeClient client(c, recording());
  for (int i = 0; i < 4; ++i) {
    try {
      client.conversations().retrieve({"123456"});  // no such conversation: code 4001
      FAIL() << "an unknown conversation was found";
    } catch (const coze::NotFoundError& e) {
      EXPECT_EQ(e.severity(), "info");
    }
  }
  coze::model::ClientHealth h = client.health();
  EXPECT_EQ(h.state(), "closed");
  EXPECT_EQ(h.current_attempts(), 4);
  EXPECT_EQ(h.current_failures(), 0);
  EXPECT_TRUE(changes_.empty());
}

TEST_F(Health, RetriesSpentComeFromTheBudget) {
  coze::ClientConfig c = config();
  c.max_retries = 1;
  coze::CozeClient client(c);
  try {
    client.chat().create(chat_of("broken"));
    FAIL() << "the broken bot answered";
  } catch (const coze::ServerError& e) {
    EXPECT_EQ(e.attempts(), 2);
    EXPECT_EQ(e.severity(), "critical");
  }
  coze::model::ClientHealth h = client.health();
  EXPECT_EQ(h.retries_spent(), 1);
  EXPECT_EQ(h.retry_budget_left(), 495.0);
  EXPECT_EQ(h.total_attempts(), 2);
  EXPECT_EQ(h.total_failures(), 2);
  EXPECT_EQ(h.state(), "closed");  // the breaker is off by default
  EXPECT_EQ(h.breaker(), false);
}

}  // namespace

namespace {

std::string attr(const coze::HookEvent& e, const std::string& name) {
  for (const auto& a : e.attributes) {
    if (a.name == name) return a.value;
  }
  return "<absent>";
}

TEST_F(Health, MetricsHookMeasuresAttemptsRetriesAndStreamEvents) {
  std::vector<coze::HookEvent> metrics;
  coze::Hooks hooks;
  hooks.on_metric = [&](const coze::HookEvent& e) { metrics.push_back(e); };
  coze::ClientConfig c = config();
  c.max_retries = 1;
  coze::CozeClient client(c, hooks);
  std::string base = coze_test::suite_server().base_url();
  std::string port = base.substr(base.rfind(':') + 1);

  // One 503 first, then the chat itself: a retry between two measured attempts.
  bool ok = false;
  coze_test::suite_server().control("POST", "/_fake/faults", R"([{"status": 503, "stall_ms": 60, "body": {"code": 5000, "msg": "busy"}}])", &ok);
  ASSERT_TRUE(ok);
  int received = 0;
  client.chat().stream(chat_of("7000000000000000001"), [&](const coze::ChatEvent&) { ++received; });
  ASSERT_GT(received, 0);

  ASSERT_EQ(metrics.size(), 4u);
  EXPECT_EQ(metrics[0].metric, "http.client.request.duration");
  EXPECT_EQ(metrics[0].instrument, "histogram");
  EXPECT_EQ(metrics[0].unit, "s");
  EXPECT_GE(metrics[0].value, 0.06);  // seconds: the fault stalled 60 ms (the clock has ms resolution)
  EXPECT_LT(metrics[0].value, 10.0);
  EXPECT_EQ(attr(metrics[0], "http.request.method"), "POST");
  EXPECT_EQ(attr(metrics[0], "server.address"), "127.0.0.1");
  EXPECT_EQ(attr(metrics[0], "server.port"), port);
  EXPECT_EQ(attr(metrics[0], "http.response.status_code"), "503");
  EXPECT_EQ(attr(metrics[0], "error.type"), "server");
  EXPECT_EQ(attr(metrics[0], "coze.operation"), "chat.stream");
  EXPECT_EQ(metrics[1].metric, "coze.client.retries");
  EXPECT_EQ(metrics[1].value, 1.0);
  EXPECT_EQ(attr(metrics[1], "error.type"), "server");
  EXPECT_EQ(metrics[2].metric, "http.client.request.duration");
  EXPECT_EQ(attr(metrics[2], "http.response.status_code"), "200");
  EXPECT_EQ(attr(metrics[2], "error.type"), "<absent>");
  EXPECT_EQ(metrics[3].metric, "coze.client.stream.events");
  EXPECT_EQ(metrics[3].unit, "{event}");
  EXPECT_EQ(metrics[3].value, static_cast<double>(received));
}

}  // namespace
