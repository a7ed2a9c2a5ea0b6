// Types of the cozecore package (hand-written; the same for import and require).

/** The error kinds, the same names in every cozecore language. */
export type ErrorKind =
  | 'bad_request'
  | 'authentication'
  | 'permission_denied'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'rate_limited'
  | 'server'
  | 'gateway'
  | 'timeout'
  | 'connection'
  | 'cancelled'
  | 'decode'
  | 'stream'
  | 'api'
  | 'invalid_argument'
  | 'internal';

export interface CozeErrorFields {
  httpStatus?: number;
  code?: number;
  logid?: string;
  retryable?: boolean;
  attempts?: number;
  retryAfterMs?: number | null;
  body?: string;
}

/** Every failure of a call. Subclasses per kind allow `instanceof`. */
export declare class CozeError extends Error {
  constructor(kind: ErrorKind | string, message?: string, fields?: CozeErrorFields);
  readonly kind: ErrorKind;
  /** HTTP status, 0 when no response was received. */
  readonly httpStatus: number;
  /** Coze business code, 0 when none. */
  readonly code: number;
  /** The answer's log id (X-Tt-Logid), '' when none. */
  readonly logid: string;
  /** Whether trying again could help. */
  readonly retryable: boolean;
  /** Attempts made. */
  readonly attempts: number;
  /** The server's requested delay, null when not given. */
  readonly retryAfterMs: number | null;
  /** The response body kept for diagnosis (bounded; not enumerable). */
  readonly body: string;
  /** For ULID failures: the core's error name (invalid_ulid, ulid_overflow, invalid_argument). */
  reason?: string;
}
export declare class BadRequestError extends CozeError {}
export declare class AuthenticationError extends CozeError {}
export declare class PermissionDeniedError extends CozeError {}
export declare class NotFoundError extends CozeError {}
export declare class ConflictError extends CozeError {}
export declare class UnprocessableError extends CozeError {}
export declare class RateLimitedError extends CozeError {}
export declare class ServerError extends CozeError {}
export declare class GatewayError extends CozeError {}
export declare class TimeoutError extends CozeError {}
export declare class ConnectionError extends CozeError {}
export declare class CancelledError extends CozeError {}
export declare class DecodeError extends CozeError {}
export declare class StreamError extends CozeError {}
export declare class ApiError extends CozeError {}
export declare class InvalidArgumentError extends CozeError {}
export declare class InternalError extends CozeError {}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface CozeOptions {
  /** Personal access token or OAuth access token. */
  token: string;
  /** API host, default https://api.coze.com (https://api.coze.cn in China). */
  baseURL?: string;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** Header carrying the per-call idempotency key; null sends none. */
  idempotencyHeader?: string | null;
  connectTimeoutMs?: number;
  /** Request sent -> response head. */
  firstByteTimeoutMs?: number;
  /** Between body chunks. */
  idleTimeoutMs?: number;
  /** The whole call, attempts and sleeps included; -1 for none. */
  timeoutMs?: number;
  userAgent?: string;
  /** A fetch-compatible function (default globalThis.fetch). */
  fetch?: FetchLike;
}

export interface RequestOptions {
  /** Aborting it cancels the call (the promise rejects with CancelledError). */
  signal?: AbortSignal;
  /** Deadline of this call in ms, attempts and sleeps included. */
  timeoutMs?: number;
  /** Extra request headers. */
  headers?: Record<string, string> | Array<[string, string]> | Headers;
}

export interface EnterMessage {
  role: 'user' | 'assistant';
  content: string;
  content_type?: 'text' | 'object_string' | 'card';
  type?: string;
  meta_data?: Record<string, string>;
}

export interface ChatParams {
  bot_id: string;
  user_id: string;
  additional_messages?: EnterMessage[];
  conversation_id?: string;
  custom_variables?: Record<string, string>;
  auto_save_history?: boolean;
  meta_data?: Record<string, string>;
  extra_params?: Record<string, string>;
  parameters?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface Chat {
  id: string;
  conversation_id: string;
  bot_id: string;
  status: string;
  created_at?: number;
  completed_at?: number;
  failed_at?: number;
  meta_data?: Record<string, string>;
  last_error?: { code: number; msg: string };
  usage?: { token_count: number; output_count: number; input_count: number };
  [field: string]: unknown;
}

/** One stream event: `type` as the API names it, `data` its decoded payload. */
export declare class StreamEvent {
  constructor(type: string, data: unknown);
  readonly type: string;
  readonly data: any;
  /** The message text of message events, undefined for others. */
  readonly content: string | undefined;
}
export declare const ChatEvent: typeof StreamEvent;
export type ChatEvent = StreamEvent;

export interface ChatResource {
  /** Starts a chat; resolves to the Chat object. */
  create(params: ChatParams, options?: RequestOptions): Promise<Chat>;
  /** Streams a chat's events; leaving the loop early cancels the request. */
  stream(params: ChatParams, options?: RequestOptions): AsyncGenerator<StreamEvent, void, undefined>;
}

export declare class Coze {
  constructor(options: CozeOptions);
  /** A client whose WebAssembly core is loaded. */
  static create(options: CozeOptions): Promise<Coze>;
  readonly chat: ChatResource;
  /** Loads the core (done lazily by the first call). */
  ready(): Promise<void>;
  /** Runs any operation the core knows, e.g. "chat.create". */
  request<T = unknown>(op: string, params?: object, options?: RequestOptions): Promise<T>;
  /** Runs a streaming operation, e.g. "chat.stream". */
  stream(op: string, params?: object, options?: RequestOptions): AsyncGenerator<StreamEvent, void, undefined>;
  /** Frees the client's core state; calls in progress keep working. */
  close(): void;
}

export interface SseEvent {
  type: string;
  data: string;
  id: string;
}

/** Incremental event-stream parser (needs `await init()`). */
export declare class SseParser {
  constructor(options?: { maxEventBytes?: number });
  /** Feeds bytes (or a string as UTF-8); returns the events completed. */
  feed(chunk: Uint8Array | ArrayBuffer | ArrayBufferView | string): SseEvent[];
  /** End of stream; returns events still queued. */
  finish(): SseEvent[];
  /** null while healthy, else "event_too_large". */
  readonly error: string | null;
  /** The last valid `retry:` value, null when none was seen. */
  readonly retryMs: number | null;
  readonly lastEventId: string;
  close(): void;
}

/** Monotonic ULID factory (needs `await init()`). */
export declare class UlidFactory {
  constructor();
  /** Throws InvalidArgumentError with reason "ulid_overflow" past 2^80-1 in one millisecond. */
  next(nowMs?: number, entropyHex?: string): string;
  close(): void;
}

/** A new ULID (needs `await init()`). */
export declare function ulid(nowMs?: number): string;
export declare function ulidEncode(timestampMs: number, randomnessHex: string): string;
export declare function ulidDecode(text: string): { timestampMs: number; randomnessHex: string };

/** Loads the WebAssembly core; Coze does it by itself. */
export declare function init(): Promise<void>;
/** The core's version (needs `await init()`). */
export declare function version(): string;
