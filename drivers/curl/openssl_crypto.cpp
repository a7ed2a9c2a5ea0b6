// The host crypto of the native client, from OpenSSL (which libcurl links
// already): RS256 signatures for JWT apps (ActionKind::Sign) and random
// bytes for PKCE. Declared in coze/client.h (namespace coze::curl).
//
// The private key is parsed once, when the signer is made, and then lives
// only inside the signer as an EVP_PKEY. No message made here quotes the
// key: OpenSSL's own error texts name what failed, never the input.
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <climits>
#include <memory>
#include <string>

#include "coze/client.h"

namespace coze {
namespace {

Error crypto_error(const char* kind, std::string message) {
  Error e;
  e.kind = kind;
  e.message = std::move(message);
  return e;
}

// The reason of OpenSSL's most recent error ("" when none), then clears its
// queue so that nothing stale reaches another caller on this thread.
std::string openssl_reason() {
  unsigned long code = ERR_peek_last_error();
  std::string out;
  if (code != 0) {
    const char* reason = ERR_reason_error_string(code);
    if (reason != nullptr) out = reason;
  }
  ERR_clear_error();
  return out;
}

// Never asks for a password: an encrypted key is refused instead of
// prompting on the terminal.
int no_password(char*, int, int, void*) { return 0; }

struct PkeyFree {
  void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

}  // namespace

namespace curl {

Signer rs256_signer(const std::string& private_key_pem) {
  if (private_key_pem.find("PRIVATE KEY-----") == std::string::npos) {
    throw_error(crypto_error("invalid_argument",
                             "the JWT app's private key is not a PEM private key (expected -----BEGIN PRIVATE "
                             "KEY----- or -----BEGIN RSA PRIVATE KEY-----)"));
  }
  if (private_key_pem.size() > static_cast<size_t>(INT_MAX)) {
    throw_error(crypto_error("invalid_argument", "the JWT app's private key is too large"));
  }
  ERR_clear_error();
  BIO* bio = BIO_new_mem_buf(private_key_pem.data(), static_cast<int>(private_key_pem.size()));
  if (bio == nullptr) throw_error(crypto_error("internal", "OpenSSL could not allocate a buffer for the key"));
  EVP_PKEY* raw = PEM_read_bio_PrivateKey(bio, nullptr, &no_password, nullptr);
  BIO_free(bio);
  if (raw == nullptr) {
    std::string why = openssl_reason();
    throw_error(crypto_error("invalid_argument",
                             "the JWT app's private key could not be read (an unencrypted PEM RSA key, PKCS#8 or "
                             "PKCS#1, is needed)" +
                                 (why.empty() ? std::string() : ": " + why)));
  }
  std::shared_ptr<EVP_PKEY> key(raw, PkeyFree());
  if (EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA) {
    throw_error(crypto_error("invalid_argument", "the JWT app's private key is not an RSA key (RS256 signs with RSA)"));
  }
  return [key](const std::string& input) -> std::string {
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    size_t len = 0;
    // RSA keys sign with PKCS#1 v1.5 padding by default: RS256.
    bool ok = ctx && EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
              EVP_DigestSign(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(input.data()),
                             input.size()) == 1;
    std::string signature(len, '\0');
    ok = ok && EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(&signature[0]), &len,
                              reinterpret_cast<const unsigned char*>(input.data()), input.size()) == 1;
    if (!ok) {
      std::string why = openssl_reason();
      throw_error(crypto_error("authentication", "OpenSSL could not sign the JWT" +
                                                     (why.empty() ? std::string() : ": " + why)));
    }
    signature.resize(len);
    return signature;
  };
}

std::string random_bytes(size_t n) {
  if (n > static_cast<size_t>(INT_MAX)) throw_error(crypto_error("invalid_argument", "too many random bytes asked for"));
  std::string out(n, '\0');
  if (n > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(&out[0]), static_cast<int>(n)) != 1) {
    std::string why = openssl_reason();
    throw_error(crypto_error("internal", "OpenSSL's random generator failed" +
                                             (why.empty() ? std::string() : ": " + why)));
  }
  return out;
}

}  // namespace curl
}  // namespace coze
