package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.internal.Json;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed chat and workflow events: the decoders on real payloads, then end to end against the fake server. */
@Timeout(60)
class TypedEventsTest {
  static final String REQUIRES_ACTION = "{\"id\":\"7401\",\"conversation_id\":\"7400\",\"bot_id\":\"b1\","
      + "\"created_at\":1718000000,\"status\":\"requires_action\",\"section_id\":\"7402\","
      + "\"required_action\":{\"type\":\"submit_tool_outputs\",\"submit_tool_outputs\":{\"tool_calls\":["
      + "{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}},"
      + "{\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"arguments\":\"{\\\"tz\\\":\\\"Europe/Paris\\\"}\"}}]}},"
      + "\"usage\":{\"token_count\":12,\"output_count\":5,\"input_count\":7}}";
  // Bytes 00 01 02 fd fe ff.
  static final String AUDIO_DELTA = "{\"id\":\"m1\",\"conversation_id\":\"7400\",\"bot_id\":\"b1\",\"chat_id\":\"7401\","
      + "\"role\":\"assistant\",\"type\":\"answer\",\"content\":\"AAEC/f7/\",\"content_type\":\"audio\"}";
  static final byte[] AUDIO_BYTES = {0, 1, 2, (byte) 0xfd, (byte) 0xfe, (byte) 0xff};
  static final String WORKFLOW_MESSAGE = "{\"content\":\"Hello\",\"content_type\":\"text\",\"node_title\":\"End\","
      + "\"node_seq_id\":\"0\",\"node_is_finish\":true,\"ext\":{\"k\":\"v\"},"
      + "\"usage\":{\"token_count\":3,\"output_count\":2,\"input_count\":1}}";
  static final String WORKFLOW_INTERRUPT = "{\"interrupt_data\":{\"event_id\":\"ev_7\",\"type\":2,"
      + "\"data\":\"{\\\"question\\\":\\\"City?\\\"}\"},\"node_title\":\"Question\"}";
  static final String DEBUG_URL = "https://www.coze.com/work_flow?execute_id=9";

  // ---- decoders

  @Test
  void requiresActionCarriesTwoToolCalls() {
    ChatEvent e = new ChatEvent("conversation.chat.requires_action", REQUIRES_ACTION);
    assertEquals(List.of(
        new ToolCall("call_1", "function", new ToolCall.Function("get_weather", "{\"city\":\"Paris\"}")),
        new ToolCall("call_2", "function", new ToolCall.Function("get_time", "{\"tz\":\"Europe/Paris\"}"))),
        e.toolCalls());
    assertEquals("requires_action", e.chat().status());
    assertEquals("submit_tool_outputs", e.chat().requiredActionType());
    assertEquals(2, e.chat().toolCalls().size());
    assertEquals(7L, e.chat().usage().get("input_count"));
    assertNull(e.message());
    assertNull(e.audio());
  }

  @Test
  void toolCallsAreReadLeniently() {
    ChatEvent e = new ChatEvent("conversation.chat.requires_action",
        "{\"id\":7,\"required_action\":{\"submit_tool_outputs\":{\"tool_calls\":["
            + "{\"id\":\"x\",\"function\":{\"name\":\"f\",\"arguments\":{\"a\":1}}},5]}}}");
    assertEquals("7", e.chat().id());
    assertEquals(List.of(new ToolCall("x", "", new ToolCall.Function("f", "{\"a\":1}"))), e.toolCalls());
    assertTrue(new ChatEvent("conversation.chat.completed", "{\"id\":\"1\"}").toolCalls().isEmpty());
    assertTrue(new ChatEvent("conversation.message.delta", "{\"content\":\"x\"}").toolCalls().isEmpty());
  }

  @Test
  void messageEventsCarryAMessage() {
    ChatEvent e = new ChatEvent("conversation.message.delta",
        "{\"id\":\"m1\",\"chat_id\":\"7401\",\"role\":\"assistant\",\"type\":\"answer\",\"content\":\"Hi 👋\","
            + "\"content_type\":\"text\",\"created_at\":\"17\"}");
    Message m = e.message();
    assertEquals("Hi 👋", m.content());
    assertEquals("Hi 👋", e.content());
    assertEquals("assistant", m.role());
    assertEquals("answer", m.type());
    assertEquals("7401", m.chatId());
    assertEquals("m1", m.id());
    assertEquals(17, m.createdAt());
    assertNull(e.chat());
    assertFalse(e.isAudio());
    assertNull(e.audio());
  }

  @Test
  void audioDeltaDecodesBase64() {
    ChatEvent e = new ChatEvent("conversation.audio.delta", AUDIO_DELTA);
    assertTrue(e.isAudio());
    assertEquals("audio", e.message().contentType());
    assertArrayEquals(AUDIO_BYTES, e.audio());
    assertArrayEquals(new byte[] {0, 1}, new ChatEvent("conversation.audio.delta", "{\"content\":\"AAE\"}").audio());
    assertArrayEquals(new byte[] {0, 1},
        new ChatEvent("conversation.message.delta", "{\"content\":\"AAE=\",\"content_type\":\"audio\"}").audio());
  }

  @ParameterizedTest
  @ValueSource(strings = {"not base64!", "AAE==", "A", "AAF=", "AAEC====", "AAÉC"})
  void badAudioIsADecodeError(String content) {
    ChatEvent e = new ChatEvent("conversation.audio.delta", Json.write(Map.of("content", content)));
    assertThrows(DecodeException.class, e::audio);
  }

  @Test
  void doneExposesTheDebugUrl() {
    assertEquals(DEBUG_URL, new ChatEvent("done", "{\"debug_url\":\"" + DEBUG_URL + "\"}").debugUrl());
    for (String data : new String[] {"{}", "\"[DONE]\"", ""}) {
      ChatEvent e = new ChatEvent("done", data);
      assertTrue(e.isDone());
      assertNull(e.debugUrl(), data);
    }
  }

  @Test
  void workflowMessage() {
    WorkflowEvent e = WorkflowEvent.of("Message", WORKFLOW_MESSAGE);
    assertEquals(WorkflowEvent.Type.MESSAGE, e.type());
    assertEquals("Message", e.event());
    assertEquals("Hello", e.content());
    WorkflowMessage m = e.message();
    assertEquals("text", m.contentType());
    assertEquals("End", m.nodeTitle());
    assertEquals("0", m.nodeSeqId());
    assertTrue(m.nodeIsFinish());
    assertEquals(Map.of("k", "v"), m.ext());
    assertEquals(3L, m.usage().get("token_count"));
    assertNull(e.error());
    assertNull(e.interrupt());
    assertNull(e.debugUrl());
  }

  @Test
  void workflowInterruptErrorDonePing() {
    WorkflowInterrupt i = WorkflowEvent.of("Interrupt", WORKFLOW_INTERRUPT).interrupt();
    assertEquals("ev_7", i.interruptData().eventId());
    assertEquals(2, i.interruptData().type());
    assertEquals("{\"question\":\"City?\"}", i.interruptData().data());
    assertEquals("Question", i.nodeTitle());

    WorkflowError err = WorkflowEvent.of("Error", "{\"error_code\":6006,\"error_message\":\"code node timed out\"}").error();
    assertEquals(6006, err.errorCode());
    assertEquals("code node timed out", err.errorMessage());
    assertEquals(4000, WorkflowEvent.of("error", "{\"error_code\":\"4000\"}").error().errorCode());

    WorkflowEvent d = WorkflowEvent.of("Done", "{\"debug_url\":\"" + DEBUG_URL + "\"}");
    assertTrue(d.isDone());
    assertEquals(DEBUG_URL, d.debugUrl());
    assertNull(WorkflowEvent.of("Done", "{}").debugUrl());
    assertEquals(WorkflowEvent.Type.PING, WorkflowEvent.of("PING", "{}").type());
  }

  @ParameterizedTest
  @CsvSource({"message,MESSAGE", "MESSAGE,MESSAGE", "interrupt,INTERRUPT", "ERROR,ERROR", "done,DONE", "DONE,DONE",
      "ping,PING", "Ping,PING"})
  void workflowNamesMatchCaseInsensitively(String name, WorkflowEvent.Type type) {
    WorkflowEvent e = WorkflowEvent.of(name, WORKFLOW_MESSAGE);
    assertEquals(type, e.type());
    assertEquals(name, e.event());
  }

  @Test
  void unknownAndMalformedWorkflowEventsStayRaw() {
    WorkflowEvent u = WorkflowEvent.of("node_start", "{\"node\":\"n1\"}");
    assertEquals(WorkflowEvent.Type.UNKNOWN, u.type());
    assertEquals("node_start", u.event());
    assertEquals(Map.of("node", "n1"), u.data());
    assertEquals("{\"node\":\"n1\"}", u.dataJson());
    assertNull(u.message());
    assertEquals(WorkflowEvent.Type.UNKNOWN, WorkflowEvent.of("unknown", "{}").type());
    for (String data : new String[] {"", "[1,2]", "\"text\"", "{bad"}) {
      WorkflowEvent m = WorkflowEvent.of("Message", data);
      assertEquals("", m.message().content(), data);
      assertFalse(m.message().nodeIsFinish());
    }
    assertEquals("{\"a\":1}", WorkflowEvent.of("Message", "{\"content\":{\"a\":1}}").content());
    assertEquals("", WorkflowEvent.of("Interrupt", "{\"interrupt_data\":7}").interrupt().interruptData().eventId());
  }

  // ---- end to end, on the fake server's routes for tool calls, audio and workflows

  static final String DEBUG_URL_PREFIX = "https://www.coze.com/work_flow?execute_id=";

  @RegisterExtension static final FakeCoze server = new FakeCoze();
  private static CozeClient client;

  @BeforeAll
  static void start() {
    client = CozeClient.builder().token("pat_java_events").baseUrl(server.baseUrl).maxRetries(0).build();
  }

  private static List<ChatEvent> readAll(ChatStream stream) {
    List<ChatEvent> events = new ArrayList<>();
    try (ChatStream s = stream) {
      for (ChatEvent e : s) events.add(e);
    }
    return events;
  }

  private static List<WorkflowEvent> readAll(WorkflowStream stream) {
    List<WorkflowEvent> events = new ArrayList<>();
    try (WorkflowStream s = stream) {
      for (WorkflowEvent e : s) events.add(e);
    }
    return events;
  }

  private static List<String> typesOf(List<ChatEvent> events) {
    List<String> types = new ArrayList<>();
    for (ChatEvent e : events) types.add(e.type());
    return types;
  }

  private static String deltaText(List<ChatEvent> events) {
    StringBuilder text = new StringBuilder();
    for (ChatEvent e : events) {
      if (e.type().equals("conversation.message.delta")) text.append(e.content());
    }
    return text.toString();
  }

  private static List<Map<String, Object>> userSays(String text) {
    return List.of(Map.of("role", "user", "content", text, "content_type", "text"));
  }

  private static Map<?, ?> logged(List<?> log, int i) {
    return (Map<?, ?>) log.get(i);
  }

  @Test
  void requiresActionThenSubmitToolOutputsStream() throws Exception {
    List<ChatEvent> events = readAll(client.chat().stream(ChatRequest.builder().botId("tools").userId("u1")
        .addMessage(Message.user("weather in Paris?")).build()));
    assertEquals(List.of("conversation.chat.created", "conversation.chat.in_progress", "conversation.message.completed",
        "conversation.message.completed", "conversation.chat.requires_action", "done"), typesOf(events));
    assertEquals("function_call", events.get(2).message().type());
    assertEquals("get_weather", Json.parseObject(events.get(2).content()).get("name"));
    assertEquals("get_time", Json.parseObject(events.get(3).content()).get("name"));
    ChatEvent action = events.get(4);
    Chat chat = action.chat();
    assertEquals("requires_action", chat.status());
    assertEquals("tools", chat.botId());
    assertEquals("submit_tool_outputs", chat.requiredActionType());
    List<ToolCall> calls = action.toolCalls();
    assertEquals(2, calls.size());
    assertEquals(new ToolCall(calls.get(0).id(), "function",
        new ToolCall.Function("get_weather", "{\"city\":\"Paris\"}")), calls.get(0));
    assertEquals(new ToolCall(calls.get(1).id(), "function",
        new ToolCall.Function("get_time", "{\"tz\":\"Europe/Paris\"}")), calls.get(1));
    assertTrue(calls.get(0).id().startsWith("call_"), calls.get(0).id());
    assertNotEquals(calls.get(0).id(), calls.get(1).id());

    // Answer both calls: the chat goes on and answers with the outputs, in the order sent.
    Map<String, String> results = Map.of("get_weather", "sunny", "get_time", "12:00");
    List<Map<String, Object>> outputs = new ArrayList<>();
    for (ToolCall c : calls) outputs.add(Map.of("tool_call_id", c.id(), "output", results.get(c.function().name())));
    Map<String, Object> params = Map.of("conversation_id", chat.conversationId(), "chat_id", chat.id(),
        "tool_outputs", outputs);
    List<ChatEvent> rest = readAll(client.chat().submitToolOutputsStream(params));
    String answer = "Tool outputs: get_weather -> sunny; get_time -> 12:00";
    assertEquals(answer, deltaText(rest));
    List<String> types = typesOf(rest);
    assertEquals("conversation.chat.in_progress", types.get(0));
    assertEquals(List.of("conversation.message.completed", "conversation.chat.completed", "done"),
        types.subList(types.size() - 3, types.size()));
    assertEquals(answer, rest.get(rest.size() - 3).content());
    Chat done = rest.get(rest.size() - 2).chat();
    assertEquals(chat.id(), done.id());
    assertEquals(chat.conversationId(), done.conversationId());
    assertEquals("completed", done.status());
    assertTrue(done.toolCalls().isEmpty());

    List<?> log = server.requests();
    assertEquals(2, log.size());
    assertEquals("/v3/chat", logged(log, 0).get("path"));
    assertEquals("/v3/chat/submit_tool_outputs", logged(log, 1).get("path"));
    assertEquals(Map.of("conversation_id", chat.conversationId(), "chat_id", chat.id()), logged(log, 1).get("query"));
    Map<String, Object> body = Json.parseObject((String) logged(log, 1).get("body"));
    assertEquals(Boolean.TRUE, body.get("stream"));
    assertEquals(outputs, body.get("tool_outputs"));

    // The outputs are taken once: submitting again is a bad request (Coze code 4000).
    BadRequestException again = assertThrows(BadRequestException.class, () -> client.chat().submitToolOutputs(params));
    assertEquals(4000, again.code());
    assertFalse(again.logid().isEmpty());
  }

  @Test
  void audioDeltasDecodeToTheAudioBytes() throws Exception {
    List<ChatEvent> events = readAll(client.chat().stream(ChatRequest.builder().botId("audio").userId("u1")
        .addMessage(Message.user("sing")).build()));
    ByteArrayOutputStream audio = new ByteArrayOutputStream();
    int n = 0;
    for (ChatEvent e : events) {
      if (!e.isAudio()) continue;
      n++;
      assertEquals("conversation.audio.delta", e.type());
      audio.write(e.audio());
    }
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) i;
    assertEquals(4, n);
    assertArrayEquals(bytes, audio.toByteArray());
    assertEquals("Echo: sing", deltaText(events));
  }

  @Test
  void workflowStreamThenResume() throws Exception {
    List<WorkflowEvent> events = readAll(client.workflows().stream(Map.of("workflow_id", "interrupt",
        "parameters", Map.of("input", "weather"))));
    // The echo in Message pieces, a PING after the first, and the Interrupt
    // that ends the stream (no Done: the run waits for input).
    assertTrue(events.size() >= 4, events.toString());
    assertEquals(WorkflowEvent.Type.PING, events.get(1).type());
    assertEquals("PING", events.get(1).event());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < events.size() - 1; i++) {
      if (i == 1) continue;
      WorkflowEvent e = events.get(i);
      assertEquals(WorkflowEvent.Type.MESSAGE, e.type());
      assertEquals("Message", e.event());
      assertEquals("Message", e.message().nodeTitle());
      assertEquals(i == events.size() - 2, e.message().nodeIsFinish());
      text.append(e.content());
    }
    assertEquals("Echo: weather", text.toString());
    WorkflowEvent interrupt = events.get(events.size() - 1);
    assertEquals(WorkflowEvent.Type.INTERRUPT, interrupt.type());
    assertEquals("Interrupt", interrupt.event());
    assertEquals("Question", interrupt.interrupt().nodeTitle());
    WorkflowInterrupt.Data data = interrupt.interrupt().interruptData();
    assertEquals(2, data.type());
    assertFalse(data.eventId().isEmpty());
    assertEquals(Map.of("question", "Which city?"), Json.parseObject(data.data()));

    // Resume with what the Interrupt said: the run echoes the answer and ends with Done.
    Map<String, Object> resume = Map.of("workflow_id", "interrupt", "event_id", data.eventId(), "resume_data", "Paris",
        "interrupt_type", data.type());
    List<WorkflowEvent> rest = readAll(client.workflows().resume(resume));
    assertTrue(rest.size() >= 4, rest.toString());
    StringBuilder echoed = new StringBuilder();
    for (WorkflowEvent e : rest) {
      if (e.type() == WorkflowEvent.Type.MESSAGE && e.message().nodeTitle().equals("Message")) {
        echoed.append(e.content());
      }
    }
    assertEquals("Echo: Paris", echoed.toString());
    WorkflowMessage end = rest.get(rest.size() - 2).message();
    assertEquals("End", end.nodeTitle());
    assertTrue(end.nodeIsFinish());
    assertEquals(Map.of("output", "Echo: Paris"), Json.parseObject(end.content()));
    assertEquals(Map.of("token_count", 16L, "output_count", 11L, "input_count", 5L), end.usage());
    WorkflowEvent done = rest.get(rest.size() - 1);
    assertTrue(done.isDone());
    assertEquals("Done", done.event());
    assertTrue(done.debugUrl().startsWith(DEBUG_URL_PREFIX), done.debugUrl());
    assertTrue(done.debugUrl().endsWith("&workflow_id=interrupt"), done.debugUrl());

    List<?> log = server.requests();
    assertEquals(2, log.size());
    assertEquals("/v1/workflow/stream_run", logged(log, 0).get("path"));
    assertEquals("/v1/workflow/stream_resume", logged(log, 1).get("path"));
    Map<String, Object> body = Json.parseObject((String) logged(log, 1).get("body"));
    assertEquals(data.eventId(), body.get("event_id"));
    assertEquals(2L, body.get("interrupt_type"));
    assertEquals("Paris", body.get("resume_data"));

    // The run has gone on: the same event cannot be resumed again (Coze code 4200).
    NotFoundException again = assertThrows(NotFoundException.class, () -> readAll(client.workflows().resume(resume)));
    assertEquals(4200, again.code());
  }

  @Test
  void lowerCaseWorkflowEventsComeInTheApiSpelling() throws Exception {
    List<WorkflowEvent> events = readAll(client.workflows().stream(Map.of("workflow_id", "lowercase",
        "parameters", Map.of("input", "hi"))));
    List<String> names = new ArrayList<>();
    List<WorkflowEvent.Type> types = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (WorkflowEvent e : events) {
      names.add(e.event());
      types.add(e.type());
      if (e.message() != null && e.message().nodeTitle().equals("Message")) text.append(e.content());
    }
    assertEquals(List.of("Message", "PING", "Message", "Message", "Message", "Done"), names);
    WorkflowEvent.Type m = WorkflowEvent.Type.MESSAGE;
    assertEquals(List.of(m, WorkflowEvent.Type.PING, m, m, m, WorkflowEvent.Type.DONE), types);
    assertEquals("Echo: hi", text.toString());
    assertTrue(events.get(events.size() - 1).debugUrl().startsWith(DEBUG_URL_PREFIX));
  }

  @Test
  void workflowErrorEventIsAStreamException() throws Exception {
    List<String> seen = new ArrayList<>();
    StreamException e = assertThrows(StreamException.class, () -> {
      try (WorkflowStream s = client.workflows().stream(Map.of("workflow_id", "error",
          "parameters", Map.of("input", "hello world")))) {
        for (WorkflowEvent ev : s) seen.add(ev.event());
      }
    });
    assertEquals(List.of("Message", "PING", "Message"), seen);
    assertEquals(6006, e.code());
    assertEquals("workflow code node timed out", e.getMessage());
    assertFalse(e.retryable());

    // Run without streaming, the same failure is the answer's code.
    ApiException run =
        assertThrows(ApiException.class, () -> client.workflows().create(Map.of("workflow_id", "error")));
    assertEquals("api", run.kind());
    assertEquals(6006, run.code());
    assertEquals("workflow code node timed out", run.getMessage());
    assertFalse(run.logid().isEmpty());
  }

  @Test
  void workflowCreateAndWorkflowChat() throws Exception {
    WorkflowRun run =
        client.workflows().create(Map.of("workflow_id", "wf_echo", "parameters", Map.of("input", "hello")));
    assertEquals(Map.of("output", "Echo: hello"), run.data());
    assertFalse(run.executeId().isEmpty());
    assertEquals(DEBUG_URL_PREFIX + run.executeId() + "&workflow_id=wf_echo", run.debugUrl());
    assertEquals(Map.of("token_count", 16L, "output_count", 11L, "input_count", 5L), run.usage());
    assertFalse(run.logid().isEmpty());

    List<ChatEvent> events = readAll(client.workflows().chat(Map.of("workflow_id", "wf_echo", "bot_id", "b1",
        "additional_messages", userSays("hi"))));
    assertEquals(List.of("conversation.chat.created", "conversation.chat.in_progress", "conversation.message.delta",
        "conversation.message.delta", "conversation.message.delta", "conversation.message.completed",
        "conversation.chat.completed", "done"), typesOf(events));
    assertEquals("Echo: hi", deltaText(events));
    Chat chat = events.get(events.size() - 2).chat();
    assertEquals("completed", chat.status());
    assertEquals("b1", chat.botId());
    assertEquals(2L, chat.usage().get("input_count"));
    assertEquals(DEBUG_URL_PREFIX + chat.id() + "&workflow_id=wf_echo", events.get(events.size() - 1).debugUrl());

    List<?> log = server.requests();
    assertEquals(2, log.size());
    assertEquals("/v1/workflow/run", logged(log, 0).get("path"));
    assertEquals("/v1/workflows/chat", logged(log, 1).get("path"));
    assertEquals("wf_echo", Json.parseObject((String) logged(log, 1).get("body")).get("workflow_id"));
  }
}
