// The C++ idiom of the error kinds: throw_error throws the class named
// after the error's kind (coze/record_view.h declares them).
#include "coze/record_view.h"

namespace coze {

void throw_error(Error error) {
  const std::string kind = error.kind;
  if (kind == "bad_request") throw BadRequestError(std::move(error));
  if (kind == "authentication") throw AuthenticationError(std::move(error));
  if (kind == "permission_denied") throw PermissionDeniedError(std::move(error));
  if (kind == "not_found") throw NotFoundError(std::move(error));
  if (kind == "conflict") throw ConflictError(std::move(error));
  if (kind == "unprocessable") throw UnprocessableError(std::move(error));
  if (kind == "rate_limited") throw RateLimitedError(std::move(error));
  if (kind == "server") throw ServerError(std::move(error));
  if (kind == "gateway") throw GatewayError(std::move(error));
  if (kind == "timeout") throw TimeoutError(std::move(error));
  if (kind == "connection") throw ConnectionError(std::move(error));
  if (kind == "cancelled") throw CancelledError(std::move(error));
  if (kind == "decode") throw DecodeError(std::move(error));
  if (kind == "stream") throw StreamError(std::move(error));
  if (kind == "api") throw ApiError(std::move(error));
  if (kind == "invalid_argument") throw InvalidArgumentError(std::move(error));
  if (kind == "internal") throw InternalError(std::move(error));
  if (kind == "circuit_open") throw CircuitOpenError(std::move(error));
  if (kind == "tool") throw ToolError(std::move(error));
  throw CozeError(std::move(error));
}

}  // namespace coze
