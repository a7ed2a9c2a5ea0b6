// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import io.cozecore.model.DocumentBase;
import io.cozecore.model.DocumentChunkStrategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of datasets.documents.create, by name and type; required: dataset_id,
 * document_bases (checked by build()).
 */
public final class DatasetsDocumentsCreateParams {
  private final Map<String, Object> values;

  private DatasetsDocumentsCreateParams(Map<String, Object> values) {
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
    return "DatasetsDocumentsCreateParams" + values.keySet();
  }

  /** Builds a DatasetsDocumentsCreateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code dataset_id} (body parameter {@code dataset_id}, id). */
    public Builder datasetId(String datasetId) {
      values.put("dataset_id", Objects.requireNonNull(datasetId, "datasetId"));
      return this;
    }

    /**
     * Required. The files to add (body parameter {@code document_bases}, array of DocumentBase).
     */
    public Builder documentBases(List<DocumentBase> documentBases) {
      values.put(
          "document_bases", Wire.value(Objects.requireNonNull(documentBases, "documentBases")));
      return this;
    }

    /** {@code chunk_strategy} (body parameter {@code chunk_strategy}, DocumentChunkStrategy). */
    public Builder chunkStrategy(DocumentChunkStrategy chunkStrategy) {
      values.put(
          "chunk_strategy", Wire.value(Objects.requireNonNull(chunkStrategy, "chunkStrategy")));
      return this;
    }

    /** 0 text, 2 images (body parameter {@code format_type}, integer). */
    public Builder formatType(long formatType) {
      values.put("format_type", formatType);
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public DatasetsDocumentsCreateParams build() {
      return new DatasetsDocumentsCreateParams(
          Wire.require("datasets.documents.create", values, "dataset_id", "document_bases"));
    }
  }
}
