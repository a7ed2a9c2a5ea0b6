package io.cozecore;

/** The request conflicts with the resource's state: HTTP 409 (kind {@code conflict}). */
public class ConflictException extends CozeException {
  private static final long serialVersionUID = 1L;

  ConflictException(Details d) {
    super(d);
  }
}
