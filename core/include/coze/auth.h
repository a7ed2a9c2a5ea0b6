// OAuth helpers that need no I/O. The token requests themselves are calls
// (operations `oauth.exchange_code`, `oauth.refresh`, `oauth.jwt_token`,
// `oauth.device_flow`, and the plain `oauth.token` / `oauth.device_code`),
// and a client refreshes its own token when ClientConfig.auth says how.
// Every function returns JSON text: the answer, or {"error": "..."}.
#pragma once

#include <string>

namespace coze {

// PKCE (RFC 7636). A verifier made from the host's random bytes (at least
// 32): their base64url text, 43..128 characters.
std::string pkce_verifier(const std::string& random_bytes);
// The S256 challenge of a verifier: base64url(sha256(verifier)), no padding.
// "" when the verifier is not 43..128 unreserved characters.
std::string pkce_challenge(const std::string& verifier);

// The authorize URL a web app sends the user to. params: {client_id,
// redirect_uri, state, base_url (the API base; its region picks
// www.coze.com or www.coze.cn), www_base (overrides), code_challenge,
// code_challenge_method ("S256"), workspace_id}. Answers {"url": "..."}.
std::string oauth_authorize_url(const std::string& params_json);

// Reads an OAuth app's JSON config as the official SDKs write it
// (client_type pkce|jwt|device|web, client_id, coze_api_base,
// coze_www_base, private_key, public_key_id, client_secret) and answers it
// checked and normalised: {client_type, client_id, base_url, www_base,
// public_key_id, private_key, client_secret} (empty strings for absent
// fields), or {"error": "..."} naming the missing or wrong field.
std::string oauth_app_config(const std::string& json_text);

// The host of the API the client talks to, as a JWT's `aud` names it
// ("api.coze.com" for https://api.coze.com).
std::string oauth_jwt_audience(const std::string& base_url);

}  // namespace coze
