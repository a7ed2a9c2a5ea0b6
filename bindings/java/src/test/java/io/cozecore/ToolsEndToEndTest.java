package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.model.ChatEvent;
import io.cozecore.model.ChatStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Local tools (chat.run_tools) through the real driver (java.net.http) against the fake Coze
 * server's {@code tools} bot, which asks for get_weather {"city":"Paris"} and get_time
 * {"tz":"Europe/Paris"} and answers "Tool outputs: get_weather -> ...; get_time -> ...".
 */
@Timeout(60)
class ToolsEndToEndTest {
  @RegisterExtension static final FakeCoze server = new FakeCoze();

  private static CozeClient.Builder builder() {
    return CozeClient.builder().token("pat_java_tools").baseUrl(server.baseUrl).maxRetries(0);
  }

  /** A stream's answer: its deltas joined; also checks the run handed out one done, at the end. */
  private static String answer(ChatStream s, List<String> types) {
    StringBuilder text = new StringBuilder();
    for (ChatEvent e : s) {
      types.add(e.type());
      String d = TestChats.delta(e);
      if (d != null) text.append(d);
    }
    return text.toString();
  }

  @Test
  void bothToolsRunConcurrentlyWithTheirArgumentsAndTheAnswerStreamsOn() throws Exception {
    Map<String, Map<String, Object>> args = new ConcurrentHashMap<>();
    Map<String, String> threads = new ConcurrentHashMap<>();
    // Each function waits for the other one to start: they must run at the same time.
    CountDownLatch bothStarted = new CountDownLatch(2);
    Tool weather =
        Tool.of(
            "get_weather",
            ToolsTest.WEATHER_SCHEMA,
            a -> {
              args.put("get_weather", a);
              threads.put("get_weather", Thread.currentThread().getName());
              bothStarted.countDown();
              if (!bothStarted.await(10, TimeUnit.SECONDS))
                throw new IllegalStateException("alone");
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("city", a.get("city"));
              out.put("temp", 21);
              out.put("unit", a.get("unit"));
              return out;
            });
    Tool time =
        Tool.of(
            "get_time",
            "{\"type\":\"object\",\"properties\":{\"tz\":{\"type\":\"string\"}},\"required\":[\"tz\"]}",
            a -> {
              args.put("get_time", a);
              threads.put("get_time", Thread.currentThread().getName());
              bothStarted.countDown();
              if (!bothStarted.await(10, TimeUnit.SECONDS))
                throw new IllegalStateException("alone");
              return "12:00";
            });
    List<HookEvent> toolHooks = Collections.synchronizedList(new ArrayList<>());
    Hooks hooks =
        Hooks.builder().onToolCalled(toolHooks::add).onToolFinished(toolHooks::add).build();
    String driverThread = Thread.currentThread().getName();
    List<String> types = new ArrayList<>();
    String text;
    try (CozeClient client = builder().hooks(hooks).hookBodies(true).build();
        ChatStream s =
            client
                .chat()
                .runTools(TestChats.ask("tools", "Weather and time?"), List.of(weather, time))) {
      text = answer(s, types);
    }
    assertEquals(
        "Tool outputs: get_weather -> {\"city\":\"Paris\",\"temp\":21,\"unit\":\"celsius\"};"
            + " get_time -> 12:00",
        text);
    assertEquals(
        Map.of("city", "Paris", "unit", "celsius"), args.get("get_weather"), "default filled");
    assertEquals(Map.of("tz", "Europe/Paris"), args.get("get_time"));
    assertNotEquals(threads.get("get_weather"), threads.get("get_time"));
    assertFalse(threads.containsValue(driverThread), "functions run off the driver's thread");

    assertTrue(types.contains(ChatEvent.CONVERSATION_CHAT_REQUIRES_ACTION), types.toString());
    assertEquals(1, types.stream().filter(t -> t.equals(ChatEvent.DONE)).count(), types.toString());
    assertEquals(ChatEvent.DONE, types.get(types.size() - 1));

    List<?> requests = server.requests();
    List<String> paths =
        requests.stream()
            .map(r -> (String) ((Map<?, ?>) r).get("path"))
            .collect(Collectors.toList());
    assertEquals(List.of("/v3/chat", "/v3/chat/submit_tool_outputs"), paths);

    List<HookEvent> called =
        toolHooks.stream().filter(h -> h.kind().equals("tool_called")).collect(Collectors.toList());
    List<HookEvent> finished =
        toolHooks.stream()
            .filter(h -> h.kind().equals("tool_finished"))
            .collect(Collectors.toList());
    assertEquals(2, called.size(), toolHooks.toString());
    assertEquals(2, finished.size(), toolHooks.toString());
    assertEquals(
        List.of("get_weather", "get_time"),
        called.stream().map(HookEvent::tool).collect(Collectors.toList()));
    for (HookEvent f : finished) {
      assertEquals("ok", f.outcome(), f.toString());
      assertTrue(f.toolCallId().startsWith("call_"), f.toolCallId());
      assertEquals("chat.run_tools", f.op());
      assertTrue(f.durationMs() >= 0, f.toString());
      assertEquals("", f.message());
    }
    HookEvent weatherCalled = called.get(0);
    assertEquals("{\"city\":\"Paris\",\"unit\":\"celsius\"}", weatherCalled.body());
    assertEquals(
        weatherCalled.toolCallId(),
        finished.stream()
            .filter(h -> h.tool().equals("get_weather"))
            .findFirst()
            .get()
            .toolCallId());
  }

  @Test
  void aToolThatThrowsAnswersWithItsError() throws Exception {
    Tool weather =
        Tool.of(
            "get_weather",
            ToolsTest.WEATHER_SCHEMA,
            a -> {
              throw new java.io.IOException("no forecast for " + a.get("city"));
            });
    Tool time = Tool.of("get_time", a -> "12:00");
    List<HookEvent> finished = Collections.synchronizedList(new ArrayList<>());
    try (CozeClient client =
            builder().hooks(Hooks.builder().onToolFinished(finished::add).build()).build();
        ChatStream s =
            client.chat().runTools(TestChats.ask("tools", "?"), List.of(weather, time))) {
      String text = answer(s, new ArrayList<>());
      assertEquals(
          "Tool outputs: get_weather -> {\"error\":\"tool 'get_weather' failed: no forecast for"
              + " Paris\"}; get_time -> 12:00",
          text);
    }
    HookEvent w =
        finished.stream().filter(h -> h.tool().equals("get_weather")).findFirst().orElseThrow();
    assertEquals("error", w.outcome());
    assertEquals("warning", w.severity());
    assertTrue(w.message().contains("no forecast for Paris"), w.message());
  }

  @Test
  void withToolErrorsFailAThrowingToolEndsTheRunWithAToolException() throws Exception {
    Tool weather =
        Tool.of(
            "get_weather",
            a -> {
              throw new IllegalStateException("broken");
            });
    Tool time = Tool.of("get_time", a -> "12:00");
    try (CozeClient client = builder().build();
        ChatStream s =
            client
                .chat()
                .runTools(
                    TestChats.ask("tools", "?"),
                    List.of(weather, time),
                    null,
                    null,
                    ToolErrors.FAIL,
                    null)) {
      ToolException e = assertThrows(ToolException.class, () -> answer(s, new ArrayList<>()));
      assertEquals("tool", e.kind());
      assertEquals("warning", e.severity());
      assertFalse(e.retryable());
      assertTrue(e.message().contains("broken"), e.message());
    }
    List<String> paths =
        server.requests().stream()
            .map(r -> (String) ((Map<?, ?>) r).get("path"))
            .collect(Collectors.toList());
    assertEquals(List.of("/v3/chat", "/v3/chat/cancel"), paths, "the chat is cancelled first");
  }

  @Test
  void anUnknownToolIsAnsweredByTheCore() throws Exception {
    Tool weather = Tool.of("get_weather", ToolsTest.WEATHER_SCHEMA, a -> "sunny");
    List<HookEvent> finished = Collections.synchronizedList(new ArrayList<>());
    try (CozeClient client =
            builder().hooks(Hooks.builder().onToolFinished(finished::add).build()).build();
        ChatStream s = client.chat().runTools(TestChats.ask("tools", "?"), List.of(weather))) {
      String text = answer(s, new ArrayList<>());
      assertTrue(
          text.startsWith("Tool outputs: get_weather -> sunny; get_time -> {\"error\":"), text);
      assertTrue(text.contains("get_time"), text);
    }
    assertEquals(
        List.of("ok", "unknown_tool"),
        List.of(
            finished.stream()
                .filter(h -> h.tool().equals("get_weather"))
                .findFirst()
                .get()
                .outcome(),
            finished.stream()
                .filter(h -> h.tool().equals("get_time"))
                .findFirst()
                .get()
                .outcome()));
  }

  @Test
  void aHungToolTimesOutPromptlyAndIsInterrupted() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    Tool weather =
        Tool.of(
            "get_weather",
            a -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
              }
              return "too late";
            });
    Tool time = Tool.of("get_time", a -> "12:00");
    long started = System.nanoTime();
    String text;
    try (CozeClient client = builder().build();
        ChatStream s =
            client
                .chat()
                .runTools(
                    TestChats.ask("tools", "?"),
                    List.of(weather, time),
                    null,
                    Duration.ofMillis(300),
                    null,
                    null)) {
      text = answer(s, new ArrayList<>());
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertTrue(ms < 10_000, "took " + ms + " ms");
    assertEquals(
        "Tool outputs: get_weather -> {\"error\":\"tool 'get_weather' did not finish within 300"
            + " ms\"}; get_time -> 12:00",
        text);
    assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the hung function was interrupted");
  }

  @Test
  void closingTheStreamWhileAToolRunsCancelsTheCall() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    Tool weather =
        Tool.of(
            "get_weather",
            a -> {
              running.countDown();
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
              }
              return "too late";
            });
    Tool time = Tool.of("get_time", a -> "12:00");
    CozeClient.LiveHandles before = CozeClient.liveHandles();
    try (CozeClient client = builder().build()) {
      ChatStream s = client.chat().runTools(TestChats.ask("tools", "?"), List.of(weather, time));
      Thread closer =
          new Thread(
              () -> {
                try {
                  if (running.await(10, TimeUnit.SECONDS)) s.close();
                } catch (InterruptedException ignored) {
                  // the test fails on its own
                }
              });
      closer.start();
      long started = System.nanoTime();
      List<String> types = new ArrayList<>();
      answer(s, types); // ends quietly: closed by the caller
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      closer.join(10_000);
      assertTrue(ms < 10_000, "took " + ms + " ms");
      assertTrue(types.contains(ChatEvent.CONVERSATION_CHAT_REQUIRES_ACTION), types.toString());
      assertFalse(types.contains(ChatEvent.DONE), types.toString());
      assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the running function was interrupted");
      s.close();
    }
    assertEquals(before.calls(), CozeClient.liveHandles().calls());
  }

  @Test
  void theToolsRunOnTheClientsExecutor() throws Exception {
    List<String> ran = Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            2, r -> new Thread(r, "my-tools-" + ran.size()));
    try (CozeClient client = builder().toolExecutor(pool).build();
        ChatStream s =
            client
                .chat()
                .runTools(
                    TestChats.ask("tools", "?"),
                    List.of(
                        Tool.of(
                            "get_weather",
                            a -> {
                              ran.add(Thread.currentThread().getName());
                              return "sunny";
                            }),
                        Tool.of(
                            "get_time",
                            a -> {
                              ran.add(Thread.currentThread().getName());
                              return "noon";
                            })))) {
      assertEquals(
          "Tool outputs: get_weather -> sunny; get_time -> noon", answer(s, new ArrayList<>()));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2, ran.size());
    for (String name : ran) assertTrue(name.startsWith("my-tools-"), name);
  }
}
