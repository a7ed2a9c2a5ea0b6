// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.BinaryResponse;
import io.cozecore.RequestOptions;
import java.util.Objects;

/** The audio.speech operations: client.audio().speech(). */
public final class AudioSpeechResource {
  private final CozeApi api;

  AudioSpeechResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Turns text into speech ({@code POST /v1/audio/speech}, operation audio.speech.create). Returns
   * the bytes received with their media type.
   */
  public BinaryResponse create(AudioSpeechCreateParams params) {
    return create(params, null);
  }

  /** Like {@link #create(AudioSpeechCreateParams)}, with per-call options (null: none). */
  public BinaryResponse create(AudioSpeechCreateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invokeBinary("audio.speech.create", params.toParams(), options);
  }
}
