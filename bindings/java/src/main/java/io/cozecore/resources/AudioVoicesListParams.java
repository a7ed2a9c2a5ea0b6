// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parameters of audio.voices.list, by name and type; all optional. */
public final class AudioVoicesListParams {
  private final Map<String, Object> values;

  private AudioVoicesListParams(Map<String, Object> values) {
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
    return "AudioVoicesListParams" + values.keySet();
  }

  /** Builds a AudioVoicesListParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Leave out the system voices (query parameter {@code filter_system_voice}, boolean). */
    public Builder filterSystemVoice(boolean filterSystemVoice) {
      values.put("filter_system_voice", filterSystemVoice);
      return this;
    }

    /** {@code model_type} (query parameter {@code model_type}, string). */
    public Builder modelType(String modelType) {
      values.put("model_type", Objects.requireNonNull(modelType, "modelType"));
      return this;
    }

    /** {@code voice_state} (query parameter {@code voice_state}, string). */
    public Builder voiceState(String voiceState) {
      values.put("voice_state", Objects.requireNonNull(voiceState, "voiceState"));
      return this;
    }

    /** Page number from 1 (query parameter {@code page_num}, integer). */
    public Builder pageNum(long pageNum) {
      values.put("page_num", pageNum);
      return this;
    }

    /** Items per page (query parameter {@code page_size}, integer). */
    public Builder pageSize(long pageSize) {
      values.put("page_size", pageSize);
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public AudioVoicesListParams build() {
      return new AudioVoicesListParams(Wire.require("audio.voices.list", values));
    }
  }
}
