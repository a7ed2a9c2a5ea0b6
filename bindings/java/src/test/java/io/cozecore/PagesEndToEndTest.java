package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.internal.JsonReader;
import io.cozecore.model.Chat;
import io.cozecore.model.Conversation;
import io.cozecore.model.ListConversationsResult;
import io.cozecore.model.ListMessagesResult;
import io.cozecore.model.ListWorkspacesResult;
import io.cozecore.model.Message;
import io.cozecore.model.Workspace;
import io.cozecore.resources.ChatRetrieveParams;
import io.cozecore.resources.ConversationsCreateParams;
import io.cozecore.resources.ConversationsListParams;
import io.cozecore.resources.ConversationsMessagesCreateParams;
import io.cozecore.resources.ConversationsMessagesListParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pages and polling through the generated resources and the real driver against the fake Coze
 * server: the core's {@code <list op>.pages} flows behind {@code listPages(...)}, and {@code
 * chat.create_and_poll} behind {@code chat().createAndPoll(...)}.
 */
@Timeout(120)
class PagesEndToEndTest {
  static final String ECHO_BOT = "7300000000000000101";
  static final int MESSAGES = 250;

  @RegisterExtension static final FakeCoze server = new FakeCoze();
  private static CozeClient client;

  @BeforeAll
  static void start() {
    client =
        CozeClient.builder().token("pat_java_pages").baseUrl(server.baseUrl).maxRetries(0).build();
  }

  /** A conversation holding {@code n} user messages "m0".."m{n-1}", made in that order. */
  private static Conversation conversationWith(int n, List<String> ids) {
    Conversation c = client.conversations().create();
    for (int i = 0; i < n; i++) {
      Message m =
          client
              .conversations()
              .messages()
              .create(
                  ConversationsMessagesCreateParams.builder()
                      .conversationId(c.id())
                      .role("user")
                      .content("m" + i)
                      .contentType("text")
                      .build());
      ids.add(m.id());
    }
    return c;
  }

  /** The log entries of requests to {@code path}, oldest first. */
  private static List<Map<?, ?>> requestsTo(String path) throws Exception {
    List<Map<?, ?>> out = new ArrayList<>();
    for (Object e : server.requests()) {
      Map<?, ?> m = (Map<?, ?>) e;
      if (path.equals(m.get("path"))) out.add(m);
    }
    return out;
  }

  private static ConversationsMessagesListParams messagesOf(
      String conversationId, String order, int limit) {
    return ConversationsMessagesListParams.builder()
        .conversationId(conversationId)
        .order(order)
        .limit(limit)
        .build();
  }

  @Test
  void messagesInBothOrdersEachExactlyOnce() throws Exception {
    for (String order : List.of("desc", "asc")) {
      List<String> made = new ArrayList<>();
      Conversation c = conversationWith(MESSAGES, made);
      int before = requestsTo("/v1/conversation/message/list").size();
      List<String> seen = new ArrayList<>();
      List<String> contents = new ArrayList<>();
      try (Pager<ListMessagesResult, Message> pager =
          client.conversations().messages().listPages(messagesOf(c.id(), order, 50))) {
        for (Message m : pager) {
          seen.add(m.id());
          contents.add(m.content());
        }
      }
      List<String> expected = new ArrayList<>(made);
      if (order.equals("desc")) Collections.reverse(expected);
      assertEquals(MESSAGES, seen.size(), order);
      assertEquals(MESSAGES, new HashSet<>(seen).size(), order + ": each message once");
      assertEquals(expected, seen, order + ": the listing order");
      assertEquals(order.equals("desc") ? "m249" : "m0", contents.get(0));
      List<Map<?, ?>> lists = requestsTo("/v1/conversation/message/list");
      assertEquals(5, lists.size() - before, order + ": 250 messages, 50 a page, 5 requests");
      // Page k asks after page k-1's last id, in the caller's order.
      for (int k = 0; k < 5; k++) {
        Map<String, Object> body =
            JsonReader.parseObject((String) lists.get(before + k).get("body"));
        assertEquals(order, body.get("order"));
        assertEquals(50L, ((Number) body.get("limit")).longValue());
        if (k == 0) {
          assertFalse(body.containsKey("after_id"), "the first page has no cursor");
        } else {
          assertEquals(seen.get(50 * k - 1), body.get("after_id"), order + " page " + (k + 1));
        }
        assertFalse(body.containsKey("before_id"));
      }
    }
  }

  @Test
  void pagesCarryHasMoreAndLogids() throws Exception {
    List<String> made = new ArrayList<>();
    Conversation c = conversationWith(24, made);
    List<Integer> sizes = new ArrayList<>();
    List<Boolean> more = new ArrayList<>();
    Set<String> logids = new HashSet<>();
    try (Pager<ListMessagesResult, Message> pager =
        client.conversations().messages().listPages(messagesOf(c.id(), "asc", 10))) {
      for (Page<ListMessagesResult, Message> page : pager.pages()) {
        assertEquals(sizes.size() + 1, page.number());
        sizes.add(page.items().size());
        more.add(page.hasMore());
        assertNull(page.total(), "a message list has no total");
        assertFalse(page.logid().isEmpty());
        logids.add(page.logid());
        ListMessagesResult r = page.result();
        assertEquals(page.items().get(0).id(), r.firstId());
        assertEquals(page.items().get(page.items().size() - 1).id(), r.lastId());
      }
    }
    assertEquals(List.of(10, 10, 4), sizes);
    assertEquals(List.of(true, true, false), more);
    assertEquals(3, logids.size(), "each page has its own log id");
  }

  @Test
  void backwardsFromABeforeIdFollowsFirstId() throws Exception {
    List<String> made = new ArrayList<>();
    Conversation c = conversationWith(30, made);
    // asc, before the 21st message: the 20 before it, in pages of 10 walking backwards.
    List<String> seen = new ArrayList<>();
    try (Pager<ListMessagesResult, Message> pager =
        client
            .conversations()
            .messages()
            .listPages(
                ConversationsMessagesListParams.builder()
                    .conversationId(c.id())
                    .order("asc")
                    .beforeId(made.get(20))
                    .limit(10)
                    .build())) {
      pager.forEach(m -> seen.add(m.id()));
    }
    List<String> want = new ArrayList<>(made.subList(10, 20));
    want.addAll(made.subList(0, 10));
    assertEquals(want, seen);
    List<Map<?, ?>> lists = requestsTo("/v1/conversation/message/list");
    Map<String, Object> second = JsonReader.parseObject((String) lists.get(1).get("body"));
    assertEquals(made.get(10), second.get("before_id"), "before_id = the page's first_id");
  }

  @Test
  void conversationsListPages() throws Exception {
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      made.add(
          client
              .conversations()
              .create(ConversationsCreateParams.builder().botId(ECHO_BOT).name("c" + i).build())
              .id());
    }
    List<String> seen = new ArrayList<>();
    List<Boolean> more = new ArrayList<>();
    try (Pager<ListConversationsResult, Conversation> pager =
        client
            .conversations()
            .listPages(ConversationsListParams.builder().botId(ECHO_BOT).pageSize(3).build())) {
      for (Page<ListConversationsResult, Conversation> page : pager.pages()) {
        more.add(page.hasMore());
        for (Conversation conv : page.items()) seen.add(conv.id());
      }
    }
    Collections.reverse(made); // newest first
    assertEquals(made, seen);
    assertEquals(List.of(true, true, false), more);
    List<Map<?, ?>> lists = requestsTo("/v1/conversations");
    assertEquals(3, lists.size());
    for (int k = 0; k < 3; k++) {
      Map<?, ?> query = (Map<?, ?>) lists.get(k).get("query");
      assertEquals(String.valueOf(k + 1), query.get("page_num"));
      assertEquals("3", query.get("page_size"));
    }
    // The same pager iterated again pages from the start, as a stream this time.
    try (Pager<ListConversationsResult, Conversation> pager =
            client
                .conversations()
                .listPages(ConversationsListParams.builder().botId(ECHO_BOT).pageSize(3).build());
        Stream<Conversation> s = pager.stream()) {
      assertEquals(made, s.map(Conversation::id).collect(Collectors.toList()));
    }
  }

  @Test
  void workspacesPagesCarryTheTotal() {
    List<Long> totals = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (Pager<ListWorkspacesResult, Workspace> pager = client.workspaces().listPages()) {
      for (Page<ListWorkspacesResult, Workspace> page : pager.pages()) {
        totals.add(page.total());
        assertNull(page.hasMore(), "ListWorkspacesResult has no has_more");
        for (Workspace w : page.items()) ids.add(w.id());
      }
    }
    assertEquals(List.of("7300000000000000001", "7300000000000000002"), ids);
    assertEquals(2L, totals.get(0));
  }

  @Test
  void breakingOutEarlySendsNothingMoreAndFreesTheCall() throws Exception {
    List<String> made = new ArrayList<>();
    Conversation c = conversationWith(30, made);
    CozeClient.LiveHandles before = CozeClient.liveHandles();
    int taken = 0;
    try (Pager<ListMessagesResult, Message> pager =
        client.conversations().messages().listPages(messagesOf(c.id(), "asc", 10))) {
      assertEquals(before.calls(), CozeClient.liveHandles().calls(), "nothing starts before use");
      for (Message m : pager) {
        assertEquals(made.get(taken), m.id());
        if (++taken == 5) break;
      }
      assertEquals(1, requestsTo("/v1/conversation/message/list").size(), "one page asked for");
      assertTrue(CozeClient.liveHandles().calls() > before.calls(), "held until closed");
      // Items of the first page only: still no second request.
      Iterator<Message> again = pager.iterator();
      for (int i = 0; i < 10; i++) assertEquals(made.get(i), again.next().id());
      assertEquals(2, requestsTo("/v1/conversation/message/list").size(), "a second iteration");
    }
    // No call is left that could send anything later.
    assertEquals(before.calls(), CozeClient.liveHandles().calls(), "close frees the calls");
    assertEquals(2, requestsTo("/v1/conversation/message/list").size());

    // A stream closed after limit(12) read two pages and frees its call.
    try (Stream<Message> s =
        client.conversations().messages().listPages(messagesOf(c.id(), "asc", 10)).stream()) {
      assertEquals(made.subList(0, 12), s.limit(12).map(Message::id).collect(Collectors.toList()));
    }
    assertEquals(4, requestsTo("/v1/conversation/message/list").size());
    assertEquals(before.calls(), CozeClient.liveHandles().calls(), "the stream's close frees it");

    // A pager iterated to its end frees its call by itself.
    Pager<ListMessagesResult, Message> all =
        client.conversations().messages().listPages(messagesOf(c.id(), "asc", 10));
    int n = 0;
    for (Message m : all) n++;
    assertEquals(30, n);
    assertEquals(before.calls(), CozeClient.liveHandles().calls(), "ended calls are freed");
    all.close();
    assertThrows(IllegalStateException.class, all::iterator, "a closed pager does not restart");
  }

  @Test
  void anErrorOnPageThreeComesAfterTheItemsOfPagesOneAndTwo() throws Exception {
    List<String> made = new ArrayList<>();
    Conversation c = conversationWith(30, made);
    List<String> seen = new ArrayList<>();
    CozeClient.LiveHandles before = CozeClient.liveHandles();
    Pager<ListMessagesResult, Message> pager =
        client.conversations().messages().listPages(messagesOf(c.id(), "asc", 10));
    Iterator<Message> it = pager.iterator();
    CozeException e =
        assertThrows(
            CozeException.class,
            () -> {
              while (it.hasNext()) {
                seen.add(it.next().id());
                if (seen.size() == 20) {
                  // Page 3 is asked for only now: its request meets the fault.
                  server.faults(
                      "{\"status\": 400, \"headers\": {\"x-tt-logid\": \"lg-page3\"},"
                          + " \"body\": {\"code\": 4000, \"msg\": \"bad page\"}}");
                }
              }
            });
    assertEquals(made.subList(0, 20), seen, "pages 1 and 2 were handed out first");
    assertTrue(e instanceof BadRequestException, e.toString());
    assertEquals(4000, e.code());
    assertEquals("lg-page3", e.logid());
    assertEquals(3, requestsTo("/v1/conversation/message/list").size());
    assertFalse(it.hasNext(), "the iteration ended with its error");
    assertEquals(before.calls(), CozeClient.liveHandles().calls(), "a failed call is freed");
    pager.close();
  }

  @Test
  void createAndPollToCompletion() throws Exception {
    ChatPollResult r =
        client
            .chat()
            .createAndPoll(TestChats.ask(ECHO_BOT, "poll me"), Duration.ofMillis(50), null);
    Chat chat = r.chat();
    assertEquals("completed", chat.status());
    assertNotNull(chat.usage());
    assertTrue(chat.usage().tokenCount() > 0);
    assertEquals(1, r.messages().size());
    assertEquals("Echo: poll me", r.messages().get(0).content());
    assertEquals(chat.id(), r.messages().get(0).chatId());
    List<String> paths = new ArrayList<>();
    for (Object e : server.requests()) paths.add((String) ((Map<?, ?>) e).get("path"));
    assertEquals(List.of("/v3/chat", "/v3/chat/retrieve", "/v3/chat/message/list"), paths);
    Map<String, Object> create =
        JsonReader.parseObject((String) requestsTo("/v3/chat").get(0).get("body"));
    assertFalse(create.containsKey("poll_interval_ms"), "the interval is not sent");
    assertEquals(Boolean.FALSE, create.getOrDefault("stream", Boolean.FALSE));
  }

  @Test
  void aPollIntervalUnderAMillisecondCountsAsOne() {
    assertEquals(1, CozeClient.ceilMillis(Duration.ofNanos(1)));
    assertEquals(6, CozeClient.ceilMillis(Duration.ofMillis(5).plusNanos(1)));
    assertEquals(5, CozeClient.ceilMillis(Duration.ofMillis(5)));
    // 0.5 ms goes to the core as 1 ms, which it takes (0 ms it refuses).
    ChatPollResult r =
        client
            .chat()
            .createAndPoll(TestChats.ask(ECHO_BOT, "quick"), Duration.ofNanos(500_000), null);
    assertEquals("completed", r.chat().status());
    assertEquals("Echo: quick", r.messages().get(0).content());
  }

  @Test
  void createAndPollTimesOutAndCancelsTheChat() throws Exception {
    CozeClient.LiveHandles before = CozeClient.liveHandles();
    TimeoutException e =
        assertThrows(
            TimeoutException.class,
            () ->
                client
                    .chat()
                    .createAndPoll(
                        TestChats.ask("slow", "never done"),
                        Duration.ofMillis(100),
                        RequestOptions.builder().timeout(Duration.ofMillis(700)).build()));
    assertEquals("timeout", e.kind());
    // create, polls until the deadline, then one cancel and no message list
    assertEquals(1, requestsTo("/v3/chat").size());
    List<Map<?, ?>> retrieves = requestsTo("/v3/chat/retrieve");
    assertFalse(retrieves.isEmpty(), "polled before the deadline");
    List<Map<?, ?>> cancels = requestsTo("/v3/chat/cancel");
    assertEquals(1, cancels.size(), "chat.cancel was sent once");
    Map<String, Object> body = JsonReader.parseObject((String) cancels.get(0).get("body"));
    Map<?, ?> firstPoll = (Map<?, ?>) retrieves.get(0).get("query");
    assertEquals(firstPoll.get("chat_id"), body.get("chat_id"));
    assertEquals(firstPoll.get("conversation_id"), body.get("conversation_id"));
    assertEquals(0, requestsTo("/v3/chat/message/list").size());
    Chat after =
        client
            .chat()
            .retrieve(
                ChatRetrieveParams.builder()
                    .conversationId((String) body.get("conversation_id"))
                    .chatId((String) body.get("chat_id"))
                    .build());
    assertEquals("canceled", after.status(), "the server's chat was cancelled");
    assertEquals(before.calls(), CozeClient.liveHandles().calls());
  }

  @Test
  void createAndPollIsCancelledByInterrupt() throws Exception {
    CozeClient.LiveHandles before = CozeClient.liveHandles();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread t =
        new Thread(
            () -> {
              try {
                client
                    .chat()
                    .createAndPoll(TestChats.ask("slow", "wait"), Duration.ofMillis(100), null);
              } catch (Throwable x) {
                thrown.set(x);
              }
            });
    t.start();
    long deadline = System.currentTimeMillis() + 10_000;
    while (requestsTo("/v3/chat/retrieve").isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    t.interrupt();
    t.join(5000);
    assertFalse(t.isAlive());
    assertTrue(thrown.get() instanceof CancelledException, String.valueOf(thrown.get()));
    // The call is freed: nothing is left that could poll again.
    assertEquals(before.calls(), CozeClient.liveHandles().calls(), "no call left to poll");
    assertEquals(0, requestsTo("/v3/chat/message/list").size());
  }
}
