package io.cozecore;

/**
 * The payload of a workflow {@code Error} event. A stream that receives one
 * ends with a {@link StreamException} carrying the same code and message.
 */
public final class WorkflowError {
  private final long errorCode;
  private final String errorMessage;

  WorkflowError(long errorCode, String errorMessage) {
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
  }

  public long errorCode() {
    return errorCode;
  }

  public String errorMessage() {
    return errorMessage;
  }

  @Override
  public String toString() {
    return "WorkflowError{" + errorCode + ": " + errorMessage + "}";
  }
}
