// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.DuplicateTemplateResult;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The templates operations: client.templates(). */
public final class TemplatesResource {
  private final CozeApi api;

  TemplatesResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Copies a template into a workspace ({@code POST /v1/templates/{template_id}/duplicate},
   * operation templates.duplicate). Returns the result (DuplicateTemplateResult).
   */
  public DuplicateTemplateResult duplicate(TemplatesDuplicateParams params) {
    return duplicate(params, null);
  }

  /** Like {@link #duplicate(TemplatesDuplicateParams)}, with per-call options (null: none). */
  public DuplicateTemplateResult duplicate(
      TemplatesDuplicateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "templates.duplicate",
        params.toParams(),
        options,
        Cells.model(DuplicateTemplateResult::new));
  }

  /**
   * {@link #duplicate(TemplatesDuplicateParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<DuplicateTemplateResult> duplicateAsync(
      TemplatesDuplicateParams params) {
    return api.async(() -> duplicate(params, null));
  }

  /**
   * {@link #duplicate(TemplatesDuplicateParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<DuplicateTemplateResult> duplicateAsync(
      TemplatesDuplicateParams params, RequestOptions options) {
    return api.async(() -> duplicate(params, options));
  }
}
