package io.cozecore;

/** The request was understood but refused: HTTP 422 (kind {@code unprocessable}). */
public class UnprocessableException extends CozeException {
  private static final long serialVersionUID = 1L;

  UnprocessableException(Details d) {
    super(d);
  }
}
