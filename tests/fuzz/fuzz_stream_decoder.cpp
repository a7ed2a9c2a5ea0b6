// The executor and the Coze stream decoder: one call is driven the way a host
// drives it (SEND, response head, body chunks with next() after each, end)
// with the input as the answer's body. Whatever the bytes, the call ends with
// DONE or FAIL, never asks for input after the end, delivers only JSON event
// payloads and reports well-formed errors.
//
// Input: [mode][op][c0][c1][flags] then the body.
//   mode bit 0-1: content type (event-stream, event-stream; charset, JSON, text)
//        bit 2-4: status (200, 200, 200, 201, 400, 401, 429, 503)
//        bit 5  : the body ends with a reset instead of a clean end
//        bit 6  : max_retries 2 (the same answer is given to every attempt)
//        bit 7  : cancel before chunk number (flags >> 4), or before the last
//   op   : index into the operations this build supports (see below)
//   c0,c1: chunk sizes, used in turn; 0 feeds an empty chunk, then one byte
//   flags bit 0: no X-Tt-Logid header
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coze/exec.h"
#include "fuzz_support.h"

namespace {

using coze_fuzz::known_kind;

bool iequals(const std::string& a, const char* b) {
  size_t i = 0;
  for (; i < a.size() && b[i]; ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return i == a.size() && !b[i];
}

// Params per operation: the smallest set that builds its request (building
// the request is most of the cost of one run), else one that satisfies every
// operation's required fields; extra fields are sent along, which the request
// builder allows.
const char* const kParamSets[] = {
    R"({"bot_id":"b","user_id":"u"})",
    R"({"bot_id":"7379462189365198898","user_id":"u-1","workflow_id":"7379462189365198899",)"
    R"("conversation_id":"7381473525342978089","chat_id":"7382159487131697202",)"
    R"("event_id":"e-1","interrupt_type":2,"resume_data":"ok","parameters":{},)"
    R"("additional_messages":[{"role":"user","content":"Hi","content_type":"text"}],)"
    R"("tool_outputs":[{"tool_call_id":"t-1","output":"ok"}]})",
};

const char kLogid[] = "20240619180002D4E5F6";

coze::ClientConfig config_with(int max_retries) {
  coze::ClientConfig c;
  c.base_url = "https://api.coze.com";
  c.token = "pat_fuzz";
  c.max_retries = max_retries;
  c.seed = 0x5eed;
  return c;
}

struct Operation {
  std::string name;
  const char* params;
};

// The operations to fuzz: stream operations first, then the rest, each kept
// only when one of the param sets builds a request for it.
std::vector<Operation> usable_operations() {
  std::vector<Operation> streams, others;
  coze::Client client(config_with(0));
  for (const std::string& op : coze::supported_operations()) {
    // Calls of one request only: flows (pages, polling, OAuth) make several,
    // and their vectors pin them (tests/vectors/flows, exec/auth.json).
    if (op.size() > 6 && op.compare(op.size() - 6, 6, ".pages") == 0) continue;
    if (op == "chat.create_and_poll" || op.rfind("oauth.", 0) == 0) continue;
    bool built = false;
    for (const char* params : kParamSets) {
      coze::Call call(client, op, params);
      coze::Action a = call.next(0);
      if (a.kind != coze::ActionKind::Send) continue;
      (a.request.stream ? streams : others).push_back({op, params});
      built = true;
      break;
    }
    if (!built) std::fprintf(stderr, "fuzz_stream_decoder: skipping %s (no params build it)\n", op.c_str());
  }
  streams.insert(streams.end(), others.begin(), others.end());
  std::fprintf(stderr, "fuzz_stream_decoder: operations:");
  for (const Operation& op : streams) std::fprintf(stderr, " %s", op.name.c_str());
  std::fprintf(stderr, "\n");
  return streams;
}

const std::vector<Operation>& operations() {
  static const std::vector<Operation> ops = usable_operations();
  return ops;
}

enum class Outcome { NeedInput, NewAttempt, Ended };

struct Driver {
  Driver(coze::Call& c, int retries, int st, bool logid) : call(c), max_retries(retries), status(st), logid_header(logid) {}

  coze::Call& call;
  int max_retries;
  int status;
  bool logid_header;
  int64_t now = 0;
  int sends = 0;
  bool stream_request = false;
  bool cancelled = false;
  std::string last_event_type;
  bool workflow_stream = false;  // a workflows.runs.* stream may end at its Interrupt
  bool interrupted = false;
  coze::Action terminal;

  void check_event(const coze::Event& ev) {
    FUZZ_CHECK(!ev.type.empty(), "an event without a type");
    FUZZ_CHECK(coze_fuzz::valid_utf8(ev.type), "an event type that is not valid UTF-8");
    FUZZ_CHECK(nlohmann::json::accept(ev.data), "an event payload that is not JSON");
    FUZZ_CHECK(last_event_type != "done", "an event after done");
  }

  void check_terminal(const coze::Action& a) {
    if (a.kind == coze::ActionKind::Done) {
      FUZZ_CHECK(!cancelled, "DONE after cancel()");
      if (stream_request) {
        FUZZ_CHECK(iequals(last_event_type, "done") || interrupted,
                   "a stream completed without its done event (or a workflow Interrupt)");
      } else {
        FUZZ_CHECK(nlohmann::json::accept(a.result), "a result that is not JSON");
      }
      if (logid_header) FUZZ_CHECK(a.logid == kLogid, "DONE without the answer's log id");
      return;
    }
    const coze::Error& e = a.error;
    FUZZ_CHECK(known_kind(e.kind), "an error kind outside DESIGN.md's list");
    FUZZ_CHECK(!e.message.empty(), "an error without a message");
    FUZZ_CHECK(e.attempts == sends, "the error does not count the attempts made");
    FUZZ_CHECK(e.http_status == status, "the error does not carry the HTTP status");
    if (cancelled) FUZZ_CHECK(e.kind == "cancelled", "cancel() did not win");
    if (logid_header) FUZZ_CHECK(e.logid == kLogid, "the error lacks the X-Tt-Logid log id");
  }

  // Calls next() until the call needs input, starts an attempt or ends.
  Outcome drain() {
    for (int guard = 0; guard < 1000000; ++guard) {
      coze::Action a = call.next(now);
      switch (a.kind) {
        case coze::ActionKind::Wait:
          FUZZ_CHECK(a.wake_at_ms < 0 || a.wake_at_ms > now, "WAIT until a time already passed");
          return Outcome::NeedInput;
        case coze::ActionKind::Event:
          check_event(a.event);
          last_event_type = a.event.type;
          if (workflow_stream && a.event.type == "Interrupt") interrupted = true;
          continue;
        case coze::ActionKind::Sleep:
          FUZZ_CHECK(a.delay_ms >= 0, "a negative SLEEP");
          now += a.delay_ms;
          continue;
        case coze::ActionKind::Send:
          FUZZ_CHECK(last_event_type.empty(), "a stream retried after its first event");
          ++sends;
          FUZZ_CHECK(sends <= max_retries + 1, "more attempts than max_retries allows");
          stream_request = a.request.stream;
          return Outcome::NewAttempt;
        case coze::ActionKind::Done:
        case coze::ActionKind::Fail:
          check_terminal(a);
          terminal = a;
          return Outcome::Ended;
      }
    }
    coze_fuzz::broken(__FILE__, __LINE__, "next() never asked for input nor ended");
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kTypes[] = {"text/event-stream", "text/event-stream; charset=utf-8",
                                       "application/json", "text/plain"};
  static const int kStatuses[] = {200, 200, 200, 201, 400, 401, 429, 503};
  const std::vector<Operation>& ops = operations();
  FUZZ_CHECK(!ops.empty(), "no operation builds a request");

  coze_fuzz::Input in(data, size);
  uint8_t mode = in.byte();
  const Operation& op = ops[in.byte() % ops.size()];
  uint8_t sizes[2] = {in.byte(), in.byte()};
  uint8_t flags = in.byte();
  const char* body = in.rest_data();
  size_t body_len = in.rest_size();

  int max_retries = mode & 0x40 ? 2 : 0;
  bool reset = mode & 0x20;
  bool cancel = mode & 0x80;
  size_t cancel_at = flags >> 4;
  std::vector<coze::Header> head = {{"Content-Type", kTypes[mode & 3]}};
  bool logid_header = !(flags & 1);
  if (logid_header) head.push_back({"X-Tt-Logid", kLogid});

  coze::Client client(config_with(max_retries));
  coze::CallOptions options;
  options.wall_ms = 1718792949000;
  coze::Call call(client, op.name, op.params, options);
  Driver d(call, max_retries, kStatuses[(mode >> 2) & 7], logid_header);
  d.workflow_stream = op.name.rfind("workflows.runs.", 0) == 0;

  Outcome o = d.drain();
  FUZZ_CHECK(o == Outcome::NewAttempt, "the call did not start with SEND");
  while (o == Outcome::NewAttempt) {
    call.on_response(d.status, head);
    o = d.drain();
    size_t pos = 0;
    for (size_t k = 0; o == Outcome::NeedInput && pos < body_len; ++k) {
      size_t n = sizes[k % 2] == 0 ? 1 : sizes[k % 2];
      if (n > body_len - pos) n = body_len - pos;
      if (cancel && (k == cancel_at || pos + n == body_len)) {
        call.cancel();
        d.cancelled = true;
        o = d.drain();
        FUZZ_CHECK(o == Outcome::Ended, "the call went on after cancel()");
        break;
      }
      if (sizes[k % 2] == 0) call.on_body(body + pos, 0);
      call.on_body(body + pos, n);
      pos += n;
      o = d.drain();
    }
    if (o != Outcome::NeedInput) continue;
    if (reset) {
      call.on_transport_error("reset", "connection reset by peer");
    } else {
      call.on_end();
    }
    o = d.drain();
    FUZZ_CHECK(o != Outcome::NeedInput, "the call waits for input after the end of the answer");
  }
  FUZZ_CHECK(o == Outcome::Ended && call.finished(), "the call did not end");
  coze::Action again = call.next(d.now + 1);
  FUZZ_CHECK(again.kind == d.terminal.kind, "next() after the end changed its answer");
  return 0;
}
