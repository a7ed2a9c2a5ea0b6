// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.File;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The files operations: client.files(). */
public final class FilesResource {
  private final CozeApi api;

  FilesResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Gets an uploaded file's information ({@code GET /v1/files/retrieve}, operation files.retrieve).
   * Returns the result (File).
   */
  public File retrieve(FilesRetrieveParams params) {
    return retrieve(params, null);
  }

  /** Like {@link #retrieve(FilesRetrieveParams)}, with per-call options (null: none). */
  public File retrieve(FilesRetrieveParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke("files.retrieve", params.toParams(), options, Cells.model(File::new));
  }

  /**
   * {@link #retrieve(FilesRetrieveParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<File> retrieveAsync(FilesRetrieveParams params) {
    return api.async(() -> retrieve(params, null));
  }

  /**
   * {@link #retrieve(FilesRetrieveParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<File> retrieveAsync(FilesRetrieveParams params, RequestOptions options) {
    return api.async(() -> retrieve(params, options));
  }

  /**
   * Uploads a file ({@code POST /v1/files/upload}, operation files.upload). Returns the result
   * (File).
   */
  public File upload(FilesUploadParams params) {
    return upload(params, null);
  }

  /** Like {@link #upload(FilesUploadParams)}, with per-call options (null: none). */
  public File upload(FilesUploadParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke("files.upload", params.toParams(), options, Cells.model(File::new));
  }

  /**
   * {@link #upload(FilesUploadParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<File> uploadAsync(FilesUploadParams params) {
    return api.async(() -> upload(params, null));
  }

  /**
   * {@link #upload(FilesUploadParams, RequestOptions)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<File> uploadAsync(FilesUploadParams params, RequestOptions options) {
    return api.async(() -> upload(params, options));
  }
}
