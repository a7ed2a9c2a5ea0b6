#include "curl_transport.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <fstream>
#include <memory>
#include <mutex>
#include <random>
#include <string>

#if defined(__linux__)
#include <sys/random.h>
#endif

namespace coze {
namespace curl_driver {

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

int64_t now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

uint64_t random_seed() {
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

MultiPool::~MultiPool() {
  for (CURLM* m : idle_) curl_multi_cleanup(m);
}

CURLM* MultiPool::acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      CURLM* m = idle_.back();
      idle_.pop_back();
      return m;
    }
  }
  global_init();
  return curl_multi_init();
}

void MultiPool::release(CURLM* multi) {
  if (multi == nullptr) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (idle_.size() < 8) {
    idle_.push_back(multi);
  } else {
    curl_multi_cleanup(multi);
  }
}

namespace {

bool iequals(const std::string& a, const char* b) {
  size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

Error internal_error(const std::string& message) {
  Error e;
  e.kind = "internal";
  e.message = message;
  return e;
}

class Driver;

// One HTTP attempt. `detached` once the core no longer listens to it (it
// ended, or the core moved on): its callbacks then abort the transfer.
struct Transfer {
  Driver* driver = nullptr;
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  std::string body;
  size_t body_sent = 0;  // read position of `body`
  char errbuf[CURL_ERROR_SIZE] = {0};
  int status = 0;
  std::vector<Header> head;
  bool head_done = false;
  bool detached = false;
};

class Driver {
 public:
  Driver(Call& call, CURLM* multi, const std::function<void(const Event&)>& on_event,
         CancelToken::State& cancel, const Hooks* hooks)
      : call_(call), multi_(multi), on_event_(on_event), cancel_(cancel), hooks_(hooks) {
    std::lock_guard<std::mutex> lock(cancel_.mu);
    cancel_.polling.push_back(multi_);
  }

  ~Driver() {
    close_transfer();
    std::lock_guard<std::mutex> lock(cancel_.mu);
    auto& polling = cancel_.polling;
    polling.erase(std::find(polling.begin(), polling.end(), multi_));
  }

  Action run() {
    advance();
    for (;;) {
      if (user_error_) {
        close_transfer();
        std::rethrow_exception(user_error_);
      }
      switch (current_.kind) {
        case ActionKind::Done:
        case ActionKind::Fail:
          close_transfer();
          return current_;
        case ActionKind::Send: {
          close_transfer();
          HttpRequest request = std::move(current_.request);
          if (start(request)) advance();
          break;
        }
        case ActionKind::Sleep:
          close_transfer();
          sleep_until(now_ms() + std::max<int64_t>(0, current_.delay_ms));
          advance();
          break;
        case ActionKind::Wait:
          wait_once();
          break;
        case ActionKind::Event:
          deliver();
          break;
      }
    }
  }

  // Curl callbacks: feed the core, then let it act at once.
  void on_head_complete(Transfer& t) {
    t.head_done = true;
    long code = 0;
    if (curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &code) == CURLE_OK && code > 0) {
      t.status = static_cast<int>(code);
    }
    call_.on_response(t.status, t.head);
    after_feed(t);
  }

  void on_chunk(Transfer& t, const char* data, size_t len) {
    call_.on_body(data, len);
    after_feed(t);
  }

 private:
  // Asks the core for its next action and hands out events until it wants
  // something else.
  void advance() {
    current_ = next();
    deliver();
  }

  Action next() {
    if (!cancel_fed_ && cancel_.cancelled.load()) {
      cancel_fed_ = true;
      call_.cancel();
    }
    Action a = call_.next(now_ms());
    if (hooks_ != nullptr) {
      for (const HookEvent& h : call_.take_hooks()) hooks_->dispatch(h);
    }
    return a;
  }

  void deliver() {
    while (current_.kind == ActionKind::Event && !user_error_) {
      if (on_event_) {
        try {
          on_event_(current_.event);
        } catch (...) {
          // Never let an exception cross libcurl's C frames: keep it and
          // abort the transfer; run() rethrows it.
          user_error_ = std::current_exception();
          call_.cancel();
          return;
        }
      }
      current_ = next();
    }
  }

  void after_feed(Transfer& t) {
    advance();
    if (current_.kind != ActionKind::Wait || user_error_) t.detached = true;
  }

  bool start(const HttpRequest& request) {
    auto t = std::make_unique<Transfer>();
    t->driver = this;
    t->easy = curl_easy_init();
    if (t->easy == nullptr) {
      fail_locally(internal_error("curl_easy_init failed"));
      return false;
    }
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
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Driver::header_cb);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Driver::write_cb);
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
      if (method == "POST" || method == "PUT" || method == "PATCH" || !request.body.empty()) {
        // The body goes through a read callback without a seek callback, so
        // libcurl cannot rewind it: when a reused connection dies, libcurl
        // reports the failure (CURLE_SEND_FAIL_REWIND) instead of silently
        // sending the request again. Whether to send again is the core's
        // decision (a POST only with an idempotency key), and every attempt
        // it makes is counted and logged.
        t->body = request.body;
        curl_easy_setopt(e, CURLOPT_POST, 1L);
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(t->body.size()));
        curl_easy_setopt(e, CURLOPT_READFUNCTION, &Driver::read_cb);
        curl_easy_setopt(e, CURLOPT_READDATA, t.get());
        sends_body = true;
      }
      if (method != "POST") curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.c_str());
    }

    bool has_expect = false, has_content_type = false;
    for (const Header& h : request.headers) {
      if (iequals(h.name, "expect")) has_expect = true;
      if (iequals(h.name, "content-type")) has_content_type = true;
      std::string line = h.value.empty() ? h.name + ";" : h.name + ": " + h.value;
      t->headers = curl_slist_append(t->headers, line.c_str());
    }
    // No "Expect: 100-continue" round trip, and no form content type of curl's own.
    if (!has_expect) t->headers = curl_slist_append(t->headers, "Expect:");
    if (sends_body && !has_content_type) t->headers = curl_slist_append(t->headers, "Content-Type:");
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);

    if (curl_multi_add_handle(multi_, e) != CURLM_OK) {
      curl_slist_free_all(t->headers);
      curl_easy_cleanup(e);
      fail_locally(internal_error("curl_multi_add_handle failed"));
      return false;
    }
    transfer_ = std::move(t);
    return true;
  }

  void close_transfer() {
    if (!transfer_) return;
    curl_multi_remove_handle(multi_, transfer_->easy);
    curl_easy_cleanup(transfer_->easy);
    curl_slist_free_all(transfer_->headers);
    transfer_.reset();
  }

  void fail_locally(Error error) {
    Action a;
    a.kind = ActionKind::Fail;
    a.error = std::move(error);
    current_ = std::move(a);
  }

  // WAIT: move bytes, then block on the sockets until the core's wake time.
  void wait_once() {
    if (!transfer_ || transfer_->detached) {
      close_transfer();
      if (current_.wake_at_ms < 0) {
        fail_locally(internal_error("the executor waits with no request in flight"));
        return;
      }
      sleep_until(current_.wake_at_ms);
      advance();
      return;
    }
    int running = 0;
    CURLMcode mc = curl_multi_perform(multi_, &running);
    if (mc != CURLM_OK) {
      transfer_->detached = true;
      call_.on_transport_error("reset", curl_multi_strerror(mc));
      advance();
      return;
    }
    int queued = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi_, &queued)) {
      if (msg->msg == CURLMSG_DONE && transfer_ && msg->easy_handle == transfer_->easy) {
        finish(*transfer_, msg->data.result);
      }
    }
    if (current_.kind != ActionKind::Wait || user_error_) return;
    if (!transfer_ || transfer_->detached) return;

    int64_t now = now_ms();
    if (cancel_.cancelled.load() && !cancel_fed_) {
      advance();
      return;
    }
    if (current_.wake_at_ms >= 0 && now >= current_.wake_at_ms) {
      advance();
      return;
    }
    int64_t timeout = current_.wake_at_ms >= 0 ? current_.wake_at_ms - now : 1000;
    timeout = std::min<int64_t>(std::max<int64_t>(timeout, 0), 1000);
    curl_multi_poll(multi_, nullptr, 0, static_cast<int>(timeout), nullptr);
    if (cancel_.cancelled.load() && !cancel_fed_) advance();
  }

  void finish(Transfer& t, CURLcode result) {
    if (t.detached) return;
    t.detached = true;
    if (result == CURLE_OK) {
      if (!t.head_done) {
        on_head_complete(t);
        if (current_.kind != ActionKind::Wait || user_error_) return;
      }
      call_.on_end();
    } else {
      std::string message = t.errbuf[0] != '\0' ? t.errbuf : curl_easy_strerror(result);
      call_.on_transport_error(transport_kind(result), message);
    }
    advance();
  }

  void sleep_until(int64_t deadline_ms) {
    std::unique_lock<std::mutex> lock(cancel_.mu);
    auto deadline = std::chrono::steady_clock::now() +
                    std::chrono::milliseconds(std::max<int64_t>(0, deadline_ms - now_ms()));
    cancel_.cv.wait_until(lock, deadline, [this] { return cancel_.cancelled.load(); });
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
      t->driver->on_head_complete(*t);
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
      t->driver->on_head_complete(*t);
      if (t->detached) return 0;
    }
    t->driver->on_chunk(*t, ptr, n);
    return t->detached ? 0 : n;
  }

  Call& call_;
  CURLM* multi_;
  const std::function<void(const Event&)>& on_event_;
  CancelToken::State& cancel_;
  const Hooks* hooks_;
  Action current_;
  std::unique_ptr<Transfer> transfer_;
  std::exception_ptr user_error_;
  bool cancel_fed_ = false;
};

}  // namespace

Action drive(Call& call, CURLM* multi, const std::function<void(const Event&)>& on_event,
             CancelToken::State& cancel, const Hooks* hooks) {
  global_init();
  Driver driver(call, multi, on_event, cancel, hooks);
  return driver.run();
}

}  // namespace curl_driver
}  // namespace coze
