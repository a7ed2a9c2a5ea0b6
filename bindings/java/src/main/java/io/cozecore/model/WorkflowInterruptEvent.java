// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.ModelView;
import io.cozecore.internal.CellReader;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Decoding;
import io.cozecore.internal.Json;
import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Payload of a workflow Interrupt event. A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class WorkflowInterruptEvent extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 85;

  private static final CellReader<WorkflowInterruptData> READ_0 =
      Cells.model(WorkflowInterruptData::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public WorkflowInterruptEvent(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a WorkflowInterruptEvent by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static WorkflowInterruptEvent parse(String json) {
    CoreRecord r = Decoding.model("WorkflowInterruptEvent", json);
    return new WorkflowInterruptEvent(r, Decoding.objectNode(r, "WorkflowInterruptEvent"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code interrupt_data} (WorkflowInterruptData). */
  public WorkflowInterruptData interruptData() {
    return read(0, READ_0);
  }

  /** Name of the interrupting node. Field {@code node_title} (string). */
  public String nodeTitle() {
    return read(1, Cells.STRING);
  }

  /**
   * Builds a WorkflowInterruptEvent to send (read back through the core, as an answer would be).
   */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code interrupt_data}. */
    public Builder interruptData(WorkflowInterruptData interruptData) {
      values.put("interrupt_data", Wire.value(interruptData));
      return this;
    }

    /** Sets {@code node_title}. */
    public Builder nodeTitle(String nodeTitle) {
      values.put("node_title", nodeTitle);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public WorkflowInterruptEvent build() {
      return parse(Json.write(values));
    }
  }
}
