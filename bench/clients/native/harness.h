// What the native harnesses share: arguments, the clock, the expected totals
// of a stream (GET /bench/expect, read with bare libcurl before the clock
// starts) and the one JSON line each run prints (bench/clients/README.md).
#pragma once

#include <curl/curl.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace harness {

constexpr int kSmallCalls = 10000;
constexpr int kSmallWorkers = 32;
constexpr const char* kConversationId = "7381473525342978089";
constexpr const char* kBotId = "7379462189365198898";
constexpr const char* kWorkflowId = "7409826353153785867";

inline double now_s() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

// The chat id of small call i: what the answer's `id` must echo.
inline std::string chat_id_of(int i) { return "7382159494" + std::to_string(100000000 + i); }

struct Totals {
  long long events = -1, deltas = -1, content_bytes = -1, bytes = -1;
};

inline size_t append_cb(char* p, size_t s, size_t n, void* u) {
  static_cast<std::string*>(u)->append(p, s * n);
  return s * n;
}

inline long long field(const std::string& json, const char* name) {
  std::string key = std::string("\"") + name + "\":";
  size_t at = json.find(key);
  return at == std::string::npos ? -1 : std::atoll(json.c_str() + at + key.size());
}

// The totals the load server's stream `kind` carries (chat, chat_cjk, workflow).
inline Totals expect(const std::string& base, const std::string& kind) {
  Totals t;
  std::string body;
  CURL* e = curl_easy_init();
  std::string url = base + "/bench/expect?kind=" + kind;
  curl_easy_setopt(e, CURLOPT_URL, url.c_str());
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &append_cb);
  curl_easy_setopt(e, CURLOPT_WRITEDATA, &body);
  if (curl_easy_perform(e) == CURLE_OK) {
    t.events = field(body, "events");
    t.deltas = field(body, "deltas");
    t.content_bytes = field(body, "content_bytes");
    t.bytes = field(body, "bytes");
  }
  curl_easy_cleanup(e);
  return t;
}

inline std::string json_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}

struct Result {
  std::string client, workload;
  long long events = 0;
  double seconds = 0;
  double first_event_ms = -1;
  std::string error;  // "" when the work checked
};

inline int print(const Result& r) {
  std::printf(
      "{\"client\": \"%s\", \"workload\": \"%s\", \"events\": %lld, \"seconds\": %.6f, "
      "\"first_event_ms\": %.3f, \"ok\": %s, \"error\": \"%s\"}\n",
      r.client.c_str(), r.workload.c_str(), r.events, r.seconds, r.first_event_ms,
      r.error.empty() ? "true" : "false", json_escape(r.error).c_str());
  std::fflush(stdout);
  return 0;
}

// Checks a stream's counts against the server's totals; "" when they agree.
inline std::string check_stream(const Totals& want, long long events, long long deltas, long long content_bytes,
                                bool ended_properly) {
  if (want.events < 0) return "could not read /bench/expect";
  char buf[256];
  if (!ended_properly) return "the stream ended without its final event (done / Done)";
  if (deltas != want.deltas) {
    std::snprintf(buf, sizeof buf, "deltas: got %lld, want %lld", deltas, want.deltas);
    return buf;
  }
  if (content_bytes != want.content_bytes) {
    std::snprintf(buf, sizeof buf, "content bytes: got %lld, want %lld", content_bytes, want.content_bytes);
    return buf;
  }
  if (events != want.events) {
    std::snprintf(buf, sizeof buf, "events: got %lld, want %lld", events, want.events);
    return buf;
  }
  return "";
}

}  // namespace harness
