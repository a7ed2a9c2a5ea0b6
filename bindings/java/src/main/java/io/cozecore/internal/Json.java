package io.cozecore.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A small JSON (RFC 8259) writer, so the library needs no dependency: the parameters, options and
 * settings handed to the core are JSON text. The library reads no answer as JSON (answers arrive as
 * records); only the core's small auth helpers answer in JSON ({@link JsonReader}).
 */
public final class Json {
  /** Nesting deeper than this is refused rather than risking the stack. */
  public static final int MAX_DEPTH = 512;

  private Json() {}

  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object v, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("JSON value nested too deeply");
    }
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String) {
      quote(sb, (String) v);
    } else if (v instanceof Boolean) {
      sb.append(v.toString());
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON has no NaN or infinity");
      }
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        sb.append((long) d);
      } else {
        sb.append(Double.toString(d));
      }
    } else if (v instanceof BigDecimal) {
      sb.append(((BigDecimal) v).toString());
    } else if (v instanceof Number) {
      sb.append(v.toString());
    } else if (v instanceof Map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new IllegalArgumentException("JSON object keys must be strings");
        }
        if (!first) sb.append(',');
        first = false;
        quote(sb, (String) e.getKey());
        sb.append(':');
        write(sb, e.getValue(), depth + 1);
      }
      sb.append('}');
    } else if (v instanceof Iterable) {
      sb.append('[');
      boolean first = true;
      for (Object item : (Iterable<?>) v) {
        if (!first) sb.append(',');
        first = false;
        write(sb, item, depth + 1);
      }
      sb.append(']');
    } else if (v instanceof Object[]) {
      sb.append('[');
      Object[] arr = (Object[]) v;
      for (int i = 0; i < arr.length; i++) {
        if (i > 0) sb.append(',');
        write(sb, arr[i], depth + 1);
      }
      sb.append(']');
    } else if (v instanceof Character || v instanceof Enum) {
      quote(sb, v.toString());
    } else {
      throw new IllegalArgumentException("cannot write " + v.getClass().getName() + " as JSON");
    }
  }

  private static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }
}
