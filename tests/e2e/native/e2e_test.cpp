// End to end: the libcurl client (and the coze CLI) against the fake Coze
// server, started once for the whole suite (tests/fake_coze/README.md).
#include <gtest/gtest.h>

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
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "coze/client.h"

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

const char* const kToken = "pat_e2e_secret_token_value";

int64_t ms_since(Clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t).count();
}

// The fake server as a child process.
class FakeServer : public ::testing::Environment {
 public:
  static int port;

  void SetUp() override {
    int out[2];
    ASSERT_EQ(pipe(out), 0);
    std::string script = std::string(COZE_SOURCE_DIR) + "/tests/fake_coze/server.py";
    pid_ = fork();
    ASSERT_GE(pid_, 0);
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      execlp("python3", "python3", script.c_str(), "--port", "0", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    std::string line;
    auto deadline = Clock::now() + std::chrono::seconds(20);
    while (line.find('\n') == std::string::npos && Clock::now() < deadline) {
      pollfd p{out[0], POLLIN, 0};
      if (poll(&p, 1, 200) <= 0) continue;
      char buf[64];
      ssize_t n = read(out[0], buf, sizeof buf);
      if (n <= 0) break;
      line.append(buf, static_cast<size_t>(n));
    }
    out_fd_ = out[0];
    ASSERT_EQ(line.compare(0, 10, "LISTENING "), 0) << "fake server said: " << line;
    port = std::atoi(line.c_str() + 10);
    ASSERT_GT(port, 0);
  }

  void TearDown() override {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      for (int i = 0; i < 50 && waitpid(pid_, &status, WNOHANG) == 0; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
      if (waitpid(pid_, &status, WNOHANG) == 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
      }
      pid_ = -1;
    }
    if (out_fd_ >= 0) close(out_fd_);
  }

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
};
int FakeServer::port = 0;

std::string base_url() { return "http://127.0.0.1:" + std::to_string(FakeServer::port); }

size_t collect(char* p, size_t size, size_t n, void* out) {
  static_cast<std::string*>(out)->append(p, size * n);
  return size * n;
}

// Talks to the control endpoints with plain libcurl.
std::string control(const std::string& method, const std::string& path, const std::string& body = "") {
  CURL* e = curl_easy_init();
  std::string out;
  std::string url = base_url() + path;
  curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
  curl_easy_setopt(e, CURLOPT_URL, url.c_str());
  curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &collect);
  curl_easy_setopt(e, CURLOPT_WRITEDATA, &out);
  if (method == "POST") curl_easy_setopt(e, CURLOPT_POSTFIELDS, body.c_str());
  CURLcode rc = curl_easy_perform(e);
  curl_slist_free_all(headers);
  curl_easy_cleanup(e);
  EXPECT_EQ(rc, CURLE_OK) << curl_easy_strerror(rc);
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

TEST_F(E2E, CancelWhileWaitingForTheHead) {
  add_faults(json::array({{{"stall_ms", 5000}}}));
  coze::CozeClient client(test_config());
  coze::RequestOptions options;
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    options.cancel.cancel();
  });
  auto start = Clock::now();
  coze::Error e = expect_error([&] { client.chat().create(chat_request("bot_1", "hi"), options); });
  int64_t elapsed = ms_since(start);
  canceller.join();
  EXPECT_EQ(e.kind, "cancelled");
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
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    options.cancel.cancel();
  });
  auto start = Clock::now();
  coze::Error e = expect_error([&] { client.chat().create(chat_request("bot_1", "hi"), options); });
  int64_t elapsed = ms_since(start);
  canceller.join();
  EXPECT_EQ(e.kind, "cancelled");
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

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  signal(SIGPIPE, SIG_IGN);
  curl_global_init(CURL_GLOBAL_DEFAULT);
  ::testing::AddGlobalTestEnvironment(new FakeServer);
  return RUN_ALL_TESTS();
}
