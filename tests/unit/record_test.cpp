// Records (core/api/README.md) and the catalogue-driven request building.
#include <gtest/gtest.h>

#include <cstring>

#include <nlohmann/json.hpp>

#include "coze/coze.h"

namespace {

using json = nlohmann::json;

json view(const coze::Decoded& d) {
  EXPECT_EQ(d.error.kind, "") << d.error.message;
  return json::parse(coze::record_json(d.record));
}

TEST(Record, CanonicalValuesOfAModel) {
  json v = view(coze::decode_model(
      "Chat", R"({"id":7400000000000000001,"conversation_id":"c","created_at":"17","completed_at":17.0,)"
              R"("failed_at":1.5,"status":"unheard_of","meta_data":{"n":1},"zzz":99999999999999999999})"));
  EXPECT_EQ(v["id"], "7400000000000000001");
  EXPECT_EQ(v["created_at"], 17);
  EXPECT_EQ(v["completed_at"], 17);
  EXPECT_FALSE(v.contains("failed_at"));
  EXPECT_EQ(v["$extra"]["failed_at"], 1.5);
  EXPECT_EQ(v["$extra"]["zzz"], "99999999999999999999");
  EXPECT_EQ(v["status"], "unheard_of");
  EXPECT_EQ(v["meta_data"]["n"], "1");
}

TEST(Record, IntegersStayWithinTheIJsonRange) {
  json ok = view(coze::decode_model("Chat", R"({"created_at":9007199254740991})"));
  EXPECT_EQ(ok["created_at"], 9007199254740991LL);
  json over = view(coze::decode_model("Chat", R"({"created_at":9007199254740992})"));
  EXPECT_FALSE(over.contains("created_at"));
  EXPECT_EQ(over["$extra"]["created_at"], "9007199254740992");
}

TEST(Record, RepeatedKeysKeepTheLast) {
  json v = view(coze::decode_model("Chat", R"({"id":"a","id":"b","x":1,"x":2})"));
  EXPECT_EQ(v["id"], "b");
  EXPECT_EQ(v["$extra"], json({{"x", 2}}));
}

TEST(Record, Utf16OffsetsCountCodeUnits) {
  coze::Decoded d = coze::decode_model("Chat", R"({"id":"😀","conversation_id":"é"})", true);
  ASSERT_EQ(d.error.kind, "");
  // Root cell -> object node: n_known, n_extra, then cells; the text is "😀é".
  const std::string& r = d.record;
  auto word = [&](size_t i) {
    int32_t w;
    std::memcpy(&w, r.data() + 4 + 4 * i, 4);
    return w;
  };
  int32_t node = word(1);
  int32_t id_cell = node + 2;  // field 0 is `id` when fields keep description order
  ASSERT_EQ(word(id_cell), coze::kString);
  EXPECT_EQ(word(id_cell + 2), 2);  // one emoji: two UTF-16 code units
}

TEST(Record, BadInputIsATypedError) {
  EXPECT_EQ(coze::decode_model("Chat", "{").error.kind, "decode");
  EXPECT_EQ(coze::decode_model("Chat", "[1]").error.kind, "decode");
  EXPECT_EQ(coze::decode_model("NoSuchModel", "{}").error.kind, "invalid_argument");
  EXPECT_EQ(coze::record_json("not a record"), "");
  EXPECT_EQ(coze::record_json(std::string("\x05\x00\x00\x00", 4)), "");
}

TEST(Record, ResultsAreTakenFromWhereTheOperationKeepsThem) {
  json list = view(coze::decode_response(
      "conversations.messages.list", 200,
      R"({"code":0,"msg":"","data":[{"id":1}],"first_id":"1","last_id":"1","has_more":false,"detail":{"logid":"l"}})"));
  EXPECT_EQ(list["data"][0]["id"], "1");
  EXPECT_FALSE(list.contains("code"));
  json run = view(coze::decode_response("workflows.runs.create", 200,
                                        R"({"code":0,"msg":"","data":"{\"a\":1}","execute_id":"9"})"));
  EXPECT_EQ(run["data"]["a"], 1);
  coze::Decoded busy = coze::decode_response("chat.create", 200, R"({"code":4016,"msg":"busy"})");
  EXPECT_EQ(busy.error.code, 4016);
}

TEST(Record, EventsCarryTheirTypeCodeAndPayload) {
  json batch = view(coze::decode_event("workflows.runs.stream", "message", R"({"content":"x","node_is_finish":"true"})"));
  ASSERT_EQ(batch.size(), 1u);
  EXPECT_EQ(batch[0][1], "Message");
  EXPECT_EQ(batch[0][2]["node_is_finish"], true);
  EXPECT_EQ(coze::decode_event("chat.stream", "error", R"({"code":5000,"msg":"x"})").error.kind, "stream");
}

struct Sent {
  std::string method, url, body;
  std::vector<coze::Header> headers;
  std::string header(const std::string& name) const {
    for (const auto& h : headers) {
      if (h.name == name) return h.value;
    }
    return "<absent>";
  }
};

Sent first_send(const std::string& op, const std::string& params, const coze::CallOptions& options = {}) {
  coze::ClientConfig cfg;
  cfg.token = "pat_x";
  coze::Client client(cfg);
  coze::Call call(client, op, params, options);
  int kind = call.step(0);
  Sent s;
  if (kind != static_cast<int>(coze::ActionKind::Send)) {
    s.method = "FAIL " + call.error().kind + ": " + call.error().message;
    return s;
  }
  s.method = call.request().method;
  s.url = call.request().url;
  s.body = call.request().body;
  s.headers = call.request().headers;
  return s;
}

TEST(Catalogue, PathValuesAreEncodedNeverSpliced) {
  Sent s = first_send("conversations.update", R"({"conversation_id":"a/b c?d","name":"n"})");
  EXPECT_EQ(s.method, "PUT");
  EXPECT_EQ(s.url, "https://api.coze.com/v1/conversations/a%2Fb%20c%3Fd");
  EXPECT_EQ(json::parse(s.body), json({{"name", "n"}}));
  EXPECT_EQ(s.header("Idempotency-Key"), "<absent>");
}

TEST(Catalogue, VariantsFollowTheirConditions) {
  EXPECT_EQ(first_send("bots.retrieve", R"({"bot_id":"7"})").url, "https://api.coze.com/v1/bots/7");
  EXPECT_EQ(first_send("bots.retrieve", R"({"bot_id":"7","use_api_version":1})").url,
            "https://api.coze.com/v1/bot/get_online_info?bot_id=7");
  EXPECT_EQ(first_send("bots.list", R"({"space_id":"5"})").url,
            "https://api.coze.com/v1/space/published_bots_list?space_id=5");
}

TEST(Catalogue, RequiredParamsAndExtras) {
  EXPECT_EQ(first_send("conversations.retrieve", "{}").method.rfind("FAIL invalid_argument", 0), 0u);
  EXPECT_EQ(first_send("no.such.op", "{}").method.rfind("FAIL invalid_argument", 0), 0u);
  coze::CallOptions o;
  o.extra_query.push_back({"x", "1 2"});
  o.extra_body = R"({"y":2})";
  Sent s = first_send("conversations.create", R"({"bot_id":"b"})", o);
  EXPECT_EQ(s.url, "https://api.coze.com/v1/conversation/create?x=1%202");
  EXPECT_EQ(json::parse(s.body)["y"], 2);
  coze::CallOptions bad;
  bad.extra_body = "[1]";
  EXPECT_EQ(first_send("conversations.create", "{}", bad).method.rfind("FAIL invalid_argument", 0), 0u);
}

TEST(Catalogue, FixedHeadersAndMultipart) {
  EXPECT_EQ(first_send("datasets.documents.delete", R"({"document_ids":["1"]})").header("Agw-Js-Conv"), "str");
  Sent up = first_send("files.upload",
                       R"({"file":{"filename":"a.txt","content_type":"text/plain","data_base64":"aGk="}})");
  EXPECT_EQ(up.header("Content-Type").rfind("multipart/form-data; boundary=", 0), 0u);
  EXPECT_NE(up.body.find("filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhi\r\n"), std::string::npos);
  // A boundary never occurs inside a part.
  Sent clash = first_send("files.upload", R"({"file":"--cozecore-form-boundary-7MA4YWxkTrZu0gW"})");
  std::string boundary = clash.header("Content-Type").substr(std::string("multipart/form-data; boundary=").size());
  EXPECT_NE(boundary, "cozecore-form-boundary-7MA4YWxkTrZu0gW");
  EXPECT_EQ(first_send("files.upload", R"({"file":{"filename":"a\"b","data":"x"}})").method.rfind("FAIL", 0), 0u);
}

TEST(Step, EventsOfOneChunkLeaveInOneBatch) {
  coze::ClientConfig cfg;
  cfg.token = "pat_x";
  coze::Client client(cfg);
  coze::Call call(client, "chat.stream", R"({"bot_id":"b","user_id":"u"})");
  ASSERT_EQ(call.step(0), static_cast<int>(coze::ActionKind::Send));
  call.on_response(200, {{"Content-Type", "text/event-stream"}});
  std::string chunk =
      "event:conversation.message.delta\ndata:{\"content\":\"a\"}\n\n"
      "event:conversation.message.delta\ndata:{\"content\":\"b\"}\n\nevent:conversation.message.de";
  call.on_body(chunk.data(), chunk.size());
  ASSERT_EQ(call.step(1), static_cast<int>(coze::ActionKind::Event));
  json batch = json::parse(coze::record_json(call.take_events()));
  ASSERT_EQ(batch.size(), 2u);
  EXPECT_EQ(batch[1][2]["content"], "b");
  EXPECT_EQ(call.step(1), static_cast<int>(coze::ActionKind::Wait));
  std::string rest = "lta\ndata:{\"content\":\"c\"}\n\nevent:done\ndata:\"[DONE]\"\n\n";
  call.on_body(rest.data(), rest.size());
  ASSERT_EQ(call.step(2), static_cast<int>(coze::ActionKind::Event));
  batch = json::parse(coze::record_json(call.take_events()));
  ASSERT_EQ(batch.size(), 2u);
  EXPECT_EQ(batch[1][1], "done");
  EXPECT_EQ(call.events_taken(), 4);
  EXPECT_EQ(call.step(2), static_cast<int>(coze::ActionKind::Done));
}

TEST(Step, ResultsAndBinaryAnswers) {
  coze::ClientConfig cfg;
  cfg.token = "pat_x";
  coze::Client client(cfg);
  coze::Call call(client, "conversations.retrieve", R"({"conversation_id":"1"})");
  ASSERT_EQ(call.step(0), static_cast<int>(coze::ActionKind::Send));
  call.on_response(200, {{"X-Tt-Logid", "L1"}});
  std::string body = R"({"code":0,"data":{"id":1,"extra_key":true}})";
  call.on_body(body.data(), body.size());
  call.on_end();
  ASSERT_EQ(call.step(1), static_cast<int>(coze::ActionKind::Done));
  EXPECT_EQ(json::parse(call.result()), json({{"id", "1"}, {"extra_key", true}}));
  EXPECT_EQ(json::parse(coze::record_json(call.result_record()))["$extra"]["extra_key"], true);
  EXPECT_EQ(call.logid(), "L1");

  coze::Call speech(client, "audio.speech.create", R"({"input":"hi","voice_id":"v"})");
  ASSERT_EQ(speech.step(0), static_cast<int>(coze::ActionKind::Send));
  speech.on_response(200, {{"Content-Type", "audio/mpeg"}});
  std::string audio("ID3\0\x01\xff", 6);
  speech.on_body(audio.data(), 3);
  speech.on_body(audio.data() + 3, 3);
  // The bytes leave as they came, before the end: held by the core only until taken.
  ASSERT_EQ(speech.step(1), static_cast<int>(coze::ActionKind::Bytes));
  EXPECT_EQ(speech.content_type(), "audio/mpeg");
  EXPECT_EQ(speech.take_bytes(), audio);
  EXPECT_EQ(speech.step(1), static_cast<int>(coze::ActionKind::Wait));
  speech.on_end();
  ASSERT_EQ(speech.step(1), static_cast<int>(coze::ActionKind::Done));
  EXPECT_EQ(speech.content_type(), "audio/mpeg");
}

}  // namespace

// The record writer's one-pass fast path must say exactly what the JsonNode
// path (the reference) says, for every payload: on the corpus of payloads
// below and on many byte-level mutations of them.
#include "api/catalogue.h"
#include "api/record_writer.h"

namespace {

std::string via_fast(const std::string& text, int model, bool utf16, bool& ok) {
  coze::api::RecordWriter w(utf16);
  ok = w.write_model_text(text.data(), text.size(), model, 0);
  return ok ? coze::api::record_to_json(w.finish(), false, utf16) : std::string();
}

std::string via_reference(const std::string& text, int model, bool utf16, bool& ok) {
  coze::api::JsonNode node;
  ok = coze::api::parse_json(text, node);
  if (!ok) return std::string();
  coze::api::RecordWriter w(utf16);
  w.write_model(node, model, 0);
  return coze::api::record_to_json(w.finish(), false, utf16);
}

const char* const kPayloads[] = {
    R"({"id":"7400000000000000123","conversation_id":"7400000000000000001","role":"assistant","type":"answer",)"
    R"("content":"Hi \"there\"\n\u4f60\u597d \ud83d\ude00","content_type":"text","meta_data":{},"created_at":1718000000})",
    R"({"id":123,"created_at":"17","updated_at":17.0,"x":[1,2,{"y":null}],"meta_data":{"a":"b","c":1}})",
    R"({"id":-0,"bot_id":12345678901234567890,"chat_id":1.5,"content":true,"section_id":{"k":[1]},"z":99999999999999999999})",
    R"({"status":"requires_action","required_action":{"type":"submit_tool_outputs","submit_tool_outputs":)"
    R"({"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{\"a\":1}"}}]}},)"
    R"("usage":{"token_count":3,"output_count":"2","input_count":1e0},"last_error":{"code":0,"msg":""}})",
    R"({"id":"a","id":"b","k":1,"k":2})",
    R"({"bot_id":"1","bot_name":"n","id":"2","items":[],"space_bots":[{"bot_id":"3"}]})",
    R"( { "content" : "x" , "node_is_finish" : "true" , "ext" : { "k" : 1 } , "usage" : null } )",
    R"({"data":"{\"a\":1}","debug_url":"u","execute_id":9,"usage":{"token_count":9007199254740992}})",
    R"({"\u0069d":"escaped key","é":"ü","":""})",
    R"([1,"two",{"three":3},[4],null,true,false,-5,6.25])",
    R"({"a":{"b":{"c":{"d":{"e":{"f":[[[[[[1]]]]]]}}}}}})",
};

TEST(RecordFastPath, AgreesWithTheReferenceOnEveryModel) {
  std::vector<std::string> payloads(std::begin(kPayloads), std::end(kPayloads));
  // Mutations: every prefix cut, and one byte replaced at each position by a few bytes.
  std::vector<std::string> mutated;
  for (const std::string& p : payloads) {
    for (size_t i = 0; i < p.size(); i += 3) {
      mutated.push_back(p.substr(0, i));
      for (char c : {'"', '1', '-', '.', 'e', '{', ']', '\\', ' ', '\x80'}) {
        std::string m = p;
        m[i] = c;
        mutated.push_back(m);
      }
    }
  }
  payloads.insert(payloads.end(), mutated.begin(), mutated.end());
  size_t compared = 0;
  for (int model = -1; model < static_cast<int>(coze::api::model_count()); ++model) {
    for (const std::string& p : payloads) {
      for (bool utf16 : {false, true}) {
        bool fast_ok = false, ref_ok = false;
        std::string fast = via_fast(p, model, utf16, fast_ok);
        std::string ref = via_reference(p, model, utf16, ref_ok);
        ASSERT_EQ(fast_ok, ref_ok) << "model " << model << ": " << p;
        ASSERT_EQ(fast, ref) << "model " << model << ": " << p;
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 10000u);
}

}  // namespace

namespace {

TEST(Step, AMalformedTypedEventFailsAfterTheEventsBeforeIt) {
  coze::ClientConfig cfg;
  cfg.token = "pat_x";
  coze::Client client(cfg);
  coze::Call call(client, "chat.stream", R"({"bot_id":"b","user_id":"u"})");
  ASSERT_EQ(call.step(0), static_cast<int>(coze::ActionKind::Send));
  call.on_response(200, {{"Content-Type", "text/event-stream"}});
  std::string chunk =
      "event:conversation.message.delta\ndata:{\"content\":\"a\"}\n\n"
      "event:conversation.message.delta\ndata:{\"content\":\n\n"
      "event:done\ndata:\"[DONE]\"\n\n";
  call.on_body(chunk.data(), chunk.size());
  ASSERT_EQ(call.step(1), static_cast<int>(coze::ActionKind::Event));
  json batch = json::parse(coze::record_json(call.take_events()));
  ASSERT_EQ(batch.size(), 1u);
  EXPECT_EQ(batch[0][2]["content"], "a");
  ASSERT_EQ(call.step(1), static_cast<int>(coze::ActionKind::Fail));
  EXPECT_EQ(call.error().kind, "decode");
  EXPECT_NE(call.error().message.find("conversation.message.delta"), std::string::npos);
  EXPECT_EQ(call.events_taken(), 1);
}

}  // namespace
