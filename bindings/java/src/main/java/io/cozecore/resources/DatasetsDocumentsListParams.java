// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of datasets.documents.list, by name and type; required: dataset_id (checked by
 * build()).
 */
public final class DatasetsDocumentsListParams {
  private final Map<String, Object> values;

  private DatasetsDocumentsListParams(Map<String, Object> values) {
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
    return "DatasetsDocumentsListParams" + values.keySet();
  }

  /** Builds a DatasetsDocumentsListParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code dataset_id} (body parameter {@code dataset_id}, id). */
    public Builder datasetId(String datasetId) {
      values.put("dataset_id", Objects.requireNonNull(datasetId, "datasetId"));
      return this;
    }

    /** Page number from 1 (body parameter {@code page}, integer). */
    public Builder page(long page) {
      values.put("page", page);
      return this;
    }

    /** Items per page (body parameter {@code size}, integer). */
    public Builder size(long size) {
      values.put("size", size);
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public DatasetsDocumentsListParams build() {
      return new DatasetsDocumentsListParams(
          Wire.require("datasets.documents.list", values, "dataset_id"));
    }
  }
}
