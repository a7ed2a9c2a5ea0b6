// The Coze stream decoder and the endpoint catalogue, below the executor.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "api/operations.h"
#include "api/stream_decoder.h"

namespace {

using coze::api::StreamKind;
using coze::api::StreamOutcome;
using json = nlohmann::json;

StreamOutcome decode(StreamKind kind, const std::string& type, const std::string& data) {
  coze::SseEvent ev;
  ev.type = type;
  ev.data = data;
  ev.id = "7";
  return coze::api::decode_stream_event(kind, std::move(ev));
}

json parsed(const std::string& text) { return json::parse(text); }

TEST(WorkflowStream, KnownNamesMatchWhateverTheCaseAndComeOutInTheApiSpelling) {
  const char* cases[][2] = {{"Message", "Message"}, {"message", "Message"}, {"MESSAGE", "Message"},
                            {"Interrupt", "Interrupt"}, {"interrupt", "Interrupt"},
                            {"PING", "PING"}, {"ping", "PING"}, {"Ping", "PING"}};
  for (auto& c : cases) {
    auto out = decode(StreamKind::Workflow, c[0], "{\"content\":\"x\"}");
    EXPECT_EQ(out.kind, StreamOutcome::Deliver) << c[0];
    EXPECT_EQ(out.event.type, c[1]) << c[0];
  }
}

TEST(WorkflowStream, MessagePayloadIsKeptAsSent) {
  std::string data =
      R"({"content":"你好","node_title":"End","node_seq_id":"0","node_is_finish":true,"usage":{"token_count":3}})";
  auto out = decode(StreamKind::Workflow, "Message", data);
  ASSERT_EQ(out.kind, StreamOutcome::Deliver);
  EXPECT_EQ(out.event.data, data);
}

TEST(WorkflowStream, DoneEndsTheStreamInAnyCase) {
  for (const char* name : {"Done", "done", "DONE"}) {
    auto out = decode(StreamKind::Workflow, name, "{}");
    EXPECT_EQ(out.kind, StreamOutcome::DeliverThenDone) << name;
    EXPECT_EQ(out.event.type, "Done") << name;
    EXPECT_EQ(out.event.data, "{}");
  }
  auto with_url =
      decode(StreamKind::Workflow, "Done", R"({"debug_url":"https://www.coze.com/work_flow?execute_id=1"})");
  EXPECT_EQ(parsed(with_url.event.data)["debug_url"], "https://www.coze.com/work_flow?execute_id=1");
  // A payload that is not an object still ends the stream, with {}.
  for (const char* data : {"", "\"[DONE]\"", "[DONE]", "{broken"}) {
    auto out = decode(StreamKind::Workflow, "Done", data);
    EXPECT_EQ(out.kind, StreamOutcome::DeliverThenDone) << data;
    EXPECT_EQ(out.event.data, "{}") << data;
  }
}

TEST(WorkflowStream, ErrorFailsWithTheWorkflowCodeAndMessage) {
  auto out = decode(StreamKind::Workflow, "Error", R"({"error_code":6006,"error_message":"code node timed out"})");
  ASSERT_EQ(out.kind, StreamOutcome::Fail);
  EXPECT_EQ(out.error.kind, "stream");
  EXPECT_EQ(out.error.code, 6006);
  EXPECT_EQ(out.error.message, "code node timed out");
  EXPECT_NE(out.error.body.find("6006"), std::string::npos);

  auto lower = decode(StreamKind::Workflow, "error", R"({"error_code":"4000","error_message":"bad input"})");
  ASSERT_EQ(lower.kind, StreamOutcome::Fail);
  EXPECT_EQ(lower.error.code, 4000);
  EXPECT_EQ(lower.error.message, "bad input");
}

TEST(WorkflowStream, ErrorWithoutUsablePayloadStillFailsAndSaysSo) {
  auto no_msg = decode(StreamKind::Workflow, "Error", R"({"error_code":5000})");
  ASSERT_EQ(no_msg.kind, StreamOutcome::Fail);
  EXPECT_EQ(no_msg.error.code, 5000);
  EXPECT_NE(no_msg.error.message.find("5000"), std::string::npos);

  auto garbage = decode(StreamKind::Workflow, "Error", "not json");
  ASSERT_EQ(garbage.kind, StreamOutcome::Fail);
  EXPECT_EQ(garbage.error.kind, "stream");
  EXPECT_EQ(garbage.error.code, 0);
  EXPECT_FALSE(garbage.error.message.empty());
  EXPECT_EQ(garbage.error.body, "not json");
}

TEST(WorkflowStream, MalformedMessageOrInterruptIsADecodeFailure) {
  for (const char* name : {"Message", "interrupt"}) {
    auto out = decode(StreamKind::Workflow, name, "{\"content\":\"cut");
    ASSERT_EQ(out.kind, StreamOutcome::Fail) << name;
    EXPECT_EQ(out.error.kind, "decode");
    EXPECT_NE(out.error.message.find("malformed JSON"), std::string::npos);
  }
}

TEST(WorkflowStream, PingIsDeliveredWithAnObjectWhenEmpty) {
  auto empty = decode(StreamKind::Workflow, "PING", "");
  ASSERT_EQ(empty.kind, StreamOutcome::Deliver);
  EXPECT_EQ(empty.event.type, "PING");
  EXPECT_EQ(empty.event.data, "{}");
  auto object = decode(StreamKind::Workflow, "ping", "{}");
  EXPECT_EQ(object.event.data, "{}");
  auto text = decode(StreamKind::Workflow, "PING", "alive");
  EXPECT_EQ(text.kind, StreamOutcome::Deliver);
  EXPECT_EQ(parsed(text.event.data), "alive");
}

TEST(WorkflowStream, UnknownEventsPassThroughUnchanged) {
  auto j = decode(StreamKind::Workflow, "NodeStart", R"({"node_id":"n1"})");
  ASSERT_EQ(j.kind, StreamOutcome::Deliver);
  EXPECT_EQ(j.event.type, "NodeStart");
  EXPECT_EQ(parsed(j.event.data)["node_id"], "n1");
  auto text = decode(StreamKind::Workflow, "progress", "50% \"done\"");
  ASSERT_EQ(text.kind, StreamOutcome::Deliver);
  EXPECT_EQ(text.event.type, "progress");
  EXPECT_EQ(parsed(text.event.data), "50% \"done\"");
  // Invalid UTF-8 in a raw payload is replaced, never a crash or invalid JSON.
  auto bytes = decode(StreamKind::Workflow, "raw", std::string("\xff\xfe", 2));
  EXPECT_TRUE(json::accept(bytes.event.data));
}

TEST(ChatStream, EventNamesStayExact) {
  // Chat streams end on `done` only; a workflow name is an ordinary event there.
  auto done = decode(StreamKind::Chat, "done", "\"[DONE]\"");
  EXPECT_EQ(done.kind, StreamOutcome::DeliverThenDone);
  EXPECT_EQ(done.event.type, "done");
  EXPECT_EQ(done.event.data, "{}");
  auto upper = decode(StreamKind::Chat, "Done", "{}");
  EXPECT_EQ(upper.kind, StreamOutcome::Deliver);
  EXPECT_EQ(upper.event.type, "Done");
}

TEST(ChatStream, ErrorEventCarriesCodeAndMsg) {
  auto out = decode(StreamKind::Chat, "error", R"({"code":4011,"msg":"Insufficient token balance"})");
  ASSERT_EQ(out.kind, StreamOutcome::Fail);
  EXPECT_EQ(out.error.kind, "stream");
  EXPECT_EQ(out.error.code, 4011);
  EXPECT_EQ(out.error.message, "Insufficient token balance");
}

TEST(ChatStream, AudioDeltaIsAnOrdinaryEvent) {
  std::string data = R"({"id":"m1","role":"assistant","type":"answer","content_type":"audio","content":"UklGRg=="})";
  auto out = decode(StreamKind::Chat, "conversation.audio.delta", data);
  ASSERT_EQ(out.kind, StreamOutcome::Deliver);
  EXPECT_EQ(out.event.type, "conversation.audio.delta");
  EXPECT_EQ(out.event.data, data);
  auto bad = decode(StreamKind::Chat, "conversation.audio.delta", "{\"content\":");
  EXPECT_EQ(bad.kind, StreamOutcome::Fail);
  EXPECT_EQ(bad.error.kind, "decode");
}

TEST(ChatStream, UnknownEventsPassThrough) {
  auto out = decode(StreamKind::Chat, "heartbeat", "");
  ASSERT_EQ(out.kind, StreamOutcome::Deliver);
  EXPECT_EQ(out.event.data, "\"\"");
}

// --- the catalogue ---

coze::ClientConfig config() {
  coze::ClientConfig c;
  c.base_url = "https://api.coze.com";
  c.token = "pat_x";
  return c;
}

std::string prepare_error(const std::string& op, const json& params) {
  coze::api::PreparedRequest out;
  std::string error;
  EXPECT_FALSE(coze::api::prepare(op, params, config(), coze::CallOptions(), out, error)) << op;
  return error;
}

coze::api::PreparedRequest prepare_ok(const std::string& op, const json& params) {
  coze::api::PreparedRequest out;
  std::string error;
  EXPECT_TRUE(coze::api::prepare(op, params, config(), coze::CallOptions(), out, error)) << error;
  return out;
}

TEST(Catalogue, KnowsTheStreamAndWorkflowOperations) {
  auto names = coze::api::operation_names();
  for (const char* op : {"chat.submit_tool_outputs", "chat.submit_tool_outputs.stream", "workflows.runs.create",
                         "workflows.runs.stream", "workflows.runs.resume", "workflows.chat.stream"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), op), names.end()) << op;
  }
}

TEST(Catalogue, EachOperationHasItsStreamKindAndResultShape) {
  json tools = {{"conversation_id", "c"}, {"chat_id", "h"}, {"tool_outputs", json::array()}};
  EXPECT_EQ(prepare_ok("chat.submit_tool_outputs", tools).stream, StreamKind::None);
  EXPECT_EQ(prepare_ok("chat.submit_tool_outputs.stream", tools).stream, StreamKind::Chat);
  auto run = prepare_ok("workflows.runs.create", {{"workflow_id", "w"}});
  EXPECT_EQ(run.stream, StreamKind::None);
  EXPECT_EQ(run.op->result_from, static_cast<uint8_t>(coze::api::ResultFrom::Envelope));
  EXPECT_EQ(prepare_ok("workflows.runs.stream", {{"workflow_id", "w"}}).stream, StreamKind::Workflow);
  json resume = {{"workflow_id", "w"}, {"event_id", "e"}, {"resume_data", ""}, {"interrupt_type", 2}};
  EXPECT_EQ(prepare_ok("workflows.runs.resume", resume).stream, StreamKind::Workflow);
  json chat = {{"workflow_id", "w"}, {"additional_messages", json::array()}};
  EXPECT_EQ(prepare_ok("workflows.chat.stream", chat).stream, StreamKind::Chat);
}

TEST(Catalogue, RequiredParamsAreCheckedByType) {
  EXPECT_NE(prepare_error("chat.submit_tool_outputs", {{"conversation_id", "c"}, {"tool_outputs", json::array()}})
                .find("'chat_id' is required"),
            std::string::npos);
  EXPECT_NE(prepare_error("chat.submit_tool_outputs.stream",
                          {{"conversation_id", "c"}, {"chat_id", "h"}, {"tool_outputs", "x"}})
                .find("'tool_outputs' is required (an array)"),
            std::string::npos);
  EXPECT_NE(prepare_error("workflows.runs.create", {{"workflow_id", ""}}).find("'workflow_id'"), std::string::npos);
  json resume = {{"workflow_id", "w"}, {"event_id", "e"}, {"resume_data", "hi"}, {"interrupt_type", "2"}};
  EXPECT_NE(prepare_error("workflows.runs.resume", resume).find("'interrupt_type' is required (an integer)"),
            std::string::npos);
  resume["interrupt_type"] = 2;
  resume["resume_data"] = json::object();
  EXPECT_NE(prepare_error("workflows.runs.resume", resume).find("'resume_data' is required (a string)"),
            std::string::npos);
  EXPECT_NE(prepare_error("workflows.chat.stream", {{"workflow_id", "w"}}).find("'additional_messages'"),
            std::string::npos);
}

// The payload of an answer of `op`, as the plain canonical JSON a call's result gives.
json result_of(const char* op, const json& envelope) {
  coze::api::JsonNode payload;
  const coze::api::OpSpec* spec = coze::api::find_op(op);
  EXPECT_TRUE(coze::api::extract_payload(*spec, envelope.dump(), payload));
  return parsed(coze::api::record_to_json(coze::api::result_record(*spec, payload, false), true));
}

TEST(Catalogue, WorkflowRunResultParsesTheDataString) {
  json envelope = {{"code", 0},
                   {"msg", ""},
                   {"data", "{\"output\":\"sunny\"}"},
                   {"debug_url", "https://www.coze.com/work_flow?execute_id=9"},
                   {"execute_id", "9"},
                   {"usage", {{"token_count", 3}}},
                   {"detail", {{"logid", "L"}}}};
  json r = result_of("workflows.runs.create", envelope);
  EXPECT_EQ(r["data"], json({{"output", "sunny"}}));
  EXPECT_EQ(r["debug_url"], "https://www.coze.com/work_flow?execute_id=9");
  EXPECT_EQ(r["execute_id"], "9");
  EXPECT_EQ(r["usage"]["token_count"], 3);
  EXPECT_FALSE(r.contains("code"));
  EXPECT_FALSE(r.contains("msg"));
  EXPECT_FALSE(r.contains("detail"));

  envelope["data"] = "plain text output";
  r = result_of("workflows.runs.create", envelope);
  EXPECT_EQ(r["data"], "plain text output");
  envelope.erase("data");
  r = result_of("workflows.runs.create", envelope);
  EXPECT_FALSE(r.contains("data"));
}

TEST(Catalogue, DataResultIsTheEnvelopesData) {
  json envelope = {{"code", 0}, {"data", {{"id", "c1"}}}};
  EXPECT_EQ(result_of("chat.retrieve", envelope)["id"], "c1");
  EXPECT_TRUE(result_of("chat.retrieve", json({{"code", 0}})).is_null());
  // An answer that is not an object envelope is no payload at all (the call fails decode).
  coze::api::JsonNode payload;
  EXPECT_FALSE(coze::api::extract_payload(*coze::api::find_op("chat.retrieve"), "\"text\"", payload));
}

}  // namespace
