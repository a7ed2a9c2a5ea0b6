// Memory benchmark of the native target: a streamed upload and a streamed
// download must not hold the file in memory.
//
// Run (from the repo root, after `scripts/targets/native build`):
//   $COZE_BUILD_DIR/tests/coze_memory_bench BASE_URL UPLOAD_BYTES DOWNLOAD_BYTES TMPDIR
// (COZE_BUILD_DIR defaults to build/native), e.g. against
// `python3 tests/fake_coze/server.py --port 8765`:
//   build/native/tests/coze_memory_bench http://127.0.0.1:8765 268435456 67108864 /tmp
//
// It makes the client and warms it up with small calls, writes a file of
// UPLOAD_BYTES into TMPDIR in 1 MiB pieces, reads VmRSS (idle), resets VmHWM
// (writes 5 to /proc/self/clear_refs), uploads the file with files.upload
// from its path, saves DOWNLOAD_BYTES of speech (X-Fake-Speech-Bytes) into a
// file in TMPDIR, checks both sizes, reads VmHWM (peak) and prints one JSON
// line: {"target", "idle_rss_kib", "peak_rss_kib", "upload_bytes",
// "download_bytes", "upload_s", "download_s"}. Exit 1 on any failure.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "coze/client.h"

namespace {

// A field of /proc/self/status in KiB ("VmRSS", "VmHWM"); -1 when absent.
long status_kib(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.compare(0, field.size() + 1, field + ":") == 0) return std::atol(line.c_str() + field.size() + 1);
  }
  return -1;
}

bool reset_peak() {
  std::ofstream out("/proc/self/clear_refs");
  out << "5";
  out.flush();
  return static_cast<bool>(out);
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

coze::params::AudioSpeechCreate speech() {
  coze::params::AudioSpeechCreate p;
  p.input = "memory bench";
  p.voice_id = "7300000000000000301";
  return p;
}

coze::RequestOptions speech_bytes(int64_t n) {
  coze::RequestOptions o;
  o.extra_headers = {{"X-Fake-Speech-Bytes", std::to_string(n)}};
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: " << argv[0] << " BASE_URL UPLOAD_BYTES DOWNLOAD_BYTES TMPDIR\n";
    return 2;
  }
  const std::string base_url = argv[1];
  const int64_t upload_bytes = std::atoll(argv[2]);
  const int64_t download_bytes = std::atoll(argv[3]);
  const std::filesystem::path tmp = argv[4];
  const std::string tag = std::to_string(getpid());
  const std::string up_path = (tmp / ("coze_bench_up_" + tag + ".bin")).string();
  const std::string down_path = (tmp / ("coze_bench_down_" + tag + ".bin")).string();
  int rc = 0;
  try {
    coze::ClientConfig config;
    config.base_url = base_url;
    config.token = "pat_memory_bench";
    coze::CozeClient client(config);

    // Warm-up: the upload and the download paths once, small.
    coze::params::FilesUpload warm;
    warm.file = coze::FileParam::from_bytes("warm-up", "warm.txt", "text/plain");
    client.files().upload(warm);
    client.audio().speech().create(speech(), [](std::string_view) {}, speech_bytes(1024));

    {  // the file to upload, 1 MiB at a time
      std::ofstream out(up_path, std::ios::binary);
      std::string piece(1024 * 1024, '\0');
      for (int64_t at = 0; at < upload_bytes; at += static_cast<int64_t>(piece.size())) {
        for (size_t j = 0; j < piece.size(); ++j) piece[j] = static_cast<char>((at + static_cast<int64_t>(j)) % 253);
        out.write(piece.data(), static_cast<std::streamsize>(std::min<int64_t>(piece.size(), upload_bytes - at)));
      }
      if (!out) throw std::runtime_error("cannot write " + up_path);
    }

    long idle = status_kib("VmRSS");
    if (!reset_peak()) throw std::runtime_error("cannot write /proc/self/clear_refs");

    auto t0 = std::chrono::steady_clock::now();
    coze::params::FilesUpload up;
    up.file = coze::FileParam::from_path(up_path);
    coze::model::File file = client.files().upload(up);
    double upload_s = seconds_since(t0);

    auto t1 = std::chrono::steady_clock::now();
    coze::Download d = client.audio().speech().create(speech(), coze::ByteSink::file(down_path),
                                                      speech_bytes(download_bytes));
    double download_s = seconds_since(t1);

    long peak = status_kib("VmHWM");
    int64_t uploaded = file.bytes().value_or(-1);
    int64_t downloaded = static_cast<int64_t>(std::filesystem::file_size(down_path));
    if (uploaded != upload_bytes) throw std::runtime_error("the server got " + std::to_string(uploaded) + " bytes");
    if (downloaded != download_bytes || d.size != download_bytes) {
      throw std::runtime_error("the download has " + std::to_string(downloaded) + " bytes");
    }
    std::printf(
        "{\"target\": \"native\", \"idle_rss_kib\": %ld, \"peak_rss_kib\": %ld, \"upload_bytes\": %lld, "
        "\"download_bytes\": %lld, \"upload_s\": %.3f, \"download_s\": %.3f}\n",
        idle, peak, static_cast<long long>(uploaded), static_cast<long long>(downloaded), upload_s, download_s);
  } catch (const std::exception& e) {
    std::cerr << "coze_memory_bench: " << e.what() << "\n";
    rc = 1;
  }
  std::error_code ec;
  std::filesystem::remove(up_path, ec);
  std::filesystem::remove(down_path, ec);
  return rc;
}
