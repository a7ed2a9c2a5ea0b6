package io.cozecore;

import io.cozecore.internal.Wire;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Options of one call, over the client's settings:
 *
 * <pre>{@code
 * RequestOptions opts = RequestOptions.builder()
 *     .traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
 *     .timeout(Duration.ofSeconds(30))
 *     .build();
 * Chat chat = client.chat().create(request, opts);
 * }</pre>
 *
 * A malformed {@code traceparent} fails the call as an {@link InvalidArgumentException} before
 * anything is sent. What the API description lacks goes in {@link Builder#extraHeaders}, {@link
 * Builder#extraQuery} and {@link Builder#extraBody}: sent as given, on every attempt.
 */
public final class RequestOptions {
  private final Duration timeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;
  private final Boolean idempotency;
  private final String idempotencyKey;
  private final String traceparent;
  private final String tracestate;
  private final Map<String, String> extraQuery;
  private final Map<String, Object> extraBody;
  private final UploadProgress uploadProgress;

  private RequestOptions(Builder b) {
    this.uploadProgress = b.uploadProgress;
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.idempotency = b.idempotency;
    this.idempotencyKey = b.idempotencyKey;
    this.traceparent = b.traceparent;
    this.tracestate = b.tracestate;
    this.extraQuery = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraQuery));
    this.extraBody = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraBody));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The upload progress listener, or null. */
  public UploadProgress uploadProgress() {
    return uploadProgress;
  }

  /** The keys of the core's CallOptions.apply_json (wall_ms is the driver's). */
  Map<String, Object> toCore() {
    Map<String, Object> m = new LinkedHashMap<>();
    if (timeout != null) m.put("timeout_ms", timeout.toMillis());
    if (maxRetries != null) m.put("max_retries", maxRetries);
    if (!headers.isEmpty()) m.put("headers", headers);
    if (idempotency != null) m.put("idempotency", idempotency);
    if (idempotencyKey != null) m.put("idempotency_key", idempotencyKey);
    if (traceparent != null) m.put("traceparent", traceparent);
    if (tracestate != null) m.put("tracestate", tracestate);
    if (!extraQuery.isEmpty()) m.put("extra_query", extraQuery);
    if (!extraBody.isEmpty()) m.put("extra_body", extraBody);
    return m;
  }

  /** Settings of a {@link RequestOptions}; all optional. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Boolean idempotency;
    private String idempotencyKey;
    private String traceparent;
    private String tracestate;
    private final Map<String, String> extraQuery = new LinkedHashMap<>();
    private final Map<String, Object> extraBody = new LinkedHashMap<>();
    private UploadProgress uploadProgress;

    private Builder() {}

    /**
     * Reports how much of the request body went out (an upload's bytes included), as {@code (sent,
     * total)}; see {@link UploadProgress}.
     */
    public Builder uploadProgress(UploadProgress listener) {
      this.uploadProgress = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** The whole call's deadline (attempts and sleeps), instead of the client's. */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative()) throw CozeException.invalidArgument("timeout must not be negative");
      this.timeout = timeout;
      return this;
    }

    /** Retries after the first attempt (0 to 100), instead of the client's. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 100)
        throw CozeException.invalidArgument("maxRetries must be from 0 to 100");
      this.maxRetries = maxRetries;
      return this;
    }

    /** An extra request header, sent on every attempt. */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Extra request headers, sent on every attempt (added to those already set). */
    public Builder extraHeaders(Map<String, String> headers) {
      headers.forEach(this::header);
      return this;
    }

    /** A query parameter the description lacks, sent as given (URL-encoded by the core). */
    public Builder extraQuery(String name, String value) {
      extraQuery.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Query parameters the description lacks (added to those already set). */
    public Builder extraQuery(Map<String, String> query) {
      query.forEach(this::extraQuery);
      return this;
    }

    /**
     * A key merged into the JSON body, over the operation's own parameters: a plain JSON value
     * (String, Number, Boolean, null, Map, List) or a model view.
     */
    public Builder extraBody(String key, Object value) {
      extraBody.put(Objects.requireNonNull(key, "key"), Wire.value(value));
      return this;
    }

    /** Keys merged into the JSON body (added to those already set). */
    public Builder extraBody(Map<String, ?> body) {
      body.forEach(this::extraBody);
      return this;
    }

    /**
     * Whether to send an idempotency key (default true, when the client names an idempotency
     * header). Without one a POST is only retried when the server never got it.
     */
    public Builder idempotency(boolean on) {
      this.idempotency = on;
      return this;
    }

    /** The idempotency key to send (default: a new ULID per call), the same on every attempt. */
    public Builder idempotencyKey(String key) {
      this.idempotencyKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /** A W3C trace context {@code traceparent} to send on every attempt. */
    public Builder traceparent(String traceparent) {
      this.traceparent = Objects.requireNonNull(traceparent, "traceparent");
      return this;
    }

    /** The W3C {@code tracestate} sent with the traceparent (not sent without one). */
    public Builder tracestate(String tracestate) {
      this.tracestate = Objects.requireNonNull(tracestate, "tracestate");
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
