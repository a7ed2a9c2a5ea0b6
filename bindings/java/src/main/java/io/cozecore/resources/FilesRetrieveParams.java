// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parameters of files.retrieve, by name and type; required: file_id (checked by build()). */
public final class FilesRetrieveParams {
  private final Map<String, Object> values;

  private FilesRetrieveParams(Map<String, Object> values) {
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
    return "FilesRetrieveParams" + values.keySet();
  }

  /** Builds a FilesRetrieveParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code file_id} (query parameter {@code file_id}, id). */
    public Builder fileId(String fileId) {
      values.put("file_id", Objects.requireNonNull(fileId, "fileId"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public FilesRetrieveParams build() {
      return new FilesRetrieveParams(Wire.require("files.retrieve", values, "file_id"));
    }
  }
}
