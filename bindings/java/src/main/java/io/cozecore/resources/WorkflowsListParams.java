// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parameters of workflows.list, by name and type; all optional. */
public final class WorkflowsListParams {
  private final Map<String, Object> values;

  private WorkflowsListParams(Map<String, Object> values) {
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
    return "WorkflowsListParams" + values.keySet();
  }

  /** Builds a WorkflowsListParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** {@code workspace_id} (query parameter {@code workspace_id}, id). */
    public Builder workspaceId(String workspaceId) {
      values.put("workspace_id", Objects.requireNonNull(workspaceId, "workspaceId"));
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

    /** {@code workflow_mode} (query parameter {@code workflow_mode}, string). */
    public Builder workflowMode(String workflowMode) {
      values.put("workflow_mode", Objects.requireNonNull(workflowMode, "workflowMode"));
      return this;
    }

    /** Only the workflows of this app (query parameter {@code app_id}, id). */
    public Builder appId(String appId) {
      values.put("app_id", Objects.requireNonNull(appId, "appId"));
      return this;
    }

    /** {@code publish_status} (query parameter {@code publish_status}, string). */
    public Builder publishStatus(String publishStatus) {
      values.put("publish_status", Objects.requireNonNull(publishStatus, "publishStatus"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public WorkflowsListParams build() {
      return new WorkflowsListParams(Wire.require("workflows.list", values));
    }
  }
}
