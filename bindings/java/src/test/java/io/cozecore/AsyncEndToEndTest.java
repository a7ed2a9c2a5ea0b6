package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.model.Chat;
import io.cozecore.model.ChatEvent;
import io.cozecore.model.ChatStream;
import io.cozecore.model.Conversation;
import io.cozecore.resources.ConversationsDeleteParams;
import io.cozecore.resources.ConversationsRetrieveParams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The asynchronous idioms against the fake server: streams as {@link Flow.Publisher} (demand,
 * back-pressure, cancel, errors, one subscriber) and the generated {@code xxxAsync} methods as
 * {@link CompletableFuture} (result, error, cancel).
 */
@Timeout(60)
class AsyncEndToEndTest {
  private static final String TOKEN = "pat_java_async_secret";
  @RegisterExtension static final FakeCoze server = new FakeCoze();
  private static CozeClient client;

  @BeforeAll
  static void start() {
    client = CozeClient.builder().token(TOKEN).baseUrl(server.baseUrl).build();
  }

  /** Records what a subscription signals; requests {@code initial} at onSubscribe. */
  static class Recorder implements Flow.Subscriber<ChatEvent> {
    final long initial;
    final List<ChatEvent> items = Collections.synchronizedList(new ArrayList<>());
    final List<String> threads = Collections.synchronizedList(new ArrayList<>());
    final LinkedBlockingQueue<ChatEvent> arrivals = new LinkedBlockingQueue<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    final AtomicInteger terminals = new AtomicInteger();
    volatile Flow.Subscription subscription;

    Recorder(long initial) {
      this.initial = initial;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (initial > 0) s.request(initial);
    }

    @Override
    public void onNext(ChatEvent e) {
      items.add(e);
      threads.add(Thread.currentThread().getName());
      arrivals.add(e);
    }

    @Override
    public void onError(Throwable t) {
      terminals.incrementAndGet();
      done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      terminals.incrementAndGet();
      done.complete(null);
    }

    /** Waits for the next {@code n} events. */
    void await(int n) throws InterruptedException {
      for (int i = 0; i < n; i++) {
        if (arrivals.poll(10, TimeUnit.SECONDS) == null) {
          throw new AssertionError("event " + (i + 1) + " of " + n + " did not arrive");
        }
      }
    }

    String text() {
      StringBuilder b = new StringBuilder();
      synchronized (items) {
        for (ChatEvent e : items) if (TestChats.delta(e) != null) b.append(TestChats.delta(e));
      }
      return b.toString();
    }
  }

  /** The events of a chat, iterated: what a subscription must deliver too. */
  private static List<String> iteratedTypes(String botId, String text) {
    List<String> types = new ArrayList<>();
    try (ChatStream s = client.chat().stream(TestChats.ask(botId, text))) {
      for (ChatEvent e : s) types.add(e.type());
    }
    return types;
  }

  private static List<String> types(List<ChatEvent> events) {
    List<String> out = new ArrayList<>();
    synchronized (events) {
      for (ChatEvent e : events) out.add(e.type());
    }
    return out;
  }

  /** A client whose onCallFinished events are queued. */
  private static CozeClient observed(LinkedBlockingQueue<HookEvent> finished) {
    return CozeClient.builder()
        .token(TOKEN)
        .baseUrl(server.baseUrl)
        .hooks(Hooks.builder().onCallFinished(finished::add).build())
        .build();
  }

  // ---- Flow.Publisher -------------------------------------------------

  @Test
  void publisherDeliversTheStreamOneEventPerRequest() throws Exception {
    Recorder r =
        new Recorder(1) {
          @Override
          public void onNext(ChatEvent e) {
            super.onNext(e);
            subscription.request(1); // one at a time, from inside onNext (no recursion)
          }
        };
    client.chat().stream(TestChats.ask("bot-1", "hello there")).subscribe(r);
    r.done.get(10, TimeUnit.SECONDS);
    assertEquals("Echo: hello there", r.text());
    assertEquals(iteratedTypes("bot-1", "hello there"), types(r.items));
    assertEquals(ChatEvent.DONE, r.items.get(r.items.size() - 1).type());
    assertEquals(1, r.terminals.get());
    for (String t : r.threads) assertTrue(t.startsWith("cozecore-async-"), t);
  }

  @Test
  void requestNIsHonoured() throws Exception {
    String text = "back-pressure: no more events than asked for, ever";
    int total = iteratedTypes("bot-1", text).size();
    assertTrue(total > 10, "events: " + total);
    Recorder r = new Recorder(0);
    client.chat().stream(TestChats.ask("bot-1", text)).subscribe(r);
    r.subscription.request(2);
    r.await(2);
    Thread.sleep(300);
    assertEquals(2, r.items.size(), "more events than requested");
    assertFalse(r.done.isDone());
    r.subscription.request(3);
    r.await(3);
    Thread.sleep(200);
    assertEquals(5, r.items.size(), "more events than requested");
    r.subscription.request(Long.MAX_VALUE);
    r.subscription.request(Long.MAX_VALUE); // demand saturates at unbounded
    r.done.get(10, TimeUnit.SECONDS);
    assertEquals(total, r.items.size());
    assertEquals("Echo: " + text, r.text());
  }

  @Test
  void nothingIsSentBeforeTheFirstRequest() throws Exception {
    Recorder r = new Recorder(0);
    client.chat().stream(TestChats.ask("bot-1", "lazy")).subscribe(r);
    Thread.sleep(300);
    assertEquals(0, server.requests().size(), "a request went out without demand");
    r.subscription.request(1);
    r.await(1);
    assertEquals(1, server.requests().size());
    r.subscription.cancel();
  }

  @Test
  void cancelClosesTheResponse() throws Exception {
    server.faults("{\"drip_ms\": 300}");
    LinkedBlockingQueue<HookEvent> finished = new LinkedBlockingQueue<>();
    CozeClient c = observed(finished);
    long before = CozeClient.liveHandles().calls();
    Recorder r = new Recorder(1);
    c.chat().stream(TestChats.ask("bot-1", "a long answer that drips slowly, for seconds"))
        .subscribe(r);
    r.await(1);
    r.subscription.request(1000);
    long t0 = System.nanoTime();
    r.subscription.cancel();
    r.subscription.cancel(); // idempotent
    HookEvent end = finished.poll(5, TimeUnit.SECONDS);
    assertTrue(end != null, "the call did not finish after cancel");
    assertEquals("cancelled", end.errorKind());
    assertTrue((System.nanoTime() - t0) / 1_000_000 < 3000, "cancel waited for the stream");
    EndToEndTest.assertReadersIdle(); // the response body is closed
    Thread.sleep(400); // a drip later: nothing more is signalled
    assertEquals(0, r.terminals.get(), "a signal after cancel");
    assertTrue(r.items.size() <= 2, "events after cancel: " + r.items.size());
    assertTrue(CozeClient.liveHandles().calls() <= before, "the call was not freed");
    c.close();
  }

  @Test
  void cancelFromOnNextStopsTheStream() throws Exception {
    LinkedBlockingQueue<HookEvent> finished = new LinkedBlockingQueue<>();
    CozeClient c = observed(finished);
    Recorder r =
        new Recorder(Long.MAX_VALUE) {
          @Override
          public void onNext(ChatEvent e) {
            super.onNext(e);
            if (items.size() == 3) subscription.cancel();
          }
        };
    c.chat().stream(TestChats.ask("bot-1", "stop after the third event, please")).subscribe(r);
    HookEvent end = finished.poll(5, TimeUnit.SECONDS);
    assertTrue(end != null, "the call did not finish");
    assertEquals("cancelled", end.errorKind());
    Thread.sleep(200);
    assertEquals(3, r.items.size());
    assertEquals(0, r.terminals.get());
    c.close();
  }

  @Test
  void aStreamFailureIsOnError() throws Exception {
    Recorder r = new Recorder(Long.MAX_VALUE);
    client.chat().stream(TestChats.ask("stream_error", "abcdefghijkl")).subscribe(r);
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> r.done.get(10, TimeUnit.SECONDS));
    StreamException se = assertInstanceOf(StreamException.class, e.getCause());
    assertEquals("stream", se.kind());
    long deltas =
        types(r.items).stream().filter(ChatEvent.CONVERSATION_MESSAGE_DELTA::equals).count();
    assertEquals(2, deltas, "the deltas before the error were delivered");
    assertEquals(1, r.terminals.get());
  }

  @Test
  void aNonPositiveRequestIsOnError() throws Exception {
    Recorder r = new Recorder(0);
    client.chat().stream(TestChats.ask("bot-1", "hi")).subscribe(r);
    r.subscription.request(0);
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> r.done.get(10, TimeUnit.SECONDS));
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertTrue(r.items.isEmpty());
    assertEquals(0, server.requests().size(), "a request went out for a failed subscription");
  }

  @Test
  void aStreamHasOneConsumer() throws Exception {
    ChatStream s = client.chat().stream(TestChats.ask("bot-1", "one consumer"));
    Recorder first = new Recorder(0);
    Recorder second = new Recorder(1);
    s.subscribe(first);
    s.subscribe(second);
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> second.done.get(5, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertThrows(IllegalStateException.class, s::iterator);
    first.subscription.request(Long.MAX_VALUE);
    first.done.get(10, TimeUnit.SECONDS);
    assertEquals("Echo: one consumer", first.text());

    ChatStream iterated = client.chat().stream(TestChats.ask("bot-1", "iterated"));
    iterated.iterator();
    Recorder late = new Recorder(1);
    iterated.subscribe(late);
    assertThrows(ExecutionException.class, () -> late.done.get(5, TimeUnit.SECONDS));
    iterated.close();
  }

  @Test
  void theClientsExecutorRunsPublishersAndFutures() throws Exception {
    AtomicInteger ids = new AtomicInteger();
    ExecutorService pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "app-pool-" + ids.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try (CozeClient c =
        CozeClient.builder().token(TOKEN).baseUrl(server.baseUrl).executor(pool).build()) {
      Recorder r = new Recorder(Long.MAX_VALUE);
      c.chat().stream(TestChats.ask("bot-1", "on my pool")).subscribe(r);
      r.done.get(10, TimeUnit.SECONDS);
      for (String t : r.threads) assertTrue(t.startsWith("app-pool-"), t);
      AtomicReference<String> ran = new AtomicReference<>();
      Chat chat = c.chat().createAsync(TestChats.ask("bot-1", "future")).get(10, TimeUnit.SECONDS);
      assertEquals("in_progress", chat.status());
      try (CozeClient hooked =
          CozeClient.builder()
              .token(TOKEN)
              .baseUrl(server.baseUrl)
              .executor(pool)
              .hooks(
                  Hooks.builder()
                      .onCallFinished(e -> ran.set(Thread.currentThread().getName()))
                      .build())
              .build()) {
        hooked.chat().createAsync(TestChats.ask("bot-1", "where")).get(10, TimeUnit.SECONDS);
      }
      assertTrue(ran.get().startsWith("app-pool-"), "the call ran on " + ran.get());
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- CompletableFuture ---------------------------------------------

  @Test
  void aFutureCompletesWithTheTypedResult() throws Exception {
    Chat chat =
        client.chat().createAsync(TestChats.ask("bot-1", "async hello")).get(10, TimeUnit.SECONDS);
    assertEquals("in_progress", chat.status());
    Conversation conv =
        client.conversations().createAsync().thenApply(x -> x).get(10, TimeUnit.SECONDS);
    Object same =
        client
            .callAsync("conversations.retrieve", Map.of("conversation_id", conv.id()))
            .get(10, TimeUnit.SECONDS);
    assertEquals(conv.id(), ((Conversation) same).id());
    // A void operation completes with null.
    assertNull(
        client
            .conversations()
            .deleteAsync(ConversationsDeleteParams.builder().conversationId(conv.id()).build())
            .get(10, TimeUnit.SECONDS));
    // ... and the conversation is gone: the future fails with the typed error.
    CompletableFuture<Conversation> gone =
        client
            .conversations()
            .retrieveAsync(ConversationsRetrieveParams.builder().conversationId(conv.id()).build());
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> gone.get(10, TimeUnit.SECONDS));
    assertInstanceOf(NotFoundException.class, e.getCause());
  }

  @Test
  void aFutureFailsWithTheCozeException() {
    CozeClient bad =
        CozeClient.builder().token("wrong_token_value").baseUrl(server.baseUrl).build();
    CompletableFuture<Chat> f = bad.chat().createAsync(TestChats.ask("bot-1", "hi"));
    CompletionException e = assertThrows(CompletionException.class, f::join);
    AuthenticationException auth = assertInstanceOf(AuthenticationException.class, e.getCause());
    assertEquals(401, auth.httpStatus());
    assertFalse(auth.getMessage().contains("wrong_token_value"));
    assertTrue(f.isCompletedExceptionally());
    bad.close();
  }

  @Test
  void cancellingAFutureCancelsTheCall() throws Exception {
    server.faults("{\"stall_ms\": 5000}");
    LinkedBlockingQueue<HookEvent> finished = new LinkedBlockingQueue<>();
    CountDownLatch sent = new CountDownLatch(1);
    ExecutorService one = Executors.newSingleThreadExecutor();
    try (CozeClient c =
        CozeClient.builder()
            .token(TOKEN)
            .baseUrl(server.baseUrl)
            .maxRetries(0)
            .executor(one)
            .hooks(
                Hooks.builder()
                    .onRequestSent(e -> sent.countDown())
                    .onCallFinished(finished::add)
                    .build())
            .build()) {
      CompletableFuture<Chat> f = c.chat().createAsync(TestChats.ask("bot-1", "stalled"));
      assertTrue(sent.await(10, TimeUnit.SECONDS), "the request did not go out");
      Thread.sleep(100); // the server holds the answer back
      long t0 = System.nanoTime();
      assertTrue(f.cancel(true));
      assertTrue(f.isCancelled());
      HookEvent end = finished.poll(5, TimeUnit.SECONDS);
      assertTrue(end != null, "the call did not end after cancel");
      assertEquals("cancelled", end.errorKind());
      assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000, "cancel waited for the answer");
      EndToEndTest.assertReadersIdle();
      // The executor's thread carries no interrupt into its next task.
      assertFalse(
          one.submit(() -> Thread.currentThread().isInterrupted()).get(5, TimeUnit.SECONDS));
      // The client still works.
      server.reset();
      assertEquals(
          "in_progress", c.chat().createAsync(TestChats.ask("bot-1", "after")).join().status());
    } finally {
      one.shutdownNow();
    }
  }

  @Test
  void aFutureCancelledBeforeItRunsSendsNothing() throws Exception {
    ExecutorService one = Executors.newSingleThreadExecutor();
    CountDownLatch release = new CountDownLatch(1);
    try (CozeClient c =
        CozeClient.builder().token(TOKEN).baseUrl(server.baseUrl).executor(one).build()) {
      one.execute(
          () -> {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      CompletableFuture<Chat> f = c.chat().createAsync(TestChats.ask("bot-1", "never"));
      assertTrue(f.cancel(false));
      release.countDown();
      assertFalse(
          one.submit(() -> Thread.currentThread().isInterrupted()).get(5, TimeUnit.SECONDS));
      assertEquals(0, server.requests().size());
    } finally {
      one.shutdownNow();
    }
  }
}
