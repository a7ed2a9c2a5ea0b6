#include <gtest/gtest.h>

#include <random>
#include <string>

#include "coze/sse.h"

namespace {

struct Parsed {
  std::vector<coze::SseEvent> events;
  std::string error;
  int64_t retry = -1;
};

Parsed parse_chunks(const std::vector<std::string>& chunks, int64_t limit = 16 << 20) {
  coze::SseConfig cfg;
  cfg.max_event_bytes = limit;
  coze::SseParser p(cfg);
  Parsed r;
  for (const auto& c : chunks) {
    p.feed(c.data(), c.size());
    for (auto& e : p.take_events()) r.events.push_back(std::move(e));
  }
  p.finish();
  for (auto& e : p.take_events()) r.events.push_back(std::move(e));
  r.error = p.error();
  r.retry = p.retry_ms();
  return r;
}

bool same(const Parsed& a, const Parsed& b) {
  if (a.events.size() != b.events.size() || a.error != b.error || a.retry != b.retry) return false;
  for (size_t i = 0; i < a.events.size(); ++i) {
    if (a.events[i].type != b.events[i].type || a.events[i].data != b.events[i].data ||
        a.events[i].id != b.events[i].id)
      return false;
  }
  return true;
}

// Any split of the same bytes gives the same events: random cuts, 200 rounds.
TEST(SseParser, ChunkingNeverChangesTheResult) {
  const std::string stream =
      "\xEF\xBB\xBF: comment\r\nevent: conversation.message.delta\r\ndata: {\"content\":\"\xE4\xBD\xA0\xF0\x9F\x91\x8B\"}\r\n\r\n"
      "id: 7\rdata: a\rdata: b\r\rretry: 1500\nevent:x\ndata\n\ndata: \xF0\x9F\x91\n\n"
      "id: 8\n\ndata: last\n\ndata: dropped at end";
  Parsed whole = parse_chunks({stream});
  ASSERT_EQ(whole.events.size(), 5u);
  EXPECT_EQ(whole.events[1].data, "a\nb");
  EXPECT_EQ(whole.events[1].id, "7");
  EXPECT_EQ(whole.events[3].data, "\xEF\xBF\xBD");  // truncated 4-byte sequence
  EXPECT_EQ(whole.events[4].id, "8");               // id-only block still set it
  EXPECT_EQ(whole.retry, 1500);
  std::mt19937 rng(42);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> chunks;
    size_t pos = 0;
    while (pos < stream.size()) {
      size_t n = 1 + rng() % 9;
      chunks.push_back(stream.substr(pos, n));
      pos += n;
    }
    ASSERT_TRUE(same(whole, parse_chunks(chunks))) << "round " << round;
  }
}

TEST(SseParser, LimitFailsAfterEarlierEventsAndStopsBuffering) {
  std::string big(1000, 'x');
  Parsed r = parse_chunks({"data: ok\n\n", "data: " + big}, 256);
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].data, "ok");
  EXPECT_EQ(r.error, "event_too_large");
}

TEST(SseParser, ManyDataLinesOverTheLimitFail) {
  std::string s;
  for (int i = 0; i < 100; ++i) s += "data: 0123456789\n";
  Parsed r = parse_chunks({s, "\n"}, 512);
  EXPECT_TRUE(r.events.empty());
  EXPECT_EQ(r.error, "event_too_large");
}

// A 4 MiB line fed in 64-byte chunks must not be quadratic: this finishes
// in milliseconds when linear (and would take minutes if not).
TEST(SseParser, LongLineAcrossManyChunks) {
  coze::SseParser p;
  std::string chunk(64, 'y');
  p.feed("data: ", 6);
  for (int i = 0; i < (4 << 20) / 64; ++i) p.feed(chunk.data(), chunk.size());
  p.feed("\n\n", 2);
  auto ev = p.take_events();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].data.size(), size_t{4} << 20);
}

TEST(SseParser, RetryOverflowIsIgnored) {
  Parsed r = parse_chunks({"retry: 20\nretry: 99999999999999999999999\n\n"});
  EXPECT_EQ(r.retry, 20);
}

}  // namespace
