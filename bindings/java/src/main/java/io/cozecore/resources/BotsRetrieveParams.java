// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parameters of bots.retrieve, by name and type; required: bot_id (checked by build()). */
public final class BotsRetrieveParams {
  private final Map<String, Object> values;

  private BotsRetrieveParams(Map<String, Object> values) {
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
    return "BotsRetrieveParams" + values.keySet();
  }

  /** Builds a BotsRetrieveParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code bot_id} (path parameter {@code bot_id}, id). */
    public Builder botId(String botId) {
      values.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /**
     * The published version (default) or the draft (query parameter {@code is_published}, boolean).
     */
    public Builder isPublished(boolean isPublished) {
      values.put("is_published", isPublished);
      return this;
    }

    /**
     * 1 runs bots.retrieve_v1 instead; never sent (query parameter {@code use_api_version},
     * integer).
     */
    public Builder useApiVersion(long useApiVersion) {
      values.put("use_api_version", useApiVersion);
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public BotsRetrieveParams build() {
      return new BotsRetrieveParams(Wire.require("bots.retrieve", values, "bot_id"));
    }
  }
}
