// Rate limiter, budget parameters, call options, hooks and live handles.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "coze/coze.h"
#include "resilience/resilience.h"

namespace {

const char* kParams = R"({"bot_id":"b1","user_id":"u1","additional_messages":[]})";

coze::ClientConfig config() {
  coze::ClientConfig cfg;
  cfg.seed = 99;
  cfg.token = "pat_secret_token";
  return cfg;
}

void answer(coze::Call& call, int status, const std::string& body, std::vector<coze::Header> headers = {}) {
  headers.push_back({"Content-Type", "application/json"});
  call.on_response(status, headers);
  call.on_body(body.data(), body.size());
  call.on_end();
}

const char* kOk = R"({"code":0,"msg":"","data":{"id":"c1"}})";

TEST(RateLimiter, SpacesTokensAndAllowsTheBurst) {
  coze::resilience::RateLimiter off(0, 1);
  EXPECT_FALSE(off.enabled());
  EXPECT_EQ(off.take(0), 0);

  coze::resilience::RateLimiter rl(10, 3);  // a token every 100 ms, 3 at once
  EXPECT_EQ(rl.take(0), 0);
  EXPECT_EQ(rl.take(0), 0);
  EXPECT_EQ(rl.take(0), 0);
  EXPECT_EQ(rl.delay(0), 100);
  EXPECT_EQ(rl.take(0), 100);  // reserved: the next one waits longer
  EXPECT_EQ(rl.take(0), 200);
  EXPECT_EQ(rl.delay(1000), 0);  // idle time refills up to the burst only
  EXPECT_EQ(rl.take(1000), 0);
  EXPECT_EQ(rl.take(1000), 0);
  EXPECT_EQ(rl.take(1000), 0);
  EXPECT_EQ(rl.take(1000), 100);
}

TEST(RateLimiter, CallsOfOneClientShareTheBucket) {
  auto cfg = config();
  cfg.rate_limit_per_second = 5;  // 200 ms apart
  coze::Client client(cfg);
  coze::Call a(client, "chat.create", kParams), b(client, "chat.create", kParams), c(client, "chat.create", kParams);
  EXPECT_EQ(a.next(0).kind, coze::ActionKind::Send);
  auto sb = b.next(0);
  ASSERT_EQ(sb.kind, coze::ActionKind::Sleep);
  EXPECT_EQ(sb.delay_ms, 200);
  auto sc = c.next(50);
  ASSERT_EQ(sc.kind, coze::ActionKind::Sleep);
  EXPECT_EQ(sc.delay_ms, 350);
  EXPECT_EQ(b.next(200).kind, coze::ActionKind::Send);  // its slot is reserved: no second wait
  EXPECT_EQ(c.next(400).kind, coze::ActionKind::Send);
  c.cancel();
  EXPECT_EQ(c.next(400).error.kind, "cancelled");
}

TEST(RetryBudget, ParametersComeFromTheConfig) {
  auto cfg = config();
  EXPECT_EQ(cfg.apply_json(R"({"retry_budget":{"capacity":10,"retry_cost":4,"timeout_retry_cost":8,"success_refund":2}})"), "");
  EXPECT_EQ(cfg.retry_budget_capacity, 10);
  EXPECT_EQ(cfg.retry_budget_timeout_cost, 8);
  coze::resilience::RetryBudget b({10, 4, 8, 2});
  EXPECT_TRUE(b.try_spend(false));   // 6 left
  EXPECT_FALSE(b.try_spend(true));   // 8 > 6
  b.refund();                        // 8
  EXPECT_TRUE(b.try_spend(true));    // 0
  EXPECT_FALSE(b.try_spend(false));
  for (int i = 0; i < 20; ++i) b.refund();
  EXPECT_EQ(b.tokens(), 10);  // never above capacity
  EXPECT_NE(cfg.apply_json(R"({"retry_budget":{"capacity":-1}})"), "");
  EXPECT_NE(cfg.apply_json(R"({"retry_budget":3})"), "");
  EXPECT_NE(cfg.apply_json(R"({"rate_limit":{"burst":0}})"), "");
  EXPECT_EQ(cfg.apply_json(R"({"rate_limit":{"per_second":2.5,"burst":4}})"), "");
  EXPECT_EQ(cfg.rate_limit_per_second, 2.5);
  EXPECT_EQ(cfg.rate_limit_burst, 4);
  EXPECT_EQ(cfg.apply_json(R"({"rate_limit":null})"), "");
  EXPECT_EQ(cfg.rate_limit_per_second, 0);
}

TEST(CallOptions, ApplyJson) {
  coze::CallOptions o;
  EXPECT_EQ(o.apply_json(R"({"timeout_ms":5,"max_retries":1,"headers":{"X-A":"1"},"idempotency":false,
                             "idempotency_key":"k","traceparent":"t","tracestate":"s","wall_ms":null,"other":[]})"), "");
  EXPECT_EQ(o.timeout_ms, 5);
  EXPECT_EQ(o.max_retries, 1);
  ASSERT_EQ(o.headers.size(), 1u);
  EXPECT_EQ(o.headers[0].name, "X-A");
  EXPECT_FALSE(o.idempotency);
  EXPECT_EQ(o.idempotency_key, "k");
  EXPECT_EQ(o.wall_ms, -1);
  EXPECT_NE(o.apply_json(R"({"headers":{"X":1}})"), "");
  EXPECT_NE(o.apply_json(R"({"idempotency":"no"})"), "");
  EXPECT_NE(o.apply_json("[]"), "");
}

TEST(Traceparent, BadHeadersAreRejectedBeforeSending) {
  coze::Client client(config());
  const std::string good = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  for (const std::string& bad : {std::string("x"), good.substr(0, 54), good + "0", "0g" + good.substr(2),
                                 good.substr(0, 2) + "_" + good.substr(3)}) {
    coze::CallOptions o;
    o.traceparent = bad;
    coze::Call call(client, "chat.create", kParams, o);
    auto a = call.next(0);
    ASSERT_EQ(a.kind, coze::ActionKind::Fail) << bad;
    EXPECT_EQ(a.error.kind, "invalid_argument");
  }
  coze::CallOptions o;
  o.traceparent = good;
  o.tracestate = "a=1\r\nX-Evil: 1";
  coze::Call call(client, "chat.create", kParams, o);
  EXPECT_EQ(call.next(0).error.kind, "invalid_argument");
}

TEST(Hooks, SecretsAreRedactedAndNothingIsRecordedWhenOff) {
  auto cfg = config();
  {
    coze::Client client(cfg);
    coze::Call call(client, "chat.create", kParams);
    call.next(0);
    answer(call, 200, kOk);
    EXPECT_EQ(call.next(5).kind, coze::ActionKind::Done);
    EXPECT_TRUE(call.take_hooks().empty());
  }
  cfg.hooks = true;
  coze::Client client(cfg);
  coze::CallOptions o;
  o.headers.push_back({"Cookie", "session=abc"});
  coze::Call call(client, "chat.create", kParams, o);
  call.next(0);
  auto hooks = call.take_hooks();
  ASSERT_EQ(hooks.size(), 1u);
  std::string all = coze::hook_event_json(hooks[0]);
  EXPECT_EQ(all.find("pat_secret_token"), std::string::npos);
  EXPECT_EQ(all.find("session=abc"), std::string::npos);
  EXPECT_NE(all.find("[redacted]"), std::string::npos);
  EXPECT_TRUE(hooks[0].body.empty());  // bodies are off by default
  answer(call, 401, R"({"code":4100,"msg":"token pat_secret_token is bad"})");
  auto f = call.next(7);
  ASSERT_EQ(f.kind, coze::ActionKind::Fail);
  hooks = call.take_hooks();
  ASSERT_EQ(hooks.size(), 2u);
  EXPECT_EQ(hooks[1].kind, "call_finished");
  EXPECT_EQ(hooks[1].duration_ms, 7);
  EXPECT_EQ(coze::error_json(f.error).find("pat_secret_token"), std::string::npos);
}

TEST(History, EveryAttemptOnceWithItsKey) {
  coze::Client client(config());
  coze::Call call(client, "chat.create", kParams);
  auto s1 = call.next(0);
  answer(call, 503, "", {{"Retry-After", "0"}});
  auto s2 = call.next(10);
  ASSERT_EQ(s2.kind, coze::ActionKind::Send);
  call.on_transport_error("reset", "peer reset");
  auto sl = call.next(30);
  ASSERT_EQ(sl.kind, coze::ActionKind::Sleep);
  call.next(30 + sl.delay_ms);
  answer(call, 400, R"({"code":4000,"msg":"bad"})");
  auto f = call.next(2000);
  ASSERT_EQ(f.kind, coze::ActionKind::Fail);
  ASSERT_EQ(f.error.history.size(), 3u);
  EXPECT_EQ(f.error.history[0].outcome, "503");
  EXPECT_EQ(f.error.history[0].duration_ms, 10);
  EXPECT_EQ(f.error.history[1].outcome, "reset");
  EXPECT_EQ(f.error.history[1].delay_ms, sl.delay_ms);
  EXPECT_EQ(f.error.history[2].outcome, "400");
  EXPECT_EQ(f.error.history[2].kind, "bad_request");
  EXPECT_FALSE(f.error.history[0].idempotency_key.empty());
  EXPECT_EQ(f.error.history[0].idempotency_key, f.error.history[2].idempotency_key);
  EXPECT_NE(f.error.history[0].request_id, f.error.history[1].request_id);
}

TEST(LiveHandles, CallsAndClientsAreCounted) {
  int64_t calls = coze::live_calls(), clients = coze::live_clients();
  {
    coze::Client client(config());
    EXPECT_EQ(coze::live_clients(), clients + 1);
    coze::Call a(client, "chat.create", kParams);
    {
      coze::Call b(client, "chat.stream", kParams);
      EXPECT_EQ(coze::live_calls(), calls + 2);
    }
    EXPECT_EQ(coze::live_calls(), calls + 1);
  }
  EXPECT_EQ(coze::live_calls(), calls);
  EXPECT_EQ(coze::live_clients(), clients);
}

}  // namespace

namespace {

const char* kRetrieve = R"({"conversation_id":"c1","chat_id":"k1"})";

coze::ClientConfig breaker_config(int probes) {
  coze::ClientConfig cfg = config();
  cfg.max_retries = 0;
  EXPECT_EQ(cfg.apply_json(R"({"breaker": {"threshold": 0.5, "min_attempts": 2, "open_ms": 1000, "half_open_probes": )" +
                           std::to_string(probes) + "}}"),
            "");
  return cfg;
}

// Two failures open the breaker at t=0; at t=1000 it is due to half-open.
void open_breaker(coze::Client& client) {
  for (int i = 0; i < 2; ++i) {
    coze::Call call(client, "chat.retrieve", kRetrieve);
    ASSERT_EQ(call.next(0).kind, coze::ActionKind::Send);
    answer(call, 503, R"({"msg":"busy"})");
    ASSERT_EQ(call.next(0).kind, coze::ActionKind::Fail);
  }
  coze::Call refused(client, "chat.retrieve", kRetrieve);
  coze::Action a = refused.next(10);
  ASSERT_EQ(a.kind, coze::ActionKind::Fail);
  EXPECT_EQ(a.error.kind, "circuit_open");
  EXPECT_EQ(a.error.retry_after_ms, 990);
}

}  // namespace

TEST(Breaker, HalfOpenLetsOnlyItsProbesOutWhileTheyAreInFlight) {
  coze::Client client(breaker_config(1));
  open_breaker(client);
  coze::Call probe(client, "chat.retrieve", kRetrieve);
  ASSERT_EQ(probe.next(1000).kind, coze::ActionKind::Send);
  coze::Call other(client, "chat.retrieve", kRetrieve);
  coze::Action a = other.next(1000);
  ASSERT_EQ(a.kind, coze::ActionKind::Fail);
  EXPECT_EQ(a.error.kind, "circuit_open");
  EXPECT_EQ(a.error.retry_after_ms, 0);
  EXPECT_NE(a.error.message.find("probes are out"), std::string::npos);
  answer(probe, 200, R"({"code":0,"data":{"id":"k1","conversation_id":"c1","status":"completed"}})");
  EXPECT_EQ(probe.next(1001).kind, coze::ActionKind::Done);
  coze::Call after(client, "chat.retrieve", kRetrieve);
  EXPECT_EQ(after.next(1001).kind, coze::ActionKind::Send);
}

TEST(Breaker, AProbeDroppedOrCancelledFreesItsSlot) {
  coze::Client client(breaker_config(1));
  open_breaker(client);
  {
    coze::Call dropped(client, "chat.retrieve", kRetrieve);
    ASSERT_EQ(dropped.next(1000).kind, coze::ActionKind::Send);
  }  // the host dropped the call mid-probe
  coze::Call cancelled(client, "chat.retrieve", kRetrieve);
  ASSERT_EQ(cancelled.next(1000).kind, coze::ActionKind::Send);
  cancelled.cancel();
  EXPECT_EQ(cancelled.next(1000).error.kind, "cancelled");
  coze::Call next_probe(client, "chat.retrieve", kRetrieve);
  EXPECT_EQ(next_probe.next(1000).kind, coze::ActionKind::Send);
  // Neither the dropped nor the cancelled attempt counted.
  std::string h = client.health_json(1000);
  EXPECT_NE(h.find("\"total_attempts\":2"), std::string::npos) << h;
}

TEST(Breaker, ProbesOfOneHalfOpenPeriodAreCountedUpToTheirNumber) {
  coze::Client client(breaker_config(2));
  open_breaker(client);
  coze::Call p1(client, "chat.retrieve", kRetrieve), p2(client, "chat.retrieve", kRetrieve),
      p3(client, "chat.retrieve", kRetrieve);
  EXPECT_EQ(p1.next(1000).kind, coze::ActionKind::Send);
  EXPECT_EQ(p2.next(1000).kind, coze::ActionKind::Send);
  EXPECT_EQ(p3.next(1000).error.kind, "circuit_open");
}

TEST(Breaker, SharedByThreadsItStaysConsistent) {
  coze::ClientConfig cfg = config();
  cfg.max_retries = 0;
  ASSERT_EQ(cfg.apply_json(R"({"breaker": {"threshold": 0.9, "min_attempts": 1000000}})"), "");
  coze::Client client(cfg);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&client, t] {
      for (int i = 0; i < 500; ++i) {
        coze::Call call(client, "chat.retrieve", kRetrieve);
        int64_t now = i;
        if (call.next(now).kind != coze::ActionKind::Send) return;
        if ((i + t) % 2 == 0) answer(call, 503, R"({"msg":"busy"})");
        else answer(call, 404, R"({"msg":"missing"})");
        call.next(now);
      }
    });
  }
  for (auto& th : threads) th.join();
  std::string h = client.health_json(100000);
  EXPECT_NE(h.find("\"total_attempts\":4000"), std::string::npos) << h;
  EXPECT_NE(h.find("\"total_failures\":2000"), std::string::npos) << h;
}
