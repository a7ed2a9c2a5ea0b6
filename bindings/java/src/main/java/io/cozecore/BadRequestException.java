package io.cozecore;

/** The request was rejected as malformed: HTTP 400 or Coze code 4000 (kind {@code bad_request}). */
public class BadRequestException extends CozeException {
  private static final long serialVersionUID = 1L;

  BadRequestException(Details d) {
    super(d);
  }
}
