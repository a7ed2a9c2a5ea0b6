// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parameters of bots.list, by name and type; all optional. */
public final class BotsListParams {
  private final Map<String, Object> values;

  private BotsListParams(Map<String, Object> values) {
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
    return "BotsListParams" + values.keySet();
  }

  /** Builds a BotsListParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** {@code workspace_id} (query parameter {@code workspace_id}, id). */
    public Builder workspaceId(String workspaceId) {
      values.put("workspace_id", Objects.requireNonNull(workspaceId, "workspaceId"));
      return this;
    }

    /** {@code publish_status} (query parameter {@code publish_status}, string). */
    public Builder publishStatus(String publishStatus) {
      values.put("publish_status", Objects.requireNonNull(publishStatus, "publishStatus"));
      return this;
    }

    /** Only the bots published to this channel (query parameter {@code connector_id}, id). */
    public Builder connectorId(String connectorId) {
      values.put("connector_id", Objects.requireNonNull(connectorId, "connectorId"));
      return this;
    }

    /** Page number from 1 (query parameter {@code page_num}, integer). */
    public Builder pageNum(long pageNum) {
      values.put("page_num", pageNum);
      return this;
    }

    /** Items per page (query parameter {@code page_size}, integer). */
    public Builder pageSize(long pageSize) {
      values.put("page_size", pageSize);
      return this;
    }

    /**
     * 1 runs bots.list_v1 instead; never sent (query parameter {@code use_api_version}, integer).
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
    public BotsListParams build() {
      return new BotsListParams(Wire.require("bots.list", values));
    }
  }
}
