// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import io.cozecore.model.DocumentUpdateRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of datasets.documents.update, by name and type; required: document_id (checked by
 * build()).
 */
public final class DatasetsDocumentsUpdateParams {
  private final Map<String, Object> values;

  private DatasetsDocumentsUpdateParams(Map<String, Object> values) {
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
    return "DatasetsDocumentsUpdateParams" + values.keySet();
  }

  /** Builds a DatasetsDocumentsUpdateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code document_id} (body parameter {@code document_id}, id). */
    public Builder documentId(String documentId) {
      values.put("document_id", Objects.requireNonNull(documentId, "documentId"));
      return this;
    }

    /** New name (body parameter {@code document_name}, string). */
    public Builder documentName(String documentName) {
      values.put("document_name", Objects.requireNonNull(documentName, "documentName"));
      return this;
    }

    /** {@code update_rule} (body parameter {@code update_rule}, DocumentUpdateRule). */
    public Builder updateRule(DocumentUpdateRule updateRule) {
      values.put("update_rule", Wire.value(Objects.requireNonNull(updateRule, "updateRule")));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public DatasetsDocumentsUpdateParams build() {
      return new DatasetsDocumentsUpdateParams(
          Wire.require("datasets.documents.update", values, "document_id"));
    }
  }
}
