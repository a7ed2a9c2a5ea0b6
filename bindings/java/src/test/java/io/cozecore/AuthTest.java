package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.internal.Rs256Signer;
import io.cozecore.model.OAuthToken;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The auth surface without a server: PKCE, authorize URLs, config loading, keys, redaction. */
class AuthTest {
  private static final KeyPair KEY = TestKeys.generate();

  private static String base64url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  @Test
  void pkceChallengeMatchesRfc7636AppendixB() {
    assertEquals(
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        OAuth.pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
  }

  @Test
  void pkcePairIsFreshAndItsChallengeIsTheVerifiersSha256() throws Exception {
    PkcePair a = OAuth.pkcePair();
    PkcePair b = OAuth.pkcePair();
    assertNotEquals(a.verifier(), b.verifier());
    assertEquals(43, a.verifier().length());
    assertTrue(a.verifier().matches("[A-Za-z0-9_-]+"), a.verifier());
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(a.verifier().getBytes(StandardCharsets.US_ASCII));
    assertEquals(base64url(digest), a.challenge());
    assertEquals("S256", a.method());
    assertFalse(a.toString().contains(a.verifier()), a.toString());
  }

  @Test
  void pkceChallengeRefusesAShortVerifier() {
    assertThrows(InvalidArgumentException.class, () -> OAuth.pkceChallenge("short"));
  }

  @Test
  void authorizeUrlIsOnTheRegionsWwwHostWithState() {
    try (OAuthApp app =
        OAuthApp.builder()
            .clientType("web")
            .clientId("cid-1")
            .clientSecret("web-secret-123456")
            .baseUrl("https://api.coze.cn")
            .build()) {
      assertEquals("https://www.coze.cn", app.wwwBase());
      String url = app.authorizeUrl("https://example.com/cb?x=1", "st-42");
      assertTrue(url.startsWith("https://www.coze.cn/api/permission/oauth2/authorize?"), url);
      assertTrue(url.contains("response_type=code"), url);
      assertTrue(url.contains("client_id=cid-1"), url);
      assertTrue(url.contains("state=st-42"), url);
      assertTrue(url.contains("redirect_uri=https%3A%2F%2Fexample.com%2Fcb%3Fx%3D1"), url);
      assertFalse(url.contains("code_challenge"), url);
      assertFalse(url.contains("web-secret"), url);
      assertFalse(app.toString().contains("web-secret"), app.toString());

      PkcePair pkce = OAuth.pkcePair();
      String withPkce = app.authorizeUrl("https://example.com/cb", "s", pkce, "ws 1");
      assertTrue(
          withPkce.startsWith(
              "https://www.coze.cn/api/permission/oauth2/workspace_id/ws%201/authorize?"),
          withPkce);
      assertTrue(withPkce.contains("code_challenge=" + pkce.challenge()), withPkce);
      assertTrue(withPkce.contains("code_challenge_method=S256"), withPkce);
      assertFalse(withPkce.contains(pkce.verifier()), withPkce);

      InvalidArgumentException e =
          assertThrows(InvalidArgumentException.class, () -> app.authorizeUrl("https://e/cb", ""));
      assertTrue(e.getMessage().contains("state"), e.getMessage());
    }
  }

  @Test
  void loadOAuthAppReadsTheConsoleConfig() {
    String pem = TestKeys.privatePkcs8(KEY);
    String json =
        "{\"client_type\":\"jwt\",\"client_id\":\"1234\",\"coze_api_base\":\"https://api.coze.com\","
            + "\"public_key_id\":\"kid-9\",\"private_key\":"
            + io.cozecore.internal.Json.write(pem)
            + "}";
    try (OAuthApp app = OAuth.loadOAuthApp(json)) {
      assertEquals("jwt", app.clientType());
      assertEquals("1234", app.clientId());
      assertEquals("https://api.coze.com", app.baseUrl());
      assertEquals("https://www.coze.com", app.wwwBase());
      assertEquals("kid-9", app.publicKeyId());
      assertFalse(app.toString().contains(TestKeys.keyFragment(pem)), app.toString());
    }
    assertEquals("api.coze.com", OAuth.jwtAudience("https://api.coze.com/v3"));
  }

  @Test
  void aConfigWithNestedValuesTakesSettingsOverIt() {
    // The console's file may hold objects and arrays the app does not read; fields set on the
    // builder win over the file's.
    String json =
        "{\"client_type\":\"pkce\",\"client_id\":\"from-file\",\"coze_api_base\":\"https://api.coze.cn\","
            + "\"redirect_uris\":[\"http://localhost/cb\"],\"meta\":{\"owner\":{\"id\":7}}}";
    try (OAuthApp app = OAuthApp.builder().config(json).clientId("from-builder").build()) {
      assertEquals("pkce", app.clientType());
      assertEquals("from-builder", app.clientId());
      assertEquals("https://api.coze.cn", app.baseUrl());
      assertEquals("https://www.coze.cn", app.wwwBase());
    }
    assertThrows(
        InvalidArgumentException.class,
        () -> OAuthApp.builder().config("[1]").clientId("x").build());
  }

  @Test
  void loadOAuthAppNamesWhatIsWrong() {
    InvalidArgumentException e =
        assertThrows(
            InvalidArgumentException.class, () -> OAuth.loadOAuthApp("{\"client_type\":\"pkce\"}"));
    assertTrue(e.getMessage().contains("client_id"), e.getMessage());
    e =
        assertThrows(
            InvalidArgumentException.class,
            () -> OAuth.loadOAuthApp("{\"client_type\":\"web\",\"client_id\":\"c\"}"));
    assertTrue(e.getMessage().contains("client_secret"), e.getMessage());
    e =
        assertThrows(
            InvalidArgumentException.class,
            () -> OAuth.loadOAuthApp("{\"client_type\":\"robot\",\"client_id\":\"c\"}"));
    assertTrue(e.getMessage().contains("client_type"), e.getMessage());
    assertThrows(
        InvalidArgumentException.class,
        () -> OAuth.loadOAuthApp(java.nio.file.Path.of("/nonexistent/coze_oauth.json")));
  }

  @Test
  void aBadKeyInTheConfigIsInvalidArgumentWithoutTheKey() {
    String damaged =
        "-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASCAT8wggE7SECRETKEYMATERIAL\n"
            + "-----END PRIVATE KEY-----\n";
    String json =
        "{\"client_type\":\"jwt\",\"client_id\":\"c\",\"public_key_id\":\"k\",\"private_key\":"
            + io.cozecore.internal.Json.write(damaged)
            + "}";
    InvalidArgumentException e =
        assertThrows(InvalidArgumentException.class, () -> OAuth.loadOAuthApp(json));
    assertFalse(e.getMessage().contains("SECRETKEYMATERIAL"), e.getMessage());
    assertFalse(e.toString().contains("SECRETKEYMATERIAL"), e.toString());
    assertFalse(e.getMessage().contains("MIIBVQ"), e.getMessage());
  }

  @Test
  void pkcs1AndPkcs8KeysSignTheSameRs256Signature() throws Exception {
    byte[] input = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0".getBytes(StandardCharsets.US_ASCII);
    byte[] a = Rs256Signer.fromPem(TestKeys.privatePkcs8(KEY)).sign(input);
    byte[] b = Rs256Signer.fromPem(TestKeys.privatePkcs1(KEY)).sign(input);
    assertEquals(base64url(a), base64url(b)); // PKCS#1 v1.5 signatures are deterministic
    Signature verify = Signature.getInstance("SHA256withRSA");
    verify.initVerify(KEY.getPublic());
    verify.update(input);
    assertTrue(verify.verify(a));
    assertEquals(256, a.length);
  }

  @Test
  void keysThatCannotSignAreRefusedClearly() throws Exception {
    InvalidArgumentException e =
        assertThrows(InvalidArgumentException.class, () -> Rs256Signer.fromPem("not a key"));
    assertTrue(e.getMessage().contains("PEM"), e.getMessage());
    e =
        assertThrows(
            InvalidArgumentException.class, () -> Rs256Signer.fromPem(TestKeys.publicPem(KEY)));
    assertTrue(e.getMessage().contains("PUBLIC KEY"), e.getMessage());
    e =
        assertThrows(
            InvalidArgumentException.class,
            () -> Rs256Signer.fromPem(TestKeys.pem("ENCRYPTED PRIVATE KEY", new byte[] {1, 2, 3})));
    assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(256);
    String ecPem = TestKeys.pem("PRIVATE KEY", ec.generateKeyPair().getPrivate().getEncoded());
    e = assertThrows(InvalidArgumentException.class, () -> Rs256Signer.fromPem(ecPem));
    assertTrue(e.getMessage().contains("RSA"), e.getMessage());
    assertFalse(e.getMessage().contains(TestKeys.keyFragment(ecPem)), e.getMessage());

    PrivateKey ecKey = ec.generateKeyPair().getPrivate();
    e =
        assertThrows(
            InvalidArgumentException.class,
            () ->
                JwtCredentials.builder().clientId("c").publicKeyId("k").privateKey(ecKey).build());
    assertTrue(e.getMessage().contains("RSA"), e.getMessage());
    assertThrows(
        InvalidArgumentException.class,
        () -> JwtCredentials.builder().clientId("c").publicKeyId("k").build());
  }

  @Test
  void credentialsAndTokensNeverPrintTheirSecrets() {
    String pem = TestKeys.privatePkcs1(KEY);
    JwtCredentials jwt =
        JwtCredentials.builder()
            .clientId("c")
            .publicKeyId("k")
            .privateKey(pem)
            .ttl(Duration.ofMinutes(30))
            .build();
    assertFalse(jwt.toString().contains(TestKeys.keyFragment(pem)), jwt.toString());
    OAuthCredentials oauth =
        OAuthCredentials.builder()
            .clientId("c")
            .accessToken("oat_ACCESS_SECRET_1")
            .refreshToken("ort_REFRESH_SECRET_1")
            .clientSecret("CLIENT_SECRET_1")
            .expiresIn(1)
            .build();
    String s = oauth.toString();
    assertFalse(
        s.contains("ACCESS_SECRET") || s.contains("REFRESH_SECRET") || s.contains("CLIENT_SECRET"),
        s);
    String t = new TokenInfo("oat_ACCESS_SECRET_2", "ort_REFRESH_SECRET_2", 5, 1).toString();
    assertFalse(t.contains("SECRET"), t);
  }

  @Test
  void aClientNeedsATokenOrAuth() {
    assertThrows(InvalidArgumentException.class, () -> CozeClient.builder().build());
    InvalidArgumentException neither =
        assertThrows(
            InvalidArgumentException.class,
            () ->
                CozeClient.builder()
                    .auth(OAuthCredentials.builder().clientId("c").build())
                    .build());
    assertTrue(
        neither.getMessage().contains("access_token or a refresh_token"), neither.getMessage());
    try (CozeClient fixed = CozeClient.builder().token("pat_x").build()) {
      assertTrue(fixed.currentToken().isEmpty());
    }
    try (CozeClient c =
        CozeClient.builder()
            .auth(
                OAuthCredentials.builder()
                    .clientId("c")
                    .accessToken("oat_now")
                    .refreshToken("ort_next")
                    .expiresIn(4_000_000_000L)
                    .build())
            .build()) {
      TokenInfo t = c.currentToken().orElseThrow();
      assertEquals("oat_now", t.accessToken());
      assertEquals("ort_next", t.refreshToken());
      assertEquals(4_000_000_000L, t.expiresIn());
      assertEquals(0, t.refreshes());
    }
  }

  @Test
  void theCoreChecksTheAuthSettingsWhenTheClientIsBuilt() {
    // Each setting goes to the core as given (no default, range or clamping here); the core's
    // message names the key.
    Map<String, JwtCredentials.Builder> bad =
        Map.of(
            "auth.client_id",
            JwtCredentials.builder().publicKeyId("k"),
            "auth.public_key_id",
            JwtCredentials.builder().clientId("c"),
            "auth.ttl_seconds",
            JwtCredentials.builder().clientId("c").publicKeyId("k").ttl(Duration.ofMillis(500)),
            "auth.refresh_margin_s",
            JwtCredentials.builder()
                .clientId("c")
                .publicKeyId("k")
                .refreshMargin(Duration.ofSeconds(-1)));
    for (Map.Entry<String, JwtCredentials.Builder> e : bad.entrySet()) {
      JwtCredentials creds = e.getValue().privateKey(KEY.getPrivate()).build();
      InvalidArgumentException x =
          assertThrows(
              InvalidArgumentException.class,
              () -> CozeClient.builder().auth(creds).build(),
              e.getKey());
      assertTrue(x.getMessage().contains(e.getKey()), x.getMessage());
    }
    InvalidArgumentException x =
        assertThrows(
            InvalidArgumentException.class,
            () ->
                CozeClient.builder()
                    .auth(
                        OAuthCredentials.builder()
                            .clientId("c")
                            .accessToken("oat_x")
                            .refreshMargin(Duration.ofMillis(-1))
                            .build())
                    .build());
    assertTrue(x.getMessage().contains("auth.refresh_margin_s"), x.getMessage());
    // The defaults are the core's: nothing to send, and the client builds.
    try (CozeClient ok =
        CozeClient.builder()
            .auth(
                JwtCredentials.builder()
                    .clientId("c")
                    .publicKeyId("k")
                    .privateKey(KEY.getPrivate())
                    .build())
            .build()) {
      assertTrue(ok.currentToken().isPresent());
    }
  }

  @Test
  void anOAuthTokenPrintsNoSecret() {
    OAuthToken t =
        OAuthToken.parse(
            "{\"access_token\":\"oat_PRINTED_SECRET_1\",\"refresh_token\":\"ort_PRINTED_SECRET_2\","
                + "\"expires_in\":1700000000,\"token_type\":\"Bearer\"}");
    assertEquals("oat_PRINTED_SECRET_1", t.accessToken());
    String s = t.toString();
    assertFalse(s.contains("PRINTED_SECRET"), s);
    assertTrue(s.contains("\"access_token\":\"***\""), s);
    assertTrue(s.contains("1700000000"), s);
    assertTrue(t.toMap().containsValue("ort_PRINTED_SECRET_2"), "toMap() stays whole");
  }

  @Test
  void aSignRequestWithoutAKeyFailsAsAuthenticationBeforeSending() {
    // The generic entry runs the flow on a client without a signer: the core asks for SIGN, the
    // driver reports it cannot sign, and nothing is sent (the host would not resolve).
    try (CozeClient c =
        CozeClient.builder().token("pat_unused").baseUrl("https://coze.invalid").build()) {
      AuthenticationException e =
          assertThrows(
              AuthenticationException.class,
              () -> c.call("oauth.jwt_token", Map.of("client_id", "c", "public_key_id", "k")));
      assertTrue(e.getMessage().contains("private key"), e.getMessage());
      assertEquals(0, e.attempts());
      assertTrue(e.history().isEmpty());
    }
  }
}
