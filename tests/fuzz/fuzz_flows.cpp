// Flows: a call made of several requests (every page of a list, create and
// poll, the OAuth grants, the device flow, a call whose token the client
// refreshes) driven the way a host drives it, each request answered with
// the next answer cut from the input. Whatever the answers, the flow ends
// with DONE or FAIL once the answers run out, within max_retries + 2 more
// requests (each then reset), hands out only JSON payloads, reports well-formed
// errors, never asks to be woken in the past, and no secret it was given
// appears in an error, an error's JSON or a hook event.
//
// Input: [scenario][flags] then answers, each [sel][len hi][len lo][body].
//   scenario: index into the scenarios below (every pages operation this
//             build has, create_and_poll, the OAuth operations, authed calls)
//   flags bit 0: the host cannot sign (SIGN answered with on_sign_error)
//         bit 1: cancel() at the SEND number (flags >> 4), if it comes
//         bit 2: max_retries 1
//   sel   bit 0-2: status (200, 200, 200, 400, 401, 403, 429, 500)
//         bit 3  : Content-Type text/plain instead of application/json
//         bit 4  : no answer at all: the connection resets before the head
//         bit 5  : the body ends with a reset instead of a clean end
//   len   : the body's length (clipped to what is left)
// Requests beyond the last answer get a reset.
#include <nlohmann/json.hpp>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "coze/exec.h"
#include "fuzz_support.h"

namespace {

// Secrets the scenarios hand the core; none may come back in an error or a
// hook event unless the input itself carries the marker.
const char kMarker[] = "SECRET";
const char kToken[] = "pat_SECRET_token_fuzz";
const char kClientSecret[] = "cs_SECRET_client_fuzz";
const char kRefreshToken[] = "rt_SECRET_refresh_fuzz";
const char kAccessToken[] = "at_SECRET_access_fuzz";
const char kCode[] = "code_SECRET_grant_fuzz";
const char* const kSecrets[] = {kToken, kClientSecret, kRefreshToken, kAccessToken, kCode};

const int64_t kWallMs = 1700000000000;

struct Scenario {
  std::string op;
  std::string params;
  std::string auth;  // ClientConfig.auth ("" for the fixed token)
};

std::string q(const char* s) { return std::string("\"") + s + "\""; }

// Params that satisfy the required fields of every list operation; extra
// fields are sent along, which the request builder allows.
const char kListParams[] =
    R"({"bot_id":"b1","space_id":"s1","workspace_id":"w1","conversation_id":"c1","dataset_id":"d1",)"
    R"("page_size":2})";

std::vector<Scenario> make_scenarios() {
  std::vector<Scenario> all;
  for (const std::string& op : coze::supported_operations()) {
    if (op.size() > 6 && op.compare(op.size() - 6, 6, ".pages") == 0) all.push_back({op, kListParams, ""});
  }
  all.push_back({"chat.create_and_poll",
                 R"({"bot_id":"b1","user_id":"u1","additional_messages":[{"role":"user","content":"Hi","content_type":"text"}]})",
                 ""});
  all.push_back({"oauth.exchange_code",
                 "{\"client_id\":\"app1\",\"code\":" + q(kCode) +
                     ",\"redirect_uri\":\"https://app.example/cb\",\"client_secret\":" + q(kClientSecret) + "}",
                 ""});
  all.push_back({"oauth.exchange_code",
                 "{\"client_id\":\"app1\",\"code\":" + q(kCode) +
                     ",\"redirect_uri\":\"https://app.example/cb\",\"code_verifier\":"
                     "\"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk\"}",
                 ""});
  all.push_back({"oauth.refresh",
                 "{\"client_id\":\"app1\",\"refresh_token\":" + q(kRefreshToken) + ",\"client_secret\":" +
                     q(kClientSecret) + "}",
                 ""});
  all.push_back({"oauth.jwt_token", R"({"client_id":"app1","public_key_id":"kid_1","session_name":"u-42"})", ""});
  all.push_back({"oauth.device_flow", R"({"client_id":"app1"})", ""});
  all.push_back({"oauth.device_code", R"({"client_id":"app1"})", ""});
  // A client whose token is due: the refresh grant first, then the call
  // (and once more after a 401).
  all.push_back({"chat.create", R"({"bot_id":"b1","user_id":"u1"})",
                 "{\"type\":\"oauth\",\"client_id\":\"app1\",\"access_token\":" + q(kAccessToken) +
                     ",\"refresh_token\":" + q(kRefreshToken) + ",\"client_secret\":" + q(kClientSecret) +
                     ",\"expires_in\":1700000010}"});
  all.push_back({"conversations.list.pages", kListParams,
                 "{\"type\":\"oauth\",\"client_id\":\"app1\",\"access_token\":" + q(kAccessToken) +
                     ",\"refresh_token\":" + q(kRefreshToken) + ",\"expires_in\":1700003600}"});
  // Tokens from JWTs the host signs.
  all.push_back({"chat.create", R"({"bot_id":"b1","user_id":"u1"})",
                 R"({"type":"jwt","client_id":"app1","public_key_id":"kid_1","ttl_seconds":1200})"});
  return all;
}

const std::vector<Scenario>& scenarios() {
  static const std::vector<Scenario> all = make_scenarios();
  return all;
}

struct Answer {
  int status = 200;
  bool text = false;
  bool no_head = false;
  bool reset_after = false;
  std::string body;
};

std::vector<Answer> read_answers(coze_fuzz::Input& in) {
  static const int kStatuses[] = {200, 200, 200, 400, 401, 403, 429, 500};
  std::vector<Answer> answers;
  while (in.rest_size() > 0 && answers.size() < 64) {
    uint8_t sel = in.byte();
    size_t len = in.u16();
    Answer a;
    a.status = kStatuses[sel & 7];
    a.text = sel & 8;
    a.no_head = sel & 16;
    a.reset_after = sel & 32;
    if (len > in.rest_size()) len = in.rest_size();
    a.body.assign(in.rest_data(), len);
    for (size_t k = 0; k < len; ++k) in.byte();
    answers.push_back(std::move(a));
  }
  return answers;
}

bool has(const std::string& haystack, const char* needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::vector<Scenario>& all = scenarios();
  coze_fuzz::Input in(data, size);
  const Scenario& sc = all[in.byte() % all.size()];
  uint8_t flags = in.byte();
  std::vector<Answer> answers = read_answers(in);
  const bool input_has_marker =
      std::string(reinterpret_cast<const char*>(data), size).find(kMarker) != std::string::npos;

  coze::ClientConfig config;
  config.base_url = "https://api.coze.com";
  config.token = kToken;
  config.max_retries = flags & 4 ? 1 : 0;
  config.seed = 0x5eed;
  config.hooks = true;
  if (!sc.auth.empty()) config.auth = sc.auth;
  coze::Client client(config);
  coze::CallOptions options;
  options.wall_ms = kWallMs;
  coze::Call call(client, sc.op, sc.params, options);

  auto check_secrets = [&](const std::string& text, const char* what) {
    if (input_has_marker) return;
    for (const char* secret : kSecrets) {
      if (has(text, secret)) {
        std::fprintf(stderr, "secret %s in %s: %s\n", secret, what, text.c_str());
        coze_fuzz::broken(__FILE__, __LINE__, "a secret escaped");
      }
    }
  };

  const bool can_sign = !(flags & 1);
  const bool cancel = flags & 2;
  const size_t cancel_at = flags >> 4;
  size_t next_answer = 0;
  int sends = 0, resets = 0;
  bool cancelled = false;
  int64_t now = 0;
  coze::Action terminal;
  bool ended = false;
  for (int guard = 0; !ended; ++guard) {
    FUZZ_CHECK(guard < 100000, "the flow neither ended nor ran out of answers");
    coze::Action a = call.next(now);
    for (const coze::HookEvent& h : call.take_hooks()) {
      // The fields that carry text from a request or an answer (cheaper
      // than hook_event_json, which prints the same fields).
      check_secrets(h.message, "a hook event's message");
      check_secrets(h.body, "a hook event's body");
      check_secrets(h.logid, "a hook event's log id");
      for (const coze::Header& x : h.headers) check_secrets(x.value, "a hook event's header");
    }
    switch (a.kind) {
      case coze::ActionKind::Send: {
        ++sends;
        if (cancel && static_cast<size_t>(sends) == cancel_at) {
          call.cancel();
          cancelled = true;
          break;
        }
        if (next_answer >= answers.size()) {
          call.on_transport_error("reset", "connection reset by peer");
          // Every request up to here took an answer: past them, the flow may
          // retry the reset (max_retries) and start one more inner call at most.
          ++resets;
          FUZZ_CHECK(resets <= config.max_retries + 2, "requests go on after the answers ran out");
          break;
        }
        const Answer& ans = answers[next_answer++];
        if (ans.no_head) {
          call.on_transport_error("reset", "connection reset by peer");
          break;
        }
        call.on_response(ans.status, {{"Content-Type", ans.text ? "text/plain" : "application/json"},
                                      {"X-Tt-Logid", "lg-fuzz"}});
        call.on_body(ans.body.data(), ans.body.size());
        if (ans.reset_after) {
          call.on_transport_error("reset", "connection reset by peer");
        } else {
          call.on_end();
        }
        break;
      }
      case coze::ActionKind::Wait:
        // After a whole answer the flow never waits for input that is not coming.
        FUZZ_CHECK(a.wake_at_ms >= 0, "WAIT for input with nothing in flight");
        FUZZ_CHECK(a.wake_at_ms > now, "WAIT until a time already passed");
        now = a.wake_at_ms;
        break;
      case coze::ActionKind::Sleep:
        FUZZ_CHECK(a.delay_ms >= 0, "a negative SLEEP");
        FUZZ_CHECK(a.delay_ms <= INT64_MAX - now, "a SLEEP that overflows the clock");
        now += a.delay_ms;
        break;
      case coze::ActionKind::Sign:
        FUZZ_CHECK(!a.sign_input.empty(), "SIGN with nothing to sign");
        check_secrets(a.sign_input, "a JWT to sign");
        if (can_sign) {
          call.on_signature(std::string(256, '\x5a'));
        } else {
          call.on_sign_error("no key here");
        }
        break;
      case coze::ActionKind::Event:
        FUZZ_CHECK(!a.event.type.empty(), "an event without a type");
        FUZZ_CHECK(nlohmann::json::accept(a.event.data), "an event payload that is not JSON");
        break;
      case coze::ActionKind::Bytes:
      case coze::ActionKind::Tools:
        coze_fuzz::broken(__FILE__, __LINE__, "an action no flow of these makes");
      case coze::ActionKind::Done:
        FUZZ_CHECK(!cancelled, "DONE after cancel()");
        FUZZ_CHECK(nlohmann::json::accept(a.result), "a result that is not JSON");
        terminal = a;
        ended = true;
        break;
      case coze::ActionKind::Fail: {
        const coze::Error& e = a.error;
        FUZZ_CHECK(coze_fuzz::known_kind(e.kind), "an error kind outside DESIGN.md's list");
        FUZZ_CHECK(!e.message.empty(), "an error without a message");
        FUZZ_CHECK(coze_fuzz::valid_utf8(e.message), "an error message that is not UTF-8");
        if (cancelled) FUZZ_CHECK(e.kind == "cancelled", "cancel() did not win");
        check_secrets(e.message, "an error message");
        check_secrets(coze::error_json(e), "an error's JSON");
        terminal = a;
        ended = true;
        break;
      }
    }
  }
  FUZZ_CHECK(call.finished(), "the flow ended without finishing");
  coze::Action again = call.next(now + 1);
  FUZZ_CHECK(again.kind == terminal.kind, "next() after the end changed its answer");
  return 0;
}
