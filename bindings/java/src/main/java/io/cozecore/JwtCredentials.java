package io.cozecore;

import io.cozecore.internal.CallDriver;
import io.cozecore.internal.Rs256Signer;
import io.cozecore.internal.Wire;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service (JWT) app for a client that gets its own tokens ({@link
 * CozeClient.Builder#auth(JwtCredentials)}): the core builds each JWT (header, {@code iss}, {@code
 * aud} from the API host, {@code iat}/{@code exp}, {@code jti}, {@code session_name}), this process
 * signs it with RS256 using the JDK, and the client trades it for an access token, again a margin
 * before that token expires and once after a 401.
 *
 * <pre>{@code
 * CozeClient client = CozeClient.builder().baseUrl("https://api.coze.com")
 *     .auth(JwtCredentials.builder().clientId("1234...").publicKeyId("kid...")
 *         .privateKey(Files.readString(Path.of("private_key.pem"))).build())
 *     .build();
 * }</pre>
 *
 * The private key (PEM: PKCS#8 {@code BEGIN PRIVATE KEY}, or PKCS#1 {@code BEGIN RSA PRIVATE KEY})
 * is read when the credentials are built: a key that cannot sign is an {@link
 * InvalidArgumentException} then. It stays in this process, never enters the core, and appears in
 * no message, hook or {@link #toString()}.
 */
public final class JwtCredentials {
  private final String clientId;
  private final String publicKeyId;
  private final Rs256Signer signer;
  private final Long ttlSeconds; // null: the core's default
  private final String sessionName;
  private final String accountId;
  private final String enterpriseId;
  private final Object scope;
  private final Duration refreshMargin;

  private JwtCredentials(Builder b, Rs256Signer signer) {
    this.clientId = b.clientId;
    this.publicKeyId = b.publicKeyId;
    this.signer = signer;
    this.ttlSeconds = b.ttlSeconds;
    this.sessionName = b.sessionName;
    this.accountId = b.accountId;
    this.enterpriseId = b.enterpriseId;
    this.scope = b.scope;
    this.refreshMargin = b.refreshMargin;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String clientId() {
    return clientId;
  }

  public String publicKeyId() {
    return publicKeyId;
  }

  /** The credentials of a loaded jwt app ({@link OAuthApp#client(JwtTokenOptions)}). */
  static JwtCredentials forApp(
      String clientId, String publicKeyId, Rs256Signer signer, JwtTokenOptions o) {
    Builder b = builder().clientId(clientId).publicKeyId(publicKeyId);
    b.ttlSeconds = o.ttlSeconds();
    b.sessionName = o.sessionName();
    b.accountId = o.accountId();
    b.enterpriseId = o.enterpriseId();
    b.scope = o.scope();
    b.signer = signer;
    return b.build();
  }

  CallDriver.Signer signer() {
    return signer;
  }

  /** The settings as the core's {@code ClientConfig.auth} takes them (no key). */
  Map<String, Object> toCore() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "jwt");
    m.put("client_id", clientId);
    m.put("public_key_id", publicKeyId);
    if (ttlSeconds != null) m.put("ttl_seconds", ttlSeconds);
    if (sessionName != null) m.put("session_name", sessionName);
    if (accountId != null) m.put("account_id", accountId);
    if (enterpriseId != null) m.put("enterprise_id", enterpriseId);
    if (scope != null) m.put("scope", scope);
    if (refreshMargin != null) m.put("refresh_margin_s", refreshMargin.toSeconds());
    return m;
  }

  @Override
  public String toString() {
    return "JwtCredentials[clientId="
        + clientId
        + ", publicKeyId="
        + publicKeyId
        + ", privateKey=[redacted]"
        + (ttlSeconds == null ? "" : ", ttlSeconds=" + ttlSeconds)
        + (sessionName == null ? "" : ", sessionName=" + sessionName)
        + "]";
  }

  /** Settings of {@link JwtCredentials}: client id, public key id and private key are required. */
  public static final class Builder {
    private String clientId;
    private String publicKeyId;
    private String privateKeyPem;
    private PrivateKey privateKey;
    private Long ttlSeconds;
    private String sessionName;
    private String accountId;
    private String enterpriseId;
    private Object scope;
    private Duration refreshMargin;
    private Rs256Signer signer; // an app's key, already read

    private Builder() {}

    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /** The id of the app's public key (the JWT header's {@code kid}). */
    public Builder publicKeyId(String publicKeyId) {
      this.publicKeyId = publicKeyId;
      return this;
    }

    /** The RSA private key as PEM text (PKCS#8, or PKCS#1 {@code BEGIN RSA PRIVATE KEY}). */
    public Builder privateKey(String pem) {
      this.privateKeyPem = pem;
      this.privateKey = null;
      return this;
    }

    /** The RSA private key as a JDK key (from a key store, say). */
    public Builder privateKey(PrivateKey key) {
      this.privateKey = key;
      this.privateKeyPem = null;
      return this;
    }

    /**
     * How long each access token lives (the grant's {@code duration_seconds}, 1 s to 24 h; default
     * 900 s), in whole seconds: the client's construction rejects one outside that range.
     */
    public Builder ttl(Duration ttl) {
      this.ttlSeconds = ttl.toSeconds();
      return this;
    }

    /** A session name the tokens are bound to (the JWT's {@code session_name}); null for none. */
    public Builder sessionName(String sessionName) {
      this.sessionName = sessionName;
      return this;
    }

    /** Get tokens for this account (the account token endpoint). */
    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    /** Get tokens for this enterprise (the enterprise token endpoint). */
    public Builder enterpriseId(String enterpriseId) {
      this.enterpriseId = enterpriseId;
      return this;
    }

    /** The grant's {@code scope}, as plain values (Map, List, String, ...); null for none. */
    public Builder scope(Object scope) {
      this.scope = scope == null ? null : Wire.value(scope);
      return this;
    }

    /**
     * How long before expiry the client gets a new token (default 30 s), in whole seconds: the
     * client's construction rejects a negative one.
     */
    public Builder refreshMargin(Duration margin) {
      this.refreshMargin = margin;
      return this;
    }

    /**
     * Reads the key; an {@link InvalidArgumentException} when it is missing or cannot sign. The
     * other settings are checked by the core when a client is built with these credentials (an
     * {@link InvalidArgumentException} naming the setting).
     */
    public JwtCredentials build() {
      Rs256Signer signer;
      if (this.signer != null) {
        signer = this.signer;
      } else if (privateKey != null) {
        signer = Rs256Signer.fromKey(privateKey);
      } else if (privateKeyPem != null) {
        signer = Rs256Signer.fromPem(privateKeyPem);
      } else {
        throw CozeException.invalidArgument("JwtCredentials: a private key is required");
      }
      return new JwtCredentials(this, signer);
    }
  }
}
