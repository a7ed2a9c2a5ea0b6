package io.cozecore;

/** The token lacks permission: HTTP 403 or Coze code 4101 (kind {@code permission_denied}). */
public class PermissionDeniedException extends CozeException {
  private static final long serialVersionUID = 1L;

  PermissionDeniedException(Details d) {
    super(d);
  }
}
