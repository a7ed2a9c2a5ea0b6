// ULID: the whole input is a candidate ULID text. ulid_decode either fails
// with invalid_ulid or the value encodes back to the canonical upper-case
// text; acceptance is checked against an independent reading of the spec.
// Inputs of 18 bytes or more also drive ulid_encode and a UlidFactory.
#include <cstdint>
#include <string>

#include "coze/ulid.h"
#include "fuzz_support.h"

namespace {

const char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool in_alphabet(char c) {
  c = upper(c);
  for (const char* p = kCrockford; *p; ++p) {
    if (*p == c) return true;
  }
  return false;
}

// 26 characters of Crockford base32 (case-insensitive, no I L O U), the
// first one 0-7 so the value fits in 128 bits.
bool spec_valid(const std::string& s) {
  if (s.size() != 26) return false;
  for (char c : s) {
    if (!in_alphabet(c)) return false;
  }
  return s[0] >= '0' && s[0] <= '7';
}

bool lower_hex20(const std::string& s) {
  if (s.size() != 20) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string to_hex(const uint8_t* p, size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s.push_back(digits[p[i] >> 4]);
    s.push_back(digits[p[i] & 15]);
  }
  return s;
}

void check_decode(const std::string& text) {
  coze::UlidResult d = coze::ulid_decode(text);
  FUZZ_CHECK(d.ok == spec_valid(text), "ulid_decode accepts what the spec rejects, or the reverse");
  if (!d.ok) {
    FUZZ_CHECK(d.error == "invalid_ulid", "a rejected ULID without the error invalid_ulid");
    return;
  }
  std::string canonical;
  for (char c : text) canonical.push_back(upper(c));
  FUZZ_CHECK(d.text == canonical, "decode's text is not the canonical upper-case form");
  FUZZ_CHECK(d.timestamp_ms >= 0 && d.timestamp_ms < (int64_t{1} << 48), "decoded timestamp out of range");
  FUZZ_CHECK(lower_hex20(d.randomness_hex), "decoded randomness is not 20 lower-case hex digits");
  coze::UlidResult e = coze::ulid_encode(d.timestamp_ms, d.randomness_hex);
  FUZZ_CHECK(e.ok, "a decoded ULID does not encode again");
  FUZZ_CHECK(e.text == canonical, "decode then encode does not give the canonical text");
}

// Timestamp and randomness from raw bytes: encode succeeds exactly in range
// and decodes back; a factory fed the same draws twice stays increasing.
void check_encode(const uint8_t* p) {
  int64_t ts = 0;
  for (int i = 0; i < 8; ++i) ts = static_cast<int64_t>(static_cast<uint64_t>(ts) << 8 | p[i]);
  std::string hex = to_hex(p + 8, 10);
  coze::UlidResult e = coze::ulid_encode(ts, hex);
  bool in_range = ts >= 0 && ts < (int64_t{1} << 48);
  FUZZ_CHECK(e.ok == in_range, "ulid_encode range check is wrong");
  if (!e.ok) {
    FUZZ_CHECK(e.error == "invalid_argument", "an out-of-range encode without invalid_argument");
    return;
  }
  FUZZ_CHECK(spec_valid(e.text), "ulid_encode gave text outside the ULID alphabet");
  coze::UlidResult d = coze::ulid_decode(e.text);
  FUZZ_CHECK(d.ok && d.timestamp_ms == ts && d.randomness_hex == hex, "encode then decode is not the identity");

  coze::UlidFactory factory;
  coze::UlidResult first = factory.next(ts, hex);
  FUZZ_CHECK(first.ok && first.text == e.text, "a fresh factory does not give the plain encoding");
  coze::UlidResult second = factory.next(ts, hex);
  if (second.ok) {
    FUZZ_CHECK(second.text > first.text, "a factory went backwards within one millisecond");
    FUZZ_CHECK(second.timestamp_ms == ts, "a factory changed the timestamp within one millisecond");
  } else {
    FUZZ_CHECK(second.error == "ulid_overflow" && hex == "ffffffffffffffffffff",
               "a factory failed other than by overflowing the maximal randomness");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  check_decode(std::string(reinterpret_cast<const char*>(data), size));
  if (size >= 18) check_encode(data);
  return 0;
}
