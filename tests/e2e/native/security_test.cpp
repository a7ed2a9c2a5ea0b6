// End to end: the token never leaves in clear text for another machine, and
// redirects are never followed (README "Security"), through the typed client
// and the libcurl driver against the fake Coze server.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "coze/client.h"
#include "chats.h"
#include "fake_server.h"

using json = nlohmann::json;

namespace {

const char* const kToken = "pat_security_test_token";

using coze_test::control;

using coze_test::chat_of;

class Security : public ::testing::Test {
 protected:
  void SetUp() override { control("POST", "/_fake/reset"); }
};

TEST_F(Security, ARedirectIsNeverFollowed) {
  coze::ClientConfig c;
  c.base_url = coze_test::suite_server().base_url();
  c.token = kToken;
  c.max_retries = 2;
  coze::CozeClient client(c);
  control("POST", "/_fake/faults",
          R"([{"status": 302, "headers": {"Location": "http://127.0.0.1:1/elsewhere"}, "body": ""}])");
  try {
    client.chat().create(chat_of("7000000000000000001"));
    FAIL() << "a redirect was followed";
  } catch (const coze::ApiError& e) {
    EXPECT_EQ(e.http_status(), 302);
    EXPECT_EQ(e.attempts(), 1);  // not retried either
    EXPECT_FALSE(e.retryable());
    EXPECT_EQ(e.message(), "HTTP 302 redirect to http://127.0.0.1:1/elsewhere, not followed");
    EXPECT_NE(e.hint().find("never followed"), std::string::npos);
  }
  EXPECT_EQ(json::parse(control("GET", "/_fake/requests")).size(), 1u);
}

TEST_F(Security, AnHttpBaseUrlOnAnotherMachineIsRefusedBeforeSending) {
  coze::ClientConfig c;
  c.base_url = "http://api.example.com";
  c.token = kToken;
  coze::CozeClient client(c);
  try {
    client.chat().create(chat_of("7000000000000000001"));
    FAIL() << "an http:// base URL on another machine was used";
  } catch (const coze::InvalidArgumentError& e) {
    EXPECT_NE(e.message().find("allow_insecure_http"), std::string::npos) << e.message();
    EXPECT_EQ(e.attempts(), 0);
    EXPECT_EQ(std::string(e.what()).find(kToken), std::string::npos);
  }
}

TEST_F(Security, AllowInsecureHttpLetsItTry) {
  coze::ClientConfig c;
  c.base_url = "http://192.0.2.1:9";  // TEST-NET-1: nothing answers
  c.token = kToken;
  c.max_retries = 0;
  c.connect_timeout_ms = 200;
  c.allow_insecure_http = true;
  coze::CozeClient client(c);
  try {
    client.chat().create(chat_of("7000000000000000001"));
    FAIL() << "TEST-NET-1 answered";
  } catch (const coze::CozeError& e) {
    EXPECT_NE(e.kind(), "invalid_argument") << e.what();
    EXPECT_EQ(e.attempts(), 1);
  }
}

}  // namespace
