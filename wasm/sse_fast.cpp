// The package's SseParser (web/src/sse.mjs) over the core's coze::SseParser,
// through plain exported functions instead of embind: a feed is one call
// with two numbers, and the events come back as one block of memory that JS
// reads through its typed-array views.
//
// Layout, all little-endian int32 words at coze_sse_batch(handle) (`Batch`):
//   records, count     `count` records of kRecordWords words each (below)
//   ascii, ascii_len   ASCII text: the batch's ASCII fields and pieces
//   wide, wide_len     UTF-8 text: the other fields and pieces, never split
//                      inside a character
//   pieces             the pieces of data fields that are not all ASCII
//   input, input_cap   where JS copies the next chunk (at most input_cap bytes)
//   text, text_len     the answer of coze_sse_error / coze_sse_last_event_id
// JS decodes each text once per batch and slices it: offsets and lengths
// count UTF-16 code units of the decoded text (bytes, for the ASCII text).
// Keeping ASCII apart lets JS take the fast one-byte path for nearly all of
// the stream (Coze sends JSON, ASCII but for the odd run of CJK or emoji).
//
// A record: flags | slot << 8, then
//   data    kDataPieces clear: offset and length in the ASCII text;
//           set: the index of its first piece word and the number k of
//           non-ASCII runs: the data is ascii piece, then k times
//           (wide piece, ascii piece), each piece an offset and a length
//   type    offset and length, present when kTypeNew (in the wide text
//           when kTypeWide); event types are interned in kTypeSlots slots
//   id      offset and length, present when kIdNew (wide when kIdWide): the
//           id differs from the previous record's (or from "" for the first)
//   one unused word
#include <emscripten/emscripten.h>
#include <wasm_simd128.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

#include "coze/sse.h"

namespace {

constexpr int kRecordWords = 8;
constexpr uint32_t kTypeSlots = 8;
constexpr uint32_t kDataPieces = 1;
constexpr uint32_t kTypeNew = 2;
constexpr uint32_t kTypeWide = 4;
constexpr uint32_t kIdNew = 8;
constexpr uint32_t kIdWide = 16;

// Input chunks are copied in pieces of at most this many bytes.
constexpr size_t kMaxInput = 64 * 1024;
// Output buffers past this many bytes are released before the next batch.
constexpr size_t kKeepOutput = 1 << 20;
// Non-ASCII runs closer than this many ASCII bytes make one wide piece.
constexpr size_t kJoinGap = 16;

struct Batch {
  int32_t records;
  int32_t count;
  int32_t ascii;
  int32_t ascii_len;
  int32_t wide;
  int32_t wide_len;
  int32_t pieces;
  int32_t input;
  int32_t input_cap;
  int32_t text;
  int32_t text_len;
};

int32_t address(const void* p) { return static_cast<int32_t>(reinterpret_cast<uintptr_t>(p)); }

// A growable array of T for the batch (no zero-filling, no exceptions: out
// of memory aborts, as everywhere in the wasm build).
template <typename T>
struct Buffer {
  T* data = nullptr;
  size_t size = 0;
  size_t capacity = 0;

  Buffer() = default;
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;
  ~Buffer() { std::free(data); }

  // Room for `extra` more elements; returns where they go.
  T* reserve(size_t extra) {
    if (capacity - size < extra) grow(size + extra);
    return data + size;
  }
  void grow(size_t need) {
    size_t c = capacity < 1024 ? 1024 : capacity * 2;
    if (c < need) c = need;
    void* p = std::realloc(data, c * sizeof(T));
    if (!p) std::abort();
    data = static_cast<T*>(p);
    capacity = c;
  }
  void push(T a, T b) {
    T* at = reserve(2);
    at[0] = a;
    at[1] = b;
    size += 2;
  }
  void clear() {
    if (capacity * sizeof(T) > kKeepOutput) {
      std::free(data);
      data = nullptr;
      capacity = 0;
    }
    size = 0;
  }
};

// The index of the first byte >= 0x80 in p[i, n), or n. Four vectors per
// step: field values are mostly long ASCII runs.
size_t next_non_ascii(const unsigned char* p, size_t i, size_t n) {
  for (; i + 64 <= n; i += 64) {
    v128_t a = wasm_v128_load(p + i);
    v128_t b = wasm_v128_load(p + i + 16);
    v128_t c = wasm_v128_load(p + i + 32);
    v128_t d = wasm_v128_load(p + i + 48);
    if (wasm_i8x16_bitmask(wasm_v128_or(wasm_v128_or(a, b), wasm_v128_or(c, d))) != 0) break;
  }
  for (; i + 16 <= n; i += 16) {
    uint32_t m = wasm_i8x16_bitmask(wasm_v128_load(p + i));
    if (m != 0) return i + static_cast<size_t>(__builtin_ctz(m));
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

// The index of the first byte < 0x80 in p[i, n), or n.
size_t next_ascii(const unsigned char* p, size_t i, size_t n) {
  for (; i + 16 <= n; i += 16) {
    uint32_t m = ~wasm_i8x16_bitmask(wasm_v128_load(p + i)) & 0xFFFF;
    if (m != 0) return i + static_cast<size_t>(__builtin_ctz(m));
  }
  while (i < n && p[i] >= 0x80) ++i;
  return i;
}

// Copies the ASCII prefix of src[0, n) to dst; returns its length.
size_t copy_ascii(char* dst, const char* src, size_t n) {
  size_t k = next_non_ascii(reinterpret_cast<const unsigned char*>(src), 0, n);
  std::memcpy(dst, src, k);
  return k;
}

// UTF-16 length of well-formed UTF-8 (the parser repairs every field): one
// unit per byte that is not a continuation byte, two for a 4-byte lead.
size_t utf16_units(const unsigned char* p, size_t n) {
  size_t units = 0;
  size_t i = 0;
  const v128_t top2 = wasm_i8x16_splat(static_cast<int8_t>(0xC0));
  const v128_t cont = wasm_i8x16_splat(static_cast<int8_t>(0x80));
  const v128_t four = wasm_i8x16_splat(static_cast<int8_t>(0xF0));
  for (; i + 16 <= n; i += 16) {
    v128_t v = wasm_v128_load(p + i);
    uint32_t is_cont = wasm_i8x16_bitmask(wasm_i8x16_eq(wasm_v128_and(v, top2), cont));
    uint32_t is_four = wasm_i8x16_bitmask(wasm_u8x16_ge(v, four));
    units += 16 - static_cast<size_t>(__builtin_popcount(is_cont)) + static_cast<size_t>(__builtin_popcount(is_four));
  }
  for (; i < n; ++i) {
    unsigned c = p[i];
    if ((c & 0xC0) != 0x80) ++units;
    if (c >= 0xF0) ++units;
  }
  return units;
}

// a == b without libc's byte-at-a-time memcmp.
bool same(const std::string& a, const std::string& b) {
  const size_t n = a.size();
  if (b.size() != n) return false;
  const char* x = a.data();
  const char* y = b.data();
  if (n < 16) {
    for (size_t i = 0; i < n; ++i) {
      if (x[i] != y[i]) return false;
    }
    return true;
  }
  auto equal16 = [&](size_t i) {
    return wasm_i8x16_all_true(wasm_i8x16_eq(wasm_v128_load(x + i), wasm_v128_load(y + i)));
  };
  for (size_t i = 0; i + 16 < n; i += 16) {
    if (!equal16(i)) return false;
  }
  return equal16(n - 16);  // the last 16 bytes, overlapping the loop's
}

struct FastParser {
  Batch batch{};
  coze::SseParser parser;
  coze::SseEvent ev;  // reused: next_event() hands its buffers back
  Buffer<char> input;
  Buffer<char> ascii;
  Buffer<char> wide;
  size_t wide_units = 0;  // UTF-16 length of `wide`
  Buffer<int32_t> records;
  Buffer<int32_t> pieces;
  std::string types[kTypeSlots];
  uint32_t used_slots = 0;
  uint32_t next_slot = 0;
  uint32_t last_slot = 0;
  std::string id;  // the id of the last record ("" before any)
  std::string text;

  explicit FastParser(const coze::SseConfig& config) : parser(config) {}

  // Appends a non-ASCII field to the wide text; returns its UTF-16 length.
  size_t put_wide(const char* p, size_t n) {
    std::memcpy(wide.reserve(n), p, n);
    wide.size += n;
    size_t units = utf16_units(reinterpret_cast<const unsigned char*>(p), n);
    wide_units += units;
    return units;
  }

  // Appends a whole field to the ascii or wide text; returns true for wide.
  bool put(const std::string& s, int32_t& offset, int32_t& length) {
    const size_t n = s.size();
    char* dst = ascii.reserve(n);
    if (copy_ascii(dst, s.data(), n) == n) {
      offset = static_cast<int32_t>(ascii.size);
      length = static_cast<int32_t>(n);
      ascii.size += n;
      return false;
    }
    offset = static_cast<int32_t>(wide_units);
    length = static_cast<int32_t>(put_wide(s.data(), n));
    return true;
  }

  // Appends a data field: one ASCII run (returns false), or pieces (true).
  bool put_data(const std::string& s, int32_t& first, int32_t& runs) {
    const char* d = s.data();
    const auto* u = reinterpret_cast<const unsigned char*>(d);
    const size_t n = s.size();
    char* dst = ascii.reserve(n);  // all the ASCII pieces fit
    size_t i = copy_ascii(dst, d, n);
    if (i == n) {
      first = static_cast<int32_t>(ascii.size);
      runs = static_cast<int32_t>(n);
      ascii.size += n;
      return false;
    }
    first = static_cast<int32_t>(pieces.size);
    runs = 0;
    pieces.push(static_cast<int32_t>(ascii.size), static_cast<int32_t>(i));
    ascii.size += i;
    for (;;) {
      // The non-ASCII run at i, joined with the next ones across short ASCII gaps.
      size_t end = next_ascii(u, i, n);
      for (;;) {
        size_t limit = end + kJoinGap < n ? end + kJoinGap : n;
        size_t next = next_non_ascii(u, end, limit);
        if (next == limit) break;
        end = next_ascii(u, next, n);
      }
      size_t len = end - i;
      size_t units = utf16_units(u + i, len);
      std::memcpy(wide.reserve(len), d + i, len);
      wide.size += len;
      pieces.push(static_cast<int32_t>(wide_units), static_cast<int32_t>(units));
      wide_units += units;
      ++runs;
      size_t a = copy_ascii(ascii.data + ascii.size, d + end, n - end);
      pieces.push(static_cast<int32_t>(ascii.size), static_cast<int32_t>(a));
      ascii.size += a;
      i = end + a;
      if (i == n) return true;
    }
  }

  uint32_t slot_of(const std::string& type, bool& is_new) {
    is_new = false;
    if (last_slot < used_slots && same(types[last_slot], type)) return last_slot;
    for (uint32_t i = 0; i < used_slots; ++i) {
      if (same(types[i], type)) return last_slot = i;
    }
    uint32_t slot = next_slot;
    next_slot = (next_slot + 1) % kTypeSlots;
    if (used_slots < kTypeSlots) ++used_slots;
    types[slot] = type;
    is_new = true;
    return last_slot = slot;
  }

  void begin() {
    ascii.clear();
    wide.clear();
    wide_units = 0;
    records.clear();
    pieces.clear();
  }

  int32_t drain() {
    int32_t count = 0;
    while (parser.next_event(ev)) {
      int32_t* r = records.reserve(kRecordWords);
      records.size += kRecordWords;
      r[3] = r[4] = r[5] = r[6] = r[7] = 0;
      bool new_type;
      uint32_t slot = slot_of(ev.type, new_type);
      uint32_t flags = slot << 8;
      if (put_data(ev.data, r[1], r[2])) flags |= kDataPieces;
      if (new_type) {
        flags |= kTypeNew;
        if (put(ev.type, r[3], r[4])) flags |= kTypeWide;
      }
      if (!same(ev.id, id)) {
        id = ev.id;
        flags |= kIdNew;
        if (put(ev.id, r[5], r[6])) flags |= kIdWide;
      }
      r[0] = static_cast<int32_t>(flags);
      ++count;
    }
    // A large event's buffer is not kept for the next one.
    if (ev.data.capacity() > kKeepOutput) std::string().swap(ev.data);
    batch.records = address(records.data);
    batch.count = count;
    batch.ascii = address(ascii.data);
    batch.ascii_len = static_cast<int32_t>(ascii.size);
    batch.wide = address(wide.data);
    batch.wide_len = static_cast<int32_t>(wide.size);
    batch.pieces = address(pieces.data);
    return count;
  }

  void set_text(const std::string& s) {
    text = s;
    batch.text = address(text.data());
    batch.text_len = static_cast<int32_t>(text.size());
  }
};

FastParser* from(int32_t handle) { return reinterpret_cast<FastParser*>(static_cast<uintptr_t>(handle)); }

}  // namespace

extern "C" {

// A parser; max_event_bytes <= 0 keeps the core's default. 0 when out of memory.
EMSCRIPTEN_KEEPALIVE int32_t coze_sse_new(double max_event_bytes) {
  coze::SseConfig config;
  if (max_event_bytes > 0) {
    config.max_event_bytes = max_event_bytes >= 9.2e18 ? INT64_MAX : static_cast<int64_t>(max_event_bytes);
  }
  auto* p = new (std::nothrow) FastParser(config);
  if (!p) return 0;
  p->input.reserve(4096);
  p->batch.input = address(p->input.data);
  p->batch.input_cap = static_cast<int32_t>(p->input.capacity);
  return address(p);
}

EMSCRIPTEN_KEEPALIVE void coze_sse_delete(int32_t handle) { delete from(handle); }

// The address of the parser's Batch words (fixed for the parser's life).
EMSCRIPTEN_KEEPALIVE int32_t coze_sse_batch(int32_t handle) { return address(&from(handle)->batch); }

// Makes room for `len` input bytes (at most kMaxInput); the new address and
// capacity are in the batch words.
EMSCRIPTEN_KEEPALIVE void coze_sse_reserve(int32_t handle, int32_t len) {
  FastParser* p = from(handle);
  size_t want = static_cast<size_t>(len < 0 ? 0 : len);
  if (want > kMaxInput) want = kMaxInput;
  p->input.reserve(want);
  p->batch.input = address(p->input.data);
  p->batch.input_cap = static_cast<int32_t>(p->input.capacity);
}

// Feeds the first `len` bytes of the input buffer; returns the number of
// events completed (their records and texts are in the batch).
EMSCRIPTEN_KEEPALIVE int32_t coze_sse_feed(int32_t handle, int32_t len) {
  FastParser* p = from(handle);
  p->begin();
  size_t n = static_cast<size_t>(len < 0 ? 0 : len);
  if (n > p->input.capacity) n = p->input.capacity;
  if (n > 0) p->parser.feed(p->input.data, n);
  return p->drain();
}

// End of stream; returns the number of events still queued.
EMSCRIPTEN_KEEPALIVE int32_t coze_sse_finish(int32_t handle) {
  FastParser* p = from(handle);
  p->begin();
  p->parser.finish();
  return p->drain();
}

// The error name ("" while healthy) as the batch's text.
EMSCRIPTEN_KEEPALIVE void coze_sse_error(int32_t handle) {
  FastParser* p = from(handle);
  p->set_text(p->parser.error());
}

EMSCRIPTEN_KEEPALIVE void coze_sse_last_event_id(int32_t handle) {
  FastParser* p = from(handle);
  p->set_text(p->parser.last_event_id());
}

// The last valid retry: value, or -1.
EMSCRIPTEN_KEEPALIVE double coze_sse_retry_ms(int32_t handle) {
  return static_cast<double>(from(handle)->parser.retry_ms());
}

}  // extern "C"
