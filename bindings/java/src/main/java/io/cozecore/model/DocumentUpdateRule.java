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
 * How a web page file is refreshed. A lazy view of an answer: each field is read when its accessor
 * is called (null when absent); build one to send with builder().
 */
public final class DocumentUpdateRule extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 40;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public DocumentUpdateRule(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a DocumentUpdateRule by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static DocumentUpdateRule parse(String json) {
    CoreRecord r = Decoding.model("DocumentUpdateRule", json);
    return new DocumentUpdateRule(r, Decoding.objectNode(r, "DocumentUpdateRule"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** 0 no automatic update, 1 automatic update. Field {@code update_type} (integer). */
  public Long updateType() {
    return read(0, Cells.INTEGER);
  }

  /** Hours between automatic updates. Field {@code update_interval} (integer). */
  public Long updateInterval() {
    return read(1, Cells.INTEGER);
  }

  /** Builds a DocumentUpdateRule to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code update_type}. */
    public Builder updateType(long updateType) {
      values.put("update_type", updateType);
      return this;
    }

    /** Sets {@code update_interval}. */
    public Builder updateInterval(long updateInterval) {
      values.put("update_interval", updateInterval);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public DocumentUpdateRule build() {
      return parse(Json.write(values));
    }
  }
}
