// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.RetrieveVariablesResult;
import java.util.Objects;

/** The variables operations: client.variables(). */
public final class VariablesResource {
  private final CozeApi api;

  VariablesResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Reads user variables of a bot or app ({@code GET /v1/variables}, operation variables.retrieve).
   * Returns the result (RetrieveVariablesResult).
   */
  public RetrieveVariablesResult retrieve(VariablesRetrieveParams params) {
    return retrieve(params, null);
  }

  /** Like {@link #retrieve(VariablesRetrieveParams)}, with per-call options (null: none). */
  public RetrieveVariablesResult retrieve(VariablesRetrieveParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "variables.retrieve",
        params.toParams(),
        options,
        Cells.model(RetrieveVariablesResult::new));
  }

  /** Like {@link #retrieve(VariablesRetrieveParams)} with no parameters. */
  public RetrieveVariablesResult retrieve() {
    return retrieve(VariablesRetrieveParams.builder().build(), null);
  }

  /**
   * Sets user variables of a bot or app ({@code PUT /v1/variables}, operation variables.update).
   * The answer carries no result.
   */
  public void update(VariablesUpdateParams params) {
    update(params, null);
  }

  /** Like {@link #update(VariablesUpdateParams)}, with per-call options (null: none). */
  public void update(VariablesUpdateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    api.invoke("variables.update", params.toParams(), options, null);
  }
}
