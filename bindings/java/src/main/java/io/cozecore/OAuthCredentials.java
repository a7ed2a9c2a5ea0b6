package io.cozecore;

import io.cozecore.model.OAuthToken;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An OAuth app's token for a client that renews it itself ({@link
 * CozeClient.Builder#auth(OAuthCredentials)}): the client refreshes the access token a margin
 * before it expires (default 30 s), and once after a 401, with one refresh at a time however many
 * calls wait for it. A web app also gives its client secret (sent as the bearer of the refresh).
 *
 * <pre>{@code
 * OAuthToken t = app.exchangeCode(code, redirectUri, pkce.verifier());
 * CozeClient client = CozeClient.builder().baseUrl(app.baseUrl())
 *     .auth(OAuthCredentials.of(app.clientId(), t)).build();
 * }</pre>
 *
 * {@link #toString()} shows no secret.
 */
public final class OAuthCredentials {
  private final String clientId;
  private final String accessToken;
  private final String refreshToken;
  private final Long expiresIn; // null: unknown
  private final String clientSecret;
  private final Duration refreshMargin;

  private OAuthCredentials(Builder b) {
    this.clientId = b.clientId;
    this.accessToken = b.accessToken;
    this.refreshToken = b.refreshToken;
    this.expiresIn = b.expiresIn;
    this.clientSecret = b.clientSecret;
    this.refreshMargin = b.refreshMargin;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The credentials of a token answer (exchange, refresh or device flow) of app {@code clientId}.
   */
  public static OAuthCredentials of(String clientId, OAuthToken token) {
    return of(clientId, token, null);
  }

  /** Like {@link #of(String, OAuthToken)}, for a web app with its client secret. */
  public static OAuthCredentials of(String clientId, OAuthToken token, String clientSecret) {
    Objects.requireNonNull(token, "token");
    Builder b = builder().clientId(clientId).clientSecret(clientSecret);
    if (token.accessToken() != null) b.accessToken(token.accessToken());
    if (token.refreshToken() != null) b.refreshToken(token.refreshToken());
    if (token.expiresIn() != null) b.expiresIn(token.expiresIn());
    return b.build();
  }

  public String clientId() {
    return clientId;
  }

  /** The settings as the core's {@code ClientConfig.auth} takes them. */
  Map<String, Object> toCore() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "oauth");
    m.put("client_id", clientId);
    if (accessToken != null) m.put("access_token", accessToken);
    if (refreshToken != null) m.put("refresh_token", refreshToken);
    if (expiresIn != null) m.put("expires_in", expiresIn);
    if (clientSecret != null && !clientSecret.isEmpty()) m.put("client_secret", clientSecret);
    if (refreshMargin != null) m.put("refresh_margin_s", refreshMargin.toSeconds());
    return m;
  }

  @Override
  public String toString() {
    return "OAuthCredentials[clientId="
        + clientId
        + ", accessToken=[redacted], refreshToken=[redacted]"
        + (expiresIn == null ? "" : ", expiresIn=" + expiresIn)
        + (clientSecret == null ? "" : ", clientSecret=[redacted]")
        + "]";
  }

  /** Settings of {@link OAuthCredentials}: the client id and an access or refresh token. */
  public static final class Builder {
    private String clientId;
    private String accessToken;
    private String refreshToken;
    private Long expiresIn;
    private String clientSecret;
    private Duration refreshMargin;

    private Builder() {}

    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    public Builder accessToken(String accessToken) {
      this.accessToken = accessToken;
      return this;
    }

    /** The refresh token; without one the client cannot renew the access token. */
    public Builder refreshToken(String refreshToken) {
      this.refreshToken = refreshToken;
      return this;
    }

    /** When the access token expires, in Unix seconds (the API's {@code expires_in}). */
    public Builder expiresIn(long unixSeconds) {
      this.expiresIn = unixSeconds;
      return this;
    }

    /** When the access token expires. */
    public Builder expiresAt(Instant at) {
      this.expiresIn = at.getEpochSecond();
      return this;
    }

    /** A web app's client secret (the bearer of its refresh requests); null for none. */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * How long before expiry the client refreshes (default 30 s), in whole seconds: the client's
     * construction rejects a negative one.
     */
    public Builder refreshMargin(Duration margin) {
      this.refreshMargin = margin;
      return this;
    }

    /**
     * The credentials; the core checks them when a client is built with them (the client id, and an
     * access or a refresh token, are required: an {@link InvalidArgumentException} naming what is
     * wrong).
     */
    public OAuthCredentials build() {
      return new OAuthCredentials(this);
    }
  }
}
