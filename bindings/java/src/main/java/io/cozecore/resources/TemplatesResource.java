// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.DuplicateTemplateResult;
import java.util.Objects;

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
}
