// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of datasets.images.update, by name and type; required: dataset_id, document_id,
 * caption (checked by build()).
 */
public final class DatasetsImagesUpdateParams {
  private final Map<String, Object> values;

  private DatasetsImagesUpdateParams(Map<String, Object> values) {
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
    return "DatasetsImagesUpdateParams" + values.keySet();
  }

  /** Builds a DatasetsImagesUpdateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code dataset_id} (path parameter {@code dataset_id}, id). */
    public Builder datasetId(String datasetId) {
      values.put("dataset_id", Objects.requireNonNull(datasetId, "datasetId"));
      return this;
    }

    /** Required. {@code document_id} (path parameter {@code document_id}, id). */
    public Builder documentId(String documentId) {
      values.put("document_id", Objects.requireNonNull(documentId, "documentId"));
      return this;
    }

    /** Required. {@code caption} (body parameter {@code caption}, string). */
    public Builder caption(String caption) {
      values.put("caption", Objects.requireNonNull(caption, "caption"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public DatasetsImagesUpdateParams build() {
      return new DatasetsImagesUpdateParams(
          Wire.require("datasets.images.update", values, "dataset_id", "document_id", "caption"));
    }
  }
}
