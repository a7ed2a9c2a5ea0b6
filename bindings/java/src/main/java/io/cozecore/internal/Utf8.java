package io.cozecore.internal;

import java.nio.charset.StandardCharsets;

/** Text crosses the bridge as UTF-8 bytes (never JNI's modified UTF-8). */
public final class Utf8 {
  private Utf8() {}

  public static byte[] encode(String s) {
    return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
  }

  public static String decode(byte[] b) {
    return b == null ? "" : new String(b, StandardCharsets.UTF_8);
  }
}
