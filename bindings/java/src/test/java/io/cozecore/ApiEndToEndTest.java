package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.internal.JsonReader;
import io.cozecore.model.Bot;
import io.cozecore.model.Chat;
import io.cozecore.model.CloneVoiceResult;
import io.cozecore.model.Conversation;
import io.cozecore.model.CreateBotResult;
import io.cozecore.model.CreateDatasetResult;
import io.cozecore.model.Dataset;
import io.cozecore.model.Document;
import io.cozecore.model.DocumentBase;
import io.cozecore.model.DocumentProgress;
import io.cozecore.model.DocumentSourceInfo;
import io.cozecore.model.DuplicateTemplateResult;
import io.cozecore.model.File;
import io.cozecore.model.ListBotsResult;
import io.cozecore.model.ListConversationsResult;
import io.cozecore.model.ListDatasetsResult;
import io.cozecore.model.ListDocumentsResult;
import io.cozecore.model.ListMessagesResult;
import io.cozecore.model.ListPhotosResult;
import io.cozecore.model.ListVoicesResult;
import io.cozecore.model.ListWorkflowsResult;
import io.cozecore.model.ListWorkspacesResult;
import io.cozecore.model.Message;
import io.cozecore.model.Photo;
import io.cozecore.model.PublishBotResult;
import io.cozecore.model.RetrieveVariablesResult;
import io.cozecore.model.Room;
import io.cozecore.model.Section;
import io.cozecore.model.Transcription;
import io.cozecore.model.User;
import io.cozecore.model.VariableValue;
import io.cozecore.model.WorkflowInfo;
import io.cozecore.model.WorkflowNodeExecuteHistory;
import io.cozecore.model.WorkflowNodeExecuteStatus;
import io.cozecore.model.WorkflowRunHistory;
import io.cozecore.model.WorkflowRunResult;
import io.cozecore.model.Workspace;
import io.cozecore.resources.AudioRoomsCreateParams;
import io.cozecore.resources.AudioSpeechCreateParams;
import io.cozecore.resources.AudioTranscriptionsCreateParams;
import io.cozecore.resources.AudioVoicesCloneParams;
import io.cozecore.resources.AudioVoicesListParams;
import io.cozecore.resources.BotsCreateParams;
import io.cozecore.resources.BotsListParams;
import io.cozecore.resources.BotsListV1Params;
import io.cozecore.resources.BotsPublishParams;
import io.cozecore.resources.BotsRetrieveParams;
import io.cozecore.resources.BotsRetrieveV1Params;
import io.cozecore.resources.BotsUpdateParams;
import io.cozecore.resources.ChatCancelParams;
import io.cozecore.resources.ChatMessagesListParams;
import io.cozecore.resources.ChatRetrieveParams;
import io.cozecore.resources.ConversationsClearParams;
import io.cozecore.resources.ConversationsCreateParams;
import io.cozecore.resources.ConversationsDeleteParams;
import io.cozecore.resources.ConversationsListParams;
import io.cozecore.resources.ConversationsMessagesCreateParams;
import io.cozecore.resources.ConversationsMessagesDeleteParams;
import io.cozecore.resources.ConversationsMessagesFeedbackCreateParams;
import io.cozecore.resources.ConversationsMessagesFeedbackDeleteParams;
import io.cozecore.resources.ConversationsMessagesListParams;
import io.cozecore.resources.ConversationsMessagesRetrieveParams;
import io.cozecore.resources.ConversationsMessagesUpdateParams;
import io.cozecore.resources.ConversationsRetrieveParams;
import io.cozecore.resources.ConversationsUpdateParams;
import io.cozecore.resources.DatasetsCreateParams;
import io.cozecore.resources.DatasetsDeleteParams;
import io.cozecore.resources.DatasetsDocumentsCreateParams;
import io.cozecore.resources.DatasetsDocumentsDeleteParams;
import io.cozecore.resources.DatasetsDocumentsListParams;
import io.cozecore.resources.DatasetsDocumentsUpdateParams;
import io.cozecore.resources.DatasetsImagesListParams;
import io.cozecore.resources.DatasetsImagesUpdateParams;
import io.cozecore.resources.DatasetsListParams;
import io.cozecore.resources.DatasetsProcessParams;
import io.cozecore.resources.DatasetsUpdateParams;
import io.cozecore.resources.FilesRetrieveParams;
import io.cozecore.resources.FilesUploadParams;
import io.cozecore.resources.TemplatesDuplicateParams;
import io.cozecore.resources.VariablesRetrieveParams;
import io.cozecore.resources.VariablesUpdateParams;
import io.cozecore.resources.WorkflowsListParams;
import io.cozecore.resources.WorkflowsRetrieveParams;
import io.cozecore.resources.WorkflowsRunsCreateParams;
import io.cozecore.resources.WorkflowsRunsHistoriesExecuteNodesRetrieveParams;
import io.cozecore.resources.WorkflowsRunsHistoriesRetrieveParams;
import io.cozecore.resources.WorkspacesListParams;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation group of the API through the generated resources and the real driver against the
 * fake Coze server, reading typed fields from the answers; plus the parameter rules (unknown names,
 * extras, URL encoding).
 */
@Timeout(60)
class ApiEndToEndTest {
  static final String WORKSPACE = "7300000000000000001";
  static final String ECHO_BOT = "7300000000000000101";
  static final String ECHO_WORKFLOW = "7300000000000000201";
  static final String SYSTEM_VOICE = "7300000000000000301";
  static final String TEMPLATE = "7300000000000000401";

  @RegisterExtension static final FakeCoze server = new FakeCoze();
  private static CozeClient client;

  @BeforeAll
  static void start() {
    client =
        CozeClient.builder().token("pat_java_api").baseUrl(server.baseUrl).maxRetries(0).build();
  }

  /** The server's log entry of the last API request. */
  private static Map<?, ?> lastRequest() throws Exception {
    List<?> log = server.requests();
    return (Map<?, ?>) log.get(log.size() - 1);
  }

  private static Map<String, Object> lastBody() throws Exception {
    return JsonReader.parseObject((String) lastRequest().get("body"));
  }

  @Test
  void chatRetrieveCancelAndMessages() throws Exception {
    Chat chat = client.chat().create(TestChats.ask(ECHO_BOT, "hello"));
    assertEquals("in_progress", chat.status());
    Chat done =
        client
            .chat()
            .retrieve(
                ChatRetrieveParams.builder()
                    .conversationId(chat.conversationId())
                    .chatId(chat.id())
                    .build());
    assertEquals("completed", done.status());
    assertTrue(done.usage().tokenCount() > 0);
    List<Message> messages =
        client
            .chat()
            .messages()
            .list(
                ChatMessagesListParams.builder()
                    .conversationId(chat.conversationId())
                    .chatId(chat.id())
                    .build());
    assertEquals(1, messages.size());
    assertEquals("Echo: hello", messages.get(0).content());
    assertEquals(chat.id(), messages.get(0).chatId());

    // A slow chat is still running, so it can be cancelled; a finished one cannot.
    Chat slow = client.chat().create(TestChats.ask("slow", "take your time"));
    Chat cancelled =
        client
            .chat()
            .cancel(
                ChatCancelParams.builder()
                    .conversationId(slow.conversationId())
                    .chatId(slow.id())
                    .build());
    assertEquals("canceled", cancelled.status());
    assertEquals(slow.id(), cancelled.id());
    assertEquals(
        Map.of("conversation_id", slow.conversationId(), "chat_id", slow.id()), lastBody());
    CozeException again =
        assertThrows(
            CozeException.class,
            () ->
                client
                    .chat()
                    .cancel(
                        ChatCancelParams.builder()
                            .conversationId(done.conversationId())
                            .chatId(done.id())
                            .build()));
    assertEquals(4104, again.code());
  }

  @Test
  void conversations() throws Exception {
    Conversation c =
        client
            .conversations()
            .create(
                ConversationsCreateParams.builder()
                    .botId(ECHO_BOT)
                    .messages(List.of(TestChats.user("first question")))
                    .metaData(Map.of("k", "v"))
                    .build());
    assertFalse(c.id().isEmpty());
    assertEquals("first question", c.name());
    assertEquals(Map.of("k", "v"), c.metaData());
    assertEquals(c.id(), c.lastSectionId());

    Conversation got =
        client
            .conversations()
            .retrieve(ConversationsRetrieveParams.builder().conversationId(c.id()).build());
    assertEquals(c.id(), got.id());
    assertTrue(got.createdAt() > 0);

    Conversation renamed =
        client
            .conversations()
            .update(
                ConversationsUpdateParams.builder().conversationId(c.id()).name("renamed").build());
    assertEquals("renamed", renamed.name());
    assertEquals("PUT", lastRequest().get("method"));
    assertEquals("/v1/conversations/" + c.id(), lastRequest().get("path"));

    ListConversationsResult list =
        client.conversations().list(ConversationsListParams.builder().botId(ECHO_BOT).build());
    assertEquals(c.id(), list.conversations().get(0).id());
    assertFalse(list.hasMore());

    Section section =
        client
            .conversations()
            .clear(ConversationsClearParams.builder().conversationId(c.id()).build());
    assertEquals(c.id(), section.conversationId());
    assertFalse(section.id().equals(c.id()));

    client
        .conversations()
        .delete(ConversationsDeleteParams.builder().conversationId(c.id()).build());
    assertEquals("DELETE", lastRequest().get("method"));
    NotFoundException gone =
        assertThrows(
            NotFoundException.class,
            () ->
                client
                    .conversations()
                    .retrieve(
                        ConversationsRetrieveParams.builder().conversationId(c.id()).build()));
    assertEquals(4001, gone.code());
  }

  @Test
  void conversationMessagesAndFeedback() throws Exception {
    String conv = client.conversations().create().id();
    Message m1 =
        client
            .conversations()
            .messages()
            .create(
                ConversationsMessagesCreateParams.builder()
                    .conversationId(conv)
                    .role("user")
                    .content("one")
                    .contentType("text")
                    .build());
    assertEquals("question", m1.type());
    assertEquals(conv, m1.conversationId());
    Message m2 =
        client
            .conversations()
            .messages()
            .create(
                ConversationsMessagesCreateParams.builder()
                    .conversationId(conv)
                    .role("assistant")
                    .content("two")
                    .contentType("text")
                    .build());

    Message read =
        client
            .conversations()
            .messages()
            .retrieve(
                ConversationsMessagesRetrieveParams.builder()
                    .conversationId(conv)
                    .messageId(m1.id())
                    .build());
    assertEquals("one", read.content());
    Message changed =
        client
            .conversations()
            .messages()
            .update(
                ConversationsMessagesUpdateParams.builder()
                    .conversationId(conv)
                    .messageId(m1.id())
                    .content("uno")
                    .build());
    assertEquals("uno", changed.content(), "the answer's payload sits under message");

    ListMessagesResult page =
        client
            .conversations()
            .messages()
            .list(
                ConversationsMessagesListParams.builder()
                    .conversationId(conv)
                    .order("asc")
                    .limit(1)
                    .build());
    assertEquals(1, page.data().size());
    assertEquals(m1.id(), page.data().get(0).id());
    assertEquals(m1.id(), page.firstId());
    assertTrue(page.hasMore());
    ListMessagesResult next =
        client
            .conversations()
            .messages()
            .list(
                ConversationsMessagesListParams.builder()
                    .conversationId(conv)
                    .order("asc")
                    .limit(1)
                    .afterId(page.lastId())
                    .build());
    assertEquals(m2.id(), next.data().get(0).id());
    assertFalse(next.hasMore());

    client
        .conversations()
        .messages()
        .feedback()
        .create(
            ConversationsMessagesFeedbackCreateParams.builder()
                .conversationId(conv)
                .messageId(m2.id())
                .feedbackType("like")
                .comment("good")
                .build());
    assertEquals(
        "/v1/conversations/" + conv + "/messages/" + m2.id() + "/feedback",
        lastRequest().get("path"));
    assertEquals("like", lastBody().get("feedback_type"));
    client
        .conversations()
        .messages()
        .feedback()
        .delete(
            ConversationsMessagesFeedbackDeleteParams.builder()
                .conversationId(conv)
                .messageId(m2.id())
                .build());
    assertEquals("DELETE", lastRequest().get("method"));

    Message deleted =
        client
            .conversations()
            .messages()
            .delete(
                ConversationsMessagesDeleteParams.builder()
                    .conversationId(conv)
                    .messageId(m2.id())
                    .build());
    assertEquals(m2.id(), deleted.id());
    assertEquals(
        1,
        client
            .conversations()
            .messages()
            .list(ConversationsMessagesListParams.builder().conversationId(conv).build())
            .data()
            .size());
  }

  @Test
  void workflowsCatalogueRunsAndHistories() throws Exception {
    ListWorkflowsResult list =
        client.workflows().list(WorkflowsListParams.builder().workspaceId(WORKSPACE).build());
    assertTrue(
        list.items().stream().anyMatch(w -> w.workflowId().equals(ECHO_WORKFLOW)), list.toString());
    WorkflowInfo info =
        client
            .workflows()
            .retrieve(
                WorkflowsRetrieveParams.builder()
                    .workflowId(ECHO_WORKFLOW)
                    .includeInputOutput(true)
                    .build());
    assertEquals(ECHO_WORKFLOW, info.workflowDetail().workflowId());
    assertFalse(info.workflowDetail().workflowName().isEmpty());

    WorkflowRunResult run =
        client
            .workflows()
            .runs()
            .create(
                WorkflowsRunsCreateParams.builder()
                    .workflowId(ECHO_WORKFLOW)
                    .parameters(Map.of("input", "history"))
                    .build());
    List<WorkflowRunHistory> histories =
        client
            .workflows()
            .runs()
            .histories()
            .retrieve(
                WorkflowsRunsHistoriesRetrieveParams.builder()
                    .workflowId(ECHO_WORKFLOW)
                    .executeId(run.executeId())
                    .build());
    assertEquals(1, histories.size());
    WorkflowRunHistory h = histories.get(0);
    assertEquals(run.executeId(), h.executeId());
    assertEquals("Success", h.executeStatus());
    assertEquals(Map.of("output", "Echo: history"), JsonReader.parse(h.output()));
    WorkflowNodeExecuteStatus end = h.nodeExecuteStatus().get("900001");
    assertNotNull(end, h.toString());
    assertTrue(end.isFinish());
    WorkflowNodeExecuteHistory node =
        client
            .workflows()
            .runs()
            .histories()
            .executeNodes()
            .retrieve(
                WorkflowsRunsHistoriesExecuteNodesRetrieveParams.builder()
                    .workflowId(ECHO_WORKFLOW)
                    .executeId(run.executeId())
                    .nodeExecuteUuid(end.nodeExecuteUuid())
                    .build());
    assertTrue(node.isFinish());
    assertEquals(Map.of("output", "Echo: history"), JsonReader.parse(node.nodeOutput()));
  }

  @Test
  void botsV2AndV1() throws Exception {
    CreateBotResult made =
        client
            .bots()
            .create(
                BotsCreateParams.builder()
                    .spaceId(WORKSPACE)
                    .name("Helper")
                    .description("helps")
                    .build());
    String botId = made.botId();
    client.bots().update(BotsUpdateParams.builder().botId(botId).description("helps more").build());
    Bot draft = client.bots().retrieve(BotsRetrieveParams.builder().botId(botId).build());
    assertEquals("Helper", draft.name());
    assertEquals("helps more", draft.description());
    assertEquals("/v1/bots/" + botId, lastRequest().get("path"));

    PublishBotResult published =
        client
            .bots()
            .publish(
                BotsPublishParams.builder().botId(botId).connectorIds(List.of("1024")).build());
    assertEquals(botId, published.botId());
    assertEquals("1", published.version());

    ListBotsResult v2 = client.bots().list(BotsListParams.builder().workspaceId(WORKSPACE).build());
    assertTrue(
        v2.items().stream().anyMatch(b -> b.id().equals(botId) && b.isPublished()), v2.toString());
    assertEquals("/v1/bots", lastRequest().get("path"));

    // The v1 routes: published_bots_list answers space_bots, read as items (an alias).
    ListBotsResult v1 = client.bots().listV1(BotsListV1Params.builder().spaceId(WORKSPACE).build());
    assertEquals("/v1/space/published_bots_list", lastRequest().get("path"));
    assertTrue(v1.total() >= 1);
    assertFalse(v1.items().isEmpty());
    Bot online = client.bots().retrieveV1(BotsRetrieveV1Params.builder().botId(botId).build());
    assertEquals(botId, online.botId());
    assertEquals("/v1/bot/get_online_info", lastRequest().get("path"));
  }

  @Test
  void filesUploadAndRetrieve() throws Exception {
    byte[] data = {0, 1, 2, (byte) 0xff, 'x'};
    File f =
        client
            .files()
            .upload(
                FilesUploadParams.builder()
                    .file(data, "notes 📎.bin", "application/octet-stream")
                    .build());
    assertEquals(5L, f.bytes());
    assertEquals("notes 📎.bin", f.fileName());
    String contentType = (String) ((Map<?, ?>) lastRequest().get("headers")).get("content-type");
    assertTrue(contentType.startsWith("multipart/form-data"), contentType);
    File again = client.files().retrieve(FilesRetrieveParams.builder().fileId(f.id()).build());
    assertEquals(f, again);
  }

  @Test
  void datasetsDocumentsAndImages() throws Exception {
    CreateDatasetResult made =
        client
            .datasets()
            .create(
                DatasetsCreateParams.builder()
                    .name("kb")
                    .spaceId(WORKSPACE)
                    .formatType(0)
                    .description("docs")
                    .build());
    String kb = made.datasetId();
    client.datasets().update(DatasetsUpdateParams.builder().datasetId(kb).name("kb2").build());

    DocumentBase base =
        DocumentBase.builder()
            .name("a.txt")
            .sourceInfo(
                DocumentSourceInfo.builder()
                    .fileBase64(
                        Base64.getEncoder()
                            .encodeToString("hello knowledge".getBytes(StandardCharsets.UTF_8)))
                    .fileType("txt")
                    .build())
            .build();
    List<Document> docs =
        client
            .datasets()
            .documents()
            .create(
                DatasetsDocumentsCreateParams.builder()
                    .datasetId(kb)
                    .documentBases(List.of(base))
                    .build());
    assertEquals(1, docs.size());
    Document doc = docs.get(0);
    assertEquals("a.txt", doc.name());
    assertEquals(15L, doc.charCount());
    assertEquals(
        "str", ((Map<?, ?>) lastRequest().get("headers")).get("agw-js-conv"), "the fixed header");

    client
        .datasets()
        .documents()
        .update(
            DatasetsDocumentsUpdateParams.builder()
                .documentId(doc.documentId())
                .documentName("b.txt")
                .build());
    ListDocumentsResult listed =
        client
            .datasets()
            .documents()
            .list(DatasetsDocumentsListParams.builder().datasetId(kb).build());
    assertEquals(1L, listed.total());
    assertEquals("b.txt", listed.documentInfos().get(0).name());

    List<DocumentProgress> progress =
        client
            .datasets()
            .process(
                DatasetsProcessParams.builder()
                    .datasetId(kb)
                    .documentIds(List.of(doc.documentId()))
                    .build());
    assertEquals(100L, progress.get(0).progress());

    ListDatasetsResult all =
        client.datasets().list(DatasetsListParams.builder().spaceId(WORKSPACE).build());
    Dataset found =
        all.datasetList().stream().filter(d -> d.datasetId().equals(kb)).findFirst().orElseThrow();
    assertEquals("kb2", found.name());
    assertEquals(1L, found.docCount());

    client
        .datasets()
        .documents()
        .delete(
            DatasetsDocumentsDeleteParams.builder().documentIds(List.of(doc.documentId())).build());
    assertEquals(
        0L,
        client
            .datasets()
            .documents()
            .list(DatasetsDocumentsListParams.builder().datasetId(kb).build())
            .total());
    client.datasets().delete(DatasetsDeleteParams.builder().datasetId(kb).build());

    // An image knowledge base: its documents are photos with captions.
    String images =
        client
            .datasets()
            .create(
                DatasetsCreateParams.builder()
                    .name("pics")
                    .spaceId(WORKSPACE)
                    .formatType(2)
                    .build())
            .datasetId();
    File png =
        client
            .files()
            .upload(
                FilesUploadParams.builder()
                    .file(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "cat.png", "image/png")
                    .build());
    Document photoDoc =
        client
            .datasets()
            .documents()
            .create(
                DatasetsDocumentsCreateParams.builder()
                    .datasetId(images)
                    .formatType(2)
                    .documentBases(
                        List.of(
                            DocumentBase.builder()
                                .name("cat.png")
                                .sourceInfo(
                                    DocumentSourceInfo.builder().sourceFileId(png.id()).build())
                                .build()))
                    .build())
            .get(0);
    client
        .datasets()
        .images()
        .update(
            DatasetsImagesUpdateParams.builder()
                .datasetId(images)
                .documentId(photoDoc.documentId())
                .caption("a cat")
                .build());
    ListPhotosResult photos =
        client
            .datasets()
            .images()
            .list(DatasetsImagesListParams.builder().datasetId(images).keyword("cat").build());
    assertEquals(1L, photos.totalCount());
    Photo photo = photos.photoInfos().get(0);
    assertEquals("a cat", photo.caption());
    assertEquals(photoDoc.documentId(), photo.documentId());
  }

  @Test
  void audioSpeechTranscriptionsVoicesRooms() throws Exception {
    BinaryResponse speech =
        client
            .audio()
            .speech()
            .create(
                AudioSpeechCreateParams.builder().input("hi there").voiceId(SYSTEM_VOICE).build());
    assertEquals("audio/mpeg", speech.contentType());
    byte[] id3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0};
    assertArrayEquals(id3, Arrays.copyOf(speech.data(), id3.length));
    assertEquals(
        "hi there",
        new String(
            speech.data(), id3.length, speech.data().length - id3.length, StandardCharsets.UTF_8));
    assertFalse(speech.logid().isEmpty());

    Transcription text =
        client
            .audio()
            .transcriptions()
            .create(
                AudioTranscriptionsCreateParams.builder()
                    .file(speech.data(), "speech.mp3", "audio/mpeg")
                    .build());
    assertEquals("hi there", text.text());

    ListVoicesResult voices = client.audio().voices().list();
    assertTrue(
        voices.voiceList().stream()
            .anyMatch(v -> v.voiceId().equals(SYSTEM_VOICE) && v.isSystemVoice()));
    CloneVoiceResult cloned =
        client
            .audio()
            .voices()
            .clone(
                AudioVoicesCloneParams.builder()
                    .voiceName("mine")
                    .audioFormat("wav")
                    .file(new byte[] {1, 2, 3, 4}, "me.wav", "audio/wav")
                    .build());
    assertFalse(cloned.voiceId().isEmpty());
    ListVoicesResult mine =
        client
            .audio()
            .voices()
            .list(AudioVoicesListParams.builder().filterSystemVoice(true).build());
    assertTrue(
        mine.voiceList().stream().anyMatch(v -> v.voiceId().equals(cloned.voiceId())),
        mine.toString());

    Room room =
        client
            .audio()
            .rooms()
            .create(AudioRoomsCreateParams.builder().botId(ECHO_BOT).uid("u-7").build());
    assertFalse(room.roomId().isEmpty());
    assertEquals("u-7", room.uid());
    assertFalse(room.token().isEmpty());
  }

  @Test
  void workspacesVariablesTemplatesUsers() throws Exception {
    ListWorkspacesResult ws =
        client.workspaces().list(WorkspacesListParams.builder().pageSize(10).build());
    assertEquals(2L, ws.totalCount());
    Workspace personal = ws.workspaces().get(0);
    assertEquals(WORKSPACE, personal.id());
    assertEquals("personal", personal.workspaceType());

    client
        .variables()
        .update(
            VariablesUpdateParams.builder()
                .botId(ECHO_BOT)
                .connectorUid("u-1")
                .data(
                    List.of(
                        VariableValue.builder().keyword("city").value("Paris").build(),
                        VariableValue.builder().keyword("lang").value("fr").build()))
                .build());
    RetrieveVariablesResult vars =
        client
            .variables()
            .retrieve(
                VariablesRetrieveParams.builder()
                    .botId(ECHO_BOT)
                    .connectorUid("u-1")
                    .keywords("city")
                    .build());
    assertEquals(1, vars.items().size());
    assertEquals("Paris", vars.items().get(0).value());

    DuplicateTemplateResult dup =
        client
            .templates()
            .duplicate(
                TemplatesDuplicateParams.builder()
                    .templateId(TEMPLATE)
                    .workspaceId(WORKSPACE)
                    .name("my copy")
                    .build());
    assertEquals("agent", dup.entityType());
    assertEquals(
        "my copy",
        client.bots().retrieve(BotsRetrieveParams.builder().botId(dup.entityId()).build()).name());

    User me = client.users().me();
    assertEquals("7300000000000000010", me.userId());
    assertEquals("Fake User", me.nickName());
  }

  // ---- parameters

  @Test
  void theGenericCallPassesUnknownNamesThroughAndBuildersCheckRequiredOnes() throws Exception {
    // A name the description lacks goes out as it is (the query of a GET).
    client.call("users.me", Map.of("no_such_parameter", 1));
    assertEquals("1", ((Map<?, ?>) lastRequest().get("query")).get("no_such_parameter"));
    // The typed builders have no such name at all; their required names are checked.
    assertThrows(
        InvalidArgumentException.class, () -> ConversationsRetrieveParams.builder().build());
  }

  @Test
  void extraHeadersQueryAndBodyGoOut() throws Exception {
    RequestOptions opts =
        RequestOptions.builder()
            .extraHeaders(Map.of("X-Extra-Header", "h1"))
            .extraQuery("beta", "yes & no")
            .extraBody("new_field", List.of(1, "two"))
            .extraBody(Map.of("flag", true))
            .build();
    Chat chat = client.chat().create(TestChats.ask(ECHO_BOT, "extras"), opts);
    assertEquals("in_progress", chat.status());
    Map<?, ?> req = lastRequest();
    assertEquals("h1", ((Map<?, ?>) req.get("headers")).get("x-extra-header"));
    assertEquals("yes & no", ((Map<?, ?>) req.get("query")).get("beta"));
    Map<String, Object> body = lastBody();
    assertEquals(List.of(1L, "two"), body.get("new_field"));
    assertEquals(Boolean.TRUE, body.get("flag"));
    assertEquals(ECHO_BOT, body.get("bot_id"), "the operation's own parameters stay");
  }

  @Test
  void pathValuesAreUrlEncoded() throws Exception {
    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () ->
                client
                    .conversations()
                    .update(
                        ConversationsUpdateParams.builder()
                            .conversationId("a/b c?d")
                            .name("x")
                            .build()));
    assertEquals(400, e.httpStatus());
    String path = (String) lastRequest().get("path");
    assertTrue(path.startsWith("/v1/conversations/a%2F"), path);
    assertFalse(
        path.contains(" ")
            || path.contains("?")
            || path.substring("/v1/conversations/".length()).contains("/"),
        path);
    assertTrue(path.endsWith("d"), path);
  }

  @Test
  void genericCallsReturnTypedViews() {
    assertInstanceOf(User.class, client.call("users.me", Map.of()));
    Chat chat = client.chat().create(TestChats.ask(ECHO_BOT, "generic"));
    Object list =
        client.call(
            "chat.messages.list",
            Map.of("conversation_id", chat.conversationId(), "chat_id", chat.id()));
    assertInstanceOf(List.class, list);
    Message m = assertInstanceOf(Message.class, ((List<?>) list).get(0));
    assertEquals("Echo: generic", m.content());
    assertNull(
        client.call("conversations.delete", Map.of("conversation_id", chat.conversationId())),
        "an operation without a result");
  }
}
