package io.cozecore;

import java.util.Map;

/**
 * What a call reports to the client's {@link Hooks}. Secrets are redacted from {@link #headers()}
 * ({@code Authorization}, {@code Cookie}, ... read {@code "[redacted]"}).
 *
 * @param kind {@code request_sent}, {@code response_head}, {@code retry_scheduled}, {@code
 *     call_finished}, {@code health_changed} (the client's health: a spike of failures, or the
 *     circuit breaker changed state; it comes with the call whose attempt caused it), {@code
 *     metric} (one measurement under OpenTelemetry's names, only with {@link Hooks#onMetric}:
 *     {@link #metric()}, {@link #instrument()}, {@link #unit()}, {@link #value()}, {@link
 *     #attributes()}), or {@code tool_called} / {@code tool_finished} (a local tool of a tool run:
 *     {@link #tool()}, {@link #toolCallId()}, {@link #outcome()})
 * @param op the operation ({@code "chat.stream"}, ...)
 * @param method the HTTP method
 * @param path the URL path, without the query
 * @param attempt 1, 2, ...; 0 on a {@code call_finished} before any attempt
 * @param status the HTTP status when one was received, else 0
 * @param durationMs {@code response_head}: since the request was sent; {@code retry_scheduled}: of
 *     the failed attempt; {@code call_finished}: of the whole call; {@code tool_finished}: the
 *     function's run time (0 when it did not run, the tool timeout when it timed out); -1 otherwise
 * @param delayMs {@code retry_scheduled}: the sleep before the next attempt; -1 otherwise
 * @param logid the server's log id ({@code X-Tt-Logid}) when received, else ""
 * @param requestId the attempt's {@code X-Client-Request-Id}
 * @param idempotencyKey the idempotency key sent, "" when none
 * @param traceparent the W3C {@code traceparent} sent, "" when none
 * @param errorKind {@code retry_scheduled}: why; {@code call_finished}: the error kind, "" on
 *     success
 * @param message {@code retry_scheduled} / {@code call_finished}: the error message, "" on success;
 *     {@code health_changed}: what changed; {@code tool_finished}: why the tool failed, "" when it
 *     succeeded
 * @param headers {@code request_sent}: the request headers; {@code response_head}: the response
 *     headers; keyed by lower-case name, repeated names joined with ", "
 * @param body {@code request_sent}: the request body; {@code tool_called} / {@code tool_finished}:
 *     the call's arguments as JSON (defaults filled in); only when the client was built with {@code
 *     hookBodies(true)}; "" otherwise
 * @param severity {@code retry_scheduled}: {@code "warning"}; {@code call_finished}: the error's
 *     {@link CozeException#severity()}, "" on success; {@code health_changed}: {@code "warning"}
 *     (spike, half_open), {@code "critical"} (opened) or {@code "info"} (closed); "" otherwise
 * @param reason {@code health_changed}: {@code "spike"}, {@code "opened"}, {@code "half_open"} or
 *     {@code "closed"}; "" otherwise
 * @param state {@code health_changed}: the breaker's state after the change ({@code "closed"},
 *     {@code "open"}, {@code "half_open"}); "" otherwise
 * @param errorRate {@code health_changed}: the moving error rate (0 to 1; for a spike, the slice's
 *     own rate); -1 otherwise
 * @param metric {@code metric}: the OpenTelemetry instrument's name ({@code
 *     "http.client.request.duration"}, {@code "coze.client.retries"}, {@code
 *     "coze.client.stream.events"}, {@code "coze.client.circuit.state"}); "" otherwise
 * @param instrument {@code metric}: {@code "histogram"}, {@code "counter"} or {@code "gauge"}; ""
 *     otherwise
 * @param unit {@code metric}: {@code "s"}, {@code "{retry}"}, {@code "{event}"} or {@code "1"}; ""
 *     otherwise
 * @param value {@code metric}: the measurement (a duration in seconds, the count to add, the
 *     gauge's value: 0 closed, 1 open, 2 half-open); 0 otherwise
 * @param attributes {@code metric}: the OpenTelemetry attributes, in this order and only those that
 *     apply: {@code http.request.method}, {@code server.address}, {@code server.port}, {@code
 *     http.response.status_code}, {@code error.type}, {@code coze.operation}; values as text (the
 *     port and status code are digits); empty otherwise
 * @param tool {@code tool_called} / {@code tool_finished}: the tool's name; "" otherwise
 * @param toolCallId {@code tool_called} / {@code tool_finished}: the id of the bot's tool call; ""
 *     otherwise
 * @param outcome {@code tool_finished}: {@code "ok"}, {@code "error"} (the function threw), {@code
 *     "timeout"}, {@code "unknown_tool"}, {@code "invalid_arguments"} or {@code "cancelled"} (the
 *     run stopped while it ran); "" otherwise
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
    String body,
    String severity,
    String reason,
    String state,
    double errorRate,
    String metric,
    String instrument,
    String unit,
    double value,
    Map<String, String> attributes,
    String tool,
    String toolCallId,
    String outcome) {}
