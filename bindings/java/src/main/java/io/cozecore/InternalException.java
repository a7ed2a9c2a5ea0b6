package io.cozecore;

/** A bug in cozecore itself (kind {@code internal}). */
public class InternalException extends CozeException {
  private static final long serialVersionUID = 1L;

  InternalException(Details d) {
    super(d);
  }
}
