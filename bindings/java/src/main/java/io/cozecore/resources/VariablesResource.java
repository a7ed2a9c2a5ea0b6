// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.RetrieveVariablesResult;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

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
   * {@link #retrieve(VariablesRetrieveParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<RetrieveVariablesResult> retrieveAsync(VariablesRetrieveParams params) {
    return api.async(() -> retrieve(params, null));
  }

  /**
   * {@link #retrieve(VariablesRetrieveParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<RetrieveVariablesResult> retrieveAsync(
      VariablesRetrieveParams params, RequestOptions options) {
    return api.async(() -> retrieve(params, options));
  }

  /**
   * {@link #retrieve()} as a CompletableFuture, run on the client's executor: it completes with the
   * result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<RetrieveVariablesResult> retrieveAsync() {
    return api.async(() -> retrieve());
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

  /**
   * {@link #update(VariablesUpdateParams)} as a CompletableFuture, run on the client's executor: it
   * completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> updateAsync(VariablesUpdateParams params) {
    return api.async(
        () -> {
          update(params, null);
          return null;
        });
  }

  /**
   * {@link #update(VariablesUpdateParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> updateAsync(VariablesUpdateParams params, RequestOptions options) {
    return api.async(
        () -> {
          update(params, options);
          return null;
        });
  }
}
