// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.Pager;
import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.ListWorkflowsResult;
import io.cozecore.model.WorkflowBasic;
import io.cozecore.model.WorkflowInfo;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The workflows operations: client.workflows(). */
public final class WorkflowsResource {
  private final CozeApi api;
  private final WorkflowsChatResource chat;
  private final WorkflowsRunsResource runs;

  WorkflowsResource(CozeApi api) {
    this.api = api;
    this.chat = new WorkflowsChatResource(api);
    this.runs = new WorkflowsRunsResource(api);
  }

  /** The workflows.chat operations. */
  public WorkflowsChatResource chat() {
    return chat;
  }

  /** The workflows.runs operations. */
  public WorkflowsRunsResource runs() {
    return runs;
  }

  /**
   * Lists the workflows of a workspace ({@code GET /v1/workflows}, operation workflows.list).
   * Returns the result (ListWorkflowsResult).
   */
  public ListWorkflowsResult list(WorkflowsListParams params) {
    return list(params, null);
  }

  /** Like {@link #list(WorkflowsListParams)}, with per-call options (null: none). */
  public ListWorkflowsResult list(WorkflowsListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "workflows.list", params.toParams(), options, Cells.model(ListWorkflowsResult::new));
  }

  /** Like {@link #list(WorkflowsListParams)} with no parameters. */
  public ListWorkflowsResult list() {
    return list(WorkflowsListParams.builder().build(), null);
  }

  /**
   * {@link #list(WorkflowsListParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListWorkflowsResult> listAsync(WorkflowsListParams params) {
    return api.async(() -> list(params, null));
  }

  /**
   * {@link #list(WorkflowsListParams, RequestOptions)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListWorkflowsResult> listAsync(
      WorkflowsListParams params, RequestOptions options) {
    return api.async(() -> list(params, options));
  }

  /**
   * {@link #list()} as a CompletableFuture, run on the client's executor: it completes with the
   * result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListWorkflowsResult> listAsync() {
    return api.async(() -> list());
  }

  /**
   * Every page of {@link #list(WorkflowsListParams)}, read lazily (operation workflows.list.pages):
   * iterating the pager yields the items (WorkflowBasic) page after page, {@code pages()} the
   * pages; the core asks for the next page only once the items before it were taken. Close it
   * (try-with-resources) to stop early.
   */
  public Pager<ListWorkflowsResult, WorkflowBasic> listPages(WorkflowsListParams params) {
    return listPages(params, null);
  }

  /**
   * Like {@link #listPages(WorkflowsListParams)}, with per-call options (null: none) applied to
   * each page's request: the timeout bounds each page's request, not the whole iteration, and each
   * page request gets its own idempotency key from the core (an idempotency key given here is not
   * used).
   */
  public Pager<ListWorkflowsResult, WorkflowBasic> listPages(
      WorkflowsListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.pages(
        "workflows.list.pages",
        params.toParams(),
        options,
        new Pager.Shape<ListWorkflowsResult, WorkflowBasic>(
            ListWorkflowsResult::new,
            ListWorkflowsResult::items,
            ListWorkflowsResult::hasMore,
            null));
  }

  /** Like {@link #listPages(WorkflowsListParams)} with no parameters. */
  public Pager<ListWorkflowsResult, WorkflowBasic> listPages() {
    return listPages(WorkflowsListParams.builder().build(), null);
  }

  /**
   * Gets a workflow ({@code GET /v1/workflows/{workflow_id}}, operation workflows.retrieve).
   * Returns the result (WorkflowInfo).
   */
  public WorkflowInfo retrieve(WorkflowsRetrieveParams params) {
    return retrieve(params, null);
  }

  /** Like {@link #retrieve(WorkflowsRetrieveParams)}, with per-call options (null: none). */
  public WorkflowInfo retrieve(WorkflowsRetrieveParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "workflows.retrieve", params.toParams(), options, Cells.model(WorkflowInfo::new));
  }

  /**
   * {@link #retrieve(WorkflowsRetrieveParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<WorkflowInfo> retrieveAsync(WorkflowsRetrieveParams params) {
    return api.async(() -> retrieve(params, null));
  }

  /**
   * {@link #retrieve(WorkflowsRetrieveParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<WorkflowInfo> retrieveAsync(
      WorkflowsRetrieveParams params, RequestOptions options) {
    return api.async(() -> retrieve(params, options));
  }
}
