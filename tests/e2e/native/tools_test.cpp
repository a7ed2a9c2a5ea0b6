// End to end: local tools through the typed client (chat().run_tools) and the
// libcurl driver, against the fake Coze server's `tools` bot
// (tests/fake_coze/README.md: "POST /v3/chat", "POST /v3/chat/submit_tool_outputs").
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "coze/client.h"
#include "fake_server.h"

using json = nlohmann::json;

namespace {

using coze_test::control;

const char* const kWeatherSchema = R"({"type": "object",
  "properties": {"city": {"type": "string", "minLength": 1},
                 "unit": {"enum": ["celsius", "fahrenheit"], "default": "celsius"}},
  "required": ["city"], "additionalProperties": false})";
const char* const kTimeSchema = R"({"type": "object", "properties": {"tz": {"type": "string"}}, "required": ["tz"]})";

class Tools : public ::testing::Test {
 protected:
  void SetUp() override { control("POST", "/_fake/reset"); }

  static coze::ClientConfig config() {
    coze::ClientConfig c;
    c.base_url = coze_test::suite_server().base_url();
    c.token = "pat_tools_test_token";
    c.max_retries = 0;
    return c;
  }

  static coze::ChatRequest request() {
    coze::ChatRequest req;
    req.bot_id = "tools";
    req.user_id = "u1";
    req.additional_messages = {coze::user_message("Weather and time in Paris?")};
    return req;
  }

  // The answer text of the stream, and the event types seen.
  struct Seen {
    std::string text;
    std::vector<std::string> types;
  };
  static std::function<void(const coze::ChatEvent&)> collect(Seen& seen) {
    return [&seen](const coze::ChatEvent& ev) {
      seen.types.push_back(ev.type());
      if (auto m = ev.message(); m && ev.is(coze::ChatEventKind::conversation_message_delta)) {
        seen.text += m->content().value_or("");
      }
    };
  }
};

// A two-party rendezvous with a timeout: each tool waits for the other, so
// the round completes only when both run at once.
struct Rendezvous {
  std::mutex mu;
  std::condition_variable cv;
  int arrived = 0;
  bool meet() {
    std::unique_lock<std::mutex> lock(mu);
    ++arrived;
    cv.notify_all();
    return cv.wait_for(lock, std::chrono::seconds(5), [this] { return arrived >= 2; });
  }
};

TEST_F(Tools, RoundTripRunsBothToolsAtOnceWithDefaultsAndStreamsTheAnswer) {
  Rendezvous both;
  std::mutex mu;
  std::vector<std::string> args_seen;
  coze::Tool weather("get_weather", kWeatherSchema, [&](const coze::AnyView& args) -> coze::Json {
    {
      std::lock_guard<std::mutex> lock(mu);
      args_seen.push_back(args.to_json());
    }
    if (!both.meet()) throw std::runtime_error("get_time never ran alongside");
    return "sunny, " + args.get("unit").as_string().value_or("?");
  });
  coze::Tool time("get_time", kTimeSchema, [&](const coze::AnyView& args) -> coze::Json {
    {
      std::lock_guard<std::mutex> lock(mu);
      args_seen.push_back(args.to_json());
    }
    if (!both.meet()) throw std::runtime_error("get_weather never ran alongside");
    coze::Json out = coze::Json::object();
    out.set("time", "12:00").set("tz", args.get("tz").as_string().value_or(""));
    return out;
  });
  std::vector<coze::HookEvent> hooks;
  coze::Hooks h;
  h.on_tool_called = [&](const coze::HookEvent& e) { hooks.push_back(e); };
  h.on_tool_finished = [&](const coze::HookEvent& e) { hooks.push_back(e); };
  coze::CozeClient client(config(), h);
  Seen seen;
  client.chat().run_tools(request(), {weather, time}, collect(seen));

  EXPECT_EQ(seen.text, R"(Tool outputs: get_weather -> sunny, celsius; get_time -> {"time":"12:00","tz":"Europe/Paris"})");
  std::sort(args_seen.begin(), args_seen.end());
  ASSERT_EQ(args_seen.size(), 2u);
  EXPECT_EQ(json::parse(args_seen[0]), json::parse(R"({"city": "Paris", "unit": "celsius"})"));
  EXPECT_EQ(json::parse(args_seen[1]), json::parse(R"({"tz": "Europe/Paris"})"));
  // Both rounds' events, the requires_action among them, one `done` at the end.
  EXPECT_NE(std::find(seen.types.begin(), seen.types.end(), "conversation.chat.requires_action"), seen.types.end());
  EXPECT_EQ(std::count(seen.types.begin(), seen.types.end(), "done"), 1);
  EXPECT_EQ(seen.types.back(), "done");
  ASSERT_EQ(hooks.size(), 4u);
  EXPECT_EQ(hooks[0].kind, "tool_called");
  EXPECT_EQ(hooks[2].kind, "tool_finished");
  EXPECT_EQ(hooks[2].outcome, "ok");
  EXPECT_EQ(hooks[3].outcome, "ok");
}

TEST_F(Tools, AFunctionsExceptionBecomesTheErrorOutput) {
  coze::Tool weather("get_weather", kWeatherSchema, [](const coze::AnyView&) -> coze::Json {
    throw std::runtime_error("weather service down");
  });
  coze::Tool time("get_time", kTimeSchema, [](const coze::AnyView&) -> coze::Json { return "12:00"; });
  coze::CozeClient client(config());
  Seen seen;
  client.chat().run_tools(request(), {weather, time}, collect(seen));
  EXPECT_EQ(seen.text, "Tool outputs: get_weather -> {\"error\":\"tool 'get_weather' failed: weather service down\"}; "
                       "get_time -> 12:00");
}

TEST_F(Tools, AnUnknownToolIsAnsweredWithoutAFunction) {
  coze::Tool time("get_time", kTimeSchema, [](const coze::AnyView&) -> coze::Json { return "12:00"; });
  coze::CozeClient client(config());
  Seen seen;
  client.chat().run_tools(request(), {time}, collect(seen));
  EXPECT_EQ(seen.text, "Tool outputs: get_weather -> {\"error\":\"unknown tool 'get_weather'\"}; get_time -> 12:00");
}

TEST_F(Tools, AToolThatHangsIsTimedOutAndTheRunGoesOn) {
  auto release = std::make_shared<std::atomic<bool>>(false);
  coze::Tool weather("get_weather", kWeatherSchema, [release](const coze::AnyView&) -> coze::Json {
    for (int i = 0; i < 500 && !release->load(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return "too late";
  });
  coze::Tool time("get_time", kTimeSchema, [](const coze::AnyView&) -> coze::Json { return "12:00"; });
  coze::CozeClient client(config());
  Seen seen;
  coze::ToolsOptions run;
  run.tool_timeout_ms = 200;
  auto started = std::chrono::steady_clock::now();
  client.chat().run_tools(request(), {weather, time}, collect(seen), run);
  auto took = std::chrono::steady_clock::now() - started;
  release->store(true);
  EXPECT_EQ(seen.text,
            "Tool outputs: get_weather -> {\"error\":\"tool 'get_weather' did not finish within 200 ms\"}; "
            "get_time -> 12:00");
  EXPECT_LT(took, std::chrono::seconds(4));
}

TEST_F(Tools, FailOnErrorCancelsTheChatAndThrowsToolError) {
  coze::Tool weather("get_weather", kWeatherSchema, [](const coze::AnyView&) -> coze::Json {
    throw std::runtime_error("weather service down");
  });
  coze::Tool time("get_time", kTimeSchema, [](const coze::AnyView&) -> coze::Json { return "12:00"; });
  coze::CozeClient client(config());
  Seen seen;
  coze::ToolsOptions run;
  run.fail_on_error = true;
  try {
    client.chat().run_tools(request(), {weather, time}, collect(seen), run);
    FAIL() << "no ToolError";
  } catch (const coze::ToolError& e) {
    EXPECT_EQ(e.error().kind, "tool");
    EXPECT_NE(std::string(e.what()).find("tool 'get_weather' failed: weather service down; the chat was cancelled"),
              std::string::npos);
  }
  json log = json::parse(control("GET", "/_fake/requests"));
  bool cancelled = false;
  for (const auto& entry : log) cancelled = cancelled || entry["path"] == "/v3/chat/cancel";
  EXPECT_TRUE(cancelled);
}

TEST_F(Tools, ASchemaTheValidatorDoesNotSupportIsRefusedAtRegistration) {
  try {
    coze::Tool bad("get_weather", R"({"type": "object", "if": {}})", [](const coze::AnyView&) -> coze::Json {
      return "";
    });
    FAIL() << "no InvalidArgumentError";
  } catch (const coze::InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("unsupported keyword \"if\""), std::string::npos) << e.what();
  }
}

TEST_F(Tools, CancelWhileAToolRunsEndsTheCallAsCancelled) {
  coze::RequestOptions options;
  auto release = std::make_shared<std::atomic<bool>>(false);
  coze::CancelToken cancel = options.cancel;
  coze::Tool weather("get_weather", kWeatherSchema, [release, cancel](const coze::AnyView&) mutable -> coze::Json {
    cancel.cancel();
    for (int i = 0; i < 500 && !release->load(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return "late";
  });
  coze::Tool time("get_time", kTimeSchema, [](const coze::AnyView&) -> coze::Json { return "12:00"; });
  coze::CozeClient client(config());
  Seen seen;
  EXPECT_THROW(client.chat().run_tools(request(), {weather, time}, collect(seen), coze::ToolsOptions(), options),
               coze::CancelledError);
  release->store(true);
}

}  // namespace
