package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.internal.Json;
import io.cozecore.model.Chat;
import io.cozecore.model.DeviceCode;
import io.cozecore.model.OAuthToken;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every OAuth flow through the real driver against the fake server's OAuth endpoints. */
@Timeout(120)
class AuthEndToEndTest {
  @RegisterExtension static final FakeCoze server = new FakeCoze();

  private static final String REDIRECT = "http://localhost:9/callback";
  private static final String WEB_SECRET = "websecret_J4v4_5ecr3t_0123456789";
  private static final KeyPair KEY = TestKeys.generate();

  private static final HttpClient NO_REDIRECTS =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  // ---- helpers ------------------------------------------------------------

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
    a.put("client_secret", WEB_SECRET);
    a.put("redirect_uris", List.of(REDIRECT));
    register(a);
  }

  private static void registerJwt(String clientId, String kid, KeyPair key) throws Exception {
    Map<String, Object> a = app(clientId, "jwt");
    a.put("public_key_id", kid);
    a.put("public_key_pem", TestKeys.publicPem(key));
    register(a);
  }

  /** Follows the authorize URL by hand (no redirects) and returns the query of the Location. */
  private static Map<String, String> authorize(String url) throws Exception {
    HttpResponse<String> r =
        NO_REDIRECTS.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, r.statusCode(), "authorize answered " + r.statusCode() + ": " + r.body());
    String location = r.headers().firstValue("location").orElseThrow();
    assertTrue(location.startsWith(REDIRECT + "?"), location);
    Map<String, String> q = new LinkedHashMap<>();
    for (String pair : URI.create(location).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      q.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }

  /** The authorize URL points at the fake (base URL of the fake: its own www host). */
  private static String code(OAuthApp app, String state, PkcePair pkce) throws Exception {
    String url = app.authorizeUrl(REDIRECT, state, pkce);
    assertTrue(url.startsWith(server.baseUrl + "/api/permission/oauth2/authorize?"), url);
    Map<String, String> q = authorize(url);
    assertEquals(state, q.get("state"));
    assertNotNull(q.get("code"), "no code in " + q);
    return q.get("code");
  }

  private static Chat chat(CozeClient c) {
    return c.chat().create(TestChats.ask("bot-auth", "hello"));
  }

  private static Number counter(String name) throws Exception {
    return (Number) server.oauth().get(name);
  }

  private static long grantRequests(String grant) throws Exception {
    Object n = ((Map<?, ?>) server.oauth().get("requests")).get(grant);
    return n == null ? 0 : ((Number) n).longValue();
  }

  private static OAuthApp webApp(String clientId) {
    return OAuthApp.builder()
        .clientType("web")
        .clientId(clientId)
        .clientSecret(WEB_SECRET)
        .baseUrl(server.baseUrl)
        .build();
  }

  /** An access token issued to a web app by the real flow (authorize, exchange). */
  private static OAuthToken webToken(OAuthApp app) throws Exception {
    return app.exchangeCode(code(app, "s-" + System.nanoTime(), null), REDIRECT);
  }

  // ---- PKCE and web ------------------------------------------------------

  @Test
  void pkceFlowToAChat() throws Exception {
    Map<String, Object> a = app("pkce-app", "pkce");
    a.put("redirect_uris", List.of(REDIRECT));
    register(a);
    try (OAuthApp app =
        OAuthApp.builder()
            .clientType("pkce")
            .clientId("pkce-app")
            .baseUrl(server.baseUrl)
            .build()) {
      PkcePair pkce = OAuth.pkcePair();
      String code = code(app, "state-pkce-1", pkce);
      OAuthToken token = app.exchangeCode(code, REDIRECT, pkce.verifier());
      assertTrue(token.accessToken().startsWith("oat_"), token.tokenType());
      assertTrue(token.refreshToken().startsWith("ort_"));
      assertTrue(token.expiresIn() > System.currentTimeMillis() / 1000);
      try (CozeClient c = app.client(token)) {
        Chat chat = chat(c);
        assertEquals("bot-auth", chat.botId());
      }
      // A code works once: the second exchange is refused with the OAuth error code.
      AuthenticationException again =
          assertThrows(
              AuthenticationException.class,
              () -> app.exchangeCode(code, REDIRECT, pkce.verifier()));
      assertEquals("invalid_grant", again.errorCode());
      // A wrong verifier is refused too.
      String code2 = code(app, "state-pkce-2", pkce);
      AuthenticationException wrong =
          assertThrows(
              AuthenticationException.class,
              () -> app.exchangeCode(code2, REDIRECT, OAuth.pkcePair().verifier()));
      assertEquals("invalid_grant", wrong.errorCode());
    }
  }

  @Test
  void webFlowWithTheClientSecretThenRefresh() throws Exception {
    registerWeb("web-app");
    try (OAuthApp app = webApp("web-app")) {
      OAuthToken token = webToken(app);
      try (CozeClient c = app.client(token)) {
        assertEquals("bot-auth", chat(c).botId());
      }
      OAuthToken fresh = app.refreshToken(token.refreshToken());
      assertNotEquals(token.accessToken(), fresh.accessToken());
      assertNotEquals(token.refreshToken(), fresh.refreshToken());
      try (CozeClient c =
          CozeClient.builder().token(fresh.accessToken()).baseUrl(server.baseUrl).build()) {
        assertEquals("bot-auth", chat(c).botId());
      }
      // the old refresh token is used up
      AuthenticationException used =
          assertThrows(AuthenticationException.class, () -> app.refreshToken(token.refreshToken()));
      assertEquals("invalid_grant", used.errorCode());
    }
    // Without the secret the fake refuses the exchange (the secret really went as the bearer).
    try (OAuthApp noSecret =
        OAuthApp.builder()
            .clientType("web")
            .clientId("web-app")
            .clientSecret("not-the-secret-000")
            .baseUrl(server.baseUrl)
            .build()) {
      String code = code(noSecret, "s-bad", null);
      CozeException e =
          assertThrows(CozeException.class, () -> noSecret.exchangeCode(code, REDIRECT));
      assertEquals(401, e.httpStatus());
      assertEquals("invalid_client", e.errorCode());
    }
  }

  @Test
  void clientsNameJavaInTheirIdentityHeaders() throws Exception {
    try (CozeClient c =
        CozeClient.builder().token("pat_identity").baseUrl(server.baseUrl).build()) {
      chat(c);
    }
    List<?> log = server.requests();
    Map<?, ?> headers = (Map<?, ?>) ((Map<?, ?>) log.get(log.size() - 1)).get("headers");
    String ua = (String) headers.get("user-agent");
    String id = (String) headers.get("x-coze-client-user-agent");
    assertTrue(ua.contains("java/" + System.getProperty("java.version")), ua);
    Map<?, ?> ident = (Map<?, ?>) io.cozecore.internal.JsonReader.parse(id);
    assertEquals("java", ident.get("lang"));
    assertEquals(System.getProperty("java.version"), ident.get("lang_version"));
    assertEquals(System.getProperty("os.name"), ident.get("os_name"));
    assertEquals(System.getProperty("os.version"), ident.get("os_version"));
  }

  // ---- device flow ---------------------------------------------------------

  @Test
  void deviceFlowWaitsThroughPending() throws Exception {
    // The timing (interval, +5 s on slow_down, expires_in) is pinned by the flows vectors on a
    // virtual clock; here the real driver runs the sequence once, short.
    Map<String, Object> a = app("device-app", "device");
    a.put("device", Map.of("pending", 1, "interval", 1, "expires_in", 120));
    register(a);
    try (OAuthApp app =
        OAuthApp.builder()
            .clientType("device")
            .clientId("device-app")
            .baseUrl(server.baseUrl)
            .build()) {
      AtomicReference<DeviceCode> shown = new AtomicReference<>();
      OAuthToken token =
          app.deviceFlow(
              c -> {
                assertTrue(shown.compareAndSet(null, c), "the code is handed out once");
              });
      DeviceCode c = shown.get();
      assertNotNull(c);
      assertFalse(c.userCode().isEmpty());
      assertTrue(c.verificationUri().contains("/device/verify"), c.verificationUri());
      assertEquals(1L, c.interval());
      assertFalse(c.toString().contains(c.deviceCode()), "the device code is a secret: " + c);
      // one code request; polls: pending, then granted
      assertEquals(1, grantRequests("device/code"));
      assertEquals(2, grantRequests("urn:ietf:params:oauth:grant-type:device_code"));
      try (CozeClient client = app.client(token)) {
        assertEquals("bot-auth", chat(client).botId());
      }
    }
  }

  @Test
  void deviceFlowDeniedIsPermissionDenied() throws Exception {
    Map<String, Object> a = app("device-deny", "device");
    a.put("device", Map.of("outcome", "access_denied", "interval", 1));
    register(a);
    try (OAuthApp app =
        OAuthApp.builder()
            .clientType("device")
            .clientId("device-deny")
            .baseUrl(server.baseUrl)
            .build()) {
      PermissionDeniedException e =
          assertThrows(PermissionDeniedException.class, () -> app.deviceFlow(c -> {}));
      assertEquals("access_denied", e.errorCode());
    }
  }

  @Test
  void deviceFlowIsCancellable() throws Exception {
    Map<String, Object> a = app("device-slow", "device");
    a.put("device", Map.of("pending", 1000, "interval", 1));
    register(a);
    // The flow cancels itself when the answer to its first poll arrives (hooks run on the thread
    // that drives the call, so the cancel lands before any next poll could be sent).
    AtomicReference<DeviceFlow> running = new AtomicReference<>();
    Hooks cancelAtFirstPoll =
        new Hooks() {
          @Override
          public void onResponseHead(HookEvent e) {
            DeviceFlow f = running.get();
            if (f != null && e.path().endsWith("/oauth2/token")) f.cancel();
          }
        };
    CozeClient.LiveHandles before = CozeClient.liveHandles();
    try (OAuthApp app =
            OAuthApp.builder()
                .clientType("device")
                .clientId("device-slow")
                .baseUrl(server.baseUrl)
                .hooks(cancelAtFirstPoll)
                .build();
        DeviceFlow flow = app.startDeviceFlow()) {
      running.set(flow);
      assertFalse(flow.code().userCode().isEmpty());
      assertThrows(CancelledException.class, flow::token);
      assertEquals(1, grantRequests("urn:ietf:params:oauth:grant-type:device_code"));
      // The flow's call is freed: nothing is left that could poll again.
      assertEquals(before.calls(), CozeClient.liveHandles().calls());
    }
  }

  // ---- JWT -----------------------------------------------------------------

  @Test
  void jwtAppClientSignsAndTheFakeVerifies() throws Exception {
    registerJwt("jwt-app", "kid-java-1", KEY);
    JwtCredentials creds =
        JwtCredentials.builder()
            .clientId("jwt-app")
            .publicKeyId("kid-java-1")
            .privateKey(TestKeys.privatePkcs8(KEY))
            .sessionName("session-java")
            .build();
    try (CozeClient c = CozeClient.builder().baseUrl(server.baseUrl).auth(creds).build()) {
      assertEquals("bot-auth", chat(c).botId());
      assertEquals("bot-auth", chat(c).botId()); // the token is reused
      TokenInfo t = c.currentToken().orElseThrow();
      assertTrue(t.accessToken().startsWith("oat_"));
      assertEquals(1, t.refreshes());
    }
    assertEquals(1, grantRequests("urn:ietf:params:oauth:grant-type:jwt-bearer"));
    Map<?, ?> grant = null;
    for (Object o : server.requests()) {
      Map<?, ?> oauth = (Map<?, ?>) ((Map<?, ?>) o).get("oauth");
      if (oauth != null) grant = oauth;
    }
    assertNotNull(grant);
    assertEquals("ok", grant.get("outcome"));
    assertEquals("kid-java-1", grant.get("kid"));
    assertEquals("session-java", grant.get("session_name"));
  }

  @Test
  void jwtFromAPkcs1KeyAndFromTheLoadedConfig() throws Exception {
    registerJwt("jwt-cfg", "kid-java-2", KEY);
    String config =
        "{\"client_type\":\"jwt\",\"client_id\":\"jwt-cfg\",\"coze_api_base\":"
            + Json.write(server.baseUrl)
            + ",\"public_key_id\":\"kid-java-2\",\"private_key\":"
            + Json.write(TestKeys.privatePkcs1(KEY))
            + "}";
    try (OAuthApp app = OAuth.loadOAuthApp(config)) {
      OAuthToken t = app.jwtToken(JwtTokenOptions.builder().ttl(Duration.ofSeconds(600)).build());
      assertTrue(t.accessToken().startsWith("oat_"));
      long now = System.currentTimeMillis() / 1000;
      assertTrue(
          t.expiresIn() > now + 500 && t.expiresIn() <= now + 601, "expires " + t.expiresIn());
      try (CozeClient c = app.client()) {
        assertEquals("bot-auth", chat(c).botId());
      }
      OAuthToken account =
          app.jwtToken(JwtTokenOptions.builder().accountId("7300000000000000001").build());
      assertTrue(account.accessToken().startsWith("oat_"));
    }
  }

  @Test
  void aJwtSignedWithAnotherKeyFailsAuthentication() throws Exception {
    registerJwt("jwt-other", "kid-java-3", KEY);
    KeyPair other = TestKeys.generate();
    try (CozeClient c =
        CozeClient.builder()
            .baseUrl(server.baseUrl)
            .auth(
                JwtCredentials.builder()
                    .clientId("jwt-other")
                    .publicKeyId("kid-java-3")
                    .privateKey(TestKeys.privatePkcs8(other))
                    .build())
            .build()) {
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> chat(c));
      assertTrue(e.getMessage().contains("refreshing the access token failed"), e.getMessage());
      assertEquals("invalid_client", e.errorCode());
    }
  }

  // ---- refresh by the client -----------------------------------------------

  @Test
  void anExpiredTokenIsRefreshedAndTheCallRepeated() throws Exception {
    registerWeb("web-expire");
    try (OAuthApp app = webApp("web-expire")) {
      OAuthToken token = webToken(app);
      try (CozeClient c = app.client(token)) {
        chat(c);
        assertEquals(1, server.expireTokens("{\"client_id\":\"web-expire\"}"));
        chat(c); // 401 -> one refresh -> the call again
        TokenInfo t = c.currentToken().orElseThrow();
        assertEquals(1, t.refreshes());
        assertNotEquals(token.accessToken(), t.accessToken());
        assertNotEquals(token.refreshToken(), t.refreshToken());
        assertEquals(1, counter("refreshes").intValue());
      }
    }
  }

  @Test
  void aTokenPastItsExpiryIsRefreshedBeforeTheCall() throws Exception {
    registerWeb("web-due");
    try (OAuthApp app = webApp("web-due")) {
      OAuthToken token = webToken(app);
      OAuthCredentials due =
          OAuthCredentials.builder()
              .clientId("web-due")
              .clientSecret(WEB_SECRET)
              .accessToken(token.accessToken())
              .refreshToken(token.refreshToken())
              .expiresIn(System.currentTimeMillis() / 1000 + 10) // inside the 30 s margin
              .build();
      try (CozeClient c = CozeClient.builder().baseUrl(server.baseUrl).auth(due).build()) {
        chat(c);
        assertEquals(1, c.currentToken().orElseThrow().refreshes());
        assertEquals(1, counter("refreshes").intValue());
        List<?> log = server.requests();
        Map<?, ?> last = (Map<?, ?>) log.get(log.size() - 1);
        assertEquals("/v3/chat", last.get("path"));
        assertNotEquals(token.accessToken().substring(0, 12), last.get("token_prefix"));
      }
    }
  }

  @Test
  void fiftyConcurrentCallsOnAnExpiredTokenMakeOneRefresh() throws Exception {
    registerWeb("web-herd");
    try (OAuthApp app = webApp("web-herd")) {
      OAuthToken token = webToken(app);
      server.expireTokens("{\"client_id\":\"web-herd\"}");
      OAuthCredentials expired =
          OAuthCredentials.builder()
              .clientId("web-herd")
              .clientSecret(WEB_SECRET)
              .accessToken(token.accessToken())
              .refreshToken(token.refreshToken())
              .expiresIn(System.currentTimeMillis() / 1000 - 5)
              .build();
      try (CozeClient c = CozeClient.builder().baseUrl(server.baseUrl).auth(expired).build()) {
        int n = 50;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
          CountDownLatch go = new CountDownLatch(1);
          List<Future<Chat>> results = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            Callable<Chat> task =
                () -> {
                  go.await();
                  return chat(c);
                };
            results.add(pool.submit(task));
          }
          go.countDown();
          for (Future<Chat> f : results) assertEquals("bot-auth", f.get().botId());
        } finally {
          pool.shutdownNow();
        }
        assertEquals(1, counter("refreshes").intValue(), "refreshes: " + server.oauth());
        assertEquals(1, c.currentToken().orElseThrow().refreshes());
      }
    }
  }

  // ---- secrets ----------------------------------------------------------------

  /** Every text a user could see of an error: messages, string forms, body, history. */
  private static String texts(Throwable t) {
    StringBuilder sb = new StringBuilder();
    sb.append(t).append('\n').append(t.getMessage()).append('\n');
    if (t instanceof CozeException) {
      CozeException e = (CozeException) t;
      sb.append(e.message()).append('\n').append(e.hint()).append('\n').append(e.body());
      sb.append('\n').append(e.history()).append('\n').append(e.errorCode());
    }
    java.io.StringWriter w = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(w));
    return sb.append(w).toString();
  }

  @Test
  void secretsNeverAppearInHooksErrorsOrHistories() throws Exception {
    registerWeb("web-secret");
    registerJwt("jwt-secret", "kid-java-4", KEY);
    List<HookEvent> events = Collections.synchronizedList(new ArrayList<>());
    Hooks record =
        new Hooks() {
          @Override
          public void onRequestSent(HookEvent e) {
            events.add(e);
          }

          @Override
          public void onResponseHead(HookEvent e) {
            events.add(e);
          }

          @Override
          public void onRetryScheduled(HookEvent e) {
            events.add(e);
          }

          @Override
          public void onCallFinished(HookEvent e) {
            events.add(e);
          }
        };
    List<String> seen = new ArrayList<>();
    List<String> secrets = new ArrayList<>();
    secrets.add(WEB_SECRET);
    String pem = TestKeys.privatePkcs8(KEY);
    for (String line : pem.split("\n")) if (line.length() == 64) secrets.add(line);

    try (OAuthApp app =
        OAuthApp.builder()
            .clientType("web")
            .clientId("web-secret")
            .clientSecret(WEB_SECRET)
            .baseUrl(server.baseUrl)
            .hooks(record)
            .build()) {
      OAuthToken first = webToken(app); // succeeds
      secrets.add(first.accessToken());
      secrets.add(first.refreshToken());
      // a client that refreshes after the token expired, with hook bodies on
      try (CozeClient c = app.clientBuilder(first).hookBodies(true).build()) {
        chat(c);
        server.expireTokens("{\"client_id\":\"web-secret\"}");
        chat(c);
        TokenInfo now = c.currentToken().orElseThrow();
        secrets.add(now.accessToken());
        secrets.add(now.refreshToken());
        // the rotated refresh token revoked: the next forced refresh fails
        server.revokeTokens("{\"client_id\":\"web-secret\"}");
        CozeException e = assertThrows(CozeException.class, () -> chat(c));
        seen.add(texts(e));
      }
      // failing flows: a used refresh token, a bad code, a wrong secret
      seen.add(
          texts(assertThrows(CozeException.class, () -> app.refreshToken(first.refreshToken()))));
      seen.add(
          texts(assertThrows(CozeException.class, () -> app.exchangeCode("bad-code", REDIRECT))));
    }
    try (OAuthApp wrong =
        OAuthApp.builder()
            .clientType("web")
            .clientId("web-secret")
            .clientSecret(WEB_SECRET + "-wrong")
            .baseUrl(server.baseUrl)
            .hooks(record)
            .build()) {
      seen.add(
          texts(assertThrows(CozeException.class, () -> wrong.refreshToken("ort_whatever_0000"))));
      seen.add(wrong.toString());
    }
    // JWT: a success and a key the server does not know
    JwtCredentials.Builder jb =
        JwtCredentials.builder().clientId("jwt-secret").publicKeyId("kid-java-4").privateKey(pem);
    try (CozeClient c =
        CozeClient.builder()
            .baseUrl(server.baseUrl)
            .auth(jb.build())
            .hooks(record)
            .hookBodies(true)
            .build()) {
      chat(c);
      secrets.add(c.currentToken().orElseThrow().accessToken());
      seen.add(c.currentToken().toString());
    }
    try (CozeClient c =
        CozeClient.builder()
            .baseUrl(server.baseUrl)
            .auth(jb.publicKeyId("kid-unknown").build())
            .hooks(record)
            .build()) {
      seen.add(texts(assertThrows(AuthenticationException.class, () -> chat(c))));
    }
    seen.add(
        texts(
            assertThrows(
                InvalidArgumentException.class,
                () ->
                    JwtCredentials.builder()
                        .clientId("c")
                        .publicKeyId("k")
                        .privateKey(
                            pem.replace(
                                    "-----BEGIN PRIVATE KEY-----",
                                    "-----BEGIN RSA PRIVATE KEY-----")
                                .replace(
                                    "-----END PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----"))
                        .build())));
    seen.add(jb.build().toString());

    assertTrue(events.size() > 20, "hooks saw " + events.size() + " events");
    for (HookEvent e : events) seen.add(e.toString());
    for (String secret : secrets) {
      assertTrue(secret.length() >= 16, "a recognisable secret: " + secret.length());
      for (String text : seen) {
        assertFalse(text.contains(secret), "a secret leaked into: " + text);
      }
    }
  }
}
