// End to end: the libcurl client (and the coze CLI) against the fake Coze
// server, started once for the whole suite (tests/fake_coze/README.md).
#include <gtest/gtest.h>

#include <ctime>

#include <arpa/inet.h>
#include <curl/curl.h>
#include <fcntl.h>
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
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

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

std::string control(const std::string& method, const std::string& path, const std::string& body = "") {
  bool ok = false;
  std::string out = g_server.control(method, path, body, &ok);
  EXPECT_TRUE(ok) << method << " " << path << ": the request failed";
  return out;
}

void add_faults(const json& faults) { control("POST", "/_fake/faults", faults.dump()); }

json requests_log() { return json::parse(control("GET", "/_fake/requests")); }

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
  req.additional_messages.push_back(coze::EnterMessage::user(text));
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

struct Collected {
  std::vector<std::string> types;
  std::string text;
};

coze::ChatResource::EventHandler collector(Collected& c) {
  return [&c](const coze::ChatEvent& ev) {
    c.types.push_back(ev.type);
    if (ev.is_delta()) c.text += ev.message.content;
  };
}

TEST_F(E2E, StreamedTextIsTheEcho) {
  coze::CozeClient client(test_config());
  Collected got;
  coze::Chat chat = client.chat().stream(chat_request("bot_1", "hello there"), collector(got));
  EXPECT_EQ(got.text, "Echo: hello there");
  ASSERT_GE(got.types.size(), 4u);
  EXPECT_EQ(got.types.front(), "conversation.chat.created");
  EXPECT_EQ(got.types.back(), "done");
  EXPECT_EQ(chat.status, "completed");
  EXPECT_FALSE(chat.id.empty());
  EXPECT_GT(chat.usage.token_count, 0);

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
  coze::Chat chat = client.chat().create(chat_request("bot_1", "hi"));
  EXPECT_FALSE(chat.id.empty());
  EXPECT_FALSE(chat.conversation_id.empty());
  EXPECT_EQ(chat.bot_id, "bot_1");
  EXPECT_EQ(chat.status, "in_progress");
  json raw = json::parse(chat.json);
  EXPECT_EQ(raw["id"], chat.id);
}

TEST_F(E2E, GenericRunGivesResultJsonAndRawEvents) {
  coze::CozeClient client(test_config());
  json params = {{"bot_id", "bot_1"},
                 {"user_id", "u"},
                 {"additional_messages", json::array({{{"role", "user"}, {"content", "raw"}}})}};
  json created = json::parse(client.run("chat.create", params.dump()));
  EXPECT_TRUE(created["id"].is_string()) << created;

  std::vector<coze::Event> events;
  std::string result = client.run("chat.stream", params.dump(), [&](const coze::Event& ev) { events.push_back(ev); });
  EXPECT_EQ(result, "");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back().type, "done");
  std::string text;
  for (const coze::Event& ev : events) {
    if (ev.type == "conversation.message.delta") text += json::parse(ev.data)["content"].get<std::string>();
  }
  EXPECT_EQ(text, "Echo: raw");

  coze::Error e = expect_error([&] { client.run("no.such.op", "{}"); });
  EXPECT_EQ(e.kind, "invalid_argument");
}

TEST_F(E2E, MessagesOfAStreamedChat) {
  std::vector<std::string> ops = coze::supported_operations();
  if (std::find(ops.begin(), ops.end(), "chat.messages.list") == ops.end()) {
    GTEST_SKIP() << "this build has no chat.messages.list";
  }
  coze::CozeClient client(test_config());
  coze::Chat chat = client.chat().stream(chat_request("bot_1", "list me"), nullptr);
  json params = {{"conversation_id", chat.conversation_id}, {"chat_id", chat.id}};
  json messages = json::parse(client.run("chat.messages.list", params.dump()));
  ASSERT_TRUE(messages.is_array()) << messages;
  ASSERT_FALSE(messages.empty());
  EXPECT_EQ(messages[0]["content"], "Echo: list me");
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
  add_faults(json::array({{{"drip_ms", 150}}}));
  coze::CozeClient client(test_config());
  auto start = Clock::now();
  int64_t first_delta_ms = -1;
  client.chat().stream(chat_request("bot_1", "abcdefghijkl"), [&](const coze::ChatEvent& ev) {
    if (ev.is_delta() && first_delta_ms < 0) first_delta_ms = ms_since(start);
  });
  int64_t total_ms = ms_since(start);
  // 6 deltas at 150 ms each: the first must not wait for the last.
  ASSERT_GE(first_delta_ms, 0);
  EXPECT_LT(first_delta_ms + 400, total_ms) << "first delta " << first_delta_ms << " ms, total " << total_ms;
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
    got.types.push_back(ev.type);
    if (ev.is_delta()) first_delta.store(true);
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
  EXPECT_LT(elapsed, 1500);
  ASSERT_FALSE(got.types.empty());
  EXPECT_NE(got.types.back(), "done");
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
  // No bytes arrive while the server stalls: the cancel must wake the poll.
  EXPECT_LT(elapsed, 700);
  // A cancelled token fails the next call at once, before any request.
  size_t before = requests_log().size();
  EXPECT_EQ(expect_error([&] { client.chat().create(chat_request("bot_1", "hi"), options); }).kind, "cancelled");
  EXPECT_EQ(requests_log().size(), before);
}

TEST_F(E2E, CancelInterruptsARetrySleep) {
  add_faults(json::array({{{"status", 503}, {"headers", {{"Retry-After", "5"}}}, {"body", {{"code", 5000}, {"msg", "x"}}}}}));
  coze::CozeClient client(test_config());
  coze::RequestOptions options;
  int64_t elapsed = 0;
  EXPECT_EQ(create_cancelled_after(client, options, 300, elapsed).kind, "cancelled");
  EXPECT_LT(elapsed, 2000);
}

TEST_F(E2E, RetriesAServerErrorWithTheSameIdempotencyKey) {
  add_faults(json::array({{{"status", 502}, {"headers", {{"Retry-After", "0"}}}, {"body", ""}}}));
  coze::CozeClient client(test_config());
  coze::Chat chat = client.chat().create(chat_request("bot_1", "retry me"));
  EXPECT_FALSE(chat.id.empty());
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
                                      if (ev.is_delta()) throw Stop{};
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
        if (ev.is_delta()) texts[i] += ev.message.content;
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
  EXPECT_EQ(run_cli({"chat", "--bot-id", "b", "hi"}).status, 2);                    // no token
  EXPECT_EQ(run_cli({"frobnicate"}, kToken).status, 2);
  CliResult v = run_cli({"--version"});
  EXPECT_EQ(v.status, 0);
  EXPECT_EQ(v.out, std::string("coze ") + coze::version() + "\n");
}

// ---- typed stream events: decoders on real payloads, then through the client

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

coze::Event raw_event(const std::string& type, const std::string& data) {
  coze::Event e;
  e.type = type;
  e.data = data;
  return e;
}

TEST(ChatEvents, RequiresActionCarriesTwoToolCalls) {
  coze::ChatEvent ev = decode_chat_event(raw_event("conversation.chat.requires_action", kRequiresAction));
  ASSERT_TRUE(ev.has_chat);
  EXPECT_EQ(ev.chat.status, "requires_action");
  EXPECT_EQ(ev.chat.required_action.type, "submit_tool_outputs");
  ASSERT_EQ(ev.tool_calls().size(), 2u);
  EXPECT_EQ(ev.tool_calls()[0].id, "call_1");
  EXPECT_EQ(ev.tool_calls()[0].type, "function");
  EXPECT_EQ(ev.tool_calls()[0].function.name, "get_weather");
  EXPECT_EQ(ev.tool_calls()[0].function.arguments, R"({"city":"Paris"})");
  EXPECT_EQ(ev.tool_calls()[1].id, "call_2");
  EXPECT_EQ(ev.tool_calls()[1].function.name, "get_time");
  EXPECT_EQ(ev.chat.usage.input_count, 7);
  EXPECT_FALSE(ev.is_audio());

  // Arguments sent as an object come as its JSON text; a chat without an action has none.
  coze::Chat c = coze::decode_chat(
      R"({"id":"1","required_action":{"submit_tool_outputs":{"tool_calls":[{"id":"x","function":{"name":"f","arguments":{"a":1}}}, 5]}}})");
  ASSERT_EQ(c.required_action.tool_calls.size(), 1u);
  EXPECT_EQ(c.required_action.tool_calls[0].function.arguments, R"({"a":1})");
  EXPECT_TRUE(coze::decode_chat(R"({"id":"1","status":"completed"})").required_action.tool_calls.empty());
}

TEST(ChatEvents, AudioDeltaDecodesBase64) {
  coze::ChatEvent ev = decode_chat_event(raw_event("conversation.audio.delta", kAudioDelta));
  ASSERT_TRUE(ev.has_message);
  EXPECT_EQ(ev.message.content_type, "audio");
  EXPECT_TRUE(ev.is_audio());
  EXPECT_EQ(ev.audio(), std::string("\x00\x01\x02\xfd\xfe\xff", 6));

  // Unpadded base64 is accepted; a text delta has no audio; bad base64 is a decode error.
  EXPECT_EQ(decode_chat_event(raw_event("conversation.audio.delta", R"({"content":"AAE"})")).audio(),
            std::string("\x00\x01", 2));
  EXPECT_EQ(decode_chat_event(raw_event("conversation.message.delta", R"({"content":"hi"})")).audio(), "");
  coze::ChatEvent bad = decode_chat_event(raw_event("conversation.audio.delta", R"({"content":"not base64!"})"));
  try {
    bad.audio();
    ADD_FAILURE() << "no CozeError";
  } catch (const coze::CozeError& e) {
    EXPECT_EQ(e.kind(), "decode");
  }
}

TEST(ChatEvents, DoneExposesTheDebugUrl) {
  coze::ChatEvent with_url = decode_chat_event(raw_event("done", std::string(R"({"debug_url":")") + kDebugUrl + "\"}"));
  EXPECT_TRUE(with_url.is_done());
  EXPECT_EQ(with_url.debug_url, kDebugUrl);
  for (const char* data : {"{}", "\"[DONE]\"", "[DONE]", ""}) {
    coze::ChatEvent ev = decode_chat_event(raw_event("done", data));
    EXPECT_TRUE(ev.is_done());
    EXPECT_EQ(ev.debug_url, "") << data;
  }
}

TEST(WorkflowEvents, TypedPayloadsAndCaseInsensitiveNames) {
  coze::WorkflowEvent m = coze::decode_workflow_event(raw_event("message", kWorkflowMessage));
  EXPECT_EQ(m.type, coze::WorkflowEventType::Message);
  EXPECT_STREQ(coze::workflow_event_type_name(m.type), "message");
  EXPECT_EQ(m.event, "message");
  EXPECT_EQ(m.message.content, "Hello");
  EXPECT_EQ(m.message.content_type, "text");
  EXPECT_EQ(m.message.node_title, "End");
  EXPECT_EQ(m.message.node_seq_id, "0");
  EXPECT_TRUE(m.message.node_is_finish);
  EXPECT_EQ(m.message.ext.at("k"), "v");
  EXPECT_EQ(m.message.ext.at("n"), "3");
  ASSERT_TRUE(m.message.has_usage);
  EXPECT_EQ(m.message.usage.token_count, 3);
  EXPECT_EQ(m.message.usage.output_count, 2);
  EXPECT_EQ(m.message.usage.input_count, 1);

  coze::WorkflowEvent i = coze::decode_workflow_event(raw_event("INTERRUPT", kWorkflowInterrupt));
  EXPECT_EQ(i.type, coze::WorkflowEventType::Interrupt);
  EXPECT_EQ(i.interrupt.interrupt_data.event_id, "ev_7");
  EXPECT_EQ(i.interrupt.interrupt_data.type, 2);
  EXPECT_EQ(i.interrupt.interrupt_data.data, R"({"question":"City?"})");
  EXPECT_EQ(i.interrupt.node_title, "Question");

  coze::WorkflowEvent e =
      coze::decode_workflow_event(raw_event("Error", R"({"error_code":6006,"error_message":"code node timed out"})"));
  EXPECT_EQ(e.type, coze::WorkflowEventType::Error);
  EXPECT_EQ(e.error.error_code, 6006);
  EXPECT_EQ(e.error.error_message, "code node timed out");
  EXPECT_EQ(coze::decode_workflow_event(raw_event("error", R"({"error_code":"4000"})")).error.error_code, 4000);

  coze::WorkflowEvent d = coze::decode_workflow_event(raw_event("done", std::string(R"({"debug_url":")") + kDebugUrl + "\"}"));
  EXPECT_TRUE(d.is_done());
  EXPECT_EQ(d.debug_url, kDebugUrl);
  EXPECT_EQ(coze::decode_workflow_event(raw_event("Done", "{}")).debug_url, "");

  for (const char* name : {"PING", "ping", "Ping"}) {
    EXPECT_EQ(coze::decode_workflow_event(raw_event(name, "{}")).type, coze::WorkflowEventType::Ping) << name;
  }
  EXPECT_EQ(coze::decode_workflow_event(raw_event("mEsSaGe", kWorkflowMessage)).message.content, "Hello");
}

TEST(WorkflowEvents, UnknownAndUndecodableEventsAreDeliveredRaw) {
  coze::WorkflowEvent u = coze::decode_workflow_event(raw_event("node_start", R"({"node":"n1"})"));
  EXPECT_EQ(u.type, coze::WorkflowEventType::Unknown);
  EXPECT_STREQ(coze::workflow_event_type_name(u.type), "unknown");
  EXPECT_EQ(u.event, "node_start");
  EXPECT_EQ(u.data, R"({"node":"n1"})");

  // Wrong shapes never throw: the typed parts stay empty.
  for (const char* data : {"", "[1,2]", "\"text\"", "{\"content\":{\"a\":1},\"node_is_finish\":\"yes\"}", "{bad"}) {
    coze::WorkflowEvent m = coze::decode_workflow_event(raw_event("Message", data));
    EXPECT_EQ(m.type, coze::WorkflowEventType::Message);
    EXPECT_FALSE(m.message.node_is_finish) << data;
  }
  EXPECT_EQ(coze::decode_workflow_event(raw_event("Message", R"({"content":{"a":1}})")).message.content, R"({"a":1})");
  EXPECT_EQ(coze::decode_workflow_event(raw_event("Interrupt", R"({"interrupt_data":7})")).interrupt.interrupt_data.event_id,
            "");
}

// ---- through the client, on the fake server's routes for tool calls, audio
// and workflows (tests/fake_coze/README.md)

const char* const kDebugUrlPrefix = "https://www.coze.com/work_flow?execute_id=";

json logged_body(const json& entry) { return json::parse(entry["body"].get<std::string>()); }

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

using Names = std::vector<std::string>;

TEST_F(E2E, RequiresActionThenSubmitToolOutputsStream) {
  coze::CozeClient client(test_config());
  Names types;
  std::vector<coze::ChatMessage> function_calls;
  std::vector<coze::ToolCall> calls;
  coze::Chat chat = client.chat().stream(chat_request("tools", "weather in Paris?"), [&](const coze::ChatEvent& ev) {
    types.push_back(ev.type);
    if (ev.type == "conversation.message.completed") function_calls.push_back(ev.message);
    if (ev.type == "conversation.chat.requires_action") calls = ev.tool_calls();
  });
  EXPECT_EQ(types, (Names{"conversation.chat.created", "conversation.chat.in_progress",
                          "conversation.message.completed", "conversation.message.completed",
                          "conversation.chat.requires_action", "done"}));
  EXPECT_EQ(chat.status, "requires_action");
  EXPECT_EQ(chat.bot_id, "tools");
  EXPECT_EQ(chat.required_action.type, "submit_tool_outputs");
  EXPECT_EQ(chat.required_action.tool_calls.size(), 2u);
  ASSERT_EQ(function_calls.size(), 2u);
  EXPECT_EQ(function_calls[0].type, "function_call");
  EXPECT_EQ(json::parse(function_calls[0].content)["name"], "get_weather");
  EXPECT_EQ(json::parse(function_calls[1].content)["name"], "get_time");
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0].type, "function");
  EXPECT_EQ(calls[0].function.name, "get_weather");
  EXPECT_EQ(calls[0].function.arguments, R"({"city":"Paris"})");
  EXPECT_EQ(calls[1].function.name, "get_time");
  EXPECT_EQ(calls[1].function.arguments, R"({"tz":"Europe/Paris"})");
  EXPECT_TRUE(starts_with(calls[0].id, "call_")) << calls[0].id;
  EXPECT_NE(calls[0].id, calls[1].id);

  // Answer both calls: the chat goes on and answers with the outputs, in the order sent.
  std::map<std::string, std::string> results = {{"get_weather", "sunny"}, {"get_time", "12:00"}};
  json outputs = json::array();
  for (const coze::ToolCall& c : calls) {
    outputs.push_back({{"tool_call_id", c.id}, {"output", results[c.function.name]}});
  }
  json params = {{"conversation_id", chat.conversation_id}, {"chat_id", chat.id}, {"tool_outputs", outputs}};
  Names types2;
  std::string text, completed;
  coze::Chat done = client.chat().submit_tool_outputs_stream(params.dump(), [&](const coze::ChatEvent& ev) {
    types2.push_back(ev.type);
    if (ev.is_delta()) text += ev.message.content;
    if (ev.type == "conversation.message.completed") completed = ev.message.content;
  });
  const std::string answer = "Tool outputs: get_weather -> sunny; get_time -> 12:00";
  EXPECT_EQ(text, answer);
  EXPECT_EQ(completed, answer);
  ASSERT_GE(types2.size(), 5u);
  EXPECT_EQ(types2.front(), "conversation.chat.in_progress");
  EXPECT_EQ(Names(types2.end() - 3, types2.end()),
            (Names{"conversation.message.completed", "conversation.chat.completed", "done"}));
  EXPECT_EQ(done.status, "completed");
  EXPECT_EQ(done.id, chat.id);
  EXPECT_EQ(done.conversation_id, chat.conversation_id);
  EXPECT_TRUE(done.required_action.tool_calls.empty());

  json log = requests_log();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0]["path"], "/v3/chat");
  EXPECT_EQ(log[1]["path"], "/v3/chat/submit_tool_outputs");
  EXPECT_EQ(log[1]["query"]["conversation_id"], chat.conversation_id);
  EXPECT_EQ(log[1]["query"]["chat_id"], chat.id);
  json body = logged_body(log[1]);
  EXPECT_EQ(body["stream"], true);
  EXPECT_EQ(body["tool_outputs"], outputs);

  // The outputs are taken once: submitting again is a bad request (Coze code 4000).
  coze::Error again = expect_error([&] { client.chat().submit_tool_outputs(params.dump()); });
  EXPECT_EQ(again.kind, "bad_request");
  EXPECT_EQ(again.code, 4000);
  EXPECT_FALSE(again.logid.empty());
}

TEST_F(E2E, AudioDeltasDecodeToTheAudioBytes) {
  coze::CozeClient client(test_config());
  std::string audio, text;
  int audio_events = 0;
  coze::Chat chat = client.chat().stream(chat_request("audio", "sing"), [&](const coze::ChatEvent& ev) {
    if (ev.is_audio()) {
      ++audio_events;
      EXPECT_EQ(ev.type, "conversation.audio.delta");
      audio += ev.audio();
    } else if (ev.is_delta()) {
      text += ev.message.content;
    }
  });
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes.push_back(static_cast<char>(i));
  EXPECT_EQ(audio_events, 4);
  EXPECT_EQ(audio, bytes);
  EXPECT_EQ(text, "Echo: sing");
  EXPECT_EQ(chat.status, "completed");
}

TEST_F(E2E, WorkflowStreamDeliversTypedEvents) {
  coze::CozeClient client(test_config());
  std::vector<coze::WorkflowEvent> got;
  client.workflows().stream(R"({"workflow_id":"interrupt","parameters":{"input":"weather"}})",
                            [&](const coze::WorkflowEvent& ev) { got.push_back(ev); });
  // The echo in Message pieces, a PING after the first, and the Interrupt
  // that ends the stream (no Done: the run waits for input).
  ASSERT_GE(got.size(), 4u);
  EXPECT_EQ(got[1].type, coze::WorkflowEventType::Ping);
  EXPECT_EQ(got[1].event, "PING");
  std::string text;
  for (size_t i = 0; i + 1 < got.size(); ++i) {
    if (i == 1) continue;
    EXPECT_EQ(got[i].type, coze::WorkflowEventType::Message) << i;
    EXPECT_EQ(got[i].event, "Message") << i;
    EXPECT_EQ(got[i].message.node_title, "Message") << i;
    EXPECT_EQ(got[i].message.node_is_finish, i + 2 == got.size()) << i;
    text += got[i].message.content;
  }
  EXPECT_EQ(text, "Echo: weather");
  const coze::WorkflowEvent& interrupt = got.back();
  ASSERT_EQ(interrupt.type, coze::WorkflowEventType::Interrupt);
  EXPECT_EQ(interrupt.event, "Interrupt");
  EXPECT_EQ(interrupt.interrupt.node_title, "Question");
  EXPECT_EQ(interrupt.interrupt.interrupt_data.type, 2);
  EXPECT_EQ(json::parse(interrupt.interrupt.interrupt_data.data)["question"], "Which city?");
  const std::string event_id = interrupt.interrupt.interrupt_data.event_id;
  EXPECT_FALSE(event_id.empty());

  // Resume with what the Interrupt said: the run echoes the answer and ends with Done.
  json resume = {{"workflow_id", "interrupt"},
                 {"event_id", event_id},
                 {"resume_data", "Paris"},
                 {"interrupt_type", interrupt.interrupt.interrupt_data.type}};
  std::vector<coze::WorkflowEvent> rest;
  client.workflows().resume(resume.dump(), [&](const coze::WorkflowEvent& ev) { rest.push_back(ev); });
  ASSERT_GE(rest.size(), 4u);
  std::string echoed;
  for (const coze::WorkflowEvent& ev : rest) {
    if (ev.type == coze::WorkflowEventType::Message && ev.message.node_title == "Message") echoed += ev.message.content;
  }
  EXPECT_EQ(echoed, "Echo: Paris");
  const coze::WorkflowEvent& end = rest[rest.size() - 2];
  EXPECT_EQ(end.type, coze::WorkflowEventType::Message);
  EXPECT_EQ(end.message.node_title, "End");
  EXPECT_TRUE(end.message.node_is_finish);
  EXPECT_EQ(json::parse(end.message.content)["output"], "Echo: Paris");
  ASSERT_TRUE(end.message.has_usage);
  EXPECT_EQ(end.message.usage.input_count, 5);
  EXPECT_EQ(end.message.usage.output_count, 11);
  EXPECT_TRUE(rest.back().is_done());
  EXPECT_EQ(rest.back().event, "Done");
  EXPECT_TRUE(starts_with(rest.back().debug_url, kDebugUrlPrefix)) << rest.back().debug_url;
  EXPECT_NE(rest.back().debug_url.find("&workflow_id=interrupt"), std::string::npos) << rest.back().debug_url;

  json log = requests_log();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0]["path"], "/v1/workflow/stream_run");
  EXPECT_EQ(log[1]["path"], "/v1/workflow/stream_resume");
  json body = logged_body(log[1]);
  EXPECT_EQ(body["event_id"], event_id);
  EXPECT_EQ(body["interrupt_type"], 2);
  EXPECT_EQ(body["resume_data"], "Paris");

  // The run has gone on: the same event cannot be resumed again (Coze code 4200).
  coze::Error again = expect_error([&] { client.workflows().resume(resume.dump(), [](const coze::WorkflowEvent&) {}); });
  EXPECT_EQ(again.kind, "not_found");
  EXPECT_EQ(again.code, 4200);
}

TEST_F(E2E, LowerCaseWorkflowEventsComeInTheApiSpelling) {
  coze::CozeClient client(test_config());
  Names names;
  std::vector<coze::WorkflowEventType> types;
  std::string text, debug_url;
  client.workflows().stream(R"({"workflow_id":"lowercase","parameters":{"input":"hi"}})",
                            [&](const coze::WorkflowEvent& ev) {
                              names.push_back(ev.event);
                              types.push_back(ev.type);
                              if (ev.message.node_title == "Message") text += ev.message.content;
                              if (ev.is_done()) debug_url = ev.debug_url;
                            });
  EXPECT_EQ(names, (Names{"Message", "PING", "Message", "Message", "Message", "Done"}));
  using T = coze::WorkflowEventType;
  EXPECT_EQ(types, (std::vector<T>{T::Message, T::Ping, T::Message, T::Message, T::Message, T::Done}));
  EXPECT_EQ(text, "Echo: hi");
  EXPECT_TRUE(starts_with(debug_url, kDebugUrlPrefix)) << debug_url;
}

TEST_F(E2E, WorkflowErrorEventIsStreamError) {
  coze::CozeClient client(test_config());
  Names names;
  coze::Error e = expect_error([&] {
    client.workflows().stream(R"({"workflow_id":"error","parameters":{"input":"hello world"}})",
                              [&](const coze::WorkflowEvent& ev) { names.push_back(ev.event); });
  });
  EXPECT_EQ(names, (Names{"Message", "PING", "Message"}));
  EXPECT_EQ(e.kind, "stream");
  EXPECT_EQ(e.code, 6006);
  EXPECT_EQ(e.message, "workflow code node timed out");
  EXPECT_FALSE(e.retryable);

  // Run without streaming, the same failure is the answer's code.
  coze::Error run = expect_error([&] { client.workflows().create(R"({"workflow_id":"error"})"); });
  EXPECT_EQ(run.kind, "api");
  EXPECT_EQ(run.code, 6006);
  EXPECT_EQ(run.message, "workflow code node timed out");
  EXPECT_FALSE(run.logid.empty());
}

TEST_F(E2E, WorkflowCreateAndWorkflowChat) {
  coze::CozeClient client(test_config());
  coze::WorkflowRun run = client.workflows().create(R"({"workflow_id":"wf_echo","parameters":{"input":"hello"}})");
  EXPECT_EQ(json::parse(run.data), json({{"output", "Echo: hello"}}));
  const std::string execute_id = json::parse(run.json)["execute_id"].get<std::string>();
  EXPECT_FALSE(execute_id.empty());
  EXPECT_EQ(run.debug_url, kDebugUrlPrefix + execute_id + "&workflow_id=wf_echo");
  ASSERT_TRUE(run.has_usage);
  EXPECT_EQ(run.usage.input_count, 5);
  EXPECT_EQ(run.usage.output_count, 11);
  EXPECT_EQ(run.usage.token_count, 16);

  Names types;
  std::string text, debug_url;
  coze::Chat chat = client.workflows().chat(
      R"({"workflow_id":"wf_echo","bot_id":"b1","additional_messages":[{"role":"user","content":"hi","content_type":"text"}]})",
      [&](const coze::ChatEvent& ev) {
        types.push_back(ev.type);
        if (ev.is_delta()) text += ev.message.content;
        if (ev.is_done()) debug_url = ev.debug_url;
      });
  EXPECT_EQ(types, (Names{"conversation.chat.created", "conversation.chat.in_progress", "conversation.message.delta",
                          "conversation.message.delta", "conversation.message.delta", "conversation.message.completed",
                          "conversation.chat.completed", "done"}));
  EXPECT_EQ(text, "Echo: hi");
  EXPECT_EQ(chat.status, "completed");
  EXPECT_EQ(chat.bot_id, "b1");
  EXPECT_EQ(chat.usage.input_count, 2);
  EXPECT_EQ(debug_url, kDebugUrlPrefix + chat.id + "&workflow_id=wf_echo");

  json log = requests_log();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0]["path"], "/v1/workflow/run");
  EXPECT_EQ(log[1]["path"], "/v1/workflows/chat");
  EXPECT_EQ(logged_body(log[1])["workflow_id"], "wf_echo");
}

}  // namespace

// ---- hooks, trace context, attempt history, rate limit ----------------------

TEST_F(E2E, HooksSeeEveryStepWithSecretsRedacted) {
  add_faults(json::array({{{"status", 503}, {"headers", {{"Retry-After", "0"}}}, {"body", {{"code", 5000}, {"msg", "x"}}}}}));
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
      client.chat().stream(chat_request("bot-1", "cancel me please"), [&](const coze::ChatEvent&) {
        if (++seen == 2) opts.cancel.cancel();
      }, opts);
    });
    EXPECT_EQ(coze::live_calls(), calls);
  }
  EXPECT_EQ(coze::live_clients(), clients);
}

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  signal(SIGPIPE, SIG_IGN);
  curl_global_init(CURL_GLOBAL_DEFAULT);
  ::testing::AddGlobalTestEnvironment(new FakeServer);
  return RUN_ALL_TESTS();
}
