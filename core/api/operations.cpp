#include "api/operations.h"

#include <cctype>
#include <cstring>

#include "coze/coze.h"
#include "http/headers.h"

namespace coze::api {
namespace {

using json = nlohmann::json;

// What a required param must be.
enum class Need {
  Text,     // a non-empty string (ids)
  String,   // any string, empty included (free text such as resume_data)
  Integer,  // a JSON integer
  Array,    // a JSON array
};

struct Field {
  const char* name;
  Need need;
};

struct Operation {
  const char* name;
  const char* method;
  const char* path;
  StreamKind stream;
  ResultShape result;
  std::vector<const char*> query;  // params sent in the query string
  std::vector<Field> required;     // checked before anything is sent
  const char* stream_flag;         // body field forced true/false, or nullptr
  bool stream_value;
};

// One row per operation; the paths and fields are those of the API reference.
const std::vector<Operation>& catalogue() {
  static const std::vector<Operation> ops = {
      {"chat.create", "POST", "/v3/chat", StreamKind::None, ResultShape::Data, {"conversation_id"},
       {{"bot_id", Need::Text}, {"user_id", Need::Text}}, "stream", false},
      {"chat.stream", "POST", "/v3/chat", StreamKind::Chat, ResultShape::Data, {"conversation_id"},
       {{"bot_id", Need::Text}, {"user_id", Need::Text}}, "stream", true},
      {"chat.submit_tool_outputs", "POST", "/v3/chat/submit_tool_outputs", StreamKind::None, ResultShape::Data,
       {"conversation_id", "chat_id"},
       {{"conversation_id", Need::Text}, {"chat_id", Need::Text}, {"tool_outputs", Need::Array}}, "stream", false},
      {"chat.submit_tool_outputs.stream", "POST", "/v3/chat/submit_tool_outputs", StreamKind::Chat,
       ResultShape::Data, {"conversation_id", "chat_id"},
       {{"conversation_id", Need::Text}, {"chat_id", Need::Text}, {"tool_outputs", Need::Array}}, "stream", true},
      {"chat.retrieve", "GET", "/v3/chat/retrieve", StreamKind::None, ResultShape::Data,
       {"conversation_id", "chat_id"}, {{"conversation_id", Need::Text}, {"chat_id", Need::Text}}, nullptr, false},
      {"chat.messages.list", "GET", "/v3/chat/message/list", StreamKind::None, ResultShape::Data,
       {"conversation_id", "chat_id"}, {{"conversation_id", Need::Text}, {"chat_id", Need::Text}}, nullptr, false},
      {"workflows.runs.create", "POST", "/v1/workflow/run", StreamKind::None, ResultShape::WorkflowRun, {},
       {{"workflow_id", Need::Text}}, nullptr, false},
      {"workflows.runs.stream", "POST", "/v1/workflow/stream_run", StreamKind::Workflow, ResultShape::Data, {},
       {{"workflow_id", Need::Text}}, nullptr, false},
      {"workflows.runs.resume", "POST", "/v1/workflow/stream_resume", StreamKind::Workflow, ResultShape::Data, {},
       {{"workflow_id", Need::Text},
        {"event_id", Need::Text},
        {"resume_data", Need::String},
        {"interrupt_type", Need::Integer}},
       nullptr, false},
      {"workflows.chat.stream", "POST", "/v1/workflows/chat", StreamKind::Chat, ResultShape::Data, {},
       {{"workflow_id", Need::Text}, {"additional_messages", Need::Array}}, nullptr, false},
  };
  return ops;
}

const Operation* find(const std::string& name) {
  for (const auto& op : catalogue()) {
    if (name == op.name) return &op;
  }
  return nullptr;
}

// "" when `v` is what `need` asks for, else what it should have been.
const char* unmet(const json& v, Need need) {
  switch (need) {
    case Need::Text:
      return v.is_string() && !v.get_ref<const std::string&>().empty() ? "" : "a non-empty string";
    case Need::String: return v.is_string() ? "" : "a string";
    case Need::Integer: return v.is_number_integer() ? "" : "an integer";
    case Need::Array: return v.is_array() ? "" : "an array";
  }
  return "";
}

std::string client_user_agent_json() {
  json j = {{"version", version()}, {"lang", "cozecore"}, {"lang_version", "c++17"}};
  return j.dump();
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// workflows.runs.create answers {code, msg, data: "<JSON text>", debug_url,
// execute_id, usage, interrupt_data?, detail}. Its result is that object
// without the envelope fields (code, msg, detail), with `data` parsed:
//   {"data": <the string parsed as JSON when it parses, else the string>,
//    "debug_url": "...", "execute_id": "...", "usage": {...}}
// (`execute_id` is set for async runs, `interrupt_data` when a node waits
// for input; the log id travels beside the result, on the DONE action.)
std::string workflow_run_result(const json& envelope) {
  json out = json::object();
  if (!envelope.is_object()) {
    out["data"] = nullptr;
    return dump(out);
  }
  for (auto it = envelope.begin(); it != envelope.end(); ++it) {
    const std::string& key = it.key();
    if (key == "code" || key == "msg" || key == "detail") continue;
    out[key] = it.value();
  }
  auto data = out.find("data");
  if (data == out.end()) {
    out["data"] = nullptr;
  } else if (data->is_string()) {
    auto parsed = json::parse(data->get_ref<const std::string&>(), nullptr, false);
    if (!parsed.is_discarded()) *data = std::move(parsed);
  }
  return dump(out);
}

}  // namespace

std::vector<std::string> operation_names() {
  std::vector<std::string> names;
  for (const auto& op : catalogue()) names.emplace_back(op.name);
  return names;
}

std::string extract_result(ResultShape shape, const json& envelope) {
  if (shape == ResultShape::WorkflowRun) return workflow_run_result(envelope);
  if (!envelope.is_object()) return "null";
  auto it = envelope.find("data");
  return it == envelope.end() ? std::string("null") : dump(*it);
}

namespace {

// RFC 9110 token characters.
bool header_name_ok(const std::string& name) {
  if (name.empty()) return false;
  for (unsigned char c : name) {
    bool ok = std::isalnum(c) || std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
    if (!ok || c == 0) return false;
  }
  return true;
}

// Field values: no CR, LF, NUL or other control characters but tab.
bool header_value_ok(const std::string& value) {
  for (unsigned char c : value) {
    if ((c < 0x20 && c != '\t') || c == 0x7f) return false;
  }
  return true;
}

std::string printable(const std::string& s) {
  std::string out;
  for (unsigned char c : s.substr(0, 64)) out += (c < 0x20 || c == 0x7f) ? '?' : static_cast<char>(c);
  return out;
}

}  // namespace

bool prepare(const std::string& op_name, const json& params, const ClientConfig& config,
             const CallOptions& options, PreparedRequest& out, std::string& error) {
  const Operation* op = find(op_name);
  if (!op) {
    error = "unknown operation '" + op_name + "'";
    return false;
  }
  if (!params.is_object()) {
    error = std::string(op->name) + ": params must be a JSON object";
    return false;
  }
  for (const Field& field : op->required) {
    auto it = params.find(field.name);
    const char* want = unmet(it == params.end() ? json() : *it, field.need);
    if (*want) {
      error = std::string(op->name) + ": '" + field.name + "' is required (" + want + ")";
      return false;
    }
  }
  if (config.token.empty()) {
    error = "no API token configured";
    return false;
  }
  if (config.base_url.rfind("http://", 0) != 0 && config.base_url.rfind("https://", 0) != 0) {
    error = "base_url must start with http:// or https://";
    return false;
  }
  // Nothing may smuggle a line break into the request head.
  if (!header_value_ok(config.token) || config.token.find(' ') != std::string::npos) {
    error = "the API token contains characters that cannot be sent in a header";
    return false;
  }
  for (const Header& h : options.headers) {
    if (!header_name_ok(h.name)) {
      error = "header name '" + printable(h.name) + "' is not a valid HTTP token";
      return false;
    }
    if (!header_value_ok(h.value)) {
      error = "the value of header '" + h.name + "' contains a line break or a control character";
      return false;
    }
  }

  std::vector<Header> query;
  json body = json::object();
  for (auto it = params.begin(); it != params.end(); ++it) {
    bool in_query = std::strcmp(op->method, "GET") == 0;  // a GET has no body: every param is a query param
    for (const char* q : op->query) {
      if (it.key() == q) in_query = true;
    }
    if (!in_query) {
      body[it.key()] = it.value();
      continue;
    }
    if (it->is_null()) continue;
    if (it->is_string()) {
      query.push_back({it.key(), it->get<std::string>()});
    } else if (it->is_number_integer() || it->is_number_unsigned()) {
      query.push_back({it.key(), it->dump()});
    } else {
      error = std::string(op->name) + ": '" + it.key() + "' must be a string";
      return false;
    }
  }
  if (op->stream_flag) body[op->stream_flag] = op->stream_value;

  HttpRequest& r = out.request;
  r.method = op->method;
  r.url = http::build_url(config.base_url, op->path, query);
  r.stream = op->stream != StreamKind::None;
  r.connect_timeout_ms = config.connect_timeout_ms;
  bool has_body = std::strcmp(op->method, "GET") != 0;
  r.headers.push_back({"Authorization", "Bearer " + config.token});
  if (has_body) r.headers.push_back({"Content-Type", "application/json"});
  r.headers.push_back({"Accept", r.stream ? "text/event-stream" : "application/json"});
  std::string ua = std::string("cozecore/") + version();
  r.headers.push_back({"User-Agent", config.user_agent.empty() ? ua : config.user_agent + " " + ua});
  r.headers.push_back({"X-Coze-Client-User-Agent", client_user_agent_json()});
  for (const auto& h : options.headers) r.headers.push_back(h);
  // Invalid UTF-8 in params is replaced rather than rejected.
  if (has_body) r.body = dump(body);
  out.stream = op->stream;
  out.result = op->result;
  std::string m = r.method;
  out.idempotent = m == "GET" || m == "PUT" || m == "DELETE" || m == "HEAD";
  return true;
}

}  // namespace coze::api
