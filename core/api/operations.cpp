#include "api/operations.h"

#include "coze/coze.h"
#include "http/headers.h"

namespace coze::api {
namespace {

using json = nlohmann::json;

struct Operation {
  const char* name;
  const char* method;
  const char* path;
  StreamKind stream;
  std::vector<const char*> query;     // params sent in the query string
  std::vector<const char*> required;  // params that must be non-empty strings
  const char* stream_flag;            // body field forced true/false, or nullptr
  bool stream_value;
};

const std::vector<Operation>& catalogue() {
  static const std::vector<Operation> ops = {
      {"chat.create", "POST", "/v3/chat", StreamKind::None, {"conversation_id"}, {"bot_id", "user_id"},
       "stream", false},
      {"chat.stream", "POST", "/v3/chat", StreamKind::Chat, {"conversation_id"}, {"bot_id", "user_id"},
       "stream", true},
  };
  return ops;
}

const Operation* find(const std::string& name) {
  for (const auto& op : catalogue()) {
    if (name == op.name) return &op;
  }
  return nullptr;
}

std::string client_user_agent_json() {
  json j = {{"version", version()}, {"lang", "cozecore"}, {"lang_version", "c++17"}};
  return j.dump();
}

}  // namespace

std::vector<std::string> operation_names() {
  std::vector<std::string> names;
  for (const auto& op : catalogue()) names.emplace_back(op.name);
  return names;
}

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
  for (const char* field : op->required) {
    auto it = params.find(field);
    if (it == params.end() || !it->is_string() || it->get_ref<const std::string&>().empty()) {
      error = std::string(op->name) + ": '" + field + "' is required (a non-empty string)";
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

  std::vector<Header> query;
  json body = json::object();
  for (auto it = params.begin(); it != params.end(); ++it) {
    bool in_query = false;
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
  r.headers.push_back({"Authorization", "Bearer " + config.token});
  r.headers.push_back({"Content-Type", "application/json"});
  r.headers.push_back({"Accept", r.stream ? "text/event-stream" : "application/json"});
  std::string ua = std::string("cozecore/") + version();
  r.headers.push_back({"User-Agent", config.user_agent.empty() ? ua : config.user_agent + " " + ua});
  r.headers.push_back({"X-Coze-Client-User-Agent", client_user_agent_json()});
  for (const auto& h : options.headers) r.headers.push_back(h);
  // Invalid UTF-8 in params is replaced rather than rejected.
  r.body = body.dump(-1, ' ', false, json::error_handler_t::replace);
  out.stream = op->stream;
  std::string m = r.method;
  out.idempotent = m == "GET" || m == "PUT" || m == "DELETE" || m == "HEAD";
  return true;
}

}  // namespace coze::api
