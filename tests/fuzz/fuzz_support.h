// What every fuzz target shares: an input reader that never runs dry and a
// check that aborts (so libFuzzer records the input) when an invariant breaks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace coze_fuzz {

[[noreturn]] inline void broken(const char* file, int line, const char* what) {
  std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", file, line, what);
  std::abort();
}

#define FUZZ_CHECK(cond, what)                                  \
  do {                                                          \
    if (!(cond)) ::coze_fuzz::broken(__FILE__, __LINE__, what); \
  } while (0)

// Reads parameter bytes from the front of the input; past the end it yields
// zeros, so short inputs are valid too.
class Input {
 public:
  Input(const uint8_t* data, size_t size) : p_(data), n_(size) {}

  uint8_t byte() {
    if (n_ == 0) return 0;
    --n_;
    return *p_++;
  }
  uint16_t u16() {
    uint16_t hi = byte();
    return static_cast<uint16_t>(hi << 8 | byte());
  }
  const char* rest_data() const { return reinterpret_cast<const char*>(p_); }
  size_t rest_size() const { return n_; }
  std::string rest() const { return std::string(rest_data(), n_); }

 private:
  const uint8_t* p_;
  size_t n_;
};

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, at most U+10FFFF.
// Written here on purpose, independent of the core's own UTF-8 code.
inline bool valid_utf8(const std::string& s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len;
    uint32_t cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = cp << 6 | (cc & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    i += len;
  }
  return true;
}

// DESIGN.md's error kinds: every Error the core gives must carry one of them.
inline bool known_kind(const std::string& k) {
  static const char* const kinds[] = {"bad_request", "authentication", "permission_denied", "not_found",
                                      "conflict", "unprocessable", "rate_limited", "server", "gateway",
                                      "timeout", "connection", "cancelled", "decode", "stream", "api",
                                      "invalid_argument", "internal"};
  for (const char* name : kinds) {
    if (k == name) return true;
  }
  return false;
}

}  // namespace coze_fuzz
