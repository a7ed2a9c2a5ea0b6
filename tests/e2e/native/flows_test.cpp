// End to end: pages and polling through the typed client (the generated
// list_pages methods and chat().create_and_poll) and the libcurl driver,
// against the fake Coze server (tests/fake_coze/README.md: "Conversation
// messages", "Conversations", "POST /v3/chat", the slow bot). What went over
// the wire is read back from the fake's request log.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "coze/client.h"
#include "fake_server.h"

using json = nlohmann::json;

namespace {

const char* const kToken = "pat_flows_test_token";
const char* const kEchoBot = "7300000000000000101";
const char* const kSlowBot = "7300000000000000104";
const char* const kMessageList = "/v1/conversation/message/list";

using coze_test::control;

json requests_log() { return json::parse(control("GET", "/_fake/requests")); }

// The log entries for `path` after the first `from` entries of the log.
std::vector<json> requests_to(const std::string& path, size_t from = 0) {
  json log = requests_log();
  std::vector<json> out;
  for (size_t i = from; i < log.size(); ++i) {
    if (log[i]["path"] == path) out.push_back(log[i]);
  }
  return out;
}

size_t log_size() { return requests_log().size(); }

json body_of(const json& entry) {
  if (!entry["body"].is_string() || entry["body"].get<std::string>().empty()) return json::object();
  return json::parse(entry["body"].get<std::string>());
}

std::string str(const std::optional<std::string>& s) { return s.value_or(""); }

class Flows : public ::testing::Test {
 protected:
  void SetUp() override { control("POST", "/_fake/reset"); }

  static coze::ClientConfig config() {
    coze::ClientConfig c;
    c.base_url = coze_test::suite_server().base_url();
    c.token = kToken;
    return c;
  }

  // A conversation holding `n` messages "m0", "m1", ... (made in that order);
  // their ids in the order made.
  std::vector<std::string> conversation_with(int n, std::string& conversation_id) {
    conversation_id = str(client.conversations().create({}).id());
    EXPECT_FALSE(conversation_id.empty());
    std::vector<std::string> ids;
    for (int i = 0; i < n; ++i) {
      coze::params::ConversationsMessagesCreate m;
      m.conversation_id = conversation_id;
      m.role = i % 2 == 0 ? "user" : "assistant";
      m.content = "m" + std::to_string(i);
      m.content_type = "text";
      ids.push_back(str(client.conversations().messages().create(m).id()));
    }
    return ids;
  }

  coze::CozeClient client{config()};
};

// 250 messages, 50 a page, in both orders: every message once, in order,
// five requests, each page after the last id of the one before.
TEST_F(Flows, MessagesPageThroughBothOrders) {
  std::string conv;
  const std::vector<std::string> made = conversation_with(250, conv);
  ASSERT_EQ(made.size(), 250u);

  for (const char* order : {"desc", "asc"}) {
    SCOPED_TRACE(order);
    const bool desc = std::string(order) == "desc";
    std::vector<std::string> expected = made;
    if (desc) std::reverse(expected.begin(), expected.end());

    coze::params::ConversationsMessagesList p;
    p.conversation_id = conv;
    p.order = order;
    p.limit = 50;
    const size_t before = log_size();
    std::vector<std::string> got;
    std::vector<std::string> contents;
    for (const coze::model::Message& m : client.conversations().messages().list_pages(p)) {
      got.push_back(str(m.id()));
      contents.push_back(str(m.content()));
    }
    EXPECT_EQ(got, expected);
    ASSERT_EQ(contents.size(), 250u);
    EXPECT_EQ(contents.front(), desc ? "m249" : "m0");
    EXPECT_EQ(contents.back(), desc ? "m0" : "m249");

    std::vector<json> lists = requests_to(kMessageList, before);
    ASSERT_EQ(lists.size(), 5u);
    std::set<std::string> keys;  // a POST: each page request has an idempotency key of its own
    for (size_t i = 0; i < lists.size(); ++i) {
      ASSERT_TRUE(lists[i]["idempotency_key"].is_string()) << lists[i].dump();
      keys.insert(lists[i]["idempotency_key"].get<std::string>());
      json b = body_of(lists[i]);
      EXPECT_EQ(b.value("limit", 0), 50);
      EXPECT_EQ(b.value("order", ""), order);
      EXPECT_FALSE(b.contains("before_id"));
      if (i == 0) {
        EXPECT_FALSE(b.contains("after_id")) << b.dump();
      } else {
        EXPECT_EQ(b.value("after_id", ""), expected[i * 50 - 1]) << "page " << i + 1;
      }
    }
    EXPECT_EQ(keys.size(), lists.size());
  }
}

// The pages view: has_more, the items and each page's log id.
TEST_F(Flows, MessagePagesCarryHasMoreItemsAndLogIds) {
  std::string conv;
  const std::vector<std::string> made = conversation_with(120, conv);
  coze::params::ConversationsMessagesList p;
  p.conversation_id = conv;
  p.order = "asc";
  p.limit = 50;
  auto pager = client.conversations().messages().list_pages(p);
  std::vector<size_t> sizes;
  std::vector<std::optional<bool>> more;
  std::vector<std::string> logids, ids;
  for (const auto& page : pager.pages()) {
    sizes.push_back(page.size());
    more.push_back(page.has_more());
    logids.push_back(page.logid());
    EXPECT_EQ(page.result().first_id(), page[0].id());
    EXPECT_EQ(page.result().last_id(), page[page.size() - 1].id());
    for (const coze::model::Message& m : page.items()) ids.push_back(str(m.id()));
  }
  EXPECT_EQ(sizes, (std::vector<size_t>{50, 50, 20}));
  EXPECT_EQ(more, (std::vector<std::optional<bool>>{true, true, false}));
  EXPECT_EQ(ids, made);
  ASSERT_EQ(logids.size(), 3u);
  for (const std::string& id : logids) EXPECT_NE(id.find("FAKE"), std::string::npos) << id;
  EXPECT_NE(logids[0], logids[1]);
  EXPECT_NE(logids[1], logids[2]);
  EXPECT_FALSE(pager.next_page().has_value());  // single pass: the pages are spent
}

// Page numbers: conversations.list counts page_num up until has_more is false.
TEST_F(Flows, ConversationsListPages) {
  std::vector<std::string> made;
  for (int i = 0; i < 7; ++i) {
    coze::params::ConversationsCreate c;
    c.bot_id = kEchoBot;
    c.name = "c" + std::to_string(i);
    made.push_back(str(client.conversations().create(c).id()));
  }
  coze::params::ConversationsList p;
  p.bot_id = kEchoBot;
  p.page_size = 3;
  const size_t before = log_size();
  std::vector<std::string> got;
  std::vector<size_t> sizes;
  for (const auto& page : client.conversations().list_pages(p).pages()) {
    sizes.push_back(page.size());
    EXPECT_EQ(page.has_more(), sizes.size() < 3);
    for (const coze::model::Conversation& c : page.items()) got.push_back(str(c.id()));
  }
  std::reverse(made.begin(), made.end());  // newest first
  EXPECT_EQ(got, made);
  EXPECT_EQ(sizes, (std::vector<size_t>{3, 3, 1}));
  std::vector<json> lists = requests_to("/v1/conversations", before);
  ASSERT_EQ(lists.size(), 3u);
  for (size_t i = 0; i < lists.size(); ++i) {
    EXPECT_EQ(lists[i]["query"].value("page_num", ""), std::to_string(i + 1));
    EXPECT_EQ(lists[i]["query"].value("page_size", ""), "3");
  }

  // Items straight away, oldest first, from page 2 on.
  p.sort_order = "ASC";
  p.page_num = 2;
  std::vector<std::string> names;
  for (const coze::model::Conversation& c : client.conversations().list_pages(p)) names.push_back(str(c.name()));
  EXPECT_EQ(names, (std::vector<std::string>{"c3", "c4", "c5", "c6"}));
}

// Without has_more, the total (total_count here) ends the pages: no request
// for the empty page after the last; total() reads it too, and has_more()
// is unknown, as workspaces.list's result has no such field.
TEST_F(Flows, WorkspacesPagesEndAtTheTotal) {
  coze::params::WorkspacesList p;
  p.page_size = 1;
  const size_t before = log_size();
  std::vector<std::string> names;
  std::optional<int64_t> total;
  auto pager = client.workspaces().list_pages(p);
  while (auto page = pager.next_page()) {
    total = page->total();
    EXPECT_FALSE(page->has_more().has_value());
    for (const coze::model::Workspace& w : page->items()) names.push_back(str(w.name()));
  }
  EXPECT_EQ(names, (std::vector<std::string>{"Personal", "Team"}));
  EXPECT_EQ(total, 2);
  EXPECT_EQ(requests_to("/v1/workspaces", before).size(), 2u);
}

// Leaving the loop early: no further request, and no core handle left.
TEST_F(Flows, BreakingOutSendsNothingMoreAndReleasesTheCall) {
  std::string conv;
  conversation_with(120, conv);
  coze::params::ConversationsMessagesList p;
  p.conversation_id = conv;
  p.limit = 50;
  const int64_t calls = coze::live_calls();
  for (int stop_at : {50, 60}) {
    SCOPED_TRACE(stop_at);
    const size_t before = log_size();
    int n = 0;
    for (const coze::model::Message& m : client.conversations().messages().list_pages(p)) {
      EXPECT_FALSE(m.is_null());
      if (++n == stop_at) break;
    }
    EXPECT_EQ(n, stop_at);
    // The call is gone (nothing is left that could send), and the log shows
    // what it sent: the 50th item ends page 1, so page 2 was never asked
    // for; the 60th is on page 2.
    EXPECT_EQ(coze::live_calls(), calls);
    EXPECT_EQ(requests_to(kMessageList, before).size(), stop_at == 50 ? 1u : 2u);
  }

  // Pages too, and a pager dropped before it was iterated sends nothing.
  const size_t before = log_size();
  {
    auto pager = client.conversations().messages().list_pages(p);
    for (const auto& page : pager.pages()) {
      EXPECT_EQ(page.size(), 50u);
      break;
    }
    auto unused = client.conversations().messages().list_pages(p);
  }
  EXPECT_EQ(coze::live_calls(), calls);
  EXPECT_EQ(requests_to(kMessageList, before).size(), 1u);
}

// An error on page 3: the items of pages 1 and 2 came first, then the typed error.
TEST_F(Flows, AnErrorOnPageThreeAfterTwoPagesOfItems) {
  std::string conv;
  conversation_with(150, conv);
  coze::params::ConversationsMessagesList p;
  p.conversation_id = conv;
  p.limit = 50;
  const int64_t calls = coze::live_calls();
  int n = 0;
  try {
    for (const coze::model::Message& m : client.conversations().messages().list_pages(p)) {
      (void)m;
      if (++n == 100) {
        // The next request (page 3) gets a 400 from the fake.
        control("POST", "/_fake/faults", R"([{"status": 400, "body": {"code": 4000, "msg": "bad page"}}])");
      }
    }
    ADD_FAILURE() << "no error was thrown";
  } catch (const coze::BadRequestError& e) {
    EXPECT_EQ(e.code(), 4000);
    EXPECT_EQ(e.message(), "bad page");
  }
  EXPECT_EQ(n, 100);
  EXPECT_EQ(coze::live_calls(), calls);
}

// Cancelling between pages fails the next page with CancelledError.
TEST_F(Flows, APagerIsCancellable) {
  std::string conv;
  conversation_with(60, conv);
  coze::params::ConversationsMessagesList p;
  p.conversation_id = conv;
  p.limit = 50;
  coze::RequestOptions opts;
  int n = 0;
  EXPECT_THROW(
      {
        for (const coze::model::Message& m : client.conversations().messages().list_pages(p, opts)) {
          (void)m;
          if (++n == 10) opts.cancel.cancel();
        }
      },
      coze::CancelledError);
  EXPECT_EQ(n, 50);
}

TEST_F(Flows, PullRefusesStreams) {
  EXPECT_THROW(client.pull("chat.stream", "{}"), coze::InvalidArgumentError);
}

// chat.create_and_poll to completion: create, retrieve until completed, the
// messages; the poll interval is kept.
TEST_F(Flows, CreateAndPollCompletes) {
  coze::params::ChatCreate req;
  req.bot_id = kEchoBot;
  req.user_id = "u1";
  req.additional_messages = {coze::user_message("poll me")};
  const size_t before = log_size();
  coze::PollOptions poll;
  poll.interval_ms = 50;
  coze::ChatPoll done = client.chat().create_and_poll(req, poll);
  ASSERT_FALSE(done.chat.is_null());
  EXPECT_EQ(done.chat.status(), "completed");
  EXPECT_TRUE(done.chat.usage().has_value());
  ASSERT_FALSE(done.messages.empty());
  EXPECT_EQ(done.messages.back().content(), "Echo: poll me");
  EXPECT_EQ(done.messages.back().chat_id(), done.chat.id());

  json log = requests_log();
  std::vector<std::string> paths;
  for (size_t i = before; i < log.size(); ++i) paths.push_back(log[i]["path"]);
  EXPECT_EQ(paths, (std::vector<std::string>{"/v3/chat", "/v3/chat/retrieve", "/v3/chat/message/list"}));
  EXPECT_FALSE(body_of(log[before]).contains("poll_interval_ms"));
  EXPECT_EQ(log[before + 1]["query"].value("chat_id", ""), str(done.chat.id()));
}

// The slow bot never finishes: at the timeout the chat is cancelled on the
// server (chat.cancel in the log) and the call fails with TimeoutError.
TEST_F(Flows, CreateAndPollTimesOutAndCancelsTheChat) {
  coze::params::ChatCreate req;
  req.bot_id = kSlowBot;
  req.user_id = "u1";
  req.additional_messages = {coze::user_message("take your time")};
  const size_t before = log_size();
  const int64_t calls = coze::live_calls();
  coze::PollOptions poll;
  poll.interval_ms = 100;
  poll.timeout_ms = 700;
  auto t0 = std::chrono::steady_clock::now();
  try {
    client.chat().create_and_poll(req, poll);
    ADD_FAILURE() << "no error was thrown";
  } catch (const coze::TimeoutError& e) {
    EXPECT_EQ(e.kind(), "timeout");
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_GE(ms, 650);  // not before its timeout (the vectors pin the timing itself)
  EXPECT_EQ(coze::live_calls(), calls);

  std::vector<json> creates = requests_to("/v3/chat", before);
  std::vector<json> retrieves = requests_to("/v3/chat/retrieve", before);
  std::vector<json> cancels = requests_to("/v3/chat/cancel", before);
  ASSERT_EQ(creates.size(), 1u);
  ASSERT_EQ(cancels.size(), 1u);
  ASSERT_GE(retrieves.size(), 1u);
  EXPECT_TRUE(requests_to("/v3/chat/message/list", before).empty());
  json cancel = body_of(cancels[0]);
  std::string chat_id = cancel.value("chat_id", "");
  std::string conv_id = cancel.value("conversation_id", "");
  EXPECT_FALSE(chat_id.empty());
  EXPECT_EQ(retrieves[0]["query"].value("chat_id", ""), chat_id);
  // The server says the chat was cancelled.
  EXPECT_EQ(client.chat().retrieve({conv_id, chat_id}).status(), "canceled");
}

// create_and_poll is cancellable like any call: cancelled once the chat is
// made, it fails with CancelledError and sends nothing more.
TEST_F(Flows, CreateAndPollIsCancellable) {
  coze::params::ChatCreate req;
  req.bot_id = kSlowBot;
  req.user_id = "u1";
  coze::RequestOptions opts;
  coze::PollOptions poll;
  poll.interval_ms = 60000;  // a sleep the cancel must end
  const size_t before = log_size();
  const int64_t calls = coze::live_calls();
  std::atomic<bool> returned{false};
  std::thread canceller([&] {
    while (!returned && requests_to("/v3/chat", before).empty()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    opts.cancel.cancel();
  });
  auto t0 = std::chrono::steady_clock::now();
  EXPECT_THROW(client.chat().create_and_poll(req, poll, opts), coze::CancelledError);
  returned = true;
  canceller.join();
  // The sleep was cut short, not slept out (a bound of the interval itself,
  // not a timing window).
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(poll.interval_ms));
  EXPECT_EQ(coze::live_calls(), calls);
  EXPECT_EQ(requests_to("/v3/chat", before).size(), 1u);
  EXPECT_TRUE(requests_to("/v3/chat/retrieve", before).empty());
}

}  // namespace
