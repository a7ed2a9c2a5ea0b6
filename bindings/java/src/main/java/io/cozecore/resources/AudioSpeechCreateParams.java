// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of audio.speech.create, by name and type; required: input, voice_id (checked by
 * build()).
 */
public final class AudioSpeechCreateParams {
  private final Map<String, Object> values;

  private AudioSpeechCreateParams(Map<String, Object> values) {
    this.values = values;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The values as the core takes them: API names, plain JSON values; read-only. */
  public Map<String, Object> toParams() {
    return values;
  }

  @Override
  public String toString() {
    return "AudioSpeechCreateParams" + values.keySet();
  }

  /** Builds a AudioSpeechCreateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. Text to speak (body parameter {@code input}, string). */
    public Builder input(String input) {
      values.put("input", Objects.requireNonNull(input, "input"));
      return this;
    }

    /** Required. {@code voice_id} (body parameter {@code voice_id}, id). */
    public Builder voiceId(String voiceId) {
      values.put("voice_id", Objects.requireNonNull(voiceId, "voiceId"));
      return this;
    }

    /** {@code response_format} (body parameter {@code response_format}, string). */
    public Builder responseFormat(String responseFormat) {
      values.put("response_format", Objects.requireNonNull(responseFormat, "responseFormat"));
      return this;
    }

    /** Speaking rate (default 1) (body parameter {@code speed}, number). */
    public Builder speed(double speed) {
      values.put("speed", speed);
      return this;
    }

    /** Samples per second (default 24000) (body parameter {@code sample_rate}, integer). */
    public Builder sampleRate(long sampleRate) {
      values.put("sample_rate", sampleRate);
      return this;
    }

    /** Volume change in percent (body parameter {@code loudness_rate}, integer). */
    public Builder loudnessRate(long loudnessRate) {
      values.put("loudness_rate", loudnessRate);
      return this;
    }

    /** Emotion of a multi-emotion voice (body parameter {@code emotion}, string). */
    public Builder emotion(String emotion) {
      values.put("emotion", Objects.requireNonNull(emotion, "emotion"));
      return this;
    }

    /** Strength of the emotion (body parameter {@code emotion_scale}, number). */
    public Builder emotionScale(double emotionScale) {
      values.put("emotion_scale", emotionScale);
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public AudioSpeechCreateParams build() {
      return new AudioSpeechCreateParams(
          Wire.require("audio.speech.create", values, "input", "voice_id"));
    }
  }
}
