// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import io.cozecore.model.VariableValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The parameters of variables.update, by name and type; required: data (checked by build()). */
public final class VariablesUpdateParams {
  private final Map<String, Object> values;

  private VariablesUpdateParams(Map<String, Object> values) {
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
    return "VariablesUpdateParams" + values.keySet();
  }

  /** Builds a VariablesUpdateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** {@code app_id} (body parameter {@code app_id}, id). */
    public Builder appId(String appId) {
      values.put("app_id", Objects.requireNonNull(appId, "appId"));
      return this;
    }

    /** {@code bot_id} (body parameter {@code bot_id}, id). */
    public Builder botId(String botId) {
      values.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /** {@code connector_id} (body parameter {@code connector_id}, id). */
    public Builder connectorId(String connectorId) {
      values.put("connector_id", Objects.requireNonNull(connectorId, "connectorId"));
      return this;
    }

    /** The end user's id in the channel (body parameter {@code connector_uid}, string). */
    public Builder connectorUid(String connectorUid) {
      values.put("connector_uid", Objects.requireNonNull(connectorUid, "connectorUid"));
      return this;
    }

    /**
     * Required. keyword and value of each variable (body parameter {@code data}, array of
     * VariableValue).
     */
    public Builder data(List<VariableValue> data) {
      values.put("data", Wire.value(Objects.requireNonNull(data, "data")));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public VariablesUpdateParams build() {
      return new VariablesUpdateParams(Wire.require("variables.update", values, "data"));
    }
  }
}
