package io.cozecore;

import java.util.Collections;
import java.util.Map;

/** Lenient field access on decoded JSON objects. */
final class JsonValues {
  private JsonValues() {}

  /** The field as text: strings as they are, numbers in decimal, else null. */
  static String string(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v instanceof String) return (String) v;
    if (v instanceof Number) return v.toString();
    return null;
  }

  static long number(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v instanceof Number) return ((Number) v).longValue();
    if (v instanceof String) {
      try {
        return Long.parseLong((String) v);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  /** The field as text, objects and arrays as their JSON text; "" when absent or null. */
  static String jsonText(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v instanceof Map || v instanceof java.util.List) return io.cozecore.internal.Json.write(v);
    if (v instanceof Boolean) return v.toString();
    String s = string(m, key);
    return s == null ? "" : s;
  }

  /** The field as text; "" when absent or not text. */
  static String text(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v instanceof Boolean) return v.toString();
    String s = string(m, key);
    return s == null ? "" : s;
  }

  /** {@code true}, or the string {@code "true"}. */
  static boolean bool(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return Boolean.TRUE.equals(v) || "true".equals(v);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v instanceof Map) return Collections.unmodifiableMap((Map<String, Object>) v);
    return Collections.emptyMap();
  }
}
