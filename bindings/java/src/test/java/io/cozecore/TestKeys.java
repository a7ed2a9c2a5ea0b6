package io.cozecore;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** RSA keys made with the JDK for the JWT tests, as PEM text. */
final class TestKeys {
  private TestKeys() {}

  static KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static String pem(String label, byte[] der) {
    String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n";
  }

  /** PKCS#8 ("BEGIN PRIVATE KEY"). */
  static String privatePkcs8(KeyPair k) {
    return pem("PRIVATE KEY", k.getPrivate().getEncoded());
  }

  /** PKCS#1 ("BEGIN RSA PRIVATE KEY"): the RSAPrivateKey inside the PKCS#8 encoding. */
  static String privatePkcs1(KeyPair k) {
    return pem("RSA PRIVATE KEY", pkcs1Of(k.getPrivate().getEncoded()));
  }

  /** SubjectPublicKeyInfo ("BEGIN PUBLIC KEY"), what the fake verifies with. */
  static String publicPem(KeyPair k) {
    return pem("PUBLIC KEY", k.getPublic().getEncoded());
  }

  /**
   * The OCTET STRING of a PrivateKeyInfo (SEQUENCE { INTEGER 0, SEQUENCE alg, OCTET STRING key }):
   * read with a minimal DER walk, independent of the code under test.
   */
  static byte[] pkcs1Of(byte[] pkcs8) {
    int[] pos = {0};
    expectTag(pkcs8, pos, 0x30);
    readLength(pkcs8, pos);
    expectTag(pkcs8, pos, 0x02); // version
    int skip = readLength(pkcs8, pos); // (pos[0] += f(pos) would add to the old pos[0])
    pos[0] += skip;
    expectTag(pkcs8, pos, 0x30); // algorithm
    skip = readLength(pkcs8, pos);
    pos[0] += skip;
    expectTag(pkcs8, pos, 0x04);
    int len = readLength(pkcs8, pos);
    return Arrays.copyOfRange(pkcs8, pos[0], pos[0] + len);
  }

  private static void expectTag(byte[] d, int[] pos, int tag) {
    if ((d[pos[0]++] & 0xff) != tag) throw new AssertionError("unexpected DER tag");
  }

  private static int readLength(byte[] d, int[] pos) {
    int first = d[pos[0]++] & 0xff;
    if (first < 0x80) return first;
    int n = 0;
    for (int i = 0; i < (first & 0x7f); i++) n = (n << 8) | (d[pos[0]++] & 0xff);
    return n;
  }

  /** A line from the middle of a PEM body: recognisable key material to search for. */
  static String keyFragment(String pem) {
    String[] lines = pem.split("\n");
    return lines[lines.length / 2];
  }
}
