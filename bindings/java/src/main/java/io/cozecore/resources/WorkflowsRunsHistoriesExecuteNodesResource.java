// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.WorkflowNodeExecuteHistory;
import java.util.Objects;

/**
 * The workflows.runs.histories.execute_nodes operations:
 * client.workflows().runs().histories().executeNodes().
 */
public final class WorkflowsRunsHistoriesExecuteNodesResource {
  private final CozeApi api;

  WorkflowsRunsHistoriesExecuteNodesResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Gets the output of one node execution of a workflow run ({@code GET
   * /v1/workflows/{workflow_id}/run_histories/{execute_id}/execute_nodes/{node_execute_uuid}},
   * operation workflows.runs.histories.execute_nodes.retrieve). Returns the result
   * (WorkflowNodeExecuteHistory).
   */
  public WorkflowNodeExecuteHistory retrieve(
      WorkflowsRunsHistoriesExecuteNodesRetrieveParams params) {
    return retrieve(params, null);
  }

  /**
   * Like {@link #retrieve(WorkflowsRunsHistoriesExecuteNodesRetrieveParams)}, with per-call options
   * (null: none).
   */
  public WorkflowNodeExecuteHistory retrieve(
      WorkflowsRunsHistoriesExecuteNodesRetrieveParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "workflows.runs.histories.execute_nodes.retrieve",
        params.toParams(),
        options,
        Cells.model(WorkflowNodeExecuteHistory::new));
  }
}
