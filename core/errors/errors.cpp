// HTTP status x Coze business code (x OAuth error_code) -> error kind
// (DESIGN.md's table), the message the server gave, and the hint table.
#include "coze/errors.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "http/headers.h"

namespace coze {
namespace {

using json = nlohmann::json;

std::string status_message(int status) {
  switch (status) {
    case 400: return "bad request";
    case 401: return "unauthorized";
    case 402: return "payment required";
    case 403: return "forbidden";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 406: return "not acceptable";
    case 408: return "request timeout";
    case 409: return "conflict";
    case 410: return "gone";
    case 413: return "payload too large";
    case 414: return "URI too long";
    case 415: return "unsupported media type";
    case 422: return "unprocessable entity";
    case 425: return "too early";
    case 429: return "too many requests";
    case 431: return "request header fields too large";
    case 500: return "internal server error";
    case 501: return "not implemented";
    case 502: return "bad gateway";
    case 503: return "service unavailable";
    case 504: return "gateway timeout";
    default: break;
  }
  if (status >= 500 && status < 600) return "server error";
  if (status >= 400 && status < 500) return "client error";
  if (status >= 200 && status < 300) return "success";
  return "unexpected status";
}

// Reads a JSON integer that may also be sent as a string of digits or as a
// number without fraction.
bool read_int(const json& v, long long& out) {
  if (v.is_number_integer()) {
    out = v.get<long long>();
    return true;
  }
  if (v.is_number_unsigned()) {
    out = static_cast<long long>(v.get<unsigned long long>());
    return true;
  }
  if (v.is_number_float()) {
    double d = v.get<double>();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740991.0) return false;
    out = static_cast<long long>(d);
    return true;
  }
  if (v.is_string()) {
    const std::string& s = v.get_ref<const std::string&>();
    size_t start = !s.empty() && s[0] == '-' ? 1 : 0;
    if (s.size() == start || s.size() - start > 18) return false;
    for (size_t i = start; i < s.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    out = std::atoll(s.c_str());
    return true;
  }
  return false;
}

// Whether the body may be a JSON object: its first non-blank byte is '{'.
// Anything else (an HTML page, plain text, nothing) is not parsed at all.
bool looks_like_object(const std::string& body) {
  for (char c : body) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    return c == '{';
  }
  return false;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

bool mentions(const std::string& lowered, const char* needle) { return lowered.find(needle) != std::string::npos; }

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// `word` in `lowered` with no letter right before or after it ("aud:" and
// "\"kid\"" count, "fraud" and "kidney" do not).
bool mentions_word(const std::string& lowered, const std::string& word) {
  for (size_t at = lowered.find(word); at != std::string::npos; at = lowered.find(word, at + 1)) {
    bool before = at > 0 && is_letter(lowered[at - 1]);
    bool after = at + word.size() < lowered.size() && is_letter(lowered[at + word.size()]);
    if (!before && !after) return true;
  }
  return false;
}

// An authentication failure whose message points at a token made for the
// other region: a JWT's key id unknown here, its audience naming the other
// host, the server unable to verify it, or the region named outright.
bool looks_like_wrong_region(const std::string& message) {
  std::string m = lower_ascii(message);
  return mentions_word(m, "kid") || mentions_word(m, "aud") || mentions(m, "audience") || mentions(m, "verify jwt") ||
         mentions(m, "region");
}

constexpr const char* kRegionHint =
    "the token may be for the other region: api.coze.com and api.coze.cn take different tokens and apps; "
    "use the base URL of the site where the token or OAuth app was made";

}  // namespace

std::string utf8_prefix(const std::string& text, size_t max_bytes, bool mark) {
  if (text.size() <= max_bytes) return text;
  size_t keep = max_bytes;
  if (mark) keep = max_bytes >= 3 ? max_bytes - 3 : 0;
  // Step back over continuation bytes (at most 3) so no sequence is split.
  size_t cut = keep;
  for (int back = 0; back < 4 && cut > 0 && cut < text.size(); ++back) {
    unsigned char c = static_cast<unsigned char>(text[cut]);
    if ((c & 0xC0) != 0x80) break;  // `cut` starts a sequence (or is ASCII)
    --cut;
  }
  if (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) cut = keep;  // not UTF-8 anyway
  std::string out = text.substr(0, cut);
  if (mark && max_bytes >= 3) out += "...";
  return out;
}

std::string kind_for_coze_code(long long code) {
  switch (code) {
    case 0: return "";
    case 4000: return "bad_request";
    case 4100:
    case 700012006: return "authentication";
    case 4101: return "permission_denied";
    case 4001:
    case 4002:
    case 4005:
    case 4006:
    case 4200: return "not_found";
    case 4013:
    case 4020: return "rate_limited";
    case 5000: return "server";
    default: return "";
  }
}

std::string kind_for_oauth_code(const std::string& code) {
  if (code == "invalid_client" || code == "invalid_grant" || code == "invalid_token" || code == "expired_token" ||
      code == "unauthorized_client") {
    return "authentication";
  }
  if (code == "access_denied") return "permission_denied";
  if (code == "slow_down") return "rate_limited";
  if (code == "invalid_request" || code == "unsupported_grant_type" || code == "invalid_scope") return "bad_request";
  return "";  // authorization_pending and codes this version does not know: by HTTP status
}

std::string kind_for_http_status(int status) {
  if (status >= 200 && status < 300) return "";
  switch (status) {
    case 400: return "bad_request";
    case 401: return "authentication";
    case 403: return "permission_denied";
    case 404: return "not_found";
    case 408: return "timeout";
    case 409: return "conflict";
    case 422: return "unprocessable";
    case 429: return "rate_limited";
    case 502:
    case 504: return "gateway";
    default: break;
  }
  if (status >= 500) return "server";
  if (status >= 400) return "bad_request";
  return "api";  // 1xx/3xx answers are not API answers
}

bool kind_is_retryable(const std::string& kind) {
  return kind == "rate_limited" || kind == "server" || kind == "gateway" || kind == "timeout" ||
         kind == "connection" || kind == "conflict";
}

std::string error_severity(const std::string& kind, int http_status, bool retries_exhausted) {
  if (kind == "authentication" || kind == "permission_denied" || kind == "internal") return "critical";
  if (kind == "server" && http_status == 501) return "critical";
  if (kind == "cancelled" || kind == "not_found" || kind == "circuit_open") return "info";
  bool service = kind == "server" || kind == "gateway" || kind == "timeout" || kind == "connection" ||
                 kind == "rate_limited";
  if (service && retries_exhausted) return "critical";
  return "warning";
}

std::string error_hint(const Error& e) {
  switch (e.code) {
    case 4100: return kRegionHint;
    case 700012006:
      return "the personal access token is wrong or expired: create a new one on the site of the base URL's region";
    case 4101: return "the token has no permission for this resource: check its scopes and workspace";
    case 4003: return "meta_data is too large";
    case 4004: return "additional_messages is too large";
    case 4008: return "the bot's daily request limit is used up: try again tomorrow";
    case 4009: return "too many users are talking to this bot at once: retry later";
    case 4010: return "the prompt is longer than the model's context: send fewer or shorter messages";
    case 4011: return "the account's token balance is used up: top it up";
    case 4012: return "the bot's model is not valid: choose another model for the bot";
    case 4013: return "rate limited (requests per minute): slow down";
    case 4014: return "the bot could not answer this request";
    case 4015: return "the bot is not published to the API channel: publish it as an API service";
    case 4016: return "a chat is still running in this conversation: wait for it to finish or cancel it";
    case 4019:
    case 4027: return "the account has an overdue payment: settle it to continue";
    case 4020: return "rate limited (the model's requests per minute): slow down";
    case 4028: return "the free quota is used up";
    case 4104: return "this chat can no longer be cancelled";
    case 6006: return "a code node of the workflow timed out";
    default: break;
  }
  const std::string& oauth = e.error_code;
  bool auth = e.kind == "authentication";
  if (auth && looks_like_wrong_region(e.message)) return kRegionHint;
  if (!oauth.empty()) {
    if (oauth == "authorization_pending") return "the user has not approved the device yet: keep polling at the interval";
    if (oauth == "slow_down") return "polling too fast: add 5 s to the polling interval";
    if (oauth == "access_denied") return "the user denied the authorization";
    if (oauth == "expired_token") return "the device code expired: start the device flow again";
    if (oauth == "invalid_grant") return "the code, refresh token or JWT was refused: it was used, expired or is not this app's";
    if (oauth == "invalid_client") {
      return "the client_id or its secret or key is wrong, or the app belongs to the other region (api.coze.com "
             "vs api.coze.cn)";
    }
    if (oauth == "invalid_token") return "the access token is invalid or expired: refresh it";
    if (oauth == "unauthorized_client") return "this app may not use this grant type: check the app's type";
  }
  if (auth && e.code == 0 && oauth.empty() && e.http_status == 401) return kRegionHint;
  if (e.kind == "rate_limited" && e.http_status == 429) return "rate limited: slow down and retry after the delay";
  if (e.http_status >= 300 && e.http_status < 400) {
    return "redirects are never followed, so the token only goes to the host you named: if the new address is "
           "right, use it as the base URL";
  }
  return "";
}

std::string error_text(const Error& e) {
  std::string text = e.message.empty() ? (e.kind.empty() ? std::string("error") : e.kind) : e.message;
  if (!e.hint.empty()) text += " (" + e.hint + ")";
  return text;
}

Error map_http_error(int http_status, const std::vector<Header>& headers, const std::string& body,
                     bool stream, int64_t wall_ms) {
  (void)stream;
  Error e;
  e.http_status = http_status;
  e.logid = http::header_value(headers, "x-tt-logid");
  e.retry_after_ms = http::retry_after_ms(headers, wall_ms);

  std::string msg;
  bool parsed = false;  // the body is a JSON object
  if (looks_like_object(body)) {
    json j = json::parse(body, nullptr, false);
    if (!j.is_discarded() && j.is_object()) {
      parsed = true;
      long long code = 0;
      auto it = j.find("code");
      if (it != j.end() && read_int(*it, code)) e.code = code;
      // OAuth answers: {"error_code": "authorization_pending", "error_message": ...};
      // some endpoints send a numeric error_code, read as the Coze code.
      auto oc = j.find("error_code");
      if (oc != j.end()) {
        long long n = 0;
        if (oc->is_string() && !read_int(*oc, n)) {
          e.error_code = utf8_prefix(oc->get<std::string>(), 256);
        } else if (e.code == 0 && read_int(*oc, n)) {
          e.code = n;
        }
      }
      // RFC 6749 / 8628 shape: {"error": "invalid_grant", "error_description": ...}.
      auto rfc = j.find("error");
      if (e.error_code.empty() && rfc != j.end() && rfc->is_string()) {
        const std::string& name = rfc->get_ref<const std::string&>();
        if (!kind_for_oauth_code(name).empty() || name == "authorization_pending") e.error_code = name;
      }
      for (const char* key : {"msg", "message", "error_message", "error_description", "error"}) {
        auto m = j.find(key);
        if (m != j.end() && m->is_string() && !m->get_ref<const std::string&>().empty()) {
          msg = m->get<std::string>();
          break;
        }
      }
      if (e.logid.empty()) {
        auto d = j.find("detail");
        if (d != j.end() && d->is_object()) {
          auto l = d->find("logid");
          if (l != d->end() && l->is_string()) e.logid = utf8_prefix(l->get<std::string>(), 256);
        }
      }
    }
  }

  bool ok_status = http_status >= 200 && http_status < 300;
  if (ok_status && e.code == 0 && e.error_code.empty()) {
    if (parsed) return e;  // kind "": not an error
    // JSON of another shape is left to the operation's decoder.
    if (!looks_like_object(body) && json::accept(body)) return e;
    e.kind = "decode";
    e.message = "the answer is not valid JSON";
  } else {
    std::string by_code = kind_for_coze_code(e.code);
    std::string by_oauth = kind_for_oauth_code(e.error_code);
    if (!by_code.empty()) {
      e.kind = by_code;
    } else if (!by_oauth.empty()) {
      e.kind = by_oauth;
    } else if (!ok_status) {
      e.kind = kind_for_http_status(http_status);
    } else {
      e.kind = "api";
    }
    if (http_status >= 300 && http_status < 400 && e.code == 0 && e.error_code.empty()) {
      // A redirect: where to, never followed (README "Security").
      std::string to = http::header_value(headers, "location");
      e.message = "HTTP " + std::to_string(http_status) + " redirect" +
                  (to.empty() ? std::string() : " to " + utf8_prefix(to, 512, true)) + ", not followed";
    } else if (!msg.empty()) {
      e.message = utf8_prefix(msg, kMaxErrorMessageBytes, true);
    } else if (e.code != 0) {
      e.message = "Coze error " + std::to_string(e.code);
    } else if (!e.error_code.empty()) {
      e.message = "OAuth error " + e.error_code;
    } else {
      e.message = "HTTP " + std::to_string(http_status) + " " + status_message(http_status);
    }
    e.hint = error_hint(e);
  }
  e.retryable = kind_is_retryable(e.kind);
  e.body = utf8_prefix(body, kMaxErrorBodyBytes);
  return e;
}

}  // namespace coze
