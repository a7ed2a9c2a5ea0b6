package io.cozecore;

/**
 * A deadline passed: HTTP 408, or a connect, first-byte, idle or total timeout (kind {@code
 * timeout}).
 */
public class TimeoutException extends CozeException {
  private static final long serialVersionUID = 1L;

  TimeoutException(Details d) {
    super(d);
  }
}
