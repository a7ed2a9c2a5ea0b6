// The little cryptography and encoding the core needs: SHA-256 (PKCE's S256
// challenge) and base64 / base64url (PKCE, JWT, uploads, audio). Signing is the
// host's job (see ActionKind::Sign); no key ever enters the core.
#pragma once

#include <string>

namespace coze {
namespace auth {

// The 32-byte SHA-256 digest of `data` (FIPS 180-4).
std::string sha256(const std::string& data);
// base64 (RFC 4648 section 4, with padding) or base64url (section 5,
// without padding): the one codec of the core.
std::string base64_encode(const std::string& bytes, bool url = false);
inline std::string base64url(const std::string& bytes) { return base64_encode(bytes, true); }
// Decodes standard base64, padding optional; false on any other character
// or a length no encoding has.
bool base64_decode(const std::string& text, std::string& out);

}  // namespace auth
}  // namespace coze
