package io.cozecore;

/** A stream reported an error event, or ended before its done event (kind {@code stream}). */
public class StreamException extends CozeException {
  private static final long serialVersionUID = 1L;

  StreamException(Details d) {
    super(d);
  }
}
