// The Coze endpoint catalogue at work: an operation name plus its params (as
// the API names them) becomes one HTTP request, and an answer becomes the
// operation's payload. The operations themselves are data
// (api/catalogue.h, generated from core/api/coze.openapi.yaml).
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/catalogue.h"
#include "api/record_writer.h"
#include "coze/exec.h"

namespace coze::api {

struct PreparedRequest {
  HttpRequest request;
  const OpSpec* op = nullptr;
  StreamKind stream = StreamKind::None;
  bool binary = false;      // the answer is bytes (audio), not an envelope
  bool idempotent = false;  // the method is idempotent (GET, PUT, DELETE)
};

// The operation a call of `name` with these params runs: `name`, or the
// variant whose conditions the params meet (x-coze-variant-of); null when
// `name` is unknown.
const OpSpec* select_operation(const std::string& name, const nlohmann::json& params);

// Builds the request for `op`; on failure returns false with `error` set
// (an invalid_argument message that names the problem, never the token).
// `bearer`, when not null, is the token to send instead of config.token.
// `boundary_source` gives a multipart body's random boundary (asked only
// for a multipart operation; without it the boundary is fixed).
bool prepare(const std::string& op, const nlohmann::json& params, const ClientConfig& config,
             const CallOptions& options, PreparedRequest& out, std::string& error,
             const std::string* bearer = nullptr,
             const std::function<std::string()>& boundary_source = std::function<std::string()>());

// The payload of a successful envelope (already checked for errors), taken
// from where the operation keeps it; false when the body is not JSON.
bool extract_payload(const OpSpec& op, const std::string& body, JsonNode& payload);

// Whether the payload can be read as the operation's result type (null
// can); an answer whose payload cannot is a decode error, never a silent null.
bool result_readable(const OpSpec& op, const JsonNode& payload);

// The result record of a payload (root: the payload read as the result type).
std::string result_record(const OpSpec& op, const JsonNode& payload, bool utf16);

std::vector<std::string> operation_names();

}  // namespace coze::api
