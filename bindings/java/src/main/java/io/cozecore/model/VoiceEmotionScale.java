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
 * Allowed strengths of an emotion. A lazy view of an answer: each field is read when its accessor
 * is called (null when absent); build one to send with builder().
 */
public final class VoiceEmotionScale extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 79;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public VoiceEmotionScale(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a VoiceEmotionScale by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static VoiceEmotionScale parse(String json) {
    CoreRecord r = Decoding.model("VoiceEmotionScale", json);
    return new VoiceEmotionScale(r, Decoding.objectNode(r, "VoiceEmotionScale"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code min} (number). */
  public Double min() {
    return read(0, Cells.NUMBER);
  }

  /** Field {@code max} (number). */
  public Double max() {
    return read(1, Cells.NUMBER);
  }

  /** Field {@code default} (number). */
  public Double default_() {
    return read(2, Cells.NUMBER);
  }

  /** Builds a VoiceEmotionScale to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code min}. */
    public Builder min(double min) {
      values.put("min", min);
      return this;
    }

    /** Sets {@code max}. */
    public Builder max(double max) {
      values.put("max", max);
      return this;
    }

    /** Sets {@code default}. */
    public Builder default_(double default_) {
      values.put("default", default_);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public VoiceEmotionScale build() {
      return parse(Json.write(values));
    }
  }
}
