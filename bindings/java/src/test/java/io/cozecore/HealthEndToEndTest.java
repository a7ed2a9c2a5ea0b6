package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.model.Chat;
import io.cozecore.model.ClientHealth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Client health, the circuit breaker and error severity through the real driver (java.net.http)
 * against the fake Coze server.
 */
@Timeout(60)
class HealthEndToEndTest {
  private static final String TOKEN = "pat_java_health_secret";
  @RegisterExtension static final FakeCoze server = new FakeCoze();

  private static CozeClient.Builder builder() {
    return CozeClient.builder().token(TOKEN).baseUrl(server.baseUrl).maxRetries(0);
  }

  @Test
  void theBreakerOpensFailsFastAndClosesAfterAProbe() throws Exception {
    List<HookEvent> health = Collections.synchronizedList(new ArrayList<>());
    List<HookEvent> finished = Collections.synchronizedList(new ArrayList<>());
    Hooks hooks =
        Hooks.builder().onHealthChanged(health::add).onCallFinished(finished::add).build();
    try (CozeClient client =
        builder().breaker(0.5, 4, Duration.ofMillis(1000), 1).hooks(hooks).build()) {
      ClientHealth fresh = client.health();
      assertEquals("closed", fresh.state());
      assertEquals(Boolean.TRUE, fresh.breaker());
      assertEquals(0L, fresh.totalAttempts());

      for (int i = 0; i < 4; i++) {
        ServerException e =
            assertThrows(
                ServerException.class,
                () -> client.chat().create(TestChats.ask("broken", "fails")),
                "call " + i);
        assertEquals("server", e.kind());
        assertEquals(500, e.httpStatus());
        assertEquals("critical", e.severity(), "a server failure with retries off");
      }
      assertEquals(4, server.requests().size());
      assertEquals(4, finished.size());
      for (HookEvent f : finished) {
        assertEquals("server", f.errorKind());
        assertEquals("critical", f.severity());
        assertEquals("", f.reason());
        assertEquals(-1.0, f.errorRate());
      }
      List<HookEvent> opened =
          health.stream().filter(h -> h.reason().equals("opened")).collect(Collectors.toList());
      assertEquals(1, opened.size(), "health_changed events: " + health);
      HookEvent o = opened.get(0);
      assertEquals("health_changed", o.kind());
      assertEquals("open", o.state());
      assertEquals("critical", o.severity());
      assertEquals(1.0, o.errorRate());
      assertFalse(o.message().contains(TOKEN));

      // Open: the next call fails at once, nothing reaches the server.
      CircuitOpenException refused =
          assertThrows(
              CircuitOpenException.class,
              () -> client.chat().create(TestChats.ask("bot-1", "refused")));
      assertEquals("circuit_open", refused.kind());
      assertEquals("info", refused.severity());
      assertTrue(refused.retryable());
      assertEquals(0, refused.httpStatus());
      assertTrue(
          refused.retryAfterMs() > 0 && refused.retryAfterMs() <= 1000,
          "retry_after_ms " + refused.retryAfterMs());
      assertEquals(4, server.requests().size(), "the refused call sent nothing");

      ClientHealth open = client.health();
      assertEquals("open", open.state());
      assertEquals(1L, open.opened());
      assertEquals(1L, open.rejected());
      assertEquals(4L, open.totalFailures());
      assertTrue(open.openMsLeft() > 0 && open.openMsLeft() <= 1000, "open_ms_left");
      assertTrue(open.errorRate() >= 0 && open.errorRate() <= 1, "error_rate " + open.errorRate());

      // After open_ms a probe goes out; its success closes the breaker.
      Thread.sleep(refused.retryAfterMs() + 50);
      Chat chat = client.chat().create(TestChats.ask("bot-1", "the probe"));
      assertEquals("bot-1", chat.botId());
      assertEquals(5, server.requests().size());
      ClientHealth closed = client.health();
      assertEquals("closed", closed.state());
      assertEquals(1L, closed.opened());
      List<String> reasons =
          health.stream().map(h -> h.reason() + "/" + h.state()).collect(Collectors.toList());
      assertEquals(List.of("opened/open", "half_open/half_open", "closed/closed"), reasons);
      assertEquals("info", health.get(2).severity());
    }
  }

  @Test
  void fourHundredsHaveTheirSeverityAndDoNotCountAsServiceFailures() throws Exception {
    try (CozeClient client = builder().breaker(true).build()) {
      server.faults("{\"status\": 404, \"body\": {\"code\": 4200, \"msg\": \"no such chat\"}}");
      NotFoundException nf =
          assertThrows(
              NotFoundException.class, () -> client.chat().create(TestChats.ask("bot-1", "a")));
      assertEquals("info", nf.severity());
      server.faults("{\"status\": 400, \"body\": {\"code\": 4000, \"msg\": \"bad field\"}}");
      BadRequestException bad =
          assertThrows(
              BadRequestException.class, () -> client.chat().create(TestChats.ask("bot-1", "b")));
      assertEquals("warning", bad.severity());
      ClientHealth h = client.health();
      assertEquals(2L, h.totalAttempts());
      assertEquals(0L, h.totalFailures(), "a 4xx the caller caused is no service failure");
      assertEquals("closed", h.state());
    }
    try (CozeClient wrong =
        CozeClient.builder().token("pat_not_accepted").baseUrl(server.baseUrl).build()) {
      // The fake accepts any pat_ token: a fault stands in for a rejected one.
      server.faults("{\"status\": 401, \"body\": {\"code\": 4100, \"msg\": \"invalid token\"}}");
      AuthenticationException auth =
          assertThrows(
              AuthenticationException.class,
              () -> wrong.chat().create(TestChats.ask("bot-1", "c")));
      assertEquals("critical", auth.severity());
    }
  }

  @Test
  void healthAndBreakerOptions() {
    try (CozeClient plain = builder().build()) {
      ClientHealth h = plain.health();
      assertEquals("closed", h.state());
      assertEquals(Boolean.FALSE, h.breaker(), "off by default");
    }
    try (CozeClient tuned =
        builder().health(1, Duration.ofMillis(200), 2, 3).breaker(true).breaker(false).build()) {
      assertEquals(Boolean.FALSE, tuned.health().breaker());
    }
    InvalidArgumentException e =
        assertThrows(
            InvalidArgumentException.class,
            () -> builder().breaker(1.5, 4, Duration.ofSeconds(1), 1).build());
    assertTrue(e.getMessage().contains("breaker.threshold"), e.getMessage());
    InvalidArgumentException a =
        assertThrows(
            InvalidArgumentException.class,
            () -> builder().health(0, Duration.ofSeconds(1), 3, 5).build());
    assertTrue(a.getMessage().contains("health.alpha"), a.getMessage());
    // Java-side errors take their severity from the same table.
    assertEquals("warning", e.severity());
    assertEquals("critical", CozeException.of("internal", "x").severity());
    assertEquals("info", CozeException.of("circuit_open", "x").severity());
    assertTrue(CozeException.of("circuit_open", "x") instanceof CircuitOpenException);
  }
}
