// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.WorkflowRunHistory;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The workflows.runs.histories operations: client.workflows().runs().histories(). */
public final class WorkflowsRunsHistoriesResource {
  private final CozeApi api;
  private final WorkflowsRunsHistoriesExecuteNodesResource executeNodes;

  WorkflowsRunsHistoriesResource(CozeApi api) {
    this.api = api;
    this.executeNodes = new WorkflowsRunsHistoriesExecuteNodesResource(api);
  }

  /** The workflows.runs.histories.execute_nodes operations. */
  public WorkflowsRunsHistoriesExecuteNodesResource executeNodes() {
    return executeNodes;
  }

  /**
   * Gets the result of an asynchronous workflow run ({@code GET
   * /v1/workflows/{workflow_id}/run_histories/{execute_id}}, operation
   * workflows.runs.histories.retrieve). Returns the result (array of WorkflowRunHistory).
   */
  public List<WorkflowRunHistory> retrieve(WorkflowsRunsHistoriesRetrieveParams params) {
    return retrieve(params, null);
  }

  /**
   * Like {@link #retrieve(WorkflowsRunsHistoriesRetrieveParams)}, with per-call options (null:
   * none).
   */
  public List<WorkflowRunHistory> retrieve(
      WorkflowsRunsHistoriesRetrieveParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "workflows.runs.histories.retrieve",
        params.toParams(),
        options,
        Cells.list(Cells.model(WorkflowRunHistory::new)));
  }

  /**
   * {@link #retrieve(WorkflowsRunsHistoriesRetrieveParams)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<List<WorkflowRunHistory>> retrieveAsync(
      WorkflowsRunsHistoriesRetrieveParams params) {
    return api.async(() -> retrieve(params, null));
  }

  /**
   * {@link #retrieve(WorkflowsRunsHistoriesRetrieveParams, RequestOptions)} as a CompletableFuture,
   * run on the client's executor: it completes with the result or the CozeException; cancelling it
   * cancels the call.
   */
  public CompletableFuture<List<WorkflowRunHistory>> retrieveAsync(
      WorkflowsRunsHistoriesRetrieveParams params, RequestOptions options) {
    return api.async(() -> retrieve(params, options));
  }
}
