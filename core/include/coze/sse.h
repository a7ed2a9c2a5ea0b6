// Incremental WHATWG event-stream parser: bytes in, events out.
//
// The parser holds the only copy of undispatched stream bytes (the partial
// line and the event being assembled). It never blocks and never allocates
// beyond `max_event_bytes` plus one chunk.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace coze {

struct SseEvent {
  std::string type;  // "message" when the block had no `event:` field
  std::string data;  // `data:` lines joined with "\n"
  std::string id;    // last event id in effect at dispatch (persists)
};

struct SseConfig {
  // Upper bound on one event's buffered bytes (line in progress plus data
  // buffer); exceeding it is the error "event_too_large".
  int64_t max_event_bytes = 16 * 1024 * 1024;
};

class SseParser {
 public:
  explicit SseParser(const SseConfig& config = SseConfig());
  ~SseParser();
  SseParser(const SseParser&) = delete;
  SseParser& operator=(const SseParser&) = delete;

  // Feeds raw bytes (any chunking). Complete events are queued; after an
  // error further input is ignored.
  void feed(const char* data, size_t len);
  // End of stream: the undispatched event, if any, is discarded.
  void finish();

  // Moves the queued events out (oldest first).
  std::vector<SseEvent> take_events();
  // Pops one queued event into `out`; false when none is queued.
  bool next_event(SseEvent& out);
  bool has_event() const;

  // "" while healthy, else an error name: "event_too_large".
  std::string error() const;
  // Last valid `retry:` value, or -1 when none was seen.
  int64_t retry_ms() const;
  std::string last_event_id() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace coze
