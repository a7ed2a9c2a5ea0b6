#include "coze/client.h"

#include <nlohmann/json.hpp>

#include <cctype>
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

// Invalid UTF-8 is replaced rather than thrown about.
std::string dump(const json& v) { return v.dump(-1, ' ', false, json::error_handler_t::replace); }

// The field as text, objects and arrays as their JSON text.
std::string json_or_text_field(const json& o, const char* key) {
  auto it = o.find(key);
  if (it != o.end() && (it->is_object() || it->is_array())) return dump(*it);
  return json_text_field(o, key);
}

[[noreturn]] void throw_decode(std::string message) {
  Error e;
  e.kind = "decode";
  e.message = std::move(message);
  throw CozeError(e);
}

// The text as a JSON object; a decode error naming `what` when it is not one.
json parse_object(const std::string& text, const char* what) {
  json o = json::parse(text, nullptr, false);
  if (!o.is_object()) throw_decode(std::string(what) + " is not a JSON object");
  return o;
}

// Reads o.usage into usage when it is an object; whether it was.
bool read_usage(const json& o, ChatUsage& usage) {
  auto u = o.find("usage");
  if (u == o.end() || !u->is_object()) return false;
  usage.token_count = json_int_field(*u, "token_count");
  usage.output_count = json_int_field(*u, "output_count");
  usage.input_count = json_int_field(*u, "input_count");
  return true;
}

std::vector<ToolCall> tool_calls_from(const json& action) {
  std::vector<ToolCall> calls;
  auto outputs = action.find("submit_tool_outputs");
  if (outputs == action.end() || !outputs->is_object()) return calls;
  auto list = outputs->find("tool_calls");
  if (list == outputs->end() || !list->is_array()) return calls;
  for (const json& item : *list) {
    if (!item.is_object()) continue;
    ToolCall call;
    call.id = json_text_field(item, "id");
    call.type = json_text_field(item, "type");
    auto fn = item.find("function");
    if (fn != item.end() && fn->is_object()) {
      call.function.name = json_text_field(*fn, "name");
      call.function.arguments = json_or_text_field(*fn, "arguments");
    }
    calls.push_back(std::move(call));
  }
  return calls;
}

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
  read_usage(o, c.usage);
  auto last_error = o.find("last_error");
  if (last_error != o.end() && last_error->is_object()) {
    c.last_error_code = json_int_field(*last_error, "code");
    c.last_error_msg = json_text_field(*last_error, "msg");
  }
  auto action = o.find("required_action");
  if (action != o.end() && action->is_object()) {
    c.required_action.type = json_text_field(*action, "type");
    c.required_action.tool_calls = tool_calls_from(*action);
  }
  c.json = dump(o);
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

bool equals_ignoring_case(const std::string& a, const char* b) {
  size_t n = std::char_traits<char>::length(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// Standard base64 (RFC 4648 section 4); the padding may be left out.
bool decode_base64(const std::string& in, std::string& out) {
  out.clear();
  size_t end = in.size();
  size_t pad = 0;
  while (end > 0 && in[end - 1] == '=' && pad < 2) {
    --end;
    ++pad;
  }
  if (end % 4 == 1 || (pad > 0 && (end + pad) % 4 != 0)) return false;
  out.reserve(end / 4 * 3 + 2);
  uint32_t acc = 0;
  int bits = 0;
  for (size_t i = 0; i < end; ++i) {
    char ch = in[i];
    int v;
    if (ch >= 'A' && ch <= 'Z') v = ch - 'A';
    else if (ch >= 'a' && ch <= 'z') v = ch - 'a' + 26;
    else if (ch >= '0' && ch <= '9') v = ch - '0' + 52;
    else if (ch == '+') v = 62;
    else if (ch == '/') v = 63;
    else return false;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  // The bits left over must be zero, as an encoder writes them.
  return (acc & ((1u << bits) - 1)) == 0;
}

// The payload as a JSON object; null when it is not one.
json object_of(const std::string& data) {
  json o = json::parse(data, nullptr, false);
  return o.is_object() ? o : json();
}

std::string debug_url_of(const std::string& data) {
  json o = object_of(data);
  return o.is_object() ? json_text_field(o, "debug_url") : std::string();
}

bool json_bool_field(const json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end()) return false;
  if (it->is_boolean()) return it->get<bool>();
  if (it->is_string()) return it->get_ref<const std::string&>() == "true";
  return false;
}

WorkflowMessage workflow_message_from(const json& o) {
  WorkflowMessage m;
  m.content = json_or_text_field(o, "content");
  m.content_type = json_text_field(o, "content_type");
  m.node_title = json_text_field(o, "node_title");
  m.node_seq_id = json_text_field(o, "node_seq_id");
  m.node_is_finish = json_bool_field(o, "node_is_finish");
  auto ext = o.find("ext");
  if (ext != o.end() && ext->is_object()) {
    for (auto it = ext->begin(); it != ext->end(); ++it) {
      m.ext[it.key()] = it->is_string() ? it->get<std::string>() : dump(*it);
    }
  }
  m.has_usage = read_usage(o, m.usage);
  return m;
}

WorkflowRun workflow_run_from(const std::string& text) {
  json o = parse_object(text, "the workflow run result");
  WorkflowRun run;
  auto data = o.find("data");
  run.data = data == o.end() ? "null" : dump(*data);
  run.debug_url = json_text_field(o, "debug_url");
  run.execute_id = json_text_field(o, "execute_id");
  run.has_usage = read_usage(o, run.usage);
  run.json = text;
  return run;
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
  return dump(o);
}

Chat decode_chat(const std::string& text) { return chat_from(parse_object(text, "the chat")); }

bool ChatEvent::is_audio() const {
  return type == "conversation.audio.delta" || (has_message && message.content_type == "audio");
}

std::string ChatEvent::audio() const {
  if (!is_audio()) return std::string();
  std::string bytes;
  if (!decode_base64(message.content, bytes)) throw_decode("the audio of a '" + type + "' event is not base64");
  return bytes;
}

ChatEvent decode_chat_event(const Event& event) {
  ChatEvent ev;
  ev.type = event.type;
  ev.data = event.data;
  if (event.type == "done") {
    ev.debug_url = debug_url_of(event.data);
  } else if (starts_with(event.type, "conversation.message.") || starts_with(event.type, "conversation.audio.")) {
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

const char* workflow_event_type_name(WorkflowEventType type) {
  switch (type) {
    case WorkflowEventType::Message: return "message";
    case WorkflowEventType::Error: return "error";
    case WorkflowEventType::Interrupt: return "interrupt";
    case WorkflowEventType::Done: return "done";
    case WorkflowEventType::Ping: return "ping";
    case WorkflowEventType::Unknown: break;
  }
  return "unknown";
}

WorkflowEvent decode_workflow_event(const Event& event) {
  WorkflowEvent ev;
  ev.event = event.type;
  ev.data = event.data;
  static const struct {
    const char* name;
    WorkflowEventType type;
  } kNames[] = {{"Message", WorkflowEventType::Message}, {"Error", WorkflowEventType::Error},
                {"Interrupt", WorkflowEventType::Interrupt}, {"Done", WorkflowEventType::Done},
                {"PING", WorkflowEventType::Ping}};
  for (const auto& n : kNames) {
    if (equals_ignoring_case(event.type, n.name)) ev.type = n.type;
  }
  if (ev.type == WorkflowEventType::Unknown || ev.type == WorkflowEventType::Ping) return ev;
  json o = object_of(event.data);
  if (!o.is_object()) return ev;
  switch (ev.type) {
    case WorkflowEventType::Message:
      ev.message = workflow_message_from(o);
      break;
    case WorkflowEventType::Error:
      ev.error.error_code = json_int_field(o, "error_code");
      ev.error.error_message = json_text_field(o, "error_message");
      break;
    case WorkflowEventType::Interrupt: {
      ev.interrupt.node_title = json_text_field(o, "node_title");
      auto data = o.find("interrupt_data");
      if (data != o.end() && data->is_object()) {
        ev.interrupt.interrupt_data.event_id = json_text_field(*data, "event_id");
        ev.interrupt.interrupt_data.type = json_int_field(*data, "type");
        ev.interrupt.interrupt_data.data = json_or_text_field(*data, "data");
      }
      break;
    }
    case WorkflowEventType::Done:
      ev.debug_url = json_text_field(o, "debug_url");
      break;
    default:
      break;
  }
  return ev;
}

void Hooks::dispatch(const HookEvent& event) const {
  const std::function<void(const HookEvent&)>* hook = event.kind == "request_sent"      ? &on_request_sent
                                                      : event.kind == "response_head"   ? &on_response_head
                                                      : event.kind == "retry_scheduled" ? &on_retry_scheduled
                                                      : event.kind == "call_finished"   ? &on_call_finished
                                                                                        : nullptr;
  if (hook == nullptr || !*hook) return;
  try {
    (*hook)(event);
  } catch (...) {
    // hooks observe; a failing one must not end the call
  }
}

struct CozeClient::Impl {
  Impl(const ClientConfig& config, Hooks hooks) : config(config), core(config), hooks(std::move(hooks)) {}
  ClientConfig config;
  Client core;
  Hooks hooks;
  curl_driver::MultiPool pool;
};

namespace {
ClientConfig seeded(ClientConfig config, const Hooks& hooks = Hooks()) {
  if (config.seed == 0) config.seed = curl_driver::random_seed();
  config.hooks = !hooks.empty();
  return config;
}
}  // namespace

CozeClient::CozeClient(ClientConfig config) : CozeClient(std::move(config), Hooks()) {}

CozeClient::CozeClient(ClientConfig config, Hooks hooks) {
  curl_driver::global_init();
  ClientConfig ready = seeded(std::move(config), hooks);
  impl_ = std::make_unique<Impl>(ready, std::move(hooks));
}

CozeClient::CozeClient(const std::string& token, const std::string& base_url) {
  ClientConfig config;
  config.token = token;
  config.base_url = base_url;
  curl_driver::global_init();
  impl_ = std::make_unique<Impl>(seeded(std::move(config)), Hooks());
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
  call_options.max_retries = options.max_retries;
  call_options.idempotency = options.idempotency;
  call_options.idempotency_key = options.idempotency_key;
  call_options.traceparent = options.traceparent;
  call_options.tracestate = options.tracestate;
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

  Action end = curl_driver::drive(call, lease.multi, on_event, *options.cancel.state(),
                                 impl_->hooks.empty() ? nullptr : &impl_->hooks);
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
  return run_stream("chat.stream", params_json, on_event, options);
}

Chat ChatResource::submit_tool_outputs(const std::string& params_json, const RequestOptions& options) const {
  return decode_chat(client_->run("chat.submit_tool_outputs", params_json, CozeClient::EventHandler(), options));
}

Chat ChatResource::submit_tool_outputs_stream(const std::string& params_json, const EventHandler& on_event,
                                              const RequestOptions& options) const {
  return run_stream("chat.submit_tool_outputs.stream", params_json, on_event, options);
}

Chat ChatResource::run_stream(const char* op, const std::string& params_json, const EventHandler& on_event,
                              const RequestOptions& options) const {
  Chat last;
  client_->run(
      op, params_json,
      [&](const Event& event) {
        ChatEvent ev = decode_chat_event(event);
        if (ev.has_chat) last = ev.chat;
        if (on_event) on_event(ev);
      },
      options);
  return last;
}

WorkflowRun WorkflowResource::create(const std::string& params_json, const RequestOptions& options) const {
  return workflow_run_from(client_->run("workflows.runs.create", params_json, CozeClient::EventHandler(), options));
}

void WorkflowResource::stream(const std::string& params_json, const EventHandler& on_event,
                              const RequestOptions& options) const {
  run_stream("workflows.runs.stream", params_json, on_event, options);
}

void WorkflowResource::resume(const std::string& params_json, const EventHandler& on_event,
                              const RequestOptions& options) const {
  run_stream("workflows.runs.resume", params_json, on_event, options);
}

Chat WorkflowResource::chat(const std::string& params_json, const ChatResource::EventHandler& on_event,
                            const RequestOptions& options) const {
  return ChatResource(*client_).run_stream("workflows.chat.stream", params_json, on_event, options);
}

void WorkflowResource::run_stream(const char* op, const std::string& params_json, const EventHandler& on_event,
                                  const RequestOptions& options) const {
  client_->run(
      op, params_json,
      [&](const Event& event) {
        if (on_event) on_event(decode_workflow_event(event));
      },
      options);
}

}  // namespace coze
