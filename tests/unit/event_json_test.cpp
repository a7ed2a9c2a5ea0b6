// event_json: the fast path must say exactly what nlohmann says. Hand-picked
// cases pin the edges; a seeded mutation run compares both on thousands of
// damaged Coze payloads.
#include "api/event_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>


namespace {

using coze::api::decode_message_fields;
using coze::api::MessageFields;
using coze::api::validate_json;
using json = nlohmann::json;

// The reference reading: nlohmann's DOM and the rules of the native client.
bool reference_message(const std::string& text, MessageFields& m) {
  m = MessageFields();
  json o = json::parse(text, nullptr, false);
  if (!o.is_object()) return false;
  // The fallback's reading (nlohmann) is the reference the fast scan must match.
  auto str = [&](const char* key) { return coze::api::json_text_field(o, key); };
  auto num = [&](const char* key) { return coze::api::json_int_field(o, key); };
  m.id = str("id");
  m.conversation_id = str("conversation_id");
  m.bot_id = str("bot_id");
  m.chat_id = str("chat_id");
  m.section_id = str("section_id");
  m.role = str("role");
  m.type = str("type");
  m.content = str("content");
  m.content_type = str("content_type");
  m.reasoning_content = str("reasoning_content");
  m.created_at = num("created_at");
  m.updated_at = num("updated_at");
  return true;
}

void expect_same_message(const std::string& text) {
  MessageFields fast, ref;
  bool fast_ok = decode_message_fields(text, fast);
  bool ref_ok = reference_message(text, ref);
  ASSERT_EQ(fast_ok, ref_ok) << text;
  EXPECT_EQ(fast.id, ref.id) << text;
  EXPECT_EQ(fast.conversation_id, ref.conversation_id) << text;
  EXPECT_EQ(fast.bot_id, ref.bot_id) << text;
  EXPECT_EQ(fast.chat_id, ref.chat_id) << text;
  EXPECT_EQ(fast.section_id, ref.section_id) << text;
  EXPECT_EQ(fast.role, ref.role) << text;
  EXPECT_EQ(fast.type, ref.type) << text;
  EXPECT_EQ(fast.content, ref.content) << text;
  EXPECT_EQ(fast.content_type, ref.content_type) << text;
  EXPECT_EQ(fast.reasoning_content, ref.reasoning_content) << text;
  EXPECT_EQ(fast.created_at, ref.created_at) << text;
  EXPECT_EQ(fast.updated_at, ref.updated_at) << text;
}

const std::vector<std::string>& edge_cases() {
  static const std::vector<std::string> cases = {
      "", " ", "{}", " {} ", "[]", "[ ]", "{ }", "0", "-0", "01", "-", "1.", "1.5", ".5", "1e5", "1E+5", "1e-5",
      "1e999", "-1e999", "123456789012345678901234567890", std::string(400, '9'), "[" + std::string(400, '9') + "]",
      "true", "false", "null", "tru", "nul", "truex", "[true false]", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}",
      "{\"a\":}", "{a:1}", "{\"a\":1}x", "{\"a\":1} ", "\t\r\n{\"a\":[1,2,{\"b\":null}]}\n",
      "\"plain\"", "\"tab\there\"", "\"ctl\x01\"", "\"esc\\q\"", "\"\\u00e9\\u4F60\"", "\"\\ud83d\\ude00\"",
      "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83d\\u0041\"", "\"\\ud83dx\"", "\"\\u12\"", "\"\\u12g4\"", "\"\\u0000\"",
      "\"\\/\\b\\f\\n\\r\\t\\\\\\\"\"", "\"unterminated", "\"\xC3\xA9\"", "\"\xC3\"", "\"\xC0\xAF\"",
      "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xF0\x9F\x98\x80\"", "\"\xE4\xBD\"", "\xEF\xBB\xBF{}",
      "{}\xEF\xBB\xBF", "{\"\\u0063ontent\":\"x\"}", "{\"content\":\"a\",\"content\":\"b\"}",
      std::string(63, '[') + std::string(63, ']'), std::string(64, '[') + std::string(64, ']'),
      std::string(65, '[') + std::string(65, ']'), std::string(300, '[') + std::string(300, ']'),
      std::string(300, '[') + std::string(299, ']'), "[[[]]", "{\"a\":{\"b\":{\"c\":[1,2,3]}}}", "[\"a\":1]",
      "{\"a\":1]", std::string("\"nul\0inside\"", 12), std::string("{}\0", 3),
  };
  return cases;
}

TEST(ValidateJson, AgreesWithNlohmannOnEdgeCases) {
  for (const std::string& c : edge_cases()) {
    EXPECT_EQ(validate_json(c), json::accept(c)) << "input: " << c;
  }
}

TEST(DecodeMessage, AgreesWithNlohmannOnEdgeCases) {
  for (const std::string& c : edge_cases()) expect_same_message(c);
}

TEST(DecodeMessage, ReadsAndUnescapesFields) {
  MessageFields m;
  ASSERT_TRUE(decode_message_fields(
      R"({"id":"74001","conversation_id":"74002","bot_id":"74003","role":"assistant","type":"answer",)"
      R"("content":"line\n\"q\" \\ \/ \u003cb\u003e \u00e9\u4f60 \ud83d\ude00 \t","content_type":"text",)"
      R"("chat_id":"74004","section_id":"74005","created_at":1718000000,"updated_at":-3,"extra":{"x":[1,2]}})",
      m));
  EXPECT_EQ(m.id, "74001");
  EXPECT_EQ(m.conversation_id, "74002");
  EXPECT_EQ(m.bot_id, "74003");
  EXPECT_EQ(m.chat_id, "74004");
  EXPECT_EQ(m.section_id, "74005");
  EXPECT_EQ(m.role, "assistant");
  EXPECT_EQ(m.type, "answer");
  EXPECT_EQ(m.content, "line\n\"q\" \\ / <b> \xC3\xA9\xE4\xBD\xA0 \xF0\x9F\x98\x80 \t");
  EXPECT_EQ(m.content_type, "text");
  EXPECT_EQ(m.created_at, 1718000000);
  EXPECT_EQ(m.updated_at, -3);
}

TEST(DecodeMessage, KeepsNulAndLongContent) {
  MessageFields m;
  ASSERT_TRUE(decode_message_fields(R"({"content":"a\u0000b"})", m));
  EXPECT_EQ(m.content, std::string("a\0b", 3));
  std::string long_text(100000, 'x');
  ASSERT_TRUE(decode_message_fields("{\"content\":\"" + long_text + "\"}", m));
  EXPECT_EQ(m.content, long_text);
}

TEST(DecodeMessage, UnusualValuesReadAsTheClientReadsThem) {
  for (const char* text : {
           R"({"id":123,"content":1.50,"role":true,"type":null,"bot_id":{"a":1},"chat_id":[1]})",
           R"({"created_at":"17","updated_at":"x"})", R"({"created_at":1.9,"updated_at":-2.5})",
           R"({"created_at":99999999999999999999,"updated_at":-9223372036854775808})",
           R"({"created_at":9223372036854775807,"updated_at":123456789012345678})",
           R"({"created_at":1e3,"updated_at":true})", R"({"content":"a","content":null})",
           R"({"content":null,"content":"b"})", R"({"content":"a","content":5})", R"({"id":"x"} )",
           R"(["content"])", R"("content")", "{\"content\":\"a\"", "{\"content\":\"a\"}}",
       }) {
    expect_same_message(text);
  }
  MessageFields m;
  EXPECT_TRUE(decode_message_fields(R"({"content":"a","content":"b"})", m));
  EXPECT_EQ(m.content, "b");
  EXPECT_FALSE(decode_message_fields(R"(["x"])", m));
  EXPECT_TRUE(m.content.empty());
}

// Payloads as Coze streams send them (ids shortened).
const std::vector<std::string>& coze_payloads() {
  static const std::vector<std::string> payloads = {
      R"({"id":"7401","conversation_id":"7402","bot_id":"7403","role":"assistant","type":"answer",)"
      R"("content":"Hello","content_type":"text","chat_id":"7404","section_id":"7405"})",
      R"({"id":"7401","conversation_id":"7402","bot_id":"7403","role":"assistant","type":"answer",)"
      R"("content":"\u003cb\u003e你好\u003c/b\u003e \"quoted\"\n\n- item 😀 \ud83d\ude80 a\\b","content_type":"text",)"
      R"("chat_id":"7404","section_id":"7405"})",
      R"({"id":"7406","conversation_id":"7402","bot_id":"7403","role":"assistant","type":"answer",)"
      R"("content":"Hello 世界。","content_type":"text","chat_id":"7404","section_id":"7405",)"
      R"("created_at":1718000000,"updated_at":1718000003})",
      R"({"id":"7407","conversation_id":"7402","bot_id":"7403","role":"assistant","type":"verbose",)"
      R"("content":"{\"msg_type\":\"generate_answer_finish\",\"data\":\"{\\\"finish_reason\\\":0}\",)"
      R"(\"from_module\":null}","content_type":"text","chat_id":"7404","section_id":"7405"})",
      R"({"id":"7408","role":"assistant","type":"function_call","content":"{\"name\":\"get_weather\"}",)"
      R"("content_type":"text","reasoning_content":"Thinking…","meta_data":{"k":"v"},"extra":[1,2.5,-3,true,null]})",
      R"({"id":"7404","conversation_id":"7402","bot_id":"7403","created_at":1718000000,)"
      R"("last_error":{"code":0,"msg":""},"status":"in_progress","usage":{"token_count":0,"output_count":0,)"
      R"("input_count":0},"section_id":"7405"})",
      R"({"id":"7404","conversation_id":"7402","bot_id":"7403","created_at":1718000000,"completed_at":1718000003,)"
      R"("last_error":{"code":0,"msg":""},"status":"completed","usage":{"token_count":1234,"output_count":1000,)"
      R"("input_count":234},"section_id":"7405"})",
      R"({"id":"7404","status":"requires_action","required_action":{"type":"submit_tool_outputs",)"
      R"("submit_tool_outputs":{"tool_calls":[{"id":"c1","type":"function","function":{"name":"f",)"
      R"("arguments":"{\"city\":\"北京\"}"}}]}}})",
      R"("[DONE]")",
      R"({"code":4016,"msg":"conversation busy"})",
      R"({"debug_url":"https:\/\/www.coze.cn\/work_flow?execute_id=1"})",
      R"({"content":"{\"output\":\"x\"}","content_type":"text","node_is_finish":true,"node_seq_id":"0",)"
      R"("node_title":"End","usage":{"input_count":1.5e2}})",
  };
  return payloads;
}

TEST(EventJson, CozePayloadsDecodeLikeNlohmann) {
  const std::vector<std::string>& payloads = coze_payloads();
  for (const std::string& p : payloads) {
    ASSERT_TRUE(validate_json(p)) << p;
    expect_same_message(p);
  }
}

// Seeded damage to real payloads: one to three bytes replaced, inserted or
// removed, from an alphabet rich in JSON syntax, escapes and UTF-8 pieces.
TEST(EventJson, MutatedPayloadsAgreeWithNlohmann) {
  const std::vector<std::string>& payloads = coze_payloads();
  const std::string alphabet = "{}[]:,\"\\/ubfnrt0123456789-+.eE \t\n\x01\x7f\x80\xbf\xc3\xe4\xed\xf0\xf4\xff" "dDaA";
  uint64_t state = 42;
  auto rnd = [&state](size_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>((state >> 33) % n);
  };
  int disagreements = 0;
  for (int i = 0; i < 100000 && disagreements < 5; ++i) {
    std::string p = payloads[rnd(payloads.size())];
    int edits = 1 + static_cast<int>(rnd(3));
    for (int e = 0; e < edits; ++e) {
      size_t at = rnd(p.size() + 1);
      char c = alphabet[rnd(alphabet.size())];
      switch (rnd(3)) {
        case 0:
          if (at < p.size()) p[at] = c;
          break;
        case 1:
          p.insert(p.begin() + static_cast<std::ptrdiff_t>(at), c);
          break;
        default:
          if (at < p.size()) p.erase(at, 1);
      }
    }
    if (validate_json(p) != json::accept(p)) {
      ++disagreements;
      ADD_FAILURE() << "validate_json disagrees on: " << p;
    }
    expect_same_message(p);
    if (::testing::Test::HasFailure()) ++disagreements;
  }
}

}  // namespace
