package io.cozecore;

/**
 * The token was missing or not accepted: HTTP 401 or Coze code 4100 / 700012006; often the wrong
 * API region (kind {@code authentication}).
 */
public class AuthenticationException extends CozeException {
  private static final long serialVersionUID = 1L;

  AuthenticationException(Details d) {
    super(d);
  }
}
