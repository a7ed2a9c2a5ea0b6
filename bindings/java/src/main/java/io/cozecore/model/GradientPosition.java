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
 * Where a background gradient starts and ends. A lazy view of an answer: each field is read when
 * its accessor is called (null when absent); build one to send with builder().
 */
public final class GradientPosition extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 46;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public GradientPosition(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a GradientPosition by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static GradientPosition parse(String json) {
    CoreRecord r = Decoding.model("GradientPosition", json);
    return new GradientPosition(r, Decoding.objectNode(r, "GradientPosition"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code left} (number). */
  public Double left() {
    return read(0, Cells.NUMBER);
  }

  /** Field {@code right} (number). */
  public Double right() {
    return read(1, Cells.NUMBER);
  }

  /** Builds a GradientPosition to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code left}. */
    public Builder left(double left) {
      values.put("left", left);
      return this;
    }

    /** Sets {@code right}. */
    public Builder right(double right) {
      values.put("right", right);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public GradientPosition build() {
      return parse(Json.write(values));
    }
  }
}
