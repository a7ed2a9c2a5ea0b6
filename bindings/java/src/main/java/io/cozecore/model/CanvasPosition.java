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
 * Where a background image sits. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class CanvasPosition extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 21;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public CanvasPosition(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a CanvasPosition by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static CanvasPosition parse(String json) {
    CoreRecord r = Decoding.model("CanvasPosition", json);
    return new CanvasPosition(r, Decoding.objectNode(r, "CanvasPosition"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code width} (number). */
  public Double width() {
    return read(0, Cells.NUMBER);
  }

  /** Field {@code height} (number). */
  public Double height() {
    return read(1, Cells.NUMBER);
  }

  /** Field {@code left} (number). */
  public Double left() {
    return read(2, Cells.NUMBER);
  }

  /** Field {@code top} (number). */
  public Double top() {
    return read(3, Cells.NUMBER);
  }

  /** Builds a CanvasPosition to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code width}. */
    public Builder width(double width) {
      values.put("width", width);
      return this;
    }

    /** Sets {@code height}. */
    public Builder height(double height) {
      values.put("height", height);
      return this;
    }

    /** Sets {@code left}. */
    public Builder left(double left) {
      values.put("left", left);
      return this;
    }

    /** Sets {@code top}. */
    public Builder top(double top) {
      values.put("top", top);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public CanvasPosition build() {
      return parse(Json.write(values));
    }
  }
}
