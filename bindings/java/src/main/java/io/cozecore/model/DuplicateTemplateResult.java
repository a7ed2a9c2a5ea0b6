// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.ModelView;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Decoding;
import io.cozecore.internal.Json;
import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a template was copied into. A lazy view of an answer: each field is read when its accessor
 * is called (null when absent); build one to send with builder().
 */
public final class DuplicateTemplateResult extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 42;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public DuplicateTemplateResult(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a DuplicateTemplateResult by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static DuplicateTemplateResult parse(String json) {
    CoreRecord r = Decoding.model("DuplicateTemplateResult", json);
    return new DuplicateTemplateResult(r, Decoding.objectNode(r, "DuplicateTemplateResult"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code entity_id} (id). */
  public String entityId() {
    return read(0, Cells.STRING);
  }

  /** Field {@code entity_type} (string). Known values: agent (others are kept). */
  public String entityType() {
    return read(1, Cells.STRING);
  }

  /**
   * Builds a DuplicateTemplateResult to send (read back through the core, as an answer would be).
   */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code entity_id}. */
    public Builder entityId(String entityId) {
      values.put("entity_id", entityId);
      return this;
    }

    /** Sets {@code entity_type}. */
    public Builder entityType(String entityType) {
      values.put("entity_type", entityType);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public DuplicateTemplateResult build() {
      return parse(Json.write(values));
    }
  }
}
