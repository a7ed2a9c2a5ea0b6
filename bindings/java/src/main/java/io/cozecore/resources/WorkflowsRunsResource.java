// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.WorkflowRunResult;
import io.cozecore.model.WorkflowStream;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The workflows.runs operations: client.workflows().runs(). */
public final class WorkflowsRunsResource {
  private final CozeApi api;
  private final WorkflowsRunsHistoriesResource histories;

  WorkflowsRunsResource(CozeApi api) {
    this.api = api;
    this.histories = new WorkflowsRunsHistoriesResource(api);
  }

  /** The workflows.runs.histories operations. */
  public WorkflowsRunsHistoriesResource histories() {
    return histories;
  }

  /**
   * Runs a published workflow and waits for its result ({@code POST /v1/workflow/run}, operation
   * workflows.runs.create). Returns the result (WorkflowRunResult).
   */
  public WorkflowRunResult create(WorkflowsRunsCreateParams params) {
    return create(params, null);
  }

  /** Like {@link #create(WorkflowsRunsCreateParams)}, with per-call options (null: none). */
  public WorkflowRunResult create(WorkflowsRunsCreateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "workflows.runs.create", params.toParams(), options, Cells.model(WorkflowRunResult::new));
  }

  /**
   * {@link #create(WorkflowsRunsCreateParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<WorkflowRunResult> createAsync(WorkflowsRunsCreateParams params) {
    return api.async(() -> create(params, null));
  }

  /**
   * {@link #create(WorkflowsRunsCreateParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<WorkflowRunResult> createAsync(
      WorkflowsRunsCreateParams params, RequestOptions options) {
    return api.async(() -> create(params, options));
  }

  /**
   * Resumes an interrupted workflow run and streams its events ({@code POST
   * /v1/workflow/stream_resume}, operation workflows.runs.resume). Streams the answer: iterate the
   * events as they arrive; closing the stream early cancels the call.
   */
  public WorkflowStream resume(WorkflowsRunsResumeParams params) {
    return resume(params, null);
  }

  /** Like {@link #resume(WorkflowsRunsResumeParams)}, with per-call options (null: none). */
  public WorkflowStream resume(WorkflowsRunsResumeParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return new WorkflowStream(api.open("workflows.runs.resume", params.toParams(), options));
  }

  /**
   * Runs a published workflow and streams its events ({@code POST /v1/workflow/stream_run},
   * operation workflows.runs.stream). Streams the answer: iterate the events as they arrive;
   * closing the stream early cancels the call.
   */
  public WorkflowStream stream(WorkflowsRunsStreamParams params) {
    return stream(params, null);
  }

  /** Like {@link #stream(WorkflowsRunsStreamParams)}, with per-call options (null: none). */
  public WorkflowStream stream(WorkflowsRunsStreamParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return new WorkflowStream(api.open("workflows.runs.stream", params.toParams(), options));
  }
}
