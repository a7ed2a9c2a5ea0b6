package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.model.Chat;
import io.cozecore.model.ChatEvent;
import io.cozecore.model.ChatStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The metrics hook through the real driver (java.net.http) against the fake Coze server: a client
 * with only {@link Hooks#onMetric}.
 */
@Timeout(60)
class MetricsEndToEndTest {
  private static final String TOKEN = "pat_java_metrics_secret";
  @RegisterExtension static final FakeCoze server = new FakeCoze();

  private final List<HookEvent> seen = Collections.synchronizedList(new ArrayList<>());

  private CozeClient client(int maxRetries) {
    return CozeClient.builder()
        .token(TOKEN)
        .baseUrl(server.baseUrl)
        .maxRetries(maxRetries)
        .hooks(Hooks.builder().onMetric(seen::add).build())
        .build();
  }

  private List<HookEvent> named(String metric) {
    synchronized (seen) {
      return seen.stream().filter(e -> e.metric().equals(metric)).collect(Collectors.toList());
    }
  }

  private static String port() {
    return Integer.toString(URI.create(server.baseUrl).getPort());
  }

  @Test
  void aPlainCallMeasuresOneAttempt() throws Exception {
    // The answer comes 30 ms late, so the duration (ms resolution) is measurable.
    server.faults("{\"stall_ms\": 30}");
    try (CozeClient client = client(0)) {
      Chat chat = client.chat().create(TestChats.ask("bot-1", "measure me"));
      assertEquals("bot-1", chat.botId());
    }
    assertEquals(1, seen.size(), "metric events: " + seen);
    HookEvent d = seen.get(0);
    assertEquals("metric", d.kind());
    assertEquals("http.client.request.duration", d.metric());
    assertEquals("histogram", d.instrument());
    assertEquals("s", d.unit());
    assertTrue(d.value() >= 0.03 && d.value() < 10, "duration " + d.value());
    assertEquals(
        Map.of(
            "http.request.method", "POST",
            "server.address", "127.0.0.1",
            "server.port", port(),
            "http.response.status_code", "200",
            "coze.operation", "chat.create"),
        d.attributes());
    assertEquals(
        List.of(
            "http.request.method",
            "server.address",
            "server.port",
            "http.response.status_code",
            "coze.operation"),
        new ArrayList<>(d.attributes().keySet()),
        "the core's order");
    // The other fields of a metric event stay empty.
    assertEquals("", d.errorKind());
    assertTrue(d.headers().isEmpty());
  }

  @Test
  void aRetriedCallCountsTheRetryByItsErrorType() throws Exception {
    server.faults(
        "{\"status\": 503, \"headers\": {\"Retry-After\": \"0\"}, \"body\": {\"code\": 5000,"
            + " \"msg\": \"busy\"}}");
    try (CozeClient client = client(1)) {
      client.chat().create(TestChats.ask("bot-1", "retry me"));
    }
    assertEquals(2, server.requests().size());
    List<HookEvent> retries = named("coze.client.retries");
    assertEquals(1, retries.size(), "metric events: " + seen);
    HookEvent r = retries.get(0);
    assertEquals("counter", r.instrument());
    assertEquals("{retry}", r.unit());
    assertEquals(1.0, r.value());
    assertEquals("server", r.attributes().get("error.type"));
    assertEquals("chat.create", r.attributes().get("coze.operation"));

    List<HookEvent> attempts = named("http.client.request.duration");
    assertEquals(2, attempts.size(), "one per attempt: " + seen);
    assertEquals("503", attempts.get(0).attributes().get("http.response.status_code"));
    assertEquals("server", attempts.get(0).attributes().get("error.type"));
    assertEquals("200", attempts.get(1).attributes().get("http.response.status_code"));
    assertFalse(attempts.get(1).attributes().containsKey("error.type"));
  }

  @Test
  void aStreamCountsTheEventsTheUserReceived() {
    int received = 0;
    try (CozeClient client = client(0);
        ChatStream s = client.chat().stream(TestChats.ask("bot-1", "count these words"))) {
      for (ChatEvent e : s) {
        received++;
      }
    }
    assertTrue(received > 3, "events " + received);
    List<HookEvent> counted = named("coze.client.stream.events");
    assertEquals(1, counted.size(), "metric events: " + seen);
    HookEvent c = counted.get(0);
    assertEquals("counter", c.instrument());
    assertEquals("{event}", c.unit());
    assertEquals((double) received, c.value());
    assertEquals("chat.stream", c.attributes().get("coze.operation"));
    assertEquals(1, named("http.client.request.duration").size());
  }

  @Test
  void theCoreRecordsOnlyWhatTheHooksObserve() {
    Hooks metricsOnly = Hooks.builder().onMetric(e -> {}).build();
    assertTrue(HookSelection.metrics(metricsOnly));
    assertFalse(HookSelection.events(metricsOnly));
    Hooks eventsOnly = Hooks.builder().onCallFinished(e -> {}).build();
    assertTrue(HookSelection.events(eventsOnly));
    assertFalse(HookSelection.metrics(eventsOnly));
    Hooks implemented =
        new Hooks() {
          @Override
          public void onMetric(HookEvent event) {}
        };
    assertTrue(HookSelection.metrics(implemented));
    assertFalse(HookSelection.events(implemented));
    Hooks health =
        new Hooks() {
          @Override
          public void onHealthChanged(HookEvent event) {}
        };
    assertTrue(HookSelection.events(health));
    assertFalse(HookSelection.metrics(health));
    assertFalse(HookSelection.events(null));
    assertFalse(HookSelection.metrics(null));

    // A client whose hooks implement onCallFinished and onMetric sees both kinds.
    List<String> kinds = Collections.synchronizedList(new ArrayList<>());
    Hooks both =
        Hooks.builder()
            .onCallFinished(e -> kinds.add(e.kind()))
            .onMetric(e -> kinds.add(e.kind()))
            .build();
    try (CozeClient client =
        CozeClient.builder()
            .token(TOKEN)
            .baseUrl(server.baseUrl)
            .maxRetries(0)
            .hooks(both)
            .build()) {
      client.chat().create(TestChats.ask("bot-1", "both"));
    }
    assertEquals(List.of("metric", "call_finished"), kinds);
  }
}
