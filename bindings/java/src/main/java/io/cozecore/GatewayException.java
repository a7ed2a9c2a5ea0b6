package io.cozecore;

/** A gateway in front of the API failed: HTTP 502 or 504 (kind {@code gateway}). */
public class GatewayException extends CozeException {
  private static final long serialVersionUID = 1L;

  GatewayException(Details d) {
    super(d);
  }
}
