// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of bots.publish, by name and type; required: bot_id, connector_ids (checked by
 * build()).
 */
public final class BotsPublishParams {
  private final Map<String, Object> values;

  private BotsPublishParams(Map<String, Object> values) {
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
    return "BotsPublishParams" + values.keySet();
  }

  /** Builds a BotsPublishParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code bot_id} (body parameter {@code bot_id}, id). */
    public Builder botId(String botId) {
      values.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /**
     * Required. Channels (1024 API, 999 Chat SDK) (body parameter {@code connector_ids}, array of
     * id).
     */
    public Builder connectorIds(List<String> connectorIds) {
      values.put("connector_ids", Wire.value(Objects.requireNonNull(connectorIds, "connectorIds")));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public BotsPublishParams build() {
      return new BotsPublishParams(Wire.require("bots.publish", values, "bot_id", "connector_ids"));
    }
  }
}
