#include "chat_stream.h"

#include <vector>

namespace coze::bench {
namespace {

// splitmix64: tiny, fast and the same everywhere.
struct Rng {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
};

// JSON string escaping as Coze's servers do it: quotes, backslashes and
// control characters, and <, >, & as \u escapes (Go's encoding/json).
std::string json_escape(const std::string& raw) {
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : raw) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == '<' || c == '>' || c == '&') {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

struct Piece {
  std::string raw;   // the text as the user reads it
  std::string json;  // the same inside a JSON string
};

std::vector<Piece> make_pieces() {
  std::vector<Piece> pieces;
  const char* words[] = {
      "The ", "stream ", "token ", "model ", "answers ", "Coze ", "bot ", "workflow ", "parser ", "event ",
      "quickly ", "because ", "returns ", "the ", "value ", "of ", "and ", "to ", "in ", "a ", "is ",
      "response ", "for ", "your ", "question", ". ", ", ", "we ", "can ", "use ", "this ", "function ",
      "你好", "世界", "模型", "流式输出", "我们", "可以", "这个", "问题", "。", "，", "数据", "智能体",
      "工作流", "的", "是", "在", "了", "回答", "😀", "🚀 ", "\n", "\n\n", "**", "- ", "1. ", "`code`",
      "\"quoted\" ", "a\\b ", "x < y ", "a & b ", "-> ", "\t"};
  for (const char* w : words) pieces.push_back({w, json_escape(w)});
  // Some encoders send non-ASCII as \u escapes, astral characters as pairs.
  pieces.push_back({"\xF0\x9F\x98\x80", "\\ud83d\\ude00"});
  pieces.push_back({"\xE4\xBD\xA0\xE5\xA5\xBD", "\\u4f60\\u597d"});
  pieces.push_back({"\xC3\xA9t\xC3\xA9 ", "\\u00e9t\\u00e9 "});
  return pieces;
}

std::string numeric_id(Rng& rng) {
  std::string id = "74";
  for (int i = 0; i < 17; ++i) id += static_cast<char>('0' + rng.below(10));
  return id;
}

void add_event(ChatStream& s, const char* name, const std::string& data) {
  s.bytes += "event:";
  s.bytes += name;
  s.bytes += "\ndata:";
  s.bytes += data;
  s.bytes += "\n\n";
  ++s.events;
}

struct Ids {
  std::string conversation, bot, chat, section;
};

std::string chat_json(const Ids& ids, const char* status, int64_t created_at, bool completed, Rng& rng) {
  std::string usage = completed ? "{\"token_count\":" + std::to_string(200 + rng.below(3000)) +
                                      ",\"output_count\":" + std::to_string(100 + rng.below(2000)) +
                                      ",\"input_count\":" + std::to_string(100 + rng.below(1000)) + "}"
                                : "{\"token_count\":0,\"output_count\":0,\"input_count\":0}";
  std::string j = "{\"id\":\"" + ids.chat + "\",\"conversation_id\":\"" + ids.conversation + "\",\"bot_id\":\"" +
                  ids.bot + "\",\"created_at\":" + std::to_string(created_at);
  if (completed) j += ",\"completed_at\":" + std::to_string(created_at + 3);
  j += ",\"last_error\":{\"code\":0,\"msg\":\"\"},\"status\":\"" + std::string(status) + "\",\"usage\":" + usage +
       ",\"section_id\":\"" + ids.section + "\"}";
  return j;
}

std::string message_json(const Ids& ids, const std::string& id, const char* type, const std::string& content_json,
                         int64_t created_at) {
  std::string j = "{\"id\":\"" + id + "\",\"conversation_id\":\"" + ids.conversation + "\",\"bot_id\":\"" + ids.bot +
                  "\",\"role\":\"assistant\",\"type\":\"" + type + "\",\"content\":\"" + content_json +
                  "\",\"content_type\":\"text\",\"chat_id\":\"" + ids.chat + "\",\"section_id\":\"" + ids.section +
                  "\"";
  if (created_at > 0) {
    j += ",\"created_at\":" + std::to_string(created_at) + ",\"updated_at\":" + std::to_string(created_at + 3);
  }
  return j + "}";
}

}  // namespace

ChatStream make_chat_stream(size_t target_bytes, uint64_t seed) {
  Rng rng{seed};
  const std::vector<Piece> pieces = make_pieces();
  ChatStream s;
  s.bytes.reserve(target_bytes + 65536);
  Ids ids;
  ids.bot = numeric_id(rng);
  int64_t now = 1718000000;
  while (s.bytes.size() < target_bytes) {
    if (ids.conversation.empty() || rng.below(8) == 0) {
      ids.conversation = numeric_id(rng);
      ids.section = numeric_id(rng);
    }
    ids.chat = numeric_id(rng);
    now += 7 + static_cast<int64_t>(rng.below(60));
    add_event(s, "conversation.chat.created", chat_json(ids, "created", now, false, rng));
    add_event(s, "conversation.chat.in_progress", chat_json(ids, "in_progress", now, false, rng));

    const std::string message_id = numeric_id(rng);
    std::string answer_raw, answer_json;
    size_t deltas = 20 + rng.below(60);
    for (size_t d = 0; d < deltas; ++d) {
      std::string raw, json;
      size_t n = 1 + rng.below(4);
      for (size_t k = 0; k < n; ++k) {
        const Piece& p = pieces[rng.below(pieces.size())];
        raw += p.raw;
        json += p.json;
      }
      add_event(s, "conversation.message.delta", message_json(ids, message_id, "answer", json, 0));
      ++s.deltas;
      ++s.message_events;
      s.content_bytes += raw.size();
      answer_raw += raw;
      answer_json += json;
    }
    add_event(s, "conversation.message.completed", message_json(ids, message_id, "answer", answer_json, now));
    ++s.message_events;
    s.content_bytes += answer_raw.size();

    const std::string verbose_raw =
        "{\"msg_type\":\"generate_answer_finish\",\"data\":\"{\\\"finish_reason\\\":0,\\\"FinData\\\":\\\"\\\"}\","
        "\"from_module\":null,\"from_unit\":null}";
    add_event(s, "conversation.message.completed",
              message_json(ids, numeric_id(rng), "verbose", json_escape(verbose_raw), now));
    ++s.message_events;
    s.content_bytes += verbose_raw.size();

    add_event(s, "conversation.chat.completed", chat_json(ids, "completed", now, true, rng));
  }
  add_event(s, "done", "\"[DONE]\"");
  return s;
}

}  // namespace coze::bench
