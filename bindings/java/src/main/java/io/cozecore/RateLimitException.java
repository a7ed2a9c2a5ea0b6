package io.cozecore;

/**
 * Too many requests: HTTP 429 or Coze code 4013 / 4020; see retryAfterMs() (kind {@code
 * rate_limited}).
 */
public class RateLimitException extends CozeException {
  private static final long serialVersionUID = 1L;

  RateLimitException(Details d) {
    super(d);
  }
}
