// The Coze endpoint catalogue: an operation name plus its params (as the API
// names them) becomes one HTTP request and a rule for reading the answer.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coze/exec.h"

namespace coze::api {

// Which events a stream answer carries.
enum class StreamKind { None, Chat, Workflow };

struct PreparedRequest {
  HttpRequest request;
  StreamKind stream = StreamKind::None;
  bool idempotent = false;  // the method is idempotent (GET, PUT, DELETE)
};

// Builds the request for `op`; on failure returns false with `error` set
// (an invalid_argument message that names the problem, never the token).
bool prepare(const std::string& op, const nlohmann::json& params, const ClientConfig& config,
             const CallOptions& options, PreparedRequest& out, std::string& error);

std::vector<std::string> operation_names();

}  // namespace coze::api
