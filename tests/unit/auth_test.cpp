// OAuth pieces of the core: SHA-256, base64url, PKCE, the authorize URL, the
// app config, and one refresh for many calls.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "auth/crypto.h"
#include "auth/oauth.h"
#include "coze/auth.h"
#include "coze/exec.h"

namespace {

using json = nlohmann::json;

std::string hex(const std::string& bytes) {
  static const char* d = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += d[c >> 4];
    out += d[c & 15];
  }
  return out;
}

TEST(Sha256, Fips180Examples) {
  EXPECT_EQ(hex(coze::auth::sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(hex(coze::auth::sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(hex(coze::auth::sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(hex(coze::auth::sha256(std::string(1000000, 'a'))),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, EveryLengthAroundTheBlockEdge) {
  // 55, 56 and 64 bytes take the one- and two-block padding paths.
  EXPECT_EQ(hex(coze::auth::sha256(std::string(55, 'a'))),
            "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  EXPECT_EQ(hex(coze::auth::sha256(std::string(56, 'a'))),
            "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  EXPECT_EQ(hex(coze::auth::sha256(std::string(64, 'a'))),
            "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST(Base64, Rfc4648Vectors) {
  // RFC 4648 section 10, both alphabets; url drops the padding.
  const char* plain[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
  const char* standard[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
  const char* url[] = {"", "Zg", "Zm8", "Zm9v", "Zm9vYg", "Zm9vYmE", "Zm9vYmFy"};
  for (int i = 0; i < 7; ++i) {
    EXPECT_EQ(coze::auth::base64_encode(plain[i]), standard[i]);
    EXPECT_EQ(coze::auth::base64url(plain[i]), url[i]);
    std::string back;
    ASSERT_TRUE(coze::auth::base64_decode(standard[i], back));
    EXPECT_EQ(back, plain[i]);
    ASSERT_TRUE(coze::auth::base64_decode(url[i], back));  // padding optional
    EXPECT_EQ(back, plain[i]);
  }
  EXPECT_EQ(coze::auth::base64url(std::string("\xfb\xff", 2)), "-_8");
  EXPECT_EQ(coze::auth::base64_encode(std::string("\xfb\xff", 2)), "+/8=");
  std::string out;
  EXPECT_FALSE(coze::auth::base64_decode("ab$c", out));
  EXPECT_FALSE(coze::auth::base64_decode("Z", out));     // no encoding is one character long
  EXPECT_FALSE(coze::auth::base64_decode("Zg=", out));   // padding that does not complete a quantum
}

TEST(Pkce, Rfc7636AppendixB) {
  // The verifier made from the appendix's 32 octets, and its S256 challenge.
  const unsigned char octets[32] = {116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186,
                                    22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121};
  std::string random(reinterpret_cast<const char*>(octets), 32);
  std::string verifier = coze::pkce_verifier(random);
  EXPECT_EQ(verifier, "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
  EXPECT_EQ(coze::pkce_challenge(verifier), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}

TEST(Pkce, RefusesBadVerifiers) {
  EXPECT_EQ(coze::pkce_challenge("short"), "");
  EXPECT_EQ(coze::pkce_challenge(std::string(129, 'a')), "");
  EXPECT_EQ(coze::pkce_challenge(std::string(42, 'a') + "+"), "");
  EXPECT_EQ(coze::pkce_verifier("too few bytes"), "");
}

TEST(AuthorizeUrl, UsesTheRegionsWwwHost) {
  json com = json::parse(coze::oauth_authorize_url(
      R"({"client_id":"app1","redirect_uri":"https://app.example/cb?x=1","state":"s t","base_url":"https://api.coze.com"})"));
  EXPECT_EQ(com["url"],
            "https://www.coze.com/api/permission/oauth2/authorize?response_type=code&client_id=app1&redirect_uri="
            "https%3A%2F%2Fapp.example%2Fcb%3Fx%3D1&state=s%20t");
  json cn = json::parse(coze::oauth_authorize_url(
      R"({"client_id":"app1","redirect_uri":"https://a/cb","state":"s","base_url":"https://api.coze.cn","code_challenge":"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"})"));
  std::string url = cn["url"];
  EXPECT_EQ(url.rfind("https://www.coze.cn/api/permission/oauth2/authorize?", 0), 0u) << url;
  EXPECT_NE(url.find("code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"),
            std::string::npos);
  json local = json::parse(coze::oauth_authorize_url(
      R"({"client_id":"a","redirect_uri":"r","state":"s","base_url":"http://127.0.0.1:8080/","workspace_id":"w1"})"));
  EXPECT_EQ(local["url"].get<std::string>().rfind("http://127.0.0.1:8080/api/permission/oauth2/workspace_id/w1/authorize?", 0), 0u);
}

TEST(AuthorizeUrl, NamesWhatIsMissing) {
  EXPECT_NE(coze::oauth_authorize_url(R"({"redirect_uri":"r","state":"s"})").find("client_id"), std::string::npos);
  EXPECT_NE(coze::oauth_authorize_url(R"({"client_id":"a","redirect_uri":"r"})").find("state"), std::string::npos);
  EXPECT_NE(coze::oauth_authorize_url("[1]").find("error"), std::string::npos);
  EXPECT_NE(coze::oauth_authorize_url(R"({"client_id":"a","redirect_uri":"r","state":"s","code_challenge":"x","code_challenge_method":"plain"})")
                .find("S256"),
            std::string::npos);
}

TEST(AppConfig, ReadsTheOfficialShape) {
  json c = json::parse(coze::oauth_app_config(
      R"({"client_type":"jwt","client_id":"1","coze_api_base":"https://api.coze.cn","public_key_id":"k","private_key":"-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----"})"));
  EXPECT_EQ(c["client_type"], "jwt");
  EXPECT_EQ(c["base_url"], "https://api.coze.cn");
  EXPECT_EQ(c["www_base"], "https://www.coze.cn");
  EXPECT_EQ(c["public_key_id"], "k");
  json web = json::parse(coze::oauth_app_config(R"({"client_type":"web","client_id":"1"})"));
  EXPECT_NE(web["error"].get<std::string>().find("client_secret"), std::string::npos);
  json bad = json::parse(coze::oauth_app_config(R"({"client_type":"magic","client_id":"1"})"));
  EXPECT_NE(bad["error"].get<std::string>().find("client_type"), std::string::npos);
  json nokey = json::parse(coze::oauth_app_config(R"({"client_type":"jwt","client_id":"1","public_key_id":"k"})"));
  EXPECT_NE(nokey["error"].get<std::string>().find("private_key"), std::string::npos);
  EXPECT_EQ(json::parse(coze::oauth_app_config(R"({"client_type":"device","client_id":"1"})"))["base_url"],
            "https://api.coze.com");
}

TEST(Jwt, AudienceIsTheApiHost) {
  EXPECT_EQ(coze::oauth_jwt_audience("https://api.coze.com"), "api.coze.com");
  EXPECT_EQ(coze::oauth_jwt_audience("http://127.0.0.1:9000/x"), "127.0.0.1");
  EXPECT_EQ(coze::oauth_jwt_audience("http://[::1]:9000"), "::1");
}

// Runs calls on one client, in one thread, interleaved: only the first
// refreshes; the others sleep until its token is in, then use it.
TEST(TokenProvider, ManyCallsOneRefresh) {
  coze::ClientConfig cfg;
  cfg.base_url = "https://api.coze.com";
  cfg.auth = R"({"type":"oauth","client_id":"app1","access_token":"at_old_abcdef","refresh_token":"rt_old_abcdef","expires_in":100})";
  coze::Client client(cfg);
  coze::CallOptions opts;
  opts.wall_ms = 1700000000000;
  std::vector<std::unique_ptr<coze::Call>> calls;
  for (int i = 0; i < 50; ++i) {
    calls.emplace_back(new coze::Call(client, "chat.create", R"({"bot_id":"b","user_id":"u"})", opts));
  }
  int refreshes = 0, chats = 0, done = 0;
  int64_t now = 0;
  std::vector<bool> finished(calls.size(), false);
  for (int round = 0; round < 100 && done < 50; ++round) {
    for (size_t i = 0; i < calls.size(); ++i) {
      if (finished[i]) continue;
      coze::Action a = calls[i]->next(now);
      if (a.kind == coze::ActionKind::Send) {
        bool token = a.request.url.find("/oauth2/token") != std::string::npos;
        if (token) {
          ++refreshes;
          calls[i]->on_response(200, {{"content-type", "application/json"}});
          std::string body = R"({"access_token":"at_new_abcdef","refresh_token":"rt_new_abcdef","expires_in":1800000000})";
          calls[i]->on_body(body.data(), body.size());
          calls[i]->on_end();
        } else {
          ++chats;
          bool bearer_new = false;
          for (const auto& h : a.request.headers) {
            if (h.name == "Authorization") bearer_new = h.value == "Bearer at_new_abcdef";
          }
          EXPECT_TRUE(bearer_new);
          calls[i]->on_response(200, {{"content-type", "application/json"}});
          std::string body = R"({"code":0,"msg":"","data":{"id":"c1"}})";
          calls[i]->on_body(body.data(), body.size());
          calls[i]->on_end();
        }
      } else if (a.kind == coze::ActionKind::Done) {
        finished[i] = true;
        ++done;
      } else if (a.kind == coze::ActionKind::Fail) {
        ADD_FAILURE() << a.error.message;
        finished[i] = true;
        ++done;
      }
    }
    now += 5;  // every sleeping call wakes
  }
  EXPECT_EQ(done, 50);
  EXPECT_EQ(refreshes, 1);
  EXPECT_EQ(chats, 50);
  json t = json::parse(client.token_json());
  EXPECT_EQ(t["refresh_token"], "rt_new_abcdef");
  EXPECT_EQ(t["refreshes"], 1);
}

// A refresh that fails fails the calls that waited for it too, without a
// second token request.
TEST(TokenProvider, WaitersShareTheFailure) {
  coze::ClientConfig cfg;
  cfg.auth = R"({"type":"oauth","client_id":"app1","access_token":"at_old_abcdef","refresh_token":"rt_old_abcdef","expires_in":100})";
  coze::Client client(cfg);
  coze::CallOptions opts;
  opts.wall_ms = 1700000000000;
  coze::Call first(client, "users.me", "{}", opts);
  coze::Call second(client, "users.me", "{}", opts);
  coze::Action a = first.next(0);
  ASSERT_EQ(a.kind, coze::ActionKind::Send);
  coze::Action b = second.next(0);
  ASSERT_EQ(b.kind, coze::ActionKind::Sleep);
  first.on_response(400, {{"content-type", "application/json"}});
  std::string body = R"({"error_code":"invalid_grant","error_message":"revoked rt_old_abcdef"})";
  first.on_body(body.data(), body.size());
  first.on_end();
  coze::Action fa = first.next(1);
  ASSERT_EQ(fa.kind, coze::ActionKind::Fail);
  EXPECT_EQ(fa.error.kind, "authentication");
  EXPECT_EQ(fa.error.message.find("rt_old_abcdef"), std::string::npos) << fa.error.message;  // scrubbed
  coze::Action fb = second.next(10);
  ASSERT_EQ(fb.kind, coze::ActionKind::Fail);
  EXPECT_EQ(fb.error.kind, "authentication");
}

// Dropping the call that refreshes lets the next call refresh.
TEST(TokenProvider, ADroppedRefresherReleasesTheRefresh) {
  coze::ClientConfig cfg;
  cfg.auth = R"({"type":"oauth","client_id":"app1","access_token":"at_old_abcdef","refresh_token":"rt_old_abcdef","expires_in":100})";
  coze::Client client(cfg);
  coze::CallOptions opts;
  opts.wall_ms = 1700000000000;
  {
    coze::Call first(client, "users.me", "{}", opts);
    ASSERT_EQ(first.next(0).kind, coze::ActionKind::Send);
  }
  coze::Call second(client, "users.me", "{}", opts);
  coze::Action a = second.next(0);
  ASSERT_EQ(a.kind, coze::ActionKind::Send);
  EXPECT_NE(a.request.url.find("/oauth2/token"), std::string::npos);
}

// A bad auth config is reported when the client is configured, naming the key.
TEST(AuthConfig, RefusedWhenConfigured) {
  coze::ClientConfig c;
  EXPECT_NE(c.apply_json(R"({"auth":{"type":"oauth","access_token":"at_x"}})").find("client_id"), std::string::npos);
  EXPECT_NE(c.apply_json(R"({"auth":{"type":"jwt","client_id":"a"}})").find("public_key_id"), std::string::npos);
  EXPECT_NE(c.apply_json(R"({"auth":{"type":"oauth","client_id":"a","access_token":"t","expires_in":"soon"}})")
                .find("expires_in"),
            std::string::npos);
  EXPECT_NE(c.apply_json(R"({"auth":{"type":"oauth","client_id":"a","acess_token":"t"}})").find("acess_token"),
            std::string::npos);
  EXPECT_EQ(c.apply_json(R"({"auth":{"type":"oauth","client_id":"a"},"token":"at_from_token"})"), "");
  // Set directly (not through apply_json): the first call fails with the same reason.
  coze::ClientConfig direct;
  direct.auth = R"({"type":"oauth","access_token":"at_x"})";
  coze::Client client(direct);
  coze::Call call(client, "users.me", "{}");
  coze::Action a = call.next(0);
  ASSERT_EQ(a.kind, coze::ActionKind::Fail);
  EXPECT_EQ(a.error.kind, "invalid_argument");
  EXPECT_NE(a.error.message.find("client_id"), std::string::npos);
}

TEST(Identity, HeadersNameTheHost) {
  coze::ClientConfig cfg;
  cfg.token = "pat_x";
  ASSERT_EQ(cfg.apply_json(R"({"lang":"python","lang_version":"3.11.2","os_name":"linux","os_version":"6.1"})"), "");
  coze::Client client(cfg);
  coze::Call call(client, "users.me", "{}");
  coze::Action a = call.next(0);
  ASSERT_EQ(a.kind, coze::ActionKind::Send);
  std::string ua, cua;
  for (const auto& h : a.request.headers) {
    if (h.name == "User-Agent") ua = h.value;
    if (h.name == "X-Coze-Client-User-Agent") cua = h.value;
  }
  EXPECT_NE(ua.find("python/3.11.2"), std::string::npos) << ua;
  json j = json::parse(cua);
  EXPECT_EQ(j["lang"], "python");
  EXPECT_EQ(j["lang_version"], "3.11.2");
  EXPECT_EQ(j["os_name"], "linux");
}

}  // namespace
