package bench;

import com.coze.openapi.client.chat.CreateChatReq;
import com.coze.openapi.client.chat.RetrieveChatReq;
import com.coze.openapi.client.chat.model.ChatStatus;
import com.coze.openapi.client.workflows.run.RunWorkflowReq;
import com.coze.openapi.service.auth.TokenAuth;
import com.coze.openapi.service.service.CozeAPI;
import io.cozecore.CozeClient;
import io.cozecore.RequestOptions;
import io.cozecore.model.Chat;
import io.cozecore.model.ChatEvent;
import io.cozecore.model.ChatStream;
import io.cozecore.model.EnterMessage;
import io.cozecore.model.WorkflowEvent;
import io.cozecore.model.WorkflowStream;
import io.cozecore.resources.ChatCreateParams;
import io.cozecore.resources.ChatRetrieveParams;
import io.cozecore.resources.WorkflowsRunsStreamParams;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * One benchmark run of one Java client on one workload (bench/clients/java/README.md).
 *
 * <pre>java bench.Harness {cozecore|coze-java} WORKLOAD BASE_URL</pre>
 *
 * cozecore: this project's jar (client.chat().stream(...), client.workflows().runs().stream(...),
 * client.chat().retrieve(...)); coze-java: com.coze:coze-api 0.4.2 (CozeAPI: chat().stream(...)
 * as a Flowable, read with blockingIterable(); workflows().runs().stream(...); chat().retrieve()).
 * Workloads: chat, chat_cjk, workflow, small_seq, small_32 (32 platform threads over one client),
 * chat_cut (correctness: the stream is cut before done; ok means the client reported it). Prints
 * ONE JSON line; checks its work against GET /bench/expect (the stream's X-Bench-* totals),
 * fetched before the clock starts.
 */
public final class Harness {
  static final String BOT_ID = "7379462189365198898";
  static final String CONVERSATION_ID = "7381473525342978089";
  static final String CHAT_ID = "7382159494123470858";
  static final String WORKFLOW_ID = "7409826353153785867";
  static final String TOKEN = "pat_bench";
  static final int CALLS = Integer.parseInt(System.getenv().getOrDefault("BENCH_CALLS", "10000"));
  static final int CONCURRENCY =
      Integer.parseInt(System.getenv().getOrDefault("BENCH_CONCURRENCY", "32"));

  static final class Failed extends RuntimeException {
    Failed(String m) {
      super(m);
    }
  }

  /** What a stream run saw. */
  static final class Tally {
    final long t0 = System.nanoTime();
    long first = -1;
    long events;
    long deltas;
    long chars; // UTF-16 units, as String.length() counts
    final ArrayDeque<String> last = new ArrayDeque<>();

    void see() {
      if (first < 0) first = System.nanoTime();
    }

    void remember(String type) {
      last.addLast(type);
      if (last.size() > 4) last.removeFirst();
    }

    void check(Expect want, List<String> finals, int extraEvents) {
      if (deltas != want.deltas)
        throw new Failed("read " + deltas + " content events, the server sent " + want.deltas);
      if (chars != want.utf16)
        throw new Failed("read " + chars + " content UTF-16 units, the server sent " + want.utf16);
      if (events + extraEvents != want.events)
        throw new Failed("read " + (events + extraEvents) + " events, the server sent " + want.events);
      List<String> tail = new ArrayList<>(last);
      tail = tail.subList(Math.max(0, tail.size() - finals.size()), tail.size());
      if (!tail.equals(finals)) throw new Failed("stream ended with " + tail + ", expected " + finals);
    }
  }

  record Expect(long events, long deltas, long utf16) {}

  static Expect expect(String base, String workload) throws Exception {
    String kind = workload.equals("workflow") ? "workflow" : workload;
    HttpClient http = HttpClient.newHttpClient();
    String body =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/bench/expect?kind=" + kind)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    return new Expect(num(body, "events"), num(body, "deltas"), num(body, "content_utf16"));
  }

  static long num(String json, String key) {
    Matcher m = Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
    if (!m.find()) throw new Failed("no " + key + " in /bench/expect: " + json);
    return Long.parseLong(m.group(1));
  }

  static String userOf(String workload) {
    return workload.equals("chat_cjk") ? "cjk" : "bench-user";
  }

  // ------------------------------------------------------------------ cozecore

  static Map<String, Object> runCozecore(String workload, String base, Expect want)
      throws Exception {
    CozeClient client = CozeClient.builder().token(TOKEN).baseUrl(base).build();
    if (workload.startsWith("small_")) {
      ChatRetrieveParams p =
          ChatRetrieveParams.builder().conversationId(CONVERSATION_ID).chatId(CHAT_ID).build();
      return smallCalls(
          workload,
          () -> {
            Chat c = client.chat().retrieve(p);
            return CHAT_ID.equals(c.id()) && "completed".equals(c.status());
          });
    }
    Tally t = new Tally();
    if (workload.equals("workflow")) {
      WorkflowsRunsStreamParams p =
          WorkflowsRunsStreamParams.builder()
              .workflowId(WORKFLOW_ID)
              .parameters(Map.of("input", "go"))
              .build();
      try (WorkflowStream s = client.workflows().runs().stream(p)) {
        for (WorkflowEvent e : s) {
          t.see();
          t.events++;
          String type = e.type();
          if (type.equals(WorkflowEvent.MESSAGE)) {
            t.deltas++;
            t.chars += e.workflowMessageEvent().content().length();
          }
          t.remember(type);
        }
      }
      long t1 = System.nanoTime();
      t.check(want, List.of("Message", "Done"), 0);
      return result(t.t0, t1, t.first, want.events);
    }
    ChatCreateParams p =
        ChatCreateParams.builder()
            .botId(BOT_ID)
            .userId(userOf(workload))
            .additionalMessages(
                List.of(
                    EnterMessage.builder()
                        .role("user")
                        .content("Tell me a long story.")
                        .contentType("text")
                        .build()))
            .build();
    RequestOptions opts =
        workload.equals("chat_cut") ? RequestOptions.builder().extraQuery("cut", "1").build() : null;
    try (ChatStream s = client.chat().stream(p, opts)) {
      for (ChatEvent e : s) {
        t.see();
        t.events++;
        String type = e.type();
        if (type.equals(ChatEvent.CONVERSATION_MESSAGE_DELTA)) {
          t.deltas++;
          t.chars += e.message().content().length();
        }
        t.remember(type);
      }
    } catch (RuntimeException ex) {
      if (workload.equals("chat_cut")) return cutReported(t, want, ex);
      throw ex;
    }
    long t1 = System.nanoTime();
    if (workload.equals("chat_cut")) return cutSilent(t);
    t.check(
        want,
        List.of(
            ChatEvent.CONVERSATION_MESSAGE_COMPLETED, ChatEvent.CONVERSATION_CHAT_COMPLETED, "done"),
        0);
    return result(t.t0, t1, t.first, want.events);
  }

  // ------------------------------------------------------------------ coze-java

  static Map<String, Object> runCozeJava(String workload, String base, Expect want)
      throws Exception {
    CozeAPI.Builder b = new CozeAPI.Builder().baseURL(base).auth(new TokenAuth(TOKEN));
    if (workload.equals("chat_cut")) {
      // The load server cuts the stream for ?cut=1: an interceptor adds it.
      b.client(
          new OkHttpClient.Builder()
              .addInterceptor(
                  chain -> {
                    HttpUrl url =
                        chain.request().url().newBuilder().addQueryParameter("cut", "1").build();
                    return chain.proceed(chain.request().newBuilder().url(url).build());
                  })
              .build());
    }
    CozeAPI coze = b.build();
    try {
      if (workload.startsWith("small_")) {
        RetrieveChatReq req =
            RetrieveChatReq.builder().conversationID(CONVERSATION_ID).chatID(CHAT_ID).build();
        return smallCalls(
            workload,
            () -> {
              com.coze.openapi.client.chat.model.Chat c = coze.chat().retrieve(req).getChat();
              return CHAT_ID.equals(c.getID()) && ChatStatus.COMPLETED.equals(c.getStatus());
            });
      }
      Tally t = new Tally();
      if (workload.equals("workflow")) {
        RunWorkflowReq req =
            RunWorkflowReq.builder()
                .workflowID(WORKFLOW_ID)
                .parameters(Map.<String, Object>of("input", "go"))
                .build();
        for (com.coze.openapi.client.workflows.run.model.WorkflowEvent e :
            coze.workflows().runs().stream(req).blockingIterable()) {
          t.see();
          t.events++;
          String type = e.getEvent().getValue();
          if (type.equals("Message")) {
            t.deltas++;
            t.chars += e.getMessage().getContent().length();
          }
          t.remember(type);
        }
        long t1 = System.nanoTime();
        t.check(want, List.of("Message", "Done"), 0);
        return result(t.t0, t1, t.first, want.events);
      }
      CreateChatReq req =
          CreateChatReq.builder()
              .botID(BOT_ID)
              .userID(userOf(workload))
              .messages(
                  List.of(
                      com.coze.openapi.client.connversations.message.model.Message
                          .buildUserQuestionText("Tell me a long story.")))
              .build();
      try {
        for (com.coze.openapi.client.chat.model.ChatEvent e :
            coze.chat().stream(req).blockingIterable()) {
          t.see();
          t.events++;
          String type = e.getEvent().getValue();
          if (type.equals("conversation.message.delta")) {
            t.deltas++;
            t.chars += e.getMessage().getContent().length();
          }
          t.remember(type);
        }
      } catch (RuntimeException ex) {
        if (workload.equals("chat_cut")) return cutReported(t, want, ex);
        throw ex;
      }
      long t1 = System.nanoTime();
      if (workload.equals("chat_cut")) return cutSilent(t);
      t.check(
          want,
          List.of("conversation.message.completed", "conversation.chat.completed", "done"),
          0);
      return result(t.t0, t1, t.first, want.events);
    } finally {
      coze.shutdownExecutor();
    }
  }

  // ------------------------------------------------------------------ shared

  interface Call {
    boolean run() throws Exception;
  }

  static Map<String, Object> smallCalls(String workload, Call call) throws Exception {
    int n = CALLS;
    AtomicInteger bad = new AtomicInteger();
    long t0 = System.nanoTime();
    if (!call.run()) bad.incrementAndGet();
    long first = System.nanoTime();
    int width = 1;
    if (workload.equals("small_seq")) {
      for (int i = 1; i < n; i++) if (!call.run()) bad.incrementAndGet();
    } else {
      width = CONCURRENCY;
      AtomicLong left = new AtomicLong(n - 1);
      ExecutorService pool = Executors.newFixedThreadPool(width);
      List<Future<?>> fs = new ArrayList<>();
      for (int w = 0; w < width; w++) {
        fs.add(
            pool.submit(
                () -> {
                  while (left.getAndDecrement() > 0) if (!call.run()) bad.incrementAndGet();
                  return null;
                }));
      }
      for (Future<?> f : fs) f.get();
      pool.shutdown();
    }
    long t1 = System.nanoTime();
    if (bad.get() > 0) throw new Failed(bad.get() + " answers were not the Chat asked for");
    Map<String, Object> r = result(t0, t1, first, n);
    r.put("concurrency", width);
    r.put("model", width > 1 ? "threads" : "sequential");
    return r;
  }

  static Map<String, Object> result(long t0, long t1, long first, long events) {
    Map<String, Object> r = new java.util.LinkedHashMap<>();
    r.put("events", events);
    r.put("seconds", (t1 - t0) / 1e9);
    r.put("first_event_ms", first < 0 ? null : (first - t0) / 1e6);
    r.put("ok", true);
    r.put("error", "");
    return r;
  }

  static Map<String, Object> cutReported(Tally t, Expect want, RuntimeException ex) {
    Map<String, Object> r = new java.util.LinkedHashMap<>();
    r.put("events", t.events);
    r.put("seconds", null);
    r.put("first_event_ms", null);
    String what = ex.getClass().getSimpleName() + ": " + ex.getMessage();
    if (t.deltas != want.deltas) {
      r.put("ok", false);
      r.put("error", "failed after " + t.deltas + " of " + want.deltas + " deltas: " + what);
    } else {
      r.put("ok", true);
      r.put("error", "");
      r.put("reported", what.length() > 200 ? what.substring(0, 200) : what);
    }
    return r;
  }

  static Map<String, Object> cutSilent(Tally t) {
    Map<String, Object> r = new java.util.LinkedHashMap<>();
    r.put("events", t.events);
    r.put("seconds", null);
    r.put("first_event_ms", null);
    r.put("ok", false);
    r.put(
        "error",
        "ended a cut stream silently (no error) after "
            + t.events
            + " events, last "
            + t.last.peekLast());
    return r;
  }

  static String json(Object v) {
    if (v == null) return "null";
    if (v instanceof Boolean || v instanceof Number) return v.toString();
    StringBuilder sb = new StringBuilder("\"");
    for (char c : v.toString().toCharArray()) {
      if (c == '"' || c == '\\') sb.append('\\').append(c);
      else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
      else sb.append(c);
    }
    return sb.append('"').toString();
  }

  public static void main(String[] args) {
    long start = System.nanoTime();
    if (args.length != 3) {
      System.err.println("usage: Harness {cozecore|coze-java} WORKLOAD BASE_URL");
      System.exit(2);
    }
    String client = args[0], workload = args[1], base = args[2].replaceAll("/+$", "");
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("client", client);
    out.put("workload", workload);
    try {
      if (!List.of("chat", "chat_cjk", "chat_cut", "workflow", "small_seq", "small_32")
          .contains(workload)) throw new IllegalArgumentException("unknown workload " + workload);
      Expect want = workload.startsWith("small_") ? null : expect(base, workload);
      switch (client) {
        case "cozecore" -> out.putAll(runCozecore(workload, base, want));
        case "coze-java" -> out.putAll(runCozeJava(workload, base, want));
        default -> throw new IllegalArgumentException("unknown client " + client);
      }
    } catch (Throwable ex) {
      Throwable cause = ex instanceof java.util.concurrent.ExecutionException ? ex.getCause() : ex;
      out.put("events", 0);
      out.put("seconds", null);
      out.put("first_event_ms", null);
      out.put("ok", false);
      String m = cause instanceof Failed ? cause.getMessage() : cause.toString();
      out.put("error", m.length() > 300 ? m.substring(0, 300) : m);
    }
    out.put("process_seconds", (System.nanoTime() - start) / 1e9);
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, Object> e : out.entrySet()) {
      if (sb.length() > 1) sb.append(", ");
      sb.append(json(e.getKey())).append(": ").append(json(e.getValue()));
    }
    System.out.println(sb.append('}'));
    System.out.flush();
    System.exit(Boolean.TRUE.equals(out.get("ok")) ? 0 : 1);
  }
}
