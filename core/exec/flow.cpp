// Flows: calls made of several requests (see flow.h).
#include "exec/flow.h"

#include <functional>
#include <nlohmann/json.hpp>

#include "api/catalogue.h"
#include "api/operations.h"
#include "api/record_writer.h"
#include "auth/crypto.h"
#include "auth/oauth.h"
#include "coze/errors.h"

namespace coze {
namespace {

using json = nlohmann::json;

constexpr int64_t kWaitPollMs = 5;      // a call waiting for another call's refresh looks again after this
constexpr int64_t kJwtLifetimeS = 3600; // the JWT itself (not the token it buys)
constexpr int64_t kSlowDownMs = 5000;   // RFC 8628: slow_down adds 5 s to the interval
constexpr int kMaxRefreshesPerCall = 2;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string str_field(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return std::string();
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<int64_t>());
  return std::string();
}

int64_t int_field(const json& j, const char* key, int64_t dflt) {
  auto it = j.find(key);
  if (it != j.end() && it->is_number_integer()) return it->get<int64_t>();
  if (it != j.end() && it->is_string()) {
    const std::string& s = it->get_ref<const std::string&>();
    if (!s.empty() && s.size() < 19 && s.find_first_not_of("0123456789") == std::string::npos) return std::stoll(s);
  }
  return dflt;
}

// A caller's integer parameter: its value, `dflt` when absent or null;
// false when it is there but not an integer (never a silent default).
bool int_param(const json& j, const char* key, int64_t dflt, int64_t& out) {
  auto it = j.find(key);
  out = dflt;
  if (it == j.end() || it->is_null()) return true;
  if (!it->is_number_integer()) return false;
  out = it->get<int64_t>();
  return true;
}

}  // namespace

namespace {

// The flows called by a name of their own (the pages flows are `<list op>.pages`).
struct NamedFlow {
  const char* name;
  detail::FlowKind kind;
};
constexpr NamedFlow kNamedFlows[] = {{"oauth.device_flow", detail::FlowKind::Device},
                                     {"oauth.exchange_code", detail::FlowKind::Exchange},
                                     {"oauth.jwt_token", detail::FlowKind::Jwt},
                                     {"oauth.refresh", detail::FlowKind::Refresh},
                                     {"chat.create_and_poll", detail::FlowKind::Poll},
                                     {"chat.run_tools", detail::FlowKind::Tools}};

const NamedFlow* named_flow(const std::string& op) {
  for (const NamedFlow& f : kNamedFlows) {
    if (op == f.name) return &f;
  }
  return nullptr;
}

bool is_pages(const std::string& op) { return op.size() > 6 && op.compare(op.size() - 6, 6, ".pages") == 0; }

}  // namespace

namespace detail {
std::vector<std::string> flow_operation_names() {
  std::vector<std::string> out;
  for (const NamedFlow& f : kNamedFlows) out.emplace_back(f.name);
  for (size_t i = 0; i < api::op_count(); ++i) {
    const api::OpSpec& op = api::op_at(i);
    if (op.paging_style && !op.variant_of) out.push_back(std::string(op.name) + ".pages");
  }
  return out;
}
}  // namespace detail

bool Call::Flow::wanted(const Client::State& client, const std::string& op) {
  if (named_flow(op)) return true;
  if (is_pages(op)) {
    const api::OpSpec* base = api::find_op(op.substr(0, op.size() - 6));
    if (base && base->paging_style) return true;
  }
  // tokens.type is set when the client is made and never changes.
  if (client.tokens.type.empty()) return false;
  return op.rfind("oauth.", 0) != 0;  // operations that authenticate themselves need no token
}

Call::Flow::Flow(const std::shared_ptr<Client::State>& client, const std::string& op, const std::string& params_json,
                 const CallOptions& options)
    : client_(client), op_(op), params_json_(params_json), options_(options) {
  ++g_live_calls;
  const NamedFlow* named = named_flow(op);
  kind_ = named ? named->kind : is_pages(op) ? Kind::Pages : Kind::Authed;
  if (kind_ == Kind::Authed) {
    if (client->tokens.type == "invalid") build_error_ = "the client's auth config: " + client->tokens.error;
    return;
  }
  params_ = json::parse(params_json, nullptr, false);
  if (params_.is_discarded() || !params_.is_object()) {
    build_error_ = op + ": params must be a JSON object";
    return;
  }
  if (kind_ == Kind::Tools) {
    build_error_ = tools_config();
    return;
  }
  if (kind_ == Kind::Pages || kind_ == Kind::Poll) {
    if (kind_ == Kind::Poll) {
      if (!int_param(params_, "poll_interval_ms", 1000, poll_interval_ms_) || poll_interval_ms_ < 1) {
        build_error_ = op + ": poll_interval_ms must be an integer of at least 1";
      }
      params_.erase("poll_interval_ms");
    }
    return;  // the operations the flow calls check their own parameters
  }
  const char* const* required = nullptr;
  static const char* const kDevice[] = {"client_id", nullptr};
  static const char* const kExchange[] = {"client_id", "code", "redirect_uri", nullptr};
  static const char* const kRefresh[] = {"client_id", "refresh_token", nullptr};
  static const char* const kJwt[] = {"client_id", "public_key_id", nullptr};
  switch (kind_) {
    case Kind::Device: required = kDevice; break;
    case Kind::Exchange: required = kExchange; break;
    case Kind::Refresh: required = kRefresh; break;
    default: required = kJwt; break;
  }
  for (const char* const* r = required; *r; ++r) {
    if (str_field(params_, *r).empty()) {
      build_error_ = op + ": '" + *r + "' is required (a non-empty string)";
      return;
    }
  }
  for (const char* secret : {"client_secret", "refresh_token", "code", "code_verifier"}) {
    client_->add_secret(str_field(params_, secret));
  }
}

Call::Flow::~Flow() {
  if (refresher_) {
    Error e = make_error("cancelled", "the call refreshing the token was dropped before it finished");
    release_refresh(&e);
  }
  --g_live_calls;
}

Error Call::Flow::make_error(const std::string& kind, const std::string& message) const {
  Error e;
  e.kind = kind;
  e.message = message;
  e.retryable = kind_is_retryable(kind);
  return e;
}

int64_t Call::Flow::wall_s(int64_t now) const {
  if (options_.wall_ms < 0) return -1;
  return (options_.wall_ms + (now - started_at_)) / 1000;
}

CallOptions Call::Flow::inner_options(int max_retries) const {
  CallOptions o;
  o.max_retries = max_retries;
  if (options_.wall_ms >= 0) o.wall_ms = options_.wall_ms + (now_ - started_at_);
  o.traceparent = options_.traceparent;
  o.tracestate = options_.tracestate;
  return o;
}

void Call::Flow::start_inner(const std::string& op, const std::string& params_json, const CallOptions& options,
                             const std::string* bearer, bool passthrough) {
  collect_hooks();
  if (!bearer && wanted(*client_, op)) {
    // A flow inside a flow: a page or a poll on a client whose token the core refreshes.
    inner_ = Call::any(client_, op, params_json, options);
  } else {
    inner_ = Call::plain(client_, op, params_json, options, bearer);
  }
  inner_passthrough_ = passthrough;
  if (tools_round_ && kind_ == Kind::Authed) Call::mark_tools_round(*inner_);
}

void Call::Flow::emit(const std::string& type, const std::string& data, int model, const std::string& id) {
  OwnEvent e;
  e.event.type = type;
  e.event.data = data;
  e.event.id = id;
  e.model = model;
  own_events_.push_back(std::move(e));
}

void Call::Flow::collect_hooks() {
  if (!inner_ || !client_->config.hooks) return;
  std::vector<HookEvent> h = inner_->take_hooks();
  for (auto& e : h) hooks_.push_back(std::move(e));
}

std::vector<HookEvent> Call::Flow::take_hooks() {
  collect_hooks();
  std::vector<HookEvent> out;
  out.swap(hooks_);
  return out;
}

Action Call::Flow::own(ActionKind kind) {
  from_inner_ = false;
  current_ = Action();
  current_.kind = kind;
  return current_;
}

void Call::Flow::fail(Error e) {
  if (refresher_) release_refresh(&e);
  if (e.attempts < sends_) e.attempts = sends_;  // every request the flow made, not the last one's alone
  if (e.severity.empty()) e.severity = error_severity(e.kind, e.http_status, false);
  client_->scrub(e.message);
  client_->scrub(e.body);
  client_->scrub(e.hint);
  collect_hooks();
  if (kind_ == Kind::Tools) tools_run_finished(&e);
  inner_.reset();
  terminal_ = Action();
  terminal_.kind = ActionKind::Fail;
  terminal_.error = std::move(e);
  current_ = terminal_;
  from_inner_ = false;
  finished_ = true;
}

void Call::Flow::finish_with_inner(const Action& done) {
  collect_hooks();
  if (kind_ == Kind::Tools) tools_run_finished(nullptr);
  result_call_ = std::move(inner_);
  terminal_ = done;
  terminal_.kind = ActionKind::Done;
  terminal_.logid = result_call_->logid();
  if (terminal_.logid.empty()) terminal_.logid = done.logid;
  current_ = terminal_;
  from_inner_ = false;
  finished_ = true;
}

Action Call::Flow::advance(int64_t now, bool hold) {
  if (finished_ && own_events_.empty()) return terminal_;
  if (started_at_ < 0) started_at_ = now;
  now_ = now;
  if (cancelled_) {
    if (inner_) inner_->cancel();
    fail(make_error("cancelled", "the call was cancelled"));
    return terminal_;
  }
  if (!build_error_.empty()) {
    fail(make_error("invalid_argument", build_error_));
    return terminal_;
  }
  // The call's deadline bounds the whole flow: every request and every wait.
  // A pager's bounds each page instead: the caller's loop over the items runs between pages.
  int64_t total = options_.timeout_ms >= 0 ? options_.timeout_ms : client_->config.total_timeout_ms;
  if (kind_ == Kind::Pages) total = -1;
  int64_t deadline = total >= 0 ? started_at_ + total : -1;
  if (deadline >= 0 && now >= deadline && !deadline_hit_) {
    if ((kind_ == Kind::Poll || kind_ == Kind::Tools) && !chat_id_.empty() && stage_ != Stage::PollCancel) {
      // The chat keeps running on the server unless told: cancel it, then fail.
      deadline_hit_ = true;
      if (inner_) inner_->cancel();
      inner_.reset();
      sleep_until_ = -1;
      stage_ = Stage::PollCancel;
      json body = {{"conversation_id", conversation_id_}, {"chat_id", chat_id_}};
      start_inner("chat.cancel", dump(body), step_options(), nullptr, false);
    } else {
      if (inner_) inner_->cancel();
      fail(make_error("timeout", "the call's deadline (" + std::to_string(total) + " ms) passed"));
      return terminal_;
    }
  }
  if (deadline_hit_) deadline = -1;  // the cancel request runs on its own timeouts
  deadline_ = deadline;
  if (!begun_) {
    begun_ = true;
    begin(now);
  }
  for (int guard = 0; guard < 64; ++guard) {
    // Events a flow made reach the host before anything after them, its end included.
    if (!own_events_.empty()) {
      if (hold) return own(ActionKind::Event);
      Action a = own(ActionKind::Event);
      a.event = std::move(own_events_.front().event);
      own_events_.pop_front();
      ++events_taken_;
      return a;
    }
    if (finished_) return terminal_;
    if (awaiting_signature_) {
      if (!sign_error_.empty()) {
        awaiting_signature_ = false;
        std::string why = sign_error_;
        sign_error_.clear();
        Error e = make_error("authentication", "the host could not sign the service app's JWT: " + why);
        if (stage_ == Stage::Refreshing) refresh_failed(e);
        else fail(e);
        continue;
      }
      if (signature_fed_) {
        awaiting_signature_ = false;
        signature_fed_ = false;
        std::string jwt = sign_input_ + "." + auth::base64url(signature_);
        signature_.clear();
        client_->add_secret(jwt);
        send_jwt_grant(jwt);
        continue;
      }
      Action a = own(ActionKind::Sign);
      current_.sign_input = sign_input_;
      a.sign_input = sign_input_;
      return a;
    }
    if (sleep_until_ >= 0) {
      if (deadline >= 0 && sleep_until_ >= deadline) {
        if (kind_ == Kind::Poll) {
          sleep_until_ = deadline;  // wake at the deadline to cancel the chat
        } else {
          fail(make_error("timeout", "the call's deadline (" + std::to_string(total) + " ms) comes before its next step"));
          continue;
        }
      }
      if (now < sleep_until_) {
        own(ActionKind::Sleep);
        current_.delay_ms = sleep_until_ - now;
        return current_;
      }
      sleep_until_ = -1;
      woke(now);
      continue;
    }
    if (stage_ == Stage::ToolsWait) {
      if (!tools_handed_) {
        tools_handed_ = true;
        tools_started_ = now;
        tools_deadline_ = now + tool_timeout_ms_;
        Action a = own(ActionKind::Tools);
        current_.tool_calls = tool_calls_json_;
        a.tool_calls = tool_calls_json_;
        return a;
      }
      bool all = true;
      for (auto& r : runs_) {
        if (!r.outcome.empty()) continue;
        if (r.fed && r.fed_at < 0) r.fed_at = now;
        if (!r.fed) all = false;
      }
      if (all || now >= tools_deadline_) {
        tools_collected(now);
        continue;
      }
      own(ActionKind::Wait);
      int64_t at = tools_deadline_;
      if (deadline_ >= 0 && deadline_ < at) at = deadline_;
      current_.wake_at_ms = at;
      return current_;
    }
    if (inner_) {
      Action a;
      if (hold) a.kind = static_cast<ActionKind>(inner_->step(now));
      else a = inner_->next(now);
      if (a.kind == ActionKind::Done) {
        if (hold && !inner_passthrough_) a.result = inner_->result();
        inner_done(a, now);
        continue;
      }
      if (a.kind == ActionKind::Fail) {
        Error e = hold ? inner_->error() : a.error;
        inner_failed(std::move(e), now);
        continue;
      }
      from_inner_ = true;
      if (a.kind == ActionKind::Send) ++sends_;
      if (!hold && a.kind == ActionKind::Wait && deadline_ >= 0 && (a.wake_at_ms < 0 || a.wake_at_ms > deadline_)) {
        a.wake_at_ms = deadline_;
      }
      return a;
    }
    fail(make_error("internal", "the flow has nothing left to do"));
  }
  if (!finished_) fail(make_error("internal", "the flow did not settle"));
  return terminal_;
}

Action Call::Flow::next(int64_t now) { return advance(now, false); }

int Call::Flow::step(int64_t now) {
  Action a = advance(now, true);
  if (!from_inner_) current_ = a;
  return static_cast<int>(a.kind);
}

void Call::Flow::on_response(int status, const std::vector<Header>& headers) {
  if (inner_) inner_->on_response(status, headers);
}
void Call::Flow::on_body(const char* data, size_t len) {
  if (inner_) inner_->on_body(data, len);
}
void Call::Flow::on_end() {
  if (inner_) inner_->on_end();
}
void Call::Flow::on_transport_error(const std::string& kind, const std::string& message) {
  if (inner_) inner_->on_transport_error(kind, message);
}
void Call::Flow::on_signature(const std::string& signature) {
  if (!awaiting_signature_) return;
  signature_ = signature;
  signature_fed_ = !signature.empty();
  if (signature.empty()) sign_error_ = "the signature is empty";
}
void Call::Flow::on_sign_error(const std::string& message) {
  if (!awaiting_signature_) return;
  sign_error_ = message.empty() ? "no reason given" : message;
}
void Call::Flow::on_body_sent(int64_t sent) {
  if (inner_) inner_->on_body_sent(sent);
}
void Call::Flow::on_source_error(const std::string& source, const std::string& message) {
  if (inner_) inner_->on_source_error(source, message);
}
void Call::Flow::cancel() {
  if (!finished_) cancelled_ = true;
}

const HttpRequest& Call::Flow::request() const {
  return from_inner_ && inner_ ? inner_->request() : current_.request;
}
int64_t Call::Flow::wake_at_ms() const {
  int64_t at = from_inner_ && inner_ ? inner_->wake_at_ms() : current_.wake_at_ms;
  if (deadline_ >= 0 && (at < 0 || at > deadline_)) at = deadline_;  // the flow's own deadline
  return at;
}
int64_t Call::Flow::delay_ms() const { return from_inner_ && inner_ ? inner_->delay_ms() : current_.delay_ms; }

std::string Call::Flow::take_events(bool utf16) {
  if (!own_events_.empty()) {
    api::RecordWriter w(utf16);
    size_t n = own_events_.size();
    size_t first = w.root_array(n);
    for (size_t i = 0; i < n; ++i) {
      const OwnEvent& e = own_events_[i];
      if (!api::write_flow_event(w, first + 3 * i, e.event.type, e.event.data, e.model, e.event.id)) {
        api::write_flow_event(w, first + 3 * i, e.event.type, e.event.data, -1, e.event.id);
      }
    }
    own_events_.clear();
    events_taken_ += static_cast<int>(n);
    return w.finish();
  }
  if (inner_) return inner_->take_events(utf16);
  return api::RecordWriter(utf16).finish();
}

int Call::Flow::events_taken() const {
  int n = events_taken_;
  if (inner_ && inner_passthrough_) n += inner_->events_taken();
  else if (result_call_) n += result_call_->events_taken();
  return n;
}

std::string Call::Flow::result() const {
  if (!finished_ || terminal_.kind != ActionKind::Done) return std::string();
  if (!terminal_.result.empty()) return terminal_.result;
  return result_call_ ? result_call_->result() : std::string();
}
std::string Call::Flow::result_record(bool utf16) const {
  if (finished_ && terminal_.kind == ActionKind::Done && result_call_) return result_call_->result_record(utf16);
  return api::RecordWriter(utf16).finish();
}
std::string Call::Flow::content_type() const {
  if (result_call_) return result_call_->content_type();
  return inner_ && inner_passthrough_ ? inner_->content_type() : std::string();
}
std::string Call::Flow::take_bytes() { return inner_ ? inner_->take_bytes() : std::string(); }
std::string Call::Flow::logid() const { return finished_ ? terminal_.logid : std::string(); }
const Error& Call::Flow::error() const { return finished_ ? terminal_.error : current_.error; }

// -- the flows' steps --------------------------------------------------------

void Call::Flow::begin(int64_t now) {
  switch (kind_) {
    case Kind::Authed:
      ensure_token(now);
      return;
    case Kind::Exchange: {
      json body = {{"grant_type", "authorization_code"},
                   {"client_id", str_field(params_, "client_id")},
                   {"code", str_field(params_, "code")},
                   {"redirect_uri", str_field(params_, "redirect_uri")}};
      std::string verifier = str_field(params_, "code_verifier");
      if (!verifier.empty()) body["code_verifier"] = verifier;
      CallOptions o = inner_options(-1);
      std::string secret = str_field(params_, "client_secret");
      if (!secret.empty()) o.headers.push_back({"Authorization", "Bearer " + secret});
      stage_ = Stage::Grant;
      start_inner("oauth.token", dump(body), o, nullptr, true);
      return;
    }
    case Kind::Refresh: {
      json body = {{"grant_type", "refresh_token"},
                   {"client_id", str_field(params_, "client_id")},
                   {"refresh_token", str_field(params_, "refresh_token")}};
      CallOptions o = inner_options(-1);
      std::string secret = str_field(params_, "client_secret");
      if (!secret.empty()) o.headers.push_back({"Authorization", "Bearer " + secret});
      stage_ = Stage::Grant;
      start_inner("oauth.token", dump(body), o, nullptr, true);
      return;
    }
    case Kind::Jwt: {
      if (!int_param(params_, "ttl_seconds", 900, jwt_ttl_s_) || jwt_ttl_s_ <= 0 || jwt_ttl_s_ > 86400) {
        fail(make_error("invalid_argument", "oauth.jwt_token: ttl_seconds must be an integer 1..86400"));
        return;
      }
      auto scope = params_.find("scope");
      jwt_scope_json_ = scope != params_.end() && !scope->is_null() ? dump(*scope) : std::string();
      jwt_account_ = str_field(params_, "account_id");
      jwt_enterprise_ = str_field(params_, "enterprise_id");
      stage_ = Stage::Grant;
      request_jwt(now, str_field(params_, "client_id"), str_field(params_, "public_key_id"),
                  str_field(params_, "session_name"));
      return;
    }
    case Kind::Device: {
      json body = {{"client_id", str_field(params_, "client_id")}};
      stage_ = Stage::DeviceCode;
      start_inner("oauth.device_code", dump(body), inner_options(-1), nullptr, false);
      return;
    }
    case Kind::Pages: {
      // The variant the params select (bots.list with a space_id pages v1) decides the paging style.
      page_op_ = op_.substr(0, op_.size() - 6);
      const api::OpSpec* base = api::select_operation(page_op_, params_);
      if (!base || !base->paging_style) base = api::find_op(page_op_);
      base_op_ = base;
      page_params_ = params_;
      std::string style = base->paging_style;
      if (style == "page_num" || style == "page_index") {
        // The page parameter as the operation names it (documents.list says `page`).
        page_key_ = style;
        bool declared = false;
        for (uint16_t i = 0; i < base->param_count; ++i) {
          if (page_key_ == api::param_at(base->param_first + i).name) declared = true;
        }
        for (uint16_t i = 0; !declared && i < base->param_count; ++i) {
          if (std::string("page") == api::param_at(base->param_first + i).name) {
            page_key_ = "page";
            declared = true;
          }
        }
        if (!page_params_.contains(page_key_) || page_params_[page_key_].is_null()) page_params_[page_key_] = 1;
        if (!page_params_[page_key_].is_number_integer() || page_params_[page_key_].get<int64_t>() < 1) {
          fail(make_error("invalid_argument", op_ + ": " + page_key_ + " must be an integer of at least 1"));
          return;
        }
      } else if (style == "cursor") {
        std::string before = str_field(page_params_, "before_id");
        backward_ = !before.empty() && before != "0";
      }
      start_page();
      return;
    }
    case Kind::Tools:
      start_round("chat.stream", params_);
      return;
    case Kind::Poll: {
      stage_ = Stage::PollCreate;
      start_inner("chat.create", dump(params_), step_options(), nullptr, false);
      return;
    }
  }
}

CallOptions Call::Flow::step_options() const {
  // Each request of a pages or poll flow: the caller's options (headers,
  // retries, trace context), a fresh idempotency key, the flow's clock.
  CallOptions o = options_;
  if (kind_ != Kind::Pages) o.timeout_ms = -1;
  o.idempotency_key.clear();
  if (options_.wall_ms >= 0) o.wall_ms = options_.wall_ms + (now_ - started_at_);
  return o;
}

void Call::Flow::start_page() {
  stage_ = Stage::Page;
  start_inner(page_op_, dump(page_params_), step_options(), nullptr, false);
}

// One page is in: hand it out, then decide whether there is a next one
// and which parameters ask for it (core/api/README.md, x-coze-paging).
void Call::Flow::page_done(const Action& done) {
  const api::OpSpec* base = static_cast<const api::OpSpec*>(base_op_);
  json r = json::parse(done.result, nullptr, false);
  if (!r.is_object()) r = json::object();
  auto it = r.find(base->paging_items);
  size_t n = it != r.end() && it->is_array() ? it->size() : 0;
  std::string logid = inner_ ? inner_->logid() : std::string();
  if (logid.empty()) logid = done.logid;
  ++pages_;
  items_seen_ += static_cast<int64_t>(n);
  int model = -1;
  if (base->result_type >= 0) {
    const api::TypeSpec& t = api::type_at(base->result_type);
    if (t.kind == static_cast<uint8_t>(api::TypeKind::Model)) model = t.model;
  }
  std::string style = base->paging_style;
  bool numbered = style == "page_num" || style == "page_index";
  // The previous page is remembered by a digest of its items, not kept whole.
  size_t items_digest = n > 0 ? std::hash<std::string>()(dump(*it)) : 0;
  if (numbered && n > 0 && pages_ > 1 && items_digest == last_page_digest_) {
    // A server that ignores the page number hands the same page back: not handed out twice.
    Error e = make_error("api", "the server handed back the same page " +
                                    std::to_string(page_params_[page_key_].get<int64_t>()) +
                                    " twice; stopped paging instead of looping (" + std::to_string(pages_) +
                                    " pages read)");
    e.logid = logid;
    fail(std::move(e));
    return;
  }
  if (n > 0 || pages_ == 1) emit("page", done.result, model, logid);

  bool more = n > 0;
  auto has_more = r.find("has_more");
  if (has_more != r.end() && has_more->is_boolean() && !has_more->get<bool>()) more = false;
  if (base->paging_total) {  // the field the description names (x-coze-paging, completed by scripts/gen/ir.py)
    auto total = r.find(base->paging_total);
    if (total != r.end() && total->is_number_integer() && items_seen_ >= total->get<int64_t>()) more = false;
  }
  std::string repeated;
  if (more && numbered) {
    last_page_digest_ = items_digest;
    page_params_[page_key_] = page_params_[page_key_].get<int64_t>() + 1;
  } else if (more && style == "cursor") {
    std::string id = str_field(r, backward_ ? "first_id" : "last_id");
    if (id.empty() || id == "0") {
      more = false;
    } else {
      for (const auto& seen : cursors_seen_) {
        if (seen == id) repeated = "cursor " + id;
      }
      cursors_seen_.push_back(id);
      page_params_.erase(backward_ ? "after_id" : "before_id");
      page_params_[backward_ ? "before_id" : "after_id"] = id;
    }
  } else if (more && style == "page_token") {
    std::string token = str_field(r, "next_page_token");
    if (token.empty()) {
      more = false;
    } else {
      for (const auto& seen : cursors_seen_) {
        if (seen == token) repeated = "page token";
      }
      cursors_seen_.push_back(token);
      page_params_["page_token"] = token;
    }
  }
  if (!repeated.empty()) {
    Error e = make_error("api", "the server handed back the same " + repeated + " twice; stopped paging instead of "
                                "looping (" + std::to_string(pages_) + " pages read)");
    e.logid = logid;
    fail(std::move(e));
    return;
  }
  if (!more) {
    finish_with_inner(done);
    return;
  }
  collect_hooks();
  inner_.reset();
  start_page();
}

void Call::Flow::poll_status(const Action& done, int64_t now) {
  json r = json::parse(done.result, nullptr, false);
  if (!r.is_object()) r = json::object();
  if (stage_ == Stage::PollCreate) {
    chat_id_ = str_field(r, "id");
    conversation_id_ = str_field(r, "conversation_id");
    if (chat_id_.empty() || conversation_id_.empty()) {
      fail(make_error("decode", "chat.create answered without the chat's id and conversation_id"));
      return;
    }
  }
  std::string status = str_field(r, "status");
  collect_hooks();
  inner_.reset();
  if (status == "completed" || status == "failed" || status == "requires_action" || status == "canceled") {
    emit("chat", done.result, api::find_model("Chat"), std::string());
    stage_ = Stage::PollMessages;
    json body = {{"conversation_id", conversation_id_}, {"chat_id", chat_id_}};
    start_inner("chat.messages.list", dump(body), step_options(), nullptr, false);
    return;
  }
  stage_ = Stage::PollSleep;
  sleep_until(now + poll_interval_ms_);
}

void Call::Flow::ensure_token(int64_t now) {
  std::unique_lock<std::mutex> lock(client_->token_mu);
  TokenState& t = client_->tokens;
  if (stage_ == Stage::Waiting && t.generation != waited_generation_ && t.last_failed) {
    Error e = t.last_error;
    lock.unlock();
    fail(std::move(e));
    return;
  }
  int64_t w = wall_s(now);
  bool due = t.access_token.empty() || t.stale || (t.expires_at_s >= 0 && w >= 0 && w >= t.expires_at_s - t.margin_s);
  if (!due) {
    token_used_ = t.access_token;
    lock.unlock();
    stage_ = Stage::Main;
    CallOptions o = options_;
    if (o.wall_ms >= 0) o.wall_ms += now - started_at_;
    start_inner(op_, params_json_, o, &token_used_, true);
    return;
  }
  if (t.refreshing) {
    if (stage_ != Stage::Waiting) waited_generation_ = t.generation;
    stage_ = Stage::Waiting;
    lock.unlock();
    sleep_until(now + kWaitPollMs);
    return;
  }
  if (refreshes_started_ >= kMaxRefreshesPerCall) {
    lock.unlock();
    fail(make_error("authentication", "the token endpoint keeps answering with tokens that are already due; "
                                      "check the host's clock and the token's expires_in"));
    return;
  }
  t.refreshing = true;
  refresher_ = true;
  lock.unlock();
  begin_refresh(now);
}

void Call::Flow::begin_refresh(int64_t now) {
  stage_ = Stage::Refreshing;
  ++refreshes_started_;
  std::string type, refresh_token, client_id, secret, kid, session;
  {
    std::lock_guard<std::mutex> lock(client_->token_mu);
    const TokenState& t = client_->tokens;
    type = t.type;
    refresh_token = t.refresh_token;
    client_id = t.client_id;
    secret = t.client_secret;
    kid = t.public_key_id;
    session = t.session_name;
    jwt_ttl_s_ = t.ttl_s;
    jwt_scope_json_ = t.scope_json;
    jwt_account_ = t.account_id;
    jwt_enterprise_ = t.enterprise_id;
  }
  if (type == "jwt") {
    request_jwt(now, client_id, kid, session);
    return;
  }
  if (refresh_token.empty()) {
    refresh_failed(make_error("authentication", "the access token is expired or was rejected, and the client has "
                                                "no refresh token to renew it"));
    return;
  }
  json body = {{"grant_type", "refresh_token"}, {"client_id", client_id}, {"refresh_token", refresh_token}};
  CallOptions o = inner_options(-1);
  if (!secret.empty()) o.headers.push_back({"Authorization", "Bearer " + secret});
  start_inner("oauth.token", dump(body), o, nullptr, false);
}

void Call::Flow::request_jwt(int64_t now, const std::string& client_id, const std::string& kid,
                             const std::string& session) {
  int64_t w = wall_s(now);
  if (w < 0) {
    Error e = make_error("invalid_argument", "a service app's JWT needs the wall clock: set CallOptions.wall_ms");
    if (stage_ == Stage::Refreshing) refresh_failed(e);
    else fail(e);
    return;
  }
  std::string aud = auth::host_of(client_->config.base_url);
  std::string jti = client_->new_ulid(w * 1000);
  sign_input_ = auth::jwt_signing_input(client_id, kid, aud, w, w + kJwtLifetimeS, jti, session);
  awaiting_signature_ = true;
  signature_fed_ = false;
  sign_error_.clear();
}

void Call::Flow::send_jwt_grant(const std::string& jwt) {
  json body = {{"grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"}, {"duration_seconds", jwt_ttl_s_}};
  if (!jwt_scope_json_.empty()) {
    json scope = json::parse(jwt_scope_json_, nullptr, false);
    if (!scope.is_discarded()) body["scope"] = scope;
  }
  std::string op = "oauth.token";
  if (!jwt_account_.empty()) {
    op = "oauth.account_token";
    body["account_id"] = jwt_account_;
  } else if (!jwt_enterprise_.empty()) {
    op = "oauth.enterprise_token";
    body["enterprise_id"] = jwt_enterprise_;
  }
  CallOptions o = inner_options(-1);
  o.headers.push_back({"Authorization", "Bearer " + jwt});
  start_inner(op, dump(body), o, nullptr, kind_ == Kind::Jwt);
}

void Call::Flow::inner_done(const Action& done, int64_t now) {
  switch (stage_) {
    case Stage::Refreshing:
      if (!refresh_done(done.result)) return;
      ensure_token(now);
      return;
    case Stage::DeviceCode: {
      json r = json::parse(done.result, nullptr, false);
      if (r.is_discarded() || !r.is_object()) r = json::object();
      device_code_ = str_field(r, "device_code");
      if (device_code_.empty()) {
        fail(make_error("decode", "the device code answer has no device_code"));
        return;
      }
      client_->add_secret(device_code_);
      int64_t interval = int_field(r, "interval", 5);
      interval_ms_ = (interval > 0 ? interval : 5) * 1000;
      int64_t expires = int_field(r, "expires_in", -1);
      device_deadline_ = expires > 0 ? now + expires * 1000 : -1;
      emit("device_code", done.result, api::find_model("DeviceCode"), std::string());
      collect_hooks();
      inner_.reset();
      stage_ = Stage::DevicePoll;
      sleep_until(now + interval_ms_);
      return;
    }
    case Stage::Page:
      page_done(done);
      return;
    case Stage::PollCreate:
    case Stage::PollRetrieve:
      poll_status(done, now);
      return;
    case Stage::PollCancel:
      if (has_cancel_error_) {
        fail(cancel_error_);
        return;
      }
      fail(make_error("timeout", "the chat did not finish before the call's deadline; it was cancelled"));
      return;
    case Stage::ToolsStream: {
      std::string asked = Call::required_action_chat(*inner_);
      if (asked.empty()) {
        finish_with_inner(done);
        return;
      }
      tools_asked(asked, now);
      return;
    }
    default:
      finish_with_inner(done);
      return;
  }
}

void Call::Flow::inner_failed(Error e, int64_t now) {
  switch (stage_) {
    case Stage::Refreshing:
      refresh_failed(e);
      return;
    case Stage::Main: {
      bool rejected = e.http_status == 401 || e.code == 4100;
      if (rejected && !auth_repeated_) {
        bool refreshable;
        {
          std::lock_guard<std::mutex> lock(client_->token_mu);
          TokenState& t = client_->tokens;
          refreshable = t.type == "jwt" || !t.refresh_token.empty();
          if (refreshable && t.access_token == token_used_) t.stale = true;
        }
        if (refreshable) {
          auth_repeated_ = true;
          collect_hooks();
          inner_.reset();
          ensure_token(now);
          return;
        }
      }
      fail(std::move(e));
      return;
    }
    case Stage::DevicePoll: {
      if (e.error_code == "authorization_pending" || e.error_code == "slow_down") {
        if (e.error_code == "slow_down") interval_ms_ += kSlowDownMs;
        collect_hooks();
        inner_.reset();
        if (device_deadline_ >= 0 && now + interval_ms_ >= device_deadline_) {
          fail(make_error("timeout", "the device code expired before the user authorized it (expires_in passed)"));
          return;
        }
        sleep_until(now + interval_ms_);
        return;
      }
      fail(std::move(e));
      return;
    }
    case Stage::PollCancel: {
      if (has_cancel_error_) {
        Error t = cancel_error_;
        t.message += " (cancelling the chat failed: " + e.kind + ": " + e.message + ")";
        fail(std::move(t));
        return;
      }
      Error t = make_error("timeout", "the chat did not finish before the call's deadline, and cancelling it failed (" +
                                          e.kind + ": " + e.message + ")");
      fail(std::move(t));
      return;
    }
    default:
      fail(std::move(e));
      return;
  }
}

void Call::Flow::woke(int64_t now) {
  if (stage_ == Stage::Waiting) {
    ensure_token(now);
  } else if (stage_ == Stage::PollSleep) {
    stage_ = Stage::PollRetrieve;
    json q = {{"conversation_id", conversation_id_}, {"chat_id", chat_id_}};
    start_inner("chat.retrieve", dump(q), step_options(), nullptr, false);
  } else if (stage_ == Stage::DevicePoll) {
    json body = {{"grant_type", "urn:ietf:params:oauth:grant-type:device_code"},
                 {"client_id", str_field(params_, "client_id")},
                 {"device_code", device_code_}};
    // Each poll answers for itself: pending and slow_down are the flow's to handle.
    start_inner("oauth.token", dump(body), inner_options(0), nullptr, true);
  }
}

bool Call::Flow::refresh_done(const std::string& result_json) {
  json r = json::parse(result_json, nullptr, false);
  std::string access = r.is_object() ? str_field(r, "access_token") : std::string();
  if (access.empty()) {
    refresh_failed(make_error("decode", "the token answer has no access_token"));
    return false;
  }
  std::string refresh = str_field(r, "refresh_token");
  int64_t expires = int_field(r, "expires_in", -1);
  std::string old_access, old_refresh;
  {
    std::lock_guard<std::mutex> lock(client_->token_mu);
    old_access = client_->tokens.access_token;
    old_refresh = client_->tokens.refresh_token;
  }
  client_->add_secret(old_access);  // the tokens in use are always scrubbed; the ones they replace stay so
  client_->add_secret(old_refresh);
  {
    std::lock_guard<std::mutex> lock(client_->token_mu);
    TokenState& t = client_->tokens;
    t.access_token = access;
    if (!refresh.empty()) t.refresh_token = refresh;
    t.expires_at_s = expires;
    t.stale = false;
    t.refreshing = false;
    ++t.generation;
    t.last_failed = false;
    ++t.refreshes;
  }
  refresher_ = false;
  collect_hooks();
  inner_.reset();
  return true;
}

void Call::Flow::refresh_failed(const Error& e) {
  Error f = e;
  f.message = "refreshing the access token failed: " + e.message;
  // What says the grant itself was refused is authentication; a transient failure keeps its kind.
  if (!kind_is_retryable(f.kind) && f.kind != "cancelled") {
    f.kind = "authentication";
    f.retryable = false;
  }
  fail(std::move(f));
}

void Call::Flow::release_refresh(const Error* failure) {
  if (!refresher_) return;
  refresher_ = false;
  std::lock_guard<std::mutex> lock(client_->token_mu);
  TokenState& t = client_->tokens;
  t.refreshing = false;
  ++t.generation;
  t.last_failed = true;
  if (failure) t.last_error = *failure;
}

// -- chat.run_tools -----------------------------------------------------------

// Reads the run's own parameters out of the chat's (README "Tools"): "" or
// the invalid_argument message. The tools' schemas compile here, so a schema
// the validator does not support fails the call before anything is sent.
std::string Call::Flow::tools_config() {
  const std::string& op = op_;
  auto list = params_.find("tools");
  if (list == params_.end() || !list->is_array() || list->empty()) {
    return op + ": 'tools' must be a non-empty array of {name, parameters}";
  }
  for (const json& t : *list) {
    if (!t.is_object()) return op + ": every tool must be an object {name, parameters}";
    std::string name = str_field(t, "name");
    auto named = t.find("name");
    if (named == t.end() || !named->is_string() || name.empty()) return op + ": every tool needs a non-empty 'name'";
    for (const ToolDef& d : tools_) {
      if (d.name == name) return op + ": two tools are named '" + name + "'";
    }
    ToolDef def;
    def.name = name;
    auto schema = t.find("parameters");
    std::string problem;
    if (schema == t.end() || schema->is_null()) problem = def.schema.parse("{\"type\": \"object\"}");
    else if (!schema->is_object()) problem = "'parameters' must be a JSON Schema object";
    else problem = def.schema.parse(dump(*schema));
    if (!problem.empty()) return op + ": tool '" + name + "': " + problem;
    tools_.push_back(std::move(def));
  }
  if (!int_param(params_, "max_rounds", 8, max_rounds_) || max_rounds_ < 1 || max_rounds_ > 1000) {
    return op + ": max_rounds must be an integer 1..1000";
  }
  if (!int_param(params_, "tool_timeout_ms", 60000, tool_timeout_ms_) || tool_timeout_ms_ < 1) {
    return op + ": tool_timeout_ms must be an integer of at least 1";
  }
  auto errors = params_.find("tool_errors");
  if (errors != params_.end() && !errors->is_null()) {
    std::string mode = errors->is_string() ? errors->get<std::string>() : std::string();
    if (mode != "output" && mode != "fail") return op + ": tool_errors must be \"output\" or \"fail\"";
    tool_errors_fail_ = mode == "fail";
  }
  for (const char* key : {"tools", "max_rounds", "tool_timeout_ms", "tool_errors", "stream"}) params_.erase(key);
  return std::string();
}

std::string Call::Flow::required_action_chat() const {
  if (inner_) return Call::required_action_chat(*inner_);
  if (result_call_) return Call::required_action_chat(*result_call_);
  return std::string();
}

void Call::Flow::start_round(const std::string& op, const json& params) {
  stage_ = Stage::ToolsStream;
  start_inner(op, dump(params), step_options(), nullptr, true);
  Call::mark_tools_round(*inner_);
}

void Call::Flow::tool_hook(const std::string& kind, const detail::ToolRun& run) {
  if (!client_->config.hooks) return;
  HookEvent h;
  h.kind = kind;
  h.op = op_;
  h.tool = run.name;
  h.tool_call_id = run.id;
  h.outcome = kind == "tool_finished" ? run.outcome : std::string();
  if (kind == "tool_finished") {
    h.duration_ms = run.fed_at >= 0 && tools_started_ >= 0     ? run.fed_at - tools_started_
                    : run.outcome == "timeout"                    ? tool_timeout_ms_
                    : run.outcome == "cancelled" && tools_started_ >= 0 ? now_ - tools_started_
                                                                  : 0;
    h.message = run.message;
    if (run.outcome != "ok") h.severity = "warning";
  }
  if (client_->config.hook_bodies) h.body = run.arguments;
  client_->scrub(h.message);
  client_->scrub(h.body);
  collect_hooks();
  hooks_.push_back(std::move(h));
}

// The run's end, as a hook: the calls still running are answered as
// cancelled (the run stopped waiting for them), then `call_finished` for
// chat.run_tools itself, after those of its requests.
void Call::Flow::tools_run_finished(const Error* e) {
  for (auto& r : runs_) {
    if (!r.outcome.empty()) continue;  // every call left here was handed over (tool_called)
    if (r.fed) {  // it finished; the run ended before its output could go
      if (r.fed_at < 0) r.fed_at = now_;
      r.outcome = r.failed ? "error" : "ok";
      if (r.failed) r.message = "tool '" + r.name + "' failed: " + r.message;
    } else {
      r.outcome = "cancelled";
      r.message = e ? e->message : std::string();
    }
    tool_hook("tool_finished", r);
  }
  runs_.clear();
  if (!client_->config.hooks) return;
  HookEvent h;
  h.kind = "call_finished";
  h.op = op_;
  h.duration_ms = started_at_ >= 0 ? now_ - started_at_ : 0;
  if (e) {
    h.error_kind = e->kind;
    h.message = e->message;
    h.severity = e->severity;
  }
  hooks_.push_back(std::move(h));
}

namespace {
std::string error_output(const std::string& message) {
  return json({{"error", message}}).dump(-1, ' ', false, json::error_handler_t::replace);
}
}  // namespace

// A round ended at requires_action: check every call, then hand the valid
// ones to the host (or answer at once when none is left to run).
void Call::Flow::tools_asked(const std::string& chat_json, int64_t now) {
  json chat = json::parse(chat_json, nullptr, false);
  collect_hooks();
  inner_.reset();
  if (!chat.is_object()) {
    fail(make_error("decode", "the requires_action event's chat is not a JSON object"));
    return;
  }
  chat_id_ = str_field(chat, "id");
  conversation_id_ = str_field(chat, "conversation_id");
  if (chat_id_.empty() || conversation_id_.empty()) {
    fail(make_error("decode", "the requires_action event's chat has no id or conversation_id"));
    return;
  }
  const json* calls = nullptr;
  auto ra = chat.find("required_action");
  if (ra != chat.end() && ra->is_object()) {
    auto sto = ra->find("submit_tool_outputs");
    if (sto != ra->end() && sto->is_object()) {
      auto tc = sto->find("tool_calls");
      if (tc != sto->end() && tc->is_array() && !tc->empty()) calls = &*tc;
    }
  }
  if (!calls) {
    fail(make_error("decode", "the chat requires action but names no tool calls (required_action.submit_tool_outputs)"));
    return;
  }
  ++rounds_;
  if (rounds_ > max_rounds_) {
    cancel_chat(make_error("tool", "the bot asked for tools more than max_rounds (" + std::to_string(max_rounds_) +
                                       ") times; the chat was cancelled"));
    return;
  }
  runs_.clear();
  tools_started_ = -1;
  json handed = json::array();
  std::string first_problem;
  for (const json& c : *calls) {
    detail::ToolRun run;
    if (c.is_object()) {
      run.id = str_field(c, "id");
      auto fn = c.find("function");
      if (fn != c.end() && fn->is_object()) {
        run.name = str_field(*fn, "name");
        auto args = fn->find("arguments");
        if (args != fn->end() && args->is_string()) run.arguments = args->get<std::string>();
        else if (args != fn->end() && !args->is_null()) run.arguments = dump(*args);
      }
    }
    if (run.id.empty()) {
      fail(make_error("decode", "a tool call of the requires_action event has no id"));
      return;
    }
    const ToolDef* def = nullptr;
    for (const ToolDef& d : tools_) {
      if (d.name == run.name) def = &d;
    }
    if (!def) {
      run.outcome = "unknown_tool";
      run.message = "unknown tool '" + run.name + "'";
    } else {
      std::string checked = def->schema.validate(run.arguments.empty() ? std::string("{}") : run.arguments);
      json r = json::parse(checked, nullptr, false);
      if (r.is_object() && r.value("ok", false)) {
        run.arguments = dump(r["value"]);
        handed.push_back({{"id", run.id}, {"name", run.name}, {"arguments", r["value"]}});
      } else {
        run.outcome = "invalid_arguments";
        std::string why;
        if (r.is_object() && r.contains("errors") && r["errors"].is_array()) {
          for (const json& e : r["errors"]) {
            if (!why.empty()) why += "; ";
            std::string path = str_field(e, "path");
            why += (path.empty() ? std::string("(arguments)") : path) + ": " + str_field(e, "message");
          }
        }
        run.message = "invalid arguments for tool '" + run.name + "': " + why;
      }
    }
    if (!run.outcome.empty()) {
      run.output = error_output(run.message);
      if (first_problem.empty()) first_problem = run.message;
    }
    runs_.push_back(std::move(run));
  }
  if (tool_errors_fail_ && !first_problem.empty()) {
    for (const auto& r : runs_) {
      if (!r.outcome.empty()) tool_hook("tool_finished", r);
    }
    runs_.clear();  // the valid calls are never handed over
    cancel_chat(make_error("tool", first_problem + "; the chat was cancelled"));
    return;
  }
  for (const auto& r : runs_) {
    if (r.outcome.empty()) tool_hook("tool_called", r);
  }
  if (handed.empty()) {
    tools_collected(now);
    return;
  }
  tool_calls_json_ = dump(handed);
  tools_handed_ = false;
  stage_ = Stage::ToolsWait;
}

void Call::Flow::on_tool_output(const std::string& call_id, const std::string& text, bool failed) {
  if (stage_ != Stage::ToolsWait || !tools_handed_) return;
  for (auto& r : runs_) {
    if (r.id != call_id || !r.outcome.empty() || r.fed) continue;
    r.fed = true;
    r.failed = failed;
    if (failed) r.message = text.empty() ? std::string("the tool failed without a message") : text;
    else r.output = text;
    return;
  }
}

// Every output is in (or the tool timeout passed): submit them all.
void Call::Flow::tools_collected(int64_t now) {
  std::string first_problem;
  for (auto& r : runs_) {
    if (!r.outcome.empty()) {
      tool_hook("tool_finished", r);
      continue;
    }
    if (!r.fed) {
      r.outcome = "timeout";
      r.message = "tool '" + r.name + "' did not finish within " + std::to_string(tool_timeout_ms_) + " ms";
      r.output = error_output(r.message);
    } else if (r.failed) {
      r.outcome = "error";
      r.message = "tool '" + r.name + "' failed: " + r.message;
      client_->scrub(r.message);
      r.output = error_output(r.message);
    } else {
      r.outcome = "ok";
      if (r.fed_at < 0) r.fed_at = now;
    }
    if (r.outcome != "ok" && first_problem.empty()) first_problem = r.message;
    tool_hook("tool_finished", r);
  }
  tool_calls_json_.clear();
  if (tool_errors_fail_ && !first_problem.empty()) {
    cancel_chat(make_error("tool", first_problem + "; the chat was cancelled"));
    return;
  }
  json outputs = json::array();
  for (const auto& r : runs_) outputs.push_back({{"tool_call_id", r.id}, {"output", r.output}});
  json body = {{"conversation_id", conversation_id_}, {"chat_id", chat_id_}, {"tool_outputs", std::move(outputs)}};
  runs_.clear();
  start_round("chat.submit_tool_outputs.stream", body);
}

// The run stops while the chat waits for outputs: the chat is cancelled
// first (it would wait on the server otherwise), then the call fails with `why`.
void Call::Flow::cancel_chat(Error why) {
  has_cancel_error_ = true;
  cancel_error_ = std::move(why);
  tool_calls_json_.clear();
  stage_ = Stage::PollCancel;
  json body = {{"conversation_id", conversation_id_}, {"chat_id", chat_id_}};
  start_inner("chat.cancel", dump(body), step_options(), nullptr, false);
}

}  // namespace coze
