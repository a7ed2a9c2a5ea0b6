// Header look-ups and values the core reads from answers.
#pragma once

#include <string>
#include <vector>

#include "coze/exec.h"

namespace coze::http {

bool iequals(const std::string& a, const char* b);
// The first value of a header (case-insensitive name), or "".
std::string header_value(const std::vector<Header>& headers, const char* name);
// The server's requested delay: retry-after-ms, then Retry-After in seconds,
// then Retry-After as an HTTP-date measured against `wall_now_ms` (unix ms;
// -1 when the host gave no wall clock). -1 when absent or not sane.
int64_t retry_after_ms(const std::vector<Header>& headers, int64_t wall_now_ms = -1);

// An HTTP-date (IMF-fixdate, RFC 850 or asctime form) as unix ms; -1 if invalid.
int64_t parse_http_date(const std::string& text);

// Percent-encodes a query component (RFC 3986 unreserved kept).
std::string percent_encode(const std::string& s);

// The host (without IPv6 brackets) and port of an absolute URL; the port is
// the scheme's (80 for http, else 443) when the URL names none. Both empty
// when `url` is not absolute.
void url_host_port(const std::string& url, std::string& host, std::string& port);
// base_url + path + "?" + k=v&... (pairs with empty names are skipped).
std::string build_url(const std::string& base_url, const std::string& path,
                      const std::vector<Header>& query);

}  // namespace coze::http
