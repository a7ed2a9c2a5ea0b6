package io.cozecore;

/**
 * A PKCE (RFC 7636) verifier and its S256 challenge ({@link OAuth#pkcePair()}): send the challenge
 * with the authorize URL, keep the verifier secret until the code exchange. {@link #toString()}
 * hides the verifier.
 *
 * @param verifier 43 base64url characters from 32 bytes of the JDK's {@code SecureRandom}
 * @param challenge base64url(SHA-256(verifier)) without padding, computed by the core
 */
public record PkcePair(String verifier, String challenge) {
  /** The challenge method, always {@code S256}. */
  public String method() {
    return "S256";
  }

  @Override
  public String toString() {
    return "PkcePair[verifier=[redacted], challenge=" + challenge + ", method=S256]";
  }
}
