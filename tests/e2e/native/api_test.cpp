// End to end over the whole API: one test per operation group, each through
// the generated resources and the libcurl driver against the fake Coze
// server (tests/fake_coze/README.md), reading typed fields from the answers;
// then the per-call options that reach the wire and the parameter rules.
#include <gtest/gtest.h>

#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <type_traits>
#include <vector>

#include "coze/client.h"
#include "fake_server.h"

using json = nlohmann::json;

namespace {

const char* const kToken = "pat_api_test_token";
// Seed resources of the fake server.
const char* const kWorkspace = "7300000000000000001";
const char* const kEchoBot = "7300000000000000101";
const char* const kSlowBot = "7300000000000000104";
const char* const kEchoWorkflow = "7300000000000000201";
const char* const kTemplate = "7300000000000000401";
const char* const kVoice = "7300000000000000301";

using coze_test::control;

json requests_log() { return json::parse(control("GET", "/_fake/requests")); }

std::string str(const std::optional<std::string>& s) { return s.value_or(""); }

template <typename Fn>
coze::Error expect_error(Fn fn) {
  try {
    fn();
  } catch (const coze::CozeError& e) {
    return e.error();
  }
  ADD_FAILURE() << "no CozeError was thrown";
  return coze::Error();
}

class Api : public ::testing::Test {
 protected:
  void SetUp() override { control("POST", "/_fake/reset"); }

  static coze::ClientConfig config() {
    coze::ClientConfig c;
    c.base_url = coze_test::suite_server().base_url();
    c.token = kToken;
    return c;
  }

  coze::CozeClient client{config()};
};

TEST_F(Api, ChatCreateRetrieveCancelAndMessages) {
  coze::ChatRequest req;
  req.bot_id = kSlowBot;
  req.user_id = "u1";
  req.additional_messages = {coze::user_message("take your time")};
  coze::model::Chat chat = client.chat().create(req);
  ASSERT_FALSE(chat.is_null());
  EXPECT_EQ(chat.bot_id(), kSlowBot);

  coze::model::Chat again = client.chat().retrieve({str(chat.conversation_id()), str(chat.id())});
  EXPECT_EQ(again.id(), chat.id());
  EXPECT_TRUE(again.status().has_value());

  coze::model::Chat cancelled = client.chat().cancel({str(chat.conversation_id()), str(chat.id())});
  EXPECT_EQ(cancelled.status(), "canceled");
  // A finished chat cannot be cancelled again: a business code, kept on the error.
  coze::Error e = expect_error([&] { client.chat().cancel({str(chat.conversation_id()), str(chat.id())}); });
  EXPECT_EQ(e.code, 4104);

  // An echo chat, streamed, then its messages.
  req.bot_id = kEchoBot;
  req.additional_messages = {coze::user_message("list")};
  coze::model::Chat done;
  client.chat().stream(req, [&](const coze::ChatEvent& ev) {
    if (auto c = ev.chat()) done = *c;
  });
  std::vector<coze::model::Message> messages =
      client.chat().messages().list({str(done.conversation_id()), str(done.id())});
  ASSERT_FALSE(messages.empty());
  EXPECT_EQ(messages.back().content(), "Echo: list");
  EXPECT_EQ(messages.back().chat_id(), done.id());
}

TEST_F(Api, Conversations) {
  coze::params::ConversationsCreate create;
  create.bot_id = kEchoBot;
  create.messages = {coze::user_message("first words")};
  create.meta_data = std::map<std::string, std::string>{{"k", "v"}};
  coze::model::Conversation conv = client.conversations().create(create);
  const std::string id = str(conv.id());
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(conv.name(), "first words");
  EXPECT_EQ(conv.meta_data()->at("k"), "v");
  EXPECT_EQ(conv.last_section_id(), id);
  EXPECT_GT(conv.created_at().value_or(0), 0);

  EXPECT_EQ(client.conversations().retrieve({id}).id(), id);

  coze::params::ConversationsUpdate rename;
  rename.conversation_id = id;
  rename.name = "renamed";
  EXPECT_EQ(client.conversations().update(rename).name(), "renamed");

  coze::params::ConversationsList list;
  list.bot_id = kEchoBot;
  coze::model::ListConversationsResult page = client.conversations().list(list);
  ASSERT_EQ(page.conversations()->size(), 1u);
  EXPECT_EQ(page.conversations()->at(0).name(), "renamed");
  EXPECT_EQ(page.has_more(), false);

  coze::model::Section section = client.conversations().clear({id});
  EXPECT_EQ(section.conversation_id(), id);
  EXPECT_NE(section.id(), id);

  client.conversations().delete_({id});
  coze::Error gone = expect_error([&] { client.conversations().retrieve({id}); });
  EXPECT_EQ(gone.kind, "not_found");
  EXPECT_EQ(gone.code, 4001);
}

TEST_F(Api, ConversationMessagesAndFeedback) {
  const std::string conv = str(client.conversations().create({}).id());

  coze::params::ConversationsMessagesCreate create;
  create.conversation_id = conv;
  create.role = "user";
  create.content = "hello";
  create.content_type = "text";
  coze::model::Message m1 = client.conversations().messages().create(create);
  EXPECT_EQ(m1.type(), "question");
  EXPECT_EQ(m1.chat_id(), "0");
  create.role = "assistant";
  create.content = "hi there";
  coze::model::Message m2 = client.conversations().messages().create(create);
  EXPECT_EQ(m2.type(), "answer");

  EXPECT_EQ(client.conversations().messages().retrieve({conv, str(m1.id())}).content(), "hello");

  coze::params::ConversationsMessagesUpdate update;
  update.conversation_id = conv;
  update.message_id = str(m1.id());
  update.content = "hello again";
  // The answer carries the message under `message`, not `data`.
  EXPECT_EQ(client.conversations().messages().update(update).content(), "hello again");

  coze::params::ConversationsMessagesList list;
  list.conversation_id = conv;
  list.order = "asc";
  list.limit = 1;
  coze::model::ListMessagesResult page = client.conversations().messages().list(list);
  ASSERT_EQ(page.data()->size(), 1u);
  EXPECT_EQ(page.data()->at(0).content(), "hello again");
  EXPECT_EQ(page.has_more(), true);
  list.after_id = page.last_id();
  page = client.conversations().messages().list(list);
  ASSERT_EQ(page.data()->size(), 1u);
  EXPECT_EQ(page.data()->at(0).id(), m2.id());
  EXPECT_EQ(page.has_more(), false);

  coze::params::ConversationsMessagesFeedbackCreate feedback;
  feedback.conversation_id = conv;
  feedback.message_id = str(m2.id());
  feedback.feedback_type = "like";
  feedback.comment = "nice";
  client.conversations().messages().feedback().create(feedback);
  client.conversations().messages().feedback().delete_({conv, str(m2.id())});
  EXPECT_EQ(expect_error([&] {
              client.conversations().messages().feedback().delete_({conv, str(m2.id())});
            }).code,
            4200);

  EXPECT_EQ(client.conversations().messages().delete_({conv, str(m1.id())}).id(), m1.id());
  coze::Error gone = expect_error([&] { client.conversations().messages().retrieve({conv, str(m1.id())}); });
  EXPECT_EQ(gone.code, 4005);

  json log = requests_log();
  bool saw_feedback = false;
  for (const json& r : log) {
    if (r["method"] == "POST" && r["path"] == "/v1/conversations/" + conv + "/messages/" + str(m2.id()) + "/feedback") {
      saw_feedback = true;
      EXPECT_EQ(json::parse(r["body"].get<std::string>()), json({{"feedback_type", "like"}, {"comment", "nice"}}));
    }
  }
  EXPECT_TRUE(saw_feedback);
}

TEST_F(Api, WorkflowsCatalogueRunsAndHistories) {
  coze::params::WorkflowsList list;
  list.workspace_id = kWorkspace;
  list.workflow_mode = "workflow";
  coze::model::ListWorkflowsResult workflows = client.workflows().list(list);
  ASSERT_TRUE(workflows.items());
  ASSERT_GE(workflows.items()->size(), 2u);
  EXPECT_EQ(workflows.items()->at(0).workflow_id(), kEchoWorkflow);
  EXPECT_EQ(workflows.items()->at(0).workflow_name(), "echo");

  coze::params::WorkflowsRetrieve retrieve;
  retrieve.workflow_id = kEchoWorkflow;
  retrieve.include_input_output = true;
  coze::model::WorkflowInfo info = client.workflows().retrieve(retrieve);
  EXPECT_EQ(info.workflow_detail()->workflow_name(), "echo");
  EXPECT_TRUE(info.input());

  coze::params::WorkflowsRunsCreate run;
  run.workflow_id = kEchoWorkflow;
  run.parameters = coze::Json::object().set("input", "history");
  coze::model::WorkflowRunResult result = client.workflows().runs().create(run);
  const std::string execute_id = str(result.execute_id());
  ASSERT_FALSE(execute_id.empty());
  EXPECT_EQ(json::parse(result.data()->to_json()), json({{"output", "Echo: history"}}));

  std::vector<coze::model::WorkflowRunHistory> histories =
      client.workflows().runs().histories().retrieve({kEchoWorkflow, execute_id});
  ASSERT_EQ(histories.size(), 1u);
  const coze::model::WorkflowRunHistory& h = histories[0];
  EXPECT_EQ(h.execute_id(), execute_id);
  EXPECT_EQ(h.execute_status(), "Success");
  EXPECT_EQ(h.run_mode(), 0);
  EXPECT_EQ(json::parse(str(h.output())), json({{"output", "Echo: history"}}));
  ASSERT_TRUE(h.node_execute_status());
  auto end_node = h.node_execute_status()->at("900001");
  std::string uuid = str(end_node.node_execute_uuid());
  ASSERT_FALSE(uuid.empty());

  coze::model::WorkflowNodeExecuteHistory node =
      client.workflows().runs().histories().execute_nodes().retrieve({kEchoWorkflow, execute_id, uuid});
  EXPECT_EQ(node.is_finish(), true);
  EXPECT_EQ(json::parse(str(node.node_output())), json({{"output", "Echo: history"}}));
}

TEST_F(Api, BotsV2AndV1) {
  coze::params::BotsCreate create;
  create.space_id = kWorkspace;
  create.name = "made by a test";
  coze::input::BotPromptInfo prompt;
  prompt.prompt = "be brief";
  create.prompt_info = prompt;
  const std::string bot = str(client.bots().create(create).bot_id());
  ASSERT_FALSE(bot.empty());

  coze::params::BotsUpdate update;
  update.bot_id = bot;
  update.description = "updated";
  client.bots().update(update);

  coze::model::Bot draft = client.bots().retrieve({bot});
  EXPECT_EQ(draft.name(), "made by a test");
  EXPECT_EQ(draft.description(), "updated");
  EXPECT_EQ(draft.prompt_info()->prompt(), "be brief");
  EXPECT_EQ(draft.version(), "0");
  // Not published yet: the v1 endpoint answers code 4015.
  EXPECT_EQ(expect_error([&] { client.bots().retrieve_v1({bot}); }).code, 4015);

  coze::model::PublishBotResult published = client.bots().publish({bot, {"1024"}});
  EXPECT_EQ(published.version(), "1");
  EXPECT_EQ(client.bots().retrieve_v1({bot}).name(), "made by a test");

  coze::params::BotsList list;
  list.workspace_id = kWorkspace;
  coze::model::ListBotsResult page = client.bots().list(list);
  ASSERT_TRUE(page.items());
  EXPECT_GE(page.total().value_or(0), 5);
  bool found = false;
  std::vector<coze::model::SimpleBot> items = page.items().value();
  for (const auto& item : items) found = found || item.id() == bot;
  EXPECT_TRUE(found);

  // v1 list: the answer's `space_bots` is read as `items` (an alias).
  coze::model::ListBotsResult v1 = client.bots().list_v1({kWorkspace});
  ASSERT_TRUE(v1.items());
  ASSERT_FALSE(v1.items()->empty());
  EXPECT_EQ(v1.items()->at(0).id(), kEchoBot);                 // sent as bot_id
  EXPECT_EQ(v1.items()->at(0).name(), "Echo bot");             // sent as bot_name
  EXPECT_GT(v1.items()->at(0).published_at().value_or(0), 0);  // sent as publish_time, a text

  // bots.list with a space_id runs bots.list_v1 (the official SDKs' switch).
  coze::AnyView switched = client.call("bots.list", json({{"space_id", kWorkspace}}).dump());
  EXPECT_EQ(requests_log().back()["path"], "/v1/space/published_bots_list");
  EXPECT_EQ(switched.get("items").size(), v1.items()->size());
}

TEST_F(Api, FilesUploadAndRetrieve) {
  coze::params::FilesUpload upload;
  upload.file.data = std::string("bin\0ary \xff bytes", 15);
  upload.file.filename = "notes.bin";
  coze::model::File file = client.files().upload(upload);
  EXPECT_EQ(file.bytes(), 15);
  EXPECT_EQ(file.file_name(), "notes.bin");
  ASSERT_TRUE(file.id());
  coze::model::File again = client.files().retrieve({*file.id()});
  EXPECT_EQ(again.id(), file.id());
  EXPECT_EQ(again.bytes(), 15);
  std::string content_type = requests_log()[0]["headers"].value("content-type", "");
  EXPECT_EQ(content_type.rfind("multipart/form-data", 0), 0u) << content_type;
}

TEST_F(Api, DatasetsAndDocuments) {
  coze::params::DatasetsCreate create;
  create.name = "kb";
  create.space_id = kWorkspace;
  create.format_type = 0;
  const std::string dataset = str(client.datasets().create(create).dataset_id());
  ASSERT_FALSE(dataset.empty());

  coze::params::DatasetsDocumentsCreate docs;
  docs.dataset_id = dataset;
  coze::input::DocumentBase base;
  base.name = "readme.txt";
  coze::input::DocumentSourceInfo source;
  source.file_base64 = "aGVsbG8gd29ybGQ=";  // "hello world"
  source.file_type = "txt";
  base.source_info = source;
  docs.document_bases = {base};
  std::vector<coze::model::Document> created = client.datasets().documents().create(docs);
  ASSERT_EQ(created.size(), 1u);
  EXPECT_EQ(created[0].name(), "readme.txt");
  EXPECT_EQ(created[0].char_count(), 11);
  const std::string doc = str(created[0].document_id());

  coze::params::DatasetsDocumentsUpdate rename;
  rename.document_id = doc;
  rename.document_name = "README.txt";
  client.datasets().documents().update(rename);

  coze::params::DatasetsDocumentsList docs_list;
  docs_list.dataset_id = dataset;
  coze::model::ListDocumentsResult listed = client.datasets().documents().list(docs_list);
  EXPECT_EQ(listed.total(), 1);
  EXPECT_EQ(listed.document_infos()->at(0).name(), "README.txt");

  std::vector<coze::model::DocumentProgress> progress = client.datasets().process({dataset, {doc}});
  ASSERT_EQ(progress.size(), 1u);
  EXPECT_EQ(progress[0].progress(), 100);

  coze::params::DatasetsList list;
  list.space_id = kWorkspace;
  coze::model::ListDatasetsResult kbs = client.datasets().list(list);
  ASSERT_EQ(kbs.dataset_list()->size(), 1u);
  EXPECT_EQ(kbs.dataset_list()->at(0).doc_count(), 1);
  EXPECT_EQ(kbs.dataset_list()->at(0).file_list()->at(0), "README.txt");

  coze::params::DatasetsUpdate update;
  update.dataset_id = dataset;
  update.name = "kb2";
  client.datasets().update(update);
  EXPECT_EQ(client.datasets().list(list).dataset_list()->at(0).name(), "kb2");

  client.datasets().documents().delete_({{doc}});
  EXPECT_EQ(client.datasets().documents().list(docs_list).total(), 0);
  client.datasets().delete_({dataset});
  EXPECT_EQ(client.datasets().list(list).total_count(), 0);

  // Every document route carried the fixed header of the description.
  int document_routes = 0;
  for (const json& r : requests_log()) {
    if (r["path"].get<std::string>().rfind("/open_api/knowledge/document/", 0) == 0) {
      ++document_routes;
      EXPECT_EQ(r["headers"].value("agw-js-conv", ""), "str") << r["path"];
    }
  }
  EXPECT_EQ(document_routes, 5);
}

TEST_F(Api, DatasetImages) {
  coze::params::DatasetsCreate create;
  create.name = "pictures";
  create.space_id = kWorkspace;
  create.format_type = 2;
  const std::string dataset = str(client.datasets().create(create).dataset_id());
  coze::params::DatasetsDocumentsCreate docs;
  docs.dataset_id = dataset;
  coze::input::DocumentBase base;
  base.name = "cat.png";
  coze::input::DocumentSourceInfo source;
  source.file_base64 = "iVBORw0KGgo=";
  source.file_type = "png";
  base.source_info = source;
  docs.document_bases = {base};
  docs.format_type = 2;
  const std::string doc = str(client.datasets().documents().create(docs).at(0).document_id());

  client.datasets().images().update({dataset, doc, "a sleeping cat"});
  coze::params::DatasetsImagesList list;
  list.dataset_id = dataset;
  list.keyword = "cat";
  coze::model::ListPhotosResult photos = client.datasets().images().list(list);
  EXPECT_EQ(photos.total_count(), 1);
  ASSERT_EQ(photos.photo_infos()->size(), 1u);
  EXPECT_EQ(photos.photo_infos()->at(0).caption(), "a sleeping cat");
  EXPECT_EQ(photos.photo_infos()->at(0).document_id(), doc);
  list.keyword = "dog";
  EXPECT_EQ(client.datasets().images().list(list).total_count(), 0);
}

TEST_F(Api, AudioSpeechTranscriptionsVoicesRooms) {
  coze::params::AudioSpeechCreate speech;
  speech.input = "hello audio";
  speech.voice_id = kVoice;
  coze::Binary audio = client.audio().speech().create(speech);
  EXPECT_EQ(audio.content_type, "audio/mpeg");
  const std::string id3("ID3\x04\x00\x00\x00\x00\x00\x00", 10);
  EXPECT_EQ(audio.data, id3 + "hello audio");

  coze::params::AudioTranscriptionsCreate transcribe;
  transcribe.file.data = audio.data;
  transcribe.file.filename = "speech.mp3";
  transcribe.file.content_type = "audio/mpeg";
  EXPECT_EQ(client.audio().transcriptions().create(transcribe).text(), "hello audio");

  coze::model::ListVoicesResult voices = client.audio().voices().list({});
  ASSERT_GE(voices.voice_list()->size(), 2u);
  EXPECT_EQ(voices.voice_list()->at(0).voice_id(), kVoice);
  EXPECT_EQ(voices.voice_list()->at(0).is_system_voice(), true);

  coze::params::AudioVoicesClone clone;
  clone.voice_name = "my voice";
  clone.audio_format = "wav";
  clone.file.data = std::string("RIFF....WAVE", 12);
  clone.file.filename = "sample.wav";
  const std::string cloned = str(client.audio().voices().clone(clone).voice_id());
  ASSERT_FALSE(cloned.empty());
  coze::params::AudioVoicesList only_cloned;
  only_cloned.filter_system_voice = true;
  auto mine = client.audio().voices().list(only_cloned).voice_list().value();
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].voice_id(), cloned);
  EXPECT_EQ(mine[0].name(), "my voice");

  coze::params::AudioRoomsCreate room;
  room.bot_id = kEchoBot;
  room.uid = "caller-1";
  coze::model::Room made = client.audio().rooms().create(room);
  EXPECT_FALSE(str(made.room_id()).empty());
  EXPECT_FALSE(str(made.token()).empty());
  EXPECT_EQ(made.uid(), "caller-1");
}

TEST_F(Api, WorkspacesVariablesTemplatesAndMe) {
  coze::model::ListWorkspacesResult spaces = client.workspaces().list({});
  EXPECT_EQ(spaces.total_count(), 2);
  ASSERT_EQ(spaces.workspaces()->size(), 2u);
  EXPECT_EQ(spaces.workspaces()->at(0).id(), kWorkspace);
  EXPECT_EQ(spaces.workspaces()->at(0).name(), "Personal");

  coze::params::VariablesUpdate set;
  set.bot_id = kEchoBot;
  set.connector_uid = "user-9";
  coze::input::VariableValue city;
  city.keyword = "city";
  city.value = "Paris";
  coze::input::VariableValue mood;
  mood.keyword = "mood";
  mood.value = "fine";
  set.data = {city, mood};
  client.variables().update(set);
  coze::params::VariablesRetrieve get;
  get.bot_id = kEchoBot;
  get.connector_uid = "user-9";
  get.keywords = "city";
  auto items = client.variables().retrieve(get).items().value();
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].keyword(), "city");
  EXPECT_EQ(items[0].value(), "Paris");
  EXPECT_GT(items[0].create_time().value_or(0), 0);

  coze::params::TemplatesDuplicate dup;
  dup.template_id = kTemplate;
  dup.workspace_id = kWorkspace;
  dup.name = "my copy";
  coze::model::DuplicateTemplateResult copy = client.templates().duplicate(dup);
  EXPECT_EQ(copy.entity_type(), "agent");
  EXPECT_EQ(client.bots().retrieve({str(copy.entity_id())}).name(), "my copy");

  coze::model::User me = client.users().me();
  EXPECT_EQ(me.user_id(), "7300000000000000010");
  EXPECT_EQ(me.user_name(), "fake_user");
  EXPECT_EQ(me.nick_name(), "Fake User");
}

// ---- the runtime glue, offline ------------------------------------------------

// A record of the given int32 words and text (layout: core/api/README.md).
std::string record_bytes(const std::vector<int32_t>& words, const std::string& text) {
  std::string out;
  auto put = [&out](int32_t w) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((static_cast<uint32_t>(w) >> (8 * i)) & 0xFF));
  };
  put(static_cast<int32_t>(words.size()));
  for (int32_t w : words) put(w);
  return out + text;
}

TEST(RecordView, CellsReadAsTheirTypesAndDamageReadsAsNull) {
  // Root: ARRAY of 3 cells at word 3: INT 2^40+5, STRING "héllo", FLOAT 1.5.
  const int64_t big = (int64_t{1} << 40) + 5;
  double f = 1.5;
  uint64_t bits;
  std::memcpy(&bits, &f, sizeof bits);
  std::vector<int32_t> words = {
      coze::kArray,  3, 3, coze::kInt,   static_cast<int32_t>(big & 0xFFFFFFFF),  static_cast<int32_t>(big >> 32),
      coze::kString, 0, 6, coze::kFloat, static_cast<int32_t>(bits & 0xFFFFFFFF), static_cast<int32_t>(bits >> 32)};
  coze::RecordPtr record = coze::Record::from_bytes(record_bytes(words, "h\xC3\xA9llo"));
  coze::AnyView root(record, 0);
  ASSERT_EQ(root.kind(), coze::ValueKind::Array);
  EXPECT_EQ(root.size(), 3u);
  EXPECT_EQ(root[0].as_int(), big);
  EXPECT_EQ(root[1].as_string(), "h\xC3\xA9llo");
  EXPECT_EQ(root[2].as_number(), 1.5);
  EXPECT_FALSE(root[1].as_int());
  EXPECT_TRUE(root[3].is_null());
  EXPECT_EQ(root.to_json(), "[1099511627781,\"h\xC3\xA9llo\",1.5]");

  // An array whose items run past the words, a string past the text: nulls, no reads out of bounds.
  coze::RecordPtr damaged = coze::Record::from_bytes(record_bytes({coze::kArray, 3, 9, coze::kString, 2, 99}, "ab"));
  EXPECT_TRUE(coze::AnyView(damaged, 0).is_null());
  EXPECT_EQ(coze::AnyView(damaged, 3).string_view(), "");
  EXPECT_THROW(coze::Record::from_bytes("\x01"), coze::CozeError);
  EXPECT_THROW(coze::Record::from_bytes(record_bytes({}, "") + "xx"), coze::CozeError);
}

TEST(RecordView, JsonDumpsValidJson) {
  coze::Json j = coze::Json::object()
                     .set("s", "quote\" back\\ nl\n \x01 bad\xFF")
                     .set("i", int64_t{-9007199254740991})
                     .set("d", 0.1)
                     .set("nan", std::numeric_limits<double>::quiet_NaN())
                     .set("a", coze::Json::array().push_back(true).push_back(nullptr));
  j.set("i", 7);  // replaces
  EXPECT_EQ(j.dump(),
            "{\"s\":\"quote\\\" back\\\\ nl\\n \\u0001 bad\xEF\xBF\xBD\",\"i\":7,\"d\":0.1,\"nan\":null,"
            "\"a\":[true,null]}");
  EXPECT_EQ(json::parse(j.dump())["d"], 0.1);

  coze::FileParam file;
  file.data = std::string("\x00\xFF\x10", 3);
  file.filename = "a.bin";
  EXPECT_EQ(json::parse(file.to_json().dump()),
            json({{"filename", "a.bin"}, {"content_type", "application/octet-stream"}, {"data_base64", "AP8Q"}}));
}

// ---- options and parameters -------------------------------------------------

TEST_F(Api, ExtraQueryBodyAndHeadersGoOut) {
  coze::RequestOptions options;
  options.extra_headers = {{"X-Extra", "yes"}};
  options.extra_query = {{"debug", "1 2"}};
  options.extra_body = coze::Json::object().set("flag", true).set("name", "from extra_body");
  coze::params::ConversationsCreate create;
  create.bot_id = kEchoBot;
  client.conversations().create(create, options);
  json r = requests_log().at(0);
  EXPECT_EQ(r["headers"].value("x-extra", ""), "yes");
  EXPECT_EQ(r["query"].value("debug", ""), "1 2");
  json body = json::parse(r["body"].get<std::string>());
  EXPECT_EQ(body["flag"], true);
  EXPECT_EQ(body["name"], "from extra_body");
  EXPECT_EQ(body["bot_id"], kEchoBot);
}

TEST_F(Api, PathValuesAreUrlEncoded) {
  coze::params::ConversationsUpdate rename;
  rename.conversation_id = "12/3 4?x";
  rename.name = "x";
  coze::Error e = expect_error([&] { client.conversations().update(rename); });
  EXPECT_EQ(e.kind, "bad_request");  // not an id: the server refuses it
  json r = requests_log().at(0);
  EXPECT_EQ(r["path"], "/v1/conversations/12%2F3%204%3Fx");
  EXPECT_TRUE(r["query"].empty()) << r["query"];
}

// A parameter name an operation does not have is a compile error: the
// params structs have exactly the operation's parameters as members.
template <typename P, typename = void>
struct HasNoSuchParam : std::false_type {};
template <typename P>
struct HasNoSuchParam<P, std::void_t<decltype(std::declval<P&>().no_such_param)>> : std::true_type {};
template <typename P, typename = void>
struct HasBotId : std::false_type {};
template <typename P>
struct HasBotId<P, std::void_t<decltype(std::declval<P&>().bot_id)>> : std::true_type {};
static_assert(HasBotId<coze::params::ChatCreate>::value);
static_assert(!HasNoSuchParam<coze::params::ChatCreate>::value);
static_assert(!HasBotId<coze::params::UsersMe>::value);
static_assert(std::is_empty_v<coze::params::UsersMe>);

TEST_F(Api, UnknownParameterNamesGoOnlyThroughTheGenericCall) {
  // What the description lacks is sent through extra_body / extra_query, or
  // by name through the generic call, which the core passes on as given
  // (into the body, or the query of an operation without one).
  client.call("users.me", R"({"no_such_param":"1"})");
  json r = requests_log().at(0);
  EXPECT_EQ(r["path"], "/v1/users/me");
  EXPECT_EQ(r["query"].value("no_such_param", ""), "1");
}

// The params structs are typed from the description: required parameters are
// plain values, optional ones std::optional, files FileParam.
static_assert(std::is_same_v<decltype(coze::params::ChatCreate::bot_id), std::string>);
static_assert(std::is_same_v<decltype(coze::params::ChatCreate::conversation_id), std::optional<std::string>>);
static_assert(std::is_same_v<decltype(coze::params::ChatCreate::auto_save_history), std::optional<bool>>);
static_assert(std::is_same_v<decltype(coze::params::DatasetsCreate::format_type), int64_t>);
static_assert(std::is_same_v<decltype(coze::params::FilesUpload::file), coze::FileParam>);
static_assert(std::is_same_v<decltype(coze::params::ChatStream::additional_messages),
                             std::optional<std::vector<coze::input::EnterMessage>>>);
static_assert(std::is_same_v<decltype(std::declval<coze::model::Chat>().created_at()), std::optional<int64_t>>);

}  // namespace
