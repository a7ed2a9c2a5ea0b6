// End to end: every way to get a token, through the libcurl client and the
// core's OAuth flows, against the fake Coze server acting as the OAuth server
// (tests/fake_coze/README.md "OAuth"): PKCE and web apps (authorize redirect,
// code exchange, refresh), the device flow, JWT service apps signed here with
// OpenSSL and verified by the fake, refresh of an expired token (once, however
// many calls wait), and no secret in any error, hook event or history.
#include <curl/curl.h>
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "coze/client.h"
#include "fake_server.h"

using json = nlohmann::json;

namespace {

const char* const kRedirect = "http://localhost:9/callback";
const char* const kBot = "7300000000000000101";

std::string base_url() { return coze_test::suite_server().base_url(); }

std::string control(const std::string& method, const std::string& path, const std::string& body = "") {
  bool ok = false;
  long status = 0;
  std::string out = coze_test::suite_server().control(method, path, body, &ok, &status);
  EXPECT_TRUE(ok) << method << " " << path << ": the request failed";
  EXPECT_EQ(status, 200) << method << " " << path << ": " << out;
  return out;
}

void register_app(const json& app) {
  json answer = json::parse(control("POST", "/_fake/oauth/apps", app.dump()));
  ASSERT_TRUE(answer.contains("registered")) << answer.dump();
}

json oauth_counts() { return json::parse(control("GET", "/_fake/oauth")); }

json requests_log() { return json::parse(control("GET", "/_fake/requests")); }

// The log entries of OAuth token requests, in order.
std::vector<json> token_requests() {
  std::vector<json> out;
  for (const json& e : requests_log()) {
    if (e.contains("oauth") && e["oauth"].is_object() && e["oauth"].value("endpoint", "") == "token") out.push_back(e);
  }
  return out;
}

// A client without a token: enough for the OAuth flows, which authenticate themselves.
coze::ClientConfig anonymous_config() {
  coze::ClientConfig c;
  c.base_url = base_url();
  c.max_retries = 0;
  return c;
}

coze::ChatRequest hello(const std::string& text = "hello auth") {
  coze::ChatRequest req;
  req.bot_id = kBot;
  req.user_id = "auth-user";
  req.additional_messages = {coze::user_message(text)};
  return req;
}

// One non-stream chat call: the chat's bot id, which echoes the request.
std::string chat_once(coze::CozeClient& client) {
  coze::params::ChatCreate req;
  req.bot_id = kBot;
  req.user_id = "auth-user";
  req.additional_messages = {coze::user_message("hello auth")};
  coze::model::Chat chat = client.chat().create(req);
  return chat.bot_id().value_or("");
}

// The streamed answer of one chat.
std::string chat_text(coze::CozeClient& client, const std::string& text) {
  std::string out;
  client.chat().stream(hello(text), [&out](const coze::ChatEvent& ev) {
    if (ev.is(coze::ChatEventKind::conversation_message_delta)) {
      if (auto m = ev.message()) out += m->content().value_or("");
    }
  });
  return out;
}

template <typename Fn>
coze::Error expect_error(Fn fn) {
  try {
    fn();
  } catch (const coze::CozeError& e) {
    return e.error();
  }
  ADD_FAILURE() << "no CozeError was thrown";
  return coze::Error();
}

// GET without following redirects: the Location header ("" when none).
std::string location_of(const std::string& url, long* status) {
  struct Head {
    std::string location;
    static size_t on_header(char* p, size_t size, size_t n, void* self) {
      std::string line(p, size * n);
      if (line.size() > 9 && curl_strnequal(line.c_str(), "location:", 9)) {
        std::string v = line.substr(9);
        size_t b = v.find_first_not_of(" \t");
        size_t e = v.find_last_not_of(" \t\r\n");
        static_cast<Head*>(self)->location = b == std::string::npos ? "" : v.substr(b, e - b + 1);
      }
      return size * n;
    }
    static size_t drop(char*, size_t size, size_t n, void*) { return size * n; }
  } head;
  CURL* e = curl_easy_init();
  curl_easy_setopt(e, CURLOPT_URL, url.c_str());
  curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Head::on_header);
  curl_easy_setopt(e, CURLOPT_HEADERDATA, &head);
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Head::drop);
  curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, 10000L);
  CURLcode rc = curl_easy_perform(e);
  *status = 0;
  curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, status);
  curl_easy_cleanup(e);
  EXPECT_EQ(rc, CURLE_OK);
  return head.location;
}

// The query parameters of a URL, decoded.
std::map<std::string, std::string> query_of(const std::string& url) {
  std::map<std::string, std::string> out;
  size_t q = url.find('?');
  if (q == std::string::npos) return out;
  std::string rest = url.substr(q + 1);
  size_t hash = rest.find('#');
  if (hash != std::string::npos) rest.resize(hash);
  size_t at = 0;
  while (at <= rest.size()) {
    size_t amp = rest.find('&', at);
    std::string pair = rest.substr(at, amp == std::string::npos ? std::string::npos : amp - at);
    size_t eq = pair.find('=');
    std::string k = pair.substr(0, eq), v = eq == std::string::npos ? "" : pair.substr(eq + 1);
    for (std::string* s : {&k, &v}) {
      int n = 0;
      char* d = curl_easy_unescape(nullptr, s->c_str(), static_cast<int>(s->size()), &n);
      *s = std::string(d, static_cast<size_t>(n));
      curl_free(d);
    }
    if (!k.empty()) out[k] = v;
    if (amp == std::string::npos) break;
    at = amp + 1;
  }
  return out;
}

// Runs the authorize step as a browser would and returns the code the
// redirect carries (checking that it brings `state` back).
std::string authorize(const std::string& url, const std::string& state) {
  long status = 0;
  std::string location = location_of(url, &status);
  EXPECT_EQ(status, 302) << url;
  EXPECT_EQ(location.rfind(kRedirect, 0), 0u) << location;
  auto q = query_of(location);
  EXPECT_EQ(q["state"], state) << location;
  EXPECT_EQ(q.count("error"), 0u) << location;
  return q["code"];
}

// An RSA key made here with OpenSSL: the private key as PKCS#8 and PKCS#1
// PEM, the public key as SubjectPublicKeyInfo PEM.
struct RsaKey {
  std::string pkcs8, pkcs1, public_pem;
};

std::string bio_text(BIO* bio) {
  char* data = nullptr;
  long n = BIO_get_mem_data(bio, &data);
  std::string out(data, static_cast<size_t>(n));
  BIO_free(bio);
  return out;
}

RsaKey make_rsa_key() {
  RsaKey k;
  EVP_PKEY* key = EVP_RSA_gen(2048);
  if (key == nullptr) {
    ADD_FAILURE() << "EVP_RSA_gen failed";
    return k;
  }
  BIO* b = BIO_new(BIO_s_mem());
  PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr);
  k.pkcs8 = bio_text(b);
  b = BIO_new(BIO_s_mem());
  PEM_write_bio_PrivateKey_traditional(b, key, nullptr, nullptr, 0, nullptr, nullptr);
  k.pkcs1 = bio_text(b);
  b = BIO_new(BIO_s_mem());
  PEM_write_bio_PUBKEY(b, key);
  k.public_pem = bio_text(b);
  EVP_PKEY_free(key);
  return k;
}

// One key for the whole suite (2048-bit generation takes a moment).
const RsaKey& suite_key() {
  static const RsaKey key = make_rsa_key();
  return key;
}

// A run of the key's base64 body, to look for in texts that must not hold it.
std::string key_fragment(const std::string& pem) {
  size_t start = pem.find('\n') + 1;
  return pem.substr(start + 64, 48);
}

class Auth : public ::testing::Test {
 protected:
  void SetUp() override { control("POST", "/_fake/reset"); }
};

// A user token from a web app's code exchange (authorize, then exchange).
coze::model::OAuthToken web_token(const std::string& client_id, const std::string& secret) {
  coze::AuthorizeParams p;
  p.client_id = client_id;
  p.redirect_uri = kRedirect;
  p.state = coze::random_state();
  p.base_url = base_url();
  std::string code = authorize(coze::authorize_url(p), p.state);
  coze::CozeClient anon(anonymous_config());
  return anon.exchange_code({client_id, code, kRedirect, "", secret});
}

// The host's part of PKCE and `state`: fresh bytes from OpenSSL's CSPRNG
// each time (the verifier, challenge and URL themselves are the core's,
// pinned by tests/unit/auth_test.cpp).
TEST_F(Auth, PkcePairAndStateDrawFromOpenSsl) {
  std::string r1 = coze::curl::random_bytes(32), r2 = coze::curl::random_bytes(32);
  EXPECT_EQ(r1.size(), 32u);
  EXPECT_NE(r1, r2);
  coze::PkcePair a = coze::pkce_pair();
  coze::PkcePair b = coze::pkce_pair();
  EXPECT_EQ(a.method, "S256");
  EXPECT_EQ(a.verifier.size(), 43u);  // 32 random bytes, base64url
  EXPECT_NE(a.verifier, b.verifier);
  EXPECT_NE(a.challenge, b.challenge);
  std::string s1 = coze::random_state(), s2 = coze::random_state();
  EXPECT_EQ(s1.size(), 43u);  // 32 random bytes, base64url
  EXPECT_EQ(s1.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), std::string::npos)
      << s1;
  EXPECT_NE(s1, s2);
}

// Credentials the core refuses fail when the client is made, with the
// core's reason naming the field; nothing is sent. Unset fields take the
// core's defaults.
TEST_F(Auth, BadCredentialsAreRefusedWhenTheClientIsMade) {
  coze::ClientConfig cfg = anonymous_config();
  auto refused = [&](const coze::Auth& auth) {
    try {
      coze::CozeClient client(cfg, auth);
      ADD_FAILURE() << "no exception";
    } catch (const coze::InvalidArgumentError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  coze::Signer signer = [](const std::string&) { return std::string("sig"); };
  coze::JwtCredentials jwt;
  jwt.client_id = "jwt-app";
  jwt.public_key_id = "kid-1";
  jwt.signer = signer;
  jwt.ttl_seconds = 0;
  EXPECT_NE(refused(jwt).find("ttl_seconds"), std::string::npos);
  jwt.ttl_seconds.reset();
  jwt.public_key_id.clear();
  EXPECT_NE(refused(jwt).find("public_key_id"), std::string::npos);
  coze::OAuthCredentials oauth{"app", "at_token_value", "", std::nullopt, "", -1};
  EXPECT_NE(refused(oauth).find("refresh_margin_s"), std::string::npos);
  oauth.refresh_margin_s.reset();
  oauth.client_id.clear();
  EXPECT_NE(refused(oauth).find("client_id"), std::string::npos);
  coze::ClientConfig direct = cfg;  // auth set straight on the config: checked the same way
  direct.auth = R"({"type":"oauth","client_id":"app","acess_token":"at_token_value"})";
  EXPECT_THROW(coze::CozeClient client(direct), coze::InvalidArgumentError);
  EXPECT_TRUE(requests_log().empty());

  // What is left unset is the core's to fill: the grant still names a lifetime.
  const RsaKey& key = suite_key();
  register_app({{"client_id", "jwt-app"},
                {"client_type", "jwt"},
                {"public_key_id", "kid-1"},
                {"public_key_pem", key.public_pem}});
  coze::JwtCredentials ok;
  ok.client_id = "jwt-app";
  ok.public_key_id = "kid-1";
  ok.private_key = key.pkcs8;
  coze::CozeClient client(cfg, ok);
  EXPECT_EQ(chat_once(client), kBot);
  auto grants = token_requests();
  ASSERT_EQ(grants.size(), 1u);
  json duration = json::parse(grants[0]["body"].get<std::string>())["duration_seconds"];
  ASSERT_TRUE(duration.is_number_integer()) << duration.dump();
  EXPECT_GT(duration.get<int64_t>(), 0);
}

TEST_F(Auth, PkceAuthorizeExchangeThenChat) {
  register_app({{"client_id", "pkce-app"}, {"client_type", "pkce"}, {"redirect_uris", {kRedirect}}});
  coze::PkcePair pkce = coze::pkce_pair();
  coze::AuthorizeParams p;
  p.client_id = "pkce-app";
  p.redirect_uri = kRedirect;
  p.state = coze::random_state();
  p.code_challenge = pkce.challenge;
  p.base_url = base_url();  // the fake serves the authorize page on the API host
  std::string url = coze::authorize_url(p);
  EXPECT_EQ(query_of(url)["code_challenge"], pkce.challenge);
  std::string code = authorize(url, p.state);
  ASSERT_FALSE(code.empty());

  coze::CozeClient anon(anonymous_config());
  coze::model::OAuthToken token = anon.exchange_code({"pkce-app", code, kRedirect, pkce.verifier, ""});
  std::string access = token.access_token().value_or("");
  EXPECT_EQ(access.rfind("oat_", 0), 0u) << access;
  EXPECT_EQ(token.refresh_token().value_or("").rfind("ort_", 0), 0u);
  EXPECT_EQ(token.token_type().value_or(""), "Bearer");
  EXPECT_GT(token.expires_in().value_or(0), static_cast<int64_t>(std::time(nullptr)));
  auto grants = token_requests();
  ASSERT_EQ(grants.size(), 1u);
  EXPECT_EQ(grants[0]["oauth"]["grant_type"], "authorization_code");
  EXPECT_EQ(grants[0]["oauth"]["outcome"], "ok");

  // The token works as a plain bearer token, and as a client's OAuth token.
  coze::CozeClient fixed(access, base_url());
  EXPECT_EQ(chat_text(fixed, "pkce"), "Echo: pkce");
  coze::ClientConfig cfg;
  cfg.base_url = base_url();
  coze::CozeClient client(cfg, coze::OAuthCredentials{"pkce-app", access, token.refresh_token().value_or(""),
                                                      token.expires_in().value_or(-1), "", 30});
  EXPECT_EQ(chat_once(client), kBot);
  EXPECT_EQ(client.token().access_token, access);
  EXPECT_EQ(client.token().refreshes, 0);
  EXPECT_EQ(oauth_counts()["refreshes"], 0);

  // The code is used up, and a wrong verifier never buys a token.
  coze::Error again = expect_error([&] { anon.exchange_code({"pkce-app", code, kRedirect, pkce.verifier, ""}); });
  EXPECT_EQ(again.kind, "authentication");
  EXPECT_EQ(again.error_code, "invalid_grant");
  std::string state2 = coze::random_state();
  p.state = state2;
  std::string code2 = authorize(coze::authorize_url(p), state2);
  coze::Error wrong = expect_error([&] {
    anon.exchange_code({"pkce-app", code2, kRedirect, coze::pkce_pair().verifier, ""});
  });
  EXPECT_EQ(wrong.kind, "authentication");
  EXPECT_EQ(wrong.error_code, "invalid_grant");
  EXPECT_EQ(wrong.http_status, 400);
}

TEST_F(Auth, WebAppExchangeWithSecretRefreshAndRotation) {
  const std::string secret = "web-client-secret-0123456789";
  register_app({{"client_id", "web-app"}, {"client_type", "web"}, {"client_secret", secret}});
  coze::model::OAuthToken token = web_token("web-app", secret);
  std::string access = token.access_token().value_or("");
  std::string refresh = token.refresh_token().value_or("");
  ASSERT_FALSE(access.empty());
  ASSERT_FALSE(refresh.empty());
  coze::CozeClient user(access, base_url());
  EXPECT_EQ(chat_text(user, "web"), "Echo: web");

  // The secret goes as the bearer of the exchange: without it, invalid_client.
  coze::AuthorizeParams p;
  p.client_id = "web-app";
  p.redirect_uri = kRedirect;
  p.state = coze::random_state();
  p.base_url = base_url();
  std::string code = authorize(coze::authorize_url(p), p.state);
  coze::CozeClient anon(anonymous_config());
  coze::Error no_secret = expect_error([&] { anon.exchange_code({"web-app", code, kRedirect, "", "wrong-secret"}); });
  EXPECT_EQ(no_secret.kind, "authentication");
  EXPECT_EQ(no_secret.http_status, 401);
  EXPECT_EQ(no_secret.error_code, "invalid_client");
  try {
    anon.exchange_code({"web-app", code, kRedirect, "", "wrong-secret"});
    ADD_FAILURE() << "no exception";
  } catch (const coze::AuthenticationError&) {
  }

  // Refresh: a new pair; the old refresh token works once only.
  coze::model::OAuthToken next = anon.refresh({"web-app", refresh, secret});
  EXPECT_NE(next.access_token().value_or(""), access);
  EXPECT_NE(next.refresh_token().value_or(""), refresh);
  EXPECT_EQ(oauth_counts()["refreshes"], 1);
  coze::Error reused = expect_error([&] { anon.refresh({"web-app", refresh, secret}); });
  EXPECT_EQ(reused.kind, "authentication");
  EXPECT_EQ(reused.error_code, "invalid_grant");
  coze::CozeClient renewed(next.access_token().value_or(""), base_url());
  EXPECT_EQ(chat_once(renewed), kBot);
}

// The device flow: the code is handed out before the first poll, then one
// authorization_pending and the token (the waits themselves, slow_down's
// +5 s included, are pinned on a virtual clock by the exec and flows vectors).
TEST_F(Auth, DeviceFlowPendingThenToken) {
  register_app({{"client_id", "dev-app"},
                {"client_type", "device"},
                {"device", {{"pending", 1}, {"outcome", "success"}, {"interval", 1}, {"expires_in", 60}}}});
  coze::CozeClient anon(anonymous_config());
  int calls = 0;
  std::string user_code, uri;
  int64_t interval = 0;
  coze::model::OAuthToken token = anon.device_flow("dev-app", [&](const coze::model::DeviceCode& code) {
    ++calls;
    user_code = code.user_code().value_or("");
    uri = code.verification_uri().value_or("");
    interval = code.interval().value_or(0);
    // Handed out before the first poll.
    EXPECT_TRUE(token_requests().empty());
  });
  EXPECT_EQ(calls, 1);
  EXPECT_FALSE(user_code.empty());
  EXPECT_NE(uri.find("/device/verify"), std::string::npos) << uri;
  EXPECT_EQ(interval, 1);
  ASSERT_EQ(token.access_token().value_or("").rfind("oat_", 0), 0u);

  auto polls = token_requests();
  ASSERT_EQ(polls.size(), 2u);
  EXPECT_EQ(polls[0]["oauth"]["outcome"], "authorization_pending");
  EXPECT_EQ(polls[1]["oauth"]["outcome"], "ok");
  // Not before the interval the server gave.
  EXPECT_GE(polls[1]["oauth"]["at"].get<double>() - polls[0]["oauth"]["at"].get<double>(), 0.95);
  coze::CozeClient user(token.access_token().value_or(""), base_url());
  EXPECT_EQ(chat_text(user, "device"), "Echo: device");
}

TEST_F(Auth, DeviceFlowDeniedAndExpiredAreTyped) {
  register_app({{"client_id", "dev-deny"},
                {"client_type", "device"},
                {"device", {{"pending", 1}, {"outcome", "access_denied"}, {"interval", 1}}}});
  register_app({{"client_id", "dev-expire"},
                {"client_type", "device"},
                {"device", {{"pending", 0}, {"outcome", "expired_token"}, {"interval", 1}}}});
  coze::CozeClient anon(anonymous_config());
  try {
    anon.device_flow("dev-deny", [](const coze::model::DeviceCode&) {});
    ADD_FAILURE() << "no exception";
  } catch (const coze::PermissionDeniedError& e) {
    EXPECT_EQ(e.error_code(), "access_denied");
  }
  try {
    anon.device_flow("dev-expire", [](const coze::model::DeviceCode&) {});
    ADD_FAILURE() << "no exception";
  } catch (const coze::AuthenticationError& e) {
    EXPECT_EQ(e.error_code(), "expired_token");
  }
}

TEST_F(Auth, DeviceFlowIsCancellable) {
  register_app({{"client_id", "dev-wait"},
                {"client_type", "device"},
                {"device", {{"pending", 1000}, {"interval", 1}, {"expires_in", 600}}}});
  coze::CozeClient anon(anonymous_config());
  coze::RequestOptions options;
  const int64_t calls = coze::live_calls();
  std::thread canceller;
  std::atomic<bool> shown{false}, returned{false};
  coze::Error e = expect_error([&] {
    anon.device_flow(
        "dev-wait",
        [&](const coze::model::DeviceCode&) {
          shown = true;
          coze::CancelToken token = options.cancel;
          // Cancels once the flow has polled (the fake's log shows it).
          canceller = std::thread([token, &returned]() mutable {
            while (!returned && token_requests().empty()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
            token.cancel();
          });
        },
        options);
  });
  returned = true;
  if (canceller.joinable()) canceller.join();
  EXPECT_TRUE(shown);
  EXPECT_EQ(e.kind, "cancelled");
  EXPECT_GE(token_requests().size(), 1u);
  EXPECT_EQ(coze::live_calls(), calls);  // the call is gone: nothing more can be sent
}

TEST_F(Auth, JwtAppSignedHereVerifiedByTheFake) {
  const RsaKey& key = suite_key();
  register_app({{"client_id", "jwt-app"},
                {"client_type", "jwt"},
                {"public_key_id", "kid-1"},
                {"public_key_pem", key.public_pem}});
  for (const std::string* pem : {&key.pkcs8, &key.pkcs1}) {
    control("POST", "/_fake/oauth/revoke", "{}");
    coze::JwtCredentials app;
    app.client_id = "jwt-app";
    app.public_key_id = "kid-1";
    app.private_key = *pem;
    app.session_name = "session-a";
    coze::ClientConfig cfg;
    cfg.base_url = base_url();
    coze::CozeClient client(cfg, app);
    EXPECT_EQ(chat_text(client, "jwt"), "Echo: jwt");
    EXPECT_EQ(chat_once(client), kBot);  // the cached token: no second grant
    coze::TokenInfo t = client.token();
    EXPECT_EQ(t.access_token.rfind("oat_", 0), 0u);
    EXPECT_EQ(t.refresh_token, "");
    EXPECT_EQ(t.refreshes, 1);
    EXPECT_GT(t.expires_in, static_cast<int64_t>(std::time(nullptr)));
  }
  auto grants = token_requests();
  ASSERT_EQ(grants.size(), 2u);
  for (const json& g : grants) {
    EXPECT_EQ(g["oauth"]["grant_type"], "urn:ietf:params:oauth:grant-type:jwt-bearer");
    EXPECT_EQ(g["oauth"]["kid"], "kid-1");
    EXPECT_EQ(g["oauth"]["session_name"], "session-a");
    EXPECT_EQ(g["oauth"]["outcome"], "ok");
  }

  // jwt_token on its own, for an account, with a signer of our own making.
  coze::CozeClient anon(anonymous_config());
  coze::JwtCredentials account;
  account.client_id = "jwt-app";
  account.public_key_id = "kid-1";
  account.signer = coze::curl::rs256_signer(key.pkcs8);
  account.account_id = "7300000000000000777";
  account.ttl_seconds = 600;
  coze::model::OAuthToken tok = anon.jwt_token(account);
  EXPECT_EQ(tok.access_token().value_or("").rfind("oat_", 0), 0u);
  auto all = token_requests();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[2]["path"], "/api/permission/oauth2/account/7300000000000000777/token");
  EXPECT_EQ(all[2]["oauth"]["account_id"], "7300000000000000777");
  EXPECT_EQ(json::parse(all[2]["body"].get<std::string>())["duration_seconds"], 600);
}

TEST_F(Auth, JwtBadKeysAreTypedErrorsThatNeverQuoteTheKey) {
  const RsaKey& key = suite_key();
  // Not a PEM at all, a PEM with a broken body, an EC key: InvalidArgumentError when made.
  std::string broken = key.pkcs8;
  broken.replace(broken.find('\n') + 10, 20, "!!!!notbase64!!!!!!!");
  EVP_PKEY* ec = EVP_EC_gen("P-256");
  ASSERT_NE(ec, nullptr);
  BIO* b = BIO_new(BIO_s_mem());
  PEM_write_bio_PrivateKey(b, ec, nullptr, nullptr, 0, nullptr, nullptr);
  std::string ec_pem = bio_text(b);
  EVP_PKEY_free(ec);
  for (const std::string& bad : {std::string("not a key at all"), broken, ec_pem}) {
    try {
      coze::curl::rs256_signer(bad);
      ADD_FAILURE() << "no exception";
    } catch (const coze::InvalidArgumentError& e) {
      std::string what = e.what();
      EXPECT_NE(what.find("private key"), std::string::npos) << what;
      EXPECT_EQ(what.find(key_fragment(key.pkcs8)), std::string::npos) << what;
      EXPECT_EQ(what.find("notbase64"), std::string::npos) << what;
    }
    coze::JwtCredentials app;
    app.client_id = "jwt-app";
    app.public_key_id = "kid-1";
    app.private_key = bad;
    coze::ClientConfig cfg;
    cfg.base_url = base_url();
    EXPECT_THROW({ coze::CozeClient client(cfg, app); }, coze::InvalidArgumentError);
  }

  // A good key the fake does not know for that kid: the signature fails to verify.
  register_app({{"client_id", "jwt-app"},
                {"client_type", "jwt"},
                {"public_key_id", "kid-1"},
                {"public_key_pem", key.public_pem}});
  RsaKey other = make_rsa_key();
  coze::JwtCredentials app;
  app.client_id = "jwt-app";
  app.public_key_id = "kid-1";
  app.private_key = other.pkcs8;
  coze::ClientConfig cfg;
  cfg.base_url = base_url();
  cfg.max_retries = 0;
  coze::CozeClient client(cfg, app);
  try {
    chat_once(client);
    ADD_FAILURE() << "no exception";
  } catch (const coze::AuthenticationError& e) {
    EXPECT_EQ(e.error_code(), "invalid_client");
    std::string text = std::string(e.what()) + coze::error_json(e.error());
    EXPECT_EQ(text.find(key_fragment(other.pkcs8)), std::string::npos);
  }
  // A signer that fails: authentication, with its reason.
  coze::JwtCredentials failing;
  failing.client_id = "jwt-app";
  failing.public_key_id = "kid-1";
  failing.signer = [](const std::string&) -> std::string { throw std::runtime_error("the HSM is offline"); };
  coze::CozeClient hsm(cfg, failing);
  coze::Error e = expect_error([&] { chat_once(hsm); });
  EXPECT_EQ(e.kind, "authentication");
  EXPECT_NE(e.message.find("the HSM is offline"), std::string::npos) << e.message;
}

TEST_F(Auth, LoadOAuthAppBuildsAJwtClient) {
  const RsaKey& key = suite_key();
  register_app({{"client_id", "jwt-file-app"},
                {"client_type", "jwt"},
                {"public_key_id", "kid-file"},
                {"public_key_pem", key.public_pem}});
  json file = {{"client_type", "jwt"},
               {"client_id", "jwt-file-app"},
               {"coze_api_base", base_url()},
               {"public_key_id", "kid-file"},
               {"private_key", key.pkcs1}};
  coze::OAuthApp app = coze::load_oauth_app(file.dump());
  EXPECT_EQ(app.client_type, "jwt");
  EXPECT_EQ(app.base_url, base_url());
  coze::CozeClient client = app.client();
  EXPECT_EQ(chat_text(client, "from file"), "Echo: from file");

  coze::Error missing = expect_error([] { coze::load_oauth_app(R"({"client_type":"jwt","client_id":"x"})"); });
  EXPECT_EQ(missing.kind, "invalid_argument");
  EXPECT_NE(missing.message.find("public_key_id"), std::string::npos) << missing.message;
  coze::OAuthApp web = coze::load_oauth_app(
      R"({"client_type":"web","client_id":"w1","client_secret":"s3cr3t-value","coze_api_base":"https://api.coze.cn"})");
  EXPECT_EQ(web.www_base, "https://www.coze.cn");
  EXPECT_EQ(web.authorize_url(kRedirect, "st").rfind("https://www.coze.cn/api/permission/oauth2/authorize?", 0), 0u);
  EXPECT_THROW(web.client(), coze::InvalidArgumentError);
}

TEST_F(Auth, ExpiredTokenIsRefreshedOnceAndRotated) {
  const std::string secret = "web-client-secret-refresh-1";
  register_app({{"client_id", "web-r"}, {"client_type", "web"}, {"client_secret", secret}});
  coze::model::OAuthToken token = web_token("web-r", secret);
  std::string access = token.access_token().value_or("");
  std::string refresh = token.refresh_token().value_or("");
  coze::ClientConfig cfg;
  cfg.base_url = base_url();
  coze::CozeClient client(cfg, coze::OAuthCredentials{"web-r", access, refresh, token.expires_in().value_or(-1),
                                                      secret, 30});
  EXPECT_EQ(chat_once(client), kBot);
  EXPECT_EQ(client.token().refreshes, 0);

  // The server expires the token early: a 401, one refresh, the call again.
  json expired = json::parse(control("POST", "/_fake/oauth/expire", json{{"client_id", "web-r"}}.dump()));
  EXPECT_EQ(expired["expired"], 1);
  EXPECT_EQ(chat_text(client, "after expiry"), "Echo: after expiry");
  EXPECT_EQ(oauth_counts()["refreshes"], 1);
  coze::TokenInfo t = client.token();
  EXPECT_EQ(t.refreshes, 1);
  EXPECT_NE(t.access_token, access);
  EXPECT_NE(t.refresh_token, refresh);  // rotated: the caller stores the new one
  json tj = json::parse(client.token_json());
  EXPECT_EQ(tj["refresh_token"], t.refresh_token);
  EXPECT_EQ(tj["refreshes"], 1);

  // The refresh request carried the client secret as its bearer; the log
  // shows the 401, the refresh, the repeated chat.
  std::vector<std::string> seen;
  for (const json& e : requests_log()) {
    std::string what = e["path"].is_string() ? e["path"].get<std::string>() : "";
    if (e.contains("oauth") && e["oauth"].is_object()) {
      const json& g = e["oauth"]["grant_type"];
      what = "token:" + (g.is_string() ? g.get<std::string>() : std::string());
    }
    seen.push_back(what);
  }
  ASSERT_GE(seen.size(), 3u);
  EXPECT_EQ(std::vector<std::string>(seen.end() - 3, seen.end()),
            (std::vector<std::string>{"/v3/chat", "token:refresh_token", "/v3/chat"}));
}

// 50 calls at once on an expired token: exactly one refresh request.
void fifty_concurrent(bool client_knows_expiry) {
  const std::string secret = "web-client-secret-fifty-1";
  register_app({{"client_id", "web-50"}, {"client_type", "web"}, {"client_secret", secret}});
  coze::model::OAuthToken token = web_token("web-50", secret);
  control("POST", "/_fake/oauth/expire", json{{"client_id", "web-50"}}.dump());
  int64_t expires = client_knows_expiry ? static_cast<int64_t>(std::time(nullptr)) - 5 : token.expires_in().value_or(-1);
  coze::ClientConfig cfg;
  cfg.base_url = base_url();
  coze::CozeClient client(cfg, coze::OAuthCredentials{"web-50", token.access_token().value_or(""),
                                                      token.refresh_token().value_or(""), expires, secret, 30});
  std::atomic<int> ok{0};
  std::mutex mu;
  std::vector<std::string> failures;
  std::vector<std::thread> threads;
  for (int i = 0; i < 50; ++i) {
    threads.emplace_back([&] {
      try {
        if (chat_once(client) == kBot) ++ok;
      } catch (const coze::CozeError& e) {
        std::lock_guard<std::mutex> lock(mu);
        failures.push_back(coze::describe(e.error()));
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 50);
  EXPECT_TRUE(failures.empty()) << failures.front();
  json counts = oauth_counts();
  EXPECT_EQ(counts["refreshes"], 1) << counts.dump();
  EXPECT_EQ(client.token().refreshes, 1);
}

TEST_F(Auth, FiftyConcurrentCallsOnAnExpiredTokenMakeOneRefresh) { fifty_concurrent(true); }

TEST_F(Auth, FiftyConcurrentCallsRejectedWith401MakeOneRefresh) { fifty_concurrent(false); }

TEST_F(Auth, IdentityHeadersNameTheCxxRuntime) {
  coze::CozeClient client("pat_identity_token", base_url());
  EXPECT_EQ(chat_once(client), kBot);
  json log = requests_log();
  ASSERT_FALSE(log.empty());
  json ua = json::parse(log.back()["headers"]["x-coze-client-user-agent"].get<std::string>());
  EXPECT_EQ(ua["lang"], "c++");
  EXPECT_NE(ua["lang_version"].get<std::string>().find("C++"), std::string::npos) << ua.dump();
  EXPECT_EQ(ua["os_name"], "linux");
  EXPECT_FALSE(ua["os_version"].get<std::string>().empty());
  EXPECT_EQ(client.config().lang, "c++");
}

// Client secrets, private keys, refresh and access tokens never appear in
// hook events (bodies included), error texts or attempt histories, in flows
// that fail and flows that succeed.
TEST_F(Auth, SecretsNeverLeak) {
  const std::string secret = "web-secret-DO-NOT-LEAK-7f3a9c";
  const RsaKey& key = suite_key();
  register_app({{"client_id", "web-s"}, {"client_type", "web"}, {"client_secret", secret}});
  register_app({{"client_id", "jwt-s"},
                {"client_type", "jwt"},
                {"public_key_id", "kid-s"},
                {"public_key_pem", key.public_pem}});

  std::mutex mu;
  std::vector<std::string> texts;  // everything a user could log
  auto record = [&](const coze::HookEvent& ev) {
    std::lock_guard<std::mutex> lock(mu);
    texts.push_back(coze::hook_event_json(ev));
  };
  coze::Hooks hooks;
  hooks.on_request_sent = record;
  hooks.on_response_head = record;
  hooks.on_retry_scheduled = record;
  hooks.on_call_finished = record;
  auto keep_error = [&](const coze::CozeError& e) {
    texts.push_back(e.what());
    texts.push_back(coze::error_json(e.error()));
    texts.push_back(coze::describe(e.error()));
    texts.push_back(coze::attempts_json(e.history()));
  };
  auto expect_fail = [&](auto fn) {
    try {
      fn();
      ADD_FAILURE() << "no exception";
    } catch (const coze::CozeError& e) {
      keep_error(e);
    }
  };

  coze::ClientConfig cfg = anonymous_config();
  cfg.hook_bodies = true;
  coze::CozeClient anon(cfg, hooks);

  // Web: a failing and a succeeding exchange, refreshes that fail and succeed.
  coze::AuthorizeParams p;
  p.client_id = "web-s";
  p.redirect_uri = kRedirect;
  p.state = coze::random_state();
  p.base_url = base_url();
  std::string code = authorize(coze::authorize_url(p), p.state);
  expect_fail([&] { anon.exchange_code({"web-s", code, kRedirect, "", secret + "-wrong"}); });
  p.state = coze::random_state();
  code = authorize(coze::authorize_url(p), p.state);
  coze::model::OAuthToken token = anon.exchange_code({"web-s", code, kRedirect, "", secret});
  std::string access = token.access_token().value_or("");
  std::string refresh = token.refresh_token().value_or("");
  coze::model::OAuthToken next = anon.refresh({"web-s", refresh, secret});
  expect_fail([&] { anon.refresh({"web-s", refresh, secret}); });  // used already
  std::string access2 = next.access_token().value_or("");
  std::string refresh2 = next.refresh_token().value_or("");

  // A client on that token: refresh after expiry (ok), then a revoked refresh token (fails).
  coze::ClientConfig ucfg;
  ucfg.base_url = base_url();
  ucfg.hook_bodies = true;
  ucfg.max_retries = 0;
  {
    coze::CozeClient user(ucfg, coze::OAuthCredentials{"web-s", access2, refresh2, -1, secret, 30}, hooks);
    EXPECT_EQ(chat_once(user), kBot);
    control("POST", "/_fake/oauth/expire", json{{"client_id", "web-s"}}.dump());
    EXPECT_EQ(chat_text(user, "secrets"), "Echo: secrets");
    coze::TokenInfo now = user.token();
    EXPECT_EQ(now.refreshes, 1);
    control("POST", "/_fake/oauth/revoke", json{{"client_id", "web-s"}}.dump());
    expect_fail([&] { chat_once(user); });
    // The rotated tokens are secrets too.
    access2 += "|" + now.access_token;
    refresh2 += "|" + now.refresh_token;
  }

  // JWT: success, then a key the fake does not know.
  coze::JwtCredentials jwt;
  jwt.client_id = "jwt-s";
  jwt.public_key_id = "kid-s";
  jwt.private_key = key.pkcs8;
  std::string jwt_access;
  {
    coze::CozeClient app(ucfg, jwt, hooks);
    EXPECT_EQ(chat_once(app), kBot);
    jwt_access = app.token().access_token;
  }
  RsaKey other = make_rsa_key();
  jwt.private_key = other.pkcs8;
  {
    coze::CozeClient app(ucfg, jwt, hooks);
    expect_fail([&] { chat_once(app); });
  }
  jwt.private_key = key.pkcs1;
  coze::model::OAuthToken jt = anon.jwt_token(jwt);
  std::string jwt_access2 = jt.access_token().value_or("");

  std::vector<std::string> secrets = {secret, access, refresh, jwt_access, jwt_access2,
                                      key_fragment(key.pkcs8), key_fragment(key.pkcs1), key_fragment(other.pkcs8)};
  for (const std::string* joined : {&access2, &refresh2}) {
    size_t bar = joined->find('|');
    secrets.push_back(joined->substr(0, bar));
    secrets.push_back(joined->substr(bar + 1));
  }
  ASSERT_GT(texts.size(), 30u);
  size_t with_bodies = 0;
  for (const std::string& t : texts) {
    if (t.find("\"body\":\"{") != std::string::npos) ++with_bodies;
    for (const std::string& s : secrets) {
      ASSERT_FALSE(s.size() < 12) << "weak test secret: " << s;
      EXPECT_EQ(t.find(s), std::string::npos) << "a secret (" << s.substr(0, 6) << "...) leaked into: " << t;
    }
    EXPECT_EQ(t.find("PRIVATE KEY"), std::string::npos) << t;
  }
  EXPECT_GT(with_bodies, 3u);  // the hooks did see request bodies (redacted)
}

}  // namespace
