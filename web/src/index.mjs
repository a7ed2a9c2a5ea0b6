// The package's public names. scripts/build.mjs bundles src/ into the
// entry points in dist/ (CommonJS for require, ES modules for import) and
// exports exactly these (`export *`: every name the module exports).
export { Coze, answerError, decodeEvent, decodeResponse } from './coze.mjs';
export {
  OAuthApp,
  authorizeUrl,
  deviceFlow,
  exchangeCode,
  jwtToken,
  loadOAuthApp,
  pkcePair,
  refreshToken,
} from './auth.mjs';
export { Stream } from './driver.mjs';
export { Page, PageIterator, Pager } from './pages.mjs';
export { Model, StreamEvent } from './records.mjs';
export * from './generated/models.mjs';
export { operations } from './generated/resources.mjs';
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
  CircuitOpenError,
  ToolError,
} from './errors.mjs';
export { defineTool } from './tools.mjs';
export { SseParser } from './sse.mjs';
export { ulid, ulidEncode, ulidDecode, UlidFactory } from './ulid.mjs';
export { init, version, liveHandles } from './runtime.mjs';
