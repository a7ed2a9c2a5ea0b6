// Typed errors: one CozeError base carrying the core's error fields, and one
// subclass per kind (DESIGN.md "Error kinds") so callers can use instanceof.

export class CozeError extends Error {
  constructor(kind, message, fields = {}) {
    super(message || kind);
    this.name = new.target.name;
    this.kind = kind;
    this.httpStatus = fields.httpStatus ?? 0;
    this.code = fields.code ?? 0;
    this.logid = fields.logid ?? '';
    this.retryable = fields.retryable ?? false;
    this.attempts = fields.attempts ?? 0;
    this.retryAfterMs = fields.retryAfterMs ?? null;
    // The (bounded) response body, kept for diagnosis; not enumerable so
    // logging the error stays short.
    Object.defineProperty(this, 'body', { value: fields.body ?? '', enumerable: false, writable: true });
  }
}

export class BadRequestError extends CozeError {}
export class AuthenticationError extends CozeError {}
export class PermissionDeniedError extends CozeError {}
export class NotFoundError extends CozeError {}
export class ConflictError extends CozeError {}
export class UnprocessableError extends CozeError {}
export class RateLimitedError extends CozeError {}
export class ServerError extends CozeError {}
export class GatewayError extends CozeError {}
export class TimeoutError extends CozeError {}
export class ConnectionError extends CozeError {}
export class CancelledError extends CozeError {}
export class DecodeError extends CozeError {}
export class StreamError extends CozeError {}
export class ApiError extends CozeError {}
export class InvalidArgumentError extends CozeError {}
export class InternalError extends CozeError {}

const errorClassByKind = {
  bad_request: BadRequestError,
  authentication: AuthenticationError,
  permission_denied: PermissionDeniedError,
  not_found: NotFoundError,
  conflict: ConflictError,
  unprocessable: UnprocessableError,
  rate_limited: RateLimitedError,
  server: ServerError,
  gateway: GatewayError,
  timeout: TimeoutError,
  connection: ConnectionError,
  cancelled: CancelledError,
  decode: DecodeError,
  stream: StreamError,
  api: ApiError,
  invalid_argument: InvalidArgumentError,
  internal: InternalError,
};

// Builds the typed error for a kind; unknown kinds stay plain CozeErrors.
export function makeCozeError(kind, message, fields) {
  const Class = errorClassByKind[kind] || CozeError;
  return new Class(kind, message, fields);
}

// Converts the core's Error value (snake_case fields) to a CozeError.
export function errorFromCore(e) {
  return makeCozeError(e.kind || 'internal', e.message, {
    httpStatus: e.http_status,
    code: e.code,
    logid: e.logid,
    retryable: e.retryable,
    attempts: e.attempts,
    retryAfterMs: e.retry_after_ms >= 0 ? e.retry_after_ms : null,
    body: e.body,
  });
}
