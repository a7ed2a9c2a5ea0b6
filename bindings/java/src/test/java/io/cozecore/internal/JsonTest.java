package io.cozecore.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void parsesEveryKindOfValue() {
    Map<String, Object> m =
        JsonReader.parseObject(
            "{\"s\":\"a\\\"b\\\\\\n\\u00e9\\ud83d\\udc4b\",\"i\":-12,\"big\":18446744073709551615,"
                + "\"f\":1.5e2,\"t\":true,\"n\":null,\"a\":[1,[],{}]}");
    assertEquals("a\"b\\\né👋", m.get("s"));
    assertEquals(-12L, m.get("i"));
    assertEquals(new BigInteger("18446744073709551615"), m.get("big"));
    assertEquals(150.0, m.get("f"));
    assertEquals(Boolean.TRUE, m.get("t"));
    assertTrue(m.containsKey("n") && m.get("n") == null);
    assertEquals(3, ((List<?>) m.get("a")).size());
  }

  @Test
  void writesAndReadsBack() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", "你好 👋🏽 \"q\" \u0001");
    m.put("n", 42);
    m.put("d", 0.25);
    m.put("list", Arrays.asList("x", null, false));
    String json = Json.write(m);
    assertEquals(
        "{\"text\":\"你好 👋🏽 \\\"q\\\" \\u0001\",\"n\":42,\"d\":0.25,\"list\":[\"x\",null,false]}",
        json);
    Map<String, Object> back = JsonReader.parseObject(json);
    assertEquals(m.get("text"), back.get("text"));
    assertEquals(42L, back.get("n"));
  }

  @Test
  void rejectsBadText() {
    for (String bad :
        new String[] {
          "",
          "{",
          "[1,]",
          "{\"a\" 1}",
          "01",
          "1.",
          "tru",
          "\"\\x\"",
          "\"a",
          "1 2",
          "{\"a\":1,}",
          "\"\u0001\"",
          "-",
          "[1e]"
        }) {
      assertThrows(JsonReader.ParseException.class, () -> JsonReader.parse(bad), bad);
    }
    String deep = "[".repeat(Json.MAX_DEPTH + 10) + "]".repeat(Json.MAX_DEPTH + 10);
    assertThrows(JsonReader.ParseException.class, () -> JsonReader.parse(deep));
    assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
  }

  @Test
  void comparesNumbersByValue() {
    assertTrue(JsonReader.numbersEqual(1L, 1.0));
    assertTrue(JsonReader.numbersEqual(new BigInteger("5"), 5));
  }
}
