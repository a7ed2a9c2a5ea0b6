// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.ListWorkspacesResult;
import java.util.Objects;

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
}
