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
 * The output of one node execution. A lazy view of an answer: each field is read when its accessor
 * is called (null when absent); build one to send with builder().
 */
public final class WorkflowNodeExecuteHistory extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 87;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public WorkflowNodeExecuteHistory(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a WorkflowNodeExecuteHistory by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static WorkflowNodeExecuteHistory parse(String json) {
    CoreRecord r = Decoding.model("WorkflowNodeExecuteHistory", json);
    return new WorkflowNodeExecuteHistory(r, Decoding.objectNode(r, "WorkflowNodeExecuteHistory"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code is_finish} (boolean). */
  public Boolean isFinish() {
    return read(0, Cells.BOOLEAN);
  }

  /** Usually JSON text. Field {@code node_output} (string). */
  public String nodeOutput() {
    return read(1, Cells.STRING);
  }

  /**
   * Builds a WorkflowNodeExecuteHistory to send (read back through the core, as an answer would
   * be).
   */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code is_finish}. */
    public Builder isFinish(boolean isFinish) {
      values.put("is_finish", isFinish);
      return this;
    }

    /** Sets {@code node_output}. */
    public Builder nodeOutput(String nodeOutput) {
      values.put("node_output", nodeOutput);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public WorkflowNodeExecuteHistory build() {
      return parse(Json.write(values));
    }
  }
}
