// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.CloneVoiceResult;
import io.cozecore.model.ListVoicesResult;
import java.util.Objects;

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
}
