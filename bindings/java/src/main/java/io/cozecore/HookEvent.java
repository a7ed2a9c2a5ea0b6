package io.cozecore;

import java.util.Map;

/**
 * What a call reports to the client's {@link Hooks}. Secrets are redacted from {@link #headers()}
 * ({@code Authorization}, {@code Cookie}, ... read {@code "[redacted]"}).
 *
 * @param kind {@code request_sent}, {@code response_head}, {@code retry_scheduled} or {@code
 *     call_finished}
 * @param op the operation ({@code "chat.stream"}, ...)
 * @param method the HTTP method
 * @param path the URL path, without the query
 * @param attempt 1, 2, ...; 0 on a {@code call_finished} before any attempt
 * @param status the HTTP status when one was received, else 0
 * @param durationMs {@code response_head}: since the request was sent; {@code retry_scheduled}: of
 *     the failed attempt; {@code call_finished}: of the whole call; -1 otherwise
 * @param delayMs {@code retry_scheduled}: the sleep before the next attempt; -1 otherwise
 * @param logid the server's log id ({@code X-Tt-Logid}) when received, else ""
 * @param requestId the attempt's {@code X-Client-Request-Id}
 * @param idempotencyKey the idempotency key sent, "" when none
 * @param traceparent the W3C {@code traceparent} sent, "" when none
 * @param errorKind {@code retry_scheduled}: why; {@code call_finished}: the error kind, "" on
 *     success
 * @param message {@code retry_scheduled} / {@code call_finished}: the error message, "" on success
 * @param headers {@code request_sent}: the request headers; {@code response_head}: the response
 *     headers; keyed by lower-case name, repeated names joined with ", "
 * @param body {@code request_sent}: the request body, only when the client was built with {@code
 *     hookBodies(true)}; "" otherwise
 */
public record HookEvent(
    String kind,
    String op,
    String method,
    String path,
    int attempt,
    int status,
    long durationMs,
    long delayMs,
    String logid,
    String requestId,
    String idempotencyKey,
    String traceparent,
    String errorKind,
    String message,
    Map<String, String> headers,
    String body) {}
