package io.cozecore.internal;

import io.cozecore.CozeException;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;

/**
 * Signs a service app's JWT (the core's SIGN action) with RS256, RSASSA-PKCS1-v1_5 over SHA-256,
 * using the JDK ({@code Signature "SHA256withRSA"}). The private key stays here: it never crosses
 * into the core, and no message, log or {@code toString} of this class shows any of it.
 */
public final class Rs256Signer implements CallDriver.Signer {
  private final PrivateKey key;

  private Rs256Signer(PrivateKey key) {
    this.key = key;
  }

  /**
   * A signer for an RSA private key in PEM: PKCS#8 ({@code BEGIN PRIVATE KEY}) or PKCS#1 ({@code
   * BEGIN RSA PRIVATE KEY}, wrapped into PKCS#8 here). Anything else (an encrypted key, a public
   * key, an EC key, damaged text) is an {@code InvalidArgumentException} that says what is wrong
   * without quoting the key.
   */
  public static Rs256Signer fromPem(String pem) {
    if (pem == null || pem.isBlank()) throw invalid("the private key is empty");
    String label = pemLabel(pem);
    if (label == null) {
      throw invalid(
          "the private key is not PEM text (expected -----BEGIN PRIVATE KEY----- or -----BEGIN RSA"
              + " PRIVATE KEY-----)");
    }
    byte[] der = pemBody(pem, label);
    switch (label) {
      case "PRIVATE KEY":
        return fromPkcs8(der, "PKCS#8");
      case "RSA PRIVATE KEY":
        return fromPkcs8(wrapPkcs1(der), "PKCS#1");
      case "ENCRYPTED PRIVATE KEY":
        throw invalid(
            "the private key is encrypted; give the unencrypted PKCS#8 key (openssl pkcs8 -topk8"
                + " -nocrypt -in key.pem)");
      default:
        throw invalid(
            "the PEM block is \""
                + label
                + "\", not an RSA private key (expected PRIVATE KEY or RSA PRIVATE KEY)");
    }
  }

  /** A signer for a key the caller already holds; it must be an RSA private key. */
  public static Rs256Signer fromKey(PrivateKey key) {
    if (!(key instanceof RSAPrivateKey) && !"RSA".equalsIgnoreCase(key.getAlgorithm())) {
      throw invalid("the private key is " + key.getAlgorithm() + ", RS256 needs an RSA key");
    }
    Rs256Signer s = new Rs256Signer(key);
    s.check();
    return s;
  }

  @Override
  public byte[] sign(byte[] input) throws GeneralSecurityException {
    Signature sig = Signature.getInstance("SHA256withRSA");
    sig.initSign(key);
    sig.update(input);
    return sig.sign();
  }

  @Override
  public String toString() {
    return "Rs256Signer[key=[redacted]]";
  }

  private static Rs256Signer fromPkcs8(byte[] der, String form) {
    PrivateKey key;
    try {
      key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw invalid(
          "the " + form + " private key cannot be read as an RSA key (damaged or not RSA)");
    }
    Rs256Signer s = new Rs256Signer(key);
    s.check();
    return s;
  }

  /** Signs once, so a key the JDK reads but cannot sign with fails now, not at the first call. */
  private void check() {
    try {
      sign(new byte[] {0});
    } catch (GeneralSecurityException | RuntimeException e) {
      throw invalid(
          "the private key cannot sign with RS256 (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static CozeException invalid(String message) {
    return CozeException.of("invalid_argument", message);
  }

  /** The label of the first PEM BEGIN line, or null. */
  private static String pemLabel(String pem) {
    int at = pem.indexOf("-----BEGIN ");
    if (at < 0) return null;
    int end = pem.indexOf("-----", at + 11);
    if (end < 0) return null;
    return pem.substring(at + 11, end).trim().toUpperCase(Locale.ROOT);
  }

  private static byte[] pemBody(String pem, String label) {
    int begin = pem.indexOf("-----", pem.indexOf("-----BEGIN ") + 11) + 5;
    int end = pem.indexOf("-----END ", begin);
    if (end < 0) throw invalid("the PEM private key has no END line");
    String body = pem.substring(begin, end);
    if (body.indexOf(':') >= 0) {
      // Proc-Type / DEK-Info headers: an encrypted PKCS#1 key
      throw invalid(
          "the private key is encrypted; give the unencrypted key (openssl pkcs8 -topk8 -nocrypt)");
    }
    StringBuilder b64 = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (!Character.isWhitespace(c)) b64.append(c);
    }
    try {
      byte[] der = Base64.getDecoder().decode(b64.toString());
      if (der.length == 0) throw invalid("the PEM " + label + " block is empty");
      return der;
    } catch (IllegalArgumentException e) {
      throw invalid("the PEM " + label + " block is not valid base64");
    }
  }

  // rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters
  private static final byte[] RSA_ALGORITHM = {
    0x30,
    0x0d,
    0x06,
    0x09,
    0x2a,
    (byte) 0x86,
    0x48,
    (byte) 0x86,
    (byte) 0xf7,
    0x0d,
    0x01,
    0x01,
    0x01,
    0x05,
    0x00
  };

  /**
   * PrivateKeyInfo {version 0, rsaEncryption, OCTET STRING pkcs1} around a PKCS#1 RSAPrivateKey.
   */
  static byte[] wrapPkcs1(byte[] pkcs1) {
    ByteArrayOutputStream inner = new ByteArrayOutputStream();
    inner.write(0x02);
    inner.write(0x01);
    inner.write(0x00);
    inner.writeBytes(RSA_ALGORITHM);
    inner.write(0x04);
    writeLength(inner, pkcs1.length);
    inner.writeBytes(pkcs1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x30);
    writeLength(out, inner.size());
    out.writeBytes(inner.toByteArray());
    return out.toByteArray();
  }

  private static void writeLength(ByteArrayOutputStream out, int n) {
    if (n < 0x80) {
      out.write(n);
      return;
    }
    int bytes = n > 0xffffff ? 4 : n > 0xffff ? 3 : n > 0xff ? 2 : 1;
    out.write(0x80 | bytes);
    for (int i = bytes - 1; i >= 0; i--) out.write((n >>> (8 * i)) & 0xff);
  }
}
