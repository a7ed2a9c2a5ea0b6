// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.UploadFile;
import io.cozecore.internal.Wire;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of audio.transcriptions.create, by name and type; required: file (checked by
 * build()).
 */
public final class AudioTranscriptionsCreateParams {
  private final Map<String, Object> values;

  private AudioTranscriptionsCreateParams(Map<String, Object> values) {
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
    return "AudioTranscriptionsCreateParams" + values.keySet();
  }

  /** Builds a AudioTranscriptionsCreateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Required. The audio (multipart file part file): the bytes, sent without a file name or type.
     */
    public Builder file(byte[] data) {
      return file(data, null, null);
    }

    /**
     * Required. The audio (multipart file part file): the bytes, the file name and media type to
     * send with them (either may be null).
     */
    public Builder file(byte[] data, String fileName, String contentType) {
      values.put("file", Wire.file(data, fileName, contentType));
      return this;
    }

    /**
     * Required. The audio (multipart file part file): the file at {@code path}, named after its
     * last element and streamed from disk as the request is sent (opened again on a retry).
     */
    public Builder file(Path path) {
      values.put("file", Wire.file(path));
      return this;
    }

    /**
     * Required. The audio (multipart file part file): a path, bytes or a stream with its file name,
     * media type and size ({@link UploadFile}), streamed as the request is sent.
     */
    public Builder file(UploadFile file) {
      values.put("file", Wire.file(file));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public AudioTranscriptionsCreateParams build() {
      return new AudioTranscriptionsCreateParams(
          Wire.require("audio.transcriptions.create", values, "file"));
    }
  }
}
