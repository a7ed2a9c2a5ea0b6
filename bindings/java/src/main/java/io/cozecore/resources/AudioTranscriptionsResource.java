// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.Transcription;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The audio.transcriptions operations: client.audio().transcriptions(). */
public final class AudioTranscriptionsResource {
  private final CozeApi api;

  AudioTranscriptionsResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Turns speech into text ({@code POST /v1/audio/transcriptions}, operation
   * audio.transcriptions.create). Returns the result (Transcription).
   */
  public Transcription create(AudioTranscriptionsCreateParams params) {
    return create(params, null);
  }

  /** Like {@link #create(AudioTranscriptionsCreateParams)}, with per-call options (null: none). */
  public Transcription create(AudioTranscriptionsCreateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "audio.transcriptions.create", params.toParams(), options, Cells.model(Transcription::new));
  }

  /**
   * {@link #create(AudioTranscriptionsCreateParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Transcription> createAsync(AudioTranscriptionsCreateParams params) {
    return api.async(() -> create(params, null));
  }

  /**
   * {@link #create(AudioTranscriptionsCreateParams, RequestOptions)} as a CompletableFuture, run on
   * the client's executor: it completes with the result or the CozeException; cancelling it cancels
   * the call.
   */
  public CompletableFuture<Transcription> createAsync(
      AudioTranscriptionsCreateParams params, RequestOptions options) {
    return api.async(() -> create(params, options));
  }
}
