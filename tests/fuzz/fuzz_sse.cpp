// SseParser: any chunking of the same bytes gives the same events, error,
// retry and last event id as feeding them in one piece; every event obeys
// the event-stream rules whatever the bytes.
//
// Input: [limit][c0][c1][c2] then the stream bytes.
//   limit  < 128: max_event_bytes = limit + 1 (1..128)
//          < 192: max_event_bytes = (limit - 127) * 64 (64..4096)
//          else : the default (16 MiB)
//   c0..c2 chunk sizes, used in turn; 0 feeds an empty chunk, then one byte.
#include <cstdint>
#include <string>
#include <vector>

#include "coze/sse.h"
#include "fuzz_support.h"

namespace {

using coze::SseEvent;
using coze::SseParser;

struct Outcome {
  std::vector<SseEvent> events;
  std::string error;
  int64_t retry_ms = -1;
  std::string last_event_id;
};

bool same_events(const std::vector<SseEvent>& a, const std::vector<SseEvent>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].type != b[i].type || a[i].data != b[i].data || a[i].id != b[i].id) return false;
  }
  return true;
}

Outcome one_shot(const coze::SseConfig& config, const char* p, size_t n) {
  SseParser parser(config);
  parser.feed(p, n);
  parser.finish();
  Outcome out;
  out.events = parser.take_events();
  out.error = parser.error();
  out.retry_ms = parser.retry_ms();
  out.last_event_id = parser.last_event_id();
  return out;
}

// Feeds in chunks and collects after every chunk, as a host does, switching
// between next_event() and take_events().
Outcome chunked(const coze::SseConfig& config, const char* p, size_t n, const uint8_t sizes[3]) {
  SseParser parser(config);
  Outcome out;
  size_t pos = 0;
  for (size_t k = 0; pos < n; ++k) {
    size_t size = sizes[k % 3];
    if (size == 0) {
      parser.feed(p + pos, 0);
      size = 1;
    }
    if (size > n - pos) size = n - pos;
    parser.feed(p + pos, size);
    pos += size;
    if (k % 2 == 0) {
      SseEvent ev;
      for (;;) {
        bool has = parser.has_event();
        bool got = parser.next_event(ev);
        FUZZ_CHECK(has == got, "has_event() disagrees with next_event()");
        if (!got) break;
        out.events.push_back(std::move(ev));
      }
    } else {
      for (auto& ev : parser.take_events()) out.events.push_back(std::move(ev));
      FUZZ_CHECK(!parser.has_event(), "has_event() after take_events()");
    }
  }
  parser.finish();
  for (auto& ev : parser.take_events()) out.events.push_back(std::move(ev));
  out.error = parser.error();
  out.retry_ms = parser.retry_ms();
  out.last_event_id = parser.last_event_id();
  return out;
}

bool has_char(const std::string& s, char c) { return s.find(c) != std::string::npos; }

void check_event_rules(const Outcome& o, int64_t limit) {
  for (const SseEvent& ev : o.events) {
    FUZZ_CHECK(!ev.type.empty(), "an event without a type (must default to \"message\")");
    FUZZ_CHECK(coze_fuzz::valid_utf8(ev.type) && coze_fuzz::valid_utf8(ev.data) && coze_fuzz::valid_utf8(ev.id),
               "an event field that is not valid UTF-8");
    FUZZ_CHECK(!has_char(ev.type, '\r') && !has_char(ev.type, '\n'), "a line end inside an event type");
    FUZZ_CHECK(!has_char(ev.data, '\r'), "a CR inside event data");
    FUZZ_CHECK(!has_char(ev.id, '\r') && !has_char(ev.id, '\n') && !has_char(ev.id, '\0'),
               "a line end or NUL inside an event id");
    FUZZ_CHECK(static_cast<int64_t>(ev.data.size()) <= limit, "an event larger than max_event_bytes");
  }
  FUZZ_CHECK(o.error.empty() || o.error == "event_too_large", "an unknown parser error name");
  FUZZ_CHECK(o.retry_ms >= -1, "a negative retry");
  FUZZ_CHECK(coze_fuzz::valid_utf8(o.last_event_id) && !has_char(o.last_event_id, '\0'),
             "a last event id that is not valid UTF-8 or holds NUL");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  coze_fuzz::Input in(data, size);
  uint8_t limit_byte = in.byte();
  uint8_t sizes[3] = {in.byte(), in.byte(), in.byte()};
  coze::SseConfig config;
  if (limit_byte < 128) {
    config.max_event_bytes = limit_byte + 1;
  } else if (limit_byte < 192) {
    config.max_event_bytes = (limit_byte - 127) * 64;
  }

  const char* p = in.rest_data();
  size_t n = in.rest_size();
  Outcome whole = one_shot(config, p, n);
  Outcome parts = chunked(config, p, n, sizes);
  check_event_rules(whole, config.max_event_bytes);
  FUZZ_CHECK(same_events(whole.events, parts.events), "chunked events differ from one-shot events");
  FUZZ_CHECK(whole.error == parts.error, "chunked error differs from one-shot error");
  FUZZ_CHECK(whole.retry_ms == parts.retry_ms, "chunked retry differs from one-shot retry");
  FUZZ_CHECK(whole.last_event_id == parts.last_event_id, "chunked last event id differs from one-shot");
  return 0;
}
