package io.cozecore;

import io.cozecore.bridge.cozecore_bridge;
import io.cozecore.internal.CallDriver;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Json;
import io.cozecore.internal.JsonReader;
import io.cozecore.internal.Rs256Signer;
import io.cozecore.internal.Utf8;
import io.cozecore.model.DeviceCode;
import io.cozecore.model.OAuthToken;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One OAuth app of the Coze platform (web, PKCE, device or JWT service app) and its flows. The
 * flows are the core's: it builds every request, decides the polling and the JWT's claims, and maps
 * every failure; this class runs them over the same driver as every call (retries, timeouts, hooks,
 * cancellation).
 *
 * <pre>{@code
 * // a web app (client secret) or a PKCE app
 * OAuthApp app = OAuthApp.builder().clientType("pkce").clientId("...").baseUrl("https://api.coze.com").build();
 * PkcePair pkce = OAuth.pkcePair();
 * String url = app.authorizeUrl(redirectUri, state, pkce);
 * OAuthToken token = app.exchangeCode(code, redirectUri, pkce.verifier());
 * CozeClient client = app.client(token);        // refreshes the token itself
 *
 * // a device app
 * OAuthToken token = app.deviceFlow(c -> System.out.println(c.verificationUri() + " " + c.userCode()));
 *
 * // a service (JWT) app, from the console's JSON config
 * CozeClient client = OAuth.loadOAuthApp(Path.of("coze_oauth_config.json")).client();
 * }</pre>
 *
 * Secrets (client secret, private key, tokens) never appear in hook events, error messages or
 * {@link #toString()}.
 */
public final class OAuthApp implements AutoCloseable {
  private final String clientType;
  private final String clientId;
  private final String baseUrl;
  private final String wwwBase;
  private final String publicKeyId;
  private final String clientSecret; // "" when none
  private final Rs256Signer signer; // jwt apps
  private final Builder settings;
  private final CozeClient flows;

  private OAuthApp(Map<String, Object> config, Builder b) {
    this.clientType = JsonReader.string(config, "client_type");
    this.clientId = JsonReader.string(config, "client_id");
    this.baseUrl = JsonReader.string(config, "base_url");
    this.wwwBase = JsonReader.string(config, "www_base");
    this.publicKeyId = JsonReader.string(config, "public_key_id");
    this.clientSecret = JsonReader.string(config, "client_secret");
    this.signer =
        "jwt".equals(clientType)
            ? Rs256Signer.fromPem(JsonReader.string(config, "private_key"))
            : null;
    this.settings = b;
    this.flows = clientBuilderBase().tokenless().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code web}, {@code pkce}, {@code device} or {@code jwt}. */
  public String clientType() {
    return clientType;
  }

  public String clientId() {
    return clientId;
  }

  /** The API base URL ({@code https://api.coze.com} unless the config says otherwise). */
  public String baseUrl() {
    return baseUrl;
  }

  /** Where the authorize page lives ({@code https://www.coze.com} for api.coze.com). */
  public String wwwBase() {
    return wwwBase;
  }

  /** A jwt app's public key id ("" for other apps). */
  public String publicKeyId() {
    return publicKeyId;
  }

  // ---- authorize URL --------------------------------------------------------

  /** The URL that sends the user to approve a web app; {@code state} comes back with the code. */
  public String authorizeUrl(String redirectUri, String state) {
    return authorizeUrl(redirectUri, state, null, null);
  }

  /** The authorize URL of a PKCE app, with the pair's S256 challenge. */
  public String authorizeUrl(String redirectUri, String state, PkcePair pkce) {
    return authorizeUrl(redirectUri, state, pkce, null);
  }

  /**
   * The authorize URL, with a PKCE challenge (null: none) and for a workspace (null: none). An
   * {@link InvalidArgumentException} when the redirect URI or state is missing.
   */
  public String authorizeUrl(String redirectUri, String state, PkcePair pkce, String workspaceId) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("client_id", clientId);
    p.put("redirect_uri", redirectUri == null ? "" : redirectUri);
    p.put("state", state == null ? "" : state);
    p.put("base_url", baseUrl);
    p.put("www_base", wwwBase);
    if (pkce != null) {
      p.put("code_challenge", pkce.challenge());
      p.put("code_challenge_method", pkce.method());
    }
    if (workspaceId != null) p.put("workspace_id", workspaceId);
    Map<String, Object> answer =
        JsonReader.parseObject(
            Utf8.decode(cozecore_bridge.oauth_authorize_url(Utf8.encode(Json.write(p)))));
    if (answer.containsKey("error")) {
      throw CozeException.invalidArgument(JsonReader.string(answer, "error"));
    }
    return JsonReader.string(answer, "url");
  }

  // ---- token requests -----------------------------------------------------

  /** Exchanges a web app's code (the client secret goes as the bearer). */
  public OAuthToken exchangeCode(String code, String redirectUri) {
    return exchangeCode(code, redirectUri, null, null);
  }

  /** Exchanges a PKCE app's code with the pair's verifier. */
  public OAuthToken exchangeCode(String code, String redirectUri, String codeVerifier) {
    return exchangeCode(code, redirectUri, codeVerifier, null);
  }

  /** Like {@link #exchangeCode(String, String, String)}, with per-call options (null: none). */
  public OAuthToken exchangeCode(
      String code, String redirectUri, String codeVerifier, RequestOptions options) {
    Map<String, Object> p = base();
    p.put("code", code == null ? "" : code);
    p.put("redirect_uri", redirectUri == null ? "" : redirectUri);
    if (codeVerifier != null) p.put("code_verifier", codeVerifier);
    return token("oauth.exchange_code", p, options, null);
  }

  /**
   * A new access token from a refresh token (each works once: keep the one in the answer). A web
   * app sends its client secret.
   */
  public OAuthToken refreshToken(String refreshToken) {
    return refreshToken(refreshToken, null);
  }

  /** Like {@link #refreshToken(String)}, with per-call options (null: none). */
  public OAuthToken refreshToken(String refreshToken, RequestOptions options) {
    Map<String, Object> p = base();
    p.put("refresh_token", refreshToken == null ? "" : refreshToken);
    return token("oauth.refresh", p, options, null);
  }

  /**
   * Runs the device flow: {@code onCode} receives the user code and verification URI to show (on
   * this thread, once), then this waits until the user decides or the code expires. Cancel it by
   * interrupting the thread, or use {@link #startDeviceFlow()} for a handle that {@link
   * DeviceFlow#cancel() cancels} from anywhere.
   */
  public OAuthToken deviceFlow(Consumer<DeviceCode> onCode) {
    return deviceFlow(onCode, null);
  }

  /** Like {@link #deviceFlow(Consumer)}, with per-call options (null: none). */
  public OAuthToken deviceFlow(Consumer<DeviceCode> onCode, RequestOptions options) {
    Objects.requireNonNull(onCode, "onCode");
    try (DeviceFlow flow = startDeviceFlow(options)) {
      onCode.accept(flow.code());
      return flow.token();
    }
  }

  /** Starts the device flow; see {@link DeviceFlow}. */
  public DeviceFlow startDeviceFlow() {
    return startDeviceFlow(null);
  }

  /** Like {@link #startDeviceFlow()}, with per-call options (null: none). */
  public DeviceFlow startDeviceFlow(RequestOptions options) {
    return new DeviceFlow(flows.start("oauth.device_flow", base(), options, false, null));
  }

  /** A jwt app's access token: a JWT signed here with the app's key, traded by the core. */
  public OAuthToken jwtToken() {
    return jwtToken(JwtTokenOptions.defaults(), null);
  }

  /** Like {@link #jwtToken()}: lifetime, session name, account or enterprise variant. */
  public OAuthToken jwtToken(JwtTokenOptions o) {
    return jwtToken(o, null);
  }

  /** Like {@link #jwtToken(JwtTokenOptions)}, with per-call options (null: none). */
  public OAuthToken jwtToken(JwtTokenOptions o, RequestOptions options) {
    requireJwt();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("client_id", clientId);
    p.put("public_key_id", publicKeyId);
    p.putAll((o == null ? JwtTokenOptions.defaults() : o).toParams());
    return token("oauth.jwt_token", p, options, signer);
  }

  // ---- clients ------------------------------------------------------------

  /** A client of a jwt app that gets and renews its own tokens (see {@link JwtCredentials}). */
  public CozeClient client() {
    return client(JwtTokenOptions.defaults());
  }

  /** Like {@link #client()}, with the token options of each grant. */
  public CozeClient client(JwtTokenOptions o) {
    return clientBuilder(o).build();
  }

  /**
   * A client that uses {@code token} (from {@link #exchangeCode}, {@link #refreshToken} or {@link
   * #deviceFlow}) and refreshes it itself.
   */
  public CozeClient client(OAuthToken token) {
    return clientBuilder(token).build();
  }

  /** A client builder of a jwt app, to add settings before {@code build()}. */
  public CozeClient.Builder clientBuilder(JwtTokenOptions o) {
    requireJwt();
    return clientBuilderBase()
        .auth(
            JwtCredentials.forApp(
                clientId, publicKeyId, signer, o == null ? JwtTokenOptions.defaults() : o));
  }

  /** A client builder for {@code token}, to add settings before {@code build()}. */
  public CozeClient.Builder clientBuilder(OAuthToken token) {
    return clientBuilderBase()
        .auth(OAuthCredentials.of(clientId, token, clientSecret.isEmpty() ? null : clientSecret));
  }

  /** Frees the client this app runs its token requests on. */
  @Override
  public void close() {
    flows.close();
  }

  @Override
  public String toString() {
    return "OAuthApp[clientType="
        + clientType
        + ", clientId="
        + clientId
        + ", baseUrl="
        + baseUrl
        + (publicKeyId.isEmpty() ? "" : ", publicKeyId=" + publicKeyId)
        + (clientSecret.isEmpty() ? "" : ", clientSecret=[redacted]")
        + (signer == null ? "" : ", privateKey=[redacted]")
        + "]";
  }

  private CozeClient.Builder clientBuilderBase() {
    CozeClient.Builder b = CozeClient.builder().baseUrl(baseUrl);
    if (settings.httpClient != null) b.httpClient(settings.httpClient);
    if (settings.maxRetries != null) b.maxRetries(settings.maxRetries);
    if (settings.hooks != null) b.hooks(settings.hooks);
    if (settings.allowInsecureHttp) b.allowInsecureHttp(true);
    return b;
  }

  private void requireJwt() {
    if (signer == null) {
      throw CozeException.invalidArgument(
          "a " + clientType + " app has no private key: JWT tokens need a jwt app");
    }
  }

  private Map<String, Object> base() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("client_id", clientId);
    if (!clientSecret.isEmpty()) p.put("client_secret", clientSecret);
    return p;
  }

  private OAuthToken token(
      String op, Map<String, Object> params, RequestOptions options, CallDriver.Signer s) {
    try (CallDriver d = flows.start(op, params, options, false, s)) {
      CoreRecord r = d.run();
      OAuthToken t = r == null ? null : Cells.model(OAuthToken::new).read(r, CoreRecord.ROOT);
      if (t == null) {
        throw CozeException.of(
            "decode", op + ": the answer holds no token", 0, 0, d.logid(), false, 1, -1, "");
      }
      return t;
    }
  }

  /**
   * Settings of an {@link OAuthApp}: the app ({@link #config(String)}, or the fields one by one;
   * fields set here win over the config's) and the client settings of its requests.
   */
  public static final class Builder {
    private String configJson;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private HttpClient httpClient;
    private Integer maxRetries;
    private Hooks hooks;
    private boolean allowInsecureHttp;

    private Builder() {}

    /** The app's JSON config as the Coze console writes it (see {@link OAuth#loadOAuthApp}). */
    public Builder config(String json) {
      this.configJson = Objects.requireNonNull(json, "json");
      return this;
    }

    /** {@code web}, {@code pkce}, {@code device} or {@code jwt}. */
    public Builder clientType(String clientType) {
      fields.put("client_type", clientType);
      return this;
    }

    public Builder clientId(String clientId) {
      fields.put("client_id", clientId);
      return this;
    }

    /** A web app's client secret. */
    public Builder clientSecret(String clientSecret) {
      fields.put("client_secret", clientSecret);
      return this;
    }

    /** A jwt app's public key id. */
    public Builder publicKeyId(String publicKeyId) {
      fields.put("public_key_id", publicKeyId);
      return this;
    }

    /** A jwt app's RSA private key, PEM (PKCS#8, or PKCS#1 {@code BEGIN RSA PRIVATE KEY}). */
    public Builder privateKey(String pem) {
      fields.put("private_key", pem);
      return this;
    }

    /** The API base URL (default {@code https://api.coze.com}). */
    public Builder baseUrl(String baseUrl) {
      fields.put("coze_api_base", baseUrl);
      return this;
    }

    /** Where the authorize page lives (default: the www host of the base URL's region). */
    public Builder wwwBase(String wwwBase) {
      fields.put("coze_www_base", wwwBase);
      return this;
    }

    /** The HTTP client of the token requests and of the clients the app makes. */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Lets an {@code http://} base URL on another machine through for the token requests and the
     * clients the app makes (see {@link CozeClient.Builder#allowInsecureHttp}); default false.
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /** Hooks of the token requests and of the clients the app makes. */
    public Builder hooks(Hooks hooks) {
      this.hooks = hooks;
      return this;
    }

    /**
     * Checks the app through the core (a missing or wrong field is an {@link
     * InvalidArgumentException} that names it) and reads a jwt app's key.
     */
    public OAuthApp build() {
      String text;
      if (configJson != null && fields.isEmpty()) {
        text = configJson;
      } else {
        Map<String, Object> all = new LinkedHashMap<>();
        if (configJson != null) {
          try {
            all.putAll(JsonReader.parseObject(configJson)); // any value, nested ones included
          } catch (IllegalArgumentException e) {
            throw CozeException.invalidArgument("OAuth app config: not a JSON object");
          }
        }
        all.putAll(fields);
        text = Json.write(all);
      }
      Map<String, Object> config =
          JsonReader.parseObject(Utf8.decode(cozecore_bridge.oauth_app_config(Utf8.encode(text))));
      if (config.containsKey("error")) {
        throw CozeException.invalidArgument(JsonReader.string(config, "error"));
      }
      return new OAuthApp(config, this);
    }
  }
}
