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

#include <cctype>
#include <nlohmann/json.hpp>

#if __has_include(<sys/utsname.h>) && !defined(__EMSCRIPTEN__)
#include <sys/utsname.h>
#endif

#include "api/catalogue.h"
#include "auth/crypto.h"
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
  out.set("data_base64", auth::base64_encode(data));
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
  std::string out;
  if (!auth::base64_decode(std::string(in), out)) throw_error(local_error("decode", "not base64"));
  return out;
}

namespace {

constexpr int kSend = static_cast<int>(ActionKind::Send);
constexpr int kWait = static_cast<int>(ActionKind::Wait);
constexpr int kSleep = static_cast<int>(ActionKind::Sleep);
constexpr int kEvent = static_cast<int>(ActionKind::Event);
constexpr int kDone = static_cast<int>(ActionKind::Done);
constexpr int kFail = static_cast<int>(ActionKind::Fail);
constexpr int kSign = static_cast<int>(ActionKind::Sign);

// Longest single wait, so a lost wake-up costs at most this much.
constexpr int64_t kMaxPollMs = 1000;

using EventFn = std::function<void(const EventView&)>;

// Runs one Call to DONE or FAIL over one HttpSession. In pull mode
// (EventCursor) run() and resume() also return at each EVENT, with the
// batch kept for take_pulled(); the call is stepped again only at resume().
class Runner final : public ResponseSink {
 public:
  Runner(Call& call, HttpDriver& driver, HttpSession& session, CancelToken::State& cancel, const Hooks* hooks,
         const EventFn& on_event, const Signer* signer = nullptr, bool pull = false)
      : call_(call),
        driver_(driver),
        session_(session),
        cancel_(cancel),
        hooks_(hooks),
        on_event_(on_event),
        signer_(signer),
        pull_(pull) {
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

  // DONE or FAIL (or, in pull mode, EVENT); a local failure (the driver
  // could not start a request) is in local_error(). Rethrows an exception
  // thrown by on_event.
  int run() {
    advance();
    return loop();
  }

  // Pull mode, after run() or resume() returned EVENT: goes on from there.
  int resume() {
    pulled_.reset();
    advance();
    return loop();
  }

  // Pull mode, after EVENT: the batch record.
  std::string take_pulled() {
    std::string out = pulled_ ? std::move(*pulled_) : std::string();
    pulled_.reset();
    return out;
  }

  int loop() {
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
          if (pull_ && current_ == kEvent) return kEvent;
          break;
        case kSign:
          drop_response();
          sign();
          advance();
          break;
        default:
          fail_locally(local_error("internal", "the executor returned an unknown action"));
          break;
      }
    }
  }

  const std::optional<Error>& failure() const { return local_error_; }

  // SIGN: the host's RS256 signature of the JWT the core built, or why
  // there is none (the core then fails the call as authentication).
  void sign() {
    if (signer_ == nullptr || !*signer_) {
      call_.on_sign_error("this client has no JWT signer: give it JwtCredentials with the app's private_key or a signer");
      return;
    }
    try {
      call_.on_signature((*signer_)(call_.sign_input()));
    } catch (const std::exception& e) {
      call_.on_sign_error(e.what());
    } catch (...) {
      call_.on_sign_error("the signer failed");
    }
  }

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

  // Every event of a batch, from one record, as lazy views. In pull mode
  // the batch is only kept; the call is not stepped until resume().
  void deliver() {
    if (pull_) {
      if (current_ == kEvent && !pulled_) pulled_ = call_.take_events(false);
      return;
    }
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
  const Signer* signer_;
  bool pull_;
  std::optional<std::string> pulled_;  // pull mode: the batch of the EVENT returned
  int current_ = kWait;
  bool in_flight_ = false;  // a request was sent and not yet dropped
  bool listening_ = false;  // the core still reads its response
  bool cancel_fed_ = false;
  std::exception_ptr user_error_;
  std::optional<Error> local_error_;
};

CallOptions call_options(const RequestOptions& options, HttpDriver& driver) {
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
  co.wall_ms = driver.wall_ms();  // for ids and HTTP-date Retry-After
  return co;
}

}  // namespace

struct ClientBase::Impl {
  Impl(ClientConfig cfg, std::shared_ptr<HttpDriver> drv, Hooks h)
      : config(std::move(cfg)), core(config), hooks(std::move(h)), driver(std::move(drv)) {}
  ClientConfig config;
  Client core;
  Hooks hooks;
  std::shared_ptr<HttpDriver> driver;
  Signer signer;  // a JWT app's (Auth), for the SIGN actions of its token refreshes

  // Runs the call to its end; throws CozeError on failure. `finish` reads
  // the answer off the call after DONE. `sign_with` signs this call's JWTs
  // instead of the client's signer.
  template <typename Finish>
  auto run(const std::string& op, const std::string& params_json, const EventFn& on_event,
           const RequestOptions& options, Finish finish, const Signer* sign_with = nullptr) {
    Call call(core, op, params_json, call_options(options, *driver));

    std::unique_ptr<HttpSession> session = driver->open();
    if (!session) throw_error(local_error("internal", "the HTTP driver opened no session"));
    int end;
    std::optional<Error> failed;
    {
      Runner runner(call, *driver, *session, *options.cancel.state(), hooks.empty() ? nullptr : &hooks, on_event,
                    sign_with != nullptr ? sign_with : &signer);
      end = runner.run();
      failed = runner.failure();
    }
    if (failed) throw_error(*failed);
    if (end == kFail) throw_error(call.error());
    return finish(call);
  }
};

namespace {
// The C++ runtime that built this library, e.g. "C++17 (gcc 12.2.0)".
std::string cxx_version() {
  std::string standard = __cplusplus >= 202002L ? "C++20" : __cplusplus >= 201703L ? "C++17" : "C++14";
#if defined(__clang__)
  return standard + " (clang " + __clang_version__ + ")";
#elif defined(__GNUC__)
  return standard + " (gcc " + __VERSION__ + ")";
#elif defined(_MSC_VER)
  return standard + " (msvc " + std::to_string(_MSC_VER) + ")";
#else
  return standard;
#endif
}

// The operating system, named and versioned as the kernel reports it.
void os_identity(std::string& name, std::string& version) {
#if defined(__EMSCRIPTEN__)
  name = "emscripten";
#elif defined(_WIN32)
  name = "windows";
#elif defined(__APPLE__)
  name = "darwin";
#elif defined(__linux__)
  name = "linux";
#endif
#if __has_include(<sys/utsname.h>) && !defined(__EMSCRIPTEN__)
  struct utsname u;
  if (uname(&u) == 0) {
    if (name.empty()) {
      name = u.sysname;
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    version = u.release;
  }
#else
  (void)version;
#endif
}

// The core's check of a token source, when the client is made rather than
// at its first call: ClientConfig::apply_json reads `auth` as read_auth
// does and says what is wrong, naming the key; that is thrown here as
// InvalidArgumentError.
void check_auth(ClientConfig& config) {
  if (config.auth.empty()) return;
  nlohmann::json auth = nlohmann::json::parse(config.auth, nullptr, false);
  nlohmann::json wrapped = {{"auth", auth.is_discarded() ? nlohmann::json(config.auth) : auth}};
  std::string why = config.apply_json(wrapped.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  if (!why.empty()) throw_error(local_error("invalid_argument", why));
}

ClientConfig seeded(ClientConfig config, HttpDriver& driver, const Hooks& hooks) {
  check_auth(config);
  if (config.seed == 0) config.seed = driver.seed();
  config.hooks = !hooks.empty();
  // Who is calling (X-Coze-Client-User-Agent): this C++ runtime and OS,
  // unless the caller named itself.
  if (config.lang.empty()) config.lang = "c++";
  if (config.lang == "c++" && config.lang_version.empty()) config.lang_version = cxx_version();
  if (config.os_name.empty() && config.os_version.empty()) os_identity(config.os_name, config.os_version);
  return config;
}
}  // namespace

ClientBase::ClientBase(ClientConfig config, std::shared_ptr<HttpDriver> driver, Hooks hooks) {
  if (!driver) throw_error(local_error("invalid_argument", "no HTTP driver"));
  ClientConfig ready = seeded(std::move(config), *driver, hooks);
  impl_ = std::make_unique<Impl>(std::move(ready), std::move(driver), std::move(hooks));
}

ClientBase::ClientBase(ClientConfig config, Auth auth, std::shared_ptr<HttpDriver> driver, Hooks hooks) {
  if (!driver) throw_error(local_error("invalid_argument", "no HTTP driver"));
  Signer signer = std::move(auth.signer_);
  if (auth.type_ == "jwt" && !signer) {
    if (auth.private_key_.empty()) {
      throw_error(local_error("invalid_argument", "JwtCredentials needs the app's private_key (PEM) or a signer"));
    }
    signer = driver->rs256_signer(auth.private_key_);  // throws InvalidArgumentError for a bad key
    if (!signer) throw_error(local_error("invalid_argument", "the HTTP driver gave no JWT signer"));
  }
  if (!auth.type_.empty()) config.auth = auth.config_json_;
  ClientConfig ready = seeded(std::move(config), *driver, hooks);
  impl_ = std::make_unique<Impl>(std::move(ready), std::move(driver), std::move(hooks));
  impl_->signer = std::move(signer);
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

// ---------------------------------------------------------------------------
// Pulled calls (pages) and chat.create_and_poll.

// One pulled call: the Runner in pull mode over its own Call and session.
// Members go in reverse order: the runner (which aborts the request in
// flight) first, then the session, then the call.
struct EventCursor::State {
  std::unique_ptr<Call> call;
  std::unique_ptr<HttpSession> session;
  CancelToken cancel;  // keeps the token's state alive while the runner is registered with it
  EventFn no_events;   // the runner's on_event: unused in pull mode
  std::unique_ptr<Runner> runner;
  bool started = false;
  RecordPtr batch;
  size_t count = 0;  // events in batch
  size_t index = 0;  // the next one to hand out

  // Drops the runner, the session and the call (in that order).
  void release() {
    runner.reset();
    session.reset();
    call.reset();
  }
};

EventCursor::EventCursor() = default;
EventCursor::EventCursor(std::unique_ptr<State> state) : state_(std::move(state)) {}
EventCursor::EventCursor(EventCursor&&) noexcept = default;
EventCursor& EventCursor::operator=(EventCursor&&) noexcept = default;
EventCursor::~EventCursor() = default;

std::optional<EventView> EventCursor::next() {
  State* s = state_.get();
  if (s == nullptr) return std::nullopt;
  for (;;) {
    if (s->batch && s->index < s->count) {
      AnyView events(s->batch, 0);
      return EventView(s->batch, events[s->index++].cell());
    }
    s->batch.reset();
    if (!s->runner) return std::nullopt;  // done or failed before
    int end = s->started ? s->runner->resume() : s->runner->run();
    s->started = true;
    if (end == kEvent) {
      s->batch = Record::from_bytes(s->runner->take_pulled());
      s->count = AnyView(s->batch, 0).size();
      s->index = 0;
      continue;
    }
    std::optional<Error> local = s->runner->failure();
    if (local) {
      s->release();
      throw_error(*local);
    }
    if (end == kFail) {
      Error e = s->call->error();
      s->release();
      throw_error(std::move(e));
    }
    result_ = AnyView(Record::from_bytes(s->call->result_record(false)), 0);
    s->release();
    return std::nullopt;
  }
}

EventCursor ClientBase::pull(const std::string& op, const std::string& params_json, const RequestOptions& options) {
  const api::OpSpec* spec = api::find_op(op);
  if (spec != nullptr && spec->response == static_cast<uint8_t>(api::ResponseKind::Sse)) {
    throw_error(local_error("invalid_argument", op + " is a stream: read it with stream(), not pull()"));
  }
  auto s = std::make_unique<EventCursor::State>();
  s->call = std::make_unique<Call>(impl_->core, op, params_json, call_options(options, *impl_->driver));
  s->session = impl_->driver->open();
  if (!s->session) throw_error(local_error("internal", "the HTTP driver opened no session"));
  s->cancel = options.cancel;
  s->runner = std::make_unique<Runner>(*s->call, *impl_->driver, *s->session, *s->cancel.state(),
                                       impl_->hooks.empty() ? nullptr : &impl_->hooks, s->no_events,
                                       &impl_->signer, /*pull=*/true);
  return EventCursor(std::move(s));
}

ChatPoll ClientBase::create_and_poll(const std::string& params_json, const PollOptions& poll,
                                     const RequestOptions& options) {
  nlohmann::json params = nlohmann::json::parse(params_json, nullptr, false);
  if (!params.is_object()) {
    throw_error(local_error("invalid_argument", "chat.create_and_poll: params must be a JSON object"));
  }
  params["poll_interval_ms"] = poll.interval_ms;
  RequestOptions o = options;
  if (poll.timeout_ms >= 0) o.timeout_ms = poll.timeout_ms;
  ChatPoll out;
  EventFn on_event = [&out](const EventView& ev) {
    if (ev.type() == "chat") out.chat = model::Chat(ev.payload());
  };
  std::string text = params.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return impl_->run("chat.create_and_poll", text, on_event, o, [&out](Call& call) {
    AnyView messages(Record::from_bytes(call.result_record(false)), 0);
    out.messages = detail::read_or_empty<std::vector<model::Message>>(messages);
    return std::move(out);
  });
}

// ---------------------------------------------------------------------------
// Auth: token sources, the OAuth flows (operations of the core) and helpers.

namespace {

using njson = nlohmann::json;

std::string dump_json(const njson& j) { return j.dump(-1, ' ', false, njson::error_handler_t::replace); }

njson parse_object(const std::string& text) {
  njson j = njson::parse(text, nullptr, false);
  return j.is_object() ? j : njson::object();
}

std::string string_of(const njson& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A token answer (oauth.* flows) read as its model.
model::OAuthToken token_of(Call& call) {
  return model::OAuthToken(AnyView(Record::from_bytes(call.result_record(false)), 0));
}

// The optional fields of a JWT app, as the core names them; what is unset
// is left to the core's defaults.
void put_jwt_options(njson& j, const JwtCredentials& app) {
  if (app.ttl_seconds) j["ttl_seconds"] = *app.ttl_seconds;
  if (!app.session_name.empty()) j["session_name"] = app.session_name;
  if (!app.account_id.empty()) j["account_id"] = app.account_id;
  if (!app.enterprise_id.empty()) j["enterprise_id"] = app.enterprise_id;
  if (!app.scope.is_null()) {
    njson scope = njson::parse(app.scope.dump(), nullptr, false);
    if (!scope.is_discarded()) j["scope"] = std::move(scope);
  }
}

}  // namespace

// ClientConfig.auth as the core reads it (its keys only); the core checks
// it when the client is made (check_auth).
Auth::Auth(OAuthCredentials c) : type_("oauth") {
  njson j = {{"type", "oauth"},
             {"client_id", c.client_id},
             {"access_token", c.access_token},
             {"refresh_token", c.refresh_token}};
  if (c.expires_in) j["expires_in"] = *c.expires_in;
  if (!c.client_secret.empty()) j["client_secret"] = c.client_secret;
  if (c.refresh_margin_s) j["refresh_margin_s"] = *c.refresh_margin_s;
  config_json_ = dump_json(j);
}

Auth::Auth(JwtCredentials c) : type_("jwt"), private_key_(std::move(c.private_key)), signer_(std::move(c.signer)) {
  njson j = {{"type", "jwt"}, {"client_id", c.client_id}, {"public_key_id", c.public_key_id}};
  put_jwt_options(j, c);
  if (c.refresh_margin_s) j["refresh_margin_s"] = *c.refresh_margin_s;
  config_json_ = dump_json(j);
}

Signer HttpDriver::rs256_signer(const std::string&) {
  throw_error(local_error("invalid_argument",
                          "this HTTP driver cannot read private keys: give JwtCredentials a signer "
                          "(coze::curl::rs256_signer makes one with OpenSSL)"));
}

TokenInfo ClientBase::token() const {
  TokenInfo t;
  njson j = parse_object(impl_->core.token_json());
  if (j.empty()) {
    t.access_token = impl_->config.token;
    return t;
  }
  t.access_token = string_of(j, "access_token");
  t.refresh_token = string_of(j, "refresh_token");
  if (j.contains("expires_in") && j["expires_in"].is_number_integer()) t.expires_in = j["expires_in"].get<int64_t>();
  if (j.contains("refreshes") && j["refreshes"].is_number_integer()) t.refreshes = j["refreshes"].get<int64_t>();
  return t;
}

std::string ClientBase::token_json() const { return impl_->core.token_json(); }

model::OAuthToken ClientBase::exchange_code(const ExchangeCodeParams& params, const RequestOptions& options) {
  njson j = {{"client_id", params.client_id}, {"code", params.code}, {"redirect_uri", params.redirect_uri}};
  if (!params.code_verifier.empty()) j["code_verifier"] = params.code_verifier;
  if (!params.client_secret.empty()) j["client_secret"] = params.client_secret;
  return impl_->run("oauth.exchange_code", dump_json(j), nullptr, options, token_of);
}

model::OAuthToken ClientBase::refresh(const RefreshParams& params, const RequestOptions& options) {
  njson j = {{"client_id", params.client_id}, {"refresh_token", params.refresh_token}};
  if (!params.client_secret.empty()) j["client_secret"] = params.client_secret;
  return impl_->run("oauth.refresh", dump_json(j), nullptr, options, token_of);
}

model::OAuthToken ClientBase::device_flow(const std::string& client_id,
                                          const std::function<void(const model::DeviceCode&)>& on_code,
                                          const RequestOptions& options) {
  njson j = {{"client_id", client_id}};
  EventFn on_event = [&on_code](const EventView& ev) {
    if (ev.type() == "device_code" && on_code) on_code(model::DeviceCode(ev.payload()));
  };
  return impl_->run("oauth.device_flow", dump_json(j), on_event, options, token_of);
}

model::OAuthToken ClientBase::jwt_token(const JwtCredentials& app, const RequestOptions& options) {
  Signer signer = app.signer;
  if (!signer) {
    if (app.private_key.empty()) {
      throw_error(local_error("invalid_argument", "jwt_token needs the app's private_key (PEM) or a signer"));
    }
    signer = impl_->driver->rs256_signer(app.private_key);
  }
  njson j = {{"client_id", app.client_id}, {"public_key_id", app.public_key_id}};
  put_jwt_options(j, app);
  return impl_->run("oauth.jwt_token", dump_json(j), nullptr, options, token_of, &signer);
}

PkcePair pkce_pair(const std::string& random_bytes) {
  if (random_bytes.size() < 32) {
    throw_error(local_error("invalid_argument", "pkce_pair needs at least 32 random bytes from a CSPRNG"));
  }
  PkcePair p;
  p.verifier = pkce_verifier(random_bytes);
  p.challenge = pkce_challenge(p.verifier);
  if (p.verifier.empty() || p.challenge.empty()) throw_error(local_error("internal", "no PKCE pair was made"));
  return p;
}

std::string random_state(const std::string& random_bytes) {
  if (random_bytes.size() < 16) {
    throw_error(local_error("invalid_argument", "random_state needs at least 16 random bytes from a CSPRNG"));
  }
  return auth::base64url(random_bytes);
}

std::string authorize_url(const AuthorizeParams& params) {
  njson j = {{"client_id", params.client_id},       {"redirect_uri", params.redirect_uri},
             {"state", params.state},               {"base_url", params.base_url},
             {"www_base", params.www_base},         {"workspace_id", params.workspace_id}};
  if (!params.code_challenge.empty()) {
    j["code_challenge"] = params.code_challenge;
    j["code_challenge_method"] = "S256";
  }
  njson answer = parse_object(oauth_authorize_url(dump_json(j)));
  std::string url = string_of(answer, "url");
  if (url.empty()) {
    std::string why = string_of(answer, "error");
    throw_error(local_error("invalid_argument", why.empty() ? "no authorize URL was made" : why));
  }
  return url;
}

OAuthApp load_oauth_app(const std::string& json_text) {
  njson answer = parse_object(oauth_app_config(json_text));
  std::string why = string_of(answer, "error");
  if (!why.empty() || answer.empty()) {
    throw_error(local_error("invalid_argument", why.empty() ? "OAuth app config: not readable" : why));
  }
  OAuthApp app;
  app.client_type = string_of(answer, "client_type");
  app.client_id = string_of(answer, "client_id");
  app.base_url = string_of(answer, "base_url");
  app.www_base = string_of(answer, "www_base");
  app.public_key_id = string_of(answer, "public_key_id");
  app.private_key = string_of(answer, "private_key");
  app.client_secret = string_of(answer, "client_secret");
  return app;
}

JwtCredentials OAuthApp::jwt(std::optional<int64_t> ttl_seconds, const std::string& session_name) const {
  JwtCredentials c;
  c.client_id = client_id;
  c.public_key_id = public_key_id;
  c.private_key = private_key;
  c.ttl_seconds = ttl_seconds;
  c.session_name = session_name;
  return c;
}

ClientConfig OAuthApp::config() const {
  ClientConfig c;
  c.base_url = base_url;
  return c;
}

std::string OAuthApp::authorize_url(const std::string& redirect_uri, const std::string& state,
                                    const std::string& code_challenge) const {
  AuthorizeParams p;
  p.client_id = client_id;
  p.redirect_uri = redirect_uri;
  p.state = state;
  p.code_challenge = code_challenge;
  p.base_url = base_url;
  p.www_base = www_base;
  return coze::authorize_url(p);
}

Error OAuthApp::oauth_app_error(const std::string& client_type) {
  return local_error("invalid_argument", "a " + client_type +
                                             " app has no token of its own: get a user's token with exchange_code "
                                             "or device_flow, then make the client with OAuthCredentials");
}

}  // namespace coze
