// Streaming benchmarks of the native core on a generated Coze chat stream
// (bench/chat_stream.cpp), fed in chunks of the size given as the argument.
// Each benchmark checks its own result (events seen, content bytes decoded)
// against the generator's counts and fails rather than report a number for
// work it did not do.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/event_json.h"
#include "chat_stream.h"
#include "coze/exec.h"
#include "coze/sse.h"

namespace {

using coze::SseEvent;
using coze::SseParser;
using coze::bench::ChatStream;
using json = nlohmann::json;

constexpr size_t kStreamBytes = 50 * 1000 * 1000;

const ChatStream& chat_stream() {
  static const ChatStream stream = coze::bench::make_chat_stream(kStreamBytes);
  return stream;
}

bool starts_with(const std::string& s, const char* prefix) {
  return s.compare(0, std::strlen(prefix), prefix) == 0;
}

bool is_message_event(const std::string& type) {
  return starts_with(type, "conversation.message.") || starts_with(type, "conversation.audio.");
}

// Feeds the whole stream in `chunk`-byte pieces, handing each event out as
// soon as the chunk that completes it has been fed.
template <class OnEvent>
void parse_stream(const std::string& bytes, size_t chunk, OnEvent&& on_event) {
  SseParser parser;
  SseEvent ev;
  for (size_t off = 0; off < bytes.size(); off += chunk) {
    parser.feed(bytes.data() + off, std::min(chunk, bytes.size() - off));
    while (parser.next_event(ev)) on_event(ev);
  }
  parser.finish();
  while (parser.next_event(ev)) on_event(ev);
}

void report(benchmark::State& state, uint64_t events) {
  const ChatStream& s = chat_stream();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * s.bytes.size()));
  state.counters["events_per_second"] =
      benchmark::Counter(static_cast<double>(events) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
  state.counters["chunk"] = static_cast<double>(state.range(0));
}

std::string text_of(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// (a) The SSE parser alone: bytes in, events (type, data, id) out.
void BM_SseParse(benchmark::State& state) {
  const ChatStream& s = chat_stream();
  const size_t chunk = static_cast<size_t>(state.range(0));
  uint64_t events = 0;
  for (auto _ : state) {
    events = 0;
    size_t data_bytes = 0;
    parse_stream(s.bytes, chunk, [&](SseEvent& ev) {
      ++events;
      data_bytes += ev.data.size();
    });
    benchmark::DoNotOptimize(data_bytes);
  }
  if (events != s.events) state.SkipWithError("the parser saw a different number of events");
  report(state, events);
}

// (b) Parse plus typed decoding: every message event's fields (content
// unescaped into a std::string) through the event_json fast path, chat
// events through nlohmann; the decoded content is counted and checked.
void BM_SseParseTyped(benchmark::State& state) {
  const ChatStream& s = chat_stream();
  const size_t chunk = static_cast<size_t>(state.range(0));
  uint64_t events = 0, content = 0;
  coze::api::MessageFields message;
  for (auto _ : state) {
    events = 0;
    content = 0;
    size_t status_bytes = 0;
    parse_stream(s.bytes, chunk, [&](SseEvent& ev) {
      ++events;
      if (is_message_event(ev.type)) {
        if (coze::api::decode_message_fields(ev.data, message)) content += message.content.size();
      } else if (starts_with(ev.type, "conversation.chat.")) {
        json o = json::parse(ev.data, nullptr, false);
        if (o.is_object()) status_bytes += text_of(o, "status").size();
      }
    });
    benchmark::DoNotOptimize(status_bytes);
  }
  if (events != s.events || content != s.content_bytes) state.SkipWithError("decoded content does not match");
  report(state, events);
}

// Reference: the same typed decoding with nlohmann's DOM for every event.
void BM_SseParseTypedNlohmann(benchmark::State& state) {
  const ChatStream& s = chat_stream();
  const size_t chunk = static_cast<size_t>(state.range(0));
  uint64_t events = 0, content = 0;
  for (auto _ : state) {
    events = 0;
    content = 0;
    size_t status_bytes = 0;
    parse_stream(s.bytes, chunk, [&](SseEvent& ev) {
      ++events;
      if (is_message_event(ev.type)) {
        json o = json::parse(ev.data, nullptr, false);
        if (o.is_object()) content += text_of(o, "content").size();
      } else if (starts_with(ev.type, "conversation.chat.")) {
        json o = json::parse(ev.data, nullptr, false);
        if (o.is_object()) status_bytes += text_of(o, "status").size();
      }
    });
    benchmark::DoNotOptimize(status_bytes);
  }
  if (events != s.events || content != s.content_bytes) state.SkipWithError("decoded content does not match");
  report(state, events);
}

// Parse plus the stream decoder's JSON check of every payload: validate_json
// against nlohmann::json::accept (range(1) == 1 picks nlohmann).
void BM_SseParseValidate(benchmark::State& state) {
  const ChatStream& s = chat_stream();
  const size_t chunk = static_cast<size_t>(state.range(0));
  const bool reference = state.range(1) == 1;
  uint64_t events = 0, valid = 0;
  for (auto _ : state) {
    events = 0;
    valid = 0;
    parse_stream(s.bytes, chunk, [&](SseEvent& ev) {
      ++events;
      bool ok = reference ? json::accept(ev.data) : coze::api::validate_json(ev.data);
      valid += ok ? 1 : 0;
    });
  }
  if (valid != s.events) state.SkipWithError("a payload was judged invalid");
  report(state, events);
}

// The whole sans-IO executor on a chat.stream call: on_body per chunk, every
// action taken with next(), as a host's driver does (the stream decoder
// included, as it is in the tree).
void BM_CallChatStream(benchmark::State& state) {
  const ChatStream& s = chat_stream();
  const size_t chunk = static_cast<size_t>(state.range(0));
  coze::ClientConfig config;
  config.token = "pat_bench";
  config.seed = 1;
  coze::Client client(config);
  uint64_t events = 0;
  bool done = false;
  for (auto _ : state) {
    events = 0;
    done = false;
    coze::Call call(client, "chat.stream", R"({"bot_id":"7400000000000000001","user_id":"u1"})");
    int64_t now = 1;
    coze::Action a = call.next(now);
    if (a.kind != coze::ActionKind::Send) {
      state.SkipWithError("the call did not start with SEND");
      break;
    }
    call.on_response(200, {{"Content-Type", "text/event-stream"}, {"X-Tt-Logid", "bench"}});
    auto drain = [&] {
      for (;;) {
        coze::Action next = call.next(now);
        if (next.kind == coze::ActionKind::Event) {
          ++events;
          benchmark::DoNotOptimize(next.event.data.data());
        } else {
          if (next.kind == coze::ActionKind::Done) done = true;
          return;
        }
      }
    };
    for (size_t off = 0; off < s.bytes.size() && !done; off += chunk) {
      call.on_body(s.bytes.data() + off, std::min(chunk, s.bytes.size() - off));
      drain();
    }
    if (!done) {
      call.on_end();
      drain();
    }
  }
  if (!done || events != s.events) state.SkipWithError("the call did not deliver every event and finish");
  report(state, events);
}

// Payload-level comparisons on every event's data, no SSE parsing.
std::vector<std::string> payloads(bool deltas_only) {
  std::vector<std::string> out;
  parse_stream(chat_stream().bytes, 65536, [&](SseEvent& ev) {
    if (!deltas_only || ev.type == "conversation.message.delta") out.push_back(std::move(ev.data));
  });
  return out;
}

void report_payloads(benchmark::State& state, const std::vector<std::string>& items) {
  size_t bytes = 0;
  for (const std::string& p : items) bytes += p.size();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * items.size()));
}

void BM_DeltaDecode(benchmark::State& state) {
  static const std::vector<std::string> items = payloads(true);
  coze::api::MessageFields message;
  for (auto _ : state) {
    size_t content = 0;
    for (const std::string& p : items) {
      if (coze::api::decode_message_fields(p, message)) content += message.content.size();
    }
    benchmark::DoNotOptimize(content);
  }
  report_payloads(state, items);
}

void BM_DeltaDecodeNlohmannDom(benchmark::State& state) {
  static const std::vector<std::string> items = payloads(true);
  for (auto _ : state) {
    size_t content = 0;
    for (const std::string& p : items) {
      json o = json::parse(p, nullptr, false);
      if (o.is_object()) content += text_of(o, "content").size();
    }
    benchmark::DoNotOptimize(content);
  }
  report_payloads(state, items);
}

void BM_PayloadValidate(benchmark::State& state) {
  static const std::vector<std::string> items = payloads(false);
  for (auto _ : state) {
    size_t valid = 0;
    for (const std::string& p : items) valid += coze::api::validate_json(p) ? 1 : 0;
    benchmark::DoNotOptimize(valid);
  }
  report_payloads(state, items);
}

void BM_PayloadValidateNlohmann(benchmark::State& state) {
  static const std::vector<std::string> items = payloads(false);
  for (auto _ : state) {
    size_t valid = 0;
    for (const std::string& p : items) valid += json::accept(p) ? 1 : 0;
    benchmark::DoNotOptimize(valid);
  }
  report_payloads(state, items);
}

void chunk_sizes(benchmark::internal::Benchmark* b) {
  for (int64_t chunk : {65536, 4096, 1024, 64}) b->Arg(chunk);
}

}  // namespace

BENCHMARK(BM_SseParse)->Apply(chunk_sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SseParseTyped)->Apply(chunk_sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SseParseTypedNlohmann)->Arg(65536)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SseParseValidate)->Args({65536, 0})->Args({65536, 1})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CallChatStream)->Arg(65536)->Arg(64)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DeltaDecode)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DeltaDecodeNlohmannDom)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PayloadValidate)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PayloadValidateNlohmann)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
