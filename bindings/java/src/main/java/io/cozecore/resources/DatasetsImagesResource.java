// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.Pager;
import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.ListPhotosResult;
import io.cozecore.model.Photo;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The datasets.images operations: client.datasets().images(). */
public final class DatasetsImagesResource {
  private final CozeApi api;

  DatasetsImagesResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Lists the images of an image knowledge base ({@code GET /v1/datasets/{dataset_id}/images},
   * operation datasets.images.list). Returns the result (ListPhotosResult).
   */
  public ListPhotosResult list(DatasetsImagesListParams params) {
    return list(params, null);
  }

  /** Like {@link #list(DatasetsImagesListParams)}, with per-call options (null: none). */
  public ListPhotosResult list(DatasetsImagesListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "datasets.images.list", params.toParams(), options, Cells.model(ListPhotosResult::new));
  }

  /**
   * {@link #list(DatasetsImagesListParams)} as a CompletableFuture, run on the client's executor:
   * it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListPhotosResult> listAsync(DatasetsImagesListParams params) {
    return api.async(() -> list(params, null));
  }

  /**
   * {@link #list(DatasetsImagesListParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<ListPhotosResult> listAsync(
      DatasetsImagesListParams params, RequestOptions options) {
    return api.async(() -> list(params, options));
  }

  /**
   * Every page of {@link #list(DatasetsImagesListParams)}, read lazily (operation
   * datasets.images.list.pages): iterating the pager yields the items (Photo) page after page,
   * {@code pages()} the pages; the core asks for the next page only once the items before it were
   * taken. Close it (try-with-resources) to stop early.
   */
  public Pager<ListPhotosResult, Photo> listPages(DatasetsImagesListParams params) {
    return listPages(params, null);
  }

  /**
   * Like {@link #listPages(DatasetsImagesListParams)}, with per-call options (null: none) applied
   * to each page's request: the timeout bounds each page's request, not the whole iteration, and
   * each page request gets its own idempotency key from the core (an idempotency key given here is
   * not used).
   */
  public Pager<ListPhotosResult, Photo> listPages(
      DatasetsImagesListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.pages(
        "datasets.images.list.pages",
        params.toParams(),
        options,
        new Pager.Shape<ListPhotosResult, Photo>(
            ListPhotosResult::new,
            ListPhotosResult::photoInfos,
            null,
            ListPhotosResult::totalCount));
  }

  /**
   * Changes an image's caption ({@code PUT /v1/datasets/{dataset_id}/images/{document_id}},
   * operation datasets.images.update). The answer carries no result.
   */
  public void update(DatasetsImagesUpdateParams params) {
    update(params, null);
  }

  /** Like {@link #update(DatasetsImagesUpdateParams)}, with per-call options (null: none). */
  public void update(DatasetsImagesUpdateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    api.invoke("datasets.images.update", params.toParams(), options, null);
  }

  /**
   * {@link #update(DatasetsImagesUpdateParams)} as a CompletableFuture, run on the client's
   * executor: it completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> updateAsync(DatasetsImagesUpdateParams params) {
    return api.async(
        () -> {
          update(params, null);
          return null;
        });
  }

  /**
   * {@link #update(DatasetsImagesUpdateParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> updateAsync(
      DatasetsImagesUpdateParams params, RequestOptions options) {
    return api.async(
        () -> {
          update(params, options);
          return null;
        });
  }
}
