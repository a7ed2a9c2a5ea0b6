#include "sse/utf8.h"

#include <cstdint>

namespace coze::sse {
namespace {

// Decodes one scalar at p (n > 0 bytes available). Returns the length of the
// well-formed sequence, or -(length of the maximal ill-formed subpart).
int step(const unsigned char* p, size_t n) {
  unsigned c = p[0];
  if (c < 0x80) return 1;
  int need;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return -1;
  }
  size_t i = 1;
  for (; i <= static_cast<size_t>(need); ++i) {
    if (i >= n) return -static_cast<int>(i);
    unsigned b = p[i];
    if (b < lo || b > hi) return -static_cast<int>(i);
    lo = 0x80;
    hi = 0xBF;
  }
  return need + 1;
}

}  // namespace

bool utf8_valid(const char* p, size_t n) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  size_t i = 0;
  while (i < n) {
    // Skip ASCII eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      __builtin_memcpy(&w, u + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    int len = step(u + i, n - i);
    if (len < 0) return false;
    i += static_cast<size_t>(len);
  }
  return true;
}

void utf8_append_repaired(std::string& out, const char* p, size_t n) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  size_t i = 0;
  while (i < n) {
    int len = step(u + i, n - i);
    if (len > 0) {
      out.append(p + i, static_cast<size_t>(len));
      i += static_cast<size_t>(len);
    } else {
      out.append("\xEF\xBF\xBD");
      i += static_cast<size_t>(-len);
    }
  }
}

}  // namespace coze::sse
