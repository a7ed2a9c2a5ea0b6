package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.model.Chat;
import io.cozecore.model.ChatEvent;
import io.cozecore.model.ChatStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hooks, attempt history, traceparent, the rate limiter and handle release, through the real driver
 * (java.net.http) against the fake Coze server.
 */
@Timeout(60)
class ResilienceEndToEndTest {
  private static final String TOKEN = "pat_java_resilience_secret";
  private static final String TRACEPARENT =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  private static final String FAULT_503 =
      "{\"status\":503,\"headers\":{\"Retry-After\":\"0\"},\"body\":{\"code\":5000,\"msg\":\"busy\"}}";
  @RegisterExtension static final FakeCoze server = new FakeCoze();

  private static CozeClient.Builder builder() {
    return CozeClient.builder().token(TOKEN).baseUrl(server.baseUrl);
  }

  /** Hooks that record every event and the thread it ran on. */
  private static final class Recorder implements Hooks {
    final List<HookEvent> events = Collections.synchronizedList(new ArrayList<>());
    final Set<Thread> threads = Collections.synchronizedSet(new HashSet<>());

    private void add(HookEvent e) {
      events.add(e);
      threads.add(Thread.currentThread());
    }

    @Override
    public void onRequestSent(HookEvent e) {
      add(e);
    }

    @Override
    public void onResponseHead(HookEvent e) {
      add(e);
    }

    @Override
    public void onRetryScheduled(HookEvent e) {
      add(e);
    }

    @Override
    public void onCallFinished(HookEvent e) {
      add(e);
    }

    List<String> kinds() {
      return events.stream().map(e -> e.kind() + "#" + e.attempt()).collect(Collectors.toList());
    }
  }

  @Test
  void hooksFireInOrderWithStatusAttemptAndLogid() throws Exception {
    server.faults("[" + FAULT_503 + "]");
    Recorder hooks = new Recorder();
    try (CozeClient client = builder().maxRetries(2).hooks(hooks).build()) {
      Chat chat =
          client
              .chat()
              .create(
                  TestChats.ask("bot-1", "hi"),
                  RequestOptions.builder().traceparent(TRACEPARENT).build());
      assertEquals("in_progress", chat.status());
    }
    assertEquals(
        List.of(
            "request_sent#1",
            "response_head#1",
            "retry_scheduled#1",
            "request_sent#2",
            "response_head#2",
            "call_finished#2"),
        hooks.kinds());
    assertEquals(Set.of(Thread.currentThread()), hooks.threads, "hooks run on the calling thread");
    List<HookEvent> ev = hooks.events;

    HookEvent sent = ev.get(0);
    assertEquals("chat.create", sent.op());
    assertEquals("POST", sent.method());
    assertEquals("/v3/chat", sent.path());
    assertEquals("[redacted]", sent.headers().get("authorization"));
    assertFalse(sent.headers().toString().contains(TOKEN), "the token never reaches a hook");
    assertEquals(TRACEPARENT, sent.headers().get("traceparent"));
    assertEquals(TRACEPARENT, sent.traceparent());
    assertFalse(sent.idempotencyKey().isEmpty());
    assertEquals("", sent.body(), "no body without hookBodies");

    HookEvent head1 = ev.get(1);
    assertEquals(503, head1.status());
    assertTrue(head1.logid().contains("FAKE"), head1.logid());
    assertTrue(head1.durationMs() >= 0, "head duration " + head1.durationMs());
    assertEquals("0", head1.headers().get("retry-after"));

    HookEvent retry = ev.get(2);
    assertEquals(503, retry.status());
    assertEquals("server", retry.errorKind());
    assertTrue(retry.delayMs() >= 0, "retry delay " + retry.delayMs());

    HookEvent head2 = ev.get(4);
    assertEquals(200, head2.status());
    assertNotEquals(head1.logid(), head2.logid());
    assertEquals(sent.idempotencyKey(), ev.get(3).idempotencyKey(), "one key for every attempt");
    assertNotEquals(sent.requestId(), ev.get(3).requestId(), "one request id per attempt");

    HookEvent finished = ev.get(5);
    assertEquals(200, finished.status());
    assertEquals("", finished.errorKind());
    assertEquals(head2.logid(), finished.logid());
    assertTrue(finished.durationMs() >= 0);
  }

  @Test
  void hookBodiesAndAFailedStreamFinish() throws Exception {
    server.faults("{\"status\":401,\"body\":{\"code\":4100,\"msg\":\"no\"}}");
    List<HookEvent> events = Collections.synchronizedList(new ArrayList<>());
    Hooks hooks = Hooks.builder().onRequestSent(events::add).onCallFinished(events::add).build();
    try (CozeClient client = builder().maxRetries(0).hooks(hooks).hookBodies(true).build()) {
      assertThrows(
          AuthenticationException.class,
          () -> {
            try (ChatStream s = client.chat().stream(TestChats.ask("bot-1", "body please"))) {
              s.forEach(e -> {});
            }
          });
    }
    assertEquals(2, events.size(), events.toString());
    assertTrue(events.get(0).body().contains("body please"), events.get(0).body());
    assertEquals("call_finished", events.get(1).kind());
    assertEquals("authentication", events.get(1).errorKind());
    assertEquals(401, events.get(1).status());
  }

  @Test
  void aStreamClosedEarlyFinishesAsCancelled() {
    List<HookEvent> finished = Collections.synchronizedList(new ArrayList<>());
    try (CozeClient client =
        builder().hooks(Hooks.builder().onCallFinished(finished::add).build()).build()) {
      try (ChatStream s = client.chat().stream(TestChats.ask("bot-1", "leave early"))) {
        assertEquals("conversation.chat.created", s.iterator().next().type());
      }
    }
    assertEquals(1, finished.size(), finished.toString());
    assertEquals("cancelled", finished.get(0).errorKind());
  }

  /** Counts a hook's call, then throws (an unchecked exception or an error). */
  private static void countAndThrow(int[] calls, Throwable thrown) {
    calls[0]++;
    if (thrown instanceof Error) throw (Error) thrown;
    throw (RuntimeException) thrown;
  }

  @Test
  void throwingHooksDoNotBreakTheCall() throws Exception {
    server.faults("[" + FAULT_503 + "]");
    int[] calls = new int[1];
    Hooks hostile =
        Hooks.builder()
            .onRequestSent(e -> countAndThrow(calls, new IllegalStateException("hook failure")))
            .onResponseHead(e -> countAndThrow(calls, new AssertionError("hook error")))
            .onRetryScheduled(e -> countAndThrow(calls, new RuntimeException("hook failure")))
            .onCallFinished(
                e -> countAndThrow(calls, new UnsupportedOperationException("hook failure")))
            .build();
    try (CozeClient client = builder().maxRetries(1).hooks(hostile).build()) {
      assertEquals("in_progress", client.chat().create(TestChats.ask("bot-1", "hi")).status());
      StringBuilder text = new StringBuilder();
      try (ChatStream s = client.chat().stream(TestChats.ask("bot-1", "still fine"))) {
        for (ChatEvent e : s) {
          if (TestChats.delta(e) != null) text.append(TestChats.delta(e));
        }
      }
      assertEquals("Echo: still fine", text.toString());
    }
    assertEquals(6 + 3, calls[0], "every hook ran despite the others throwing");
  }

  @Test
  void traceparentArrivesOnEveryAttempt() throws Exception {
    server.faults("[" + FAULT_503 + "," + FAULT_503 + "]");
    try (CozeClient client = builder().maxRetries(2).build()) {
      RequestOptions opts =
          RequestOptions.builder().traceparent(TRACEPARENT).tracestate("vendor=1").build();
      client.chat().create(TestChats.ask("bot-1", "trace me"), opts);
    }
    List<?> log = server.requests();
    assertEquals(3, log.size());
    Set<Object> keys = new HashSet<>();
    for (Object entry : log) {
      Map<?, ?> headers = (Map<?, ?>) ((Map<?, ?>) entry).get("headers");
      assertEquals(TRACEPARENT, headers.get("traceparent"));
      assertEquals("vendor=1", headers.get("tracestate"));
      keys.add(((Map<?, ?>) entry).get("idempotency_key"));
    }
    assertEquals(1, keys.size(), "one idempotency key for the three attempts: " + keys);
  }

  @Test
  void perCallOptionsReachTheServer() throws Exception {
    server.faults("[" + FAULT_503 + "]");
    try (CozeClient client = builder().maxRetries(2).build()) {
      RequestOptions opts =
          RequestOptions.builder()
              .maxRetries(0)
              .idempotencyKey("01JD0000000000000000000000")
              .header("X-Extra", "yes")
              .build();
      ServerException e =
          assertThrows(
              ServerException.class,
              () -> client.chat().create(TestChats.ask("bot-1", "hi"), opts));
      assertEquals(1, e.attempts());
      RequestOptions noKey = RequestOptions.builder().idempotency(false).build();
      client.chat().create(TestChats.ask("bot-1", "hi"), noKey);
      InvalidArgumentException bad =
          assertThrows(
              InvalidArgumentException.class,
              () ->
                  client
                      .chat()
                      .create(
                          TestChats.ask("bot-1", "hi"),
                          RequestOptions.builder().traceparent("nonsense").build()));
      assertEquals(0, bad.history().size(), "nothing was sent");
    }
    List<?> log = server.requests();
    assertEquals(2, log.size());
    Map<?, ?> first = (Map<?, ?>) log.get(0);
    assertEquals("01JD0000000000000000000000", first.get("idempotency_key"));
    assertEquals("yes", ((Map<?, ?>) first.get("headers")).get("x-extra"));
    assertEquals(null, ((Map<?, ?>) log.get(1)).get("idempotency_key"));
  }

  @Test
  void historyListsEveryAttempt() throws Exception {
    server.faults(
        "["
            + FAULT_503
            + ",{\"reset\":true},"
            + "{\"status\":500,\"headers\":{\"Retry-After\":\"0\"},\"body\":{\"code\":5000,\"msg\":\"down\"}}]");
    ServerException e;
    try (CozeClient client = builder().maxRetries(2).build()) {
      e =
          assertThrows(
              ServerException.class, () -> client.chat().create(TestChats.ask("bot-1", "hi")));
    }
    List<Attempt> h = e.history();
    assertEquals(3, h.size(), h.toString());
    assertEquals(3, e.attempts());
    assertEquals(List.of(1, 2, 3), h.stream().map(Attempt::number).collect(Collectors.toList()));
    assertEquals("503", h.get(0).outcome());
    assertEquals("server", h.get(0).kind());
    assertEquals("reset", h.get(1).outcome(), h.toString());
    assertEquals("connection", h.get(1).kind());
    assertEquals("500", h.get(2).outcome());
    assertEquals(0, h.get(2).delayMs(), "no sleep after the last attempt");
    Set<String> keys = h.stream().map(Attempt::idempotencyKey).collect(Collectors.toSet());
    assertEquals(1, keys.size());
    assertFalse(keys.iterator().next().isEmpty());
    assertEquals(
        3, h.stream().map(Attempt::requestId).distinct().count(), "a request id per attempt");
    for (Attempt a : h) assertTrue(a.durationMs() >= 0, a.toString());
  }

  @Test
  void rateLimitMakesTheSecondCallWait() throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    try (CozeClient client = builder().rateLimit(2, 1).build()) {
      long tFirst = System.nanoTime();
      client.chat().create(TestChats.ask("bot-1", "first")); // takes the only token
      long cpu0 = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : -1;
      long t0 = System.nanoTime();
      client.chat().create(TestChats.ask("bot-1", "second")); // waits about 500 ms for the next one
      long ms = (System.nanoTime() - t0) / 1_000_000;
      // The second token comes 500 ms after the first call took the first, which is after tFirst
      // (counted from the second call's start, a slow first call would shorten the wait).
      long sinceFirst = (System.nanoTime() - tFirst) / 1_000_000;
      assertTrue(
          sinceFirst >= 450, "the second call ended " + sinceFirst + " ms after the first began");
      assertTrue(ms < 5000, "the second call waited " + ms + " ms");
      if (cpu0 >= 0) {
        long cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        assertTrue(
            cpuMs < Math.max(ms / 2, 50), "busy wait: " + cpuMs + " ms of CPU in " + ms + " ms");
      }
    }
  }

  /** The live counts once pending cleaners and finalizers of earlier tests have run. */
  private static CozeClient.LiveHandles settled() throws InterruptedException {
    CozeClient.LiveHandles last = null;
    for (int i = 0; i < 20; i++) {
      System.gc();
      System.runFinalization();
      Thread.sleep(50);
      CozeClient.LiveHandles now = CozeClient.liveHandles();
      if (now.equals(last)) return now;
      last = now;
    }
    return last;
  }

  private static void abandonAfterOneEvent(CozeClient client) {
    ChatStream s = client.chat().stream(TestChats.ask("bot-1", "abandoned stream"));
    assertEquals("conversation.chat.created", s.iterator().next().type());
    // dropped without close()
  }

  @Test
  void everyHandleIsReleased() throws Exception {
    CozeClient.LiveHandles before = settled();
    CozeClient client = builder().maxRetries(0).build();
    assertEquals(before.clients() + 1, CozeClient.liveHandles().clients());
    for (int i = 0; i < 5; i++) {
      client.chat().create(TestChats.ask("bot-1", "completed " + i));
      assertThrows(
          ServerException.class, () -> client.chat().create(TestChats.ask("broken", "failed")));
      try (ChatStream s = client.chat().stream(TestChats.ask("bot-1", "stream to the end"))) {
        s.forEach(e -> {});
      }
      try (ChatStream s = client.chat().stream(TestChats.ask("bot-1", "closed early"))) {
        Iterator<ChatEvent> it = s.iterator();
        it.next();
      }
      assertThrows(
          StreamException.class,
          () -> {
            try (ChatStream s = client.chat().stream(TestChats.ask("stream_error", "x"))) {
              s.forEach(e -> {});
            }
          });
      client.chat().stream(TestChats.ask("bot-1", "never iterated")).close();
    }
    // Completed, failed and closed calls are freed at once.
    assertEquals(before.calls(), CozeClient.liveHandles().calls(), "calls freed deterministically");

    // Cancelled mid-way from another thread.
    server.faults("{\"drip_ms\": 200}");
    ChatStream slow =
        client.chat().stream(TestChats.ask("bot-1", "a slow answer with many deltas"));
    CountDownLatch started = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              for (ChatEvent e : slow) started.countDown();
            });
    reader.start();
    assertTrue(started.await(10, TimeUnit.SECONDS));
    slow.close();
    reader.join(10_000);
    assertFalse(reader.isAlive());
    assertEquals(before.calls(), CozeClient.liveHandles().calls(), "a cancelled stream is freed");

    // Abandoned iterators are freed once unreachable.
    for (int i = 0; i < 3; i++) abandonAfterOneEvent(client);
    assertTrue(CozeClient.liveHandles().calls() > before.calls());
    client.close();
    CozeClient.LiveHandles after = CozeClient.liveHandles();
    for (int i = 0; i < 100 && !after.equals(before); i++) {
      System.gc();
      Thread.sleep(50);
      after = CozeClient.liveHandles();
    }
    assertEquals(before, after);
    assertThrows(
        InvalidArgumentException.class,
        () -> client.chat().create(TestChats.ask("bot-1", "closed")));
  }
}
