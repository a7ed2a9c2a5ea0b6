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

// Where a non-stream answer's result sits in its envelope.
enum class ResultShape {
  Data,         // the envelope's `data`, as is
  WorkflowRun,  // workflows.runs.create: see workflow_run_result()
};

struct PreparedRequest {
  HttpRequest request;
  StreamKind stream = StreamKind::None;
  ResultShape result = ResultShape::Data;
  bool idempotent = false;  // the method is idempotent (GET, PUT, DELETE)
};

// Builds the request for `op`; on failure returns false with `error` set
// (an invalid_argument message that names the problem, never the token).
bool prepare(const std::string& op, const nlohmann::json& params, const ClientConfig& config,
             const CallOptions& options, PreparedRequest& out, std::string& error);

// The DONE result (JSON text) of a non-stream answer whose envelope carries
// no error. `envelope` is the parsed body (discarded when it did not parse).
std::string extract_result(ResultShape shape, const nlohmann::json& envelope);

std::vector<std::string> operation_names();

}  // namespace coze::api
