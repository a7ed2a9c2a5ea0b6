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
 * Payload of a workflow Error event. A lazy view of an answer: each field is read when its accessor
 * is called (null when absent); build one to send with builder().
 */
public final class WorkflowErrorEvent extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 81;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public WorkflowErrorEvent(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a WorkflowErrorEvent by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static WorkflowErrorEvent parse(String json) {
    CoreRecord r = Decoding.model("WorkflowErrorEvent", json);
    return new WorkflowErrorEvent(r, Decoding.objectNode(r, "WorkflowErrorEvent"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code error_code} (integer). */
  public Long errorCode() {
    return read(0, Cells.INTEGER);
  }

  /** Field {@code error_message} (string). */
  public String errorMessage() {
    return read(1, Cells.STRING);
  }

  /** Builds a WorkflowErrorEvent to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code error_code}. */
    public Builder errorCode(long errorCode) {
      values.put("error_code", errorCode);
      return this;
    }

    /** Sets {@code error_message}. */
    public Builder errorMessage(String errorMessage) {
      values.put("error_message", errorMessage);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public WorkflowErrorEvent build() {
      return parse(Json.write(values));
    }
  }
}
