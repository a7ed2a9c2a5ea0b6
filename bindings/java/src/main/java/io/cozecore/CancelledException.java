package io.cozecore;

/** The call was cancelled, e.g. by closing its stream (kind {@code cancelled}). */
public class CancelledException extends CozeException {
  private static final long serialVersionUID = 1L;

  CancelledException(Details d) {
    super(d);
  }
}
