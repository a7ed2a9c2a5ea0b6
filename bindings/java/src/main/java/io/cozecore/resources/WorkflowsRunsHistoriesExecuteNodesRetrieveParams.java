// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of workflows.runs.histories.execute_nodes.retrieve, by name and type; required:
 * workflow_id, execute_id, node_execute_uuid (checked by build()).
 */
public final class WorkflowsRunsHistoriesExecuteNodesRetrieveParams {
  private final Map<String, Object> values;

  private WorkflowsRunsHistoriesExecuteNodesRetrieveParams(Map<String, Object> values) {
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
    return "WorkflowsRunsHistoriesExecuteNodesRetrieveParams" + values.keySet();
  }

  /**
   * Builds a WorkflowsRunsHistoriesExecuteNodesRetrieveParams; {@link #build()} checks the required
   * parameters.
   */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code workflow_id} (path parameter {@code workflow_id}, id). */
    public Builder workflowId(String workflowId) {
      values.put("workflow_id", Objects.requireNonNull(workflowId, "workflowId"));
      return this;
    }

    /** Required. {@code execute_id} (path parameter {@code execute_id}, id). */
    public Builder executeId(String executeId) {
      values.put("execute_id", Objects.requireNonNull(executeId, "executeId"));
      return this;
    }

    /** Required. {@code node_execute_uuid} (path parameter {@code node_execute_uuid}, string). */
    public Builder nodeExecuteUuid(String nodeExecuteUuid) {
      values.put("node_execute_uuid", Objects.requireNonNull(nodeExecuteUuid, "nodeExecuteUuid"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public WorkflowsRunsHistoriesExecuteNodesRetrieveParams build() {
      return new WorkflowsRunsHistoriesExecuteNodesRetrieveParams(
          Wire.require(
              "workflows.runs.histories.execute_nodes.retrieve",
              values,
              "workflow_id",
              "execute_id",
              "node_execute_uuid"));
    }
  }
}
