package io.cozecore;

/**
 * The call was rejected before sending: bad operation or parameters (kind {@code
 * invalid_argument}).
 */
public class InvalidArgumentException extends CozeException {
  private static final long serialVersionUID = 1L;

  InvalidArgumentException(Details d) {
    super(d);
  }
}
