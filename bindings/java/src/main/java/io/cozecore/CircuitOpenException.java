package io.cozecore;

/**
 * The client's own circuit breaker refused the attempt (kind {@code circuit_open}): the service
 * failed too often lately, so nothing was sent. {@link #retryAfterMs()} is the time left before the
 * breaker lets a probe out; {@link #retryable()} is true, {@link #httpStatus()} 0 and {@link
 * #severity()} {@code info}. See {@link CozeClient.Builder#breaker(boolean)} and {@link
 * CozeClient#health()}.
 */
public class CircuitOpenException extends CozeException {
  private static final long serialVersionUID = 1L;

  CircuitOpenException(Details d) {
    super(d);
  }
}
