// Writes the benchmark's chat stream to a file, so that other harnesses
// (bench/node) feed exactly the bytes the native benchmarks feed, and prints
// its counts as JSON.
//
//   coze_bench_stream OUT [BYTES]
#include <cstdio>
#include <cstdlib>
#include <string>

#include "chat_stream.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s OUT [BYTES]\n", argv[0]);
    return 2;
  }
  size_t target = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 50 * 1000 * 1000;
  coze::bench::ChatStream s = coze::bench::make_chat_stream(target);
  std::FILE* f = std::fopen(argv[1], "wb");
  if (!f || std::fwrite(s.bytes.data(), 1, s.bytes.size(), f) != s.bytes.size() || std::fclose(f) != 0) {
    std::fprintf(stderr, "cannot write %s\n", argv[1]);
    return 1;
  }
  std::printf("{\"bytes\":%zu,\"events\":%llu,\"deltas\":%llu,\"message_events\":%llu,\"content_bytes\":%llu}\n",
              s.bytes.size(), static_cast<unsigned long long>(s.events), static_cast<unsigned long long>(s.deltas),
              static_cast<unsigned long long>(s.message_events), static_cast<unsigned long long>(s.content_bytes));
  return 0;
}
