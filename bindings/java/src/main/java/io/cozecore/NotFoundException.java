package io.cozecore;

/**
 * The resource does not exist: HTTP 404 or Coze codes 4001, 4002, 4005, 4006, 4200 (kind {@code
 * not_found}).
 */
public class NotFoundException extends CozeException {
  private static final long serialVersionUID = 1L;

  NotFoundException(Details d) {
    super(d);
  }
}
