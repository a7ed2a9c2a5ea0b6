// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of conversations.list, by name and type; required: bot_id (checked by build()).
 */
public final class ConversationsListParams {
  private final Map<String, Object> values;

  private ConversationsListParams(Map<String, Object> values) {
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
    return "ConversationsListParams" + values.keySet();
  }

  /** Builds a ConversationsListParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code bot_id} (query parameter {@code bot_id}, id). */
    public Builder botId(String botId) {
      values.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /** Page number from 1 (query parameter {@code page_num}, integer). */
    public Builder pageNum(long pageNum) {
      values.put("page_num", pageNum);
      return this;
    }

    /** Items per page (at most 50) (query parameter {@code page_size}, integer). */
    public Builder pageSize(long pageSize) {
      values.put("page_size", pageSize);
      return this;
    }

    /** Order by creation time (query parameter {@code sort_order}, string). */
    public Builder sortOrder(String sortOrder) {
      values.put("sort_order", Objects.requireNonNull(sortOrder, "sortOrder"));
      return this;
    }

    /** Channel to list (1024 API, 999 Chat SDK) (query parameter {@code connector_id}, id). */
    public Builder connectorId(String connectorId) {
      values.put("connector_id", Objects.requireNonNull(connectorId, "connectorId"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public ConversationsListParams build() {
      return new ConversationsListParams(Wire.require("conversations.list", values, "bot_id"));
    }
  }
}
