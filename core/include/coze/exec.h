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
//     DONE  -> a.result ; FAIL -> a.error
//   }
// Any action but WAIT and EVENT ends the request in flight, if any: a SEND,
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

struct HttpRequest {
  std::string method;            // "GET", "POST", ...
  std::string url;               // absolute, query included
  std::vector<Header> headers;   // in order; names as sent
  std::string body;              // bytes; empty for none
  bool stream = false;           // the answer is expected as text/event-stream
  int64_t connect_timeout_ms = -1;  // -1: none
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
};

// A decoded stream event. `data` is the event's JSON payload as text
// (`{}` for `done` without payload); `type` is the event name as the API
// spells it (`conversation.message.delta`, `done`, ...).
struct Event {
  std::string type;
  std::string data;
};

enum class ActionKind { Send = 0, Wait = 1, Sleep = 2, Event = 3, Done = 4, Fail = 5 };

struct Action {
  ActionKind kind = ActionKind::Wait;
  HttpRequest request;      // SEND
  int64_t wake_at_ms = -1;  // WAIT: call next() again by then; -1: only when fed
  int64_t delay_ms = 0;     // SLEEP
  Event event;              // EVENT
  std::string result;       // DONE: the operation's result as JSON text ("" for streams)
  std::string logid;        // DONE: the log id of the answer
  Error error;              // FAIL
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

  // Applies the keys of a JSON object (DESIGN.md "client" keys: base_url,
  // token, max_retries, idempotency_header (null: none), *_timeout_ms,
  // user_agent, seed). Unknown keys are ignored. Returns "" or an error text.
  std::string apply_json(const std::string& json_text);
};

class Client {
 public:
  explicit Client(const ClientConfig& config = ClientConfig());
  ~Client();
  const ClientConfig& config() const;

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
};

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
  // kind: "connect", "timeout", "reset", "tls", "aborted"
  void on_transport_error(const std::string& kind, const std::string& message);
  void cancel();

  bool finished() const;  // DONE or FAIL has been returned

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace coze
