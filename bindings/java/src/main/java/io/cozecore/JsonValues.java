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

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v instanceof Map) return Collections.unmodifiableMap((Map<String, Object>) v);
    return Collections.emptyMap();
  }
}
