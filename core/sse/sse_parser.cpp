// WHATWG HTML "event stream interpretation", incrementally.
//
// Theory of operation: bytes are split into lines on CR, LF or CRLF (a CR at
// the end of one chunk remembers to swallow an LF at the start of the next).
// A line that ends inside the chunk is processed straight from the chunk; the
// tail of a chunk without a line end is kept in `line`, the only place raw
// bytes wait. CR and LF never occur inside a UTF-8 sequence, so repairing
// UTF-8 per line is the same as decoding the whole stream first.
//
// Speed: one pass finds a line's end and checks its UTF-8 together, 32 or 16
// (SIMD) or 8 bytes at a time while they are ASCII; a line split between
// chunks is checked again only when a piece was not well-formed on its own;
// an event's data and type buffers are swapped into a reused queue slot, so
// a steady stream read with next_event() into the same SseEvent copies each
// byte once and allocates nothing per event.
#include <algorithm>
#include <cstdint>
#include <cstring>

#include "coze/sse.h"
#include "sse/utf8.h"

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace coze {
namespace {

// Buffers bigger than this are released once used rather than kept for reuse.
constexpr size_t kKeepCapacity = 64 * 1024;

void release_if_large(std::string& s) {
  if (s.capacity() > kKeepCapacity) std::string().swap(s);
}

inline unsigned lowest_bit(uint64_t m) { return static_cast<unsigned>(__builtin_ctzll(m)); }

// The first CR or LF in [p, end), or nullptr; `valid` tells whether the
// bytes before it are well-formed UTF-8 (a sequence cut by `end` counts as
// ill-formed: such a line continues in the next chunk and is checked again).
const char* scan_line(const char* p, const char* end, bool& valid) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  const auto* e = reinterpret_cast<const unsigned char*>(end);
  valid = true;
  for (;;) {
#if defined(__wasm_simd128__)
    // The WASM build (wasm SIMD): 32 bytes per step, then 16.
    const v128_t lf = wasm_i8x16_splat('\n');
    const v128_t cr = wasm_i8x16_splat('\r');
    auto flagged = [&](v128_t v) {
      return wasm_v128_or(wasm_v128_or(wasm_i8x16_eq(v, lf), wasm_i8x16_eq(v, cr)), v);
    };
    while (e - u >= 32) {
      v128_t a = flagged(wasm_v128_load(u));
      v128_t b = flagged(wasm_v128_load(u + 16));
      if (wasm_i8x16_bitmask(wasm_v128_or(a, b)) == 0) {
        u += 32;
        continue;
      }
      unsigned m = wasm_i8x16_bitmask(a) | (wasm_i8x16_bitmask(b) << 16);
      u += lowest_bit(m);
      goto flagged_byte;
    }
    while (e - u >= 16) {
      unsigned m = wasm_i8x16_bitmask(flagged(wasm_v128_load(u)));
      if (m == 0) {
        u += 16;
        continue;
      }
      u += lowest_bit(m);
      break;
    }
  flagged_byte:
#elif defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    while (e - u >= 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u));
      unsigned m = static_cast<unsigned>(_mm_movemask_epi8(
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)), v)));
      if (m == 0) {
        u += 16;
        continue;
      }
      u += lowest_bit(m);
      break;
    }
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    constexpr uint64_t kHighs = 0x8080808080808080ULL;
    while (e - u >= 8) {
      uint64_t w;
      std::memcpy(&w, u, 8);
      uint64_t x = w ^ (kOnes * '\n');
      uint64_t y = w ^ (kOnes * '\r');
      // The lowest flagged byte is exact (borrows only flag bytes above it).
      uint64_t m = (((x - kOnes) & ~x) | ((y - kOnes) & ~y) | w) & kHighs;
      if (m == 0) {
        u += 8;
        continue;
      }
      u += lowest_bit(m) >> 3;
      break;
    }
#endif
    if (u >= e) return nullptr;
    unsigned c = *u;
    if (c == '\n' || c == '\r') return reinterpret_cast<const char*>(u);
    if (c < 0x80) {
      ++u;
      continue;
    }
    int len = sse::utf8_step(u, static_cast<size_t>(e - u));
    if (len > 0) {
      u += len;
    } else {
      valid = false;
      u += -len;
    }
  }
}

}  // namespace

struct SseParser::Impl {
  SseConfig config;
  std::string line;         // partial line carried between chunks
  bool line_valid = true;   // each piece of `line` was well-formed UTF-8 when scanned
  std::string data;         // data buffer
  std::string event_type;   // event type buffer
  std::string id_buffer;    // last event ID buffer (persists)
  std::string last_id;      // last event ID string (set at dispatch)
  std::string scratch;      // UTF-8 repair output
  int64_t retry = -1;
  // Events waiting in queue[head, tail). Slots past tail are kept with their
  // strings' capacity for the next events.
  std::vector<SseEvent> queue;
  size_t head = 0;
  size_t tail = 0;
  std::string error;
  int bom_matched = 0;      // leading BOM bytes seen so far
  bool bom_done = false;
  bool after_cr = false;    // last chunk ended in CR
  bool finished = false;

  size_t buffered() const { return line.size() + data.size() + event_type.size(); }

  // Inline: it runs for every line; the failure is out of line.
  bool over_limit(size_t extra) {
    if (config.max_event_bytes >= 0 &&
        buffered() + extra > static_cast<uint64_t>(config.max_event_bytes)) {
      fail_too_large();
      return true;
    }
    return false;
  }

  // Appends to the partial line. It grows by doubling up to 1 MiB; a line
  // longer than that gets room for max_event_bytes at once, so a long line
  // costs one buffer of that size (only the pages written count), not a
  // trail of doubled copies (which a WASM heap, that never shrinks, keeps).
  void append_line(const char* p, size_t n) {
    constexpr size_t kLongLine = 1024 * 1024;
    size_t want = line.size() + n;
    if (want > line.capacity() && config.max_event_bytes >= 0) {
      size_t cap = std::max(want, line.capacity() * 2);
      if (cap > kLongLine) cap = std::max(want, static_cast<size_t>(config.max_event_bytes));
      line.reserve(cap);
    }
    line.append(p, n);
  }

#if defined(__GNUC__)
  __attribute__((noinline, cold))
#endif
  void fail_too_large() {
    error = "event_too_large";
    line.clear();
    line.shrink_to_fit();
    line_valid = true;
    data.clear();
    data.shrink_to_fit();
  }

  void dispatch() {
    if (last_id != id_buffer) last_id = id_buffer;
    if (data.empty()) {
      event_type.clear();
      return;
    }
    if (data.back() == '\n') data.pop_back();
    if (tail == queue.size()) queue.emplace_back();
    SseEvent& ev = queue[tail++];
    // The data and type buffers become the event's; the slot's old buffers
    // take their places. Nothing is copied or allocated.
    if (event_type.empty()) ev.type.assign("message", 7);
    else ev.type.swap(event_type);
    ev.data.swap(data);
    data.clear();
    release_if_large(data);
    if (ev.id != last_id) ev.id = last_id;
    event_type.clear();
  }

  static bool all_digits(const char* p, size_t n) {
    if (n == 0) return false;
    for (size_t i = 0; i < n; ++i) {
      if (p[i] < '0' || p[i] > '9') return false;
    }
    return true;
  }

  // Field names are short: look at a few bytes inline before calling memchr.
  static const char* find_colon(const char* p, size_t n) {
    size_t k = n < 8 ? n : 8;
    for (size_t i = 0; i < k; ++i) {
      if (p[i] == ':') return p + i;
    }
    return n > k ? static_cast<const char*>(std::memchr(p + k, ':', n - k)) : nullptr;
  }

  // One complete line (without its terminator), already valid UTF-8.
  void process_valid_line(const char* p, size_t n) {
    if (n == 0) {
      dispatch();
      return;
    }
    if (p[0] == ':') return;  // comment
    const char* colon = find_colon(p, n);
    size_t name_len = colon ? static_cast<size_t>(colon - p) : n;
    const char* value = colon ? colon + 1 : p + n;
    size_t value_len = colon ? n - name_len - 1 : 0;
    if (value_len > 0 && value[0] == ' ') {
      ++value;
      --value_len;
    }
    // Byte by byte: the names are short and a library call costs more
    // (in WebAssembly memcmp is a byte loop behind a call).
    auto is = [&](const char* name, size_t len) {
      if (name_len != len) return false;
      for (size_t i = 0; i < len; ++i) {
        if (p[i] != name[i]) return false;
      }
      return true;
    };
    if (is("data", 4)) {
      data.append(value, value_len);
      data.push_back('\n');
    } else if (is("event", 5)) {
      event_type.assign(value, value_len);
    } else if (is("id", 2)) {
      if (!std::memchr(value, '\0', value_len)) id_buffer.assign(value, value_len);
    } else if (is("retry", 5)) {
      if (all_digits(value, value_len)) {
        // Values that do not fit in 63 bits are ignored like any invalid one.
        int64_t v = 0;
        bool overflow = false;
        for (size_t i = 0; i < value_len && !overflow; ++i) {
          int d = value[i] - '0';
          if (v > (INT64_MAX - d) / 10) overflow = true;
          else v = v * 10 + d;
        }
        if (!overflow) retry = v;
      }
    }
  }

  void process_line(const char* p, size_t n, bool valid) {
    if (valid) {
      process_valid_line(p, n);
    } else {
      scratch.clear();
      sse::utf8_append_repaired(scratch, p, n);
      process_valid_line(scratch.data(), scratch.size());
    }
  }

  void feed(const char* p, size_t n) {
    if (!error.empty() || finished) return;
    // Strip exactly one leading BOM, also when split across chunks.
    while (!bom_done && n > 0) {
      static const unsigned char kBom[3] = {0xEF, 0xBB, 0xBF};
      if (static_cast<unsigned char>(*p) == kBom[bom_matched]) {
        ++p;
        --n;
        if (++bom_matched == 3) bom_done = true;
      } else {
        bom_done = true;
        if (bom_matched > 0) {
          // The prefix was not a BOM after all: it is data.
          const char prefix[3] = {'\xEF', '\xBB', '\xBF'};
          int m = bom_matched;
          bom_matched = 0;
          feed(prefix, static_cast<size_t>(m));
          if (!error.empty()) return;
        }
      }
    }
    const char* end = p + n;
    if (after_cr && p < end) {
      after_cr = false;
      if (*p == '\n') ++p;
    }
    while (p < end) {
      bool valid;
      const char* eol = scan_line(p, end, valid);
      if (!eol) {
        size_t rest = static_cast<size_t>(end - p);
        if (over_limit(rest)) return;
        append_line(p, rest);
        line_valid = line_valid && valid;
        return;
      }
      size_t len = static_cast<size_t>(eol - p);
      if (over_limit(len)) return;
      if (line.empty()) {
        process_line(p, len, valid);
      } else {
        append_line(p, len);
        // Well-formed pieces make a well-formed line; only a line with a
        // character split between chunks (or a bad one) is checked whole.
        bool whole_valid = (line_valid && valid) || sse::utf8_valid(line.data(), line.size());
        process_line(line.data(), line.size(), whole_valid);
        line.clear();
        line_valid = true;
        release_if_large(line);
      }
      if (over_limit(0)) return;
      p = eol + 1;
      if (*eol == '\r') {
        if (p == end) after_cr = true;
        else if (*p == '\n') ++p;
      }
    }
  }
};

SseParser::SseParser(const SseConfig& config) : impl_(new Impl) { impl_->config = config; }
SseParser::~SseParser() = default;

void SseParser::feed(const char* data, size_t len) { impl_->feed(data, len); }

void SseParser::finish() {
  // An undispatched event (and a partial line) at end of stream is discarded.
  impl_->finished = true;
  impl_->line.clear();
  impl_->line_valid = true;
  impl_->data.clear();
  impl_->event_type.clear();
}

std::vector<SseEvent> SseParser::take_events() {
  std::vector<SseEvent> out;
  out.reserve(impl_->tail - impl_->head);
  for (size_t i = impl_->head; i < impl_->tail; ++i) out.push_back(std::move(impl_->queue[i]));
  impl_->head = impl_->tail = 0;
  return out;
}

bool SseParser::next_event(SseEvent& out) {
  if (impl_->head >= impl_->tail) return false;
  // A swap, not a move: the caller's old strings come back as buffers to
  // reuse. Field by field: string swaps, no temporary event.
  SseEvent& ev = impl_->queue[impl_->head++];
  out.type.swap(ev.type);
  out.data.swap(ev.data);
  out.id.swap(ev.id);
  if (impl_->head == impl_->tail) impl_->head = impl_->tail = 0;
  return true;
}

bool SseParser::has_event() const { return impl_->head < impl_->tail; }
std::string SseParser::error() const { return impl_->error; }
int64_t SseParser::retry_ms() const { return impl_->retry; }
std::string SseParser::last_event_id() const { return impl_->last_id; }

}  // namespace coze
