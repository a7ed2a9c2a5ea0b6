// The typed C++ client: every operation of the API as a method, every answer
// as a lazy typed view, over any HTTP client.
//
//   coze::ClientConfig config;
//   config.token = "pat_...";
//   coze::CozeClient client(config);            // libcurl (link cozecore::curl)
//
//   coze::ChatRequest req;                      // = coze::params::ChatStream
//   req.bot_id = "73...";
//   req.user_id = "u1";
//   req.additional_messages = {coze::user_message("Hello")};
//   client.chat().stream(req, [](const coze::ChatEvent& ev) {
//     if (auto m = ev.message(); m && ev.is(coze::ChatEventKind::conversation_message_delta))
//       std::cout << m->content().value_or("") << std::flush;
//   });
//
// The resources, params structs, model views and event views are generated
// from core/api/coze.openapi.yaml (coze/generated/*.h); this header holds the
// hand-written runtime: options, cancellation, hooks, the driver interface
// and the call loop (CozeClient runs the core's sans-IO Call; see DESIGN.md).
//
// HTTP goes through an HttpDriver. cozecore::curl provides the default one
// (libcurl); any other HTTP client can implement the interface below and be
// passed to the constructor, and then nothing here needs libcurl.
//
// Every failure is thrown as a coze::CozeError holding a coze::Error. A
// CozeClient may be used from several threads at once; each call blocks the
// thread that makes it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "coze/coze.h"
#include "coze/record_view.h"

namespace coze {

// Cancels the calls it is passed to, from any thread. Copies share one
// state; once cancelled it stays cancelled (later calls fail at once).
class CancelToken {
 public:
  CancelToken();
  void cancel();
  bool cancelled() const;

  struct State;
  const std::shared_ptr<State>& state() const { return state_; }

 private:
  std::shared_ptr<State> state_;
};

// Per-call options.
struct RequestOptions {
  int64_t timeout_ms = -1;            // whole call (attempts and sleeps); -1: the client's
  int max_retries = -1;               // -1: the client's
  bool idempotency = true;            // send an idempotency key (when the client names a header)
  std::string idempotency_key;        // "" generates a ULID per call
  std::string traceparent;            // W3C trace context to pass through; "" none
  std::string tracestate;             // sent with traceparent
  std::vector<Header> extra_headers;  // request headers the description lacks
  std::vector<Header> extra_query;    // query parameters the description lacks, sent as given
  Json extra_body;                    // a JSON object whose keys are merged into the JSON body
  CancelToken cancel;                 // keep a copy to cancel the call from elsewhere
};

// Per-client observers. Each is optional and runs on the calling thread as
// the call goes; an exception thrown by a hook is dropped (hooks observe,
// they do not steer). Headers in the events are redacted; bodies only with
// ClientConfig.hook_bodies.
struct Hooks {
  std::function<void(const HookEvent&)> on_request_sent;
  std::function<void(const HookEvent&)> on_response_head;
  std::function<void(const HookEvent&)> on_retry_scheduled;
  std::function<void(const HookEvent&)> on_call_finished;

  bool empty() const { return !on_request_sent && !on_response_head && !on_retry_scheduled && !on_call_finished; }
  void dispatch(const HookEvent& event) const;  // to the hook of event.kind, if any
};

// A file to upload (a multipart file parameter).
struct FileParam {
  std::string data{};          // the bytes
  std::string filename{};      // "" for the server's default
  std::string content_type{};  // "" for application/octet-stream

  // {"filename", "content_type", "data_base64"}: how the core takes a file part.
  Json to_json() const;
};

// The answer of a binary operation (audio.speech.create, ...).
struct Binary {
  std::string data;          // the bytes received
  std::string content_type;  // the answer's Content-Type
};

// Standard base64 (RFC 4648 section 4, padding optional), e.g. the content of
// a conversation.audio.delta event. Throws CozeError (decode) on bad input.
std::string base64_decode(std::string_view text);

// ---------------------------------------------------------------------------
// The driver interface: what an HTTP client implements to carry a
// CozeClient's requests. The client runs the core's loop and decides every
// attempt, retry, sleep and timeout; a driver only moves bytes. It must not
// follow redirects, resend or decompress on its own.

// Where a driver reports what happens to the request in flight. Implemented
// by the client; called only from inside HttpSession::send / poll.
class ResponseSink {
 public:
  // The status and headers, once complete (after any 1xx head). Returns
  // whether the client still wants this response; false: abort it and report
  // nothing more about it.
  virtual bool on_response(int status, const std::vector<Header>& headers) = 0;
  // One chunk of the body, as it arrives. Returns as on_response.
  virtual bool on_body(const char* data, size_t size) = 0;
  // The body ended cleanly.
  virtual void on_end() = 0;
  // The exchange failed: kind is "connect", "timeout", "reset", "tls" or "aborted".
  virtual void on_transport_error(const std::string& kind, const std::string& message) = 0;

 protected:
  ~ResponseSink() = default;
};

// One call's use of a driver: at most one request in flight at a time, used
// by the calling thread only (except wake()).
class HttpSession {
 public:
  virtual ~HttpSession() = default;
  // Starts `request` (method, absolute URL, headers in order, body; connect
  // timeout when request.connect_timeout_ms > 0), replacing nothing: the
  // client aborts a previous request first. Returns "" or why it could not
  // start (the call then fails as internal).
  virtual std::string send(const HttpRequest& request, ResponseSink& sink) = 0;
  // Moves the request in flight along for up to `timeout_ms`, reporting to
  // its sink as things happen; returns once something was reported, when
  // wake() is called, or at the timeout. With nothing in flight it only
  // waits (this is how the client sleeps between retries).
  virtual void poll(int64_t timeout_ms) = 0;
  // Drops the request in flight, if any; its sink hears nothing more.
  virtual void abort() = 0;
  // Thread-safe: makes a poll() in progress, or the next one, return at once.
  virtual void wake() = 0;
};

// An HTTP client, plus the host services the core takes from its host.
class HttpDriver {
 public:
  virtual ~HttpDriver() = default;
  // A session for one call.
  virtual std::unique_ptr<HttpSession> open() = 0;
  virtual int64_t now_ms() = 0;   // a monotonic clock
  virtual int64_t wall_ms() = 0;  // unix time in ms (HTTP-date Retry-After, ids)
  virtual uint64_t seed() = 0;    // entropy for a client's ids and jitter, never 0
};

// The libcurl driver (defined in cozecore::curl): connection reuse across
// calls, one multi handle per call in flight.
std::shared_ptr<HttpDriver> curl_driver();

// ---------------------------------------------------------------------------

// What every generated resource calls: runs operations by name over the
// client's driver. CozeClient adds the typed resources.
class ClientBase {
 public:
  // A config with seed 0 gets a seed from the driver.
  ClientBase(ClientConfig config, std::shared_ptr<HttpDriver> driver, Hooks hooks = Hooks());
  virtual ~ClientBase();
  ClientBase(const ClientBase&) = delete;
  ClientBase& operator=(const ClientBase&) = delete;

  const ClientConfig& config() const;

  // Any operation of supported_operations(), params as a JSON object.
  // call: a JSON operation's result (a null view for operations without
  // payload). stream: each event to on_event as it arrives. call_binary: a
  // binary operation's bytes. run: the result as canonical JSON ("" for
  // streams), events to on_event. All throw CozeError.
  AnyView call(const std::string& op, const std::string& params_json, const RequestOptions& options = RequestOptions());
  void stream(const std::string& op, const std::string& params_json,
              const std::function<void(const EventView&)>& on_event, const RequestOptions& options = RequestOptions());
  Binary call_binary(const std::string& op, const std::string& params_json,
                     const RequestOptions& options = RequestOptions());
  std::string run(const std::string& op, const std::string& params_json,
                  const std::function<void(const EventView&)>& on_event = nullptr,
                  const RequestOptions& options = RequestOptions());

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace coze

#include "coze/generated/resources.h"

namespace coze {

// The client: ClientBase's generic calls plus one accessor per resource
// (chat(), conversations(), workflows(), ...).
class CozeClient : public ClientBase, public ApiRoot {
 public:
  // Over libcurl (link cozecore::curl).
  explicit CozeClient(ClientConfig config, Hooks hooks = Hooks())
      : CozeClient(std::move(config), curl_driver(), std::move(hooks)) {}
  explicit CozeClient(const std::string& token, const std::string& base_url = "https://api.coze.com")
      : CozeClient(config_of(token, base_url)) {}
  // Over any HTTP client.
  CozeClient(ClientConfig config, std::shared_ptr<HttpDriver> driver, Hooks hooks = Hooks())
      : ClientBase(std::move(config), std::move(driver), std::move(hooks)), ApiRoot(static_cast<ClientBase&>(*this)) {}

 private:
  static ClientConfig config_of(const std::string& token, const std::string& base_url) {
    ClientConfig config;
    config.token = token;
    config.base_url = base_url;
    return config;
  }
};

// A user / assistant message to send (`additional_messages` item).
input::EnterMessage user_message(std::string content);
input::EnterMessage assistant_message(std::string content);

// The README's names for chat.stream's parameters and its events.
using ChatRequest = params::ChatStream;

}  // namespace coze
