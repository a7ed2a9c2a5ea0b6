// The typed client's runtime (coze/client.h): the loop that runs one Call
// over an HttpDriver. No I/O of its own: the driver moves the bytes and gives
// the clock and the entropy.
//
// Theory of operation: the Runner asks the core for its next action with
// step(). SEND hands the request to the driver's session; the session reports
// the response to the Runner (a ResponseSink) from inside poll(), and the
// Runner feeds the core and steps it at once, so the events decoded from a
// chunk reach the user while the transfer is still running. When the core
// stops listening to a response (it failed, timed out, or a retry starts),
// the sink says so and the driver drops it. WAIT polls the session until the
// core's wake time; SLEEP polls a session with nothing in flight. A
// CancelToken wakes the sessions of the calls it was passed to.
#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <utility>

#include "coze/client.h"

namespace coze {

struct CancelToken::State {
  std::mutex mu;
  std::atomic<bool> cancelled{false};
  std::vector<HttpSession*> sessions;  // of the calls running with this token, to wake
};

CancelToken::CancelToken() : state_(std::make_shared<State>()) {}

void CancelToken::cancel() {
  std::lock_guard<std::mutex> lock(state_->mu);
  state_->cancelled.store(true);
  for (HttpSession* s : state_->sessions) s->wake();
}

bool CancelToken::cancelled() const { return state_->cancelled.load(); }

void Hooks::dispatch(const HookEvent& event) const {
  const std::function<void(const HookEvent&)>* hook = event.kind == "request_sent"      ? &on_request_sent
                                                      : event.kind == "response_head"   ? &on_response_head
                                                      : event.kind == "retry_scheduled" ? &on_retry_scheduled
                                                      : event.kind == "call_finished"   ? &on_call_finished
                                                                                        : nullptr;
  if (hook == nullptr || !*hook) return;
  try {
    (*hook)(event);
  } catch (...) {
    // hooks observe; a failing one must not end the call
  }
}

namespace {

const char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64_encode(std::string_view in) {
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 3 <= in.size(); i += 3) {
    uint32_t v = static_cast<uint32_t>(static_cast<unsigned char>(in[i])) << 16 |
                 static_cast<uint32_t>(static_cast<unsigned char>(in[i + 1])) << 8 |
                 static_cast<unsigned char>(in[i + 2]);
    out.push_back(kBase64[v >> 18]);
    out.push_back(kBase64[(v >> 12) & 63]);
    out.push_back(kBase64[(v >> 6) & 63]);
    out.push_back(kBase64[v & 63]);
  }
  size_t rest = in.size() - i;
  if (rest > 0) {
    uint32_t v = static_cast<uint32_t>(static_cast<unsigned char>(in[i])) << 16;
    if (rest == 2) v |= static_cast<uint32_t>(static_cast<unsigned char>(in[i + 1])) << 8;
    out.push_back(kBase64[v >> 18]);
    out.push_back(kBase64[(v >> 12) & 63]);
    out.push_back(rest == 2 ? kBase64[(v >> 6) & 63] : '=');
    out.push_back('=');
  }
  return out;
}

Error local_error(const char* kind, std::string message) {
  Error e;
  e.kind = kind;
  e.message = std::move(message);
  return e;
}

}  // namespace

Json FileParam::to_json() const {
  Json out = Json::object();
  out.set("filename", filename);
  out.set("content_type", content_type.empty() ? std::string("application/octet-stream") : content_type);
  out.set("data_base64", base64_encode(data));
  return out;
}

input::EnterMessage user_message(std::string content) {
  input::EnterMessage m;
  m.role = "user";
  m.content = std::move(content);
  m.content_type = "text";
  return m;
}

input::EnterMessage assistant_message(std::string content) {
  input::EnterMessage m;
  m.role = "assistant";
  m.content = std::move(content);
  m.content_type = "text";
  return m;
}

std::string base64_decode(std::string_view in) {
  size_t end = in.size();
  size_t pad = 0;
  while (end > 0 && in[end - 1] == '=' && pad < 2) {
    --end;
    ++pad;
  }
  if (end % 4 == 1 || (pad > 0 && (end + pad) % 4 != 0)) throw CozeError(local_error("decode", "not base64"));
  std::string out;
  out.reserve(end / 4 * 3 + 2);
  uint32_t acc = 0;
  int bits = 0;
  for (size_t i = 0; i < end; ++i) {
    char ch = in[i];
    int v;
    if (ch >= 'A' && ch <= 'Z')
      v = ch - 'A';
    else if (ch >= 'a' && ch <= 'z')
      v = ch - 'a' + 26;
    else if (ch >= '0' && ch <= '9')
      v = ch - '0' + 52;
    else if (ch == '+')
      v = 62;
    else if (ch == '/')
      v = 63;
    else
      throw CozeError(local_error("decode", "not base64"));
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  // The bits left over must be zero, as an encoder writes them.
  if ((acc & ((1u << bits) - 1)) != 0) throw CozeError(local_error("decode", "not base64"));
  return out;
}

namespace {

constexpr int kSend = static_cast<int>(ActionKind::Send);
constexpr int kWait = static_cast<int>(ActionKind::Wait);
constexpr int kSleep = static_cast<int>(ActionKind::Sleep);
constexpr int kEvent = static_cast<int>(ActionKind::Event);
constexpr int kDone = static_cast<int>(ActionKind::Done);
constexpr int kFail = static_cast<int>(ActionKind::Fail);

// Longest single wait, so a lost wake-up costs at most this much.
constexpr int64_t kMaxPollMs = 1000;

using EventFn = std::function<void(const EventView&)>;

// Runs one Call to DONE or FAIL over one HttpSession.
class Runner final : public ResponseSink {
 public:
  Runner(Call& call, HttpDriver& driver, HttpSession& session, CancelToken::State& cancel, const Hooks* hooks,
         const EventFn& on_event)
      : call_(call), driver_(driver), session_(session), cancel_(cancel), hooks_(hooks), on_event_(on_event) {
    std::lock_guard<std::mutex> lock(cancel_.mu);
    cancel_.sessions.push_back(&session_);
  }

  ~Runner() {
    session_.abort();
    std::lock_guard<std::mutex> lock(cancel_.mu);
    auto& s = cancel_.sessions;
    s.erase(std::find(s.begin(), s.end(), &session_));
  }

  Runner(const Runner&) = delete;
  Runner& operator=(const Runner&) = delete;

  // DONE or FAIL; a local failure (the driver could not start a request) is
  // in local_error(). Rethrows an exception thrown by on_event.
  int run() {
    advance();
    for (;;) {
      if (user_error_) {
        drop_response();
        std::rethrow_exception(user_error_);
      }
      switch (current_) {
        case kDone:
        case kFail:
          drop_response();
          return current_;
        case kSend:
          drop_response();
          start();
          break;
        case kSleep:
          drop_response();
          sleep_until(driver_.now_ms() + std::max<int64_t>(0, call_.delay_ms()));
          advance();
          break;
        case kWait:
          wait_once();
          break;
        case kEvent:
          deliver();
          break;
        default:
          fail_locally(local_error("internal", "the executor returned an unknown action"));
          break;
      }
    }
  }

  const std::optional<Error>& failure() const { return local_error_; }

  // ResponseSink: feed the core, then let it act at once.
  bool on_response(int status, const std::vector<Header>& headers) override {
    if (!listening_) return false;
    call_.on_response(status, headers);
    after_feed();
    return listening_;
  }

  bool on_body(const char* data, size_t size) override {
    if (!listening_) return false;
    call_.on_body(data, size);
    after_feed();
    return listening_;
  }

  void on_end() override {
    if (!listening_) return;
    listening_ = false;
    call_.on_end();
    advance();
  }

  void on_transport_error(const std::string& kind, const std::string& message) override {
    if (!listening_) return;
    listening_ = false;
    call_.on_transport_error(kind, message);
    advance();
  }

 private:
  // Steps the core and hands out events until it wants something else.
  void advance() {
    current_ = step();
    deliver();
  }

  int step() {
    if (!cancel_fed_ && cancel_.cancelled.load()) {
      cancel_fed_ = true;
      call_.cancel();
    }
    int kind = call_.step(driver_.now_ms());
    if (hooks_ != nullptr) {
      for (const HookEvent& h : call_.take_hooks()) hooks_->dispatch(h);
    }
    return kind;
  }

  // Every event of a batch, from one record, as lazy views.
  void deliver() {
    while (current_ == kEvent && !user_error_) {
      std::string batch = call_.take_events(false);
      if (on_event_) {
        try {
          RecordPtr record = Record::from_bytes(std::move(batch));
          AnyView events(record, 0);
          for (size_t i = 0, n = events.size(); i < n; ++i) on_event_(EventView(record, events[i].cell()));
        } catch (...) {
          // Never let an exception cross the driver's frames (a C library's
          // callbacks): keep it, stop the call; run() rethrows it.
          user_error_ = std::current_exception();
          listening_ = false;
          call_.cancel();
          return;
        }
      }
      current_ = step();
    }
  }

  void after_feed() {
    advance();
    if (current_ != kWait || user_error_) listening_ = false;
  }

  void start() {
    listening_ = true;
    in_flight_ = true;
    std::string why = session_.send(call_.request(), *this);
    if (!why.empty()) {
      listening_ = false;
      in_flight_ = false;
      fail_locally(local_error("internal", why));
      return;
    }
    advance();
  }

  void drop_response() {
    if (!in_flight_) return;
    listening_ = false;
    in_flight_ = false;
    session_.abort();
  }

  void fail_locally(Error error) {
    local_error_ = std::move(error);
    current_ = kFail;
  }

  bool cancel_pending() const { return !cancel_fed_ && cancel_.cancelled.load(); }

  // WAIT: move bytes until the core's wake time.
  void wait_once() {
    int64_t wake_at = call_.wake_at_ms();
    if (!in_flight_ || !listening_) {
      drop_response();
      if (wake_at < 0 && !cancel_pending()) {
        fail_locally(local_error("internal", "the executor waits with no request in flight"));
        return;
      }
      if (wake_at >= 0) sleep_until(wake_at);
      advance();
      return;
    }
    if (cancel_pending()) {
      advance();
      return;
    }
    int64_t now = driver_.now_ms();
    if (wake_at >= 0 && now >= wake_at) {
      session_.poll(0);  // what has arrived counts before the deadline
      if (current_ == kWait) advance();
      return;
    }
    int64_t timeout = wake_at >= 0 ? std::min(wake_at - now, kMaxPollMs) : kMaxPollMs;
    session_.poll(timeout);
    if (current_ == kWait && cancel_pending()) advance();
  }

  // Waits (cancellably) until the monotonic time `deadline_ms`.
  void sleep_until(int64_t deadline_ms) {
    for (;;) {
      if (cancel_.cancelled.load()) return;
      int64_t left = deadline_ms - driver_.now_ms();
      if (left <= 0) return;
      session_.poll(std::min(left, kMaxPollMs));
    }
  }

  Call& call_;
  HttpDriver& driver_;
  HttpSession& session_;
  CancelToken::State& cancel_;
  const Hooks* hooks_;
  const EventFn& on_event_;
  int current_ = kWait;
  bool in_flight_ = false;  // a request was sent and not yet dropped
  bool listening_ = false;  // the core still reads its response
  bool cancel_fed_ = false;
  std::exception_ptr user_error_;
  std::optional<Error> local_error_;
};

}  // namespace

struct ClientBase::Impl {
  Impl(ClientConfig cfg, std::shared_ptr<HttpDriver> drv, Hooks h)
      : config(std::move(cfg)), core(config), hooks(std::move(h)), driver(std::move(drv)) {}
  ClientConfig config;
  Client core;
  Hooks hooks;
  std::shared_ptr<HttpDriver> driver;

  // Runs the call to its end; throws CozeError on failure. `finish` reads
  // the answer off the call after DONE.
  template <typename Finish>
  auto run(const std::string& op, const std::string& params_json, const EventFn& on_event,
           const RequestOptions& options, Finish finish) {
    CallOptions co;
    co.timeout_ms = options.timeout_ms;
    co.max_retries = options.max_retries;
    co.headers = options.extra_headers;
    co.idempotency = options.idempotency;
    co.idempotency_key = options.idempotency_key;
    co.traceparent = options.traceparent;
    co.tracestate = options.tracestate;
    co.extra_query = options.extra_query;
    if (!options.extra_body.is_null()) co.extra_body = options.extra_body.dump();
    co.wall_ms = driver->wall_ms();  // for ids and HTTP-date Retry-After
    Call call(core, op, params_json, co);

    std::unique_ptr<HttpSession> session = driver->open();
    if (!session) throw CozeError(local_error("internal", "the HTTP driver opened no session"));
    int end;
    std::optional<Error> failed;
    {
      Runner runner(call, *driver, *session, *options.cancel.state(), hooks.empty() ? nullptr : &hooks, on_event);
      end = runner.run();
      failed = runner.failure();
    }
    if (failed) throw CozeError(*failed);
    if (end == kFail) throw CozeError(call.error());
    return finish(call);
  }
};

namespace {
ClientConfig seeded(ClientConfig config, HttpDriver& driver, const Hooks& hooks) {
  if (config.seed == 0) config.seed = driver.seed();
  config.hooks = !hooks.empty();
  return config;
}
}  // namespace

ClientBase::ClientBase(ClientConfig config, std::shared_ptr<HttpDriver> driver, Hooks hooks) {
  if (!driver) throw CozeError(local_error("invalid_argument", "no HTTP driver"));
  ClientConfig ready = seeded(std::move(config), *driver, hooks);
  impl_ = std::make_unique<Impl>(std::move(ready), std::move(driver), std::move(hooks));
}

ClientBase::~ClientBase() = default;

const ClientConfig& ClientBase::config() const { return impl_->config; }

AnyView ClientBase::call(const std::string& op, const std::string& params_json, const RequestOptions& options) {
  return impl_->run(op, params_json, nullptr, options, [](Call& call) {
    RecordPtr record = Record::from_bytes(call.result_record(false));
    return AnyView(std::move(record), 0);
  });
}

void ClientBase::stream(const std::string& op, const std::string& params_json, const EventFn& on_event,
                        const RequestOptions& options) {
  impl_->run(op, params_json, on_event, options, [](Call&) { return 0; });
}

Binary ClientBase::call_binary(const std::string& op, const std::string& params_json, const RequestOptions& options) {
  return impl_->run(op, params_json, nullptr, options, [](Call& call) {
    return Binary{call.binary(), call.content_type()};
  });
}

std::string ClientBase::run(const std::string& op, const std::string& params_json, const EventFn& on_event,
                            const RequestOptions& options) {
  return impl_->run(op, params_json, on_event, options, [](Call& call) { return call.result(); });
}

}  // namespace coze
