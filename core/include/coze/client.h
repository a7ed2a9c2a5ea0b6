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
//   for (const coze::model::Message& m : client.conversations().messages().list_pages(p)) ...  // every page
//   coze::ChatPoll done = client.chat().create_and_poll(create_req);  // create, poll, messages
//   client.chat().run_tools(create_req, {weather_tool}, on_event);      // local tools the bot calls
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
#include <istream>
#include <iterator>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "coze/coze.h"
#include "coze/generated/models.h"
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

// A pager's options (the generated `<method>_pages`): those of every call but
// the idempotency key, since the core gives each page request a key of its own.
struct PageOptions {
  int64_t timeout_ms = -1;            // a call: the whole call (attempts and sleeps); a pager: each
                                      // page's request, not the whole iteration; -1: the client's
  int max_retries = -1;               // -1: the client's
  bool idempotency = true;            // send an idempotency key (when the client names a header)
  std::string traceparent;            // W3C trace context to pass through; "" none
  std::string tracestate;             // sent with traceparent
  std::vector<Header> extra_headers;  // request headers the description lacks
  std::vector<Header> extra_query;    // query parameters the description lacks, sent as given
  Json extra_body;                    // a JSON object whose keys are merged into the JSON body
  CancelToken cancel;                 // keep a copy to cancel the call from elsewhere
};

// Per-call options.
struct RequestOptions : PageOptions {
  std::string idempotency_key;  // "" generates a ULID per call
  // Uploads: called as the request body goes out, with the bytes handed to
  // the driver so far and the body's total size (-1 when a stream's size is
  // unknown), on the calling thread. Starts again from 0 on a retry. An
  // exception it throws stops the call and is rethrown.
  std::function<void(int64_t sent, int64_t total)> on_upload_progress;
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
  // The client's health changed: an error-rate spike, the circuit breaker
  // opening, half-opening or closing (event.reason, .state, .error_rate).
  std::function<void(const HookEvent&)> on_health_changed;
  // A measurement under OpenTelemetry's names (README "Metrics"): request
  // durations, retries, stream events, the breaker's state. Setting it turns
  // on ClientConfig.metrics.
  std::function<void(const HookEvent&)> on_metric;
  // A local tool of run_tools was handed its call (event.tool,
  // .tool_call_id; .body the arguments with ClientConfig.hook_bodies), and
  // its call was answered (.outcome ok, error, timeout, unknown_tool,
  // invalid_arguments; .duration_ms; .message why it failed).
  std::function<void(const HookEvent&)> on_tool_called;
  std::function<void(const HookEvent&)> on_tool_finished;

  bool empty() const {
    return !on_request_sent && !on_response_head && !on_retry_scheduled && !on_call_finished && !on_health_changed &&
           !on_metric && !on_tool_called && !on_tool_finished;
  }
  void dispatch(const HookEvent& event) const;  // to the hook of event.kind, if any
};

// A file to upload (a multipart file parameter): bytes in memory, a file
// named by its path, or a std::istream. A path or a stream is never read
// whole into memory: the client streams it while the request goes out, and
// reads it again from its start for every attempt (a retry reopens the
// path, rewinds the stream). A stream that cannot be rewound (tellg() is -1:
// a pipe, a socket) can be sent once; a retry of it fails the call with
// InvalidArgumentError, as does a path that cannot be opened or a source
// shorter than its size.
//
//   params.file = coze::FileParam::from_path("report.pdf");
//   params.file = coze::FileParam::from_bytes(bytes, "a.txt", "text/plain");
//   params.file = coze::FileParam::from_stream(in, size, "a.bin");  // `in` outlives the call
struct FileParam {
  std::string data{};          // the bytes (when neither path nor stream is set)
  std::string filename{};      // "" : the path's last part for a path, else the server's default
  std::string content_type{};  // "" for application/octet-stream
  std::string path{};          // a file to stream from, opened on every attempt
  std::shared_ptr<std::istream> stream{};  // a stream to read from (from_stream)
  int64_t size = -1;           // stream: bytes to send; -1: to its end (Content-Length when it
                               // can seek, else a chunked body). Ignored for data and path.

  static FileParam from_bytes(std::string data, std::string filename = "", std::string content_type = "");
  static FileParam from_path(std::string path, std::string filename = "", std::string content_type = "");
  // Borrows `in`: it must outlive the call. Reading starts where `in` stands.
  static FileParam from_stream(std::istream& in, int64_t size = -1, std::string filename = "",
                               std::string content_type = "");
  static FileParam from_stream(std::shared_ptr<std::istream> in, int64_t size = -1, std::string filename = "",
                               std::string content_type = "");

  // {"filename", "content_type", "data_base64"}: the part inline (data only;
  // throws InvalidArgumentError for a path or a stream).
  Json to_json() const;
  // {"filename", "content_type", "source": source_id, "size"}: the part as a
  // source the client streams (what the generated methods send). Throws
  // InvalidArgumentError when a path cannot be read.
  Json to_json(const std::string& source_id) const;
};

// The file parameters of one call, by source id (what FileParam::to_json(id) named them).
using Uploads = std::vector<std::pair<std::string, const FileParam*>>;

// The answer of a binary operation (audio.speech.create, ...).
struct Binary {
  std::string data;          // the bytes received
  std::string content_type;  // the answer's Content-Type
};

// Where a binary answer's bytes go, chunk by chunk as they arrive (nothing
// holds the whole answer): a callback, a std::ostream (which must outlive
// the call), or a file (ByteSink::file: created or truncated at the first
// byte; removed again when the call fails).
class ByteSink {
 public:
  // Any callable taking std::string_view: one chunk at a time.
  template <typename F, typename = std::enable_if_t<std::is_invocable_v<F&, std::string_view>>>
  ByteSink(F on_bytes)  // NOLINT: implicit on purpose
      : ByteSink(std::function<void(std::string_view)>(std::move(on_bytes)), nullptr) {}
  ByteSink(std::ostream& out);  // NOLINT: implicit on purpose
  static ByteSink file(std::string path);

  struct State;
  const std::shared_ptr<State>& state() const { return state_; }

 private:
  ByteSink() = default;
  ByteSink(std::function<void(std::string_view)> on_bytes, std::nullptr_t);
  std::shared_ptr<State> state_;
};

// What a binary operation wrote to a ByteSink.
struct Download {
  std::string content_type;  // the answer's Content-Type
  int64_t size = 0;          // bytes written
};

// Standard base64 (RFC 4648 section 4, padding optional), e.g. the content of
// a conversation.audio.delta event. Throws CozeError (decode) on bad input.
std::string base64_decode(std::string_view text);

// ---------------------------------------------------------------------------
// Auth: where a client's token comes from (see also the OAuth flows on
// ClientBase and the helpers after CozeClient). The core builds every token
// request and refreshes tokens itself; the host only signs JWTs and draws
// random bytes (coze::curl::rs256_signer, coze::curl::random_bytes).

// Signs a service app's JWT: the RS256 signature (RSASSA-PKCS1-v1_5 over
// SHA-256) of `input` with the app's private key, as raw bytes. Throws any
// std::exception when it cannot; the call then fails as authentication with
// that text. The key lives only inside the signer.
using Signer = std::function<std::string(const std::string& input)>;

// A user's OAuth token (from exchange_code, refresh or device_flow), which
// the client refreshes itself a margin before it expires, one refresh at a
// time however many calls wait, and once after a 401. The core checks these
// when the client is made (a bad value throws InvalidArgumentError naming
// it) and gives what is unset its default (ClientConfig.auth, coze/exec.h).
struct OAuthCredentials {
  std::string client_id;
  std::string access_token;
  std::string refresh_token;
  std::optional<int64_t> expires_in;        // unix seconds when access_token expires (the token answer's
                                            // expires_in); unset: unknown (refreshed after a 401 only)
  std::string client_secret;                // web apps only: the bearer of refresh requests
  std::optional<int64_t> refresh_margin_s;  // refresh this long before expires_in
};

// A service (JWT) app: the client gets and renews its tokens itself, each
// with a JWT the host signs. Give `private_key` (PEM: PKCS#8 "BEGIN PRIVATE
// KEY" or PKCS#1 "BEGIN RSA PRIVATE KEY", unencrypted), which the client's
// driver turns into a signer when the client is made (the libcurl driver
// with OpenSSL; a bad key throws InvalidArgumentError then), or a `signer`
// of your own. As for OAuthCredentials, the core checks the other fields
// when the client is made and gives what is unset its default.
struct JwtCredentials {
  std::string client_id;
  std::string public_key_id;                // the key's id in the app (the JWT's kid)
  std::string private_key;                  // PEM; kept only until the signer is made
  Signer signer;                            // used instead of private_key when set
  std::optional<int64_t> ttl_seconds;       // lifetime in seconds of each access token asked for
  std::string session_name;                 // optional: isolates a user's data inside the app
  std::string account_id;                   // optional: a token for this account (account token endpoint)
  std::string enterprise_id;                // optional: a token for this enterprise
  Json scope;                               // optional: the token's scope, as the API describes it
  std::optional<int64_t> refresh_margin_s;  // refresh this long before the token expires
};

// A client's token source: the config's fixed token (default), an OAuth
// token, or a JWT app. Converts from OAuthCredentials and JwtCredentials.
class Auth {
 public:
  Auth() = default;
  Auth(OAuthCredentials oauth);  // NOLINT: implicit on purpose
  Auth(JwtCredentials jwt);      // NOLINT: implicit on purpose

  // "" (fixed token), "oauth" or "jwt".
  const std::string& type() const { return type_; }

 private:
  friend class ClientBase;
  std::string type_;
  std::string config_json_;  // ClientConfig.auth
  std::string private_key_;
  Signer signer_;
};

// The token a client holds now. A refresh token rotates on every refresh:
// store it to start the next run from it.
struct TokenInfo {
  std::string access_token;
  std::string refresh_token;  // "" when none (fixed tokens, JWT apps)
  int64_t expires_in = -1;    // unix seconds; -1 unknown
  int64_t refreshes = 0;      // refreshes this client made
};

// oauth.exchange_code: the code an authorize redirect brought back.
struct ExchangeCodeParams {
  std::string client_id;
  std::string code;
  std::string redirect_uri;   // the one given to authorize_url
  std::string code_verifier;  // PKCE apps: PkcePair::verifier
  std::string client_secret;  // web apps
};

// oauth.refresh: a new access token (and refresh token) from a refresh token.
struct RefreshParams {
  std::string client_id;
  std::string refresh_token;
  std::string client_secret;  // web apps
};

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

// The body of an upload request, which the client reads from the caller's
// files and streams as the driver pulls it (HttpSession::send_streamed).
class RequestBody {
 public:
  // The body's length in bytes (Content-Length), or -1 when it is unknown
  // (send it chunked).
  virtual int64_t size() const = 0;
  // Copies the next bytes of the body into `buffer` (at most `capacity`):
  // returns how many, 0 at the end, or -1 when the body cannot be read
  // (the caller's file or stream failed, the progress callback threw):
  // then abort the request and report on_transport_error("aborted", ...);
  // the client knows why. Called on the thread that runs send_streamed /
  // poll, never after abort().
  virtual int64_t read(char* buffer, size_t capacity) = 0;

 protected:
  ~RequestBody() = default;
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
  // Starts a request whose body is streamed (an upload: request.sources is
  // not empty): the driver pulls the bytes from `body` while it sends, with
  // Content-Length body.size(), or chunked when that is -1; request.body
  // and request.sources are already part of `body`, which stays valid until
  // the request ends or abort(). The client makes a new RequestBody for
  // every attempt. This default reads the whole body into memory and calls
  // send(): override it to stream (the libcurl driver does).
  virtual std::string send_streamed(const HttpRequest& request, RequestBody& body, ResponseSink& sink);
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
  // A signer for a JWT app's PEM private key (JwtCredentials.private_key).
  // Throws InvalidArgumentError when the key cannot be read; its message
  // never holds the key. This default signs nothing: it throws
  // InvalidArgumentError asking for JwtCredentials.signer.
  virtual Signer rs256_signer(const std::string& private_key_pem);
};

// The libcurl driver (defined in cozecore::curl): connection reuse across
// calls, one multi handle per call in flight.
std::shared_ptr<HttpDriver> curl_driver();

// Host crypto from OpenSSL, beside the libcurl driver (cozecore::curl).
namespace curl {
// An RS256 signer for a PEM RSA private key (PKCS#8 or PKCS#1, unencrypted).
// Throws InvalidArgumentError when the text holds no such key (the message
// never quotes it). The signer is thread-safe.
Signer rs256_signer(const std::string& private_key_pem);
// `n` bytes from OpenSSL's CSPRNG (RAND_bytes); throws InternalError when it fails.
std::string random_bytes(size_t n);
}  // namespace curl

// ---------------------------------------------------------------------------
// Pages and polling: flows of several requests that the core runs as one call.

// The events of one call, pulled one at a time (what a Pager runs on; made
// by ClientBase::pull). next() runs the call until its next event and
// returns it; the call goes on (asks for the next page, say) only at the
// next next(), so one page is in memory at a time. Destroying the cursor
// ends the call where it is: nothing more is sent. A cursor is used by one
// thread at a time and must not outlive its client.
class EventCursor {
 public:
  EventCursor();  // no call: next() gives std::nullopt
  EventCursor(EventCursor&&) noexcept;
  EventCursor& operator=(EventCursor&&) noexcept;
  ~EventCursor();

  // The next event (a view that keeps its batch alive), or std::nullopt once
  // the call is done. Throws CozeError (the kind's class) when the call fails;
  // after that, and after the end, it gives std::nullopt.
  std::optional<EventView> next();
  // After the end: the call's result (a null view before, or without one).
  const AnyView& result() const { return result_; }

  struct State;

 private:
  friend class ClientBase;
  explicit EventCursor(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
  AnyView result_;
};

// A local tool for run_tools (README "Tools"): a name, a JSON Schema for its
// arguments and the function that runs it. The function gets the arguments
// the core validated against the schema (absent properties with a default
// filled in) and returns the output: a string Json is sent as it is, any
// other value as compact JSON text. An exception it throws becomes the output
// {"error": "<what()>"} (or fails the run with ToolsOptions::fail_on_error).
// Each call runs on a thread of its own, so the calls of one round run at
// once; a call that outlives ToolsOptions::tool_timeout_ms is answered as
// timed out and its result dropped when it comes (its thread is left to end).
struct Tool {
  using Function = std::function<Json(const AnyView& arguments)>;
  // Throws InvalidArgumentError when `name` is empty or `parameters_json`
  // is not a schema the validator supports (the message names the keyword
  // and where it is); "" stands for {"type": "object"}.
  Tool(std::string name, std::string parameters_json, Function function, std::string description = "");
  std::string name;
  std::string parameters_json;
  std::string description;
  Function function;
};

// run_tools' own options.
struct ToolsOptions {
  int max_rounds = 8;               // rounds of tool calls before the run stops with ToolError
  int64_t tool_timeout_ms = 60000;  // per round: calls not answered by then are timed out
  bool fail_on_error = false;       // an unknown tool, invalid arguments, an exception or a
                                    // timeout stops the run (ToolError) instead of becoming
                                    // the output {"error": ...}
};

// chat.create_and_poll's options.
struct PollOptions {
  int64_t interval_ms = 1000;  // between two chat.retrieve requests (at least 1)
  int64_t timeout_ms = -1;     // the whole call; -1: RequestOptions::timeout_ms, else the client's
};

// chat.create_and_poll's answer: the chat as it ended (status completed,
// failed, requires_action or canceled) and its messages.
struct ChatPoll {
  model::Chat chat;
  std::vector<model::Message> messages;
};

namespace model {
class OAuthToken;
class DeviceCode;
class ClientHealth;
}  // namespace model

// What every generated resource calls: runs operations by name over the
// client's driver. CozeClient adds the typed resources.
class ClientBase {
 public:
  // A config with seed 0 gets a seed from the driver.
  ClientBase(ClientConfig config, std::shared_ptr<HttpDriver> driver, Hooks hooks = Hooks());
  virtual ~ClientBase();
  ClientBase(const ClientBase&) = delete;
  ClientBase& operator=(const ClientBase&) = delete;

  // With a token source (OAuthCredentials or JwtCredentials): the client
  // gets, caches and refreshes its token itself (config.token serves only as
  // the first access token of OAuthCredentials that have none).
  // Throws InvalidArgumentError for a JWT app whose key cannot be read, and
  // with the core's reason (naming the field) for credentials it refuses.
  // A config whose `auth` is set directly is checked the same way.
  ClientBase(ClientConfig config, Auth auth, std::shared_ptr<HttpDriver> driver, Hooks hooks = Hooks());

  const ClientConfig& config() const;

  // The token the client holds now (for OAuth and JWT auth: the latest one it
  // obtained; a fixed token: config().token). token_json() is the same as
  // {"access_token", "refresh_token", "expires_in", "refreshes"} ({} for a
  // fixed token). Both hold secrets: store them, never log them.
  TokenInfo token() const;
  std::string token_json() const;

  // The client's health now (README "Health"): the circuit breaker's state,
  // the moving error rate, attempts and failures, the retry budget.
  model::ClientHealth health() const;

  // OAuth flows, over this client's base URL, driver, hooks, retries and
  // timeouts (a client made without a token does). Each gives the token
  // answer {access_token, token_type, expires_in (unix seconds),
  // refresh_token}, or throws CozeError. No secret they are given appears in
  // errors or hook events.
  //
  // exchange_code: the authorization_code grant (web and PKCE apps).
  model::OAuthToken exchange_code(const ExchangeCodeParams& params, const RequestOptions& options = RequestOptions());
  // refresh: the refresh_token grant (the answer brings a new refresh token).
  model::OAuthToken refresh(const RefreshParams& params, const RequestOptions& options = RequestOptions());
  // device_flow: asks for a device code, hands it to `on_code` (show the user
  // user_code and verification_uri), then polls at the interval the server
  // gives (5 s more after slow_down) until the user approves. Throws
  // PermissionDeniedError when the user denies, AuthenticationError on
  // expired_token, TimeoutError when expires_in passes, CancelledError when
  // options.cancel is cancelled.
  model::OAuthToken device_flow(const std::string& client_id,
                                const std::function<void(const model::DeviceCode&)>& on_code,
                                const RequestOptions& options = RequestOptions());
  // jwt_token: one token for a service app (its account / enterprise token
  // when app.account_id / app.enterprise_id is set), with a JWT signed by
  // app.signer, or by the driver's signer for app.private_key.
  model::OAuthToken jwt_token(const JwtCredentials& app, const RequestOptions& options = RequestOptions());

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
  // A binary operation's bytes to `sink` as they arrive; returns the content
  // type and the count written. Throws CozeError (an exception the sink threw,
  // or a write the ostream failed, stops the call and is rethrown).
  Download call_binary(const std::string& op, const std::string& params_json, const ByteSink& sink,
                       const RequestOptions& options = RequestOptions());
  // call with file parameters: `files` names each FileParam the params
  // refer to by source id ({"source": id}, FileParam::to_json(id)); their
  // bytes are streamed, read again for every attempt.
  AnyView call(const std::string& op, const std::string& params_json, const RequestOptions& options,
               const Uploads& files);
  std::string run(const std::string& op, const std::string& params_json,
                  const std::function<void(const EventView&)>& on_event = nullptr,
                  const RequestOptions& options = RequestOptions());

  // Any operation but a stream, its events pulled one at a time (see
  // EventCursor): the <list op>.pages flows (one `page` event per page),
  // chat.create_and_poll, oauth.device_flow. No I/O until the first next().
  // Throws InvalidArgumentError for a streaming operation (use stream()).
  EventCursor pull(const std::string& op, const std::string& params_json,
                   const RequestOptions& options = RequestOptions());

  // chat.create_and_poll (also client.chat().create_and_poll): creates the
  // chat (params as chat.create's, a JSON object), polls chat.retrieve every
  // poll.interval_ms until it ends, then lists its messages. When the call's
  // timeout passes first, the core cancels the chat (chat.cancel) and this
  // throws TimeoutError; options.cancel cancels it as any call.
  ChatPoll create_and_poll(const std::string& params_json, const PollOptions& poll = PollOptions(),
                           const RequestOptions& options = RequestOptions());

  // chat.run_tools (also client.chat().run_tools): streams the chat (params
  // as chat.create's, a JSON object) and runs `tools` each time the bot asks
  // for them, until the chat ends; each event of every round to on_event.
  // Throws ToolError at the round limit (the chat is cancelled first) or,
  // with run.fail_on_error, when a tool fails; CozeError as any stream.
  void run_tools(const std::string& params_json, const std::vector<Tool>& tools,
                 const std::function<void(const EventView&)>& on_event, const ToolsOptions& run = ToolsOptions(),
                 const RequestOptions& options = RequestOptions());

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The result fields of a list operation's pages, as the description names
// them (x-coze-paging, completed by scripts/gen/ir.py; the generated
// `<method>_pages` pass them): the items, whether more pages follow, and the
// count of all items (nullptr: the result has no such field).
struct PageFields {
  const char* items = "";
  const char* has_more = nullptr;
  const char* total = nullptr;
};

// One page of a list operation: its result, typed as the operation's result
// (model::ListMessagesResult, model::ListConversationsResult, ...), the
// page's items, and the log id of the answer that brought it.
template <typename R, typename T>
class Page {
 public:
  Page() = default;
  Page(R result, const PageFields& fields, std::string logid)
      : result_(std::move(result)),
        fields_(fields),
        items_(result_.as_any().get(fields.items)),
        logid_(std::move(logid)) {}

  const R& result() const { return result_; }
  // The items, as views into the page.
  size_t size() const { return items_.kind() == ValueKind::Array ? items_.size() : 0; }
  bool empty() const { return size() == 0; }
  T operator[](size_t index) const { return detail::Item<T>::from(items_[index]); }
  std::vector<T> items() const { return detail::read_or_empty<std::vector<T>>(items_); }
  // The result's has_more field as the answer says it (std::nullopt when the
  // answer does not, or the operation's result has no such field).
  std::optional<bool> has_more() const {
    return fields_.has_more != nullptr ? result_.as_any().get(fields_.has_more).as_bool() : std::nullopt;
  }
  // The number of items of all pages, from the result field the description
  // names for it (`total` or `total_count`); std::nullopt when there is none.
  std::optional<int64_t> total() const {
    return fields_.total != nullptr ? result_.as_any().get(fields_.total).as_int() : std::nullopt;
  }
  const std::string& logid() const { return logid_; }

 private:
  R result_;
  PageFields fields_;
  AnyView items_;
  std::string logid_;
};

// Every item of a list operation, page after page (what the generated
// `list_pages` methods return). Lazy: nothing is sent until the first item
// or page is asked for; each next page is asked for only when the items
// before it were iterated, and the core decides which page comes next and
// when to stop (core/api/README.md, x-coze-paging). Single pass: iterate
// either the items or pages(), once.
//
//   for (const coze::model::Message& m : client.conversations().messages().list_pages(p)) ...
//   for (const auto& page : pager.pages()) page.logid(), page.has_more(), page.items() ...
//
// A failure on page N throws CozeError (the kind's class) from the
// iteration, after the items of pages 1..N-1 were handed out. Leaving the
// loop early (break, an exception) and destroying the pager ends the call:
// no further request is sent. PageOptions::timeout_ms bounds each page's
// request, not the whole iteration. A pager must not outlive its client.
template <typename R, typename T>
class Pager {
  struct State;  // declared before the iterators name it (clang requires it)

 public:
  using page_type = Page<R, T>;

  Pager(ClientBase& client, std::string op, std::string params_json, const PageOptions& options, PageFields fields)
      : s_(std::make_shared<State>()) {
    s_->client = &client;
    s_->op = std::move(op);
    s_->params_json = std::move(params_json);
    static_cast<PageOptions&>(s_->options) = options;  // no idempotency key: each page gets its own
    s_->fields = fields;
  }
  Pager(Pager&&) noexcept = default;
  Pager& operator=(Pager&&) noexcept = default;
  Pager(const Pager&) = delete;
  Pager& operator=(const Pager&) = delete;

  // The items: an input iterator (single pass).
  class iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = T;

    iterator() = default;
    T operator*() const { return (*s_->page)[s_->index]; }
    iterator& operator++() {
      ++s_->index;
      s_->skip_empty();
      return *this;
    }
    void operator++(int) { ++*this; }
    bool operator==(const iterator& o) const { return at_end() == o.at_end(); }
    bool operator!=(const iterator& o) const { return !(*this == o); }

   private:
    friend class Pager;
    explicit iterator(typename Pager::State* s) : s_(s) {}
    bool at_end() const { return s_ == nullptr || !s_->page; }
    typename Pager::State* s_ = nullptr;
  };

  iterator begin() {
    if (!s_->started) s_->fetch();
    s_->skip_empty();
    return iterator(s_.get());
  }
  iterator end() { return iterator(); }

  // The pages: an input range of Page (the first one even when empty).
  class page_iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = page_type;
    using difference_type = std::ptrdiff_t;
    using pointer = const page_type*;
    using reference = const page_type&;

    page_iterator() = default;
    const page_type& operator*() const { return *s_->page; }
    const page_type* operator->() const { return &*s_->page; }
    page_iterator& operator++() {
      s_->fetch();
      return *this;
    }
    void operator++(int) { ++*this; }
    bool operator==(const page_iterator& o) const { return at_end() == o.at_end(); }
    bool operator!=(const page_iterator& o) const { return !(*this == o); }

   private:
    friend class Pager;
    explicit page_iterator(typename Pager::State* s) : s_(s) {}
    bool at_end() const { return s_ == nullptr || !s_->page; }
    typename Pager::State* s_ = nullptr;
  };

  // Shares the pager's state, so `for (auto& page : client....list_pages(p).pages())` is safe.
  class page_range {
   public:
    page_iterator begin() {
      if (!s_->started) s_->fetch();
      return page_iterator(s_.get());
    }
    page_iterator end() { return page_iterator(); }

   private:
    friend class Pager;
    explicit page_range(std::shared_ptr<typename Pager::State> s) : s_(std::move(s)) {}
    std::shared_ptr<typename Pager::State> s_;
  };
  page_range pages() { return page_range(s_); }

  // The next page (the first one at the first call), or std::nullopt after the last.
  std::optional<page_type> next_page() {
    s_->fetch();
    return s_->page;
  }

 private:
  struct State {
    ClientBase* client = nullptr;
    std::string op, params_json;
    RequestOptions options;
    PageFields fields;
    EventCursor cursor;
    bool started = false;
    std::optional<page_type> page;  // the current page; none before the first and after the last
    size_t index = 0;               // the current item of the page

    void fetch() {
      page.reset();  // also when next() throws: the iteration is over
      index = 0;
      if (!started) {
        started = true;
        cursor = client->pull(op, params_json, options);
      }
      while (std::optional<EventView> ev = cursor.next()) {
        if (ev->type() == "page") {
          page.emplace(R(ev->payload()), fields, ev->id());
          return;
        }
      }
    }
    void skip_empty() {
      while (page && index >= page->size()) fetch();
    }
  };
  std::shared_ptr<State> s_;
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
  // Over libcurl, with a token source (OAuthCredentials, JwtCredentials).
  CozeClient(ClientConfig config, Auth auth, Hooks hooks = Hooks())
      : CozeClient(std::move(config), std::move(auth), curl_driver(), std::move(hooks)) {}
  // Over any HTTP client.
  CozeClient(ClientConfig config, std::shared_ptr<HttpDriver> driver, Hooks hooks = Hooks())
      : ClientBase(std::move(config), std::move(driver), std::move(hooks)), ApiRoot(static_cast<ClientBase&>(*this)) {}
  CozeClient(ClientConfig config, Auth auth, std::shared_ptr<HttpDriver> driver, Hooks hooks = Hooks())
      : ClientBase(std::move(config), std::move(auth), std::move(driver), std::move(hooks)),
        ApiRoot(static_cast<ClientBase&>(*this)) {}

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

// ---------------------------------------------------------------------------
// OAuth helpers (no I/O; the core computes them, see coze/auth.h).

// A PKCE verifier and its S256 challenge. The verifier comes from
// `random_bytes` (at least 32 bytes from a CSPRNG); without them, from
// OpenSSL's (coze::curl::random_bytes; link cozecore::curl). Throws
// InvalidArgumentError for fewer than 32 bytes.
struct PkcePair {
  std::string verifier;   // keep it until exchange_code (ExchangeCodeParams::code_verifier)
  std::string challenge;  // goes into authorize_url (AuthorizeParams::code_challenge)
  std::string method = "S256";
};
PkcePair pkce_pair(const std::string& random_bytes);
inline PkcePair pkce_pair() { return pkce_pair(curl::random_bytes(32)); }

// A random `state` for authorize_url: the base64url text of `random_bytes`
// (at least 16); without them, of 32 bytes from OpenSSL's CSPRNG (43
// characters).
std::string random_state(const std::string& random_bytes);
inline std::string random_state() { return random_state(curl::random_bytes(32)); }

// Where a web or PKCE app sends its user to approve it.
struct AuthorizeParams {
  std::string client_id;
  std::string redirect_uri;
  std::string state;           // required: a random value the redirect must bring back
  std::string code_challenge;  // PKCE apps: PkcePair::challenge (method S256)
  std::string base_url = "https://api.coze.com";  // the API; its region picks www.coze.com / www.coze.cn
  std::string www_base;        // the authorize page's origin, when not the region's
  std::string workspace_id;    // optional: authorize for one workspace
};
// The authorize URL; throws InvalidArgumentError when a required field is missing.
std::string authorize_url(const AuthorizeParams& params);

// An OAuth app's JSON config, as the official SDKs read it (client_type
// pkce / jwt / device / web, client_id, coze_api_base, coze_www_base,
// public_key_id, private_key, client_secret), checked and normalised.
// private_key and client_secret are secrets.
struct OAuthApp {
  std::string client_type;    // "pkce", "jwt", "device" or "web"
  std::string client_id;
  std::string base_url;       // the API ("https://api.coze.com" when the file has none)
  std::string www_base;       // the authorize page's origin
  std::string public_key_id;  // jwt apps
  std::string private_key;    // jwt apps: PEM
  std::string client_secret;  // web apps

  // A jwt app's credentials (for a client's Auth, or jwt_token).
  JwtCredentials jwt(std::optional<int64_t> ttl_seconds = std::nullopt, const std::string& session_name = "") const;
  // A client config for the app's base URL.
  ClientConfig config() const;
  // The authorize URL of a web or pkce app (www_base and client_id filled in).
  std::string authorize_url(const std::string& redirect_uri, const std::string& state,
                            const std::string& code_challenge = "") const;
  // A client of a jwt app that gets its tokens itself (over libcurl, keys read
  // with OpenSSL). Throws InvalidArgumentError for other app types, which need
  // a user's token (exchange_code, device_flow) and then OAuthCredentials.
  CozeClient client(Hooks hooks = Hooks()) const {
    if (client_type != "jwt") throw_error(oauth_app_error(client_type));
    return CozeClient(config(), jwt(), std::move(hooks));
  }

 private:
  static Error oauth_app_error(const std::string& client_type);
};
// Reads the config's JSON text; throws InvalidArgumentError naming the field
// that is missing or wrong.
OAuthApp load_oauth_app(const std::string& json_text);

}  // namespace coze
