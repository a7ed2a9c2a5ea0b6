// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of datasets.documents.delete, by name and type; required: document_ids (checked by
 * build()).
 */
public final class DatasetsDocumentsDeleteParams {
  private final Map<String, Object> values;

  private DatasetsDocumentsDeleteParams(Map<String, Object> values) {
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
    return "DatasetsDocumentsDeleteParams" + values.keySet();
  }

  /** Builds a DatasetsDocumentsDeleteParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

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
    public DatasetsDocumentsDeleteParams build() {
      return new DatasetsDocumentsDeleteParams(
          Wire.require("datasets.documents.delete", values, "document_ids"));
    }
  }
}
