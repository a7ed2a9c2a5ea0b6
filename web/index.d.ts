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
  history?: Attempt[];
}

/** One attempt of a call, as CozeError.history lists them. */
export interface Attempt {
  /** 1, 2, ... */
  number: number;
  /** The HTTP status as text ("503"), a transport failure ("connect", "timeout", "reset", "tls") or "cancelled". */
  outcome: string;
  /** The error kind the attempt ended with. */
  kind: ErrorKind | string;
  /** From sending the request to the failure. */
  durationMs: number;
  /** The sleep after it before the next attempt; 0 for none. */
  delayMs: number;
  /** The idempotency key sent with it, '' when none (the same on every attempt). */
  idempotencyKey: string;
  /** Its X-Client-Request-Id. */
  requestId: string;
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
  /** Every attempt the call sent, oldest first; empty when nothing was sent. */
  readonly history: Attempt[];
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

export type HookKind = 'request_sent' | 'response_head' | 'retry_scheduled' | 'call_finished';

/** What a call reports to the client's hooks. */
export interface HookEvent {
  kind: HookKind;
  /** The operation, e.g. "chat.stream". */
  op: string;
  method: string;
  /** The URL path, without the query. */
  path: string;
  /** 1, 2, ...; 0 on a call_finished before any attempt. */
  attempt: number;
  /** The HTTP status when one was received, else 0. */
  status: number;
  /** response_head: since the request was sent; retry_scheduled: of the failed attempt; call_finished: of the call; else null. */
  durationMs: number | null;
  /** retry_scheduled: the sleep before the next attempt; else null. */
  delayMs: number | null;
  /** X-Tt-Logid when received, else ''. */
  logid: string;
  /** The attempt's X-Client-Request-Id. */
  requestId: string;
  /** The idempotency key sent, '' when none. */
  idempotencyKey: string;
  /** The W3C traceparent sent, '' when none. */
  traceparent: string;
  /** retry_scheduled: why; call_finished: the error kind, '' on success. */
  errorKind: string;
  /** retry_scheduled / call_finished: the error message, '' on success. */
  message: string;
  /**
   * request_sent: the request headers; response_head: the response headers.
   * Keyed by lower-case name, repeats joined with ", "; secrets read "[redacted]".
   */
  headers: Record<string, string>;
  /** request_sent: the request body, only with `hookBodies: true`; else ''. */
  body: string;
}

/**
 * Observers of every call of a client. They run synchronously, right after
 * the core reports the event (onRequestSent before the request starts). A hook
 * that throws, or returns a promise that rejects, is ignored: hooks never
 * change or break a call.
 */
export interface Hooks {
  onRequestSent?: (event: HookEvent) => unknown;
  onResponseHead?: (event: HookEvent) => unknown;
  onRetryScheduled?: (event: HookEvent) => unknown;
  onCallFinished?: (event: HookEvent) => unknown;
}

/** A token bucket over the client's retries (defaults shown). */
export interface RetryBudget {
  /** Tokens the bucket holds (500). */
  capacity?: number;
  /** Tokens a retry takes (5). */
  retryCost?: number;
  /** Tokens a retry after a timeout takes (10). */
  timeoutRetryCost?: number;
  /** Tokens a success gives back (1). */
  successRefund?: number;
}

/** A client-side rate limit: attempts a second, in bursts of up to `burst` (1). */
export interface RateLimit {
  perSecond: number;
  burst?: number;
}

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
  /** Stops retry storms: an empty bucket ends a call with its last error. */
  retryBudget?: RetryBudget;
  /** Calls wait (sleep) for their turn; a wait past a deadline is a TimeoutError. Off by default (null). */
  rateLimit?: RateLimit | null;
  /** Observers of every call of this client (nothing is recorded without one). */
  hooks?: Hooks;
  /** Whether onRequestSent events carry the request body (default false). */
  hookBodies?: boolean;
}

export interface RequestOptions {
  /** Aborting it cancels the call (the promise rejects with CancelledError). */
  signal?: AbortSignal;
  /** Deadline of this call in ms, attempts and sleeps included. */
  timeoutMs?: number;
  /** Extra request headers. */
  headers?: Record<string, string> | Array<[string, string]> | Headers;
  /** Retries after the first attempt for this call (0 to 100), instead of the client's. */
  maxRetries?: number;
  /** Whether to send an idempotency key (default true when the client names a header). */
  idempotency?: boolean;
  /** The idempotency key to send (default: a new ULID per call), the same on every attempt. */
  idempotencyKey?: string;
  /** A W3C traceparent sent on every attempt; a malformed one is an InvalidArgumentError. */
  traceparent?: string;
  /** The W3C tracestate sent with the traceparent (not sent without one). */
  tracestate?: string;
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

export interface Usage {
  token_count: number;
  output_count: number;
  input_count: number;
}

/** A message of a conversation (payload of conversation.message.* and conversation.audio.* events). */
export interface Message {
  id: string;
  conversation_id: string;
  bot_id: string;
  chat_id: string;
  section_id: string;
  role: string;
  /** answer, question, function_call, tool_output, tool_response, follow_up, verbose */
  type: string;
  content: string;
  /** text, object_string, card, audio */
  content_type: string;
  reasoning_content: string;
  meta_data: Record<string, unknown>;
  created_at: number;
  updated_at: number;
}

/** A function the bot asks the client to run; answer with {tool_call_id: id, output}. */
export interface ToolCall {
  id: string;
  type: string;
  /** `arguments` is JSON text. */
  function: { name: string; arguments: string };
}

export interface RequiredAction {
  type: string;
  tool_calls: ToolCall[];
}

/** One stream event: `type` as the API names it, `data` its decoded payload. */
export declare class StreamEvent {
  constructor(type: string, data: unknown);
  readonly type: string;
  readonly data: any;
  /** The message text of message events, undefined for others. */
  readonly content: string | undefined;
}

/** A chat stream event with typed views of its payload. */
export declare class ChatEvent extends StreamEvent {
  readonly isMessage: boolean;
  readonly isDone: boolean;
  /** The Message of a conversation.message.* / conversation.audio.* event. */
  readonly message: Message | undefined;
  /** The Chat of a conversation.chat.* event. */
  readonly chat: (Chat & { required_action?: RequiredAction }) | undefined;
  /** The calls of a conversation.chat.requires_action event ([] otherwise). */
  readonly toolCalls: ToolCall[];
  /** The debug URL a done event may carry. */
  readonly debugUrl: string | undefined;
  /** conversation.audio.delta, or a message with content_type "audio". */
  readonly isAudio: boolean;
  /** The audio bytes of an audio event (decoded from base64); throws DecodeError when not base64. */
  readonly audio: Uint8Array | undefined;
}

export type WorkflowEventType = 'message' | 'error' | 'interrupt' | 'done' | 'ping' | 'unknown';

export interface WorkflowMessage {
  content: string;
  content_type: string;
  node_title: string;
  /** The message's index within its node. */
  node_seq_id: string;
  /** The node's last message. */
  node_is_finish: boolean;
  ext: Record<string, unknown>;
  usage?: Usage;
}

export interface WorkflowError {
  error_code: number;
  error_message: string;
}

/** A node waiting for input: resume with interrupt_data.event_id and interrupt_data.type. */
export interface WorkflowInterrupt {
  interrupt_data: { event_id: string; type: number; data: string };
  node_title: string;
}

/** A workflow stream event; names from the server match case-insensitively. */
export declare class WorkflowEvent {
  constructor(event: string, data: unknown);
  /** The event normalised; "unknown" for names nobody knows. */
  readonly type: WorkflowEventType;
  /** The name as received. */
  readonly event: string;
  readonly data: any;
  readonly message: WorkflowMessage | undefined;
  /** The text of a Message event. */
  readonly content: string | undefined;
  readonly error: WorkflowError | undefined;
  readonly interrupt: WorkflowInterrupt | undefined;
  readonly isDone: boolean;
  /** The debug URL a Done event may carry. */
  readonly debugUrl: string | undefined;
}

export interface ToolOutputsParams {
  conversation_id: string;
  chat_id: string;
  tool_outputs: Array<{ tool_call_id: string; output: string }>;
  [field: string]: unknown;
}

export interface ChatResource {
  /** Starts a chat; resolves to the Chat object. */
  create(params: ChatParams, options?: RequestOptions): Promise<Chat>;
  /** Streams a chat's events; leaving the loop early cancels the request. */
  stream(params: ChatParams, options?: RequestOptions): AsyncGenerator<ChatEvent, void, undefined>;
  /** Answers a requires_action chat; resolves to the Chat. */
  submitToolOutputs(params: ToolOutputsParams, options?: RequestOptions): Promise<Chat>;
  /** Answers a requires_action chat and streams the rest of it. */
  submitToolOutputsStream(params: ToolOutputsParams, options?: RequestOptions): AsyncGenerator<ChatEvent, void, undefined>;
}

export interface WorkflowParams {
  workflow_id: string;
  parameters?: Record<string, unknown>;
  bot_id?: string;
  app_id?: string;
  ext?: Record<string, string>;
  [field: string]: unknown;
}

export interface WorkflowResumeParams {
  workflow_id: string;
  /** interrupt.interrupt_data.event_id */
  event_id: string;
  resume_data: string;
  /** interrupt.interrupt_data.type */
  interrupt_type: number;
  [field: string]: unknown;
}

export interface WorkflowRun {
  /** The workflow's output (sent as JSON text; parsed when it parses). */
  data: unknown;
  debug_url?: string;
  execute_id?: string;
  usage?: Usage;
  [field: string]: unknown;
}

export interface WorkflowResource {
  /** Runs a workflow and resolves to its result. */
  create(params: WorkflowParams & { is_async?: boolean }, options?: RequestOptions): Promise<WorkflowRun>;
  /** Runs a workflow and streams its events. */
  stream(params: WorkflowParams, options?: RequestOptions): AsyncGenerator<WorkflowEvent, void, undefined>;
  /** Resumes a workflow after an Interrupt event. */
  resume(params: WorkflowResumeParams, options?: RequestOptions): AsyncGenerator<WorkflowEvent, void, undefined>;
  /** Chats with a chat-flow workflow (/v1/workflows/chat). */
  chat(
    params: WorkflowParams & { additional_messages: EnterMessage[] },
    options?: RequestOptions,
  ): AsyncGenerator<ChatEvent, void, undefined>;
}

export declare class Coze {
  constructor(options: CozeOptions);
  /** A client whose WebAssembly core is loaded. */
  static create(options: CozeOptions): Promise<Coze>;
  readonly chat: ChatResource;
  readonly workflows: WorkflowResource;
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
/**
 * How many core calls and clients are alive (needs `await init()`): both
 * return to their earlier values once calls end and clients are closed.
 */
export declare function liveHandles(): { calls: number; clients: number };
