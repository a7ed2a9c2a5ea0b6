// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.DeviceCode;
import io.cozecore.model.OAuthToken;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

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
   * {@link #accountToken(OauthAccountTokenParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<OAuthToken> accountTokenAsync(OauthAccountTokenParams params) {
    return api.async(() -> accountToken(params, null));
  }

  /**
   * {@link #accountToken(OauthAccountTokenParams, RequestOptions)} as a CompletableFuture, run on
   * the client's executor: it completes with the result or the CozeException; cancelling it cancels
   * the call.
   */
  public CompletableFuture<OAuthToken> accountTokenAsync(
      OauthAccountTokenParams params, RequestOptions options) {
    return api.async(() -> accountToken(params, options));
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
   * {@link #deviceCode(OauthDeviceCodeParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<DeviceCode> deviceCodeAsync(OauthDeviceCodeParams params) {
    return api.async(() -> deviceCode(params, null));
  }

  /**
   * {@link #deviceCode(OauthDeviceCodeParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<DeviceCode> deviceCodeAsync(
      OauthDeviceCodeParams params, RequestOptions options) {
    return api.async(() -> deviceCode(params, options));
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
   * {@link #enterpriseToken(OauthEnterpriseTokenParams)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<OAuthToken> enterpriseTokenAsync(OauthEnterpriseTokenParams params) {
    return api.async(() -> enterpriseToken(params, null));
  }

  /**
   * {@link #enterpriseToken(OauthEnterpriseTokenParams, RequestOptions)} as a CompletableFuture,
   * run on the client's executor: it completes with the result or the CozeException; cancelling it
   * cancels the call.
   */
  public CompletableFuture<OAuthToken> enterpriseTokenAsync(
      OauthEnterpriseTokenParams params, RequestOptions options) {
    return api.async(() -> enterpriseToken(params, options));
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

  /**
   * {@link #token(OauthTokenParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<OAuthToken> tokenAsync(OauthTokenParams params) {
    return api.async(() -> token(params, null));
  }

  /**
   * {@link #token(OauthTokenParams, RequestOptions)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<OAuthToken> tokenAsync(OauthTokenParams params, RequestOptions options) {
    return api.async(() -> token(params, options));
  }
}
