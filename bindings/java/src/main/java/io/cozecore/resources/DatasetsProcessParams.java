// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of datasets.process, by name and type; required: dataset_id, document_ids (checked
 * by build()).
 */
public final class DatasetsProcessParams {
  private final Map<String, Object> values;

  private DatasetsProcessParams(Map<String, Object> values) {
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
    return "DatasetsProcessParams" + values.keySet();
  }

  /** Builds a DatasetsProcessParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code dataset_id} (path parameter {@code dataset_id}, id). */
    public Builder datasetId(String datasetId) {
      values.put("dataset_id", Objects.requireNonNull(datasetId, "datasetId"));
      return this;
    }

    /** Required. {@code document_ids} (body parameter {@code document_ids}, array of id). */
    public Builder documentIds(List<String> documentIds) {
      values.put("document_ids", Wire.value(Objects.requireNonNull(documentIds, "documentIds")));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public DatasetsProcessParams build() {
      return new DatasetsProcessParams(
          Wire.require("datasets.process", values, "dataset_id", "document_ids"));
    }
  }
}
