// The libcurl HttpDriver (coze/client.h's curl_driver()).
//
// Each call gets a session holding one multi handle, leased from a pool
// shared by the driver's calls so connections are reused. send() adds an easy
// transfer; poll() runs curl_multi_perform, whose header and write callbacks
// report the head (once complete) and each body chunk to the sink as they
// arrive, and then blocks in curl_multi_poll, which wake() interrupts with
// curl_multi_wakeup. When the sink stops listening, the callbacks return 0
// and libcurl aborts the transfer. An upload (send_streamed) is pulled from
// its RequestBody by the read callback as libcurl sends, with Content-Length
// when its size is known and chunked otherwise, so no file is held whole.
#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#if defined(__linux__)
#include <sys/random.h>
#endif

#include "coze/client.h"

namespace coze {
namespace {

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// The transport kind ("connect", "timeout", "reset", "tls", "aborted") for a curl result.
const char* transport_kind(CURLcode code) {
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
      return "connect";
    case CURLE_OPERATION_TIMEDOUT:
      return "timeout";
    case CURLE_SEND_FAIL_REWIND:  // a reused connection died after the request went out
      return "reset";
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
      return "tls";
    case CURLE_ABORTED_BY_CALLBACK:
      return "aborted";
    default:
      // RECV_ERROR, SEND_ERROR, PARTIAL_FILE, GOT_NOTHING, HTTP2 stream
      // errors, ...: the connection broke after it was made.
      return "reset";
  }
}

bool iequals(const std::string& a, const char* b) {
  size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Multi handles (each with its connection cache) reused across calls; one
// call uses one handle at a time.
class MultiPool {
 public:
  MultiPool() = default;
  ~MultiPool() {
    for (CURLM* m : idle_) curl_multi_cleanup(m);
  }
  MultiPool(const MultiPool&) = delete;
  MultiPool& operator=(const MultiPool&) = delete;

  CURLM* acquire() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!idle_.empty()) {
        CURLM* m = idle_.back();
        idle_.pop_back();
        return m;
      }
    }
    return curl_multi_init();
  }

  void release(CURLM* multi) {
    if (multi == nullptr) return;
    std::lock_guard<std::mutex> lock(mu_);
    if (idle_.size() < 8) {
      idle_.push_back(multi);
    } else {
      curl_multi_cleanup(multi);
    }
  }

 private:
  std::mutex mu_;
  std::vector<CURLM*> idle_;
};

// One HTTP exchange. `detached` once the sink no longer listens or the
// transfer ended: its callbacks then abort it and report nothing.
struct Transfer {
  ResponseSink* sink = nullptr;
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  std::string body;
  size_t body_sent = 0;  // read position of `body`
  RequestBody* streamed = nullptr;  // an upload's body, pulled as libcurl sends (instead of `body`)
  char errbuf[CURL_ERROR_SIZE] = {0};
  int status = 0;
  std::vector<Header> head;
  bool head_done = false;
  bool detached = false;
  bool reported = false;  // something reached the sink during this poll
};

class CurlSession final : public HttpSession {
 public:
  CurlSession(std::shared_ptr<MultiPool> pool, CURLM* multi) : pool_(std::move(pool)), multi_(multi) {}
  ~CurlSession() override {
    abort();
    pool_->release(multi_);
  }

  std::string send(const HttpRequest& request, ResponseSink& sink) override { return start(request, nullptr, sink); }

  // An upload: libcurl pulls the bytes from `body` as it sends them, with
  // Content-Length when the size is known, else chunked.
  std::string send_streamed(const HttpRequest& request, RequestBody& body, ResponseSink& sink) override {
    return start(request, &body, sink);
  }

  std::string start(const HttpRequest& request, RequestBody* streamed, ResponseSink& sink) {
    abort();
    auto t = std::make_unique<Transfer>();
    t->sink = &sink;
    t->easy = curl_easy_init();
    if (t->easy == nullptr) return "curl_easy_init failed";
    CURL* e = t->easy;
    curl_easy_setopt(e, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(e, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errbuf);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &CurlSession::header_cb);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &CurlSession::write_cb);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
    if (request.connect_timeout_ms > 0) {
      curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(request.connect_timeout_ms));
    }

    const std::string& method = request.method;
    bool sends_body = false;
    if (method == "HEAD") {
      curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else if (method == "GET" && request.body.empty()) {
      curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else {
      if (streamed != nullptr) {
        t->streamed = streamed;
        curl_easy_setopt(e, CURLOPT_POST, 1L);
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(streamed->size()));
        curl_easy_setopt(e, CURLOPT_READFUNCTION, &CurlSession::read_cb);
        curl_easy_setopt(e, CURLOPT_READDATA, t.get());
        curl_easy_setopt(e, CURLOPT_UPLOAD_BUFFERSIZE, 256L * 1024L);
        sends_body = true;
      } else if (method == "POST" || method == "PUT" || method == "PATCH" || !request.body.empty()) {
        // The body goes through a read callback without a seek callback, so
        // libcurl cannot rewind it: when a reused connection dies, libcurl
        // reports the failure (CURLE_SEND_FAIL_REWIND) instead of silently
        // sending the request again. Whether to send again is the core's
        // decision (a POST only with an idempotency key), and every attempt
        // it makes is counted and logged.
        t->body = request.body;
        curl_easy_setopt(e, CURLOPT_POST, 1L);
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(t->body.size()));
        curl_easy_setopt(e, CURLOPT_READFUNCTION, &CurlSession::read_cb);
        curl_easy_setopt(e, CURLOPT_READDATA, t.get());
        sends_body = true;
      }
      if (method != "POST") curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.c_str());
    }

    bool has_expect = false, has_content_type = false, has_te = false;
    for (const Header& h : request.headers) {
      if (iequals(h.name, "expect")) has_expect = true;
      if (iequals(h.name, "content-type")) has_content_type = true;
      if (iequals(h.name, "transfer-encoding")) has_te = true;
      std::string line = h.value.empty() ? h.name + ";" : h.name + ": " + h.value;
      t->headers = curl_slist_append(t->headers, line.c_str());
    }
    // No "Expect: 100-continue" round trip, and no form content type of curl's own.
    if (!has_expect) t->headers = curl_slist_append(t->headers, "Expect:");
    if (sends_body && !has_content_type) t->headers = curl_slist_append(t->headers, "Content-Type:");
    // A body of unknown size (a stream's) goes chunked.
    if (streamed != nullptr && streamed->size() < 0 && !has_te) {
      t->headers = curl_slist_append(t->headers, "Transfer-Encoding: chunked");
    }
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);

    if (curl_multi_add_handle(multi_, e) != CURLM_OK) {
      curl_slist_free_all(t->headers);
      curl_easy_cleanup(e);
      return "curl_multi_add_handle failed";
    }
    transfer_ = std::move(t);
    return "";
  }

  void poll(int64_t timeout_ms) override {
    int timeout = static_cast<int>(std::max<int64_t>(0, std::min<int64_t>(timeout_ms, 60000)));
    if (!transfer_ || transfer_->detached) {
      curl_multi_poll(multi_, nullptr, 0, timeout, nullptr);  // only waits; wake() ends it
      return;
    }
    transfer_->reported = false;
    perform();
    if (!transfer_ || transfer_->reported || transfer_->detached || timeout == 0) return;
    curl_multi_poll(multi_, nullptr, 0, timeout, nullptr);
    perform();
  }

  void abort() override {
    if (!transfer_) return;
    curl_multi_remove_handle(multi_, transfer_->easy);
    curl_easy_cleanup(transfer_->easy);
    curl_slist_free_all(transfer_->headers);
    transfer_.reset();
  }

  void wake() override { curl_multi_wakeup(multi_); }

 private:
  // Moves bytes (the callbacks report them), then reports a finished transfer.
  void perform() {
    Transfer& t = *transfer_;
    int running = 0;
    CURLMcode mc = curl_multi_perform(multi_, &running);
    if (mc != CURLM_OK) {
      if (!t.detached) {
        t.detached = true;
        t.reported = true;
        t.sink->on_transport_error("reset", curl_multi_strerror(mc));
      }
      return;
    }
    int queued = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi_, &queued)) {
      if (msg->msg == CURLMSG_DONE && msg->easy_handle == t.easy) finish(t, msg->data.result);
    }
  }

  static void finish(Transfer& t, CURLcode result) {
    if (t.detached) return;
    t.reported = true;
    if (result == CURLE_OK) {
      if (!t.head_done) {
        head_complete(t);
        if (t.detached) return;
      }
      t.detached = true;
      t.sink->on_end();
    } else {
      t.detached = true;
      std::string message = t.errbuf[0] != '\0' ? t.errbuf : curl_easy_strerror(result);
      t.sink->on_transport_error(transport_kind(result), message);
    }
  }

  static void head_complete(Transfer& t) {
    t.head_done = true;
    t.reported = true;
    long code = 0;
    if (curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &code) == CURLE_OK && code > 0) {
      t.status = static_cast<int>(code);
    }
    if (!t.sink->on_response(t.status, t.head)) t.detached = true;
  }

  static size_t header_cb(char* buffer, size_t size, size_t nitems, void* userdata) {
    auto* t = static_cast<Transfer*>(userdata);
    size_t n = size * nitems;
    if (t->detached) return 0;
    if (t->head_done) return n;  // trailers
    std::string line(buffer, n);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    if (line.compare(0, 5, "HTTP/") == 0) {
      // A new head (after an interim 1xx one): start over.
      t->head.clear();
      size_t sp = line.find(' ');
      t->status = sp == std::string::npos ? 0 : std::atoi(line.c_str() + sp + 1);
      return n;
    }
    if (line.empty()) {
      if (t->status >= 100 && t->status < 200) {
        t->head.clear();
        t->status = 0;
        return n;
      }
      head_complete(*t);
      return t->detached ? 0 : n;
    }
    if ((line[0] == ' ' || line[0] == '\t') && !t->head.empty()) {
      t->head.back().value += " " + trim(line);  // obsolete line folding
      return n;
    }
    size_t colon = line.find(':');
    if (colon != std::string::npos) {
      t->head.push_back(Header{trim(line.substr(0, colon)), trim(line.substr(colon + 1))});
    }
    return n;
  }

  static size_t read_cb(char* buffer, size_t size, size_t n, void* userdata) {
    auto* t = static_cast<Transfer*>(userdata);
    size_t room = size * n;
    if (t->detached) return CURL_READFUNC_ABORT;
    if (t->streamed != nullptr) {
      int64_t got = t->streamed->read(buffer, room);
      if (got < 0) return CURL_READFUNC_ABORT;  // the client knows why (on_transport_error "aborted")
      return static_cast<size_t>(got);
    }
    size_t left = t->body.size() - t->body_sent;
    size_t take = left < room ? left : room;
    std::memcpy(buffer, t->body.data() + t->body_sent, take);
    t->body_sent += take;
    return take;
  }

  static size_t write_cb(char* ptr, size_t size, size_t nmemb, void* userdata) {
    auto* t = static_cast<Transfer*>(userdata);
    size_t n = size * nmemb;
    if (t->detached) return 0;
    if (!t->head_done) {
      head_complete(*t);
      if (t->detached) return 0;
    }
    t->reported = true;
    if (!t->sink->on_body(ptr, n)) t->detached = true;
    return t->detached ? 0 : n;
  }

  std::shared_ptr<MultiPool> pool_;
  CURLM* multi_;
  std::unique_ptr<Transfer> transfer_;
};

class CurlDriver final : public HttpDriver {
 public:
  CurlDriver() : pool_(std::make_shared<MultiPool>()) { global_init(); }

  std::unique_ptr<HttpSession> open() override {
    CURLM* multi = pool_->acquire();
    if (multi == nullptr) return nullptr;
    return std::make_unique<CurlSession>(pool_, multi);
  }

  int64_t now_ms() override {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
  }

  int64_t wall_ms() override {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
  }

  // The OS CSPRNG.
  uint64_t seed() override {
    uint64_t seed = 0;
    bool ok = false;
#if defined(__linux__)
    ok = getrandom(&seed, sizeof seed, 0) == static_cast<ssize_t>(sizeof seed);
#endif
    if (!ok) {
      std::ifstream urandom("/dev/urandom", std::ios::binary);
      ok = static_cast<bool>(urandom.read(reinterpret_cast<char*>(&seed), sizeof seed));
    }
    if (!ok) {
      std::random_device rd;
      seed = (static_cast<uint64_t>(rd()) << 32) ^ rd();
    }
    return seed == 0 ? 1 : seed;  // 0 means "not set" in ClientConfig
  }

  // JWT apps' keys, read with OpenSSL (openssl_crypto.cpp).
  Signer rs256_signer(const std::string& private_key_pem) override { return curl::rs256_signer(private_key_pem); }

 private:
  std::shared_ptr<MultiPool> pool_;
};

}  // namespace

std::shared_ptr<HttpDriver> curl_driver() { return std::make_shared<CurlDriver>(); }

}  // namespace coze
