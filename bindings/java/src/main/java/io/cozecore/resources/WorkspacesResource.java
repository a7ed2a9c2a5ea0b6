// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.Pager;
import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.ListWorkspacesResult;
import io.cozecore.model.Workspace;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The workspaces operations: client.workspaces(). */
public final class WorkspacesResource {
  private final CozeApi api;

  WorkspacesResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Lists the workspaces the caller has joined ({@code GET /v1/workspaces}, operation
   * workspaces.list). Returns the result (ListWorkspacesResult).
   */
  public ListWorkspacesResult list(WorkspacesListParams params) {
    return list(params, null);
  }

  /** Like {@link #list(WorkspacesListParams)}, with per-call options (null: none). */
  public ListWorkspacesResult list(WorkspacesListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "workspaces.list", params.toParams(), options, Cells.model(ListWorkspacesResult::new));
  }

  /** Like {@link #list(WorkspacesListParams)} with no parameters. */
  public ListWorkspacesResult list() {
    return list(WorkspacesListParams.builder().build(), null);
  }

  /**
   * {@link #list(WorkspacesListParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListWorkspacesResult> listAsync(WorkspacesListParams params) {
    return api.async(() -> list(params, null));
  }

  /**
   * {@link #list(WorkspacesListParams, RequestOptions)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListWorkspacesResult> listAsync(
      WorkspacesListParams params, RequestOptions options) {
    return api.async(() -> list(params, options));
  }

  /**
   * {@link #list()} as a CompletableFuture, run on the client's executor: it completes with the
   * result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListWorkspacesResult> listAsync() {
    return api.async(() -> list());
  }

  /**
   * Every page of {@link #list(WorkspacesListParams)}, read lazily (operation
   * workspaces.list.pages): iterating the pager yields the items (Workspace) page after page,
   * {@code pages()} the pages; the core asks for the next page only once the items before it were
   * taken. Close it (try-with-resources) to stop early.
   */
  public Pager<ListWorkspacesResult, Workspace> listPages(WorkspacesListParams params) {
    return listPages(params, null);
  }

  /**
   * Like {@link #listPages(WorkspacesListParams)}, with per-call options (null: none) applied to
   * each page's request: the timeout bounds each page's request, not the whole iteration, and each
   * page request gets its own idempotency key from the core (an idempotency key given here is not
   * used).
   */
  public Pager<ListWorkspacesResult, Workspace> listPages(
      WorkspacesListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.pages(
        "workspaces.list.pages",
        params.toParams(),
        options,
        new Pager.Shape<ListWorkspacesResult, Workspace>(
            ListWorkspacesResult::new,
            ListWorkspacesResult::workspaces,
            null,
            ListWorkspacesResult::totalCount));
  }

  /** Like {@link #listPages(WorkspacesListParams)} with no parameters. */
  public Pager<ListWorkspacesResult, Workspace> listPages() {
    return listPages(WorkspacesListParams.builder().build(), null);
  }
}
