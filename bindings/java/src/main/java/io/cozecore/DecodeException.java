package io.cozecore;

/** The answer could not be decoded (kind {@code decode}). */
public class DecodeException extends CozeException {
  private static final long serialVersionUID = 1L;

  DecodeException(Details d) {
    super(d);
  }
}
