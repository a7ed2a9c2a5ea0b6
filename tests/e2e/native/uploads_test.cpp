// End to end: streamed uploads and downloads through the typed client and
// the libcurl driver, against the fake Coze server (tests/fake_coze/README.md:
// "POST /v1/files/upload", "GET /_fake/files/content", the
// X-Fake-Speech-Bytes header of audio.speech.create, faults). Files are
// compared byte for byte with what the server kept or sent.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <streambuf>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "coze/client.h"
#include "fake_server.h"

using json = nlohmann::json;

namespace {

const char* const kToken = "pat_uploads_test_token";
constexpr size_t kMiB = 1024 * 1024;

using coze_test::control;

// The bytes of an upload pattern: byte i of a file made with `salt`.
char pattern_byte(size_t i, unsigned salt) { return static_cast<char>((i * 31 + salt + i / 4093) % 256); }

std::string pattern(size_t n, unsigned salt) {
  std::string out(n, '\0');
  for (size_t i = 0; i < n; ++i) out[i] = pattern_byte(i, salt);
  return out;
}

// The fake's speech pattern for X-Fake-Speech-Bytes: byte i = i % 251.
bool is_speech_pattern(const std::string& bytes) {
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (static_cast<unsigned char>(bytes[i]) != i % 251) return false;
  }
  return true;
}

// A stream that cannot seek (tellg() is -1), like a pipe: `n` pattern bytes.
class PatternBuf : public std::streambuf {
 public:
  PatternBuf(size_t n, unsigned salt) : left_(n), salt_(salt) {}

 protected:
  int_type underflow() override {
    if (left_ == 0) return traits_type::eof();
    size_t k = std::min(left_, sizeof buf_);
    for (size_t j = 0; j < k; ++j) buf_[j] = pattern_byte(at_ + j, salt_);
    at_ += k;
    left_ -= k;
    setg(buf_, buf_, buf_ + k);
    return traits_type::to_int_type(buf_[0]);
  }

 private:
  size_t left_;
  unsigned salt_;
  size_t at_ = 0;
  char buf_[8192];
};

class Uploads : public ::testing::Test {
 protected:
  void SetUp() override {
    control("POST", "/_fake/reset");
    dir_ = std::filesystem::temp_directory_path() / ("coze_uploads_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  static coze::ClientConfig config() {
    coze::ClientConfig c;
    c.base_url = coze_test::suite_server().base_url();
    c.token = kToken;
    return c;
  }

  // Writes `n` pattern bytes to a file in 1 MiB pieces; its path.
  std::string write_file(const std::string& name, size_t n, unsigned salt) {
    std::string path = (dir_ / name).string();
    std::ofstream out(path, std::ios::binary);
    for (size_t at = 0; at < n; at += kMiB) {
      std::string piece(std::min(kMiB, n - at), '\0');
      for (size_t j = 0; j < piece.size(); ++j) piece[j] = pattern_byte(at + j, salt);
      out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
    }
    return path;
  }

  static std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }

  // What the server kept for an uploaded file.
  static std::string stored(const std::string& file_id) { return control("GET", "/_fake/files/content?file_id=" + file_id); }

  static int upload_requests() {
    int n = 0;
    for (const json& r : json::parse(control("GET", "/_fake/requests"))) {
      if (r["path"] == "/v1/files/upload") ++n;
    }
    return n;
  }

  std::filesystem::path dir_;
  coze::CozeClient client{config()};
};

TEST_F(Uploads, FromPathStreamsTheWholeFileWithProgress) {
  const size_t n = 6 * kMiB + 123;
  std::string path = write_file("report.bin", n, 1);
  std::vector<std::pair<int64_t, int64_t>> progress;
  coze::RequestOptions options;
  options.on_upload_progress = [&](int64_t sent, int64_t total) { progress.emplace_back(sent, total); };
  coze::params::FilesUpload p;
  p.file = coze::FileParam::from_path(path);
  coze::model::File file = client.files().upload(p, options);
  EXPECT_EQ(file.bytes().value_or(-1), static_cast<int64_t>(n));
  EXPECT_EQ(file.file_name().value_or(""), "report.bin");  // the path's last part
  EXPECT_EQ(stored(file.id().value_or("")), pattern(n, 1));
  ASSERT_GT(progress.size(), 2u);
  int64_t total = progress.back().second;
  EXPECT_GT(total, static_cast<int64_t>(n));  // the multipart framing too
  EXPECT_EQ(progress.back().first, total);
  for (size_t i = 1; i < progress.size(); ++i) EXPECT_GT(progress[i].first, progress[i - 1].first);
}

TEST_F(Uploads, FromSeekableStreamAndBytes) {
  const size_t n = 3 * kMiB + 5;
  std::ifstream in(write_file("in.bin", n, 2), std::ios::binary);
  coze::params::FilesUpload p;
  p.file = coze::FileParam::from_stream(in, -1, "named.bin", "application/x-test");
  coze::model::File file = client.files().upload(p);
  EXPECT_EQ(file.bytes().value_or(-1), static_cast<int64_t>(n));
  EXPECT_EQ(file.file_name().value_or(""), "named.bin");
  EXPECT_EQ(stored(file.id().value_or("")), pattern(n, 2));

  p.file = coze::FileParam::from_bytes(std::string("\0\xff binary", 9), "b.bin");
  coze::model::File small = client.files().upload(p);
  EXPECT_EQ(stored(small.id().value_or("")), std::string("\0\xff binary", 9));
}

TEST_F(Uploads, FromStreamOfUnknownSizeGoesChunked) {
  const size_t n = 4 * kMiB + 77;
  PatternBuf buf(n, 3);
  std::istream in(&buf);
  std::vector<int64_t> totals;
  coze::RequestOptions options;
  options.on_upload_progress = [&](int64_t, int64_t total) { totals.push_back(total); };
  coze::params::FilesUpload p;
  p.file = coze::FileParam::from_stream(in, -1, "pipe.bin");
  coze::model::File file = client.files().upload(p, options);
  EXPECT_EQ(file.bytes().value_or(-1), static_cast<int64_t>(n));
  EXPECT_EQ(stored(file.id().value_or("")), pattern(n, 3));
  ASSERT_FALSE(totals.empty());
  EXPECT_EQ(totals.back(), -1);  // unknown: chunked
  json log = json::parse(control("GET", "/_fake/requests"));
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.back()["headers"].value("transfer-encoding", ""), "chunked");
}

// A stream that yields its pattern bytes slowly: 8 KiB every `pause_ms`.
class SlowBuf : public PatternBuf {
 public:
  SlowBuf(size_t n, unsigned salt, int pause_ms) : PatternBuf(n, salt), pause_ms_(pause_ms) {}

 protected:
  int_type underflow() override {
    std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms_));
    return PatternBuf::underflow();
  }

 private:
  int pause_ms_;
};

// An upload that takes longer than the first-byte timeout is not cut short:
// the driver reports the body's progress to the core (Call::on_body_sent),
// and the timeout runs from the last progress, not from the request's start.
TEST_F(Uploads, SlowUploadOutlastsTheFirstByteTimeout) {
  coze::ClientConfig c = config();
  c.first_byte_timeout_ms = 400;
  c.max_retries = 0;
  coze::CozeClient slow_client(c);
  const size_t n = 128 * 8192;  // 128 pieces, 8 ms apart: about 1 s
  SlowBuf buf(n, 9, 8);
  std::istream in(&buf);
  coze::params::FilesUpload p;
  p.file = coze::FileParam::from_stream(in, static_cast<int64_t>(n), "slow.bin");
  auto t0 = std::chrono::steady_clock::now();
  coze::model::File file = slow_client.files().upload(p);
  EXPECT_GT(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(c.first_byte_timeout_ms));
  EXPECT_EQ(stored(file.id().value_or("")), pattern(n, 9));
}

TEST_F(Uploads, RetryReadsThePathAgainFromItsStart) {
  const size_t n = 3 * kMiB;
  std::string path = write_file("retry.bin", n, 4);
  control("POST", "/_fake/faults", R"([{"status": 503, "body": {"code": 5000, "msg": "busy"}}])");
  int64_t drops = 0, last = 0;
  coze::RequestOptions options;
  options.on_upload_progress = [&](int64_t sent, int64_t) {
    if (sent < last) ++drops;  // a new attempt starts again from 0
    last = sent;
  };
  coze::params::FilesUpload p;
  p.file = coze::FileParam::from_path(path);
  coze::model::File file = client.files().upload(p, options);
  EXPECT_EQ(upload_requests(), 2);
  EXPECT_EQ(stored(file.id().value_or("")), pattern(n, 4));
  EXPECT_EQ(file.bytes().value_or(-1), static_cast<int64_t>(n));
  EXPECT_EQ(drops, 1);  // the second attempt sent the file again from its first byte
}

TEST_F(Uploads, RetryRewindsASeekableStream) {
  const size_t n = 2 * kMiB + 9;
  std::istringstream in(pattern(n, 5));
  control("POST", "/_fake/faults", R"([{"status": 503, "body": {"code": 5000, "msg": "busy"}}])");
  coze::params::FilesUpload p;
  p.file = coze::FileParam::from_stream(in, -1, "s.bin");
  coze::model::File file = client.files().upload(p);
  EXPECT_EQ(upload_requests(), 2);
  EXPECT_EQ(stored(file.id().value_or("")), pattern(n, 5));
}

TEST_F(Uploads, OneShotStreamCannotBeRetried) {
  PatternBuf buf(kMiB, 6);
  std::istream in(&buf);
  control("POST", "/_fake/faults", R"([{"status": 503, "body": {"code": 5000, "msg": "busy"}}])");
  coze::params::FilesUpload p;
  p.file = coze::FileParam::from_stream(in, -1, "once.bin");
  try {
    client.files().upload(p);
    FAIL() << "a one-shot stream was sent twice";
  } catch (const coze::CozeError& e) {
    EXPECT_EQ(e.kind(), "invalid_argument");
    EXPECT_NE(std::string(e.what()).find("rewound"), std::string::npos) << e.what();
    EXPECT_FALSE(e.error().retryable);
  }
  EXPECT_EQ(upload_requests(), 1);
}

TEST_F(Uploads, BadSourcesFailAsInvalidArgument) {
  coze::params::FilesUpload p;
  p.file = coze::FileParam::from_path((dir_ / "missing.bin").string());
  EXPECT_THROW(client.files().upload(p), coze::InvalidArgumentError);

  // A stream shorter than the size it was given.
  std::istringstream in("only ten b");
  p.file = coze::FileParam::from_stream(in, 100, "short.bin");
  try {
    client.files().upload(p);
    FAIL() << "a short stream was sent";
  } catch (const coze::CozeError& e) {
    EXPECT_EQ(e.kind(), "invalid_argument");
    EXPECT_NE(std::string(e.what()).find("ended after 10"), std::string::npos) << e.what();
  }
  EXPECT_EQ(upload_requests(), 0);  // neither was sent whole: the server logged none
}

TEST_F(Uploads, ProgressCallbackExceptionStopsTheCall) {
  std::string path = write_file("p.bin", 2 * kMiB, 7);
  coze::RequestOptions options;
  options.on_upload_progress = [](int64_t sent, int64_t) {
    if (sent > 0) throw std::runtime_error("stop here");
  };
  coze::params::FilesUpload p;
  p.file = coze::FileParam::from_path(path);
  EXPECT_THROW(
      {
        try {
          client.files().upload(p, options);
        } catch (const std::runtime_error& e) {
          EXPECT_STREQ(e.what(), "stop here");
          throw;
        }
      },
      std::runtime_error);
  // The client is still usable.
  coze::model::File file = client.files().upload(p);
  EXPECT_EQ(stored(file.id().value_or("")), pattern(2 * kMiB, 7));
}

// A user's driver written before streamed uploads: it overrides send() only,
// so HttpSession::send_streamed's default reads the body into memory first.
class SendOnlySession final : public coze::HttpSession {
 public:
  SendOnlySession(std::unique_ptr<coze::HttpSession> inner, int* sends) : inner_(std::move(inner)), sends_(sends) {}
  std::string send(const coze::HttpRequest& request, coze::ResponseSink& sink) override {
    ++*sends_;
    EXPECT_TRUE(request.sources.empty());  // spliced in already
    EXPECT_EQ(request.body_size, static_cast<int64_t>(request.body.size()));
    return inner_->send(request, sink);
  }
  void poll(int64_t timeout_ms) override { inner_->poll(timeout_ms); }
  void abort() override { inner_->abort(); }
  void wake() override { inner_->wake(); }

 private:
  std::unique_ptr<coze::HttpSession> inner_;
  int* sends_;
};

class SendOnlyDriver final : public coze::HttpDriver {
 public:
  std::unique_ptr<coze::HttpSession> open() override {
    return std::make_unique<SendOnlySession>(inner_->open(), &sends);
  }
  int64_t now_ms() override { return inner_->now_ms(); }
  int64_t wall_ms() override { return inner_->wall_ms(); }
  uint64_t seed() override { return inner_->seed(); }
  int sends = 0;

 private:
  std::shared_ptr<coze::HttpDriver> inner_ = coze::curl_driver();
};

TEST_F(Uploads, ADriverWithoutStreamingStillUploads) {
  auto driver = std::make_shared<SendOnlyDriver>();
  coze::CozeClient mine(config(), driver);
  const size_t n = kMiB + 3;
  coze::params::FilesUpload p;
  p.file = coze::FileParam::from_path(write_file("old.bin", n, 8));
  coze::model::File file = mine.files().upload(p);
  EXPECT_EQ(driver->sends, 1);
  EXPECT_EQ(stored(file.id().value_or("")), pattern(n, 8));
}

coze::RequestOptions speech_bytes(size_t n) {
  coze::RequestOptions options;
  options.extra_headers = {{"X-Fake-Speech-Bytes", std::to_string(n)}};
  return options;
}

coze::params::AudioSpeechCreate speech_params() {
  coze::params::AudioSpeechCreate p;
  p.input = "hello";
  p.voice_id = "7300000000000000301";
  return p;
}

TEST_F(Uploads, SpeechToFile) {
  const size_t n = 5 * kMiB + 17;
  std::string path = (dir_ / "speech.mp3").string();
  coze::Download d = client.audio().speech().create(speech_params(), coze::ByteSink::file(path), speech_bytes(n));
  EXPECT_EQ(d.size, static_cast<int64_t>(n));
  EXPECT_EQ(d.content_type, "audio/mpeg");
  std::string got = read_file(path);
  EXPECT_EQ(got.size(), n);
  EXPECT_TRUE(is_speech_pattern(got));
}

TEST_F(Uploads, SpeechToCallbackStreamAndBytes) {
  const size_t n = 3 * kMiB + 1;
  size_t chunks = 0;
  std::string gathered;
  coze::Download d = client.audio().speech().create(
      speech_params(),
      [&](std::string_view bytes) {
        ++chunks;
        gathered.append(bytes);
      },
      speech_bytes(n));
  EXPECT_EQ(d.size, static_cast<int64_t>(n));
  EXPECT_GT(chunks, 1u);  // as it arrives, not at the end
  EXPECT_EQ(gathered.size(), n);
  EXPECT_TRUE(is_speech_pattern(gathered));

  std::ostringstream out;
  d = client.audio().speech().create(speech_params(), out, speech_bytes(n));
  EXPECT_EQ(out.str(), gathered);

  coze::Binary whole = client.audio().speech().create(speech_params(), speech_bytes(1000));
  EXPECT_EQ(whole.data, gathered.substr(0, 1000));
  EXPECT_EQ(whole.content_type, "audio/mpeg");
}

TEST_F(Uploads, SpeechSinkExceptionStopsTheCallAndRemovesTheFile) {
  std::string path = (dir_ / "never.mp3").string();
  EXPECT_THROW(client.audio().speech().create(
                   speech_params(), [](std::string_view) { throw std::runtime_error("disk full"); },
                   speech_bytes(2 * kMiB)),
               std::runtime_error);
  coze::ByteSink bad = coze::ByteSink::file((dir_ / "no" / "such" / "dir.mp3").string());
  EXPECT_THROW(client.audio().speech().create(speech_params(), bad, speech_bytes(10)), coze::InvalidArgumentError);
  EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
