// Internal: pieces of the OAuth flows shared by core/auth and core/exec.
#pragma once

#include <cstdint>
#include <string>

namespace coze {
namespace auth {

// scheme://host[:port] of a URL, and the host alone (no port, no brackets).
std::string origin_of(const std::string& url);
std::string host_of(const std::string& url);

// The JWS signing input of a service app's JWT: base64url(header) "."
// base64url(claims). header {alg RS256, typ JWT, kid}; claims {iss, aud,
// iat, exp, jti, session_name when given}.
std::string jwt_signing_input(const std::string& client_id, const std::string& kid, const std::string& aud,
                              int64_t iat_s, int64_t exp_s, const std::string& jti,
                              const std::string& session_name);

}  // namespace auth
}  // namespace coze
