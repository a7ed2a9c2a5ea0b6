// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.Pager;
import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.Document;
import io.cozecore.model.ListDocumentsResult;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The datasets.documents operations: client.datasets().documents(). */
public final class DatasetsDocumentsResource {
  private final CozeApi api;

  DatasetsDocumentsResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Uploads files to a knowledge base ({@code POST /open_api/knowledge/document/create}, operation
   * datasets.documents.create). Returns the result (array of Document).
   */
  public List<Document> create(DatasetsDocumentsCreateParams params) {
    return create(params, null);
  }

  /** Like {@link #create(DatasetsDocumentsCreateParams)}, with per-call options (null: none). */
  public List<Document> create(DatasetsDocumentsCreateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "datasets.documents.create",
        params.toParams(),
        options,
        Cells.list(Cells.model(Document::new)));
  }

  /**
   * {@link #create(DatasetsDocumentsCreateParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<List<Document>> createAsync(DatasetsDocumentsCreateParams params) {
    return api.async(() -> create(params, null));
  }

  /**
   * {@link #create(DatasetsDocumentsCreateParams, RequestOptions)} as a CompletableFuture, run on
   * the client's executor: it completes with the result or the CozeException; cancelling it cancels
   * the call.
   */
  public CompletableFuture<List<Document>> createAsync(
      DatasetsDocumentsCreateParams params, RequestOptions options) {
    return api.async(() -> create(params, options));
  }

  /**
   * Deletes knowledge base files ({@code POST /open_api/knowledge/document/delete}, operation
   * datasets.documents.delete). The answer carries no result.
   */
  public void delete(DatasetsDocumentsDeleteParams params) {
    delete(params, null);
  }

  /** Like {@link #delete(DatasetsDocumentsDeleteParams)}, with per-call options (null: none). */
  public void delete(DatasetsDocumentsDeleteParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    api.invoke("datasets.documents.delete", params.toParams(), options, null);
  }

  /**
   * {@link #delete(DatasetsDocumentsDeleteParams)} as a CompletableFuture, run on the client's
   * executor: it completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> deleteAsync(DatasetsDocumentsDeleteParams params) {
    return api.async(
        () -> {
          delete(params, null);
          return null;
        });
  }

  /**
   * {@link #delete(DatasetsDocumentsDeleteParams, RequestOptions)} as a CompletableFuture, run on
   * the client's executor: it completes with null or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<Void> deleteAsync(
      DatasetsDocumentsDeleteParams params, RequestOptions options) {
    return api.async(
        () -> {
          delete(params, options);
          return null;
        });
  }

  /**
   * Lists the files of a knowledge base ({@code POST /open_api/knowledge/document/list}, operation
   * datasets.documents.list). Returns the result (ListDocumentsResult).
   */
  public ListDocumentsResult list(DatasetsDocumentsListParams params) {
    return list(params, null);
  }

  /** Like {@link #list(DatasetsDocumentsListParams)}, with per-call options (null: none). */
  public ListDocumentsResult list(DatasetsDocumentsListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "datasets.documents.list",
        params.toParams(),
        options,
        Cells.model(ListDocumentsResult::new));
  }

  /**
   * {@link #list(DatasetsDocumentsListParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListDocumentsResult> listAsync(DatasetsDocumentsListParams params) {
    return api.async(() -> list(params, null));
  }

  /**
   * {@link #list(DatasetsDocumentsListParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<ListDocumentsResult> listAsync(
      DatasetsDocumentsListParams params, RequestOptions options) {
    return api.async(() -> list(params, options));
  }

  /**
   * Every page of {@link #list(DatasetsDocumentsListParams)}, read lazily (operation
   * datasets.documents.list.pages): iterating the pager yields the items (Document) page after
   * page, {@code pages()} the pages; the core asks for the next page only once the items before it
   * were taken. Close it (try-with-resources) to stop early.
   */
  public Pager<ListDocumentsResult, Document> listPages(DatasetsDocumentsListParams params) {
    return listPages(params, null);
  }

  /**
   * Like {@link #listPages(DatasetsDocumentsListParams)}, with per-call options (null: none)
   * applied to each page's request: the timeout bounds each page's request, not the whole
   * iteration, and each page request gets its own idempotency key from the core (an idempotency key
   * given here is not used).
   */
  public Pager<ListDocumentsResult, Document> listPages(
      DatasetsDocumentsListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.pages(
        "datasets.documents.list.pages",
        params.toParams(),
        options,
        new Pager.Shape<ListDocumentsResult, Document>(
            ListDocumentsResult::new,
            ListDocumentsResult::documentInfos,
            null,
            ListDocumentsResult::total));
  }

  /**
   * Renames a knowledge base file or changes its update rule ({@code POST
   * /open_api/knowledge/document/update}, operation datasets.documents.update). The answer carries
   * no result.
   */
  public void update(DatasetsDocumentsUpdateParams params) {
    update(params, null);
  }

  /** Like {@link #update(DatasetsDocumentsUpdateParams)}, with per-call options (null: none). */
  public void update(DatasetsDocumentsUpdateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    api.invoke("datasets.documents.update", params.toParams(), options, null);
  }

  /**
   * {@link #update(DatasetsDocumentsUpdateParams)} as a CompletableFuture, run on the client's
   * executor: it completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> updateAsync(DatasetsDocumentsUpdateParams params) {
    return api.async(
        () -> {
          update(params, null);
          return null;
        });
  }

  /**
   * {@link #update(DatasetsDocumentsUpdateParams, RequestOptions)} as a CompletableFuture, run on
   * the client's executor: it completes with null or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<Void> updateAsync(
      DatasetsDocumentsUpdateParams params, RequestOptions options) {
    return api.async(
        () -> {
          update(params, options);
          return null;
        });
  }
}
