#include "coze/client.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <utility>

#include "api/event_json.h"
#include "curl_transport.h"

namespace coze {

using json = nlohmann::json;

namespace {

std::string one_line(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

using api::json_int_field;
using api::json_text_field;

Chat chat_from(const json& o) {
  Chat c;
  c.id = json_text_field(o, "id");
  c.conversation_id = json_text_field(o, "conversation_id");
  c.bot_id = json_text_field(o, "bot_id");
  c.section_id = json_text_field(o, "section_id");
  c.status = json_text_field(o, "status");
  c.created_at = json_int_field(o, "created_at");
  c.completed_at = json_int_field(o, "completed_at");
  c.failed_at = json_int_field(o, "failed_at");
  auto usage = o.find("usage");
  if (usage != o.end() && usage->is_object()) {
    c.usage.token_count = json_int_field(*usage, "token_count");
    c.usage.output_count = json_int_field(*usage, "output_count");
    c.usage.input_count = json_int_field(*usage, "input_count");
  }
  auto last_error = o.find("last_error");
  if (last_error != o.end() && last_error->is_object()) {
    c.last_error_code = json_int_field(*last_error, "code");
    c.last_error_msg = json_text_field(*last_error, "msg");
  }
  c.json = o.dump();
  return c;
}

ChatMessage message_from(api::MessageFields&& f) {
  ChatMessage m;
  m.id = std::move(f.id);
  m.conversation_id = std::move(f.conversation_id);
  m.bot_id = std::move(f.bot_id);
  m.chat_id = std::move(f.chat_id);
  m.section_id = std::move(f.section_id);
  m.role = std::move(f.role);
  m.type = std::move(f.type);
  m.content = std::move(f.content);
  m.content_type = std::move(f.content_type);
  m.reasoning_content = std::move(f.reasoning_content);
  m.created_at = f.created_at;
  m.updated_at = f.updated_at;
  return m;
}

bool starts_with(const std::string& s, const char* prefix) {
  return s.compare(0, std::char_traits<char>::length(prefix), prefix) == 0;
}

}  // namespace

std::string describe(const Error& e) {
  std::string out = (e.kind.empty() ? std::string("unknown") : e.kind) + " error";
  std::string details;
  auto add = [&details](const std::string& part) {
    details += details.empty() ? part : ", " + part;
  };
  if (e.http_status != 0) add("http " + std::to_string(e.http_status));
  if (e.code != 0) add("code " + std::to_string(e.code));
  if (!e.logid.empty()) add("logid " + e.logid);
  if (e.attempts > 1) add(std::to_string(e.attempts) + " attempts");
  if (!details.empty()) out += " (" + details + ")";
  if (!e.message.empty()) out += ": " + e.message;
  return one_line(out);
}

CozeError::CozeError(Error error) : std::runtime_error(describe(error)), error_(std::move(error)) {}

CancelToken::CancelToken() : state_(std::make_shared<State>()) {}

void CancelToken::cancel() {
  std::lock_guard<std::mutex> lock(state_->mu);
  state_->cancelled.store(true);
  for (CURLM* multi : state_->polling) curl_multi_wakeup(multi);
  state_->cv.notify_all();
}

bool CancelToken::cancelled() const { return state_->cancelled.load(); }

EnterMessage EnterMessage::user(std::string content) {
  EnterMessage m;
  m.role = "user";
  m.content = std::move(content);
  return m;
}

EnterMessage EnterMessage::assistant(std::string content) {
  EnterMessage m;
  m.role = "assistant";
  m.content = std::move(content);
  return m;
}

std::string ChatRequest::to_json() const {
  json o = json::object();
  o["bot_id"] = bot_id;
  o["user_id"] = user_id;
  if (!conversation_id.empty()) o["conversation_id"] = conversation_id;
  json messages = json::array();
  for (const EnterMessage& m : additional_messages) {
    messages.push_back({{"role", m.role}, {"content", m.content}, {"content_type", m.content_type}});
  }
  o["additional_messages"] = std::move(messages);
  if (!custom_variables.empty()) o["custom_variables"] = custom_variables;
  if (!meta_data.empty()) o["meta_data"] = meta_data;
  if (!auto_save_history) o["auto_save_history"] = false;
  // Invalid UTF-8 in a field is replaced rather than thrown about.
  return o.dump(-1, ' ', false, json::error_handler_t::replace);
}

Chat decode_chat(const std::string& text) {
  json o = json::parse(text, nullptr, false);
  if (!o.is_object()) {
    Error e;
    e.kind = "decode";
    e.message = "the chat is not a JSON object";
    throw CozeError(e);
  }
  return chat_from(o);
}

ChatEvent decode_chat_event(const Event& event) {
  ChatEvent ev;
  ev.type = event.type;
  ev.data = event.data;
  if (starts_with(event.type, "conversation.message.") || starts_with(event.type, "conversation.audio.")) {
    // Most of a stream: read by the event_json fast path, which gives what
    // the DOM would.
    api::MessageFields fields;
    if (api::decode_message_fields(event.data, fields)) {
      ev.has_message = true;
      ev.message = message_from(std::move(fields));
    }
  } else if (starts_with(event.type, "conversation.chat.")) {
    json o = json::parse(event.data, nullptr, false);
    if (o.is_object()) {
      ev.has_chat = true;
      ev.chat = chat_from(o);
    }
  }
  return ev;
}

struct CozeClient::Impl {
  explicit Impl(const ClientConfig& config) : config(config), core(config) {}
  ClientConfig config;
  Client core;
  curl_driver::MultiPool pool;
};

namespace {
ClientConfig seeded(ClientConfig config) {
  if (config.seed == 0) config.seed = curl_driver::random_seed();
  return config;
}
}  // namespace

CozeClient::CozeClient(ClientConfig config) {
  curl_driver::global_init();
  impl_ = std::make_unique<Impl>(seeded(std::move(config)));
}

CozeClient::CozeClient(const std::string& token, const std::string& base_url) {
  ClientConfig config;
  config.token = token;
  config.base_url = base_url;
  curl_driver::global_init();
  impl_ = std::make_unique<Impl>(seeded(std::move(config)));
}

CozeClient::~CozeClient() = default;

const ClientConfig& CozeClient::config() const { return impl_->config; }

std::string CozeClient::run(const std::string& op, const std::string& params_json,
                            const EventHandler& on_event, const RequestOptions& options) {
  CallOptions call_options;
  call_options.timeout_ms = options.timeout_ms;
  call_options.wall_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();  // for ids and HTTP-date Retry-After
  call_options.headers = options.headers;
  Call call(impl_->core, op, params_json, call_options);

  struct Lease {
    curl_driver::MultiPool& pool;
    CURLM* multi;
    ~Lease() { pool.release(multi); }
  } lease{impl_->pool, impl_->pool.acquire()};
  if (lease.multi == nullptr) {
    Error e;
    e.kind = "internal";
    e.message = "curl_multi_init failed";
    throw CozeError(e);
  }

  Action end = curl_driver::drive(call, lease.multi, on_event, *options.cancel.state());
  if (end.kind == ActionKind::Fail) throw CozeError(end.error);
  return end.result;
}

Chat ChatResource::create(const ChatRequest& request, const RequestOptions& options) const {
  return create(request.to_json(), options);
}

Chat ChatResource::create(const std::string& params_json, const RequestOptions& options) const {
  return decode_chat(client_->run("chat.create", params_json, CozeClient::EventHandler(), options));
}

Chat ChatResource::stream(const ChatRequest& request, const EventHandler& on_event,
                          const RequestOptions& options) const {
  return stream(request.to_json(), on_event, options);
}

Chat ChatResource::stream(const std::string& params_json, const EventHandler& on_event,
                          const RequestOptions& options) const {
  Chat last;
  client_->run(
      "chat.stream", params_json,
      [&](const Event& event) {
        ChatEvent ev = decode_chat_event(event);
        if (ev.has_chat) last = ev.chat;
        if (on_event) on_event(ev);
      },
      options);
  return last;
}

}  // namespace coze
