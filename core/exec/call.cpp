// The sans-IO call executor.
//
// States (one attempt at a time):
//   Ready      -> next() gives SEND, the attempt starts      -> AwaitHead
//   AwaitHead  -> on_response(): stream head                 -> Streaming
//                                other heads                 -> Buffering
//   Streaming  -> on_body() feeds the SSE parser; each decoded event is
//                 queued as EVENT; `done` queues DONE, `error` queues FAIL
//   Buffering  -> on_body() appends (bounded); on_end() decodes the envelope
//   Binary     -> a binary operation's 2xx answer that is not JSON: each
//                 on_body() chunk is queued as BYTES; on_end() queues DONE
//   Finished   -> the terminal action (DONE or FAIL) is returned forever
// Outputs wait in `outbox` until next() hands them out, so an event is
// delivered as soon as its bytes were fed. cancel() wins over everything not
// yet delivered.
// A failed attempt is parked in `attempt_error`; next() then decides, with
// the clock, between SLEEP + a new attempt (Ready) and FAIL. A stream whose
// first event reached the user is never retried. Timeouts are checked in next(), against the host's now_ms:
// the core keeps no timer, it reports the deadline as WAIT.wake_at_ms.
#include <cctype>
#include <deque>
#include <nlohmann/json.hpp>

#include "api/operations.h"
#include "api/stream_decoder.h"
#include "coze/errors.h"
#include "coze/exec.h"
#include "coze/record.h"
#include "coze/sse.h"
#include "exec/client_state.h"
#include "exec/flow.h"
#include "http/headers.h"
#include "resilience/resilience.h"

namespace coze {
namespace {

using json = nlohmann::json;

constexpr size_t kMaxBufferedBody = 64 * 1024 * 1024;  // non-stream answers
constexpr size_t kMaxErrorBody = 1024 * 1024;          // of a failed answer: the attempt ends there
// A response head past either bound is a connection failure, whatever the
// HTTP client let through (README "Hostile servers"): real answers have a
// few dozen headers and a few KiB.
constexpr size_t kMaxHeadFields = 1000;
constexpr size_t kMaxHeadBytes = 64 * 1024;  // names and values, plus 4 bytes a field

enum class State { Ready, AwaitHead, Streaming, Buffering, Binary, Finished };

bool is_secret_header(const std::string& name) {
  static const char* const kSecret[] = {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"};
  for (const char* s : kSecret) {
    if (http::iequals(name, s)) return true;
  }
  return false;
}

std::vector<Header> redacted(const std::vector<Header>& headers) {
  std::vector<Header> out = headers;
  for (auto& h : out) {
    if (is_secret_header(h.name)) h.value = "[redacted]";
  }
  return out;
}

// Whether a host name is loopback: localhost, 127.0.0.0/8 (a dotted quad)
// or ::1.
bool loopback_host(std::string host) {
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (host == "localhost" || host == "::1") return true;
  if (host.compare(0, 4, "127.") != 0) return false;
  int parts = 0, digits = 0, value = 0;
  for (size_t i = 0; i <= host.size(); ++i) {
    if (i == host.size() || host[i] == '.') {
      if (digits == 0 || value > 255) return false;
      ++parts;
      digits = value = 0;
    } else if (host[i] >= '0' && host[i] <= '9' && digits < 3) {
      value = value * 10 + (host[i] - '0');
      ++digits;
    } else {
      return false;
    }
  }
  return parts == 4;
}

std::string url_path(const std::string& url) {
  size_t scheme = url.find("://");
  size_t start = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  if (start == std::string::npos) return "/";
  size_t end = url.find_first_of("?#", start);
  return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

int64_t earliest(int64_t a, int64_t b) {
  if (a < 0) return b;
  if (b < 0) return a;
  return a < b ? a : b;
}

}  // namespace

struct Call::Impl {
  Impl() { ++g_live_calls; }
  ~Impl() {
    if (probe) client->health.release_probe();  // dropped mid-probe: another call may probe
    --g_live_calls;
  }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  std::shared_ptr<Client::State> client;
  std::string op;
  std::string path;
  std::string server_host, server_port;  // for metrics
  int64_t events_out = 0;  // stream events handed to the host (metrics)
  std::string traceparent;
  std::string tracestate;
  api::PreparedRequest prepared;
  std::string build_error;  // invalid_argument before sending
  int64_t call_timeout_ms = -1;

  State state = State::Ready;
  int attempts = 0;
  int max_retries = 0;
  bool events_delivered = false;
  bool interrupted = false;  // a workflow Interrupt event came: the stream may end without Done
  bool tools_round = false;  // a round of chat.run_tools (Call::mark_tools_round)
  std::string required_action;  // that round's requires_action chat (JSON), once it came
  bool send_key = false;
  std::string idempotency_key;
  int64_t wall_ms = -1;
  int64_t ready_at = -1;             // a retry's SLEEP ends here
  bool has_attempt_error = false;
  Error attempt_error;
  std::string attempt_transport;     // transport kind of the failed attempt, or ""
  bool cancelled = false;
  bool fed = false;  // input arrived since the last next()
  int64_t now_ = 0;  // the clock at the latest next()
  int64_t started_at = -1;
  int64_t sent_at = -1;
  bool rate_slot = false;  // this attempt's rate-limiter token is taken
  std::string request_id;  // of the attempt in flight
  std::vector<Attempt> history;
  std::vector<HookEvent> hooks;
  bool head_hook_pending = false;  // a response_head hook awaits its duration
  int64_t last_input_at = -1;
  int64_t body_sent = 0;  // of the attempt in flight (on_body_sent)
  // Health: whether the attempt in flight has reported its outcome, whether
  // this call holds one of the breaker's half-open probes, whether the next
  // attempt was admitted by the breaker, and whether the call stopped
  // because its retries ran out (for the error's severity).
  bool outcome_reported = true;
  bool probe = false;
  bool admitted = false;
  bool retries_exhausted = false;

  int status = 0;
  std::vector<Header> response_headers;
  std::string content_type;   // of the answer that completed the call
  api::JsonNode payload;      // a JSON operation's payload, for result records
  bool hold_events = false;   // step(): events wait in the outbox for take_events()
  bool result_on_demand = false;  // DONE's JSON result is made by result() when asked
  int events_taken = 0;
  Action current;             // step(): the action last returned
  api::RecordWriter batch_writer{false};
  std::string logid;
  std::string body;
  std::unique_ptr<SseParser> sse;

  std::deque<Action> outbox;
  bool terminal_queued = false;
  Action terminal;

  Error make_error(const std::string& kind, const std::string& message) const {
    Error e;
    e.kind = kind;
    e.message = message;
    e.http_status = status;
    e.logid = logid;
    e.attempts = attempts;
    e.retryable = kind_is_retryable(kind);
    return e;
  }

  bool hooks_on() const { return client->config.hooks; }
  bool metrics_on() const { return client->config.metrics; }

  // One measurement (README "Metrics"); `status`/`error` only when given.
  void metric(const char* name, const char* instrument, const char* unit, double value, bool http,
              const std::string& error_type) {
    HookEvent h = hook("metric");
    h.metric = name;
    h.instrument = instrument;
    h.unit = unit;
    h.value = value;
    if (http) h.attributes.push_back({"http.request.method", prepared.request.method});
    h.attributes.push_back({"server.address", server_host});
    h.attributes.push_back({"server.port", server_port});
    if (http && status > 0) h.attributes.push_back({"http.response.status_code", std::to_string(status)});
    if (!error_type.empty()) h.attributes.push_back({"error.type", error_type});
    h.attributes.push_back({"coze.operation", op});
    hooks.push_back(std::move(h));
  }

  // The client's secrets never leave in an error or a hook.
  void scrub(std::string& text) const { client->scrub(text); }

  HookEvent hook(const char* kind) const {
    HookEvent h;
    h.kind = kind;
    h.op = op;
    h.method = prepared.request.method;
    h.path = path;
    h.attempt = attempts;
    h.status = status;
    h.logid = logid;
    h.request_id = request_id;
    h.idempotency_key = send_key ? idempotency_key : std::string();
    h.traceparent = traceparent;
    return h;
  }

  // The client's health learns how the attempt in flight ended ("" for a
  // success); what changed becomes health_changed hook events.
  void report_outcome(const std::string& kind) {
    if (outcome_reported) return;
    outcome_reported = true;
    if (metrics_on()) {
      metric("http.client.request.duration", "histogram", "s", static_cast<double>(now_ - sent_at) / 1000.0, true, kind);
    }
    bool was_probe = probe;
    probe = false;
    if (kind == "cancelled") {
      if (was_probe) client->health.release_probe();
      return;
    }
    std::vector<resilience::HealthChange> changes;
    client->health.record(now_, resilience::health_failure_kind(kind), was_probe,
                          hooks_on() || metrics_on() ? &changes : nullptr);
    health_hooks(changes);
  }

  void health_hooks(const std::vector<resilience::HealthChange>& changes) {
    for (const auto& c : changes) {
      if (metrics_on() && c.reason != "spike") {
        metric("coze.client.circuit.state", "gauge", "1", c.state == "open" ? 1 : c.state == "half_open" ? 2 : 0,
               false, std::string());
      }
      if (!hooks_on()) continue;
      HookEvent h = hook("health_changed");
      h.reason = c.reason;
      h.state = c.state;
      h.error_rate = c.error_rate;
      h.message = c.message;
      h.severity = c.reason == "opened" ? "critical" : c.reason == "closed" ? "info" : "warning";
      hooks.push_back(std::move(h));
    }
  }

  // The attempt in flight ended: what it ended with.
  void end_attempt(const std::string& transport, const std::string& kind) {
    if (history.empty() || !history.back().outcome.empty()) return;
    Attempt& a = history.back();
    a.outcome = !transport.empty() ? transport : status > 0 ? std::to_string(status) : kind;
    a.kind = kind;
    a.duration_ms = -1;  // set by the next next(), which knows the time
  }

  void settle_durations() {
    if (!history.empty() && history.back().duration_ms < 0) history.back().duration_ms = now_ - sent_at;
    if (head_hook_pending) {
      for (auto it = hooks.rbegin(); it != hooks.rend(); ++it) {
        if (it->kind == "response_head" && it->duration_ms < 0) {
          it->duration_ms = now_ - sent_at;
          break;
        }
      }
      head_hook_pending = false;
    }
  }

  void queue_fail(Error e) {
    if (terminal_queued) return;
    end_attempt(e.kind == "cancelled" && status == 0 ? "cancelled" : "", e.kind);
    report_outcome(e.kind);
    if (e.attempts == 0) e.attempts = attempts;
    if (e.logid.empty()) e.logid = logid;
    if (e.http_status == 0) e.http_status = status;
    Action a;
    a.kind = ActionKind::Fail;
    a.error = std::move(e);
    outbox.push_back(std::move(a));
    terminal_queued = true;
  }

  void queue_done(std::string result) {
    if (terminal_queued) return;
    report_outcome("");
    Action a;
    a.kind = ActionKind::Done;
    a.result = std::move(result);
    a.logid = logid;
    outbox.push_back(std::move(a));
    terminal_queued = true;
  }

  // An attempt failed in a way a retry may cure; next() decides.
  void attempt_failed(Error e, const std::string& transport) {
    if (terminal_queued || has_attempt_error) return;
    if (e.logid.empty()) e.logid = logid;
    if (e.http_status == 0) e.http_status = status;
    e.attempts = attempts;
    end_attempt(transport, e.kind);
    report_outcome(e.kind);
    attempt_error = std::move(e);
    attempt_transport = transport;
    has_attempt_error = true;
  }

  bool accepting_input() const { return !terminal_queued && !has_attempt_error && state != State::Finished; }
  // Input of an attempt that already failed (its head was refused, say)
  // while the host still had bytes of it in hand: dropped, as a retry may
  // already be waiting (State::Ready between attempts).
  bool stale_input() const { return state == State::Ready && attempts > 0; }

  void on_response(int st, const std::vector<Header>& headers) {
    if (!accepting_input()) return;
    fed = true;
    if (state != State::AwaitHead) {
      queue_fail(make_error("internal", "response head fed while no request was in flight"));
      return;
    }
    size_t head_bytes = 0;
    for (const Header& h : headers) head_bytes += h.name.size() + h.value.size() + 4;
    if (headers.size() > kMaxHeadFields || head_bytes > kMaxHeadBytes) {
      attempt_failed(make_error("connection", "the answer's head is too large (" + std::to_string(headers.size()) +
                                                  " fields, " + std::to_string(head_bytes) + " bytes; at most " +
                                                  std::to_string(kMaxHeadFields) + " and " +
                                                  std::to_string(kMaxHeadBytes) + ")"),
                     "head");
      return;
    }
    status = st;
    response_headers = headers;
    logid = http::header_value(headers, "x-tt-logid");
    if (hooks_on()) {
      HookEvent h = hook("response_head");
      h.headers = redacted(headers);
      hooks.push_back(std::move(h));
      head_hook_pending = true;
    }
    // The media type alone (before any parameters), compared case-insensitively.
    std::string ctype = http::header_value(headers, "content-type");
    size_t semi = ctype.find(';');
    std::string media = ctype.substr(0, semi);
    size_t b = media.find_first_not_of(" \t"), e = media.find_last_not_of(" \t");
    media = b == std::string::npos ? std::string() : media.substr(b, e - b + 1);
    bool is_sse = http::iequals(media, "text/event-stream");
    if (prepared.stream != api::StreamKind::None && st >= 200 && st < 300 && is_sse) {
      state = State::Streaming;
      sse.reset(new SseParser());
    } else if (prepared.binary && st >= 200 && st < 300 && !http::iequals(media, "application/json")) {
      // The bytes are the answer (a JSON envelope instead is buffered and
      // read as one, as an error); they go to the host as they arrive.
      state = State::Binary;
      content_type = ctype;
    } else {
      state = State::Buffering;
    }
  }

  void drain_events() {
    SseEvent ev;
    while (!terminal_queued && sse->next_event(ev)) {
      // The batched path (step) checks typed payloads as it writes them (take_events).
      api::StreamOutcome out = api::decode_stream_event(prepared.stream, std::move(ev), !hold_events);
      if (out.kind == api::StreamOutcome::Fail) {
        queue_fail(std::move(out.error));
        return;
      }
      Action a;
      a.kind = ActionKind::Event;
      a.event = std::move(out.event);
      // A workflow run that stops at an Interrupt ends its stream there
      // (resume with its event_id); the server need not send Done after it.
      if (prepared.stream == api::StreamKind::Workflow && a.event.type == "Interrupt") interrupted = true;
      if (tools_round && prepared.stream == api::StreamKind::Chat) {
        if (a.event.type == "conversation.chat.requires_action") {
          required_action = a.event.data;
        } else if (!required_action.empty() && out.kind == api::StreamOutcome::DeliverThenDone) {
          queue_done("");  // the round's `done`: the run goes on with the tools' outputs
          continue;
        }
      }
      outbox.push_back(std::move(a));
      if (out.kind == api::StreamOutcome::DeliverThenDone) queue_done("");
    }
    if (!terminal_queued && !sse->error().empty()) {
      queue_fail(make_error("stream", "a stream event exceeded the size limit (" + sse->error() + ")"));
    }
  }

  void on_body(const char* data, size_t len) {
    if (!accepting_input() || stale_input()) return;
    fed = true;
    if (state == State::Streaming) {
      sse->feed(data, len);
      drain_events();
    } else if (state == State::Binary) {
      if (len == 0) return;
      if (!outbox.empty() && outbox.back().kind == ActionKind::Bytes) {
        outbox.back().bytes.append(data, len);  // not handed out yet: one action
      } else {
        Action a;
        a.kind = ActionKind::Bytes;
        a.bytes.assign(data, len);
        outbox.push_back(std::move(a));
      }
    } else if (state == State::Buffering) {
      if ((status < 200 || status >= 300) && body.size() + len > kMaxErrorBody) {
        // An error answer is kept bounded, and the attempt ends at the bound:
        // the rest is not waited for (the host drops the connection), so a
        // huge or endless error body costs neither memory nor time.
        body.append(data, kMaxErrorBody - body.size());
        finish_buffered();
        return;
      }
      if (body.size() + len > kMaxBufferedBody) {
        queue_fail(make_error("decode", "the answer is larger than " + std::to_string(kMaxBufferedBody) + " bytes"));
        return;
      }
      body.append(data, len);
    } else {
      queue_fail(make_error("internal", "body bytes fed before the response head"));
    }
  }

  void on_end() {
    if (!accepting_input() || stale_input()) return;
    fed = true;
    if (state == State::Streaming) {
      sse->finish();
      drain_events();
      if (!terminal_queued && interrupted) {
        queue_done("");
      } else if (!terminal_queued) {
        Error e = make_error("stream", "the stream ended before its done event (truncated)");
        e.retryable = true;
        attempt_failed(std::move(e), "");
      }
    } else if (state == State::Buffering) {
      finish_buffered();
    } else if (state == State::Binary) {
      queue_done("null");
    } else {
      queue_fail(make_error("internal", "end of body fed before the response head"));
    }
  }

  void finish_buffered() {
    bool is_stream = prepared.stream != api::StreamKind::None;
    content_type = http::header_value(response_headers, "content-type");
    Error e = map_http_error(status, response_headers, body, is_stream);
    if (!e.kind.empty()) {
      attempt_failed(std::move(e), "");
      return;
    }
    if (is_stream) {
      Error d = make_error("decode", "expected an event stream, got a JSON answer without an error code");
      d.body = utf8_prefix(body, kMaxErrorBodyBytes);
      queue_fail(std::move(d));
      return;
    }
    if (!api::extract_payload(*prepared.op, body, payload)) {
      Error d = make_error("decode", "the answer is not a JSON object");
      d.body = utf8_prefix(body, kMaxErrorBodyBytes);
      queue_fail(std::move(d));
      return;
    }
    if (!api::result_readable(*prepared.op, payload)) {
      Error d = make_error("decode", std::string("the answer's payload does not have the shape of ") +
                                         prepared.op->name + "'s result");
      d.body = utf8_prefix(body, kMaxErrorBodyBytes);
      queue_fail(std::move(d));
      return;
    }
    // The plain JSON form is made now only for next(); step() users read the
    // record, and result() makes the JSON when someone asks for it.
    result_on_demand = hold_events;
    queue_done(hold_events ? std::string() : api::record_to_json(api::result_record(*prepared.op, payload, false), true));
  }

  void on_transport_error(const std::string& kind, const std::string& message) {
    if (!accepting_input() || stale_input()) return;
    fed = true;
    if (state == State::Ready) {
      queue_fail(make_error("internal", "transport error fed while no request was in flight"));
      return;
    }
    std::string what = message.empty() ? kind : kind + ": " + message;
    if (kind == "redirect") {
      Error e = make_error("api", "the server answered with a redirect the HTTP client hides" +
                                      (message.empty() ? std::string() : " (" + message + ")") + ", not followed");
      Error redirect;
      redirect.kind = "api";
      redirect.http_status = 302;
      e.hint = error_hint(redirect);
      queue_fail(std::move(e));
    } else if (kind == "timeout") {
      attempt_failed(make_error("timeout", "the request timed out (" + what + ")"), kind);
    } else if (kind == "aborted" && cancelled) {
      queue_fail(make_error("cancelled", "the call was cancelled"));
    } else {
      attempt_failed(make_error("connection", "connection failed (" + what + ")"), kind);
    }
  }

  // Every event at the head of the outbox, as one batch record.
  std::string take_events(bool utf16) {
    size_t n = 0;
    while (n < outbox.size() && outbox[n].kind == ActionKind::Event) ++n;
    api::RecordWriter& w = batch_writer;  // its buffers are reused batch after batch
    w.reset(utf16);
    size_t first = w.root_array(n);
    size_t taken = 0;
    for (; taken < n; ++taken) {
      const Event& ev = outbox.front().event;
      if (!api::write_event(w, first + 3 * taken, prepared.stream, ev.type, ev.data, ev.id)) {
        // A typed payload that is not JSON: the events before it are
        // delivered, then the stream fails (as next() reports it).
        Error e = make_error("decode", "malformed JSON in '" + ev.type + "' event");
        e.body = utf8_prefix(ev.data, 4096);
        outbox.clear();
        terminal_queued = false;
        queue_fail(std::move(e));
        break;
      }
      outbox.pop_front();
    }
    if (taken < n) w.truncate_root_array(taken);
    if (taken > 0) events_delivered = true;
    events_taken += static_cast<int>(taken);
    events_out += static_cast<int64_t>(taken);
    return w.finish();
  }

  // Every BYTES chunk at the head of the outbox, in order.
  std::string take_bytes() {
    std::string out;
    while (!outbox.empty() && outbox.front().kind == ActionKind::Bytes) {
      if (out.empty()) out = std::move(outbox.front().bytes);
      else out += outbox.front().bytes;
      outbox.pop_front();
      events_delivered = true;  // bytes reached the user: never retried
    }
    return out;
  }

  void on_body_sent(int64_t sent) {
    if (!accepting_input() || state != State::AwaitHead || sent <= body_sent) return;
    body_sent = sent;
    fed = true;
  }

  void on_source_error(const std::string& source, const std::string& message) {
    if (state == State::Finished || terminal_queued) return;
    fed = true;
    queue_fail(make_error("invalid_argument", "the upload source '" + source + "' could not be read: " + message));
  }

  Action take_output() {
    Action a = std::move(outbox.front());
    outbox.pop_front();
    if (a.kind == ActionKind::Event || a.kind == ActionKind::Bytes) events_delivered = true;
    if (a.kind == ActionKind::Event) ++events_out;
    if (a.kind == ActionKind::Done) client->budget.refund();
    if (a.kind == ActionKind::Done || a.kind == ActionKind::Fail) {
      settle_durations();
      if (probe) {  // admitted as a probe, ended before its attempt went out
        client->health.release_probe();
        probe = false;
      }
      if (a.kind == ActionKind::Fail) {
        a.error.severity = error_severity(a.error.kind, a.error.http_status, retries_exhausted);
        a.error.history = history;
        if (!history.empty()) a.error.request_id = history.back().request_id;
        scrub(a.error.message);  // a server may echo what it was sent
        scrub(a.error.body);
      }
      if (metrics_on() && prepared.stream != api::StreamKind::None && attempts > 0) {
        metric("coze.client.stream.events", "counter", "{event}", static_cast<double>(events_out), false,
               a.kind == ActionKind::Fail ? a.error.kind : std::string());
      }
      if (hooks_on()) {
        HookEvent h = hook("call_finished");
        h.duration_ms = now_ - started_at;
        if (a.kind == ActionKind::Fail) {
          h.error_kind = a.error.kind;
          h.message = a.error.message;
          h.severity = a.error.severity;
          if (h.status == 0) h.status = a.error.http_status;
        }
        hooks.push_back(std::move(h));
      }
      finish(a);
    }
    return a;
  }

  // Retry or fail, per DESIGN.md's resilience rules.
  Action decide_retry(int64_t now, int64_t total_deadline) {
    Error e = std::move(attempt_error);
    has_attempt_error = false;
    if (e.retry_after_ms < 0 && wall_ms >= 0) {
      e.retry_after_ms = http::retry_after_ms(response_headers, wall_ms + (now - started_at));
    }
    bool retry = e.retryable || kind_is_retryable(e.kind);
    std::string should = http::header_value(response_headers, "x-should-retry");
    if (should == "true") retry = true;
    if (should == "false") retry = false;
    e.retryable = retry;
    auto fail = [&](const std::string& why) {
      if (!why.empty()) e.message += " (" + why + ")";
      return fail_now(std::move(e));
    };
    if (!retry || events_delivered) return fail("");
    if (attempts > max_retries) {
      retries_exhausted = true;
      return max_retries > 0 ? fail("gave up after " + std::to_string(attempts) + " attempts") : fail("");
    }
    bool safe = prepared.idempotent || send_key || attempt_transport == "connect";
    if (!safe) return fail("not retried: a POST without an idempotency key may have reached the server");
    int64_t delay;
    if (e.retry_after_ms >= 0) {
      if (e.retry_after_ms > resilience::kMaxServerDelayMs) {
        return fail("the server asked to wait " + std::to_string(e.retry_after_ms) + " ms");
      }
      delay = e.retry_after_ms;
    } else {
      delay = resilience::backoff_ms(attempts, client->next_unit());
    }
    if (total_deadline >= 0 && now + delay >= total_deadline) {
      retries_exhausted = true;
      return fail("no time left for a retry before the call's deadline");
    }
    if (!client->budget.try_spend(e.kind == "timeout")) {
      retries_exhausted = true;
      return fail("retry budget exhausted");
    }
    settle_durations();
    if (!history.empty()) history.back().delay_ms = delay;
    if (metrics_on()) metric("coze.client.retries", "counter", "{retry}", 1, false, e.kind);
    if (hooks_on()) {
      HookEvent h = hook("retry_scheduled");
      h.duration_ms = now - sent_at;
      h.delay_ms = delay;
      h.error_kind = e.kind;
      h.message = e.message;
      h.severity = "warning";
      scrub(h.message);
      hooks.push_back(std::move(h));
    }
    // A new attempt: forget this one's answer.
    state = State::Ready;
    status = 0;
    response_headers.clear();
    logid.clear();
    body.clear();
    sse.reset();
    ready_at = now + delay;
    if (delay > 0) {
      Action a;
      a.kind = ActionKind::Sleep;
      a.delay_ms = delay;
      return a;
    }
    return next(now);
  }

  Action send(int64_t now) {
    ++attempts;
    state = State::AwaitHead;
    outcome_reported = false;
    admitted = false;
    sent_at = now;
    last_input_at = now;
    body_sent = 0;
    Action a;
    a.kind = ActionKind::Send;
    a.request = prepared.request;
    const ClientConfig& c = client->config;
    int64_t ulid_ms = wall_ms >= 0 ? wall_ms + (now - started_at) : now;
    if (send_key) {
      if (idempotency_key.empty()) idempotency_key = client->new_ulid(ulid_ms);
      a.request.headers.push_back({c.idempotency_header, idempotency_key});
    }
    request_id = client->new_ulid(ulid_ms);
    a.request.headers.push_back({"X-Coze-Retry-Count", std::to_string(attempts - 1)});
    a.request.headers.push_back({"X-Client-Request-Id", request_id});
    if (!traceparent.empty()) {
      a.request.headers.push_back({"traceparent", traceparent});
      if (!tracestate.empty()) a.request.headers.push_back({"tracestate", tracestate});
    }
    rate_slot = false;
    Attempt at;
    at.number = attempts;
    at.idempotency_key = send_key ? idempotency_key : std::string();
    at.request_id = request_id;
    history.push_back(std::move(at));
    if (hooks_on()) {
      HookEvent h = hook("request_sent");
      h.headers = redacted(a.request.headers);
      if (client->config.hook_bodies && prepared.op && prepared.op->auth) {  // OAuth bodies carry secrets
        h.body = a.request.body;
        scrub(h.body);
      }
      hooks.push_back(std::move(h));
    }
    return a;
  }

  void finish(const Action& a) {
    state = State::Finished;
    terminal = a;
    outbox.clear();
    sse.reset();
    body.clear();
    body.shrink_to_fit();
  }

  Action fail_now(Error e) {
    outbox.clear();
    terminal_queued = false;
    queue_fail(std::move(e));
    return take_output();
  }

  Action next(int64_t now) {
    if (state == State::Finished) return terminal;
    now_ = now;
    if (started_at < 0) started_at = now;
    if (head_hook_pending) settle_durations();
    if (fed) {
      last_input_at = now;
      fed = false;
    }
    if (cancelled) return fail_now(make_error("cancelled", "the call was cancelled"));
    if (!build_error.empty()) return fail_now(make_error("invalid_argument", build_error));
    if (!outbox.empty()) {
      if (hold_events && (outbox.front().kind == ActionKind::Event || outbox.front().kind == ActionKind::Bytes)) {
        Action a;
        a.kind = outbox.front().kind;
        return a;
      }
      return take_output();
    }

    int64_t total = call_timeout_ms >= 0 ? call_timeout_ms : client->config.total_timeout_ms;
    int64_t total_deadline = total >= 0 ? started_at + total : -1;
    if (total_deadline >= 0 && now >= total_deadline) {
      return fail_now(make_error("timeout", "the call's deadline (" + std::to_string(total) + " ms) passed"));
    }
    if (has_attempt_error) return decide_retry(now, total_deadline);

    if (state == State::Ready) {
      if (ready_at <= now && !admitted) {
        // The circuit breaker first: a call it stops takes no rate-limit slot.
        int64_t left = 0;
        std::vector<resilience::HealthChange> changes;
        resilience::Health::Admit admit =
            client->health.admit(now, &left, hooks_on() || metrics_on() ? &changes : nullptr);
        health_hooks(changes);
        if (admit == resilience::Health::Admit::Open) {
          Error e = make_error("circuit_open",
                               left > 0 ? "the circuit breaker is open: calls fail at once for another " +
                                              std::to_string(left) + " ms"
                                        : "the circuit breaker is half-open and its probes are out: try again shortly");
          e.retryable = true;
          e.retry_after_ms = left;
          return fail_now(std::move(e));
        }
        probe = admit == resilience::Health::Admit::Probe;
        admitted = true;
      }
      if (ready_at <= now && !rate_slot && client->limiter.enabled()) {
        // One token per attempt; waiting for it is a SLEEP like any other,
        // and it never outlives the deadline.
        int64_t wait = client->limiter.delay(now);
        if (total_deadline >= 0 && now + wait >= total_deadline) {
          return fail_now(make_error("timeout", "the client's rate limit would delay the request by " +
                                                    std::to_string(wait) + " ms, past the call's deadline"));
        }
        ready_at = now + client->limiter.take(now);
        rate_slot = true;
      }
      if (ready_at > now) {
        Action a;
        a.kind = ActionKind::Sleep;
        a.delay_ms = ready_at - now;
        return a;
      }
      return send(now);
    }

    // Waiting for input: first byte or idle deadline, whichever applies.
    int64_t wait_deadline = -1;
    const ClientConfig& c = client->config;
    if (state == State::AwaitHead && c.first_byte_timeout_ms >= 0) {
      // From the request's last byte out: its SEND, or its body's latest progress.
      wait_deadline = last_input_at + c.first_byte_timeout_ms;
      if (now >= wait_deadline) {
        attempt_failed(make_error("timeout", "no response within " + std::to_string(c.first_byte_timeout_ms) + " ms"), "timeout");
        return decide_retry(now, total_deadline);
      }
    } else if (state != State::AwaitHead && c.idle_timeout_ms >= 0) {
      wait_deadline = last_input_at + c.idle_timeout_ms;
      if (now >= wait_deadline) {
        attempt_failed(make_error("timeout", "no data for " + std::to_string(c.idle_timeout_ms) + " ms"), "timeout");
        return decide_retry(now, total_deadline);
      }
    }
    Action a;
    a.kind = ActionKind::Wait;
    a.wake_at_ms = earliest(wait_deadline, total_deadline);
    return a;
  }
};

Call::Call(const Client& client, const std::string& op, const std::string& params_json,
           const CallOptions& options) {
  const std::shared_ptr<Client::State>& st = client.state();
  if (Flow::wanted(*st, op)) {
    flow_.reset(new Flow(st, op, params_json, options));
    return;
  }
  init_plain(st, op, params_json, options, nullptr);
}

Call::Call() = default;

std::unique_ptr<Call> Call::any(const std::shared_ptr<Client::State>& client, const std::string& op,
                                const std::string& params_json, const CallOptions& options) {
  std::unique_ptr<Call> c(new Call());
  if (Flow::wanted(*client, op)) c->flow_.reset(new Flow(client, op, params_json, options));
  else c->init_plain(client, op, params_json, options, nullptr);
  return c;
}

std::unique_ptr<Call> Call::plain(const std::shared_ptr<Client::State>& client, const std::string& op,
                                  const std::string& params_json, const CallOptions& options,
                                  const std::string* bearer) {
  std::unique_ptr<Call> c(new Call());
  c->init_plain(client, op, params_json, options, bearer);
  return c;
}

void Call::init_plain(const std::shared_ptr<Client::State>& client, const std::string& op,
                      const std::string& params_json, const CallOptions& options, const std::string* bearer) {
  impl_.reset(new Impl);
  impl_->client = client;
  impl_->op = op;
  impl_->call_timeout_ms = options.timeout_ms;
  impl_->max_retries = options.max_retries >= 0 ? options.max_retries : impl_->client->config.max_retries;
  impl_->wall_ms = options.wall_ms;
  impl_->idempotency_key = options.idempotency_key;
  auto params = json::parse(params_json, nullptr, false);
  if (params.is_discarded()) {
    impl_->build_error = op + ": params are not valid JSON";
    return;
  }
  if (!options.traceparent.empty() && !detail::traceparent_is_valid(options.traceparent)) {
    impl_->build_error = "traceparent is not a valid W3C trace context header";
    return;
  }
  if (options.tracestate.find_first_of("\r\n") != std::string::npos) {
    impl_->build_error = "tracestate must not contain line breaks";
    return;
  }
  impl_->traceparent = options.traceparent;
  impl_->tracestate = options.traceparent.empty() ? std::string() : options.tracestate;
  std::shared_ptr<Client::State> st = impl_->client;
  auto boundary = [st]() { return st->random_text32(); };
  if (api::prepare(op, params, impl_->client->config, options, impl_->prepared, impl_->build_error, bearer,
                   boundary)) {
    impl_->path = url_path(impl_->prepared.request.url);
    http::url_host_port(impl_->prepared.request.url, impl_->server_host, impl_->server_port);
    const std::string& url = impl_->prepared.request.url;
    if (url.compare(0, 7, "http://") == 0 && !impl_->client->config.allow_insecure_http &&
        !loopback_host(impl_->server_host)) {
      impl_->build_error = "the base URL '" + utf8_prefix(url.substr(0, url.find('/', 7)), 256, true) +
                           "' would send the token in clear text: use https://, a loopback host (localhost, "
                           "127.0.0.0/8, [::1]), or set allow_insecure_http";
      return;
    }
    impl_->send_key = options.idempotency && !impl_->client->config.idempotency_header.empty() &&
                      !impl_->prepared.idempotent;
  }
}

Call::~Call() = default;

Action Call::next(int64_t now_ms) {
  if (flow_) return flow_->next(now_ms);
  impl_->hold_events = false;  // next() hands events out one by one
  return impl_->next(now_ms);
}
void Call::on_response(int status, const std::vector<Header>& headers) {
  if (flow_) return flow_->on_response(status, headers);
  impl_->on_response(status, headers);
}
void Call::on_body(const char* data, size_t len) {
  if (flow_) return flow_->on_body(data, len);
  impl_->on_body(data, len);
}
void Call::on_end() {
  if (flow_) return flow_->on_end();
  impl_->on_end();
}
void Call::on_transport_error(const std::string& kind, const std::string& message) {
  if (flow_) return flow_->on_transport_error(kind, message);
  impl_->on_transport_error(kind, message);
}
void Call::on_signature(const std::string& signature) {
  if (flow_) flow_->on_signature(signature);
}
void Call::on_sign_error(const std::string& message) {
  if (flow_) flow_->on_sign_error(message);
}
void Call::on_body_sent(int64_t sent) {
  if (flow_) return flow_->on_body_sent(sent);
  impl_->on_body_sent(sent);
}
void Call::on_source_error(const std::string& source, const std::string& message) {
  if (flow_) return flow_->on_source_error(source, message);
  impl_->on_source_error(source, message);
}
void Call::on_tool_output(const std::string& call_id, const std::string& output) {
  if (flow_) flow_->on_tool_output(call_id, output, false);
}
void Call::on_tool_error(const std::string& call_id, const std::string& message) {
  if (flow_) flow_->on_tool_output(call_id, message, true);
}
void Call::mark_tools_round(Call& call) {
  if (call.impl_) call.impl_->tools_round = true;
  if (call.flow_) call.flow_->mark_tools_round();
}
std::string Call::required_action_chat(const Call& call) {
  if (call.impl_) return call.impl_->required_action;
  return call.flow_ ? call.flow_->required_action_chat() : std::string();
}
void Call::cancel() {
  if (flow_) return flow_->cancel();
  if (impl_->state != State::Finished) impl_->cancelled = true;
}
bool Call::finished() const { return flow_ ? flow_->finished() : impl_->state == State::Finished; }
int Call::step(int64_t now_ms) {
  if (flow_) return flow_->step(now_ms);
  impl_->hold_events = true;
  impl_->current = impl_->next(now_ms);
  return static_cast<int>(impl_->current.kind);
}
const HttpRequest& Call::request() const { return flow_ ? flow_->request() : impl_->current.request; }
std::string Call::sign_input() const { return flow_ ? flow_->sign_input() : std::string(); }
std::string Call::tool_calls() const { return flow_ ? flow_->tool_calls() : std::string(); }
int64_t Call::wake_at_ms() const { return flow_ ? flow_->wake_at_ms() : impl_->current.wake_at_ms; }
int64_t Call::delay_ms() const { return flow_ ? flow_->delay_ms() : impl_->current.delay_ms; }
std::string Call::take_events(bool utf16) { return flow_ ? flow_->take_events(utf16) : impl_->take_events(utf16); }
std::string Call::take_bytes() { return flow_ ? flow_->take_bytes() : impl_->take_bytes(); }
int Call::events_taken() const { return flow_ ? flow_->events_taken() : impl_->events_taken; }
std::string Call::result() const {
  if (flow_) return flow_->result();
  if (impl_->current.kind != ActionKind::Done) return std::string();
  if (impl_->result_on_demand) {
    return api::record_to_json(api::result_record(*impl_->prepared.op, impl_->payload, false), true);
  }
  return impl_->current.result;
}
std::string Call::result_record(bool utf16) const {
  if (flow_) return flow_->result_record(utf16);
  if (impl_->state != State::Finished || impl_->terminal.kind != ActionKind::Done || !impl_->prepared.op ||
      impl_->prepared.binary || impl_->prepared.stream != api::StreamKind::None) {
    return api::RecordWriter(utf16).finish();
  }
  return api::result_record(*impl_->prepared.op, impl_->payload, utf16);
}
std::string Call::content_type() const { return flow_ ? flow_->content_type() : impl_->content_type; }
std::string Call::logid() const { return flow_ ? flow_->logid() : impl_->terminal.logid; }
const Error& Call::error() const { return flow_ ? flow_->error() : impl_->current.error; }

std::vector<HookEvent> Call::take_hooks() {
  if (flow_) return flow_->take_hooks();
  std::vector<HookEvent> out;
  out.swap(impl_->hooks);
  return out;
}

}  // namespace coze
