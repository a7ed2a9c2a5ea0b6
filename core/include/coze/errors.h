// Error taxonomy: one HTTP answer (status, headers, body) mapped to one Error.
#pragma once

#include <string>
#include <vector>

#include "coze/exec.h"

namespace coze {

// Maps an answer to an Error per DESIGN.md's table. A 2xx answer whose
// envelope has code 0 gives kind "" (no error). `stream` says whether the
// request was a stream request (it only affects the message). `wall_ms`, the
// host's unix time in ms (-1: unknown), lets an HTTP-date Retry-After count.
Error map_http_error(int http_status, const std::vector<Header>& headers, const std::string& body,
                     bool stream = false, int64_t wall_ms = -1);

// The kind for a Coze business code alone ("" when the code is 0 or unknown).
std::string kind_for_coze_code(long long code);
// The kind for an HTTP status alone ("" for 2xx).
std::string kind_for_http_status(int status);
// Whether an error of this kind may succeed when tried again.
bool kind_is_retryable(const std::string& kind);

}  // namespace coze
