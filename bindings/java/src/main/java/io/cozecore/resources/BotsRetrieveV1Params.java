// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parameters of bots.retrieve_v1, by name and type; required: bot_id (checked by build()). */
public final class BotsRetrieveV1Params {
  private final Map<String, Object> values;

  private BotsRetrieveV1Params(Map<String, Object> values) {
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
    return "BotsRetrieveV1Params" + values.keySet();
  }

  /** Builds a BotsRetrieveV1Params; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code bot_id} (query parameter {@code bot_id}, id). */
    public Builder botId(String botId) {
      values.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public BotsRetrieveV1Params build() {
      return new BotsRetrieveV1Params(Wire.require("bots.retrieve_v1", values, "bot_id"));
    }
  }
}
