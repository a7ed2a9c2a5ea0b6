// The error model: hints apart from the server's text, OAuth error codes,
// bounds, the exception classes, and answer_error through the executor.
#include <gtest/gtest.h>

#include <string>

#include "coze/client.h"
#include "coze/errors.h"

namespace {

bool valid_utf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

TEST(ErrorModel, MessageIsTheServersTextAndTheHintIsApart) {
  auto e = coze::map_http_error(200, {}, R"({"code":4016,"msg":"Conversation occupied"})");
  EXPECT_EQ(e.kind, "api");
  EXPECT_EQ(e.message, "Conversation occupied");
  EXPECT_NE(e.hint.find("still running"), std::string::npos);
  EXPECT_EQ(coze::error_text(e), "Conversation occupied (" + e.hint + ")");

  auto plain = coze::map_http_error(500, {}, "");
  EXPECT_EQ(plain.message, "HTTP 500 internal server error");
  EXPECT_EQ(plain.hint, "");
  EXPECT_EQ(coze::error_text(plain), "HTTP 500 internal server error");
}

TEST(ErrorModel, RegionHintOnlyWhereTheRegionIsLikely) {
  EXPECT_NE(coze::map_http_error(401, {}, R"({"code":4100,"msg":"x"})").hint.find("api.coze.com"), std::string::npos);
  EXPECT_NE(coze::map_http_error(401, {}, R"({"msg":"verify jwt failed"})").hint.find("api.coze.cn"), std::string::npos);
  EXPECT_NE(coze::map_http_error(400, {}, R"({"error_code":"invalid_grant","error_message":"kid not found"})")
                .hint.find("api.coze.cn"),
            std::string::npos);
  // Only whole words count: "fraud" is no "aud".
  auto fraud = coze::map_http_error(400, {}, R"({"error_code":"invalid_grant","error_message":"fraud check"})");
  EXPECT_EQ(fraud.hint.find("api.coze.cn"), std::string::npos) << fraud.hint;
  EXPECT_NE(coze::map_http_error(401, {}, R"({"error_code":"invalid_token","error_message":"bad \"aud\" claim"})")
                .hint.find("api.coze.cn"),
            std::string::npos);
  // A permission failure is not blamed on the region.
  EXPECT_EQ(coze::map_http_error(403, {}, R"({"code":4101,"msg":"no"})").hint.find("api.coze.cn"), std::string::npos);
  EXPECT_NE(coze::map_http_error(200, {}, R"({"code":700012006,"msg":"bad pat"})").hint.find("personal access token"),
            std::string::npos);
}

TEST(ErrorModel, OAuthCodesDecideWhereTheySayMore) {
  struct Case { int status; const char* code; const char* kind; };
  for (auto c : std::vector<Case>{{400, "authorization_pending", "bad_request"}, {400, "slow_down", "rate_limited"},
                                  {400, "access_denied", "permission_denied"}, {400, "expired_token", "authentication"},
                                  {400, "invalid_grant", "authentication"}, {401, "invalid_client", "authentication"},
                                  {400, "invalid_token", "authentication"}, {400, "unauthorized_client", "authentication"},
                                  {401, "invalid_request", "bad_request"}, {400, "unsupported_grant_type", "bad_request"},
                                  {403, "invalid_scope", "bad_request"}, {503, "brand_new", "server"},
                                  {200, "authorization_pending", "api"}}) {
    std::string body = std::string(R"({"error_code":")") + c.code + R"(","error_message":"m","error":"e"})";
    auto e = coze::map_http_error(c.status, {}, body);
    EXPECT_EQ(e.kind, c.kind) << c.code;
    EXPECT_EQ(e.error_code, c.code);
    EXPECT_EQ(e.message, "m");
    EXPECT_EQ(e.code, 0);
    EXPECT_EQ(e.retryable, coze::kind_is_retryable(e.kind));
  }
  // A numeric error_code is a Coze code.
  auto n = coze::map_http_error(200, {}, R"({"error_code":4200,"error_message":"not published"})");
  EXPECT_EQ(n.kind, "not_found");
  EXPECT_EQ(n.code, 4200);
  EXPECT_EQ(n.error_code, "");
}

TEST(ErrorModel, MessageAndBodyAreBoundedOnCharacterBoundaries) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "\xE4\xB8\xAD";  // 中, 3 bytes
  auto e = coze::map_http_error(400, {}, R"({"code":4000,"msg":")" + text + R"("})");
  EXPECT_LE(e.message.size(), coze::kMaxErrorMessageBytes);
  EXPECT_GT(e.message.size(), coze::kMaxErrorMessageBytes - 6);
  EXPECT_EQ(e.message.substr(e.message.size() - 3), "...");
  EXPECT_TRUE(valid_utf8(e.message));

  std::string body(70000, 'a');
  body[65535] = '\xC3';  // a 2-byte character across the bound
  body[65536] = '\xA9';
  auto b = coze::map_http_error(502, {}, body);
  EXPECT_EQ(b.body.size(), 65535u);
  EXPECT_EQ(b.message, "HTTP 502 bad gateway");

  EXPECT_EQ(coze::utf8_prefix("abc", 3, true), "abc");
  EXPECT_EQ(coze::utf8_prefix("abcdef", 5, true), "ab...");
  EXPECT_EQ(coze::utf8_prefix("a\xC3\xA9", 2), "a");
  EXPECT_EQ(coze::utf8_prefix("\xF0\x9F\x98\x80\xF0\x9F\x98\x80", 7), "\xF0\x9F\x98\x80");
}

TEST(ErrorModel, ExceptionsAreThrownByKind) {
  coze::Error e = coze::map_http_error(429, {{"Retry-After", "2"}}, R"({"code":4013,"msg":"slow"})");
  try {
    coze::throw_error(e);
    FAIL() << "nothing thrown";
  } catch (const coze::RateLimitedError& x) {
    EXPECT_EQ(x.kind(), "rate_limited");
    EXPECT_EQ(x.message(), "slow");
    EXPECT_EQ(x.retry_after_ms(), 2000);
    EXPECT_EQ(std::string(x.what()), "slow (" + x.hint() + ")");
  }
  coze::Error unknown;
  unknown.kind = "from_the_future";
  unknown.message = "m";
  try {
    coze::throw_error(unknown);
  } catch (const coze::CozeError& x) {
    EXPECT_EQ(typeid(x), typeid(coze::CozeError));
    EXPECT_STREQ(x.what(), "m");
  }
}

TEST(AnswerError, RunsTheExecutor) {
  auto e = coze::answer_error("GET", false, 401, {{"X-Tt-Logid", "L"}}, R"({"code":4100,"msg":"bad token"})");
  EXPECT_EQ(e.kind, "authentication");
  EXPECT_EQ(e.attempts, 1);
  ASSERT_EQ(e.history.size(), 1u);
  EXPECT_EQ(e.history[0].outcome, "401");
  EXPECT_FALSE(e.request_id.empty());
  EXPECT_EQ(e.logid, "L");
  // A success is no error; a stream that ends with done is a success.
  EXPECT_EQ(coze::answer_error("GET", false, 200, {}, R"({"code":0,"data":{}})").kind, "");
  std::vector<coze::Header> sse = {{"Content-Type", "text/event-stream"}};
  EXPECT_EQ(coze::answer_error("POST", true, 200, sse, "event: done\ndata: \"[DONE]\"\n\n").kind, "");
  auto cut = coze::answer_error("POST", true, 200, sse, "event: conversation.chat.created\ndata: {}\n\n");
  EXPECT_EQ(cut.kind, "stream");
  // HTTP-date Retry-After counts against the given wall clock only.
  std::vector<coze::Header> date = {{"Retry-After", "Sun, 06 Nov 1994 08:49:39 GMT"}};
  EXPECT_EQ(coze::answer_error("DELETE", false, 503, date, "", 784111777000).retry_after_ms, 2000);
  EXPECT_EQ(coze::answer_error("DELETE", false, 503, date, "").retry_after_ms, -1);
}

TEST(AnswerError, LargeBodiesAreMappedAndKeptBounded) {
  // 8 MB of JSON under HTTP 200: still mapped by its code, and the error keeps at most 64 KiB of it.
  std::string body = R"({"code":4016,"msg":"busy","data":[)";
  for (int i = 0; i < 300000; ++i) body += R"({"k":"vvvvvvvv"},)";
  body += "{}]}";
  auto e = coze::answer_error("POST", false, 200, {}, body);
  EXPECT_EQ(e.kind, "api");
  EXPECT_EQ(e.code, 4016);
  EXPECT_LE(e.body.size(), coze::kMaxErrorBodyBytes);
}

}  // namespace
