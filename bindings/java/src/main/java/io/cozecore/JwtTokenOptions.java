package io.cozecore;

import io.cozecore.internal.Wire;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a service app asks for when it trades a signed JWT for an access token ({@link
 * OAuthApp#jwtToken(JwtTokenOptions)}, {@link OAuthApp#client(JwtTokenOptions)}): the token's
 * lifetime, a session name, and the account or enterprise variant of the grant.
 */
public final class JwtTokenOptions {
  private final Long ttlSeconds;
  private final String sessionName;
  private final String accountId;
  private final String enterpriseId;
  private final Object scope;

  private JwtTokenOptions(Builder b) {
    this.ttlSeconds = b.ttlSeconds;
    this.sessionName = b.sessionName;
    this.accountId = b.accountId;
    this.enterpriseId = b.enterpriseId;
    this.scope = b.scope;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The defaults: a 900 s token for the app itself. */
  public static JwtTokenOptions defaults() {
    return builder().build();
  }

  Long ttlSeconds() {
    return ttlSeconds;
  }

  String sessionName() {
    return sessionName;
  }

  String accountId() {
    return accountId;
  }

  String enterpriseId() {
    return enterpriseId;
  }

  Object scope() {
    return scope;
  }

  /** The fields as the {@code oauth.jwt_token} operation names them. */
  Map<String, Object> toParams() {
    Map<String, Object> m = new LinkedHashMap<>();
    if (ttlSeconds != null) m.put("ttl_seconds", ttlSeconds);
    if (sessionName != null) m.put("session_name", sessionName);
    if (accountId != null) m.put("account_id", accountId);
    if (enterpriseId != null) m.put("enterprise_id", enterpriseId);
    if (scope != null) m.put("scope", scope);
    return m;
  }

  /** Settings of {@link JwtTokenOptions}; all optional. */
  public static final class Builder {
    private Long ttlSeconds;
    private String sessionName;
    private String accountId;
    private String enterpriseId;
    private Object scope;

    private Builder() {}

    /** The access token's lifetime (the grant's {@code duration_seconds}; default 900 s). */
    public Builder ttl(Duration ttl) {
      this.ttlSeconds = ttl.toSeconds();
      return this;
    }

    /** A session name the token is bound to (the JWT's {@code session_name}). */
    public Builder sessionName(String sessionName) {
      this.sessionName = sessionName;
      return this;
    }

    /** A token for this account (the account token endpoint). */
    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    /** A token for this enterprise (the enterprise token endpoint). */
    public Builder enterpriseId(String enterpriseId) {
      this.enterpriseId = enterpriseId;
      return this;
    }

    /** The grant's {@code scope}, as plain values. */
    public Builder scope(Object scope) {
      this.scope = scope == null ? null : Wire.value(scope);
      return this;
    }

    public JwtTokenOptions build() {
      return new JwtTokenOptions(this);
    }
  }
}
