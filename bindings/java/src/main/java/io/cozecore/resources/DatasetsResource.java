// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.Pager;
import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.CreateDatasetResult;
import io.cozecore.model.Dataset;
import io.cozecore.model.DocumentProgress;
import io.cozecore.model.ListDatasetsResult;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The datasets operations: client.datasets(). */
public final class DatasetsResource {
  private final CozeApi api;
  private final DatasetsDocumentsResource documents;
  private final DatasetsImagesResource images;

  DatasetsResource(CozeApi api) {
    this.api = api;
    this.documents = new DatasetsDocumentsResource(api);
    this.images = new DatasetsImagesResource(api);
  }

  /** The datasets.documents operations. */
  public DatasetsDocumentsResource documents() {
    return documents;
  }

  /** The datasets.images operations. */
  public DatasetsImagesResource images() {
    return images;
  }

  /**
   * Creates a knowledge base ({@code POST /v1/datasets}, operation datasets.create). Returns the
   * result (CreateDatasetResult).
   */
  public CreateDatasetResult create(DatasetsCreateParams params) {
    return create(params, null);
  }

  /** Like {@link #create(DatasetsCreateParams)}, with per-call options (null: none). */
  public CreateDatasetResult create(DatasetsCreateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "datasets.create", params.toParams(), options, Cells.model(CreateDatasetResult::new));
  }

  /**
   * {@link #create(DatasetsCreateParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<CreateDatasetResult> createAsync(DatasetsCreateParams params) {
    return api.async(() -> create(params, null));
  }

  /**
   * {@link #create(DatasetsCreateParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<CreateDatasetResult> createAsync(
      DatasetsCreateParams params, RequestOptions options) {
    return api.async(() -> create(params, options));
  }

  /**
   * Deletes a knowledge base and its files ({@code DELETE /v1/datasets/{dataset_id}}, operation
   * datasets.delete). The answer carries no result.
   */
  public void delete(DatasetsDeleteParams params) {
    delete(params, null);
  }

  /** Like {@link #delete(DatasetsDeleteParams)}, with per-call options (null: none). */
  public void delete(DatasetsDeleteParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    api.invoke("datasets.delete", params.toParams(), options, null);
  }

  /**
   * {@link #delete(DatasetsDeleteParams)} as a CompletableFuture, run on the client's executor: it
   * completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> deleteAsync(DatasetsDeleteParams params) {
    return api.async(
        () -> {
          delete(params, null);
          return null;
        });
  }

  /**
   * {@link #delete(DatasetsDeleteParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> deleteAsync(DatasetsDeleteParams params, RequestOptions options) {
    return api.async(
        () -> {
          delete(params, options);
          return null;
        });
  }

  /**
   * Lists the knowledge bases of a space ({@code GET /v1/datasets}, operation datasets.list).
   * Returns the result (ListDatasetsResult).
   */
  public ListDatasetsResult list(DatasetsListParams params) {
    return list(params, null);
  }

  /** Like {@link #list(DatasetsListParams)}, with per-call options (null: none). */
  public ListDatasetsResult list(DatasetsListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "datasets.list", params.toParams(), options, Cells.model(ListDatasetsResult::new));
  }

  /**
   * {@link #list(DatasetsListParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListDatasetsResult> listAsync(DatasetsListParams params) {
    return api.async(() -> list(params, null));
  }

  /**
   * {@link #list(DatasetsListParams, RequestOptions)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListDatasetsResult> listAsync(
      DatasetsListParams params, RequestOptions options) {
    return api.async(() -> list(params, options));
  }

  /**
   * Every page of {@link #list(DatasetsListParams)}, read lazily (operation datasets.list.pages):
   * iterating the pager yields the items (Dataset) page after page, {@code pages()} the pages; the
   * core asks for the next page only once the items before it were taken. Close it
   * (try-with-resources) to stop early.
   */
  public Pager<ListDatasetsResult, Dataset> listPages(DatasetsListParams params) {
    return listPages(params, null);
  }

  /**
   * Like {@link #listPages(DatasetsListParams)}, with per-call options (null: none) applied to each
   * page's request: the timeout bounds each page's request, not the whole iteration, and each page
   * request gets its own idempotency key from the core (an idempotency key given here is not used).
   */
  public Pager<ListDatasetsResult, Dataset> listPages(
      DatasetsListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.pages(
        "datasets.list.pages",
        params.toParams(),
        options,
        new Pager.Shape<ListDatasetsResult, Dataset>(
            ListDatasetsResult::new,
            ListDatasetsResult::datasetList,
            null,
            ListDatasetsResult::totalCount));
  }

  /**
   * Gets the upload progress of knowledge base files ({@code POST
   * /v1/datasets/{dataset_id}/process}, operation datasets.process). Returns the result (array of
   * DocumentProgress).
   */
  public List<DocumentProgress> process(DatasetsProcessParams params) {
    return process(params, null);
  }

  /** Like {@link #process(DatasetsProcessParams)}, with per-call options (null: none). */
  public List<DocumentProgress> process(DatasetsProcessParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "datasets.process",
        params.toParams(),
        options,
        Cells.list(Cells.model(DocumentProgress::new)));
  }

  /**
   * {@link #process(DatasetsProcessParams)} as a CompletableFuture, run on the client's executor:
   * it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<List<DocumentProgress>> processAsync(DatasetsProcessParams params) {
    return api.async(() -> process(params, null));
  }

  /**
   * {@link #process(DatasetsProcessParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<List<DocumentProgress>> processAsync(
      DatasetsProcessParams params, RequestOptions options) {
    return api.async(() -> process(params, options));
  }

  /**
   * Changes a knowledge base ({@code PUT /v1/datasets/{dataset_id}}, operation datasets.update).
   * The answer carries no result.
   */
  public void update(DatasetsUpdateParams params) {
    update(params, null);
  }

  /** Like {@link #update(DatasetsUpdateParams)}, with per-call options (null: none). */
  public void update(DatasetsUpdateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    api.invoke("datasets.update", params.toParams(), options, null);
  }

  /**
   * {@link #update(DatasetsUpdateParams)} as a CompletableFuture, run on the client's executor: it
   * completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> updateAsync(DatasetsUpdateParams params) {
    return api.async(
        () -> {
          update(params, null);
          return null;
        });
  }

  /**
   * {@link #update(DatasetsUpdateParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> updateAsync(DatasetsUpdateParams params, RequestOptions options) {
    return api.async(
        () -> {
          update(params, options);
          return null;
        });
  }
}
