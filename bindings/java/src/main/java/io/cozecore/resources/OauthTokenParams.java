// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parameters of oauth.token, by name and type; required: grant_type (checked by build()). */
public final class OauthTokenParams {
  private final Map<String, Object> values;

  private OauthTokenParams(Map<String, Object> values) {
    this.values = values;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The values as the core takes them: API names, plain JSON values; read-only. */
  public Map<String, Object> toParams() {
    return values;
  }

  @Override
  public String toString() {
    return "OauthTokenParams" + values.keySet();
  }

  /** Builds a OauthTokenParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. The grant (body parameter {@code grant_type}, string). */
    public Builder grantType(String grantType) {
      values.put("grant_type", Objects.requireNonNull(grantType, "grantType"));
      return this;
    }

    /** The OAuth app's id (body parameter {@code client_id}, string). */
    public Builder clientId(String clientId) {
      values.put("client_id", Objects.requireNonNull(clientId, "clientId"));
      return this;
    }

    /** authorization_code - the code the redirect brought (body parameter {@code code}, string). */
    public Builder code(String code) {
      values.put("code", Objects.requireNonNull(code, "code"));
      return this;
    }

    /**
     * authorization_code - the redirect URI given to authorize (body parameter {@code
     * redirect_uri}, string).
     */
    public Builder redirectUri(String redirectUri) {
      values.put("redirect_uri", Objects.requireNonNull(redirectUri, "redirectUri"));
      return this;
    }

    /**
     * authorization_code with PKCE - the verifier of the challenge (body parameter {@code
     * code_verifier}, string).
     */
    public Builder codeVerifier(String codeVerifier) {
      values.put("code_verifier", Objects.requireNonNull(codeVerifier, "codeVerifier"));
      return this;
    }

    /** refresh_token - the refresh token (body parameter {@code refresh_token}, string). */
    public Builder refreshToken(String refreshToken) {
      values.put("refresh_token", Objects.requireNonNull(refreshToken, "refreshToken"));
      return this;
    }

    /** device_code - the device code (body parameter {@code device_code}, string). */
    public Builder deviceCode(String deviceCode) {
      values.put("device_code", Objects.requireNonNull(deviceCode, "deviceCode"));
      return this;
    }

    /**
     * jwt-bearer - the access token's lifetime (default 900) (body parameter {@code
     * duration_seconds}, integer).
     */
    public Builder durationSeconds(long durationSeconds) {
      values.put("duration_seconds", durationSeconds);
      return this;
    }

    /** jwt-bearer - an optional scope object (body parameter {@code scope}, any). */
    public Builder scope(Object scope) {
      values.put("scope", Wire.value(scope));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public OauthTokenParams build() {
      return new OauthTokenParams(Wire.require("oauth.token", values, "grant_type"));
    }
  }
}
