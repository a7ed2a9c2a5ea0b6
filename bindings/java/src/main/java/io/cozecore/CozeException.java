package io.cozecore;

import io.cozecore.bridge.CoreError;
import io.cozecore.bridge.cozecore_bridge;
import io.cozecore.internal.Utf8;
import java.util.List;

/**
 * Every failure of a call, typed. {@link #kind()} is one of the error kinds shared by every
 * cozecore language ({@code bad_request}, {@code authentication}, {@code permission_denied}, {@code
 * not_found}, {@code conflict}, {@code unprocessable}, {@code rate_limited}, {@code server}, {@code
 * gateway}, {@code timeout}, {@code connection}, {@code cancelled}, {@code decode}, {@code stream},
 * {@code api}, {@code invalid_argument}, {@code internal}, {@code circuit_open} when the client's
 * own circuit breaker refused the attempt, and {@code tool} when a tool run failed because of a
 * local tool), and each kind has its own subclass. {@link #severity()} says how bad it is ({@code
 * info}, {@code warning} or {@code critical}, from the core's one table). {@link #message()} is the
 * server's own text (or a short one such as {@code HTTP 502 bad gateway}); {@link #hint()} says
 * what to do about it when the core knows; {@link #getMessage()} is the message followed by the
 * hint in parentheses (the core's {@code error_text}). None of them ever contains the token.
 */
public class CozeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String message;
  private final String hint;
  private final String errorCode;
  private final String requestId;
  private final int httpStatus;
  private final long code;
  private final String logid;
  private final boolean retryable;
  private final int attempts;
  private final long retryAfterMs;
  private final String body;
  private final List<Attempt> history;
  private final String severity;

  CozeException(Details d) {
    super(text(d.kind, d.message, d.hint));
    this.kind = d.kind;
    this.message = d.message;
    this.hint = d.hint;
    this.errorCode = d.errorCode;
    this.requestId = d.requestId;
    this.httpStatus = d.httpStatus;
    this.code = d.code;
    this.logid = d.logid;
    this.retryable = d.retryable;
    this.attempts = d.attempts;
    this.retryAfterMs = d.retryAfterMs;
    this.body = d.body;
    this.history = d.history;
    this.severity = d.severity;
  }

  /** The fields of an error, as the core reports them. */
  static final class Details {
    String kind = "internal";
    String message = "";
    int httpStatus;
    long code;
    String logid = "";
    boolean retryable;
    int attempts;
    long retryAfterMs = -1;
    String body = "";
    List<Attempt> history = List.of();
    String hint = "";
    String errorCode = "";
    String requestId = "";
    String severity = "";
  }

  /** The string form of every language, by the core's {@code error_text}: "message (hint)". */
  private static String text(String kind, String message, String hint) {
    CoreError e = new CoreError();
    try {
      e.setKind(Utf8.encode(kind));
      e.setMessage(Utf8.encode(message));
      e.setHint(Utf8.encode(hint));
      return Utf8.decode(cozecore_bridge.error_text(e));
    } finally {
      e.delete();
    }
  }

  /**
   * An error found in this process, before or outside any answer (an invalid argument, a flow that
   * ended without what it promised): the exception of {@code kind}'s subclass with {@code message}
   * and no other field.
   */
  public static CozeException of(String kind, String message) {
    return of(kind, message, 0, 0, "", false, 0, -1, "");
  }

  /**
   * Builds the exception of the subclass that matches {@code kind} (the base class for a kind this
   * version does not know).
   */
  public static CozeException of(
      String kind,
      String message,
      int httpStatus,
      long code,
      String logid,
      boolean retryable,
      int attempts,
      long retryAfterMs,
      String body) {
    return of(
        kind, message, httpStatus, code, logid, retryable, attempts, retryAfterMs, body, List.of());
  }

  /** Like the other {@code of}, with the attempts the call sent ({@link #history()}). */
  public static CozeException of(
      String kind,
      String message,
      int httpStatus,
      long code,
      String logid,
      boolean retryable,
      int attempts,
      long retryAfterMs,
      String body,
      List<Attempt> history) {
    return of(
        kind,
        message,
        httpStatus,
        code,
        logid,
        retryable,
        attempts,
        retryAfterMs,
        body,
        history,
        "",
        "",
        "");
  }

  /**
   * Like the other {@code of}, with the hint ({@link #hint()}), the OAuth error code ({@link
   * #errorCode()}) and the last attempt's request id ({@link #requestId()}).
   */
  public static CozeException of(
      String kind,
      String message,
      int httpStatus,
      long code,
      String logid,
      boolean retryable,
      int attempts,
      long retryAfterMs,
      String body,
      List<Attempt> history,
      String hint,
      String errorCode,
      String requestId) {
    return of(
        kind,
        message,
        httpStatus,
        code,
        logid,
        retryable,
        attempts,
        retryAfterMs,
        body,
        history,
        hint,
        errorCode,
        requestId,
        null);
  }

  /**
   * Like the other {@code of}, with the severity ({@link #severity()}); null or "" takes it from
   * the core's table for the kind and HTTP status (as for a call that did not run out of retries).
   */
  public static CozeException of(
      String kind,
      String message,
      int httpStatus,
      long code,
      String logid,
      boolean retryable,
      int attempts,
      long retryAfterMs,
      String body,
      List<Attempt> history,
      String hint,
      String errorCode,
      String requestId,
      String severity) {
    Details d = new Details();
    d.hint = hint == null ? "" : hint;
    d.errorCode = errorCode == null ? "" : errorCode;
    d.requestId = requestId == null ? "" : requestId;
    d.history = history == null ? List.of() : List.copyOf(history);
    d.kind = kind == null || kind.isEmpty() ? "internal" : kind;
    d.message = message == null ? "" : message;
    d.httpStatus = httpStatus;
    d.code = code;
    d.logid = logid == null ? "" : logid;
    d.retryable = retryable;
    d.attempts = attempts;
    d.retryAfterMs = retryAfterMs;
    d.body = body == null ? "" : body;
    d.severity =
        severity != null && !severity.isEmpty()
            ? severity
            : Utf8.decode(cozecore_bridge.error_severity(Utf8.encode(d.kind), httpStatus, false));
    switch (d.kind) {
      case "bad_request":
        return new BadRequestException(d);
      case "authentication":
        return new AuthenticationException(d);
      case "permission_denied":
        return new PermissionDeniedException(d);
      case "not_found":
        return new NotFoundException(d);
      case "conflict":
        return new ConflictException(d);
      case "unprocessable":
        return new UnprocessableException(d);
      case "rate_limited":
        return new RateLimitException(d);
      case "server":
        return new ServerException(d);
      case "gateway":
        return new GatewayException(d);
      case "timeout":
        return new TimeoutException(d);
      case "connection":
        return new ConnectionException(d);
      case "cancelled":
        return new CancelledException(d);
      case "decode":
        return new DecodeException(d);
      case "stream":
        return new StreamException(d);
      case "api":
        return new ApiException(d);
      case "invalid_argument":
        return new InvalidArgumentException(d);
      case "internal":
        return new InternalException(d);
      case "circuit_open":
        return new CircuitOpenException(d);
      case "tool":
        return new ToolException(d);
      default:
        return new CozeException(d);
    }
  }

  /** A failure detected before anything was sent, e.g. bad parameters. */
  static CozeException invalidArgument(String message) {
    return of("invalid_argument", message);
  }

  /** The error kind, e.g. {@code "rate_limited"}. */
  public String kind() {
    return kind;
  }

  /**
   * The server's own text (or a short one such as {@code HTTP 502 bad gateway}), without the hint;
   * {@link #getMessage()} adds the hint.
   */
  public String message() {
    return message;
  }

  /**
   * What to do about the error when the core knows (e.g. the region, {@code api.coze.com} vs {@code
   * api.coze.cn}, for an invalid token), "" when it has nothing to add.
   */
  public String hint() {
    return hint;
  }

  /** An OAuth answer's error code ({@code authorization_pending}, ...), "" when none. */
  public String errorCode() {
    return errorCode;
  }

  /** The {@code X-Client-Request-Id} of the last attempt, "" when nothing was sent. */
  public String requestId() {
    return requestId;
  }

  /**
   * How bad the error is, from the core's one table (README "Severity"): {@code "critical"} for
   * {@code authentication}, {@code permission_denied}, {@code internal}, HTTP 501 and a service
   * failure ({@code server}, {@code gateway}, {@code timeout}, {@code connection}, {@code
   * rate_limited}) once its retries ran out (also with retries off); {@code "info"} for {@code
   * cancelled}, {@code not_found} and {@code circuit_open}; {@code "warning"} for everything else.
   */
  public String severity() {
    return severity;
  }

  /** The HTTP status of the answer, 0 when no answer was received. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The Coze business code, 0 when none. */
  public long code() {
    return code;
  }

  /** The server's log id ({@code X-Tt-Logid}), "" when none. */
  public String logid() {
    return logid;
  }

  /** Whether trying again could help. */
  public boolean retryable() {
    return retryable;
  }

  /** How many attempts were made. */
  public int attempts() {
    return attempts;
  }

  /** The delay the server asked for before a retry, -1 when none. */
  public long retryAfterMs() {
    return retryAfterMs;
  }

  /** The answer's body as kept by the core (bounded), "" when none. */
  public String body() {
    return body;
  }

  /**
   * Every attempt the call sent, oldest first: what ended each one, how long it took and the sleep
   * after it. Empty when nothing was sent (e.g. invalid parameters).
   */
  public List<Attempt> history() {
    return history;
  }
}
