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
 * Tokens used. A lazy view of an answer: each field is read when its accessor is called (null when
 * absent); build one to send with builder().
 */
public final class Usage extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 74;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public Usage(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a Usage by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static Usage parse(String json) {
    CoreRecord r = Decoding.model("Usage", json);
    return new Usage(r, Decoding.objectNode(r, "Usage"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Input plus output tokens. Field {@code token_count} (integer). */
  public Long tokenCount() {
    return read(0, Cells.INTEGER);
  }

  /** Output tokens. Field {@code output_count} (integer). */
  public Long outputCount() {
    return read(1, Cells.INTEGER);
  }

  /** Input tokens. Field {@code input_count} (integer). */
  public Long inputCount() {
    return read(2, Cells.INTEGER);
  }

  /** Builds a Usage to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code token_count}. */
    public Builder tokenCount(long tokenCount) {
      values.put("token_count", tokenCount);
      return this;
    }

    /** Sets {@code output_count}. */
    public Builder outputCount(long outputCount) {
      values.put("output_count", outputCount);
      return this;
    }

    /** Sets {@code input_count}. */
    public Builder inputCount(long inputCount) {
      values.put("input_count", inputCount);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public Usage build() {
      return parse(Json.write(values));
    }
  }
}
