// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of oauth.device_code, by name and type; required: client_id (checked by build()).
 */
public final class OauthDeviceCodeParams {
  private final Map<String, Object> values;

  private OauthDeviceCodeParams(Map<String, Object> values) {
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
    return "OauthDeviceCodeParams" + values.keySet();
  }

  /** Builds a OauthDeviceCodeParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. The OAuth app's id (body parameter {@code client_id}, string). */
    public Builder clientId(String clientId) {
      values.put("client_id", Objects.requireNonNull(clientId, "clientId"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public OauthDeviceCodeParams build() {
      return new OauthDeviceCodeParams(Wire.require("oauth.device_code", values, "client_id"));
    }
  }
}
