package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Decoding;
import io.cozecore.internal.Json;
import io.cozecore.internal.JsonReader;
import io.cozecore.model.Chat;
import io.cozecore.model.ChatEvent;
import io.cozecore.model.ChatToolCall;
import io.cozecore.model.Message;
import io.cozecore.model.ToolOutput;
import io.cozecore.model.Usage;
import io.cozecore.model.WorkflowEvent;
import io.cozecore.model.WorkflowInterruptData;
import io.cozecore.model.WorkflowMessageEvent;
import io.cozecore.model.WorkflowRunResult;
import io.cozecore.model.WorkflowStream;
import io.cozecore.resources.ChatCreateParams;
import io.cozecore.resources.ChatSubmitToolOutputsParams;
import io.cozecore.resources.Operations;
import io.cozecore.resources.WorkflowsChatStreamParams;
import io.cozecore.resources.WorkflowsRunsCreateParams;
import io.cozecore.resources.WorkflowsRunsResumeParams;
import io.cozecore.resources.WorkflowsRunsStreamParams;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated typed views of chat and workflow events: decoded by the core from real payloads,
 * then end to end against the fake server.
 */
@Timeout(60)
class TypedEventsTest {
  static final String REQUIRES_ACTION =
      "{\"id\":\"7401\",\"conversation_id\":\"7400\",\"bot_id\":\"b1\","
          + "\"created_at\":1718000000,\"status\":\"requires_action\",\"section_id\":\"7402\","
          + "\"required_action\":{\"type\":\"submit_tool_outputs\",\"submit_tool_outputs\":{\"tool_calls\":["
          + "{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}},"
          + "{\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"arguments\":\"{\\\"tz\\\":\\\"Europe/Paris\\\"}\"}}]}},"
          + "\"usage\":{\"token_count\":12,\"output_count\":5,\"input_count\":7}}";
  // Bytes 00 01 02 fd fe ff.
  static final String AUDIO_DELTA =
      "{\"id\":\"m1\",\"conversation_id\":\"7400\",\"bot_id\":\"b1\",\"chat_id\":\"7401\","
          + "\"role\":\"assistant\",\"type\":\"answer\",\"content\":\"AAEC/f7/\",\"content_type\":\"audio\"}";
  static final String WORKFLOW_MESSAGE =
      "{\"content\":\"Hello\",\"content_type\":\"text\",\"node_title\":\"End\","
          + "\"node_seq_id\":\"0\",\"node_is_finish\":true,\"ext\":{\"k\":\"v\"},"
          + "\"usage\":{\"token_count\":3,\"output_count\":2,\"input_count\":1}}";
  static final String WORKFLOW_INTERRUPT =
      "{\"interrupt_data\":{\"event_id\":\"ev_7\",\"type\":2,"
          + "\"data\":\"{\\\"question\\\":\\\"City?\\\"}\"},\"node_title\":\"Question\"}";
  static final String DEBUG_URL = "https://www.coze.com/work_flow?execute_id=9";

  /** One event of a streaming operation, decoded by the core as a stream would deliver it. */
  static StreamEvent event(String op, String type, String data) {
    CoreRecord r = Decoding.event(op, type, data);
    return Operations.event(op, r, r.a(CoreRecord.itemCell(r.a(CoreRecord.ROOT), 0)));
  }

  static ChatEvent chatEvent(String type, String data) {
    return (ChatEvent) event("chat.stream", type, data);
  }

  static WorkflowEvent workflowEvent(String type, String data) {
    return (WorkflowEvent) event("workflows.runs.stream", type, data);
  }

  // ---- decoding

  @Test
  void requiresActionCarriesTwoToolCalls() {
    ChatEvent e = chatEvent(ChatEvent.CONVERSATION_CHAT_REQUIRES_ACTION, REQUIRES_ACTION);
    assertEquals(ChatEvent.CONVERSATION_CHAT_REQUIRES_ACTION, e.type());
    Chat chat = e.chat();
    assertEquals("requires_action", chat.status());
    assertEquals("submit_tool_outputs", chat.requiredAction().type());
    List<ChatToolCall> calls = chat.requiredAction().submitToolOutputs().toolCalls();
    assertEquals(2, calls.size());
    assertEquals("call_1", calls.get(0).id());
    assertEquals("function", calls.get(0).type());
    assertEquals("get_weather", calls.get(0).function().name());
    assertEquals("{\"city\":\"Paris\"}", calls.get(0).function().arguments());
    assertEquals("get_time", calls.get(1).function().name());
    assertEquals(7L, chat.usage().inputCount());
    assertEquals(1718000000L, chat.createdAt());
    assertNull(chat.completedAt());
    assertNull(e.message());
  }

  @Test
  void fieldsAreReadByTheCanonicalRules() {
    Chat chat =
        Chat.parse(
            "{\"id\":7,\"created_at\":\"17\",\"completed_at\":1.5,\"new_field\":[1,{\"a\":null}],"
                + "\"required_action\":{\"submit_tool_outputs\":{\"tool_calls\":["
                + "{\"id\":\"x\",\"function\":{\"name\":\"f\",\"arguments\":{\"a\":1}}},5]}}}");
    assertEquals("7", chat.id(), "a number in an id field is its JSON text");
    assertEquals(17L, chat.createdAt(), "an integer in a string");
    assertNull(chat.completedAt(), "1.5 is no integer");
    assertEquals(1.5, chat.extraField("completed_at"), "and is kept among the unknown keys");
    List<?> unknown = (List<?>) chat.extraField("new_field");
    assertEquals(1L, unknown.get(0));
    assertTrue(((Map<?, ?>) unknown.get(1)).containsKey("a"), "a null inside any JSON is kept");
    assertNull(((Map<?, ?>) unknown.get(1)).get("a"));
    List<ChatToolCall> calls = chat.requiredAction().submitToolOutputs().toolCalls();
    assertEquals(2, calls.size());
    assertEquals(
        "{\"a\":1}",
        calls.get(0).function().arguments(),
        "an object in a string field is its JSON text");
    assertNull(calls.get(1), "an item that is no object is null in its place");
    Map<String, Object> canonical = chat.toMap();
    assertEquals("7", canonical.get("id"));
    assertEquals(17L, canonical.get("created_at"));
    assertFalse(canonical.containsKey("completed_at"));
    assertInstanceOf(Map.class, canonical.get("$extra"));
    assertEquals(1.5, ((Map<?, ?>) canonical.get("$extra")).get("completed_at"));
    Chat same = Chat.parse(chat.toWire().isEmpty() ? "{}" : Json.write(chat.toWire()));
    assertEquals(chat, same, "a view sent back reads the same");
    assertEquals(chat.hashCode(), same.hashCode());
  }

  @Test
  void unknownKeysAndNullsStayReachable() {
    Message m =
        Message.parse(
            "{\"content\":\"hi\",\"role\":null,\"brand_new\":{\"deep\":[true,\"x\"]},"
                + "\"huge\":12345678901234567890}");
    assertEquals("hi", m.content());
    assertNull(m.role());
    assertNull(m.id());
    assertEquals(Map.of("deep", List.of(true, "x")), m.extraField("brand_new"));
    assertEquals(
        "12345678901234567890", m.extraField("huge"), "integers past 2^53 keep their digits");
    assertEquals(List.of("brand_new", "huge"), new ArrayList<>(m.extraFields().keySet()));
    assertNull(m.extraField("absent"));
    assertEquals("hi", m.toWire().get("content"));
    assertEquals(
        Map.of("deep", List.of(true, "x")),
        m.toWire().get("brand_new"),
        "unknown keys sent inline");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1", "not json", ""})
  void malformedPayloadIsADecodeError(String text) {
    assertThrows(DecodeException.class, () -> Chat.parse(text));
  }

  @Test
  void messageEventsCarryAMessage() {
    ChatEvent e =
        chatEvent(
            ChatEvent.CONVERSATION_MESSAGE_DELTA,
            "{\"id\":\"m1\",\"chat_id\":\"7401\",\"role\":\"assistant\",\"type\":\"answer\",\"content\":\"Hi"
                + " 👋\",\"content_type\":\"text\",\"created_at\":\"17\"}");
    Message m = e.message();
    assertEquals("Hi 👋", m.content());
    assertEquals("assistant", m.role());
    assertEquals("answer", m.type());
    assertEquals("7401", m.chatId());
    assertEquals(17L, m.createdAt());
    assertSame(Message.class, e.data().getClass());
    assertNull(e.chat());
    assertEquals(ChatEvent.CONVERSATION_MESSAGE_DELTA, e.toMap().get("type"));
  }

  private static void assertSame(Class<?> want, Class<?> got) {
    assertEquals(want, got);
  }

  @Test
  void audioDeltaCarriesBase64() {
    ChatEvent e = chatEvent(ChatEvent.CONVERSATION_AUDIO_DELTA, AUDIO_DELTA);
    assertEquals("audio", e.message().contentType());
    assertArrayEquals(
        new byte[] {0, 1, 2, (byte) 0xfd, (byte) 0xfe, (byte) 0xff},
        Base64.getDecoder().decode(e.message().content()));
  }

  @Test
  void doneExposesTheDebugUrl() {
    ChatEvent done = chatEvent(ChatEvent.DONE, "{\"debug_url\":\"" + DEBUG_URL + "\"}");
    assertEquals(DEBUG_URL, done.doneEventData().debugUrl());
    assertNull(done.message());
  }

  @Test
  void workflowEvents() {
    WorkflowEvent e = workflowEvent(WorkflowEvent.MESSAGE, WORKFLOW_MESSAGE);
    WorkflowMessageEvent m = e.workflowMessageEvent();
    assertEquals("Hello", m.content());
    assertEquals("text", m.contentType());
    assertEquals("End", m.nodeTitle());
    assertEquals("0", m.nodeSeqId());
    assertTrue(m.nodeIsFinish());
    assertEquals(Map.of("k", "v"), m.ext());
    assertEquals(3L, m.usage().tokenCount());
    assertNull(e.workflowInterruptEvent());

    WorkflowInterruptData i =
        workflowEvent(WorkflowEvent.INTERRUPT, WORKFLOW_INTERRUPT)
            .workflowInterruptEvent()
            .interruptData();
    assertEquals("ev_7", i.eventId());
    assertEquals(2L, i.type());
    assertEquals("{\"question\":\"City?\"}", i.data());

    WorkflowEvent d = workflowEvent(WorkflowEvent.DONE, "{\"debug_url\":\"" + DEBUG_URL + "\"}");
    assertEquals(DEBUG_URL, d.doneEventData().debugUrl());
    WorkflowEvent ping = workflowEvent(WorkflowEvent.PING, "{}");
    assertEquals(Map.of(), ping.data(), "PING has no typed payload: a plain value");
  }

  @Test
  void workflowErrorEventEndsTheStream() {
    StreamException e =
        assertThrows(
            StreamException.class,
            () ->
                workflowEvent(
                    WorkflowEvent.ERROR,
                    "{\"error_code\":6006,\"error_message\":\"code node timed out\"}"));
    assertEquals(6006, e.code());
    assertEquals("code node timed out", e.message());
  }

  @Test
  void unknownEventsKeepTheirRawPayload() {
    StreamEvent u = event("workflows.runs.stream", "node_start", "{\"node\":\"n1\",\"n\":[1,2.5]}");
    assertInstanceOf(WorkflowEvent.class, u);
    assertEquals("node_start", u.type());
    assertEquals(-1, u.code());
    assertEquals(Map.of("node", "n1", "n", List.of(1L, 2.5)), u.data());
    assertNull(((WorkflowEvent) u).workflowMessageEvent());
  }

  // ---- end to end, on the fake server's routes for tool calls, audio and workflows

  static final String DEBUG_URL_PREFIX = "https://www.coze.com/work_flow?execute_id=";

  @RegisterExtension static final FakeCoze server = new FakeCoze();
  private static CozeClient client;

  @BeforeAll
  static void start() {
    client =
        CozeClient.builder().token("pat_java_events").baseUrl(server.baseUrl).maxRetries(0).build();
  }

  private static <E> List<E> readAll(io.cozecore.EventStream<E> stream) {
    List<E> events = new ArrayList<>();
    try (io.cozecore.EventStream<E> s = stream) {
      for (E e : s) events.add(e);
    }
    return events;
  }

  private static List<String> typesOf(List<? extends StreamEvent> events) {
    List<String> types = new ArrayList<>();
    for (StreamEvent e : events) types.add(e.type());
    return types;
  }

  private static String deltaText(List<ChatEvent> events) {
    StringBuilder text = new StringBuilder();
    for (ChatEvent e : events) {
      if (TestChats.delta(e) != null) text.append(TestChats.delta(e));
    }
    return text.toString();
  }

  private static Map<?, ?> logged(List<?> log, int i) {
    return (Map<?, ?>) log.get(i);
  }

  @Test
  void requiresActionThenSubmitToolOutputsStream() throws Exception {
    List<ChatEvent> events =
        readAll(client.chat().stream(TestChats.ask("tools", "weather in Paris?")));
    assertEquals(
        List.of(
            "conversation.chat.created",
            "conversation.chat.in_progress",
            "conversation.message.completed",
            "conversation.message.completed",
            "conversation.chat.requires_action",
            "done"),
        typesOf(events));
    assertEquals("function_call", events.get(2).message().type());
    assertEquals(
        "get_weather", JsonReader.parseObject(events.get(2).message().content()).get("name"));
    assertEquals("get_time", JsonReader.parseObject(events.get(3).message().content()).get("name"));
    Chat chat = events.get(4).chat();
    assertEquals("requires_action", chat.status());
    assertEquals("tools", chat.botId());
    List<ChatToolCall> calls = chat.requiredAction().submitToolOutputs().toolCalls();
    assertEquals(2, calls.size());
    assertEquals("get_weather", calls.get(0).function().name());
    assertEquals("{\"city\":\"Paris\"}", calls.get(0).function().arguments());
    assertEquals("{\"tz\":\"Europe/Paris\"}", calls.get(1).function().arguments());
    assertTrue(calls.get(0).id().startsWith("call_"), calls.get(0).id());
    assertNotEquals(calls.get(0).id(), calls.get(1).id());

    // Answer both calls: the chat goes on and answers with the outputs, in the order sent.
    Map<String, String> results = Map.of("get_weather", "sunny", "get_time", "12:00");
    List<ToolOutput> outputs = new ArrayList<>();
    for (ChatToolCall c : calls) {
      outputs.add(
          ToolOutput.builder().toolCallId(c.id()).output(results.get(c.function().name())).build());
    }
    ChatSubmitToolOutputsParams params =
        ChatSubmitToolOutputsParams.builder()
            .conversationId(chat.conversationId())
            .chatId(chat.id())
            .toolOutputs(outputs)
            .build();
    List<ChatEvent> rest = readAll(client.chat().submitToolOutputsStream(params));
    String answer = "Tool outputs: get_weather -> sunny; get_time -> 12:00";
    assertEquals(answer, deltaText(rest));
    List<String> types = typesOf(rest);
    assertEquals("conversation.chat.in_progress", types.get(0));
    assertEquals(
        List.of("conversation.message.completed", "conversation.chat.completed", "done"),
        types.subList(types.size() - 3, types.size()));
    Chat done = rest.get(rest.size() - 2).chat();
    assertEquals(chat.id(), done.id());
    assertEquals("completed", done.status());
    assertNull(done.requiredAction());

    List<?> log = server.requests();
    assertEquals(2, log.size());
    assertEquals("/v3/chat/submit_tool_outputs", logged(log, 1).get("path"));
    assertEquals(
        Map.of("conversation_id", chat.conversationId(), "chat_id", chat.id()),
        logged(log, 1).get("query"));
    Map<String, Object> body = JsonReader.parseObject((String) logged(log, 1).get("body"));
    assertEquals(Boolean.TRUE, body.get("stream"));
    assertEquals(
        List.of(
            Map.of("tool_call_id", calls.get(0).id(), "output", "sunny"),
            Map.of("tool_call_id", calls.get(1).id(), "output", "12:00")),
        body.get("tool_outputs"));

    // The outputs are taken once: submitting again is a bad request (Coze code 4000).
    BadRequestException again =
        assertThrows(BadRequestException.class, () -> client.chat().submitToolOutputs(params));
    assertEquals(4000, again.code());
    assertFalse(again.logid().isEmpty());
  }

  @Test
  void audioDeltasDecodeToTheAudioBytes() throws Exception {
    List<ChatEvent> events = readAll(client.chat().stream(TestChats.ask("audio", "sing")));
    ByteArrayOutputStream audio = new ByteArrayOutputStream();
    int n = 0;
    for (ChatEvent e : events) {
      if (!e.type().equals(ChatEvent.CONVERSATION_AUDIO_DELTA)) continue;
      n++;
      audio.write(Base64.getDecoder().decode(e.message().content()));
    }
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) i;
    assertEquals(4, n);
    assertArrayEquals(bytes, audio.toByteArray());
    assertEquals("Echo: sing", deltaText(events));
  }

  @Test
  void workflowStreamThenResume() throws Exception {
    List<WorkflowEvent> events =
        readAll(
            client.workflows().runs().stream(
                WorkflowsRunsStreamParams.builder()
                    .workflowId("interrupt")
                    .parameters(Map.of("input", "weather"))
                    .build()));
    // The echo in Message pieces, a PING after the first, and the Interrupt
    // that ends the stream (no Done: the run waits for input).
    assertTrue(events.size() >= 4, events.toString());
    assertEquals(WorkflowEvent.PING, events.get(1).type());
    assertEquals("0", events.get(0).id(), "the SSE id of each event");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < events.size() - 1; i++) {
      if (i == 1) continue;
      WorkflowMessageEvent m = events.get(i).workflowMessageEvent();
      assertEquals("Message", m.nodeTitle());
      assertEquals(i == events.size() - 2, m.nodeIsFinish());
      text.append(m.content());
    }
    assertEquals("Echo: weather", text.toString());
    WorkflowEvent interrupt = events.get(events.size() - 1);
    assertEquals(WorkflowEvent.INTERRUPT, interrupt.type());
    assertEquals("Question", interrupt.workflowInterruptEvent().nodeTitle());
    WorkflowInterruptData data = interrupt.workflowInterruptEvent().interruptData();
    assertEquals(2L, data.type());
    assertFalse(data.eventId().isEmpty());
    assertEquals(Map.of("question", "Which city?"), JsonReader.parseObject(data.data()));

    // Resume with what the Interrupt said: the run echoes the answer and ends with Done.
    WorkflowsRunsResumeParams resume =
        WorkflowsRunsResumeParams.builder()
            .workflowId("interrupt")
            .eventId(data.eventId())
            .resumeData("Paris")
            .interruptType(data.type())
            .build();
    List<WorkflowEvent> rest = readAll(client.workflows().runs().resume(resume));
    StringBuilder echoed = new StringBuilder();
    for (WorkflowEvent e : rest) {
      WorkflowMessageEvent m = e.workflowMessageEvent();
      if (m != null && m.nodeTitle().equals("Message")) echoed.append(m.content());
    }
    assertEquals("Echo: Paris", echoed.toString());
    WorkflowMessageEvent end = rest.get(rest.size() - 2).workflowMessageEvent();
    assertEquals("End", end.nodeTitle());
    assertTrue(end.nodeIsFinish());
    assertEquals(Map.of("output", "Echo: Paris"), JsonReader.parseObject(end.content()));
    Usage usage = end.usage();
    assertEquals(Map.of("token_count", 16L, "output_count", 11L, "input_count", 5L), usage.toMap());
    WorkflowEvent done = rest.get(rest.size() - 1);
    assertEquals(WorkflowEvent.DONE, done.type());
    assertTrue(done.doneEventData().debugUrl().startsWith(DEBUG_URL_PREFIX), done.toString());

    List<?> log = server.requests();
    assertEquals(2, log.size());
    assertEquals("/v1/workflow/stream_run", logged(log, 0).get("path"));
    assertEquals("/v1/workflow/stream_resume", logged(log, 1).get("path"));
    Map<String, Object> body = JsonReader.parseObject((String) logged(log, 1).get("body"));
    assertEquals(data.eventId(), body.get("event_id"));
    assertEquals(2L, body.get("interrupt_type"));
    assertEquals("Paris", body.get("resume_data"));

    // The run has gone on: the same event cannot be resumed again (Coze code 4200).
    NotFoundException again =
        assertThrows(
            NotFoundException.class, () -> readAll(client.workflows().runs().resume(resume)));
    assertEquals(4200, again.code());
  }

  @Test
  void lowerCaseWorkflowEventsAreTyped() throws Exception {
    List<WorkflowEvent> events =
        readAll(
            client.workflows().runs().stream(
                WorkflowsRunsStreamParams.builder()
                    .workflowId("lowercase")
                    .parameters(Map.of("input", "hi"))
                    .build()));
    StringBuilder text = new StringBuilder();
    for (WorkflowEvent e : events) {
      WorkflowMessageEvent m = e.workflowMessageEvent();
      if (m != null && m.nodeTitle().equals("Message")) text.append(m.content());
    }
    assertEquals("Echo: hi", text.toString());
    WorkflowEvent last = events.get(events.size() - 1);
    assertTrue(last.doneEventData().debugUrl().startsWith(DEBUG_URL_PREFIX), last.toString());
    assertTrue(last.type().equalsIgnoreCase(WorkflowEvent.DONE), last.type());
  }

  @Test
  void workflowErrorEventIsAStreamException() {
    List<String> seen = new ArrayList<>();
    StreamException e =
        assertThrows(
            StreamException.class,
            () -> {
              try (WorkflowStream s =
                  client.workflows().runs().stream(
                      WorkflowsRunsStreamParams.builder()
                          .workflowId("error")
                          .parameters(Map.of("input", "hello world"))
                          .build())) {
                for (WorkflowEvent ev : s) seen.add(ev.type());
              }
            });
    assertEquals(List.of("Message", "PING", "Message"), seen);
    assertEquals(6006, e.code());
    assertEquals("workflow code node timed out", e.message());
    assertFalse(e.retryable());

    // Run without streaming, the same failure is the answer's code.
    ApiException run =
        assertThrows(
            ApiException.class,
            () ->
                client
                    .workflows()
                    .runs()
                    .create(WorkflowsRunsCreateParams.builder().workflowId("error").build()));
    assertEquals(6006, run.code());
    assertFalse(run.logid().isEmpty());
  }

  @Test
  void workflowCreateAndWorkflowChat() throws Exception {
    WorkflowRunResult run =
        client
            .workflows()
            .runs()
            .create(
                WorkflowsRunsCreateParams.builder()
                    .workflowId("wf_echo")
                    .parameters(Map.of("input", "hello"))
                    .build());
    assertEquals(
        Map.of("output", "Echo: hello"), run.data(), "data sent as JSON text arrives parsed");
    assertFalse(run.executeId().isEmpty());
    assertEquals(DEBUG_URL_PREFIX + run.executeId() + "&workflow_id=wf_echo", run.debugUrl());
    assertEquals(16L, run.usage().tokenCount());
    assertFalse(run.responseLogid().isEmpty());

    List<ChatEvent> events =
        readAll(
            client.workflows().chat().stream(
                WorkflowsChatStreamParams.builder()
                    .workflowId("wf_echo")
                    .botId("b1")
                    .additionalMessages(List.of(TestChats.user("hi")))
                    .build()));
    assertEquals("Echo: hi", deltaText(events));
    Chat chat = events.get(events.size() - 2).chat();
    assertEquals("completed", chat.status());
    assertEquals("b1", chat.botId());
    assertEquals(2L, chat.usage().inputCount());
    assertEquals(
        DEBUG_URL_PREFIX + chat.id() + "&workflow_id=wf_echo",
        events.get(events.size() - 1).doneEventData().debugUrl());
    assertEquals("/v1/workflows/chat", logged(server.requests(), 1).get("path"));
  }

  @Test
  void chatCreateParamsCheckRequiredNames() {
    InvalidArgumentException e =
        assertThrows(
            InvalidArgumentException.class, () -> ChatCreateParams.builder().botId("b").build());
    assertTrue(e.getMessage().contains("user_id"), e.getMessage());
  }
}
