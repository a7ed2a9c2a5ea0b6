// A deterministic Coze chat stream for the benchmarks: what /v3/chat with
// stream=true sends, repeated until the wanted size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace coze::bench {

struct ChatStream {
  std::string bytes;            // the event stream, as sent on the wire
  uint64_t events = 0;          // events a conforming parser dispatches
  uint64_t deltas = 0;          // conversation.message.delta events among them
  uint64_t message_events = 0;  // conversation.message.* events (deltas included)
  uint64_t content_bytes = 0;   // UTF-8 bytes of every message event's unescaped content
};

// About `target_bytes` of stream (whole chats, then `done`), the same bytes
// for the same seed on every machine.
ChatStream make_chat_stream(size_t target_bytes, uint64_t seed = 20240917);

}  // namespace coze::bench
