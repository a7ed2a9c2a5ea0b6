package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.model.Chat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registering local tools (Tool.of): the schema checked at once, return values as outputs. */
class ToolsTest {
  static final String WEATHER_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},"
          + "\"unit\":{\"enum\":[\"celsius\",\"fahrenheit\"],\"default\":\"celsius\"}},"
          + "\"required\":[\"city\"]}";

  @Test
  void aToolKeepsItsNameSchemaAndDescription() throws Exception {
    Tool t = Tool.of("get_weather", WEATHER_SCHEMA, args -> "sunny in " + args.get("city"));
    assertEquals("get_weather", t.name());
    assertEquals(WEATHER_SCHEMA, t.schemaJson());
    assertNull(t.description());
    Tool d = t.withDescription("The weather in a city");
    assertEquals("The weather in a city", d.description());
    assertSame(t.function(), d.function());
    assertEquals("sunny in Paris", d.call(Map.of("city", "Paris")));

    Map<String, Object> core = d.toCore();
    assertEquals(List.of("name", "parameters", "description"), List.copyOf(core.keySet()));
    Map<?, ?> params = (Map<?, ?>) core.get("parameters");
    assertEquals("object", params.get("type"));
    assertEquals(List.of("city"), params.get("required"));
  }

  @Test
  void aSchemaMayBeGivenAsAMap() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", Map.of("tz", Map.of("type", "string")));
    schema.put("required", List.of("tz"));
    Tool t = Tool.of("get_time", schema, args -> "12:00");
    assertEquals(
        "{\"type\":\"object\",\"properties\":{\"tz\":{\"type\":\"string\"}},\"required\":[\"tz\"]}",
        t.schemaJson());
  }

  @Test
  void aToolWithoutASchemaTakesAnyArguments() {
    Tool t = Tool.of("ping", args -> "pong");
    assertNull(t.schemaJson());
    assertEquals(Map.of("name", "ping"), t.toCore());
  }

  @Test
  void aSchemaTheCoreRefusesFailsAtRegistrationNamingTheKeyword() {
    InvalidArgumentException e =
        assertThrows(
            InvalidArgumentException.class,
            () ->
                Tool.of(
                    "get_weather",
                    "{\"type\":\"object\",\"properties\":{\"unit\":{\"if\":{\"const\":1}}}}",
                    args -> "x"));
    assertEquals("invalid_argument", e.kind());
    assertTrue(e.message().contains("get_weather"), e.message());
    assertTrue(e.message().contains("\"if\""), e.message());
    assertTrue(e.message().contains("#/properties/unit"), e.message());

    InvalidArgumentException map =
        assertThrows(
            InvalidArgumentException.class,
            () -> Tool.of("t", Map.of("type", "object", "nullable", true), args -> "x"));
    assertTrue(map.message().contains("nullable"), map.message());

    assertThrows(
        InvalidArgumentException.class, () -> Tool.of("t", "{not json", args -> "x"), "bad JSON");
    assertThrows(
        InvalidArgumentException.class,
        () -> Tool.of("t", "{\"type\":\"objekt\"}", args -> "x"),
        "an unknown type");
    assertThrows(InvalidArgumentException.class, () -> Tool.of("", WEATHER_SCHEMA, args -> "x"));
    assertThrows(NullPointerException.class, () -> Tool.of("t", WEATHER_SCHEMA, null));
  }

  @Test
  void aStringIsSentAsItIsAnythingElseAsCompactJson() throws Exception {
    assertEquals("sunny", Tool.output("sunny"));
    assertEquals("{\"x\": 1}", Tool.output("{\"x\": 1}"), "a String is never re-encoded");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("city", "Paris");
    m.put("temp", 21);
    m.put("rain", false);
    m.put("wind", 3.5);
    m.put("tags", List.of("a", "b"));
    assertEquals(
        "{\"city\":\"Paris\",\"temp\":21,\"rain\":false,\"wind\":3.5,\"tags\":[\"a\",\"b\"]}",
        Tool.output(m));
    assertEquals("[1,2]", Tool.output(List.of(1, 2)));
    assertEquals("42", Tool.output(42L));
    assertEquals("true", Tool.output(true));
    assertEquals("null", Tool.output(null));
    assertEquals("\"CELSIUS\"", Tool.output(Unit.CELSIUS));
    Chat chat = Chat.parse("{\"id\":\"c1\",\"status\":\"completed\"}");
    assertEquals(chat.toJson(), Tool.output(chat));

    Tool t = Tool.of("t", args -> Map.of("echo", args.get("v")));
    assertEquals("{\"echo\":7}", t.call(Map.of("v", 7L)));
    Tool odd = Tool.of("odd", args -> new Object());
    assertThrows(IllegalArgumentException.class, () -> odd.call(Map.of()));
    Tool failing =
        Tool.of(
            "failing",
            args -> {
              throw new java.io.IOException("no forecast");
            });
    java.io.IOException thrown =
        assertThrows(java.io.IOException.class, () -> failing.call(Map.of()));
    assertEquals("no forecast", thrown.getMessage());
  }

  @Test
  void theErrorModesHaveTheCoresNames() {
    assertEquals("output", ToolErrors.OUTPUT.wireName());
    assertEquals("fail", ToolErrors.FAIL.wireName());
  }

  @Test
  void twoToolsOfOneNameAreRefusedBeforeAnythingIsSent() {
    try (CozeClient client =
        CozeClient.builder().token("pat_x").baseUrl("http://127.0.0.1:9").build()) {
      Tool a = Tool.of("get_time", args -> "12:00");
      Tool b = Tool.of("get_time", args -> "13:00");
      InvalidArgumentException e =
          assertThrows(
              InvalidArgumentException.class,
              () -> client.chat().runTools(TestChats.ask("tools", "time?"), List.of(a, b)));
      assertTrue(e.message().contains("get_time"), e.message());
    }
  }

  private enum Unit {
    CELSIUS
  }
}
