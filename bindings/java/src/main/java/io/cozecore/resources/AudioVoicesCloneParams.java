// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.UploadFile;
import io.cozecore.internal.Wire;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of audio.voices.clone, by name and type; required: voice_name, file, audio_format
 * (checked by build()).
 */
public final class AudioVoicesCloneParams {
  private final Map<String, Object> values;

  private AudioVoicesCloneParams(Map<String, Object> values) {
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
    return "AudioVoicesCloneParams" + values.keySet();
  }

  /** Builds a AudioVoicesCloneParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code voice_name} (body parameter {@code voice_name}, string). */
    public Builder voiceName(String voiceName) {
      values.put("voice_name", Objects.requireNonNull(voiceName, "voiceName"));
      return this;
    }

    /**
     * Required. The recording (multipart file part file): the bytes, sent without a file name or
     * type.
     */
    public Builder file(byte[] data) {
      return file(data, null, null);
    }

    /**
     * Required. The recording (multipart file part file): the bytes, the file name and media type
     * to send with them (either may be null).
     */
    public Builder file(byte[] data, String fileName, String contentType) {
      values.put("file", Wire.file(data, fileName, contentType));
      return this;
    }

    /**
     * Required. The recording (multipart file part file): the file at {@code path}, named after its
     * last element and streamed from disk as the request is sent (opened again on a retry).
     */
    public Builder file(Path path) {
      values.put("file", Wire.file(path));
      return this;
    }

    /**
     * Required. The recording (multipart file part file): a path, bytes or a stream with its file
     * name, media type and size ({@link UploadFile}), streamed as the request is sent.
     */
    public Builder file(UploadFile file) {
      values.put("file", Wire.file(file));
      return this;
    }

    /** Required. {@code audio_format} (body parameter {@code audio_format}, string). */
    public Builder audioFormat(String audioFormat) {
      values.put("audio_format", Objects.requireNonNull(audioFormat, "audioFormat"));
      return this;
    }

    /** {@code language} (body parameter {@code language}, string). */
    public Builder language(String language) {
      values.put("language", Objects.requireNonNull(language, "language"));
      return this;
    }

    /** Voice to train again (body parameter {@code voice_id}, id). */
    public Builder voiceId(String voiceId) {
      values.put("voice_id", Objects.requireNonNull(voiceId, "voiceId"));
      return this;
    }

    /** Text of the preview audio (body parameter {@code preview_text}, string). */
    public Builder previewText(String previewText) {
      values.put("preview_text", Objects.requireNonNull(previewText, "previewText"));
      return this;
    }

    /** What the recording says (body parameter {@code text}, string). */
    public Builder text(String text) {
      values.put("text", Objects.requireNonNull(text, "text"));
      return this;
    }

    /** {@code space_id} (body parameter {@code space_id}, id). */
    public Builder spaceId(String spaceId) {
      values.put("space_id", Objects.requireNonNull(spaceId, "spaceId"));
      return this;
    }

    /** {@code description} (body parameter {@code description}, string). */
    public Builder description(String description) {
      values.put("description", Objects.requireNonNull(description, "description"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public AudioVoicesCloneParams build() {
      return new AudioVoicesCloneParams(
          Wire.require("audio.voices.clone", values, "voice_name", "file", "audio_format"));
    }
  }
}
