// The walk-through the top README's C++ sections ("Auth in C++", "Pages and
// polling in C++", "Uploads and downloads in C++") are cut from: each
// section below holds its README code and checks what it got. Against the
// fake server only (tests/fake_coze), which it sets up itself: the OAuth apps
// the auth section uses are registered through the fake's control endpoints.
//   COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_... coze_example_guide
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "env.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

void check(bool ok, const std::string& what) {
  if (!ok) {
    std::cerr << "guide: check failed: " << what << "\n";
    std::exit(1);
  }
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  check(static_cast<bool>(in), "cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  check(static_cast<bool>(out), "cannot write " + path);
}

// What a section prints to std::cout, kept to check it (and printed after).
class Capture {
 public:
  Capture() : old_(std::cout.rdbuf(text_.rdbuf())) {}
  ~Capture() { release(); }
  std::string text() {
    release();
    return text_.str();
  }

 private:
  void release() {
    if (old_ == nullptr) return;
    std::cout.rdbuf(old_);
    old_ = nullptr;
    std::cout << text_.str();
  }
  std::ostringstream text_;
  std::streambuf* old_;
};

size_t collect(char* p, size_t size, size_t n, void* out) {
  static_cast<std::string*>(out)->append(p, size * n);
  return size * n;
}

// One request to the fake server's control or authorize endpoints (setup,
// not part of the README): the body, and the Location header when asked.
std::string fake(const std::string& method, const std::string& url, const std::string& body = "",
                 std::string* location = nullptr) {
  std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), curl_easy_cleanup);
  std::string out;
  curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_CUSTOMREQUEST, method.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers);
  if (!body.empty()) curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &out);
  CURLcode rc = curl_easy_perform(curl.get());
  curl_slist_free_all(headers);
  check(rc == CURLE_OK, method + " " + url + ": " + curl_easy_strerror(rc));
  if (location != nullptr) {
    char* where = nullptr;
    curl_easy_getinfo(curl.get(), CURLINFO_REDIRECT_URL, &where);
    *location = where != nullptr ? where : "";
  }
  return out;
}

// A 2048-bit RSA key pair as PEM: {private (PKCS#8), public (SubjectPublicKeyInfo)}.
std::pair<std::string, std::string> rsa_key_pair() {
  std::unique_ptr<EVP_PKEY, void (*)(EVP_PKEY*)> key(EVP_RSA_gen(2048), EVP_PKEY_free);
  check(key != nullptr, "EVP_RSA_gen");
  auto pem = [](auto write) {
    std::unique_ptr<BIO, int (*)(BIO*)> bio(BIO_new(BIO_s_mem()), BIO_free);
    write(bio.get());
    char* data = nullptr;
    long n = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<size_t>(n));
  };
  return {pem([&](BIO* b) { PEM_write_bio_PrivateKey(b, key.get(), nullptr, nullptr, 0, nullptr, nullptr); }),
          pem([&](BIO* b) { PEM_write_bio_PUBKEY(b, key.get()); })};
}

// The value of a query parameter of a URL ("" when absent).
std::string query_param(const std::string& url, const std::string& name) {
  size_t at = url.find("?" + name + "=");
  if (at == std::string::npos) at = url.find("&" + name + "=");
  if (at == std::string::npos) return "";
  at += name.size() + 2;
  return url.substr(at, url.find('&', at) - at);
}

// The user approves on the authorize page (the fake approves at once): the
// code the redirect brings back, after checking that it brings our state too.
std::string approve(const std::string& url, const std::string& state) {
  std::string location;
  fake("GET", url, "", &location);
  check(query_param(location, "state") == state, "the redirect brings the state back: " + location);
  std::string code = query_param(location, "code");
  check(!code.empty(), "the redirect brings a code: " + location);
  return code;
}

const char* const kBot = "7300000000000000101";

// Registers the OAuth apps the auth section uses, and writes the files it
// reads (private_key.pem, coze_oauth_config.json) into the current directory.
void set_up_auth(const coze::ClientConfig& config) {
  auto [private_pem, public_pem] = rsa_key_pair();
  write_file("private_key.pem", private_pem);
  write_file("coze_oauth_config.json", json{{"client_type", "jwt"},
                                            {"client_id", "4627186940115"},
                                            {"coze_api_base", config.base_url},
                                            {"public_key_id", "kid-guide-1"},
                                            {"private_key", private_pem}}
                                           .dump(2));
  json apps = json::array({
      {{"client_id", "4627186940115"},
       {"client_type", "jwt"},
       {"public_key_id", "kid-guide-1"},
       {"public_key_pem", public_pem}},
      {{"client_id", "1234567890123"},
       {"client_type", "pkce"},
       {"redirect_uris", {"http://localhost:8080/callback"}}},
      {{"client_id", "7654321098765"}, {"client_type", "device"}, {"device", {{"pending", 1}, {"interval", 1}}}},
  });
  json answer = json::parse(fake("POST", config.base_url + "/_fake/oauth/apps", apps.dump()));
  check(answer.value("registered", json::array()).size() == 3, "the fake registered the apps: " + answer.dump());
}

// The bot id a chat through this client answers with: the client has a token.
std::string chat_through(coze::CozeClient& client) {
  coze::params::ChatCreate req;
  req.bot_id = kBot;
  req.user_id = "guide-user";
  req.additional_messages = {coze::user_message("Hi")};
  return client.chat().create(req).bot_id().value_or("");
}

// README "Auth in C++" (config: the base URL and the rest, no token).
void auth(const coze::ClientConfig& config) {
  set_up_auth(config);
  Capture out;
  // A service (JWT) app: the client signs its JWTs with OpenSSL and renews its token itself.
  coze::JwtCredentials app;
  app.client_id = "4627186940115";
  app.public_key_id = "kid-guide-1";
  app.private_key = read_file("private_key.pem");  // PKCS#8 or PKCS#1 PEM; a bad key throws InvalidArgumentError
  coze::CozeClient client(config, app);
  // Or straight from the OAuth app's JSON config (client_type jwt):
  coze::CozeClient same = coze::load_oauth_app(read_file("coze_oauth_config.json")).client();
  check(chat_through(client) == kBot && chat_through(same) == kBot, "the JWT clients got tokens and made a chat");
  check(!client.token().access_token.empty(), "the JWT client holds its token");

  // PKCE: send the user to the authorize URL; the redirect brings ?code=...&state=...
  coze::PkcePair pkce = coze::pkce_pair();  // verifier from OpenSSL's CSPRNG
  coze::AuthorizeParams ap;
  ap.client_id = "1234567890123";
  ap.redirect_uri = "http://localhost:8080/callback";
  ap.state = coze::random_state();
  ap.code_challenge = pkce.challenge;  // web apps: none, and client_secret in the exchange instead
  ap.base_url = config.base_url;       // the API's region picks the page (www.coze.com for api.coze.com)
  std::string url = coze::authorize_url(ap);
  std::string code = approve(url, ap.state);

  coze::CozeClient anon(config);  // no token needed for the flows
  coze::model::OAuthToken tok = anon.exchange_code({ap.client_id, code, ap.redirect_uri, pkce.verifier, ""});

  // Device flow (CLIs): show the code, then wait for the user (cancellable with RequestOptions::cancel).
  coze::model::OAuthToken dev = anon.device_flow("7654321098765", [](const coze::model::DeviceCode& c) {
    std::cout << "Open " << c.verification_uri().value_or("") << " and enter " << c.user_code().value_or("") << "\n";
  });

  // A user's token that the client refreshes itself (once however many calls wait; again after a 401).
  coze::OAuthCredentials cred;
  cred.client_id = ap.client_id;
  cred.access_token = tok.access_token().value_or("");
  cred.refresh_token = tok.refresh_token().value_or("");
  cred.expires_in = tok.expires_in();  // unix seconds
  coze::CozeClient user(config, cred);
  coze::TokenInfo now = user.token();  // store now.refresh_token: it rotates on every refresh
  check(!tok.access_token().value_or("").empty() && !tok.refresh_token().value_or("").empty(),
        "the code exchange gave an access and a refresh token");
  check(!dev.access_token().value_or("").empty(), "the device flow gave a token");
  check(out.text().find("Open http") == 0, "the device flow showed the code");
  check(now.access_token == tok.access_token().value_or("") && chat_through(user) == kBot,
        "the user's client chats with the exchanged token");
  std::cout << "ok auth\n";
}

// README "Pages and polling in C++".
void pages_and_polling(coze::CozeClient& client) {
  const std::string bot_id = kBot;
  coze::params::ConversationsCreate made;
  made.bot_id = bot_id;
  made.messages = {coze::user_message("one"), coze::user_message("two"), coze::user_message("three")};
  const std::string conversation_id = client.conversations().create(made).id().value_or("");
  Capture out;
  coze::params::ConversationsMessagesList p;
  p.conversation_id = conversation_id;
  p.order = "asc";
  p.limit = 50;
  for (const coze::model::Message& m : client.conversations().messages().list_pages(p))
    std::cout << m.content().value_or("") << "\n";
  for (const auto& page : client.conversations().list_pages({bot_id}).pages())
    std::cout << page.size() << " conversations, log id " << page.logid() << "\n";

  coze::params::ChatCreate req;
  req.bot_id = bot_id;
  req.user_id = "u1";
  req.additional_messages = {coze::user_message("Hi")};
  coze::PollOptions poll;
  poll.interval_ms = 1000;  // between chat.retrieve requests
  poll.timeout_ms = 60000;  // then chat.cancel, and coze::TimeoutError
  coze::ChatPoll done = client.chat().create_and_poll(req, poll);
  std::cout << done.chat.status().value_or("") << ": " << done.messages.back().content().value_or("") << "\n";
  std::string text = out.text();
  check(text.find("one\ntwo\nthree\n") == 0, "the messages came oldest first");
  check(text.find(" conversations, log id ") != std::string::npos, "the conversations came in pages");
  check(text.find("completed: Echo: Hi\n") != std::string::npos, "create_and_poll gave the completed chat");
  std::cout << "ok pages and polling\n";
}

// A player for the streamed speech: here it only counts the bytes.
struct Player {
  size_t bytes = 0;
  void feed(std::string_view chunk) { bytes += chunk.size(); }
};

// README "Uploads and downloads in C++".
void uploads_and_downloads(coze::CozeClient& client) {
  write_file("report.pdf", std::string(100000, 'r'));
  const std::string voice_id = "7300000000000000301";
  Player player;
  std::ostringstream progress;
  std::streambuf* err = std::cerr.rdbuf(progress.rdbuf());
  coze::params::FilesUpload up;
  up.file = coze::FileParam::from_path("report.pdf");   // or from_stream(in, size, "name.bin")
  coze::RequestOptions opts;
  opts.on_upload_progress = [](int64_t sent, int64_t total) { std::cerr << sent << "/" << total << "\r"; };
  coze::model::File f = client.files().upload(up, opts);

  coze::params::AudioSpeechCreate say;
  say.input = "Hello";
  say.voice_id = voice_id;
  coze::Download d = client.audio().speech().create(say, coze::ByteSink::file("hello.mp3"));
  client.audio().speech().create(say, [&](std::string_view bytes) { player.feed(bytes); });
  coze::Binary whole = client.audio().speech().create(say);  // the bytes in memory
  std::cerr.rdbuf(err);
  check(f.bytes().value_or(0) == 100000 && f.file_name().value_or("") == "report.pdf", "the upload arrived whole");
  // The last report: all of the multipart body (the file and its framing) went out.
  std::string last = progress.str().substr(progress.str().rfind('\r', progress.str().size() - 2) + 1);
  size_t slash = last.find('/');
  check(slash != std::string::npos && last.substr(0, slash) + "\r" == last.substr(slash + 1) &&
            std::stoll(last.substr(0, slash)) > 100000,
        "the progress reached the end: " + last);
  check(!whole.data.empty() && d.size == static_cast<int64_t>(whole.data.size()) &&
            fs::file_size("hello.mp3") == whole.data.size() && player.bytes == whole.data.size(),
        "the speech came whole to the file, the callback and memory");
  std::cout << "ok uploads and downloads\n";
}

}  // namespace

int main() {
  // Everything the sections write goes into a directory of their own.
  fs::path dir = fs::temp_directory_path() / ("cozecore-guide-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::current_path(dir);
  struct Remove {
    fs::path dir;
    ~Remove() {
      std::error_code ec;
      fs::current_path(fs::temp_directory_path(), ec);
      fs::remove_all(dir, ec);
    }
  } remove_dir{dir};
  try {
    coze::CozeClient client = client_from_env();
    coze::ClientConfig config;
    config.base_url = env_or("COZE_BASE_URL", "https://api.coze.com");
    auth(config);
    pages_and_polling(client);
    uploads_and_downloads(client);
  } catch (const coze::CozeError& e) {
    std::cerr << "guide: failed: " << e.what() << "\n";
    return 1;
  }
  std::cout << "guide: every section ran\n";
  return 0;
}
