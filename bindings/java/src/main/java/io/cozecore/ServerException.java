package io.cozecore;

/** The server failed: HTTP 500, 503, other 5xx or Coze code 5000 (kind {@code server}). */
public class ServerException extends CozeException {
  private static final long serialVersionUID = 1L;

  ServerException(Details d) {
    super(d);
  }
}
