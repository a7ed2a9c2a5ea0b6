package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.model.Chat;
import io.cozecore.model.ChatEvent;
import io.cozecore.model.ChatStream;
import io.cozecore.resources.ChatCreateParams;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real driver (java.net.http) against the fake Coze server on loopback. */
@Timeout(60)
class EndToEndTest {
  private static final String TOKEN = "pat_java_e2e_secret";
  @RegisterExtension static final FakeCoze server = new FakeCoze();
  private static CozeClient client;

  @BeforeAll
  static void start() {
    client = CozeClient.builder().token(TOKEN).baseUrl(server.baseUrl).build();
  }

  /** Reads a stream to its end: the events, and the deltas' text joined. */
  private static List<ChatEvent> drain(ChatStream s, StringBuilder text) {
    List<ChatEvent> events = new ArrayList<>();
    for (ChatEvent e : s) {
      events.add(e);
      if (TestChats.delta(e) != null) text.append(TestChats.delta(e));
    }
    return events;
  }

  @Test
  void streamedTextIsTheEcho() {
    StringBuilder text = new StringBuilder();
    List<ChatEvent> events;
    String logid;
    try (ChatStream s = client.chat().stream(TestChats.ask("bot-1", "hello there"))) {
      events = drain(s, text);
      logid = s.logid();
    }
    assertEquals("Echo: hello there", text.toString());
    assertEquals("conversation.chat.created", events.get(0).type());
    assertEquals("created", events.get(0).chat().status());
    assertEquals(
        ChatEvent.DONE, events.get(events.size() - 1).type(), "last event is done: " + events);
    ChatEvent completed =
        events.stream()
            .filter(e -> e.type().equals(ChatEvent.CONVERSATION_MESSAGE_COMPLETED))
            .findFirst()
            .orElseThrow();
    assertEquals("Echo: hello there", completed.message().content());
    assertEquals("assistant", completed.message().role());
    assertNull(completed.chat());
    ChatEvent chatDone =
        events.stream()
            .filter(e -> e.type().equals(ChatEvent.CONVERSATION_CHAT_COMPLETED))
            .findFirst()
            .orElseThrow();
    assertEquals("completed", chatDone.chat().status());
    assertTrue(chatDone.chat().usage().tokenCount() > 0);
    assertFalse(logid.isEmpty(), "stream logid");
  }

  @Test
  void cjkAndEmojiRoundTripIntact() throws Exception {
    // 4-byte UTF-8 (emoji with a skin-tone modifier, a musical symbol) and CJK.
    String msg = "你好 👋🏽 世界 𝄞 ünïcødé 🎉";
    StringBuilder text = new StringBuilder();
    ChatEvent completed = null;
    try (ChatStream s = client.chat().stream(TestChats.ask("bot-1", msg))) {
      for (ChatEvent e : s) {
        if (TestChats.delta(e) != null) text.append(TestChats.delta(e));
        if (e.type().equals("conversation.message.completed")) completed = e;
      }
    }
    assertEquals("Echo: " + msg, text.toString());
    assertNotNull(completed);
    assertEquals("Echo: " + msg, completed.message().content());
    // The bytes the server received decode to the same text.
    Map<?, ?> req = (Map<?, ?>) server.requests().get(0);
    assertTrue(((String) req.get("body")).contains(msg), "request body: " + req.get("body"));
  }

  @Test
  void chatCreateReturnsTheChat() throws Exception {
    Chat chat =
        client
            .chat()
            .create(
                ChatCreateParams.builder()
                    .botId("bot-1")
                    .userId("u-java")
                    .conversationId("4242")
                    .additionalMessages(List.of(TestChats.user("hi")))
                    .metaData(Map.of("k", "v"))
                    .build());
    assertFalse(chat.id().isEmpty());
    assertEquals("4242", chat.conversationId());
    assertEquals("bot-1", chat.botId());
    assertEquals("in_progress", chat.status());
    assertTrue(chat.createdAt() > 0);
    assertEquals(Map.of("k", "v"), chat.metaData());
    assertTrue(chat.responseLogid().contains("FAKE"), "logid " + chat.responseLogid());
    assertEquals(
        chat.responseLogid(),
        chat.usage() == null ? chat.responseLogid() : chat.usage().responseLogid());
    Map<?, ?> req = (Map<?, ?>) server.requests().get(0);
    assertEquals("/v3/chat", req.get("path"));
    assertEquals("4242", ((Map<?, ?>) req.get("query")).get("conversation_id"));
    assertNotNull(req.get("idempotency_key"), "idempotency key sent");
  }

  @Test
  void badTokenIsAuthenticationErrorWithLogid() {
    CozeClient bad =
        CozeClient.builder().token("wrong_token_value").baseUrl(server.baseUrl).build();
    AuthenticationException e =
        assertThrows(
            AuthenticationException.class, () -> bad.chat().create(TestChats.ask("bot-1", "hi")));
    assertEquals("authentication", e.kind());
    assertEquals(401, e.httpStatus());
    assertEquals(4100, e.code());
    assertTrue(e.logid().contains("FAKE"), "logid " + e.logid());
    assertFalse(e.retryable());
    assertFalse(e.getMessage().contains("wrong_token_value"), "token leaked: " + e.getMessage());
    assertFalse(e.toString().contains("wrong_token_value"));
    // Same for a stream.
    AuthenticationException se =
        assertThrows(
            AuthenticationException.class,
            () -> {
              try (ChatStream s = bad.chat().stream(TestChats.ask("bot-1", "hi"))) {
                drain(s, new StringBuilder());
              }
            });
    assertEquals(401, se.httpStatus());
  }

  @Test
  void busyConversationIsCode4016() {
    CozeException e =
        assertThrows(CozeException.class, () -> client.chat().create(TestChats.ask("busy", "hi")));
    assertEquals(4016, e.code());
    assertFalse(e.logid().isEmpty());
    CozeException se =
        assertThrows(
            CozeException.class,
            () -> {
              try (ChatStream s = client.chat().stream(TestChats.ask("busy", "hi"))) {
                drain(s, new StringBuilder());
              }
            });
    assertEquals(4016, se.code());
  }

  @Test
  void errorEventIsStreamException() {
    StringBuilder text = new StringBuilder();
    List<ChatEvent> seen = new ArrayList<>();
    StreamException e =
        assertThrows(
            StreamException.class,
            () -> {
              try (ChatStream s =
                  client.chat().stream(TestChats.ask("stream_error", "abcdefghijkl"))) {
                for (ChatEvent ev : s) {
                  seen.add(ev);
                  if (TestChats.delta(ev) != null) text.append(TestChats.delta(ev));
                }
              }
            });
    assertEquals("stream", e.kind());
    assertEquals("Echo: ", text.toString(), "the deltas before the error reached the caller");
    assertTrue(seen.size() >= 4, "events before the error: " + seen);
  }

  @Test
  void truncatedStreamIsStreamException() {
    StringBuilder text = new StringBuilder();
    assertThrows(
        StreamException.class,
        () -> {
          try (ChatStream s = client.chat().stream(TestChats.ask("truncated", "abcdefghijkl"))) {
            drain(s, text);
          }
        });
    assertEquals("Echo: ", text.toString());
  }

  @Test
  void resetMidStreamIsConnectionError() throws Exception {
    // Dripped, so the first deltas are read before the RST (which drops unread bytes).
    server.faults("{\"drip_ms\": 100}");
    StringBuilder text = new StringBuilder();
    CozeException e =
        assertThrows(
            CozeException.class,
            () -> {
              try (ChatStream s = client.chat().stream(TestChats.ask("reset", "abcdefghijkl"))) {
                drain(s, text);
              }
            });
    assertInstanceOf(ConnectionException.class, e, e.toString());
    assertEquals("connection", e.kind());
    assertFalse(text.toString().isEmpty(), "the deltas before the reset reached the caller");
    assertTrue(
        "Echo: ".startsWith(text.toString()),
        "no duplicated tokens (no retry after events): " + text);
    assertEquals(1, server.requests().size());
  }

  @Test
  void resetBeforeAnswerIsRetried() throws Exception {
    server.faults("{\"reset\": true}");
    Chat chat = client.chat().create(TestChats.ask("bot-1", "again"));
    assertEquals("in_progress", chat.status());
    List<?> reqs = server.requests();
    assertEquals(2, reqs.size());
    assertEquals(
        ((Map<?, ?>) reqs.get(0)).get("idempotency_key"),
        ((Map<?, ?>) reqs.get(1)).get("idempotency_key"),
        "one idempotency key per logical call");
  }

  @Test
  void serverErrorThenSuccessRetries() throws Exception {
    server.faults(
        "{\"status\": 503, \"headers\": {\"Retry-After\": \"0\"}, \"body\": {\"code\": 5000,"
            + " \"msg\": \"x\"}}");
    StringBuilder text = new StringBuilder();
    try (ChatStream s = client.chat().stream(TestChats.ask("bot-1", "retry me"))) {
      drain(s, text);
    }
    assertEquals("Echo: retry me", text.toString());
    assertEquals(2, server.requests().size());
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    CozeClient noRetry =
        CozeClient.builder().token(TOKEN).baseUrl(server.baseUrl).maxRetries(0).build();
    RateLimitException e =
        assertThrows(
            RateLimitException.class,
            () -> noRetry.chat().create(TestChats.ask("ratelimited", "hi")));
    assertEquals(429, e.httpStatus());
    assertEquals(4013, e.code());
    assertEquals(1000, e.retryAfterMs());
    assertTrue(e.retryable());
    assertEquals(1, e.attempts());
  }

  @Test
  void malformedAnswerIsDecodeError() throws Exception {
    server.faults("{\"malformed\": true}");
    CozeClient noRetry =
        CozeClient.builder().token(TOKEN).baseUrl(server.baseUrl).maxRetries(0).build();
    CozeException e =
        assertThrows(
            CozeException.class, () -> noRetry.chat().create(TestChats.ask("bot-1", "hi")));
    assertEquals("decode", e.kind(), e.toString());
  }

  @Test
  void closeDropsTheRestOfABatch() throws Exception {
    // The whole answer is one body written at once, so its events cross as one batch.
    StringBuilder sse = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      sse.append("event:conversation.message.delta\\ndata:{\\\"id\\\":\\\"m1\\\",")
          .append("\\\"role\\\":\\\"assistant\\\",\\\"content\\\":\\\"piece\\\"}\\n\\n");
    }
    sse.append("event:done\\ndata:\\\"[DONE]\\\"\\n\\n");
    server.faults(
        "{\"status\": 200, \"headers\": {\"Content-Type\": \"text/event-stream\"}, \"body\": \""
            + sse
            + "\"}");
    ChatStream s = client.chat().stream(TestChats.ask("bot-1", "one batch"));
    Iterator<ChatEvent> it = s.iterator();
    assertEquals("conversation.message.delta", it.next().type());
    s.close();
    assertFalse(it.hasNext(), "events were handed out after close");
  }

  @Test
  void earlyCloseCancelsAndAbortsTheRequest() throws Exception {
    server.faults("{\"drip_ms\": 300}");
    long t0 = System.nanoTime();
    ChatStream s =
        client.chat().stream(
            TestChats.ask("bot-1", "a long answer that drips slowly, piece by piece, for seconds"));
    Iterator<ChatEvent> it = s.iterator();
    ChatEvent first = it.next();
    assertEquals("conversation.chat.created", first.type());
    s.close();
    assertFalse(it.hasNext(), "no event after close");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 3000, "close did not wait for the stream (" + ms + " ms)");
    assertReadersIdle();
    // The client still works afterwards.
    assertEquals("in_progress", client.chat().create(TestChats.ask("bot-1", "after")).status());
  }

  @Test
  void closeFromAnotherThreadUnblocksTheReader() throws Exception {
    server.faults("{\"drip_ms\": 500}");
    ChatStream s =
        client.chat().stream(TestChats.ask("bot-1", "drip drip drip drip drip drip drip drip"));
    CountDownLatch firstEvent = new CountDownLatch(1);
    CompletableFuture<Throwable> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (ChatEvent e : s) firstEvent.countDown();
                return null;
              } catch (Throwable t) {
                return t;
              }
            });
    assertTrue(firstEvent.await(10, TimeUnit.SECONDS));
    s.close();
    long t0 = System.nanoTime();
    Throwable t = reader.get(5, TimeUnit.SECONDS);
    assertEquals(null, t, "iteration ends quietly after close()");
    assertTrue(
        (System.nanoTime() - t0) / 1_000_000 < 1000, "the reader did not wait for the next drip");
    assertReadersIdle();
  }

  @Test
  void droppedStreamReleasesItsRequest() throws Exception {
    server.faults("{\"drip_ms\": 300}");
    startAndDrop();
    for (int i = 0; i < 50 && readersBusy() != 0; i++) {
      System.gc();
      Thread.sleep(100);
    }
    assertEquals(0, readersBusy(), "a stream dropped without close() still holds its reader");
  }

  private static void startAndDrop() {
    // About 100 deltas, 300 ms apart: far from its end when dropped.
    ChatStream s = client.chat().stream(TestChats.ask("bot-1", "drip ".repeat(60)));
    assertEquals("conversation.chat.created", s.iterator().next().type());
  }

  static int readersBusy() {
    int n = 0;
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      if (!e.getKey().getName().startsWith("cozecore-http")) continue;
      for (StackTraceElement f : e.getValue()) {
        if (f.getClassName().endsWith("CallDriver") && f.getMethodName().startsWith("read")) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** No reader thread is left blocked on an aborted response body. */
  static void assertReadersIdle() throws InterruptedException {
    for (int i = 0; i < 40 && readersBusy() != 0; i++) Thread.sleep(50);
    assertEquals(0, readersBusy(), "reader threads still reading after close");
  }

  @Test
  void firstByteTimeout() throws Exception {
    server.faults("{\"stall_ms\": 3000}");
    CozeClient impatient =
        CozeClient.builder()
            .token(TOKEN)
            .baseUrl(server.baseUrl)
            .maxRetries(0)
            .firstByteTimeout(Duration.ofMillis(300))
            .build();
    long t0 = System.nanoTime();
    CozeException e =
        assertThrows(
            CozeException.class, () -> impatient.chat().create(TestChats.ask("bot-1", "hi")));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals("timeout", e.kind(), e.toString());
    assertTrue(ms < 2500, "timed out after " + ms + " ms");
  }

  @Test
  void refusedConnectionIsConnectionError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    CozeClient nowhere =
        CozeClient.builder().token(TOKEN).baseUrl("http://127.0.0.1:" + port).maxRetries(0).build();
    ConnectionException e =
        assertThrows(
            ConnectionException.class, () -> nowhere.chat().create(TestChats.ask("bot-1", "hi")));
    assertEquals(0, e.httpStatus());
    assertTrue(e.retryable());
  }

  @Test
  void genericCallRunsAnyOperation() {
    Object chat = client.call("chat.create", Map.of("bot_id", "bot-1", "user_id", "u"));
    assertInstanceOf(Chat.class, chat);
    assertEquals("in_progress", ((Chat) chat).status());
    assertEquals("in_progress", ((Chat) chat).toMap().get("status"));
    assertTrue(
        CozeClient.supportedOperations().contains("chat.stream"),
        CozeClient.supportedOperations().toString());
  }
}
