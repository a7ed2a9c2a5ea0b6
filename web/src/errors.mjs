// Typed errors: one CozeError base carrying the core's error fields, and one
// subclass per kind (DESIGN.md "Error kinds") so callers can use instanceof.
// `message` is the error's string form as the core writes it for every
// language (error_text: the message, then the hint in parentheses when there
// is one); `rawMessage` is the message alone (the server's own text).

import { coreIfLoaded, requireCore } from './runtime.mjs';

// The core's severity table (error_severity) for an error made in JS (no
// retries ran out); '' before the core has loaded.
function kindSeverity(kind, httpStatus) {
  const core = coreIfLoaded();
  return core ? core.error_severity(kind, httpStatus || 0, false) : '';
}

export class CozeError extends Error {
  // fields.text: the string form (the core's error_text); default the message.
  constructor(kind, message, fields = {}) {
    const raw = message || kind;
    super(fields.text || raw);
    this.name = new.target.name;
    this.kind = kind;
    this.rawMessage = raw;
    // What to do about it when the core knows ('' when it has nothing to add).
    this.hint = fields.hint ?? '';
    // An OAuth answer's error_code ('authorization_pending', ...), '' when none.
    this.errorCode = fields.errorCode ?? '';
    // The X-Client-Request-Id of the last attempt, '' when nothing was sent.
    this.requestId = fields.requestId ?? '';
    this.httpStatus = fields.httpStatus ?? 0;
    this.code = fields.code ?? 0;
    this.logid = fields.logid ?? '';
    this.retryable = fields.retryable ?? false;
    this.attempts = fields.attempts ?? 0;
    this.retryAfterMs = fields.retryAfterMs ?? null;
    // How bad it is, from the core's one table (README "Severity"):
    // 'critical' (a service failure once its retries ran out, authentication,
    // permission_denied, internal, HTTP 501), 'info' (cancelled, not_found,
    // circuit_open) or 'warning' (everything else). An error made in JS
    // (new CozeError) without one gets its kind's row of that table.
    this.severity = fields.severity || kindSeverity(kind, this.httpStatus);
    // Every attempt the call sent, oldest first (empty when none was):
    // {number, outcome, kind, durationMs, delayMs, idempotencyKey, requestId}.
    this.history = fields.history ?? [];
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
// The client's circuit breaker (the `breaker` option) is open and refused the
// attempt without sending it; retryAfterMs is the time until it lets a probe out.
export class CircuitOpenError extends CozeError {}
// A local tool run (coze.chat.runTools) stopped: the bot asked for tools more
// than max_rounds times, or, with tool_errors 'fail', a tool was unknown, got
// invalid arguments, threw or timed out. The chat was cancelled first.
export class ToolError extends CozeError {}

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
  circuit_open: CircuitOpenError,
  tool: ToolError,
};

// Builds the typed error for a kind; unknown kinds stay plain CozeErrors.
export function makeCozeError(kind, message, fields) {
  const Class = errorClassByKind[kind] || CozeError;
  return new Class(kind, message, fields);
}

// The core's attempt history (JSON text of error_json's `history`) as
// Attempt objects: outcome is the HTTP status as text ("503"), a transport
// failure ("connect", "timeout", "reset", "tls") or "cancelled".
function historyFromCore(text) {
  let list;
  try {
    list = JSON.parse(text || '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.map((a) => ({
    number: a.number,
    outcome: a.outcome,
    kind: a.kind,
    durationMs: a.duration_ms,
    delayMs: a.delay_ms,
    idempotencyKey: a.idempotency_key,
    requestId: a.request_id,
  }));
}

// Converts the core's Error value (snake_case fields, all of them, as the
// core hands it out) to a CozeError.
export function errorFromCore(e) {
  return makeCozeError(e.kind || 'internal', e.message, {
    text: requireCore().error_text(e),
    httpStatus: e.http_status,
    code: e.code,
    logid: e.logid,
    retryable: e.retryable,
    attempts: e.attempts,
    retryAfterMs: e.retry_after_ms >= 0 ? e.retry_after_ms : null,
    body: e.body,
    history: historyFromCore(e.history),
    hint: e.hint ?? '',
    errorCode: e.error_code ?? '',
    requestId: e.request_id ?? '',
    severity: e.severity ?? '',
  });
}
