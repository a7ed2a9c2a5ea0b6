// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parameters of variables.retrieve, by name and type; all optional. */
public final class VariablesRetrieveParams {
  private final Map<String, Object> values;

  private VariablesRetrieveParams(Map<String, Object> values) {
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
    return "VariablesRetrieveParams" + values.keySet();
  }

  /** Builds a VariablesRetrieveParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** {@code app_id} (query parameter {@code app_id}, id). */
    public Builder appId(String appId) {
      values.put("app_id", Objects.requireNonNull(appId, "appId"));
      return this;
    }

    /** {@code bot_id} (query parameter {@code bot_id}, id). */
    public Builder botId(String botId) {
      values.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /** {@code connector_id} (query parameter {@code connector_id}, id). */
    public Builder connectorId(String connectorId) {
      values.put("connector_id", Objects.requireNonNull(connectorId, "connectorId"));
      return this;
    }

    /** The end user's id in the channel (query parameter {@code connector_uid}, string). */
    public Builder connectorUid(String connectorUid) {
      values.put("connector_uid", Objects.requireNonNull(connectorUid, "connectorUid"));
      return this;
    }

    /**
     * Comma-separated variable names; all when absent (query parameter {@code keywords}, string).
     */
    public Builder keywords(String keywords) {
      values.put("keywords", Objects.requireNonNull(keywords, "keywords"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public VariablesRetrieveParams build() {
      return new VariablesRetrieveParams(Wire.require("variables.retrieve", values));
    }
  }
}
