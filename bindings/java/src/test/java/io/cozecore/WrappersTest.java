package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The idiomatic wrappers over the core's ULID, SSE parser and call setup. */
class WrappersTest {
  @Test
  void ulidEncodeDecodeAndMonotonic() {
    Ulid u = Ulid.of(1469918176385L, "ffffffffffffffffffff");
    assertEquals(26, u.toString().length());
    Ulid back = Ulid.parse(u.toString().toLowerCase());
    assertEquals(u, back);
    assertEquals(1469918176385L, back.timestampMs());
    assertEquals("ffffffffffffffffffff", back.randomnessHex());

    InvalidArgumentException e =
        assertThrows(
            InvalidArgumentException.class, () -> Ulid.parse("8ZZZZZZZZZZZZZZZZZZZZZZZZZ"));
    assertEquals("invalid_ulid", e.getMessage());

    Ulid.Factory f = new Ulid.Factory();
    Ulid a = f.next(5, "00000000000000000001");
    Ulid b = f.next(5, "00000000000000000000");
    assertTrue(b.compareTo(a) > 0, a + " < " + b);
    Ulid c = Ulid.generate();
    Ulid d = Ulid.generate();
    assertTrue(d.compareTo(c) > 0);
  }

  @Test
  void sseParserKeepsUtf8AcrossChunks() {
    byte[] bytes = "event:msg\ndata:{\"t\":\"你好 👋🏽\"}\nid:7\n\n".getBytes(StandardCharsets.UTF_8);
    try (SseParser p = new SseParser()) {
      for (int i = 0; i < bytes.length; i++) p.feed(bytes, i, 1); // split inside every code point
      p.finish();
      List<SseParser.Event> events = p.takeEvents();
      assertEquals(List.of(new SseParser.Event("msg", "{\"t\":\"你好 👋🏽\"}", "7")), events);
      assertEquals("", p.error());
      assertEquals("7", p.lastEventId());
    }
  }

  @Test
  void sseParserReportsOversizedEvents() {
    try (SseParser p = new SseParser(16)) {
      p.feed(("data:" + "x".repeat(64) + "\n\n").getBytes(StandardCharsets.UTF_8));
      assertEquals("event_too_large", p.error());
    }
  }

  @Test
  void badOperationIsInvalidArgumentBeforeSending() {
    // Port 9 (discard) on loopback: nothing may be sent for a rejected call.
    CozeClient c =
        CozeClient.builder().token("pat_x").baseUrl("http://127.0.0.1:9").maxRetries(0).build();
    InvalidArgumentException e =
        assertThrows(InvalidArgumentException.class, () -> c.call("no.such.op", Map.of()));
    assertEquals(0, e.httpStatus());
  }

  @Test
  void builderRejectsMissingTokenAndBadConfig() {
    assertThrows(InvalidArgumentException.class, () -> CozeClient.builder().build());
    assertThrows(
        InvalidArgumentException.class,
        () ->
            CozeClient.builder()
                .token("pat_x")
                .baseUrl("not a url")
                .build()
                .chat()
                .create(TestChats.ask("b", "hi")));
  }

  @Test
  void coreVersionIsSemver() {
    assertTrue(CozeClient.coreVersion().matches("\\d+\\.\\d+\\.\\d+.*"), CozeClient.coreVersion());
  }
}
