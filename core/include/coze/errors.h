// Error taxonomy: one HTTP answer (status, headers, body) mapped to one Error.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "coze/exec.h"

namespace coze {

// Bounds of what an Error keeps from an answer.
constexpr size_t kMaxErrorMessageBytes = 4096;   // Error.message, "..." included when cut
constexpr size_t kMaxErrorBodyBytes = 64 * 1024;  // Error.body

// Maps an answer to an Error per DESIGN.md's table. A 2xx answer whose
// envelope has code 0 (and no OAuth error_code) gives kind "" (no error).
//
// - message: the server's own text (the first non-empty string among msg,
//   message, error_message, error_description, error), else a short text
//   ("HTTP 502 bad gateway", "Coze error 4016"); at most
//   kMaxErrorMessageBytes, cut on a UTF-8 boundary and marked with "...".
// - kind: a known Coze code decides; else a known OAuth error_code that says
//   more than the status (kind_for_oauth_code); else the HTTP status; a
//   non-zero code (or an OAuth error_code) under 2xx is "api".
// - hint: what to do about it, from error_hint() ("" when nothing useful).
// - logid: the X-Tt-Logid header, else the body's detail.logid.
// - body: the answer kept, at most kMaxErrorBodyBytes, cut on a UTF-8 boundary.
// `stream` says whether the request was a stream request (it changes
// nothing in the mapping). `wall_ms`, the host's unix time in ms (-1:
// unknown), lets an HTTP-date Retry-After count.
Error map_http_error(int http_status, const std::vector<Header>& headers, const std::string& body,
                     bool stream = false, int64_t wall_ms = -1);

// Maps ONE HTTP answer to the Error a real call fails with, through the real
// executor: a Call with max_retries 0 over a probe operation picked from
// (method, stream) (GET: users.me; PUT: conversations.update; DELETE:
// conversations.delete; POST and any other method: chat.cancel; stream:
// chat.stream, whatever the method), fed on_response(status, headers),
// on_body(body), on_end(). A text/event-stream answer to a stream request is
// drained event by event, so the error comes from its error event or its
// missing done. Returns the FAIL's error, or an Error with kind "" when the
// call ends DONE. `wall_ms` is CallOptions.wall_ms (for HTTP-date Retry-After).
Error answer_error(const std::string& method, bool stream, int status, const std::vector<Header>& headers,
                   const std::string& body, int64_t wall_ms = -1);

// The kind for a Coze business code alone ("" when the code is 0 or unknown).
std::string kind_for_coze_code(long long code);
// The kind for an OAuth error_code when it says more than the HTTP status
// (invalid_client, invalid_grant, invalid_token, expired_token,
// unauthorized_client: authentication; access_denied: permission_denied;
// slow_down: rate_limited; invalid_request, unsupported_grant_type,
// invalid_scope: bad_request); "" for authorization_pending and unknown codes.
std::string kind_for_oauth_code(const std::string& error_code);
// The kind for an HTTP status alone ("" for 2xx).
std::string kind_for_http_status(int status);
// Whether an error of this kind may succeed when tried again.
bool kind_is_retryable(const std::string& kind);

// What to do about an error, from the one table of the core (Coze codes,
// OAuth error codes, auth failures that look like the wrong region, HTTP
// 429): short and factual; "" when the core has nothing useful to add.
std::string error_hint(const Error& error);

// An error's string form in every language: the message, then the hint in
// parentheses when there is one ("<message> (<hint>)"); the kind when the
// message is empty.
std::string error_text(const Error& error);

// `text` cut to at most `max_bytes` bytes without splitting a UTF-8
// sequence; with `mark`, a cut text ends with "..." (counted in max_bytes).
std::string utf8_prefix(const std::string& text, size_t max_bytes, bool mark = false);

}  // namespace coze
