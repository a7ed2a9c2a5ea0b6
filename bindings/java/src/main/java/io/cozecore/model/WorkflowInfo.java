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
 * A workflow with its inputs and outputs. A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class WorkflowInfo extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 82;

  private static final CellReader<WorkflowBasic> READ_0 = Cells.model(WorkflowBasic::new);
  private static final CellReader<WorkflowInput> READ_1 = Cells.model(WorkflowInput::new);
  private static final CellReader<WorkflowOutput> READ_2 = Cells.model(WorkflowOutput::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public WorkflowInfo(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a WorkflowInfo by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static WorkflowInfo parse(String json) {
    CoreRecord r = Decoding.model("WorkflowInfo", json);
    return new WorkflowInfo(r, Decoding.objectNode(r, "WorkflowInfo"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code workflow_detail} (WorkflowBasic). */
  public WorkflowBasic workflowDetail() {
    return read(0, READ_0);
  }

  /** Field {@code input} (WorkflowInput). */
  public WorkflowInput input() {
    return read(1, READ_1);
  }

  /** Field {@code output} (WorkflowOutput). */
  public WorkflowOutput output() {
    return read(2, READ_2);
  }

  /** Builds a WorkflowInfo to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code workflow_detail}. */
    public Builder workflowDetail(WorkflowBasic workflowDetail) {
      values.put("workflow_detail", Wire.value(workflowDetail));
      return this;
    }

    /** Sets {@code input}. */
    public Builder input(WorkflowInput input) {
      values.put("input", Wire.value(input));
      return this;
    }

    /** Sets {@code output}. */
    public Builder output(WorkflowOutput output) {
      values.put("output", Wire.value(output));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public WorkflowInfo build() {
      return parse(Json.write(values));
    }
  }
}
