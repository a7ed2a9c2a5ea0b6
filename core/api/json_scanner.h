// The one-pass JSON scanner shared by the event fast path (event_json.cpp)
// and the record writer's fast path (record.cpp): strings checked sixteen
// (SSE2) or eight bytes at a time and unescaped, numbers, literals, and a
// checked skip over any value. Every function returns false rather than
// guess; the callers then fall back to nlohmann, the reference.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "sse/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace coze::api::scan {

constexpr int kMaxDepth = 64;
constexpr ptrdiff_t kMaxNumberChars = 300;  // no finite-double doubt below this

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;

// Nonzero when some byte of w is a quote, a backslash, below 0x20 or above
// 0x7F. (Borrows can only flag bytes after a byte that is truly flagged.)
inline uint64_t special_bytes(uint64_t w) {
  uint64_t quote = w ^ (kOnes * '"');
  uint64_t slash = w ^ (kOnes * '\\');
  uint64_t m = ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash) | ((w - kOnes * 0x20) & ~w) | w;
  return m & kHighs;
}

// Length of the well-formed UTF-8 sequence at p (lead byte >= 0x80), or 0.
inline int utf8_sequence(const unsigned char* p, const unsigned char* end) {
  int n = sse::utf8_step(p, static_cast<size_t>(end - p));
  return n > 0 ? n : 0;
}

inline int hex_digit(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

inline int hex4(const unsigned char* p) {
  int v = 0;
  for (int i = 0; i < 4; ++i) {
    int d = hex_digit(p[i]);
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

inline char* write_utf8(char* w, uint32_t cp) {
  if (cp < 0x80) {
    *w++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *w++ = static_cast<char>(0xC0 | (cp >> 6));
    *w++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *w++ = static_cast<char>(0xE0 | (cp >> 12));
    *w++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *w++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *w++ = static_cast<char>(0xF0 | (cp >> 18));
    *w++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *w++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *w++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return w;
}

inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

class Scanner {
 public:
  Scanner(const char* p, size_t n)
      : p_(reinterpret_cast<const unsigned char*>(p)), end_(p_ + n) {}

  void skip_ws() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }
  bool at_end() const { return p_ == end_; }
  const unsigned char* pos() const { return p_; }
  // The next byte (after whitespace is skipped by the caller), 0 at the end.
  unsigned char peek() const { return p_ < end_ ? *p_ : 0; }
  bool consume(unsigned char c) {
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }

  // At an opening quote: scans past the closing quote, appending the
  // unescaped text to *out when out is given. The text is checked first and
  // copied whole when it has no escapes.
  bool string(std::string* out) {
    ++p_;
    const unsigned char* start = p_;
    bool escaped = false;
    for (;;) {
      skip_plain();
      if (p_ >= end_) return false;
      unsigned c = *p_;
      if (c == '"') break;
      if (c == '\\') {
        escaped = true;
        if (!escape()) return false;
      } else if (c < 0x20) {
        return false;
      } else if (c < 0x80) {
        ++p_;
      } else {
        int len = utf8_sequence(p_, end_);
        if (len == 0) return false;
        p_ += len;
      }
    }
    if (out) {
      if (escaped) unescape(start, p_, *out);
      else out->append(reinterpret_cast<const char*>(start), static_cast<size_t>(p_ - start));
    }
    ++p_;
    return true;
  }

  // Skips bytes that need no attention inside a string: printable ASCII
  // other than the quote and the backslash.
  void skip_plain() {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i slash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (end_ - p_ >= 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_));
      // Signed compare: bytes >= 0x80 are negative and flagged with controls.
      __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, slash)),
                                 _mm_cmplt_epi8(v, space));
      unsigned m = static_cast<unsigned>(_mm_movemask_epi8(hit));
      if (m != 0) {
        p_ += __builtin_ctz(m);
        return;
      }
      p_ += 16;
    }
#endif
    while (end_ - p_ >= 8) {
      uint64_t w;
      std::memcpy(&w, p_, 8);
      if (special_bytes(w)) return;
      p_ += 8;
    }
  }

  // At an opening quote: a key without escapes, returned in place; then
  // whitespace and the colon are consumed.
  bool plain_key(const char*& key, size_t& len) {
    if (!consume('"')) return false;
    const unsigned char* start = p_;
    for (;;) {
      if (p_ >= end_) return false;
      unsigned c = *p_;
      if (c == '"') break;
      if (c == '\\' || c < 0x20) return false;
      if (c < 0x80) {
        ++p_;
      } else {
        int n = utf8_sequence(p_, end_);
        if (n == 0) return false;
        p_ += n;
      }
    }
    key = reinterpret_cast<const char*>(start);
    len = static_cast<size_t>(p_ - start);
    ++p_;
    skip_ws();
    return consume(':');
  }

  // A number. With `value`, only an integer that fits in int64 is taken.
  bool number(int64_t* value) {
    const unsigned char* start = p_;
    bool negative = consume('-');
    if (p_ >= end_) return false;
    if (*p_ == '0') {
      ++p_;
    } else if (*p_ >= '1' && *p_ <= '9') {
      while (p_ < end_ && is_digit(*p_)) ++p_;
    } else {
      return false;
    }
    const unsigned char* int_end = p_;
    bool integer = true;
    if (p_ < end_ && *p_ == '.') {
      ++p_;
      if (p_ >= end_ || !is_digit(*p_)) return false;
      while (p_ < end_ && is_digit(*p_)) ++p_;
      integer = false;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) return false;
    if (p_ - start > kMaxNumberChars) return false;
    if (value) {
      if (!integer) return false;
      const unsigned char* d = start + (negative ? 1 : 0);
      if (int_end - d > 18) return false;  // 18 digits always fit
      int64_t v = 0;
      for (; d < int_end; ++d) v = v * 10 + (*d - '0');
      *value = negative ? -v : v;
    }
    return true;
  }

  bool literal(const char* word, size_t len) {
    if (static_cast<size_t>(end_ - p_) < len || std::memcmp(p_, word, len) != 0) return false;
    p_ += len;
    return true;
  }

  // One value of any kind, checked and skipped.
  bool value() {
    unsigned char stack[kMaxDepth];
    int depth = 0;
    for (;;) {
      skip_ws();
      if (p_ >= end_) return false;
      unsigned char c = *p_;
      if (c == '{' || c == '[') {
        unsigned char close = c == '{' ? '}' : ']';
        ++p_;
        skip_ws();
        if (p_ >= end_) return false;
        if (*p_ != close) {
          if (depth == kMaxDepth) return false;
          stack[depth++] = c;
          if (c == '{' && !member_key()) return false;
          continue;  // to the first element
        }
        ++p_;
      } else if (!scalar()) {
        return false;
      }
      // A value ended: close containers, or go on to the next element.
      for (;;) {
        if (depth == 0) return true;
        skip_ws();
        if (p_ >= end_) return false;
        c = *p_++;
        bool in_object = stack[depth - 1] == '{';
        if (c == ',') {
          if (in_object) {
            skip_ws();
            if (!member_key()) return false;
          }
          break;
        }
        if (c != (in_object ? '}' : ']')) return false;
        --depth;
      }
    }
  }

 private:
  bool scalar() {
    switch (*p_) {
      case '"':
        return string(nullptr);
      case 't':
        return literal("true", 4);
      case 'f':
        return literal("false", 5);
      case 'n':
        return literal("null", 4);
      default:
        return (*p_ == '-' || is_digit(*p_)) && number(nullptr);
    }
  }

  bool member_key() {
    if (peek() != '"' || !string(nullptr)) return false;
    skip_ws();
    return consume(':');
  }

  // At a backslash: checks one escape and steps over it.
  bool escape() {
    if (end_ - p_ < 2) return false;
    switch (p_[1]) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        p_ += 2;
        return true;
      case 'u':
        return unicode_escape();
      default:
        return false;
    }
  }

  // At "\u": one code point, a surrogate pair when it starts with a high
  // surrogate; a lone surrogate is an error (as in nlohmann).
  bool unicode_escape() {
    if (end_ - p_ < 6) return false;
    int cp = hex4(p_ + 2);
    if (cp < 0) return false;
    p_ += 6;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (end_ - p_ < 6 || p_[0] != '\\' || p_[1] != 'u') return false;
      int lo = hex4(p_ + 2);
      if (lo < 0xDC00 || lo > 0xDFFF) return false;
      p_ += 6;
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      return false;
    }
    return true;
  }

  // Appends the string body [r, stop), already checked, unescaped. The
  // result is never longer than the escaped text, so it is written in place.
  static void unescape(const unsigned char* r, const unsigned char* stop, std::string& out) {
    size_t base = out.size();
    out.resize(base + static_cast<size_t>(stop - r));
    char* w = &out[base];
    while (r < stop) {
      const void* found = std::memchr(r, '\\', static_cast<size_t>(stop - r));
      const unsigned char* bs = found ? static_cast<const unsigned char*>(found) : stop;
      std::memcpy(w, r, static_cast<size_t>(bs - r));
      w += bs - r;
      r = bs;
      if (r == stop) break;
      switch (r[1]) {
        case 'b': *w++ = '\b'; break;
        case 'f': *w++ = '\f'; break;
        case 'n': *w++ = '\n'; break;
        case 'r': *w++ = '\r'; break;
        case 't': *w++ = '\t'; break;
        case 'u': {
          uint32_t cp = static_cast<uint32_t>(hex4(r + 2));
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<uint32_t>(hex4(r + 8)) - 0xDC00);
            r += 6;
          }
          w = write_utf8(w, cp);
          r += 6;
          continue;
        }
        default: *w++ = static_cast<char>(r[1]); break;  // " \ /
      }
      r += 2;
    }
    out.resize(static_cast<size_t>(w - out.data()));
  }

  const unsigned char* p_;
  const unsigned char* end_;
};

}  // namespace coze::api::scan
