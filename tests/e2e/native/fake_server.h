// The fake Coze server (tests/fake_coze/server.py) as a child process, and
// its control endpoints, for the native end-to-end suites.
#pragma once

#include <curl/curl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>

namespace coze_test {

class FakeCozeProcess {
 public:
  FakeCozeProcess() = default;
  FakeCozeProcess(const FakeCozeProcess&) = delete;
  FakeCozeProcess& operator=(const FakeCozeProcess&) = delete;
  ~FakeCozeProcess() { stop(); }

  // Starts the server on a free loopback port; "" or what went wrong.
  std::string start(const std::string& source_dir) {
    int out[2];
    if (pipe(out) != 0) return "pipe failed";
    std::string script = source_dir + "/tests/fake_coze/server.py";
    pid_ = fork();
    if (pid_ < 0) return "fork failed";
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      execlp("python3", "python3", script.c_str(), "--port", "0", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    out_fd_ = out[0];
    std::string line;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
      pollfd p{out_fd_, POLLIN, 0};
      if (poll(&p, 1, 200) <= 0) continue;
      char buf[64];
      ssize_t n = read(out_fd_, buf, sizeof buf);
      if (n <= 0) break;
      line.append(buf, static_cast<size_t>(n));
    }
    if (line.compare(0, 10, "LISTENING ") != 0) return "the fake server said: " + line;
    port_ = std::atoi(line.c_str() + 10);
    return port_ > 0 ? "" : "no port in: " + line;
  }

  void stop() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      for (int i = 0; i < 50 && waitpid(pid_, &status, WNOHANG) == 0; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
      if (waitpid(pid_, &status, WNOHANG) == 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
      }
      pid_ = -1;
    }
    if (out_fd_ >= 0) close(out_fd_);
    out_fd_ = -1;
  }

  int port() const { return port_; }
  std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }

  // A control request (/_fake/...) with plain libcurl: the answer body;
  // `ok` says whether the request went through, `status` is the HTTP status.
  std::string control(const std::string& method, const std::string& path, const std::string& body = "",
                      bool* ok = nullptr, long* status = nullptr) const {
    CURL* e = curl_easy_init();
    std::string out;
    std::string url = base_url() + path;
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    curl_easy_setopt(e, CURLOPT_URL, url.c_str());
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &out);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, 10000L);
    if (method == "POST") curl_easy_setopt(e, CURLOPT_POSTFIELDS, body.c_str());
    CURLcode rc = curl_easy_perform(e);
    if (status != nullptr) curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(e);
    if (ok != nullptr) *ok = rc == CURLE_OK;
    return out;
  }

 private:
  static size_t collect(char* p, size_t size, size_t n, void* out) {
    static_cast<std::string*>(out)->append(p, size * n);
    return size * n;
  }

  pid_t pid_ = -1;
  int out_fd_ = -1;
  int port_ = 0;
};

// The server the suite started (defined by the suite's main file), for the
// other test files of the same binary.
FakeCozeProcess& suite_server();

// A request to the suite server's control endpoints (/_fake/...): its answer
// body; a failed request is a test failure (defined by the suite's main file).
std::string control(const std::string& method, const std::string& path, const std::string& body = "");

}  // namespace coze_test
