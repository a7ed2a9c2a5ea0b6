// Types of the cozecore package: the runtime pieces, hand-written here; the
// models, events, parameters and resources, generated from the API
// description into src/generated/api.d.ts and re-exported. For require(),
// scripts/build.mjs inlines the generated part into dist/index.d.cts.

import type {
  Chat,
  ClientHealth,
  CozeResources,
  DeviceCode,
  Message,
  OAuthToken,
  OperationTypes,
} from './src/generated/api.js';
export * from './src/generated/api.js';

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
  | 'internal'
  | 'circuit_open'
  | 'tool';

/** How bad an error (or a hook event) is, from the core's one table (README "Severity"). */
export type Severity = 'info' | 'warning' | 'critical';

export interface CozeErrorFields {
  httpStatus?: number;
  code?: number;
  logid?: string;
  retryable?: boolean;
  attempts?: number;
  retryAfterMs?: number | null;
  body?: string;
  history?: Attempt[];
  hint?: string;
  errorCode?: string;
  requestId?: string;
  /** Default: the kind's row of the core's severity table. */
  severity?: Severity;
  /** The string form (`message`), as the core writes it (message, then the hint in parentheses); default: the message. */
  text?: string;
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

/**
 * Every failure of a call. Subclasses per kind allow `instanceof`. `message` is
 * the core's message followed by the hint in parentheses when there is one.
 */
export declare class CozeError extends Error {
  constructor(kind: ErrorKind | string, message?: string, fields?: CozeErrorFields);
  readonly kind: ErrorKind;
  /** The message without the hint: the server's own text, or a short one ("HTTP 502 bad gateway"). */
  readonly rawMessage: string;
  /** What to do about it (e.g. the region, api.coze.com vs api.coze.cn, for a bad token); '' when none. */
  readonly hint: string;
  /** An OAuth answer's error_code ('authorization_pending', ...), '' when none. */
  readonly errorCode: string;
  /** The X-Client-Request-Id of the last attempt, '' when nothing was sent. */
  readonly requestId: string;
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
  /**
   * From the core's table: 'critical' for authentication, permission_denied,
   * internal, HTTP 501 and a service failure (server, gateway, timeout,
   * connection, rate_limited) once its retries ran out; 'info' for
   * cancelled, not_found and circuit_open; 'warning' for everything else.
   */
  readonly severity: Severity;
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
/**
 * The client's circuit breaker (the `breaker` option) is open and refused the
 * attempt without sending it; `retryAfterMs` is the time until it lets a probe out.
 */
export declare class CircuitOpenError extends CozeError {}
/**
 * A run of local tools (`coze.chat.runTools`) stopped: the bot asked for tools
 * more than `max_rounds` times, or, with `tool_errors: 'fail'`, a tool was
 * unknown, got invalid arguments, threw or timed out. The chat was cancelled
 * first. Not retryable; severity 'warning'.
 */
export declare class ToolError extends CozeError {}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type HookKind =
  | 'request_sent'
  | 'response_head'
  | 'retry_scheduled'
  | 'call_finished'
  | 'tool_called'
  | 'tool_finished'
  | 'health_changed'
  | 'metric';

/** The OpenTelemetry instruments of `metric` hook events (README "Metrics"). */
export type MetricName =
  'http.client.request.duration' | 'coze.client.retries' | 'coze.client.stream.events' | 'coze.client.circuit.state';

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
  /**
   * response_head: since the request was sent; retry_scheduled: of the failed
   * attempt; call_finished: of the call; tool_finished: the function's run
   * time (0 when it did not run); else null.
   */
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
  /** retry_scheduled / call_finished: the error message, '' on success; tool_finished: why the tool failed. */
  message: string;
  /**
   * request_sent: the request headers; response_head: the response headers.
   * Keyed by lower-case name, repeats joined with ", "; secrets read "[redacted]".
   */
  headers: Record<string, string>;
  /**
   * request_sent: the request body; tool_called / tool_finished: the tool's
   * arguments (JSON, defaults filled in); only with `hookBodies: true`; else ''.
   */
  body: string;
  /**
   * retry_scheduled: 'warning'; call_finished: the error's severity ('' on
   * success); health_changed: 'warning' (spike, half_open), 'critical'
   * (opened), 'info' (closed); else ''.
   */
  severity: Severity | '';
  /** health_changed: 'spike', 'opened', 'half_open' or 'closed'; else ''. */
  reason: 'spike' | 'opened' | 'half_open' | 'closed' | '';
  /** health_changed: the breaker's state after it ('closed', 'open', 'half_open'); else ''. */
  state: 'closed' | 'open' | 'half_open' | '';
  /** health_changed: the moving error rate (a spike: the slice's rate), 0 to 1; else null. */
  errorRate: number | null;
  /** metric: the OpenTelemetry instrument name; else ''. */
  metric: MetricName | '';
  /** metric: the instrument's kind; else ''. */
  instrument: 'histogram' | 'counter' | 'gauge' | '';
  /** metric: the UCUM unit ('s', '{retry}', '{event}', '1'); else ''. */
  unit: string;
  /**
   * metric: the measurement (seconds for the duration, 1 per retry, the
   * events a stream handed out, the breaker's state 0 closed / 1 open /
   * 2 half-open); else null.
   */
  value: number | null;
  /**
   * metric: OpenTelemetry attributes, in this order when they apply:
   * http.request.method, server.address, server.port,
   * http.response.status_code, error.type, coze.operation (values are
   * strings); else {}.
   */
  attributes: Record<string, string>;
  /** tool_called / tool_finished: the tool's name; else ''. */
  tool: string;
  /** tool_called / tool_finished: the id of the bot's call; else ''. */
  toolCallId: string;
  /** tool_finished: how the call ended; else ''. */
  outcome: 'ok' | 'error' | 'timeout' | 'unknown_tool' | 'invalid_arguments' | 'cancelled' | '';
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
  /** A local tool's function is about to run (`coze.chat.runTools`). */
  onToolCalled?: (event: HookEvent) => unknown;
  /** A local tool's call ended: `outcome`, `durationMs`, `message`. */
  onToolFinished?: (event: HookEvent) => unknown;
  /** A spike of the error rate, or the circuit breaker opened, half-opened or closed. */
  onHealthChanged?: (event: HookEvent) => unknown;
  /**
   * A measurement (kind 'metric') under OpenTelemetry's names and units.
   * Setting it alone records only measurements, no other hook event.
   */
  onMetric?: (event: HookEvent) => unknown;
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

/**
 * The client's error rate: a moving average over time slices (defaults
 * shown). Only service failures (server, gateway, timeout, connection,
 * rate_limited) count as failed attempts.
 */
export interface HealthOptions {
  /** Weight of the newest slice in the moving average (0.3). */
  alpha?: number;
  /** Length of a slice in milliseconds (1000). */
  sliceMs?: number;
  /** A slice failing at more than this times the average is a spike (3). */
  spikeFactor?: number;
  /** Attempts a slice needs to count as a spike (5). */
  spikeMinAttempts?: number;
}

/**
 * A circuit breaker over the error rate (defaults shown). While it is open
 * every attempt fails at once with CircuitOpenError, nothing is sent.
 */
export interface BreakerOptions {
  /** Opens when the estimated error rate reaches this (0.5). */
  threshold?: number;
  /** Attempts needed in the running and the previous slice before it may open (10). */
  minAttempts?: number;
  /** How long it stays open before letting probes out (30000). */
  openMs?: number;
  /** Probes let out while half open (1); a success closes it, a failure opens it again. */
  halfOpenProbes?: number;
}

/** A client-side rate limit: attempts a second, in bursts of up to `burst` (1). */
export interface RateLimit {
  perSecond: number;
  burst?: number;
}

/**
 * An OAuth token the client refreshes itself (a margin before `expiresIn`,
 * once per client however many calls wait, and once after a 401). The core's
 * snake_case names (client_id, access_token, ...) are accepted too.
 */
export interface OAuthAuth {
  type: 'oauth';
  clientId: string;
  accessToken?: string;
  refreshToken?: string;
  /** When the access token expires, in unix seconds (as the token endpoint answers). */
  expiresIn?: number;
  /** Web apps only: sent as the bearer of refresh requests. */
  clientSecret?: string;
  /** Refresh this many seconds before expiry (default 30). */
  refreshMarginSeconds?: number;
}

/**
 * A service (jwt) app: the client gets its tokens itself with JWTs the core
 * builds and WebCrypto signs (RS256) with `privateKey`.
 */
export interface JwtAuth {
  type: 'jwt';
  clientId: string;
  publicKeyId: string;
  /**
   * A PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----) or a CryptoKey
   * (RSASSA-PKCS1-v1_5, SHA-256, usage "sign"). A PKCS#1 key (BEGIN RSA
   * PRIVATE KEY) is refused with how to convert it.
   */
  privateKey: string | CryptoKey;
  /** The access token's lifetime in seconds (default 900). */
  ttlSeconds?: number;
  sessionName?: string;
  /** Token for this account (the account token endpoint). */
  accountId?: string;
  /** Token for this enterprise (the enterprise token endpoint). */
  enterpriseId?: string;
  scope?: Record<string, unknown>;
  /** Get a new token this many seconds before expiry (default 30). */
  refreshMarginSeconds?: number;
}

/** The token a client with `auth` holds now (Coze.token()). */
export interface ClientToken {
  access_token: string;
  /** Changes on every refresh: store the latest. */
  refresh_token: string;
  /** Unix seconds; -1 when unknown. */
  expires_in: number;
  /** Refreshes the client made. */
  refreshes: number;
}

export interface CozeOptions {
  /** Personal access token or OAuth access token (or give `auth` instead). */
  token?: string;
  /** Instead of `token`: an OAuth token to keep fresh, or a service app. */
  auth?: OAuthAuth | JwtAuth;
  /**
   * In a browser a personal access token (pat_...) is refused, since anyone
   * who loads the page can read it; true accepts that risk.
   */
  allowPersonalAccessTokenInBrowser?: boolean;
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
  /** How the client measures its error rate (Coze.health()). */
  health?: HealthOptions;
  /** The circuit breaker: an object or true (the defaults) turns it on; off by default (null or false). */
  breaker?: BreakerOptions | boolean | null;
  /** Observers of every call of this client (nothing is recorded without one). */
  hooks?: Hooks;
  /** Whether onRequestSent events carry the request body (default false). */
  hookBodies?: boolean;
  /**
   * An http:// base URL whose host is not loopback (localhost, 127.0.0.0/8,
   * [::1]) is refused with an InvalidArgumentError before anything is sent,
   * since the token would cross the network in clear text; true allows it
   * (default false).
   */
  allowInsecureHttp?: boolean;
}

/**
 * Options of one call, the second argument of every method. The names of the
 * other cozecore languages (timeout, max_retries, ...) are the main ones; the
 * package's earlier camelCase names are accepted too (one spelling per call).
 * An unknown option is an InvalidArgumentError.
 */
export interface RequestOptions {
  /** Aborting it cancels the call (the promise rejects, the stream throws, with CancelledError). */
  signal?: AbortSignal;
  /** Deadline of this call in ms, attempts and sleeps included (-1: the client's). */
  timeout?: number;
  /** @deprecated the same as `timeout`. */
  timeoutMs?: number;
  /** Retries after the first attempt for this call (0 to 100), instead of the client's. */
  max_retries?: number;
  /** The same as `max_retries`. */
  maxRetries?: number;
  /** Whether to send an idempotency key (default true when the client names a header). */
  idempotency?: boolean;
  /** The idempotency key to send (default: a new ULID per call), the same on every attempt. */
  idempotency_key?: string;
  /** The same as `idempotency_key`. */
  idempotencyKey?: string;
  /** A W3C traceparent sent on every attempt; a malformed one is an InvalidArgumentError. */
  traceparent?: string;
  /** The W3C tracestate sent with the traceparent (not sent without one). */
  tracestate?: string;
  /** Request headers to add. */
  extra_headers?: HeadersLike;
  /** The same as `extra_headers`. */
  extraHeaders?: HeadersLike;
  /** The same as `extra_headers`. */
  headers?: HeadersLike;
  /** Query parameters the description lacks, sent as given. */
  extra_query?: Record<string, string | number | boolean>;
  /** The same as `extra_query`. */
  extraQuery?: Record<string, string | number | boolean>;
  /** Keys merged into the JSON body (for fields the description lacks). */
  extra_body?: Record<string, unknown>;
  /** The same as `extra_body`. */
  extraBody?: Record<string, unknown>;
  /**
   * Upload progress of a call with a file parameter: `sent` bytes of the
   * request body (framing included) so far, of `total` (-1 when a stream of
   * unknown size makes it unknown). Each attempt counts from 0 again. In
   * Node it follows fetch reading the body; in browsers, whose fetch reads a
   * Blob body itself, it reports 0 at the start and `total` when the answer
   * arrives. A callback that throws is ignored.
   */
  on_upload_progress?: (sent: number, total: number) => void;
  /** The same as `on_upload_progress`. */
  onUploadProgress?: (sent: number, total: number) => void;
}

/**
 * Where the bytes of a binary answer go as they arrive, instead of being
 * kept and returned: a function (awaited, so a slow sink slows the
 * download), a WritableStream (closed at the end), a Node Writable or any
 * object with write() (back-pressure honoured, ended at the end), or in Node
 * a file path (a string or `{path}`; written from the start, removed when
 * the call fails).
 */
export type BinarySink =
  | ((chunk: Uint8Array) => void | Promise<void>)
  | WritableStream<Uint8Array>
  | { write(chunk: Uint8Array): unknown; end?(callback?: () => void): unknown }
  | string
  | { path: string };

/** Options of a binary operation (audio.speech.create): a call's, plus the sink. */
export interface BinaryRequestOptions extends RequestOptions {
  /** Where the answer's bytes go; without it they are returned as `data`. */
  sink?: BinarySink;
}

/**
 * Options of a pager (the `...Pages` methods): those of a call but the
 * idempotency key (the core gives each page request a key of its own). They
 * apply to each page's request: `timeout` bounds a page's request, retries
 * included, not the whole iteration; `signal` cancels the loop.
 */
export type PageOptions = Omit<RequestOptions, 'idempotency_key' | 'idempotencyKey'>;

export type HeadersLike = Record<string, string> | Array<[string, string]> | Headers;

/** The content of a file parameter. */
export type UploadData =
  | Uint8Array
  | ArrayBuffer
  | ArrayBufferView
  | Blob
  | string
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>;

/**
 * A file parameter, streamed into the request body (never read whole): bytes,
 * a string (sent as UTF-8), a Blob or File (its name and type are used), a
 * ReadableStream or async iterable of byte chunks (a Node Readable too), or
 * an object naming the file, its media type and, for a stream, its length
 * (defaults: the parameter's name or the path's last part,
 * application/octet-stream, unknown length: sent chunked). `path` names a
 * file in Node. A Blob, bytes or a path is read again from its start for a
 * retry; a stream can be read once, so a retry of its upload fails with
 * InvalidArgumentError.
 */
export type Uploadable =
  | UploadData
  | { data: UploadData; filename?: string; contentType?: string; size?: number }
  | { path: string; filename?: string; contentType?: string };

/** The answer of a binary operation (audio.speech.create). */
export interface BinaryResult {
  /** The bytes; null when the `sink` option took them. */
  data: Uint8Array | null;
  /** How many bytes the answer had. */
  size: number;
  /** The answer's Content-Type, e.g. "audio/mpeg". */
  contentType: string;
  /** The answer's log id (X-Tt-Logid). */
  logid: string;
}

/**
 * The base of every model view. A view reads its fields from the decoded
 * answer when they are touched; it never fails: a field the core could not
 * read as its type is undefined, and the value is kept in `$extra`.
 */
export declare abstract class Model {
  protected constructor();
  /** The keys the model does not know, as received (plain JSON); undefined when none. */
  readonly $extra: Record<string, unknown> | undefined;
  /** The canonical view: the non-null known fields plus "$extra" (plain JSON). */
  toJSON(): Record<string, unknown>;
}

/**
 * One event of a stream: `type` as the API spells it, `id` (the SSE id, ''
 * when none), `code` (the event's type code, -1 for names the description
 * does not know) and `data`, the payload: the model view of a typed event,
 * plain JSON for the others (unknown events keep their raw payload).
 */
export declare class StreamEvent<T extends string = string, D = unknown> {
  protected constructor();
  readonly type: T;
  readonly id: string;
  readonly code: number;
  readonly data: D;
  /** `data.content` when it is a string (message events), else undefined. */
  readonly content: string | undefined;
  /** {type, data (canonical view), id when not empty}. */
  toJSON(): { type: string; data: unknown; id?: string };
}

/**
 * The events of one streaming call, for `for await`. The call starts with
 * the first next(); leaving the loop early (return()) cancels it and aborts
 * the request. Failures are thrown by next() as CozeErrors.
 */
export declare class Stream<E> implements AsyncIterableIterator<E> {
  protected constructor();
  [Symbol.asyncIterator](): Stream<E>;
  next(): Promise<IteratorResult<E, undefined>>;
  return(value?: unknown): Promise<IteratorResult<E, undefined>>;
  throw(err?: unknown): Promise<IteratorResult<E, undefined>>;
}

/**
 * One page of a list operation: `data` is the list operation's result (a
 * typed view), `items` its list of items.
 */
export declare class Page<Item, Result> {
  protected constructor();
  /** The list operation's answer for this page, e.g. a ListMessagesResult. */
  readonly data: Result;
  /** The page's items ([] when it has none). */
  readonly items: Item[];
  /** The result's has_more; undefined when the list operation's result has no such field. */
  readonly hasMore: boolean | undefined;
  /** The result's count of all items (its total or total_count field, as the API names it); undefined when it has none. */
  readonly total: number | undefined;
  /** The page's log id (X-Tt-Logid), '' when none. */
  readonly logid: string;
  /** {items, logid, hasMore and total when known}. */
  toJSON(): { items: unknown[]; logid: string; hasMore?: boolean; total?: number };
}

/**
 * The pages of one run of a pager. The next page is asked for only when
 * next() is called; leaving the loop early (return()) cancels the call.
 */
export declare class PageIterator<Item, Result> implements AsyncIterableIterator<Page<Item, Result>> {
  protected constructor();
  [Symbol.asyncIterator](): PageIterator<Item, Result>;
  next(): Promise<IteratorResult<Page<Item, Result>, undefined>>;
  return(value?: unknown): Promise<IteratorResult<Page<Item, Result>, undefined>>;
  throw(err?: unknown): Promise<IteratorResult<Page<Item, Result>, undefined>>;
}

/**
 * Every page of a list operation (the `...Pages` methods), read lazily:
 * `for await` gives the items page after page, `pages()` the pages. The core
 * decides where each page starts and when to stop; one page is in memory at
 * a time. Each loop is a call of its own from the first page; leaving it
 * early cancels the call (no further request). A failure on page N is thrown
 * after the items of the pages before it. The options apply to each page's
 * request (`timeout` bounds a page, not the loop; `signal` cancels the loop).
 */
export declare class Pager<Item, Result> implements AsyncIterable<Item> {
  protected constructor();
  [Symbol.asyncIterator](): AsyncIterableIterator<Item>;
  pages(): PageIterator<Item, Result>;
}

/** The answer of coze.chat.createAndPoll (generated next to chat.create, from its x-coze-poll). */
export interface ChatPollResult {
  /** The chat as the last poll saw it: completed, failed, requires_action or canceled. */
  chat: Chat;
  /** Its messages (chat.messages.list). */
  messages: Message[];
}

/** JSON Schema (the keywords core/tools/README.md lists), as a plain object. */
export type JsonSchema = { [keyword: string]: unknown };

/** What a tool's function gets beside its arguments. */
export interface ToolContext {
  /** The bot's id for this call. */
  readonly id: string;
  /** The tool's name. */
  readonly name: string;
  /**
   * Aborts when the run no longer waits for this call: the tool timeout
   * passed, or the run stopped (cancelled, failed). A function that can stop
   * early should listen to it; its result is dropped either way.
   */
  readonly signal: AbortSignal;
}

/**
 * A local tool for `coze.chat.runTools`: the bot's calls of `name` run `run`
 * with the arguments the core validated against `parameters` (defaults filled
 * in). `run` may be async or not; a string result is sent as it is, anything
 * else as compact JSON (undefined as null); a throw or a rejection is sent as
 * `{"error": "tool '<name>' failed: <message>"}` (or fails the run with
 * `tool_errors: 'fail'`).
 */
export interface ToolSpec<A = Record<string, any>> {
  name: string;
  description?: string;
  /** The arguments' JSON Schema; absent: any object. */
  parameters?: JsonSchema | null;
  run: (args: A, context: ToolContext) => unknown;
}

/** A tool as defineTool returns it: frozen, its schema a frozen copy. */
export interface Tool<A = Record<string, any>> extends Readonly<ToolSpec<A>> {
  readonly description: string;
  readonly parameters: JsonSchema | null;
}

/**
 * Registers a tool: checks it at once (its schema with the core's
 * tool_schema_check, an InvalidArgumentError naming the keyword) when the
 * core has loaded (`init()`, `coze.ready()` or any call), else when a run
 * that uses it starts; returns it frozen.
 */
export declare function defineTool<A = Record<string, any>>(spec: ToolSpec<A>): Tool<A>;

/** The answer of an operation by name. */
export type AnswerOf<K extends keyof OperationTypes> = OperationTypes[K] extends { result: infer R } ? R : null;
/** The events of a streaming operation by name. */
export type EventOf<K extends keyof OperationTypes> = OperationTypes[K] extends { stream: infer E } ? E : StreamEvent;

/** Every operation: its name, its parameter flags, its answer. */
export declare const operations: Readonly<
  Record<
    keyof OperationTypes,
    { readonly name: string; readonly response: 'json' | 'sse' | 'binary' | 'pages' | 'poll' | 'tools' }
  >
>;

export declare class Coze {
  constructor(options: CozeOptions);
  /** A client whose WebAssembly core is loaded. */
  static create(options: CozeOptions): Promise<Coze>;
  /** Loads the core (done lazily by the first call). */
  ready(): Promise<void>;
  /** Runs any operation by name, e.g. "chat.create": the result's view (binary operations: BinaryResult). */
  request<K extends keyof OperationTypes>(
    op: K,
    params?: OperationTypes[K]['params'],
    options?: AnswerOf<K> extends BinaryResult ? BinaryRequestOptions : RequestOptions,
  ): Promise<AnswerOf<K>>;
  request(op: string, params?: object, options?: BinaryRequestOptions): Promise<unknown>;
  /** Runs a streaming operation by name, e.g. "chat.stream". */
  stream<K extends keyof OperationTypes>(
    op: K,
    params?: OperationTypes[K]['params'],
    options?: RequestOptions,
  ): Stream<EventOf<K>>;
  stream(op: string, params?: object, options?: RequestOptions): Stream<StreamEvent>;
  /** Frees the client's core state; calls in progress keep working. */
  close(): void;
  /** The token the client holds now (store the rotated refresh token); null with a fixed `token`. */
  token(): ClientToken | null;
  /**
   * The client's health now: the breaker's state, the moving error rate,
   * attempts and failures, how often it opened and what it refused, the
   * retry budget. Needs the core loaded (`await coze.ready()`, `init()` or a call).
   */
  health(): ClientHealth;
}
/** The generated resources: coze.chat, coze.conversations.messages, ... */
export interface Coze extends CozeResources {}

/**
 * The error a call fails with when the server gives this one answer (status,
 * headers as an object or [name, value] pairs, body text), mapped by the
 * core's executor with no retry as if a `method` request (a stream request
 * when `stream`) had received it; null when the call would succeed. `wallMs`
 * (unix ms) lets an HTTP-date Retry-After count (needs `await init()`).
 */
export declare function answerError(
  method: string,
  stream: boolean,
  status: number,
  headers?: Record<string, string> | Array<[string, string]>,
  body?: string,
  wallMs?: number,
): CozeError | null;

/**
 * A whole non-stream answer of `op` (HTTP status and body text) decoded as a
 * call would: the result's view, or the mapped CozeError thrown (needs `await init()`).
 */
export declare function decodeResponse<K extends keyof OperationTypes>(
  op: K,
  status: number,
  body: string,
): AnswerOf<K>;
export declare function decodeResponse(op: string, status: number, body: string): unknown;
/**
 * One stream event of a streaming operation (its SSE name and data text) as
 * the stream hands it out, or the CozeError it ends the stream with, thrown (needs `await init()`).
 */
export declare function decodeEvent<K extends keyof OperationTypes>(op: K, type: string, data: string): EventOf<K>;
export declare function decodeEvent(op: string, type: string, data: string): StreamEvent;

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

// ---- OAuth ------------------------------------------------------------------------

/**
 * How the auth functions reach the API (the options of new Coze but token
 * and auth) and the flow's call options (`signal` cancels it, `timeout` is
 * its deadline, ...).
 */
export interface FlowOptions
  extends Omit<CozeOptions, 'token' | 'auth' | 'allowPersonalAccessTokenInBrowser'>, RequestOptions {}

/** A PKCE pair: a verifier from the platform's CSPRNG and its S256 challenge. */
export declare function pkcePair(): Promise<{ verifier: string; challenge: string; method: 'S256' }>;

export interface AuthorizeUrlOptions {
  clientId: string;
  redirectUri: string;
  /** A random value the redirect brings back (check it). */
  state: string;
  /** The API host; its region picks the www host (www.coze.com, www.coze.cn). */
  baseURL?: string;
  /** The www host, when it is not the API host's. */
  wwwBase?: string;
  /** PKCE: the challenge of pkcePair(). */
  codeChallenge?: string;
  codeChallengeMethod?: 'S256';
  workspaceId?: string;
}
/** The URL to send the user to. */
export declare function authorizeUrl(options: AuthorizeUrlOptions): Promise<string>;

export interface ExchangeCodeOptions extends FlowOptions {
  clientId: string;
  code: string;
  redirectUri: string;
  /** PKCE apps: the verifier of the challenge sent. */
  codeVerifier?: string;
  /** Web apps. */
  clientSecret?: string;
}
/** Exchanges the code of the redirect for a token. */
export declare function exchangeCode(options: ExchangeCodeOptions): Promise<OAuthToken>;

export interface RefreshTokenOptions extends FlowOptions {
  clientId: string;
  /** Used up by the refresh: store the answer's new one. */
  refreshToken: string;
  /** Web apps. */
  clientSecret?: string;
}
/** A new token for a refresh token. */
export declare function refreshToken(options: RefreshTokenOptions): Promise<OAuthToken>;

export interface DeviceFlowOptions extends FlowOptions {
  clientId: string;
  /** Shows the user `user_code` and `verification_uri`; awaited; throwing cancels the flow. */
  onCode: (code: DeviceCode) => unknown;
}
/** The device flow: hands the user code to onCode, then polls until the user decides or the code expires. */
export declare function deviceFlow(options: DeviceFlowOptions): Promise<OAuthToken>;

export interface JwtTokenOptions extends FlowOptions {
  clientId: string;
  publicKeyId: string;
  /** PKCS#8 PEM (BEGIN PRIVATE KEY) or a CryptoKey; signed with WebCrypto. */
  privateKey: string | CryptoKey;
  ttlSeconds?: number;
  sessionName?: string;
  accountId?: string;
  enterpriseId?: string;
  scope?: Record<string, unknown>;
}
/** A service app's access token (no refresh token). */
export declare function jwtToken(options: JwtTokenOptions): Promise<OAuthToken>;

/** An OAuth app's JSON config as the official SDKs write it. */
export interface OAuthAppConfig {
  client_type: 'pkce' | 'jwt' | 'device' | 'web';
  client_id: string;
  coze_api_base?: string;
  coze_www_base?: string;
  public_key_id?: string;
  private_key?: string;
  client_secret?: string;
}

/** An OAuth app read by loadOAuthApp; its secret and key are kept out of sight. */
export declare class OAuthApp {
  private constructor();
  readonly clientType: 'pkce' | 'jwt' | 'device' | 'web';
  readonly clientId: string;
  readonly baseURL: string;
  readonly wwwBase: string;
  readonly publicKeyId: string;
  authorizeUrl(options: Omit<AuthorizeUrlOptions, 'clientId'>): Promise<string>;
  exchangeCode(options: Omit<ExchangeCodeOptions, 'clientId' | 'clientSecret'>): Promise<OAuthToken>;
  refreshToken(options: Omit<RefreshTokenOptions, 'clientId' | 'clientSecret'>): Promise<OAuthToken>;
  deviceFlow(options: Omit<DeviceFlowOptions, 'clientId'>): Promise<OAuthToken>;
  jwtToken(options?: Omit<JwtTokenOptions, 'clientId' | 'publicKeyId' | 'privateKey'>): Promise<OAuthToken>;
  /**
   * A client of the app: a jwt app's gets its tokens itself; any other app's
   * takes `token` (an OAuthToken it refreshes, or an access token string).
   */
  client(
    options?: Omit<CozeOptions, 'token' | 'auth'> & {
      token?: OAuthToken | { access_token: string; refresh_token?: string; expires_in?: number } | string;
      ttlSeconds?: number;
      sessionName?: string;
      accountId?: string;
      enterpriseId?: string;
      scope?: Record<string, unknown>;
    },
  ): Coze;
  /** The app without its secrets. */
  toJSON(): { clientType: string; clientId: string; baseURL: string; wwwBase: string; publicKeyId: string };
}
/** Reads an OAuth app's JSON config (text or object), checked by the core. */
export declare function loadOAuthApp(config: string | OAuthAppConfig): Promise<OAuthApp>;
