package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.cozecore.internal.Json;
import io.cozecore.internal.JsonReader;
import io.cozecore.model.Chat;
import io.cozecore.model.ChatEvent;
import io.cozecore.model.ChatStream;
import io.cozecore.model.EnterMessage;
import io.cozecore.resources.ChatCreateParams;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault scenarios of tests/e2e/faults.json through the real client (java.net.http driver): each
 * queues its faults on the fake Coze server, makes one call with {@code chat().create} or {@code
 * chat().stream}, then checks the outcome and the server's request log as tests/e2e/README.md
 * describes.
 */
@Timeout(60)
class FaultsTest {
  @RegisterExtension static final FakeCoze server = new FakeCoze();

  /** The client's token in every scenario: it must appear nowhere in errors or hook events. */
  static final String TOKEN = "pat_canary_7Hq2xZ9wLmR4vB";

  /** The string the leak check looks for (TOKEN; a test of the check may swap it). */
  static final String NEEDLE = TOKEN;

  static Stream<Arguments> scenarios() throws IOException {
    String env = System.getenv("COZE_FAULTS");
    Path file =
        env != null && !env.isEmpty()
            ? Path.of(env)
            : TestPaths.root().resolve("tests/e2e/faults.json");
    Object all = JsonReader.parse(Files.readString(file, StandardCharsets.UTF_8));
    List<Arguments> out = new ArrayList<>();
    for (Object s : (List<?>) all) out.add(Arguments.of(((Map<?, ?>) s).get("name"), s));
    return out.stream();
  }

  private static Map<?, ?> map(Object o) {
    return (Map<?, ?>) o;
  }

  private static int integer(Object o) {
    return ((Number) o).intValue();
  }

  private static boolean isSubset(Object want, Object got) {
    if (want instanceof Map) {
      if (!(got instanceof Map)) return false;
      for (Map.Entry<?, ?> e : map(want).entrySet()) {
        Map<?, ?> g = map(got);
        if (!g.containsKey(e.getKey()) || !isSubset(e.getValue(), g.get(e.getKey()))) return false;
      }
      return true;
    }
    if (want instanceof Number && got instanceof Number)
      return JsonReader.numbersEqual((Number) want, (Number) got);
    return Objects.equals(want, got);
  }

  private static CozeClient client(Map<?, ?> c, List<HookEvent> events) {
    Hooks hooks =
        Hooks.builder()
            .onRequestSent(events::add)
            .onResponseHead(events::add)
            .onRetryScheduled(events::add)
            .onCallFinished(events::add)
            .onHealthChanged(events::add)
            .onMetric(events::add)
            .build();
    CozeClient.Builder b =
        CozeClient.builder()
            .token(TOKEN)
            .hooks(hooks)
            .hookBodies(true)
            .baseUrl(server.baseUrl)
            .maxRetries(integer(c.get("max_retries")))
            .firstByteTimeout(Duration.ofMillis(integer(c.get("first_byte_timeout_ms"))))
            .idleTimeout(Duration.ofMillis(integer(c.get("idle_timeout_ms"))))
            .totalTimeout(Duration.ofMillis(integer(c.get("total_timeout_ms"))))
            .idempotencyHeader((String) c.get("idempotency_header"));
    return b.build();
  }

  private static ChatCreateParams request(Map<?, ?> params) {
    List<EnterMessage> messages = new ArrayList<>();
    for (Object m : (List<?>) params.get("additional_messages")) {
      Map<?, ?> msg = map(m);
      messages.add(
          EnterMessage.builder()
              .role((String) msg.get("role"))
              .content((String) msg.get("content"))
              .contentType((String) msg.get("content_type"))
              .build());
    }
    return ChatCreateParams.builder()
        .botId((String) params.get("bot_id"))
        .userId((String) params.get("user_id"))
        .additionalMessages(messages)
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Map<?, ?> sc) throws Exception {
    List<?> faults = (List<?>) sc.get("faults");
    if (!faults.isEmpty()) server.faults(Json.write(faults));
    List<HookEvent> hookEvents = new CopyOnWriteArrayList<>();
    try (CozeClient client = client(map(sc.get("client")), hookEvents)) {
      CozeException error = check(sc, client);
      assertNoSecret(List.of(NEEDLE), error, hookEvents);
    }
  }

  /** Fails when one of {@code needles} appears in {@code text}; {@code where} names the place. */
  static void assertClean(Collection<String> needles, String where, Object text) {
    String s = String.valueOf(text);
    for (String needle : needles)
      assertFalse(
          s.contains(needle), () -> "the secret " + needle + " appears in " + where + ": " + s);
  }

  /**
   * No needle (the token; AuthSecretsTest: every secret of the OAuth flows) appears anywhere: not
   * in the error (any field or string form; null: no error), nor in any hook event.
   */
  static void assertNoSecret(
      Collection<String> needles, CozeException error, List<HookEvent> events) {
    assertFalse(events.isEmpty(), "no hook event recorded");
    Set<String> kinds = new HashSet<>();
    for (HookEvent e : events) kinds.add(e.kind());
    assertTrue(kinds.contains("request_sent") && kinds.contains("call_finished"), () -> "" + kinds);
    for (Throwable t = error; t != null; t = t.getCause()) {
      assertClean(needles, "the error's toString()", t.toString());
      assertClean(needles, "the error's getMessage()", t.getMessage());
      assertClean(needles, "the error's getLocalizedMessage()", t.getLocalizedMessage());
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      assertClean(needles, "the error's stack trace", trace);
      if (t instanceof CozeException c) {
        assertClean(needles, "the error's message()", c.message());
        assertClean(needles, "the error's hint()", c.hint());
        assertClean(needles, "the error's body()", c.body());
        assertClean(needles, "the error's errorCode()", c.errorCode());
        assertClean(needles, "the error's requestId()", c.requestId());
        assertClean(needles, "the error's logid()", c.logid());
        assertClean(needles, "the error's severity()", c.severity());
        assertClean(needles, "the error's kind()", c.kind());
        assertClean(needles, "the error's history()", c.history());
        for (Attempt a : c.history())
          assertClean(needles, "an attempt of the history", a.toString());
      }
    }
    for (HookEvent e : events) {
      assertClean(needles, "a " + e.kind() + " hook event", e.toString());
      assertClean(needles, "a " + e.kind() + " hook event's body", e.body());
      assertClean(needles, "a " + e.kind() + " hook event's message", e.message());
      if (e.headers() != null)
        for (Map.Entry<String, String> h : e.headers().entrySet()) {
          assertClean(needles, "a " + e.kind() + " hook event's header " + h.getKey(), h.getKey());
          assertClean(
              needles, "a " + e.kind() + " hook event's header " + h.getKey(), h.getValue());
        }
      if (e.attributes() != null)
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
          assertClean(
              needles, "a " + e.kind() + " hook event's attribute " + a.getKey(), a.getKey());
          assertClean(
              needles, "a " + e.kind() + " hook event's attribute " + a.getKey(), a.getValue());
        }
    }
  }

  /** A field of /proc/self/status in KiB (VmRSS, VmHWM). */
  private static long statusKiB(String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
      }
    }
    throw new IOException("no " + field + " in /proc/self/status");
  }

  /** Resets the process's peak RSS (clear_refs 5); the RSS now, in KiB. */
  private static long startPeakRss() throws IOException {
    Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    return statusKiB("VmRSS");
  }

  private static CozeException check(Map<?, ?> sc, CozeClient client) throws Exception {
    Map<?, ?> expect = map(sc.get("expect"));
    Map<?, ?> settings = map(sc.get("client"));
    String op = (String) sc.get("op");
    ChatCreateParams req = request(map(sc.get("params")));

    // What the stream delivered: the count, the last type and the deltas' content
    // (an endless stream must not grow the runner's own memory).
    int[] received = {0};
    String[] lastType = {""};
    StringBuilder content = new StringBuilder();
    Chat chat = null;
    CozeException error = null;
    long rssBeforeKiB = startPeakRss();
    long started = System.nanoTime();
    try {
      if (op.equals("chat.create")) {
        chat = client.chat().create(req);
      } else if (op.equals("chat.stream")) {
        try (ChatStream s = client.chat().stream(req)) {
          for (ChatEvent e : s) {
            String delta = TestChats.delta(e);
            received[0]++;
            lastType[0] = e.type();
            if (delta != null) content.append(delta);
          }
        }
      } else {
        fail("unknown op " + op);
      }
    } catch (CozeException e) {
      error = e;
    }
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;
    long peakGrowthKiB = statusKiB("VmHWM") - rssBeforeKiB;
    List<?> log = server.requests();
    List<?> remaining = server.queuedFaults();

    // The figures scripts/reliability reads, before any check can stop the test.
    if (expect.containsKey("max_rss_growth_mib")) {
      String outcome = error == null ? "done" : error.kind();
      System.out.println(
          "[rss] "
              + sc.get("name")
              + ": "
              + outcome
              + ", peak RSS +"
              + peakGrowthKiB
              + " KiB, "
              + elapsedMs
              + " ms, "
              + received[0]
              + " events");
    }

    // The outcome.
    if (expect.get("outcome").equals("done")) {
      assertNull(error, () -> "expected success");
      if (expect.containsKey("result")) {
        assertNotNull(chat);
        Map<String, Object> data = chat.toMap();
        assertTrue(isSubset(expect.get("result"), data), () -> "result " + data);
      }
    } else {
      assertNotNull(error, "expected a failure, the call succeeded");
      CozeException err = error;
      assertEquals(expect.get("kind"), err.kind(), () -> err.toString());
      if (expect.containsKey("attempts"))
        assertEquals(integer(expect.get("attempts")), err.attempts(), err::toString);
      if (expect.containsKey("http_status"))
        assertEquals(integer(expect.get("http_status")), err.httpStatus());
      if (expect.containsKey("code"))
        assertEquals(((Number) expect.get("code")).longValue(), err.code());
    }
    if (expect.containsKey("max_elapsed_ms")) {
      long max = ((Number) expect.get("max_elapsed_ms")).longValue();
      assertTrue(elapsedMs <= max, () -> "took " + elapsedMs + " ms");
    }
    if (expect.containsKey("min_elapsed_ms")) {
      long min = ((Number) expect.get("min_elapsed_ms")).longValue();
      assertTrue(elapsedMs >= min, () -> "took " + elapsedMs + " ms");
    }
    if (expect.containsKey("max_rss_growth_mib")) {
      long max = ((Number) expect.get("max_rss_growth_mib")).longValue() * 1024;
      assertTrue(peakGrowthKiB <= max, () -> "peak RSS grew by " + peakGrowthKiB + " KiB");
    }
    assertEquals(List.of(), remaining, "faults left unused");

    // (a) the requests the server saw.
    assertEquals(integer(expect.get("requests")), log.size(), () -> "requests " + log);
    for (Object o : log) {
      assertEquals("POST", map(o).get("method"));
      assertEquals("/v3/chat", map(o).get("path"));
    }
    // (b) one idempotency key on every attempt, or no repeated POST without one.
    Object header = settings.get("idempotency_header");
    if (header == null) {
      assertEquals(1, log.size(), "a POST without an idempotency key was repeated");
      for (Object o : log) assertNull(map(o).get("idempotency_key"));
    } else {
      String lower = ((String) header).toLowerCase(Locale.ROOT);
      Object first = map(map(log.get(0)).get("headers")).get(lower);
      assertTrue(
          first instanceof String && !((String) first).isEmpty(), () -> "no key: " + log.get(0));
      for (Object o : log) assertEquals(first, map(map(o).get("headers")).get(lower));
    }
    // (c) X-Coze-Retry-Count counts the attempts; each attempt has its own request id.
    Set<Object> ids = new HashSet<>();
    for (int i = 0; i < log.size(); i++) {
      Map<?, ?> e = map(log.get(i));
      assertEquals(String.valueOf(i), e.get("retry_count"), "X-Coze-Retry-Count of request " + i);
      Object id = e.get("client_request_id");
      assertTrue(
          id instanceof String && !((String) id).isEmpty() && ids.add(id),
          "X-Client-Request-Id of request " + i + " missing or repeated: " + id);
    }
    // (d) stream events: those of the last answer only, each once.
    if (op.equals("chat.stream")) {
      for (int i = 0; i + 1 < log.size(); i++) {
        assertEquals(
            0, integer(map(log.get(i)).get("events_sent")), "attempt " + i + " sent events");
      }
      int sent = integer(map(log.get(log.size() - 1)).get("events_sent"));
      if ("prefix".equals(expect.get("events"))) {
        // The server was still writing when the call ended.
        assertTrue(received[0] <= sent, () -> received[0] + " events received, " + sent + " sent");
      } else {
        assertEquals(sent, received[0], "events received");
      }
      if (expect.containsKey("content")) {
        assertEquals(expect.get("content"), content.toString());
      }
      if (expect.get("outcome").equals("done")) {
        assertTrue(received[0] > 0, "no event received");
        assertEquals("done", lastType[0]);
      }
    }
    return error;
  }
}
