package io.cozecore;

/** A non-zero Coze business code that no other kind covers (kind {@code api}). */
public class ApiException extends CozeException {
  private static final long serialVersionUID = 1L;

  ApiException(Details d) {
    super(d);
  }
}
