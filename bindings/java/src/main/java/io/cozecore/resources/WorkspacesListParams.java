// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parameters of workspaces.list, by name and type; all optional. */
public final class WorkspacesListParams {
  private final Map<String, Object> values;

  private WorkspacesListParams(Map<String, Object> values) {
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
    return "WorkspacesListParams" + values.keySet();
  }

  /** Builds a WorkspacesListParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

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

    /** Only the workspaces of this enterprise (query parameter {@code enterprise_id}, string). */
    public Builder enterpriseId(String enterpriseId) {
      values.put("enterprise_id", Objects.requireNonNull(enterpriseId, "enterpriseId"));
      return this;
    }

    /** Only the workspaces of this user (query parameter {@code user_id}, id). */
    public Builder userId(String userId) {
      values.put("user_id", Objects.requireNonNull(userId, "userId"));
      return this;
    }

    /**
     * Only the workspaces of this organisation account (query parameter {@code coze_account_id},
     * id).
     */
    public Builder cozeAccountId(String cozeAccountId) {
      values.put("coze_account_id", Objects.requireNonNull(cozeAccountId, "cozeAccountId"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public WorkspacesListParams build() {
      return new WorkspacesListParams(Wire.require("workspaces.list", values));
    }
  }
}
