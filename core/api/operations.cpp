#include "api/operations.h"

#include "auth/crypto.h"

#include <cctype>
#include <cstring>

#include "coze/coze.h"
#include "http/headers.h"

namespace coze::api {
namespace {

using json = nlohmann::json;

// The identity the official SDKs send: {version, lang, lang_version,
// os_name, os_version}, plus the core's own version.
std::string client_user_agent_json(const ClientConfig& c) {
  json j = {{"version", version()},
            {"lang", c.lang.empty() ? std::string("c++") : c.lang},
            {"lang_version", c.lang_version},
            {"os_name", c.os_name},
            {"os_version", c.os_version},
            {"core", std::string("cozecore/") + version()}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

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

// A path or query value: strings as they are, integers as their digits,
// booleans as true/false; "" with `ok` false for anything else.
std::string scalar_text(const json& v, bool& ok) {
  ok = true;
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer() || v.is_number_unsigned()) return v.dump();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number_float()) return dump(v);
  ok = false;
  return "";
}

// "" when `v` suits a required parameter of this type, else what it should be.
const char* unmet(const json& v, const ParamSpec& p) {
  if (v.is_null()) return "present";
  const TypeSpec& t = type_at(p.type);
  bool in_url = p.in == static_cast<uint8_t>(ParamIn::Path) || p.in == static_cast<uint8_t>(ParamIn::Query);
  switch (static_cast<TypeKind>(t.kind)) {
    case TypeKind::Id:
    case TypeKind::String:
      if (p.in == static_cast<uint8_t>(ParamIn::File)) return v.is_string() || v.is_object() ? "" : "file content";
      if (v.is_string()) {
        bool empty = v.get_ref<const std::string&>().empty();
        return empty && (in_url || t.kind == static_cast<uint8_t>(TypeKind::Id)) ? "a non-empty string" : "";
      }
      return (v.is_number_integer() || v.is_number_unsigned()) && t.kind == static_cast<uint8_t>(TypeKind::Id)
                 ? ""
                 : "a string";
    case TypeKind::Integer: return v.is_number_integer() || v.is_number_unsigned() ? "" : "an integer";
    case TypeKind::Number: return v.is_number() ? "" : "a number";
    case TypeKind::Boolean: return v.is_boolean() ? "" : "a boolean";
    case TypeKind::Array: return v.is_array() ? "" : "an array";
    case TypeKind::Model:
    case TypeKind::Map: return v.is_object() ? "" : "an object";
    case TypeKind::Any: return "";
  }
  return "";
}

bool condition_met(const json& cond, const json& params) {
  if (!cond.is_object() || !cond.contains("param")) return false;
  auto it = params.find(cond["param"].get<std::string>());
  if (cond.contains("present")) return it != params.end() && !it->is_null();
  if (cond.contains("equals")) return it != params.end() && *it == cond["equals"];
  return false;
}

// The operation to run: `name`, or a variant of it whose conditions the
// params meet. `consumed` gets the selector params, which are never sent.
const OpSpec* select(const std::string& name, const json& params, std::vector<std::string>& consumed) {
  const OpSpec* base = find_op(name);
  if (!base) return nullptr;
  const OpSpec* chosen = base;
  for (size_t i = 0; i < op_count(); ++i) {
    const OpSpec& v = op_at(i);
    if (!v.variant_of || name != v.variant_of) continue;
    json when = json::parse(v.variant_when ? v.variant_when : "[]", nullptr, false);
    if (!when.is_array()) continue;
    for (const auto& cond : when) {
      if (cond.contains("equals") && cond.contains("param")) consumed.push_back(cond["param"].get<std::string>());
      if (chosen == base && condition_met(cond, params)) chosen = &v;
    }
  }
  return chosen;
}

}  // namespace

const OpSpec* select_operation(const std::string& name, const json& params) {
  std::vector<std::string> consumed;
  return select(name, params, consumed);
}

namespace {

bool is_consumed(const std::vector<std::string>& consumed, const std::string& name) {
  for (const auto& c : consumed) {
    if (c == name) return true;
  }
  return false;
}

struct Part {
  std::string name;
  std::string filename;  // "" for a plain field
  std::string content_type;
  std::string data;
  std::string source;    // a file the host reads itself ("" when `data` holds it)
  int64_t size = -1;     // the source's length; -1 unknown
};

// A file parameter: its content as text, or {filename, content_type, data |
// data_base64 | source (+ size)}. False with `error` set when it is neither.
bool file_part(const std::string& name, const json& v, Part& part, std::string& error) {
  part.name = name;
  part.filename = name;
  part.content_type = "application/octet-stream";
  if (v.is_string()) {
    part.data = v.get<std::string>();
    return true;
  }
  const char* shape = "a string, or {filename, content_type, data, data_base64 or source}";
  if (!v.is_object()) {
    error = "'" + name + "' must be file content: " + shape;
    return false;
  }
  // An empty file name is no name: the part keeps the parameter's, so it
  // stays a file part (a part without a filename is a plain form field).
  if (v.contains("filename") && v["filename"].is_string() && !v["filename"].get<std::string>().empty()) {
    part.filename = v["filename"].get<std::string>();
  }
  if (v.contains("content_type") && v["content_type"].is_string()) {
    part.content_type = v["content_type"].get<std::string>();
  }
  if (!header_value_ok(part.filename) || part.filename.find('"') != std::string::npos ||
      !header_value_ok(part.content_type)) {
    error = "'" + name + "': the file name or content type contains a quote, a line break or a control character";
    return false;
  }
  int given = static_cast<int>(v.contains("data")) + static_cast<int>(v.contains("data_base64")) +
              static_cast<int>(v.contains("source"));
  if (given != 1) {
    error = "'" + name + "' must have exactly one of data, data_base64 and source";
    return false;
  }
  if (v.contains("source")) {
    const json& src = v["source"];
    if (!src.is_string() || src.get<std::string>().empty()) {
      error = "'" + name + "'.source must be a non-empty string (the id the host reads the bytes by)";
      return false;
    }
    part.source = src.get<std::string>();
    if (v.contains("size") && !v["size"].is_null()) {
      const json& size = v["size"];
      if (!size.is_number_integer() || size.get<int64_t>() < -1) {
        error = "'" + name + "'.size must be the source's length in bytes (an integer >= 0), or -1 when unknown";
        return false;
      }
      part.size = size.get<int64_t>();
    }
    return true;
  }
  if (v.contains("data_base64")) {
    if (!v["data_base64"].is_string() || !auth::base64_decode(v["data_base64"].get<std::string>(), part.data)) {
      error = "'" + name + "'.data_base64 is not base64";
      return false;
    }
    return true;
  }
  if (!v["data"].is_string()) {
    error = "'" + name + "'.data must be a string";
    return false;
  }
  part.data = v["data"].get<std::string>();
  return true;
}

// multipart/form-data (RFC 7578). The boundary is random (the caller's, from
// the host's entropy), lengthened in the unlikely case that it occurs in a
// part the core holds; a source's bytes are not seen, and 160 random bits
// make a clash with them beyond chance. A source leaves its place in the
// body empty and is listed in `sources` at that offset.
//
// Lengthening appends the character that least often follows the boundary
// where it occurs: of 64 candidates one follows at most 1/64 of the
// occurrences, so even parts made to clash (a boundary followed by every
// suffix) are passed in a few characters and the boundary stays within
// RFC 2046's 70.
void multipart_body(const std::vector<Part>& parts, std::string& boundary, HttpRequest& r) {
  static const char kChars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  for (;;) {
    size_t follows[256] = {};
    bool clash = false;
    for (const auto& p : parts) {
      for (size_t at = p.data.find(boundary); at != std::string::npos; at = p.data.find(boundary, at + 1)) {
        clash = true;
        size_t next = at + boundary.size();
        if (next < p.data.size()) ++follows[static_cast<unsigned char>(p.data[next])];
      }
    }
    if (!clash) break;
    char best = kChars[0];
    for (const char* c = kChars; *c; ++c) {
      if (follows[static_cast<unsigned char>(*c)] < follows[static_cast<unsigned char>(best)]) best = *c;
    }
    boundary += best;
  }
  std::string& body = r.body;
  int64_t spliced = 0;
  for (const auto& p : parts) {
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"" + p.name + "\"";
    if (!p.filename.empty()) body += "; filename=\"" + p.filename + "\"";
    body += "\r\n";
    if (!p.filename.empty()) body += "Content-Type: " + p.content_type + "\r\n";
    body += "\r\n";
    if (!p.source.empty()) {
      r.sources.push_back({body.size(), p.source, p.size});
      spliced = spliced < 0 || p.size < 0 ? -1 : spliced + p.size;
    } else {
      body += p.data;
    }
    body += "\r\n";
  }
  body += "--" + boundary + "--\r\n";
  r.body_size = spliced < 0 ? -1 : static_cast<int64_t>(body.size()) + spliced;
}

}  // namespace

std::vector<std::string> operation_names() {
  std::vector<std::string> names;
  for (size_t i = 0; i < op_count(); ++i) names.emplace_back(op_at(i).name);
  return names;
}

bool prepare(const std::string& op_name, const json& params, const ClientConfig& config,
             const CallOptions& options, PreparedRequest& out, std::string& error, const std::string* bearer,
             const std::function<std::string()>& boundary_source) {
  if (!params.is_object()) {
    error = op_name + ": params must be a JSON object";
    return false;
  }
  std::vector<std::string> consumed;
  const OpSpec* op = select(op_name, params, consumed);
  if (!op) {
    error = "unknown operation '" + printable(op_name) + "'";
    return false;
  }
  for (uint16_t i = 0; i < op->param_count; ++i) {
    const ParamSpec& p = param_at(op->param_first + i);
    if (!p.required) continue;
    auto it = params.find(p.name);
    const char* want = unmet(it == params.end() ? json() : *it, p);
    if (*want) {
      error = std::string(op->name) + ": '" + p.name + "' is required (" + want + ")";
      return false;
    }
  }
  const std::string& token = bearer ? *bearer : config.token;
  if (op->auth && token.empty()) {
    error = "no API token configured";
    return false;
  }
  if (config.base_url.rfind("http://", 0) != 0 && config.base_url.rfind("https://", 0) != 0) {
    error = "base_url must start with http:// or https://";
    return false;
  }
  // Nothing may smuggle a line break into the request head.
  if (!header_value_ok(token) || token.find(' ') != std::string::npos) {
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
  json extra_body = json::object();
  if (!options.extra_body.empty()) {
    extra_body = json::parse(options.extra_body, nullptr, false);
    if (!extra_body.is_object()) {
      error = std::string(op->name) + ": extra_body must be a JSON object";
      return false;
    }
  }

  // Where each param goes: declared params by the description; others (the
  // caller's own, for fields the description lacks) into the body when the
  // operation has one, else into the query.
  std::string path;
  std::vector<Header> query;
  json body = json::object();
  std::vector<Part> parts;
  const bool has_body = op->body != static_cast<uint8_t>(BodyKind::None);
  const bool multipart = op->body == static_cast<uint8_t>(BodyKind::Multipart);
  auto spec_of = [&](const std::string& name) -> const ParamSpec* {
    for (uint16_t i = 0; i < op->param_count; ++i) {
      const ParamSpec& p = param_at(op->param_first + i);
      if (name == p.name) return &p;
    }
    return nullptr;
  };
  auto add_query = [&](const std::string& name, const json& v) -> bool {
    if (v.is_null()) return true;
    bool ok = true;
    if (v.is_array()) {
      // Repeated scalars: name=a&name=b.
      for (const auto& item : v) {
        std::string text = scalar_text(item, ok);
        if (!ok) break;
        query.push_back({name, text});
      }
    } else {
      std::string text = scalar_text(v, ok);
      if (ok) query.push_back({name, text});
    }
    if (!ok) error = std::string(op->name) + ": '" + name + "' must be a string, a number or a boolean";
    return ok;
  };
  std::vector<std::pair<std::string, std::string>> path_values;
  for (auto it = params.begin(); it != params.end(); ++it) {
    const std::string& name = it.key();
    if (is_consumed(consumed, name)) continue;
    const ParamSpec* p = spec_of(name);
    ParamIn in = p ? static_cast<ParamIn>(p->in) : (has_body ? ParamIn::Body : ParamIn::Query);
    switch (in) {
      case ParamIn::Path: {
        bool ok = true;
        std::string text = scalar_text(*it, ok);
        if (!ok || text.empty()) {
          error = std::string(op->name) + ": '" + name + "' must be a non-empty string";
          return false;
        }
        // RFC 3986: all but unreserved characters are encoded, so a value can
        // never add a segment, a query or a fragment.
        path_values.emplace_back(name, http::percent_encode(text));
        break;
      }
      case ParamIn::Query:
        if (!add_query(name, *it)) return false;
        break;
      case ParamIn::Body:
        if (multipart) {
          if (it->is_null()) break;
          Part part;
          part.name = name;
          part.data = it->is_string() ? it->get<std::string>() : dump(*it);
          parts.push_back(std::move(part));
        } else {
          body[name] = *it;
        }
        break;
      case ParamIn::File: {
        if (it->is_null()) break;
        Part part;
        if (!file_part(name, *it, part, error)) {
          error = std::string(op->name) + ": " + error;
          return false;
        }
        parts.push_back(std::move(part));
        break;
      }
    }
  }
  // The path template, every {name} replaced by its encoded value.
  const char* t = op->path;
  while (*t) {
    if (*t != '{') {
      path += *t++;
      continue;
    }
    const char* close = std::strchr(t, '}');
    std::string name(t + 1, close ? static_cast<size_t>(close - t - 1) : 0);
    bool found = false;
    for (const auto& pv : path_values) {
      if (pv.first == name) {
        path += pv.second;
        found = true;
      }
    }
    if (!found) {
      error = std::string(op->name) + ": '" + name + "' is required (a non-empty string)";
      return false;
    }
    t = close ? close + 1 : t + std::strlen(t);
  }
  for (const Header& q : options.extra_query) query.push_back(q);
  if (op->stream_field) body[op->stream_field] = op->stream_value != 0;
  for (auto it = extra_body.begin(); it != extra_body.end(); ++it) body[it.key()] = it.value();

  HttpRequest& r = out.request;
  r.method = op->method;
  r.url = http::build_url(config.base_url, path, query);
  r.stream = op->stream != static_cast<uint8_t>(StreamKind::None);
  r.connect_timeout_ms = config.connect_timeout_ms;
  if (op->auth) r.headers.push_back({"Authorization", "Bearer " + token});
  std::string boundary;
  if (multipart) {
    for (auto it = body.begin(); it != body.end(); ++it) {
      Part part;
      part.name = it.key();
      part.data = it->is_string() ? it->get<std::string>() : dump(*it);
      parts.push_back(std::move(part));
    }
    for (const Part& p : parts) {
      for (const Part& q : parts) {
        if (&p != &q && !p.source.empty() && p.source == q.source) {
          error = std::string(op->name) + ": two file parts name the same source '" + printable(p.source) + "'";
          return false;
        }
      }
    }
    boundary = "cozecore-" + (boundary_source ? boundary_source() : std::string("form-boundary-7MA4YWxkTrZu0gW"));
    multipart_body(parts, boundary, r);
    r.headers.push_back({"Content-Type", "multipart/form-data; boundary=" + boundary});
  } else if (has_body || !body.empty()) {
    // Invalid UTF-8 in params is replaced rather than rejected.
    r.body = dump(body);
    r.headers.push_back({"Content-Type", "application/json"});
  }
  if (!multipart) r.body_size = static_cast<int64_t>(r.body.size());
  const char* accept = r.stream ? "text/event-stream"
                       : op->response == static_cast<uint8_t>(ResponseKind::Binary) ? "*/*"
                                                                                    : "application/json";
  r.headers.push_back({"Accept", accept});
  std::string ua = std::string("cozecore/") + version() + " " + (config.lang.empty() ? std::string("c++") : config.lang);
  if (!config.lang_version.empty()) ua += "/" + config.lang_version;
  if (!config.os_name.empty()) ua += " (" + config.os_name + ")";
  for (char& ch : ua) {
    if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) ch = ' ';
  }
  r.headers.push_back({"User-Agent", config.user_agent.empty() ? ua : config.user_agent + " " + ua});
  r.headers.push_back({"X-Coze-Client-User-Agent", client_user_agent_json(config)});
  for (uint16_t i = 0; i < op->header_count; ++i) {
    const HeaderSpec& h = header_at(op->header_first + i);
    r.headers.push_back({h.name, h.value});
  }
  for (const auto& h : options.headers) r.headers.push_back(h);
  out.op = op;
  out.stream = static_cast<StreamKind>(op->stream);
  out.binary = op->response == static_cast<uint8_t>(ResponseKind::Binary);
  std::string m = r.method;
  out.idempotent = m == "GET" || m == "PUT" || m == "DELETE" || m == "HEAD";
  return true;
}

bool extract_payload(const OpSpec& op, const std::string& body, JsonNode& payload) {
  JsonNode envelope;
  payload = JsonNode();
  if (!parse_json(body, envelope) || envelope.kind != JsonNode::Object) return false;
  auto take = [&](const char* key) {
    const JsonNode* v = envelope.find(key);
    if (v) payload = *v;
  };
  switch (static_cast<ResultFrom>(op.result_from)) {
    case ResultFrom::Data: take("data"); break;
    case ResultFrom::DataData: {
      const JsonNode* d = envelope.find("data");
      const JsonNode* dd = d && d->kind == JsonNode::Object ? d->find("data") : nullptr;
      if (dd) payload = *dd;
      break;
    }
    case ResultFrom::Message: take("message"); break;
    case ResultFrom::DocumentInfos: take("document_infos"); break;
    case ResultFrom::Envelope:
      payload.kind = JsonNode::Object;
      for (auto& m : envelope.members) {
        if (m.first == "code" || m.first == "msg" || m.first == "detail") continue;
        payload.members.push_back(std::move(m));
      }
      break;
    case ResultFrom::None: break;
  }
  // Fields the API sends as JSON text are parsed (kept as text when they do not parse).
  if (op.json_strings && *op.json_strings && payload.kind == JsonNode::Object) {
    std::string list = op.json_strings;
    size_t start = 0;
    while (start <= list.size()) {
      size_t comma = list.find(',', start);
      std::string name = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      for (auto& m : payload.members) {
        if (m.first != name || m.second.kind != JsonNode::String) continue;
        JsonNode parsed;
        if (parse_json(m.second.text, parsed)) m.second = std::move(parsed);
      }
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return true;
}

bool result_readable(const OpSpec& op, const JsonNode& payload) {
  if (op.result_type < 0 || op.result_from == static_cast<uint8_t>(ResultFrom::None)) return true;
  RecordWriter w(false);
  return w.readable(payload, op.result_type);
}

std::string result_record(const OpSpec& op, const JsonNode& payload, bool utf16) {
  RecordWriter w(utf16);
  if (op.result_type >= 0 && op.result_from != static_cast<uint8_t>(ResultFrom::None)) {
    w.write(payload, op.result_type, 0);
  }
  return w.finish();
}

}  // namespace coze::api
