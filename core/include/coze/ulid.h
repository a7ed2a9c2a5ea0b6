// ULID (https://github.com/ulid/spec): 48-bit millisecond timestamp plus
// 80 bits of randomness, as 26 characters of Crockford base32.
//
// The core has no clock and no entropy of its own: callers pass both in.
#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace coze {

// The outcome of a ULID operation, in a shape every binding can carry.
struct UlidResult {
  bool ok = false;
  std::string error;           // "" or "invalid_ulid", "ulid_overflow", "invalid_argument"
  std::string text;            // canonical upper-case form
  int64_t timestamp_ms = 0;    // 0 .. 2^48-1
  std::string randomness_hex;  // 20 lower-case hex digits (10 bytes)
};

// Encodes a timestamp (0 .. 2^48-1) and 10 bytes of randomness given as 20
// hex digits. Out-of-range input is the error "invalid_argument".
UlidResult ulid_encode(int64_t timestamp_ms, const std::string& randomness_hex);

// Strict decode: exactly 26 characters of Crockford base32, case-insensitive,
// first character 0-7 (no timestamp overflow). Anything else: "invalid_ulid".
UlidResult ulid_decode(const std::string& text);

// Monotonic factory. Each call gives the clock reading and the entropy a
// fresh draw would return (10 bytes, 20 hex digits). Within the same
// millisecond, or when the clock goes backwards, it keeps the last timestamp
// and increments the last randomness; past 2^80-1 that is "ulid_overflow".
class UlidFactory {
 public:
  UlidResult next(int64_t now_ms, const std::string& entropy_hex);
  // Same, with raw entropy bytes (for native callers).
  UlidResult next_bytes(int64_t now_ms, const std::array<uint8_t, 10>& entropy);

 private:
  bool has_last_ = false;
  int64_t last_ms_ = 0;
  std::array<uint8_t, 10> last_rand_{};
};

}  // namespace coze
