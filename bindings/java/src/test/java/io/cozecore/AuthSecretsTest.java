package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.cozecore.internal.Json;
import io.cozecore.model.Chat;
import io.cozecore.model.OAuthToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15, "Secrets", the auth-flow half (the fault half is {@link FaultsTest}): every OAuth flow
 * against the fake server with recognisable secrets (client secret, PKCE verifier, private key) and
 * every secret the fake hands out (codes, device codes, access and refresh tokens), with every hook
 * on (bodies and metrics included). After each case none of them may appear in any hook event, in
 * any error (fields, string forms, history), in the string forms of the auth objects, or in what
 * the library prints (it has no logger: stdout and stderr are watched instead). The check is {@link
 * FaultsTest#assertNoSecret}.
 */
@Timeout(30)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthSecretsTest {
  @RegisterExtension static final FakeCoze server = new FakeCoze();

  static final String REDIRECT = "http://localhost:9/callback";
  static final String CLIENT_SECRET = "cs_canary_Vb7Q2mX9kLp4R8tZ";
  static final String WRONG_SECRET = "cs_canary_WRONG_Hd3Kq8Zr5Nw2";
  static final String VERIFIER = "cv_canary_Kx7Qm2Zr9Lp4Vt8Nb3Hw6Jd1Fs5Gy0Ua-Ue.Ic~Oo";
  static final String WRONG_VERIFIER = "cv_canary_WRONG_Tq3Bv8Nm1Xc6Zl9Pk4Rw7Ys2Hd5Jf0-Ag";
  static final KeyPair KEY = TestKeys.generate();
  static final String PEM = TestKeys.privatePkcs8(KEY);

  /** The canaries, then every secret the fake hands out, case after case (they only grow). */
  static final Set<String> SECRETS = Collections.synchronizedSet(new LinkedHashSet<>());

  static {
    SECRETS.addAll(List.of(CLIENT_SECRET, WRONG_SECRET, VERIFIER, WRONG_VERIFIER));
    // Lines of the private key's base64 body past the modulus (the public part): key material.
    String[] lines = PEM.split("\n");
    for (int i = lines.length / 2; i < lines.length - 2; i++) SECRETS.add(lines[i]);
  }

  private static final HttpClient NO_REDIRECTS =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  /** This case's hook events (every kind), errors, and string forms a user could print. */
  private final List<HookEvent> events = new CopyOnWriteArrayList<>();

  private final List<CozeException> errors = new ArrayList<>();
  private final List<String> shown = new ArrayList<>();

  private final Hooks hooks =
      Hooks.builder()
          .onRequestSent(events::add)
          .onResponseHead(events::add)
          .onRetryScheduled(events::add)
          .onCallFinished(events::add)
          .onHealthChanged(events::add)
          .onMetric(events::add)
          .onToolCalled(events::add)
          .onToolFinished(events::add)
          .build();

  // ---- what the library prints ----------------------------------------------

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  /** Writes to the stream it replaces and to {@link #printed}. */
  private PrintStream tee(PrintStream to) {
    OutputStream both =
        new OutputStream() {
          @Override
          public void write(int b) {
            to.write(b);
            synchronized (printed) {
              printed.write(b);
            }
          }

          @Override
          public void write(byte[] b, int off, int len) {
            to.write(b, off, len);
            synchronized (printed) {
              printed.write(b, off, len);
            }
          }
        };
    return new PrintStream(both, true, StandardCharsets.UTF_8);
  }

  @BeforeEach
  void watchOutput() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(tee(savedOut));
    System.setErr(tee(savedErr));
  }

  /** The check after each case: no secret so far appears anywhere the case could show it. */
  @AfterEach
  void noSecretAnywhere() {
    System.setOut(savedOut);
    System.setErr(savedErr);
    List<String> needles = List.copyOf(SECRETS);
    for (String s : needles) assertTrue(s.length() >= 16, () -> "not recognisable: " + s);
    Set<String> kinds = new HashSet<>();
    for (HookEvent e : events) kinds.add(e.kind());
    assertTrue(kinds.contains("metric"), () -> "no metric event: " + kinds);
    FaultsTest.assertNoSecret(needles, null, events);
    for (CozeException e : errors) FaultsTest.assertNoSecret(needles, e, events);
    for (String s : shown) FaultsTest.assertClean(needles, "a toString()", s);
    String out;
    synchronized (printed) {
      out = printed.toString(StandardCharsets.UTF_8);
    }
    FaultsTest.assertClean(needles, "what the library printed", out);
  }

  // ---- helpers ---------------------------------------------------------------

  private static void register(Map<String, Object> app) throws Exception {
    server.registerApps(Json.write(app));
  }

  private static Map<String, Object> app(String clientId, String type) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("client_id", clientId);
    m.put("client_type", type);
    return m;
  }

  private static void registerWeb(String clientId) throws Exception {
    Map<String, Object> a = app(clientId, "web");
    a.put("client_secret", CLIENT_SECRET);
    a.put("redirect_uris", List.of(REDIRECT));
    register(a);
  }

  private static void registerJwt(String clientId, String kid) throws Exception {
    Map<String, Object> a = app(clientId, "jwt");
    a.put("public_key_id", kid);
    a.put("public_key_pem", TestKeys.publicPem(KEY));
    register(a);
  }

  private OAuthApp.Builder appBuilder(String type, String clientId) {
    return OAuthApp.builder()
        .clientType(type)
        .clientId(clientId)
        .baseUrl(server.baseUrl)
        .hooks(hooks);
  }

  private OAuthApp webApp(String clientId, String secret) {
    return appBuilder("web", clientId).clientSecret(secret).build();
  }

  /** Authorizes at the fake (no redirect followed) and returns the code, a secret from now on. */
  private String code(OAuthApp app, PkcePair pkce) throws IOException, InterruptedException {
    String url = app.authorizeUrl(REDIRECT, "state-" + System.nanoTime(), pkce);
    HttpResponse<Void> r =
        NO_REDIRECTS.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.discarding());
    assertEquals(302, r.statusCode(), url);
    String location = r.headers().firstValue("location").orElseThrow();
    for (String pair : URI.create(location).getRawQuery().split("&")) {
      if (pair.startsWith("code=")) {
        String code = URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
        SECRETS.add(code);
        return code;
      }
    }
    return fail("no code in " + location);
  }

  /** Keeps a token's secrets and its string form. */
  private OAuthToken keep(OAuthToken t) {
    assertTrue(t.accessToken().startsWith("oat_"), t::toString);
    SECRETS.add(t.accessToken());
    if (t.refreshToken() != null && !t.refreshToken().isEmpty()) SECRETS.add(t.refreshToken());
    shown.add(t.toString());
    return t;
  }

  private void keep(TokenInfo t) {
    SECRETS.add(t.accessToken());
    if (t.refreshToken() != null && !t.refreshToken().isEmpty()) SECRETS.add(t.refreshToken());
    shown.add(t.toString());
  }

  /** Keeps an error and checks its OAuth error code. */
  private <T extends CozeException> T failed(T e, String errorCode) {
    errors.add(e);
    assertEquals(errorCode, e.errorCode(), e::toString);
    return e;
  }

  private static Chat chat(CozeClient c) {
    return c.chat().create(TestChats.ask("bot-auth", "hello"));
  }

  /** Case 1's success: a web app's code exchanged with the client secret. */
  private OAuthToken webExchange(OAuthApp app) throws Exception {
    return keep(app.exchangeCode(code(app, null), REDIRECT));
  }

  // ---- the cases -----------------------------------------------------------------

  @Test
  @Order(1)
  void exchangeCodeWithTheClientSecretThenAWrongOne() throws Exception {
    registerWeb("web-canary");
    try (OAuthApp app = webApp("web-canary", CLIENT_SECRET)) {
      webExchange(app);
      shown.add(app.toString());
    }
    try (OAuthApp wrong = webApp("web-canary", WRONG_SECRET)) {
      String code = code(wrong, null);
      failed(
          assertThrows(AuthenticationException.class, () -> wrong.exchangeCode(code, REDIRECT)),
          "invalid_client");
      shown.add(wrong.toString());
    }
  }

  @Test
  @Order(2)
  void pkceExchangeWithTheCanaryVerifierThenAWrongOne() throws Exception {
    assertTrue(VERIFIER.length() >= 43 && WRONG_VERIFIER.length() >= 43);
    Map<String, Object> a = app("pkce-canary", "pkce");
    a.put("redirect_uris", List.of(REDIRECT));
    register(a);
    PkcePair pkce = new PkcePair(VERIFIER, OAuth.pkceChallenge(VERIFIER));
    shown.add(pkce.toString());
    try (OAuthApp app = appBuilder("pkce", "pkce-canary").build()) {
      keep(app.exchangeCode(code(app, pkce), REDIRECT, VERIFIER));
      String code = code(app, pkce);
      failed(
          assertThrows(
              AuthenticationException.class,
              () -> app.exchangeCode(code, REDIRECT, WRONG_VERIFIER)),
          "invalid_grant");
    }
  }

  @Test
  @Order(3)
  void refreshRotatesThenTheOldRefreshTokenFails() throws Exception {
    registerWeb("web-refresh");
    try (OAuthApp app = webApp("web-refresh", CLIENT_SECRET)) {
      OAuthToken first = webExchange(app);
      OAuthToken fresh = keep(app.refreshToken(first.refreshToken()));
      assertNotEquals(first.refreshToken(), fresh.refreshToken());
      failed(
          assertThrows(AuthenticationException.class, () -> app.refreshToken(first.refreshToken())),
          "invalid_grant");
    }
  }

  @Test
  @Order(4)
  void jwtTokenWithThePrivateKeyThenAnUnknownKeyId() throws Exception {
    registerJwt("jwt-canary", "kid-canary-1");
    try (OAuthApp app =
        appBuilder("jwt", "jwt-canary").publicKeyId("kid-canary-1").privateKey(PEM).build()) {
      keep(app.jwtToken());
      shown.add(app.toString());
    }
    try (OAuthApp unknown =
        appBuilder("jwt", "jwt-canary").publicKeyId("kid-unknown").privateKey(PEM).build()) {
      failed(assertThrows(AuthenticationException.class, unknown::jwtToken), "invalid_client");
    }
  }

  @Test
  @Order(5)
  void deviceFlowApprovedAndDenied() throws Exception {
    Map<String, Object> ok = app("device-canary", "device");
    ok.put("device", Map.of("interval", 1));
    Map<String, Object> deny = app("device-deny", "device");
    deny.put("device", Map.of("outcome", "access_denied", "interval", 1));
    server.registerApps(Json.write(List.of(ok, deny)));
    try (OAuthApp app = appBuilder("device", "device-canary").build()) {
      keep(
          app.deviceFlow(
              c -> {
                SECRETS.add(c.deviceCode());
                shown.add(c.toString());
              }));
    }
    try (OAuthApp app = appBuilder("device", "device-deny").build()) {
      failed(
          assertThrows(
              PermissionDeniedException.class,
              () -> app.deviceFlow(c -> SECRETS.add(c.deviceCode()))),
          "access_denied");
    }
  }

  @Test
  @Order(6)
  void aClientRefreshesAfterExpiryThenFailsOnceRevoked() throws Exception {
    registerWeb("web-client");
    try (OAuthApp app = webApp("web-client", CLIENT_SECRET)) {
      OAuthToken token = webExchange(app);
      OAuthCredentials creds = OAuthCredentials.of("web-client", token, CLIENT_SECRET);
      shown.add(creds.toString());
      try (CozeClient c =
          CozeClient.builder()
              .baseUrl(server.baseUrl)
              .auth(creds)
              .hooks(hooks)
              .hookBodies(true)
              .build()) {
        chat(c);
        assertEquals(1, server.expireTokens("{\"client_id\":\"web-client\"}"));
        chat(c); // 401 -> the core refreshes -> the call again
        TokenInfo now = c.currentToken().orElseThrow();
        assertEquals(1, now.refreshes());
        keep(now);
        server.revokeTokens("{\"client_id\":\"web-client\"}");
        failed(assertThrows(AuthenticationException.class, () -> chat(c)), "invalid_grant");
      }
    }
  }

  @Test
  @Order(7)
  void aJwtAppClientGetsAndUsesItsToken() throws Exception {
    registerJwt("jwt-client", "kid-canary-2");
    JwtCredentials creds =
        JwtCredentials.builder()
            .clientId("jwt-client")
            .publicKeyId("kid-canary-2")
            .privateKey(PEM)
            .build();
    shown.add(creds.toString());
    try (CozeClient c =
        CozeClient.builder()
            .baseUrl(server.baseUrl)
            .auth(creds)
            .hooks(hooks)
            .hookBodies(true)
            .build()) {
      assertEquals("bot-auth", chat(c).botId());
      keep(c.currentToken().orElseThrow());
    }
  }
}
