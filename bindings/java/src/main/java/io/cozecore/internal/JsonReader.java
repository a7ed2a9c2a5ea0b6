package io.cozecore.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON (RFC 8259) reader, the library's only one: answers of the API arrive as
 * records and never come through here, only the JSON the core's auth helpers answer with ({@code
 * oauth_app_config}, {@code oauth_authorize_url}, {@code Client::token_json}) and a caller's OAuth
 * app config; the tests read vectors and the fake server's logs with it. Objects read as {@code
 * LinkedHashMap<String, Object>} (key order kept), arrays as {@code ArrayList<Object>}, integers as
 * {@code Long} (or {@code BigInteger} past 64 bits), other numbers as {@code Double}, plus {@code
 * String}, {@code Boolean} and {@code null}.
 */
public final class JsonReader {
  /** Nesting deeper than this is refused rather than risking the stack. */
  public static final int MAX_DEPTH = Json.MAX_DEPTH;

  private JsonReader() {}

  /** Thrown for text that is not one JSON value. */
  public static final class ParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    ParseException(String message, int offset) {
      super(message + " at offset " + offset);
    }
  }

  public static Object parse(String text) {
    Reader r = new Reader(text);
    r.skipSpace();
    Object value = r.value(0);
    r.skipSpace();
    if (r.pos != text.length()) {
      throw new ParseException("trailing characters", r.pos);
    }
    return value;
  }

  /** Parses text that must be a JSON object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object v = parse(text);
    if (!(v instanceof Map)) {
      throw new ParseException("not a JSON object", 0);
    }
    return (Map<String, Object>) v;
  }

  /**
   * Member {@code key} of an object as text: a string as it is, a number or boolean as written, ""
   * when absent or null (objects and arrays as their Java text).
   */
  public static String string(Map<String, Object> object, String key) {
    Object v = object.get(key);
    return v == null ? "" : v.toString();
  }

  /** Compares two decoded JSON numbers by value. */
  public static boolean numbersEqual(Number a, Number b) {
    return toBigDecimal(a).compareTo(toBigDecimal(b)) == 0;
  }

  private static BigDecimal toBigDecimal(Number n) {
    if (n instanceof BigDecimal) return (BigDecimal) n;
    if (n instanceof BigInteger) return new BigDecimal((BigInteger) n);
    if (n instanceof Double || n instanceof Float) return new BigDecimal(n.doubleValue());
    return BigDecimal.valueOf(n.longValue());
  }

  private static final class Reader {
    final String s;
    int pos;

    Reader(String s) {
      this.s = s;
    }

    void skipSpace() {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
          pos++;
        } else {
          break;
        }
      }
    }

    ParseException error(String what) {
      return new ParseException(what, pos);
    }

    Object value(int depth) {
      if (depth > MAX_DEPTH) throw error("JSON nested too deeply");
      if (pos >= s.length()) throw error("unexpected end of JSON");
      char c = s.charAt(pos);
      switch (c) {
        case '{':
          return object(depth);
        case '[':
          return array(depth);
        case '"':
          return string();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          if (c == '-' || (c >= '0' && c <= '9')) return number();
          throw error("unexpected character");
      }
    }

    Object literal(String word, Object value) {
      if (!s.startsWith(word, pos)) throw error("invalid literal");
      pos += word.length();
      return value;
    }

    Map<String, Object> object(int depth) {
      pos++;
      Map<String, Object> map = new LinkedHashMap<>();
      skipSpace();
      if (pos < s.length() && s.charAt(pos) == '}') {
        pos++;
        return map;
      }
      for (; ; ) {
        skipSpace();
        if (pos >= s.length() || s.charAt(pos) != '"') throw error("expected a string key");
        String key = string();
        skipSpace();
        if (pos >= s.length() || s.charAt(pos) != ':') throw error("expected ':'");
        pos++;
        skipSpace();
        map.put(key, value(depth + 1));
        skipSpace();
        if (pos >= s.length()) throw error("unterminated object");
        char c = s.charAt(pos++);
        if (c == '}') return map;
        if (c != ',') throw error("expected ',' or '}'");
      }
    }

    List<Object> array(int depth) {
      pos++;
      List<Object> list = new ArrayList<>();
      skipSpace();
      if (pos < s.length() && s.charAt(pos) == ']') {
        pos++;
        return list;
      }
      for (; ; ) {
        skipSpace();
        list.add(value(depth + 1));
        skipSpace();
        if (pos >= s.length()) throw error("unterminated array");
        char c = s.charAt(pos++);
        if (c == ']') return list;
        if (c != ',') throw error("expected ',' or ']'");
      }
    }

    String string() {
      pos++;
      StringBuilder sb = null;
      int start = pos;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == '"') {
          String out = sb == null ? s.substring(start, pos) : sb.append(s, start, pos).toString();
          pos++;
          return out;
        }
        if (c < 0x20) throw error("control character in string");
        if (c == '\\') {
          if (sb == null) sb = new StringBuilder();
          sb.append(s, start, pos);
          pos++;
          if (pos >= s.length()) break;
          char e = s.charAt(pos++);
          switch (e) {
            case '"':
              sb.append('"');
              break;
            case '\\':
              sb.append('\\');
              break;
            case '/':
              sb.append('/');
              break;
            case 'b':
              sb.append('\b');
              break;
            case 'f':
              sb.append('\f');
              break;
            case 'n':
              sb.append('\n');
              break;
            case 'r':
              sb.append('\r');
              break;
            case 't':
              sb.append('\t');
              break;
            case 'u':
              if (pos + 4 > s.length()) throw error("short \\u escape");
              int cp = 0;
              for (int i = 0; i < 4; i++) {
                int d = Character.digit(s.charAt(pos + i), 16);
                if (d < 0) throw error("bad \\u escape");
                cp = cp * 16 + d;
              }
              pos += 4;
              sb.append((char) cp);
              break;
            default:
              throw error("bad escape");
          }
          start = pos;
        } else {
          pos++;
        }
      }
      throw error("unterminated string");
    }

    Object number() {
      int start = pos;
      if (s.charAt(pos) == '-') pos++;
      if (pos >= s.length()) throw error("bad number");
      if (s.charAt(pos) == '0') {
        pos++;
      } else if (s.charAt(pos) >= '1' && s.charAt(pos) <= '9') {
        digits();
      } else {
        throw error("bad number");
      }
      boolean integral = true;
      if (pos < s.length() && s.charAt(pos) == '.') {
        integral = false;
        pos++;
        int digits = digits();
        if (digits == 0) throw error("bad fraction");
      }
      if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
        integral = false;
        pos++;
        if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) pos++;
        if (digits() == 0) throw error("bad exponent");
      }
      String text = s.substring(start, pos);
      if (integral) {
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException tooBig) {
          return new BigInteger(text);
        }
      }
      return Double.parseDouble(text);
    }

    int digits() {
      int n = 0;
      while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
        pos++;
        n++;
      }
      return n;
    }
  }
}
