// HTTP status x Coze business code -> error kind (DESIGN.md's table).
#include "coze/errors.h"

#include <cctype>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "http/headers.h"

namespace coze {
namespace {

constexpr size_t kMaxKeptBody = 64 * 1024;

std::string status_message(int status) {
  switch (status) {
    case 400: return "bad request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not found";
    case 408: return "request timeout";
    case 409: return "conflict";
    case 422: return "unprocessable entity";
    case 429: return "too many requests";
    case 500: return "internal server error";
    case 502: return "bad gateway";
    case 503: return "service unavailable";
    case 504: return "gateway timeout";
    default: return "HTTP error";
  }
}

// Reads a JSON integer that may also be sent as a string of digits.
bool read_int(const nlohmann::json& v, long long& out) {
  if (v.is_number_integer()) {
    out = v.get<long long>();
    return true;
  }
  if (v.is_number_unsigned()) {
    out = static_cast<long long>(v.get<unsigned long long>());
    return true;
  }
  if (v.is_string()) {
    const std::string& s = v.get_ref<const std::string&>();
    if (s.empty() || s.size() > 18) return false;
    for (char c : s) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    out = std::atoll(s.c_str());
    return true;
  }
  return false;
}

}  // namespace

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

Error map_http_error(int http_status, const std::vector<Header>& headers, const std::string& body,
                     bool stream, int64_t wall_ms) {
  Error e;
  e.http_status = http_status;
  e.logid = http::header_value(headers, "x-tt-logid");
  e.retry_after_ms = http::retry_after_ms(headers, wall_ms);

  std::string msg;
  bool has_envelope = false;
  auto j = nlohmann::json::parse(body, nullptr, false);
  if (!j.is_discarded() && j.is_object()) {
    long long code = 0;
    auto it = j.find("code");
    if (it != j.end() && read_int(*it, code)) {
      has_envelope = true;
      e.code = code;
    }
    for (const char* key : {"msg", "message", "error_message"}) {
      auto m = j.find(key);
      if (m != j.end() && m->is_string() && !m->get_ref<const std::string&>().empty()) {
        msg = m->get<std::string>();
        has_envelope = true;
        break;
      }
    }
    if (e.logid.empty()) {
      auto d = j.find("detail");
      if (d != j.end() && d->is_object()) {
        auto l = d->find("logid");
        if (l != d->end() && l->is_string()) e.logid = l->get<std::string>();
      }
    }
  }

  bool ok_status = http_status >= 200 && http_status < 300;
  if (ok_status && e.code == 0) {
    if (has_envelope || !j.is_discarded()) return e;  // kind "": not an error
    e.kind = "decode";
    e.message = "the answer is not valid JSON";
  } else {
    std::string by_code = kind_for_coze_code(e.code);
    if (!by_code.empty()) {
      e.kind = by_code;
    } else if (!ok_status) {
      e.kind = kind_for_http_status(http_status);
    } else {
      e.kind = "api";
    }
    if (!msg.empty()) {
      e.message = msg;
    } else if (e.code != 0) {
      e.message = "Coze error " + std::to_string(e.code);
    } else {
      e.message = "HTTP " + std::to_string(http_status) + " " + status_message(http_status);
    }
    if (e.kind == "authentication") {
      e.message += " (check the token and that the base URL's region matches it: api.coze.com or api.coze.cn)";
    }
  }
  (void)stream;
  e.retryable = kind_is_retryable(e.kind);
  e.body = body.size() > kMaxKeptBody ? body.substr(0, kMaxKeptBody) : body;
  return e;
}

}  // namespace coze
