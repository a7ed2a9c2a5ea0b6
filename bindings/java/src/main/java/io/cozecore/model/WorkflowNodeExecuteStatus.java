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
 * How one node of a workflow run went. A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class WorkflowNodeExecuteStatus extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 88;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public WorkflowNodeExecuteStatus(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a WorkflowNodeExecuteStatus by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static WorkflowNodeExecuteStatus parse(String json) {
    CoreRecord r = Decoding.model("WorkflowNodeExecuteStatus", json);
    return new WorkflowNodeExecuteStatus(r, Decoding.objectNode(r, "WorkflowNodeExecuteStatus"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code node_id} (string). */
  public String nodeId() {
    return read(0, Cells.STRING);
  }

  /** Field {@code is_finish} (boolean). */
  public Boolean isFinish() {
    return read(1, Cells.BOOLEAN);
  }

  /** Iteration within a loop node. Field {@code loop_index} (integer). */
  public Long loopIndex() {
    return read(2, Cells.INTEGER);
  }

  /** Item within a batch node. Field {@code batch_index} (integer). */
  public Long batchIndex() {
    return read(3, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code update_time} (integer). */
  public Long updateTime() {
    return read(4, Cells.INTEGER);
  }

  /** Run id of a sub-workflow. Field {@code sub_execute_id} (id). */
  public String subExecuteId() {
    return read(5, Cells.STRING);
  }

  /** Id of this execution of the node. Field {@code node_execute_uuid} (string). */
  public String nodeExecuteUuid() {
    return read(6, Cells.STRING);
  }

  /**
   * Builds a WorkflowNodeExecuteStatus to send (read back through the core, as an answer would be).
   */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code node_id}. */
    public Builder nodeId(String nodeId) {
      values.put("node_id", nodeId);
      return this;
    }

    /** Sets {@code is_finish}. */
    public Builder isFinish(boolean isFinish) {
      values.put("is_finish", isFinish);
      return this;
    }

    /** Sets {@code loop_index}. */
    public Builder loopIndex(long loopIndex) {
      values.put("loop_index", loopIndex);
      return this;
    }

    /** Sets {@code batch_index}. */
    public Builder batchIndex(long batchIndex) {
      values.put("batch_index", batchIndex);
      return this;
    }

    /** Sets {@code update_time}. */
    public Builder updateTime(long updateTime) {
      values.put("update_time", updateTime);
      return this;
    }

    /** Sets {@code sub_execute_id}. */
    public Builder subExecuteId(String subExecuteId) {
      values.put("sub_execute_id", subExecuteId);
      return this;
    }

    /** Sets {@code node_execute_uuid}. */
    public Builder nodeExecuteUuid(String nodeExecuteUuid) {
      values.put("node_execute_uuid", nodeExecuteUuid);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public WorkflowNodeExecuteStatus build() {
      return parse(Json.write(values));
    }
  }
}
