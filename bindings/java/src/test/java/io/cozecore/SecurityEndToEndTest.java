package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.model.ChatEvent;
import io.cozecore.model.ChatStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The security rules through the real driver (java.net.http): a 3xx answer is never followed (the
 * call fails as kind api, one request in the fake's log), an http:// base URL on another machine is
 * refused before sending unless allowInsecureHttp, and an HttpClient that follows redirects is
 * refused.
 */
@Timeout(60)
class SecurityEndToEndTest {
  private static final String TOKEN = "pat_java_security_secret";
  private static final String ELSEWHERE = "http://127.0.0.1:1/elsewhere";
  private static final String REDIRECT =
      "{\"status\":302,\"headers\":{\"Location\":\"" + ELSEWHERE + "\"},\"body\":\"\"}";
  private static final Map<String, Object> RETRIEVE =
      Map.of("conversation_id", "7300000000000000001", "chat_id", "7300000000000000002");

  @RegisterExtension static final FakeCoze server = new FakeCoze();

  /** Hooks that record the requests the driver sent. */
  private static final class Sent implements Hooks {
    final List<HookEvent> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onRequestSent(HookEvent e) {
      events.add(e);
    }
  }

  private static void assertRedirectError(CozeException e) {
    assertEquals("api", e.kind(), e.toString());
    assertTrue(e instanceof ApiException, e.getClass().getName());
    assertEquals(302, e.httpStatus());
    assertTrue(e.getMessage().contains("302"), e.getMessage());
    assertTrue(e.getMessage().contains(ELSEWHERE), e.getMessage());
    assertTrue(e.getMessage().contains("not followed"), e.getMessage());
    assertFalse(e.retryable());
    assertEquals(1, e.attempts(), "not retried");
    assertFalse(e.toString().contains(TOKEN), "token leaked: " + e);
  }

  @Test
  void aRedirectFailsTheCallAndIsNotFollowed() throws Exception {
    server.faults(REDIRECT);
    try (CozeClient c =
        CozeClient.builder().token(TOKEN).baseUrl(server.baseUrl).maxRetries(2).build()) {
      CozeException e = assertThrows(CozeException.class, () -> c.call("chat.retrieve", RETRIEVE));
      assertRedirectError(e);
    }
    List<?> log = server.requests();
    assertEquals(1, log.size(), "one request, the redirect not followed: " + log);
    assertTrue(log.get(0).toString().contains("/v3/chat/retrieve"), log.toString());
    assertFalse(log.get(0).toString().contains("/elsewhere"), log.toString());
  }

  @Test
  void aRedirectOnAStreamIsNotFollowedEither() throws Exception {
    server.faults(REDIRECT);
    try (CozeClient c =
        CozeClient.builder().token(TOKEN).baseUrl(server.baseUrl).maxRetries(2).build()) {
      CozeException e =
          assertThrows(
              CozeException.class,
              () -> {
                try (ChatStream s = c.chat().stream(TestChats.ask("bot-1", "hi"))) {
                  for (ChatEvent ev : s) {
                    assertTrue(ev != null);
                  }
                }
              });
      assertRedirectError(e);
    }
    assertEquals(1, server.requests().size(), server.requests().toString());
  }

  @Test
  void anHttpBaseUrlOnAnotherMachineIsRefusedBeforeSending() {
    Sent sent = new Sent();
    try (CozeClient c =
        CozeClient.builder().token(TOKEN).baseUrl("http://api.example.com").hooks(sent).build()) {
      InvalidArgumentException e =
          assertThrows(InvalidArgumentException.class, () -> c.call("chat.retrieve", RETRIEVE));
      assertEquals("invalid_argument", e.kind());
      assertTrue(e.getMessage().contains("clear text"), e.getMessage());
      assertTrue(e.getMessage().contains("allow_insecure_http"), e.getMessage());
      assertFalse(e.toString().contains(TOKEN), "token leaked: " + e);
      assertEquals(0, e.attempts());
      assertTrue(e.history().isEmpty());
      assertTrue(sent.events.isEmpty(), "nothing sent: " + sent.events);
    }
  }

  @Test
  void allowInsecureHttpLetsTheSameClientSend() {
    Sent sent = new Sent();
    // 192.0.2.1 (TEST-NET-1) is unroutable: the attempt fails as a connection error or a timeout,
    // never as invalid_argument.
    try (CozeClient c =
        CozeClient.builder()
            .token(TOKEN)
            .baseUrl("http://192.0.2.1:9")
            .allowInsecureHttp(true)
            .maxRetries(0)
            .connectTimeout(Duration.ofMillis(300))
            .totalTimeout(Duration.ofSeconds(5))
            .hooks(sent)
            .build()) {
      CozeException e = assertThrows(CozeException.class, () -> c.call("chat.retrieve", RETRIEVE));
      assertNotEquals("invalid_argument", e.kind(), e.toString());
      assertTrue(List.of("connection", "timeout").contains(e.kind()), e.toString());
      assertEquals(1, e.attempts(), e.toString());
      assertEquals(1, sent.events.size(), "the request went out: " + sent.events);
    }
  }

  @Test
  void loopbackHttpNeedsNoOption() throws Exception {
    try (CozeClient c = CozeClient.builder().token(TOKEN).baseUrl(server.baseUrl).build()) {
      assertTrue(server.baseUrl.startsWith("http://127.0.0.1:"), server.baseUrl);
      c.chat().create(TestChats.ask("bot-1", "hi"));
    }
    assertEquals(1, server.requests().size());
  }

  @Test
  void anHttpClientThatFollowsRedirectsIsRefused() {
    for (HttpClient.Redirect r : List.of(HttpClient.Redirect.NORMAL, HttpClient.Redirect.ALWAYS)) {
      HttpClient follows = HttpClient.newBuilder().followRedirects(r).build();
      InvalidArgumentException e =
          assertThrows(
              InvalidArgumentException.class,
              () ->
                  CozeClient.builder()
                      .token(TOKEN)
                      .baseUrl(server.baseUrl)
                      .httpClient(follows)
                      .build());
      assertTrue(e.getMessage().contains("Redirect.NEVER"), e.getMessage());
    }
    CozeClient.builder()
        .token(TOKEN)
        .baseUrl(server.baseUrl)
        .httpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build())
        .build()
        .close();
  }
}
