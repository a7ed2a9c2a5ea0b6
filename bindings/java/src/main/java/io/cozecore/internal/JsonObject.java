package io.cozecore.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the small JSON objects the core's auth helpers answer with ({@code oauth_app_config},
 * {@code oauth_authorize_url}, {@code Client::token_json}): one object whose values are strings,
 * integers, booleans or null. Answers of the API arrive as records and never come through here.
 */
public final class JsonObject {
  private JsonObject() {}

  /** The object's members (integers as Long); an IllegalArgumentException for anything else. */
  public static Map<String, Object> parse(String text) {
    Reader r = new Reader(text);
    Map<String, Object> out = new LinkedHashMap<>();
    r.space();
    r.expect('{');
    r.space();
    if (r.peek() == '}') {
      r.pos++;
    } else {
      for (; ; ) {
        r.space();
        String key = r.string();
        r.space();
        r.expect(':');
        r.space();
        out.put(key, r.scalar());
        r.space();
        char c = r.next();
        if (c == '}') break;
        if (c != ',') throw r.error("expected , or }");
      }
    }
    r.space();
    if (r.pos != text.length()) throw r.error("trailing characters");
    return out;
  }

  /** The member {@code key} as text: strings as they are, numbers and booleans as written. */
  public static String string(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? "" : v.toString();
  }

  private static final class Reader {
    final String s;
    int pos;

    Reader(String s) {
      this.s = s == null ? "" : s;
    }

    IllegalArgumentException error(String why) {
      return new IllegalArgumentException("core answer is not the expected JSON: " + why);
    }

    char peek() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    char next() {
      if (pos >= s.length()) throw error("unexpected end");
      return s.charAt(pos++);
    }

    void expect(char c) {
      if (next() != c) throw error("expected " + c);
    }

    void space() {
      while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) pos++;
    }

    Object scalar() {
      char c = peek();
      if (c == '"') return string();
      if (s.startsWith("true", pos)) {
        pos += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("false", pos)) {
        pos += 5;
        return Boolean.FALSE;
      }
      if (s.startsWith("null", pos)) {
        pos += 4;
        return null;
      }
      int start = pos;
      if (c == '-') pos++;
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
      if (pos == start || (pos == start + 1 && c == '-')) throw error("unexpected value");
      if (pos < s.length() && ".eE".indexOf(s.charAt(pos)) >= 0)
        throw error("a non-integer number");
      return Long.parseLong(s.substring(start, pos));
    }

    String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      for (; ; ) {
        char c = next();
        if (c == '"') return sb.toString();
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"':
          case '\\':
          case '/':
            sb.append(e);
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
            if (pos + 4 > s.length()) throw error("bad \\u escape");
            try {
              sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
            } catch (NumberFormatException x) {
              throw error("bad \\u escape");
            }
            pos += 4;
            break;
          default:
            throw error("bad escape");
        }
      }
    }
  }
}
