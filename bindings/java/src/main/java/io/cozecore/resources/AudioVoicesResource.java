// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.Pager;
import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.CloneVoiceResult;
import io.cozecore.model.ListVoicesResult;
import io.cozecore.model.Voice;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The audio.voices operations: client.audio().voices(). */
public final class AudioVoicesResource {
  private final CozeApi api;

  AudioVoicesResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Clones a voice from a recording ({@code POST /v1/audio/voices/clone}, operation
   * audio.voices.clone). Returns the result (CloneVoiceResult).
   */
  public CloneVoiceResult clone(AudioVoicesCloneParams params) {
    return clone(params, null);
  }

  /** Like {@link #clone(AudioVoicesCloneParams)}, with per-call options (null: none). */
  public CloneVoiceResult clone(AudioVoicesCloneParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "audio.voices.clone", params.toParams(), options, Cells.model(CloneVoiceResult::new));
  }

  /**
   * {@link #clone(AudioVoicesCloneParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<CloneVoiceResult> cloneAsync(AudioVoicesCloneParams params) {
    return api.async(() -> clone(params, null));
  }

  /**
   * {@link #clone(AudioVoicesCloneParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<CloneVoiceResult> cloneAsync(
      AudioVoicesCloneParams params, RequestOptions options) {
    return api.async(() -> clone(params, options));
  }

  /**
   * Lists the voices available ({@code GET /v1/audio/voices}, operation audio.voices.list). Returns
   * the result (ListVoicesResult).
   */
  public ListVoicesResult list(AudioVoicesListParams params) {
    return list(params, null);
  }

  /** Like {@link #list(AudioVoicesListParams)}, with per-call options (null: none). */
  public ListVoicesResult list(AudioVoicesListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "audio.voices.list", params.toParams(), options, Cells.model(ListVoicesResult::new));
  }

  /** Like {@link #list(AudioVoicesListParams)} with no parameters. */
  public ListVoicesResult list() {
    return list(AudioVoicesListParams.builder().build(), null);
  }

  /**
   * {@link #list(AudioVoicesListParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListVoicesResult> listAsync(AudioVoicesListParams params) {
    return api.async(() -> list(params, null));
  }

  /**
   * {@link #list(AudioVoicesListParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<ListVoicesResult> listAsync(
      AudioVoicesListParams params, RequestOptions options) {
    return api.async(() -> list(params, options));
  }

  /**
   * {@link #list()} as a CompletableFuture, run on the client's executor: it completes with the
   * result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListVoicesResult> listAsync() {
    return api.async(() -> list());
  }

  /**
   * Every page of {@link #list(AudioVoicesListParams)}, read lazily (operation
   * audio.voices.list.pages): iterating the pager yields the items (Voice) page after page, {@code
   * pages()} the pages; the core asks for the next page only once the items before it were taken.
   * Close it (try-with-resources) to stop early.
   */
  public Pager<ListVoicesResult, Voice> listPages(AudioVoicesListParams params) {
    return listPages(params, null);
  }

  /**
   * Like {@link #listPages(AudioVoicesListParams)}, with per-call options (null: none) applied to
   * each page's request: the timeout bounds each page's request, not the whole iteration, and each
   * page request gets its own idempotency key from the core (an idempotency key given here is not
   * used).
   */
  public Pager<ListVoicesResult, Voice> listPages(
      AudioVoicesListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.pages(
        "audio.voices.list.pages",
        params.toParams(),
        options,
        new Pager.Shape<ListVoicesResult, Voice>(
            ListVoicesResult::new, ListVoicesResult::voiceList, ListVoicesResult::hasMore, null));
  }

  /** Like {@link #listPages(AudioVoicesListParams)} with no parameters. */
  public Pager<ListVoicesResult, Voice> listPages() {
    return listPages(AudioVoicesListParams.builder().build(), null);
  }
}
