// Header look-ups and values the core reads from answers.
#pragma once

#include <string>
#include <vector>

#include "coze/exec.h"

namespace coze::http {

bool iequals(const std::string& a, const char* b);
// The first value of a header (case-insensitive name), or "".
std::string header_value(const std::vector<Header>& headers, const char* name);
// The server's requested delay: retry-after-ms, then Retry-After in seconds;
// -1 when absent or not sane.
int64_t retry_after_ms(const std::vector<Header>& headers);

// Percent-encodes a query component (RFC 3986 unreserved kept).
std::string percent_encode(const std::string& s);
// base_url + path + "?" + k=v&... (pairs with empty names are skipped).
std::string build_url(const std::string& base_url, const std::string& path,
                      const std::vector<Header>& query);

}  // namespace coze::http
