// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.DeviceCode;
import io.cozecore.model.OAuthToken;
import java.util.Objects;

/** The oauth operations: client.oauth(). */
public final class OauthResource {
  private final CozeApi api;

  OauthResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Gets a service app's access token for an account ({@code POST
   * /api/permission/oauth2/account/{account_id}/token}, operation oauth.account_token). Returns the
   * result (OAuthToken).
   */
  public OAuthToken accountToken(OauthAccountTokenParams params) {
    return accountToken(params, null);
  }

  /** Like {@link #accountToken(OauthAccountTokenParams)}, with per-call options (null: none). */
  public OAuthToken accountToken(OauthAccountTokenParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "oauth.account_token", params.toParams(), options, Cells.model(OAuthToken::new));
  }

  /**
   * Starts the device flow - a user code to show and a device code to poll with ({@code POST
   * /api/permission/oauth2/device/code}, operation oauth.device_code). Returns the result
   * (DeviceCode).
   */
  public DeviceCode deviceCode(OauthDeviceCodeParams params) {
    return deviceCode(params, null);
  }

  /** Like {@link #deviceCode(OauthDeviceCodeParams)}, with per-call options (null: none). */
  public DeviceCode deviceCode(OauthDeviceCodeParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "oauth.device_code", params.toParams(), options, Cells.model(DeviceCode::new));
  }

  /**
   * Gets a service app's access token for an enterprise ({@code POST
   * /api/permission/oauth2/enterprise_id/{enterprise_id}/token}, operation oauth.enterprise_token).
   * Returns the result (OAuthToken).
   */
  public OAuthToken enterpriseToken(OauthEnterpriseTokenParams params) {
    return enterpriseToken(params, null);
  }

  /**
   * Like {@link #enterpriseToken(OauthEnterpriseTokenParams)}, with per-call options (null: none).
   */
  public OAuthToken enterpriseToken(OauthEnterpriseTokenParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "oauth.enterprise_token", params.toParams(), options, Cells.model(OAuthToken::new));
  }

  /**
   * Gets an access token for a grant. A web app's client secret, or a service app's JWT, goes as
   * the bearer (CallOptions headers); PKCE and device apps send none. ({@code POST
   * /api/permission/oauth2/token}, operation oauth.token). Returns the result (OAuthToken).
   */
  public OAuthToken token(OauthTokenParams params) {
    return token(params, null);
  }

  /** Like {@link #token(OauthTokenParams)}, with per-call options (null: none). */
  public OAuthToken token(OauthTokenParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke("oauth.token", params.toParams(), options, Cells.model(OAuthToken::new));
  }
}
