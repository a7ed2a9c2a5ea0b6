// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.WorkflowNodeExecuteHistory;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

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

  /**
   * {@link #retrieve(WorkflowsRunsHistoriesExecuteNodesRetrieveParams)} as a CompletableFuture, run
   * on the client's executor: it completes with the result or the CozeException; cancelling it
   * cancels the call.
   */
  public CompletableFuture<WorkflowNodeExecuteHistory> retrieveAsync(
      WorkflowsRunsHistoriesExecuteNodesRetrieveParams params) {
    return api.async(() -> retrieve(params, null));
  }

  /**
   * {@link #retrieve(WorkflowsRunsHistoriesExecuteNodesRetrieveParams, RequestOptions)} as a
   * CompletableFuture, run on the client's executor: it completes with the result or the
   * CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<WorkflowNodeExecuteHistory> retrieveAsync(
      WorkflowsRunsHistoriesExecuteNodesRetrieveParams params, RequestOptions options) {
    return api.async(() -> retrieve(params, options));
  }
}
