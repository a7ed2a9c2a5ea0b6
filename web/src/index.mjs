// The package's public names. scripts/build.mjs bundles src/ into the
// entry points in dist/ (CommonJS for require, ES modules for import) and
// exports exactly these.
export { Coze, StreamEvent, ChatEvent } from './coze.mjs';
export {
  CozeError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableError,
  RateLimitedError,
  ServerError,
  GatewayError,
  TimeoutError,
  ConnectionError,
  CancelledError,
  DecodeError,
  StreamError,
  ApiError,
  InvalidArgumentError,
  InternalError,
} from './errors.mjs';
export { SseParser } from './sse.mjs';
export { ulid, ulidEncode, ulidDecode, UlidFactory } from './ulid.mjs';
export { init, version } from './runtime.mjs';
