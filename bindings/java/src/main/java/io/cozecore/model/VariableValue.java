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
 * A user variable. A lazy view of an answer: each field is read when its accessor is called (null
 * when absent); build one to send with builder().
 */
public final class VariableValue extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 76;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public VariableValue(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a VariableValue by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static VariableValue parse(String json) {
    CoreRecord r = Decoding.model("VariableValue", json);
    return new VariableValue(r, Decoding.objectNode(r, "VariableValue"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code keyword} (string). */
  public String keyword() {
    return read(0, Cells.STRING);
  }

  /** Field {@code value} (string). */
  public String value() {
    return read(1, Cells.STRING);
  }

  /** Unix time in seconds; 0 for a default value. Field {@code create_time} (integer). */
  public Long createTime() {
    return read(2, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code update_time} (integer). */
  public Long updateTime() {
    return read(3, Cells.INTEGER);
  }

  /** Builds a VariableValue to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code keyword}. */
    public Builder keyword(String keyword) {
      values.put("keyword", keyword);
      return this;
    }

    /** Sets {@code value}. */
    public Builder value(String value) {
      values.put("value", value);
      return this;
    }

    /** Sets {@code create_time}. */
    public Builder createTime(long createTime) {
      values.put("create_time", createTime);
      return this;
    }

    /** Sets {@code update_time}. */
    public Builder updateTime(long updateTime) {
      values.put("update_time", updateTime);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public VariableValue build() {
      return parse(Json.write(values));
    }
  }
}
