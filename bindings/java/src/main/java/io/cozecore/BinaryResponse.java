package io.cozecore;

/**
 * The answer of a binary operation (audio speech, ...): the bytes received, their media type
 * ({@code Content-Type}) and the answer's log id. Equality compares the bytes by identity, as for
 * any array.
 */
public record BinaryResponse(byte[] data, String contentType, String logid) {
  @Override
  public String toString() {
    return "BinaryResponse["
        + data.length
        + " bytes, contentType="
        + contentType
        + ", logid="
        + logid
        + "]";
  }
}
