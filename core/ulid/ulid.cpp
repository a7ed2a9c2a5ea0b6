// ULID encode, strict decode and the monotonic factory.
#include "coze/ulid.h"

#include <cstring>

namespace coze {
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int64_t kMaxTimestamp = (int64_t{1} << 48) - 1;
using Bytes16 = std::array<uint8_t, 16>;

// Crockford base32 value of a character, case-insensitive; -1 outside the
// alphabet (I, L, O and U are rejected: decoding is strict).
int decode_char(unsigned char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<unsigned char>(c - 'a' + 'A');
  for (int i = 0; i < 32; ++i) {
    if (kAlphabet[i] == c) return i;
  }
  return -1;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool parse_hex10(const std::string& hex, std::array<uint8_t, 10>& out) {
  if (hex.size() != 20) return false;
  for (size_t i = 0; i < 10; ++i) {
    int hi = hex_value(hex[2 * i]), lo = hex_value(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    out[i] = static_cast<uint8_t>(hi << 4 | lo);
  }
  return true;
}

std::string to_hex(const uint8_t* p, size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string s(2 * n, '0');
  for (size_t i = 0; i < n; ++i) {
    s[2 * i] = digits[p[i] >> 4];
    s[2 * i + 1] = digits[p[i] & 15];
  }
  return s;
}

// 128 bits, big-endian, as 26 base32 digits (the first carries 3 bits).
std::string encode_bytes(const Bytes16& b) {
  std::string out(26, '0');
  // Walk the 130-bit field (2 leading zero bits) five bits at a time.
  for (int i = 0; i < 26; ++i) {
    int bit = i * 5 - 2;  // index of the digit's first bit within the 128 bits
    int v = 0;
    for (int k = 0; k < 5; ++k, ++bit) {
      v <<= 1;
      if (bit >= 0) v |= (b[bit / 8] >> (7 - bit % 8)) & 1;
    }
    out[i] = kAlphabet[v];
  }
  return out;
}

UlidResult make_result(int64_t ts, const std::array<uint8_t, 10>& rnd) {
  Bytes16 b{};
  for (int i = 0; i < 6; ++i) b[i] = static_cast<uint8_t>(ts >> (8 * (5 - i)));
  std::memcpy(b.data() + 6, rnd.data(), 10);
  UlidResult r;
  r.ok = true;
  r.text = encode_bytes(b);
  r.timestamp_ms = ts;
  r.randomness_hex = to_hex(rnd.data(), 10);
  return r;
}

UlidResult failure(const char* error) {
  UlidResult r;
  r.error = error;
  return r;
}

}  // namespace

UlidResult ulid_encode(int64_t timestamp_ms, const std::string& randomness_hex) {
  std::array<uint8_t, 10> rnd{};
  if (timestamp_ms < 0 || timestamp_ms > kMaxTimestamp || !parse_hex10(randomness_hex, rnd)) {
    return failure("invalid_argument");
  }
  return make_result(timestamp_ms, rnd);
}

UlidResult ulid_decode(const std::string& text) {
  if (text.size() != 26) return failure("invalid_ulid");
  Bytes16 b{};
  int bit = -2;
  for (size_t i = 0; i < 26; ++i) {
    int v = decode_char(static_cast<unsigned char>(text[i]));
    if (v < 0 || (i == 0 && v > 7)) return failure("invalid_ulid");
    for (int k = 4; k >= 0; --k, ++bit) {
      if (bit >= 0 && ((v >> k) & 1)) b[bit / 8] |= static_cast<uint8_t>(1u << (7 - bit % 8));
    }
  }
  int64_t ts = 0;
  for (int i = 0; i < 6; ++i) ts = ts << 8 | b[i];
  std::array<uint8_t, 10> rnd{};
  std::memcpy(rnd.data(), b.data() + 6, 10);
  return make_result(ts, rnd);
}

UlidResult UlidFactory::next(int64_t now_ms, const std::string& entropy_hex) {
  std::array<uint8_t, 10> rnd{};
  if (!parse_hex10(entropy_hex, rnd)) return failure("invalid_argument");
  return next_bytes(now_ms, rnd);
}

UlidResult UlidFactory::next_bytes(int64_t now_ms, const std::array<uint8_t, 10>& entropy) {
  if (now_ms < 0 || now_ms > kMaxTimestamp) return failure("invalid_argument");
  if (has_last_ && now_ms <= last_ms_) {
    // Same millisecond or clock went backwards: keep the timestamp, add one.
    std::array<uint8_t, 10> inc = last_rand_;
    int i = 9;
    for (; i >= 0; --i) {
      if (++inc[i] != 0) break;
    }
    if (i < 0) return failure("ulid_overflow");  // state unchanged
    last_rand_ = inc;
    return make_result(last_ms_, last_rand_);
  }
  has_last_ = true;
  last_ms_ = now_ms;
  last_rand_ = entropy;
  return make_result(now_ms, entropy);
}

}  // namespace coze
