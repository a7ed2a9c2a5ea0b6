#include <gtest/gtest.h>

#include "coze/ulid.h"

namespace {

TEST(Ulid, SpecExampleRoundTrips) {
  auto d = coze::ulid_decode("01ARZ3NDEKTSV4RRFFQ69G5FAV");
  ASSERT_TRUE(d.ok) << d.error;
  EXPECT_EQ(d.timestamp_ms, 1469922850259);
  auto e = coze::ulid_encode(d.timestamp_ms, d.randomness_hex);
  ASSERT_TRUE(e.ok);
  EXPECT_EQ(e.text, "01ARZ3NDEKTSV4RRFFQ69G5FAV");
}

TEST(Ulid, EncodeDecodeIsIdentityOnBoundaryValues) {
  const int64_t stamps[] = {0, 1, 255, 1469918176385, (int64_t{1} << 48) - 1};
  const char* rands[] = {"00000000000000000000", "ffffffffffffffffffff", "0123456789abcdef0123",
                         "80000000000000000001"};
  for (int64_t ts : stamps) {
    for (const char* r : rands) {
      auto e = coze::ulid_encode(ts, r);
      ASSERT_TRUE(e.ok);
      ASSERT_EQ(e.text.size(), 26u);
      auto d = coze::ulid_decode(e.text);
      ASSERT_TRUE(d.ok);
      EXPECT_EQ(d.timestamp_ms, ts);
      EXPECT_EQ(d.randomness_hex, r);
    }
  }
}

TEST(Ulid, DecodeIsStrictAndCaseInsensitive) {
  EXPECT_TRUE(coze::ulid_decode("01arz3ndektsv4rrffq69g5fav").ok);
  EXPECT_EQ(coze::ulid_decode("7ZZZZZZZZZZZZZZZZZZZZZZZZZ").timestamp_ms, (int64_t{1} << 48) - 1);
  for (const char* bad : {"", "01ARZ3NDEKTSV4RRFFQ69G5FA", "01ARZ3NDEKTSV4RRFFQ69G5FAVX",
                          "8ZZZZZZZZZZZZZZZZZZZZZZZZZ", "01ARZ3NDEKTSV4RRFFQ69G5FAI",
                          "01ARZ3NDEKTSV4RRFFQ69G5FAL", "01ARZ3NDEKTSV4RRFFQ69G5FAO",
                          "01ARZ3NDEKTSV4RRFFQ69G5FAU", "01ARZ3NDEKTSV4RRFFQ69G5FA!"}) {
    auto d = coze::ulid_decode(bad);
    EXPECT_FALSE(d.ok) << bad;
    EXPECT_EQ(d.error, "invalid_ulid") << bad;
  }
}

TEST(Ulid, EncodeRejectsOutOfRange) {
  EXPECT_EQ(coze::ulid_encode(int64_t{1} << 48, "00000000000000000000").error, "invalid_argument");
  EXPECT_EQ(coze::ulid_encode(-1, "00000000000000000000").error, "invalid_argument");
  EXPECT_EQ(coze::ulid_encode(0, "0000000000000000000").error, "invalid_argument");
  EXPECT_EQ(coze::ulid_encode(0, "000000000000000000zz").error, "invalid_argument");
}

TEST(UlidFactory, MonotonicWithinAMillisecondAndAcrossClockSteps) {
  coze::UlidFactory f;
  auto a = f.next(10, "000000000000000000ff");
  auto b = f.next(10, "99999999999999999999");  // same ms: fresh entropy ignored
  auto c = f.next(9, "99999999999999999999");   // clock went back
  auto d = f.next(11, "11111111111111111111");
  EXPECT_EQ(b.randomness_hex, "00000000000000000100");
  EXPECT_EQ(c.timestamp_ms, 10);
  EXPECT_EQ(c.randomness_hex, "00000000000000000101");
  EXPECT_EQ(d.randomness_hex, "11111111111111111111");
  EXPECT_LT(a.text, b.text);
  EXPECT_LT(b.text, c.text);
  EXPECT_LT(c.text, d.text);
}

TEST(UlidFactory, OverflowFailsWithoutChangingState) {
  coze::UlidFactory f;
  ASSERT_TRUE(f.next(5, "ffffffffffffffffffff").ok);
  auto o = f.next(5, "00000000000000000000");
  EXPECT_FALSE(o.ok);
  EXPECT_EQ(o.error, "ulid_overflow");
  EXPECT_EQ(f.next(5, "00000000000000000000").error, "ulid_overflow");
  auto r = f.next(6, "00000000000000000001");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.timestamp_ms, 6);
}

}  // namespace
