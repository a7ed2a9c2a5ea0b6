package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.cozecore.internal.Json;
import io.cozecore.model.Chat;
import io.cozecore.model.ChatEvent;
import io.cozecore.model.ChatStream;
import io.cozecore.model.ClientHealth;
import io.cozecore.model.Conversation;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The soak and shared-client runs of tests/e2e/README.md ("Soak and shared clients") through the
 * public client (java.net.http driver) against a fake Coze server of this class's own. Each prints
 * one line that scripts/reliability reads: {@code [soak] java: ...} and {@code [shared] java: ...}
 * (and a {@code [soak-detail]} line with the memory figures behind the soak's).
 *
 * <p>A stream closed by its consumer ends its iteration without an exception (EventStream's
 * contract), so a stream's {@code cancelled} error is read where Java reports it: the call's {@code
 * call_finished} hook event, whose {@code errorKind} is {@code cancelled}.
 *
 * <p>The soak's memory is taken once the JVM is quiet, so that the figure is the client's and not
 * the JVM's own warm-up: after {@code System.gc()} and the finalizers (until the live calls are
 * stable), once the JIT compiler has been idle for half a second, after the 5 s in which the JVM
 * frees its compiler's pooled arena chunks, and after {@code System.trim_native_heap} (glibc's
 * malloc_trim: memory freed to the C allocator stays resident otherwise). The RSS growth checked
 * and printed leaves out the JIT's code cache (anonymous executable mappings: 4 MiB more compiled
 * code over 1,000 streams, 8 over 10,000) and the Java heap's resident pages (pages the collector
 * touches first after the warm-up: heap policy), and counts the Java heap's live objects after the
 * collection instead; the {@code [soak-detail]} line gives every figure.
 */
class ReliabilityTest {
  @RegisterExtension static final FakeCoze server = new FakeCoze();

  private static final String TOKEN = "pat_java_reliability";
  private static final String SOAK_BOT = "soak-bot";
  private static final String SOAK_MESSAGE = "soak " + "s".repeat(40);
  private static final long MAX_RSS_GROWTH_KIB = 5 * 1024;
  private static final int WORKERS = 64;
  private static final double RETRY_BUDGET_CAPACITY = 500; // the client's default

  private static int envInt(String name, int dflt) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? dflt : Integer.parseInt(v.trim());
  }

  private static long envLong(String name, long dflt) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? dflt : Long.parseLong(v.trim());
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  // ---------------------------------------------------------------------------------------------
  // Memory

  /** The live core calls once the collector, cleaners and finalizers have run (stable twice). */
  private static long settledLiveCalls() throws InterruptedException {
    long last = Long.MIN_VALUE;
    for (int i = 0; i < 40; i++) {
      System.gc();
      System.runFinalization();
      Thread.sleep(50);
      long now = CozeClient.liveHandles().calls();
      if (now == last) return now;
      last = now;
    }
    return last;
  }

  /** Waits until the JIT compiler has compiled nothing for 500 ms (at most 20 s). */
  private static void jitQuiet() throws InterruptedException {
    CompilationMXBean c = ManagementFactory.getCompilationMXBean();
    if (c == null || !c.isCompilationTimeMonitoringSupported()) return;
    long last = c.getTotalCompilationTime();
    long deadline = System.nanoTime() + 20_000_000_000L;
    for (int still = 0; still < 5 && System.nanoTime() < deadline; ) {
      Thread.sleep(100);
      long now = c.getTotalCompilationTime();
      still = now == last ? still + 1 : 0;
      last = now;
    }
  }

  /** The JVM's System.trim_native_heap (malloc_trim); false when this JVM has no such command. */
  private static boolean trimNativeHeap() {
    try {
      ManagementFactory.getPlatformMBeanServer()
          .invoke(
              new ObjectName("com.sun.management:type=DiagnosticCommand"),
              "systemTrimNativeHeap",
              new Object[] {new String[0]},
              new String[] {String[].class.getName()});
      return true;
    } catch (Exception | LinkageError e) {
      return false;
    }
  }

  /** The Java heap's address range, from the JVM's GC.heap_info; null when it cannot be read. */
  private static long[] heapRange() {
    try {
      Object text =
          ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new ObjectName("com.sun.management:type=DiagnosticCommand"),
                  "gcHeapInfo",
                  new Object[] {new String[0]},
                  new String[] {String[].class.getName()});
      long lo = Long.MAX_VALUE;
      long hi = Long.MIN_VALUE;
      Matcher m = Pattern.compile("0x([0-9a-fA-F]+)").matcher(String.valueOf(text));
      // Only the generations' and regions' bounds: Metaspace lines carry none.
      while (m.find()) {
        long a = Long.parseUnsignedLong(m.group(1), 16);
        lo = Math.min(lo, a);
        hi = Math.max(hi, a);
      }
      return lo < hi ? new long[] {lo, hi} : null;
    } catch (Exception | LinkageError e) {
      return null;
    }
  }

  /**
   * The resident KiB of this process's mappings (/proc/self/smaps): [0] all, [1] the JIT's code
   * cache (anonymous executable mappings), [2] the Java heap (mappings that start in {@code
   * heap}).
   */
  private static long[] residentKiB(long[] heap) throws IOException {
    long[] out = new long[3];
    boolean code = false;
    boolean inHeap = false;
    for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
      int dash = line.indexOf('-');
      int space = line.indexOf(' ');
      if (dash > 0 && space > dash && line.substring(0, dash).matches("[0-9a-f]+")) {
        String[] f = line.trim().split("\\s+");
        long start = Long.parseUnsignedLong(line.substring(0, dash), 16);
        code = f[1].indexOf('x') >= 0 && f.length < 6;
        inHeap = heap != null && start >= heap[0] && start < heap[1];
      } else if (line.startsWith("Rss:")) {
        long kib = Long.parseLong(line.substring(4).replace("kB", "").trim());
        out[0] += kib;
        if (code) out[1] += kib;
        if (inHeap) out[2] += kib;
      }
    }
    return out;
  }

  /** The memory figures of a quiet JVM (see the class comment). */
  private record Footprint(
      long liveCalls, long rssKiB, long codeCacheKiB, long heapResidentKiB, long heapUsedKiB) {
    /** The RSS but the JIT's code and the Java heap's pages, plus the heap's live objects. */
    long clientKiB() {
      return rssKiB - codeCacheKiB - heapResidentKiB + heapUsedKiB;
    }
  }

  private static Footprint footprint() throws Exception {
    long live = settledLiveCalls();
    jitQuiet();
    Thread.sleep(5_500); // the JVM frees its compiler's pooled arena chunks every 5 s
    System.gc();
    trimNativeHeap();
    long[] resident = residentKiB(heapRange());
    return new Footprint(
        live,
        resident[0],
        resident[1],
        resident[2],
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024);
  }

  // ---------------------------------------------------------------------------------------------
  // Soak

  /** How a soak stream ends (tests/e2e/README.md). */
  private enum Way {
    A_CANCEL_FIRST, // cancelled before its first event
    B_BREAK_AFTER_K, // left after k events: break, then close (try-with-resources)
    C_CANCEL_OTHER_THREAD, // closed from another thread after 0 to 5 ms
    D_TO_THE_END // read to its end
  }

  /** What one stream delivered. */
  private static final class Seen {
    final List<String> types = new ArrayList<>(32);
    final StringBuilder content = new StringBuilder();

    void add(ChatEvent e) {
      types.add(e.type());
      String d = TestChats.delta(e);
      if (d != null) content.append(d);
    }
  }

  /**
   * The echo bot's stream for an answer, as event types: one delta per 3 code points (the fake's
   * answer to the soak message, "Echo: soak sss...", has 51, so 17 deltas).
   */
  private static List<String> expectedTypes(String answer) {
    int deltas = (answer.codePointCount(0, answer.length()) + 2) / 3;
    List<String> t = new ArrayList<>();
    t.add("conversation.chat.created");
    t.add("conversation.chat.in_progress");
    for (int i = 0; i < deltas; i++) t.add(ChatEvent.CONVERSATION_MESSAGE_DELTA);
    t.add("conversation.message.completed");
    t.add("conversation.chat.completed");
    t.add("done");
    return t;
  }

  @Test
  void soak() {
    int streams = envInt("COZE_SOAK_STREAMS", 1000);
    long seed = envLong("COZE_SOAK_SEED", 1);
    assertTimeoutPreemptively(
        Duration.ofSeconds(120 + streams / 10), () -> runSoak(streams, seed), "the soak hung");
  }

  private void runSoak(int streams, long seed) throws Exception {
    int warmUp = Math.max(1, streams / 10); // a tenth of the streams (100 of the default 1,000)
    String answer = "Echo: " + SOAK_MESSAGE;
    List<String> allTypes = expectedTypes(answer);
    Random rnd = new Random(seed);
    // A quarter each (the remainder to the first ways), in a seeded random order.
    List<Way> ways = new ArrayList<>(streams);
    for (int i = 0; i < streams; i++) ways.add(Way.values()[i % 4]);
    Collections.shuffle(ways, rnd);
    int[] counts = new int[4];

    // The call_finished events of the stream running now (one stream at a time).
    AtomicReference<HookEvent> finished = new AtomicReference<>();
    AtomicInteger finishedCount = new AtomicInteger();
    Hooks hooks =
        Hooks.builder()
            .onCallFinished(
                e -> {
                  finished.set(e);
                  finishedCount.incrementAndGet();
                })
            .build();
    ScheduledExecutorService canceller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "soak-canceller");
              t.setDaemon(true);
              return t;
            });
    int cWhole = 0; // (c) streams whose whole answer came before the close
    int cCut = 0; // (c) the call had reached its end, the close cut the last batch in hand
    Footprint warm = null;
    long started = System.nanoTime();
    long measuring = 0; // time spent taking the footprints, left out of the run's time
    try (CozeClient client =
        CozeClient.builder()
            .token(TOKEN)
            .baseUrl(server.baseUrl)
            .maxRetries(0)
            .hooks(hooks)
            .build()) {
      for (int i = 0; i < streams; i++) {
        if (i == warmUp) {
          long t0 = System.nanoTime();
          warm = footprint();
          measuring += System.nanoTime() - t0;
        }
        Way way = ways.get(i);
        counts[way.ordinal()]++;
        finished.set(null);
        int finishedBefore = finishedCount.get();
        Seen seen = new Seen();
        String where = "stream " + i + " (" + way + ")";
        int k = 0;
        Future<?> close = null;
        try {
          switch (way) {
            case A_CANCEL_FIRST:
              {
                ChatStream s = client.chat().stream(TestChats.ask(SOAK_BOT, SOAK_MESSAGE));
                s.close();
                for (ChatEvent e : s) seen.add(e); // a closed stream hands out nothing
                break;
              }
            case B_BREAK_AFTER_K:
              k = 1 + rnd.nextInt(12);
              try (ChatStream s = client.chat().stream(TestChats.ask(SOAK_BOT, SOAK_MESSAGE))) {
                for (ChatEvent e : s) {
                  seen.add(e);
                  if (seen.types.size() == k) break;
                }
              }
              break;
            case C_CANCEL_OTHER_THREAD:
              {
                ChatStream s = client.chat().stream(TestChats.ask(SOAK_BOT, SOAK_MESSAGE));
                close = canceller.schedule(s::close, rnd.nextInt(6), TimeUnit.MILLISECONDS);
                for (ChatEvent e : s) seen.add(e);
                close.get(10, TimeUnit.SECONDS); // the close has returned (its hooks ran)
                s.close();
                break;
              }
            case D_TO_THE_END:
              try (ChatStream s = client.chat().stream(TestChats.ask(SOAK_BOT, SOAK_MESSAGE))) {
                for (ChatEvent e : s) seen.add(e);
              }
              break;
          }
        } catch (CozeException e) {
          if (close != null) close.get(10, TimeUnit.SECONDS);
          fail(where + " failed: " + e + ", after the events " + seen.types);
        } catch (NoSuchElementException e) {
          if (close != null) close.get(10, TimeUnit.SECONDS);
          fail(
              where
                  + ": the iterator's next() threw NoSuchElementException after its hasNext()"
                  + " said true (the stream was closed from another thread in between), after the"
                  + " events "
                  + seen.types,
              e);
        }
        HookEvent end = finished.get();
        int ends = finishedCount.get() - finishedBefore;
        assertEquals(1, ends, () -> where + ": call_finished events");
        String kind = end.errorKind();
        String content = seen.content.toString();
        int n = seen.types.size();
        boolean prefix = n <= allTypes.size() && seen.types.equals(allTypes.subList(0, n));
        assertTrue(prefix, () -> where + ": the events " + seen.types + " are not the answer's");
        assertTrue(answer.startsWith(content), () -> where + ": content " + content);
        switch (way) {
          case A_CANCEL_FIRST:
            assertEquals("cancelled", kind, () -> where + ": " + end);
            assertEquals(0, n, () -> where + ": events " + seen.types);
            break;
          case B_BREAK_AFTER_K:
            assertEquals(k, n, () -> where + ": events " + seen.types);
            assertEquals("cancelled", kind, () -> where + ": " + end);
            break;
          case C_CANCEL_OTHER_THREAD:
            if (kind.equals("cancelled")) {
              // Cut anywhere, even after the last event was handed out and before the loop
              // saw the end (tests/e2e/README.md: a close between done and the end counts).
            } else {
              assertEquals("", kind, () -> where + ": " + end);
              if (n == allTypes.size()) {
                assertEquals(answer, content, where);
                cWhole++;
              } else {
                // The call had reached its end (done) when the close came; the close still ends
                // the iteration at once, dropping the rest of the batch in hand (EventStream).
                cCut++;
              }
            }
            break;
          case D_TO_THE_END:
            assertEquals("", kind, () -> where + ": " + end);
            assertEquals(allTypes, seen.types, where);
            assertEquals(answer, content, where);
            break;
        }
      }
    } finally {
      canceller.shutdownNow();
    }
    long t0 = System.nanoTime();
    Footprint last = footprint();
    measuring += System.nanoTime() - t0;
    long elapsed = System.nanoTime() - started - measuring;
    long growth = last.clientKiB() - warm.clientKiB();
    System.out.println(
        String.format(
            Locale.ROOT,
            "[soak] java: %d streams (a %d, b %d, c %d, d %d), live calls %d -> %d,"
                + " RSS %+d KiB, %s",
            streams,
            counts[0],
            counts[1],
            counts[2],
            counts[3],
            warm.liveCalls(),
            last.liveCalls(),
            growth,
            seconds(elapsed)));
    System.out.println(
        String.format(
            Locale.ROOT,
            "[soak-detail] java: RSS %d -> %d KiB (%+d), of which the JIT's code cache %+d KiB and"
                + " the Java heap's pages %+d KiB; Java heap used %d -> %d KiB (%+d); (c) cancelled"
                + " %d, whole answer %d, cut after its end %d; %s taking the footprints",
            warm.rssKiB(),
            last.rssKiB(),
            last.rssKiB() - warm.rssKiB(),
            last.codeCacheKiB() - warm.codeCacheKiB(),
            last.heapResidentKiB() - warm.heapResidentKiB(),
            warm.heapUsedKiB(),
            last.heapUsedKiB(),
            last.heapUsedKiB() - warm.heapUsedKiB(),
            counts[2] - cWhole - cCut,
            cWhole,
            cCut,
            seconds(measuring)));
    assertEquals(warm.liveCalls(), last.liveCalls(), "live calls after the last stream");
    assertTrue(
        growth <= MAX_RSS_GROWTH_KIB,
        () -> "RSS grew by " + growth + " KiB (but the JIT's code and the Java heap's pages)");
  }

  // ---------------------------------------------------------------------------------------------
  // Shared client

  /** What the hooks saw of the call the current worker thread is making. */
  private static final class CallSeen {
    int requests;
    HookEvent finished;
  }

  @Test
  void sharedClient() {
    int calls = envInt("COZE_SHARED_CALLS", 1000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(120 + calls / 20), () -> runShared(calls), "the shared run hung");
  }

  private void runShared(int calls) throws Exception {
    // The faults, queued before the first call: a 503 (Retry-After: 0) and a reset before the head,
    // alternating; whichever request comes next takes the next one.
    int faultCount = calls / 10;
    List<Object> faults = new ArrayList<>(faultCount);
    for (int i = 0; i < faultCount; i++) {
      Map<String, Object> f = new LinkedHashMap<>();
      if (i % 2 == 0) {
        f.put("status", 503);
        f.put("headers", Map.of("Retry-After", "0"));
        f.put("body", Map.of("code", 5000, "msg", "service unavailable"));
      } else {
        f.put("reset", true);
      }
      faults.add(f);
    }
    if (faultCount > 0) server.faults(Json.write(faults));

    ThreadLocal<CallSeen> current = ThreadLocal.withInitial(CallSeen::new);
    // Each request_sent: its X-Client-Request-Id, and why its attempt was retried (if it was).
    Map<String, String> sent = new ConcurrentHashMap<>();
    Hooks hooks =
        Hooks.builder()
            .onRequestSent(
                e -> {
                  sent.put(e.requestId(), e.op() + " attempt " + e.attempt());
                  current.get().requests++;
                })
            .onResponseHead(e -> {})
            .onRetryScheduled(
                e -> sent.computeIfPresent(e.requestId(), (id, v) -> v + ", " + e.message()))
            .onCallFinished(e -> current.get().finished = e)
            .onHealthChanged(e -> {})
            .onMetric(e -> {})
            .build();

    AtomicInteger next = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger cancelled = new AtomicInteger(); // mod-4 streams that ended cancelled
    Queue<String> problems = new ConcurrentLinkedQueue<>();
    long started = System.nanoTime();
    try (CozeClient client =
        CozeClient.builder()
            .token(TOKEN)
            .baseUrl(server.baseUrl)
            .maxRetries(2)
            .hooks(hooks)
            .hookBodies(true)
            .build()) {
      List<Thread> workers = new ArrayList<>();
      for (int w = 0; w < WORKERS; w++) {
        Thread t =
            new Thread(
                () -> {
                  for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                    String problem = sharedCall(client, i, current, ok, failed, cancelled);
                    if (problem != null) problems.add("call " + i + ": " + problem);
                  }
                },
                "shared-" + w);
        t.setDaemon(true);
        workers.add(t);
      }
      for (Thread t : workers) t.start();
      for (Thread t : workers) t.join();
      long elapsed = System.nanoTime() - started;

      List<?> log = server.requests();
      List<?> left = server.queuedFaults();
      ClientHealth health = client.health();
      System.out.println(
          String.format(
              Locale.ROOT,
              "[shared] java: %d workers, %d calls (ok %d, failed %d), %d requests, %s",
              WORKERS,
              calls,
              ok.get(),
              failed.get(),
              log.size(),
              seconds(elapsed)));

      assertEquals(List.of(), new ArrayList<>(problems), "calls that did not end as they should");
      assertEquals(calls, ok.get() + failed.get(), "calls made");
      assertEquals(List.of(), left, "faults left in the queue");
      Set<Object> logged = new HashSet<>();
      for (Object o : log) logged.add(((Map<?, ?>) o).get("client_request_id"));
      List<String> notLogged = new ArrayList<>();
      for (Map.Entry<String, String> e : sent.entrySet())
        if (!logged.contains(e.getKey())) notLogged.add(e.getKey() + " " + e.getValue());
      assertEquals(
          sent.size(),
          log.size(),
          () ->
              "API requests the fake logged vs the client's request_sent events; sent, never"
                  + " logged: "
                  + notLogged.subList(0, Math.min(5, notLogged.size())));
      // Every request that took no fault ended its call well: one per successful call.
      assertEquals(faultCount + ok.get(), log.size(), "requests vs faults + successful calls");
      // The health counts every attempt that ended, but a cancelled one (neither a success nor a
      // failure of the service): the mod-4 streams cancelled after their first event each had one.
      long attempts = Objects.requireNonNull(health.totalAttempts(), "total_attempts");
      assertEquals(
          log.size(),
          attempts + cancelled.get(),
          () -> "the health's attempts + the cancelled streams; health " + health.toMap());
      double budget = Objects.requireNonNull(health.retryBudgetLeft(), "retry_budget_left");
      assertTrue(
          budget >= 0 && budget <= RETRY_BUDGET_CAPACITY, () -> "retry budget left " + budget);
    }
  }

  /** Makes call {@code i} of the shared run; returns what went wrong, or null. */
  private static String sharedCall(
      CozeClient client,
      int i,
      ThreadLocal<CallSeen> current,
      AtomicInteger ok,
      AtomicInteger failed,
      AtomicInteger cancelled) {
    CallSeen seen = current.get();
    seen.requests = 0;
    seen.finished = null;
    String text = "shared " + i;
    int kind = i % 4;
    try {
      switch (kind) {
        case 0:
          {
            Chat chat = client.chat().create(TestChats.ask("shared-bot", text));
            if (!"shared-bot".equals(chat.botId())) return "chat.create answered " + chat.toMap();
            break;
          }
        case 1:
          {
            StringBuilder content = new StringBuilder();
            String last = "";
            try (ChatStream s = client.chat().stream(TestChats.ask("shared-bot", text))) {
              for (ChatEvent e : s) {
                String d = TestChats.delta(e);
                if (d != null) content.append(d);
                last = e.type();
              }
            }
            if (!last.equals("done")) return "the stream ended with " + last;
            if (!content.toString().equals("Echo: " + text)) return "the stream said " + content;
            break;
          }
        case 2:
          {
            Conversation c = client.conversations().create();
            if (c.id() == null || c.id().isEmpty()) return "conversations.create: " + c.toMap();
            break;
          }
        default:
          {
            int n = 0;
            String first = "";
            try (ChatStream s = client.chat().stream(TestChats.ask("shared-bot", text))) {
              for (ChatEvent e : s) {
                first = e.type();
                n++;
                break;
              }
            }
            if (n != 1 || !first.equals("conversation.chat.created"))
              return n + " events, the first " + first;
            break;
          }
      }
      HookEvent end = seen.finished;
      if (end == null) return "no call_finished on the worker's thread";
      String want = kind == 3 ? "cancelled" : "";
      if (!end.errorKind().equals(want)) return "call_finished says " + end;
      if (kind == 3) cancelled.incrementAndGet();
      ok.incrementAndGet();
      return null;
    } catch (CozeException e) {
      failed.incrementAndGet();
      if (!e.kind().equals("server") && !e.kind().equals("connection")) return "failed: " + e;
      if (e.attempts() < 1 || e.attempts() > 3) return "attempts " + e.attempts() + ": " + e;
      if (e.attempts() != seen.requests)
        return e.attempts() + " attempts, " + seen.requests + " request_sent events: " + e;
      return null;
    } catch (RuntimeException e) {
      failed.incrementAndGet();
      return "threw " + e;
    }
  }
}
