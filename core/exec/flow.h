// Internal: a call made of several requests (DESIGN.md's executor, one level
// up). A Flow drives inner plain calls one after another and hands their
// actions to the host as its own, so a host's driver loop runs a flow
// exactly like a single request; only SIGN is new.
//
// Flows:
//   authed       any operation on a client whose token the core refreshes
//                (ClientConfig.auth): refresh when due (one refresh per
//                client at a time; the other calls wait), call, and after a
//                401 refresh once and call once more.
//   exchange     oauth.exchange_code: the authorization_code grant.
//   refresh      oauth.refresh: the refresh_token grant.
//   jwt          oauth.jwt_token: SIGN a JWT, then the jwt-bearer grant.
//   device       oauth.device_flow: ask for the codes, hand them out as a
//                `device_code` event, then poll the token at the interval
//                (+5 s on slow_down) until granted, denied or expired.
//   pages        <list op>.pages: every page of a list operation, one
//                `page` event each (typed as the operation's result; the
//                event's id is the page's log id), next page asked for only
//                once the host took the page; DONE after the last page.
//   poll         chat.create_and_poll: create the chat, poll chat.retrieve
//                every poll_interval_ms (1000) until completed, failed,
//                requires_action or canceled, hand the chat out as a `chat`
//                event, then list its messages (the result). When the call's
//                deadline passes first, cancel the chat and fail `timeout`.
//   tools        chat.run_tools: stream the chat; when a round ends at
//                requires_action, validate each tool call's arguments
//                (defaults filled), hand the valid ones to the host (TOOLS),
//                collect their outputs (tool timeout), submit them all with
//                chat.submit_tool_outputs.stream and stream on, up to
//                max_rounds; the events of every round are the flow's.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "coze/exec.h"
#include "coze/tools.h"
#include "exec/client_state.h"

namespace coze {

namespace detail {
enum class FlowKind { Authed, Exchange, Refresh, Jwt, Device, Pages, Poll, Tools };
// Every flow operation's name (supported_operations lists them).
std::vector<std::string> flow_operation_names();
}  // namespace detail

namespace detail {
// One tool call of a chat.run_tools round.
struct ToolRun {
  std::string id, name;
  std::string arguments;  // the arguments with defaults filled (JSON), for the host
  std::string outcome;    // "" while running; ok, error, timeout, unknown_tool, invalid_arguments
  std::string output;     // what is submitted for it
  std::string message;    // why it failed
  bool fed = false;       // the host fed its output or error
  bool failed = false;    // ... and it was an error
  int64_t fed_at = -1;    // the clock of the first next() after the feed
};
}  // namespace detail

struct Call::Flow {
  using Kind = detail::FlowKind;
  using json_t = nlohmann::json;

  static bool wanted(const Client::State& client, const std::string& op);

  Flow(const std::shared_ptr<Client::State>& client, const std::string& op, const std::string& params_json,
       const CallOptions& options);
  ~Flow();
  Flow(const Flow&) = delete;
  Flow& operator=(const Flow&) = delete;

  // The Call interface.
  Action next(int64_t now);
  int step(int64_t now);
  void on_response(int status, const std::vector<Header>& headers);
  void on_body(const char* data, size_t len);
  void on_end();
  void on_transport_error(const std::string& kind, const std::string& message);
  void on_signature(const std::string& signature);
  void on_sign_error(const std::string& message);
  void on_source_error(const std::string& source, const std::string& message);
  void on_body_sent(int64_t sent);
  void on_tool_output(const std::string& call_id, const std::string& text, bool failed);
  void mark_tools_round() { tools_round_ = true; }
  std::string required_action_chat() const;
  std::string tool_calls() const { return tool_calls_json_; }
  void cancel();
  bool finished() const { return finished_; }
  const HttpRequest& request() const;
  std::string sign_input() const { return sign_input_; }
  int64_t wake_at_ms() const;
  int64_t delay_ms() const;
  std::string take_events(bool utf16);
  std::string take_bytes();
  int events_taken() const;
  std::string result() const;
  std::string result_record(bool utf16) const;
  std::string content_type() const;
  std::string logid() const;
  const Error& error() const;
  std::vector<HookEvent> take_hooks();

 private:
  Action advance(int64_t now, bool hold);
  Action own(ActionKind kind);
  void fail(Error e);
  void finish_with_inner(const Action& done);
  Error make_error(const std::string& kind, const std::string& message) const;
  int64_t wall_s(int64_t now) const;
  // `bearer` null: the client's token, refreshed by an auth flow when the
  // client has one.
  void start_inner(const std::string& op, const std::string& params_json, const CallOptions& options,
                   const std::string* bearer, bool passthrough);
  void collect_hooks();
  void sleep_until(int64_t at) { sleep_until_ = at; }

  // Flow steps.
  void begin(int64_t now);
  void inner_done(const Action& done, int64_t now);
  void inner_failed(Error e, int64_t now);
  void woke(int64_t now);
  void ensure_token(int64_t now);
  void begin_refresh(int64_t now);
  bool refresh_done(const std::string& result_json);
  void refresh_failed(const Error& e);
  void release_refresh(const Error* failure);
  void request_jwt(int64_t now, const std::string& client_id, const std::string& kid, const std::string& session);
  void send_jwt_grant(const std::string& jwt);
  CallOptions inner_options(int max_retries) const;

  std::shared_ptr<Client::State> client_;
  Kind kind_;
  std::string op_;
  std::string params_json_;
  CallOptions options_;
  std::string build_error_;
  nlohmann::json params_;
  int64_t now_ = 0;

  std::unique_ptr<Call> inner_;
  bool inner_passthrough_ = false;  // the inner's events and result are the flow's
  std::unique_ptr<Call> result_call_;  // the inner whose DONE ended the flow
  bool from_inner_ = false;         // the action last returned came from the inner call
  Action current_;
  Action terminal_;
  bool finished_ = false;
  bool cancelled_ = false;
  bool begun_ = false;
  int64_t started_at_ = -1;
  int64_t deadline_ = -1;  // the call's deadline on the host's clock; -1 none
  int64_t sleep_until_ = -1;
  struct OwnEvent {
    Event event;
    int model = -1;  // the payload's model for records; -1: plain JSON
  };
  std::deque<OwnEvent> own_events_;
  void emit(const std::string& type, const std::string& data, int model, const std::string& id);
  int events_taken_ = 0;
  int sends_ = 0;  // requests sent through this flow
  std::vector<HookEvent> hooks_;

  // SIGN
  std::string sign_input_;
  bool awaiting_signature_ = false;
  bool signature_fed_ = false;
  std::string signature_;
  std::string sign_error_;

  // authed
  enum class Stage { None, Refreshing, Waiting, Main, DeviceCode, DevicePoll, Grant, Page, PollCreate,
                     PollSleep, PollRetrieve, PollMessages, PollCancel, ToolsStream, ToolsWait };
  Stage stage_ = Stage::None;
  bool refresher_ = false;       // this call holds the client's refresh
  uint64_t waited_generation_ = 0;
  bool auth_repeated_ = false;   // the call was repeated after a 401
  std::string token_used_;
  int refreshes_started_ = 0;
  int64_t jwt_ttl_s_ = 900;
  std::string jwt_scope_json_, jwt_account_, jwt_enterprise_;

  // pages
  void start_page();
  void page_done(const Action& done);
  const void* base_op_ = nullptr;  // api::OpSpec of the list operation (the variant the params select)
  std::string page_op_;            // the operation each page calls
  std::string page_key_;           // page_num / page_index
  bool backward_ = false;          // cursor pages followed by before_id = first_id
  nlohmann::json page_params_;
  int pages_ = 0;
  int64_t items_seen_ = 0;
  std::vector<std::string> cursors_seen_;
  size_t last_page_digest_ = 0;  // of the previous page's items (a repeated page ends the pages)

  // poll
  void poll_status(const Action& done, int64_t now);
  CallOptions step_options() const;
  std::string chat_id_, conversation_id_;
  int64_t poll_interval_ms_ = 1000;
  bool deadline_hit_ = false;

  // tools
  bool tools_round_ = false;  // an authed flow carrying one round's stream (Call::mark_tools_round)
  std::string tools_config();
  void start_round(const std::string& op, const json_t& params);
  void tools_asked(const std::string& chat_json, int64_t now);
  void tools_collected(int64_t now);
  void cancel_chat(Error why);
  void tools_run_finished(const Error* e);
  void tool_hook(const std::string& kind, const detail::ToolRun& run);
  struct ToolDef {
    std::string name;
    ToolSchema schema;
  };
  std::vector<ToolDef> tools_;
  int64_t max_rounds_ = 8;
  int64_t tool_timeout_ms_ = 60000;
  bool tool_errors_fail_ = false;
  int rounds_ = 0;
  std::vector<detail::ToolRun> runs_;  // this round's calls, in the bot's order
  bool tools_handed_ = false;
  int64_t tools_started_ = -1;
  int64_t tools_deadline_ = -1;
  std::string tool_calls_json_;
  bool has_cancel_error_ = false;  // PollCancel fails with this instead of a timeout
  Error cancel_error_;

  // device
  std::string device_code_;
  int64_t interval_ms_ = 5000;
  int64_t device_deadline_ = -1;
};

}  // namespace coze
