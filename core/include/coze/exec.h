// The sans-IO call executor: one logical API call as a state machine that
// the host drives. The core never performs I/O; see DESIGN.md.
//
//   Call call(client, "chat.stream", params_json);
//   for (;;) {
//     Action a = call.next(now_ms);
//     SEND  -> start a.request with your HTTP client, then feed what happens:
//              on_response(status, headers), on_body(bytes) per chunk,
//              on_end(), or on_transport_error(kind, message)
//     WAIT  -> nothing to do until you feed more or a.wake_at_ms passes
//     SLEEP -> wait a.delay_ms (cancellable), then loop
//     EVENT -> hand a.event to the user
//     BYTES -> write a.bytes to the user's sink (a binary answer, as it arrives)
//     TOOLS -> run the local tools in a.tool_calls, feed each one's
//              on_tool_output(id, text) or on_tool_error(id, message)
//     DONE  -> a.result ; FAIL -> a.error
//   }
// A request with `sources` is sent as its body with each source's bytes
// spliced in at its offset, read by the host from what the user gave for it
// (a file, a buffer, a stream), from the start on every attempt.
// Any action but WAIT, EVENT and BYTES ends the request in flight, if any: a SEND,
// SLEEP, DONE or FAIL after a timeout means "drop that response now".
//
// Every type here is plain (strings, integers, vectors) so that SWIG and
// embind carry it as is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace coze {

struct Header {
  std::string name;
  std::string value;
};

// Bytes of an upload the host reads itself: the file parameter's
// {"source": id, "size": n} in the call's params (core/api/README.md).
struct BodySource {
  size_t offset = 0;   // where in HttpRequest::body its bytes go
  std::string id;      // the id the params gave it
  int64_t size = -1;   // its length in bytes; -1: unknown (the host sends the body chunked)
};

struct HttpRequest {
  std::string method;            // "GET", "POST", ...
  std::string url;               // absolute, query included
  std::vector<Header> headers;   // in order; names as sent
  std::string body;              // bytes; empty for none
  std::vector<BodySource> sources;  // spliced into body, in offset order; none for most requests
  int64_t body_size = 0;         // body plus every source: the Content-Length; -1 when a source's size is unknown
  bool stream = false;           // the answer is expected as text/event-stream
  int64_t connect_timeout_ms = -1;  // -1: none
};

// One attempt of a call, as a failed call's error reports it.
struct Attempt {
  int number = 0;                // 1, 2, ...
  std::string outcome;           // the HTTP status ("503"), or the transport failure
                                 // ("connect", "timeout", "reset", "tls"), or "cancelled"
  std::string kind;              // the error kind this attempt ended with
  int64_t duration_ms = 0;       // from sending to the failure
  int64_t delay_ms = 0;          // slept after it before the next attempt; 0 for none
  std::string idempotency_key;   // sent with it; "" when none
  std::string request_id;        // its X-Client-Request-Id
};

// Every failure, typed. `kind` is one of DESIGN.md's error kinds.
struct Error {
  std::string kind;              // "bad_request", "authentication", ..., "internal"
  int http_status = 0;           // 0 when no response was received
  int64_t code = 0;              // Coze business code, 0 when none
  std::string message;           // human-readable, never contains secrets
  std::string logid;             // X-Tt-Logid, or body detail.logid
  bool retryable = false;        // whether a retry could help
  int attempts = 0;              // attempts made
  int64_t retry_after_ms = -1;   // server's delay when given, else -1
  std::string body;              // the response body kept (bounded)
  std::vector<Attempt> history;  // every attempt sent, in order (empty when none was)
  std::string hint;              // what to do about it, when the core knows ("" none);
                                 // kept apart so `message` stays the server's own text
  std::string error_code;        // an OAuth answer's error_code ("authorization_pending", ...)
  std::string request_id;        // X-Client-Request-Id of the last attempt ("" when none)
  std::string severity;          // "info", "warning" or "critical": error_severity()
};

// How bad an error is, from one table (README "Health"): by kind, HTTP
// status, and whether the call stopped because its retries ran out (the
// attempts, the retry budget or the deadline) while a retry could have helped.
//   critical: authentication, permission_denied, internal; a service failure
//             (server, gateway, timeout, connection, rate_limited) after its
//             retries ran out; server with 501 (a retry cannot help)
//   info:     cancelled, not_found, circuit_open (the client protecting the service)
//   warning:  everything else
std::string error_severity(const std::string& kind, int http_status, bool retries_exhausted);

// What a call reports to the client's hooks (see Call::take_hooks). Secrets
// are redacted from `headers` (Authorization, Cookie, ...); `body` is only
// filled when the client asks for bodies (ClientConfig.hook_bodies).
struct HookEvent {
  std::string kind;             // "request_sent", "response_head", "retry_scheduled", "call_finished",
                                // "tool_called", "tool_finished" (a local tool of chat.run_tools),
                                // "health_changed" (the client's health: a spike, the breaker's state),
                                // "metric" (one measurement, OpenTelemetry names: README "Metrics")
  std::string op;               // "chat.stream", ...
  std::string method;           // "POST", ...
  std::string path;             // URL path, no query
  int attempt = 0;              // 1, 2, ...; 0 on call_finished before any attempt
  int status = 0;               // HTTP status when one was received
  int64_t duration_ms = -1;     // response_head: since the request was sent;
                                // retry_scheduled: of the failed attempt; call_finished: of the call
  int64_t delay_ms = -1;        // retry_scheduled: the sleep before the next attempt
  std::string logid;            // X-Tt-Logid when received
  std::string request_id;       // the attempt's X-Client-Request-Id
  std::string idempotency_key;  // "" when none
  std::string traceparent;      // the W3C traceparent sent, when the caller gave one
  std::string error_kind;       // retry_scheduled: why; call_finished: "" on success
  std::string message;          // retry_scheduled / call_finished: the error message, "" on success
  std::vector<Header> headers;  // request_sent: request headers; response_head: response headers
  std::string body;             // request_sent: the request body, only with hook_bodies
  std::string severity;         // retry_scheduled: "warning"; call_finished: the error's ("" on success);
                                // health_changed: "warning" (spike, half_open), "critical" (opened), "info" (closed)
  std::string reason;           // health_changed: "spike", "opened", "half_open", "closed"
  std::string state;            // health_changed: the breaker's state after it ("closed", "open", "half_open")
  double error_rate = -1;       // health_changed: the moving average (a spike: the slice's rate); -1 otherwise
  // metric (only with ClientConfig.metrics): the instrument's OpenTelemetry
  // name ("http.client.request.duration", "coze.client.retries",
  // "coze.client.stream.events", "coze.client.circuit.state"), its kind
  // ("histogram", "counter", "gauge"), unit ("s", "{retry}", "{event}", "1"),
  // the value measured (a duration, the count to add, the gauge's value) and
  // its attributes in order (http.request.method, server.address,
  // server.port, http.response.status_code, error.type, coze.operation).
  std::string metric;
  std::string instrument;
  std::string unit;
  double value = 0;
  std::vector<Header> attributes;
  // tool_called / tool_finished: the tool's name, the call's id, and (on
  // tool_finished) its outcome: "ok", "error" (the function failed),
  // "timeout", "unknown_tool", "invalid_arguments" or "cancelled" (the run
  // stopped while it ran: cancelled, or the call's deadline); `duration_ms` is the
  // function's run time (0 when it did not run), `message` why it failed,
  // and `body` the arguments (with defaults) only with hook_bodies.
  std::string tool;
  std::string tool_call_id;
  std::string outcome;
};

// A decoded stream event. `data` is the event's JSON payload as text
// (`{}` for `done` without payload); `type` is the event name as the API
// spells it (`conversation.message.delta`, `done`, ...).
struct Event {
  std::string type;
  std::string data;
  std::string id;  // the SSE last event id in effect ("" when none)
};

// SIGN: the call needs an RS256 signature (a JWT for a service app's token):
// the host signs Call::sign_input() with its private key (RSASSA-PKCS1-v1_5
// over SHA-256) and feeds the raw signature bytes to on_signature(), or
// on_sign_error(); then calls next()/step() again. The key never enters the core.
//
// TOOLS (chat.run_tools, README "Tools"): the bot asked for local tools. The
// core has validated every call's arguments against its tool's schema and
// filled in defaults; Call::tool_calls() lists the calls the host must run,
// as a JSON array [{"id", "name", "arguments": {...}}] (a call to an unknown
// tool or with invalid arguments is answered by the core and not listed).
// The host starts them (concurrently where its language has a natural way
// to), feeds each one's output with on_tool_output() or its failure with
// on_tool_error(), and calls next()/step() again: WAIT until every output
// is in or the tool timeout (wake_at_ms) passes; a late output is ignored.
enum class ActionKind { Send = 0, Wait = 1, Sleep = 2, Event = 3, Done = 4, Fail = 5, Sign = 6, Bytes = 7, Tools = 8 };

struct Action {
  ActionKind kind = ActionKind::Wait;
  HttpRequest request;      // SEND
  int64_t wake_at_ms = -1;  // WAIT: call next() again by then; -1: only when fed
  int64_t delay_ms = 0;     // SLEEP
  Event event;              // EVENT
  std::string bytes;        // BYTES: the next bytes of a binary answer
  std::string result;       // DONE: the operation's result as JSON text ("" for streams)
  std::string logid;        // DONE: the log id of the answer
  Error error;              // FAIL
  std::string sign_input;   // SIGN: the bytes to sign (a JWT's header.claims)
  std::string tool_calls;   // TOOLS: the calls to run, a JSON array (Call::tool_calls)
};

struct ClientConfig {
  std::string base_url = "https://api.coze.com";
  std::string token;
  int max_retries = 2;
  std::string idempotency_header = "Idempotency-Key";  // "" for none
  int64_t connect_timeout_ms = 10000;
  int64_t first_byte_timeout_ms = 60000;  // request sent -> response head
  int64_t idle_timeout_ms = 60000;        // between body chunks
  int64_t total_timeout_ms = -1;          // whole call; -1 none
  std::string user_agent;                 // prefix for User-Agent, optional
  uint64_t seed = 0;                      // entropy for ids and jitter, from the host

  // Retry budget (token bucket over the client).
  double retry_budget_capacity = 500;
  double retry_budget_retry_cost = 5;
  double retry_budget_timeout_cost = 10;  // a retry after a timeout
  double retry_budget_success_refund = 1;

  // Client-side rate limiter: at most `rate_limit_per_second` attempts a
  // second with bursts of `rate_limit_burst`; 0: off (the default).
  double rate_limit_per_second = 0;
  int rate_limit_burst = 1;

  // A token never leaves in clear text for another machine: an http://
  // base URL is refused (invalid_argument) unless its host is loopback
  // (localhost, 127.0.0.0/8, [::1]) or this is set.
  bool allow_insecure_http = false;

  bool hooks = false;        // record HookEvents for Call::take_hooks
  bool metrics = false;      // record `metric` HookEvents (hooks or not)
  bool hook_bodies = false;  // include request bodies in them

  // Where the token comes from: "" uses `token` as is. Otherwise a JSON
  // object; the client then refreshes its token itself, a margin before it
  // expires, one refresh at a time however many calls wait, and once more
  // after a 401:
  //   {"type": "oauth", "client_id", "access_token", "refresh_token",
  //    "expires_in" (unix seconds), "client_secret" (web apps only)}
  //   {"type": "jwt", "client_id", "public_key_id", "ttl_seconds" (900),
  //    "session_name", "account_id", "enterprise_id", "scope"}: tokens come
  //    from JWTs the host signs (ActionKind::Sign); the key stays in the host.
  //   both: "refresh_margin_s" (30).
  std::string auth;

  // Who is calling, for X-Coze-Client-User-Agent and User-Agent: the host
  // language ("python", "java", "go", "node", "browser", "c++"), its
  // runtime version and the operating system.
  std::string lang = "c++";
  std::string lang_version;
  std::string os_name;
  std::string os_version;

  // Health (README "Health"): the error rate as a moving average over time
  // slices, a spike rule, and a circuit breaker (off unless `breaker`).
  double health_alpha = 0.3;
  int64_t health_slice_ms = 1000;
  double health_spike_factor = 3;
  int health_spike_min_attempts = 5;
  bool breaker = false;
  double breaker_threshold = 0.5;      // open at this error rate
  int breaker_min_attempts = 10;       // in the current and the previous slice
  int64_t breaker_open_ms = 30000;     // fail fast this long, then probe
  int breaker_half_open_probes = 1;    // probes that must succeed to close

  // Applies the keys of a JSON object (DESIGN.md "client" keys: base_url,
  // token, max_retries, idempotency_header (null: none), *_timeout_ms,
  // user_agent, seed; and retry_budget {capacity, retry_cost,
  // timeout_retry_cost, success_refund}, rate_limit {per_second, burst},
  // hooks, hook_bodies, metrics, allow_insecure_http, auth (an object), lang, lang_version, os_name,
  // os_version, health {alpha, slice_ms, spike_factor, spike_min_attempts},
  // breaker {threshold, min_attempts, open_ms, half_open_probes} (an object
  // turns it on; null or false turns it off)). Unknown keys are ignored.
  // Returns "" or an error text.
  std::string apply_json(const std::string& json_text);
};

class Client {
 public:
  explicit Client(const ClientConfig& config = ClientConfig());
  ~Client();
  const ClientConfig& config() const;

  // The token the client holds now, for a caller who stores it (a refresh
  // token rotates on every refresh): {"access_token", "refresh_token",
  // "expires_in", "refreshes"}; {} when the client uses a fixed token.
  std::string token_json() const;

  // The client's health at `now_ms` (the hosts' monotonic clock, as given to
  // Call::next) as JSON, the ClientHealth model of the description:
  // {state, breaker, error_rate, rated, attempts, failures, current_attempts,
  // current_failures, total_attempts, total_failures, open_ms_left, opened,
  // rejected, retries_spent, retry_budget_left}. Hosts decode it with
  // decode_model("ClientHealth", ...).
  std::string health_json(int64_t now_ms) const;

  struct State;
  std::shared_ptr<State> state() const { return state_; }

 private:
  std::shared_ptr<State> state_;
};

// Per-call options.
struct CallOptions {
  int64_t timeout_ms = -1;          // total deadline of this call; -1: client's
  int max_retries = -1;             // -1: the client's
  std::vector<Header> headers;      // extra request headers
  bool idempotency = true;          // send an idempotency key (when the client names a header)
  std::string idempotency_key;      // the key to send; "" generates a ULID
  int64_t wall_ms = -1;             // unix time in ms at the start, for ids; -1: unknown
  std::string traceparent;          // W3C trace context to send on every attempt; "" none
  std::string tracestate;           // sent with traceparent; "" none
  std::vector<Header> extra_query;  // query parameters the description lacks, sent as given
  std::string extra_body;           // a JSON object whose keys are merged into the JSON body; "" none

  // Applies the keys of a JSON object (timeout_ms, max_retries, headers
  // {name: value}, idempotency, idempotency_key, wall_ms, traceparent,
  // tracestate, extra_query {name: value}, extra_body {...}). Unknown keys
  // are ignored. Returns "" or an error text.
  std::string apply_json(const std::string& json_text);
};

// The error and a hook event as one JSON object each (field names as in
// the structs; history as an array), for logs and for conformance runners.
std::string error_json(const Error& error);
std::string hook_event_json(const HookEvent& event);
std::string attempts_json(const std::vector<Attempt>& history);  // error_json's "history" array

// How many Call and Client objects are alive in this process: lets a binding's
// tests prove that every handle it made was released.
int64_t live_calls();
int64_t live_clients();

// The list of operations this build knows (`chat.create`, `chat.stream`, ...).
std::vector<std::string> supported_operations();

class Call {
 public:
  // Builds the request; no I/O. Bad `op` or `params_json` makes the first
  // next() a FAIL of kind invalid_argument.
  Call(const Client& client, const std::string& op, const std::string& params_json,
       const CallOptions& options = CallOptions());
  ~Call();
  Call(const Call&) = delete;
  Call& operator=(const Call&) = delete;

  Action next(int64_t now_ms);

  void on_response(int status, const std::vector<Header>& headers);
  void on_body(const char* data, size_t len);
  void on_end();
  // kind: "connect", "timeout", "reset", "tls", "aborted", and "redirect"
  // for a redirect the host cannot see (a browser's opaque redirect): never
  // followed, the call fails (kind api) and is not retried
  void on_transport_error(const std::string& kind, const std::string& message);
  // After SIGN: the RS256 signature of sign_input() (raw bytes), or why the
  // host could not sign.
  void on_signature(const std::string& signature);
  void on_sign_error(const std::string& message);
  // The host could not read an upload's source (a file that went away, a
  // stream that cannot be read again for a retry): the call fails with
  // invalid_argument and is not retried.
  void on_source_error(const std::string& source, const std::string& message);
  // While the request body leaves (an upload): `sent` bytes of it so far.
  // Progress counts as input: the first-byte timeout then runs from the
  // last progress, not from the SEND, so a long upload is not cut short
  // while a stalled one still is.
  void on_body_sent(int64_t sent);
  // After TOOLS: the output of the call `call_id` (text, JSON or not), or
  // why its function failed; the core submits {"error": message} for it
  // unless the call's tool_errors is "fail". Unknown ids and outputs after
  // the tool timeout are ignored.
  void on_tool_output(const std::string& call_id, const std::string& output);
  void on_tool_error(const std::string& call_id, const std::string& message);
  void cancel();

  bool finished() const;  // DONE or FAIL has been returned

  // The lean driver interface, used by every binding instead of next():
  // step() returns the action's kind (ActionKind as an int) and keeps the
  // action, whose parts the accessors read. EVENT means one or more events
  // are ready: take_events() hands them all over as one batch record
  // (record.h; its root is an ARRAY of events), then call step() again. So
  // the events decoded from one fed chunk cross the boundary together.
  int step(int64_t now_ms);
  const HttpRequest& request() const;     // after SEND
  std::string sign_input() const;         // after SIGN
  std::string tool_calls() const;         // after TOOLS: the calls to run (JSON array)
  int64_t wake_at_ms() const;             // after WAIT
  int64_t delay_ms() const;               // after SLEEP
  std::string take_events(bool utf16 = false);   // after EVENT
  std::string take_bytes();               // after BYTES: every chunk ready, in order
  int events_taken() const;               // events handed out so far
  std::string result() const;             // after DONE: canonical result JSON ("" for streams)
  std::string result_record(bool utf16 = false) const;  // after DONE: the result as a record
  std::string content_type() const;       // after BYTES or DONE: the answer's Content-Type
  std::string logid() const;              // after DONE: the answer's log id
  const Error& error() const;             // after FAIL

  // The hook events recorded since the last call (when the client's config
  // has `hooks`), oldest first. Drivers call it after each next() and hand
  // the events to the user's hooks.
  std::vector<HookEvent> take_hooks();

 private:
  struct Impl;
  struct Flow;
  Call();
  // A call as the public constructor makes it (a flow when it needs one).
  static std::unique_ptr<Call> any(const std::shared_ptr<Client::State>& client, const std::string& op,
                                   const std::string& params_json, const CallOptions& options);
  // A call of one operation, with `bearer` (when not null) as its token.
  static std::unique_ptr<Call> plain(const std::shared_ptr<Client::State>& client, const std::string& op,
                                     const std::string& params_json, const CallOptions& options,
                                     const std::string* bearer);
  void init_plain(const std::shared_ptr<Client::State>& client, const std::string& op,
                  const std::string& params_json, const CallOptions& options, const std::string* bearer);
  // chat.run_tools: a chat stream of one round records the chat of its
  // requires_action event and ends there without handing out its `done`.
  static void mark_tools_round(Call& call);
  static std::string required_action_chat(const Call& call);
  std::unique_ptr<Impl> impl_;
  std::unique_ptr<Flow> flow_;
};

}  // namespace coze
