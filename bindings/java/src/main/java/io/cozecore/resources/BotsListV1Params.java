// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parameters of bots.list_v1, by name and type; required: space_id (checked by build()). */
public final class BotsListV1Params {
  private final Map<String, Object> values;

  private BotsListV1Params(Map<String, Object> values) {
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
    return "BotsListV1Params" + values.keySet();
  }

  /** Builds a BotsListV1Params; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code space_id} (query parameter {@code space_id}, id). */
    public Builder spaceId(String spaceId) {
      values.put("space_id", Objects.requireNonNull(spaceId, "spaceId"));
      return this;
    }

    /** Page number from 1 (query parameter {@code page_index}, integer). */
    public Builder pageIndex(long pageIndex) {
      values.put("page_index", pageIndex);
      return this;
    }

    /** Items per page (query parameter {@code page_size}, integer). */
    public Builder pageSize(long pageSize) {
      values.put("page_size", pageSize);
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public BotsListV1Params build() {
      return new BotsListV1Params(Wire.require("bots.list_v1", values, "space_id"));
    }
  }
}
