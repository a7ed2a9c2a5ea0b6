// Ours, native: the typed C++ client over libcurl, as a user calls it
// (client.chat().stream, client.workflows().runs().stream,
// client.chat().retrieve). Usage: bench_cozecore <workload> <base_url>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "coze/client.h"
#include "harness.h"

namespace {

using harness::now_s;

coze::ClientConfig config_for(const std::string& base) {
  coze::ClientConfig config;
  config.token = "pat_bench";
  config.base_url = base;
  return config;
}

harness::Result chat(coze::CozeClient& client, const std::string& base, bool cjk, bool cut = false) {
  harness::Result r;
  harness::Totals want = harness::expect(base, cut ? "chat_cut" : cjk ? "chat_cjk" : "chat");
  coze::RequestOptions options;
  if (cut) options.extra_query = {{"cut", "1"}};
  coze::ChatRequest req;
  req.bot_id = harness::kBotId;
  req.user_id = cjk ? "cjk" : "bench";
  req.additional_messages = {coze::user_message("Tell me a long story.")};
  long long deltas = 0, content = 0;
  bool done = false;
  double t0 = now_s();
  auto on_event = [&](const coze::ChatEvent& ev) {
    if (r.events++ == 0) r.first_event_ms = (now_s() - t0) * 1e3;
    switch (ev.kind()) {
      case coze::ChatEventKind::conversation_message_delta:
        ++deltas;
        content += static_cast<long long>(ev.message()->content().value_or("").size());
        break;
      case coze::ChatEventKind::done:
        done = true;
        break;
      default:
        break;
    }
  };
  if (cut) {
    // Correct: the call fails (the body ended before `done`).
    try {
      client.chat().stream(req, on_event, options);
    } catch (const coze::CozeError& e) {
      r.seconds = now_s() - t0;
      if (deltas != want.deltas) r.error = "error raised, but after " + std::to_string(deltas) + " deltas";
      return r;
    }
    r.error = "the cut stream ended silently after " + std::to_string(deltas) + " deltas";
    return r;
  }
  client.chat().stream(req, on_event);
  r.seconds = now_s() - t0;
  r.error = harness::check_stream(want, r.events, deltas, content, done);
  return r;
}

harness::Result workflow(coze::CozeClient& client, const std::string& base) {
  harness::Result r;
  harness::Totals want = harness::expect(base, "workflow");
  coze::params::WorkflowsRunsStream req;
  req.workflow_id = harness::kWorkflowId;
  long long messages = 0, content = 0;
  bool done = false;
  double t0 = now_s();
  client.workflows().runs().stream(req, [&](const coze::WorkflowEvent& ev) {
    if (r.events++ == 0) r.first_event_ms = (now_s() - t0) * 1e3;
    if (ev.is(coze::WorkflowEventKind::message)) {
      ++messages;
      content += static_cast<long long>(ev.workflow_message_event()->content().value_or("").size());
    } else if (ev.is(coze::WorkflowEventKind::done)) {
      done = true;
    }
  });
  r.seconds = now_s() - t0;
  r.error = harness::check_stream(want, r.events, messages, content, done);
  return r;
}

// 10,000 chat.retrieve calls over `workers` threads sharing one client.
harness::Result small(coze::CozeClient& client, int workers) {
  harness::Result r;
  std::atomic<int> next{0}, good{0};
  std::atomic<bool> first_seen{false};
  std::mutex mu;
  std::string error;
  double t0 = now_s();
  auto work = [&] {
    for (;;) {
      int i = next.fetch_add(1);
      if (i >= harness::kSmallCalls) return;
      coze::params::ChatRetrieve p;
      p.conversation_id = harness::kConversationId;
      p.chat_id = harness::chat_id_of(i);
      try {
        coze::model::Chat chat = client.chat().retrieve(p);
        if (!first_seen.exchange(true)) {
          std::lock_guard<std::mutex> lock(mu);
          r.first_event_ms = (now_s() - t0) * 1e3;
        }
        if (chat.id().value_or("") == p.chat_id) {
          good.fetch_add(1);
        } else {
          std::lock_guard<std::mutex> lock(mu);
          if (error.empty()) error = "call " + std::to_string(i) + ": wrong id " + chat.id().value_or("(none)");
        }
      } catch (const std::exception& e) {
        std::lock_guard<std::mutex> lock(mu);
        if (error.empty()) error = "call " + std::to_string(i) + ": " + e.what();
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
    std::fprintf(stderr, "usage: bench_cozecore <chat|chat_cjk|chat_cut|small_seq|small_32|workflow> <base_url>\n");
    return 2;
  }
  std::string workload = argv[1], base = argv[2];
  curl_global_init(CURL_GLOBAL_DEFAULT);
  harness::Result r;
  try {
    coze::CozeClient client(config_for(base));
    if (workload == "chat" || workload == "chat_cjk") {
      r = chat(client, base, workload == "chat_cjk");
    } else if (workload == "chat_cut") {
      r = chat(client, base, false, true);
    } else if (workload == "workflow") {
      r = workflow(client, base);
    } else if (workload == "small_seq") {
      r = small(client, 1);
    } else if (workload == "small_32") {
      r = small(client, harness::kSmallWorkers);
    } else {
      r.error = "unknown workload " + workload;
    }
  } catch (const std::exception& e) {
    r.error = e.what();
  }
  r.client = "cozecore";
  r.workload = workload;
  return harness::print(r);
}
