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
 * The result of one tool call. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class ToolOutput extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 72;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ToolOutput(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ToolOutput by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ToolOutput parse(String json) {
    CoreRecord r = Decoding.model("ToolOutput", json);
    return new ToolOutput(r, Decoding.objectNode(r, "ToolOutput"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** id of the tool call answered. Field {@code tool_call_id} (string). */
  public String toolCallId() {
    return read(0, Cells.STRING);
  }

  /** Field {@code output} (string). */
  public String output() {
    return read(1, Cells.STRING);
  }

  /** Builds a ToolOutput to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code tool_call_id}. */
    public Builder toolCallId(String toolCallId) {
      values.put("tool_call_id", toolCallId);
      return this;
    }

    /** Sets {@code output}. */
    public Builder output(String output) {
      values.put("output", output);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public ToolOutput build() {
      return parse(Json.write(values));
    }
  }
}
