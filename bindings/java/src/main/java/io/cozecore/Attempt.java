package io.cozecore;

/**
 * One attempt of a failed call, as {@link CozeException#history()} lists them.
 *
 * @param number 1, 2, ...
 * @param outcome what ended it: the HTTP status as text ({@code "503"}), a transport failure
 *     ({@code "connect"}, {@code "timeout"}, {@code "reset"}, {@code "tls"}), or {@code
 *     "cancelled"}
 * @param kind the error kind the attempt ended with ({@code "server"}, ...)
 * @param durationMs from sending the request to the failure
 * @param delayMs the sleep after it before the next attempt; 0 for none
 * @param idempotencyKey the idempotency key sent with it, "" when none
 * @param requestId its {@code X-Client-Request-Id}
 */
public record Attempt(
    int number,
    String outcome,
    String kind,
    long durationMs,
    long delayMs,
    String idempotencyKey,
    String requestId)
    implements java.io.Serializable {}
