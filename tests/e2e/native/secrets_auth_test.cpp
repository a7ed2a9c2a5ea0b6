// The secrets sweep over the auth flows (issue 15; tests/e2e/README.md "Auth
// secrets"): every OAuth flow of the libcurl client against the fake Coze
// server (tests/fake_coze/README.md "OAuth"), with recognisable secrets (a
// client secret, a PKCE verifier, a private key) and every secret the fake
// hands out (codes, device codes, access and refresh tokens), every hook on
// (request bodies and metrics included). After each case no secret seen so
// far may appear in any hook event, any string form of any error, or any
// line written to stderr (the library has no logger of its own: stderr is
// where anything it printed would go). One test case per flow, in order:
// the refresh case takes the refresh token of the web case when it ran.
#include <curl/curl.h>
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "coze/auth.h"
#include "coze/client.h"
#include "fake_server.h"
#include "secrets.h"

using json = nlohmann::json;

namespace {

// The recognisable secrets (README "Auth secrets").
const std::string kSecret = "cs_canary_Vb7Q2mX9kLp4R8tZ";
const std::string kWrongSecret = "cs_canary_WRONG_Jd4sW8nB2qT6";
const std::string kVerifier = "cv_canary_Zt3Kq8Wm1Xr5Pb9Ln2Hd7Fs4Gy6Jc0Va-Ue";     // 45 unreserved characters
const std::string kWrongVerifier = "cv_canary_WRONG_Qa5Rb7Nc2Md9Le4Kf6Jg1Hh3Gi8F";  // 44, valid but wrong

const char* const kRedirect = "http://localhost:9/callback";
const char* const kBot = "7300000000000000101";
const char* const kWeb = "sec-web";
const char* const kPkce = "sec-pkce";
const char* const kJwt = "sec-jwt";
const char* const kKid = "sec-kid-1";
const char* const kDevOk = "sec-dev-ok";
const char* const kDevDeny = "sec-dev-deny";

std::string base_url() { return coze_test::suite_server().base_url(); }

json control(const std::string& method, const std::string& path, const json& body = json()) {
  return json::parse(coze_test::control(method, path, body.is_null() ? "" : body.dump()));
}

// --- the sweep: what a user could see, and the secrets seen so far ---------

struct Sweep {
  std::mutex mu;
  std::vector<std::string> texts;                           // hook events, error texts, stderr lines
  std::vector<std::pair<std::string, std::string>> secrets;  // (what it is, the secret)
  std::set<std::string> hook_kinds;
  size_t texts_checked = 0, secrets_checked = 0;  // each (text, secret) pair is checked once
  size_t access_tokens = 0;  // distinct access tokens the flows brought (vs the fake's "issued")

  void secret(const std::string& what, const std::string& value) {
    std::lock_guard<std::mutex> lock(mu);
    for (const auto& s : secrets) {
      if (s.second == value) return;
    }
    if (value.rfind("oat_", 0) == 0) ++access_tokens;
    secrets.emplace_back(what, value);
  }
  void clear() {
    std::lock_guard<std::mutex> lock(mu);
    texts.clear();
    secrets.clear();
    hook_kinds.clear();
    texts_checked = secrets_checked = access_tokens = 0;
  }
  void text(std::string t) {
    std::lock_guard<std::mutex> lock(mu);
    texts.push_back(std::move(t));
  }
};

Sweep& sweep() {
  static Sweep s;
  return s;
}

const coze::Hooks& hooks() {
  static const coze::Hooks h = coze_test::all_hooks([](const coze::HookEvent& e) {
    sweep().text(coze_test::hook_event_text(e));
    std::lock_guard<std::mutex> lock(sweep().mu);
    sweep().hook_kinds.insert(e.kind);
  });
  return h;
}

// A client config with every hook option on: request bodies and metrics
// (hooks() sets every hook; health_changed and the tool hooks have nothing
// to report here: auth failures do not count against health).
coze::ClientConfig config() {
  coze::ClientConfig c;
  c.base_url = base_url();
  c.max_retries = 0;
  c.hook_bodies = true;
  c.metrics = true;
  return c;
}

// The tokens of an OAuth answer are secrets.
void keep_tokens(const std::string& flow, const coze::model::OAuthToken& t) {
  std::string access = t.access_token().value_or("");
  EXPECT_EQ(access.rfind("oat_", 0), 0u) << flow << ": " << access;
  sweep().secret(flow + " access token", access);
  std::string refresh = t.refresh_token().value_or("");
  if (!refresh.empty()) sweep().secret(flow + " refresh token", refresh);
}

void keep_tokens(const std::string& flow, const coze::TokenInfo& t) {
  sweep().secret(flow + " access token", t.access_token);
  if (!t.refresh_token.empty()) sweep().secret(flow + " refresh token", t.refresh_token);
}

// The call must fail with exception type E (and `error_code`); its error's
// every string form joins the sweep.
template <typename E, typename Fn>
coze::Error expect_typed(const std::string& error_code, Fn fn) {
  try {
    fn();
    ADD_FAILURE() << "no exception";
  } catch (const E& e) {
    for (std::string& t : coze_test::error_texts(e)) sweep().text(std::move(t));
    EXPECT_EQ(e.error_code(), error_code) << e.what();
    return e.error();
  } catch (const coze::CozeError& e) {
    for (std::string& t : coze_test::error_texts(e)) sweep().text(std::move(t));
    ADD_FAILURE() << "not the expected error type: " << coze::describe(e.error());
  }
  return coze::Error();
}

// --- the OAuth steps a browser or a key owner does ---------------------------

// GET without following redirects: the Location header.
std::string location_of(const std::string& url) {
  struct Head {
    std::string location;
    static size_t on_header(char* p, size_t size, size_t n, void* self) {
      std::string line(p, size * n);
      if (line.size() > 9 && curl_strnequal(line.c_str(), "location:", 9)) {
        size_t b = line.find_first_not_of(" \t", 9), e = line.find_last_not_of(" \t\r\n");
        static_cast<Head*>(self)->location = b == std::string::npos ? "" : line.substr(b, e - b + 1);
      }
      return size * n;
    }
    static size_t drop(char*, size_t size, size_t n, void*) { return size * n; }
  } head;
  CURL* e = curl_easy_init();
  curl_easy_setopt(e, CURLOPT_URL, url.c_str());
  curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Head::on_header);
  curl_easy_setopt(e, CURLOPT_HEADERDATA, &head);
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Head::drop);
  curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, 10000L);
  CURLcode rc = curl_easy_perform(e);
  long status = 0;
  curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_cleanup(e);
  EXPECT_EQ(rc, CURLE_OK);
  EXPECT_EQ(status, 302) << url;
  return head.location;
}

// The authorize step as a browser would do it: the code of the redirect (a secret).
std::string authorize(const std::string& client_id, const std::string& challenge = "") {
  coze::AuthorizeParams p;
  p.client_id = client_id;
  p.redirect_uri = kRedirect;
  p.state = coze::random_state();
  p.code_challenge = challenge;
  p.base_url = base_url();
  std::string location = location_of(coze::authorize_url(p));
  EXPECT_NE(location.find("state=" + p.state), std::string::npos) << location;
  size_t at = location.find("code=");
  EXPECT_NE(at, std::string::npos) << location;
  if (at == std::string::npos) return "";
  std::string code = location.substr(at + 5, location.find('&', at) - at - 5);
  sweep().secret("authorization code", code);
  return code;
}

// An RSA key made here: the private key as PKCS#8 PEM, the public key's PEM.
struct RsaKey {
  std::string private_pem, public_pem;
};

std::string bio_text(BIO* bio) {
  char* data = nullptr;
  long n = BIO_get_mem_data(bio, &data);
  std::string out(data, static_cast<size_t>(n));
  BIO_free(bio);
  return out;
}

const RsaKey& key() {
  static const RsaKey k = [] {
    RsaKey out;
    EVP_PKEY* pkey = EVP_RSA_gen(2048);
    if (pkey == nullptr) return out;
    BIO* b = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(b, pkey, nullptr, nullptr, 0, nullptr, nullptr);
    out.private_pem = bio_text(b);
    b = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(b, pkey);
    out.public_pem = bio_text(b);
    EVP_PKEY_free(pkey);
    return out;
  }();
  return k;
}

coze::JwtCredentials jwt_app(const std::string& kid = kKid) {
  coze::JwtCredentials app;
  app.client_id = kJwt;
  app.public_key_id = kid;
  app.private_key = key().private_pem;
  return app;
}

std::string chat_once(coze::CozeClient& client) {
  coze::params::ChatCreate req;
  req.bot_id = kBot;
  req.user_id = "secrets-user";
  req.additional_messages = {coze::user_message("hello secrets")};
  return client.chat().create(req).bot_id().value_or("");
}

// --- the fixture ---------------------------------------------------------------

// stderr, redirected to a file while a case runs: its lines join the sweep.
class StderrCapture {
 public:
  void start() {
    std::fflush(stderr);
    file_ = std::tmpfile();
    saved_ = dup(STDERR_FILENO);
    if (file_ != nullptr && saved_ >= 0) dup2(fileno(file_), STDERR_FILENO);
  }
  std::vector<std::string> stop() {
    std::vector<std::string> lines;
    std::fflush(stderr);
    if (saved_ >= 0) {
      dup2(saved_, STDERR_FILENO);
      close(saved_);
      saved_ = -1;
    }
    if (file_ == nullptr) return lines;
    std::rewind(file_);
    char buf[4096];
    while (std::fgets(buf, sizeof buf, file_) != nullptr) lines.emplace_back(buf);
    std::fclose(file_);
    file_ = nullptr;
    return lines;
  }

 private:
  std::FILE* file_ = nullptr;
  int saved_ = -1;
};

// The tokens of the web case, for the refresh case.
std::unique_ptr<coze::model::OAuthToken> g_web_token;

class AuthSecrets : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    control("POST", "/_fake/reset");
    sweep().clear();
    sweep().secret("client secret", kSecret);
    sweep().secret("wrong client secret", kWrongSecret);
    sweep().secret("code verifier", kVerifier);
    sweep().secret("wrong code verifier", kWrongVerifier);
    // Two lines of the private key's base64 body.
    const std::string& pem = key().private_pem;
    size_t line2 = pem.find('\n', pem.find('\n') + 1) + 1;
    sweep().secret("private key line 2", pem.substr(line2, 64));
    sweep().secret("private key line 10", pem.substr(line2 + 8 * 65, 64));
    json apps = json::array(
        {{{"client_id", kWeb}, {"client_type", "web"}, {"client_secret", kSecret}},
         {{"client_id", kPkce}, {"client_type", "pkce"}, {"redirect_uris", {kRedirect}}},
         {{"client_id", kJwt}, {"client_type", "jwt"}, {"public_key_id", kKid}, {"public_key_pem", key().public_pem}},
         {{"client_id", kDevOk},
          {"client_type", "device"},
          {"device", {{"pending", 0}, {"outcome", "success"}, {"interval", 1}, {"expires_in", 60}}}},
         {{"client_id", kDevDeny},
          {"client_type", "device"},
          {"device", {{"pending", 0}, {"outcome", "access_denied"}, {"interval", 1}, {"expires_in", 60}}}}});
    json answer = control("POST", "/_fake/oauth/apps", apps);
    ASSERT_EQ(answer["registered"].size(), 5u) << answer.dump();
  }
  static void TearDownTestSuite() {
    g_web_token.reset();
    control("POST", "/_fake/reset");
  }

  void SetUp() override { capture_.start(); }

  // After each case: no secret seen so far in anything seen so far (the
  // pairs earlier cases checked are not checked again, so a leak fails once).
  void TearDown() override {
    for (std::string& line : capture_.stop()) sweep().text("stderr: " + line);
    Sweep& s = sweep();
    std::lock_guard<std::mutex> lock(s.mu);
    ASSERT_GT(s.texts.size(), s.texts_checked) << "the case left nothing to check";
    for (size_t j = 0; j < s.secrets.size(); ++j) {
      const auto& secret = s.secrets[j];
      ASSERT_GE(secret.second.size(), 12u) << "weak test secret: " << secret.first;
      for (size_t i = j < s.secrets_checked ? s.texts_checked : 0; i < s.texts.size(); ++i) {
        EXPECT_EQ(s.texts[i].find(secret.second), std::string::npos)
            << "the " << secret.first << " leaked into: " << s.texts[i];
      }
    }
    for (size_t i = s.texts_checked; i < s.texts.size(); ++i) {
      EXPECT_EQ(s.texts[i].find("PRIVATE KEY"), std::string::npos) << s.texts[i];
    }
    s.texts_checked = s.texts.size();
    s.secrets_checked = s.secrets.size();
    // Every access token the fake issued came back to the test, so none escaped the list.
    EXPECT_EQ(control("GET", "/_fake/oauth")["issued"].get<size_t>(), s.access_tokens);
  }

  StderrCapture capture_;
};

// 1. A web app's code exchange with its secret; with a wrong secret the typed error.
TEST_F(AuthSecrets, WebExchangeWithClientSecret) {
  coze::CozeClient anon(config(), hooks());
  std::string code = authorize(kWeb);
  coze::model::OAuthToken token = anon.exchange_code({kWeb, code, kRedirect, "", kSecret});
  keep_tokens("web exchange", token);
  g_web_token = std::make_unique<coze::model::OAuthToken>(token);

  std::string code2 = authorize(kWeb);
  coze::Error e = expect_typed<coze::AuthenticationError>(
      "invalid_client", [&] { anon.exchange_code({kWeb, code2, kRedirect, "", kWrongSecret}); });
  EXPECT_EQ(e.http_status, 401);
}

// 2. A PKCE exchange with the canary verifier; with a wrong verifier the typed error.
TEST_F(AuthSecrets, PkceExchangeWithVerifier) {
  coze::CozeClient anon(config(), hooks());
  std::string challenge = coze::pkce_challenge(kVerifier);
  ASSERT_EQ(challenge.size(), 43u);
  std::string code = authorize(kPkce, challenge);
  keep_tokens("pkce exchange", anon.exchange_code({kPkce, code, kRedirect, kVerifier, ""}));

  std::string code2 = authorize(kPkce, challenge);
  expect_typed<coze::AuthenticationError>(
      "invalid_grant", [&] { anon.exchange_code({kPkce, code2, kRedirect, kWrongVerifier, ""}); });
}

// 3. Refresh with the web case's refresh token (it rotates); the old one again fails.
TEST_F(AuthSecrets, RefreshRotatesAndTheOldTokenFails) {
  coze::CozeClient anon(config(), hooks());
  if (g_web_token == nullptr) {  // the web case did not run (a filter)
    coze::model::OAuthToken token = anon.exchange_code({kWeb, authorize(kWeb), kRedirect, "", kSecret});
    keep_tokens("web exchange", token);
    g_web_token = std::make_unique<coze::model::OAuthToken>(token);
  }
  std::string old_refresh = g_web_token->refresh_token().value_or("");
  ASSERT_FALSE(old_refresh.empty());
  coze::model::OAuthToken next = anon.refresh({kWeb, old_refresh, kSecret});
  keep_tokens("refresh", next);
  EXPECT_NE(next.refresh_token().value_or(""), old_refresh);
  expect_typed<coze::AuthenticationError>("invalid_grant", [&] { anon.refresh({kWeb, old_refresh, kSecret}); });
}

// 4. jwt_token with the private key; with a key id the fake does not know the typed error.
TEST_F(AuthSecrets, JwtTokenWithPrivateKey) {
  coze::CozeClient anon(config(), hooks());
  keep_tokens("jwt_token", anon.jwt_token(jwt_app()));
  expect_typed<coze::AuthenticationError>("invalid_client", [&] { anon.jwt_token(jwt_app("sec-kid-unknown")); });
}

// 5. The device flow, approved and denied (the fake's device script).
TEST_F(AuthSecrets, DeviceFlowApprovedAndDenied) {
  coze::CozeClient anon(config(), hooks());
  auto on_code = [](const coze::model::DeviceCode& c) {
    std::string device_code = c.device_code().value_or("");
    EXPECT_FALSE(device_code.empty());
    sweep().secret("device code", device_code);
  };
  keep_tokens("device flow", anon.device_flow(kDevOk, on_code));
  expect_typed<coze::PermissionDeniedError>("access_denied", [&] { anon.device_flow(kDevDeny, on_code); });
}

// 6. A client on an OAuth token refreshes it itself after the fake expired it;
// once its refresh token is revoked, the call fails typed.
TEST_F(AuthSecrets, ClientRefreshesItselfThenRevoked) {
  coze::CozeClient anon(config(), hooks());
  coze::model::OAuthToken token = anon.exchange_code({kWeb, authorize(kWeb), kRedirect, "", kSecret});
  keep_tokens("web exchange (client)", token);
  std::string access = token.access_token().value_or("");
  coze::CozeClient client(config(),
                          coze::OAuthCredentials{kWeb, access, token.refresh_token().value_or(""),
                                                 token.expires_in().value_or(-1), kSecret, 30},
                          hooks());
  EXPECT_EQ(chat_once(client), kBot);
  EXPECT_EQ(control("POST", "/_fake/oauth/expire", {{"access_token", access}})["expired"], 1);
  EXPECT_EQ(chat_once(client), kBot);
  coze::TokenInfo now = client.token();
  keep_tokens("client refresh", now);
  EXPECT_EQ(now.refreshes, 1);
  EXPECT_NE(now.access_token, access);

  control("POST", "/_fake/oauth/expire", {{"access_token", now.access_token}});
  EXPECT_GE(control("POST", "/_fake/oauth/revoke", {{"refresh_token", now.refresh_token}})["revoked"], 1);
  expect_typed<coze::AuthenticationError>("invalid_grant", [&] { chat_once(client); });
}

// 7. A JWT-app client gets a token with the key and makes a call with it.
TEST_F(AuthSecrets, JwtClientCall) {
  coze::CozeClient client(config(), jwt_app(), hooks());
  EXPECT_EQ(chat_once(client), kBot);
  coze::TokenInfo t = client.token();
  EXPECT_EQ(t.refreshes, 1);
  keep_tokens("jwt client", t);

  // The hooks were all live over the suite so far.
  std::lock_guard<std::mutex> lock(sweep().mu);
  for (const char* kind : {"request_sent", "response_head", "call_finished", "metric"}) {
    EXPECT_EQ(sweep().hook_kinds.count(kind), 1u) << kind;
  }
}

}  // namespace
