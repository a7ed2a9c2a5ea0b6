// End to end: the libcurl client (and the coze CLI) against the fake Coze
// server, started once for the whole suite (tests/fake_coze/README.md).
#include <arpa/inet.h>
#include <curl/curl.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "coze/client.h"
#include "fake_server.h"

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

const char* const kToken = "pat_e2e_secret_token_value";

int64_t ms_since(Clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t).count();
}

// The fake server as a child process, for the whole suite.
coze_test::FakeCozeProcess g_server;

class FakeServer : public ::testing::Environment {
 public:
  void SetUp() override { ASSERT_EQ(g_server.start(COZE_SOURCE_DIR), ""); }
  void TearDown() override { g_server.stop(); }
};

std::string base_url() { return g_server.base_url(); }

using coze_test::control;

void add_faults(const json& faults) { control("POST", "/_fake/faults", faults.dump()); }

json requests_log() { return json::parse(control("GET", "/_fake/requests")); }

json logged_body(const json& entry) { return json::parse(entry["body"].get<std::string>()); }

coze::ClientConfig test_config() {
  coze::ClientConfig config;
  config.base_url = base_url();
  config.token = kToken;
  return config;
}

coze::ChatRequest chat_request(const std::string& bot, const std::string& text) {
  coze::ChatRequest req;
  req.bot_id = bot;
  req.user_id = "e2e-user";
  req.additional_messages = {coze::user_message(text)};
  return req;
}

// Runs fn, which must throw a CozeError, and returns its error.
template <typename Fn>
coze::Error expect_error(Fn fn) {
  try {
    fn();
  } catch (const coze::CozeError& e) {
    std::string what = e.what();
    EXPECT_EQ(what.find(kToken), std::string::npos) << "the token leaked into: " << what;
    return e.error();
  }
  ADD_FAILURE() << "no CozeError was thrown";
  return coze::Error();
}

class E2E : public ::testing::Test {
 protected:
  void SetUp() override { control("POST", "/_fake/reset"); }
};

using Kind = coze::ChatEventKind;

// The text of a message event ("" for other events).
std::string content_of(const coze::ChatEvent& ev) {
  auto message = ev.message();
  return message ? message->content().value_or("") : "";
}

std::string str(const std::optional<std::string>& s) { return s.value_or(""); }

struct Collected {
  std::vector<std::string> types;
  std::string text;
  coze::model::Chat chat;  // as of the last conversation.chat.* event
};

std::function<void(const coze::ChatEvent&)> collector(Collected& c) {
  return [&c](const coze::ChatEvent& ev) {
    c.types.push_back(ev.type());
    if (ev.is(Kind::conversation_message_delta)) c.text += content_of(ev);
    if (auto chat = ev.chat()) c.chat = *chat;
  };
}

TEST_F(E2E, StreamedTextIsTheEcho) {
  coze::CozeClient client(test_config());
  Collected got;
  client.chat().stream(chat_request("bot_1", "hello there"), collector(got));
  EXPECT_EQ(got.text, "Echo: hello there");
  ASSERT_GE(got.types.size(), 4u);
  EXPECT_EQ(got.types.front(), "conversation.chat.created");
  EXPECT_EQ(got.types.back(), "done");
  EXPECT_EQ(got.chat.status(), "completed");
  EXPECT_FALSE(str(got.chat.id()).empty());
  ASSERT_TRUE(got.chat.usage());
  EXPECT_GT(got.chat.usage()->token_count().value_or(0), 0);

  json log = requests_log();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0]["path"], "/v3/chat");
  json body = json::parse(log[0]["body"].get<std::string>());
  EXPECT_EQ(body["stream"], true);
  EXPECT_EQ(body["bot_id"], "bot_1");
}

TEST_F(E2E, MultibyteTextRoundTripsIntact) {
  // "你好，世界 🌍👍🏽 café 😀!": 3-byte CJK, 4-byte emoji, a skin-tone modifier.
  const std::string text =
      "\xE4\xBD\xA0\xE5\xA5\xBD\xEF\xBC\x8C\xE4\xB8\x96\xE7\x95\x8C \xF0\x9F\x8C\x8D"
      "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD caf\xC3\xA9 \xF0\x9F\x98\x80!";
  coze::CozeClient client(test_config());
  Collected got;
  client.chat().stream(chat_request("bot_1", text), collector(got));
  EXPECT_EQ(got.text, "Echo: " + text);
  // Split into pieces of 3 code points: several deltas, each whole UTF-8.
  EXPECT_GT(std::count(got.types.begin(), got.types.end(), "conversation.message.delta"), 3);
}

TEST_F(E2E, CreateReturnsTheChat) {
  coze::CozeClient client(test_config());
  coze::model::Chat chat = client.chat().create(chat_request("bot_1", "hi"));
  EXPECT_FALSE(str(chat.id()).empty());
  EXPECT_FALSE(str(chat.conversation_id()).empty());
  EXPECT_EQ(chat.bot_id(), "bot_1");
  EXPECT_EQ(chat.status(), "in_progress");
  json raw = json::parse(chat.to_json());
  EXPECT_EQ(raw["id"], str(chat.id()));
  json log = requests_log();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(logged_body(log[0])["stream"], false);
}

TEST_F(E2E, GenericCallsTakeJsonParams) {
  coze::CozeClient client(test_config());
  json params = {{"bot_id", "bot_1"},
                 {"user_id", "u"},
                 {"additional_messages", json::array({{{"role", "user"}, {"content", "raw"}}})}};
  json created = json::parse(client.run("chat.create", params.dump()));
  EXPECT_TRUE(created["id"].is_string()) << created;
  EXPECT_EQ(client.call("chat.create", params.dump()).get("bot_id").as_string(), "bot_1");

  std::vector<std::string> types;
  std::string text;
  std::string result = client.run("chat.stream", params.dump(), [&](const coze::EventView& ev) {
    types.push_back(ev.type());
    if (ev.type() == "conversation.message.delta") text += str(ev.payload().get("content").as_string());
  });
  EXPECT_EQ(result, "");
  ASSERT_FALSE(types.empty());
  EXPECT_EQ(types.back(), "done");
  EXPECT_EQ(text, "Echo: raw");

  coze::Error e = expect_error([&] { client.run("no.such.op", "{}"); });
  EXPECT_EQ(e.kind, "invalid_argument");
}

TEST_F(E2E, MessagesOfAStreamedChat) {
  coze::CozeClient client(test_config());
  Collected got;
  client.chat().stream(chat_request("bot_1", "list me"), collector(got));
  std::vector<coze::model::Message> messages =
      client.chat().messages().list({str(got.chat.conversation_id()), str(got.chat.id())});
  ASSERT_FALSE(messages.empty());
  EXPECT_EQ(messages[0].content(), "Echo: list me");
  EXPECT_EQ(messages[0].role(), "assistant");
}

TEST_F(E2E, BadTokenIsAuthenticationWithLogid) {
  coze::ClientConfig config = test_config();
  config.token = "not_a_pat_token";
  coze::CozeClient client(config);
  coze::Error e = expect_error([&] { client.chat().create(chat_request("bot_1", "hi")); });
  EXPECT_EQ(e.kind, "authentication");
  EXPECT_EQ(e.http_status, 401);
  EXPECT_EQ(e.code, 4100);
  EXPECT_NE(e.logid.find("FAKE"), std::string::npos) << e.logid;
  EXPECT_FALSE(e.retryable);
}

TEST_F(E2E, BusyConversationOnAStreamIsApi4016) {
  coze::CozeClient client(test_config());
  Collected got;
  coze::Error e = expect_error([&] { client.chat().stream(chat_request("busy", "hi"), collector(got)); });
  EXPECT_EQ(e.kind, "api");
  EXPECT_EQ(e.code, 4016);
  EXPECT_EQ(e.http_status, 200);
  EXPECT_FALSE(e.logid.empty());
  EXPECT_TRUE(got.types.empty());
}

TEST_F(E2E, ErrorEventIsStreamError) {
  coze::CozeClient client(test_config());
  Collected got;
  coze::Error e = expect_error([&] { client.chat().stream(chat_request("stream_error", "hi there"), collector(got)); });
  EXPECT_EQ(e.kind, "stream");
  EXPECT_FALSE(got.text.empty());  // the deltas before the error reached the user
}

TEST_F(E2E, TruncatedStreamIsStreamError) {
  coze::CozeClient client(test_config());
  Collected got;
  coze::Error e = expect_error([&] { client.chat().stream(chat_request("truncated", "hi there"), collector(got)); });
  EXPECT_EQ(e.kind, "stream");
  std::string msg = e.message;
  for (char& c : msg) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_NE(msg.find("truncat"), std::string::npos) << e.message;
}

TEST_F(E2E, ResetMidStreamIsConnectionError) {
  coze::CozeClient client(test_config());
  Collected got;
  coze::Error e = expect_error([&] { client.chat().stream(chat_request("reset", "hi there"), collector(got)); });
  EXPECT_EQ(e.kind, "connection");
  // Events already delivered: the stream is not retried (no duplicated tokens).
  EXPECT_EQ(requests_log().size(), 1u);
}

TEST_F(E2E, ConnectErrorToAClosedPort) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  socklen_t len = sizeof addr;
  ASSERT_EQ(getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len), 0);
  int closed_port = ntohs(addr.sin_port);
  close(fd);

  coze::ClientConfig config = test_config();
  config.base_url = "http://127.0.0.1:" + std::to_string(closed_port);
  config.max_retries = 0;
  coze::CozeClient client(config);
  coze::Error e = expect_error([&] { client.chat().create(chat_request("bot_1", "hi")); });
  EXPECT_EQ(e.kind, "connection");
  EXPECT_EQ(e.http_status, 0);
}

TEST_F(E2E, EventsArriveAsTheyAreSent) {
  add_faults(json::array({{{"drip_ms", 300}}}));
  coze::CozeClient client(test_config());
  auto start = Clock::now();
  int64_t first_delta_ms = -1;
  client.chat().stream(chat_request("bot_1", "abcdefghijkl"), [&](const coze::ChatEvent& ev) {
    if (ev.is(Kind::conversation_message_delta) && first_delta_ms < 0) first_delta_ms = ms_since(start);
  });
  int64_t total_ms = ms_since(start);
  // 6 deltas at 300 ms each, the last at least 1500 ms after the first: the first must not wait
  // for the last (900 ms of it, leaving a loaded machine 600 ms to hand the first one out).
  ASSERT_GE(first_delta_ms, 0);
  EXPECT_LT(first_delta_ms + 900, total_ms) << "first delta " << first_delta_ms << " ms, total " << total_ms;
}

TEST_F(E2E, CancelMidStreamEndsPromptly) {
  add_faults(json::array({{{"drip_ms", 300}}}));
  coze::CozeClient client(test_config());
  coze::RequestOptions options;
  std::atomic<bool> first_delta{false};
  Collected got;
  std::thread canceller([&] {
    while (!first_delta.load()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    options.cancel.cancel();
  });
  auto handler = [&](const coze::ChatEvent& ev) {
    got.types.push_back(ev.type());
    if (ev.is(Kind::conversation_message_delta)) first_delta.store(true);
  };
  auto start = Clock::now();
  coze::Error e = expect_error([&] {
    client.chat().stream(chat_request("bot_1", "a long message that would take many deltas to finish"), handler,
                         options);
  });
  int64_t elapsed = ms_since(start);
  canceller.join();
  EXPECT_EQ(e.kind, "cancelled");
  // About 20 deltas at 300 ms: without the cancel this takes over 5 s.
  EXPECT_LT(elapsed, 3000);
  ASSERT_FALSE(got.types.empty());
  EXPECT_NE(got.types.back(), "done");
}

TEST_F(E2E, CancelStopsTheRestOfABatch) {
  // The whole answer is one body written at once, so its events cross as
  // one batch: a cancel from the handler must stop the batch there.
  std::string sse;
  for (int i = 0; i < 5; ++i) {
    sse += "event:conversation.message.delta\ndata:{\"id\":\"m1\",\"role\":\"assistant\",\"type\":\"answer\","
           "\"content\":\"piece\",\"content_type\":\"text\"}\n\n";
  }
  sse += "event:done\ndata:\"[DONE]\"\n\n";
  add_faults(json::array({{{"status", 200}, {"headers", {{"Content-Type", "text/event-stream"}}}, {"body", sse}}}));
  coze::CozeClient client(test_config());
  coze::RequestOptions options;
  std::vector<std::string> seen;
  auto handler = [&](const coze::ChatEvent& ev) {
    seen.push_back(ev.type());
    options.cancel.cancel();
  };
  coze::Error e = expect_error([&] {
    client.chat().stream(chat_request("bot_1", "a message long enough for several deltas"), handler, options);
  });
  EXPECT_EQ(e.kind, "cancelled");
  EXPECT_EQ(seen.size(), 1u) << "events were handed out after the cancel";
}

// A chat.create whose token another thread cancels after `after_ms`: its
// error, and in `elapsed` how long the call took.
coze::Error create_cancelled_after(coze::CozeClient& client, coze::RequestOptions& options, int after_ms,
                                   int64_t& elapsed) {
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(after_ms));
    options.cancel.cancel();
  });
  auto start = Clock::now();
  coze::Error e = expect_error([&] { client.chat().create(chat_request("bot_1", "hi"), options); });
  elapsed = ms_since(start);
  canceller.join();
  return e;
}

TEST_F(E2E, CancelWhileWaitingForTheHead) {
  add_faults(json::array({{{"stall_ms", 5000}}}));
  coze::CozeClient client(test_config());
  coze::RequestOptions options;
  int64_t elapsed = 0;
  EXPECT_EQ(create_cancelled_after(client, options, 200, elapsed).kind, "cancelled");
  // No bytes arrive while the server stalls (5 s): the cancel must wake the poll.
  EXPECT_LT(elapsed, 2500);
  // A cancelled token fails the next call at once, before any request.
  size_t before = requests_log().size();
  EXPECT_EQ(expect_error([&] { client.chat().create(chat_request("bot_1", "hi"), options); }).kind, "cancelled");
  EXPECT_EQ(requests_log().size(), before);
}

TEST_F(E2E, CancelInterruptsARetrySleep) {
  add_faults(
      json::array({{{"status", 503}, {"headers", {{"Retry-After", "5"}}}, {"body", {{"code", 5000}, {"msg", "x"}}}}}));
  coze::CozeClient client(test_config());
  coze::RequestOptions options;
  int64_t elapsed = 0;
  EXPECT_EQ(create_cancelled_after(client, options, 300, elapsed).kind, "cancelled");
  EXPECT_LT(elapsed, 3500);  // the Retry-After sleep alone is 5 s
}

TEST_F(E2E, RetriesAServerErrorWithTheSameIdempotencyKey) {
  add_faults(json::array({{{"status", 502}, {"headers", {{"Retry-After", "0"}}}, {"body", ""}}}));
  coze::CozeClient client(test_config());
  coze::model::Chat chat = client.chat().create(chat_request("bot_1", "retry me"));
  EXPECT_FALSE(str(chat.id()).empty());
  json log = requests_log();
  ASSERT_EQ(log.size(), 2u);
  ASSERT_TRUE(log[0]["idempotency_key"].is_string());
  EXPECT_EQ(log[0]["idempotency_key"], log[1]["idempotency_key"]);
}

TEST_F(E2E, FirstByteTimeout) {
  add_faults(json::array({{{"stall_ms", 3000}}}));
  coze::ClientConfig config = test_config();
  config.first_byte_timeout_ms = 300;
  config.max_retries = 0;
  coze::CozeClient client(config);
  auto start = Clock::now();
  coze::Error e = expect_error([&] { client.chat().create(chat_request("bot_1", "hi")); });
  EXPECT_EQ(e.kind, "timeout");
  EXPECT_LT(ms_since(start), 2000);
}

TEST_F(E2E, HandlerExceptionPropagatesAndTheClientStaysUsable) {
  coze::CozeClient client(test_config());
  struct Stop {};
  EXPECT_THROW(client.chat().stream(chat_request("bot_1", "hello"),
                                    [](const coze::ChatEvent& ev) {
                                      if (ev.is(Kind::conversation_message_delta)) throw Stop{};
                                    }),
               Stop);
  Collected got;
  client.chat().stream(chat_request("bot_1", "again"), collector(got));
  EXPECT_EQ(got.text, "Echo: again");
}

TEST_F(E2E, ConcurrentStreamsOnOneClient) {
  coze::CozeClient client(test_config());
  std::vector<std::string> texts(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < texts.size(); ++i) {
    threads.emplace_back([&, i] {
      client.chat().stream(chat_request("bot_1", "thread " + std::to_string(i)), [&, i](const coze::ChatEvent& ev) {
        if (ev.is(Kind::conversation_message_delta)) texts[i] += content_of(ev);
      });
    });
  }
  for (auto& t : threads) t.join();
  for (size_t i = 0; i < texts.size(); ++i) EXPECT_EQ(texts[i], "Echo: thread " + std::to_string(i));
}

// ---- the CLI ---------------------------------------------------------------

struct CliResult {
  int status = -1;
  std::string out;
  std::string err;
};

std::string read_all(int fd) {
  std::string s;
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) s.append(buf, static_cast<size_t>(n));
  return s;
}

CliResult run_cli(const std::vector<std::string>& args, const std::string& token_env = "") {
  int out[2], err[2];
  CliResult r;
  if (pipe(out) != 0 || pipe(err) != 0) return r;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    dup2(err[1], STDERR_FILENO);
    close(out[0]);
    close(out[1]);
    close(err[0]);
    close(err[1]);
    unsetenv("COZE_API_BASE");
    if (token_env.empty()) {
      unsetenv("COZE_API_TOKEN");
    } else {
      setenv("COZE_API_TOKEN", token_env.c_str(), 1);
    }
    std::vector<char*> argv;
    std::string path = COZE_CLI_PATH;
    argv.push_back(const_cast<char*>(path.c_str()));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(path.c_str(), argv.data());
    _exit(127);
  }
  close(out[1]);
  close(err[1]);
  // Both pipes are small here; read stdout then stderr.
  r.out = read_all(out[0]);
  r.err = read_all(err[0]);
  close(out[0]);
  close(err[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

TEST_F(E2E, CliStreamsTheAnswer) {
  CliResult r = run_cli({"chat", "--base-url", base_url(), "--bot-id", "bot_1", "--stream", "hi cli"}, kToken);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "Echo: hi cli\n");
}

TEST_F(E2E, CliPrintsTheChatJson) {
  CliResult r = run_cli({"chat", "--base-url=" + base_url(), "--token", kToken, "--bot-id", "bot_1", "hi"});
  EXPECT_EQ(r.status, 0) << r.err;
  json chat = json::parse(r.out, nullptr, false);
  ASSERT_TRUE(chat.is_object()) << r.out;
  EXPECT_TRUE(chat["id"].is_string());
}

TEST_F(E2E, CliReportsErrorsOnOneLineWithoutTheToken) {
  CliResult r = run_cli({"chat", "--base-url", base_url(), "--token", "pat_", "--bot-id", "bot_1", "hi"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("authentication"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("401"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("4100"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("FAKE"), std::string::npos) << r.err;  // the log id
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;

  CliResult busy = run_cli({"chat", "--base-url", base_url(), "--bot-id", "busy", "--stream", "hi"}, kToken);
  EXPECT_EQ(busy.status, 1);
  EXPECT_NE(busy.err.find("4016"), std::string::npos) << busy.err;
  EXPECT_EQ(busy.err.find(kToken), std::string::npos) << busy.err;
}

TEST_F(E2E, CliUsageErrors) {
  EXPECT_EQ(run_cli({"chat", "--base-url", base_url(), "hi"}, kToken).status, 2);  // no --bot-id
  EXPECT_EQ(run_cli({"chat", "--bot-id", "b", "hi"}).status, 2);                   // no token
  EXPECT_EQ(run_cli({"frobnicate"}, kToken).status, 2);
  CliResult v = run_cli({"--version"});
  EXPECT_EQ(v.status, 0);
  EXPECT_EQ(v.out, std::string("coze ") + coze::version() + "\n");
}

// ---- typed stream events: the generated views on real payloads, then
// through the client

const char* const kRequiresAction =
    R"({"id":"7401","conversation_id":"7400","bot_id":"b1","created_at":1718000000,"status":"requires_action",)"
    R"("section_id":"7402","required_action":{"type":"submit_tool_outputs","submit_tool_outputs":{"tool_calls":[)"
    R"({"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},)"
    R"({"id":"call_2","type":"function","function":{"name":"get_time","arguments":"{\"tz\":\"Europe/Paris\"}"}}]}},)"
    R"("usage":{"token_count":12,"output_count":5,"input_count":7}})";
// Bytes 00 01 02 fd fe ff.
const char* const kAudioDelta =
    R"({"id":"m1","conversation_id":"7400","bot_id":"b1","chat_id":"7401","role":"assistant","type":"answer",)"
    R"("content":"AAEC/f7/","content_type":"audio"})";
const char* const kWorkflowMessage =
    R"({"content":"Hello","content_type":"text","node_title":"End","node_seq_id":"0","node_is_finish":true,)"
    R"("ext":{"k":"v","n":3},"usage":{"token_count":3,"output_count":2,"input_count":1}})";
const char* const kWorkflowInterrupt =
    R"({"interrupt_data":{"event_id":"ev_7","type":2,"data":"{\"question\":\"City?\"}"},"node_title":"Question"})";
const char* const kDebugUrl = "https://www.coze.com/work_flow?execute_id=9";

// One event as the core decodes it for a stream of `op`, as a generic view.
coze::EventView decoded(const std::string& op, const std::string& type, const std::string& data) {
  coze::Decoded d = coze::decode_event(op, type, data);
  if (!d.error.kind.empty()) throw coze::CozeError(d.error);
  coze::RecordPtr record = coze::Record::from_bytes(std::move(d.record));
  return coze::EventView(record, coze::AnyView(record, 0)[0].cell());
}

coze::ChatEvent chat_event(const std::string& type, const std::string& data) {
  return coze::ChatEvent(decoded("chat.stream", type, data));
}

coze::WorkflowEvent workflow_event(const std::string& type, const std::string& data) {
  return coze::WorkflowEvent(decoded("workflows.runs.stream", type, data));
}

TEST(ChatEvents, RequiresActionCarriesTwoToolCalls) {
  coze::ChatEvent ev = chat_event("conversation.chat.requires_action", kRequiresAction);
  EXPECT_EQ(ev.kind(), Kind::conversation_chat_requires_action);
  ASSERT_TRUE(ev.chat());
  coze::model::Chat chat = *ev.chat();
  EXPECT_FALSE(ev.message());
  EXPECT_EQ(chat.status(), "requires_action");
  EXPECT_EQ(chat.created_at(), 1718000000);
  ASSERT_TRUE(chat.required_action());
  EXPECT_EQ(chat.required_action()->type(), "submit_tool_outputs");
  std::vector<coze::model::ChatToolCall> calls =
      chat.required_action()->submit_tool_outputs()->tool_calls().value_or(std::vector<coze::model::ChatToolCall>());
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0].id(), "call_1");
  EXPECT_EQ(calls[0].type(), "function");
  EXPECT_EQ(calls[0].function()->name(), "get_weather");
  EXPECT_EQ(calls[0].function()->arguments(), R"({"city":"Paris"})");
  EXPECT_EQ(calls[1].id(), "call_2");
  EXPECT_EQ(calls[1].function()->name(), "get_time");
  EXPECT_EQ(chat.usage()->input_count(), 7);

  // Arguments sent as an object come as its JSON text; an unreadable item is a null view.
  coze::model::Chat c = coze::model::Chat::parse(
      R"({"id":"1","required_action":{"submit_tool_outputs":{"tool_calls":[{"id":"x","function":{"name":"f","arguments":{"a":1}}}, 5]}}})");
  auto tool_calls = *c.required_action()->submit_tool_outputs()->tool_calls();
  ASSERT_EQ(tool_calls.size(), 2u);
  EXPECT_EQ(tool_calls[0].function()->arguments(), R"({"a":1})");
  EXPECT_TRUE(tool_calls[1].is_null());
  EXPECT_FALSE(tool_calls[1].id());
  EXPECT_FALSE(coze::model::Chat::parse(R"({"id":"1","status":"completed"})").required_action());
}

TEST(ChatEvents, AudioDeltaDecodesBase64) {
  coze::ChatEvent ev = chat_event("conversation.audio.delta", kAudioDelta);
  EXPECT_EQ(ev.kind(), Kind::conversation_audio_delta);
  ASSERT_TRUE(ev.message());
  EXPECT_EQ(ev.message()->content_type(), "audio");
  EXPECT_EQ(coze::base64_decode(content_of(ev)), std::string("\x00\x01\x02\xfd\xfe\xff", 6));

  // Unpadded base64 is accepted; bad base64 is a decode error.
  EXPECT_EQ(coze::base64_decode("AAE"), std::string("\x00\x01", 2));
  try {
    coze::base64_decode("not base64!");
    ADD_FAILURE() << "no CozeError";
  } catch (const coze::CozeError& e) {
    EXPECT_EQ(e.kind(), "decode");
  }
}

TEST(ChatEvents, DoneExposesTheDebugUrl) {
  coze::ChatEvent with_url = chat_event("done", std::string(R"({"debug_url":")") + kDebugUrl + "\"}");
  EXPECT_TRUE(with_url.is(Kind::done));
  ASSERT_TRUE(with_url.done_event_data());
  EXPECT_EQ(with_url.done_event_data()->debug_url(), kDebugUrl);
  for (const char* data : {"{}", "\"[DONE]\"", "[DONE]", ""}) {
    coze::ChatEvent ev = chat_event("done", data);
    EXPECT_TRUE(ev.is(Kind::done)) << data;
    auto payload = ev.done_event_data();
    EXPECT_EQ(payload ? str(payload->debug_url()) : "", "") << data;
  }
}

TEST(ChatEvents, UnknownEventsKeepTheirRawPayload) {
  coze::ChatEvent ev = chat_event("conversation.something.new", R"({"a":[1,2],"b":"x"})");
  EXPECT_EQ(ev.kind(), Kind::unknown);
  EXPECT_EQ(ev.code(), -1);
  EXPECT_EQ(ev.type(), "conversation.something.new");
  EXPECT_EQ(ev.payload().model_id(), -1);
  EXPECT_EQ(json::parse(ev.payload().to_json()), json({{"a", {1, 2}}, {"b", "x"}}));
  EXPECT_EQ(ev.payload().get("b").as_string(), "x");
  EXPECT_EQ(json::parse(ev.to_json()),
            json({{"type", "conversation.something.new"}, {"data", {{"a", {1, 2}}, {"b", "x"}}}}));
}

TEST(WorkflowEvents, TypedPayloadsAndCaseInsensitiveNames) {
  using W = coze::WorkflowEventKind;
  coze::WorkflowEvent m = workflow_event("message", kWorkflowMessage);
  EXPECT_EQ(m.kind(), W::message);
  EXPECT_EQ(m.type(), "Message");  // names come in the API spelling
  ASSERT_TRUE(m.workflow_message_event());
  coze::model::WorkflowMessageEvent msg = *m.workflow_message_event();
  EXPECT_EQ(msg.content(), "Hello");
  EXPECT_EQ(msg.content_type(), "text");
  EXPECT_EQ(msg.node_title(), "End");
  EXPECT_EQ(msg.node_seq_id(), "0");
  EXPECT_EQ(msg.node_is_finish(), true);
  auto ext = *msg.ext();
  EXPECT_EQ(ext.at("k"), "v");
  EXPECT_EQ(ext.at("n"), "3");
  ASSERT_TRUE(msg.usage());
  EXPECT_EQ(msg.usage()->token_count(), 3);
  EXPECT_EQ(msg.usage()->output_count(), 2);
  EXPECT_EQ(msg.usage()->input_count(), 1);

  coze::WorkflowEvent i = workflow_event("INTERRUPT", kWorkflowInterrupt);
  EXPECT_EQ(i.kind(), W::interrupt);
  auto interrupt = *i.workflow_interrupt_event();
  EXPECT_EQ(interrupt.interrupt_data()->event_id(), "ev_7");
  EXPECT_EQ(interrupt.interrupt_data()->type(), 2);
  EXPECT_EQ(interrupt.interrupt_data()->data(), R"({"question":"City?"})");
  EXPECT_EQ(interrupt.node_title(), "Question");

  coze::WorkflowEvent d = workflow_event("done", std::string(R"({"debug_url":")") + kDebugUrl + "\"}");
  EXPECT_TRUE(d.is(W::done));
  EXPECT_EQ(d.done_event_data()->debug_url(), kDebugUrl);
  EXPECT_FALSE(workflow_event("Done", "{}").done_event_data()->debug_url());

  for (const char* name : {"PING", "ping", "Ping"}) EXPECT_EQ(workflow_event(name, "{}").kind(), W::ping) << name;
  EXPECT_EQ(workflow_event("mEsSaGe", kWorkflowMessage).workflow_message_event()->content(), "Hello");

  // An Error event ends the stream: decoding it gives the error.
  try {
    workflow_event("Error", R"({"error_code":6006,"error_message":"code node timed out"})");
    ADD_FAILURE() << "no CozeError";
  } catch (const coze::CozeError& e) {
    EXPECT_EQ(e.kind(), "stream");
    EXPECT_EQ(e.code(), 6006);
  }
}

TEST(WorkflowEvents, UnknownAndOddlyShapedEvents) {
  coze::WorkflowEvent u = workflow_event("node_start", R"({"node":"n1"})");
  EXPECT_EQ(u.kind(), coze::WorkflowEventKind::unknown);
  EXPECT_EQ(u.type(), "node_start");
  EXPECT_EQ(json::parse(u.payload().to_json()), json({{"node", "n1"}}));

  // Values a field cannot hold read as absent and stay reachable among the unknown keys.
  coze::WorkflowEvent m = workflow_event("Message", R"({"content":{"a":1},"node_is_finish":"yes"})");
  auto msg = *m.workflow_message_event();
  EXPECT_EQ(msg.content(), R"({"a":1})");
  EXPECT_FALSE(msg.node_is_finish());
  EXPECT_EQ(msg.extra("node_is_finish").as_string(), "yes");
  EXPECT_FALSE(workflow_event("Interrupt", R"({"interrupt_data":7})").workflow_interrupt_event()->interrupt_data());
}

// ---- through the client, on the fake server's routes for tool calls, audio
// and workflows (tests/fake_coze/README.md)

const char* const kDebugUrlPrefix = "https://www.coze.com/work_flow?execute_id=";

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

using Names = std::vector<std::string>;

TEST_F(E2E, RequiresActionThenSubmitToolOutputsStream) {
  coze::CozeClient client(test_config());
  Names types;
  std::vector<coze::model::Message> function_calls;
  std::vector<coze::model::ChatToolCall> calls;
  coze::model::Chat chat;
  client.chat().stream(chat_request("tools", "weather in Paris?"), [&](const coze::ChatEvent& ev) {
    types.push_back(ev.type());
    if (auto c = ev.chat()) chat = *c;
    if (ev.is(Kind::conversation_message_completed)) function_calls.push_back(*ev.message());
    if (ev.is(Kind::conversation_chat_requires_action)) {
      calls = ev.chat()->required_action()->submit_tool_outputs()->tool_calls().value();
    }
  });
  EXPECT_EQ(types,
            (Names{"conversation.chat.created", "conversation.chat.in_progress", "conversation.message.completed",
                   "conversation.message.completed", "conversation.chat.requires_action", "done"}));
  EXPECT_EQ(chat.status(), "requires_action");
  EXPECT_EQ(chat.bot_id(), "tools");
  EXPECT_EQ(chat.required_action()->type(), "submit_tool_outputs");
  ASSERT_EQ(function_calls.size(), 2u);
  EXPECT_EQ(function_calls[0].type(), "function_call");
  EXPECT_EQ(json::parse(str(function_calls[0].content()))["name"], "get_weather");
  EXPECT_EQ(json::parse(str(function_calls[1].content()))["name"], "get_time");
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0].type(), "function");
  EXPECT_EQ(calls[0].function()->name(), "get_weather");
  EXPECT_EQ(calls[0].function()->arguments(), R"({"city":"Paris"})");
  EXPECT_EQ(calls[1].function()->name(), "get_time");
  EXPECT_EQ(calls[1].function()->arguments(), R"({"tz":"Europe/Paris"})");
  EXPECT_TRUE(starts_with(str(calls[0].id()), "call_")) << str(calls[0].id());
  EXPECT_NE(calls[0].id(), calls[1].id());

  // Answer both calls: the chat goes on and answers with the outputs, in the order sent.
  std::map<std::string, std::string> results = {{"get_weather", "sunny"}, {"get_time", "12:00"}};
  coze::params::ChatSubmitToolOutputs params;
  params.conversation_id = str(chat.conversation_id());
  params.chat_id = str(chat.id());
  json outputs = json::array();
  for (const coze::model::ChatToolCall& c : calls) {
    coze::input::ToolOutput out;
    out.tool_call_id = c.id();
    out.output = results[str(c.function()->name())];
    params.tool_outputs.push_back(out);
    outputs.push_back({{"tool_call_id", *out.tool_call_id}, {"output", *out.output}});
  }
  Names types2;
  std::string text, completed;
  coze::model::Chat done;
  client.chat().submit_tool_outputs_stream(params, [&](const coze::ChatEvent& ev) {
    types2.push_back(ev.type());
    if (auto c = ev.chat()) done = *c;
    if (ev.is(Kind::conversation_message_delta)) text += content_of(ev);
    if (ev.is(Kind::conversation_message_completed)) completed = content_of(ev);
  });
  const std::string answer = "Tool outputs: get_weather -> sunny; get_time -> 12:00";
  EXPECT_EQ(text, answer);
  EXPECT_EQ(completed, answer);
  ASSERT_GE(types2.size(), 5u);
  EXPECT_EQ(types2.front(), "conversation.chat.in_progress");
  EXPECT_EQ(Names(types2.end() - 3, types2.end()),
            (Names{"conversation.message.completed", "conversation.chat.completed", "done"}));
  EXPECT_EQ(done.status(), "completed");
  EXPECT_EQ(done.id(), chat.id());
  EXPECT_EQ(done.conversation_id(), chat.conversation_id());
  EXPECT_FALSE(done.required_action());

  json log = requests_log();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0]["path"], "/v3/chat");
  EXPECT_EQ(log[1]["path"], "/v3/chat/submit_tool_outputs");
  EXPECT_EQ(log[1]["query"]["conversation_id"], str(chat.conversation_id()));
  EXPECT_EQ(log[1]["query"]["chat_id"], str(chat.id()));
  json body = logged_body(log[1]);
  EXPECT_EQ(body["stream"], true);
  EXPECT_EQ(body["tool_outputs"], outputs);

  // The outputs are taken once: submitting again is a bad request (Coze code 4000).
  coze::Error again = expect_error([&] { client.chat().submit_tool_outputs(params); });
  EXPECT_EQ(again.kind, "bad_request");
  EXPECT_EQ(again.code, 4000);
  EXPECT_FALSE(again.logid.empty());
}

TEST_F(E2E, AudioDeltasDecodeToTheAudioBytes) {
  coze::CozeClient client(test_config());
  std::string audio, text;
  int audio_events = 0;
  coze::model::Chat chat;
  client.chat().stream(chat_request("audio", "sing"), [&](const coze::ChatEvent& ev) {
    if (auto c = ev.chat()) chat = *c;
    if (ev.is(Kind::conversation_audio_delta)) {
      ++audio_events;
      audio += coze::base64_decode(content_of(ev));
    } else if (ev.is(Kind::conversation_message_delta)) {
      text += content_of(ev);
    }
  });
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes.push_back(static_cast<char>(i));
  EXPECT_EQ(audio_events, 4);
  EXPECT_EQ(audio, bytes);
  EXPECT_EQ(text, "Echo: sing");
  EXPECT_EQ(chat.status(), "completed");
}

std::string message_text(const coze::WorkflowEvent& ev) {
  auto m = ev.workflow_message_event();
  return m ? str(m->content()) : "";
}

std::string node_title(const coze::WorkflowEvent& ev) {
  auto m = ev.workflow_message_event();
  return m ? str(m->node_title()) : "";
}

TEST_F(E2E, WorkflowStreamDeliversTypedEvents) {
  using W = coze::WorkflowEventKind;
  coze::CozeClient client(test_config());
  std::vector<coze::WorkflowEvent> got;
  coze::params::WorkflowsRunsStream run;
  run.workflow_id = "interrupt";
  run.parameters = coze::Json::object().set("input", "weather");
  client.workflows().runs().stream(run, [&](const coze::WorkflowEvent& ev) { got.push_back(ev); });
  // The echo in Message pieces, a PING after the first, and the Interrupt
  // that ends the stream (no Done: the run waits for input).
  ASSERT_GE(got.size(), 4u);
  EXPECT_EQ(got[1].kind(), W::ping);
  EXPECT_EQ(got[1].type(), "PING");
  std::string text;
  for (size_t i = 0; i + 1 < got.size(); ++i) {
    if (i == 1) continue;
    EXPECT_EQ(got[i].kind(), W::message) << i;
    EXPECT_EQ(got[i].type(), "Message") << i;
    EXPECT_EQ(node_title(got[i]), "Message") << i;
    EXPECT_EQ(got[i].workflow_message_event()->node_is_finish(), i + 2 == got.size()) << i;
    text += message_text(got[i]);
  }
  EXPECT_EQ(text, "Echo: weather");
  const coze::WorkflowEvent& interrupt = got.back();
  ASSERT_EQ(interrupt.kind(), W::interrupt);
  EXPECT_EQ(interrupt.type(), "Interrupt");
  coze::model::WorkflowInterruptEvent payload = *interrupt.workflow_interrupt_event();
  EXPECT_EQ(payload.node_title(), "Question");
  EXPECT_EQ(payload.interrupt_data()->type(), 2);
  EXPECT_EQ(json::parse(str(payload.interrupt_data()->data()))["question"], "Which city?");
  const std::string event_id = str(payload.interrupt_data()->event_id());
  EXPECT_FALSE(event_id.empty());

  // Resume with what the Interrupt said: the run echoes the answer and ends with Done.
  coze::params::WorkflowsRunsResume resume;
  resume.workflow_id = "interrupt";
  resume.event_id = event_id;
  resume.resume_data = "Paris";
  resume.interrupt_type = *payload.interrupt_data()->type();
  std::vector<coze::WorkflowEvent> rest;
  client.workflows().runs().resume(resume, [&](const coze::WorkflowEvent& ev) { rest.push_back(ev); });
  ASSERT_GE(rest.size(), 4u);
  std::string echoed;
  for (const coze::WorkflowEvent& ev : rest) {
    if (ev.is(W::message) && node_title(ev) == "Message") echoed += message_text(ev);
  }
  EXPECT_EQ(echoed, "Echo: Paris");
  const coze::WorkflowEvent& end = rest[rest.size() - 2];
  EXPECT_EQ(end.kind(), W::message);
  EXPECT_EQ(node_title(end), "End");
  EXPECT_EQ(end.workflow_message_event()->node_is_finish(), true);
  EXPECT_EQ(json::parse(message_text(end))["output"], "Echo: Paris");
  ASSERT_TRUE(end.workflow_message_event()->usage());
  EXPECT_EQ(end.workflow_message_event()->usage()->input_count(), 5);
  EXPECT_EQ(end.workflow_message_event()->usage()->output_count(), 11);
  EXPECT_TRUE(rest.back().is(W::done));
  EXPECT_EQ(rest.back().type(), "Done");
  std::string debug_url = str(rest.back().done_event_data()->debug_url());
  EXPECT_TRUE(starts_with(debug_url, kDebugUrlPrefix)) << debug_url;
  EXPECT_NE(debug_url.find("&workflow_id=interrupt"), std::string::npos) << debug_url;

  json log = requests_log();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0]["path"], "/v1/workflow/stream_run");
  EXPECT_EQ(log[1]["path"], "/v1/workflow/stream_resume");
  json body = logged_body(log[1]);
  EXPECT_EQ(body["event_id"], event_id);
  EXPECT_EQ(body["interrupt_type"], 2);
  EXPECT_EQ(body["resume_data"], "Paris");

  // The run has gone on: the same event cannot be resumed again (Coze code 4200).
  coze::Error again =
      expect_error([&] { client.workflows().runs().resume(resume, [](const coze::WorkflowEvent&) {}); });
  EXPECT_EQ(again.kind, "not_found");
  EXPECT_EQ(again.code, 4200);
}

TEST_F(E2E, LowerCaseWorkflowEventsComeInTheApiSpelling) {
  using W = coze::WorkflowEventKind;
  coze::CozeClient client(test_config());
  Names names;
  std::vector<W> kinds;
  std::string text, debug_url;
  coze::params::WorkflowsRunsStream run;
  run.workflow_id = "lowercase";
  run.parameters = coze::Json::object().set("input", "hi");
  client.workflows().runs().stream(run, [&](const coze::WorkflowEvent& ev) {
    names.push_back(ev.type());
    kinds.push_back(ev.kind());
    if (node_title(ev) == "Message") text += message_text(ev);
    if (ev.is(W::done)) debug_url = str(ev.done_event_data()->debug_url());
  });
  EXPECT_EQ(names, (Names{"Message", "PING", "Message", "Message", "Message", "Done"}));
  EXPECT_EQ(kinds, (std::vector<W>{W::message, W::ping, W::message, W::message, W::message, W::done}));
  EXPECT_EQ(text, "Echo: hi");
  EXPECT_TRUE(starts_with(debug_url, kDebugUrlPrefix)) << debug_url;
}

TEST_F(E2E, WorkflowErrorEventIsStreamError) {
  coze::CozeClient client(test_config());
  Names names;
  coze::params::WorkflowsRunsStream run;
  run.workflow_id = "error";
  run.parameters = coze::Json::object().set("input", "hello world");
  coze::Error e = expect_error([&] {
    client.workflows().runs().stream(run, [&](const coze::WorkflowEvent& ev) { names.push_back(ev.type()); });
  });
  EXPECT_EQ(names, (Names{"Message", "PING", "Message"}));
  EXPECT_EQ(e.kind, "stream");
  EXPECT_EQ(e.code, 6006);
  EXPECT_EQ(e.message, "workflow code node timed out");
  EXPECT_FALSE(e.retryable);

  // Run without streaming, the same failure is the answer's code.
  coze::params::WorkflowsRunsCreate create;
  create.workflow_id = "error";
  coze::Error failed = expect_error([&] { client.workflows().runs().create(create); });
  EXPECT_EQ(failed.kind, "api");
  EXPECT_EQ(failed.code, 6006);
  EXPECT_EQ(failed.message, "workflow code node timed out");
  EXPECT_FALSE(failed.logid.empty());
}

TEST_F(E2E, WorkflowCreateAndWorkflowChat) {
  coze::CozeClient client(test_config());
  coze::params::WorkflowsRunsCreate create;
  create.workflow_id = "wf_echo";
  create.parameters = coze::Json::object().set("input", "hello");
  coze::model::WorkflowRunResult run = client.workflows().runs().create(create);
  // The API sends data as JSON text; the core parses it.
  ASSERT_TRUE(run.data());
  EXPECT_EQ(json::parse(run.data()->to_json()), json({{"output", "Echo: hello"}}));
  const std::string execute_id = str(run.execute_id());
  EXPECT_FALSE(execute_id.empty());
  EXPECT_EQ(run.debug_url(), kDebugUrlPrefix + execute_id + "&workflow_id=wf_echo");
  ASSERT_TRUE(run.usage());
  EXPECT_EQ(run.usage()->input_count(), 5);
  EXPECT_EQ(run.usage()->output_count(), 11);
  EXPECT_EQ(run.usage()->token_count(), 16);

  Names types;
  std::string text, debug_url;
  coze::model::Chat chat;
  coze::params::WorkflowsChatStream params;
  params.workflow_id = "wf_echo";
  params.bot_id = "b1";
  params.additional_messages = {coze::user_message("hi")};
  client.workflows().chat().stream(params, [&](const coze::ChatEvent& ev) {
    types.push_back(ev.type());
    if (auto c = ev.chat()) chat = *c;
    if (ev.is(Kind::conversation_message_delta)) text += content_of(ev);
    if (ev.is(Kind::done)) debug_url = str(ev.done_event_data()->debug_url());
  });
  EXPECT_EQ(types, (Names{"conversation.chat.created", "conversation.chat.in_progress", "conversation.message.delta",
                          "conversation.message.delta", "conversation.message.delta", "conversation.message.completed",
                          "conversation.chat.completed", "done"}));
  EXPECT_EQ(text, "Echo: hi");
  EXPECT_EQ(chat.status(), "completed");
  EXPECT_EQ(chat.bot_id(), "b1");
  EXPECT_EQ(chat.usage()->input_count(), 2);
  EXPECT_EQ(debug_url, kDebugUrlPrefix + str(chat.id()) + "&workflow_id=wf_echo");

  json log = requests_log();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0]["path"], "/v1/workflow/run");
  EXPECT_EQ(log[1]["path"], "/v1/workflows/chat");
  EXPECT_EQ(logged_body(log[1])["workflow_id"], "wf_echo");
}

}  // namespace

// ---- hooks, trace context, attempt history, rate limit ----------------------

TEST_F(E2E, HooksSeeEveryStepWithSecretsRedacted) {
  add_faults(
      json::array({{{"status", 503}, {"headers", {{"Retry-After", "0"}}}, {"body", {{"code", 5000}, {"msg", "x"}}}}}));
  std::vector<coze::HookEvent> seen;
  coze::Hooks hooks;
  hooks.on_request_sent = [&](const coze::HookEvent& h) { seen.push_back(h); };
  hooks.on_response_head = [&](const coze::HookEvent& h) { seen.push_back(h); };
  hooks.on_retry_scheduled = [&](const coze::HookEvent& h) { seen.push_back(h); };
  hooks.on_call_finished = [&](const coze::HookEvent& h) {
    seen.push_back(h);
    throw std::runtime_error("a failing hook must not break the call");
  };
  coze::CozeClient client(test_config(), hooks);
  Collected got;
  client.chat().stream(chat_request("bot-1", "hooks"), collector(got));
  EXPECT_EQ(got.text, "Echo: hooks");
  std::vector<std::string> kinds;
  for (const auto& h : seen) kinds.push_back(h.kind + "/" + std::to_string(h.attempt));
  EXPECT_EQ(kinds, (std::vector<std::string>{"request_sent/1", "response_head/1", "retry_scheduled/1", "request_sent/2",
                                             "response_head/2", "call_finished/2"}));
  ASSERT_EQ(seen.size(), 6u);
  EXPECT_EQ(seen[1].status, 503);
  EXPECT_FALSE(seen[1].logid.empty());
  EXPECT_EQ(seen[4].status, 200);
  EXPECT_EQ(seen[5].error_kind, "");
  EXPECT_EQ(seen[0].path, "/v3/chat");
  EXPECT_EQ(seen[0].idempotency_key, seen[3].idempotency_key);
  EXPECT_NE(seen[0].request_id, seen[3].request_id);
  for (const auto& h : seen) {
    EXPECT_EQ(coze::hook_event_json(h).find(kToken), std::string::npos) << coze::hook_event_json(h);
  }
  bool redacted = false;
  for (const auto& hd : seen[0].headers) redacted |= hd.name == "Authorization" && hd.value == "[redacted]";
  EXPECT_TRUE(redacted);
  EXPECT_TRUE(seen[0].body.empty());
}

TEST_F(E2E, TraceparentReachesTheServerOnEveryAttempt) {
  add_faults(json::array({{{"status", 502}, {"headers", {{"Retry-After", "0"}}}, {"body", ""}}}));
  coze::CozeClient client(test_config());
  coze::RequestOptions opts;
  opts.traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  opts.tracestate = "congo=t61rcWkgMzE";
  client.chat().create(chat_request("bot-1", "trace"), opts);
  json log = requests_log();
  ASSERT_EQ(log.size(), 2u);
  for (const json& r : log) {
    EXPECT_EQ(r["headers"].value("traceparent", ""), opts.traceparent);
    EXPECT_EQ(r["headers"].value("tracestate", ""), opts.tracestate);
  }
  opts.traceparent = "not-a-traceparent";
  auto e = expect_error([&] { client.chat().create(chat_request("bot-1", "trace"), opts); });
  EXPECT_EQ(e.kind, "invalid_argument");
  EXPECT_EQ(requests_log().size(), 2u);  // nothing was sent
}

TEST_F(E2E, ErrorsCarryTheAttemptHistory) {
  add_faults(json::array({{{"status", 503}, {"headers", {{"Retry-After", "0"}}}, {"body", ""}},
                          {{"reset", true}},
                          {{"status", 500}, {"body", {{"code", 5000}, {"msg", "down"}}}}}));
  coze::ClientConfig cfg = test_config();
  cfg.max_retries = 2;
  coze::CozeClient client(cfg);
  coze::RequestOptions opts;
  opts.idempotency_key = "01JD0000000000000000000000";
  auto e = expect_error([&] { client.chat().create(chat_request("bot-1", "history"), opts); });
  EXPECT_EQ(e.kind, "server");
  ASSERT_EQ(e.history.size(), 3u);
  EXPECT_EQ(e.history[0].outcome, "503");
  EXPECT_EQ(e.history[1].outcome, "reset");
  EXPECT_EQ(e.history[2].outcome, "500");
  EXPECT_GT(e.history[1].delay_ms, 0);
  for (const auto& a : e.history) EXPECT_EQ(a.idempotency_key, opts.idempotency_key);
  json log = requests_log();
  ASSERT_EQ(log.size(), 3u);
  for (const json& r : log) EXPECT_EQ(r["idempotency_key"], opts.idempotency_key);
}

TEST_F(E2E, IdempotencyOffForOneCallIsNotRetriedAfterAReset) {
  add_faults(json::array({{{"reset", true}}}));
  coze::CozeClient client(test_config());
  coze::RequestOptions opts;
  opts.idempotency = false;
  auto e = expect_error([&] { client.chat().create(chat_request("bot-1", "once"), opts); });
  EXPECT_EQ(e.kind, "connection");
  json log = requests_log();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_TRUE(log[0]["idempotency_key"].is_null());
}

TEST_F(E2E, TheRateLimiterSpacesCallsWithoutBusyWaiting) {
  coze::ClientConfig cfg = test_config();
  cfg.rate_limit_per_second = 5;  // one call every 200 ms
  coze::CozeClient client(cfg);
  auto cpu0 = std::clock();
  auto t0 = Clock::now();
  for (int i = 0; i < 4; ++i) client.chat().create(chat_request("bot-1", "rate"));
  int64_t elapsed = ms_since(t0);
  double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  EXPECT_GE(elapsed, 590);  // 3 waits of 200 ms
  EXPECT_LT(cpu_ms, elapsed * 0.5) << "the limiter should sleep, not spin";
}

TEST_F(E2E, CallsAndClientsAreReleased) {
  int64_t calls = coze::live_calls(), clients = coze::live_clients();
  {
    coze::CozeClient client(test_config());
    EXPECT_EQ(coze::live_clients(), clients + 1);
    client.chat().create(chat_request("bot-1", "a"));
    expect_error([&] { client.chat().create(chat_request("broken", "b")); });
    coze::RequestOptions opts;
    int seen = 0;
    expect_error([&] {
      client.chat().stream(
          chat_request("bot-1", "cancel me please"),
          [&](const coze::ChatEvent&) {
            if (++seen == 2) opts.cancel.cancel();
          },
          opts);
    });
    EXPECT_EQ(coze::live_calls(), calls);
  }
  EXPECT_EQ(coze::live_clients(), clients);
}

coze_test::FakeCozeProcess& coze_test::suite_server() { return g_server; }

std::string coze_test::control(const std::string& method, const std::string& path, const std::string& body) {
  bool ok = false;
  std::string out = g_server.control(method, path, body, &ok);
  EXPECT_TRUE(ok) << method << " " << path << ": the request failed";
  return out;
}

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  signal(SIGPIPE, SIG_IGN);
  curl_global_init(CURL_GLOBAL_DEFAULT);
  ::testing::AddGlobalTestEnvironment(new FakeServer);
  return RUN_ALL_TESTS();
}
