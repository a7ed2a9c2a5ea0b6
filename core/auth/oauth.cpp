// OAuth pieces without I/O: PKCE, the authorize URL, the app config, JWTs.
#include "auth/oauth.h"

#include <nlohmann/json.hpp>

#include "auth/crypto.h"
#include "coze/auth.h"
#include "http/headers.h"

namespace coze {
namespace auth {

using json = nlohmann::json;

std::string origin_of(const std::string& url) {
  size_t scheme = url.find("://");
  if (scheme == std::string::npos) return std::string();
  size_t end = url.find_first_of("/?#", scheme + 3);
  return url.substr(0, end);
}

std::string host_of(const std::string& url) {
  std::string host, port;
  http::url_host_port(url, host, port);
  return host;
}

std::string jwt_signing_input(const std::string& client_id, const std::string& kid, const std::string& aud,
                              int64_t iat_s, int64_t exp_s, const std::string& jti,
                              const std::string& session_name) {
  json header = {{"alg", "RS256"}, {"typ", "JWT"}, {"kid", kid}};
  json claims = {{"iss", client_id}, {"aud", aud}, {"iat", iat_s}, {"exp", exp_s}, {"jti", jti}};
  if (!session_name.empty()) claims["session_name"] = session_name;
  auto dump = [](const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); };
  return base64url(dump(header)) + "." + base64url(dump(claims));
}

}  // namespace auth

namespace {

using json = nlohmann::json;

std::string error_text(const std::string& message) { return json{{"error", message}}.dump(); }

bool unreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

std::string string_field(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The www origin of an API base URL: api.coze.com -> https://www.coze.com,
// api.coze.cn -> https://www.coze.cn; any other host serves both.
std::string www_of(const std::string& base_url) {
  std::string host = auth::host_of(base_url);
  if (host == "api.coze.com") return "https://www.coze.com";
  if (host == "api.coze.cn") return "https://www.coze.cn";
  return auth::origin_of(base_url);
}

}  // namespace

std::string pkce_verifier(const std::string& random_bytes) {
  if (random_bytes.size() < 32) return std::string();
  std::string v = auth::base64url(random_bytes);
  if (v.size() > 128) v.resize(128);
  return v;
}

std::string pkce_challenge(const std::string& verifier) {
  if (verifier.size() < 43 || verifier.size() > 128) return std::string();
  for (char c : verifier) {
    if (!unreserved(c)) return std::string();
  }
  return auth::base64url(auth::sha256(verifier));
}

std::string oauth_jwt_audience(const std::string& base_url) { return auth::host_of(base_url); }

std::string oauth_authorize_url(const std::string& params_json) {
  json p = json::parse(params_json, nullptr, false);
  if (p.is_discarded() || !p.is_object()) return error_text("authorize URL: params are not a JSON object");
  std::string client_id = string_field(p, "client_id");
  std::string redirect_uri = string_field(p, "redirect_uri");
  std::string state = string_field(p, "state");
  if (client_id.empty()) return error_text("authorize URL: client_id is required");
  if (redirect_uri.empty()) return error_text("authorize URL: redirect_uri is required");
  if (state.empty()) return error_text("authorize URL: state is required (a random value the redirect must return)");
  std::string www = string_field(p, "www_base");
  if (www.empty()) www = www_of(string_field(p, "base_url").empty() ? "https://api.coze.com" : string_field(p, "base_url"));
  while (!www.empty() && www.back() == '/') www.pop_back();
  if (auth::origin_of(www).empty()) return error_text("authorize URL: www_base / base_url is not an absolute URL");
  std::string workspace = string_field(p, "workspace_id");
  std::string path = workspace.empty() ? "/api/permission/oauth2/authorize"
                                       : "/api/permission/oauth2/workspace_id/" + http::percent_encode(workspace) +
                                             "/authorize";
  std::vector<Header> q = {{"response_type", "code"}, {"client_id", client_id}, {"redirect_uri", redirect_uri},
                           {"state", state}};
  std::string challenge = string_field(p, "code_challenge");
  if (!challenge.empty()) {
    std::string method = string_field(p, "code_challenge_method");
    if (method.empty()) method = "S256";
    if (method != "S256") return error_text("authorize URL: code_challenge_method must be S256");
    q.push_back({"code_challenge", challenge});
    q.push_back({"code_challenge_method", method});
  }
  return json{{"url", http::build_url(www, path, q)}}.dump();
}

std::string oauth_app_config(const std::string& json_text) {
  json p = json::parse(json_text, nullptr, false);
  if (p.is_discarded() || !p.is_object()) return error_text("OAuth app config: not a JSON object");
  std::string type = string_field(p, "client_type");
  if (type != "pkce" && type != "jwt" && type != "device" && type != "web") {
    return error_text("OAuth app config: client_type must be one of pkce, jwt, device, web");
  }
  json out = {{"client_type", type},
              {"client_id", string_field(p, "client_id")},
              {"base_url", string_field(p, "coze_api_base")},
              {"www_base", string_field(p, "coze_www_base")},
              {"public_key_id", string_field(p, "public_key_id")},
              {"private_key", string_field(p, "private_key")},
              {"client_secret", string_field(p, "client_secret")}};
  if (out["client_id"].get_ref<const std::string&>().empty()) return error_text("OAuth app config: client_id is required");
  if (out["base_url"].get_ref<const std::string&>().empty()) out["base_url"] = "https://api.coze.com";
  if (out["www_base"].get_ref<const std::string&>().empty()) out["www_base"] = www_of(out["base_url"].get<std::string>());
  if (type == "jwt") {
    if (out["public_key_id"].get_ref<const std::string&>().empty()) return error_text("OAuth app config: a jwt app needs public_key_id");
    if (out["private_key"].get_ref<const std::string&>().find("PRIVATE KEY") == std::string::npos) {
      return error_text("OAuth app config: a jwt app needs private_key (a PEM private key)");
    }
  }
  if (type == "web" && out["client_secret"].get_ref<const std::string&>().empty()) {
    return error_text("OAuth app config: a web app needs client_secret");
  }
  return out.dump();
}

}  // namespace coze
