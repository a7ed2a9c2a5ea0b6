#include <gtest/gtest.h>

#include <string>

#include "coze/coze.h"

namespace {

coze::Client make_client(int64_t idle_ms = 60000, int max_retries = 2, const char* key_header = "Idempotency-Key") {
  coze::ClientConfig cfg;
  cfg.max_retries = max_retries;
  cfg.idempotency_header = key_header;
  cfg.seed = 12345;
  cfg.base_url = "https://api.example.test/";
  cfg.token = "pat_secret_token";
  cfg.idle_timeout_ms = idle_ms;
  cfg.first_byte_timeout_ms = 5000;
  return coze::Client(cfg);
}

const char* kParams = R"({"bot_id":"b1","user_id":"u1","conversation_id":"c 1","additional_messages":[]})";

std::string header(const coze::HttpRequest& r, const std::string& name) {
  for (const auto& h : r.headers) {
    if (h.name == name) return h.value;
  }
  return "<absent>";
}

void feed(coze::Call& call, const std::string& s) { call.on_body(s.data(), s.size()); }

TEST(Call, BuildsTheChatRequest) {
  auto client = make_client();
  coze::Call call(client, "chat.stream", kParams);
  auto a = call.next(0);
  ASSERT_EQ(a.kind, coze::ActionKind::Send);
  EXPECT_EQ(a.request.method, "POST");
  EXPECT_EQ(a.request.url, "https://api.example.test/v3/chat?conversation_id=c%201");
  EXPECT_EQ(header(a.request, "Authorization"), "Bearer pat_secret_token");
  EXPECT_EQ(header(a.request, "Accept"), "text/event-stream");
  EXPECT_NE(a.request.body.find("\"stream\":true"), std::string::npos);
  EXPECT_EQ(a.request.body.find("conversation_id"), std::string::npos);
  EXPECT_TRUE(a.request.stream);
}

TEST(Call, EventsComeOutAsTheirBytesArrive) {
  auto client = make_client();
  coze::Call call(client, "chat.stream", kParams);
  ASSERT_EQ(call.next(0).kind, coze::ActionKind::Send);
  EXPECT_EQ(call.next(1).kind, coze::ActionKind::Wait);
  call.on_response(200, {{"Content-Type", "text/event-stream"}, {"X-Tt-Logid", "L1"}});
  feed(call, "event:conversation.message.delta\ndata:{\"content\":\"Hi\"}\n");
  EXPECT_EQ(call.next(2).kind, coze::ActionKind::Wait);  // the event is not complete yet
  feed(call, "\nevent:done\ndata:\"[DONE]\"\n\n");
  auto e = call.next(3);
  ASSERT_EQ(e.kind, coze::ActionKind::Event);
  EXPECT_EQ(e.event.type, "conversation.message.delta");
  EXPECT_EQ(e.event.data, "{\"content\":\"Hi\"}");
  auto d = call.next(4);
  ASSERT_EQ(d.kind, coze::ActionKind::Event);
  EXPECT_EQ(d.event.type, "done");
  EXPECT_EQ(d.event.data, "{}");
  auto done = call.next(5);
  ASSERT_EQ(done.kind, coze::ActionKind::Done);
  EXPECT_EQ(done.logid, "L1");
  EXPECT_TRUE(call.finished());
  EXPECT_EQ(call.next(6).kind, coze::ActionKind::Done);  // stays finished
}

TEST(Call, CancelWinsOverQueuedEvents) {
  auto client = make_client();
  coze::Call call(client, "chat.stream", kParams);
  call.next(0);
  call.on_response(200, {{"content-type", "text/event-stream"}});
  feed(call, "event:conversation.message.delta\ndata:{}\n\n");
  call.cancel();
  auto a = call.next(1);
  ASSERT_EQ(a.kind, coze::ActionKind::Fail);
  EXPECT_EQ(a.error.kind, "cancelled");
  EXPECT_FALSE(a.error.retryable);
}

TEST(Call, FirstByteAndIdleTimeoutsAreReportedAsWakeTimes) {
  auto client = make_client(300, 0);
  coze::Call call(client, "chat.stream", kParams);
  call.next(1000);
  auto w = call.next(1001);
  ASSERT_EQ(w.kind, coze::ActionKind::Wait);
  EXPECT_EQ(w.wake_at_ms, 6000);
  call.on_response(200, {{"content-type", "text/event-stream"}});
  auto w2 = call.next(2000);
  EXPECT_EQ(w2.wake_at_ms, 2300);
  auto t = call.next(2300);
  ASSERT_EQ(t.kind, coze::ActionKind::Fail);
  EXPECT_EQ(t.error.kind, "timeout");
  EXPECT_TRUE(t.error.retryable);
}

TEST(Call, EnvelopeErrorOnAStreamRequestKeepsTheBody) {
  auto client = make_client();
  coze::Call call(client, "chat.stream", kParams);
  call.next(0);
  call.on_response(200, {{"content-type", "application/json"}, {"x-tt-logid", "L2"}});
  std::string body = R"({"code":4016,"msg":"conversation occupied"})";
  feed(call, body);
  call.on_end();
  auto f = call.next(1);
  ASSERT_EQ(f.kind, coze::ActionKind::Fail);
  EXPECT_EQ(f.error.kind, "api");
  EXPECT_EQ(f.error.code, 4016);
  EXPECT_EQ(f.error.http_status, 200);
  EXPECT_EQ(f.error.logid, "L2");
  EXPECT_EQ(f.error.body, body);
  EXPECT_EQ(f.error.attempts, 1);
}

TEST(Call, AuthErrorsNeverEchoTheToken) {
  auto client = make_client();
  coze::Call call(client, "chat.create", kParams);
  call.next(0);
  call.on_response(401, {});
  feed(call, R"({"code":4100,"msg":"authentication is invalid"})");
  call.on_end();
  auto f = call.next(1);
  ASSERT_EQ(f.kind, coze::ActionKind::Fail);
  EXPECT_EQ(f.error.kind, "authentication");
  // The server's own text stays the message; the advice is the hint.
  EXPECT_EQ(f.error.message, "authentication is invalid");
  EXPECT_NE(f.error.hint.find("api.coze.cn"), std::string::npos);
  EXPECT_EQ(f.error.message.find("pat_secret_token"), std::string::npos);
}

TEST(Call, BadInputFailsBeforeSending) {
  auto client = make_client();
  for (auto [op, params] : std::vector<std::pair<std::string, std::string>>{
           {"chat.create", "{not json"},
           {"chat.create", "[]"},
           {"chat.create", R"({"user_id":"u"})"},
           {"chat.create", R"({"bot_id":"","user_id":"u"})"},
           {"chat.create", R"({"bot_id":"b","user_id":"u","conversation_id":{}})"},
           {"no.such.op", "{}"}}) {
    coze::Call call(client, op, params);
    auto a = call.next(0);
    ASSERT_EQ(a.kind, coze::ActionKind::Fail) << params;
    EXPECT_EQ(a.error.kind, "invalid_argument") << params;
    EXPECT_EQ(a.error.attempts, 0);
  }
}

TEST(Call, InputOutOfOrderIsAnInternalErrorNotACrash) {
  auto client = make_client();
  coze::Call call(client, "chat.create", kParams);
  feed(call, "x");  // before SEND
  call.on_end();
  auto a = call.next(0);
  EXPECT_EQ(a.kind, coze::ActionKind::Fail);
  EXPECT_EQ(a.error.kind, "internal");
}

TEST(Call, TransportErrorMidStreamIsAConnectionError) {
  auto client = make_client();
  coze::Call call(client, "chat.stream", kParams);
  call.next(0);
  call.on_response(200, {{"content-type", "text/event-stream"}});
  feed(call, "event:conversation.chat.created\ndata:{\"id\":\"1\"}\n\n");
  call.on_transport_error("reset", "connection reset by peer");
  EXPECT_EQ(call.next(1).kind, coze::ActionKind::Event);
  auto f = call.next(2);
  ASSERT_EQ(f.kind, coze::ActionKind::Fail);
  EXPECT_EQ(f.error.kind, "connection");
}

void answer(coze::Call& call, int status, const std::string& body, std::vector<coze::Header> headers = {});

TEST(Call, AnErrorBodyEndsTheAttemptAtItsBound) {
  // 1 MiB of a 500's body is kept; the attempt ends there, without waiting for the rest.
  auto client = make_client(60000, 0);
  coze::Call call(client, "chat.create", kParams);
  call.next(0);
  call.on_response(500, {{"content-type", "application/json"}});
  const std::string piece(256 * 1024, 'x');
  for (int i = 0; i < 5; ++i) feed(call, piece);  // 1.25 MiB, and no end
  auto f = call.next(1);
  ASSERT_EQ(f.kind, coze::ActionKind::Fail);
  EXPECT_EQ(f.error.kind, "server");
  EXPECT_EQ(f.error.http_status, 500);
  EXPECT_LE(f.error.body.size(), coze::kMaxErrorBodyBytes);
}

TEST(Call, StaleInputOfAFailedAttemptIsDropped) {
  // The head is refused (too many fields); the retry's sleep is under way when
  // the host feeds the rest of that answer: it is dropped, not an internal error.
  auto client = make_client(60000, 1);
  coze::Call call(client, "chat.create", kParams);
  call.next(0);
  std::vector<coze::Header> many(1001, coze::Header{"x-h", "v"});
  call.on_response(200, many);
  auto sleep = call.next(1);
  ASSERT_EQ(sleep.kind, coze::ActionKind::Sleep);
  feed(call, "{\"code\":0}");
  call.on_end();
  auto send = call.next(1 + sleep.delay_ms);
  ASSERT_EQ(send.kind, coze::ActionKind::Send);
  answer(call, 200, R"({"code":0,"msg":"","data":{"id":"c1","conversation_id":"v1","status":"in_progress"}})",
         {{"content-type", "application/json"}});
  EXPECT_EQ(call.next(2 + sleep.delay_ms).kind, coze::ActionKind::Done);
}

void answer(coze::Call& call, int status, const std::string& body, std::vector<coze::Header> headers) {
  call.on_response(status, headers);
  feed(call, body);
  call.on_end();
}

TEST(Retry, SameKeyOnEveryAttemptAndTheCountGrows) {
  auto client = make_client();
  coze::Call call(client, "chat.create", kParams);
  auto first = call.next(0);
  ASSERT_EQ(first.kind, coze::ActionKind::Send);
  std::string key = header(first.request, "Idempotency-Key");
  EXPECT_EQ(key.size(), 26u);
  EXPECT_EQ(header(first.request, "X-Coze-Retry-Count"), "0");
  answer(call, 503, "");
  auto sleep = call.next(10);
  ASSERT_EQ(sleep.kind, coze::ActionKind::Sleep);
  EXPECT_GE(sleep.delay_ms, 375);
  EXPECT_LE(sleep.delay_ms, 500);
  // Woken early (say, by a spurious wake-up): the rest of the sleep remains.
  auto rest = call.next(110);
  ASSERT_EQ(rest.kind, coze::ActionKind::Sleep);
  EXPECT_EQ(rest.delay_ms, sleep.delay_ms - 100);
  auto second = call.next(10 + sleep.delay_ms);
  ASSERT_EQ(second.kind, coze::ActionKind::Send);
  EXPECT_EQ(header(second.request, "Idempotency-Key"), key);
  EXPECT_EQ(header(second.request, "X-Coze-Retry-Count"), "1");
  EXPECT_NE(header(second.request, "X-Client-Request-Id"), header(first.request, "X-Client-Request-Id"));
  answer(call, 200, R"({"code":0,"data":{"id":"c9"}})");
  auto done = call.next(2000);
  ASSERT_EQ(done.kind, coze::ActionKind::Done);
  EXPECT_EQ(done.result, R"({"id":"c9"})");
}

TEST(Retry, PostWithoutKeyRetriesOnlyWhenTheRequestNeverLeft) {
  auto client = make_client(60000, 2, "");
  coze::Call reset(client, "chat.create", kParams);
  EXPECT_EQ(header(reset.next(0).request, "Idempotency-Key"), "<absent>");
  reset.on_transport_error("reset", "peer reset");
  auto f = reset.next(1);
  ASSERT_EQ(f.kind, coze::ActionKind::Fail);
  EXPECT_EQ(f.error.kind, "connection");
  EXPECT_NE(f.error.message.find("idempotency key"), std::string::npos);

  coze::Call refused(client, "chat.create", kParams);
  refused.next(0);
  refused.on_transport_error("connect", "refused");
  EXPECT_EQ(refused.next(1).kind, coze::ActionKind::Sleep);
}

TEST(Retry, AStreamIsNotRetriedAfterItsFirstEvent) {
  auto client = make_client();
  coze::Call call(client, "chat.stream", kParams);
  call.next(0);
  call.on_response(200, {{"content-type", "text/event-stream"}});
  feed(call, "event:conversation.message.delta\ndata:{\"content\":\"a\"}\n\n");
  call.on_transport_error("reset", "");
  EXPECT_EQ(call.next(1).kind, coze::ActionKind::Event);
  auto f = call.next(2);
  ASSERT_EQ(f.kind, coze::ActionKind::Fail);
  EXPECT_EQ(f.error.kind, "connection");
  EXPECT_EQ(f.error.attempts, 1);
}

TEST(Retry, ServerGuidance) {
  auto client = make_client();
  {  // Retry-After in seconds wins over backoff
    coze::Call call(client, "chat.create", kParams);
    call.next(0);
    answer(call, 429, R"({"code":4013,"msg":"slow down"})", {{"Retry-After", "3"}});
    auto s = call.next(0);
    ASSERT_EQ(s.kind, coze::ActionKind::Sleep);
    EXPECT_EQ(s.delay_ms, 3000);
  }
  {  // a delay above 60 s is not slept
    coze::Call call(client, "chat.create", kParams);
    call.next(0);
    answer(call, 429, R"({"code":4013,"msg":"slow down"})", {{"Retry-After", "120"}});
    auto f = call.next(0);
    ASSERT_EQ(f.kind, coze::ActionKind::Fail);
    EXPECT_EQ(f.error.kind, "rate_limited");
    EXPECT_EQ(f.error.retry_after_ms, 120000);
  }
  {  // x-should-retry: false overrides a retryable status
    coze::Call call(client, "chat.create", kParams);
    call.next(0);
    answer(call, 503, "", {{"x-should-retry", "false"}});
    auto f = call.next(0);
    ASSERT_EQ(f.kind, coze::ActionKind::Fail);
    EXPECT_FALSE(f.error.retryable);
  }
  {  // and true makes a 400 retryable
    coze::Call call(client, "chat.create", kParams);
    call.next(0);
    answer(call, 400, "", {{"x-should-retry", "true"}});
    EXPECT_EQ(call.next(0).kind, coze::ActionKind::Sleep);
  }
}

TEST(Retry, GivesUpAfterMaxRetriesWithTheAttemptCount) {
  auto client = make_client(60000, 2);
  coze::Call call(client, "chat.create", kParams);
  int64_t now = 0;
  for (int i = 0; i < 3; ++i) {
    auto a = call.next(now);
    if (a.kind == coze::ActionKind::Sleep) {
      now += a.delay_ms;
      a = call.next(now);
    }
    ASSERT_EQ(a.kind, coze::ActionKind::Send) << i;
    answer(call, 502, "");
  }
  auto f = call.next(now);
  ASSERT_EQ(f.kind, coze::ActionKind::Fail);
  EXPECT_EQ(f.error.kind, "gateway");
  EXPECT_EQ(f.error.attempts, 3);
}

TEST(Retry, TheBudgetStopsRetryStorms) {
  auto client = make_client(60000, 1);
  int sleeps = 0, budget_failures = 0;
  for (int i = 0; i < 120; ++i) {
    coze::Call call(client, "chat.create", kParams);
    call.next(0);
    answer(call, 500, "");
    auto a = call.next(0);
    if (a.kind == coze::ActionKind::Sleep) ++sleeps;
    if (a.kind == coze::ActionKind::Fail && a.error.message.find("budget") != std::string::npos) ++budget_failures;
  }
  EXPECT_EQ(sleeps, 100);  // 500 tokens / 5 per retry
  EXPECT_EQ(budget_failures, 20);
}

TEST(Retry, ASleepNeverOutlivesTheDeadline) {
  auto client = make_client();
  coze::CallOptions opts;
  opts.timeout_ms = 1000;
  coze::Call call(client, "chat.create", kParams, opts);
  call.next(0);
  answer(call, 503, "", {{"Retry-After", "2"}});
  auto f = call.next(10);
  ASSERT_EQ(f.kind, coze::ActionKind::Fail);
  EXPECT_EQ(f.error.kind, "server");
  EXPECT_NE(f.error.message.find("deadline"), std::string::npos);
}

TEST(ClientConfig, ApplyJson) {
  coze::ClientConfig c;
  EXPECT_EQ(c.apply_json(R"({"base_url":"http://x","token":"t","max_retries":0,"idempotency_header":null,
                             "total_timeout_ms":null,"seed":7,"other":1})"), "");
  EXPECT_EQ(c.base_url, "http://x");
  EXPECT_EQ(c.max_retries, 0);
  EXPECT_EQ(c.idempotency_header, "");
  EXPECT_EQ(c.total_timeout_ms, -1);
  EXPECT_EQ(c.seed, 7u);
  EXPECT_NE(c.apply_json(R"({"max_retries":"two"})"), "");
  EXPECT_NE(c.apply_json("nope"), "");
}

TEST(Errors, MappingTable) {
  struct Case { int status; const char* body; const char* kind; };
  for (auto c : std::vector<Case>{
           {400, "", "bad_request"}, {401, "", "authentication"}, {403, "", "permission_denied"},
           {404, "", "not_found"}, {408, "", "timeout"}, {409, "", "conflict"}, {422, "", "unprocessable"},
           {429, "", "rate_limited"}, {500, "", "server"}, {502, "", "gateway"}, {503, "", "server"},
           {504, "", "gateway"}, {599, "", "server"}, {200, R"({"code":4101,"msg":"x"})", "permission_denied"},
           {200, R"({"code":4200,"msg":"x"})", "not_found"}, {200, R"({"code":4020,"msg":"x"})", "rate_limited"},
           {200, R"({"code":700012006,"msg":"x"})", "authentication"}, {200, R"({"code":5000})", "server"},
           {400, R"({"code":4013,"msg":"x"})", "rate_limited"}, {200, R"({"code":4015})", "api"},
           {200, "not json", "decode"}, {200, R"({"code":0,"data":{}})", ""}}) {
    auto e = coze::map_http_error(c.status, {}, c.body);
    EXPECT_EQ(e.kind, c.kind) << c.status << " " << c.body;
  }
}

TEST(Errors, RetryAfterAndLogid) {
  auto e = coze::map_http_error(429, {{"Retry-After", "2"}}, R"({"code":4013,"msg":"slow","detail":{"logid":"B"}})");
  EXPECT_EQ(e.retry_after_ms, 2000);
  EXPECT_EQ(e.logid, "B");
  EXPECT_TRUE(e.retryable);
  auto f = coze::map_http_error(503, {{"retry-after-ms", "150"}, {"retry-after", "9"}, {"X-Tt-Logid", "H"}}, "");
  EXPECT_EQ(f.retry_after_ms, 150);
  EXPECT_EQ(f.logid, "H");
  EXPECT_EQ(coze::map_http_error(503, {{"retry-after", "soon"}}, "").retry_after_ms, -1);
}

}  // namespace

namespace {

TEST(HttpDate, AllThreeFormsAndRejects) {
  // 1994-11-06T08:49:37Z
  const int64_t want = 784111777000;
  EXPECT_EQ(coze::map_http_error(503, {{"Retry-After", "Sun, 06 Nov 1994 08:49:39 GMT"}}, "", false, want).retry_after_ms, 2000);
  EXPECT_EQ(coze::map_http_error(503, {{"Retry-After", "Sunday, 06-Nov-94 08:49:40 GMT"}}, "", false, want).retry_after_ms, 3000);
  EXPECT_EQ(coze::map_http_error(503, {{"Retry-After", "Sun Nov  6 08:49:41 1994"}}, "", false, want).retry_after_ms, 4000);
  // In the past: retry now. Without a wall clock, a date cannot count.
  EXPECT_EQ(coze::map_http_error(503, {{"Retry-After", "Sun, 06 Nov 1994 08:00:00 GMT"}}, "", false, want).retry_after_ms, 0);
  EXPECT_EQ(coze::map_http_error(503, {{"Retry-After", "Sun, 06 Nov 1994 08:49:39 GMT"}}, "").retry_after_ms, -1);
  for (const char* bad : {"Sun, 06 Nov 1994 08:49:39 PST", "Sun, 32 Nov 1994 08:49:39 GMT", "Sun, 06 Foo 1994 08:49:39 GMT",
                          "Sun, 06 Nov 1994 08:49:39 GMT trailing", "06 Nov 1994", ""}) {
    EXPECT_EQ(coze::map_http_error(503, {{"Retry-After", bad}}, "", false, want).retry_after_ms, -1) << bad;
  }
}

TEST(Retry, HttpDateRetryAfterUsesTheHostsWallClock) {
  coze::ClientConfig cfg;
  cfg.token = "pat_x";
  cfg.seed = 1;
  coze::Client client(cfg);
  coze::CallOptions opts;
  opts.wall_ms = 784111777000 - 500;  // the call started 500 ms before the date minus 2 s
  coze::Call call(client, "chat.create", R"({"bot_id":"b","user_id":"u"})", opts);
  call.next(100);
  call.on_response(503, {{"Retry-After", "Sun, 06 Nov 1994 08:49:39 GMT"}});
  call.on_end();
  auto s = call.next(600);  // wall now = 784111777000
  ASSERT_EQ(s.kind, coze::ActionKind::Sleep);
  EXPECT_EQ(s.delay_ms, 2000);
}

}  // namespace
