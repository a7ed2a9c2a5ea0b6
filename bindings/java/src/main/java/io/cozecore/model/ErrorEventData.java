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
 * Payload of a chat error event. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class ErrorEventData extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 44;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ErrorEventData(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ErrorEventData by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ErrorEventData parse(String json) {
    CoreRecord r = Decoding.model("ErrorEventData", json);
    return new ErrorEventData(r, Decoding.objectNode(r, "ErrorEventData"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code code} (integer). */
  public Long code() {
    return read(0, Cells.INTEGER);
  }

  /** Field {@code msg} (string). */
  public String msg() {
    return read(1, Cells.STRING);
  }

  /** Builds a ErrorEventData to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code code}. */
    public Builder code(long code) {
      values.put("code", code);
      return this;
    }

    /** Sets {@code msg}. */
    public Builder msg(String msg) {
      values.put("msg", msg);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public ErrorEventData build() {
      return parse(Json.write(values));
    }
  }
}
