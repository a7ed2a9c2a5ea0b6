// The fault scenarios of tests/e2e/faults.json through the libcurl client:
// each queues its faults on a fake Coze server of its own, makes one call
// with chat().create / chat().stream, then checks the outcome and the
// server's request log as tests/e2e/README.md describes. One test per
// scenario (FaultScenarios/Run/<name>).
#include <curl/curl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "coze/client.h"
#include "fake_server.h"
#include "secrets.h"

using json = nlohmann::json;

namespace {

using Clock = std::chrono::steady_clock;

// A fake server for this suite alone, so its faults never meet other tests.
coze_test::FakeCozeProcess g_fault_server;

class FaultServer : public ::testing::Environment {
 public:
  void SetUp() override { ASSERT_EQ(g_fault_server.start(COZE_SOURCE_DIR), ""); }
  void TearDown() override { g_fault_server.stop(); }
};

::testing::Environment* const kFaultServer = ::testing::AddGlobalTestEnvironment(new FaultServer);

std::string base_url() { return g_fault_server.base_url(); }

// The control endpoints; their answers as JSON.
json control(const std::string& method, const std::string& path, const json& body = nullptr) {
  bool ok = false;
  long status = 0;
  std::string out = g_fault_server.control(method, path, body.is_null() ? "" : body.dump(), &ok, &status);
  EXPECT_TRUE(ok) << method << " " << path << ": the request failed";
  EXPECT_EQ(status, 200) << method << " " << path << ": " << out;
  json v = json::parse(out, nullptr, false);
  return v.is_discarded() ? json() : v;
}

std::string scenarios_path() {
  const char* env = std::getenv("COZE_FAULTS");
  return env && *env ? env : std::string(COZE_SOURCE_DIR) + "/tests/e2e/faults.json";
}

// One scenario; gtest prints it by its name.
struct Scenario {
  json j;
};
void PrintTo(const Scenario& s, std::ostream* os) { *os << s.j.value("name", "unnamed"); }

std::vector<Scenario> load_scenarios() {
  std::ifstream in(scenarios_path());
  std::stringstream text;
  text << in.rdbuf();
  json all = json::parse(text.str(), nullptr, false);
  if (!all.is_array() || all.empty()) {
    // One scenario that fails, naming the file, rather than no tests at all.
    return {Scenario{json{{"name", "unreadable " + scenarios_path()}}}};
  }
  std::vector<Scenario> out;
  for (const json& s : all) out.push_back(Scenario{s});
  return out;
}

// Whether every field of want is in got with the same value.
bool is_subset(const json& want, const json& got) {
  if (!want.is_object()) return want == got;
  if (!got.is_object()) return false;
  for (auto it = want.begin(); it != want.end(); ++it) {
    if (!got.contains(it.key()) || !is_subset(it.value(), got[it.key()])) return false;
  }
  return true;
}

std::string test_name(const ::testing::TestParamInfo<Scenario>& info) {
  std::string name = info.param.j.value("name", "unnamed");
  std::string out;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += c;
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out + "_" + std::to_string(info.index);
}

// A field of /proc/self/status in KiB (VmRSS, VmHWM), -1 when unreadable.
int64_t status_kib(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::atoll(line.c_str() + field.size() + 1);
  }
  return -1;
}

// Starts a peak-RSS measurement: resets the process's high-water mark
// (clear_refs 5) and returns the RSS now, in KiB.
int64_t start_peak_rss() {
  std::ofstream("/proc/self/clear_refs") << "5";
  return status_kib("VmRSS");
}

// The recognisable token of every scenario (tests/e2e/README.md).
const char* const kCanary = "pat_canary_7Hq2xZ9wLmR4vB";

class FaultScenarios : public ::testing::TestWithParam<Scenario> {};

TEST_P(FaultScenarios, Run) {
  const json& sc = GetParam().j;
  ASSERT_TRUE(sc.contains("op") && sc.contains("client") && sc.contains("expect")) << sc.dump();
  const json& expect = sc["expect"];
  const json& settings = sc["client"];
  const std::string op = sc["op"];

  control("POST", "/_fake/reset", json::object());
  if (!sc["faults"].empty()) control("POST", "/_fake/faults", sc["faults"]);

  coze::ClientConfig config;
  json client_json = settings;
  client_json["base_url"] = base_url();
  client_json["token"] = kCanary;
  client_json["hook_bodies"] = true;
  ASSERT_EQ(config.apply_json(client_json.dump()), "");
  // Every hook, recorded: the token must appear in none of them (README "Secrets").
  std::vector<std::string> hook_texts;
  coze::Hooks hooks =
      coze_test::all_hooks([&](const coze::HookEvent& e) { hook_texts.push_back(coze_test::hook_event_text(e)); });
  coze::CozeClient client(config, hooks);

  struct Received {
    std::string type;
    std::string content;
  };
  // What the stream delivered: the count, the last type and the deltas'
  // content (an endless stream must not grow the runner's own memory).
  size_t received = 0;
  Received last;
  std::string text;
  std::vector<std::string> error_texts;
  bool failed = false;
  coze::Error error;
  json result;
  const int64_t rss_before_kib = start_peak_rss();
  auto started = Clock::now();
  try {
    // The scenarios' params are JSON: the generic calls take them as they are.
    if (op == "chat.create") {
      result = json::parse(client.call(op, sc["params"].dump()).to_json());
    } else if (op == "chat.stream") {
      client.stream(op, sc["params"].dump(), [&](const coze::EventView& event) {
        coze::ChatEvent ev(event);
        auto message = ev.is(coze::ChatEventKind::conversation_message_delta) ? ev.message() : std::nullopt;
        ++received;
        last = {ev.type(), message ? message->content().value_or("") : ""};
        text += last.content;
      });
    } else {
      FAIL() << "unknown op " << op;
    }
  } catch (const coze::CozeError& e) {
    failed = true;
    error = e.error();
    error_texts = coze_test::error_texts(e);
  }
  auto elapsed_ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count();
  const int64_t peak_growth_kib = status_kib("VmHWM") - rss_before_kib;
  json log = control("GET", "/_fake/requests");
  json remaining = control("GET", "/_fake/faults");

  // The figures scripts/reliability reads, before any check can stop the test.
  if (expect.contains("max_rss_growth_mib")) {
    std::cout << "[rss] " << sc["name"].get<std::string>() << ": " << (failed ? error.kind : "done") << ", peak RSS +"
              << peak_growth_kib << " KiB, " << elapsed_ms << " ms, " << received << " events" << std::endl;
  }

  // The outcome.
  if (expect["outcome"] == "done") {
    ASSERT_FALSE(failed) << "expected success, got " << coze::describe(error);
    if (expect.contains("result")) {
      EXPECT_TRUE(is_subset(expect["result"], result)) << result.dump();
    }
  } else {
    ASSERT_TRUE(failed) << "expected a failure, the call succeeded";
    EXPECT_EQ(error.kind, expect["kind"].get<std::string>()) << coze::describe(error);
    if (expect.contains("attempts")) {
      EXPECT_EQ(error.attempts, expect["attempts"].get<int>()) << coze::describe(error);
    }
    if (expect.contains("http_status")) {
      EXPECT_EQ(error.http_status, expect["http_status"].get<int>());
    }
    if (expect.contains("code")) {
      EXPECT_EQ(error.code, expect["code"].get<int64_t>());
    }
  }
  if (expect.contains("max_elapsed_ms")) {
    EXPECT_LE(elapsed_ms, expect["max_elapsed_ms"].get<int64_t>());
  }
  if (expect.contains("min_elapsed_ms")) {
    EXPECT_GE(elapsed_ms, expect["min_elapsed_ms"].get<int64_t>());
  }
  if (expect.contains("max_rss_growth_mib")) {
    EXPECT_LE(peak_growth_kib, expect["max_rss_growth_mib"].get<int64_t>() * 1024) << "peak RSS grew by this many KiB";
  }
  EXPECT_EQ(remaining, json::array()) << "faults left unused";

  // Secrets: the token is in no error text and no hook event.
  EXPECT_FALSE(hook_texts.empty());
  for (const std::string& t : error_texts) EXPECT_EQ(t.find(kCanary), std::string::npos) << t;
  for (const std::string& t : hook_texts) EXPECT_EQ(t.find(kCanary), std::string::npos) << t;

  // (a) the requests the server saw.
  ASSERT_TRUE(log.is_array());
  ASSERT_EQ(log.size(), expect["requests"].get<size_t>()) << log.dump();
  for (const json& e : log) {
    EXPECT_EQ(e["method"], "POST");
    EXPECT_EQ(e["path"], "/v3/chat");
  }
  // (b) one idempotency key on every attempt, or no repeated POST without one.
  if (settings["idempotency_header"].is_null()) {
    EXPECT_EQ(log.size(), 1u) << "a POST without an idempotency key was repeated";
    for (const json& e : log) EXPECT_TRUE(e["idempotency_key"].is_null()) << e.dump();
  } else {
    std::string name = settings["idempotency_header"];
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    json first = log[0]["headers"].value(name, json());
    EXPECT_TRUE(first.is_string() && !first.get<std::string>().empty()) << log[0].dump();
    for (const json& e : log) EXPECT_EQ(e["headers"].value(name, json()), first);
  }
  // (c) X-Coze-Retry-Count counts the attempts; each attempt has its own request id.
  std::set<std::string> ids;
  for (size_t i = 0; i < log.size(); ++i) {
    EXPECT_EQ(log[i]["retry_count"], std::to_string(i)) << "request " << i;
    const json& id = log[i]["client_request_id"];
    EXPECT_TRUE(id.is_string() && !id.get<std::string>().empty() && ids.insert(id.get<std::string>()).second)
        << "request " << i << ": X-Client-Request-Id " << id.dump() << " missing or repeated";
  }
  // (d) stream events: those of the last answer only, each once.
  if (op == "chat.stream") {
    for (size_t i = 0; i + 1 < log.size(); ++i) {
      EXPECT_EQ(log[i]["events_sent"], 0) << "attempt " << i << " sent events before a retry";
    }
    // "prefix": the server was still writing when the call ended, so what
    // arrived is a prefix of what it sent.
    if (expect.value("events", "all") == "prefix") {
      EXPECT_LE(received, log.back()["events_sent"].get<size_t>());
    } else {
      EXPECT_EQ(received, log.back()["events_sent"].get<size_t>());
    }
    if (expect.contains("content")) {
      EXPECT_EQ(text, expect["content"].get<std::string>());
    }
    if (expect["outcome"] == "done") {
      ASSERT_GT(received, 0u);
      EXPECT_EQ(last.type, "done");
    }
  }
}

INSTANTIATE_TEST_SUITE_P(FromFile, FaultScenarios, ::testing::ValuesIn(load_scenarios()), test_name);

}  // namespace
