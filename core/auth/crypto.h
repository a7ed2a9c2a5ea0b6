// The little cryptography the core needs for OAuth: SHA-256 (PKCE's S256
// challenge) and base64url without padding (PKCE, JWT). Signing is the
// host's job (see ActionKind::Sign); no key ever enters the core.
#pragma once

#include <string>

namespace coze {
namespace auth {

// The 32-byte SHA-256 digest of `data` (FIPS 180-4).
std::string sha256(const std::string& data);
// base64url (RFC 4648 section 5) without padding.
std::string base64url(const std::string& bytes);
// Decodes base64url with or without padding; false on any other character.
bool base64url_decode(const std::string& text, std::string& out);

}  // namespace auth
}  // namespace coze
