// The native peer: what a C++ user writes by hand without cozecore: libcurl
// (one easy handle, reused), an SSE line loop in the write callback and
// nlohmann::json::parse per event. Usage: bench_handwritten <workload> <base_url>
#include <atomic>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "harness.h"

namespace {

using harness::now_s;
using nlohmann::json;

// Splits the body into lines and lines into events; `on_event(type, data)`.
struct LineLoop {
  std::string buf, event, data;
  bool has_data = false;
  std::function<void(const std::string&, const std::string&)> on_event;

  void feed(const char* p, size_t n) {
    buf.append(p, n);
    size_t start = 0;
    for (;;) {
      size_t nl = buf.find('\n', start);
      if (nl == std::string::npos) break;
      size_t end = nl;
      if (end > start && buf[end - 1] == '\r') --end;
      line(buf.data() + start, end - start);
      start = nl + 1;
    }
    buf.erase(0, start);
  }

  void line(const char* p, size_t n) {
    if (n == 0) {
      if (has_data) on_event(event.empty() ? "message" : event, data);
      event.clear();
      data.clear();
      has_data = false;
      return;
    }
    std::string_view l(p, n);
    size_t colon = l.find(':');
    std::string_view name = l.substr(0, colon), value;
    if (colon != std::string_view::npos) {
      value = l.substr(colon + 1);
      if (!value.empty() && value[0] == ' ') value.remove_prefix(1);
    }
    if (name == "data") {
      if (has_data) data += '\n';
      data.append(value);
      has_data = true;
    } else if (name == "event") {
      event.assign(value);
    }
  }
};

size_t feed_cb(char* p, size_t s, size_t n, void* u) {
  static_cast<LineLoop*>(u)->feed(p, s * n);
  return s * n;
}

struct Easy {
  CURL* e = curl_easy_init();
  curl_slist* headers = nullptr;
  Easy() {
    headers = curl_slist_append(headers, "Authorization: Bearer pat_bench");
    headers = curl_slist_append(headers, "Content-Type: application/json");
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
  }
  ~Easy() {
    curl_slist_free_all(headers);
    curl_easy_cleanup(e);
  }
  // POSTs `body` and feeds the answer to `loop`; "" or the error.
  std::string stream(const std::string& url, const std::string& body, LineLoop& loop) {
    curl_easy_setopt(e, CURLOPT_URL, url.c_str());
    curl_easy_setopt(e, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &feed_cb);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &loop);
    CURLcode rc = curl_easy_perform(e);
    if (rc != CURLE_OK) return curl_easy_strerror(rc);
    long status = 0;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    return status == 200 ? "" : "HTTP " + std::to_string(status);
  }
  std::string get(const std::string& url, std::string& out) {
    curl_easy_setopt(e, CURLOPT_URL, url.c_str());
    curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &harness::append_cb);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &out);
    CURLcode rc = curl_easy_perform(e);
    if (rc != CURLE_OK) return curl_easy_strerror(rc);
    long status = 0;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    return status == 200 ? "" : "HTTP " + std::to_string(status);
  }
};

harness::Result stream(const std::string& base, const std::string& workload) {
  harness::Result r;
  bool chat = workload != "workflow";
  harness::Totals want = harness::expect(base, workload);
  std::string url, body;
  if (chat) {
    url = base + (workload == "chat_cut" ? "/v3/chat?cut=1" : "/v3/chat");
    body = json{{"bot_id", harness::kBotId},
                {"user_id", workload == "chat_cjk" ? "cjk" : "bench"},
                {"stream", true},
                {"auto_save_history", true},
                {"additional_messages",
                 json::array({{{"role", "user"}, {"content", "Tell me a long story."}, {"content_type", "text"}}})}}
               .dump();
  } else {
    url = base + "/v1/workflow/stream_run";
    body = json{{"workflow_id", harness::kWorkflowId}}.dump();
  }
  long long deltas = 0, content = 0;
  bool done = false;
  std::string failure;
  const char* delta_name = chat ? "conversation.message.delta" : "Message";
  const char* done_name = chat ? "done" : "Done";
  const char* error_name = chat ? "error" : "Error";
  double t0 = now_s();
  LineLoop loop;
  loop.on_event = [&](const std::string& type, const std::string& data) {
    if (r.events++ == 0) r.first_event_ms = (now_s() - t0) * 1e3;
    json j = json::parse(data, nullptr, false);
    if (j.is_discarded()) {
      if (failure.empty()) failure = "bad JSON in a " + type + " event";
      return;
    }
    if (type == delta_name) {
      ++deltas;
      content += static_cast<long long>(j["content"].get_ref<const std::string&>().size());
    } else if (type == done_name) {
      done = true;
    } else if (type == error_name) {
      if (failure.empty()) failure = "error event: " + data;
    }
  };
  Easy easy;
  std::string err = easy.stream(url, body, loop);
  r.seconds = now_s() - t0;
  if (!err.empty()) {
    r.error = err;
  } else if (!failure.empty()) {
    r.error = failure;
  } else if (workload == "chat_cut") {
    // The hand-written loop's own check: a body that ends before `done` is an error.
    r.error = done ? "the cut stream ended with done" : deltas != want.deltas ? "wrong delta count" : "";
  } else {
    r.error = harness::check_stream(want, r.events, deltas, content, done);
  }
  return r;
}

size_t count_cb(char*, size_t s, size_t n, void* u) {
  *static_cast<long long*>(u) += static_cast<long long>(s * n);
  return s * n;
}

// The ceiling: the chat stream's bytes counted, nothing parsed.
harness::Result raw(const std::string& base) {
  harness::Result r;
  harness::Totals want = harness::expect(base, "chat");
  std::string body = json{{"bot_id", harness::kBotId}, {"user_id", "bench"}, {"stream", true}}.dump();
  long long bytes = 0;
  Easy easy;
  std::string url = base + "/v3/chat";
  curl_easy_setopt(easy.e, CURLOPT_URL, url.c_str());
  curl_easy_setopt(easy.e, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(easy.e, CURLOPT_WRITEFUNCTION, &count_cb);
  curl_easy_setopt(easy.e, CURLOPT_WRITEDATA, &bytes);
  double t0 = now_s();
  CURLcode rc = curl_easy_perform(easy.e);
  r.seconds = now_s() - t0;
  r.events = want.events;
  if (rc != CURLE_OK) r.error = curl_easy_strerror(rc);
  else if (bytes != want.bytes) r.error = "read " + std::to_string(bytes) + " bytes, want " + std::to_string(want.bytes);
  return r;
}

harness::Result small(const std::string& base, int workers) {
  harness::Result r;
  std::atomic<int> next{0}, good{0};
  std::atomic<bool> first_seen{false};
  std::mutex mu;
  std::string error;
  double t0 = now_s();
  auto work = [&] {
    Easy easy;
    std::string answer;
    for (;;) {
      int i = next.fetch_add(1);
      if (i >= harness::kSmallCalls) return;
      std::string id = harness::chat_id_of(i);
      answer.clear();
      std::string err = easy.get(base + "/v3/chat/retrieve?conversation_id=" + harness::kConversationId +
                                     "&chat_id=" + id,
                                 answer);
      if (!first_seen.exchange(true)) {
        std::lock_guard<std::mutex> lock(mu);
        r.first_event_ms = (now_s() - t0) * 1e3;
      }
      json j = json::parse(answer, nullptr, false);
      if (err.empty() && !j.is_discarded() && j.value("code", -1) == 0 && j["data"].value("id", "") == id) {
        good.fetch_add(1);
      } else {
        std::lock_guard<std::mutex> lock(mu);
        if (error.empty()) error = "call " + std::to_string(i) + ": " + (err.empty() ? "wrong answer" : err);
      }
    }
  };
  if (workers == 1) {
    work();
  } else {
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w) threads.emplace_back(work);
    for (auto& t : threads) t.join();
  }
  r.seconds = now_s() - t0;
  r.events = good.load();
  if (error.empty() && r.events != harness::kSmallCalls) error = "not every call answered";
  r.error = error;
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_handwritten <chat|chat_cjk|chat_cut|small_seq|small_32|workflow> <base_url>\n");
    return 2;
  }
  std::string workload = argv[1], base = argv[2];
  curl_global_init(CURL_GLOBAL_DEFAULT);
  harness::Result r;
  try {
    if (workload == "chat" || workload == "chat_cjk" || workload == "chat_cut" || workload == "workflow") {
      r = stream(base, workload);
    } else if (workload == "raw") {
      r = raw(base);
    } else if (workload == "small_seq") {
      r = small(base, 1);
    } else if (workload == "small_32") {
      r = small(base, harness::kSmallWorkers);
    } else {
      r.error = "unknown workload " + workload;
    }
  } catch (const std::exception& e) {
    r.error = e.what();
  }
  r.client = "handwritten";
  r.workload = workload;
  return harness::print(r);
}
