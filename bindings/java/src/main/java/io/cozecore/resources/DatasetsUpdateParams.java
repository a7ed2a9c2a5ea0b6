// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of datasets.update, by name and type; required: dataset_id, name (checked by
 * build()).
 */
public final class DatasetsUpdateParams {
  private final Map<String, Object> values;

  private DatasetsUpdateParams(Map<String, Object> values) {
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
    return "DatasetsUpdateParams" + values.keySet();
  }

  /** Builds a DatasetsUpdateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code dataset_id} (path parameter {@code dataset_id}, id). */
    public Builder datasetId(String datasetId) {
      values.put("dataset_id", Objects.requireNonNull(datasetId, "datasetId"));
      return this;
    }

    /** Required. {@code name} (body parameter {@code name}, string). */
    public Builder name(String name) {
      values.put("name", Objects.requireNonNull(name, "name"));
      return this;
    }

    /** Uploaded file used as the icon (body parameter {@code file_id}, id). */
    public Builder fileId(String fileId) {
      values.put("file_id", Objects.requireNonNull(fileId, "fileId"));
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
    public DatasetsUpdateParams build() {
      return new DatasetsUpdateParams(
          Wire.require("datasets.update", values, "dataset_id", "name"));
    }
  }
}
