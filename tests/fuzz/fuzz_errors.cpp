// map_http_error: any status, headers and body map to one well-formed Error
// that follows DESIGN.md's table.
//
// Input: [status hi][status lo][flags] then header values, one per line, in
// the order x-tt-logid, retry-after, retry-after-ms, x-should-retry,
// content-type (those whose flag bit is set), then the body.
//   status = (hi << 8 | lo) % 1000
//   flags bit 0..4: header present; bit 5: header names in upper case;
//         bit 6: a stream request.
#include <string>
#include <vector>

#include "coze/errors.h"
#include "fuzz_support.h"

namespace {

using coze_fuzz::known_kind;

std::string upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// Takes bytes up to the next LF (dropped) from `body`.
std::string take_line(std::string& body) {
  size_t eol = body.find('\n');
  std::string line = body.substr(0, eol);
  body.erase(0, eol == std::string::npos ? body.size() : eol + 1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  coze_fuzz::Input in(data, size);
  int status = in.u16() % 1000;
  uint8_t flags = in.byte();
  std::string body = in.rest();

  static const char* const names[] = {"x-tt-logid", "retry-after", "retry-after-ms", "x-should-retry",
                                      "content-type"};
  std::vector<coze::Header> headers;
  std::string logid_header;
  for (int i = 0; i < 5; ++i) {
    if (!(flags & (1u << i))) continue;
    std::string value = take_line(body);
    if (i == 0) logid_header = value;
    headers.push_back({flags & 0x20 ? upper(names[i]) : std::string(names[i]), value});
  }
  bool stream = flags & 0x40;

  coze::Error e = coze::map_http_error(status, headers, body, stream);
  bool ok_status = status >= 200 && status < 300;

  FUZZ_CHECK(e.http_status == status, "the error does not carry the HTTP status");
  FUZZ_CHECK(e.kind.empty() || known_kind(e.kind), "an error kind outside DESIGN.md's list");
  FUZZ_CHECK(e.retry_after_ms >= -1, "a negative retry_after_ms other than -1");
  // Hosts hand header values over trimmed; only such values are compared.
  bool plain_logid = !logid_header.empty() && logid_header.find_first_of(" \t\r") == std::string::npos;
  if (plain_logid) FUZZ_CHECK(e.logid == logid_header, "the X-Tt-Logid header is not the log id");
  if (e.kind.empty()) {
    FUZZ_CHECK(ok_status, "a non-2xx answer mapped to no error");
    FUZZ_CHECK(e.code == 0, "a non-zero Coze code mapped to no error");
    return 0;
  }
  FUZZ_CHECK(!e.message.empty(), "an error without a message");
  FUZZ_CHECK(e.retryable == coze::kind_is_retryable(e.kind), "retryable disagrees with the kind");
  FUZZ_CHECK(e.body.size() <= coze::kMaxErrorBodyBytes && body.compare(0, e.body.size(), e.body) == 0 &&
                 (body.size() <= coze::kMaxErrorBodyBytes ? e.body == body : e.body.size() + 4 > coze::kMaxErrorBodyBytes),
             "the answer's body is not kept on the error (bounded)");
  FUZZ_CHECK(e.message.size() <= coze::kMaxErrorMessageBytes, "the message is not bounded");
  std::string by_code = coze::kind_for_coze_code(e.code);
  if (!by_code.empty()) FUZZ_CHECK(e.kind == by_code, "a known Coze code does not decide the kind");
  std::string by_oauth = coze::kind_for_oauth_code(e.error_code);
  if (e.code == 0 && !ok_status) {
    FUZZ_CHECK(e.kind == (by_oauth.empty() ? coze::kind_for_http_status(status) : by_oauth),
               "without a Coze code the kind does not follow the OAuth code or the status");
  }
  if (by_code.empty() && ok_status) {
    if (e.code != 0) {
      FUZZ_CHECK(e.kind == "api", "an unknown code on 2xx is not api");
    } else if (!e.error_code.empty()) {
      FUZZ_CHECK(e.kind == (by_oauth.empty() ? "api" : by_oauth), "an OAuth error_code on 2xx maps wrong");
    } else {
      FUZZ_CHECK(e.kind == "decode", "a 2xx answer without a code fails other than decode");
    }
  }
  return 0;
}
