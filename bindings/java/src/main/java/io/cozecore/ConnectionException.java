package io.cozecore;

/** The transport failed (connect, reset, TLS), also mid-stream (kind {@code connection}). */
public class ConnectionException extends CozeException {
  private static final long serialVersionUID = 1L;

  ConnectionException(Details d) {
    super(d);
  }
}
