// UTF-8 repair per the WHATWG Encoding standard's decoder: each maximal
// ill-formed subpart becomes one U+FFFD.
#pragma once

#include <cstddef>
#include <string>

namespace coze::sse {

// Decodes one scalar at p (lead byte >= 0x80, n > 0 bytes available).
// Returns the length of the well-formed sequence, or -(length of the maximal
// ill-formed subpart); a sequence cut short by n counts as ill-formed.
inline int utf8_step(const unsigned char* p, size_t n) {
  unsigned c = p[0];
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
    return c < 0x80 ? 1 : -1;
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

// True when [p, p+n) is well-formed UTF-8 (fast path: nothing to repair).
bool utf8_valid(const char* p, size_t n);
// Appends [p, p+n) to out with every ill-formed subpart replaced by U+FFFD.
void utf8_append_repaired(std::string& out, const char* p, size_t n);

}  // namespace coze::sse
